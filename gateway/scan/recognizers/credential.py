"""CREDENTIAL: API keys and tokens of the major providers, JWTs, private key blocks, passwords in
assignments, connection strings with passwords. Placeholders (``xxx``, ``****``, ``<token>``,
``${VAR}``, ``os.getenv(...)``) are not credentials."""

from __future__ import annotations

import base64
from gateway.scan import rx as re

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._credential_typed import TRIGGERS as TYPED_TRIGGERS, typed_spans
from gateway.scan.recognizers._credential_forms import (
    Z, ADO, ARROW_PW, AUTH_B64, CLI, CLI_TOOL_TRIGGERS, DOTTED, DOTTED_KEYS, DSN, EN_IS, INDEXED, IPSEC_SECRET, JP_PROSE_PW, JP_QUOTED,
    JP_SET, BACKUP_LIST, PW_HEADER as _PW_HEADER, JSON_KEYED, KEYED, LINE_PW, LONG_OPT, NEXT_LINE_PW, NOT_A_PASSWORD, ORACLE, PGPASS, PS_PLAIN,
    ROMAJI_PW, SQLPLUS, TF_DEFAULT, XML_ATTR, XML_ELEM, _CLI_GROUPS, _NOT_SECRET_KEY, joined, login_pairs, other_keyword,
)
from gateway.scan.recognizers._credential_pins import changed_passwords, pin_values
from gateway.scan.recognizers._credential_providers import PROVIDER_KEYS, PROVIDER_TRIGGERS, _plain_auth, near_ssid
from gateway.scan.recognizers._credential_search import from_start, key_matches
from gateway.scan.recognizers._credential_values import (PLACEHOLDER, _assigned_score, _classes, _entropy, _example_value,
                                                         encoded_placeholder)
from gateway.scan.recognizers._text import merge_windows

KEYS: list[tuple[str, re.Pattern[str]]] = [
    ("anthropic", re.compile(r"sk-ant-(?:api|admin|sid)[0-9]{2}-[A-Za-z0-9_\-]{20,}" + Z)),
    ("openai", re.compile(r"sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_\-]{20,}" + Z)),
    ("aws_access_key", re.compile(r"(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|APKA)[A-Z0-9]{16}(?![A-Z0-9])")),
    ("google_api_key", re.compile(r"AIza[0-9A-Za-z_\-]{35}" + Z)),
    ("google_oauth", re.compile(r"ya29\.[0-9A-Za-z_\-]{20,}" + Z)),
    ("github", re.compile(r"(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})" + Z)),
    ("gitlab", re.compile(r"glpat-[A-Za-z0-9_\-]{20,}" + Z)),
    ("slack", re.compile(r"xox[abposre]-[A-Za-z0-9\-]{10,}" + Z)),
    ("slack_webhook", re.compile(r"https://hooks\.slack\.com/services/[A-Za-z0-9/_\-]{20,}")),
    # Teams / Power Automate incoming webhooks and Discord webhooks: the URL is the secret
    ("teams_webhook", re.compile(r"https://[A-Za-z0-9\-]{1,63}\.webhook\.office\.com/webhookb2/[A-Za-z0-9@/\-]{60,}")),
    ("discord_webhook", re.compile(r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]{15,20}/[A-Za-z0-9_\-]{40,}")),
    ("stripe", re.compile(r"(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}" + Z)),
    ("huggingface", re.compile(r"hf_[A-Za-z0-9]{30,}" + Z)),
    ("sendgrid", re.compile(r"SG\.[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{16,}" + Z)),
    ("azure_storage", re.compile(r"AccountKey=[A-Za-z0-9+/]{40,}={0,2}")),
    ("azure_sas", re.compile(r"[?&]sig=[A-Za-z0-9%+/]{30,}={0,2}")),
    ("jwt", re.compile(r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}" + Z)),
    ("private_key", re.compile(r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{24,}={0,2}"
                               r"[ \t]*\r?\n-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----")),  # (or a body without its BEGIN)
    ("gcp_service_account", re.compile(r"\"private_key\"\s*:\s*\"-----BEGIN")),
    # VPN configurations: OpenVPN's tls-auth / tls-crypt static key, a WireGuard private or preshared key (32 bytes, base64: "v")
    ("openvpn_static_key", re.compile(r"-----BEGIN OpenVPN Static key V[0-9]-----")),
    # an SMTP session log: AUTH PLAIN <base64 of \0user\0password> (checked by decoding, group "v")
    ("smtp_auth_plain", re.compile(r"AUTH[ \t]+PLAIN[ \t]+(?P<v>[A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])")),
    ("wireguard_key", re.compile(r"P(?:rivate|reshared)Key[ \t]*=[ \t]*(?P<v>[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)"
                                 r"(?![A-Za-z0-9+/=])")),
    # kubeconfig: the client's private key, base64 of a PEM block
    ("kube_client_key", re.compile(r"client-key-data:[ \t]*[\"']?[A-Za-z0-9+/]{20,}={0,2}")),
    ("putty_private_key", re.compile(r"Private-Lines:[ \t]*[0-9]{1,3}[ \t]*\r?\n[A-Za-z0-9+/=]{16,}")),
    # a Wi-Fi QR-code payload: WIFI:T:WPA;S:<ssid>;P:<key>;; (the key, group "v")
    ("wifi_qr", re.compile(r"WIFI:(?:[A-Z]:(?:\\.|[^;\\\n]){0,64};){0,4}?P:(?P<v>(?:\\.|[^;\\\n]){4,63});", re.IGNORECASE)),
] + PROVIDER_KEYS
# password / secret assignments; the value is group "v"
ASSIGN = re.compile(
    r"(?=[A-Za-zアキクシセチトドネバパリ事入共回復扉接暗無解認開電鍵])"  # (a first character of the keys below: others fail at once)
    r"(?P<k>(?<![A-Za-z])(?:password|passwd|passphrase|pwd|pass|secret|client_secret|api[_\-]?key|apikey|"
    r"access[_\-]?key|secret[_\-]?key|auth[_\-]?token|auth[_\-]?key|access[_\-]?token|token|bearer)(?![A-Za-z])"
    # an environment variable glued to its tool's name, all capitals: PGPASSWORD, MYSQLPWD, VAULTTOKEN
    r"|(?-i:(?<![A-Za-z0-9])[A-Z][A-Z0-9]{1,15}(?:PASSWORD|PASSWD|PWD|SECRET|TOKEN))(?![A-Za-z])"
    # …or a service's key in capitals: DEEPL_KEY = "…", STRIPE_KEY (a random value only: _assigned_score, round 33)
    r"|(?-i:(?<![A-Za-z0-9])[A-Z][A-Z0-9]{1,15}_KEY)(?![A-Za-z])"
    # a camelCase variable ending with the secret word: dbPassword = "…", smtpPass := "…", accessToken = '…'
    r"|(?<![A-Za-z0-9_])[a-z][A-Za-z0-9]{0,30}(?-i:Password|Passwd|Pass|Pwd|Secret|Token|ApiKey|AccessKey|SecretKey)(?![A-Za-z])"
    # frameworks' signing keys: Rails secret_key_base, Laravel APP_KEY, encryption / signing / master keys
    r"|(?<![A-Za-z])(?:secret[_\-]?key[_\-]?base|app[_\-]?key|(?:encryption|signing|master)[_\-]?key)(?![A-Za-z])"
    # Japanese names of keys and tokens: クライアントシークレット(の値), APIキー, (チャネル)アクセストークン
    r"|(?:クライアント)?シークレット(?:キー)?(?:の値)?|(?:チャネル)?アクセストークン|(?:API|認証|Bot)?トークン"
    # an HTTP header of a service's own scheme: X-Cybozu-API-Token, X-ChatWorkToken; an API gateway's subscription key
    # (Azure's Ocp-Apim-Subscription-Key, round 23)
    r"|(?<![A-Za-z])x-[a-z0-9\-]{0,30}?(?:authorization|token|api-?key|secret)(?![A-Za-z])|(?<![A-Za-z])(?:ocp-apim-)?subscription[_\-]?key(?![A-Za-z])"
    r"|psk|wpa2?[_\-]?(?:psk|key|passphrase)|wpa3?[_\-]?(?:psk|key|passphrase)|pre[_\- ]?shared[_\- ]?key"
    r"|(?:バックアップ|リカバリー?|復旧|回復)コード|(?:backup|recovery)[ _\-]?codes?"
    # a door's or a safe's code (解錠コード, 入室コード, キーボックスの暗証番号)
    r"|(?:解錠|開錠|入室|入館|ドア|扉|電子錠|キーボックス)(?:の)?(?:暗証番号|暗証コード|コード)"
    r"|(?:暗号化?|ネットワーク|セキュリティ|(?:事前)?共有|認証|接続|無線LAN|Wi-?Fi|API|アクセス)(?:キー|鍵)|パスワード|(?<![ァ-ヶー])(?:パス|キー|パスキー|パスコード)(?![ァ-ヶー])|(?<![一-鿿])鍵(?![一-鿿])|パスフレーズ|暗証番号|pw(?![A-Za-z])|PW(?![A-Za-z]))"
    # a subscript may close after the key (DATABASES['default']['PASSWORD'] = '…');
    # a qualifier in brackets between the key and its value: "パスワード（WPA2）: …", "password (admin): …"
    # or a declared type between them: Const FTP_PASS As String = "…"
    r"[\"']?\]?[ \t]*(?:[(（][^()（）\n]{1,12}[)）])?(?:[ \t]+As[ \t]+[A-Za-z_.]{2,20})?\s*(?:=>|:=|[:=：]|は|→|->|\||、)[ \t\u3000]*[\"'`「『]?(?P<v>[^\s\"'`,;、。)）」』]{4,200}?)(?=です|でした|$|[\s\"'`,;、。)）」』]|[(（][^\x00-\x7f])",
    re.IGNORECASE,
)
# "パスワード P@ssw0rd123!" / "password Tr0ub4dor&3" / "事前共有鍵 Kw…": a label, only spaces, then a password-looking value
ASSIGN_WS = re.compile(
    r"(?P<k>(?<![A-Za-z])(?:password|passwd|(?<![_\-.])pass|pwd|pw)(?![A-Za-z])[ \t\u3000]+|(?:パスワード|パスフレーズ|(?<![ァ-ヶー])パス(?![ァ-ヶー])|(?:事前)?共有(?:キー|鍵)|暗号化?(?:キー|鍵))"
    r"(?:[(（][^()（）\n]{1,12}[)）])?[ \t\u3000、,]*(?:\[[ \t\u3000]*)?)"  # (a gloss: 事前共有鍵（PSK）; a field: ［ … ］)
    # a Japanese label may be glued to the value, which then ends at the next kana (パスワードpg#Ken26で入れます); the
    # value is not the next field of a log line (reason=BAD_PASSWORD count=4, round 17)
    r"(?![A-Za-z_][A-Za-z0-9_]*=)(?P<v>[!-~]{6,128}?)(?=$|[\s、。]|です|でした|[ぁ-ゖ]|[(（][^\x00-\x7f])",  # (…（共通アカウント）, r41)
    re.IGNORECASE,
)
BEARER = re.compile(r"(?:(?i:Authorization)[\"']?[ \t]*[:=][ \t]*[\"']?[ \t]*(?i:Bearer|Basic|token)|(?<![A-Za-z])Bearer)\s+"
                    r"(?P<v>[A-Za-z0-9._~+/\-=]{16,})")  # ({"Authorization": "Bearer …"}, or a Bearer value alone: r24)
CONN = re.compile(r"(?i)(?<![A-Za-z0-9+])[a-z][a-z0-9+.\-]{1,20}://(?P<u>[^\s:/@]{0,64}):(?P<v>[^\s@/]{1,128})@[A-Za-z0-9.\-\[\]]+")
# positional credentials in a call: connect("admin", "Xy7#pQ2!mL9z"), HTTPBasicAuth('svc', 'p@ss…'),
# smtp.login(user, "…"): a login-ish callee, a user argument, then a password-looking string literal
POSITIONAL = re.compile(
    r"(?i)(?=[abcfilmops])(?:connect|login|log_in|signin|sign_in|auth|client|session|credentials?|basicauth|open|ftp|smtp|imap|pop3|ssh|sftp|ldap|bind"
    r"|pdo|mysqli)[A-Za-z0-9_]{0,20}"
    r"[ \t]*=?[ \t]*\([ \t]*(?:\$?[A-Za-z_][A-Za-z0-9_.]{0,40}|[\"'][^\"'\n]{1,64}[\"'])[ \t]*,[ \t]*"
    r"[\"'](?P<v>[^\"'\s]{1,128})[\"']"
)
_LITERAL = re.compile(r"[\"'](?P<v>[^\"'\s]{8,128})[\"']")
POSITIONAL_TRIGGERS = ("connect", "login", "log_in", "signin", "sign_in", "auth", "client", "session", "credential",
                       "open", "ftp", "smtp", "imap", "pop3", "ssh", "ldap", "bind", "pdo", "mysqli")
LOGIN_TRIGGERS = ("ログイン", "login", "アカウント", "account", "ユーザ", "user", "id/", "id／", "id・", "admin /", "admin/",
                  "root /", "root/")


_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def _windows(positions: list[int], n: int, before: int, after: int) -> list[tuple[int, int]]:
    """Merged [lo, hi) windows around sorted positions."""
    return merge_windows([(p - before, p + after) for p in positions], n)


# which trigger words (lowercase) make each key pattern worth running
KEY_TRIGGERS = {
    "anthropic": ("sk-",), "openai": ("sk-",),
    "aws_access_key": ("akia", "asia", "abia", "acca", "agpa", "aida", "aroa", "anpa", "anva", "apka"),
    "google_api_key": ("aiza",), "google_oauth": ("ya29.",), "github": ("gh", "github_pat_"),
    "gitlab": ("glpat-",), "slack": ("xox",), "slack_webhook": ("hooks.slack",),
    "teams_webhook": ("webhook.office",), "discord_webhook": ("/api/webhooks/",), "stripe": ("sk_", "rk_", "pk_"),
    "huggingface": ("hf_",), "sendgrid": ("sg.",), "azure_storage": ("accountkey=",), "azure_sas": ("sig=",),
    "jwt": ("eyj",), "private_key": ("-----begin", "private key-----"), "gcp_service_account": ("private_key",), "wifi_qr": ("wifi:",),
    "putty_private_key": ("private-lines:",), "kube_client_key": ("client-key-data",),
    "openvpn_static_key": ("-----begin",), "wireguard_key": ("privatekey", "presharedkey"),
    "smtp_auth_plain": ("auth plain",),
} | PROVIDER_TRIGGERS
_KINDS_OF = {w: tuple(k for k in KEY_TRIGGERS if w in KEY_TRIGGERS[k]) for w in sum(KEY_TRIGGERS.values(), ())}
# a Kubernetes / compose env list: the secret's name in one field, its value in the next
# (- name: DB_PASSWORD ⏎ value: …)
NAME_VALUE = re.compile(
    r"(?i:name)[ \t]*:[ \t]*[\"']?(?P<k>[A-Za-z0-9_]*?(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PASS|PWD)[A-Za-z0-9_]*)[\"']?"
    r"[ \t]*,?[ \t]*\n?[ \t]*(?i:value)[ \t]*:[ \t]*[\"']?(?P<v>[^\s\"']{4,200})")
ASSIGN_TRIGGERS = ("pass", "pwd", "secret", "key", "token", "bearer", "pw", "パスワード", "鍵は", "鍵:", "パスフレーズ", "暗証番号",
                   "バックアップコード", "リカバリコード", "リカバリーコード", "復旧コード", "回復コード", "backup", "recovery",
                   "psk", "wpa", "pre-shared", "pre_shared", "キー", "パス", "pasu", "anshou", "シークレット", "トークン", "鍵",
                   "authorization", "credential", "解錠", "開錠", "入室", "入館", "ドア", "扉", "電子錠", "キーボックス")


# the keyed forms searched only from where a key can start (_credential_search: the proof of the reach)
_KEY_FROM = {rx: from_start(rx) for rx in (ASSIGN, KEYED, JSON_KEYED, XML_ELEM, EN_IS, JP_SET, JP_QUOTED, LINE_PW)}
_FROM_BY_ID = {id(rx): f for rx, f in _KEY_FROM.items()}  # (by id: a pattern's hash is computed from all its code)


def _key_matches(rx: re.Pattern[str], text: str, positions: list[int], spans: list[tuple[int, int]]):
    return key_matches(rx, _FROM_BY_ID[id(rx)], text, positions, spans)


class CredentialRecognizer(AigwRecognizer):
    ENTITY = "CREDENTIAL"
    # (the assignment forms' key words, ASSIGN_TRIGGERS, are the same list: one place for both)
    TRIGGER_WORDS = (
        "sk-", "akia", "asia", "abia", "acca", "agpa", "aida", "aroa", "anpa", "anva", "apka", "aiza", "ya29.",
        "gh", "github_pat_", "glpat-", "xox", "hooks.slack", "sk_", "rk_", "pk_", "hf_", "sg.", "accountkey=",
        "sig=", "eyj", "-----begin", "private key-----", "private_key", "webhook.office", "/api/webhooks/", "://",
        "thin:", "auth", "mysql", "mariadb", "sshpass", "curl", "wget", "/user:", "smbclient", "@tcp(", "@unix(",
        "wifi:", "netsh", "private-lines:", "client-key-data", "docker", "id/", "id／", "id・", "-asplaintext",
        "variable", "pgpass", "sqlplus", "privatekey", "presharedkey", "auth plain",
    ) + ASSIGN_TRIGGERS + TYPED_TRIGGERS + POSITIONAL_TRIGGERS + LOGIN_TRIGGERS + CLI_TOOL_TRIGGERS \
        + sum(PROVIDER_TRIGGERS.values(), ())

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for form in (self._provider_keys, self._assignments, self._spaced_passwords, self._connection_strings,
                     self._positional, self._ado, self._login_pairs, self._powershell, self._oracle, self._auth_b64,
                     self._command_line, self._keyed, self._columns, self._files):
            out.extend(form(ctx))
        for s, e in typed_spans(ctx.text, ctx.hits):  # SendWait("…"), Q: パス何? A: …, ⏎ user / password (_credential_typed)
            if _classes(v := ctx.text[s:e]) >= 3 and _entropy(v) >= 2.5 and not PLACEHOLDER.match(v):
                out.append(self.result(self.ENTITY, s, e, 0.8, kind="password", strength="strong"))
        if "暗証番号" in ctx.hits:  # 暗証番号の控え：利用者証明用 4827、署名用 Sakuma1943
            out.extend(self.result(self.ENTITY, s, e, 0.85, kind="pin", strength="strong")
                       for s, e in pin_values(ctx.text, ctx.hits["暗証番号"]))
        if "新しいの" in ctx.text or "変更後" in ctx.text:  # (…PWが変わった。新しいのは Kan#25… です, r35)
            out.extend(self.result(self.ENTITY, s, e, 0.8, kind="password", strength="strong")
                       for s, e in changed_passwords(ctx.text))
        seen: set[tuple[int, int]] = set()
        unique = []
        for r in out:
            if (r.start, r.end) not in seen:
                seen.add((r.start, r.end))
                unique.append(r)
        return unique

    def _provider_keys(self, ctx: ScanContext):
        """Provider key formats (sk-…, AKIA…, ghp_…, JWTs, private-key blocks …)."""
        text, hits = ctx.text, ctx.hits
        kinds = {k for w in hits for k in _KINDS_OF.get(w, ())}  # (from the trigger words present: a few)
        for kind, rx in (kr for kr in KEYS if kr[0] in kinds):
            for m in rx.finditer(text):
                glued = m.start() > 0 and text[m.start() - 1] in _WORD
                if glued and kind not in ("private_key", "azure_sas", "azure_storage", "telegram_bot"):  # (…/bot<id>:AA…)
                    continue
                if kind == "openai" and _classes(m.group(0)[3:]) < 2:
                    continue
                if kind == "wifi_qr" and _classes(m.group("v")) < 2:
                    continue  # WIFI:…;P:password; / P:xxxxxxxx; in a how-to: a placeholder
                if kind == "smtp_auth_plain" and not _plain_auth(m.group("v")):
                    continue  # not \0user\0password: a server's prompt or another payload
                s, e = m.span("v") if kind in ("wireguard_key", "smtp_auth_plain") else m.span()
                yield self.result(self.ENTITY, s, e, 0.95, kind=kind, strength="strong")

    def _assignments(self, ctx: ScanContext):
        """password = …, api_key: …, パスワードは…, PSK …, Authorization: Bearer … (placeholders skipped)."""
        text, hits = ctx.text, ctx.hits
        for rx, kind in ((ASSIGN, "password"), (NAME_VALUE, "password"), (BEARER, "bearer")):
            if kind == "bearer" and "authorization" not in hits and "bearer" not in hits:
                continue
            positions = ctx.hit_positions(ASSIGN_TRIGGERS) if kind == "password" else []
            spans = _windows(positions, len(text), 24, 240) if kind == "password" else [(0, len(text))]
            found = _key_matches(ASSIGN, text, positions, spans) if rx is ASSIGN else \
                (m for lo, hi in spans for m in rx.finditer(text, lo, hi))
            for m in found:
                v = m.group("v").rstrip(".)}];,")  # (a dict's closing brace is no part of it: …: API_KEY}, r37)
                if kind == "password" and "\n" in text[m.end("k"):m.start("v")] and _NEXT_ASSIGN.match(v):
                    continue  # an empty value; the next line is another key
                if PLACEHOLDER.match(v) or not v.isascii() or _RULE_SPEC.fullmatch(v) is not None or encoded_placeholder(v):
                    continue  # a sentence about the password (パスワードは12文字以上…), a validation rule, not one
                if kind == "password" and _example_value(text, m.start("v"), m.start("v") + len(v)):
                    continue  # パスワードは「Tokyo2020!」のような…: a bad example in advice
                key = (m.group("k") if kind == "password" else "bearer").lower()
                if key in ("キー", "鍵") and not near_ssid(text, m.start("k")):
                    continue  # a bare キー names a network key only in a Wi-Fi block (検索キー, 主キー elsewhere)
                if kind == "password" and m.group("k")[:1].islower() and _NOT_SECRET_KEY.search(key):
                    continue  # csrfToken, pageToken, passwordPolicy …: about a secret, not one
                score = _assigned_score(key, v)
                if score:
                    yield self.result(self.ENTITY, m.start("v"), m.start("v") + len(v), score, kind=kind,
                                      strength="strong")

    def _spaced_passwords(self, ctx: ScanContext):
        """"パスワード P@ssw0rd123!": a label, only spaces, then a strong-looking value."""
        text = ctx.text
        for lo, hi in _windows(ctx.hit_positions(ASSIGN_TRIGGERS), len(text), 24, 160):
            for m in ASSIGN_WS.finditer(text, lo, hi):
                v = m.group("v")
                core = v.strip("\"'`").lstrip("=:：").strip("\"'`")
                if v[0] in "}])>" or "</" in v or PLACEHOLDER.match(core):
                    continue  # a template's close ({{ vault_pw }}), an XML close, a quoted reference (os.environ[…])
                if not m.group("k")[-1].isspace() and all(c.isalnum() for c in v):
                    continue  # glued to a Japanese label, a value without a symbol is a word (パスワードManager2026)
                if v.endswith((":", "：")):
                    continue  # the next key of a flattened YAML mapping (DB_PASSWORD valueFrom: secretKeyRef:)
                if _classes(v) >= 3 and not PLACEHOLDER.match(v) and "://" not in v:  # not "password policy", a URL
                    yield self.result(self.ENTITY, m.start("v"), m.end("v"), 0.8, kind="password", strength="strong")

    def _connection_strings(self, ctx: ScanContext):
        """scheme://user:password@host."""
        text, hits = ctx.text, ctx.hits
        if "://" not in hits:
            return
        for m in (m for lo, hi in _windows(hits["://"], len(text), 24, 200) for m in CONN.finditer(text, lo, hi)):
            v = m.group("v")
            if not PLACEHOLDER.match(v) and len(v) >= 4:
                yield self.result(self.ENTITY, m.start("v"), m.end("v"), 0.85, kind="connection_string",
                                  strength="strong")

    def _positional(self, ctx: ScanContext):
        """connect("admin", "Xy7#pQ2!mL9z"): a password-looking literal after a user argument."""
        text = ctx.text
        for lo, hi in _windows(ctx.hit_positions(POSITIONAL_TRIGGERS), len(text), 0, 200):
            for m in POSITIONAL.finditer(text, lo, hi):
                # the second argument, or a later literal of the same call: connect('10.0.0.5', 'app', '…')
                close = text.find(")", m.start("v"), min(len(text), m.start("v") + 160))
                cands = [m] if close < 0 else _LITERAL.finditer(text, m.start("v") - 1, close)
                for c in cands:
                    v = c.group("v")
                    if (_classes(v) >= 3 and _entropy(v) >= 2.5 and not PLACEHOLDER.match(v) and "://" not in v
                            and not other_keyword(text, c.start())):  # (open(…, encoding="utf-8-sig"), round 25)
                        yield self.result(self.ENTITY, c.start("v"), c.end("v"), 0.8, kind="password",
                                          strength="strong")
                        break

    def _login_pairs(self, ctx: ScanContext):
        """ログイン admin / Fw#2026admin: a user and a strong-looking password after a login word
        (admin / admin, dates and paths are not)."""
        text = ctx.text
        for lo, hi in _windows(ctx.hit_positions(LOGIN_TRIGGERS), len(text), 2, 80):
            for m in login_pairs(text, lo, hi):
                v = m.group("v")
                if (_classes(v) >= 3 and "/" not in v and v != m.group("u") and not PLACEHOLDER.match(v)
                        and not m.group("u").lower().startswith(("your", "<", "$", "{", "xxx"))  # (a template's pair:
                        and not ("=" in v and v.split("=", 1)[0].isupper())):  # DB_USER=your-user / DB_PASSWORD=<…>)
                    yield self.result(self.ENTITY, m.start("v"), m.end("v"), 0.8, kind="password", strength="strong")

    def _powershell(self, ctx: ScanContext):
        """ConvertTo-SecureString '…' -AsPlainText: a plaintext password in a script."""
        text = ctx.text
        for p in ctx.hits.get("-asplaintext", ()):
            for m in PS_PLAIN.finditer(text, max(0, p - 200), p + 12):
                v = m.group("v")
                if not PLACEHOLDER.match(v):
                    yield self.result(self.ENTITY, m.start("v"), m.end("v"), 0.85, kind="password", strength="strong")

    def _oracle(self, ctx: ScanContext):
        """jdbc:oracle:thin:user/password@//host:1521/SVC, sqlplus user/password@host/SVC."""
        text = ctx.text
        for p in ctx.hits.get("sqlplus", ()):
            m = SQLPLUS.match(text, p)
            if m is not None and not PLACEHOLDER.match(m.group("v")) and _classes(m.group("v")) >= 2:
                yield self.result(self.ENTITY, m.start("v"), m.end("v"), 0.85, kind="connection_string",
                                  strength="strong")
        if "thin:" not in ctx.hits and "@" not in text:
            return
        for p in ctx.hits.get("thin:", ()) or [text.find("@")]:
            for m in ORACLE.finditer(text, max(0, p - 5), min(len(text), p + 200)):
                v = m.group("v")
                if not PLACEHOLDER.match(v) and _classes(v) >= 2:
                    yield self.result(self.ENTITY, m.start("v"), m.end("v"), 0.85, kind="connection_string",
                                      strength="strong")

    def _auth_b64(self, ctx: ScanContext):
        """"auth": "dXNlcjpwYXNz" (docker config.json, .npmrc): base64 of user:password."""
        text = ctx.text
        for lo, hi in _windows(ctx.hits.get("auth", []), len(text), 2, 200):
            for m in AUTH_B64.finditer(text, lo, hi):
                v = m.group("v")
                try:
                    raw = base64.b64decode(v + "=" * (-len(v) % 4), validate=True).decode("utf-8")
                except (ValueError, UnicodeDecodeError):
                    continue
                user, sep, pw = raw.partition(":")
                if sep and user and len(pw) >= 4 and raw.isprintable() and not PLACEHOLDER.match(pw):
                    yield self.result(self.ENTITY, m.start("v"), m.end("v"), 0.85, kind="password", strength="strong")

    def _command_line(self, ctx: ScanContext):
        """mysql -pSecret, sshpass -p, curl -u user:pass, smbclient -U user%pass, net use /user: … pass."""
        text = joined(ctx.text)  # (continued over lines: ldapsearch … \⏎ -w '…')
        trig = ("mysql", "mariadb", "sshpass", "curl", "wget", "/user:", "smbclient", "netsh", "pass", "secret", "docker")
        trig += CLI_TOOL_TRIGGERS
        for lo, hi in _windows(ctx.hit_positions(trig), len(text), 160, 240):
            for m in CLI.finditer(text, lo, hi):
                g = next(k for k in _CLI_GROUPS if m.group(k))
                v = m.group(g)
                if not PLACEHOLDER.match(v) and _classes(v) >= 2 and not v.startswith(("$", "%")):
                    yield self.result(self.ENTITY, m.start(g), m.end(g), 0.85, kind="password", strength="strong")

    def _keyed(self, ctx: ScanContext):
        """define('DB_PASSWORD', '…'), 'password' => '…', XML key/value attributes and elements, Go DSNs,
        "the pw for … is …", パスワードを…に変更, パスワード … → value."""
        text, hits = ctx.text, ctx.hits
        positions = ctx.hit_positions(ASSIGN_TRIGGERS)
        spans = _windows(positions, len(text), 120, 240)
        for rx in (KEYED, INDEXED, JSON_KEYED, XML_ATTR, XML_ELEM, LONG_OPT, EN_IS, JP_SET, JP_QUOTED, LINE_PW,
                   NEXT_LINE_PW, ARROW_PW, JP_PROSE_PW, ROMAJI_PW, BACKUP_LIST):
            found = _key_matches(rx, text, positions, spans) if id(rx) in _FROM_BY_ID else \
                (m for lo, hi in spans for m in rx.finditer(text, lo, hi))
            for m in found:
                v = m.group("v")
                if PLACEHOLDER.match(v) or not v.isascii() or rx is NEXT_LINE_PW and NOT_A_PASSWORD.search(v):
                    continue
                prose = rx in (EN_IS, JP_SET, JP_QUOTED, LINE_PW, NEXT_LINE_PW, ARROW_PW, JP_PROSE_PW, ROMAJI_PW, BACKUP_LIST)
                if prose and _example_value(text, m.start("v"), m.end("v")):
                    continue  # 例えば、パスワードを「Tokyo2020!」のように設定するのは…: a bad example
                key = m.groupdict().get("k") or ""
                if rx in (JSON_KEYED, XML_ATTR) and _NOT_SECRET_KEY.search(key) is not None:
                    continue
                if rx in (KEYED, INDEXED, JSON_KEYED, XML_ATTR, XML_ELEM, LONG_OPT, BACKUP_LIST):
                    # a validation rule or type spec ('password' => 'required|min:8'), not a value
                    ok = _RULE_SPEC.fullmatch(v) is None and _assigned_score(key.lower(), v)
                elif rx in (EN_IS, LINE_PW, ARROW_PW, JP_PROSE_PW, ROMAJI_PW):
                    ok = _classes(v) >= 3  # not "the password is case-sensitive", not a time (変更日：2026-06-12)
                else:
                    ok = _classes(v) >= 3 or (_classes(v) >= 2 and len(v) >= 10 and any(c.isdigit() for c in v))
                if ok:
                    yield self.result(self.ENTITY, m.start("v"), m.end("v"), 0.85, kind="password", strength="strong")
        if "@tcp(" in hits or "@unix(" in hits:
            for m in DSN.finditer(text):
                if not PLACEHOLDER.match(m.group("v")):
                    yield self.result(self.ENTITY, m.start("v"), m.end("v"), 0.85, kind="connection_string",
                                      strength="strong")

    def _columns(self, ctx: ScanContext):
        """A table (TSV / CSV / markdown) with a password column: the cells below its header."""
        text = ctx.text
        scanned = 0  # rows already read as a table's body are not headers again (linear work)
        for p in ctx.hit_positions(("pass", "pw", "パスワード", "暗証番号")):
            if p < scanned:
                continue
            ls = text.rfind("\n", 0, p) + 1
            scanned = text.find("\n", p) + 1 or len(text)
            le = text.find("\n", p)
            if le < 0:
                return
            header = text[ls:le]
            sep = next((c for c in ("\t", "|", ",") if header.count(c) >= 1), None)
            if sep is None or len(header) > 300:
                continue
            cells = [c.strip(" \u3000\"'*") for c in header.split(sep)]
            col = next((i for i, c in enumerate(cells) if _PW_HEADER.fullmatch(c)), -1)
            if col < 0:
                continue
            pos = le + 1
            for _ in range(50):  # the rows below the header
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                row = text[pos:end]
                if sep not in row or len(row) > 2000:
                    break
                if set(row.strip()) <= set("-|: "):  # a markdown rule line
                    pos = end + 1
                    continue
                parts = row.split(sep)
                if col < len(parts):
                    v = parts[col].strip(" \u3000\"'")
                    off = pos + row.find(v, sum(len(x) + 1 for x in parts[:col])) if v else -1
                    if (v and off >= pos and v.isascii() and " " not in v and not PLACEHOLDER.match(v)
                            and (_classes(v) >= 3 or (_classes(v) >= 2 and len(v) >= 8 and any(c.isdigit() for c in v)))):
                        yield self.result(self.ENTITY, off, off + len(v), 0.85, kind="password", strength="strong")
                if end >= len(text):
                    break
                pos = end + 1
            scanned = max(scanned, pos)

    def _files(self, ctx: ScanContext):
        """A Terraform variable with a secret default; an ipsec.secrets line (: PSK "…", round 19); the password field
        of a ~/.pgpass line; a configuration dump's dotted leader (password........…, round 29)."""
        text, hits = ctx.text, ctx.hits
        for cues, rx in ((("variable",), TF_DEFAULT), (("psk",), IPSEC_SECRET), (("pgpass",), PGPASS), (DOTTED_KEYS, DOTTED)):
            for m in rx.finditer(text) if not hits.keys().isdisjoint(cues) else ():
                v = m.group("v")
                if not PLACEHOLDER.match(v) and (
                        _assigned_score(m.group("k").lower(), v) if rx is TF_DEFAULT else _classes(v) >= 2):
                    yield self.result(self.ENTITY, m.start("v"), m.end("v"), 0.85, kind="password", strength="strong")

    def _ado(self, ctx: ScanContext):
        """ADO / ODBC connection strings: ...;Password=…;"""
        if "pwd" not in ctx.hits and "pass" not in ctx.hits:
            return
        for m in ADO.finditer(ctx.text):
            v = m.group("v")
            if v.startswith("{") and v.endswith("}") and len(v) > 5:
                v = v[1:-1]  # ODBC quotes a value in braces: Pwd={…};
            if not PLACEHOLDER.match(v):
                yield self.result(self.ENTITY, m.start("v"), m.end("v"), 0.85, kind="connection_string",
                                  strength="strong")


_RULE_SPEC = re.compile(r"[A-Za-z_]+(?:[:|][A-Za-z0-9_,.]*)+")
_NEXT_ASSIGN = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*[ \t]*[=:]")
