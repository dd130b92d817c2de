"""Issue 13, round 9: the lead's independent probe batches, written apart from the scanner and the helpers' work, each
scored before any fix it led to:

* y9a (30 rows, 15 block / 15 allow: prose documents in new wording — a library's reply about a husband in hospital, a
  tax consultation, a refuse complaint naming a flat, a letter to a bullied pupil's parents, a forwarded mail with a
  new employee's 個人番号, internal minutes of a post-natal depression case, a reference letter with a birth date, an
  event's contact list, an elder-abuse report, a staff Wi-Fi key, a disciplinary draft, an English mail with a
  romanised address and a mobile, a hospital liaison sheet, a transfer list before 内示, a nursery hand-over;
  negatives: each one's public, general or business twin) on the round's starting commit (6bd3275): recall 1.000 by
  action (15/15) and 0.933 by types (14/15), false blocks 0.000 (0/15). The type miss: a romanised address given as
  the block and a -cho town before the flat (then fixed).
* y9c (24 rows, 12 / 12: harder prose — a street address and a mobile with no name, a narrative case with relatives'
  given names, an inline list of absent pupils by surname with bracketed reasons, a parent's note naming a child by
  her hiragana given name, Portuguese, staff health appointments, an OCR'd form with spaced characters, a juvenile on
  probation with his name and age in brackets, a free-mail complaint about psychiatric care, a foster hand-over, an
  SMS list of surnames with mobiles, a consultation's verbatim transcript; negatives: public, fictional, blank or
  general twins) on the same commit: recall 0.667 (8/12), false blocks 0.000 (0/12). The misses: the inline list of
  surnames with bracketed health notes; the juvenile named in brackets with his age after 少年; the person speaking
  opposite 相談員 in a transcript (each then fixed as a class: test_mechanisms_r9_lead.py); the parent's note (a
  known gap).
* y9e (24 rows, 12 / 12: English and mixed-language text — a Vietnamese mother's DV case note, a callback with a
  mobile and a lost job, an English form with a 個人番号, a chat about no health insurance in pregnancy, a parent's
  letter about epilepsy, a moving-in note with a Korean name and a flat, a staff sick-leave mail, an SMTP password in
  YAML, a Tagalog consultation, passport data, visit notes, a volunteer list with free mail; negatives: guides, a
  sister-city press release, a blank form, business mail, placeholders, history, a flyer, fiction, statistics, an
  FAQ) on the tree with y9a and y9c's fixes: recall 0.750 (9/12), false blocks 0.000 (0/12). The misses: a hyphenated
  Korean given name after Applicant:; a mail subject naming sick leave, then the person after a dash; a Tagalog letter
  about a lost job and a child's heart disease (each then fixed as a class).
* y9f (24 rows, 12 / 12: credentials, internal systems and markings in code, config, logs and mail — PHP's PDO, a
  PowerShell credential, a GitHub token in curl, an internal network's segments and servers, 機密性Ⅱ, a Wi-Fi QR string,
  Spring properties, a shared account in a mail, 予定価格 before the opening, paramiko, a Slack webhook, ［秘］;
  negatives: environment variables, prompts, textbook addresses, policy text, an open Wi-Fi, placeholders, a tender
  notice, a documented webhook shape, a parcel's 取扱注意) on the tree with y9a–y9e's fixes: recall 0.917 (11/12),
  false blocks 0.000 (0/12). The miss: a password as PDO's third argument (then fixed).
* y9g (8 rows, 4 / 4: long documents — a welfare plan's draft, a counter manual, a library board's minutes, a road
  patrol report — each with one buried line naming a resident with a health matter, a 個人番号, a mobile and an address,
  and each one's twin with the line made general) on the tree with y9a–y9f's fixes: recall 1.000 by action (4/4) and
  0.750 by types (3/4), false blocks 0.000 (0/4). The type miss: a resident named in a real error case under a manual's
  入力例 heading is read as an example (the 個人番号 beside it blocks).
* y9h (20 rows, 10 / 10: short chatty prompts — a drinker at the counter, a colleague's divorce mediation, a welfare
  client's gambling, a home visit to a neglected pupil named by his given name, an SMS with a mobile, a wandering
  grandfather named by his family, a manager's cancer surgery, a pregnancy, rent arrears before eviction, a pupil caught
  shoplifting; negatives: their general, template or business twins), written apart from the chat helper's work and
  scored on the tree with its first two batches merged: recall 1.000 (10/10), false blocks 0.000 (0/10); on the
  round's starting commit 0.900 (9/10) / 0.000.
* y9b (40 rows, 20 / 20: a Teams chat about a colleague's leave, a Python log with a 個人番号, a care-need survey,
  a .env with AWS keys, 予定価格 before the opening, a certificate request written as a spaced label run, 全銀 transfer
  data, an English home-visit note, a phone memo, a health-check CSV, a signature with free mail, 機密性２, a child
  abuse report, a refund table with a card, an apology letter with an address, a staff evaluation, a chatty 個人番号,
  a welfare case, an XML form, a LINE message about a DV shelter; negatives: each one's public, template, aggregate,
  fictional or business twin), **written at the session's start and kept unscored until every fix and merge of the
  round was in**, then scored once: on the round's starting commit (6bd3275) recall 0.750 by types (15/20) and 0.800
  by action (16/20), false blocks 0.000 (0/20); on the final merged tree the same, 0.750 / 0.800 / 0.000. The round's
  best held-out estimate. Three of its misses were then fixed as classes (a header word holding a digit — HbA1c —
  made the header no header; 請求者 as a label; an English home visit's health words), two stay known gaps.
* y9i (16 rows, 8 / 8: table exports with varied headers — a consultation TSV, guardians' CSV with mobiles, a
  markdown table of 個人番号, an Excel paste of patients' birth dates, an English-headed CSV of foreign residents, pupils'
  needs, a tax-arrears table, quoted CSV with free mail; negatives: counts, a header alone, budgets, doctors on duty,
  facilities, pupils' numbers, a staff table, dummy rows), written after the y9b fixes: recall 1.000 (8/8), false
  blocks 0.000 (0/8).
* y9j (16 rows, 8 / 8: messy text — variant kanji (髙, 﨑), emoji in a LINE message, voice input with fillers,
  half-width katakana field names, typos, a PDF paste with labels alone on their lines, a katakana name with dots, a
  corrected name; negatives: their public or general twins) on the same tree: recall 0.625 by types (5/8) and 0.750
  by action (6/8), false blocks 0.000 (0/8). The misses: a quoted message opening with its writer's surname in a
  variant kanji (山﨑です😊) and a mobile; ｼﾒｲ as a label; a name and an address on the lines after their labels (each
  then fixed as a class).

Each class was fixed by a mechanism with its own table tests (test_mechanisms_r9_lead.py).
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test


KNOWN_GAPS = {
    "y9702": "a resident named in a real error case under a manual's 入力例 heading is read as an example name (the "
             "個人番号 beside it blocks the prompt; PERSON is not among the findings)",
    "y9304": "a parent's note to the teacher naming the child by a hiragana given name (そうたが…) with a psychogenic "
             "bed-wetting diagnosis, signed with the family's surname alone: no name the model reads",
}

test_generalisation_shape_r9_lead = probe_test("generalisation_shapes_r9_lead.jsonl", KNOWN_GAPS)
