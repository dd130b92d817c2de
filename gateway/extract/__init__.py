"""Prompt extraction: request body → the text a user sends, as ``Segment``s.

Each body shape is one module with ``extract(doc) -> Iterator[Segment]`` registered in
``EXTRACTORS``; adding a shape is one new module and one line here. After the specific
extractor, the generic walker picks up every string it did not read (so a changed shape is
still scanned in full). Non-JSON bodies (form, multipart, text) are decoded here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from gateway.decode import BodyError, decode_readings
from gateway.extract import anthropic_messages, json_strings, openai_chat, openai_responses
from gateway.extract import (chatgpt_web, claude_web, deepseek, gemini_api, gemini_web, grok, mistral_lechat,
                             notebooklm, perplexity)
from gateway.extract._util import parse_form
from gateway.files import embedded, extract_file_text, multipart
from gateway.files.sniff import magic
from gateway import jsonwalk
from gateway.jsonwalk import json_deep, looks_json
from gateway.model import Prompt, Reason, Segment

Extractor = Callable[[Any], Iterator[Segment]]

EXTRACTORS: dict[str, Extractor] = {
    "openai_chat": openai_chat.extract,
    "openai_responses": openai_responses.extract,
    "anthropic_messages": anthropic_messages.extract,
    "json_strings": json_strings.extract,
    "chatgpt_web": chatgpt_web.extract,
    "claude_web": claude_web.extract,
    "gemini_web": gemini_web.extract,
    "notebooklm": notebooklm.extract,
    "gemini_api": gemini_api.extract,
    "perplexity": perplexity.extract,
    "deepseek": deepseek.extract,
    "grok": grok.extract,
    "mistral_lechat": mistral_lechat.extract,
    "file_upload": json_strings.extract,  # raw upload bodies are read as files (gateway/files) first
}

_PATH_STEP = re.compile(r"\.[^.\[]+|\[\d+\]")


def _ancestors(path: str) -> Iterator[str]:
    pos = 1  # after "$"
    for m in _PATH_STEP.finditer(path, 1):
        pos = m.end()
        yield path[:pos]


def extract_json(name: str, doc: Any) -> list[Segment]:
    specific = EXTRACTORS[name]
    if specific is json_strings.extract:  # the generic reader is the walk itself (one generator layer less)
        return _with_inner_json(list(json_strings.walk(doc)))
    segments = list(specific(doc))
    taken = {s.where for s in segments}
    for s in json_strings.walk(doc):
        if not any(a in taken for a in _ancestors(s.where)):
            segments.append(s)
    return _with_inner_json(segments)


def _with_inner_json(segments: list[Segment]) -> list[Segment]:
    """A string that is itself JSON (tool-call arguments, a field holding a document) is read as the service
    reads it: its strings, escapes undone, come just before it, so they also meet its neighbour in a seam."""
    out: list[Segment] = []
    for s in segments:
        if len(s.text) > 1 and looks_json(s.text):
            try:
                inner = jsonwalk.loads(s.text)
            except ValueError:
                pass
            else:
                out.extend(Segment(s.where + w.where[1:], w.text) for w in json_deep(inner))
        out.append(s)
    return out


def _form(text: str) -> list[Segment]:
    segments: list[Segment] = []
    for key, value in parse_form(text):
        if not key.isascii():
            segments.append(Segment("form.<key>", key))
        if looks_json(value):
            try:
                segments.extend(Segment(f"form.{key}{s.where[1:]}", s.text) for s in json_deep(jsonwalk.loads(value)))
                continue
            except ValueError:
                pass
        if value:
            segments.append(Segment(f"form.{key}", value))
    return segments


def _form_with(name: str, text: str) -> list[Segment]:
    """A form body: the specific extractor reads the fields (JSON values parsed, Google ``f.req``),
    then every string it did not read is added from the generic deep walk (matched by text)."""
    generic = _form(text)
    specific = EXTRACTORS[name]
    if specific is json_strings.extract:
        return generic
    doc: dict[str, Any] = {}
    for key, value in parse_form(text):
        try:
            doc[key] = jsonwalk.loads(value) if looks_json(value) else value
        except ValueError:
            doc[key] = value
    segments = list(specific(doc))
    left = Counter(s.text for s in segments)
    for s in generic:
        if left[s.text] > 0:
            left[s.text] -= 1
        else:
            segments.append(s)
    return segments


def _multipart(content_type: str, body: bytes, limits: Any = None) -> list[Segment]:
    """Text fields are text; file parts (a file name, or bytes that are not plain UTF-8 text) go to
    the file extractor (docx/xlsx/pptx/pdf/csv/txt/html…, see gateway/files)."""
    segments: list[Segment] = []
    for part in multipart.parse(content_type, body):
        text = None
        if part.filename is None:
            try:
                text = part.data.decode("utf-8")
            except UnicodeDecodeError:
                text = None
            if part.charset and (text is None or "\x00" in text):  # a field in its declared charset (UTF-16 …)
                text = "\n".join(decode_readings(part.data, part.charset))
        if text is not None and "\x00" not in text:
            segments.append(Segment(f"multipart.{part.name}", text))
            continue
        for s in extract_file_text(part.data, part.filename or part.name, part.content_type, limits):
            segments.append(Segment(f"multipart.{part.name}:{s.where}", s.text))
    return segments


_FORM = re.compile(r"[^=&\s]{1,256}=[^&]*(?:&[^=&\s]{1,256}=[^&]*)*")


_BOUNDARY = re.compile(r"boundary=\"?([^\";]+)", re.I)
_CHARSET = re.compile(r"charset=\"?([\w.:-]+)", re.I)


def _is_text(body: bytes) -> bool:
    """The bytes read as UTF-8 text (a prompt that mentions ``%PDF-`` stays a prompt)."""
    try:
        return "\x00" not in body.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False


def _boundary(content_type: str, body: bytes) -> bool:
    m = _BOUNDARY.search(content_type)
    return bool(m) and b"--" + m.group(1).encode("latin-1", "replace") in body[:4096]


def extract_prompt(name: str, body: bytes, content_type: str = "", limits: Any = None,
                   filename: str | None = None) -> Prompt:
    """The text of a body, read the way a server would read it whatever its labels say: JSON, form and
    multipart are recognised from the bytes, UTF-8 comes first (a second charset reading is scanned too), a
    file signature decides only for bytes that are not text. Raises ``BodyError`` for a body that cannot
    be read (the caller blocks). ``limits``: the policy limits (file size/time caps); ``filename``: of a raw
    file upload, when known."""
    if name == "none" or not body:
        return Prompt()
    try:
        return _extract_prompt(name, body, content_type, limits, filename)
    except RecursionError:  # JSON nested deeper than the parser or the walk goes: unreadable, never a crash
        raise BodyError(Reason.UNDECODABLE_BODY, "JSON nested too deeply") from None


def _extract_prompt(name: str, body: bytes, content_type: str, limits: Any, filename: str | None) -> Prompt:
    charset = None
    if m := _CHARSET.search(content_type):
        charset = m.group(1)
    if _boundary(content_type, body):
        return Prompt(tuple(_multipart(content_type, body, limits)))
    if name == "file_upload" or (magic(body) is not None and not _is_text(body)):  # a file's bytes
        return Prompt(tuple(extract_file_text(body, filename, content_type, limits)))
    readings = decode_readings(body, charset)
    for i, text in enumerate(readings):  # the first reading that parses (a JSON body in ISO-2022-JP: the second)
        try:
            segments = _text_segments(name, text, content_type, limits)
        except BodyError:
            if i == len(readings) - 1:
                raise
            continue
        segments += [Segment(f"body.reading[{j}]", r) for j, r in enumerate(readings) if j != i]
        return Prompt(tuple(segments))
    raise AssertionError("unreachable: decode_readings returns at least one reading")


def _text_segments(name: str, text: str, content_type: str, limits: Any) -> list[Segment]:
    ctype = content_type.split(";", 1)[0].strip().lower()
    if looks_json(text):
        try:
            doc = jsonwalk.loads(text)
        except ValueError as e:
            if "json" in ctype:
                raise BodyError(Reason.UNDECODABLE_BODY, f"invalid JSON body: {e.msg}") from None
        else:
            # data URLs / base64 files inside JSON are read as files
            return extract_json(name, doc) + embedded.files_in(doc, limits)
    if ctype == "application/x-www-form-urlencoded":
        return _form_with(name, text)
    if _FORM.fullmatch(text.strip()):  # a form without its label: read as a form and as text
        return _form_with(name, text) + [Segment("body", text)]
    return [Segment("body", text)]
