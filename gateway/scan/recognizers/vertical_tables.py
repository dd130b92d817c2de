"""PERSON (issue 13, round 15, helper r15-records): a table copied from a PDF whose cells came out one per line.

A PDF's table pasted as text often loses its layout: the header's cells come first, one per line (``氏名`` ``年齢``
``状況``), then each row's cells, one per line, in the same order (``早川 真一`` ``42`` ``生活保護申請中`` …). The
header names the column of names; counting lines finds its cells:

* the header: two to eight consecutive short lines (at most 8 characters, no digit, no blank inside) of which one is a
  name column's word (氏名, 名前, 利用者名 …), alone on its line; where it starts is tried line by line (a short request
  line, PDFから, may stand before it) and the start that reads the most rows wins;
* the rows: the lines after it (blank lines skipped), taken a header's width at a time; the cell under the name column
  must be a spaced full name to the name model (``spaced_name_ok``) — a facility list (施設名 ひまわり苑) has none — and
  the rows stop at the first that has none; a post column (役職, 職名) makes them office holders in their capacity.

Each name found is a labelled full name (the column is its label). Triggers: the name columns' words.
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from gateway.scan import rx as re
from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._text import stable_key
from gateway.scan.recognizers.person_columns import _TITLE_COLUMNS
from gateway.scan.recognizers.person_contacts import spaced_name_ok

NAME_COLUMNS = ("氏名", "名前", "お名前", "利用者名", "対象者名", "児童名", "生徒名", "患者名", "申請者名", "相談者名",
                "世帯主名", "入居者名", "受給者名", "被保険者名")
_NAME_COLUMN_SET = frozenset(NAME_COLUMNS)
_HEADER_CELL = re.compile(r"[^\s0-9０-９]{1,8}")
_NAME_CELL = re.compile(r"[一-龥々〆ヶ]{1,4}[ 　][一-龥々〆ヶぁ-ゖァ-ヺー]{1,4}|[ァ-ヺー]{2,8}[ 　][ァ-ヺー]{2,8}")
_MAX_HEADER = 8
_MAX_ROWS = 200  # rows read per header: bounded work


class VerticalTableRecognizer(AigwRecognizer):
    ENTITY = "PERSON"
    TRIGGER_WORDS = NAME_COLUMNS

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        if not any(self._alone(text, p) for p in ctx.hit_positions(NAME_COLUMNS)[:_MAX_ROWS]):
            return []  # no name column's word alone on its line: nothing to split the text for
        lines = text.split("\n")
        starts = [0]
        for ln in lines[:-1]:
            starts.append(starts[-1] + len(ln) + 1)
        out: list[RecognizerResult] = []
        for i, ln in enumerate(lines):
            if ln.strip() in _NAME_COLUMN_SET:
                out.extend(self._column(lines, starts, i))
        return out

    @staticmethod
    def _alone(text: str, p: int) -> bool:
        """The word at ``p`` fills its line (blanks aside)."""
        ls = text.rfind("\n", max(0, p - 64), p) + 1
        le = text.find("\n", p, p + 64)  # (bounded: a header word alone on its line is short)
        return le > 0 and (ls > 0 or p <= 64) and text[ls:le].strip() in _NAME_COLUMN_SET

    def _column(self, lines: list[str], starts: list[int], i: int) -> list[RecognizerResult]:
        """The names under the name column whose header line is ``lines[i]``: the header's first line is not known (a
        short request line may stand right before it), so each possible start is tried and the one that reads the
        most names wins."""
        first = i
        while first > 0 and i - first < _MAX_HEADER - 1 and _HEADER_CELL.fullmatch(lines[first - 1].strip()):
            first -= 1
        hi = i + 1
        while hi < len(lines) and hi - first < _MAX_HEADER and _HEADER_CELL.fullmatch(lines[hi].strip()):
            hi += 1
        cells = [k for k in range(hi, len(lines)) if lines[k].strip()]
        best: list[int] = []
        best_lo = i
        for lo in range(i, first - 1, -1):
            if hi - lo >= 2:
                found = self._names(lines, cells, hi - lo, i - lo)
                best, best_lo = (found, lo) if len(found) > len(best) else (best, best_lo)
        # a post column (役職, 職名) lists office holders in their capacity, as person_columns reads it
        official = any(lines[k].strip() in _TITLE_COLUMNS for k in range(best_lo, hi))
        out = []
        for k in best:
            value = lines[k].strip()
            s = starts[k] + lines[k].index(value)
            out.append(self.result(self.ENTITY, s, s + len(value), 0.8, form="label", full_name=True, honorific=None,
                                   label=True, official=official, staff=False, strength="strong",
                                   person_key=stable_key(re.sub(r"[ 　]", "", value)), model="vertical_table"))
        return out

    @staticmethod
    def _names(lines: list[str], cells: list[int], width: int, col: int) -> list[int]:
        """The lines of the name cells, a header's ``width`` at a time, up to the first row without a name."""
        found = []
        for r in range(min(len(cells) // width, _MAX_ROWS)):
            value = lines[cells[r * width + col]].strip()
            if _NAME_CELL.fullmatch(value) is None or not spaced_name_ok(value):
                break
            found.append(cells[r * width + col])
        return found
