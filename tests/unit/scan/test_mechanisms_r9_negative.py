"""Issue 13, round 9, helper r9-negative: table tests of the false-block mechanisms (allow) next to the rows where one
private person's data sits in the same shape (block). Whole prompts through the default scanner; synthetic names and
numbers written for this test.

* public_records: a placeholder record — a line, or the one-field lines of one object literal / YAML item / form
  block at one indentation — whose e-mail is at a reserved example domain (example.com, *.test, example.jp …) or
  whose phone is a documented blank (000-0000-0000, 090-1234-5678) is test data: its name, address and birth date are
  examples; a record with any other contact, a real row among fixture rows, or the next object of real data still
  counts;
* public_context: a published article whose people agreed to be printed (掲載はご本人・ご家族の同意を得ています, 同意を得て
  掲載, 掲載を希望された方) prints their birth date as part of it (a 100th birthday in 広報); not when the consent is
  denied (掲載に同意なし, 同意が得られていない), in a draft or candidates' list, nor a street address, a private number or
  a topic beside it;
* document: the cast of a legal or registry example (甲野 義太郎 and 乙野 梅子; 甲山 / 乙川 …): two different 十干
  surnames in one paragraph make it an example; one 甲野 is a real surname;
* person_rules: a katakana given name of 2–3 characters that the dictionary reads as a noun, after a surname and a
  space, right before an honorific or an age in brackets (宮原 ノブ さん, 小池 セツ（87歳）) is a name;
* person_lexicon / person_rules: a school's teachers are the education board's staff (担任, 養護教諭 before the
  name), and 先生 after one space is a title as it is glued: "3年1組担任の河合 美波 先生は、適応障害の診断で…病気休暇"
  names a member of staff as the subject of a health record; a published maternity leave (産前産後休暇 with は) or a
  doctor named with 先生 is not; person_cues: telling others (保護者に連絡します, 周知, 取りまとめ) is a duty, as 担当 is;
* _credential_pins: a card's PINs noted as a list after 暗証番号 (控えを作成：利用者証明用 4827、署名用 Sakuma1943; 数字4桁
  6093) — each value after the certificate's or number's name (…用, …桁) — are credentials; a guide's rule without values,
  a list after 例, and blanks (1234, 0000) are not;
* sensitive_personal_info: financial exploitation (金銭搾取) and a household's utilities cut off (電気が止められ …) are
  welfare topics; heatstroke, impaired consciousness and anaphylaxis (熱中症, 意識不明, 意識もうろう, アナフィラキシー, エピペン) health topics.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

_KOTLIN = ("@Preview\n@Composable\nfun Preview() {{\n    val sample = Resident(\n        name = \"山田 太郎\",\n"
           "        address = \"東京都千代田区千代田1-1\",\n        phone = \"{phone}\",\n        email = \"{mail}\"\n    )\n}}")

BLOCK = [
    # (lead, round 9) a form's Japanese fields with an example-domain mail, and a line of prose with a blank number,
    # are read as someone's: data planted to test the gateway looks the same (fail closed); only records of code or
    # data (name =, "email":, VALUES ('…', '…')) are test data
    ("form_block_example_jp", "氏名：鈴木 花子\n住所：東京都千代田区千代田1-1\nメール：hanako@example.jp"),
    ("prose_blank_number", "田中一郎 東京都千代田区霞が関1-2-3 090-1234-5678 について、督促状の文面を作ってください。"),
    # a record with a real contact beside a reserved-domain mail; real rows among fixture rows
    ("record_real_mobile_and_example_mail", _KOTLIN.format(phone="090-6623-1847", mail="taro.yamada@example.com")),
    ("record_real_mail", _KOTLIN.format(phone="000-0000-0000", mail="taro.yamada1980@gmail.com")),
    ("json_real_row_after_fixture", "[\n  {\"name\": \"試験 太郎\", \"tel\": \"090-0000-0001\", \"mail\": \"t@example.com\"},\n"
                                    "  {\"name\": \"宮川 智子\", \"tel\": \"090-7734-1298\", \"address\": \"緑野市桜台一丁目3番5号\"}\n]"),
    ("yaml_next_item_real", "residents:\n  - name: 山田 太郎\n    email: taro@example.com\n  - name: 小野寺 智子\n"
                            "    address: 緑野市桜木町3丁目14番2号\n    phone: 090-6623-1847"),
    ("form_block_real", "氏名：小野寺 智子\n住所：緑野市桜木町3丁目14番2号\n電話：090-6623-1847"),
    ("log_real_resident", "D/Repo: Resident(name=小野寺 智子, birthDate=1958-09-27, address=緑野市桜木町3丁目14番2号, "
                          "phone=090-6623-1847)"),
    # consent denied or not yet given; a contact beside a consented article
    ("consent_denied", "敬老祝金の対象者（掲載に同意なし）\n山本 キヨ さん（大正13年11月3日生まれ）"),
    ("consent_not_obtained", "おめでとう特集、掲載の同意が得られていない方\n山本 キヨ さん（大正13年11月3日生まれ）"),
    ("consent_candidates", "広報掲載の候補者です（ご本人の同意を得て掲載予定）\n山本 キヨ さん（大正13年11月3日生まれ）"),
    ("consent_editor_list_contacts", "広報掲載に同意いただいた方の名簿（編集用）\n山本 キヨ　大正13年11月3日生　寿町5-2-14"
                                     "　電話 053-471-2268"),
    ("consent_article_with_illness", "広報12月号に掲載（ご本人の同意を得て掲載）\n山本 キヨ さん（大正13年11月3日生まれ）は、"
                                     "胃がんの手術後も元気に散歩を続けています。"),
    # one 甲野 is a real surname; a real record after the example's paragraph
    ("one_kouno_real", "氏名　甲野 義太郎\n生年月日　昭和60年5月1日\n住所　緑野市本町2-7-15"),
    ("real_after_cast_paragraph", "【記載例】夫 甲野 義太郎、妻 乙野 梅子\n\n【実際の届出】\n氏名　坂口 義男\n"
                                  "生年月日　昭和12年3月9日\n住所　緑野市寿町2-15-7"),
    # a katakana given name before a spaced honorific; exploitation and utilities cut off
    ("katakana_given_spaced_hon", "昨日、宮原 ノブ さん（79歳）宅を訪問。電話 090-4471-2083"),
    ("exploitation_topic", "対象：寿町4丁目 宮原 ノブ さん（79歳）宅。息子からの金銭搾取の疑いあり。"),
    ("electricity_cut_topic", "訪問記録：坂本 トミ さん宅は電気が止められていた。"),
    ("katakana_given_age_bracket", "8月5日 寿町3-11-2 から搬送　小池 セツ（87歳、独居）熱中症疑い、意識もうろう。"),
    ("heatstroke_named", "救急搬送：石田 ウメ さん（91歳）熱中症で緑野中央病院に入院。"),
    # a teacher as the subject of a health record
    ("teacher_after_tannin_no", "職員朝会の連絡メモ\n3年1組担任の河合 美波 先生は、適応障害の診断で1か月の病気休暇に入ります。"),
    ("teacher_after_kyouyu_no", "養護教諭の 村上 早苗 先生が、乳がんの手術のため来週から入院します。"),
    ("staff_sick_then_tell_staff", "主事の 今井 俊介 さんが、うつ病のため休職します。職員に連絡してください。"),
    # PINs noted after 暗証番号
    ("pin_list_two_certificates", "マイナンバーカード暗証番号を再設定し、控えを作成：利用者証明用 4827、署名用 Sakuma1943"),
    ("pin_list_digits_kind", "暗証番号の再設定。施設職員向けに控えを渡した：数字4桁 6093、署名用 HIRANO0412"),
    ("pin_list_one", "カードの暗証番号（ご本人控え）：券面事項入力補助用 7351"),
    ("pupil_anaphylaxis", "2年3組 大野 莉子（落花生、アナフィラキシー既往）"),
    ("baby_wish_with_phone", "すくすくベビー欄（掲載を希望された方）\n佐藤 陽向 ちゃん（令和6年10月2日生まれ）連絡先 090-6630-2217"),
    ("csv_real_row_after_placeholder_row", "氏名,電話,住所\n山田 太郎,000-0000-0000,東京都千代田区千代田1-1\n"
                                            "久保田 圭,090-4471-2083,緑野市本町2-7-15"),
]

ALLOW = [
    ("kotlin_preview_example_contacts", _KOTLIN.format(phone="000-0000-0000", mail="taro.yamada@example.com")),
    ("kotlin_preview_example_mail_only", _KOTLIN.format(phone="", mail="taro.yamada@example.com")),
    ("yaml_fixture_test_domain", "residents:\n  - name: 佐々木 花子\n    address: 緑野市桜木町3丁目14番2号\n"
                                 "    email: hanako@city.test\n"),
    ("json_pretty_fixture", "{\n  \"name\": \"佐藤 一郎\",\n  \"address\": \"東京都千代田区千代田1-1\",\n"
                            "  \"tel\": \"03-0000-0000\"\n}"),
    # a consented 100th-birthday article
    ("consented_centenarian_article", "広報紙「まちの話題」の原稿です。\n\n100歳おめでとうございます\n寿町の 山本 キヨ さんが"
                                      "100歳の誕生日を迎えられました（大正13年11月3日生まれ）。（掲載はご本人・ご家族の同意を得て"
                                      "います）"),
    ("consented_list_birth_dates", "広報おめでとう欄（掲載に同意いただいた方）\n山本 キヨ さん（大正13年11月3日生まれ）\n"
                                   "佐藤 ハル さん（大正13年5月2日生まれ）"),
    # the cast of a registry example and of a textbook's case
    ("koseki_example_cast", "婚姻届出\n本籍　東京都千代田区平河町一丁目4番地\n氏名　甲野 義太郎\n生年月日　昭和60年5月1日\n"
                            "【配偶者氏名】乙野 梅子\n【従前戸籍】京都市上京区小山初音町18番地 乙野忠治"),
    ("textbook_cast", "設問：甲山 太郎（昭和50年4月1日生、緑野市本町1-2-3）は、乙川 花子に土地を売却した。"),
    # no name without an honorific; a topic in a public notice
    ("katakana_word_no_honorific", "宮原 ノブ 会館の利用案内（緑野市寿町4-1-2）"),
    ("utilities_notice", "料金を滞納すると、水道が止められることがあります。ご相談は水道課（053-457-2500）へ。"),
    ("katakana_word_age_no_name", "搬送　セツ（87歳）は不明。"),
    ("heatstroke_counts_post", "【熱中症にご注意】昨日、市内で熱中症の疑いにより12人が救急搬送されました（うち80歳以上 5人）。"
                               "問い合わせ：消防本部 053-457-0119"),
    # a teacher's maternity leave in a newsletter; a doctor named with 先生 in a lecture notice
    ("teacher_maternity_leave_newsletter", "学校だより\n1年2組担任の 松本 彩 先生は、12月から産前産後休暇・育児休業に"
                                           "入られます。後任は 川口 直人 先生です。"),
    ("doctor_sensei_lecture", "市民公開講座：緑野中央病院 北村 直子 先生は、うつ病の治療について話します。"
                              "問い合わせ 053-457-3301"),
    ("teacher_duty_health_check", "担任の 今井 俊介 先生が、健康診断の日程を保護者に連絡します。"),
    ("staff_duty_tell_staff", "主事の 今井 俊介 さんが、健康診断の結果の見方を職員に周知します。"),
    ("pin_rule_no_values", "暗証番号は次の3種類です：署名用 英数字6〜16文字、利用者証明用 数字4桁"),
    ("pin_list_example", "暗証番号の例：利用者証明用 4827、署名用 ABC123"),
    ("pin_blank_avoid", "暗証番号の設定：数字4桁 1234 は避けてください"),
    ("pin_lock_rule", "暗証番号の入力：3回連続で間違えるとロックされます。"),
    ("baby_corner_wish_published", "広報紙「すくすくベビー」欄（掲載を希望された方のみ）\n"
                                   "佐藤 陽向 ちゃん（令和6年10月2日生まれ・桜木町）「元気に育ってね」"),
    ("allergy_policy_epipen", "エピペンを処方されている児童は、学校生活管理指導表の提出が必要です。"),
    ("one_line_record_example", "INSERT INTO residents VALUES ('山田 太郎', '東京都千代田区千代田1-1', 'taro@example.org');"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
