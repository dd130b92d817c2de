"""files/embedded.py: a data: URL's parameters are part of its content type (issue 12: a UTF-16 text part was
refused as undecodable because its charset was dropped)."""

from __future__ import annotations

import base64

import pytest

from gateway.decode import BodyError
from gateway.files.embedded import _one
from gateway.model import Segment

TEXT = "申請者の個人番号は123456789018です"


@pytest.mark.parametrize("charset", ["utf-16", "utf-16-le", "utf-16-be", "shift_jis", "utf-8"])
def test_a_data_url_in_its_declared_charset_is_read(charset) -> None:
    url = f"data:text/plain;charset={charset};base64," + base64.b64encode(TEXT.encode(charset)).decode()
    assert [s.text for s in _one(Segment("$.file", url), "file", None)] == [TEXT]


def test_utf16_without_its_charset_is_still_refused_not_guessed() -> None:
    url = "data:text/plain;base64," + base64.b64encode(TEXT.encode("utf-16-le")).decode()
    with pytest.raises(BodyError):
        _one(Segment("$.file", url), "file", None)
