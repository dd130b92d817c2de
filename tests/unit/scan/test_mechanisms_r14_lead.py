"""Issue 13, round 14, the lead's mechanisms (table tests of positive and negative rows, written apart from the
held-out probe files, with other names, towns, numbers and wording):

- a placeholder name spelled in the kana of a form's reading column (ミホン タロウ, てすと はなこ) is the sample's, as
  its kanji form is (recognizers/_examples.is_placeholder_name);
- a landline given for bookings or visits (見学は要予約、電話 …; ご予約・受付 TEL …) is a business's or a facility's
  desk, even on the line of the person a profile is about; not on a form's or a record's line, not a mobile, not a
  number labelled private (public_contacts._BOOKING_LINE).

From the round's start set (h14a):
- a sentence with commas above a line with commas is no CSV header (To make it easy, please charge it to my card:):
  a header cell of five words or more, or a long one ending a sentence or introducing a value, is prose
  (_numeric.column_header);
- a quoted password after net use … /user: or net user <name> (_credential_forms.CLI);
- a staff member under a subject's label (対象職員：…, 当該職員：…, 処分対象職員：…) is the record's party
  (person_cues._PARTY_HEAD); the misconduct a case is about (着服, 横領, 使い込み, 私的流用, 無断欠勤) is a
  disciplinary topic;
- a marking under markdown decoration (> **機密性２**｜…) heads its line (_text._LINE_FILL, _marking_form);
- an arrow after what was done with a number (年金手帳の番号読み上げ → 4207 の 318556) joins label and digits
  (_numeric._ASSEMBLY_GAP);
- an environment reference with a remark glued on (DB_PASSWORD=${DB_PASSWORD}（.env.local で上書き）) is a placeholder;
- a residence card named in the holder's language (재류카드 번호는 …, thẻ cư trú, cartão de residência) (residence_card);
- a landline on a line headed by an office unit and a phone label only (選挙管理委員会事務局　電話 …) is the office's,
  read before a published list looks for numbers beside its names (public_contacts.official_mobiles);
- a public marker still to come (公告予定：12月10日) does not make a price before the opening public
  (internal_matter._NEGATED);
- a document's number column (書類番号) after a column naming the document: the row's cell before it names the number
  (運転免許証,620812942542) (_numeric.Labels._cell_before_names);
- an address whose parts are parted by single spaces (藤代浦市 汐入台 4丁目 3の9, 千葉県 佐倉市 王子台 4 丁目 11 番 6 号),
  not a phone number after an office's name (緑野市 情報政策課 045-555-0190) (address.ADDRESS_RE, _street);
- name columns keyed in English first (name_kanji, name_kana, kanji_name) (_field_keys.NAME_KEYS);
- a Chinese self-introduction with spaces (我叫 刘 静怡), a Korean one in Latin capitals with the hangul in brackets
  (저는 KANG MIN-JI(강민지)라고 합니다), not what the writer is (저는 학생입니다) (person_foreign);
- a relation word opening a label's value before the name (相談者：本人　浅見 翔, 来庁者：母　浅見 典子)
  (person_labels._RELATION_FIRST).

Robustness to how text is pasted (the realistic-dev and held-out rows re-shaped by quoting, numbering, CR LF, JSON
escaping, indentation; ad hoc /tmp/lead14/perturb.py): line decoration is written as spaces at the same length
(markup_lines: quote prefixes, listing line numbers, CR of CR LF, a record's escaped line breaks); an addressee under a
unit's line may be indented (person_capacity._indent_start); an office's line may open with a bullet
(public_contacts._LEAD); columns named for the record's people in English (child_name, guardian_name …).

From a third writer's long-document and technical rows (h14f/g, used for classes, not as an estimate):
- a mail header's sender or recipient with the office unit before the name (差出人：市民協働課　小野寺) is staff
  (person_contacts.mail_header_staff);
- a culture's arts (民族舞踊, 民族衣装) are nobody's origin;
- English venue labels (Place:, Venue:, Location:) and parks, stadiums, plazas as facilities (public_contacts);
- a public marker at a future point (公告時削除, 公告は12月1日の予定) does not make a price public (internal_matter);
- a collection indexed by a secret's name, then assigned (VBA CDO .Item("…/sendpassword") = "…")
  (_credential_forms.INDEXED);
- a passport named in its holder's language (护照号码, 여권 번호); a spaced Korean self-introduction (저는 박 서연입니다).

From a fourth writer's hard negatives (h14h/i): HTML formatting tags read through (markup_lines.html_tags_dropped); a
table parted by single ideographic spaces read as a TSV (markup_lines.ideographic_columns_as_cells); a line that is a
facility's name opens a contact block (public_contacts._FACILITY_HEAD); an institution head's column (園長, 校長) is a
public role, so a mobile on the row stays theirs (person_columns._PUBLIC_ROLE_COLUMNS).

After the end-of-round held-out set (h14d/e) was scored: 被災職員 heads a party's line (person_cues._PARTY_HEAD); a
marking after a footer or header label (_marking_form._LABEL_BEFORE); a card read out after 番号 within a short reach of
カード, its groups parted by 、 (credit_card._spoken_after_card; が after a label joins it to its digits); the
providers' 3-D Secure test cards are documented examples.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("record_home_landline", "相談記録：大槻 守さん（64）から電話。自宅 0865-44-1203。妻の介護について相談。"),
    ("booking_word_mobile", "大槻 守さん（64）宅の見学予約、電話 090-4412-7781 まで。糖尿病で通院中。"),
    ("booking_word_on_form_line", "申込者 大槻 守さん、予約 電話 0865-44-1203、住所 緑ヶ丘市東町3丁目4番5号"),
    ("booking_private_label", "取材メモ：陶芸家の芦原 早苗さん（58）。工房見学の予約は自宅電話 0865-31-7720 で受けているとのこと。"
                              "本人は昨年から乳がんの治療中で、記事には書かないでほしいとのこと。"),
    ("reading_of_real_name", "患者：三本 太郎（ミモト タロウ）生年月日 1951年3月8日 糖尿病"),
    ("card_under_prose_with_commas", "Please answer politely.\n\nFrom: Tomas Reyes\nHi, as I said on the phone, here "
                                     "is my card so you can charge the fee:\nMastercard 5425 2334 3010 9903, exp 11/28, CVC 204."),
    ("csv_card_still_read", "Name, Card Number, Expiry\nJohn Okoro, 4539 7072 4445 4825, 09/29"),
    ("net_use_quoted_password", "このバッチが止まる原因は？\nnet use Y: \\\\kikaku-fs01\\share /user:KIKAKU\\svc_bk \"Rm4!qTz8#Lp\" /persistent:no"),
    ("net_user_quoted_password", "net user kansa_tmp \"Wq7$hN2!cx\" /add"),
    ("staff_party_embezzlement", "事案の概要を整理して。\n対象職員：税務課 主事　真柴 和樹（35歳）\n"
                                 "窓口で受領した証明手数料 21,400円を着服した疑いがある。本人は一部を認めている。"),
    ("staff_named_unauthorised_absence", "当該職員：道路課 技師　宮武 純\n9月以降、無断欠勤が11日に及ぶ。"),
    ("marking_markdown_quote", "箇条書きにして。\n\n> **機密性２**｜庁議資料（配布先限り）\n\n1. 庁舎再編の方針について"),
    ("marking_bold_line_start", "**機密性２**｜人事委員会資料\n\n職員の給与改定について"),
    ("pension_after_arrow", "電話メモ\n本人 村雨 浩之\n年金番号の読み上げ → 3128 の 554219\n免除申請を希望"),
    ("residence_card_korean", "번역해 주세요.\n저는 박서윤입니다. 재류카드 번호는 QR51730298KD 입니다. 다음 달 이사합니다."),
    ("residence_card_vietnamese", "Dịch giúp tôi. Số thẻ cư trú của tôi: UV20485173PX, hết hạn 2029."),
    ("unit_line_not_for_private_number", "相談者：沢渡 一郎さん\n市民課 0299-41-7730 に折り返し希望。うつ病で通院中。"),
    ("bid_notice_still_to_come", "資料の体裁を整えて。\n案件：北浜排水機場 改修工事（予定価格 7,300万円）\n公告予定：1月15日\n"
                                 "指名業者（案）：株式会社 浜北工業ほか3社"),
    ("licence_in_document_column", "件数を集計して。\n登録日,氏名,本人確認書類,書類番号\n2026/10/11,三宅 勇人,運転免許証,620812942542"),
    ("spaced_address_with_mobile", "通報者：浜松 浩二さん。北浜市 汐見台 3丁目 7の2 から。携帯 090 4471 2290"),
    ("spaced_address_ocr_form", "OCR結果を整えて。\n転入届\n新しい住所　北浜市 柚木 2丁目 18番地 4\n氏名　楢崎 亮介\n生年月日　昭和61年3月9日"),
    ("name_kanji_column", "列名を直して。\nemp_no,name_kanji,name_kana,birth\nK27-011,上条 美奈,カミジョウ ミナ,1990-07-21"),
    ("chinese_spaced_intro", "请翻译。我叫 周 雨桐，住在北浜市汐見台3丁目7-2，电话 080-6614-2297。"),
    ("korean_latin_intro", "번역 부탁합니다. 저는 PARK JI-HOON(박지훈)이라고 합니다. 전화 080-5513-2047"),
    ("relation_before_name", "相談受付票\n相談者：本人　浅見 翔（あさみ しょう）\n基礎年金番号 4207 318556"),
    ("mother_before_name", "来庁者：母　浅見 典子\n住所：北浜市汐見台3丁目7-2\n用件：児童手当の申請"),
    ("quoted_mail_table", "返信文を作って。\n\n> 申込者一覧を送ります。\n> 氏名\t生年月日\t電話\n> 浅見 翔\t1990-01-02\t090-4471-2290\n"
                          "> 北浜 花子\t1985-03-04\t080-5513-2047"),
    ("numbered_listing_csv", "このコードの12行目のエラーは？\n10: rows = [\n11: 'name,birth,mynumber',\n"
                             "12: '浅見 翔,1990-01-02,520718342965',\n13: ]"),
    ("crlf_record", "相談記録\r\n相談者：浅見 翔\r\n住所：北浜市汐見台3丁目7-2\r\n内容：うつ病で休職中\r\n"),
    ("json_log_escaped", '{"level":"error","msg":"登録失敗\\n氏名：浅見 翔\\n生年月日：1990年1月2日\\n住所：北浜市汐見台3-7-2"}'),
    ("child_name_column", "要点をまとめて。\nchild_name,class,message\n犬養 ひまり,ひよこ組,夫とは別居しています。接近禁止の申立て中です"),
    ("cdo_indexed_password", "送信できません。\nWith conf.Fields\n  .Item(\"http://schemas.microsoft.com/cdo/configuration/sendpassword\") "
                             "= \"Nozei_4412!mx\"\nEnd With"),
    ("fields_value_password", "Fields(\"smtp_password\").Value = \"Kx8!pwQ2z\""),
    ("price_notice_at_future_point", "（内部検討用メモ・公告時削除）\n予定価格は3年間で4,800万円（税抜）。公告は1月10日の予定。"),
    ("passport_chinese_label", "请翻译。申请人：周 雨桐\n护照号码：E83920175"),
    ("korean_spaced_intro", "안녕하세요. 저는 박 서연입니다. 전화 080-3942-6651"),
    ("header_staff_but_body_subject", "差出人：市民協働課　小野寺\n件名：相談記録\n相談者 北浜 花子さん（42）、うつ病で休職中。"),
    ("html_paragraph_record", "整形して。\n<p>氏名：浅見 翔</p>\n<p>生年月日：1990年1月2日</p>\n<p>住所：北浜市汐見台3-7-2</p>"),
    ("ideographic_resident_table", "名簿を整えて。\n氏名　生年月日　住所\n浅見 翔　1990年1月2日　北浜市汐見台3-7-2\n"
                                   "北浜 花子　1985年3月4日　北浜市中央1-2-3"),
    ("head_column_tsv_mobile", "施設名\t園長\t連絡先\n中央保育園\t大橋 千代\t携帯 090-3321-0045\n港町こども園\t石渡 恵美\t080-2231-7781"),
    ("facility_head_resident_below", "北浜市国際交流センター\n利用者 浅見 花子 090-4471-2290 北浜市汐見台3-7-2"),
    ("injured_staff_claim", "公務災害の請求書の文章を直して。\n被災職員　道路管理課　技師　宇佐美 陸斗（28歳）\n"
                            "住所　北浜市緑が浜4-22-3\n傷病名　右橈骨遠位端骨折"),
    ("footer_marking", "ノートを原稿にして。\n――スライド 1――\n経営強化プラン（素案）\nフッター：機密性２　経営会議構成員限り"),
    ("card_read_out", "予約の録音です。\nお支払いはカードでよろしいですか。\nお客様：はい。番号が 4980、1170、9741、9848。期限は08の29です。"),
    ("letterhead_over_referral", "紹介状を要約して。\n北浜市立中央病院\n紹介状\n患者氏名 山田 太郎\n住所 北浜市中央1-2-3\n"
                                 "電話 0123-45-6789"),
    ("letterhead_addressee", "北浜市社会福祉協議会\n山田 花子様\n北浜市中央1-2-3\nご利用料金のお知らせ"),
    ("reading_like_word_real_person", "氏名：みほ 香織（ミホ カオリ）\n生年月日：1979年11月2日\n住所：北浜市港町2-9-14"),
]

ALLOW = [
    ("profile_booking_line", "観光サイトの紹介文に直してください。地元の農家 大槻 守さん（64）の農園では、収穫体験を受け付けています"
                             "（要予約、電話 0865-44-1203）。"),
    ("profile_reservations_en", "Please polish this for the visitor guide: Potter Sanae Ashihara (58) opens her studio on "
                                "weekends. Reservations: 0865-31-7720."),
    ("shop_booking_desk", "記事の見出しを考えて。和菓子店「つるや」の三代目、戸倉 伸一さん。工房見学のお申し込み・受付 TEL 0865-22-4410。"),
    ("spec_sample_reading", "APIの仕様書の見本です。\n{\"shimei\": \"見本 花子\", \"kana\": \"ミホン ハナコ\", "
                            "\"seinengappi\": \"1985-02-03\"}"),
    ("test_data_hiragana", "テストデータの説明を書いて。氏名 てすと たろう、携帯 090-5521-8830"),
    ("marking_question_quoted", "> 機密性２の情報はどう扱えばいいですか？"),
    ("env_reference_with_remark", "エラーの原因は？\nDB_USER=app、DB_PASSWORD=${DB_PASSWORD}（.env.local で上書き）"),
    ("net_use_env_password", "net use Z: \\\\fs01\\share /user:DOM\\svc \"%SVC_PASS%\" /persistent:no"),
    ("misconduct_news_no_person", "他市で職員が公金を着服した事案が報道されました。再発防止策の例を挙げてください。"),
    ("election_result_office_line", "掲載用に表にして。\n北浜市長選挙 開票結果\n当選　野々村 恭平（61）無所属・現　21,406票\n"
                                    "　　　千早 蓮（44）無所属・新　9,877票\n選挙管理委員会事務局　電話 0299-41-2200"),
    ("bid_result_published", "入札結果のお知らせ\n案件：漁港改修工事　予定価格 5,800万円　公告 11月1日　落札者 株式会社港北建設"),
    ("office_unit_phone_no_address", "この請求書送付状を整えて。\n\nSalesforce様\n11月分の請求書を送付いたします。\n"
                                     "北浜市 情報政策課 045-555-0190"),
    ("korean_occupation", "번역해 주세요. 저는 회사원입니다. 문의: 080-3942-6651"),
    ("reservation_number_column", "日付,氏名,種別,予約番号\n2026/10/11,三宅 勇人,一般,620812942542"),
    ("relation_without_name", "申請者：本人　（代理人なし）\n用件：証明書の交付"),
    ("quoted_addressee_under_unit", "返信を作って。\n> 北浜町 総務課 防災係\n> 降旗様\n> 株式会社汐見電波の丸山です。\n"
                                    "> 丸山 浩二（代表 0263-40-1180）\n> maruyama@shiomi-denpa.co.jp"),
    ("bulleted_office_line", "読み上げ用に直して。\n・候補者　島村 博貴　58歳\n・連絡所　北浜市本郷1-3-2　電話 048-760-2211"),
    ("numbered_agenda_times", "議事録の体裁を整えて。\n10:00 開会\n11:00 議事（予算案）\n12:00 閉会"),
    ("header_unit_before_name", "時系列に整理して。\n差出人：市民協働課　小野寺\n宛先：国際交流課　成瀬；文化振興財団　事業課　久保田\n"
                                "成瀬さん、久保田様\n会場の件、本日申請します。ステージは民族舞踊と吹奏楽です。"),
    ("english_place_park", "Please proofread.\nThis is Ana Lima, CIR at the city office.\n"
                           "Place: Kitahama Central Park, 2-1 Chuo, Kitahama City\nCall 0572-31-4470 (weekdays)."),
    ("cdo_password_from_cell", ".Item(\"http://schemas.microsoft.com/cdo/configuration/sendpassword\") = Range(\"B1\").Value"),
    ("ideographic_managers_table", "表にして。\n課名　課長名　主な業務　直通電話\n総務課　越後谷 俊介　人事・文書　0229-64-1201\n"
                                   "保健福祉課　遊佐 里香　障害福祉・生活保護の相談　0229-64-1230\n町民課　及川 浩幸　戸籍・住民票　0229-64-1220"),
    ("facility_block_bilingual", "併記で整えて。\n北浜市国際交流センター / Kitahama International Center\n"
                                 "住所 Address：北浜市錦町二丁目3番地 (2-3 Nishiki-cho)\n電話 Tel：0566-75-4120　Email：ic@kitahama-kokusai.or.jp"),
    ("three_ds_test_cards", "観点表にして。\nテスト用カード番号\n| ブランド | カード番号 |\n|---|---|\n"
                            "| Visa | 4000 0000 0000 3220 |\n| Visa | 4000 0025 0000 3155 |"),
    ("footer_question", "スライドのフッターに「機密性２」と入れるべきか教えてください。"),
    ("reading_only_sample", "記入例の説明です。フリガナ：ミホンタロウ　生年月日：1990年1月1日"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
