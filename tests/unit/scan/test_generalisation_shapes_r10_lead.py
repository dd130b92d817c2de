"""Issue 13, round 10: the lead's independent probe batches, written apart from the scanner and the helpers' work, each
scored before any fix it led to:

* y10a (34 rows, 18 block / 16 allow: credentials in new forms — a Kubernetes Secret, curl's -u, an .npmrc token, an
  OpenSSH private key, a staff Wi-Fi key, a JDBC URL with its password in a log; internal matters — 予定価格 before the
  opening, a transfer before 内示, a firewall configuration of the 基幹系 segment, a land purchase's negotiating
  position; markings 【部外秘】 and 機密性 Ⅱ; an address with a mobile and an address with a birth date and no name; an
  English case note and an English mail with a free-mail address; private case-meeting minutes; a 個人番号 in spaced
  groups in a mail; negatives: each one's placeholder, public, example or general twin) on the round's starting commit
  (07c8409): recall 0.944 by action (17/18) and by types once the probe's own type names were corrected
  (MARKING → CLASSIFICATION_MARKING), false blocks 0.062 (1/16). The miss: the negotiating position (提示額, 上限,
  相手には伝えないこと). The false block: a training material's VLAN configuration example (then both fixed as
  classes: test_mechanisms_r10_lead.py).
* y10b (16 rows, 8 / 8: long documents, 700–1,500 characters, with one buried line — case-meeting minutes naming a man
  with diabetes, a system-change mail with a shared account's password, a monthly complaints record with a resident's
  mobile and her insomnia, a script whose test data was copied from production (a 個人番号), a welfare report's
  example naming a debtor with depression, English exchange-programme minutes naming a student's allergy, a
  statistics table with a footnote naming an applicant, a regulation with a pasted application; negatives: each
  line made general, anonymous, dummy or a template) on the tree with y10a's fixes: recall 0.875 (7/8), false blocks
  0.000 (0/8). The miss: a name in apposition after an English role word (One student, Haruka Ishizaki, has …; then
  fixed as a class).
* y10c (22 rows, 10 / 12: identity documents and numbers in prose — a driving licence number in an accident report, a
  lost passport, a residence card, a basic pension number in a relative's mail, a health-insurance card with
  dialysis, a 個人番号 beside a receipt number, a refund account with a half-width kana holder, a partly masked case
  still naming the surname, a 個人番号 in kanji numerals, an OCR'd licence; negatives: receipt, tracking and order
  numbers whose 12 digits pass the 個人番号 check, a 法人番号, JAN codes, fully masked data, a masked 個人番号, a
  product and a TV programme with secrecy words, rules about licences, passports and pension numbers) on the tree with
  y10a–y10b's fixes: recall 1.000 by action (10/10) and 0.800 by types (8/10, once the probe's own type names were
  corrected), false blocks 0.083 (1/12). The type misses: a spaced full name after 母の名前は (then fixed as a class);
  an OCR'd licence number after a bare 番号 label (a known gap of types only: the row blocks on its name and birth
  date). The false block: a product name in quotes holding マル秘 (then fixed).
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test


KNOWN_GAPS = {
    "y10c10": "types only: an OCR'd licence's number after a bare 番号 label under a 運転免許証 heading is not read as a "
              "licence number (the row blocks on its name, birth date and address)",
}

test_generalisation_shape_r10_lead = probe_test("generalisation_shapes_r10_lead.jsonl", KNOWN_GAPS)
