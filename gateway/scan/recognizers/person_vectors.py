"""Names in a column of a data frame written as code (round 13): an R vector (``氏名 = c("鞍馬 紀子", "蔀 広志")``), a
pandas / JSON column (``"氏名": ["鞍馬 紀子", …]``), a Python list under a name key (``names = [...]``). The key names the
column (氏名, 名前, …者名, name, shimei …); each quoted item that the name model reads as a spaced full name is a name
given under that label. Bounded: at most ``MAX_VECTORS`` columns and ``MAX_ITEMS`` items each."""

from __future__ import annotations

from collections.abc import Iterator

from gateway.scan import rx as re
from gateway.scan.recognizers._field_keys import NAME_KEYS

_KEYS = frozenset(k.lower() for k in NAME_KEYS) | {"name", "names", "full_name", "fullname", "氏名", "名前", "お名前",
                                                    "shimei", "namae"}
# a key, then =, :, or <-, then the vector's opening: c( / list( / [
_VECTOR = re.compile(r"(?P<key>[^\s\"'=:,(){}\[\]<>]{1,24})[\"']?[ \t]*(?:=|:|<-)[ \t]*(?:c\(|list\(|\[)")
_ITEM = re.compile(r"[ \t\n]*[\"'](?P<v>[^\"'\n]{1,24})[\"'][ \t\n]*(?P<sep>,|\)|\])")
TRIGGERS = ("= c(", "=c(", "<- c(", "= [", "=[", ": [", ":[")
MAX_VECTORS, MAX_ITEMS = 32, 200


def _name_key(key: str) -> bool:
    k = key.strip("\"'").lower()
    return k in _KEYS or k.endswith(("者名", "氏名"))


def vector_items(text: str) -> Iterator[tuple[int, str]]:
    """(start, item) of the quoted items of each vector under a name key."""
    vectors = 0
    for m in _VECTOR.finditer(text):
        if not _name_key(m.group("key")):
            continue
        vectors += 1
        if vectors > MAX_VECTORS:
            return
        pos = m.end()
        for _ in range(MAX_ITEMS):
            it = _ITEM.match(text, pos)
            if it is None:
                break
            yield it.start("v"), it.group("v")
            pos = it.end()
            if it.group("sep") != ",":
                break
