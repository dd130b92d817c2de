import gzip
import zlib

import brotli
import pytest

from gateway.decode import BodyError, decode_content, zstd
from gateway.model import Reason

DATA = "個人番号".encode() * 1000


@pytest.mark.parametrize("encoding,encoded", [
    ("gzip", gzip.compress(DATA)),
    ("deflate", zlib.compress(DATA)),
    ("deflate", zlib.compress(DATA, wbits=-15) if False else zlib.compressobj(wbits=-15).compress(DATA)
     + zlib.compressobj(wbits=-15).flush()),
    ("br", brotli.compress(DATA)),
    ("zstd", zstd.compress(DATA)),
    ("gzip, br", brotli.compress(gzip.compress(DATA))),
    ("identity", DATA),
    ("", DATA),
])
def test_roundtrip(encoding, encoded):
    if encoding == "deflate" and encoded[:1] != b"x":  # raw deflate from a fresh compressobj
        c = zlib.compressobj(wbits=-15)
        encoded = c.compress(DATA) + c.flush()
    assert decode_content(encoded, encoding, 10**7) == DATA


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
    ("gzip", gzip.compress(DATA)[:-20]),
    ("br", b"\xff\xff\xff"),
    ("zstd", b"nope"),
    ("compress", b"x"),
])
def test_corrupt_or_unsupported(encoding, data):
    with pytest.raises(BodyError) as ei:
        decode_content(data, encoding, 10**7)
    assert ei.value.reason is Reason.UNDECODABLE_BODY
