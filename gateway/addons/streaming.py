"""Response streaming: SSE / NDJSON / gRPC answers of AI requests go through event by event,
never buffered to the end (the first token reaches the user as soon as the service sends it)."""

from __future__ import annotations

from mitmproxy import http

STREAMING_TYPES = ("text/event-stream", "application/x-ndjson", "application/jsonl", "application/grpc",
                   "application/x-protobuf", "application/connect+")


class ResponseStreaming:
    def responseheaders(self, flow: http.HTTPFlow) -> None:
        if "aigw" not in flow.metadata or flow.response is None:
            return
        if flow.response.headers.get("content-type", "").lower().startswith(STREAMING_TYPES):
            flow.response.stream = True
