import io
import json

from gateway.logging import audit_record, configure_logging, get_logger


def test_request_decided_allow_list_and_order():
    buf = io.StringIO()
    configure_logging(buf)
    get_logger().info("request_decided", user="tanaka", prompt="秘密の本文", text="x", action="allow")
    line = json.loads(buf.getvalue())
    assert list(line)[:2] == ["time", "event"]
    assert line["user"] == "tanaka" and "prompt" not in line and "text" not in line
    configure_logging()


def test_other_events_redact_forbidden_keys():
    buf = io.StringIO()
    configure_logging(buf)
    get_logger().warning("something", body="秘密", match="526018159084", stage="scan")
    line = json.loads(buf.getvalue())
    assert line["body"] == "<redacted>" and line["match"] == "<redacted>" and line["stage"] == "scan"
    configure_logging()


def test_audit_record_for_file():
    rec = audit_record({"user": "u", "prompt": "p"})
    assert rec["event"] == "request_decided" and "prompt" not in rec and rec["time"].endswith("Z")
