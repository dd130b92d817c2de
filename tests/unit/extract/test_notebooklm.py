"""NotebookLM bodies (SERVICES.md §3.3): chat prompt inner[1]; batchexecute izAoDd ADD_SOURCE."""

import json

from gateway.extract import notebooklm
from tests.unit.extract._fixture import form_body, gateway_texts, markers_in

FORM = "application/x-www-form-urlencoded;charset=UTF-8"
SRC = "5b2e6c1a-0000-4000-8000-00000000aaaa"
NB = "9d8c7b6a-0000-4000-8000-00000000bbbb"


def chat(prompt: str) -> dict:
    inner = [[[[SRC]]], prompt, None, [2, None, [1]], NB]
    return {"f.req": [None, json.dumps(inner, ensure_ascii=False)], "at": "xsrf"}


def add_source(title: str, content: str, url: str) -> dict:
    args = [[[None, [title, content], None, 2], [None, None, [url]]], NB]
    return {"f.req": [[["izAoDd", json.dumps(args, ensure_ascii=False), None, "generic"]]], "at": "xsrf"}


def test_chat_prompt_is_inner_1():
    texts = [s.text for s in notebooklm.extract((chat("M1 出典を要約して")))]
    assert texts == ["M1 出典を要約して"]
    assert markers_in(gateway_texts("notebooklm", form_body(chat("M1 出典")), FORM)) == {"M1"}


def test_add_source_text_and_url():
    fields = add_source("M1 タイトル", "M2 貼り付けた本文", "https://example.lg.jp/M3")
    texts = [s.text for s in notebooklm.extract((fields))]
    assert markers_in(texts) == {"M1", "M2", "M3"} and len(texts) == 3
    assert NB not in texts
    assert markers_in(gateway_texts("notebooklm", form_body(fields), FORM)) == {"M1", "M2", "M3"}


def test_other_rpc_generic():
    fields = {"f.req": [[["CCqFvf", json.dumps(["M1 ノートブック名"], ensure_ascii=False), None, "generic"]]]}
    assert markers_in(gateway_texts("notebooklm", form_body(fields), FORM)) == {"M1"}
