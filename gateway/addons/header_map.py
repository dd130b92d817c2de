"""A request's header map for the pipeline's stages: read from one snapshot, written through.

mitmproxy's ``Headers`` finds a name by lowering every field's name on every lookup (and raises ``KeyError``
inside ``get`` for an absent one): the stages look up some twenty names a request, ~3 µs each for an SDK's
fifteen headers. ``HeaderMap`` reads the fields once into a dict, answering lookups as ``Headers`` does
(case-insensitive ASCII, several fields of one name folded with ``", "``, text decoded UTF-8 with surrogate
escapes), and applies every change to the flow's own ``Headers`` first, so what is forwarded is what the
stages decided. ``fields`` is the flow's raw fields (``gateway.carriers.header_pairs`` reads each field apart).
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any


def _key(name: str) -> str:
    return name.lower() if name.isascii() else \
        name.encode("utf-8", "surrogateescape").lower().decode("utf-8", "surrogateescape")


class HeaderMap(MutableMapping[str, str]):
    __slots__ = ("headers", "_values", "_fields")

    def __init__(self, headers: Any) -> None:
        self.headers = headers
        self._values = self._read()

    def current(self, headers: Any) -> HeaderMap:
        """This map while ``headers`` is the one it reads and holds the same fields, else a new snapshot. Every
        change to mitmproxy's ``Headers`` assigns it a new ``fields`` tuple, so one identity test tells (the next
        hook of a request reuses the snapshot of the last one)."""
        if headers is self.headers and headers.fields is self._fields:
            return self
        return HeaderMap(headers)

    def _read(self) -> dict[str, str]:
        values: dict[str, str] = {}
        self._fields = fields = self.headers.fields
        for k, v in fields:
            name = k.lower().decode("utf-8", "surrogateescape")
            value = v.decode("utf-8", "surrogateescape")
            values[name] = f"{values[name]}, {value}" if name in values else value
        return values

    @property
    def fields(self) -> Any:
        return self.headers.fields

    # the stages' names are ASCII: lowered in place (one Python call less per lookup, some twenty a request)
    def __getitem__(self, name: str) -> str:
        return self._values[name.lower() if name.isascii() else _key(name)]

    def get(self, name: str, default: Any = None) -> Any:  # type: ignore[override]
        return self._values.get(name.lower() if name.isascii() else _key(name), default)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and (name.lower() if name.isascii() else _key(name)) in self._values

    def __setitem__(self, name: str, value: str) -> None:
        self.headers[name] = value
        self._values = self._read()

    def __delitem__(self, name: str) -> None:
        del self.headers[name]
        self._values = self._read()

    def __iter__(self) -> Iterator[str]:
        return iter(list(self.headers))

    def __len__(self) -> int:
        return len(self.headers)

    def get_all(self, name: str) -> list[str]:
        return self.headers.get_all(name)
