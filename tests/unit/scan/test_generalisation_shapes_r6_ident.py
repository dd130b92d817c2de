"""Round-6 probe batches for issue 13 (identifiers, credentials, markings, internal matters), written before
looking at how the scanner handles them and scored before their fixes (recall / false-block rate):

- i60…  (batch 1, 47 rows, 29 block / 18 allow) a CSV of 個人番号 beside other numbers under a header, kanji
  numerals in spaced groups, OCR'd lines, a stack trace with an odd grouping (4-3-5) after a message, an English
  mail, bracketed boxes, a full-width 第…号 licence, a spaced passport number, a 年金手帳 number with a spaced
  hyphen, 住民票コード 3-4-4, 記号・番号・枝番, a TSV of accounts, card numbers in chat and JSON logs; credentials
  through a dict subscript, keyword arguments, URL userinfo, shell history (export PGPASSWORD=…), CI variables,
  OpenSSH keys, JWTs in logs, Wi-Fi PSK notes; 【機密性Ⅲ】, （機密性２） in a title, 【関係者限り】 subjects, 庁外持出禁止;
  a 予定価格 mail before opening, English transfers before the naiji, New-NetFirewallRule (block); the 省令's
  個人番号 example, a JCB test card, GitHub's documentation token, .env.example placeholders, questions about
  the rules, a box marked 取扱注意, a pre-announced 予定価格, published 人事異動, a home router, a city's own
  国保 保険者番号, a tracking number passing the 個人番号 check, CI secret references, a BIN question, an event
  関係者限り, a firewall how-to, an English password policy, a masked number (allow).
  Before fixes: recall 0.793 (23/29), false blocks 0.111 (2/18).
- i61…  (batch 2, 43 rows, 26 block / 17 allow) 個人番号 in a markdown table with other numbers, psql output, an
  SQL INSERT column list (my_no), a camelCase query parameter (kojinNo=), full-width dashes in a mail; an account
  with a branch code, 在留カード in spaced groups, 住民票コード after （11桁）, licences in a CSV with other numbers, a
  card with the label after; NetworkCredential, mysqldump -p'…', htpasswd -b, echo … | sudo -S, net user, SNMP
  communities, a RADIUS secret, a traceback with a DSN; a page footer 機密性２, ［部外秘］, a polite ご遠慮ください
  restriction, FOR OFFICIAL USE ONLY; a 設計金額 declared 非公表, a promotion list （発表前）, tracert and arp -a
  output (block); a reservation-code column under a マイナンバーカード title, a disaster-relief account, Ansible vault
  values, Access denied logs, mysql -p prompts, password-validator settings, 社外秘 in a shop flyer, museum notices,
  関係者以外立入禁止, 極秘任務 in a story, a kubeadm CIDR question, an opened bid, published promotions, a licence
  number explained, a FOUO quiz, an env-var table, masked cards (allow).
  Before fixes: recall 0.423 (11/26), false blocks 0.176 (3/17).
- i62…  (batch 3, 33 rows, 19 block / 14 allow) 個人番号 in unspaced kanji numerals in a letter, read out with の in a
  call transcript, as individualNumber in JSON and in an English log; a card with CVV in English, an English refund
  account, 基礎年金番号 in kanji with a full-width dash, 被保番号; .npmrc tokens, api_key in a URL, an IAM CSV, a chat
  (rootパス、…), a full-width Wi-Fi key; 取扱区分：関係者限り, 【機密性2・複製禁止】, RESTRICTED – staff only,
  機密性２情報につき取扱注意; a 予定価格 buried in a public article, strongSwan VPN logs (block); event notices (撮影は
  ご遠慮ください), web copyright lines, an insurer directory, 会社法人等番号, a My Number Card reference number, an
  initial-password rule, redacted logs, docker0, a bid FAQ, a RESTRICTED AREA sign, an API doc query, masked cards in
  a household CSV, a question about 関係者限り, a personnel procedure (allow).
  Before fixes: recall 0.737 (14/19), false blocks 0.143 (2/14).
- i63…  (batch 4, 28 rows, 15 block / 13 allow) Rails secret_key_base, Laravel APP_KEY, Django SECRET_KEY, Japanese
  labels (クライアントシークレットの値, APIキー, チャネルアクセストークン), sqlplus user/pass@TNS, a JDBC URL with a password in
  a log; a passport in brackets, an account one digit a box, Classification: Internal, ≪庁内限り≫, show ip interface
  brief, a 12-digit number buried in public minutes, Confidential（部外秘） (block); last 4 digits kept, an NDA template,
  a drama called 『部外秘』, INTERNAL AUDIT REPORT, password-failed logs, .env.example, key how-tos, SECRET_KEY from the
  environment, passport statistics, a VLAN textbook, blank account boxes, Classification: Public, sqlplus prompts
  (allow). Before fixes: recall 0.333 (5/15), false blocks 0.077 (1/13).
- i64…  (batch 5, 25 rows, 14 block / 11 allow) error logs and traces (Key (my_number)=(…), passport_no=…, a Stripe
  CardError), 住民票コード in XML, an English insurance card, a licence in English, My Number on an English form, a share
  link with ?pwd=; 【要機密】, 【課内限定】, 【社 外 秘】, 機密性レベル：2; a promotion list （案）, a FortiGate policy CSV
  (block); "do not write your My Number", order ids, 部外者立入禁止, 予定価格 training, link formats, a 課内限定 lunch,
  an insurance how-to, published promotions, level explanations, Stripe's test card, a policy how-to (allow).
  Before fixes: recall 0.571 (8/14) as first written, false blocks 0.000 (0/11). The licence row i6412 had a number
  failing the licence check digit; it was corrected to a valid one (then 0.643 before fixes), and so were the licence
  numbers of i6007 and i6109 (they passed either way: a single run after its label).
- i65…  (batch 6, 19 rows, 11 block / 8 allow) a My Number after an arrow in a chat, Go := assignments, C #define,
  CREATE USER … IDENTIFIED BY, CREATE ROLE … PASSWORD, a new password announced in a notice, a DNS zone file, an ssh
  config, 【コンフィデンシャル】, a Kubernetes Secret, a My Number in a markdown key/value table (block); public-key
  blocks, os.Getenv, syntax questions, password-rule notices, public zone files, the word コンフィデンシャル, #define
  PASSWORD_MIN_LENGTH, an empty form table (allow). Before fixes: recall 0.636 (7/11; the arrow row first had a
  mistyped number, corrected before scoring), false blocks 0.000 (0/8).
- i66…  (batch 7, 19 rows, 12 block / 7 allow) a credential buried in a long English report, a 予定価格 buried in
  minutes, half-width ｺｰﾄﾞ headers, camelCase JSON fields (basicPensionNumber, driverLicenseNumber, passportNumber,
  bankAccountNumber, creditCardNumber), a Winlogon .reg, unattend.xml, FileZilla XML, an English draft transfer list
  (block); JSON schemas, questions, redacted unattend values, public reports and minutes, test cards, transfer
  policies (allow). Before fixes: recall 0.667 (8/12), false blocks 0.000 (0/7). Round-6 mechanisms re-checked
  against their lookalikes (a 受付番号 message, a member's record row naming its insurer).
- i67…  (batch 8, 14 rows, 8 block / 6 allow) a fixed-width host export, pytest locals, a spaced 個 人 番 号 header,
  helm --set, docker run -e, Company Confidential, an account over OCR lines, 内示前 in a chat (block); facility codes
  under a My Number Card title, fixed-width statistics, helm secret references, confidential in prose, a 内示前 rule,
  the 省令 example in a test (allow). Before fixes: recall 1.000 (8/8), false blocks 0.000 (0/6).
  Then a format sweep (each identifier × groupings × separators × label before/after × ASCII/full-width/kanji, not
  kept as rows) found the label in brackets after a plain 基礎年金番号 and 住民票コード parted by spaced dashes or box
  rules; fixed. Left: kanji numerals in a group of two (五五－七〇四四－…: short kanji runs are not read as digits, by
  design of the normaliser) and separators no one types (、 | between groups before a label after).
- A credential sweep (16 key names × 17 assignment forms, a strong value and ten placeholders each, not kept as
  rows): 62 forms missed and 15 placeholders blocked before; after the fixes (camelCase variables, := and =>, long
  options, quoted references and template closes after a spaced key, resource names as values) 23 missed (tab- or
  space-separated token keys, Japanese XML tags, camelCase long options) and none blocked.
- A marking sweep (22 markings × 12 placements, and each in a question, a rule and a parcel sticker): nothing missed,
  nothing blocked. A bid-price sweep (4 words × 14 amount spellings × 3 contexts): amounts in kanji numerals
  (一千二百三十四万円) and in 百万円 were missed; fixed. A network-negative sweep (7 study and home texts) found three
  false blocks from this round's new network words (arp -a in a textbook exercise, ufw in a practice question, a
  zone file while studying); study cues in the request (教科書, 演習, 練習問題, 勉強中, 入門, tutorial …) now mark the
  addresses as teaching material. A last negative sweep (13 public notices, code and chat) found three more false
  blocks of this round's own words: a 昇任予定者研修 notice (a training and its 対象：, now excluded), 発表会（発表前）
  (（発表前） dropped; （公表前） kept) and a casual "keep it between us" (the English secrecy phrases dropped; the
  transfer rows are caught by their personnel words).
- i68…  (batch 9, 14 rows, 8 block / 6 allow) a quoted mail reply with the label after, a card read out then noted,
  PowerShell SecureString, an English vendor mail with a new login, 機密性３ at the right of a date line, a Windows
  hosts file, a CSV naming the number kind in a column, a 最低制限価格 ratio mail (block); a quoted question about My
  Number, Get-Credential, a public date line, the 最低制限価格 range in a notice, a reset mail without the password, a
  count of number kinds (allow). Before fixes (after all of the above): recall 1.000 (8/8), false blocks 0.000 (0/6).
- i69…  (batch 10, English, 14 rows, 8 block / 6 allow) a residence card in spaced groups, Passport #, a Japan Post
  account (symbol / number), a staff Wi-Fi sign, 【取扱注意】 to translate, ceiling and minimum prices, core-switch and
  VLAN notes, a lower-case "my number (individual number)" (block); residence-card explanations, a free visitor Wi-Fi,
  an awarded contract, a My Number FAQ, a public network plan, a marking quiz (allow). Before fixes: recall 0.875
  (7/8), false blocks 0.000 (0/6); the Japan Post account in English fixed.
- i695…  (batch 11, 8 rows, 5 block / 3 allow) cards in a CSV beside other numbers, a JWT wrapped over lines after
  Bearer, a My Number one blank line below its label, an account TSV named by its header, a quoted ini password with
  a space (block); masked cards, bank and branch codes, a form's blank boxes (allow). Before fixes: recall 0.600
  (3/5), false blocks 0.000 (0/3): a JWT cut after two segments read as a dotted reference (config.db.password), and a
  blank line between label and value ended the assembly; fixed.
- i698…  (batch 12, 6 rows, 4 block / 2 allow) a Cisco wpa-psk ascii 0 key, a FortiGate set psksecret, a netplan Wi-Fi
  password, a Japanese log line with 個人番号= (block); a question about wpa-psk 7 vs 0, an ENC psksecret (allow).
  Before fixes: recall 0.500 (2/4), false blocks 0.000 (0/2); device-config secrets fixed.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test


KNOWN_GAPS: dict[str, str] = {
    # written as block, but the number has no label: 給付金の照会分 does not say it is a 個人番号, and the check digit
    # alone passes one 12-digit number in eleven (order and reference numbers); left visible, not fixed
    "i6314": "a bare 12-digit number passing the 個人番号 check digit in minutes, no label (checksum alone)",
}

test_generalisation_shape_r6_ident = probe_test("generalisation_shapes_r6_ident.jsonl", KNOWN_GAPS)
