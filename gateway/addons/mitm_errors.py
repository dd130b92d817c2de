"""The one place aigw replaces part of mitmproxy's internals: the answer mitmproxy writes itself when it
cannot complete a request (the upstream failed: 502; a body over ``body_size_limit``: 413).

mitmproxy 12 has no public way to replace that answer. The public ``error`` hook runs first and has the
flow, but a response set there is ignored (mitmproxy PR #7999, "allow error hook to override 502
responses", is open; issue #4854 asks for the same). So ``gateway.addons.error_pages`` prepares the answer
in the ``error`` hook, and the two module-level functions mitmproxy calls right after it — looked up by
name at call time — are wrapped here to hand it out:

- ``mitmproxy.proxy.layers.http._http1.make_error_response(status_code, message) -> bytes``: the whole
  HTTP/1.1 answer (status line, headers, body);
- ``mitmproxy.proxy.layers.http._http2.format_error(status_code, message) -> bytes``: the body of the
  HTTP/2 answer (mitmproxy writes its headers: ``:status`` and ``content-type: text/html``).

And the WebSocket close a client gets when the service's side of a session ends without a close frame (reset,
crash, network): mitmproxy relays wsproto's ``1006`` (abnormal closure), which wsproto may not send and turns
into ``1000`` — a *normal* closure, so the client believes the session ended as it should.
``mitmproxy.proxy.layers.websocket.WebsocketConnection.send2(self, event)`` is wrapped (:func:`install_ws_close`)
so that close, on its way to the client, carries ``1014`` (bad gateway) and a short Japanese reason instead.

And the size of a client's WebSocket message: mitmproxy gathers every frame of a message in memory before the
``websocket_message`` hook runs (a 48 MB message cost 300 MB). ``WebsocketConnection.events(self)`` is wrapped
(:func:`install_ws_close` too) to count a client message's bytes as wsproto hands them out (after any
permessage-deflate): past the session's limit the message ends there — a close ``1009`` (message too big) with a
Japanese reason goes to the client, the service gets a plain close, nothing of the message is forwarded, and the
session's ``request_decided`` line says ``oversize_body``.

:func:`install` checks both names and signatures first; when a mitmproxy upgrade moved them it changes
nothing, returns False (the addon logs ``error_pages_unavailable``) and mitmproxy's own pages stay.
``tests/unit/addons/test_mitm_errors.py`` pins the names, so an upgrade fails there first.

And a connection a layer closes itself: ``ConnectionHandler.close_connection`` cancels the connection's reading
task, and ``handle_connection`` expects that cancellation at its read or drain; when the task is instead waiting
for the event lock (another connection's event is being handled — e.g. the service's side closing at the same
moment), the cancellation escapes, the transport is never dropped and the socket never closed. A client whose
WebSocket message went over the limit then waited for its ``1009`` close until its own keepalive (about 20 s).
``close_connection`` is wrapped (:func:`install_connection_close`): when the connection's task ends with the
connection still in ``transports``, it is dropped and its socket half-closed, then closed once the peer is done or
after ``LINGER_S`` seconds (so a close frame already written is not lost to a reset). Only closes pass through the
wrapper: nothing is added on the way of the data.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any

from mitmproxy import connection, http
from mitmproxy.net.http import http1
from mitmproxy.proxy import commands, events, server
from mitmproxy.proxy.layers import websocket as _websocket
from mitmproxy.proxy.layers.http import _http1, _http2
from mitmproxy.proxy.layers.http._base import ReceiveHttp
from wsproto.events import CloseConnection, Message

from gateway.addons import ws_control
from gateway.logging import get_logger
from wsproto.frame_protocol import CloseReason

# (status, message) -> (status, headers, body) of the answer to send, or None for mitmproxy's own page
Answer = Callable[[int, str], "tuple[int, dict[str, str], bytes] | None"]

_ORIGINAL: dict[str, Any] = {}
_answer: Answer | None = None


def _signature_ok(fn: Any, names: tuple[str, str] = ("status_code", "message")) -> bool:
    """``fn`` takes ``names`` as its first two parameters (what aigw's wrapper passes on)."""
    try:
        return tuple(inspect.signature(fn).parameters)[:2] == names
    except (TypeError, ValueError):
        return False


def available() -> bool:
    """mitmproxy still has both functions, with the expected parameters."""
    return all(_signature_ok(_ORIGINAL.get(n) or getattr(m, n, None))
               for m, n in ((_http1, "make_error_response"), (_http2, "format_error")))


def make_error_response(status_code: int, message: str = "") -> bytes:
    got = _answer(status_code, message) if _answer is not None else None
    if got is None:
        return _ORIGINAL["make_error_response"](status_code, message)
    status, headers, body = got
    return http1.assemble_response(http.Response.make(status, body, {**headers, "connection": "close"}))


def format_error(status_code: int, message: str) -> bytes:
    got = _answer(status_code, message) if _answer is not None else None
    return got[2] if got is not None else _ORIGINAL["format_error"](status_code, message)


def install(answer: Answer) -> bool:
    """Route mitmproxy's own error answers through ``answer``. False (nothing changed) if unavailable."""
    global _answer
    if not available():
        return False
    _ORIGINAL.setdefault("make_error_response", _http1.make_error_response)
    _ORIGINAL.setdefault("format_error", _http2.format_error)
    _answer = answer
    _http1.make_error_response = make_error_response
    _http2.format_error = format_error
    install_trailers()
    install_connection_close()
    return True


def uninstall() -> None:
    global _answer
    _answer = None
    if "make_error_response" in _ORIGINAL:
        _http1.make_error_response = _ORIGINAL.pop("make_error_response")
    if "format_error" in _ORIGINAL:
        _http2.format_error = _ORIGINAL.pop("format_error")
    if "read_body" in _ORIGINAL:
        _http1.Http1Connection.read_body = _ORIGINAL.pop("read_body")
    if "close_connection" in _ORIGINAL:
        server.ConnectionHandler.close_connection = _ORIGINAL.pop("close_connection")


# ---------------------------------------------------------------- HTTP/1 trailers: a protocol error, not a crash
def read_body(self: Any, event: Any) -> Any:
    """``Http1Connection.read_body``: mitmproxy 12 raises ``NotImplementedError`` on a chunked body with trailers,
    which kills the connection's layer (no hook runs, no audit line, the client waits). Here it is what an h11
    protocol error is: the connection closed and the flow failed (``error`` hook: audited, never forwarded)."""
    try:
        return (yield from _ORIGINAL["read_body"](self, event))
    except NotImplementedError as e:
        yield commands.CloseConnection(self.conn)
        yield ReceiveHttp(self.ReceiveProtocolError(self.stream_id, f"HTTP/1 protocol error: {e}",
                                                           code=self.ReceiveProtocolError.code))


def install_trailers() -> bool:
    """Wrap ``Http1Connection.read_body`` (above). False (nothing changed) when mitmproxy moved it."""
    cls = getattr(_http1, "Http1Connection", None)
    if not _signature_ok(_ORIGINAL.get("read_body") or getattr(cls, "read_body", None), ("self", "event")):
        return False
    _ORIGINAL.setdefault("read_body", cls.read_body)
    cls.read_body = read_body
    return True


# ---------------------------------------------------------------- a connection closed while its task waited
LINGER_S = 2.0  # after a close the gateway decided: read and discard the peer's input this long, then close
LINGER_BYTES = 8 * 1024 * 1024  # ... or until this much was discarded
_lingering: set[asyncio.Task[None]] = set()


async def _linger_close(reader: Any, writer: Any) -> None:
    """Half-close ``writer``'s socket, then close it once the peer stops sending (EOF), after ``LINGER_S`` or
    ``LINGER_BYTES``: what was written (a close frame, an error answer) reaches the peer instead of being lost to a
    reset."""
    discarded = 0
    try:
        if writer.can_write_eof():
            writer.write_eof()  # our side is done: the peer sees the end at once and closes its own
        async with asyncio.timeout(LINGER_S):
            while discarded < LINGER_BYTES and (data := await reader.read(65536)):
                discarded += len(data)
    except (TimeoutError, OSError, ValueError):
        pass
    finally:
        try:
            writer.close()
        except OSError:
            pass


def close_connection(self: Any, conn: Any, half_close: bool = False) -> None:
    """``ConnectionHandler.close_connection``: as mitmproxy's, and once the connection's task has ended, a connection
    its own path did not finish (still in ``transports``: the cancellation escaped) is dropped and its socket closed.
    (Asked only when a connection closes: no cost on the way of its data.)"""
    _ORIGINAL["close_connection"](self, conn, half_close)
    io = self.transports.get(conn)
    if conn.state is connection.ConnectionState.CLOSED and io is not None and io.handler is not None:
        io.handler.add_done_callback(lambda _task, h=self, c=conn: _finish(h, c))


def _finish(handler: Any, conn: Any) -> None:
    io = handler.transports.pop(conn, None)  # (gone when mitmproxy's own path ran: nothing to do)
    if io is None or io.writer is None:
        return
    if io.reader is None:
        io.writer.close()
        return
    closing = asyncio.get_running_loop().create_task(_linger_close(io.reader, io.writer))
    _lingering.add(closing)
    closing.add_done_callback(_lingering.discard)


def install_connection_close() -> bool:
    """Wrap ``ConnectionHandler.close_connection`` (above). False (nothing changed) when mitmproxy moved it."""
    cls = getattr(server, "ConnectionHandler", None)
    if not _signature_ok(_ORIGINAL.get("close_connection") or getattr(cls, "close_connection", None),
                         ("self", "connection")):
        return False
    _ORIGINAL.setdefault("close_connection", cls.close_connection)
    cls.close_connection = close_connection
    return True


# ---------------------------------------------------------------- WebSocket: the service's side ended abnormally
# client connection id -> (close code, reason) for the client, or None to relay as mitmproxy does
WsClose = Callable[[str], "tuple[int, str] | None"]
_ws_close: WsClose | None = None


# client connection id -> the largest message the client may send in that session (bytes), or None for no limit;
# and, once exceeded: (client connection id, bytes so far) -> (close code, reason) for the client
class WsLimits:
    def message_limit(self, client_id: str) -> int | None: ...

    def message_too_big(self, client_id: str, size: int) -> tuple[int, str]: ...


_ws_limits: WsLimits | None = None


def ws_events(self: Any) -> Any:
    """``WebsocketConnection.events``: a client message over its session's limit ends in a ``1009`` close; a
    message's pieces are gathered in place."""
    events = _ORIGINAL["ws_events"](self)
    client = _ws_limits is not None and isinstance(self.conn, connection.Client)
    for event in events:
        if isinstance(event, Message) and type(self.frame_buf[-1]) is bytes:
            # mitmproxy appends each piece with ``frame_buf[-1] += data``: on bytes that copies the whole frame
            # every time (a 32 MB frame in 64 KB reads: gigabytes copied on the event loop); in place on a bytearray
            self.frame_buf[-1] = bytearray(self.frame_buf[-1])
        if client and isinstance(event, Message):
            data = event.data
            size = getattr(self, "_aigw_message_bytes", 0) + (len(data.encode("utf-8", "surrogatepass"))
                                                             if isinstance(data, str) else len(data))
            assert _ws_limits is not None
            limit = _ws_limits.message_limit(self.conn.id)
            if limit is not None and size > limit:
                self.frame_buf = [b""]  # what was gathered is never sent
                self._aigw_message_bytes = 0
                code, reason = _ws_limits.message_too_big(self.conn.id, size)
                yield CloseConnection(code=code, reason=reason)
                return
            self._aigw_message_bytes = 0 if event.message_finished else size
        yield event


def ws_send2(self: Any, event: Any) -> Any:
    """``WebsocketConnection.send2``: an abnormal closure relayed to the client becomes ``_ws_close``'s close; a
    control frame's payload never goes from a client to a service (``gateway.addons.ws_control``)."""
    if isinstance(self.conn, connection.Server):
        event, withheld, size = ws_control.CONTROL.to_service(event)
        if withheld is not None:
            get_logger().warning("websocket_control_withheld", kind=withheld, bytes=size)
    else:
        event = ws_control.CONTROL.to_client(event)
    if (_ws_close is not None and isinstance(event, CloseConnection) and event.code == CloseReason.ABNORMAL_CLOSURE
            and isinstance(self.conn, connection.Client)):
        got = _ws_close(self.conn.id)
        if got is not None:
            event = CloseConnection(code=got[0], reason=got[1])
    return _ORIGINAL["ws_send2"](self, event)


def install_ws_close(close: WsClose, limits: WsLimits | None = None) -> bool:
    """Route the client's close after an abnormal end of the service's side through ``close``, and bound a
    client's messages by ``limits``. False (nothing changed) when mitmproxy no longer has
    ``WebsocketConnection.send2(self, event)`` and ``events(self)``."""
    global _ws_close, _ws_limits
    cls = getattr(_websocket, "WebsocketConnection", None)
    if not (_signature_ok(_ORIGINAL.get("ws_send2") or getattr(cls, "send2", None), ("self", "event"))
            and tuple(inspect.signature(_ORIGINAL.get("ws_events") or cls.events).parameters) == ("self",)
            and "frame_buf" in getattr(cls, "__annotations__", {})):
        return False
    _ORIGINAL.setdefault("ws_send2", cls.send2)
    _ORIGINAL.setdefault("ws_events", cls.events)
    _ws_close, _ws_limits = close, limits
    cls.send2 = ws_send2
    cls.events = ws_events
    install_connection_close()
    return True


def uninstall_ws_close() -> None:
    global _ws_close, _ws_limits
    _ws_close = _ws_limits = None
    if "ws_send2" in _ORIGINAL:
        _websocket.WebsocketConnection.send2 = _ORIGINAL.pop("ws_send2")
    if "ws_events" in _ORIGINAL:
        _websocket.WebsocketConnection.events = _ORIGINAL.pop("ws_events")
    if "close_connection" in _ORIGINAL:
        server.ConnectionHandler.close_connection = _ORIGINAL.pop("close_connection")

