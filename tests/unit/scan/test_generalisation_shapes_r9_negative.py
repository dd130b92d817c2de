"""Issue 13, round 9, helper r9-negative: independent probe batches aimed at FALSE BLOCKS — documents a city office
really pastes that a naive DLP would block — each hard negative paired with a recall twin (a close variant that must
block). Each batch was scored before any fix it led to:

* q9n001–q9n035 (35 rows, 17 block / 18 allow: a press release of award winners with ages, a public-land sale's
  公告 with its 最低売却価格, a 町丁別 population table, a budget export whose 12-digit 科目コード pass the 個人番号
  check digit, designated managers with 法人番号 and representatives, a training slide listing 要配慮個人情報, a Kotlin
  preview with 山田 太郎 / example.com, a council's question list on welfare topics, a 行旅死亡人 gazette notice, a
  health-check leaflet with HbA1c thresholds, a 保護のしおり with model households, an HTML form's placeholders,
  consumer-consultation counts, a fire department's press release naming officers between rank words, a school
  newsletter on a teacher's maternity leave, a My Number card PIN guide, a lecture flyer with the author's real name,
  a hazard map's shelters; twins: an award candidate's file, a floor price mailed before the notice, a benefit
  payment CSV, a sole proprietor's bid registration with 個人番号, a near-miss report naming a resident, a logcat
  dump of a resident, a council member relaying a supporter's case, an identity inquiry, a health-guidance record, a
  保護決定 for a household, a form's POST log, a consultation card, a fire officer's injury, a teacher's sick leave,
  a resident's PINs noted, a lecturer's withholding with 個人番号, an individual evacuation plan) on the round's
  starting commit (6bd3275): recall 0.765 (13/17; by action 0.882), false blocks 0.056 (1/18). The false block: the
  Kotlin preview (山田 太郎 with 東京都千代田区千代田1-1, 000-0000-0000 and taro.yamada@example.com). The misses: by
  action, a floor price before the notice (q9n004, the class of q8n109) and a teacher after "<class>担任の" with
  先生 (q9n029, the class of q8n173; read as the source of their own certificate since round 29); by types, a PIN after 暗証番号 (q9n031, the class of q8n116) and a lecturer's
  real name in brackets (q9n033, the class of q8n163).
* q9n036–q9n065 (30 rows, 14 block / 16 allow: an anonymised judgment on 生活保護, a published 指名停止 with the
  company's representative and an arrest, a 住居表示 old/new address table, a salary-scale ordinance, a 国保税 model
  household, published exam numbers, return-gift businesses with 法人番号 and a sole proprietor, a 不審者 alert, a
  press release on an official-car accident, children's essay-contest winners (consent noted), a validation regex
  cheat sheet with example values, an English press release quoting a student, care-premium brackets, a Mermaid ER
  diagram of resident fields, a business FAX cover, a pension-exemption explainer; twins: a lawsuit memo naming the
  plaintiff, an arrest before the news, a renaming mailing list, a staff member's salary notice, a household's tax
  arrears, an interview evaluation, a donor list, a pupil's incident report, the accident's other party, entrants with
  parents' mobiles, a production validation log, an English host-family sheet with an allergy, a premium-reduction
  application, a FAX about a patient) on the tree with batch 1's fixes: recall 1.000 (14/14), false blocks 0.000
  (0/16).
* q9n066–q9n094 (29 rows, 14 block / 15 allow: a 広報 100th-birthday article with the birth date (consent noted), a
  staff health-check notice naming the nurse, a 戸籍 参考記載例 (甲野 義太郎 / 乙野 梅子) in a paragraph of its own, a
  phishing-drill example mail at an .example domain, an iCalendar of a public lecture, an anonymised care meeting,
  minutes of a council member speaking of his own cancer, a 民生委員 explainer, a nursery-teacher job ad, a GraphQL
  response at example.jp, a disaster-drill scenario, code comments naming staff, an English privacy quiz, cemetery
  lottery numbers, an infectious-disease weekly report; twins: a longevity-gift payment list, staff health follow-ups,
  a real 戸籍 for an inheritance, a phished password, an iCalendar home visit, the care case named, a council member's
  unpublished cancer, a 民生委員's report naming a resident, applicants' résumés, a production GraphQL response, a
  shelter intake, a tax batch's output, an English leak report, an epidemiological investigation) on the tree with
  batches 1–2's fixes: recall 0.857 (12/14), false blocks 0.133 (2/15). The false blocks: the 100th-birthday article
  (a birth date beside a published name), the 戸籍 記載例's cast. The misses: a katakana given name before a spaced
  honorific (宮原 ノブ さん) with 金銭搾取 / 電気が止められ (no topics); a council member's unpublished cancer (q9n079,
  a known gap).
* q9n095–q9n116 (22 rows, 8 block / 14 allow: a council's published member list with a 公募委員's age and town, a
  library book list of authors on dementia, a public lecture naming the psychiatrist in prose, election results with
  votes, a public-comment result on a disability plan, a fraud warning quoting the scam's words, a mayor's press
  conference on his own polyp, an English abstract's participants, a published bullying report with A/B/C, a heatstroke
  SNS post with counts, an intractable-disease programme naming the nurse, petitions and their 紹介議員, a long-service
  award, a Hansen's disease history handout; twins: 公募委員 applicants with their family's disability, a patron's
  reference record, a referral's reply naming the patient, a proxy vote by a blind elector, the bullying investigation
  named, a heatstroke transport, an intractable-disease application, a survivor's private interview) on the tree with
  batches 1–3's fixes: recall 0.875 (7/8), false blocks 0.000 (0/14). The miss: a katakana given name the dictionary
  reads as an adjective before an age in brackets (小池 セツ（87歳、独居）) with 熱中症 (no topic).
* q9n117–q9n130 (14 rows, 5 block / 9 allow: a 広報 baby corner with birth dates (掲載を希望された方のみ), an SQL
  aggregate over the welfare register, a school-lunch allergy policy, an anonymised chatbot log, a municipal-housing
  income example, a consented 広報 interview with a volunteer's age, a contract's list of personal-data items, a
  published 個人情報ファイル簿, a children's paper's hiragana prize-winners; twins: a newborn visit with postpartum
  depression, the SQL result with names, pupils' allergies, a chatbot utterance with a name and mobile, a health-check
  file row) on the tree with batches 1–4's fixes: recall 0.800 (4/5; by action 1.000), false blocks 0.111 (1/9). The
  false block: the baby corner (consent worded 掲載を希望された); the miss by types: アナフィラキシー / エピペン (no topics).
All 130 rows (58 block / 72 allow) on the round's starting commit (6bd3275): recall 0.862 (50/58), false blocks 0.069
(5/72; a GraphQL response at example.jp (q9n084) was already fixed by batch 1's placeholder records when batch 3 was
scored); on the final tree recall 0.931 (54/58; by action 0.948) / false blocks 0.000 (0/72).
The round-8 known gaps q8n173 (a teacher after 担任の, 先生は) and q8n116 (PINs noted after 暗証番号) were fixed with
their classes (both now pass, as does q9n031); q8n109 and q8n163 recur here as q9n004 and q9n033; q8n092's
fire officer, written here after a label (被災職員：… 消防士長 田村 健一（32歳）, q9n027), blocks.
The classes were fixed by mechanisms with table tests in test_mechanisms_r9_negative.py.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

KNOWN_GAPS: dict[str, str] = {
    "q9n033": "a lecturer's real name in brackets (雨宮 しずく（本名 佐藤 静子）): no PERSON finding; blocked by the 個人番号 "
              "and the account (q8n163's class)",
    "q9n079": "a council member's cancer kept from the council (川島 正人 議員 … 入院（膵臓がん…）… 他言無用): a 議員 is named "
              "in an official capacity, and a do-not-tell word is no marking",
}

test_generalisation_shape_r9_negative = probe_test("generalisation_shapes_r9_negative.jsonl", KNOWN_GAPS)
