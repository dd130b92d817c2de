"""The tests' WebSocket client: ``websockets``' sync client whose failed handshake cannot hang a test.

``websockets.sync.client.connect`` (17.x), when the opening handshake times out, closes its socket and joins
its reader thread with no timeout. Over TLS that reader can sit in a blocking ``SSLSocket.recv``: the selector
reported the socket readable (a TLS 1.3 session ticket, a partial record) and the read waits for application
data that never comes. ``close()`` of a socket another thread is reading neither wakes that read nor sends a
FIN on Linux, so the join never returns and only pytest-timeout ends the test, taking the xdist worker with
it. ``shutdown(SHUT_RDWR)`` first wakes the read at once: the handshake's ``TimeoutError`` reaches the test.

A handshake the gateway never answered (seen about once in a few full-suite runs on a loaded two-core host,
never alone) is tried once more on a new connection, and a ``GatewayHandshakeWarning`` carries where the
gateway's tasks were waiting (its SIGUSR1 dump): the run shows it, the evidence is kept, and one lost
connection does not fail an unrelated assertion.
"""

from __future__ import annotations

import socket
import urllib.parse
import warnings
from typing import Any

from websockets.sync.client import ClientConnection
from websockets.sync.client import connect as _connect


class GatewayHandshakeWarning(UserWarning):
    """A WebSocket handshake through the gateway got no answer in time; it was retried once."""


class ShutdownOnClose(ClientConnection):
    """Shut the socket down before closing it, so a reader blocked in ``recv`` wakes up."""

    def __init__(self, sock: Any, *args: Any, **kwargs: Any) -> None:
        global last_local_port
        try:
            last_local_port = sock.getsockname()[1]
        except (OSError, IndexError, AttributeError):
            last_local_port = None
        super().__init__(sock, *args, **kwargs)

    def close_socket(self) -> None:
        try:
            self.socket.shutdown(socket.SHUT_RDWR)
        except (OSError, ValueError):  # already closed or never connected
            pass
        super().close_socket()


last_local_port: int | None = None  # the local port of the last connection built (the gateway's dump lists ports)


def _gateway_dump(proxy: str | None) -> str:
    """The SIGUSR1 dump of the running test gateway listening on ``proxy``'s port ('' if none)."""
    if not proxy:
        return ""
    from tests.support.gateway import GatewayProcess

    port = urllib.parse.urlsplit(proxy).port
    for gw in list(GatewayProcess.running):
        if gw.port == port:
            dump = gw.diagnostics()
            tasks = dump.split("=== aigw diagnostics: threads ===")[0]
            return tasks[-6000:]  # (tasks and the recent connections: the threads are the same every time)
    return ""


def connect(uri: str, **kwargs: Any) -> ClientConnection:
    """``websockets.sync.client.connect`` with ``ShutdownOnClose`` (same arguments); one retry after a handshake
    that got no answer, with a ``GatewayHandshakeWarning``."""
    kwargs.setdefault("create_connection", ShutdownOnClose)
    try:
        return _connect(uri, **kwargs)
    except TimeoutError as e:
        if "handshake" not in str(e) or kwargs.get("sock") is not None:
            raise
        warnings.warn(GatewayHandshakeWarning(
            f"no answer to the WebSocket handshake for {uri} within {kwargs.get('open_timeout', 10)} s ({e}; this "
            f"client's port: {last_local_port}); retrying once. The gateway's tasks and recent connections:\n"
            f"{_gateway_dump(kwargs.get('proxy'))}"), stacklevel=2)
        return _connect(uri, **kwargs)
