"""Records in program and tool formats read as fields, at the same length (issue 13, round 9; see markup.py).

* A PostgreSQL dump's ``COPY t (id, nm, birth_ymd) FROM stdin;`` names the columns of the tab-separated rows after
  it: the line is written as a TSV header (``id⇥ nm⇥ birth_ymd`` padded with spaces), so the column rules read the rows.
* Low-code platforms wrap each field's value in a typed object (kintone: ``"氏名":{"type":"SINGLE_LINE_TEXT",
  "value":"遠藤 美里"}``): the wrapper between the field's name and its value is taken out and the name moved up to the
  value, the wrapper's length as spaces before it (``   "氏名":"遠藤 美里"}``), so the name labels the value as in plain
  JSON.
* A note copied from Notion or a markdown file puts its field names in bold (``**氏名**：川島 友梨``): the emphasis
  marks before a label's colon are written as spaces in front of it (``    氏名：川島 友梨``).

Each rewrite keeps every character of the value where it was (only markup becomes spaces; a field name moves right
by the markup taken out before it), and each runs only when its literal cue is in the text.
"""

from __future__ import annotations

import re

_COPY = re.compile(r"(?m)^(?P<head>COPY[ \t]+[A-Za-z0-9_.\"]{1,80}[ \t]*\()(?P<cols>[A-Za-z0-9_\" ,]{1,600})"
                   r"(?P<tail>\)[ \t]*FROM[ \t]+stdin[^\n]{0,20})$")
_TYPED_VALUE = re.compile(r"(?P<key>\"[^\"\n{}]{1,40}\"[ \t]*:[ \t]*)(?P<wrap>\{[ \t]*\"type\"[ \t]*:[ \t]*\"[A-Z_]{2,40}\""
                          r"[ \t]*,[ \t]*\"value\"[ \t]*:)")
_BOLD_LABEL = re.compile(r"(?P<m1>\*\*|__)(?P<label>[^*_\n:：]{1,12}?)(?P=m1)(?=[ \t]*[:：])")


def _copy_header(m: re.Match[str]) -> str:
    cols = m.group("cols").replace('"', " ").replace(",", "\t")
    return " " * len(m.group("head")) + cols + " " * len(m.group("tail"))


def records_as_fields(text: str) -> str:
    """``text`` with COPY headers as TSV headers, typed value wrappers as spaces and bold labels unmarked (same
    length); unchanged without their cues."""
    if "FROM stdin" in text or "FROM STDIN" in text:
        text = _COPY.sub(_copy_header, text)
    if '"type"' in text and '"value"' in text:
        text = _TYPED_VALUE.sub(lambda m: " " * len(m.group("wrap")) + m.group("key"), text)
    if "**" in text or "__" in text:
        text = _BOLD_LABEL.sub(lambda m: " " * (2 * len(m.group("m1"))) + m.group("label"), text)
    return text
