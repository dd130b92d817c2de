"""Gemini web StreamGenerate form bodies (SERVICES.md §3.1): f.req=[null,"<inner>"], prompt inner[0][0]."""

import json

from gateway.extract import gemini_web
from tests.unit.extract._fixture import form_body, gateway_texts, markers_in

FORM = "application/x-www-form-urlencoded;charset=UTF-8"


def stream_generate(prompt: str, files: list | None = None) -> dict:
    inner = [None] * 69
    inner[0] = [prompt, 0, None, files, None, None, 0]
    inner[1] = ["ja"]
    inner[2] = ["c_0123456789abcdef", "r_0123456789abcdef", "rc_0123456789abcdef", None, None, []]
    inner[6] = [1]
    inner[45] = 1
    return {"f.req": [None, json.dumps(inner, ensure_ascii=False)], "at": "AJvLN6M-xsrf:1778265252000"}


def test_prompt_and_file_names():
    fields = stream_generate("M1 この文書を要約", [[["/contrib_service/ttl_1d/abc"], "M2_報告書.docx"]])
    texts = [s.text for s in gemini_web.extract(fields)]
    assert texts == ["M1 この文書を要約", "M2_報告書.docx"]


def test_through_gateway_form():
    fields = stream_generate("M1 質問", [[["/contrib_service/ttl_1d/abc"], "M2.pdf"]])
    texts = gateway_texts("gemini_web", form_body(fields), FORM)
    assert markers_in(texts) == {"M1", "M2"}
    assert texts[0] == "M1 質問"  # the specific extractor's segments come first, not duplicated
    assert sum("M1" in t for t in texts) == 1


def test_batchexecute_read_by_generic_walker():
    args = json.dumps([["M1 ジェムの指示", "M2 名前"], None, [1]], ensure_ascii=False)
    fields = {"f.req": [[["oMH3Zd", args, None, "generic"]]], "at": "xsrf"}
    assert list(gemini_web.extract(fields)) == []
    assert markers_in(gateway_texts("gemini_web", form_body(fields), FORM)) == {"M1", "M2"}


def test_reshuffled_arrays_still_scanned():
    fields = {"f.req": [None, json.dumps([[None, ["M1 moved"]], None, "M2"])], "at": "x"}
    assert markers_in(gateway_texts("gemini_web", form_body(fields), FORM)) == {"M1", "M2"}


def test_form_decoding_is_exact_and_not_lossy():
    from gateway.extract._util import parse_form

    assert parse_form("a=1&b=%E3%81%82+x&c&e=%zz%41") == [("a", "1"), ("b", "あ x"), ("c", ""), ("e", "%zzA")]
    # a Shift_JIS-encoded form value is decoded by the charset detector, never replaced with U+FFFD
    body = b"q=" + b"".join(b"%%%02X" % c for c in "個人番号の確認について".encode("cp932"))
    texts = gateway_texts("gemini_web", body, FORM)
    assert texts == ["個人番号の確認について"]
