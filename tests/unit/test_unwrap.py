"""gateway/unwrap.py: hidden text decoded from base64, percent-encoding and quoted-printable, bounded."""

from __future__ import annotations

import base64
import time
from urllib.parse import quote

import pytest

from gateway.model import Prompt, Segment
from gateway.unwrap import MAX_RUNS, hidden_texts, read_body

TEXT = "申請者の個人番号は526018159084です。"


@pytest.mark.parametrize("wrapped", [
    "復号して: " + base64.b64encode(TEXT.encode()).decode(),
    "url-safe: " + base64.urlsafe_b64encode(TEXT.encode()).decode().rstrip("="),
    "URL: " + quote(TEXT),
    "QP: " + "".join(f"={b:02X}" for b in TEXT.encode()),
    "twice: " + base64.b64encode(base64.b64encode(TEXT.encode())).decode(),
    "b64 of pct: " + base64.b64encode(quote(TEXT).encode()).decode(),
])
def test_hidden_text_is_found(wrapped: str) -> None:
    assert TEXT in hidden_texts(wrapped)


@pytest.mark.parametrize("plain", [
    "窓口案内文の下書きをお願いします。",
    "token sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789",
    "sha256 3f2a9c1e4b5d6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f",
    "https://example.com/path/to/some/resource_name_here",
    "CamelCaseIdentifierNameHereAndMore",
    "割引率は 50%OFF、100%達成、%d%s%x の書式",
    "=== 見出し ===  a=1 b=2",
    base64.b64encode(bytes(range(256))).decode(),  # binary, not text
])
def test_plain_text_and_binary_give_nothing(plain: str) -> None:
    assert hidden_texts(plain) == []


@pytest.mark.parametrize("adversarial", [
    ("%41" + "a" * 30) * 3000, "a" * 100_000 + "%", "%" * 100_000, "=A" * 50_000, "=41" + "a" * 100_000,
    "a" * 100_000, ("QUJD" * 4 + " ") * 6000, "%41=41" * 20_000,
])
def test_work_is_bounded_on_adversarial_input(adversarial: str) -> None:
    t0 = time.process_time()
    found = hidden_texts(adversarial)
    assert len(found) <= MAX_RUNS
    assert time.process_time() - t0 < 2.0  # linear: ~0.05 s here; a quadratic pattern takes minutes


def test_read_body_makes_the_body_readable_and_lists_its_hidden_texts_within_the_budget() -> None:
    hidden = base64.b64encode(TEXT.encode()).decode()
    body = Prompt((Segment("messages[0].content", "前置き\ud800 " + hidden), Segment("messages[1].content", "普通の文")))
    read = read_body(body)
    assert read.prompt.segments[0].text.startswith("前置き\ufffd")  # a lone surrogate reads as U+FFFD
    assert [(s.where, s.text) for s in read.decoded] == [("messages[0].content:decoded", TEXT)]
    assert read_body(body, budget=5).decoded[0].text == TEXT[:5]
    assert read_body(body, budget=0).decoded == ()


def test_a_large_body_read_in_a_worker_brings_back_the_same_hidden_texts() -> None:
    import asyncio
    import json

    from gateway import bounded, workers
    from gateway.rules.schema import Limits

    limits = Limits()
    doc = {"messages": [{"role": "user", "content": "資料です。" * 4000 + base64.b64encode(TEXT.encode()).decode()}]}
    raw = json.dumps(doc, ensure_ascii=False).encode()
    assert len(raw) > bounded.inline_body_bytes(limits)

    async def main() -> None:
        pool = workers.WorkerPool(1)
        workers.set_pool(pool)
        try:
            remote = await bounded.extract("openai_chat", raw, "", "application/json", limits, None)
        finally:
            workers.set_pool(None)
            pool.close()
        assert [s.text for s in remote.decoded] == [TEXT]
        assert remote == read_body(remote.prompt)

    asyncio.run(main())


MYNUM = "526018159084"


@pytest.mark.parametrize("hidden, found", [
    ("次を戻して: " + "".join(f"\\u{ord(c):04x}" for c in TEXT), TEXT),  # JSON / JavaScript escapes
    ('{"note": "\\u7533\\u8acb\\u8005\\u306e\\u500b\\u4eba\\u756a\\u53f7\\u306f526018159084"}',
     "申請者の個人番号は526018159084"),  # escapes, then plain digits
    ("\\ud835\\udfd3\\ud835\\udfd0", "𝟓𝟐"),  # a surrogate pair joined
    ("".join(f"\\x{b:02x}" for b in "申請".encode()), "申請"),  # escaped bytes
    ("個人番号: " + "".join(f"&#{ord(c)};" for c in MYNUM), MYNUM),  # HTML decimal entities
    ("個人番号: " + "".join(f"&#x{ord(c):x};" for c in MYNUM), MYNUM),  # HTML hex entities
    (base64.b64encode(MYNUM.encode()).decode(), MYNUM),  # a number in base64 is data, not a token
    ("個人番号 " + "".join(d + "\ufe0f\u20e3" for d in MYNUM), f"個人番号 {MYNUM}"),  # keycaps
    ("個人番号 " + "".join(d + "\u0301" for d in MYNUM), f"個人番号 {MYNUM}"),  # combining accents
])
def test_escapes_entities_and_marks_on_digits_are_read(hidden: str, found: str) -> None:
    assert any(found in h for h in hidden_texts(hidden)), hidden_texts(hidden)


@pytest.mark.parametrize("plain", ["café 12", "C:\\users\\x 5", "&amp; &lt;", "ｶﾞ 12", "が 12"])
def test_ordinary_accents_paths_and_entities_give_nothing(plain: str) -> None:
    assert hidden_texts(plain) == []


# the cheap gate before the decoders (unwrap._may_hide) never hides what hidden_texts reads: every decoder's input
# (round 14: the hook chain's gate was written before the escape, entity and marked-digit readers and dropped them)
_GATE_ROWS = [
    "個人番号は \\u0035\\u0032\\u0030\\u0037 です",
    "番号 \\x35\\x32\\x30\\x37\\x31\\x38",
    "番号 &#53;&#50;&#48;&#55;&#49;&#56;",
    "番号 &#x35;&#x32;&#x30;&#x37;",
    "番号 5\u20e32\u20e30\u20e37\u20e3",
    "番号 5\u03012\u03010\u0301",
    "番号 NTIwNzE4MzQyOTY1",
    "番号 %35%32%30%37%31%38",
    "番号 =35=32=30=37=31=38",
]


def test_gate_keeps_every_decoders_input():
    from gateway.unwrap import _may_hide, hidden_texts

    for text in _GATE_ROWS:
        assert hidden_texts(text), text
        assert _may_hide(text), text


def test_gate_is_false_on_plain_japanese():
    from gateway.unwrap import _may_hide

    assert not _may_hide("来週の会議資料を要約してください。担当は総務課です。")


# ---- round 15 (red team): hex, base32 and compressed runs; the reader's view of look-alike digits
_R15_TEXT = "申請者の個人番号は526018159084です。"


@pytest.mark.parametrize("encoded", [
    _R15_TEXT.encode().hex(),
    _R15_TEXT.encode().hex().upper(),
    " ".join(f"{b:02x}" for b in _R15_TEXT.encode()),
    ":".join(f"{b:02X}" for b in _R15_TEXT.encode()),
    __import__("base64").b32encode(_R15_TEXT.encode()).decode(),
    __import__("base64").b32encode(_R15_TEXT.encode()).decode().rstrip("="),
    __import__("base64").b64encode(__import__("gzip").compress(_R15_TEXT.encode(), mtime=0)).decode(),
    __import__("base64").b64encode(__import__("zlib").compress(_R15_TEXT.encode())).decode(),
    __import__("base64").b64encode(__import__("zlib").compress(_R15_TEXT.encode(), 1)).decode(),
    "番号 " + "".join(chr(0xE0000 + ord(c)) for c in "526018159084"),
    "番号 ➎➋➏🄋➊➑➊➎➒🄋➑➍",
])
def test_round15_encodings_are_read(encoded: str) -> None:
    from gateway.model import Segment
    from gateway.unwrap import decoded_pieces, hidden_texts

    found = hidden_texts("次を戻して要約: " + encoded)
    assert any("526018159084" in t for t in found), found
    assert decoded_pieces([Segment("$", "次を戻して要約: " + encoded)], 10_000)


@pytest.mark.parametrize("text", [
    "commit 3f786850e387550fdab836ed7e6dc881de23001b を確認",  # a hash: random bytes, not text
    "uuid 123e4567-e89b-12d3-a456-426614174000",
    "MAC 00:1a:2b:3c:4d:5e:6f:70 の端末",
    "AKIAIOSFODNN7EXAMPLE と JBSWY3DPEHPK3PXP",  # upper-case tokens: base32 of nothing readable
    "色は #ff00ff00ff00ff00 で",
    "H4sIAAAAAAAA",  # a gzip header's base64 alone (truncated stream)
])
def test_round15_decoders_leave_tokens_alone(text: str) -> None:
    from gateway.unwrap import hidden_texts

    assert not [t for t in hidden_texts(text) if any(c.isdigit() for c in t) and "番号" in t]
    assert all(len(t) < 200 for t in hidden_texts(text))


def test_round15_inflation_is_bounded() -> None:
    import base64
    import zlib

    from gateway.unwrap import _ZLIB_OUT, hidden_texts

    bomb = base64.b64encode(zlib.compress(b"a " * (8 << 20))).decode()
    assert all(len(t) <= _ZLIB_OUT for t in hidden_texts(bomb))


def test_round15_decoys_never_push_the_real_run_out() -> None:
    """70 readable decoy runs before the real one in one text; 400 K of decoys in other pieces before it."""
    from gateway.unwrap import MAX_EXTRA_CHARS

    secret = base64.b64encode(_R15_TEXT.encode()).decode()
    decoys = " ".join(base64.b64encode(f"資料{i}の件名です".encode()).decode() for i in range(70))
    assert any("526018159084" in t for t in hidden_texts(decoys + " " + secret))
    pad = " ".join(base64.b64encode(("議事録の抜粋" * 30 + str(i)).encode()).decode() for i in range(1500))
    assert len(pad) > MAX_EXTRA_CHARS
    read = read_body(Prompt((Segment("$.a", pad), Segment("$.b", "添付: " + secret))))
    assert any("526018159084" in s.text for s in read.decoded)


# --- round 40: mail bodies pasted raw (a .eml): MIME blocks read whole, Japanese mail charsets -------------------

MAIL = "山田太郎様（1985年4月3日生）の件です。ABC test 123 電話090-1234-5678、うつ病で休職中です。" * 2


def _mime(body: str, charset: str, cte: str) -> str:
    from email.charset import BASE64, QP, Charset
    from email.mime.text import MIMEText
    cs = Charset(charset)
    cs.body_encoding = BASE64 if cte == "base64" else QP
    msg = MIMEText("", "plain")
    msg.set_payload(body, cs)
    return "このメールを要約して\n\n" + msg.as_string()


@pytest.mark.parametrize(("charset", "cte"), [
    ("utf-8", "base64"), ("utf-8", "quoted-printable"), ("shift_jis", "base64"), ("euc-jp", "base64"),
    ("iso-2022-jp", "base64"), ("iso-2022-jp", "quoted-printable"),
])
def test_a_mime_body_is_read_whole_in_its_charset(charset: str, cte: str) -> None:
    # a body's line of 76 characters can cut a character's bytes in two: read line by line, half of it was lost
    assert MAIL in hidden_texts(_mime(MAIL, charset, cte))


def test_iso_2022_jp_as_it_travels_is_read_with_its_ascii() -> None:
    raw = "From: a@example.jp\n\n" + MAIL.encode("iso-2022-jp").decode("ascii") + "\n-- \nsig"
    assert MAIL in hidden_texts(raw)


def test_an_encoded_subject_is_read() -> None:
    from email.header import Header
    for cs in ("utf-8", "iso-2022-jp"):
        assert "山田太郎の休職について" in hidden_texts("Subject: " + Header("山田太郎の休職について", cs).encode())


@pytest.mark.parametrize("plain", [
    "\n".join(["QUJDREVGR0hJSktMTU5PUFFSU1RVVldY" * 2] * 3 + ["Thanks"]),  # ASCII letters in base64: a token block
    base64.encodebytes(bytes((i * 89 + 7) % 256 for i in range(600))).decode(),  # a binary attachment's lines
    "Regards\nTanaka Taro\nGeneral Affairs Division\nExtension 1234",
    "a = 1 + 2\nb = 3 =\nc = 4",
])
def test_lines_that_are_no_mime_text_give_nothing(plain: str) -> None:
    assert hidden_texts(plain) == []


def test_a_bad_mime_block_falls_back_to_its_lines() -> None:
    line = base64.b64encode(TEXT.encode()).decode()
    assert TEXT in hidden_texts(line + "\n" + "#" * 20 + "\n" + line[:30])  # not one block: each run is still read


@pytest.mark.parametrize("adversarial", [
    ("QUJD" * 19 + "\n") * 20_000, ("=E3" * 25 + "=\n") * 20_000, ("\x1b$B" + "A" * 60 + "\n") * 20_000,
    "=" * 100_000 + "\n" + "=E3" * 10, ("QUJDQUJDQUJDQUJD\nQUJD\n\n" * 8_000),  # (many small blocks: one search each)
    ("5bGx55Sw5aSq6YOO5qeY\n5bGx55Sw\n\n" * 8_000),
])
def test_mime_blocks_are_bounded(adversarial: str) -> None:
    t0 = time.process_time()
    hidden_texts(adversarial)
    assert time.process_time() - t0 < 4.0  # linear
