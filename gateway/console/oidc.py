"""OpenID Connect sign-in for ``aigw console`` (``policy.yaml`` ``console.oidc``).

The standard authorization code flow with PKCE (S256), ``state`` and ``nonce``:

1. ``GET /oidc/login`` keeps a pending login on the server (state → nonce, PKCE verifier, next page, time),
   binds it to the browser with a short-lived cookie holding the state, and redirects to the provider;
2. ``GET /oidc/callback`` accepts only a state that is pending, unused, younger than ``PENDING_S`` and equal to
   the browser's cookie (login CSRF), exchanges the code with the verifier at the token endpoint, and checks the
   ID token: signature with the provider's published keys (asymmetric algorithms only; ``none`` and HMAC are
   refused), ``iss`` = the configured issuer, ``aud`` = our client id (``azp`` when several audiences),
   ``exp``/``iat`` with one minute of leeway on ``gateway.clock``, the ``nonce`` of this login;
3. the configured ``user_claim`` (``preferred_username``, ``email`` — only when ``email_verified`` — or
   ``sub``) is the aigw user name; when the ID token lacks it, the userinfo endpoint is asked with the access
   token and its ``sub`` must equal the ID token's. Roles come from the rules as for password sign-in.

Libraries: Authlib's OAuth 2 client (authorization URL with PKCE, code exchange with client authentication)
and joserfc (JWS/JWK/JWT validation; Authlib's maintained JOSE implementation). Every failure is a refusal
with a Japanese message and a trail line; nothing from the provider is shown to the user verbatim.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlencode

from gateway import clock

PENDING_S = 600.0
STATE_COOKIE = "aigw_console_oidc"
ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA")
TIMEOUT_S = 10.0
LEEWAY_S = 60
METADATA_TTL_S = 3600.0


class OidcError(Exception):
    """Sign-in refused (a short Japanese message / an English detail for the trail)."""

    def __init__(self, message: str, detail: str) -> None:
        super().__init__(f"{message} / {detail}")
        self.message = message
        self.detail = detail


@dataclass
class Pending:
    nonce: str
    verifier: str
    next: str
    redirect_uri: str
    created: float


class OidcClient:
    """One configured provider: metadata and keys (cached), pending logins, the code exchange and checks."""

    def __init__(self, cfg: Any, rules_dir: Path) -> None:
        self.cfg = cfg
        self.issuer = cfg.issuer
        self.secret: str | None = None
        if cfg.client_secret_file:
            p = Path(cfg.client_secret_file)
            p = p if p.is_absolute() else Path(rules_dir) / p
            self.secret = p.read_text(encoding="utf-8").strip()
        self._meta: dict[str, Any] | None = None
        self._meta_at = 0.0
        self._keys: Any = None
        self._keys_at = 0.0
        self._pending: dict[str, Pending] = {}
        self._lock = threading.Lock()

    # ------------------------------------------------------------ provider metadata and keys
    def _get_json(self, url: str, token: str | None = None) -> dict[str, Any]:
        import requests

        headers = {"Accept": "application/json"} | ({"Authorization": f"Bearer {token}"} if token else {})
        try:
            r = requests.get(url, headers=headers, timeout=TIMEOUT_S, allow_redirects=False)
            r.raise_for_status()
            data = r.json()
        except Exception as e:  # noqa: BLE001 - provider down or answering nonsense: fail closed
            raise OidcError("認証サーバーに接続できません", f"cannot read {url}: {type(e).__name__}") from None
        if not isinstance(data, dict):
            raise OidcError("認証サーバーの応答が不正です", f"{url} did not return a JSON object")
        return data

    def metadata(self) -> dict[str, Any]:
        if self._meta is None or time.monotonic() - self._meta_at > METADATA_TTL_S:
            meta = self._get_json(self.issuer.rstrip("/") + "/.well-known/openid-configuration")
            if meta.get("issuer") != self.issuer:
                raise OidcError("認証サーバーの設定が一致しません",
                                f"discovery issuer {meta.get('issuer')!r} != configured {self.issuer!r}")
            for k in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
                if not isinstance(meta.get(k), str):
                    raise OidcError("認証サーバーの設定が不完全です", f"discovery lacks {k}")
            self._meta, self._meta_at = meta, time.monotonic()
        return self._meta

    def keys(self, refresh: bool = False) -> Any:
        from joserfc.jwk import KeySet

        if self._keys is None or refresh:
            try:
                self._keys = KeySet.import_key_set(self._get_json(self.metadata()["jwks_uri"]))  # type: ignore[arg-type]
            except OidcError:
                raise
            except Exception as e:  # noqa: BLE001
                raise OidcError("認証サーバーの鍵を読めません", f"bad JWKS: {type(e).__name__}") from None
            self._keys_at = time.monotonic()
        return self._keys

    def _session(self, redirect_uri: str) -> Any:
        from authlib.integrations.requests_client import OAuth2Session

        return OAuth2Session(self.cfg.client_id, self.secret, scope=" ".join(self.cfg.scopes),
                             redirect_uri=redirect_uri, code_challenge_method="S256",
                             token_endpoint_auth_method="client_secret_basic" if self.secret else "none",
                             default_timeout=TIMEOUT_S)

    # ------------------------------------------------------------ step 1
    def begin(self, next_page: str, redirect_uri: str) -> tuple[str, str]:
        """(authorization URL, state) for a new pending login."""
        from authlib.common.security import generate_token

        meta = self.metadata()
        state, nonce, verifier = secrets.token_urlsafe(32), secrets.token_urlsafe(32), generate_token(64)
        now = time.monotonic()
        with self._lock:
            for k in [k for k, p in self._pending.items() if now - p.created > PENDING_S]:
                del self._pending[k]
            if len(self._pending) > 10_000:  # bounded: many abandoned logins drop the oldest
                for k in list(self._pending)[:1000]:
                    del self._pending[k]
            self._pending[state] = Pending(nonce, verifier, next_page, redirect_uri, now)
        url, _ = self._session(redirect_uri).create_authorization_url(
            meta["authorization_endpoint"], state=state, nonce=nonce, code_verifier=verifier)
        return url, state

    # ------------------------------------------------------------ step 2
    def finish(self, args: dict[str, str], cookie_state: str) -> tuple[str, str, dict[str, Any]]:
        """(user name, next page, claims) after every check; OidcError otherwise."""
        state = args.get("state", "")
        with self._lock:
            pending = self._pending.pop(state, None) if state else None
        if args.get("error"):
            raise OidcError("認証サーバーでサインインが完了しませんでした", f"provider error {args['error'][:64]!r}")
        if pending is None or not cookie_state or not hmac.compare_digest(state, cookie_state):
            raise OidcError("サインインの要求が一致しません。もう一度サインインしてください", "state mismatch")
        if time.monotonic() - pending.created > PENDING_S:
            raise OidcError("サインインの有効期限が切れました。もう一度サインインしてください", "state expired")
        code = args.get("code", "")
        if not code:
            raise OidcError("認証サーバーの応答が不正です", "no code")
        meta = self.metadata()
        try:
            token = self._session(pending.redirect_uri).fetch_token(
                meta["token_endpoint"], grant_type="authorization_code", code=code, code_verifier=pending.verifier)
        except Exception as e:  # noqa: BLE001 - refused code, provider down
            raise OidcError("認証サーバーでコードを確認できません", f"token endpoint: {type(e).__name__}") from None
        id_token = token.get("id_token")
        if not isinstance(id_token, str):
            raise OidcError("認証サーバーの応答に ID トークンがありません", "no id_token")
        claims = self.check_id_token(id_token, pending.nonce)
        name = self.user_name(claims, token.get("access_token"))
        return name, pending.next, claims

    def check_id_token(self, id_token: str, nonce: str) -> dict[str, Any]:
        from joserfc import jwt
        from joserfc.errors import JoseError

        try:
            try:
                tok = jwt.decode(id_token, self.keys(), algorithms=list(ALGORITHMS))
            except JoseError as e:
                if "key" not in type(e).__name__.lower() and "key" not in str(e).lower():
                    raise
                tok = jwt.decode(id_token, self.keys(refresh=True), algorithms=list(ALGORITHMS))  # key rotation
            claims = dict(tok.claims)
            jwt.JWTClaimsRegistry(
                now=int(clock.utcnow().timestamp()), leeway=LEEWAY_S,
                iss={"essential": True, "value": self.issuer}, sub={"essential": True},
                aud={"essential": True, "value": self.cfg.client_id}, exp={"essential": True},
                iat={"essential": True}, nonce={"essential": True, "value": nonce}).validate(claims)
        except OidcError:
            raise
        except (JoseError, ValueError, TypeError) as e:
            raise OidcError("ID トークンを確認できません", f"id_token refused: {type(e).__name__}: {e}"[:200]) from None
        aud = claims.get("aud")
        if isinstance(aud, list) and len(aud) > 1 and claims.get("azp") != self.cfg.client_id:
            raise OidcError("ID トークンを確認できません", "id_token refused: several audiences without our azp")
        return claims

    def user_name(self, claims: dict[str, Any], access_token: Any) -> str:
        claim = self.cfg.user_claim
        source = claims
        if claim not in claims and isinstance(access_token, str) and self.metadata().get("userinfo_endpoint"):
            source = self._get_json(self.metadata()["userinfo_endpoint"], token=access_token)
            if source.get("sub") != claims.get("sub"):
                raise OidcError("利用者情報が一致しません", "userinfo sub differs from the ID token's")
        value = source.get(claim)
        if claim == "email" and source.get("email_verified") is not True:
            raise OidcError("メールアドレスが確認されていません", "email_verified is not true")
        if not isinstance(value, str) or not value.strip() or len(value) > 128:
            raise OidcError("利用者名を決められません", f"claim {claim!r} missing")
        return value.strip()


def redirect_uri(cfg: Any, url_root: str) -> str:
    return cfg.redirect_uri or url_root.rstrip("/") + "/oidc/callback"


def continue_page(next_page: str) -> str:
    """After the provider's redirect (a cross-site navigation, which does not carry SameSite=Strict cookies),
    continue with a same-site navigation so the new session cookie is sent."""
    import html

    q = html.escape(next_page, quote=True)
    return (f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url={q}">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>aigw</title></head>'
            f'<body><p>サインインしました。<a href="{q}">続ける</a></p></body></html>')


def login_link(next_page: str) -> str:
    return "/oidc/login?" + urlencode({"next": next_page})


def register(app: Any, con: Any, safe_next: Callable[[str], str], start_session: Callable[..., Any],
             client_ip: Callable[[], str]) -> None:
    """The two routes, when ``console.oidc`` is configured."""
    from flask import Response, redirect, request

    from gateway.console import templates
    from gateway.console.auth import principal

    trail = con.trail

    def oidc() -> OidcClient | None:
        c = con.rules.policy.console.oidc
        if c is None:
            return None
        if getattr(con, "oidc", None) is None or con.oidc.cfg != c:
            con.oidc = OidcClient(c, con.cfg.rules_dir)
        return con.oidc  # type: ignore[no-any-return]

    @app.get("/oidc/login")
    def oidc_login() -> Response:
        client = oidc()
        if client is None:
            return Response(templates.simple("OpenID Connect のサインインは設定されていません"), 404)
        try:
            url, state = client.begin(safe_next(request.args.get("next", "/")),
                                      redirect_uri(client.cfg, request.url_root))
        except OidcError as e:
            trail.write(user="", action="login", method="oidc", result="failed", detail=e.detail, client_ip=client_ip())
            return Response(templates.simple(e.message), 502)
        resp = redirect(url, code=303)
        # Lax: the provider's redirect back is a cross-site top-level GET
        resp.set_cookie(STATE_COOKIE, state, httponly=True, samesite="Lax", secure=con.cfg.secure_cookies,
                        max_age=int(PENDING_S), path="/oidc/")
        return resp

    @app.get("/oidc/callback")
    def oidc_callback() -> Response:
        client = oidc()
        if client is None:
            return Response(templates.simple("OpenID Connect のサインインは設定されていません"), 404)
        try:
            name, nxt, claims = client.finish({k: request.args.get(k, "") for k in ("state", "code", "error")},
                                              request.cookies.get(STATE_COOKIE, ""))
        except OidcError as e:
            trail.write(user="", action="login", method="oidc", result="failed", detail=e.detail, client_ip=client_ip())
            resp = Response(templates.simple(e.message + "（サインイン画面からやり直してください）"), 401)
            resp.delete_cookie(STATE_COOKIE, path="/oidc/")
            return resp
        who = principal(con.rules, name)
        resp = Response(continue_page(safe_next(nxt)), mimetype="text/html")
        start_session(resp, who, method="oidc", subject=str(claims.get("sub", ""))[:128])
        resp.delete_cookie(STATE_COOKIE, path="/oidc/")
        return resp
