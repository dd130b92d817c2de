"""HTML files: the text a browser would show plus title, meta descriptions/keywords and alt/title
attributes (lxml, already a dependency of python-docx). Script and style bodies are kept: they may
hold data too."""

from __future__ import annotations

import lxml.html

from gateway.files.collect import Collector
from gateway.files.text import decode

BLOCKS = ("p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "section",
          "article", "header", "footer", "table", "pre", "blockquote", "dt", "dd", "option")
ATTRS = ("alt", "title", "placeholder", "value", "content")


def extract(data: bytes, content_type: str | None, out: Collector) -> None:
    text = decode(data, content_type, out)
    if not text.strip():
        return
    root = lxml.html.document_fromstring(text)
    for el in root.iter(*BLOCKS):  # a line break after each block, none inside inline markup (<b>機密</b>性２)
        el.tail = "\n" + (el.tail or "")
    out.add("html", root.text_content())
    attrs = [v for el in root.iter() if isinstance(el.tag, str) for a in ATTRS if (v := el.get(a))]
    out.add("attributes", "\n".join(attrs))
