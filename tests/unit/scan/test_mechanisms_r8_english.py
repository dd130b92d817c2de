"""Issue 13, round 8, English, mixed and other-script text (helper r8-english): table tests of the mechanisms its probe
batches led to, positive and negative rows written apart from the probe file:

* person_english: a relative named after a possessive and a kinship word (English, Portuguese, Spanish, Vietnamese,
  Tagalog, Chinese, Korean); a Latin full name with an age after it; a Latin full name opening a sentence as the
  subject of a verb a person does, with a personal pronoun after it; a Latin full name after To: / Attn: / Dear; a
  family named by its surname ("the Nguyen family"); a public role before the name makes it official;
* person_contacts: "it's <name> calling" on a voicemail;
* person_lexicon / person_tables: passport-order labels (SURNAME: / GIVEN NAMES:) and a qualifier in brackets before
  a name label's colon;
* person_foreign: Chinese form labels (姓名, 申请人) and more Korean ones (신청인, 보호자);
* date_of_birth: a format in brackets before an English birth label's colon; birth labels in the residents' languages
  (nacida el, data de nascimento, ngày sinh, 出生日期, 생년월일);
* address_foreign: an address label in the residents' languages (주소, 地址, địa chỉ, endereço …, English "address at")
  followed by a street block on its line, the building first or not;
* sensitive_personal_info: childbirth and violence at home in English, a stay in hospital, an injury, bullying and a
  lost job in the residents' languages; a Latin-script topic counts within twice the person window after the person;
* phone: the words of a public office or helpline in multilingual leaflets make a landline an office number.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    # kinship
    ("en_my_wife_name", "My wife Sofia has been in hospital since Monday and I cannot look after the kids alone."),
    ("en_her_daughter_name", "Her daughter Aiko (5) has asthma and needs an inhaler at nursery."),
    ("en_his_son_full", "His son Daniel Ruiz was arrested last night, he said."),
    ("pt_minha_filha", "Minha filha Beatriz Lima está grávida e precisa de ajuda."),
    ("es_mi_marido", "Mi marido Jorge Ramírez está desempleado desde mayo."),
    ("vi_vo_toi", "Vợ tôi là Lê Thị Thu, đang mang thai 5 tháng."),
    ("tl_anak_ko", "Ang anak ko, si Paolo Cruz, ay binu-bully sa paaralan."),
    ("zh_wo_erzi", "我儿子张伟在学校被欺负，最近不想去上学。"),
    ("ko_je_ttal", "제 딸 이수아가 요즘 우울증 치료를 받고 있습니다."),
    # ages, subjects, addressees, families
    ("en_name_age_comma", "Kwame Asante, 52, lost his job in March and is now behind on his rent."),
    ("en_name_age_brackets", "Referral: Hoang Van Nam (29) reports panic attacks since the accident."),
    ("en_subject_pronoun", "Rosa Delgado came to the desk today. She is pregnant and has no health insurance."),
    ("en_subject_pronoun_far",
     "Lucas Pereira called again this morning about the letter from the tax office. He was very worried: "
     "since the factory closed he has been suffering from depression."),
    ("en_to_label_address", "To: Olga Petrenko\n4-2-7 Motomachi, Naka-ku, Yokohama\nRe: overdue nursery fees"),
    ("en_dear_full_name", "Dear Amina Yusuf,\nWe are sorry to hear about your divorce. Please bring your residence card."),
    ("en_family_address", "The Silva family, 2-9-14 Kamimura, Midorino-shi, asked about the child-rearing allowance."),
    ("en_calling_voicemail", "Hello, it's Grace Mwangi calling. Please call me back on 080-5521-7734."),
    # labels
    ("passport_order_labels", "SURNAME: NAKAMURA\nGIVEN NAMES: YUI\nDATE OF BIRTH: 14/02/1991"),
    ("name_label_qualifier", "Name (block capitals): LIAM WALSH\nMobile: 090-4410-2287"),
    ("dob_format_qualifier", "Applicant: Sara Haddad\nDate of birth (dd/mm/yyyy): 05/09/1984"),
    ("es_nacido_el", "Solicitante: Diego Torres, nacido el 21/06/1979, vive solo."),
    ("pt_data_nascimento", "Meu nome é Paulo Santos. Data de nascimento: 12/03/1988."),
    ("vi_ngay_sinh", "Tôi tên là Đỗ Văn An, ngày sinh 03/11/1985, số điện thoại 080-3391-2204."),
    ("zh_label_dob", "姓名：刘洋\n出生日期：1992年7月15日"),
    ("ko_label_applicant", "신청인: 정하은\n생년월일: 1990.04.21"),
    # foreign addresses
    ("ko_address_label", "성명: 최민수\n주소: 오사카부 오사카시 이쿠노구 모모다니 2-5-9 그린하이츠 201호"),
    ("zh_address_label", "申请人：黄静\n地址：名古屋市中区锦2丁目14-6 樱花公寓302室"),
    ("vi_address_label", "Tôi là Bùi Thị Hạnh.\nĐịa chỉ: Phòng 105, Hikari Mansion, 1-8-3 Sakae, Naka-ku"),
    ("en_address_at_building_first", "Ms. Leila Ahmadi, please confirm your address at Green Villa 203, 4-11-2 Honcho."),
    # sensitive words
    ("en_gave_birth", "Patient Mei Wong gave birth on 3 May and was discharged yesterday."),
    ("en_hits_her", "Client: Ms. Nadia Karimi. Her partner hits her when he is drunk."),
    ("pt_internado", "Meu nome é João Alves. Estou internado no hospital desde ontem."),
    ("ko_bullying", "제 이름은 한지우입니다. 아들이 학교에서 괴롭힘을 당하고 있어요."),
]

# batch q8e-b: the writer as a parent of someone named, a couple before a street number, intros in the residents'
# languages (em tên là, ako po si, मेरो नाम … हो), a Korean letter's closing, ordinal and German birth dates, words of
# confiscated passports, unpaid wages, ADHD (TDAH), divorce in progress, a child hit by a teacher, being locked in
BLOCK += [
    ("pt_pai_da_aluna", "Sou o pai da aluna Mariana Souza (5º ano). Ela está com depressão e não quer ir à escola."),
    ("es_madre_de", "Soy la madre de Valentina Gómez. Ella tiene TDAH y necesita apoyo en clase."),
    ("en_mother_of", "I am the mother of Hana Ito in class 3-2. She was bullied at school last week."),
    ("couple_street_row", "Tom and Lisa Becker, 1-4-9 Nakamachi, Midorino-shi: your water bill has not been paid."),
    ("vi_em_ten_la", "Em tên là Trần Minh Tuấn. Công ty không trả lương cho em 2 tháng rồi."),
    ("tl_ako_po_si", "Ako po si Rowena Bautista. Buntis po ako at wala pong trabaho ang asawa ko."),
    ("nepali_intro", "मेरो नाम राम थापा हो। मेरो फोन नम्बर 080-6612-4471 हो।"),
    ("ko_closing_dream", "아이 때문에 이혼 소송 중입니다.\n\n박지민 드림\n연락처: 090-3381-2274"),
    ("dob_ordinal_month_first", "Name: Omar Farouk\nDate of birth: July 3rd, 1979"),
    ("dob_ordinal_day_first", "Client: Ms. Leah Cohen\nDOB: 21st of June 1990"),
    ("de_geboren", "Mein Name ist Anna Schmidt, geboren 02.05.1992 in Berlin."),
    ("en_locks_me_in", "Resident: Aisha Bello.\nShe says: my husband locks me in the flat when he goes out."),
    ("zh_hit_by_teacher", "我叫王芳。我的孩子在学校被老师打了。"),
]

# batch q8e-c: the writer as a parent in Chinese, Korean, Vietnamese; an Indonesian husband; a Thai intro; a birth date
# written 11-Mar-1985; a clinical "Pt: Lopez, Maria"; an address opening with the building, the municipality left out;
# a family named in the plural with the given names in brackets
BLOCK += [
    ("zh_parent_of", "老师好，我是刘思琪的爸爸。思琪最近被同学欺负。"),
    ("ko_parent_of", "저는 박서준의 어머니입니다. 서준이가 요즘 우울증 치료를 받고 있어요."),
    ("vi_parent_of", "Tôi là bố của cháu Lê Minh Khoa. Cháu bị dị ứng trứng."),
    ("id_husband", "Suami saya, Agus Wibowo, sekarang dirawat di rumah sakit."),
    ("thai_intro_pregnant", "ฉันชื่อ มาลี ศรีสุข ค่ะ ตอนนี้ตั้งครรภ์ 5 เดือน"),
    ("dob_dd_mon_yyyy", "Employee: Mr. Arjun Mehta (DOB: 04-Jul-1991)"),
    ("clinical_surname_comma", "Pt: Okoye, Grace  Age/Sex: 41/F\nDx: breast cancer, on chemotherapy"),
    ("building_first_no_city", "I am Hyun-woo Lee and I live at Villa Sakura 203, 2-7-1 Hibino. My mobile is 080-6623-1190."),
    ("family_plural_given", "Family: the Mensahs (Kofi and Abena), flat 2C. Abena is pregnant and Kofi lost his job."),
]

# batch q8e-d: declarations (I, <name>, …), signature and subject labels, First name | Last name columns, words of
# alcohol dependence and fever
BLOCK += [
    ("en_declaration", "I, Tomasz Nowak, hereby declare that I have no income and receive no public assistance."),
    ("pt_declaration_eu", "Eu, Carla Mendes Rocha, declaro que estou grávida de 4 meses."),
    ("signed_label_sig", "I cannot pay the tax because I was in hospital for two months.\nSigned: Ravi Shankar"),
    ("subject_line_case", "Subject: Fw: Leila Haddad - eviction notice\n\nPlease see below; she has two children."),
    ("first_last_columns", "First name,Last name,Date of birth\nEmma,Brown,2017-02-11\nOliver,Sato,2016-10-05"),
    ("alcohol_dependence", "Client: Mr. Piotr Zielinski. History of alcohol dependence; relapsed in October."),
    ("fever_child", "Parent: Ms. Hana Novak. Her son has a fever of 39 since last night."),
    ("novel_coronavirus_not_fiction", "Pt: Ms. Akua Boateng. Tested positive for COVID-19 (the novel coronavirus), "
                                      "isolating at home."),
]

# batch q8e-e: next-of-kin and contact labels, a pupil's grade in brackets, a log's rows of visitors, a Vietnamese
# contact label, a child hit at home
BLOCK += [
    ("next_of_kin", "Next of kin: Jonas Petraitis (brother)\nPhone: 080-2271-4419"),
    ("emergency_contact_name", "Emergency contact name: Ayesha Siddiqui\nRelationship: wife\nTel: 090-8812-3364"),
    ("grade_in_brackets", "Kenta Mori (Grade 4) said his mother hits him when she is angry."),
    ("log_row_time", "09:30 Blessing Okonkwo - asked about welfare benefits, pregnant"),
    ("log_row_date", "11/26 Camila Rojas: panic attacks, referred to clinic"),
    ("vi_contact_label", "Người liên hệ: Đặng Văn Hải\nĐiện thoại: 080-4412-7763"),
]

# batch q8e-f: a romaji building name (Kopo …) first, Korean and Chinese spouse labels, a list item naming a resident
# after a sensitive topic and a colon
BLOCK += [
    ("kopo_building_first", "Ms. Rina Haddad, Kopo Aoi 203, 1-9-4 Wakaba, is two months behind on the rent."),
    ("ko_spouse_labels", "남편: 장도윤 (실직 중)\n상담 내용: 생활비가 없습니다."),
    ("zh_spouse_label", "妻子：赵敏（怀孕5个月）\n丈夫失业了。"),
    ("topic_row_name", "- Unpaid rent: Jakub Kowalczyk (Block C), four months"),
]

ALLOW = [
    # titles, roles and public figures
    ("governor_title", "Governor Haruka Ishida visited the shelter for flood evacuees on Monday. She thanked volunteers."),
    ("role_apposition_news", "The chairman of Kita Bank, Takeshi Ono, 61, was arrested on Tuesday, police said."),
    ("ceo_quote", "\"We care about every family,\" said CEO Naomi Fujita, 45, at the launch."),
    ("mayor_apposition", "The mayor of our sister city, Anna Berg, said she was moved by the welcome."),
    # places, organisations, brands
    ("castle_subject", "Nagoya Castle was rebuilt in 1959. Its main keep is closed for repairs; his statue stands nearby."),
    ("company_subject", "Toyota Motors has opened a new plant. He said the company will hire 300 people with disabilities."),
    ("royal_family", "The Royal family attended the memorial for victims of the disaster."),
    ("japanese_family_generic", "A Japanese family of four spends about 30,000 yen a month on food, the survey said."),
    ("restaurant_list", "Sushi Tanaka, 3-5-9 Marunouchi, Naka-ku, tel 052-211-4450 (closed Mondays)."),
    # kinship without a name, a name without anything personal
    ("kin_without_name", "If your husband hits you, call the women's consultation centre: 052-962-2520 (weekdays)."),
    ("its_without_calling", "It's Christmas Eve and the office is closed. Call 052-972-3111 after 4 January."),
    ("subject_without_pronoun", "Maria Santos won the women's race. The results are on the city website."),
    ("dear_org", "Dear Midorino City Hall,\nThank you for the event. Call us at 052-201-7712."),
    # sample and template forms
    ("sample_passport_form", "SAMPLE\nSURNAME: YAMADA\nGIVEN NAMES: TARO\nDATE OF BIRTH: 01/01/2000 (example)"),
    ("blank_dob_qualifier", "Date of birth (dd/mm/yyyy): __/__/____\nName (block capitals): ____________"),
    # addresses of public offices in other scripts
    ("ko_public_office_address", "나고야시 국제센터\n주소: 나고야시 나카무라구 나노 1-47-1\n전화: 052-581-0100 (평일)"),
    ("zh_office_address", "咨询窗口：市民课\n地址：名古屋市中区三之丸3丁目1-1\n电话：052-961-1111"),
    ("address_label_phone_only", "주소: 아직 없음\n연락처: 090-1234-5678"),
    ("address_label_postcode_only", "Address: 〒460-0003 (to be confirmed)"),
    # leaflets in the residents' languages with a public number
    ("vi_leaflet_centre", "Nếu bạn bị bạo lực gia đình, hãy gọi Trung tâm tư vấn: 052-962-2520 (thứ Hai – thứ Sáu)."),
    ("pt_leaflet_prefeitura", "Em caso de violência doméstica, ligue para a Prefeitura: 053-457-2111 (dias úteis)."),
    # a topic before a name, far away: not theirs
    ("topic_before_name_far",
     "If you have diabetes, check your feet every day and call the clinic if a cut does not heal. "
     "The foot-care class is run every Tuesday by our nurse, Ms. Grant."),
]

ALLOW += [
    # example headings in the residents' languages
    ("vi_example_form", "VÍ DỤ\nHọ và tên: Trần Văn B\nNgày sinh: 01/01/1990\nĐịa chỉ: 1-1-1 Chuo, Midorino-shi\n"
                        "Số điện thoại: 090-0000-0000"),
    ("zh_example_form", "填写示例\n姓名：李四\n出生日期：1990年1月1日\n电话：090-0000-0000"),
    ("ko_example_form", "작성 예시\n성명: 김철수\n생년월일: 1990.01.01\n연락처: 090-0000-0000"),
    ("pt_example_form", "EXEMPLO\nNome: Maria da Silva\nData de nascimento: 01/01/1990\nCelular: 090-0000-0000"),
    # a public figure's biography: was / has are no verbs of dealing with the office
    ("athlete_bio_health", "Yuki Nakamura was diagnosed with asthma as a child. She went on to win two Olympic medals."),
    ("title_abbreviation_sentence", "Dr. Sofia Rossi is our keynote speaker. She studies depression among older migrants."),
    # a role word inside another language's word is no role ("Professora"), the speaker rule still reads "Professor"
    ("professor_speaker_line", "Speaker: Professor Ken Mori (Midorino University). He will talk about dementia care."),
    ("commit_trailers", "fix: typo\n\nReviewed-by: 宮田 浩平 <k.miyata@example-dev.co.jp>\nCo-authored-by: Mina Park "
                        "<mina.park@example-dev.co.jp>\nSigned-off-by: 北野 彩 <a.kitano@example-dev.co.jp>"),
    # a business signature: the company's address and its sales rep's mobile
    ("business_signature_mobile", "Best regards,\nAnna Kowalski\nAccount Manager, BrightPath Japan K.K.\n"
                                  "3-4-1 Kita-Aoyama, Minato-ku, Tokyo\nMobile: 090-7712-3345"),
    # an organisation named before a street number inside a sentence
    ("evacuation_site_in_brackets", "Vá ao abrigo (Ginásio Municipal Aoba, 2-3-1 Chuo). Leve água e remédios."),
]

ALLOW += [
    # public numbers in Thai and Indonesian guidance; public buildings before a block; a family in fiction
    ("thai_guidance_centre", "หากคุณตั้งครรภ์ กรุณาติดต่อศูนย์สุขภาพ โทร 052-972-2630 (วันจันทร์-ศุกร์)"),
    ("id_guidance_office", "Jika Anda hamil, hubungi kantor kesehatan kota: 052-972-2630 (hari kerja)."),
    ("building_of_public_office", "Midorino Civic Plaza, 1-1-1 Chuo: open 9:00-21:00, tel 0561-00-1111."),
    ("clinical_label_without_patient", "Pt: n/a (training scenario)\nDx: gestational diabetes, 28 wks"),
    ("family_plural_public", "Like the Kennedys (John and Robert), the brothers went into politics; the museum tells "
                             "their story."),
]

ALLOW += [
    # subject lines in words of a subject; a declaration template; stories and textbooks; a business landline
    ("subject_plain_words", "Subject: Meeting Minutes - welfare committee\n\nThe committee discussed dementia care."),
    ("subject_without_dash", "Subject: Grace Period for Payments\n\nResidents with tax arrears may apply."),
    ("declaration_blank", "I, ______________ (name), declare that the information above is true."),
    ("story_kin_diagnosis", "Continue this story.\n\nAnna Weiss looked at her son Felix. He had been diagnosed with "
                            "asthma that winter."),
    ("textbook_intro_health", "Textbook Unit 5 dialogue:\nHi, I'm Mike Brown. I have an allergy to cats."),
    ("business_landline_signature", "Dear Mr. Ito,\nMs. Lee will send the quote. Call me at 06-6312-4455.\n"
                                    "Ken Ward\nSales Director, Nova Systems Ltd."),
]

ALLOW += [
    # a role word before the name (Author …, 89, died), a log row of a public programme, a form's label without a name
    ("author_obituary", "Author Kenji Aoki, 89, died after a long battle with cancer. His novels sold millions."),
    ("log_row_event", "10:00 Opening Remarks - Mayor\n10:15 Keynote - Dr. Ruth Adler (dementia research)"),
    ("next_of_kin_blank", "Next of kin: ______________ (relationship: ______)\nPhone: ______________"),
]

ALLOW += [
    # a topic row naming an organisation or a programme, not a resident
    ("topic_row_programme", "- Dementia support: Orange Cafe Aoba (every Friday at the community centre)"),
    ("topic_row_speaker_role", "- Depression seminar: Professor Hana Ueda, Midorino University"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
