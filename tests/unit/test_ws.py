"""gateway.ws: frame decoding per dialect and the block frames a user sees."""

from __future__ import annotations

import base64
import json

import pytest

from gateway.decode import BodyError
from gateway.ws import Connection, block_frames, dialect, frame_segments


def texts(frame: str | bytes, is_text: bool = True) -> list[str]:
    data = frame.encode() if isinstance(frame, str) else frame
    return [s.text for s in frame_segments(data, is_text)]


def test_copilot_json_frame():
    frame = json.dumps({"event": "send", "content": [{"type": "text", "text": "プロンプトM1"}], "mode": "chat"})
    assert "プロンプトM1" in texts(frame)


def test_signalr_records():
    frame = ('{"type":1,"target":"Metrics","arguments":[{}]}\x1e'
             '{"type":4,"target":"chat","invocationId":"0","arguments":[{"message":{"author":"user","text":"M2"}}]}\x1e')
    assert "M2" in texts(frame)


def test_socketio_and_plain_text_and_binary():
    assert "M3" in texts('42["message",{"text":"M3"}]')
    assert "M4" in texts('42/chat,7["message",{"text":"M4"}]')
    assert texts("plain M5") == ["plain M5"]
    assert "機密性２" in texts("機密性２".encode("shift_jis"), is_text=False)
    with pytest.raises(BodyError):
        frame_segments(b"\x00\x01\x02\xff\xfe unknown", False)


def test_base64_file_inside_a_frame_is_read():
    data = base64.b64encode("機密性２の文書です。".encode() * 8).decode()
    frame = json.dumps({"type": "input", "data": data})
    assert any("機密性２" in t for t in texts(frame))


def test_dialects_and_block_frames():
    assert dialect("copilot.microsoft.com", "/c/api/chat?api-version=2") == "copilot"
    assert dialect("substrate.office.com", "/m365Copilot/Chathub/a@b?x=1") == "signalr"
    assert dialect("x", "/ws") == "generic"
    frames = [json.loads(f) for f in block_frames("copilot", "ブロックしました")]
    assert [f["event"] for f in frames] == ["startMessage", "appendText", "partCompleted", "done"]
    assert frames[1]["text"] == "ブロックしました"
    assert block_frames("generic", "x") is None


def test_connection_counts():
    c = Connection("copilot")
    c.count(False, "allowed", 10)
    assert c.count(True, "confidential_data", 5) == 2
    assert (c.frames, c.allowed, c.blocked, c.chars, c.reasons) == (2, 1, 1, 15, {"confidential_data": 1})


# ---------------------------------------------------------------------------------------------- SignalR oracle
# The SignalR JavaScript client's JSON hub protocol (microsoft/signalr, TextMessageFormat.parse and
# JsonHubProtocol.parseMessages), ported as a test oracle: a frame must end with the record separator or
# the client throws "Message is incomplete." and closes the connection; every record is a JSON object
# with a numeric type; an invocation has a string target; a completion a string invocationId.
class SignalRError(Exception):
    pass


def signalr_parse(frame: str) -> list[dict]:
    if not frame or frame[-1] != "\x1e":
        raise SignalRError("Message is incomplete.")
    out = []
    for record in frame.split("\x1e")[:-1]:
        doc = json.loads(record)
        if not isinstance(doc.get("type"), int):
            raise SignalRError("Invalid payload.")
        if doc["type"] == 1:
            if not isinstance(doc.get("target"), str) or not doc["target"]:
                raise SignalRError("Invalid payload for Invocation message.")
            if "invocationId" in doc and not isinstance(doc["invocationId"], str):
                raise SignalRError("Invalid payload for Invocation message.")
        elif doc["type"] == 3:
            if not isinstance(doc.get("invocationId"), str) or not doc["invocationId"]:
                raise SignalRError("Invalid payload for Completion message.")
            if "error" in doc and not isinstance(doc["error"], str):
                raise SignalRError("Invalid payload for Completion message.")
        out.append(doc)
    return out


def test_signalr_block_frames_parse_in_the_signalr_client():
    from gateway.ws import invocation_id
    client = ('{"type":1,"target":"Metrics","arguments":[{}]}\x1e'
              '{"type":4,"target":"chat","invocationId":"7","arguments":[{"message":{"author":"user","text":"x"}}]}\x1e')
    inv = invocation_id(client.encode())
    assert inv == "7"
    frames = block_frames("signalr", "【aigw】ブロック\n参照番号: r", inv)
    docs = [d for f in frames for d in signalr_parse(f)]
    update, done = docs
    assert update["target"] == "update" and update["arguments"][0]["messages"][0]["author"] == "bot"
    assert update["arguments"][0]["messages"][0]["text"].startswith("【aigw】ブロック")
    assert done == {"type": 3, "invocationId": "7"}
    with pytest.raises(SignalRError, match="incomplete"):
        signalr_parse(frames[0][:-1])  # what aigw sent before: no 0x1E


def test_signalr_without_invocation_id_completes_the_first_invocation():
    frames = block_frames("signalr", "m")
    assert signalr_parse(frames[1]) == [{"type": 3, "invocationId": "0"}]


def copilot_client(frames: list[str]) -> str:
    """Consumer Copilot's chat socket as its public clients read it: JSON per frame; appendText adds text,
    done ends the answer, error raises; other events (startMessage, partCompleted, …) are progress."""
    text = ""
    for raw in frames:
        msg = json.loads(raw)
        event = msg.get("event")
        if event == "appendText":
            text += msg["text"]
        elif event == "error":
            raise AssertionError(msg)
        elif event == "done":
            return text
    raise AssertionError("the answer never completed (no done event)")


def test_copilot_block_frames_complete_in_the_client():
    assert copilot_client(block_frames("copilot", "【aigw】ブロック\n参照番号: r")) == "【aigw】ブロック\n参照番号: r"


def test_a_frame_of_json_nested_too_deeply_is_unreadable() -> None:
    with pytest.raises(BodyError):
        frame_segments(("[" * 50_000 + "]" * 50_000).encode(), True)
