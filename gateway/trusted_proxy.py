"""Trusted-proxy mode: an authenticating proxy in front (Squid with Kerberos/NTLM/LDAP) passes the
authenticated user name on in ``Proxy-Authorization`` with a shared secret as the password, e.g.
Squid's ``cache_peer … login=*:SECRET``.

mitmproxy's proxyauth validators cannot express "any user, this password, only from these
addresses": ``PeerSecretValidator`` wraps the configured validator (htpasswd, LDAP, …) and also
accepts the shared secret; the addon then refuses the secret from any peer outside
``identity.trusted_proxies`` (``secret_misused``), so a client that learned the secret still
cannot name itself. Staff connecting directly keep using their own credentials.

Plain Python, no mitmproxy import.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from pathlib import Path

Validator = Callable[[str, str], bool]
MIN_SECRET_CHARS = 16


def load_secret(spec: str) -> str | None:
    """'' → None; '@/path' → the file's first line; anything else is the secret itself. ValueError when weak."""
    spec = spec.strip()
    if not spec:
        return None
    if spec.startswith("@"):
        try:
            lines = Path(spec[1:]).read_text(encoding="utf-8").splitlines()
        except OSError as e:
            raise ValueError(f"cannot read {spec[1:]}: {e.strerror or e}") from None
        spec = lines[0].strip() if lines else ""
    if len(spec) < MIN_SECRET_CHARS or ":" in spec:
        raise ValueError(f"the shared secret must have at least {MIN_SECRET_CHARS} characters and no ':'")
    return spec


def is_secret(password: str | None, secret: str | None) -> bool:
    if not secret or password is None:
        return False
    return hmac.compare_digest(password.encode("utf-8"), secret.encode("utf-8"))


class PeerSecretValidator:
    """Accepts (any user, shared secret) or whatever ``inner`` accepts. The peer check is the addon's."""

    def __init__(self, inner: Validator | None, secret: str) -> None:
        self.inner = inner
        self.secret = secret

    def __call__(self, username: str, password: str) -> bool:
        if username and is_secret(password, self.secret):
            return True
        return bool(self.inner and self.inner(username, password))


def secret_misused(proxyauth: tuple[str, str] | None, secret: str | None, peer_trusted: bool) -> bool:
    """The shared secret was presented by a peer that is not a trusted proxy."""
    return proxyauth is not None and is_secret(proxyauth[1], secret) and not peer_trusted


def via_trusted_proxy(proxyauth: tuple[str, str] | None, secret: str | None, peer_trusted: bool) -> bool:
    return proxyauth is not None and is_secret(proxyauth[1], secret) and peer_trusted
