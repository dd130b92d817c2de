"""Round 6 of issue 13's probe rows (helper "negative"): false blocks on published material and ordinary office
work, with a few twins (the same document shape with one genuinely sensitive line, which must block).

Each batch was written and scored before its fixes:

* n6001–n6037 (37 rows, 7 block / 30 allow: 議会だより, a published おくやみ corner, 叙勲 lists, a markdown
  directory of managers with direct lines, 入札経過調書, 退職者 greetings, questions on marking and on what counts
  as 個人番号, historical fiction and local history, .env.example, doctests, an 口座振替 記入例, staff and vendor
  mail, English press release and job posting, a long 総合計画 chapter, 一般質問通告一覧, 審議会 roster, a 広報
  interview, election results, 指定管理者 and clinic lists, a biography, a JUnit test vector, an API sample
  response, children's award list, a press release on an agreement; twins: an おくやみ draft with the chief
  mourner's mobile, a roster with a member's home address and birth date, the next bid's price, a live API key,
  an interview memo on the subject's cancer, a staff mail naming a resident on welfare, an English release with
  the injured cyclist's name and mobile): recall 0.857, false blocks 0.300 before the fixes.
* n6038–n6069 (32 rows, 8 block / 24 allow: a published personnel announcement with 新職名, a 100歳 article, a
  blank 様式, mortality statistics, SQL with dummy rows, a trip report naming foreign officials, questions on
  handling restrictions, a marking manual with 表示例, fiction with a phone number, an audit report, a list of
  qualified bidders, teachers' personnel, new books, an English delegation itinerary, anonymous 市民の声, phone
  regex tests, an nginx config, vendor meeting minutes, an English My Number FAQ, event listings, a clan
  genealogy, a staff award press release, a long AI guideline, an internal mail thread; twins: a staff member's
  sick leave in the personnel list, the centenarian's family mobile and care level, a production row with a 個人番号,
  a staff member's panic disorder in the trip report, a named suicide in the statistics, a marked document, an
  identified 市民の声 writer, a staging password in the minutes): recall 0.875, false blocks 0.083 before the fixes.
* n6070–n6098 (29 rows, 7 block / 22 allow: a 広報 feature on three residents, council minutes with ○…議員
  speakers, 審議会 minutes with bracketed speakers, a bill on appointing a deputy mayor (town, birth date), a Jest
  mock with zeros, an access log, a donation press release naming the donor, photo captions, teachers listed by
  class, questions on welfare data and on 個人番号 examples, a 保健だより interview with a doctor, a land sale
  notice, 路線価, an English press release quoting a parent, 請願 results, a blank evacuation plan, anonymous
  accident news, a letter from a sister city's mayor, reservation statistics, 随意契約 results; twins: the
  nominee's illness and private mobile beside the bill, a named complainant in the minutes, a pupil's welfare note
  under the teachers, the donor's refund account, a production user in the test, the parent's contact and her son's
  condition, the named accident victim and driver): recall 0.714, false blocks 0.182 before the fixes.
* n6099–n6122 (24 rows, 6 block / 18 allow; scored after the fixes of the first three batches: a Teams chat
  among staff, a lecture notice with the speaker's profile, English speaker bios, a README with maintainers, AED
  open data, a study-visit report naming the host city's staff, a press-conference transcript, a 広報 baby corner,
  children's sports results, docker-compose with variable references, published subsidy recipients, long minutes
  with an anonymous fraud case, a reply template, passing exam numbers, a fee ordinance, an English vendor mail, a
  markdown list of councils, a logging config; twins: a resident with dementia and birth date in the chat, a baby's
  birth date, weight and NICU stay, a child's anaphylaxis and the mother's mobile, a literal database password,
  a representative's personal account, the named fraud victim): recall 1.000, false blocks 0.056 before the fixes.
* n6123–n6141 (19 rows, 5 block / 14 allow; scored after the first four batches' fixes: a wiki-style biography of
  the mayor with her birth date, a 個人情報ファイル簿, a table definition, e-mail validation test cases with textbook
  names, a question on normalising a ministry's address, a 広報 cover caption, a councillor's newsletter with the
  office's address, a newspaper personnel column, a prefecture's anonymous infection report, a bilingual emergency
  list, a consultant's English signature with a company mobile, a long published PIA, English news on a company,
  a form's notes with example values; twins: the mayor's home, private mobile and illness, a record with a
  個人番号 under the file register, a production row under the table definition, a constituent on welfare with a
  husband in prison, the named patient and his wife's mobile): recall 0.800, false blocks 0.214 before the fixes.
* n6142–n6158 (17 rows, 4 block / 13 allow; scored after the first five batches' fixes: a long 決算 summary with
  12-digit project codes, a bid result in a press release, an English SAMPLE form, a 個人番号カード 記入例 with the
  documented example number, a personnel change announced after the 内示, questions on bid prices and on 内示
  information, an English contract-award release, Terraform with AWS's documented example keys, a curl example
  with a token placeholder, a period drama's cast, polling places, an English FAQ on confidential information;
  twins: the same personnel list as a draft before the 内示, a real application with a 個人番号 after the 記入例, a
  real resident's form after the English sample, a live-looking GitHub token): recall 1.000, false blocks 0.231
  before the fixes.
* n6159–n6171 (13 rows, 3 block / 10 allow; scored after the first six batches' fixes: an HTML news page with
  <address>, letter-spaced PDF text of a 広報 page, a mail thread with quoted signatures, English meeting notes
  with extensions, a facility JSON with 館長 names, a 広報 introduction of new recruits, a fictional training case,
  furusato vendors with their representatives, an English MoU signature block, nursery selection points; twins:
  an applicant's line in the PDF text, a quoted complaint from a resident on welfare, a memo on a recruit's home,
  birth date, mobile and illness): recall 0.667, false blocks 0.200 before the fixes.
* n6172–n6179 (8 long rows, 4 block / 4 allow; scored after the first seven batches' fixes: a whole 広報 issue
  (new year's greeting, honours, 成人式 with the range of eligible births, tax help, fire safety, new books, an
  おくやみ corner, population), a 25-row markdown directory of managers, council minutes with many speakers, an
  English annual report quoting volunteers; twins: the chief mourner's mobile in an editor's note, a manager's
  private mobile in the directory, a petitioner's disability and dialysis in a clerk's note, a quoted resident's
  e-mail and depression in an internal note): recall 1.000, false blocks 0.250 before the fixes.
* n6180–n6187 (8 rows, 2 block / 6 allow; English and mixed, scored after the first eight batches' fixes: a
  committee agenda, a volunteer call naming last year's leader, a Slack incident thread, an abstract with the
  corresponding author's address and mail, an honorary citizen's obituary, a code-review comment with fixture
  placeholders and a "dev-only-not-secret" default; twins: applicants with addresses, contacts and a disability, a
  production connection string with a password): recall 1.000, false blocks 0.167 before the fix.

Each row is judged on the decision; a blocked row must also carry the entity types it lists."""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test


# known gaps in the names recognizer's reach: a memo that names its subject by title only (市長の自宅：…) after a
# public biography; a name with its reading in brackets before さん (宮川 翼（みやがわ つばさ）さん), read as a weak
# bare name. (Fixed by the lead after the merge: n6065, a surname glued to a staff title as the subject of a health
# note, 佐野主事は…パニック障害; n6092, a label spread to the field's width, 氏　　名, packed by gateway/scan/markup.py.)
KNOWN_GAPS: dict[str, str] = {
}

test_generalisation_shape_r6_negative = probe_test("generalisation_shapes_r6_negative.jsonl", KNOWN_GAPS)
