"""Excel (.xlsx): cell values of every sheet, sheet names, headers/footers, comments, text boxes and
document properties. openpyxl reads cells in read-only (streaming) mode under a cell cap; the
parts openpyxl does not expose in that mode are read as XML."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import openpyxl

from gateway.decode import BodyError
from gateway.files import ooxml
from gateway.files.collect import Collector
from gateway.model import Reason

# Excel header/footer codes: &L &C &R &P &N &D &T &F &A &B &I &U &S &X &Y &Z &G, &"font,style", &12, &Kcolor
HF_CODE = re.compile(r'&"[^"]*"|&K[0-9A-Fa-f]{6}|&K\d{2}[+-]\d{3}|&\d+|&[LCRPNDTZFAGBIUESXY]')
HF_TAGS = ("oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter")


def _cell(v: object) -> str | None:
    if v is None:
        return None
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))  # 526018159084.0 → 526018159084
    if isinstance(v, (dt.datetime, dt.date, dt.time)):
        return v.isoformat()
    return str(v)


def extract(data: bytes, out: Collector) -> zipfile.ZipFile:
    """Read the document into ``out``; returns the checked container (the caller reads embedded parts)."""
    lim = out.limits
    zf = ooxml.open_checked(data, out.label, lim)
    out.add("properties", ooxml.properties(zf))
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    try:
        if len(wb.sheetnames) > lim.max_sheets:
            raise BodyError(Reason.OVERSIZE_BODY, f"{out.label}: {len(wb.sheetnames)} sheets (limit {lim.max_sheets})")
        out.add("sheet_names", "\n".join(wb.sheetnames))
        cells = 0
        for ws in wb.worksheets:
            lines = []
            for row in ws.iter_rows(values_only=True):
                cells += len(row)
                if cells > lim.max_cells:
                    raise BodyError(Reason.OVERSIZE_BODY, f"{out.label}: more than {lim.max_cells} cells")
                values = [s for v in row if (s := _cell(v)) is not None]
                if values:
                    lines.append("\t".join(values))
            out.add(f"sheet:{ws.title}", "\n".join(lines))
    finally:
        wb.close()
    for name in sorted(zf.namelist()):
        if re.fullmatch(r"xl/worksheets/[^/]+\.xml", name):
            root = ooxml.read_xml(zf, name)
            if root is not None:
                hf = [HF_CODE.sub(" ", el.text).strip() for tag in HF_TAGS for el in root.iter(f"{{*}}{tag}") if el.text]
                out.add("header_footer", "\n".join(h for h in hf if h))
                # formulas: their string literals are data even when no cached value was saved
                out.add("formulas", "\n".join(el.text for el in root.iter("{*}f") if el.text))
        elif re.fullmatch(r"xl/(comments[^/]*|comments/[^/]+|threadedComments/[^/]+)\.xml", name):
            root = ooxml.read_xml(zf, name)
            if root is not None:
                out.add("comments", "\n".join(ooxml.texts(root, "t") + ooxml.texts(root, "text")))
        elif re.fullmatch(r"xl/drawings/[^/]+\.xml", name):
            root = ooxml.read_xml(zf, name)
            if root is not None:
                out.add("drawing", ooxml.paragraphs(root, "p", "t"))
    return zf
