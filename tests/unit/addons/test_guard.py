"""OptionGuard: options that would let a prompt leave unscanned are refused."""

from __future__ import annotations

import pytest
from mitmproxy import exceptions


def test_refuses_stream_large_bodies(gw):
    with pytest.raises(exceptions.OptionsError, match="stream_large_bodies"):
        gw.configure(stream_large_bodies="1m")
