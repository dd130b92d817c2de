"""The one place structlog is configured: JSON lines on stdout, with a redaction safety net.

Event names are snake_case facts: ``gateway_ready``, ``rules_loaded``, ``rules_rejected``,
``request_decided``, ``scan_failed``, ``audit_write_failed``.
"""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

import structlog

from gateway import clock
from gateway.audit_fields import AUDIT_FIELDS

# Keys no event may carry, whatever a caller passes.
FORBIDDEN_KEYS = frozenset({"prompt", "text", "body", "content", "match", "matches", "value", "query"})


def _time(_: Any, __: str, event: dict[str, Any]) -> dict[str, Any]:
    event.setdefault("time", clock.stamp())
    return event


def _safety_net(_: Any, __: str, event: dict[str, Any]) -> dict[str, Any]:
    """Allow-list for request_decided, deny-list for everything else; time and event lead the line."""
    if event.get("event") == "request_decided":
        rest = {k: v for k, v in event.items() if k in AUDIT_FIELDS}
    else:
        rest = {k: ("<redacted>" if k in FORBIDDEN_KEYS else v) for k, v in event.items()}
    return {"time": rest.pop("time", None), "event": rest.pop("event", None), **rest}


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str)  # built once, not per line
# what ``_ENCODER.encode`` runs underneath (``JSONEncoder.iterencode``'s one-shot C encoder, same arguments), called
# directly: the two Python layers above it cost more than the line's own encoding
_C_ENCODER = getattr(json.encoder, "c_make_encoder", None)
_C_ARGS = (_ENCODER.default, json.encoder.encode_basestring, None, ":", ",", False, False, True)


def dumps(event: dict[str, Any]) -> str:
    if _C_ENCODER is None:
        return _ENCODER.encode(event)
    return "".join(_C_ENCODER({}, *_C_ARGS)(event, 0))  # a fresh markers dict per line, as iterencode makes


_stream: TextIO | None = None


def emit_line(line: str) -> None:
    """Write an already-rendered JSON line to the log stream (the audit sink renders once for both sinks)."""
    (_stream or sys.stdout).write(line + "\n")
    (_stream or sys.stdout).flush()


def configure_logging(stream: TextIO | None = None) -> None:
    global _stream
    _stream = stream
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            _time,
            _safety_net,
            structlog.processors.JSONRenderer(serializer=lambda e, **_: dumps(e)),
        ],
        logger_factory=structlog.PrintLoggerFactory(stream or sys.stdout),
        cache_logger_on_first_use=False,
    )


def get_logger() -> structlog.typing.FilteringBoundLogger:
    return structlog.get_logger("aigw")


def audit_record(fields: dict[str, Any], event_name: str = "request_decided") -> dict[str, Any]:
    """Apply the same rules as the stdout pipeline, for the JSONL file."""
    if event_name == "request_decided" and "event" not in fields:  # the decision line: allow-list in one pass
        if "time" not in fields and AUDIT_FIELDS.issuperset(fields):  # nothing to leave out: the same, in C
            return {"time": clock.stamp(), "event": event_name, **fields}
        return {"time": fields["time"] if "time" in fields else clock.stamp(), "event": event_name,
                **{k: v for k, v in fields.items() if k in AUDIT_FIELDS and k != "time"}}
    if "time" not in fields and "event" not in fields and FORBIDDEN_KEYS.isdisjoint(fields):
        return {"time": clock.stamp(), "event": event_name, **fields}  # what the two steps below give it
    event = {"event": event_name, **fields}
    _time(None, "", event)
    return _safety_net(None, "", event)
