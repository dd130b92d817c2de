"""ResponseStreaming: event-stream answers of AI requests are streamed, never buffered."""

from __future__ import annotations

from mitmproxy.test import tflow

from tests.unit.addons.conftest import ai_flow


async def test_streaming_response_is_streamed(gw):
    f = await gw.requestheaders(ai_flow())
    f.response = tflow.tresp()
    f.response.headers["content-type"] = "text/event-stream"
    await gw.responseheaders(f)
    assert f.response.stream is True
