"""A raw HTTP/1.1 client through the gateway: CONNECT, TLS with the gateway's CA, then exactly the bytes given.

Real clients (httpx, SDKs, browsers) normalise what they send (dot segments, header case, encodings); an
attacker does not. The evasion suite sends requests byte for byte with this client.
"""

from __future__ import annotations

import base64
import socket
import ssl
from dataclasses import dataclass


@dataclass
class RawResponse:
    status: int
    headers: dict[str, str]
    body: bytes


def request(method: str, target: str, host: str, *, headers: dict[str, str] | None = None, body: bytes = b"",
            content_type: str | None = None, extra_lines: list[str] | None = None) -> bytes:
    """One HTTP/1.1 request (``Connection: close``) with a Content-Length when there is a body."""
    lines = [f"{method} {target} HTTP/1.1", f"Host: {host}"]
    if content_type:
        lines.append(f"Content-Type: {content_type}")
    for k, v in (headers or {}).items():
        lines.append(f"{k}: {v}")
    lines += extra_lines or []
    if body or method in ("POST", "PUT", "PATCH"):
        lines.append(f"Content-Length: {len(body)}")
    lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8", "surrogateescape") + body


def _read_head(sock: socket.socket | ssl.SSLSocket) -> tuple[bytes, bytes]:
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            break
        buf += chunk
    head, _, rest = buf.partition(b"\r\n\r\n")
    return head, rest


def _parse(head: bytes, body: bytes) -> RawResponse:
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ", 2)
    status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
    headers = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        headers[k.strip().lower()] = v.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        out, rest = b"", body
        while rest:
            size_line, _, rest = rest.partition(b"\r\n")
            try:
                size = int(size_line.split(b";")[0], 16)
            except ValueError:
                break
            if size == 0:
                break
            out, rest = out + rest[:size], rest[size + 2:]
        body = out
    return RawResponse(status, headers, body)


def open_tunnel(proxy_port: int, connect_host: str, *, user: str = "tanaka", password: str = "demo",
                connect_headers: dict[str, str] | None = None, timeout: float = 20) -> tuple[socket.socket, bytes, bytes]:
    """CONNECT ``connect_host``:443 through the proxy on 127.0.0.1 (no credentials when ``user`` is empty):
    the open socket, the proxy's response head and any bytes read after it. The caller closes the socket."""
    sock = socket.create_connection(("127.0.0.1", proxy_port), timeout=timeout)
    auth = f"Proxy-Authorization: Basic {base64.b64encode(f'{user}:{password}'.encode()).decode()}\r\n" \
        if user else ""
    extra = "".join(f"{k}: {v}\r\n" for k, v in (connect_headers or {}).items())
    sock.sendall(f"CONNECT {connect_host}:443 HTTP/1.1\r\nHost: {connect_host}:443\r\n{auth}{extra}\r\n".encode())
    head, rest = _read_head(sock)
    return sock, head, rest


def send(proxy_port: int, connect_host: str, raw: bytes, *, ca_file: str, user: str = "tanaka",
         password: str = "demo", connect_headers: dict[str, str] | None = None, sni: str | None = None,
         timeout: float = 20) -> RawResponse:
    """CONNECT ``connect_host``:443 through the proxy on 127.0.0.1, then send ``raw`` inside TLS."""
    sock, head, rest = open_tunnel(proxy_port, connect_host, user=user, password=password,
                                   connect_headers=connect_headers, timeout=timeout)
    try:
        resp = _parse(head, rest)
        if resp.status != 200:
            return resp
        ctx = ssl.create_default_context(cafile=ca_file)
        tls = ctx.wrap_socket(sock, server_hostname=sni or connect_host)
        tls.sendall(raw)
        data = b""
        while True:
            try:
                chunk = tls.recv(65536)
            except (ssl.SSLError, OSError):
                break
            if not chunk:
                break
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        while head[9:10] == b"1" and head[9:12] != b"101" and body:  # an interim answer (100 Continue)
            head, _, body = body.partition(b"\r\n\r\n")
        return _parse(head, body)
    finally:
        sock.close()
