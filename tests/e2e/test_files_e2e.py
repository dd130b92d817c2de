"""File uploads through a real `aigw run`: documents built with python-docx / openpyxl / reportlab,
sent by real clients (the official openai SDK for the Files API, httpx for the ChatGPT blob PUT and
multipart forms). Each test checks what the client saw, the request_decided line, and what the fake
upstream received (a blocked file never arrives)."""

from __future__ import annotations

import gzip
import json

import openai
import pytest
from backports import zstd

from tests.support.documents import MY_NUMBER, docx_bytes, pdf_bytes, xlsx_bytes
from tests.support.gateway import GatewayProcess
from tests.support.upstream import FakeUpstream
from tests.support.tags import fresh_tag

pytestmark = pytest.mark.e2e

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def name(ext: str) -> str:
    return f"upload-{fresh_tag(12)}.{ext}"  # the file name is the marker we look for upstream


def oai(gw: GatewayProcess) -> openai.OpenAI:
    return openai.OpenAI(api_key="sk-test", base_url="https://api.openai.com/v1", http_client=gw.http_client(),
                         max_retries=0)


def only(decisions: list[dict]) -> dict:
    assert len(decisions) == 1, f"expected exactly one request_decided line, got {decisions}"
    return decisions[0]


def files_create(gw: GatewayProcess, filename: str, data: bytes, mime: str):
    return oai(gw).files.create(file=(filename, data, mime), purpose="assistants")


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_office_file_with_my_number_is_blocked(kind: str, gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    if kind == "docx":
        data, mime = docx_bytes("申請者の情報です。", table=[["個人番号", MY_NUMBER]]), DOCX
    else:
        data, mime = xlsx_bytes([["氏名", "個人番号"], ["山田 太郎", int(MY_NUMBER)]]), XLSX
    fn = name(kind)
    m = gateway.mark()
    with pytest.raises(openai.PermissionDeniedError) as ei:
        files_create(gateway, fn, data, mime)
    assert ei.value.status_code == 403
    assert ei.value.response.headers["x-aigw-reason"] == "confidential_data"
    d = only(gateway.new_decisions(m))
    assert (d["service"], d["action"], d["reason"]) == ("openai-api", "block", "confidential_data")
    assert any(f["entity"] == "JP_MY_NUMBER" for f in d["findings"])
    assert MY_NUMBER not in json.dumps(d)
    assert upstream.received(fn) == []


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_clean_office_file_passes(kind: str, gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    if kind == "docx":
        data, mime = docx_bytes("会議の議事録です。次回は来月開催。", header="議事録"), DOCX
    else:
        data, mime = xlsx_bytes([["品目", "数量"], ["コピー用紙", 20]]), XLSX
    fn = name(kind)
    m = gateway.mark()
    files_create(gateway, fn, data, mime)
    d = only(gateway.new_decisions(m))
    assert (d["action"], d["reason"], gateway.upstream_status(d)) == ("allow", "allowed", 200)
    assert d["segments"] >= 2
    [rec] = upstream.received(fn)
    assert data in rec.body  # the file arrived byte for byte


def blob_put(gw: GatewayProcess, data: bytes, mime: str):
    url = f"https://files.oaiusercontent.com/file-{fresh_tag()}?se=2030-01-01&sp=cw&sv=2020-04-08&sig=x"
    with gw.http_client() as c:
        return c.put(url, content=data, headers={"content-type": mime, "x-ms-blob-type": "BlockBlob",
                                                 "x-ms-version": "2020-04-08"}), url.split("?")[0][-32:]


def test_pdf_with_classification_header_is_blocked_on_chatgpt_blob_put(
        gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    data = pdf_bytes(["令和6年度 事業計画（案）", "担当: 企画課"], header="機密性２")
    m = gateway.mark()
    r, marker = blob_put(gateway, data, "application/pdf")
    assert r.status_code == 403
    d = only(gateway.new_decisions(m))
    assert (d["service"], d["reason"]) == ("chatgpt", "confidential_data")
    assert any(f["entity"] == "CLASSIFICATION_MARKING" for f in d["findings"])
    assert not [x for x in upstream.requests if marker in x.path]


def test_clean_pdf_passes_on_chatgpt_blob_put(gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    data = pdf_bytes(["令和6年度 事業計画（案）", "担当: 企画課"], header="公開資料")
    m = gateway.mark()
    r, marker = blob_put(gateway, data, "application/pdf")
    assert r.status_code == 200
    d = only(gateway.new_decisions(m))
    assert (d["action"], gateway.upstream_status(d)) == ("allow", 200)
    [rec] = [x for x in upstream.requests if marker in x.path]
    assert rec.method == "PUT" and rec.body == data


def test_password_protected_pdf_is_unscannable(gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    data = pdf_bytes(["秘密の内容"], password="himitsu")
    m = gateway.mark()
    r, marker = blob_put(gateway, data, "application/pdf")
    assert r.status_code == 403
    assert r.headers["x-aigw-reason"] == "unscannable_file"
    d = only(gateway.new_decisions(m))
    assert (d["action"], d["reason"]) == ("block", "unscannable_file")
    assert not [x for x in upstream.requests if marker in x.path]


def test_shift_jis_text_upload_with_marking_is_blocked(gateway: GatewayProcess, upstream: FakeUpstream) -> None:
    fn = name("txt")
    data = "機密性２\r\n庁内限り\r\n人事異動の内示一覧（案）\r\n".encode("shift_jis")
    m = gateway.mark()
    with gateway.http_client() as c:  # a plain multipart form, as a browser sends it; no charset declared
        r = c.post("https://api.openai.com/v1/files", data={"purpose": "assistants"},
                   files={"file": (fn, data, "text/plain")}, headers={"authorization": "Bearer sk-test"})
    assert r.status_code == 403
    d = only(gateway.new_decisions(m))
    assert (d["action"], d["reason"]) == ("block", "confidential_data")
    assert any(f["entity"] == "CLASSIFICATION_MARKING" for f in d["findings"])
    assert upstream.received(fn) == []


@pytest.mark.parametrize("coding", ["gzip", "zstd"])
def test_compressed_json_prompt_with_my_number_is_blocked(coding: str, gateway: GatewayProcess,
                                                           upstream: FakeUpstream) -> None:
    tag = fresh_tag()
    body = json.dumps({"model": "gpt-4o-mini", "messages": [
        {"role": "user", "content": f"{tag} 個人番号 {MY_NUMBER} の方の手続きを教えて"}]}, ensure_ascii=False).encode()
    packed = gzip.compress(body) if coding == "gzip" else zstd.compress(body)
    m = gateway.mark()
    with gateway.http_client() as c:
        r = c.post("https://api.openai.com/v1/chat/completions", content=packed,
                   headers={"content-type": "application/json", "content-encoding": coding,
                            "authorization": "Bearer sk-test"})
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "confidential_data"
    d = only(gateway.new_decisions(m))
    assert (d["reason"], d["prompt_chars"] > 0) == ("confidential_data", True)
    assert not [x for x in upstream.requests if tag.encode() in x.body or packed in x.body]
