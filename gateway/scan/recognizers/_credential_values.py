"""How the credential recognizer judges a value: placeholders (``${VAR}``, ``<YOUR_KEY>``, ``changeme`` …), values
shown as an example in advice, character classes and entropy, and the score of a value assigned to a key.
Plain functions, shared by ``credential.py``'s passes."""

from __future__ import annotations

import base64
import math
from gateway.scan import rx as re

PLACEHOLDER = re.compile(
    # (a YAML tag in place of the value: db_password: !vault |, !Ref, !Sub)
    # (a masked value: ********-****-****, ●●●●●●)
    # (a redaction marker between asterisks: *SENSITIVE*DATA*DELETED*, *REDACTED*)
    # (a reference with a remark glued on: ${DB_PASSWORD}（.env.local で上書き）, folded to "("; compose's escaped $${…}, r29)
    # (an instruction in brackets: （ここに平文）, (paste here); a PowerShell cmdlet read in place of the value:
    # $pw = ConvertTo-SecureString …, $cred = Get-Secret …: round 20)
    r"(?i)^(?:x{3,}(?:[-_ .]x{3,})*|(?:0[-. ]?){3,}0|![A-Za-z][A-Za-z_]*|[*•●][*•●\-_./]{2,}|\*[A-Za-z_*]+\*|\*{3,}|\.{3,}|_+|-+|<[^>]*>?|\{[^}]*\}?|\[[^\]]*\]?|"
    r"\([^)]*\)?|(?-i:(?:Get|Set|New|ConvertTo|ConvertFrom|Read|Import|Export|Invoke|Add|Remove|Start|Stop|Test|Out|Write)"
    r"-[A-Z][A-Za-z]+)|\$\$?\{?[A-Za-z_][A-Za-z0-9_]*\}?|\$\$?\{[A-Za-z_][A-Za-z0-9_.]*(?:[:?\-=+].*|\}(?:\(.*)?)|%[A-Za-z_]+%?|\$env:[A-Za-z_][A-Za-z0-9_]*|"
    r"(?:your|my|the|input|enter|new|old|dummy|sample|example|test|changeme|change_me|change-me|placeholder|redacted|"
    r"hoge|fuga|piyo|foo|bar|null|none|true|false|undefined|password|passwd|secret|token|string|str|value|"
    r"env|getenv)[A-Za-z0-9_\-]*|os\.(?:getenv|environ).*|process\.env.*|getenv.*|env\[.*|config\..*|"
    r"settings\..*|self\..*|args\..*|request\..*|input\(.*|[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*\(.*|\d{1,3}|"
    # a word or words run together (hoge, Value, PASSWORD, dbPass, MyValue), not letters of mixed case at random
    # (swmUNHovqrBuq: a password of letters only; the pattern is case-blind, so the cases are spelt out)
    r"(?-i:[a-z]+(?:[A-Z][a-z]+)*|[A-Z][a-z]+(?:[A-Z][a-z]+)*|[A-Z]+)|[ぁ-んァ-ヶー一-龥]+.*|"
    # (a dotted reference such as config.db.password; not the first segments of a JWT, eyJ…)
    r"(?-i:[A-Z][A-Z0-9]*_[A-Z0-9_]+)|(?-i:(?!eyJ)[a-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+)|"
    # a provider prefix with an instruction in place of the key: sk-your-key-here, ghp_your_token
    r"[A-Za-z0-9]{1,8}[_\-](?:your|my|insert|put|replace)[_\-][A-Za-z0-9_\-]*|[A-Za-z0-9_\-]*[_\-](?:here|goes[_\-]here)|"
    # …or with the instruction in brackets (sk_test_<YOUR_SECRET_KEY>, pk_live_{key}; grouped x's: xxxx-xxxx-xxxx, r32)
    r"[A-Za-z0-9]{1,8}(?:[_\-][A-Za-z0-9]{1,8})?[_\-](?:<[^>]*>|\{[^}]*\}|\[[^\]]*\])|"
    # an instruction in lower-case words: replace-with-a-long-random-string, generate_a_secret_key, set-in-production
    # (and asked politely: please-generate-a-random-string, round 26)
    r"(?-i:(?:please[_\-])?(?:replace|change|generate|insert|fill|put|set|use|add|enter|create)(?:[_\-][a-z0-9]+){2,})|"
    # the secret store the value is kept in, named in its place (パスワードは ansible-vault で暗号化, key: azure-key-vault: r17)
    r"(?-i:(?:[a-z0-9]+[_\-])*(?:vault|key[_\-]?vault|keychain|kms|keepass|bitwarden|1password|lastpass|secrets?[_\-]?manager)"
    r"(?:[_\-][a-z0-9]+)*)|"
    # a lower-case phrase that says it is no secret: dev-only-not-secret, local_dev_insecure_key
    r"(?-i:(?=(?:[a-z]+[_\-])*(?:dev|local|insecure|unsafe|dummy|fake|todo|fixme|not)(?:[_\-]|$))[a-z]+(?:[_\-][a-z]+){2,})|"
    # a directory in lower case (sudo's log: PWD=/opt/backup is the working directory; round 28)
    r"(?-i:(?:/|~/|\./)[a-z0-9._\-]+(?:/[a-z0-9._\-]+)*/?)|"
    # the dotfile the secret is read from, named in its place (パスワードは .pgpass か環境変数から読む: round 34)
    r"(?-i:\.[a-z][a-z0-9_\-]*(?:\.[a-z0-9]+)?))$"
)


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


# (a policy's "Example of a strong passphrase: …", "記入例：…"; and after the value "(do not use this one)")
_EXAMPLE_CUE_BEFORE = re.compile(r"(?i)例えば|たとえば|例[:：]|悪い例|良い例|例として|for example|e\.g\.|such as|"  # (例として: r34)
                                 r"(?<![\w.\-/@])example(?: of [^:：\n]{1,30})?[ \t]*[:：]|記入例|記載例|設定例")  # (not example.com)
_EXAMPLE_CUE_AFTER = re.compile(r"[」』\"”']?[ \t]*(?:のよう|のような|などの|など|といった|みたいな|等の|"
                                r"[(（](?i:do not use|don't use|not this one)|[(（](?:これは)?(?:使わない|使用しない|使用禁止))")


def _example_value(text: str, start: int, end: int) -> bool:
    lo = text.rfind("\n", max(0, start - 40), start) + 1 or max(0, start - 40)  # the value's own line
    return (_EXAMPLE_CUE_BEFORE.search(text, max(lo, start - 40), start) is not None
            or _EXAMPLE_CUE_AFTER.match(text, end) is not None)


_BACKUP_CODE_KEY = re.compile(r"(?i)コード|code")
_DOOR_KEY = re.compile(r"解錠|開錠|入室|入館|ドア|扉|電子錠|キーボックス")
_PW_KEYS = ("pass", "pwd", "pw", "パスワード", "パスフレーズ", "暗証", "psk", "wpa", "shared", "キー", "鍵", "credential")
_PW_KEY = re.compile("|".join(map(re.escape, _PW_KEYS)))  # one search instead of ten substring tests


def _assigned_score(key: str, v: str) -> float:
    """Score of an assigned value: passwords need 6+ characters (a 4-digit 暗証番号 counts) and two
    character classes unless long; keys and tokens need 16+ characters and some entropy. 0: none."""
    if key == "パス":  # bare パス also names a path (パス：/var/log/app): only a password-looking value
        return 0.85 if _classes(v) >= 3 and not any(c in v for c in "/\\") else 0.0
    if _DOOR_KEY.search(key) is not None:  # a door's or a safe's code: digits (a closing # or *), not a blank
        d = v.rstrip("#*")
        return 0.85 if d.isdigit() and 4 <= len(d) <= 10 and len(set(d)) > 1 and d not in "0123456789" else 0.0
    if key == "暗証番号" and v.isdigit() and len(v) == 4:
        # a PIN; not a form's blank or the textbook example (0000, 1111, 1234)
        return 0.0 if len(set(v)) == 1 or v in "0123456789" else 0.85
    if _BACKUP_CODE_KEY.search(key) is not None:  # 2FA backup codes: 7384-2916, 0947 3361 …
        return 0.85 if sum(c.isdigit() for c in v) >= 6 and len(set(v)) > 2 else 0.0
    if _PW_KEY.search(key) is not None:
        if len(v) < 6 or (_NAME_LIKE.fullmatch(v) is not None and _SECRET_WORD.search(v) is not None):
            return 0.0  # (password=db_password: a variable holding it, round 30)
        return 0.0 if _classes(v) < 2 and len(v) < 10 else 0.85
    if key.replace("_", "").replace("-", "") == "appkey":  # Laravel APP_KEY=base64:…; not an app's identifier
        return 0.8 if len(v) >= 24 and _classes(v) >= 3 and _entropy(v) >= 3.5 else 0.0
    if key.endswith("secret") and len(v) >= 8 and _classes(v) >= 3:
        return 0.85  # a shared secret chosen like a password (RADIUS clients.conf: secret = Rad!us2026)
    if len(v) < 16 or _classes(v) < 2 or _entropy(v) < 3.0 or _NAME_LIKE.fullmatch(v) is not None:
        return 0.0
    if key.endswith("_key") and _SERVICE_KEY.search(key) is None and sum(c.isdigit() for c in v) < 4:
        return 0.0  # (a service's key in capitals, DEEPL_KEY: a random value, not a name such as CACHE_KEY's, round 33)
    return 0.8


_SERVICE_KEY = re.compile(r"api|secret|access|auth|app|private|master|signing|encryption|subscription")


# lower-case words joined by - _ . (a resource's name: existingSecret: yoyaku-db-secret), not a random token
_NAME_LIKE = re.compile(r"[a-z]{2,}(?:[\-_.][a-z]{2,}[0-9]{0,2})+")


_SECRET_WORD = re.compile(r"pass|pwd|secret|token|key")
_B64 = re.compile(r"[A-Za-z0-9+/]{4,}={0,2}")


def encoded_placeholder(v: str) -> bool:
    """A base64 value (a Kubernetes Secret's data:, a Basic header) that decodes to a placeholder: Y2hhbmdlbWU= is
    changeme, echo -n 'changeme' | base64 in a training's sample."""
    if len(v) % 4 or len(v) > 96 or _B64.fullmatch(v) is None:
        return False
    try:
        raw = base64.b64decode(v, validate=True).decode("ascii")
    except ValueError:  # (binascii.Error and UnicodeDecodeError are ValueErrors)
        return False
    return raw.isprintable() and PLACEHOLDER.match(raw) is not None
