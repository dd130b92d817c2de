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

from gateway.approval import approvals_for
from gateway.model import Approval, Identity, Service

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
