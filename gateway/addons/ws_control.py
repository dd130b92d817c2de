"""WebSocket control frames never carry a client's bytes to a service (round 15 red team).

mitmproxy relays ping, pong and close frames as they are, outside the ``websocket_message`` hook: a client could
send any amount of text in ping payloads (125 bytes each, as many as it likes), in unsolicited pongs, or in its
close reason, and none of it was scanned. On the way to the service (``gateway.addons.mitm_errors.ws_send2``):

- a client's ping goes on with a token of the gateway's (``aigw`` + a counter) instead of its payload; the
  service's pong to that token comes back to the client with the client's own payload, so keep-alive checks
  that match pong to ping still work;
- a client's pong goes on with its payload only when that payload is one the service pinged (the answer the
  protocol asks for), empty otherwise;
- a client's close keeps its code; its reason is left out.

Each withheld payload is logged as ``websocket_control_withheld`` (kind and size, never the bytes). The memory
is bounded (``KEEP`` outstanding pings each way).
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from typing import Any

from wsproto.events import CloseConnection, Ping, Pong

KEEP = 4096


class ControlFrames:
    def __init__(self, keep: int = KEEP) -> None:
        self.keep = keep
        self._tokens: OrderedDict[bytes, bytes] = OrderedDict()  # our ping token -> the client's payload
        self._service_pings: OrderedDict[bytes, None] = OrderedDict()  # payloads the service pinged
        self._count = itertools.count(1)

    def _remember(self, memory: OrderedDict, key: bytes, value: Any) -> None:
        memory[key] = value
        while len(memory) > self.keep:
            memory.popitem(last=False)

    def to_service(self, event: Any) -> tuple[Any, str | None, int]:
        """The event as it goes to the service, what was withheld (a kind or None) and how many bytes."""
        if isinstance(event, Ping) and event.payload:
            token = b"aigw%d" % next(self._count)
            self._remember(self._tokens, token, bytes(event.payload))
            return Ping(payload=token), "ping", len(event.payload)
        if isinstance(event, Pong) and event.payload:
            if self._service_pings.pop(bytes(event.payload), False) is None:
                return event, None, 0  # the answer to the service's own ping
            return Pong(payload=b""), "pong", len(event.payload)
        if isinstance(event, CloseConnection) and event.reason:
            return CloseConnection(code=event.code, reason=None), "close_reason", len(event.reason.encode())
        return event, None, 0

    def to_client(self, event: Any) -> Any:
        """The event as it goes to the client: a pong to our token carries the client's payload again."""
        if isinstance(event, Ping) and event.payload:
            self._remember(self._service_pings, bytes(event.payload), None)
        elif isinstance(event, Pong) and (payload := self._tokens.pop(bytes(event.payload), None)) is not None:
            return Pong(payload=payload)
        return event


CONTROL = ControlFrames()
