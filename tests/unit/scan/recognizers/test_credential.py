import pytest

from gateway.scan.recognizers.credential import CredentialRecognizer
from tests.unit.scan._helpers import best, detect, fullwidth, zw

R = CredentialRecognizer(None)
FOUND = 0.5

CASES = [
    ("openai", 'api_key = "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z" で', True),
    ("anthropic", "sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcdef", True),
    ("aws", "AKIAQI5OGZ7KOK3ZV2MW のキー", True),
    ("google", "key=AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q", True),
    ("github", "ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8", True),
    ("slack", "xoxb-1234567890-abcdefghij", True),
    ("stripe", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", True),
    ("jwt", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", True),
    ("private_key", "-----BEGIN RSA PRIVATE KEY-----\nMIIEow...\n-----END RSA PRIVATE KEY-----", True),
    ("password_ja", "ログインID: admin01 パスワード: P@ssw0rd-2025 で入れない", True),
    ("password_assign", "password=Tr0ub4dor&3", True),
    ("password_space_ja", "ユーザー名 admin パスワード P@ssw0rd123! でログインできない", True),
    ("password_space_en", "login with password Tr0ub4dor&3 fails", True),
    ("password_space_prose", "password policy を見直したい", False),
    ("password_space_weak_word", "パスワード 変更の手順を教えて", False),
    ("connection_string", "postgres://app:S3cretPw!@db.internal:5432/app", True),
    ("ado_connection", "Server=db;User Id=sa;Password=Zx9!kQ2m;", True),
    ("full_width_password", f"パスワード：{fullwidth('ABC')}ｄｅｆ１２３", True),
    ("zero_width_key", f"{zw('AKIAQI5OGZ7KOK3ZV2MW')}", True),
    ("placeholder_env", "secret = os.getenv('API_KEY') の使い方は正しい？", False),
    ("placeholder_stars", "password: ******** を入力", False),
    ("placeholder_var", "password=${DB_PASSWORD}", False),
    ("placeholder_word", "パスワード：お客様のパスワード", False),
    ("prose_password_topic", "パスワードを忘れた場合の手順を教えて", False),
    ("no_label_short_word", "token は何ですか", False),
]


@pytest.mark.parametrize("name,text,found", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, found):
    assert (best(R, text) >= FOUND) is found


def test_span_is_the_value_for_assignments():
    [(ent, frag, _, _)] = detect(R, "password=Tr0ub4dor&3 です")
    assert frag == "Tr0ub4dor&3"


@pytest.mark.parametrize("text", [
    "パスワードは12文字以上で英大文字を含むこと",
    "パスワード：8桁以上の英数字",
    "password: str = Field(...)",
    "token = get_token()",
    "api_key = settings.API_KEY",
    "パスワードを変更してください。token は 1 時間で失効します",
])
def test_policy_sentences_are_not_credentials(text):
    assert best(R, text) < FOUND
