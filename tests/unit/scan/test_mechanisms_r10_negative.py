"""Issue 13, round 10, helper r10-negative: table tests of the mechanisms the r10-negative probe batches led to —
each block row next to an allow row of the same shape. Whole prompts through the default scanner; synthetic names
and numbers written for this test.

* person_foreign: a Vietnamese resident named in a case note or letter — a kinship honorific before a full name with a
  Vietnamese surname (chị Nguyễn Thị Lan, anh Trần Văn Hùng, bà Lê Thị Hoa), or a full name with the middle name
  Thị / Văn — is a name; a Chinese form's name label with the surname and the given name spaced (姓名：王 丽华) too.
  A name alone does not block (an official named in a public notice): the name counts only with a birth date, a
  private contact, an address or a topic.
* person_foreign: Tagalog's personal article before a full name (si Maricel Dela Cruz Santos, kay …), the titles
  Gng. / Bb., and Portuguese / Spanish Sr. / Sra. / Srta. / Dona name a person; sensitive_personal_info: dialysis
  (hemodiálise, chạy thận, 투석) is health, a dismissal and rent in arrears (foi demitido, aluguel atrasado) welfare;
* person_contacts.mail_header_staff: on a mail header's line (差出人:, 宛先:, From:, CC:, quoted with >), a name with an
  office unit in the brackets right after it (村井 健二（財政課）) is staff in their official capacity — not a private
  person for a roster of three in a business thread; the same name in the body with a topic is still the subject;
  person_labels: 各課…, 各位 and a value ending in 担当 after a label are no names (宛先: 各課庶務担当);
* engine / _examples: the sample number 090-1234-5678 (…-1234-5678) is an example only in an example's context (例：,
  a 記入例 form, a record of code); in prose or a form's fields it is someone's mobile (fail closed: planted test
  data looks like this). Blanks of one repeated digit (090-0000-0000) stay examples everywhere.
* document: a quote followed by のように / のような / みたいな / といった / などの (「山田太郎さん（090-1234-5678）の件」
  のように、…入力しないでください) is an example of what not to write, as a quote after 例えば is; the same data
  unquoted, or a quote with no such marker after it, still counts;
* public_context: a name with a life span ending before 1950 in the brackets after it (伊達 孝典（だて たかのり、1852年
  3月4日 - 1921年11月2日）) is a historical figure, even when the reading made it a label's value; a recent death
  (… - 2024年11月2日) is not;
* sensitive_personal_info: a topic describing other people — a friend or a group (聴覚障害のある友人と, 障害のある人たちの,
  認知症の方々を, …の当事者と) — is not the named person's beside it; the topic said of the person (聴覚障害があり) is;
* phone: a landline after a division or the city hall of a Vietnamese, Portuguese or Chinese notice (Phòng Quốc tế,
  Tòa thị chính, Seção de …, 税务课) is the office's number, as after 課 or "Division"; a mobile stays personal.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("viet_kinship_name_birth_mobile", "Chị Nguyễn Thị Lan (sinh ngày 04/07/1996) đang mang thai. Số điện thoại: "
                                       "080-7219-4468."),
    ("viet_anh_name_mobile_job", "Anh Trần Văn Hùng bị công ty sa thải, hiện không có bảo hiểm y tế. Điện thoại "
                                 "090-5531-2870."),
    ("viet_full_name_thi_birth", "Phạm Thị Hương, sinh ngày 12/03/1990, địa chỉ Aoba-shi Kamisugi 2-8-5, bị chồng bạo hành."),
    ("viet_ba_name_address_illness", "Bà Lê Thị Hoa, 78 tuổi, sống một mình ở Aoba-shi Yagiyama 4-1-11, bị ung thư "
                                     "dạ dày. SĐT 080-3390-1174."),
    ("han_label_spaced_name", "姓名：王 丽华，1985年3月生\n住址：青叶市八幡2丁目9-3-201\n丈夫去年失业，孩子患哮喘。"),
    ("viet_name_mobile_after_phong", "Ông Nguyễn Văn Minh mất việc, không có bảo hiểm y tế. Phòng Quốc tế đã nhận "
                                     "cuộc gọi từ số 090-4418-2763."),
    ("viet_name_own_landline", "Anh Trần Văn Hùng bị trầm cảm. Số điện thoại của tôi: 022-391-6620."),
    ("tagalog_si_name_pregnancy", "Si Maricel Dela Cruz Santos ay buntis ng 6 na buwan at walang health insurance. "
                                  "Cellphone: 080-2245-9931."),
    ("tagalog_gng_name_address", "Gng. Rosalinda Reyes, nakatira sa Aoba-shi Kamisugi 4-4-18, may diabetes."),
    ("pt_sr_name_dismissed_dialysis", "Atendimento — Sr. Marcos Antônio Pereira, 52 anos. Foi demitido em outubro e a "
                                      "esposa faz hemodiálise. Celular: 080-4491-7726."),
    ("es_sra_name_rent", "La Sra. Carmen López Díaz tiene el alquiler atrasado tres meses. Teléfono 090-3318-5502."),
    ("quote_without_example_marker", "「山田 太郎さん（090-5512-3344）が生活保護を申請した」と記録してください。"),
    ("example_marker_then_real_line", "「山田太郎さん（090-1234-5678）の件」のような文は入力しないでください。\n"
                                      "佐藤 花子さんの携帯 090-1234-5678 に電話して、生活保護の件を伝えてください。"),
    ("lifespan_recent_death_cause", "大内 ミツ（1925年4月9日 - 2024年11月2日）誤嚥性肺炎。長男 大内 茂 携帯 090-3318-2207"),
    ("topic_of_the_person", "菊地 陽子さん（62）は聴覚障害があり、友人と手話で話します。携帯 090-3381-4426"),
    ("topic_then_friend_word", "菊地 陽子さん（62）、聴覚障害の当事者。"),
    ("mail_header_staff_body_subject", "差出人: 村井 健二（財政課長）\n宛先: 人事課 野口\n件名: Re: 小松さんの件\n\n"
                                       "子育て支援課の小松 由香さんですが、10月から適応障害で休職中です。"),
    ("mail_header_name_without_unit", "差出人: 小松 由香\n件名: 相談\n\n夫のDVで家を出ました。携帯 090-4471-2286"),
    ("sample_mobile_in_prose", "佐藤 花子さんの携帯 090-1234-5678 に電話して、生活保護の件を伝えてください。"),
    ("sample_mobile_form_fields", "氏名：山本 一郎\n住所：青葉市本町1-2-3\n電話：090-1234-5678"),
    ("han_label_spaced_name_trad", "申請人：陳 美玲\n電話：090-2281-6604\n情況：懷孕六個月，沒有健康保險。"),
]

ALLOW = [
    # a public multilingual notice naming an official, with the office's number; a name alone; common words
    ("viet_notice_official", "Ông Nguyễn Văn Minh, Tổng Lãnh sự Việt Nam tại Osaka, đã đến thăm Tòa thị chính Aoba. "
                             "Liên hệ: Phòng Quốc tế 022-555-2170."),
    ("viet_notice_no_name", "Chị em phụ nữ mang thai có thể nhận sổ tay mẹ và con tại Trung tâm Y tế. Liên hệ "
                            "022-555-7710."),
    ("viet_anh_english_word", "Lớp học tiếng Anh miễn phí cho trẻ em, thứ Bảy 10:00. Đăng ký: 022-555-2170."),
    ("viet_name_alone", "Cảm ơn chị Nguyễn Thị Lan đã tham gia buổi giao lưu văn hóa."),
    ("pt_notice_secao", "Sr. Carlos Almeida, cônsul do Brasil, visitou a prefeitura. Informações: Seção Internacional "
                        "022-555-2170."),
    ("tagalog_notice_no_name", "Kung may utos na lumikas, pumunta sa evacuation center. Para sa katanungan: Aoba City "
                               "Health Center, 022-555-7710."),
    ("tagalog_si_alone", "Salamat kay Maricel Santos sa pagtulong sa festival."),
    ("pt_sr_consul_office", "O Sr. Carlos Almeida, cônsul do Brasil, falou sobre o programa. Informações: Seção "
                            "Internacional 022-555-2170."),
    ("pt_notice_dialysis_general", "Pacientes em hemodiálise podem pedir o auxílio de transporte. Informações: Seção de "
                                   "Saúde 022-555-7710."),
    ("quoted_example_not_to_write", "・「山田太郎さん（090-1234-5678）の件」のように、個人名や電話番号を含む文章を入力"
                                    "しないでください。"),
    ("quoted_example_midai", "「鈴木 一郎、携帯 090-5512-3344、うつ病で休職中」みたいなメモは共有フォルダに置かないこと。"),
    ("historical_lifespan_reading", "伊達 孝典（だて たかのり、1852年3月4日 - 1921年11月2日）は教育者。晩年は肺結核を患い、"
                                    "自宅で亡くなった。"),
    ("historical_lifespan_years", "野口 英世（1876-1928）は黄熱病の研究中に感染し、亡くなった。"),
    ("topic_of_a_friend", "菊地 陽子さん（62）。20年前、聴覚障害のある友人と話したくて手話を始めました。"),
    ("topic_of_a_group", "NPO代表の菊地 陽子さん（62）は、障害のある人たちの就労を支援しています。"),
    ("mail_thread_staff_units", "差出人: 村井 健二（財政課）\n宛先: 各課庶務担当\n件名: Re: 予算要求の締切\n\n締切は12月13日です。\n\n"
                                "> 差出人: 小松 由香（子育て支援課）\n> 締切を延ばしていただけますか。\n\n> From: 野口 誠（人事課）\n"
                                "> 了解です。"),
    ("sample_mobile_example_context", "電話番号欄には日中連絡のつく番号を記入してください（例：090-1234-5678）。"),
    ("sample_mobile_kinyurei_form", "【記入例】\n氏名：青葉 太郎\n住所：青葉市本町1-2-3\n電話：090-1234-5678"),
    ("sample_mobile_code_record", "val sample = Resident(name = \"山田 太郎\", phone = \"090-1234-5678\")"),
    ("blank_mobile_prose", "携帯 090-0000-0000 の欄は空欄のままで構いません。"),
    ("han_notice_no_name", "姓名：（请用楷书填写）\n电话：022-555-3300（市税务课）\n如果难以一次缴清，请商量分期缴纳。"),
    ("han_label_spaced_alone", "姓名：王 丽华"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
