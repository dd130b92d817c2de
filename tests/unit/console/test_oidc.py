"""gateway/console/oidc.py: the ID token checks and the state binding, table-driven (the end-to-end test with a
real provider is tests/e2e/test_console_signin_e2e.py)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey

from gateway import clock
from gateway.console.oidc import OidcClient, OidcError, Pending
from gateway.rules.schema import ConsoleOidc

ISS = "https://idp.midorino.example"
KEY = RSAKey.generate_key(2048, parameters={"kid": "k1"})
OTHER = RSAKey.generate_key(2048, parameters={"kid": "k1"})


def client(**cfg) -> OidcClient:
    c = OidcClient(ConsoleOidc(issuer=ISS, client_id="aigw-console", **cfg), Path("."))
    c._meta = {"issuer": ISS, "authorization_endpoint": ISS + "/auth", "token_endpoint": ISS + "/token",
               "jwks_uri": ISS + "/jwks"}
    c._meta_at = time.monotonic()
    c._keys = KeySet([RSAKey.import_key(KEY.as_dict(private=False))])
    return c


def token(key=KEY, alg="RS256", **over) -> str:
    now = int(clock.utcnow().timestamp())
    claims = {"iss": ISS, "sub": "s-1", "aud": "aigw-console", "iat": now, "exp": now + 300, "nonce": "n1",
              "preferred_username": "tanaka"} | over
    claims = {k: v for k, v in claims.items() if v is not None}
    return jwt.encode({"alg": alg, "kid": "k1"}, claims, key)


def test_a_good_id_token_passes() -> None:
    c = client()
    claims = c.check_id_token(token(), "n1")
    assert c.user_name(claims, None) == "tanaka"


@pytest.mark.parametrize("bad", [
    dict(aud="someone-else"), dict(iss="https://evil.example"), dict(exp=1), dict(nonce="n2"), dict(nonce=None),
    dict(sub=None), dict(exp=None), dict(aud=["aigw-console", "other"]),  # several audiences without our azp
])
def test_bad_claims_are_refused(bad: dict) -> None:
    with pytest.raises(OidcError):
        client().check_id_token(token(**bad), "n1")


def test_several_audiences_with_our_azp_pass() -> None:
    assert client().check_id_token(token(aud=["aigw-console", "other"], azp="aigw-console"), "n1")["sub"] == "s-1"


def test_signature_by_an_unpublished_key_and_hmac_are_refused() -> None:
    c = client()
    with pytest.raises(OidcError):
        c._get_json = lambda url, token=None: {"keys": []}  # type: ignore[method-assign] # a refetch finds nothing
        c.check_id_token(token(key=OTHER), "n1")
    from joserfc.jwk import OctKey

    with pytest.raises(OidcError):
        client().check_id_token(jwt.encode({"alg": "HS256"}, {"iss": ISS}, OctKey.generate_key(256)), "n1")


def test_email_claim_needs_email_verified() -> None:
    c = client(user_claim="email")
    assert c.user_name({"sub": "s", "email": "a@x", "email_verified": True}, None) == "a@x"
    with pytest.raises(OidcError):
        c.user_name({"sub": "s", "email": "a@x", "email_verified": False}, None)
    with pytest.raises(OidcError):
        c.user_name({"sub": "s", "email": "a@x"}, None)


def test_state_must_be_pending_unused_and_equal_to_the_browser_cookie() -> None:
    c = client()
    now = time.monotonic()
    c._pending["s1"] = Pending("n1", "v", "/", "http://127.0.0.1/oidc/callback", now)
    with pytest.raises(OidcError, match="state mismatch"):  # another browser's valid state (login CSRF)
        c.finish({"state": "s1", "code": "c"}, "s-other")
    with pytest.raises(OidcError, match="state mismatch"):  # single use: gone after the attempt
        c.finish({"state": "s1", "code": "c"}, "s1")
    c._pending["s2"] = Pending("n1", "v", "/", "http://127.0.0.1/oidc/callback", now - 3600)
    with pytest.raises(OidcError, match="expired"):
        c.finish({"state": "s2", "code": "c"}, "s2")


def test_scopes_need_openid() -> None:
    with pytest.raises(ValueError):
        ConsoleOidc(issuer=ISS, client_id="x", scopes=["profile"])
