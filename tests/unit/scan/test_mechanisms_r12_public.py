"""Issue 13, round 12, helper r12-detect-public: table tests of the mechanisms the d12p probe batches led to
(positive and negative rows, written apart from the probe file's rows).

* an English full name before a bracket holding the record's number ("Ryota Shimizu (Tax Division, employee no.
  20418)") is a person, as before an age (person_english._AGED);
* a label's value that is an organisation by its legal form (施工者：株式会社 汐見土木) is no person
  (person_labels._free_label_name);
* a list of quoted markings followed by 等 and a particle (「取扱注意」「複製禁止」等の取扱制限を明示する) names them
  (_marking_form._quoted_in_prose), and a quoted marking given a definition after a colon (・「複製禁止」：コピー…を
  禁じる) or a rule ending in を禁じる explains the scheme (_marking_form._EXPLAINS);
* a unique title's holder in hospital in a body's meeting record (two ○<role>（<name>） speaker lines and 議会 /
  常任委員会 / 審議会 …) is what the office told the meeting, unless the record is a 秘密会 or not yet public
  (person_titles._meeting_record);
* a name in the cell after a business named by its legal form, under a 代表者 column (入札参加資格者名簿), is its
  representative (public_staff._representative_cell);
* a member of staff followed by their age alone in brackets (主査 若松 浩之（45）　うつ病) is the subject of the line's
  record (person_cues._record_note).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("english_employee_no_sick", "Quick note: Daichi Mori (Parks Section, staff no. 30127) has been on sick leave since "
                                 "May after a back operation."),
    ("english_case_no_debt", "Update on Aiko Fujii (case no. 2024-118): she is behind on rent by four months and "
                             "receives public assistance."),
    ("label_person_beside_company", "申請者：北川 翔太\n勤務先：株式会社 みどり物流\n病名：うつ病（休職中）"),
    ("marking_applied_to_doc", "【取扱注意】\n職員の処分案（11月）\n主事 森下 亮が私有車で酒気帯び運転。停職1月の方向。"),
    ("mayor_hospital_secret_session", "総務常任委員会 秘密会記録\n○委員長（間瀬 勝委員）　報告を求めます。\n"
                                      "○総務部長（保科 ゆう子）　市長は胃がんの手術のため入院しており、公表は未定です。"),
    ("mayor_hospital_chat", "ここだけの話、市長が来週から入院するらしい。がんの再発って噂。"),
    ("representative_cell_with_mobile", "業者番号　商号　代表者　連絡先\n10231　株式会社 谷内建設　谷内 進　"
                                        "携帯 090-3321-5567（自宅）\n10458　有限会社 北斗道路　北斗 一成　080-2231-0045"),
    ("staff_age_health_list", "休職者一覧\n・保険年金課 主事 浜口 聡（29）　適応障害で休職中\n"
                              "・道路課 技師 菅野 陸（34）　腰椎手術のため病気休暇"),
    ("staff_age_discipline", "処分案\n市民課 主任 倉田 誠（41）　窓口現金の着服で懲戒免職の方向"),
]

ALLOW = [
    ("english_staff_contact", "For inquiries, please contact Ryota Shimizu (Tax Division), Tel 0138-21-3111."),
    ("english_age_public", "The mayor, Hiroshi Tanabe, opened the festival at Riverside Park on Sunday."),
    ("label_company_contractor", "施工者：株式会社 汐見土木　電話 0138-57-0414\n工事箇所：浜風市栄町1丁目5番地先"),
    ("label_company_yugen", "受注者：有限会社 北斗道路（浜風市東山1-8-20）"),
    ("quoted_markings_etc", "機密性２以上の文書には「取扱注意」「庁内限り」「複製禁止」等の表示を付けなければならない。"),
    ("quoted_marking_definitions", "取扱制限の種類\n・「複製禁止」：コピーやスキャンを禁じる\n"
                                   "・「配布禁止」：指定された者以外への配布を禁じる\n・「持出禁止」：庁舎外への持ち出しを禁じる"),
    ("mayor_hospital_minutes", "総務常任委員会 記録\n○委員長（間瀬 勝委員）　報告を求めます。\n"
                               "○総務部長（保科 ゆう子）　市長は11月2日から検査入院のため、副市長が職務を代理しております。"),
    ("mayor_hospital_council", "令和7年12月定例会 会議録\n○議長（梶原 敏明議員）　副市長の報告を求めます。\n"
                               "○副市長（椎名 哲也）　市長は手術のため入院しており、12月10日に退院の予定です。"),
    ("representative_cell_list", "商号又は名称　代表者　所在地　電話番号\n株式会社 谷内建設　谷内 進　浜風市港町4-12-3　"
                                 "0138-22-5170\n有限会社 北斗道路　北斗 一成　浜風市東山1-8-20　0138-41-2266"),
    ("representative_cell_yugen_first", "業者名　代表者名　所在地\n(有)丸岡設備　丸岡 健二　会津川市本町2-4-1"),
    ("staff_contact_no_age", "・保険年金課 主事 浜口 聡　国民健康保険の資格・保険証に関すること（内線2231）"),
    ("public_award_ages", "受章者（敬称略）\n瑞宝単光章　元消防団副団長　桐生 敏彦（71）消防功労"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
