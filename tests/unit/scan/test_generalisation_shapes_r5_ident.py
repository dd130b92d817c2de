"""Round-5 probe batches for issue 13 (identifiers, credentials, markings, internal matters), written
before looking at how the scanner handles them and scored before their fixes (recall / false-block rate):

- i50…  identifiers in other shapes: XML/YAML fields, a passport number followed by another number
  (旅券番号 MZ4418207 2泊), the label after the number (（運転免許証番号）, （保険者番号）), one digit per
  table cell, a TSV header far above, full-width 基礎年金番号 / 住民票コード, a card number broken over
  lines, log lines, kanji numerals, 4-4-4 licence numbers (block); order numbers, a documented 在留カード
  format, test cards, the city's own public account, tracking numbers, 法人番号, statutes (allow).
  Before fixes: 20 block / 12 allow, recall 0.750, false-block 0.167.
- i51…  credentials in TOML, .properties, Terraform variable defaults, Ansible vars, curl -H X-API-Key,
  git remotes with tokens, GitHub Actions, MongoDB / SQL Server / AMQP URLs, Slack and LINE tokens, a
  Google Maps key, an Azure storage string, .pgpass, .netrc, a staff Wi-Fi notice, ldapsearch -w
  (block); ${VAR:?msg}, Ansible {{ vars }}, changeme, YOUR_API_KEY, ****, Slack's documented fake
  token, a bcrypt hash in docs, public git remotes, process.env, policy properties (allow).
  Before fixes: 18 block / 14 allow, recall 0.833, false-block 0.143.
- i52…  markings: 機密性ＩＩ, 機密性：Ⅱ, a document-metadata line, INTERNAL USE ONLY, STRICTLY CONFIDENTIAL,
  関係者外秘, ＊＊庁内限り＊＊, 持出禁止, 複製を禁ず, markdown headings, Re: subjects, a CSV cell, Not for
  distribution, 部外秘 (block); questions, parcel and library notices, copyright lines, product names,
  training text showing how to mark, AI-use rules, SDK docs, 機密性１ (allow).
  Before fixes: 15 block / 13 allow, recall 0.800, false-block 0.077.
- i53…  internal matters: a 随意契約 予定価格, an 積算 sheet before the bid, cost components with an
  opening date ahead, 内示前 chat, a 異動案 table, unannounced plans (Japanese and English), council
  drafts, FortiGate / ipconfig / nmap / fstab / DHCP output, closed scoring (block); bid results,
  pre-announced prices, published 人事異動, announced plans, public minutes, docker and vendor example
  addresses, manuals, opened bids (allow).
  Before fixes: 14 block / 13 allow, recall 0.500, false-block 0.077.
- i54…  (second round) identifiers as JSON arrays and key=value logs, a label far above a handwritten form,
  full-width dashes, English forms, 基礎年金番号 with the label after, 雇用保険 in CSV, romanised field names
  (juminhyoCode, hokensha_bango), markdown tables of licences and accounts, TSV passports, card numbers
  with the label after or in JSON (block); invoice and product numbers, □ blanks, office numbers, 法人番号,
  facility phone lists, masked cards, law numbers, 0000000 blanks, statistics (allow).
  Before fixes: 16 block / 12 allow, recall 0.875, false-block 0.083.
- i55…  (second round) odbc.ini, nested application.yml, {"Authorization": "Bearer …"} in Python, Tera Term
  macros, VBA Const … As String, fine-grained GitHub tokens, an English Wi-Fi poster, 接続キーは …, exported AWS
  keys; a slide footer ― 機密性２ ―, ※本メールは機密性２情報を含みます, DO NOT COPY, 機密性弐, 《庁内限り・複製禁止》;
  内示前 mail, an English engineer's estimate before the opening, VPN configs, 未公表につき (block); Secret
  references, empty ini values, InputBox, f-string bearer, password notices, AI guidelines, a rubber-stamp
  order, FOR IMMEDIATE RELEASE, 内示 done, published bid results, router manuals (allow).
  Before fixes: 18 block / 11 allow, recall 0.778, false-block 0.091.
- i56…  long public documents (a transport plan, public minutes, an English report) with one buried line: a
  個人番号, a login, ［機密性２］, a passport, a 予定価格 note, an account (block); the same documents whole,
  published bid results, an English budget story, a policy text, a README with placeholders (allow).
  Before fixes: 6 block / 6 allow, recall 1.000, false-block 0.000 (no fixes needed).
- i57…  identifiers with ・ between every digit, 6-6 groups, 〇 kanji numerals, a 基礎年金番号 read out with の,
  a licence number over lines, full-width 在留カード / 旅券, a label in a line above, No.…（個人番号）,
  bracketed dashed groups, dotted card groups, kanji account holders, ゆうちょ, spaced 雇用保険, full-width
  保険者番号, hyphenated 住民票コード (block); a customer number shown as the format, timestamps, a company's
  invoice account, explanations, card fees, statistics, library cards (allow).
  Before fixes: 16 block / 8 allow, recall 0.875, false-block 0.125.
- i58…  SendGrid keys in .env, Basic auth in a header log, rclone.conf, a JDBC URL in context.xml, an English
  handover note, a chat with a root password, Confidential / 機密性２, （会議終了後回収）, an Ansible YAML
  inventory, an ACL table, a promotion list before 内示, budget assessment figures (block); UUIDs and hashes,
  base64 images, password rules, API docs, key rotation steps, commit SHAs, a vendor mail disclaimer, a
  statute, a novel's title, localhost logs, public budget tables, a static-IP how-to (allow).
  Before fixes: 12 block / 13 allow, recall 0.833, false-block 0.077.
- i59…  a TSV whose header is 36 rows above, a row number before a 個人番号, mixed English/Japanese forms,
  passports after row numbers, a licence with the British spelling after it, a card number after a count,
  an English pension question, 介護保険被保険者番号 (block); blank and masked fields, XXXX, UI texts,
  counts, flight numbers, an English policy, ISBNs (allow).
  Before fixes: 8 block / 8 allow, recall 0.875, false-block 0.000.
- i5x…  markings in file names and sheet names (★機密性２_組織改正案_v3.xlsx, 「機密性2_個別査定」), quoted reply
  subjects, a PDF header line, EMBARGOED UNTIL; a 内示前 placement sheet, an English minimum bid price before the
  opening, a network diagram, a closed council briefing (block); public file lists, document registers (機密性1,
  and a register row naming a 機密性2 title, consistent with the register rows of the earlier set), a reply about
  the rules, an announced policy, a bid schedule, public council news, a textbook diagram (allow).
  Before fixes: 10 block / 7 allow as first written, recall 0.700, false-block 0.000 (the register row was then
  relabelled allow).
- i5y…  cloud and SaaS secrets: an Azure AD ClientSecret in appsettings.json, GOCSPX- client secrets, Teams and
  Discord webhook URLs, a kintone API token header, an OpenAI key in a notebook, a Backlog apiKey query (block);
  Firebase placeholders, Key Vault references, a webhook URL format with ..., a truncated key, a parameter
  table (allow).
  Before fixes: 7 block / 5 allow, recall 0.571, false-block 0.000.
- i5z…  internal matters: a 伺い fixing the 予定価格, firewall syslog SRC=/DST= lines, a VLAN CSV, a PAC file, show ip
  route, English draft personnel moves, a 設計金額 mail before the opening (block); a home route print, AWS VPC
  docs, ping, a published bid result, announced English personnel changes (allow).
  Before fixes: 7 block / 5 allow, recall 0.571, false-block 0.000.
- i5g…  identifiers followed or preceded by other numbers: a grouped 個人番号 then 3人世帯, a 4-4-4 number then 4月1日,
  a 基礎年金番号 then 72歳, two licence numbers after 当事者2名, 令和8年 before a number, a passport then a date (block);
  spaced statistics, a spaced phone number then 2名 (allow).
  Before fixes: 6 block / 2 allow, recall 0.667, false-block 0.000.
- i5m…  marking spellings: 【 機 密 性 Ⅱ 】, 極 秘, 社外秘資料です, ＜コピー禁止・転送不可＞, 持出厳禁, CONFIDENTIAL（社外秘）,
  外部提供禁止 (block); deciding whether to mark (社外秘扱いにするかどうか), a copyright note on teaching material,
  a library shelf notice (allow).
  Before fixes: 7 block / 3 allow, recall 1.000, false-block 0.333.
- i5c…  .npmrc _authToken, Maven settings.xml, ~/.git-credentials, kubectl --from-literal, PHPMailer, Invoke-Sqlcmd
  -Password (block); an htpasswd format note, a <DBパスワード> placeholder, ${env.NEXUS_PASSWORD} (allow).
  Before fixes: 6 block / 3 allow, recall 1.000, false-block 0.333.
- i5b…  public project breakdowns before a bid (事業費の内訳), a published budget process (一次査定の状況（公開）), a
  textbook 工事価格 example (allow); an 積算書 before the bid (block).
  Before fixes: 1 block / 3 allow, recall 1.000, false-block 0.667.
- i5h…  hard negatives for the field form and unannounced plans: a staff-only training notice (対象 職員限り), news
  wording (has not yet been announced, まだ発表していない), a public JSON config, a label question, a 機密性 1 cover,
  a PIN rule (allow).
  Before fixes: 0 block / 7 allow, false-block 0.429.
- i5k…  hard negatives for new network words and declared forms: a home NAS question, what a proxy is, 機密性２情報を
  含みません, a home shared-folder how-to, a car being assessed, vulnerability-scan training (allow).
  Before fixes: 0 block / 6 allow, false-block 0.167.
- i5j…  identifier formats shown in manuals and specs: 「1234-567890」のように, （例：12345678901）, 12桁（例：…）, a card
  placeholder under カード番号, 保険者番号（例：…）, 「1234-567890-1」のような (allow).
  Before fixes: 0 block / 6 allow, false-block 0.500.
- i5p…  account and card formats: 7桁（例：1234567）, 普通 7654321 のように, providers' test cards, a passport hint (allow);
  a real account change (block).
  Before fixes: 1 block / 4 allow, recall 1.000, false-block 0.250.
- i5q…  credential memos: a login password in a handover list, （PW: …） in a work log, full-width passwords on a notice,
  PW：初期値から変更済み（新：…）, a LINE Notify bearer (block); a password kept in the safe, a changed password told
  orally (allow).
  Before fixes: 5 block / 2 allow, recall 0.800, false-block 0.000.
- i5r…  English register and product tables with Confidential cells, a TypeScript union type (allow); a slide footer
  "Board of Education | CONFIDENTIAL | 4/12" (block).
  Before fixes: 1 block / 3 allow, recall 1.000, false-block 0.667.
- i5s…  hard negatives for the remaining new mechanisms: a file-naming rule (機密性2_ で始まる), a public API response,
  Terraform lifetimes, a post as a speaker after 内示 (市民課の課長補佐から説明), phone numbers then staff counts,
  backup procedures, VBA message constants, museum passes, where to ask for the Wi-Fi key (allow).
  Before fixes: 0 block / 9 allow, false-block 0.222.
- i5t…  hard negatives: a bid notice with viewing fees, a car tax rule (査定中に転出した場合), serial numbers after 型番,
  a phone line after カード番号, a business-continuity plan (リカバリー目標時間, 復旧コード表), a licence still being checked
  (allow).
  Before fixes: 0 block / 6 allow, false-block 0.333.
- i5u…  header 31 rows above: a licence column in CSV, a passport column in TSV (block); an order-number column (allow).
  Before fixes: 2 block / 1 allow, recall 1.000, false-block 0.000 (no fixes needed).
- i5o…  a JSON config whose keys contain secret words but hold no secret (password_reset_path, apiKeyHeader, tokenizer,
  passwordHashAlgorithm, secret_file) (allow). Before fixes: false-block 1 of 1 (each key blocked on its own).
- i5n…  hard negatives aimed at this round's own mechanisms: proxy how-tos, OAuth response examples, password
  rule JSON, a 公開 metadata line, file-naming rules, a bid schedule, a PR training list (公表前 / 記者発表前の資料の扱い),
  iptables syntax, an equipment inventory, the city's donation account in katakana, passport counts, card last
  digits, pension office numbers, English marking rules, bulky-waste collection, Ansible docs (allow).
  Before fixes: 0 block / 16 allow, false-block 0.062.
- i5w…  labels after 在留カード / 旅券 / 雇用保険 / 口座 numbers, 住民票コード and 被保険者番号 over lines, full-width
  brackets per group, slashes, 第…号 licences, Amex 4-6-5 (block); format explanations, form instructions,
  blank boxes, page numbers (allow).
  Before fixes: 10 block / 4 allow, recall 0.800, false-block 0.000.
- i5v…  Office sensitivity labels (秘密度: 社外秘, Sensitivity: Confidential), 機密区分：秘, 取扱区分：部内限り, 機密性２Ｂ,
  【取扱注意：個人情報を含む】, a 4-digit 暗証番号, 2FA backup codes, budget requests before assessment, proposal scores
  before publication (block); Sensitivity: General, label how-tos, initial-password patterns, OTP explanations, a
  published proposal result, a budget rule (allow).
  Before fixes: 10 block / 6 allow, recall 0.700, false-block 0.000.
- i5e…  English prompts: a My Number in a sentence, Residence Card No., a refund account with Savings (futsu) and
  an account holder, "the pass is …", a slide footer "City | Confidential | Page 3", an annex VLAN ticket, a reserve
  price before the opening (block); "handled in confidence", the city treasurer's account, password advice, free
  Wi-Fi, an awarded contract (allow).
  Before fixes: 7 block / 5 allow, recall 0.571, false-block 0.000.

Each row is judged on the decision; a blocked row must also carry the entity types it lists."""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

test_generalisation_shape_r5_ident = probe_test("generalisation_shapes_r5_ident.jsonl")
