"""CREDENTIAL: API keys and tokens of the major providers, JWTs, private key blocks, passwords in
assignments, connection strings with passwords. Placeholders (``xxx``, ``****``, ``<token>``,
``${VAR}``, ``os.getenv(...)``) are not credentials."""

from __future__ import annotations

import math
import re

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ScanContext

A = r"(?<![A-Za-z0-9_\-])"
Z = r"(?![A-Za-z0-9_\-])"
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
    ("stripe", re.compile(r"(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}" + Z)),
    ("huggingface", re.compile(r"hf_[A-Za-z0-9]{30,}" + Z)),
    ("sendgrid", re.compile(r"SG\.[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{16,}" + Z)),
    ("azure_storage", re.compile(r"AccountKey=[A-Za-z0-9+/]{40,}={0,2}")),
    ("azure_sas", re.compile(r"[?&]sig=[A-Za-z0-9%+/]{30,}={0,2}")),
    ("jwt", re.compile(r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}" + Z)),
    ("private_key", re.compile(r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----")),
    ("gcp_service_account", re.compile(r"\"private_key\"\s*:\s*\"-----BEGIN")),
    # a Wi-Fi QR-code payload: WIFI:T:WPA;S:<ssid>;P:<key>;; (the key, group "v")
    ("wifi_qr", re.compile(r"WIFI:(?:[A-Z]:(?:\\.|[^;\\\n]){0,64};){0,4}?P:(?P<v>(?:\\.|[^;\\\n]){4,63});", re.IGNORECASE)),
]
# password / secret assignments; the value is group "v"
ASSIGN = re.compile(
    r"(?P<k>(?<![A-Za-z])(?:password|passwd|passphrase|pwd|pass|secret|client_secret|api[_\-]?key|apikey|"
    r"access[_\-]?key|secret[_\-]?key|auth[_\-]?token|access[_\-]?token|token|bearer)(?![A-Za-z])"
    r"|psk|wpa2?[_\-]?(?:psk|key|passphrase)|wpa3?[_\-]?(?:psk|key|passphrase)|pre[_\-]?shared[_\-]?key"
    r"|暗号化キー|ネットワークキー|セキュリティキー|パスワード|パスフレーズ|暗証番号|pw(?![A-Za-z])|PW(?![A-Za-z]))"
    # a qualifier in brackets between the key and its value: "パスワード（WPA2）: …", "password (admin): …"
    r"[\"']?[ \t]*(?:[(（][^()（）\n]{1,12}[)）])?\s*(?:[:=：]|は|→|->)[ \t\u3000]*[\"'`「『]?(?P<v>[^\s\"'`,;、。)）」』]{4,200}?)(?=です|でした|$|[\s\"'`,;、。)）」』])",
    re.IGNORECASE,
)
# "パスワード P@ssw0rd123!" / "password Tr0ub4dor&3": a label, only spaces, then a password-looking value
ASSIGN_WS = re.compile(
    r"(?P<k>(?<![A-Za-z])(?:password|passwd|pwd|pw)(?![A-Za-z])|パスワード|パスフレーズ)"
    r"[ \t\u3000]+(?P<v>[!-~]{6,128}?)(?=$|[\s、。]|です|でした)",
    re.IGNORECASE,
)
BEARER = re.compile(r"(?i)Authorization:\s*(?:Bearer|Basic|token)\s+(?P<v>[A-Za-z0-9._~+/\-=]{16,})")
CONN = re.compile(r"(?i)(?<![A-Za-z0-9+])[a-z][a-z0-9+.\-]{1,20}://(?P<u>[^\s:/@]{1,64}):(?P<v>[^\s@/]{1,128})@[A-Za-z0-9.\-\[\]]+")
# positional credentials in a call: connect("admin", "Xy7#pQ2!mL9z"), HTTPBasicAuth('svc', 'p@ss…'),
# smtp.login(user, "…"): a login-ish callee, a user argument, then a password-looking string literal
POSITIONAL = re.compile(
    r"(?i)(?:connect|login|log_in|signin|sign_in|auth|client|session|credentials?|basicauth|open)[A-Za-z0-9_]{0,20}"
    r"[ \t]*\([ \t]*(?:[A-Za-z_][A-Za-z0-9_.]{0,40}|[\"'][^\"'\n]{1,64}[\"'])[ \t]*,[ \t]*"
    r"[\"'](?P<v>[^\"'\s]{1,128})[\"']"
)
_LITERAL = re.compile(r"[\"'](?P<v>[^\"'\s]{8,128})[\"']")
POSITIONAL_TRIGGERS = ("connect", "login", "log_in", "signin", "sign_in", "auth", "client", "session", "credential",
                       "open")
# a login pair in a memo: "ログイン admin / Fw#2026admin", "アカウント: ops01 / K7v!q2Lm9"
LOGIN_PAIR = re.compile(
    r"(?i)(?:ログイン|login|アカウント|account|ユーザー|ユーザ|user)[^\n/]{0,16}?[ \t:=：]+"
    r"(?P<u>[A-Za-z0-9_.@\-]{2,40})[ \t]*/[ \t]*(?P<v>[!-~]{6,128}?)(?=$|[\s、。,()（）]|です)"
)
LOGIN_TRIGGERS = ("ログイン", "login", "アカウント", "account", "ユーザ", "user")
# PowerShell: ConvertTo-SecureString 'P@ss…' -AsPlainText (a password written in the script)
PS_PLAIN = re.compile(r"(?i)ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?[\"'](?P<v>[^\"'\n]{4,128})[\"'][ \t]+-AsPlainText")
ADO = re.compile(r"(?i)(?:^|;)\s*(?:password|pwd)\s*=\s*(?P<v>[^;\s]{3,128})")
PLACEHOLDER = re.compile(
    r"(?i)^(?:x{3,}|\*{3,}|\.{3,}|_+|-+|<[^>]*>?|\{[^}]*\}?|\[[^\]]*\]?|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|%[A-Za-z_]+%?|"
    r"(?:your|my|the|input|enter|new|old|dummy|sample|example|test|changeme|change_me|placeholder|redacted|"
    r"hoge|fuga|piyo|foo|bar|null|none|true|false|undefined|password|passwd|secret|token|string|str|value|"
    r"env|getenv)[A-Za-z0-9_\-]*|os\.(?:getenv|environ).*|process\.env.*|getenv.*|env\[.*|config\..*|"
    r"settings\..*|self\..*|args\..*|request\..*|input\(.*|[A-Za-z_][A-Za-z0-9_]*\(.*|\d{1,3}|[a-z]+|[ぁ-んァ-ヶー一-龥]+.*|"
    r"[A-Z][A-Z0-9]*_[A-Z0-9_]+|"
    # a provider prefix with an instruction in place of the key: sk-your-key-here, ghp_your_token
    r"[A-Za-z0-9]{1,8}[_\-](?:your|my|insert|put|replace)[_\-][A-Za-z0-9_\-]*|[A-Za-z0-9_\-]*[_\-](?:here|goes[_\-]here))$"
)


_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def _windows(positions: list[int], n: int, before: int, after: int) -> list[tuple[int, int]]:
    """Merged [lo, hi) windows around sorted positions."""
    out: list[tuple[int, int]] = []
    for p in positions:
        lo, hi = max(0, p - before), min(n, p + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _entropy(s: str) -> float:
    if not s:
        return 0.0
    counts: dict[str, int] = {}
    for c in s:
        counts[c] = counts.get(c, 0) + 1
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def _classes(s: str) -> int:
    return sum((any(c.islower() for c in s), any(c.isupper() for c in s), any(c.isdigit() for c in s),
                any(not c.isalnum() for c in s)))


# which trigger words (lowercase) make each key pattern worth running
KEY_TRIGGERS = {
    "anthropic": ("sk-",), "openai": ("sk-",),
    "aws_access_key": ("akia", "asia", "abia", "acca", "agpa", "aida", "aroa", "anpa", "anva", "apka"),
    "google_api_key": ("aiza",), "google_oauth": ("ya29.",), "github": ("gh", "github_pat_"),
    "gitlab": ("glpat-",), "slack": ("xox",), "slack_webhook": ("hooks.slack",), "stripe": ("sk_", "rk_", "pk_"),
    "huggingface": ("hf_",), "sendgrid": ("sg.",), "azure_storage": ("accountkey=",), "azure_sas": ("sig=",),
    "jwt": ("eyj",), "private_key": ("-----begin",), "gcp_service_account": ("private_key",), "wifi_qr": ("wifi:",),
}
ASSIGN_TRIGGERS = ("pass", "pwd", "secret", "key", "token", "bearer", "pw", "パスワード", "パスフレーズ", "暗証番号",
                   "psk", "wpa", "pre-shared", "pre_shared", "暗号化キー", "ネットワークキー", "セキュリティキー")


class CredentialRecognizer(AigwRecognizer):
    ENTITY = "CREDENTIAL"
    TRIGGER_WORDS = (
        "sk-", "akia", "asia", "abia", "acca", "agpa", "aida", "aroa", "anpa", "anva", "apka", "aiza", "ya29.",
        "gh", "github_pat_", "glpat-", "xox", "hooks.slack", "sk_", "rk_", "pk_", "hf_", "sg.", "accountkey=",
        "sig=", "eyj", "-----begin", "private_key", "pass", "pwd", "secret", "key", "token", "bearer", "pw",
        "パスワード", "パスフレーズ", "暗証番号", "://", "authorization", "psk", "wpa", "pre-shared", "pre_shared",
        "暗号化キー", "ネットワークキー", "セキュリティキー",
        "-asplaintext", "wifi:",
    ) + POSITIONAL_TRIGGERS + LOGIN_TRIGGERS

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for form in (self._provider_keys, self._assignments, self._spaced_passwords, self._connection_strings,
                     self._positional, self._ado, self._login_pairs, self._powershell):
            out.extend(form(ctx))
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
        for kind, rx in KEYS:
            if not any(t in hits for t in KEY_TRIGGERS[kind]):
                continue
            for m in rx.finditer(text):
                glued = m.start() > 0 and text[m.start() - 1] in _WORD
                if glued and kind not in ("private_key", "azure_sas", "azure_storage"):
                    continue
                if kind == "openai" and _classes(m.group(0)[3:]) < 2:
                    continue
                if kind == "wifi_qr" and _classes(m.group("v")) < 2:
                    continue  # WIFI:…;P:password; / P:xxxxxxxx; in a how-to: a placeholder
                yield self.result(self.ENTITY, m.start(), m.end(), 0.95, kind=kind, strength="strong")

    def _assignments(self, ctx: ScanContext):
        """password = …, api_key: …, パスワードは…, PSK …, Authorization: Bearer … (placeholders skipped)."""
        text, hits = ctx.text, ctx.hits
        for rx, kind in ((ASSIGN, "password"), (BEARER, "bearer")):
            if kind == "bearer" and "authorization" not in hits:
                continue
            if kind == "password":
                spans = _windows(ctx.hit_positions(ASSIGN_TRIGGERS), len(text), 24, 240)
            else:
                spans = [(0, len(text))]
            for m in (m for lo, hi in spans for m in rx.finditer(text, lo, hi)):
                v = m.group("v").rstrip(".")
                if PLACEHOLDER.match(v) or not v.isascii():
                    continue  # a sentence about the password (パスワードは12文字以上…), not one
                key = (m.group("k") if kind == "password" else "bearer").lower()
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
                if _classes(v) >= 3 and not PLACEHOLDER.match(v):  # not "password policy"
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
                    if _classes(v) >= 3 and _entropy(v) >= 2.5 and not PLACEHOLDER.match(v) and "://" not in v:
                        yield self.result(self.ENTITY, c.start("v"), c.end("v"), 0.8, kind="password",
                                          strength="strong")
                        break

    def _login_pairs(self, ctx: ScanContext):
        """ログイン admin / Fw#2026admin: a user and a strong-looking password after a login word
        (admin / admin, dates and paths are not)."""
        text = ctx.text
        for lo, hi in _windows(ctx.hit_positions(LOGIN_TRIGGERS), len(text), 0, 80):
            for m in LOGIN_PAIR.finditer(text, lo, hi):
                v = m.group("v")
                if (_classes(v) >= 3 and "/" not in v and v != m.group("u") and not PLACEHOLDER.match(v)):
                    yield self.result(self.ENTITY, m.start("v"), m.end("v"), 0.8, kind="password", strength="strong")

    def _powershell(self, ctx: ScanContext):
        """ConvertTo-SecureString '…' -AsPlainText: a plaintext password in a script."""
        text = ctx.text
        for p in ctx.hits.get("-asplaintext", ()):
            for m in PS_PLAIN.finditer(text, max(0, p - 200), p + 12):
                v = m.group("v")
                if not PLACEHOLDER.match(v):
                    yield self.result(self.ENTITY, m.start("v"), m.end("v"), 0.85, kind="password", strength="strong")

    def _ado(self, ctx: ScanContext):
        """ADO / ODBC connection strings: ...;Password=…;"""
        if "pwd" not in ctx.hits and "pass" not in ctx.hits:
            return
        for m in ADO.finditer(ctx.text):
            v = m.group("v")
            if not PLACEHOLDER.match(v):
                yield self.result(self.ENTITY, m.start("v"), m.end("v"), 0.85, kind="connection_string",
                                  strength="strong")


_PW_KEYS = ("pass", "pwd", "pw", "パスワード", "パスフレーズ", "暗証", "psk", "wpa", "shared", "キー")
_PW_KEY = re.compile("|".join(map(re.escape, _PW_KEYS)))  # one search instead of ten substring tests


def _assigned_score(key: str, v: str) -> float:
    """Score of an assigned value: passwords need 6+ characters (a 4-digit 暗証番号 counts) and two
    character classes unless long; keys and tokens need 16+ characters and some entropy. 0: none."""
    if _PW_KEY.search(key) is not None:
        if len(v) < 6 and not (key == "暗証番号" and v.isdigit() and len(v) == 4):
            return 0.0
        return 0.0 if _classes(v) < 2 and len(v) < 10 else 0.85
    if len(v) < 16 or _classes(v) < 2 or _entropy(v) < 3.0:
        return 0.0
    return 0.8
