"""Coaching: the ``caution`` step for findings below block level (issue 14).

When the scanner says *warn* (an entity configured ``alone: warn`` in detectors.yaml, per service
there too) and the policy maps warn to ``caution`` (``scan_warn: caution``, or per service in
``scan_warn_by_service``), the request is held (reason ``caution_required``, nothing is sent) and
the user is told why and how to go on with a justification (理由):

* in a chat app: resend the prompt with the confirmation token in it, ``#aigw-ok:K7F3Q2 理由: …``;
* in a browser: open ``/__aigw/caution?token=K7F3Q2`` on the service's host and submit the form;
* from an API client: the header ``X-AIGW-Justification`` (percent-encoded or RFC 8187 UTF-8).

A token is issued for one user × service, lives ``TOKEN_TTL`` seconds and is used once. The
request that goes on is logged ``action: warn``, ``reason: caution_confirmed`` with the
justification **scanned and stored masked** (``justification`` field; entity types in brackets).
Plain Python: the pipeline and ``gateway.addons.caution`` call it.
"""

from __future__ import annotations

import re
import secrets
import threading
import time
from dataclasses import dataclass

from gateway.messages import CAUTION_PATH
JUSTIFICATION_HEADER = "X-AIGW-Justification"
TOKEN_TTL = 600  # seconds
MAX_JUSTIFICATION = 200  # characters kept (after masking)
MAX_TOKENS = 10_000  # bound on the store (oldest dropped)
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed back
TOKEN_RE = re.compile(r"#aigw-ok[:：]\s*([A-Za-z0-9]{6})[ \t　]*(?:理由[:：])?[ \t　]*([^\r\n]*)")


@dataclass
class Pending:
    user: str
    service: str
    expires: float
    justification: str | None = None  # set when confirmed on the browser form (already masked)


@dataclass(frozen=True, slots=True)
class Confirmation:
    token: str | None
    justification: str  # as the user wrote it (scanned and masked before it is stored)
    channel: str  # prompt | form | header


class CautionTokens:
    """Issued tokens: token → user × service, expiry, and a justification once the form confirmed it."""

    def __init__(self, clock: object = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._now = clock
        self._tokens: dict[str, Pending] = {}

    def issue(self, user: str, service: str) -> str:
        token = "".join(secrets.choice(_ALPHABET) for _ in range(6))
        with self._lock:
            self._expire()
            while len(self._tokens) >= MAX_TOKENS:
                self._tokens.pop(next(iter(self._tokens)))
            self._tokens[token] = Pending(user, service, self._now() + TOKEN_TTL)  # type: ignore[operator]
        return token

    def valid(self, token: str, user: str, service: str) -> bool:
        with self._lock:
            self._expire()
            p = self._tokens.get(token.upper())
            return p is not None and p.user == user and p.service == service

    def confirm(self, token: str, user: str, service: str, masked: str) -> bool:
        """The browser form: the token's justification is recorded; the next held request goes on."""
        with self._lock:
            self._expire()
            p = self._tokens.get(token.upper())
            if p is None or p.user != user or p.service != service:
                return False
            p.justification = masked
            return True

    def take(self, user: str, service: str, text: str, header: str | None) -> Confirmation | None:
        """How this request goes on, if it does: a token in the prompt, a confirmed form, or the header.
        A token is consumed when used."""
        if header and header.strip():
            return Confirmation(None, header.strip(), "header")
        found = TOKEN_RE.search(text)
        with self._lock:
            self._expire()
            if found:
                token, why = found.group(1).upper(), found.group(2).strip()
                p = self._tokens.get(token)
                if p is not None and p.user == user and p.service == service and (why or p.justification):
                    del self._tokens[token]
                    return Confirmation(token, why or p.justification or "", "prompt" if why else "form")
            for token, p in list(self._tokens.items()):  # confirmed on the form: the resent prompt goes on
                if p.user == user and p.service == service and p.justification:
                    del self._tokens[token]
                    return Confirmation(token, p.justification, "form")
        return None

    def _expire(self) -> None:
        now = self._now()  # type: ignore[operator]
        for token in [t for t, p in self._tokens.items() if p.expires < now]:
            del self._tokens[token]


def mask(text: str, spans: list[tuple[int, int, str]]) -> str:
    """``text`` with each finding's span replaced by its entity type in brackets, then bounded."""
    out, last = [], 0
    for start, end, entity in sorted(spans):
        if start < last:
            continue
        out.append(text[last:start])
        out.append(f"[{entity}]")
        last = end
    out.append(text[last:])
    masked = "".join(out)
    return masked if len(masked) <= MAX_JUSTIFICATION else masked[:MAX_JUSTIFICATION] + "…"


def _page(title: str, inner: str, organisation: str) -> bytes:
    import html

    esc = html.escape
    return f"""<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(title)}</title>
<style>body{{font-family:system-ui,"Hiragino Sans","Yu Gothic","Noto Sans CJK JP",sans-serif;max-width:44rem;
margin:3rem auto;padding:0 1rem;color:#222;line-height:1.8}}h1{{font-size:1.4rem;border-left:.4rem solid #e69500;
padding-left:.6rem}}textarea{{width:100%;font-size:1rem}}button{{margin-top:.6rem;padding:.4rem 1rem}}
footer{{color:#666;font-size:.85rem;margin-top:2rem}}</style></head><body><h1>{esc(title)}</h1>{inner}
<footer>{esc(organisation)} 生成AI利用ゲートウェイ (aigw)</footer></body></html>""".encode("utf-8")


def form_page(token: str, service_name: str, organisation: str, valid: bool) -> bytes:
    import html
    import urllib.parse

    esc = html.escape
    if not valid:
        return _page("確認の有効期限が切れています", "<p>この確認番号は使えません（10分間有効、1回限り）。"
                     "もう一度送信すると、新しい確認番号が表示されます。</p>", organisation)
    action = f"{CAUTION_PATH}?{urllib.parse.urlencode({'token': token})}"
    return _page("送信の理由を入力してください", f"""<p>{esc(service_name)} への送信に、注意が必要な情報が含まれている可能性があります。"""
                     f"""業務上必要な場合は、理由を入力してください。理由は記録されます（個人情報などは書かないでください）。</p>
<form method="post" action="{esc(action)}" id="caution"><label for="j">送信する理由</label>
<textarea id="j" name="j" rows="3" maxlength="{MAX_JUSTIFICATION}" required></textarea>
<button type="submit">理由を記録して続ける</button></form>
<p>送信しない場合は、このページを閉じて、該当する情報を削除してから送り直してください。</p>""", organisation)


def done_page(organisation: str, ok: bool, blocked: bool = False) -> bytes:
    if blocked:
        return _page("理由に要機密情報が含まれています", "<p>理由の欄には個人情報や機密情報を書かないでください。"
                     "入力し直してください。</p>", organisation)
    if not ok:
        return form_page("", "", organisation, False)
    return _page("理由を記録しました", "<p>アプリの画面に戻り、同じ内容をもう一度送信してください"
                 "（10分以内、1回限り）。</p>", organisation)
