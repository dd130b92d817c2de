"""Issue 13, round 14, helper r14-detect-records (the recall side): probe batches written apart from the scanner, each
scored before any fix it led to (figures by action and types, as tools/score.py counts them):

* r14r001–036 (36 rows, 18 block / 18 allow: a health nurse's SOAP visit record, a 生活保護 case record's progress
  notes with era dates and abbreviations, an Indonesian intake form, a Ukrainian evacuee's form in Cyrillic, a Spanish
  consultation note, a 個人番号 dictated in kanji digits, an OCR'd form with l / O read for 1 / 0, a Teams export on a
  resident's fall, psql's expanded display of a record, a fixed-width extract under its header line, an Excel paste
  with 姓 and 名 in separate columns, an access log with a percent-encoded name and a birth date in the query, an ALT's
  English mail on a pupil's bruises, romaji labels (Shimei / Jusho / Ninchisho), a 個人番号 in dotted groups after
  MyNo., a 介護保険 H番号 in chat, a hospital MSW's forwarded mail, a 指導要録 remark under 第4学年2組 15番; negatives:
  each shape's twin — an anonymised SOAP training case, the case record's template, an Indonesian and a Ukrainian
  public notice, a blank Spanish form, a 広報 draft in kanji digits with the office's number, a blank OCR'd form, a
  Teams business chat, a code table in psql, facilities in fixed width, a header alone, a log of facility searches,
  the ALT's event mail, a romaji event notice, the MyNo. format explained, a question on the H番号's length, the
  hospital's meeting notice, guidance on 指導要録) on the round's starting commit (670d223): recall 0.778 (14/18),
  false blocks 0.000 (0/18). The misses: the Indonesian label Nama: and the month Agustus after Tanggal lahir
  (types); the Cyrillic labels ПІБ: and Дата народження: (types); the H番号 chat (区分変更申請 and 転倒が増え were
  no care words); the pupil after 第4学年2組 15番 (学年 and a seat number between the class and the name).
* r14r037–064 (28 rows, 14 / 14: an Outlook ICS event for a home visit, a resident's vCard with a NOTE, a form's
  confirmation page with the values in <input value="…">, a 1歳6か月児健診 TSV under 児氏名, a Thai form, an English
  caseload list (Surname, Given (age) – issue), a voicemail with a mobile in kanji digits, 保育所 priority scores in
  markdown, a partly filled 自立支援医療 form, a Slack JSON export, a 障害支援区分 調査 特記事項, SQL looking a name up
  with LIKE '%…%' under a table alias, a LINE WORKS chat from an after-school club, a resident's reply quoting the
  office with her signature; negatives: the twins — a public ICS event, the office's vCard, placeholders, counts, a Thai
  notice, coded clients, a business voicemail, the criteria, a blank form, a staff business chat in JSON, a 記載例,
  bind parameters, a business chat, a contractor's signature) on the tree with r14r001–036's fixes: recall 0.714
  (10/14), false blocks 0.071 (1/14). The misses: the <input value> (types), the Thai label (types), the SQL (warned:
  a.shimei LIKE '%…%' was no field), the LINE WORKS chat (前回の通告, お酒のにおい, 帰りたくないと泣 were no words).
  The false block: a colleague addressed by name (柳田さん、) and the venue 東町5丁目の公民館 read as her 丁目.
* r14r065–092 (28 rows, 14 / 14: a Rails log's Parameters with hash rockets, PHP's var_dump, a Go %+v struct, a Lombok
  toString in a Java log, file paths naming residents and their documents, birth dates split over 生年 / 月 / 日 columns,
  an Arabic form, a signed consent form, an Excel paste with a two-row header (氏名 over 姓 | 名), a markdown table
  under 対象児, a 住基 terminal's screen with S330312, an English incident report from a care home, an English mail with
  a dotted +81 mobile, a 手帳No. in chat; negatives: the twins — a filtered log, a code table, facilities, dummy test
  data, templates, counts, an Arabic notice, a consent template, a blank sheet, statistics, the field format, an incident
  template, a vendor's mail, the number's format) on the tree with r14r001–064's fixes: recall 0.786 (11/14), false
  blocks 0.000 (0/14). The misses: var_dump (["shimei"]=> string(16) "…" was no field), the Arabic label الاسم:
  (types), the markdown table under 対象児 (no column noun).
* r14r093–112 (20 rows, 10 / 10: a LINE screenshot read by OCR with the other person's name in its title bar, a
  headerless CSV with romanised names in capitals, a 就学相談 record under 相談児：, a measles investigation record, a
  household described by relation and given name under its heading (松田 徹 世帯), an SMS export, an ambulance record
  (傷病者：), an English GP referral (Re: Mr …, DOB …), a tax counter's note on カワムラ様 with a mobile, a Teams post on a
  resident's fall; negatives: the twins — a nursery's business chat, dummy test data (YAMADA,TARO,19700101), a blank
  template, a press release, a training case, the office's SMS, monthly figures, a letter template, a tax accountant's
  visit, a colleague's absence) on the tree with r14r001–092's fixes: recall 0.700 (7/10), false blocks 0.000 (0/10).
  The misses: the chat's title bar (< 花城 えみ), the headerless romanised CSV, the household heading.
* r14r113–128 (16 rows, 8 / 8: a 個人番号 and a mobile in full-width digits with katakana long marks for dashes (５２７３ー…),
  a 住基 extract whose unsupported kanji came out as 〓 (比〓 真由美), a voice-input memo without punctuation, an お薬手帳
  transcription, a 民生委員's chat on a neighbour's son taken into police guidance, a complaint call from 髙嶋 惠子 (old
  kanji variants), English sticky notes, a form pasted from a PDF with one character per line; negatives: the twins — an
  order number in the same groups with the office's number, the 外字 specification, a vendor's voice memo, a 記入例, an
  association's patrol, a 広報 profile, a vendor's contact with the firm in brackets, the blank form) on the tree with
  r14r001–112's fixes: recall 0.875 (7/8; by action 8/8), false blocks 0.250 (2/8). The miss: the 〓 names (types). The
  false blocks: スクールソーシャルワーカー in the request (…への共有メモにして) read as a topic about the chat's 金城さん;
  "Mr Tamaki (Okinawa Print) … 098-861-2201" — a vendor's contact with the firm in brackets, the firm's landline read
  as his.
* r14r129–140 (12 rows, 6 / 6: a computerised 戸籍 with 【名】【生年月日】 labels, a katakana name with its romaji in
  brackets and a residence status, a visit note in easy Japanese (hiragana, spaced), interview scores before the result,
  a 転出届 to the Philippines with the family, a git diff adding production rows to a CSV fixture; negatives: the twins —
  the 戸籍 explained, the immigration guide with the bureau's number, an easy-Japanese notice, the criteria, the guide,
  dummy rows) on the tree with r14r001–128's fixes: recall 0.500 (3/6), false blocks 0.167 (1/6). The misses: the
  easy-Japanese note (a known gap), the 転出届 (no word for a resident's notice of moving), the diff (the CSV's header in
  the hunk header, the rows behind +). The false block: 出入国在留管理局（098-…）, the bureau's number read as a
  personal contact beside 解雇 and 妊娠.
* r14r141–150 (10 rows, 5 / 5: a staff attendance TSV with one member's 適応障害, an English Teams thread on a resident
  found collapsed, a YAML case export with the name under client: kanji:, a handwritten visit memo with arrows, a
  receipt list with names and era birth dates; negatives: counts, a facility notice, a schema, a visiting nurse's
  business visit, ranges of receipt numbers) on the tree with r14r001–140's fixes: recall 0.600 (3/5), false blocks
  0.200 (1/5). The misses: the English thread (found collapsed, suspected stroke were no words: fixed), the YAML (a
  known gap). The false block: a visiting nurse named with her station in brackets (照屋さん（あおぞら訪問看護）) and
  褥瘡予防, a seminar's theme, read as her condition (a known gap).
"""

from __future__ import annotations

import pytest

from tests.unit.scan.test_generalisation_shapes import check_row, probe_rows


KNOWN_GAPS: dict[str, str] = {
    "r14r133": "a visit note in easy Japanese, all hiragana and spaced (ひが つるさん（90さい） … ごはんを あまり たべて"
               "いません): the name is read, but the care words are written in kanji only (食べなくなっ, 独居) and the "
               "spaced hiragana address (みさと 1ちょうめ) is no address",
    "r14r145": "a YAML case export nests the name under client: as kanji: 饒平名 ハツ (warned for the birth dates): a bare "
               "kanji key is no name field (documents write kanji: 漢字 as often); the parent key is not read",
    "r14r148": "false block: a visiting nurse named with her station in brackets (照屋さん（あおぞら訪問看護）来所) and the "
               "seminar's theme 褥瘡予防 read as her condition; a firm in brackets makes a landline the firm's "
               "(phone._firm_in_brackets) but not the person a business contact",
}


ROWS = probe_rows("generalisation_shapes_r14_records.jsonl", KNOWN_GAPS)


@pytest.mark.parametrize("row", ROWS)
def test_generalisation_shape_r14_records(scanner, row):
    check_row(scanner, row)
