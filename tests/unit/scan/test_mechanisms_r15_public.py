"""Issue 13, round 15, helper r15-public: table tests of the mechanisms the r15p probe batches led to (positive and
negative rows, written apart from the probe file's rows).

* batch r15p001-020: a marking that belongs to a quoted historical artefact (a 昭和 order marked 極秘 transcribed for a
  town history, a museum's 1944 file stamped 秘) is informational, while a current document's marking (dated 令和, or
  with no old date near it) still blocks (public_artefacts.historical_markings); a short story handed in for review or
  a literary magazine (短編の講評, 文芸誌に載せる) is fiction (person_shapes._STORY_CUES); an example's heading alone on
  its line above the form (【記入例】…申請書 + blank line) covers the form's paragraph (document._heading_alone).
* batch r15p021-040: a member of staff named as the matter of a message (…主査の件です。) is the passage's topic, whose
  health record may follow (person_lexicon._ABOUT_AFTER).
* batch r15p041-060: the head of an office or a member of its council by English title (Mayor, Governor, Principal,
  Councillor, Director …) with their own health in the same sentence is the record's subject, unless the office has
  announced it (person_english._STAFF_ROLE, _ANNOUNCED_EN, _NOT_YET_EN); 筆頭者 (a 戸籍's head) labels a name
  (person_lexicon.LABELS).
* batch r15p061-080: a sole proprietor or an owner in brackets after the business (朝霧造園（個人事業主 …、…）, （経営者
  …）) acts for it, as a 代表 does (public_staff._REPRESENTATIVE_BEFORE): the address beside the name is the business's —
  not beside a mobile or a sensitive topic.
* batch r15p081-100: a marking in a story, after its fiction cue (an entry for a literary prize, 短編の講評), is a prop
  of the story (public_artefacts._story_markings); the people of a historical artefact (a 明治 land register's owners
  in a transcription) are historical figures when the date nearest them is of the past — not one addressed as a
  resident (さん, 様), nor one with an address, a birth date or a personal contact on the line, nor when the old date is
  a living person's birth or career (昭和50年5月1日生, 昭和60年入庁) (public_artefacts.historical_markings, _birth); a
  所有者 or 滞納者 column names people (person_columns._PERSON_HEADER_NOUNS).
* batch r15p101-120: a member of staff named by a title before the name is read when a criminal word after it says
  what was done to or by them (主査 … が、昨夜、酒気帯び運転で逮捕された), not when it is a duty's matter (容疑者の取り調べに
  立ち会った, 飲酒運転の根絶について講話) (person_crime.crime_topics); the office's own release, its heading at a line's
  start and the text saying it was made (記者会見で発表, ホームページに掲載した), names its staff as the release does — not
  a draft, one still to be decided, unreported or marked, nor a name before the heading (public_notices.press_releases);
  an English staff member named with their unit (the Information Policy Division, any case) whose next sentence says
  what happened to them by a pronoun (He was diagnosed …, She was admitted …) is that record's subject
  (person_english._PRONOUN_NEXT, _STAFF_UNIT).
* batch r15p141-148 (adversarial twins of this round's mechanisms): an old year that starts a matter still open
  (昭和六十年からの懸案, 以来) is no artefact's date, a current date in a marking's paragraph (or in the next, under a
  marking alone) makes it current, and 公文書館 counts as an artefact cue only as a holder (公文書館所蔵)
  (public_artefacts._OLD, _dated_now, _ARTEFACT); a story that also gives the real case behind it (実際の相談記録, 主人公の
  モデルは) is no fiction (person_shapes._REAL_CASE); an artefact's person with a sensitive topic on the line or the two
  after it is someone of today (a donor's cancer) (public_artefacts.historical_markings).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

_ORDER = ("一、各戸ハ防空用水ヲ常備スベシ\n二、本件ハ部外ニ洩ラサザルコト\n")

BLOCK = [
    # a current document's marking, whatever the text says of history
    ("current_marked_memo_history_room", "町史編纂委員会の資料です。\n\n極秘\n令和8年10月2日\n総務課\n\n寄贈資料の買取価格の"
                                         "交渉方針について\n一、上限は320万円とする。\n二、相手方には伝えないこと。"),
    ("current_marked_western_date", "公文書館への移管リストの前書きです。\n\n部外秘\n2026年11月4日　文書法制係\n\n"
                                    "移管対象から除く簿冊の一覧（係争中の案件を含む）"),
    ("marked_no_date_no_history", "極秘\n\n来年度の組織再編案\n一、福祉部を二つに分ける。\n二、市民課と税務課の窓口を統合する。"),
    ("old_cited_current_marked", "所蔵資料の貸出について（昭和五十年の協定を参照）\n\n"
                                 "取扱注意\n令和8年12月1日\n貸出先の学芸員の自宅住所と携帯番号は別紙のとおり。"),
    # a story's cue that is no story
    ("short_film_screening_record", "短編映画の上映会で倒れた来場者の記録です。\n氏名 笠原 夕子（63）　北原町2丁目14番3号　"
                                     "携帯 090-2267-4410\n持病の心臓病で救急搬送。"),
    # an example heading that is a request, and a real form after the example
    ("request_line_then_real_form", "記入例を参考にして、次の申請書の記入漏れを確認してください。\n\n"
                                    "申請者　氏名：大槻 恵理　住所：大森市本町3丁目2番8号　電話：090-5521-8807"),
    ("heading_example_then_real", "【記入例】転出届\n\n氏名：見本 太郎　住所：大森市本町1丁目1番1号\n\n"
                                  "実際の届出\n氏名：大槻 恵理　住所：大森市本町3丁目2番8号　電話：090-5521-8807"),
    ("note_below_real_form", "申請者　氏名：大槻 恵理　住所：大森市本町3丁目2番8号　電話：090-5521-8807\n\n"
                                              "※記入例を参考にご記入ください。"),
    # staff as the matter, their health after
    ("staff_matter_then_health", "課長\n\n税務課の大槻主任の件です。先月からうつ病で通院しており、来週から休職に入ります。"),
]

ALLOW = [
    ("town_history_transcription", "町史の資料編に収める翻刻です。誤植を見てください。\n\n【史料35】\n極秘\n昭和二十年三月八日\n"
                                   "大森村長\n各部落会長殿\n" + _ORDER),
    ("museum_caption_western", "郷土資料館の所蔵資料の解説文を直してください。\n\n1944年の村の通達。表紙に「秘」の印がある。\n\n秘\n"
                               "1944年7月1日\n" + _ORDER),
    ("archive_transcription_handling", "県公文書館所蔵の文書綴から翻刻した記録です。\n\n持出禁止\n昭和三十二年四月一日\n"
                                       "庁内各課長殿\n文書の保存期間を定める件"),
    ("short_story_review", "文芸誌に載せる短編の講評をお願いします。\n\n　探偵の塚越 蓮さんは、依頼人の早瀬 由紀子さんが"
                           "うつ病で通院していたことを、北原町の古いアパートの大家から聞いた。"),
    ("short_story_polish", "この掌編を推敲してください。\n\n　駅のホームで、菅谷 美奈さんは小さな声で言った。「先月、乳がんの"
                           "手術を受けたの」"),
    ("heading_alone_over_form", "【記入例】転出届\n\n氏名：大森 花子\n住所：大森市本町1丁目1番1号\n電話：0120-000-000\n"
                                "転出先：東京都千代田区霞が関1丁目2番3号"),
    ("staff_matter_business", "課長\n\n税務課の大槻主任の件です。来週の説明会の司会をお願いしてあります。"),
]

BLOCK += [
    ("principal_health_not_yet", "Principal Emma Clarke was hospitalised last night with pneumonia; please do not share "
                                 "this with parents yet."),
    ("mayor_health_announced_not_yet", "Mayor Kenji Hori was hospitalised on Sunday. The press release is not yet "
                                       "approved, so this has not been announced."),
    ("head_of_register_label", "戸籍謄本の請求書です。\n筆頭者　笹倉 耕平\n本籍　北原市本町2丁目8番地\n請求者の携帯　090-7731-2248"),
    ("head_of_register_alone", "除籍謄本の請求内容の確認をお願いします。\n筆頭者　笹倉 耕平\n本籍　北原市本町2丁目8番地"),
    ("proprietor_with_arrears", "滞納整理の記録\n北原電気（個人事業主 笹倉 耕平、北原市本町2丁目8番4号）は市民税を3年分滞納。"),
    ("owner_with_mobile", "北原電気（経営者 笹倉 耕平、携帯 090-7731-2248、北原市本町2丁目8番4号）に連絡すること。"),
]

ALLOW += [
    ("principal_health_announced", "Principal Emma Clarke was hospitalised last night with pneumonia, the school "
                                   "announced in a press release."),
    ("director_opening", "Director Hiroshi Tanabe opened the meeting and thanked the volunteers."),
    ("proprietor_bid_result", "入札結果\n落札者　北原電気（個人事業主 笹倉 耕平、北原市本町2丁目8番4号）\n落札金額　880,000円"),
    ("owner_contract_list", "随意契約の公表\n契約の相手方　喫茶こもれび（経営者 菅谷 美奈、北原市本町1丁目3番2号）\n契約金額　48,000円"),
]

_LAND = "字　地番　地目　所有者\n東浦　14　田　大槻 勘兵衛\n東浦　15　畑　北浦 与惣治\n西浦　3　宅地　大槻 勘兵衛"

BLOCK += [
    ("marked_memo_about_a_prize", "極秘\n令和8年11月1日　文化振興課\n市民文学賞の予算削減案（公表前）\n賞金を30万円から10万円に"
                                  "減らす。"),
    ("story_request_after_marking", "極秘\n\n職員の不祥事に関する調査報告（令和8年11月）。\nこの報告書を小説の一節のように"
                                    "書き直してください。"),
    ("current_owner_list", "所有者　所在地　滞納額\n大槻 研二　大森市東浦町14番地　412,300円\n北浦 亮　大森市東浦町15番地　"
                           "96,400円"),
    ("archive_room_current_staff_dates", "公文書館所蔵資料の整理担当の名簿です。\n大槻 研二　昭和50年5月1日生　"
                                         "大森市東浦2丁目4番2号\n北浦 亮　昭和62年3月3日生　大森市西浦1丁目8番5号"),
    ("history_room_donor_mobile", "市史編さん室です。昭和二十年の日記の寄贈者です。\n大槻 研二さん　携帯 090-2281-4467　"
                                  "持病の心臓病で入院中のため、受け取りは奥様に。"),
]

ALLOW += [
    ("story_with_stamped_letter", "この小説の一節を推敲してください。\n\n　男は封筒を開けた。\n\n極秘\n\n　その文字を見て、"
                                  "彼は息をのんだ。"),
    ("prize_entry_with_marking", "市民文学賞の応募作の冒頭です。\n\n【部外秘】と書かれた書類が、会議室の机に置き忘れられていた。"
                                 "\n\n部外秘\n\n　拾い上げたのは、入庁二年目の北浦 亮だった。"),
    ("meiji_land_register", "町史の資料編に載せる翻刻です。\n\n明治二十五年　東浦村土地台帳（抄）　所蔵：大森市公文書館\n\n"
                            + _LAND),
    ("edo_register_transcribed", "郷土資料館所蔵の古文書の翻刻です。\n天保三年　東浦村五人組帳\n組頭　大槻 勘兵衛\n"
                                 "百姓　北浦 与惣治\n百姓　西浦 新六\n右之者共、御法度相守可申候"),
]

_RELEASE = ("報道発表資料\n本市職員の懲戒処分について\n市民課の主事 北浦 亮（28歳）が、窓口で受け取った手数料3万円を着服したため、"
            "停職6か月の懲戒処分としました。")

BLOCK += [
    ("staff_arrested", "課長へ。主任 大槻 研二が、昨夜、酒気帯び運転で検挙されたと連絡がありました。"),
    ("staff_sent_to_prosecutors", "係長の北浦 亮が、先月の事故の件で書類送検されたそうです。"),
    ("release_not_said_made", _RELEASE),
    ("release_draft", "記者会見で発表する予定の資料の（案）です。\n" + _RELEASE),
    ("release_unreported", "ホームページに掲載した資料と同じ形式です。まだ報道はされていません。\n" + _RELEASE),
    ("release_heading_later_staff_first", "主査 大槻 研二がうつ病で休職中のため、記者会見で発表した次の資料の英訳は"
                                          "別の人に頼みます。\n報道発表資料\n冬まつりの開催について"),
    ("en_unit_lowercase_next_sentence", "Ken Otsuki from the parks section phoned. He was admitted to hospital with "
                                        "pneumonia on Monday."),
]

ALLOW += [
    ("staff_duty_interview", "主任 大槻 研二が、容疑者の取り調べに立ち会いました。"),
    ("staff_duty_talk", "生活安全課の係長 北浦 亮が、飲酒運転の根絶について講話を行いました。"),
    ("release_made", "昨日、記者会見で発表した資料です。英訳してください。\n" + _RELEASE),
    ("release_on_site", "ホームページに掲載した報道発表の要約を作ってください。\n" + _RELEASE),
    ("en_unit_next_sentence_not_record", "Ken Otsuki from the Parks Division opened the fair. He has written a guide "
                                         "on depression for parents."),
]

BLOCK += [
    ("old_matter_still_open", "部外秘\n\n大正時代からの懸案である郷土資料館所蔵品の売却について\n令和8年11月4日　文化財係\n"
                              "一、最低売却価格を3千万円とする。"),
    ("archive_move_marked", "取扱注意\n県公文書館の移転計画（1985年の基本構想以来の案件）\n2026年12月1日\n候補地の地権者と非公開で交渉中。"),
    ("history_room_donor_topic", "市史編さん室のメモです。寄贈者の北浦 沙織は昭和二十年の日記を持参した。北浦 沙織は末期がんで"
                                 "入院中とのこと。"),
    ("story_with_real_record", "この小説の一節を推敲してください。主人公のモデルは窓口に来た相談者です。\n\n相談者 北浦 沙織さん（41）"
                               "は、借金の返済に追われてうつ病になり、通院している。"),
]

ALLOW += [
    ("history_with_publication_date", "町史（令和10年刊行予定）の資料編に載せる翻刻です。\n\n部外秘\n\n昭和二十三年五月一日\n"
                                      "大森村長\n配給物資ノ割当ニ関スル件"),
    ("story_with_disclaimer", "この小説の一節を推敲してください。登場する人物・団体は実在の人物・団体とは関係ありません。\n\n"
                              "　北浦 沙織さんは、借金の返済に追われてうつ病になり、通院していた。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
