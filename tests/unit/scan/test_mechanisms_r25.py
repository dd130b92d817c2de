"""Issue 13, round 25 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- a kanji name and its katakana reading as two cells of a headerless delimited row (CSV, TSV, pipes), either order;
- a fixed-width layout given by column positions with a remark after a field (23-42 カナ氏名(半角)) and a code field of
  letters and half-width kana (記号 ﾎｸ12), padded short;
- a residence card number in small letters under its label; a Latin name after 氏名 with its katakana reading after it;
- a label for trainees and patients (実習生：, 受診者：); a foreign surname in katakana before a kanji given name;
- a glued kanji surname and hiragana given name in a sentence going on to a health or personnel matter (保坂みのりが…);
- a resident opening a message with where they live (弁天町の鶴巻です。) beside a free-mail address;
- staff: a record's party given by unit and employment (相談者：…課 会計年度任用職員（…） 名前), a name with its post and a
  note in brackets (…（主事、採用4年目）); a JSON record's unit field beside the name (a booking's staff);
- the profile of a described person (unique_profile): a shift or the bus one takes, a start this year, an area of a
  workplace, a coarse age, a school district, a facility's bench or entrance, a kamishibai on an event's programme is no
  story, one of two and the elder, twins named by their pair, a community group's post after the group (第３分団の分団長);
- internal matters: not out yet (一切出ていません), shown first at a coming meeting, kept by a signed confidentiality
  agreement, a figure kept from the other side (先方には伏せたまま: an amount before the word), quotes before the decision
  (起案前), an English "stay between us" and "not yet announced";
- English: self-injury as a school report tells it, a warning letter, a disciplinary committee; a Latin name heading a
  numbered item before a dash;
- not: a JSON record of areas named 圏域, a booking's organiser with their unit, open(…, encoding="utf-8-sig"), a
  PowerShell $env: reference, a mayor's hospital stay in a press release (那珂川 正人 市長は…), an appointment's career in
  infection control (感染症内科部長), a policy's list of restrictions (取扱制限（複製禁止、持出禁止等）, 「複製禁止」「持出禁止」等),
  a handbook's quiz verdicts (→ いけない) and a classification asked (何に当たるか), a form guide's (例) lines and its
  sample insurance numbers (記号：１２３　番号：４５), みほん before a card sample, a relation alone with a count (続柄：息子 17),
  a council member named by seat (乾委員から), 取組 and 番組 as no class, a vague place (ある地区の高齢の方) with the
  speaker's title in brackets, a partner body's contact (社協の…さんに確認), last year's bid result beside this one's
  figures said in a meeting is no published result.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("csv_name_kana_cells", "Excelで先頭の0が消えます。\n\n2025110401,柊木 早苗,ヒイラギ サナエ,2018/06/09,0005,117,1,0047712\n"
                            "2025110402,三栗谷 健,ミクリヤ ケン,2020/02/17,0138,204,1,0523318\n"
                            "2025110403,仲宗根 澄江,ナカソネ スミエ,2017/10/30,9900,031,1,0318840"),
    ("tsv_kana_first", "重複を消して。\n1044\tヒイラギ サナエ\t柊木 早苗\t2018-06-09\n1045\tナカソネ スミエ\t仲宗根 澄江\t2017-10-30\n"
                       "1046\tミクリヤ ケン\t三栗谷 健\t2020-02-17"),
    ("layout_positions_code_field", "read_fwfで読みたい。桁位置は 1-6 保険者番号 / 7-14 記号 / 15-22 番号 / 23-40 カナ氏名(半角) / "
                                    "41-48 生年月日(YYYYMMDD)\n\n271048ﾐﾅ07   00013377ﾀｶｻｺﾞ ﾉﾘｵ        19610712\n"
                                    "271048ﾐﾅ07   00013378ﾀｶｻｺﾞ ｴﾂｺ        19640203"),
    ("residence_card_lowercase", "英語にして。\n・氏名 NGUYEN THI HOA（グエン ティ ホア）\n・在留カード番号 uv40718256kt\n・在留資格 技能実習2号"),
    ("trainee_label", "送り出し機関への報告を英語で。\n実習生：SANTOS, Maria Lourdes（サントス マリア）　24歳\n"
                      "・作業中に左手を負傷し、市民病院で縫合。不眠を訴え、心療内科の受診を勧めた。"),
    ("katakana_surname_given", "清書して。\n\n受験番号 2207\n氏名 ペトロワ 真央（27）\n・前職で適応障害により半年休職したと本人が説明。"),
    ("glued_kana_given_sick_leave", "短くして。\n\n庶務担当の宇佐見あかりが、医師からうつ病と診断され、来月末まで病気休暇となります。"),
    ("resident_intro_freemail", "返信案を作って。\n\n差出人：t.hinokuchi.1979@gmail.com\n本文：\n青葉台の日野口です。"
                                "隣の空き家の草が伸び放題で困っています。"),
    ("party_by_unit_employment", "表にして。\n\n相談者：下水道課 会計年度任用職員（窓口）　浜砂 里穂\n"
                                 "・係長から何度も食事に誘われ、断ると仕事を回されない。\n・先月から心療内科に通院中。"),
    ("post_and_note_bracket", "人事課へのメールにして。\n\n保険年金課の 鷲頭 陸（主事、採用2年目）ですが、遅刻が続き、"
                              "本人は不眠で心療内科に通っていると話しています。"),
    ("profile_shift_bus_start", "依頼文を丁寧に。\n\n貴工場で早番の梱包を担当されている30代の男性パート従業員の方（今年5月から勤務、"
                                "送迎バス利用）が、結核と診断されました。"),
    ("profile_bench_cap_age", "連絡メモを整えて。\n・毎朝開館前から西口のベンチにいる、緑のジャンパーの高齢の男性が、"
                              "ひどい咳で痰に血が混じると話している。生活保護の相談もしたいとのこと。"),
    ("profile_one_of_two_elder", "人事係への相談メールにして。\n\n市内に２人しかいない女性の救急救命士のうち、年長の方（東署 救急隊）から、"
                                 "妊娠中のため夜勤を外してほしいとの申出がありました。"),
    ("profile_twins_pair", "情報提供書を整えて。\n対象：市立桜町小学校4年2組に転入した双子の兄弟（学年で外国籍の双子はこの件のみ）のうち兄\n"
                           "内容：腕に複数のあざ。「夜は家に入れてもらえない」と話している。"),
    ("community_group_head", "報告メールにして。\n\n昨日の花火大会で救急車で運ばれたのは、第３分団の分団長さんでした。"
                             "急性アルコール中毒で入院、以前から糖尿病で通院しているそうです。"),
    ("not_out_yet_polite", "想定問答を作って。\n背景：来月の議会全員協議会で初めて出す案で、外には一切出ていません。\n"
                           "・市立ひまわり保育園を令和10年度末で閉園し、民間園へ統合"),
    ("figure_kept_from_other_side", "表にして。\n\nR7.8.4 第2回。先方は補償 9,000万円を要求。\nR7.9.1 課内協議。補償は最大 76,400,000円 まで可。"
                                    "次回は10月。上限額は先方には伏せたまま交渉する。"),
    ("quotes_before_decision", "比較表と理由書の案を。\n[9:10] 3社の見積：A社 4,180,000円、B社 3,960,000円、C社 4,420,000円\n"
                               "[9:14] まだ起案前なので、選定理由を先に作っておきます"),
    ("english_stay_between_us", "Translate into Japanese.\n\nThe City's ceiling for the access road is JPY 250 m, "
                                "and I would ask that this figure stay between us until the agreement is signed."),
    ("english_self_injury", "Rewrite politely.\n\nThe girl in 3-A who wears a hearing aid and sits in the front row showed me "
                            "several cuts on her forearm. She said her parents are divorcing."),
    ("english_numbered_dash_rows", "Make a table.\n1. Callum Whitfield — Rating B\n2. Anjali Menon — Rating D — sick leave 41 days\n"
                                   "3. Mateus Oliveira — Rating C — warning letter issued"),
    ("spaced_my_number_after_phone_call", "メールにして。\n従業員の柚木 春香さんの個人番号が違っていた。本人に電話で確認して正しいのは "
                                          "7 3 9 2 0 5 8 1 4 6 0 0 だった。"),
]

ALLOW = [
    ("json_areas", "グラフにして。\n{\"areas\": [{\"name\": \"北部圏域\", \"n\": 412}, {\"name\": \"南部圏域\", \"n\": 388}, "
                   "{\"name\": \"中部圏域\", \"n\": 501}]}"),
    ("json_booking_staff", "icsにして。\n{\"bookings\": [{\"room\": \"第2会議室\", \"organizer\": {\"name\": \"戸叶 和也\", \"dept\": \"財政課\"}},"
                           " {\"room\": \"301\", \"organizer\": {\"name\": \"宍倉 美緒\", \"dept\": \"広報課\"}}]}"),
    ("open_encoding_literal", "このコードを直して。\n\nwith open(\"out.csv\", \"w\", newline=\"\", encoding=\"utf-8-sig\") as f:\n    f.write(\"a\")"),
    ("powershell_env_reference", "改善して。\n\n$token = $env:PORTAL_API_TOKEN\nInvoke-RestMethod -Uri $u -Headers @{ Authorization = $token }"),
    ("mayor_press_release", "英訳して。\n\n報道発表資料\n市長の入院について\n宇津木 誠 市長は、肺炎と診断され、本日から市内の病院に入院しました。\n"
                            "問合せ：秘書広報課　0287-22-1111"),
    ("appointment_career", "見出しを作って。\n\n初代所長には、県健康福祉部の 樋渡 玲子 が就任します。樋渡所長は、県立病院感染症内科部長、"
                           "県感染症対策室長を歴任し、新型コロナウイルス感染症対応に当たりました。"),
    ("policy_restriction_list", "チラシにして。\n\n第6条　機密性２以上の情報資産には、必要に応じて取扱制限（複製禁止、持出禁止、配布禁止等）を明示する。"),
    ("policy_quoted_restrictions", "表にして。\n\n機密性２以上の情報資産には、必要に応じて「複製禁止」「持出禁止」\n「部外秘」等の取扱制限を明示する。"),
    ("handbook_quiz", "クイズを作って。\n\n（２）記者発表前の組織改正案を整形させる → いけない\nQ 報道発表前の資料は何に当たるか。"),
    ("form_guide_example_lines", "短い文にして。\n\n③「加入する人」欄\n　（例）年金 一郎　昭和４８年３月３日　世帯主\n\n"
                                 "⑥「前の保険」欄\n　（例）保険者名：○○健康保険組合　記号：１２３　番号：４５"),
    ("card_sample_hiragana", "ベトナム語にして。\n・カードの ばんごうは おもての みぎうえ です。\n　みほん：AB12345678CD"),
    ("relation_counts", "前年度と比べて。\n虐待者の続柄：息子 21、夫 12、娘 9、その他 4"),
    ("council_member_seat", "要点を表に。\n\n会議録（公開）\n村上委員から、就学援助世帯への配慮を求める意見があった。"),
    ("torikumi_bangumi", "まとめて。\n\n健康づくりの取組として、テレビ番組で紹介された体操を、市内の高齢の方向けに広めます。認知症予防にも役立ちます。"),
    ("vague_place_speaker_title", "要約して。\n\n◆8番（岸田 綾子議員）　ある地区の高齢の方から、通院が難しいという相談がありました。"),
    ("partner_contact", "課長あてに直して。\n\n件数は社協の鵜飼さんに電話で確認しました。認知症カフェの参加者は延べ 412 人です。"),
    ("kamishibai_event", "報告を整えて。\n\n12/20のクリスマス会は、ボランティアの協力で大型紙芝居と合奏を予定。申込み 28 組。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
