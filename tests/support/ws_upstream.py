"""A fake Copilot-like WebSocket service (TLS, 127.0.0.1) that records every frame it receives and
answers each chat frame the way copilot.microsoft.com does ({"event":"received"} … "done"). A frame holding
``DROP`` makes it end the session the way a crashed service does: the TCP connection reset, no close frame."""

from __future__ import annotations

import json
import socket
import ssl
import struct
import threading
from pathlib import Path

from websockets.sync.server import ServerConnection, serve


DROP = "AIGW-TEST-DROP-SESSION"


class WsUpstream:
    def __init__(self, cert: Path, key: Path) -> None:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(cert, key)
        self.frames: list[str | bytes] = []
        self.paths: list[str] = []
        self._lock = threading.Lock()
        self._server = serve(self._handle, "127.0.0.1", 0, ssl=ctx)
        self.port = self._server.socket.getsockname()[1]
        self._thread = threading.Thread(target=self._server.serve_forever, name="ws-upstream", daemon=True)

    def _handle(self, conn: ServerConnection) -> None:
        with self._lock:
            self.paths.append(conn.request.path if conn.request else "")
        for frame in conn:
            with self._lock:
                self.frames.append(frame)
            if DROP in (frame if isinstance(frame, str) else frame.decode("utf-8", "replace")):
                conn.socket.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                conn.socket.close()  # RST, no close frame
                return
            conn.send(json.dumps({"event": "received"}))
            conn.send(json.dumps({"event": "appendText", "text": "テスト応答です。"}, ensure_ascii=False))
            conn.send(json.dumps({"event": "done"}))

    def received(self, needle: str) -> list[str | bytes]:
        with self._lock:
            return [f for f in self.frames if needle in (f if isinstance(f, str) else f.decode("utf-8", "replace"))]

    def __enter__(self) -> "WsUpstream":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
