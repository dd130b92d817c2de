import gzip
import zlib

import brotli
import pytest

from gateway.decode import BodyError, decode_content, decode_readings, zstd
from gateway.model import Reason

DATA = "個人番号".encode() * 1000


def raw_deflate(data: bytes) -> bytes:
    c = zlib.compressobj(wbits=-15)
    return c.compress(data) + c.flush()


@pytest.mark.parametrize("encoding,encode", [
    ("gzip", lambda d: gzip.compress(d, mtime=0)),
    ("deflate", zlib.compress),
    ("deflate", raw_deflate),  # raw deflate, as some clients send
    ("br", brotli.compress),
    ("zstd", zstd.compress),
    ("gzip, br", lambda d: brotli.compress(gzip.compress(d, mtime=0))),
    ("identity", lambda d: d),
    ("", lambda d: d),
], ids=["gzip", "deflate", "raw-deflate", "br", "zstd", "gzip+br", "identity", "none"])
def test_roundtrip(encoding, encode):
    assert decode_content(encode(DATA), encoding, 10**7) == DATA


@pytest.mark.parametrize("encoding,compress", [
    ("gzip", gzip.compress),
    ("br", brotli.compress),
    ("zstd", zstd.compress),
    ("deflate", zlib.compress),
])
def test_bomb_bounded(encoding, compress):
    bomb = compress(b"\0" * (20 * 1024 * 1024))
    with pytest.raises(BodyError) as ei:
        decode_content(bomb, encoding, 1024 * 1024)
    assert ei.value.reason is Reason.OVERSIZE_BODY


@pytest.mark.parametrize("encoding,data", [
    ("gzip", b"not gzip"),
    ("gzip", gzip.compress(DATA, mtime=0)[:-20]),
    ("br", b"\xff\xff\xff"),
    ("zstd", b"nope"),
    ("compress", b"x"),
])
def test_corrupt_or_unsupported(encoding, data):
    with pytest.raises(BodyError) as ei:
        decode_content(data, encoding, 10**7)
    assert ei.value.reason is Reason.UNDECODABLE_BODY


# ---------------------------------------------------------------- readings independent of labels (issue 11)
def test_every_gzip_member_is_decoded() -> None:
    body = gzip.compress("窓口の案内文です。".encode()) + gzip.compress("個人番号 1234 5678 9018".encode())
    assert decode_content(body, "gzip", 1 << 20).decode() == "窓口の案内文です。個人番号 1234 5678 9018"


def test_gzip_members_count_against_the_bound() -> None:
    member = gzip.compress(b"a" * 600)
    with pytest.raises(BodyError) as e:
        decode_content(member * 4, "gzip", 2000)
    assert e.value.reason is Reason.OVERSIZE_BODY


def test_garbage_after_gzip_is_refused() -> None:
    with pytest.raises(BodyError):
        decode_content(gzip.compress(b"hello") + b"garbage!", "gzip", 1 << 20)


@pytest.mark.parametrize("label", ["iso-8859-1", "latin-1", "windows-1252", "shift_jis", "us-ascii", None])
def test_utf8_is_read_first_whatever_the_label(label: str | None) -> None:
    text = "機密性２ 個人番号"
    readings = decode_readings(text.encode(), label)
    assert readings[0] == text
    if label in ("iso-8859-1", "latin-1"):
        assert len(readings) == 2  # the label's reading is scanned too


def test_declared_japanese_charset_when_not_utf8() -> None:
    assert decode_readings("機密性２".encode("cp932"), "shift_jis") == ("機密性２",)
    assert decode_readings("機密性２".encode("euc_jp"), None) == ("機密性２",)


def test_utf16_with_its_label_is_text_and_binary_is_not() -> None:
    assert decode_readings("個人番号".encode("utf-16"), "utf-16") == ("個人番号",)
    with pytest.raises(BodyError):
        decode_readings(b"\x00\x01\x02\xff\xfe", None)


@pytest.mark.parametrize("encoding, label", [("utf-16-be", "utf-16"), ("utf-16-le", "UTF-16"),
                                             ("utf-32-be", "utf-32"), ("utf-32-le", "utf32")])
def test_utf16_and_utf32_without_a_byte_order_mark_are_read_in_both_orders(encoding: str, label: str) -> None:
    """RFC 2781 reads an unmarked UTF-16 as big-endian, Python and Windows as little-endian: both are scanned."""
    assert "個人番号 5" in decode_readings("個人番号 5".encode(encoding), label)


@pytest.mark.parametrize("label", [None, "text/plain", "iso-2022-jp"])
def test_iso_2022_jp_is_read_whatever_the_label(label: str | None) -> None:
    """7-bit ISO-2022-JP is valid UTF-8 as escape sequences (full-width digits become #5#2…): decoded too."""
    data = "申請者の個人番号は５２６０".encode("iso2022_jp")
    assert "申請者の個人番号は５２６０" in decode_readings(data, label)
