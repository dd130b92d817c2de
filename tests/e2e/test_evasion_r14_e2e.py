"""Evasion suite, round 14 (red team): classes the first suite (test_evasion_e2e.py) does not hold.

Every attack goes byte for byte (tests/support/rawproxy.py) or through a real client (httpx over HTTP/2, a raw
plain-HTTP proxy request) through a real ``aigw run`` to the fake upstream on 127.0.0.1, carrying a planted
secret, and is paired with a clean control of the same shape where the shape is legitimate. Three surfaces:
the upstream never receives an attack (nonce in the User-Agent) and never the planted value; exactly one
``request_decided`` line, ``block`` for an attack (with the expected reason where the body cannot be read),
never holding the planted value; the client gets an answer.

Classes: content codings (raw deflate, zstd, br, stacks, unknown and lying codings), charsets (UTF-16/32 with
and without BOM, Japanese charsets, ISO-2022-JP unlabelled), JSON oddities (duplicate keys, floats, deep nesting,
escapes), multipart (nested, base64 / quoted-printable parts, RFC 2231 names, preamble, odd boundaries, part
charsets), text obfuscation (digits of other scripts, keycaps, combining marks, HTML entities, escaped escapes),
split carriers (tool calls, system blocks, data URLs), transport (absolute-form, plain HTTP, HTTP/2, trailers,
Expect, pipelining, Transfer-Encoding stacks, IP literal and spelled CONNECT targets).
"""

from __future__ import annotations

import base64
import gzip
import json
import socket
import ssl
import zlib
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import brotli
import httpx
import pytest

from tests.e2e.test_evasion_e2e import (CLEAN, CLOUD_KEY, COMPLETIONS, MYNUM, OPENAI,
                                        SECRET, ANTHROPIC, Case, anthropic_body, arrived, evasion_gateway,
                                        no_planted_value_arrived, openai_body,
                                        post, send)
from tests.e2e.test_websocket_e2e import HOST, ws_env  # noqa: F401 (the module's WebSocket gateway)
from tests.support import rawproxy
from tests.support.certs import TestPKI
from tests.support.gateway import GatewayProcess
from tests.support.upstream import FakeUpstream
from tests.support.tags import fresh_tag

try:  # Python 3.14+
    from compression import zstd  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    from backports import zstd  # type: ignore[no-redef]

pytestmark = pytest.mark.e2e

FW = str.maketrans("0123456789", "０１２３４５６７８９")


def digits_as(table: str) -> str:
    return MYNUM.translate(str.maketrans("0123456789", table))


CASES: list[tuple[Case, str | None]] = []  # (case, the block reason expected, None: any block reason)


def case(cid: str, connect: str, build, attack: str | None, control: str | None = CLEAN, *,
         reason: str | None = None, control_build=None) -> None:
    CASES.append((Case(cid, connect, build, attack, control, control_build), reason))


def coded(coding: str, compress, name: str = "") -> None:
    case(f"coding-{name or coding}", OPENAI, post(COMPLETIONS, OPENAI, lambda t: compress(openai_body(t)),
                                          extra={"Content-Encoding": coding}), SECRET)


# ---- content codings
coded("deflate", lambda b: zlib.compress(b)[2:-4], "deflate-raw")
coded("deflate", zlib.compress, "deflate-zlib")
coded("zstd", zstd.compress)
coded("br", brotli.compress)
coded("gzip, br", lambda b: brotli.compress(gzip.compress(b)))
coded("br, gzip, zstd", lambda b: zstd.compress(gzip.compress(brotli.compress(b))))
coded("x-gzip", gzip.compress)
coded("gzip,identity", gzip.compress)
coded(" GZIP ", gzip.compress)
case("zstd-two-frames", OPENAI, post(COMPLETIONS, OPENAI, lambda t: zstd.compress(openai_body(t)[:20])
                                     + zstd.compress(openai_body(t)[20:]), extra={"Content-Encoding": "zstd"}), SECRET)
# unknown, lying or broken codings: unreadable, so blocked with a reason (no control: nothing to read)
for cid, coding, body in (("unknown-compress", "compress", lambda t: openai_body(t)),
                          ("unknown-x-custom", "x-aigw-test", lambda t: gzip.compress(openai_body(t))),
                          ("gzip-label-plain-body", "gzip", lambda t: openai_body(t)),
                          ("gzip-truncated", "gzip", lambda t: gzip.compress(openai_body(t))[:-12]),
                          ("gzip-then-garbage", "gzip", lambda t: gzip.compress(openai_body(CLEAN)) + openai_body(t)),
                          ("br-label-gzip-body", "br", lambda t: gzip.compress(openai_body(t)))):
    case(f"coding-{cid}", OPENAI, post(COMPLETIONS, OPENAI, body, extra={"Content-Encoding": coding}), SECRET, None,
         reason="undecodable_body")
case("coding-identity-lying-gzip-body", OPENAI, post(COMPLETIONS, OPENAI, lambda t: gzip.compress(openai_body(t)),
                                                      extra={"Content-Encoding": "identity"}), SECRET, None)
case("coding-two-fields", OPENAI, lambda t, h: rawproxy.request(
    "POST", COMPLETIONS, OPENAI, headers=h | {"Content-Encoding": "gzip"}, content_type="application/json",
    body=gzip.compress(gzip.compress(openai_body(t))), extra_lines=["Content-Encoding: gzip"]), SECRET)


# ---- charsets
def charset(cid: str, encoding: str, ctype: str | None, text_of=lambda t: t, *, bom: bytes = b"",
            reason: str | None = None, control: bool = True) -> None:
    case(f"charset-{cid}", OPENAI, post(COMPLETIONS, OPENAI, lambda t: bom + openai_body(text_of(t)).decode().encode(
        encoding), content_type=ctype), SECRET, CLEAN if control else None, reason=reason)


charset("utf-16-bom", "utf-16", "application/json; charset=utf-16")
charset("utf-16le-no-bom", "utf-16-le", "application/json; charset=utf-16le")
charset("utf-16be-no-bom-label-utf-16", "utf-16-be", "application/json; charset=UTF-16")
charset("utf-32-bom", "utf-32", "application/json; charset=utf-32")
charset("utf-16-bom-unlabelled", "utf-16", "application/json", control=False)
charset("utf-16le-unlabelled", "utf-16-le", None, control=False)
charset("utf-8-bom", "utf-8-sig", "application/json")
charset("shift-jis", "shift_jis", "application/json; charset=Shift_JIS")
charset("cp932-quoted", "cp932", 'application/json; charset="windows-31j"')
charset("euc-jp", "euc_jp", "application/json; charset=EUC-JP")
charset("shift-jis-unlabelled-fullwidth", "shift_jis", "text/plain", lambda t: t.translate(FW))
charset("euc-jp-unlabelled-fullwidth", "euc_jp", None, lambda t: t.translate(FW))
charset("iso-2022-jp-labelled-fullwidth", "iso2022_jp", "text/plain; charset=iso-2022-jp", lambda t: t.translate(FW))
charset("iso-2022-jp-unlabelled-fullwidth", "iso2022_jp", "text/plain", lambda t: t.translate(FW))
charset("iso-2022-jp-json-label", "iso2022_jp", "application/json; charset=ISO-2022-JP")
charset("utf-7", "utf-7", "text/plain; charset=utf-7", lambda t: t.translate(FW))


def raw_json(fmt: str):
    return post(COMPLETIONS, OPENAI, lambda t: fmt.replace("@@", json.dumps(t, ensure_ascii=False)).encode())


# ---- JSON oddities
case("json-duplicate-key-first-wins", OPENAI, raw_json(
    '{"model":"gpt-4o","messages":[{"role":"user","content":@@}],"messages":[{"role":"user","content":"要約して"}]}'),
     SECRET)
case("json-duplicate-content-key", OPENAI, raw_json(
    '{"model":"gpt-4o","messages":[{"role":"user","content":@@,"content":"要約して"}]}'), SECRET)
case("json-duplicate-model-key", OPENAI, raw_json(
    '{"model":@@,"model":"gpt-4o","messages":[{"role":"user","content":"要約して"}]}'), SECRET)
for cid, lit in (("float", f"{MYNUM}.0"), ("exponent", f"{MYNUM[0]}.{MYNUM[1:]}e11"), ("negative", f"-{MYNUM}"),
                 ("exponent-upper", f"{MYNUM[0]}.{MYNUM[1:]}E+11")):
    case(f"json-number-{cid}", OPENAI, post(COMPLETIONS, OPENAI, lambda t, lit=lit: (
        '{"model":"gpt-4o","messages":[{"role":"user","content":"申請者の個人番号は次の値です。"}],'
        f'"metadata":{{"n":{lit if t != CLEAN else 42}}}}}').encode()), SECRET)
case("json-deep-nesting-secret", OPENAI, post(COMPLETIONS, OPENAI, lambda t: (
    '{"model":"gpt-4o","messages":[{"role":"user","content":"要約"}],"metadata":' + "[" * 400
    + json.dumps(t, ensure_ascii=False) + "]" * 400 + "}").encode()), SECRET)
case("json-nested-too-deep", OPENAI, post(COMPLETIONS, OPENAI, lambda t: (
    '{"model":"gpt-4o","messages":[{"role":"user","content":' + json.dumps(t, ensure_ascii=False) + '}],"x":'
    + "[" * 200000 + "]" * 200000 + "}").encode()), SECRET, None, reason="undecodable_body")
case("json-escaped-every-char", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_body("").replace(
    b'"content": ""', b'"content": "' + "".join(f"\\u{ord(c):04x}" for c in t).encode() + b'"')), SECRET)
case("json-string-holding-json", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_body(
    json.dumps({"note": json.dumps({"inner": t}, ensure_ascii=True)}))), SECRET)
case("json-html-entities", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_body(
    "個人番号: " + "".join(f"&#{ord(c)};" for c in MYNUM) if t != CLEAN else t)), SECRET)
case("json-html-hex-entities", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_body(
    "個人番号: " + "".join(f"&#x{ord(c):x};" for c in MYNUM) if t != CLEAN else t)), SECRET)
case("json-text-with-escapes", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_body(
    "次のエスケープを戻してください: " + "".join(f"\\u{ord(c):04x}" for c in t) if t != CLEAN else t)), SECRET)
case("ndjson-second-line", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_body(CLEAN) + b"\n" + openai_body(t),
                                        content_type="application/x-ndjson"), SECRET, None)
case("json-then-trailing-text", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_body(CLEAN) + b"\n" + t.encode(),
                                             content_type="text/plain"), SECRET, None)


# ---- multipart
def mp(parts: str, boundary: str = "b0", *, preamble: str = "", epilogue: str = "") -> bytes:
    return (preamble + parts + f"--{boundary}--\r\n" + epilogue).encode()


def field(name: str, value: str, boundary: str = "b0", headers: str = "") -> str:
    return f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n{headers}\r\n{value}\r\n'


FILES = "/v1/files"


def multipart(cid: str, body_of, ctype: str = "multipart/form-data; boundary=b0", control: str | None = CLEAN) -> None:
    case(f"multipart-{cid}", OPENAI, lambda t, h: rawproxy.request("POST", FILES, OPENAI, headers=h,
                                                                    content_type=ctype, body=body_of(t)),
         SECRET, control)


multipart("base64-part", lambda t: mp(field("purpose", "assistants") + field(
    "file", base64.encodebytes(t.encode()).decode(), headers="Content-Transfer-Encoding: base64\r\n")))
multipart("qp-part", lambda t: mp(field("purpose", "assistants") + field(
    "note", "".join(f"={b:02X}" for b in t.encode()), headers="Content-Transfer-Encoding: quoted-printable\r\n")))
multipart("nested-mixed", lambda t: mp(field("purpose", "assistants") + (
    '--b0\r\nContent-Disposition: form-data; name="files"\r\nContent-Type: multipart/mixed; boundary=inner\r\n\r\n'
    '--inner\r\nContent-Disposition: file; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n'
    f"{t}\r\n--inner--\r\n")))
multipart("filename-star", lambda t: mp(
    f"--b0\r\nContent-Disposition: form-data; name=\"file\"; filename*=UTF-8''{__import__('urllib.parse').parse.quote(t)}"
    ".txt\r\nContent-Type: text/plain\r\n\r\n会議資料\r\n"), control=None)
multipart("preamble", lambda t: mp(field("purpose", "assistants"), preamble=t + "\r\n"), control=None)
multipart("epilogue", lambda t: mp(field("purpose", "assistants"), epilogue=t + "\r\n"), control=None)
multipart("quoted-boundary-with-space", lambda t: mp(field("note", t, "a b'c"), "a b'c"),
          'multipart/form-data; boundary="a b\'c"')
multipart("boundary-case", lambda t: mp(field("note", t, "XyZ"), "XyZ"), "multipart/form-data; BOUNDARY=XyZ")
multipart("boundary-spaces-around-equals", lambda t: mp(field("note", t)), "multipart/form-data; boundary = b0")
multipart("part-shift-jis", lambda t: (f'--b0\r\nContent-Disposition: form-data; name="note"\r\n'
                                       'Content-Type: text/plain; charset=shift_jis\r\n\r\n').encode()
          + t.translate(FW).encode("shift_jis") + b"\r\n--b0--\r\n")
multipart("part-utf-16", lambda t: (f'--b0\r\nContent-Disposition: form-data; name="note"\r\n'
                                    'Content-Type: text/plain; charset=utf-16\r\n\r\n').encode()
          + t.encode("utf-16") + b"\r\n--b0--\r\n")
multipart("part-gzip-file", lambda t: (f'--b0\r\nContent-Disposition: form-data; name="file"; filename="a.txt.gz"\r\n'
                                       'Content-Type: application/gzip\r\n\r\n').encode()
          + gzip.compress(t.encode()) + b"\r\n--b0--\r\n", control=None)
multipart("mismatched-boundary", lambda t: mp(field("note", t, "zz"), "zz"))
multipart("label-form-body-multipart", lambda t: mp(field("note", t)), "application/x-www-form-urlencoded")
multipart("two-boundary-params", lambda t: mp(field("note", t, "b1"), "b1"),
          "multipart/form-data; boundary=b0; boundary=b1")

# ---- forms
case("form-shift-jis-percent", OPENAI, post(COMPLETIONS, OPENAI, lambda t: b"prompt=" + b"".join(
    b"%%%02X" % b for b in t.translate(FW).encode("shift_jis")), content_type="application/x-www-form-urlencoded"),
     SECRET)
case("form-key-carries-text", OPENAI, post(COMPLETIONS, OPENAI, lambda t: (
    __import__("urllib.parse").parse.quote(t) + "=1&model=gpt-4o").encode(),
    content_type="application/x-www-form-urlencoded"), SECRET)
case("form-semicolon-separated", OPENAI, post(COMPLETIONS, OPENAI, lambda t: (
    "model=gpt-4o;prompt=" + __import__("urllib.parse").parse.quote(t)).encode(),
    content_type="application/x-www-form-urlencoded"), SECRET)

# ---- text obfuscation of a 個人番号
OBF = {
    "arabic-indic": digits_as("٠١٢٣٤٥٦٧٨٩"),
    "devanagari": digits_as("०१२३४५६७८९"),
    "math-bold": digits_as("𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗"),
    "math-monospace": digits_as("𝟶𝟷𝟸𝟹𝟺𝟻𝟼𝟽𝟾𝟿"),
    "superscript": digits_as("⁰¹²³⁴⁵⁶⁷⁸⁹"),
    "subscript": digits_as("₀₁₂₃₄₅₆₇₈₉"),
    "circled": digits_as("⓪①②③④⑤⑥⑦⑧⑨"),
    "keycap": "".join(d + "\ufe0f\u20e3" for d in MYNUM),
    "keycap-bare": "".join(d + "\u20e3" for d in MYNUM),
    "combining-acute": "".join(d + "\u0301" for d in MYNUM),
    "combining-dot-below": "".join(d + "\u0323" for d in MYNUM),
    "bidi-isolates": "\u2066" + "\u2069\u2066".join([MYNUM[:4], MYNUM[4:8], MYNUM[8:]]) + "\u2069",
    "rlo-lro": "\u202d" + MYNUM + "\u202c",
    "soft-hyphen": "\u00ad".join(MYNUM),
    "mongolian-vs": "\u180e".join(MYNUM),
    "hangul-filler": "\u3164".join([MYNUM[:6], MYNUM[6:]]),
    "ideographic-space": "\u3000".join([MYNUM[:4], MYNUM[4:8], MYNUM[8:]]),
    "nbsp": "\u00a0".join([MYNUM[:4], MYNUM[4:8], MYNUM[8:]]),
    "thin-space": "\u2009".join(MYNUM),
    "comma-groups": f"{int(MYNUM):,}",
    "slash-groups": "/".join([MYNUM[:4], MYNUM[4:8], MYNUM[8:]]),
    "underscore": "_".join(MYNUM),
    "daiji-mixed": digits_as("零壱弐参四伍六七八九"),
    "fullwidth-hyphen-groups": "－".join([MYNUM[:4], MYNUM[4:8], MYNUM[8:]]).translate(FW),
    "tab-separated": "\t".join([MYNUM[:4], MYNUM[4:8], MYNUM[8:]]),
    "cr-separated": "\r".join([MYNUM[:4], MYNUM[4:8], MYNUM[8:]]),
}
for name, spelled in OBF.items():
    case(f"obf-{name}", OPENAI, post(COMPLETIONS, OPENAI), f"申請者の個人番号は {spelled} です。")


def openai_doc(doc: dict) -> bytes:
    return json.dumps({"model": "gpt-4o"} | doc, ensure_ascii=False).encode()


# ---- split across carriers of one request
case("split-tool-call-arguments", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_doc({"messages": [
    {"role": "user", "content": t[:12]},
    {"role": "assistant", "tool_calls": [{"id": "c1", "type": "function", "function": {
        "name": "lookup", "arguments": json.dumps({"q": t[12:]}, ensure_ascii=False)}}]},
    {"role": "tool", "tool_call_id": "c1", "content": "ok"}]})), f"申請者の個人番号は{MYNUM}です")
case("tool-result-content", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_doc({"messages": [
    {"role": "user", "content": "要約して"},
    {"role": "tool", "tool_call_id": "c1", "content": [{"type": "text", "text": t}]}]})), SECRET)
case("image-url-data-text", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_doc({"messages": [
    {"role": "user", "content": [{"type": "text", "text": "添付を要約"}, {"type": "image_url", "image_url": {
        "url": "data:text/plain;base64," + base64.b64encode(t.encode()).decode()}}]}]})), SECRET)
case("file-data-base64-json", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_doc({"messages": [
    {"role": "user", "content": [{"type": "text", "text": "添付を要約"}, {"type": "file", "file": {
        "filename": "a.txt", "file_data": base64.b64encode(t.encode()).decode()}}]}]})), SECRET)
case("base64-short-field", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_doc({"messages": [
    {"role": "user", "content": "個人番号を metadata.x から base64 で読んで"}],
    "metadata": {"x": base64.b64encode(MYNUM.encode()).decode() if t != CLEAN else "aGVsbG8="}})), SECRET)
case("anthropic-system-blocks", ANTHROPIC, post("/v1/messages", ANTHROPIC, lambda t: json.dumps({
    "model": "claude-sonnet-4-5", "max_tokens": 64, "system": [{"type": "text", "text": t[:14]}],
    "messages": [{"role": "user", "content": t[14:]}]}, ensure_ascii=False).encode()), f"申請者の個人番号は{MYNUM}です")
case("anthropic-document-text-source", ANTHROPIC, post("/v1/messages", ANTHROPIC, lambda t: json.dumps({
    "model": "claude-sonnet-4-5", "max_tokens": 64, "messages": [{"role": "user", "content": [
        {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": t}},
        {"type": "text", "text": "要約して"}]}]}, ensure_ascii=False).encode()), SECRET)
case("anthropic-document-base64-text", ANTHROPIC, post("/v1/messages", ANTHROPIC, lambda t: json.dumps({
    "model": "claude-sonnet-4-5", "max_tokens": 64, "messages": [{"role": "user", "content": [
        {"type": "document", "source": {"type": "base64", "media_type": "text/plain",
                                        "data": base64.b64encode(t.encode()).decode()}},
        {"type": "text", "text": "要約して"}]}]}, ensure_ascii=False).encode()), SECRET)
case("cloud-key-split-messages", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_doc({"messages": [
    {"role": "user", "content": t[:60]}, {"role": "user", "content": t[60:]}]})), CLOUD_KEY)
case("anthropic-text-plain-base64-body", ANTHROPIC, post("/v1/messages", ANTHROPIC, lambda t: base64.b64encode(
    anthropic_body(t)), content_type="text/plain"), SECRET, None)

# ---- protocol fields and other APIs' file parts
case("number-in-model-field", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_doc({"messages": [
    {"role": "user", "content": "申請者の個人番号は model 欄の値です。"}]}) .replace(b'"gpt-4o"', (
        f'"{MYNUM}"' if t != CLEAN else '"gpt-4o"').encode())), SECRET)
case("number-in-id-field", OPENAI, post(COMPLETIONS, OPENAI, lambda t: openai_doc({"messages": [
    {"role": "user", "content": "申請者の個人番号は id 欄の値です。", "id": MYNUM if t != CLEAN else "msg_1"}]})), SECRET)
case("responses-input-file", OPENAI, post("/v1/responses", OPENAI, lambda t: openai_doc({"input": [
    {"role": "user", "content": [{"type": "input_text", "text": "要約して"}, {"type": "input_file", "filename": "a.txt",
     "file_data": "data:text/plain;base64," + base64.b64encode(t.encode()).decode()}]}]})), SECRET)
case("query-double-percent", OPENAI, lambda t, h: rawproxy.request(
    "POST", f"{COMPLETIONS}?note={quote(quote(t))}", OPENAI, headers=h, body=openai_body(CLEAN),
    content_type="application/json"), SECRET)
case("path-params-carry-text", "chatgpt.com", lambda t, h: rawproxy.request(
    "POST", f"/backend-api/conversation;note={quote(t)}", "chatgpt.com", headers=h, body=b"{}",
    content_type="application/json"), SECRET)

# ---- transport inside the tunnel
case("absolute-form-target", OPENAI, post(f"https://{OPENAI}{COMPLETIONS}", OPENAI), SECRET)
case("absolute-form-other-host", OPENAI, post(f"https://chatgpt.com{COMPLETIONS}", OPENAI), SECRET, None)
case("absolute-form-http-scheme", OPENAI, post(f"http://{OPENAI}{COMPLETIONS}", OPENAI), SECRET, None)
# mitmproxy 12 does not implement request trailers (its layer crashed: no line, the client left waiting): the
# connection is closed and the request audited undecodable_body (gateway/addons/mitm_errors.py read_body)
case("chunked-trailer-header", OPENAI, lambda t, h: (
    f"POST {COMPLETIONS} HTTP/1.1\r\nHost: {OPENAI}\r\nContent-Type: application/json\r\nTrailer: X-Note\r\n"
    + "".join(f"{k}: {v}\r\n" for k, v in h.items()) + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    ).encode() + b"%x\r\n%s\r\n0\r\nX-Note: %s\r\n\r\n" % (len(openai_body(CLEAN)), openai_body(CLEAN),
                                                          __import__("urllib.parse").parse.quote(t).encode()),
     SECRET, None, reason="undecodable_body")
case("chunked-extensions", OPENAI, lambda t, h: (
    f"POST {COMPLETIONS} HTTP/1.1\r\nHost: {OPENAI}\r\nContent-Type: application/json\r\n"
    + "".join(f"{k}: {v}\r\n" for k, v in h.items()) + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    ).encode() + b"".join(b"%x;ext=1\r\n%s\r\n" % (len(p), p) for p in (openai_body(t)[:30], openai_body(t)[30:]))
    + b"0\r\n\r\n", SECRET)
case("expect-100-continue", OPENAI, post(COMPLETIONS, OPENAI, extra={"Expect": "100-continue"}), SECRET)
case("lowercase-method", OPENAI, post(COMPLETIONS, OPENAI, method="post"), SECRET, None)
case("transfer-encoding-gzip-chunked", OPENAI, lambda t, h: (
    f"POST {COMPLETIONS} HTTP/1.1\r\nHost: {OPENAI}\r\nContent-Type: application/json\r\n"
    + "".join(f"{k}: {v}\r\n" for k, v in h.items()) + "Transfer-Encoding: gzip, chunked\r\nConnection: close\r\n\r\n"
    ).encode() + b"%x\r\n%s\r\n0\r\n\r\n" % (len(gzip.compress(openai_body(t))), gzip.compress(openai_body(t))),
     SECRET, None)

ATTACKS = [(c, r) for c, r in CASES if c.attack_text is not None]
CONTROLS = [c for c, _ in CASES if c.control_text is not None]


# ---------------------------------------------------------------- the gateway under attack
@pytest.fixture(scope="module")
def r14_gw(module_dir: Path, upstream: FakeUpstream, pki: TestPKI) -> Iterator[GatewayProcess]:
    yield from evasion_gateway(module_dir, upstream, pki, "evasion-r14")


@pytest.mark.parametrize("c, reason", ATTACKS, ids=[c.id for c, _ in ATTACKS])
def test_attack_never_reaches_the_ai_service(c: Case, reason: str | None, r14_gw: GatewayProcess,
                                             upstream: FakeUpstream) -> None:
    assert c.attack_text is not None
    before = len(upstream.requests)
    resp, nonce, decided = send(r14_gw, c, c.attack_text, c.build)
    assert not arrived(upstream, nonce), f"bypass: {c.id} reached the upstream ({decided})"
    assert len(decided) == 1 and decided[0]["action"] == "block", decided
    if reason:
        assert decided[0]["reason"] == reason, decided
    assert resp.status >= 400 or decided[0]["reason"] == "undecodable_body", resp.status  # 0: closed
    no_planted_value_arrived(upstream, before)


@pytest.mark.parametrize("c", CONTROLS, ids=[c.id for c in CONTROLS])
def test_clean_control_passes(c: Case, r14_gw: GatewayProcess, upstream: FakeUpstream) -> None:
    assert c.control_text is not None
    resp, nonce, decided = send(r14_gw, c, c.control_text, c.control_build or c.build)
    assert [d["action"] for d in decided] in (["allow"], ["warn"]), [
        (d["reason"], d.get("scan_reasons"), d.get("findings")) for d in decided]
    assert arrived(upstream, nonce), f"false block: {c.id} ({decided})"
    assert 200 <= resp.status < 300, resp.status


# ---------------------------------------------------------------- transport around the tunnel
def _auth() -> str:
    return "Proxy-Authorization: Basic " + base64.b64encode(b"tanaka:demo").decode() + "\r\n"


def _tls_exchange(gw: GatewayProcess, authority: str, sni: str | None, raw: bytes, extra_ca: Path) -> bytes:
    """CONNECT ``authority`` (any spelling), TLS with ``sni`` trusting the gateway's CA and the upstream's (a tunnel
    passed through untouched would reach the fake upstream and show as an arrival), then ``raw``."""
    sock = socket.create_connection(("127.0.0.1", gw.port), timeout=20)
    sock.sendall(f"CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\n{_auth()}\r\n".encode())
    head, _ = rawproxy._read_head(sock)
    if not head.startswith(b"HTTP/1.1 200"):
        sock.close()
        return head
    ctx = ssl.create_default_context(cafile=str(gw.ca_cert))
    ctx.load_verify_locations(cafile=str(extra_ca))
    if sni is None:
        ctx.check_hostname = False
    try:
        tls = ctx.wrap_socket(sock, server_hostname=sni)
        tls.sendall(raw)
        data = b""
        while chunk := tls.recv(65536):
            data += chunk
        return data
    except (ssl.SSLError, OSError) as e:
        return str(e).encode()
    finally:
        sock.close()


def _nonce() -> tuple[str, dict[str, str]]:
    n = fresh_tag()
    return n, {"User-Agent": f"aigw-evasion/{n}"}


@pytest.mark.parametrize("authority, sni", [
    ("127.0.0.1:{port}", "api.openai.com"),  # an IP literal: the SNI names the service
    ("API.OPENAI.COM.:443", "api.openai.com"),  # spelled otherwise
    ("api.openai.com:8443", "api.openai.com"),  # another port
    ("[::ffff:127.0.0.1]:{port}", "api.openai.com"),  # an IPv4-mapped IPv6 literal
], ids=["ip-literal", "upper-trailing-dot", "odd-port", "ipv6-mapped"])
def test_a_connect_target_spelled_otherwise_is_still_decrypted_and_scanned(
        authority: str, sni: str, r14_gw: GatewayProcess, upstream: FakeUpstream, pki: TestPKI) -> None:
    nonce, h = _nonce()
    m = r14_gw.mark()
    raw = rawproxy.request("POST", COMPLETIONS, OPENAI, headers=h, body=openai_body(SECRET),
                           content_type="application/json")
    answer = _tls_exchange(r14_gw, authority.format(port=upstream.port), sni, raw, pki.ca_pem)
    assert not arrived(upstream, nonce), answer[:200]
    decided = r14_gw.new_decisions(m, expect=1, timeout=5)
    assert decided and all(d["action"] == "block" for d in decided), (decided, answer[:200])


def test_no_sni_to_an_ip_literal_with_a_catalogued_host_header(r14_gw: GatewayProcess, upstream: FakeUpstream,
                                                               pki: TestPKI) -> None:
    """Without SNI nothing names the service before TLS: the tunnel is decrypted (gateway/addons/scope.py) and the
    Host inside decides; a catalogued Host on an IP literal is refused (authority bound to the connection)."""
    nonce, h = _nonce()
    m = r14_gw.mark()
    raw = rawproxy.request("POST", COMPLETIONS, OPENAI, headers=h, body=openai_body(SECRET),
                           content_type="application/json")
    answer = _tls_exchange(r14_gw, f"127.0.0.1:{upstream.port}", None, raw, pki.ca_pem)
    assert not arrived(upstream, nonce)
    decided = r14_gw.new_decisions(m)
    assert [d["action"] for d in decided] == ["block"] and answer.startswith(b"HTTP/1.1 403"), (decided, answer[:100])


def test_plain_http_proxy_request_is_scanned(r14_gw: GatewayProcess, upstream: FakeUpstream) -> None:
    """An absolute-form request to the proxy itself, without CONNECT (http://api.openai.com/…)."""
    nonce, h = _nonce()
    m = r14_gw.mark()
    body = openai_body(SECRET)
    with socket.create_connection(("127.0.0.1", r14_gw.port), timeout=20) as sock:
        sock.sendall((f"POST http://{OPENAI}{COMPLETIONS} HTTP/1.1\r\nHost: {OPENAI}\r\n{_auth()}"
                      f"User-Agent: {h['User-Agent']}\r\nContent-Type: application/json\r\n"
                      f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode() + body)
        head, _ = rawproxy._read_head(sock)
    assert not arrived(upstream, nonce)
    decided = r14_gw.new_decisions(m)
    assert [d["action"] for d in decided] == ["block"] and head.startswith(b"HTTP/1.1 403"), (decided, head)


def test_http2_client_is_scanned(r14_gw: GatewayProcess, upstream: FakeUpstream) -> None:
    nonce, h = _nonce()
    m = r14_gw.mark()
    with httpx.Client(http2=True, proxy=r14_gw.proxy_url(), verify=r14_gw.ssl_context(), trust_env=False,
                      timeout=30) as c:
        blocked = c.post(f"https://{OPENAI}{COMPLETIONS}", content=openai_body(SECRET),
                         headers=h | {"content-type": "application/json"})
        clean = c.post(f"https://{OPENAI}{COMPLETIONS}", content=openai_body(CLEAN),
                       headers={"User-Agent": f"aigw-evasion/{nonce}-clean", "content-type": "application/json"})
    assert blocked.status_code == 403 and clean.status_code == 200
    assert not arrived(upstream, nonce + "\n") and [r for r in upstream.requests
                                                   if r.headers.get("user-agent", "").endswith(nonce)] == []
    assert arrived(upstream, f"{nonce}-clean")
    assert [d["action"] for d in r14_gw.new_decisions(m, expect=2)] == ["block", "allow"]


def test_pipelined_requests_are_each_scanned(r14_gw: GatewayProcess, upstream: FakeUpstream) -> None:
    """Two requests in one write on one connection: the clean first passes, the second is blocked."""
    first, h1 = _nonce()
    second, h2 = _nonce()
    m = r14_gw.mark()
    a = rawproxy.request("POST", COMPLETIONS, OPENAI, headers=h1, body=openai_body(CLEAN),
                         content_type="application/json").replace(b"Connection: close\r\n", b"")
    b = rawproxy.request("POST", COMPLETIONS, OPENAI, headers=h2, body=openai_body(SECRET),
                         content_type="application/json")
    resp = rawproxy.send(r14_gw.port, OPENAI, a + b, ca_file=str(r14_gw.ca_cert))
    assert resp.status == 200
    assert arrived(upstream, first) and not arrived(upstream, second)
    assert [d["action"] for d in r14_gw.new_decisions(m, expect=2)] == ["allow", "block"]


@pytest.mark.parametrize("name", ["Cookie", "Accept-Language", "Origin", "Accept"])
def test_a_protocol_header_carrying_the_prompt(name: str, r14_gw: GatewayProcess, upstream: FakeUpstream) -> None:
    nonce, h = _nonce()
    m = r14_gw.mark()
    value = quote(SECRET) if name != "Cookie" else "note=" + quote(SECRET)
    raw = rawproxy.request("POST", COMPLETIONS, OPENAI, headers=h | {name: value}, body=openai_body(CLEAN),
                           content_type="application/json")
    rawproxy.send(r14_gw.port, OPENAI, raw, ca_file=str(r14_gw.ca_cert))
    assert not arrived(upstream, nonce)
    assert [d["action"] for d in r14_gw.new_decisions(m)] == ["block"]


# ---------------------------------------------------------------- WebSocket frames
COPILOT = HOST


def _chat(text: str) -> str:
    return json.dumps({"event": "send", "conversationId": "c", "content": [{"type": "text", "text": text}]},
                      ensure_ascii=False)


WS_FRAMES = {
    "fragmented-text": lambda t: [_chat(t)[i:i + 7] for i in range(0, len(_chat(t)), 7)],
    "binary-utf8-json": lambda t: _chat(t).encode(),
    "binary-utf16-json": lambda t: _chat(t).encode("utf-16"),
    "binary-gzip-json": lambda t: gzip.compress(_chat(t).encode()),
    "socketio-event": lambda t: '42["message",' + _chat(t) + "]",
    "socketio-namespace": lambda t: '42/chat,7["message",' + _chat(t) + "]",
    "signalr-records": lambda t: '{"type":6}\x1e{"type":1,"target":"chat","arguments":[' + _chat(t) + "]}\x1e",
    "json-escaped": lambda t: json.dumps({"event": "send", "content": [{"type": "text", "text": t}]}),
    "plain-text": lambda t: t,
    "base64-text": lambda t: base64.b64encode(_chat(t).encode()).decode(),
    "fragmented-binary": lambda t: [_chat(t).encode()[i:i + 9] for i in range(0, len(_chat(t).encode()), 9)],
}


UNREADABLE_FRAMES = {"binary-utf16-json", "binary-gzip-json"}  # a file nobody reads: refused clean or not


def _until_done(ws) -> None:
    while json.loads(ws.recv(timeout=20)).get("event") != "done":
        pass


@pytest.mark.parametrize("shape", list(WS_FRAMES), ids=list(WS_FRAMES))
def test_websocket_frame_shapes_never_carry_a_secret(shape: str, ws_env) -> None:
    """Each shape with the secret is dropped (its own block line), the same shape clean passes (or, for a binary
    frame nobody can read, is refused too: unscannable_file), and the socket goes on."""
    from tests.support.ws_client import connect

    gw, up = ws_env
    tag = fresh_tag()
    m = gw.mark()
    with connect(f"wss://{COPILOT}/c/api/chat?api-version=2", proxy=gw.proxy_url("tanaka"), ssl=gw.ssl_context(),
                 open_timeout=30, compression=None if shape == "plain-text" else "deflate") as ws:
        ws.send(WS_FRAMES[shape](f"{SECRET} {tag}"))
        _until_done(ws)  # the gateway's notice, in Copilot's frame shape
        ws.send(WS_FRAMES[shape](f"{CLEAN} {tag}"))
        _until_done(ws)
    frames = [f if isinstance(f, str) else f.decode("utf-8", "replace") for f in up.frames]
    assert not [f for f in frames if MYNUM in f], "a secret frame reached the service"
    expected = ["block", "block"] if shape in UNREADABLE_FRAMES else ["block"]
    # the session's own line and one per blocked frame (a clean frame that is read has none)
    lines = [d for d in gw.new_decisions(m, expect=1 + len(expected)) if d.get("stage") == "websocket"]
    assert [d["action"] for d in lines] == expected, [(d["action"], d["reason"]) for d in lines]
    assert lines[0]["reason"] == ("unscannable_file" if shape in UNREADABLE_FRAMES else "confidential_data")
