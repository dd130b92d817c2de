"""Every field that carries user text is found (planted markers), and protocol tokens are not."""

import json

import pytest

from gateway.decode import BodyError
from gateway.extract import extract_prompt
from gateway.model import Reason


def texts(name, doc, ctype="application/json"):
    body = doc if isinstance(doc, bytes) else json.dumps(doc, ensure_ascii=False).encode()
    return [s.text for s in extract_prompt(name, body, ctype).segments]


OPENAI_CHAT = {
    "model": "gpt-4o",
    "messages": [
        {"role": "system", "content": "M1"},
        {"role": "developer", "content": [{"type": "text", "text": "M2"}]},
        {"role": "user", "content": [{"type": "text", "text": "M3"},
                                     {"type": "image_url", "image_url": {"url": "data:image/png;base64," + "A" * 600}}]},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": "{\"q\": \"M4\"}"}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": "M5"},
        {"role": "user", "name": "M6", "content": "M7"},
    ],
    "metadata": {"note": "M8"},
    "stream": True,
}

OPENAI_RESPONSES = {
    "model": "gpt-4o",
    "instructions": "M1",
    "input": [
        {"role": "user", "content": [{"type": "input_text", "text": "M2"},
                                     {"type": "input_image", "image_url": "https://img.example/x.png"}]},
        {"type": "function_call", "call_id": "c1", "name": "f", "arguments": "{\"a\": \"M3\"}"},
        {"type": "function_call_output", "call_id": "c1", "output": "M4"},
        {"role": "assistant", "content": "M5"},
    ],
}

ANTHROPIC = {
    "model": "claude-x",
    "max_tokens": 100,
    "system": [{"type": "text", "text": "M1", "cache_control": {"type": "ephemeral"}}],
    "messages": [
        {"role": "user", "content": "M2"},
        {"role": "user", "content": [
            {"type": "text", "text": "M3"},
            {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": "M4"}, "title": "M5"},
            {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "B" * 800}},
        ]},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "t1", "name": "db", "input": {"q": "M6"}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t1",
                                      "content": [{"type": "text", "text": "M7"}]}]},
    ],
    "metadata": {"user_id": "M8"},
}


@pytest.mark.parametrize("name,doc,n", [
    ("openai_chat", OPENAI_CHAT, 8),
    ("openai_responses", OPENAI_RESPONSES, 5),
    ("anthropic_messages", ANTHROPIC, 8),
    ("json_strings", OPENAI_CHAT, 8),
    ("json_strings", ANTHROPIC, 8),
])
def test_every_marker_found_and_no_protocol_tokens(name, doc, n):
    got = texts(name, doc)
    joined = "\n".join(got)
    for i in range(1, n + 1):
        assert f"M{i}" in joined, f"M{i} missing from {name}"
    for token in ("gpt-4o", "claude-x", "user", "assistant", "call_1", "ephemeral", "image/png", "AAAA", "BBBB"):
        assert token not in got


def test_anthropic_batches():
    doc = {"requests": [{"custom_id": "r1", "params": {"model": "m", "max_tokens": 1,
                                                       "messages": [{"role": "user", "content": "BATCH1"}]}}]}
    assert "BATCH1" in texts("anthropic_messages", doc)


def test_batch_custom_id_is_still_scanned_by_fallback():
    doc = {"requests": [{"custom_id": "社員番号12345", "params": {"messages": []}}]}
    assert "社員番号12345" in texts("anthropic_messages", doc)


def test_non_ascii_keys_are_scanned():
    assert "田中太郎" in texts("json_strings", {"田中太郎": 1})


def test_form_body_with_nested_json():
    body = "f.req=%5Bnull%2C%22%5B%5B%5C%22%E7%A7%98%E5%AF%86%5C%22%5D%5D%22%5D&at=tok".encode()
    assert "秘密" in texts("json_strings", body, "application/x-www-form-urlencoded")


def test_multipart_text_fields_and_binary_parts():
    boundary = "XyZ"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\nMULTI1\r\n"
            f"--{boundary}--\r\n").encode()
    assert texts("json_strings", body, f"multipart/form-data; boundary={boundary}") == ["MULTI1"]
    binary = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n\r\n").encode() \
        + b"\x00\x01\xff\xfe" + f"\r\n--{boundary}--\r\n".encode()
    with pytest.raises(BodyError) as ei:
        extract_prompt("json_strings", binary, f"multipart/form-data; boundary={boundary}")
    assert ei.value.reason is Reason.UNSCANNABLE_FILE  # an unknown binary file cannot be scanned (gateway/files)


@pytest.mark.parametrize("body,ctype", [
    (b'{"messages": [', "application/json"),
    (b"\x00\x01\x02\xff", "application/octet-stream"),
])
def test_unreadable_bodies_raise(body, ctype):
    with pytest.raises(BodyError):
        extract_prompt("openai_chat", body, ctype)


@pytest.mark.parametrize("encoding", ["shift_jis", "cp932", "euc_jp"])
def test_japanese_charsets_without_loss(encoding):
    text = "機密性２情報　マイナンバー"
    body = json.dumps({"input": text}, ensure_ascii=False).encode(encoding)
    assert texts("json_strings", body, f"application/json; charset={encoding}") == [text]
    assert texts("json_strings", body, "application/json") == [text]  # detected without a declared charset


def test_empty_body():
    assert extract_prompt("openai_chat", b"", "application/json").segments == ()


@pytest.mark.parametrize("name", ["openai_chat", "anthropic_messages", "json_strings"])
@pytest.mark.parametrize("depth", [5_000, 200_000])
def test_json_nested_deeper_than_the_reader_goes_is_undecodable_not_a_crash(name: str, depth: int) -> None:
    for doc in ("[" * depth + '"x"' + "]" * depth, '{"a":' * depth + '"x"' + "}" * depth):
        with pytest.raises(BodyError) as ei:
            extract_prompt(name, doc.encode(), "application/json")
        assert ei.value.reason is Reason.UNDECODABLE_BODY


def test_every_value_of_a_repeated_key_is_read():
    """json.loads keeps the last value; a server may read the first: both are scanned."""
    body = b'{"model":"m","messages":[{"role":"user","content":"FIRST"}],"messages":[{"role":"user","content":"LAST"}]}'
    assert set(texts("openai_chat", body, "application/json")) == {"FIRST", "LAST"}
    body = b'{"messages":[{"role":"user","content":"A","content":"B"}],"model":"X y","model":"m"}'
    assert {"A", "B", "X y"} <= set(texts("openai_chat", body, "application/json"))


@pytest.mark.parametrize("literal", ["526018159084.0", "5.26018159084e11", "5.26018159084E+11"])
def test_an_identifier_written_as_a_float_is_read_as_the_integer(literal: str):
    body = ('{"model":"m","messages":[{"role":"user","content":"x"}],"metadata":{"n":%s}}' % literal).encode()
    assert "526018159084" in texts("openai_chat", body, "application/json")


def test_a_string_holding_json_is_read_with_its_escapes_undone_next_to_its_neighbour():
    args = json.dumps({"q": "018159084です"}, ensure_ascii=True)
    body = json.dumps({"model": "m", "messages": [
        {"role": "user", "content": "個人番号は526"},
        {"role": "assistant", "tool_calls": [{"id": "c", "type": "function",
                                              "function": {"name": "f", "arguments": args}}]}]}).encode()
    got = texts("openai_chat", body, "application/json")
    assert got.index("個人番号は526") + 1 == got.index("018159084です")  # neighbours: the seam joins them


def test_a_json_body_in_iso_2022_jp_is_read_as_json():
    body = json.dumps({"messages": [{"role": "user", "content": "機密性２"}]}, ensure_ascii=False).encode("iso2022_jp")
    assert "機密性２" in texts("openai_chat", body, "application/json; charset=ISO-2022-JP")


def test_multipart_preamble_epilogue_and_a_field_in_its_declared_charset():
    body = (b'PRE\r\n--b\r\nContent-Disposition: form-data; name="a"\r\nContent-Type: text/plain; charset=utf-16\r\n\r\n'
            + "機密性２".encode("utf-16") + b"\r\n--b--\r\nEPI\r\n")
    assert set(texts("json_strings", body, "multipart/form-data; boundary=b")) >= {"PRE", "機密性２", "EPI\r\n"}


def test_a_number_under_a_protocol_key_is_data():
    body = b'{"model":"526018159084","messages":[{"role":"user","content":"x","id":"526018159085"}]}'
    got = texts("openai_chat", body, "application/json")
    assert "526018159084" in got and "526018159085" in got and "user" not in got
