"""Loopback upstreams that fail the way real ones do (127.0.0.1 only): a TLS server that reads a request
and then resets the connection or never answers (chosen by a marker in the request), and a server that
answers the TLS handshake with bytes that are not TLS."""

from __future__ import annotations

import socket
import ssl
import struct
import threading
from pathlib import Path

RESET = b"RESET-PROBE"
HANG = b"HANG-PROBE"


class FaultyUpstream:
    def __init__(self, cert: Path | None, key: Path | None, *, hold_seconds: float = 30.0) -> None:
        self.ctx: ssl.SSLContext | None = None
        if cert is not None and key is not None:
            self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            self.ctx.load_cert_chain(cert, key)
            self.ctx.set_alpn_protocols(["http/1.1"])
        self.hold = hold_seconds
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.received: list[bytes] = []
        self.closing = threading.Event()
        threading.Thread(target=self._serve, name="faulty-upstream", daemon=True).start()

    def _serve(self) -> None:
        while not self.closing.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, raw: socket.socket) -> None:
        raw.settimeout(10)
        try:
            if self.ctx is None:  # not TLS: the gateway's handshake fails
                raw.sendall(b"SSH-2.0-OpenSSH_9.6 not-an-https-server\r\n")
                raw.close()
                return
            conn = self.ctx.wrap_socket(raw, server_side=True)
            data = b""
            while RESET not in data and HANG not in data and len(data) < 1 << 20:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                data += chunk
            self.received.append(data)
            if HANG in data:
                self.closing.wait(self.hold)  # never answers
                conn.close()
                return
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST, not FIN
            conn.close()
        except (OSError, ssl.SSLError):
            raw.close()

    def close(self) -> None:
        self.closing.set()
        self.sock.close()


def closed_port() -> int:
    """A loopback port nobody listens on (connection refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
