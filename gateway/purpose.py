"""利用目的 per request for browser users.

API clients state a purpose in the ``X-AIGW-Purpose`` header, ASCII-safe: percent-encoded UTF-8
(``%E7%BF%BB%E8%A8%B3``) or RFC 8187 (``UTF-8''%E7%BF%BB%E8%A8%B3``); raw UTF-8 from clients that
send it (curl) is read too, but the Python SDKs cannot send it (``from_header``). A browser user with several approved
purposes for a service is asked once a day: the first page they open on the service (a top-level
navigation) is a small Japanese page served by the gateway on the service's own domain, listing
the approved purposes as links to ``/__aigw/purpose?p=…&next=…``. The gateway remembers the choice
for user × service × day (the organisation's zone, gateway.clock) in memory and never forwards that request; the next requests carry
the purpose (``purpose`` in every ``request_decided`` line). A purpose outside the approval is
refused (``purpose_not_approved``). ``/__aigw/purpose`` without a choice shows the page again (with
today's choice marked), so the purpose can be changed at any time; block pages link to it.
A user with several purposes who has not chosen is recorded with ``未選択`` (gateway.approval).

Plain Python: the addon turns the returned (status, headers, body) into a mitmproxy response.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import threading
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from gateway.approval import approvals_for
from gateway.model import Approval, Identity, Service
from gateway.respond import wants_html

PURPOSE_PATH = "/__aigw/purpose"
_RFC8187 = re.compile(r"(?i)^utf-8'[a-z0-9-]*'(.*)$")


def from_header(value: str | None) -> str | None:
    """The purpose an ``X-AIGW-Purpose`` header states: RFC 8187 ``UTF-8''…``, percent-encoded UTF-8,
    or raw UTF-8 (read by the proxy as Latin-1). None when absent or empty; an undecodable value is
    kept as read (it matches no approved purpose and is refused)."""
    if value is None:
        return None
    text = value.strip()
    if m := _RFC8187.match(text):
        text = m.group(1)
    if any(ord(c) > 0x7F for c in text):  # raw bytes on the wire (curl -H): the proxy read them as Latin-1
        try:
            text = text.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    if "%" in text:
        try:
            text = urllib.parse.unquote(text, errors="strict")
        except UnicodeDecodeError:
            pass  # not UTF-8: kept as read, so it matches no purpose
    return text.strip() or None


class PurposeMemory:
    """user × service × day → purpose. Only today's entries are kept (bounded by users × services)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._day: dt.date | None = None
        self._chosen: dict[tuple[str, str], str] = {}

    def get(self, user: str, service: str, day: dt.date) -> str | None:
        with self._lock:
            return self._chosen.get((user, service)) if day == self._day else None

    def set(self, user: str, service: str, day: dt.date, purpose: str) -> None:
        with self._lock:
            if day != self._day:
                self._day, self._chosen = day, {}
            self._chosen[(user, service)] = purpose


class ScopedMemory:
    """One 団体's view of the memory (tenants.yaml): the same user name in another 団体 is someone else."""

    def __init__(self, memory: PurposeMemory, tenant: str) -> None:
        self.memory, self.tenant = memory, tenant

    def get(self, user: str, service: str, day: dt.date) -> str | None:
        return self.memory.get(f"{self.tenant}:{user}", service, day)

    def set(self, user: str, service: str, day: dt.date, purpose: str) -> None:
        self.memory.set(f"{self.tenant}:{user}", service, day, purpose)


def approved_purposes(approvals: tuple[Approval, ...], identity: Identity, service: Service, today: dt.date) \
        -> list[str]:
    valid = [a for a in approvals_for(approvals, identity, service) if a.approved_on <= today <= a.expires_on]
    valid.sort(key=lambda a: (a.approved_on, a.application_id))
    return list(dict.fromkeys(p for a in valid for p in a.purposes))


def parse_choice(path: str) -> tuple[str | None, str]:
    """(purpose, where to go next) from ``/__aigw/purpose?p=…&next=…``; ``next`` stays on this site."""
    query = urllib.parse.urlsplit(path).query
    params = urllib.parse.parse_qs(query)
    purpose = (params.get("p") or [None])[0]
    nxt = (params.get("next") or ["/"])[0]
    if not nxt.startswith("/") or nxt.startswith("//") or "\\" in nxt or nxt.startswith(PURPOSE_PATH):
        nxt = "/"
    return (purpose.strip() if purpose else None), nxt


def choice_page(service_name: str, purposes: list[str], next_path: str, organisation: str,
                current: str | None = None) -> bytes:
    esc = html.escape
    items = "\n".join(
        f'<li><a class="purpose" href="{esc(PURPOSE_PATH)}?'
        f'{esc(urllib.parse.urlencode({"p": p, "next": next_path}))}">{esc(p)}</a>'
        + ('<span class="current">（現在の利用目的）</span>' if p == current else "") + "</li>" for p in purposes)
    now = (f'<p id="current">今日の利用目的: <strong>{esc(current)}</strong>。変更する場合は、下から選び直してください。</p>'
           if current else "")
    page = f"""<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>利用目的の選択 - {esc(service_name)}</title>
<style>body{{font-family:system-ui,"Hiragino Sans","Yu Gothic","Noto Sans CJK JP",sans-serif;max-width:44rem;margin:3rem auto;
padding:0 1rem;color:#222}}h1{{font-size:1.4rem;border-left:.4rem solid #1565c0;padding-left:.6rem}}
ul{{list-style:none;padding:0}}li{{margin:.6rem 0}}a.purpose{{display:block;padding:.8rem 1rem;border:1px solid #1565c0;
border-radius:.4rem;text-decoration:none;color:#0d47a1;font-size:1.1rem}}a.purpose:hover{{background:#e3f2fd}}
p{{line-height:1.8}}footer{{color:#666;font-size:.85rem;margin-top:2rem}}</style></head>
<body><h1>利用目的を選んでください</h1>
<p>{esc(service_name)} は、承認された利用目的の範囲でのみ利用できます。今日の利用目的を選んでください
（選んだ目的は今日一日、このサービスの利用記録に残ります）。</p>
{now}
<ul>
{items}
</ul>
<p>利用目的はいつでも変更できます（このサービスのページで <a id="change-purpose" href="{esc(PURPOSE_PATH)}">{esc(PURPOSE_PATH)}</a> を開く）。</p>
<footer>{esc(organisation)} ／ 生成AI利用ゲートウェイ aigw。入力した内容は、送信前に要機密情報の有無を検査します。</footer>
</body></html>"""
    return page.encode("utf-8")


def redirect(next_path: str) -> tuple[int, dict[str, str], bytes]:
    return 303, {"location": next_path, "cache-control": "no-store", "content-type": "text/plain; charset=utf-8"}, \
        "利用目的を記録しました".encode()


@dataclass(frozen=True)
class Answer:
    """A page the gateway answers itself (nothing reaches the AI service, no request_decided line)."""

    status: int
    headers: dict[str, str]
    body: bytes
    event: str = ""  # log event name (purpose_chosen, purpose_asked)
    log: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class NotApproved:
    """The purpose chosen on the page is not one the user is approved for (purpose_not_approved)."""

    purpose: str | None


def ask(memory: PurposeMemory | ScopedMemory, approvals: tuple[Approval, ...], identity: Identity, service: Service,
        today: dt.date, stated: str | None, method: str, path: str, headers: Mapping[str, str],
        organisation: str) -> Answer | NotApproved | None:
    """A browser user's daily choice of 利用目的: the choice page, the recorded choice (a redirect),
    a refused choice, or None (the request goes on to the approval check)."""
    is_choice = method == "GET" and path.startswith(PURPOSE_PATH)
    if not is_choice and (stated is not None or memory.get(identity.name, service.id, today) is not None
                          or not wants_html(method, headers.get("accept", ""), headers.get("sec-fetch-mode", ""))):
        return None
    choices = approved_purposes(approvals, identity, service, today) if identity.user else []
    if not choices:
        return None  # not approved: the normal check blocks it
    who = {"user": identity.name, "service": service.id}
    if is_choice:
        chosen, nxt = parse_choice(path)
        if chosen is None:  # /__aigw/purpose alone: the page again, to change today's purpose
            hdrs = {"content-type": "text/html; charset=utf-8", "cache-control": "no-store"}
            current = memory.get(identity.name, service.id, today)
            return Answer(200, hdrs, choice_page(service.name, choices, nxt, organisation, current),
                          "purpose_asked", {**who, "purposes": len(choices), "change": True})
        if chosen not in choices:
            return NotApproved(chosen)
        memory.set(identity.name, service.id, today, chosen)
        status, hdrs, body = redirect(nxt)
        return Answer(status, hdrs, body, "purpose_chosen", {**who, "purpose": chosen})
    if len(choices) > 1:
        hdrs = {"content-type": "text/html; charset=utf-8", "cache-control": "no-store"}
        return Answer(200, hdrs, choice_page(service.name, choices, path, organisation), "purpose_asked",
                      {**who, "purposes": len(choices)})
    return None
