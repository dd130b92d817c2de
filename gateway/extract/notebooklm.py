"""NotebookLM (notebooklm.google.com ``…/GenerateFreeFormStreamed`` and ``batchexecute``).

Chat: form ``f.req = [null, "<inner>"]`` with ``inner = [[[[source_uuid]], …], "<PROMPT>", …]``:
the prompt is ``inner[1]`` (the first string is a source id). ``batchexecute`` ``izAoDd``
(ADD_SOURCE) adds pasted text ``args[0][*][1] = [title, content]`` or URLs ``args[0][*][2]``;
other calls are left to the generic walker, which reads every string. Shapes: SERVICES.md §3.3.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gateway.extract._util import at, batchexecute, form_inner, text
from gateway.model import Segment

ADD_SOURCE = "izAoDd"


def extract(doc: Any) -> Iterator[Segment]:
    inner = form_inner(doc)
    if isinstance(inner, list):
        yield from text(at(inner, 1), "form.f.req[1]<json>[1]")
        return
    for i, rpc, args in batchexecute(doc):
        where = f"form.f.req[0][{i}][1]<{rpc}>"
        if rpc == ADD_SOURCE and isinstance(at(args, 0), list):
            for j, src in enumerate(args[0]):
                for k, piece in enumerate(at(src, 1) or []):  # [title, pasted text]
                    yield from text(piece, f"{where}[0][{j}][1][{k}]")
                for k, url in enumerate(at(src, 2) or []):
                    yield from text(url, f"{where}[0][{j}][2][{k}]")
