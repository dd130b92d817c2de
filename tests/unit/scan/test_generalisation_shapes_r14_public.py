"""Issue 13, round 14, helper r14-detect-public (the false-block side): probe batches written apart from the scanner,
hard negatives a reviewer would allow each paired (about half the batch) with a private twin that must block, each
batch scored before any fix it led to (figures by action and types, as tools/score.py counts them):

* r14p001-032 (32 rows, 14 block / 18 allow: an election bulletin's candidate with birth date, town and office line;
  an API specification's sample response after a "values are fictitious" note; a business card; an English speaker
  bio with an office landline; a 入札公告 with a published 予定価格; a library press release naming a bookseller; a
  Faker test-data generator with one sample output; a 児童手当 記入例 with a dummy 個人番号; a contractor's mail signed
  with a company address and a business mobile after a "--" delimiter; a published organisation chart; a facilities
  contact list with managers; a job advert; a local-history panel on a Meiji settler; a question on 住民票 third-party
  requests; a Spring application.yml with ${…}; statistics; a manual's screen example; an anonymised training case.
  Twins: a 選挙人名簿 extract, a live API response from production, a resident's business card with debts and
  depression, an English foster-carer profile, a 予定価格 mail before opening, an accident press release draft whose
  family refused publication, production data with only the names changed, an OCR'd 認定請求書 with a valid 個人番号,
  a contractor's mail on an employee's unreported arrest, a placement plan before 内示, staff emergency contacts with
  home addresses, interview evaluations with health, a statistics note naming a resident, application-prod.yml with
  literal passwords) on the round's starting commit (670d223): recall 0.857 (12/14; by action 13/14), false blocks
  0.056 (1/18). The false block: the contractor's signature (company address, landline and 携帯) below a mail's "--"
  delimiter, read as an address with a personal mobile — a separator was three characters at least; without the
  delimiter the same block also blocked (a signature was only a block below a separator or under a contact heading).
  The misses: the contractor's employee named bare after の (弊社の和久井 翔が … 逮捕) (a known gap: the records side);
  the business card's 代表取締役 name (types).
* r14p033-060 (28 rows, 11 / 17: an English newsletter's ALT profile; 民生委員 listed on the city's site with their
  landlines by consent; an OpenAPI schema with Jane Doe; unit-test vectors of the 個人番号 check digit; a literary
  prize's entry with a detective's office and phone; a 政治資金収支報告書's donors with towns; the mayor's published
  asset report; the city lawyer's mail signed with the office's address, landline and mobile; a training slide's
  ×入力してはいけない例; a paper's author line; a transfer greeting after 発令; published 意見書 results; a 広報 baby
  column by consent; council attendance; survey comments by age and sex; an English 転入届 SAMPLE; a payment file's
  record example after a "fictitious data" note three sections up. Twins: the ALT's panic attacks and visa, the
  民生委員's visit notes on residents, a production request body, a production test case with a 個人番号, a
  後援会 membership list, the lawyer on an employee's embezzlement, a complaint memo on a 意見書 writer's illness, a
  newborn visit record, a survey answer with a name and mobile, a filled 転入届 with a residence card, the payment
  file's real records) on the tree with r14p001-032's fixes: recall 0.909 (10/11), false blocks 0.294 (5/17). The
  false blocks: the 民生委員 list (a landline beside each name; "市ホームページで公開" was no published-list word); the
  donors (names with towns; 公表している was no such word either); the detective story (a literary prize's 応募作 was no
  fiction cue); the lawyer's signature (a paragraph opened by an office's name, no legal form); the training slide's
  bad example (入力してはいけない例 was no example mark). The miss: the payment file's real records in kana (no name read
  in a fixed-width record without its layout: a known gap, the records side).
* r14p061-086 (26 rows, 11 / 15: a council's member list on its site with home addresses and landlines; a published
  anonymised judgment; a securities report's officers with birth dates (EDINETで公開); a masked application log; a
  行旅死亡人 notice; a demo environment's published account; an English API guide whose note that all examples are
  fictitious is three sections above the sample household; a sister city mayor's letter; a FAQ's 委任状 example; an
  English CIR job advert; an open-data dictionary; a newspaper article on another town's employee arrested
  (…容疑者（45）) summarised for ethics training; the mayor's published schedule; a consented English newsletter
  profile; an English welfare report paragraph. Twins: a councillor's cancer surgery, a resident's lawsuit before
  it is public, staff birth dates with a health note, an unmasked log, an identified deceased's brother with a mobile,
  a production admin password, a filled 委任状, a CIR applicant's bipolar disorder, a staff member questioned by the
  police (not yet reported), the mayor's non-public schedule, the newsletter subject's consultation notes) on the
  tree with r14p001-060's fixes: recall 0.909 (10/11; by action 11/11), false blocks 0.200 (3/15). The false blocks:
  the officers (birth dates on each row; EDINET was no site word and a birth date no register's entry); the API guide
  (the note's scope was its paragraph); the newspaper article (容疑者 after a name with a staff title read as a staff
  record). The miss: the consultation notes' "Nguyen Thi Hoa (residence card …)" (types: no English name read
  before a bracket; a known gap).
* r14p087-110 (24 rows, 10 / 14: an NPO's mail signed by its 代表理事 with a mobile; the mayor's trip itinerary with a
  hotel's number; a vendor's invoice addressed to しらかば市長 武藤 賢治 様; an application form's HTML placeholders; an
  English conference programme; a 町内会 circular with officers' landlines; a test specification's input examples
  (入力値の例　氏名「髙橋 𠮷男」…); an 開示決定 template; an .env.example; a library column on authors; a bid's
  published Q&A; a staff mail on a consented photo shoot at a shop (場所　白樺堂（…、電話 …）); public English minutes;
  an English question on third-party requests. Twins: the NPO reporting a child's bruises, passports of staff on a
  trip, refund accounts of residents, a saved form page with values, participants' health notes, a 町内会's list of
  people needing help in evacuation, a filled 開示請求書 on a mother's records, a committed .env, a non-public award
  nomination with cancer surgery, host families with a student's ADHD) on the tree with r14p001-086's fixes: recall
  0.900 (9/10; by action 10/10), false blocks 0.214 (3/14). The false blocks: the invoice (the mayor named after 市長
  with 様 read as a private addressee, beside the vendor's address); the test specification (quoted values after a
  line's example label); the photo shoot (the shop's landline on a line opened by 場所). The miss: the saved page's
  value="大庭 健二" (types; a known gap).
* r14p111-126 (16 rows, 5 / 11: an English newsletter's consented volunteer with the division's landline; a campaign
  meeting's leaflet with the candidate's office (楢崎ゆかり選挙事務所 …); an OSS issue with maintainers; a mail server log
  of work addresses; a contract's parties; an English vendor's signature with a Singapore mobile; a shopping street's
  map of shops and proprietors published with their consent; a 不審者 alert; a tax calculation example (Aさん); a
  consented English obituary; an English guide to City Hall's contacts. Twins: the volunteer's Parkinson's and fall, a
  contact form's log with free mails and topics, the alert's child victim, a tax reduction memo, an after-hours
  callout list with home numbers) on the tree with r14p001-110's fixes: recall 0.800 (4/5; by action 5/5), false blocks
  0.182 (2/11). The false blocks: the campaign office (the candidate's name glued to 選挙事務所 read as a person with the
  office's address); the shop map (a proprietor after the shop's name without brackets, with the shop's address and
  landline). The miss: "early-stage Parkinson's" and "broken wrist" are no English topic words (types; a known gap).
* r14p127-134 (8 rows, 4 / 4: adversarial twins aimed at this round's own mechanisms — residents' contacts handed over
  by a 民生委員 "listed on the city's site", a news suspect's welfare history, a training material whose note says its
  cases are fictitious with a real case added in a later section, a resident's mail signed with his employer; and
  variants — a register 掲載 on the site, an online news report's 被告, an English specification's "Every value …
  is fictitious", a quotation to しらかば町長 …) on the tree with r14p001-126's fixes: recall 0.750 (3/4), false blocks
  0.250 (1/4). The miss: the training material (its note, 本資料の事例はすべて架空, made every later section an example);
  the false block: 市ホームページに掲載している (掲載 was no trigger word). (The 民生委員 twin blocked only because the
  address reader took the landline after a full-width space for a street number (北町一丁目　0157-24-1180); written
  with the town in brackets it was allowed, as a register — fixed by the record cues.)
* r14p135-144 (10 rows, 3 / 7: a 成人式 seating list of guests by title; a lecturer's fee request with the university's
  address; a 広報 event report with children by given name and age (consented); an out-of-office reply; a pool-car
  log by surname; a complaint reply template signed by the 課長; an 審議会 convocation from the mayor. Twins: the
  lecturer's own bank account and home, a pool-car accident with the driver's sleep disorder, a reply to a named
  resident on his mother's dementia) on the tree with r14p001-134's fixes, no fix made: recall 0.667 (2/3; by action
  3/3), false blocks 0.000 (0/7). The miss: 講師　高村 修一（個人） over a bank account (types; a known gap).
* r14p145-152 (8 rows, 2 / 6: a professor's mail signed with the university's school, lab, address, landline and a
  mobile; a hospital's internal mail signed with 内線 and PHS; a disclosed accident report with ■ redactions; an English
  press release on a Governor's Award winner (82) of Kita-machi; a public 区長会 agenda (区長会会長 … （北町三丁目町内会長）);
  a local-history catalogue of authors. Twins: the unredacted accident report, the winner's Alzheimer's) on the tree with
  r14p001-144's fixes: recall 1.000 (2/2), false blocks 0.333 (2/6). The false blocks: the professor's signature (a
  paragraph opened by a university, no legal form or office); the agenda (北町三丁目 read from 北町三丁目町内会長 as the
  chair's town).
* r14p153-160 (8 rows, 3 / 5: a 回覧 announcing a new 民生委員 with her town and landline; a Slack thread preparing a
  public event, a member of staff giving the drum society's office number; an English explanation of the My Number
  Card's sample; a 換地処分 公告 naming the association's 理事長; an English flyer naming a neighbourhood association's
  chair. Twins: a 民生委員's call on a resident's drinking and unanswered phone, a Slack thread on a member of staff's
  adjustment disorder and harassment, the 換地 notices' addressees) on the tree with r14p001-152's fixes, written in the
  round's last half hour and left unfixed: recall 1.000 (3/3), false blocks 0.400 (2/5). The false blocks are known
  gaps (below): the 回覧's commissioner (a circular is no published-list word: 課内回覧 is internal), and the chat speaker
  read as the owner of the landline her message gives.
"""

from __future__ import annotations

import pytest

from tests.unit.scan.test_generalisation_shapes import check_row, probe_rows

KNOWN_GAPS: dict[str, str] = {
    "r14p006": "a name after a company officer's title (有限会社… 代表取締役 蔦谷 健吾) on a business card: blocked by the "
               "personal landline and mobile with the debts and depression, but no PERSON is read (a title before a "
               "name reads it as a business officer's)",
    "r14p085": "types only: a Vietnamese name in title case opening a note's line after a date and a dash (Tue 1 Dec "
               "— Nguyen Thi Hoa (residence card …)) is not read; blocked by the residence card with the topics",
    "r14p112": "types only: English health words (early-stage Parkinson's, broken wrist, fell from his tractor) "
               "are no topics; blocked by the name with the mobile",
    "r14p137": "types only: a name after the speaker label 講師 with （個人） is not read when the lines below give "
               "a bank account and a home address; blocked by the account with the address",
    "r14p153": "false block: a 回覧 announcing a newly commissioned 民生委員 (嶋 和代さん（北町三丁目）電話 0157-…): "
               "回覧 and 委嘱 are no published-list words (課内回覧 is internal), so her landline pairs with her name",
}

ROWS = probe_rows("generalisation_shapes_r14_public.jsonl", KNOWN_GAPS)


@pytest.mark.parametrize("row", ROWS)
def test_generalisation_shape_r14_public(scanner, row):
    check_row(scanner, row)
