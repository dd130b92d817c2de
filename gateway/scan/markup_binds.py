"""An ORM's debug log read as fields (round 13): the statement names the columns (``insert into t (name, birth, addr)
values (?, ?, ?)``, ``update t set name=?, birth=? where id=?``) and the lines after it bind the values one by one
(Hibernate: ``binding parameter [2] as [VARCHAR] - [薬袋 幸子]``) or all at once (MyBatis: ``==> Parameters: 薬袋
幸子(String), 1971-05-19(Date)``). Each bound value is rewritten as ``column=value`` in place (same length), so the
field-name readers (name=, birth=) see what the log holds. A value whose column name does not fit in the space its
wrapping frees is left as it is."""

from __future__ import annotations

from itertools import islice

from gateway.scan import rx as re

_INSERT = re.compile(r"(?i)insert[ \t]+into[ \t]+[\w.\"`\[\]]{1,80}[ \t]*\((?P<cols>[\w\" `,\[\]]{1,800})\)[ \t]*values")
_UPDATE = re.compile(r"(?i)update[ \t]+[\w.\"`\[\]]{1,80}[ \t]+set[ \t]+(?P<cols>[^\n]{1,800}?)(?:[ \t]where[ \t](?P<where>[^\n]{0,400}))?$",
                     re.MULTILINE)
_ASSIGNED = re.compile(r"[\"`\[]?(?P<c>\w{1,40})[\"`\]]?[ \t]*=[ \t]*\?")
_HIBERNATE = re.compile(r"binding parameter \[(?P<k>[0-9]{1,3})\] as \[[A-Z_]{1,20}\] - \[(?P<v>[^\]\n]{0,200})\]")
_MYBATIS = re.compile(r"Parameters:[ \t]*(?P<vals>[^\n]{0,1000})")
_MYBATIS_VALUE = re.compile(r"(?P<v>[^,\n()]{0,200}?)\((?P<t>[A-Za-z]{2,20})\)(?:,[ ]?|$)")
_STATEMENT_REACH = 4000  # a statement's binds follow it within this many characters
MAX_STATEMENTS = 32  # statements read per text (bounded work on a crafted log)


def _columns(m: re.Match[str]) -> list[str]:
    if m.re is _INSERT:
        return [c.strip(" \"`[]").lower() for c in m.group("cols").split(",")]
    parts = m.group("cols") + (" " + m.group("where") if m.group("where") else "")
    return [a.group("c").lower() for a in _ASSIGNED.finditer(parts)]


def _hibernate(text: str, cols: list[str], lo: int, hi: int, out: list[str], pos: int) -> int:
    for b in _HIBERNATE.finditer(text, lo, hi):
        k = int(b.group("k")) - 1
        if not 0 <= k < len(cols) or b.start() < pos:
            continue
        field = f"{cols[k]}={b.group('v')} "
        pad = (b.end() - b.start()) - len(field)
        if pad >= 0:
            out.append(text[pos:b.start()] + " " * pad + field)
            pos = b.end()
    return pos


def _mybatis(text: str, cols: list[str], lo: int, hi: int, out: list[str], pos: int) -> int:
    p = _MYBATIS.search(text, lo, hi)
    if p is None or p.start() < pos:
        return pos
    for k, v in enumerate(_MYBATIS_VALUE.finditer(text, p.start("vals"), p.end("vals"))):
        if k >= len(cols):
            break
        field = f"{cols[k]}={v.group('v').strip()}"
        room = v.end() - v.start("v")
        if len(field) <= room:
            out.append(text[pos:v.start("v")] + field + " " * (room - len(field)))
            pos = v.end()
    return pos


def binds_as_fields(text: str) -> str:
    """``text`` with the values an ORM's log binds to a statement's columns written as ``column=value`` (same
    length); unchanged without a statement naming its columns."""
    out: list[str] = []
    pos = 0
    statements = sorted([*islice(_INSERT.finditer(text), MAX_STATEMENTS), *islice(_UPDATE.finditer(text), MAX_STATEMENTS)],
                        key=lambda m: m.start())[:MAX_STATEMENTS]
    for i, m in enumerate(statements):
        cols = _columns(m)
        if not cols:
            continue
        hi = min(len(text), m.end() + _STATEMENT_REACH, statements[i + 1].start() if i + 1 < len(statements) else len(text))
        pos = _mybatis(text, cols, m.end(), hi, out, _hibernate(text, cols, m.end(), hi, out, pos))
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)
