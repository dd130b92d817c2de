"""One message model for every surface a blocked user sees (issue 14).

A ``Notice`` is built once per block from the verdict and the policy's ``messages`` and rendered
for each surface: an HTML page (browser navigation, refused hosts), plain text with one short line
per part (in-chat replies, SDK error JSON, WebSocket frames). Its parts, in order:

* a short headline: 「…への送信がブロックされました」 only when something was sent; for a page
  visit 「このサービスは利用できません」;
* what was found: entity TYPES and counts, never the values;
* 「入力内容は外部に送信されていません」 (when something was sent);
* the rule, in one sentence;
* what to do next (remove the data, use a 契約型 service, apply);
* contact and portal (links on the page);
* 参照番号 (the request id) and 「誤検知として報告」.

Plain Python; never imports mitmproxy. Text only from the policy (rules/policy.yaml ``messages``)
and the verdict; never a prompt or a matched value.
"""

from __future__ import annotations

import html
import urllib.parse
from dataclasses import dataclass

from gateway.model import Reason, Verdict
from gateway.rules.schema import Messages

REPORT_PATH = "/__aigw/report"
PURPOSE_PATH = "/__aigw/purpose"
CAUTION_PATH = "/__aigw/caution"

APPLY_REASONS = frozenset({Reason.NOT_APPROVED, Reason.APPROVAL_EXPIRED, Reason.UNKNOWN_USER,
                           Reason.APPROVAL_NOT_YET_VALID, Reason.PURPOSE_NOT_APPROVED, Reason.SHADOW_AI})
DATA_REASONS = frozenset({Reason.CONFIDENTIAL_DATA})
PURPOSE_REASONS = frozenset({Reason.PURPOSE_NOT_APPROVED})


@dataclass(frozen=True, slots=True)
class Notice:
    headline: str
    reason: str  # why, in the user's words (messages.reasons)
    found: str  # entity types × counts, "" when none
    not_sent: str  # 「入力内容は外部に送信されていません」 or "" (a page visit sends nothing to tell)
    rule: str  # the rule in one sentence
    steps: tuple[str, ...]  # what to do next
    contact: str
    contact_url: str | None
    portal_url: str | None
    request_id: str
    code: str  # the reason code
    report_label: str
    user: str | None = None
    purpose_link: bool = False  # offer 「利用目的を変更」 (a purpose page exists for this service)
    reportable: bool = True  # offer 「誤検知として報告」 (a block; not a failure of the service)

    # ------------------------------------------------------------------ plain text (chat, SDK, WebSocket)
    def text(self, report_url: str | None = None) -> str:
        lines = [f"【aigw】{self.headline}"]
        lines.append(f"理由: {self.reason}")
        if self.found:
            lines.append(f"検出された情報の種類: {self.found}（内容は記録していません）")
        if self.not_sent:
            lines.append(f"{self.not_sent}。")
        if self.rule and self.rule != self.reason:
            lines.append(f"ルール: {self.rule}")
        for step in self.steps:
            lines.append(f"・{step}")
        contact = f"問い合わせ先: {self.contact}"
        if self.portal_url:
            contact += f" ／ 申請・ポータル: {self.portal_url}"
        lines.append(contact)
        lines.append(f"参照番号: {self.request_id}")
        if report_url:
            lines.append(f"{self.report_label}: {report_url}")
        return "\n".join([lines[0]] + [_sentence(line) for line in lines[1:]])

    def one_line(self) -> str:
        """The text on one line (HTTP bodies read by tools that show only the first line)."""
        return " ".join(self.text().split("\n"))

    # ------------------------------------------------------------------ HTML page
    def html(self, organisation: str, *, title: str | None = None) -> bytes:
        esc = html.escape
        found = (f'<p class="found">検出された情報の種類: <strong>{esc(self.found)}</strong>'
                 "（内容は記録していません）</p>") if self.found else ""
        not_sent = f'<p class="safe">{esc(self.not_sent)}。</p>' if self.not_sent else ""
        rule = f"<p class=\"rule\">{esc(self.rule)}。</p>" if self.rule and self.rule != self.reason else ""
        steps = "".join(f"<li>{esc(s)}</li>" for s in self.steps)
        steps_html = f"<h2>次の手順</h2><ol>{steps}</ol>" if steps else ""
        contact = (f'<a href="{esc(self.contact_url)}">{esc(self.contact)}</a>' if self.contact_url
                   else esc(self.contact))
        portal = (f'<li>申請・ポータル: <a id="portal" href="{esc(self.portal_url)}">{esc(self.portal_url)}</a></li>'
                  if self.portal_url else "")
        user = f"<li>利用者: {esc(self.user)}</li>" if self.user else ""
        purpose = (f'<p><a id="change-purpose" href="{PURPOSE_PATH}">利用目的を変更する</a></p>'
                   if self.purpose_link else "")
        action = f"{REPORT_PATH}?{urllib.parse.urlencode({'id': self.request_id})}"
        report = (f'<form method="post" action="{esc(action)}" id="report">'
                  f'<button type="submit">{esc(self.report_label)}</button>'
                  "（入力内容は送られません。参照番号だけが記録されます）</form>") if self.reportable else ""
        page = f"""<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(title or self.headline)}</title>
<style>body{{font-family:system-ui,"Hiragino Sans","Yu Gothic","Noto Sans CJK JP",sans-serif;max-width:44rem;
margin:3rem auto;padding:0 1rem;color:#222;line-height:1.8}}h1{{font-size:1.4rem;border-left:.4rem solid #c0392b;
padding-left:.6rem}}h2{{font-size:1.05rem;margin-top:1.6rem}}.safe{{color:#1b5e20;font-weight:bold}}
.ref{{font-family:ui-monospace,monospace;font-size:1.1rem}}ul.meta{{padding-left:1.2rem}}
button{{margin-top:1rem;padding:.4rem 1rem}}footer{{color:#666;font-size:.85rem;margin-top:2rem}}</style>
</head><body><h1>{esc(self.headline)}</h1>
<p class="reason">{esc(self.reason)}。</p>{found}{not_sent}{rule}{steps_html}{purpose}
<h2>問い合わせ</h2><ul class="meta"><li>問い合わせ先: {contact}</li>{portal}{user}
<li>参照番号: <span class="ref" id="ref">{esc(self.request_id)}</span>（問い合わせの際にお伝えください）</li></ul>
{report}
<footer>{esc(organisation)} 生成AI利用ゲートウェイ (aigw)</footer></body></html>"""
        return page.encode("utf-8")


def _sentence(line: str) -> str:
    return line if line.endswith(("。", "）", ")", "」")) or line.startswith(("参照番号", "問い合わせ先")) \
        or "http" in line else line + "。"


def entity_summary(verdict: Verdict, messages: Messages) -> str:
    if verdict.scan is None or not (verdict.scan.findings or verdict.scan.unlisted):
        return ""
    counts = verdict.scan.entity_counts()
    return "、".join(f"{messages.entity_names.get(e, e)}×{n}" for e, n in sorted(counts.items()))


def caution_steps(token: str | None, host: str | None) -> list[str]:
    """How to go on after a caution (gateway/caution.py): remove the data, or give a justification."""
    steps = ["送信しない場合は、該当する情報を削除・匿名化してから送り直してください"]
    if token:
        steps.append(f"業務上必要な場合は、プロンプトの先頭に「#aigw-ok:{token} 理由: （送信する理由）」を付けて"
                     "送り直してください（10分間有効、理由は記録されます）")
        if host:
            steps.append(f"ブラウザーで理由を入力して続ける場合: https://{host}{CAUTION_PATH}?token={token}")
    steps.append("API から送る場合は、ヘッダー X-AIGW-Justification に理由（URL エンコード）を付けてください")
    return steps


def notice(verdict: Verdict, messages: Messages, service_name: str, request_id: str, *, sent: bool = True,
           user: str | None = None, purpose_link: bool = False, caution_token: str | None = None,
           host: str | None = None) -> Notice:
    """The message for one block. ``sent``: the user sent something (a prompt, a file, a frame);
    False for a page visit (a navigation), which is refused without anything to hold back."""
    code = verdict.reason.value
    reason = messages.reasons.get(code, code).rstrip("。")
    headline = (f"{service_name} への送信がブロックされました" if sent
                else f"{service_name} は利用できません")
    steps: list[str] = []
    if verdict.reason is Reason.CAUTION_REQUIRED:
        headline = f"{service_name} への送信前に確認してください" if sent else headline
        steps = caution_steps(caution_token, host)
    elif step := messages.next_steps.get(code):
        steps.append(step.rstrip("。"))
    if verdict.reason in DATA_REASONS | {Reason.CAUTION_REQUIRED}:
        steps.append(messages.contracted_hint.rstrip("。"))
    if verdict.reason in APPLY_REASONS and messages.how_to_apply.rstrip("。") not in steps:
        steps.append(messages.how_to_apply.rstrip("。"))
    return Notice(
        headline=headline, reason=reason, found=entity_summary(verdict, messages),
        not_sent=messages.not_sent.rstrip("。") if sent else "",
        rule=messages.rules.get(code, "").rstrip("。"), steps=tuple(steps), contact=messages.contact,
        contact_url=messages.contact_url, portal_url=messages.portal_url, request_id=request_id, code=code,
        report_label=messages.report_label, user=user, purpose_link=purpose_link or verdict.reason in PURPOSE_REASONS)


def failure_notice(code: str, messages: Messages, service_name: str, request_id: str, *,
                   reached: bool | None) -> Notice:
    """The message when the AI service failed an allowed request (``upstream_error``: DNS, refused, TLS,
    reset, no answer in time). ``reached``: False when no connection to the service was made (nothing was
    sent), True when it was (the service may have received the input), None when unknown."""
    reason = messages.reasons.get(code, code).rstrip("。")
    headline = (f"{service_name} に接続できませんでした" if reached is False
                else f"{service_name} から応答を受け取れませんでした")
    not_sent = messages.not_sent.rstrip("。") if reached is False else ""
    steps = (step.rstrip("。"),) if (step := messages.next_steps.get(code)) else ()
    return Notice(headline=headline, reason=reason, found="", not_sent=not_sent, rule="", steps=steps,
                  contact=messages.contact, contact_url=messages.contact_url, portal_url=None,
                  request_id=request_id, code=code, report_label=messages.report_label, reportable=False)


WS_CLOSE_REASON_BYTES = 123  # RFC 6455 §5.5: a control frame's payload is at most 125 bytes, 2 of them the code


def ws_message_too_big(request_id: str) -> str:
    """The reason of the close a WebSocket client gets when one of its messages went past the size limit."""
    for text in (f"送信内容が大きすぎるため送信を止めました。分けてお送りください（参照番号 {request_id}）",
                 f"送信内容が大きすぎるため止めました（参照番号 {request_id}）"):
        if len(text.encode("utf-8")) <= WS_CLOSE_REASON_BYTES:
            return text
    return f"message too big ({request_id})"[:WS_CLOSE_REASON_BYTES]


def ws_upstream_closed(service_name: str, request_id: str) -> str:
    """The reason of the close a WebSocket client gets when the service's side ended without a close frame:
    short enough for a close frame (the service name is left out when it would not fit)."""
    for text in (f"{service_name} との接続が切れました。もう一度お試しください（参照番号 {request_id}）",
                 f"AIサービスとの接続が切れました（参照番号 {request_id}）"):
        if len(text.encode("utf-8")) <= WS_CLOSE_REASON_BYTES:
            return text
    return f"upstream closed ({request_id})"[:WS_CLOSE_REASON_BYTES]


def report_url(host: str | None, request_id: str) -> str | None:
    """Where 「誤検知として報告」 goes for a text surface (the gateway answers it on the service's host)."""
    if not host:
        return None
    return f"https://{host}{REPORT_PATH}?{urllib.parse.urlencode({'id': request_id})}"
