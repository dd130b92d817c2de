"""Evasion suite, round 15 (red team): classes the suites of issue 11 and round 14 do not hold.

Each attack goes byte for byte (tests/support/rawproxy.py) through a real ``aigw run`` to the fake upstream on
127.0.0.1 with a planted 個人番号, paired with a clean control of the same shape where the shape is legitimate.
Three surfaces: the upstream never receives the attack (nonce in the User-Agent) nor the planted value; exactly
one ``request_decided`` line, ``block``; the client gets a 4xx. Rows marked ``# r15 fix`` got the secret through
before this round's fixes (gateway/unwrap.py, gateway/jsonwalk.py ``array_text``, gateway/lookalikes.py); the
other rows held already and stay as regression rows.

Classes: request framing (Transfer-Encoding variants, CL+TE, repeated / listed Content-Length, obs-fold, 1-byte
chunks); request targets and Host spellings (fragments, NUL, backslashes, userinfo, ports, IDN, IP literals, two
Hosts, none, HTTP/1.0); lying content types (JSON Lines batches, multipart JSON parts, SSE and json-seq uploads,
CBOR / msgpack / protobuf / gRPC-web labels); compression (nested gzip under one label, unlabelled gzip / zlib,
empty codings; gzip, zlib, hex, base32, base64url and double base64 inside text); JSON tricks (comments, NaN,
single quotes, trailing commas, values split over arrays and keys, digit and character-code arrays; Responses
``input``, Gemini ``inlineData`` / ``functionResponse`` / ``systemInstruction``, Anthropic ``tool_result``
documents, ``content`` sources with ``cache_control``, ``tool_use`` input; data: URIs); Unicode (tag characters,
variation selectors, parenthesised / double-circled / dingbat / negative-circled / mathematical / segmented
digits, digits of other scripts, bidi controls and overrides, invisible operators, fillers, spelled English); and
(round 40) mail pasted raw: MIME base64 and quoted-printable bodies, ISO-2022-JP.
"""

from __future__ import annotations

import base64
import gzip
import json
import quopri
import zlib
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.e2e.test_evasion_e2e import (ANTHROPIC, CLEAN, COMPLETIONS, MYNUM, OPENAI, SECRET, Case,
                                        arrived, evasion_gateway, no_planted_value_arrived, openai_body, post, send)
from tests.support import rawproxy
from tests.support.certs import TestPKI
from tests.support.gateway import GatewayProcess
from tests.support.upstream import FakeUpstream

pytestmark = pytest.mark.e2e
CASES: list[tuple[Case, str | None]] = []
GEMINI = "generativelanguage.googleapis.com"


def case(cid, connect, build, attack, control=CLEAN, *, reason=None, control_build=None):
    CASES.append((Case(cid, connect, build, attack, control, control_build), reason))


def doc(d: dict) -> bytes:
    return json.dumps({"model": "gpt-4o"} | d, ensure_ascii=False).encode()


def raw(head_lines: list[str], body: bytes, h: dict[str, str], target: str = COMPLETIONS, host: str = OPENAI,
        method: str = "POST") -> bytes:
    lines = [f"{method} {target} HTTP/1.1", f"Host: {host}", *head_lines,
             *(f"{k}: {v}" for k, v in h.items()), "Connection: close"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8", "surrogateescape") + body


def chunked(body: bytes, size: int = 16) -> bytes:
    return b"".join(b"%x\r\n%s\r\n" % (len(body[i:i + size]), body[i:i + size])
                    for i in range(0, len(body), size)) + b"0\r\n\r\n"


# ---- request framing (smuggling shapes)
for te in ("chunked, identity", "identity, chunked", "xchunked", "chunked ", "Chunked", "chunked;q=1",
           "chunked\t", "gzip", "cHuNkEd"):
    case(f"te-{te}", OPENAI, lambda t, h, te=te: raw(["Content-Type: application/json", f"Transfer-Encoding: {te}"],
                                                     chunked(openai_body(t)), h), SECRET, None)
case("cl-and-te", OPENAI, lambda t, h: raw(["Content-Type: application/json", "Content-Length: 5",
                                            "Transfer-Encoding: chunked"], chunked(openai_body(t)), h), SECRET, None)
case("two-content-lengths", OPENAI, lambda t, h: raw(["Content-Type: application/json", "Content-Length: 2",
                                                      f"Content-Length: {len(openai_body(t))}"],
                                                     openai_body(t), h), SECRET, None)
case("content-length-list", OPENAI, lambda t, h: raw(["Content-Type: application/json",
                                                      f"Content-Length: {len(openai_body(t))}, {len(openai_body(t))}"],
                                                     openai_body(t), h), SECRET, None)
case("many-tiny-chunks", OPENAI, lambda t, h: raw(["Content-Type: application/json", "Transfer-Encoding: chunked"],
                                                  chunked(openai_body(t), 1), h), SECRET)
case("obs-fold-header", OPENAI, lambda t, h: raw(["Content-Type: application/json", f"X-Note: memo",
                                                  f" {quote(t)}", f"Content-Length: {len(openai_body(CLEAN))}"],
                                                 openai_body(CLEAN), h), SECRET, None)

# ---- targets and hosts
for target in ("/v1/chat/completions#frag", "/v1/chat/completions%00", 
               "/v1%5Cchat%5Ccompletions", "/v1/chat/completions%20", "/v1/chat/completions?", "/v1/chat/completions/.",
               "/v1/chat/completions/..;/completions", "/v1/%2e%2e/v1/chat/completions", "/V1/Chat/Completions",
               "/v1/chat/completions%23x",
               "*", "/v1/chat/completions%3Fx=1", "/v1/chat/completions;", "/v1/chat/completions/%2e"):
    case(f"target-{target}", OPENAI, post(target, OPENAI), SECRET, None)
for host in ("api.openai.com:0443", "api.openai.com:443.", "API.OPENAI.COM.:443", "x@api.openai.com",
             "api.openai.com\t", "api.openai.com:", "xn--api.openai.com", "[::1]", "127.0.0.1",
             "api.openai.com, evil.test", "ａｐｉ.openai.com"):
    case(f"host-{host}", OPENAI, post(COMPLETIONS, host), SECRET, None)
case("two-hosts", OPENAI, lambda t, h: raw(["Host: chatgpt.com", "Content-Type: application/json",
                                            f"Content-Length: {len(openai_body(t))}"], openai_body(t), h), SECRET, None)
case("no-host", OPENAI, lambda t, h: (f"POST {COMPLETIONS} HTTP/1.1\r\nContent-Type: application/json\r\n"
                                      + "".join(f"{k}: {v}\r\n" for k, v in h.items())
                                      + f"Content-Length: {len(openai_body(t))}\r\nConnection: close\r\n\r\n").encode()
     + openai_body(t), SECRET, None)
case("http10", OPENAI, lambda t, h: (f"POST {COMPLETIONS} HTTP/1.0\r\nHost: {OPENAI}\r\nContent-Type: application/json\r\n"
                                      + "".join(f"{k}: {v}\r\n" for k, v in h.items())
                                      + f"Content-Length: {len(openai_body(t))}\r\n\r\n").encode()
     + openai_body(t), SECRET, None)
# ---- content types lying / batches
case("jsonl-batch", OPENAI, post("/v1/batches", OPENAI, lambda t: b"\n".join(json.dumps({"custom_id": str(i), "method": "POST", "url": COMPLETIONS, "body": json.loads(openai_body(x))}, ensure_ascii=False).encode() for i, x in enumerate([CLEAN, t])), content_type="application/jsonl"), SECRET, None)
case("multipart-json-part", OPENAI, lambda t, h: rawproxy.request("POST", COMPLETIONS, OPENAI, headers=h,
     content_type="multipart/form-data; boundary=b0", body=b'--b0\r\nContent-Disposition: form-data; name="json"\r\nContent-Type: application/json\r\n\r\n' + openai_body(t) + b"\r\n--b0--\r\n"), SECRET)
case("multipart-related", OPENAI, lambda t, h: rawproxy.request("POST", COMPLETIONS, OPENAI, headers=h,
     content_type="multipart/related; boundary=b0", body=b'--b0\r\nContent-Type: application/json\r\n\r\n' + openai_body(t) + b"\r\n--b0--\r\n"), SECRET)
case("sse-upload", OPENAI, post(COMPLETIONS, OPENAI, lambda t: b"data: " + openai_body(t) + b"\n\n", content_type="text/event-stream"), SECRET, None)
case("json-seq", OPENAI, post(COMPLETIONS, OPENAI, lambda t: b"\x1e" + openai_body(t) + b"\n", content_type="application/json-seq"), SECRET, None)
case("cbor-label", OPENAI, post(COMPLETIONS, OPENAI, content_type="application/cbor"), SECRET, None)
case("msgpack-body", OPENAI, post(COMPLETIONS, OPENAI, lambda t: b"\x81\xa7content\xda" + len(t.encode()).to_bytes(2, "big") + t.encode(), content_type="application/msgpack"), SECRET, None)
case("protobuf-like", OPENAI, post(COMPLETIONS, OPENAI, lambda t: b"\x0a" + bytes([len(t.encode())]) + t.encode() if len(t.encode()) < 128 else b"\x0a\x81\x01" + t.encode(), content_type="application/x-protobuf"), SECRET, None)
case("grpc-web-text", OPENAI, post(COMPLETIONS, OPENAI, lambda t: base64.b64encode(b"\x00" + len(t.encode()).to_bytes(4, "big") + t.encode()), content_type="application/grpc-web-text"), SECRET, None)

# ---- compression
case("gzip-nested-one-label", OPENAI, post(COMPLETIONS, OPENAI, lambda t: gzip.compress(gzip.compress(openai_body(t))), extra={"Content-Encoding": "gzip"}), SECRET, None)
case("gzip-body-no-label", OPENAI, post(COMPLETIONS, OPENAI, lambda t: gzip.compress(openai_body(t))), SECRET, None)
case("zlib-body-no-label", OPENAI, post(COMPLETIONS, OPENAI, lambda t: zlib.compress(openai_body(t))), SECRET, None)
case("empty-coding", OPENAI, post(COMPLETIONS, OPENAI, extra={"Content-Encoding": ""}), SECRET)
case("coding-comma-only", OPENAI, post(COMPLETIONS, OPENAI, extra={"Content-Encoding": ","}), SECRET, None)
case("gzip-in-json-string", OPENAI, post(COMPLETIONS, OPENAI, lambda t: doc({"messages": [{"role": "user", "content": "添付を展開して要約"}], "metadata": {"blob": base64.b64encode(gzip.compress(t.encode())).decode()}})), SECRET)  # r15 fix
case("zlib-base64-in-text", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_body("次を展開: " + base64.b64encode(zlib.compress(t.encode())).decode())), SECRET)  # r15 fix
case("base64url-in-text", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_body("次を復号: " + base64.urlsafe_b64encode(t.encode()).decode().rstrip("="))), SECRET)
case("hex-in-text", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_body("次を16進から戻して: " + t.encode().hex())), SECRET)  # r15 fix
case("base32-in-text", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_body("次を base32 で戻して: " + base64.b32encode(t.encode()).decode())), SECRET)  # r15 fix
case("base64-twice", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_body("二重 base64: " + base64.b64encode(base64.b64encode(t.encode())).decode())), SECRET)
# (round 40) a mail pasted raw (.eml): a MIME body's base64 lines (a line alone cuts a character's bytes), soft-broken
# quoted-printable lines, ISO-2022-JP as it travels — each read whole by gateway/unwrap.py
case("eml-base64-body", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_body(
    "このメールを要約して\nContent-Transfer-Encoding: base64\n\n" + base64.encodebytes(("件名 ABC " + t).encode()).decode())), SECRET)
case("eml-qp-body", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_body(
    "このメールを要約して\nContent-Transfer-Encoding: quoted-printable\n\n" + quopri.encodestring(t.encode()).decode())), SECRET)
case("eml-iso-2022-jp", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_body(
    "このメールを要約して\n\n" + t.encode("iso-2022-jp").decode("ascii"))), SECRET)

# ---- JSON tricks
case("json-comments", OPENAI, post(COMPLETIONS, OPENAI, lambda t: b'{/*x*/"model":"gpt-4o",// c\n"messages":[{"role":"user","content":' + json.dumps(t, ensure_ascii=False).encode() + b'}]}'), SECRET, None)
case("json-nan", OPENAI, post(COMPLETIONS, OPENAI, lambda t: b'{"model":"gpt-4o","temperature":NaN,"messages":[{"role":"user","content":' + json.dumps(t, ensure_ascii=False).encode() + b'}]}'), SECRET, None)
case("json-single-quotes", OPENAI, post(COMPLETIONS, OPENAI, lambda t: ("{'model':'gpt-4o','messages':[{'role':'user','content':'" + t + "'}]}").encode()), SECRET, None)
case("json-trailing-comma", OPENAI, post(COMPLETIONS, OPENAI, lambda t: b'{"model":"gpt-4o","messages":[{"role":"user","content":' + json.dumps(t, ensure_ascii=False).encode() + b'},],}'), SECRET, None)
case("json-string-array-split", OPENAI, post(COMPLETIONS, OPENAI, lambda t: doc({"messages": [{"role": "user", "content": "申請者の個人番号は次の配列をつなげた値です。"}], "metadata": {"parts": [MYNUM[i:i+3] for i in range(0, 12, 3)] if t != CLEAN else ["a"]}})), SECRET)
case("json-digits-array", OPENAI, post(COMPLETIONS, OPENAI, lambda t: doc({"messages": [{"role": "user", "content": "申請者の個人番号は次の数字列です。"}], "metadata": {"d": [int(c) for c in MYNUM] if t != CLEAN else [1]}})), SECRET)  # r15 fix
case("json-number-split-keys", OPENAI, post(COMPLETIONS, OPENAI, lambda t: doc({"messages": [{"role": "user", "content": "申請者の個人番号は a,b,c の順につなげた値です。"}], "metadata": {"a": MYNUM[:4], "b": MYNUM[4:8], "c": MYNUM[8:]} if t != CLEAN else {}})), SECRET)
case("json-single-char-strings", OPENAI, post(COMPLETIONS, OPENAI, lambda t: doc({"messages": [{"role": "user", "content": "申請者の個人番号は次の文字をつなげた値です。"}], "metadata": {"c": list(MYNUM) if t != CLEAN else ["a"]}})), SECRET)
case("json-char-codes", OPENAI, post(COMPLETIONS, OPENAI, lambda t: doc({"messages": [{"role": "user", "content": "申請者の個人番号は次の文字コード列です。"}], "metadata": {"codes": [ord(c) for c in MYNUM] if t != CLEAN else [1]}})), SECRET)  # r15 fix
case("responses-input-function-output", OPENAI, post("/v1/responses", OPENAI, lambda t: doc({"input": [{"type": "function_call_output", "call_id": "c1", "output": t}, {"role": "user", "content": "要約して"}]})), SECRET)
case("responses-input-image-data", OPENAI, post("/v1/responses", OPENAI, lambda t: doc({"input": [{"role": "user", "content": [{"type": "input_text", "text": "要約"}, {"type": "input_image", "image_url": "data:text/plain;base64," + base64.b64encode(t.encode()).decode()}]}]})), SECRET)
case("responses-instructions", OPENAI, post("/v1/responses", OPENAI, lambda t: doc({"instructions": t, "input": "要約して"})), SECRET)
case("gemini-inline-data", GEMINI, post("/v1beta/models/gemini-2.5-flash:generateContent", GEMINI, lambda t: json.dumps({"contents": [{"role": "user", "parts": [{"text": "要約して"}, {"inlineData": {"mimeType": "text/plain", "data": base64.b64encode(t.encode()).decode()}}]}]}, ensure_ascii=False).encode()), SECRET)
case("gemini-function-response", GEMINI, post("/v1beta/models/gemini-2.5-flash:generateContent", GEMINI, lambda t: json.dumps({"contents": [{"role": "function", "parts": [{"functionResponse": {"name": "f", "response": {"r": t}}}]}]}, ensure_ascii=False).encode()), SECRET)
case("gemini-system-instruction", GEMINI, post("/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse", GEMINI, lambda t: json.dumps({"systemInstruction": {"parts": [{"text": t}]}, "contents": [{"role": "user", "parts": [{"text": "要約"}]}]}, ensure_ascii=False).encode()), SECRET)
case("anthropic-tool-result-image-b64-text", ANTHROPIC, post("/v1/messages", ANTHROPIC, lambda t: json.dumps({"model": "c", "max_tokens": 5, "messages": [{"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t", "content": [{"type": "document", "source": {"type": "base64", "media_type": "text/plain", "data": base64.b64encode(t.encode()).decode()}}]}]}]}, ensure_ascii=False).encode()), SECRET)
case("anthropic-content-source", ANTHROPIC, post("/v1/messages", ANTHROPIC, lambda t: json.dumps({"model": "c", "max_tokens": 5, "messages": [{"role": "user", "content": [{"type": "document", "source": {"type": "content", "content": [{"type": "text", "text": t}]}, "cache_control": {"type": "ephemeral"}}]}]}, ensure_ascii=False).encode()), SECRET)
case("anthropic-tool-input", ANTHROPIC, post("/v1/messages", ANTHROPIC, lambda t: json.dumps({"model": "c", "max_tokens": 5, "messages": [{"role": "assistant", "content": [{"type": "tool_use", "id": "t", "name": "f", "input": {"q": t}}]}, {"role": "user", "content": "続けて"}]}, ensure_ascii=False).encode()), SECRET)
# a UTF-16 text data: URI is refused unscannable_file whatever it holds (no control: left for a later round)
case("data-uri-utf16", OPENAI, post(COMPLETIONS, OPENAI, lambda t: doc({"messages": [{"role": "user", "content": [{"type": "text", "text": "添付"}, {"type": "image_url", "image_url": {"url": "data:text/plain;charset=utf-16;base64," + base64.b64encode(t.encode("utf-16")).decode()}}]}]})), SECRET, None)
case("data-uri-percent", OPENAI, post(COMPLETIONS, OPENAI, lambda t: doc({"messages": [{"role": "user", "content": [{"type": "text", "text": "添付"}, {"type": "image_url", "image_url": {"url": "data:text/plain," + quote(t)}}]}]})), SECRET)
case("data-uri-gzip", OPENAI, post(COMPLETIONS, OPENAI, lambda t: doc({"messages": [{"role": "user", "content": [{"type": "text", "text": "添付"}, {"type": "file", "file": {"filename": "a.txt.gz", "file_data": "data:application/gzip;base64," + base64.b64encode(gzip.compress(t.encode())).decode()}}]}]})), SECRET, None)

# ---- unicode
def digits_as(table: str) -> str:
    return MYNUM.translate(str.maketrans("0123456789", table))


R15_FIXED_UNI = {"tag-digits", "double-circled", "dingbat-neg-circled", "dingbat-circled-sans", "neg-circled",
                 "braille-blank", "reversed-rlo", "digits-spelled-en"}  # got through before this round
UNI = {
    "tag-digits": "".join(chr(0xE0000 + ord(c)) for c in MYNUM),
    "tag-interleaved": "\U000E0020".join(MYNUM),
    "vs-between": "\ufe0e".join(MYNUM),
    "vs-supplement": "\U000E0100".join(MYNUM),
    "parenthesised": digits_as("0⑴⑵⑶⑷⑸⑹⑺⑻⑼"),
    "digit-full-stop": digits_as("0⒈⒉⒊⒋⒌⒍⒎⒏⒐"),
    "double-circled": digits_as("0⓵⓶⓷⓸⓹⓺⓻⓼⓽"),
    "dingbat-neg-circled": digits_as("🄋➊➋➌➍➎➏➐➑➒"),
    "dingbat-circled-sans": digits_as("🄋➀➁➂➃➄➅➆➇➈"),
    "neg-circled": digits_as("⓿❶❷❸❹❺❻❼❽❾"),
    "math-double-struck": digits_as("𝟘𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠𝟡"),
    "math-sans-bold": digits_as("𝟬𝟭𝟮𝟯𝟰𝟱𝟲𝟳𝟴𝟵"),
    "segmented": digits_as("🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹"),
    "thai": digits_as("๐๑๒๓๔๕๖๗๘๙"),
    "ext-arabic-indic": digits_as("۰۱۲۳۴۵۶۷۸۹"),
    "bengali": digits_as("০১২৩৪৫৬৭৮৯"),
    "fullwidth-comma-sep": "，".join([MYNUM[:4], MYNUM[4:8], MYNUM[8:]]),
    "bidi-rli-pdi-every": "".join("\u2067" + c + "\u2069" for c in MYNUM),
    "bidi-rlm": "\u200f".join(MYNUM),
    "alm": "\u061c".join(MYNUM),
    "invisible-times": "\u2062".join(MYNUM),
    "invisible-separator": "\u2063".join(MYNUM),
    "cgj": "\u034f".join(MYNUM),
    "hangul-choseong-filler": "\u115f".join(MYNUM),
    "braille-blank": "\u2800".join(MYNUM),
    "interlinear": "\ufff9" + MYNUM + "\ufffb",
    "reversed-rlo": "\u202e" + MYNUM[::-1] + "\u202c",
    "digits-spelled-en": " ".join(["zero","one","two","three","four","five","six","seven","eight","nine"][int(c)] for c in MYNUM),
    "kanji-formal-daiji": digits_as("〇壱弐参肆伍陸漆捌玖"),
    "halfwidth-katakana-label": MYNUM,
    "combining-enclosing-circle": "".join(c + "\u20dd" for c in MYNUM),
    "combining-long-stroke": "".join(c + "\u0336" for c in MYNUM),
    "zwnj-zwj": "\u200c\u200d".join(MYNUM),
    "line-separator": "\u2028".join([MYNUM[:6], MYNUM[6:]]),
    "vertical-tab": "\x0b".join([MYNUM[:6], MYNUM[6:]]),
    "form-feed": "\x0c".join([MYNUM[:6], MYNUM[6:]]),
    "nel": "\x85".join([MYNUM[:6], MYNUM[6:]]),
    "fraction-slash": "\u2044".join([MYNUM[:6], MYNUM[6:]]),
}
assert R15_FIXED_UNI <= set(UNI)
for name, spelled in UNI.items():
    label = "ｺｼﾞﾝﾊﾞﾝｺﾞｳ" if name == "halfwidth-katakana-label" else "個人番号"
    case(f"uni-{name}", OPENAI, post(COMPLETIONS, OPENAI), f"申請者の{label}は {spelled} です。")

# ---- long base64-alphabet strings (512+ characters) were skipped unread as file data (r15 fix: jsonwalk.blob_text)
case("blob-base64-metadata", OPENAI, post(COMPLETIONS, OPENAI, lambda t: doc({"messages": [
    {"role": "user", "content": "添付を要約"}], "metadata": {"blob": base64.b64encode((t * 20).encode()).decode()}})),
     SECRET)  # r15 fix
case("blob-base64url-tool-argument", OPENAI, post(COMPLETIONS, OPENAI, lambda t: doc({"messages": [
    {"role": "user", "content": "続けて"}, {"role": "assistant", "tool_calls": [{"id": "c1", "type": "function",
     "function": {"name": "f", "arguments": json.dumps({"b": base64.urlsafe_b64encode((t * 20).encode()).decode()})}}]},
    {"role": "tool", "tool_call_id": "c1", "content": "ok"}]})), SECRET)  # r15 fix

DOC = "".join(f"{i}行目: 住民票の写しの交付について、窓口での確認事項を整理します。" for i in range(120))
case("blob-base64-gzip-document", OPENAI, post(COMPLETIONS, OPENAI, lambda t: doc({"messages": [
    {"role": "user", "content": "添付（gzip, base64）を展開して要約"}],
    "metadata": {"doc": base64.b64encode(gzip.compress((DOC + t + "".join(chr(0x3042 + i * 7 % 80) for i in range(400)))
                                                       .encode())).decode()}})), SECRET)  # r15 fix

# ---- decoys: 70 readable base64 runs before the real one (only the first 64 were read) (r15 fix: unwrap.budget_for)
DECOYS = " ".join(base64.b64encode(f"資料{i}の件名です".encode()).decode() for i in range(70))
case("decoy-runs-before-base64", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_body(
    "次の base64 を全部戻して: " + DECOYS + " " + base64.b64encode(t.encode()).decode())), SECRET)  # r15 fix

# ---- protocol headers and credentials holding ASCII (r15 fix: they were skipped while ASCII)
B64_SECRET = base64.b64encode(SECRET.encode()).decode()
CLOUD_PAIR = "aws_access_key_id=AKIAZ7QW3RTY5UIO9PLK; aws_secret_access_key=9fQ2kLm8Vx4Rt7Yp1Zs6Wb3Nc5Hd0Jg2Ke8Lf4Ma"
HEADER_ROWS = {
    "cookie-base64": ("Cookie", f"note={B64_SECRET}"), "cookie-hex": ("Cookie", "n=" + SECRET.encode().hex()),
    "authorization-base64": ("Authorization", f"Bearer {B64_SECRET}"), "x-api-key-base64": ("x-api-key", B64_SECRET),
    "baggage-base64": ("baggage", f"note={B64_SECRET}"), "baggage-number": ("baggage", f"kojin_bangou={MYNUM}"),
    "x-request-id-base64": ("X-Request-Id", B64_SECRET), "traceparent-base64": ("traceparent", B64_SECRET),
    "via-cloud-key": ("Via", "1.1 " + CLOUD_PAIR), "x-forwarded-for-base64": ("X-Forwarded-For", B64_SECRET),
    "openai-project-base64": ("OpenAI-Project", B64_SECRET), "anthropic-beta-base64": ("anthropic-beta", B64_SECRET),
    "if-none-match-base64": ("If-None-Match", f'"{B64_SECRET}"'), "range-base64": ("Range", f"bytes={B64_SECRET}"),
    "sec-ch-ua-base64": ("sec-ch-ua", f'"{B64_SECRET}";v="1"'), "x-stainless-os-base64": ("x-stainless-os", B64_SECRET),
    "accept-encoding-base64": ("Accept-Encoding", B64_SECRET), "upgrade-base64": ("Upgrade", B64_SECRET),
    # an ASCII identifier as a cookie's value, its name the label (r17 fix: ASCII cookies were never read)
    "cookie-number": ("Cookie", f"sid=ab12Cd34EF56gh78; kojin_bangou={MYNUM}"),
    "cookie-spaced-number": ("Cookie", f"note=my%20number%20{MYNUM[:4]}%20{MYNUM[4:8]}%20{MYNUM[8:]}"),
    # an ASCII key as a cookie's value (r18 fix): a provider's API key by its prefix, a value under a secret's name
    "cookie-provider-key": ("Cookie", "sid=ab12Cd34EF56gh78; k=sk-ant-api03-Zx81Qw92Er03Ty14Ui25Op36As47Df58"),
    "cookie-named-secret": ("Cookie", "theme=dark; api_key=Zx81Qw92Er03Ty14Ui25"),
}
for cid, (hname, hvalue) in HEADER_ROWS.items():
    case(f"header-{cid}", OPENAI, lambda t, h, k=hname, v=hvalue: rawproxy.request(
        "POST", COMPLETIONS, OPENAI, headers=h | ({k: v} if t != CLEAN else {}), body=openai_body(CLEAN),
        content_type="application/json"), SECRET)  # r15 fix
case("content-type-parameter-base64", OPENAI, lambda t, h: rawproxy.request(
    "POST", COMPLETIONS, OPENAI, headers=h, body=openai_body(CLEAN), content_type="application/json" + (
        f"; note={B64_SECRET}" if t != CLEAN else "; charset=utf-8")), SECRET)  # r15 fix
# the web apps' own session cookies and API keys pass (credentials are never scanned as they are)
for cid, (hname, hvalue) in {
        "claude-session-cookie": ("Cookie", "sessionKey=sk-ant-sid01-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789; "
                                            "__cf_bm=Xy3.abcDEF-1700000000-1.0.1.1-AbCdEfGhIjKlMnOp"),
        "bearer-api-key": ("Authorization", "Bearer sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGhIjKl"),
        "w3c-trace": ("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
        "token-cookies": ("Cookie", "token=Ab12Cd34Ef56Gh78Ij90; csrftoken=Qw12Er34Ty56Ui78; session_key=Zx90Cv81Bn72"),
        "baggage-plain": ("baggage", "userId=alice,serverNode=DF%2028,isProduction=false")}.items():
    case(f"header-control-{cid}", OPENAI, lambda t, h, k=hname, v=hvalue: rawproxy.request(
        "POST", COMPLETIONS, OPENAI, headers=h | {k: v}, body=openai_body(t), content_type="application/json"), None)

ATTACKS = [(c, r) for c, r in CASES if c.attack_text is not None]
CONTROLS = [c for c, _ in CASES if c.control_text is not None]


GEMINI_APPROVAL = """
  - application_id: AI-TEST-EV-15
    user: tanaka
    service: gemini-api
    purposes: [文書作成支援]
    approver: 総務部長（CISO補佐）
    approved_on: 2025-04-01
    expires_on: 2099-03-31
"""


@pytest.fixture(scope="module")
def r15_gw(module_dir: Path, upstream: FakeUpstream, pki: TestPKI) -> Iterator[GatewayProcess]:
    yield from evasion_gateway(module_dir, upstream, pki, "evasion-r15", extra_approvals=GEMINI_APPROVAL)


@pytest.mark.parametrize("c, reason", ATTACKS, ids=[c.id for c, _ in ATTACKS])
def test_attack_never_reaches_the_ai_service(c: Case, reason: str | None, r15_gw: GatewayProcess,
                                             upstream: FakeUpstream) -> None:
    assert c.attack_text is not None
    before = len(upstream.requests)
    resp, nonce, decided = send(r15_gw, c, c.attack_text, c.build)
    assert not arrived(upstream, nonce), f"bypass: {c.id} reached the upstream ({decided})"
    no_planted_value_arrived(upstream, before)
    assert len(decided) == 1 and decided[0]["action"] == "block", [(d["action"], d["reason"]) for d in decided]
    if reason:
        assert decided[0]["reason"] == reason, decided[0]["reason"]
    assert resp.status >= 400 or decided[0]["reason"] == "undecodable_body", resp.status  # 0: closed


@pytest.mark.parametrize("c", CONTROLS, ids=[c.id for c in CONTROLS])
def test_clean_control_passes(c: Case, r15_gw: GatewayProcess, upstream: FakeUpstream) -> None:
    assert c.control_text is not None
    resp, nonce, decided = send(r15_gw, c, c.control_text, c.control_build or c.build)
    assert [d["action"] for d in decided] in (["allow"], ["warn"]), [(d["reason"], d.get("scan_reasons"))
                                                                      for d in decided]
    assert arrived(upstream, nonce) and 200 <= resp.status < 300, resp.status


@pytest.mark.parametrize("target", ["\\v1\\chat\\completions", f"https://user:pw@{OPENAI}{COMPLETIONS}"],
                         ids=["backslashes", "userinfo"])
def test_a_target_mitmproxy_cannot_parse_is_refused_and_never_forwarded(target: str, r15_gw: GatewayProcess,
                                                                        upstream: FakeUpstream) -> None:
    """mitmproxy answers 400 itself before any hook (no decision line: the request never became a request); the
    answer is aigw's Japanese JSON (``undecodable_body``) and ``request_unparseable`` is logged, without the target."""
    c = Case("unparsed", OPENAI, post(target, OPENAI), SECRET)
    before = len(upstream.requests)
    seen = len(r15_gw.events)
    resp, nonce, _ = send(r15_gw, c, SECRET, c.build, expect=0)
    assert not arrived(upstream, nonce) and len(upstream.requests) == before and resp.status == 400
    doc = json.loads(resp.body)
    assert doc["error"]["code"] == "undecodable_body" and "読み取れない" in doc["error"]["message"]
    assert resp.headers.get("x-aigw-reason") == "undecodable_body"
    logged = r15_gw.wait_events(lambda e: e.get("event") == "request_unparseable")
    assert logged and not any(nonce in json.dumps(e, ensure_ascii=False) or "chat" in json.dumps(e)
                              for e in r15_gw.events[seen:])
