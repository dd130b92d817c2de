"""Evasion suite: nothing reaches an AI service unscanned or unapproved (issue 11).

Every attack is sent byte for byte (tests/support/rawproxy.py) through a real ``aigw run`` to the fake upstream
on 127.0.0.1, carrying planted confidential data (a valid 個人番号, a 機密性２ marking, a cloud access key, a
name + address + phone) — or, for the path and authority classes, aimed at a refused path — and is paired with
a clean control of the same shape that must pass. Three surfaces are checked:

- the upstream: an attack never arrives (each request carries a nonce in its User-Agent); a control arrives;
- the audit line: exactly one ``request_decided`` per request, ``block`` for an attack, ``allow``/``warn``
  for a control, never containing the planted value;
- the client: a control gets the upstream's answer.

Classes (see issue 11): 1 path normalisation, 2 authority bound to the connection, 3 bodies read whatever the
label, 4 carriers (query, path, methods, headers, JSON keys and numbers, skipped keys, encoded text),
5 split content, 8 secrets in logs, plus text obfuscation (separators, widths, kanji numerals, zero-width
characters, spellings of labels and markings).
"""

from __future__ import annotations

import base64
import gzip
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.support import rawproxy
from tests.support.certs import UPSTREAM_HOSTS, TestPKI
from tests.support.gateway import GatewayProcess, make_test_rules
from tests.support.upstream import FakeUpstream
from tests.support.tags import fresh_tag

pytestmark = pytest.mark.e2e

MYNUM = "526018159084"  # a valid 個人番号 (check digit correct); test data only
SECRET = f"申請者の個人番号は{MYNUM}です。住民税の通知書を作ってください。"
MARKED = "【機密性２】\n令和8年度 予算編成方針（案）\n各部局長 様\n標記について別紙のとおり通知します。"
CLOUD_KEY = "aws_access_key_id = AKIAZ7QW3RTY5UIO9PLK\naws_secret_access_key = 9fQ2kLm8Vx4Rt7Yp1Zs6Wb3Nc5Hd0Jg2Ke8Lf4Ma"
PII = "田中一郎 東京都千代田区霞が関1-2-3 090-1234-5678 について、督促状の文面を作ってください。"
CLEAN = "窓口案内文の下書きをお願いします。来庁者向けに丁寧な表現でお願いします。"
PLANTED = (MYNUM, "AKIAZ7QW3RTY5UIO9PLK", "9fQ2kLm8Vx4Rt7Yp1Zs6Wb3Nc5Hd0Jg2Ke8Lf4Ma", "090-1234-5678")

AZURE_APPROVAL = """
  - application_id: AI-TEST-EV-01
    user: tanaka
    service: azure-openai
    purposes: [文書作成支援]
    approver: 総務部長（CISO補佐）
    approved_on: 2025-04-01
    expires_on: 2099-03-31
"""


# ---------------------------------------------------------------- request shapes
def openai_body(text: str) -> bytes:
    return json.dumps({"model": "gpt-4o", "messages": [{"role": "user", "content": text}]},
                      ensure_ascii=False).encode()


def chatgpt_body(text: str) -> bytes:
    return json.dumps({"action": "next", "messages": [{"id": str(uuid.uuid4()), "author": {"role": "user"},
                                                       "content": {"content_type": "text", "parts": [text]}}],
                       "parent_message_id": "client-created-root", "model": "auto"}, ensure_ascii=False).encode()


Builder = Callable[[str, dict[str, str]], bytes]  # (text, headers incl. the nonce) -> raw request


def post(target: str, host: str, body_of: Callable[[str], bytes] = openai_body, *, method: str = "POST",
         content_type: str | None = "application/json", extra: dict[str, str] | None = None) -> Builder:
    return lambda text, h: rawproxy.request(method, target, host, headers=h | (extra or {}), body=body_of(text),
                                           content_type=content_type)


@dataclass(frozen=True)
class Case:
    id: str
    connect: str  # the CONNECT authority (and SNI)
    build: Builder
    attack_text: str | None  # None: no attack variant (a control only)
    control_text: str | None = CLEAN  # None: no control variant
    control_build: Builder | None = None  # the control's own shape when it differs (e.g. the canonical path)


CASES: list[Case] = []


def case(*a, **kw) -> None:
    CASES.append(Case(*a, **kw))


OPENAI = "api.openai.com"
CHATGPT = "chatgpt.com"
COMPLETIONS = "/v1/chat/completions"

# ---- 1. path normalisation: the governed path spelled another way still reaches the scanner
for target in ("/v1//chat/completions", "//v1/chat/completions", "/v1/./chat/completions",
               "/v1/x/../chat/completions", "/%76%31/chat/completions", "/v1/chat/%63ompletions",
               "/v1/chat/completions/", "/v1/chat/completions;x=1", "/v1%2Fchat%2Fcompletions",
               "/v1/chat/completions?stream=false", "/./v1/chat/completions", "/v1/%2e/chat/completions",
               "/v1/chat/completionz", "/v2/chat/completions", "/v1/CHAT/completions", "/v1/chat%2fcompletions"):
    case(f"path-openai-{target}", OPENAI, post(target, OPENAI), SECRET)
for target in ("/backend-api//conversation", "/backend-api/./conversation", "/%62ackend-api/conversation",
               "/backend-api/x/../conversation", "/backend-api/f/../conversation", "/backend-api/conversation/",
               "/backend-api/conversation;v=2", "/backend-api%2Fconversation"):
    case(f"path-chatgpt-{target}", CHATGPT, post(target, CHATGPT, chatgpt_body), SECRET)
# logged-out use is refused whatever the content; the same prompt logged in passes
for target in ("/backend-anon/conversation", "//backend-anon/conversation", "/backend-api/../backend-anon/conversation",
               "/%62ackend-anon/conversation", "/backend-anon%2Fconversation", "/./backend-anon/f/conversation",
               "/backend-anon;x=1/conversation", "/BACKEND-ANON/../backend-anon/conversation"):
    case(f"anon-{target}", CHATGPT, post(target, CHATGPT, chatgpt_body), CLEAN, CLEAN,
         control_build=post("/backend-api/conversation", CHATGPT, chatgpt_body))

# ---- 2. the authority is bound to the connection
for connect, host in ((OPENAI, "myres.openai.azure.com"), (CHATGPT, OPENAI), (OPENAI, CHATGPT),
                      (OPENAI, "passthrough.test"), (OPENAI, "myres.openai.azure.com:443")):
    case(f"authority-{connect}-as-{host}", connect, post(COMPLETIONS, host), MARKED, CLEAN,
         control_build=post(COMPLETIONS, connect))
for host in ("API.OPENAI.COM", "api.openai.com.", "api.openai.com:443", "Api.OpenAI.com"):
    case(f"authority-same-{host}", OPENAI, post(COMPLETIONS, host), SECRET)  # the same authority: scanned

# ---- 3. bodies read whatever their label says
for ctype in ("text/plain", "application/x-www-form-urlencoded", None, "application/octet-stream",
              "application/json; charset=iso-8859-1", "application/json; charset=shift_jis", "image/png",
              "multipart/form-data; boundary=x", "application/x-ndjson", "text/html; charset=utf-16"):
    case(f"label-{ctype}", OPENAI, post(COMPLETIONS, OPENAI, content_type=ctype), SECRET)


def gzip_members(text: str) -> bytes:
    body = openai_body(text)
    half = len(body) // 2
    return gzip.compress(body[:half]) + gzip.compress(body[half:])


case("gzip-two-members", OPENAI, post(COMPLETIONS, OPENAI, gzip_members, extra={"Content-Encoding": "gzip"}),
     SECRET)
case("gzip-upper-case-coding", OPENAI,
     post(COMPLETIONS, OPENAI, lambda t: gzip.compress(openai_body(t)), extra={"Content-Encoding": "GZIP"}), SECRET)
case("json-unicode-escapes", OPENAI, post(COMPLETIONS, OPENAI, lambda t: json.dumps(
    {"model": "gpt-4o", "messages": [{"role": "user", "content": t}]}, ensure_ascii=True).encode()), SECRET)
case("json-lone-surrogate", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_body(t).replace(
    "。".encode(), b"\\ud800", 1)), SECRET)
case("prompt-mentions-pdf-magic", OPENAI, post(COMPLETIONS, OPENAI), None,
     "PDF ファイルは先頭が %PDF-1.7 で始まり、末尾は %%EOF です。この構造を説明してください。")
case("prompt-starts-with-pdf-magic", OPENAI, post(COMPLETIONS, OPENAI, lambda t: t.encode(), content_type=None),
     "%PDF-1.7\n" + SECRET, "%PDF-1.7 という文字列の意味を教えてください。")
UPLOAD_HOST = "files.oaiusercontent.com"
case("upload-text-behind-png-signature", UPLOAD_HOST,
     post("/file-abc?sig=1", UPLOAD_HOST, lambda t: b"\x89PNG\r\n\x1a\n" + t.encode(), method="PUT",
          content_type="image/png"), SECRET, None)
case("upload-csv-with-pdf-trailer", UPLOAD_HOST,
     post("/file-abd?sig=1", UPLOAD_HOST, lambda t: f"氏名,備考\n申請者,{t}\n".encode() + b"%PDF-1.4\n%%EOF\n",
          method="PUT", content_type="application/pdf"), SECRET, None)

# ---- 4. carriers that were never scanned
case("query-q-get", CHATGPT, lambda t, h: rawproxy.request("GET", f"/?q={quote(t)}", CHATGPT, headers=h), SECRET)
case("query-on-api-post", OPENAI, lambda t, h: rawproxy.request(
    "POST", f"{COMPLETIONS}?prompt={quote(t)}", OPENAI, headers=h, body=openai_body(CLEAN),
    content_type="application/json"), SECRET)
case("query-plus-encoded", CHATGPT, lambda t, h: rawproxy.request(
    "GET", "/?q=" + quote(t).replace("%20", "+"), CHATGPT, headers=h), SECRET)
case("path-segment", CHATGPT, lambda t, h: rawproxy.request("GET", f"/c/{quote(t)}", CHATGPT, headers=h), SECRET)
for method in ("GET", "DELETE", "OPTIONS", "PATCH", "PUT", "PROPFIND"):
    case(f"method-{method}-with-body", OPENAI, post(COMPLETIONS, OPENAI, method=method), SECRET)
case("header-custom", OPENAI, lambda t, h: rawproxy.request(
    "POST", COMPLETIONS, OPENAI, headers=h | {"X-Prompt": quote(t)}, body=openai_body(CLEAN),
    content_type="application/json"), SECRET)
case("header-raw-utf8", OPENAI, lambda t, h: rawproxy.request(
    "POST", COMPLETIONS, OPENAI, headers=h | {"X-Note": t.encode().decode("latin-1")}, body=openai_body(CLEAN),
    content_type="application/json"), SECRET)
# the same header name twice, the text in the second field (each field is read apart: issue 12, carriers.header_pairs)
case("header-repeated", OPENAI, lambda t, h: rawproxy.request(
    "POST", COMPLETIONS, OPENAI, headers=h | {"X-Note": "memo"}, body=openai_body(CLEAN),
    content_type="application/json", extra_lines=[f"X-Note: {quote(t)}"]), SECRET)
case("header-referer-query", CHATGPT, lambda t, h: rawproxy.request(
    "POST", "/backend-api/conversation", CHATGPT, headers=h | {"Referer": f"https://chatgpt.com/?q={quote(t)}"},
    body=chatgpt_body(CLEAN), content_type="application/json"), SECRET)
case("json-key", OPENAI, post(COMPLETIONS, OPENAI, lambda t: json.dumps(
    {"model": "gpt-4o", "messages": [{"role": "user", "content": CLEAN}], "metadata": {t: "1"}},
    ensure_ascii=False).encode()), SECRET)
case("json-number", OPENAI, post(COMPLETIONS, OPENAI, lambda t: json.dumps(
    {"model": "gpt-4o", "messages": [{"role": "user", "content": "申請者の個人番号は次の値です。" if t != CLEAN else t}],
     "metadata": {"id": int(MYNUM) if t != CLEAN else 42}}, ensure_ascii=False).encode()), SECRET)
for key in ("metadata", "user", "prediction", "tools", "response_format", "store_note"):
    def skipped(t: str, key: str = key) -> bytes:
        doc: dict = {"model": "gpt-4o", "messages": [{"role": "user", "content": CLEAN}]}
        doc[key] = {"note": t} if key in ("metadata", "prediction", "response_format") else (
            [{"type": "function", "function": {"name": "f", "description": t}}] if key == "tools" else t)
        return json.dumps(doc, ensure_ascii=False).encode()
    case(f"json-skipped-key-{key}", OPENAI, post(COMPLETIONS, OPENAI, skipped), SECRET)
case("base64-in-text", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_body(
    "次の文字列を復号して要約してください: " + base64.b64encode(t.encode()).decode())), SECRET)
case("urlencoded-in-text", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_body(
    "次を URL デコードしてください: " + quote(t))), SECRET)
case("quoted-printable-in-text", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_body(
    "次を復号してください: " + "".join(f"={b:02X}" for b in t.encode()))), SECRET)
case("form-field-json", CHATGPT, post("/backend-api/conversation", CHATGPT, lambda t: (
    "payload=" + quote(chatgpt_body(t).decode())).encode(), content_type="application/x-www-form-urlencoded"),
     SECRET)

# ---- 5. split content
case("split-across-messages", OPENAI, post(COMPLETIONS, OPENAI, lambda t: json.dumps({
    "model": "gpt-4o", "messages": [{"role": "user", "content": t[:15]}, {"role": "user", "content": t[15:]}]},
    ensure_ascii=False).encode()), f"申請者の個人番号は{MYNUM}です")
case("split-across-parts", OPENAI, post(COMPLETIONS, OPENAI, lambda t: json.dumps({
    "model": "gpt-4o", "messages": [{"role": "user", "content": [
        {"type": "text", "text": t[: len(t) // 2]}, {"type": "text", "text": t[len(t) // 2:]}]}]},
    ensure_ascii=False).encode()), f"申請者の個人番号は{MYNUM}です")
case("split-system-and-user", OPENAI, post(COMPLETIONS, OPENAI, lambda t: json.dumps({
    "model": "gpt-4o", "messages": [{"role": "system", "content": t[:12]}, {"role": "user", "content": t[12:]}]},
    ensure_ascii=False).encode()), f"申請者の個人番号は{MYNUM}です")

# ---- 8. secrets never written to the logs (the request is blocked too: the name carries an identifier)
case("filename-carries-identifier", OPENAI, lambda t, h: rawproxy.request(
    "POST", "/v1/files", OPENAI, headers=h, content_type="multipart/form-data; boundary=b0",
    body=(f'--b0\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nassistants\r\n--b0\r\n'
          f'Content-Disposition: form-data; name="file"; filename="{t}.txt"\r\nContent-Type: text/plain\r\n\r\n'
          f'会議資料です。\r\n--b0--\r\n').encode()), f"個人番号{MYNUM}", "会議資料")

# ---- text obfuscation in the two common carriers
OBFUSCATED = {
    "hyphen-every-digit": "-".join(MYNUM),
    "dot-every-digit": ".".join(MYNUM),
    "space-every-digit": " ".join(MYNUM),
    "nakaguro": "・".join([MYNUM[:4], MYNUM[4:8], MYNUM[8:]]),
    "fullwidth": MYNUM.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "fullwidth-spaced": "　".join(MYNUM.translate(str.maketrans("0123456789", "０１２３４５６７８９"))[i:i + 4]
                                 for i in (0, 4, 8)),
    "zero-width": "\u200b".join(MYNUM),
    "word-joiner": "\u2060".join([MYNUM[:4], MYNUM[4:8], MYNUM[8:]]),
    "kanji": MYNUM.translate(str.maketrans("0123456789", "〇一二三四五六七八九")),
    "groups-3": " ".join([MYNUM[i:i + 3] for i in range(0, 12, 3)]),
    "groups-6": MYNUM[:6] + "-" + MYNUM[6:],
    "brackets": f"({MYNUM[:4]})({MYNUM[4:8]})({MYNUM[8:]})",
    "line-break": MYNUM[:6] + "\n" + MYNUM[6:],
    "dash-variants": "\u2010".join([MYNUM[:4], MYNUM[4:8]]) + "\u2212" + MYNUM[8:],
}
for name, spelled in OBFUSCATED.items():
    text = f"申請者の個人番号は {spelled} です。"
    case(f"obf-mynum-{name}-openai", OPENAI, post(COMPLETIONS, OPENAI), text)
    case(f"obf-mynum-{name}-chatgpt", CHATGPT, post("/backend-api/conversation", CHATGPT, chatgpt_body), text)
LABELS = ("個 人 番 号", "ｺｼﾞﾝﾊﾞﾝｺﾞｳ", "マイナンバー", "My Number", "個人番号（マイナンバー）", "ﾏｲﾅﾝﾊﾞｰ")
for label in LABELS:
    case(f"obf-label-{label}", OPENAI, post(COMPLETIONS, OPENAI), f"{label}：{MYNUM[:4]} {MYNUM[4:8]} {MYNUM[8:]}")
MARKINGS = ("機密性２", "機密性2", "機密性Ⅱ", "【機密性２】", "［機密性2］", "機密性 ２", "機密性：２", "機 密 性 ２",
            "機密性２情報", "<機密性2>", "機密性ニ", "機密性二")
for marking in MARKINGS:
    case(f"obf-marking-{marking}", OPENAI, post(COMPLETIONS, OPENAI),
         f"{marking}\n令和8年度 人事異動方針（案）\n各部長 様\n別紙のとおり通知します。")
for name, text in (("cloud-key", CLOUD_KEY), ("pii", PII), ("key-fullwidth", CLOUD_KEY.replace(
        "AKIAZ7QW3RTY5UIO9PLK", "ＡＫＩＡＺ７ＱＷ３ＲＴＹ５ＵＩＯ９ＰＬＫ"))):
    case(f"secret-{name}-openai", OPENAI, post(COMPLETIONS, OPENAI), text)
    case(f"secret-{name}-chatgpt", CHATGPT, post("/backend-api/conversation", CHATGPT, chatgpt_body), text)
    case(f"secret-{name}-query", CHATGPT, lambda t, h: rawproxy.request("GET", f"/?q={quote(t)}", CHATGPT,
                                                                          headers=h), text)

ANTHROPIC = "api.anthropic.com"


def anthropic_body(text: str) -> bytes:
    return json.dumps({"model": "claude-sonnet-4-5", "max_tokens": 64, "messages": [{"role": "user", "content": text}]},
                      ensure_ascii=False).encode()


for name, text in (("mynum", SECRET), ("marking", MARKED), ("cloud-key", CLOUD_KEY), ("pii", PII)):
    case(f"anthropic-{name}-path-dots", ANTHROPIC, post("/v1/./messages", ANTHROPIC, anthropic_body), text)
    case(f"anthropic-{name}-text-plain", ANTHROPIC, post("/v1/messages", ANTHROPIC, anthropic_body,
                                                         content_type="text/plain"), text)
    case(f"{name}-base64-openai", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_body(
        "添付（base64）: " + base64.b64encode(t.encode()).decode())), text)
    case(f"{name}-header-openai", OPENAI, lambda t, h: rawproxy.request(
        "POST", COMPLETIONS, OPENAI, headers=h | {"X-Context": quote(t)}, body=openai_body(CLEAN),
        content_type="application/json"), text)

ATTACKS = [c for c in CASES if c.attack_text is not None]
CONTROLS = [c for c in CASES if c.control_text is not None]


# ---------------------------------------------------------------- the gateway under attack
def evasion_gateway(module_dir: Path, upstream: FakeUpstream, pki: TestPKI, name: str,
                    extra_approvals: str = "") -> Iterator[GatewayProcess]:
    """A gateway on the test rules (+ an Azure approval); at its end, no planted value in its logs."""
    rules = make_test_rules(module_dir / f"rules-{name}", extra_approvals=AZURE_APPROVAL + extra_approvals)
    gw = GatewayProcess(module_dir, rules=rules, upstream_port=upstream.port, upstream_ca=pki.ca_pem,
                        hosts=UPSTREAM_HOSTS, name=f"gw-{name}").start().wait_workers()
    yield gw
    gw.stop()
    log = gw.audit_log.read_text(encoding="utf-8") + "\n".join(gw.lines)
    leaked = [p for p in PLANTED if p in log]
    assert not leaked, f"planted values in the logs: {leaked}"


@pytest.fixture(scope="module")
def ev_gw(module_dir: Path, upstream: FakeUpstream, pki: TestPKI) -> Iterator[GatewayProcess]:
    yield from evasion_gateway(module_dir, upstream, pki, "evasion")


def send(gw: GatewayProcess, c: Case, text: str, build: Builder,
         expect: int = 1) -> tuple[rawproxy.RawResponse, str, list[dict]]:
    nonce = fresh_tag()
    m = gw.mark()
    assert gw.ca_cert is not None and gw.port is not None
    resp = rawproxy.send(gw.port, c.connect, build(text, {"User-Agent": f"aigw-evasion/{nonce}"}),
                         ca_file=str(gw.ca_cert))
    return resp, nonce, gw.new_decisions(m, expect=expect)


def arrived(upstream: FakeUpstream, nonce: str) -> bool:
    return any(nonce in r.headers.get("user-agent", "") for r in upstream.requests)


def no_planted_value_arrived(upstream: FakeUpstream, since: int) -> None:
    got = [p for p in PLANTED for r in upstream.requests[since:] if p in r.text or p in str(r.headers)]
    assert not got, f"planted values reached the upstream: {got}"


def test_the_suite_is_large_enough() -> None:
    assert len(ATTACKS) >= 150, len(ATTACKS)
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("c", ATTACKS, ids=[c.id for c in ATTACKS])
def test_attack_never_reaches_the_ai_service(c: Case, ev_gw: GatewayProcess, upstream: FakeUpstream) -> None:
    assert c.attack_text is not None
    resp, nonce, decided = send(ev_gw, c, c.attack_text, c.build)
    assert not arrived(upstream, nonce), f"bypass: {c.id} reached the upstream ({decided})"
    assert decided and all(d["action"] == "block" for d in decided), decided
    assert len(decided) == 1, decided
    assert resp.status != 0


@pytest.mark.parametrize("c", CONTROLS, ids=[c.id for c in CONTROLS])
def test_clean_control_passes(c: Case, ev_gw: GatewayProcess, upstream: FakeUpstream) -> None:
    assert c.control_text is not None
    resp, nonce, decided = send(ev_gw, c, c.control_text, c.control_build or c.build)
    assert [d["action"] for d in decided] in (["allow"], ["warn"]), [(d["reason"], d.get("scan_reasons"), d.get("findings")) for d in decided]
    assert arrived(upstream, nonce), f"false block: {c.id} ({decided})"
    assert 200 <= resp.status < 300, resp.status


@pytest.mark.parametrize("connect, build", [
    (OPENAI, post(COMPLETIONS, OPENAI)),
    (CHATGPT, post("/backend-api/conversation", CHATGPT, chatgpt_body)),
], ids=["openai", "chatgpt"])
def test_identifier_split_across_turns_is_caught(connect: str, build: Builder, ev_gw: GatewayProcess,
                                                  upstream: FakeUpstream) -> None:
    """Two prompts in a row: the first half alone passes, the turn that completes the 個人番号 never leaves."""
    c = Case("turns", connect, build, None)
    _, first, d1 = send(ev_gw, c, f"申請者の個人番号は{MYNUM[:7]}", build)
    _, second, d2 = send(ev_gw, c, f"{MYNUM[7:]}です。通知書を作ってください。", build)
    assert arrived(upstream, first) and d1[0]["action"] == "allow"
    assert not arrived(upstream, second) and d2[0]["action"] == "block"
    _, third, d3 = send(ev_gw, c, CLEAN, build)  # the conversation goes on normally
    assert arrived(upstream, third) and d3[0]["action"] == "allow"


@pytest.mark.parametrize("connect, build", [(OPENAI, post(COMPLETIONS, OPENAI))], ids=["openai"])
def test_a_seam_remembered_clean_does_not_hide_a_later_split(connect: str, build: Builder, ev_gw: GatewayProcess,
                                                             upstream: FakeUpstream) -> None:
    """Seams already scanned clean are not scanned again (gateway/turns.py CleanSeams): the first half sent
    twice (its seams now remembered clean, the clean control), then the turn that completes the 個人番号."""
    c = Case("turns-remembered", connect, build, None)
    half = f"世帯主の個人番号は{MYNUM[:6]}"
    for _ in range(2):
        _, nonce, d = send(ev_gw, c, half, build)
        assert arrived(upstream, nonce) and d[0]["action"] == "allow"
    _, second, d2 = send(ev_gw, c, f"{MYNUM[6:]}です。", build)
    assert not arrived(upstream, second) and d2[0]["action"] == "block"
