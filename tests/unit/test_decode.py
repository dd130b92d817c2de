import gzip
import zlib

import brotli
import pytest

from gateway.decode import BodyError, decode_content, zstd
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
