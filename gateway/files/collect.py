"""What every file reader shares: the size bounds and the collector of extracted text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gateway.decode import BodyError
from gateway.model import Reason, Segment

MiB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class FileLimits:
    """Size and time bounds for one file. ``from_policy`` takes them from ``policy.yaml`` limits."""

    max_file_bytes: int = 32 * MiB
    max_unpacked_bytes: int = 64 * MiB  # OOXML: total uncompressed size of all zip members (zip bomb)
    max_chars: int = 4 * MiB
    max_zip_entries: int = 10_000
    max_pages: int = 2_000  # PDF pages, pptx slides
    max_sheets: int = 256
    max_cells: int = 500_000  # openpyxl reads ~70k cells/s: about 7 s at the cap

    @classmethod
    def from_policy(cls, limits: Any | None) -> "FileLimits":
        if limits is None:
            return cls()
        if isinstance(limits, FileLimits):
            return limits
        return cls(
            max_file_bytes=getattr(limits, "max_file_bytes", cls.max_file_bytes),
            max_unpacked_bytes=getattr(limits, "max_decoded_bytes", cls.max_unpacked_bytes),
            max_chars=getattr(limits, "max_prompt_chars", cls.max_chars),
        )


class Collector:
    """Gathers segments for one file and enforces the character cap as it goes."""

    def __init__(self, label: str, limits: FileLimits) -> None:
        self.label = label
        self.limits = limits
        self.segments: list[Segment] = []
        self.chars = 0

    def add(self, part: str, text: str | None) -> None:
        if not text or not text.strip():
            return
        self.chars += len(text)
        if self.chars > self.limits.max_chars:
            raise BodyError(Reason.OVERSIZE_BODY, f"{self.label}: extracted text exceeds {self.limits.max_chars} chars")
        self.segments.append(Segment(f"file:{self.label}#{part}", text))


def unscannable(label: str, why: str) -> BodyError:
    return BodyError(Reason.UNSCANNABLE_FILE, f"{label}: {why}")
