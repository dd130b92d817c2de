"""What every OOXML (docx/xlsx/pptx) reader shares: the zip-bomb bound and the document properties."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from gateway.decode import BodyError
from gateway.model import Reason

# XML parser for untrusted parts: no entities, no network, no huge trees.
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
PROPERTY_PARTS = ("docProps/core.xml", "docProps/app.xml", "docProps/custom.xml")
# app.xml carries statistics too; only these elements are free text a user typed
APP_TEXT = {"Company", "Manager", "HyperlinkBase"}
# core.xml: title, subject, author, keywords, comments, category, status, last editor (not dates/revision)
CORE_TEXT = {"title", "subject", "creator", "keywords", "description", "category", "contentStatus",
             "lastModifiedBy", "identifier", "language"}


def open_checked(data: bytes, label: str, limits) -> zipfile.ZipFile:
    """Open the package and bound it before any parser sees it (zip bomb, encrypted members)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as e:
        raise BodyError(Reason.UNSCANNABLE_FILE, f"{label}: broken zip container: {type(e).__name__}") from None
    if len(infos) > limits.max_zip_entries:
        raise BodyError(Reason.OVERSIZE_BODY, f"{label}: {len(infos)} zip entries (limit {limits.max_zip_entries})")
    total = sum(i.file_size for i in infos)
    if total > limits.max_unpacked_bytes:
        raise BodyError(Reason.OVERSIZE_BODY, f"{label}: unpacks to {total} bytes (limit {limits.max_unpacked_bytes})")
    if any(i.flag_bits & 0x1 for i in infos):
        raise BodyError(Reason.UNSCANNABLE_FILE, f"{label}: encrypted zip members")
    return zf


def read_xml(zf: zipfile.ZipFile, name: str) -> etree._Element | None:
    try:
        raw = zf.read(name)
    except KeyError:
        return None
    return etree.fromstring(raw, PARSER)


def texts(root: etree._Element, local: str) -> list[str]:
    """Text of every element named ``local`` (any namespace), in document order."""
    return [el.text for el in root.iter(f"{{*}}{local}") if el.text]


def paragraphs(root: etree._Element, para: str, run: str) -> str:
    """One line per paragraph element, its run texts joined (so '機密' + '性２' scan as one word)."""
    lines = []
    for p in root.iter(f"{{*}}{para}"):
        if any(a.tag.endswith("}" + para) for a in p.iterancestors()):
            continue  # nested paragraph (text box inside a paragraph): its text is in the outer one
        line = "".join(t.text or "" for t in p.iter(f"{{*}}{run}"))
        if line:
            lines.append(line)
    return "\n".join(lines)


def properties(zf: zipfile.ZipFile) -> str:
    """Title, subject, author, keywords, comments, category, custom properties (e.g. sensitivity labels)."""
    values: list[str] = []
    for name in PROPERTY_PARTS:
        root = read_xml(zf, name)
        if root is None:
            continue
        for el in root.iter():
            if not isinstance(el.tag, str) or not el.text or not el.text.strip() or len(el):
                continue
            local = etree.QName(el).localname
            if name.endswith("app.xml") and local not in APP_TEXT:
                continue
            if name.endswith("core.xml") and local not in CORE_TEXT:
                continue
            if name.endswith("custom.xml"):
                parent = el.getparent()
                key = parent.get("name") if parent is not None else None
                if key:
                    values.append(f"{key}: {el.text.strip()}")
                    continue
            values.append(el.text.strip())
    return "\n".join(values)


def comment_parts(zf: zipfile.ZipFile, prefix: str, marker: str) -> list[str]:
    return sorted(n for n in zf.namelist() if n.startswith(prefix) and marker in n.rsplit("/", 1)[-1].lower()
                  and n.endswith(".xml"))
