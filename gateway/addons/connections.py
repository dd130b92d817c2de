"""One record per client connection: what the proxy layer learnt about it before its requests arrive.

Several addons need to know whether a client connection sent ``CONNECT`` (a request inside a tunnel
carries the client's own headers, which never count as the forwarder's ``X-Forwarded-For`` or as a
trusted proxy's user header). :class:`ClientConnections` keeps that once, per connection id, from the
CONNECT to ``client_disconnected``; :mod:`gateway.addons.forwarded` and
:mod:`gateway.addons.trusted_proxy` read and annotate the same :class:`ClientRecord`. It runs first in
``default_addons()`` so every later ``http_connect`` already sees ``tunnelled``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(slots=True)
class ClientRecord:
    tunnelled: bool = False  # the connection sent CONNECT: its requests are inside a tunnel
    connect_user: str | None = None  # the user header a trusted proxy set on that CONNECT (addons.trusted_proxy)
    forwarded_via: tuple[Any, ...] | None = None  # the trusted forwarder's address (addons.forwarded)


class ClientConnections:
    def __init__(self) -> None:
        self._by_id: dict[str, ClientRecord] = {}

    def get(self, conn: Any) -> ClientRecord | None:
        return self._by_id.get(conn.id)

    def record(self, conn: Any) -> ClientRecord:
        return self._by_id.setdefault(conn.id, ClientRecord())

    def tunnelled(self, conn: Any) -> bool:
        rec = self._by_id.get(conn.id)
        return rec is not None and rec.tunnelled

    def __len__(self) -> int:
        return len(self._by_id)

    def items(self) -> list[tuple[str, ClientRecord]]:
        return list(self._by_id.items())

    def http_connect(self, flow: Any) -> None:
        self.record(flow.client_conn).tunnelled = True

    def client_disconnected(self, client: Any) -> None:
        self._by_id.pop(client.id, None)
