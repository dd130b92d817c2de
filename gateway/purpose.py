"""利用目的 per request for browser users.

API clients state a purpose in the ``X-AIGW-Purpose`` header. A browser user with several approved
purposes for a service is asked once a day: the first page they open on the service (a top-level
navigation) is a small Japanese page served by the gateway on the service's own domain, listing
the approved purposes as links to ``/__aigw/purpose?p=…&next=…``. The gateway remembers the choice
for user × service × day (the organisation's zone, gateway.clock) in memory and never forwards that request; the next requests carry
the purpose (``purpose`` in every ``request_decided`` line). A purpose outside the approval is
refused (``purpose_not_approved``).

Plain Python: the addon turns the returned (status, headers, body) into a mitmproxy response.
"""

from __future__ import annotations

import datetime as dt
import html
import threading
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from gateway.approval import approvals_for
from gateway.model import Approval, Identity, Service
from gateway.respond import wants_html

PURPOSE_PATH = "/__aigw/purpose"


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


def choice_page(service_name: str, purposes: list[str], next_path: str, organisation: str) -> bytes:
    esc = html.escape
    items = "\n".join(
        f'<li><a class="purpose" href="{esc(PURPOSE_PATH)}?'
        f'{esc(urllib.parse.urlencode({"p": p, "next": next_path}))}">{esc(p)}</a></li>' for p in purposes)
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
<ul>
{items}
</ul>
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


def ask(memory: PurposeMemory, approvals: tuple[Approval, ...], identity: Identity, service: Service,
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
