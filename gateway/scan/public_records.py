"""Placeholder records (public_context, issue 13): test data in code, fixtures and sample forms.

A record whose e-mail address is at a domain reserved for examples (RFC 2606 / 6761: example.com/.net/.org,
``*.example``, ``*.test``, ``*.invalid``, ``*.localhost``; JPRS's example.jp) or whose phone number is a documented
blank (000-0000-0000, 090-1234-5678: ``_examples.is_example_number``) is made-up data: nobody's mailbox or line is
there, so the name, the address and the birth date given with it are examples too (a Kotlin preview's
``Resident(name = "山田 太郎", …, email = "taro.yamada@example.com")``). A record holding any other contact (a real
mobile, a real mailbox) is someone's, whatever else it holds.

Only a record of code or data (a field ``name =``, ``"email":``, ``- tel:``; string literals in a row) counts: a line of prose or a form's
Japanese fields with a blank number stays someone's (fail closed: data planted to test the gateway looks the same).
A record is the finding's line; or, when that line is one field (``name = "…",``, ``"name": "…",``, ``- name: …``,
``氏名：…``), the run of one-field lines around it at the same indentation — the fields of one object literal, one YAML
item or one form block, up to ``_MAX_FIELDS`` lines each way. A one-line record (a CSV row, a JSON object on one line,
a log line) is its line alone, so a real row pasted among fixture rows still counts.

Linear: runs only when the text holds an example domain's or a blank number's literal; each record is read once.
"""

from __future__ import annotations

from gateway.scan import rx as re
from typing import Iterable

from gateway.scan.public_lines import HitLike
from gateway.scan.public_lines import line_end, line_start
from gateway.scan.recognizers._examples import is_example_number

# findings a placeholder record makes examples (identifiers stay: a real number in test data is still live)
RECORD_ENTITIES = frozenset({"PERSON", "JP_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS",
                             "JP_POSTAL_CODE"})
# literals one of which a placeholder record holds (the pass runs only when one occurs)
_CUES = ("example", ".test", ".invalid", ".localhost", "0000", "1234-5678")
_MAIL = re.compile(r"[A-Za-z0-9._%+-]+@(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
_RESERVED = re.compile(r"(?:.+\.)?(?:example\.(?:com|net|org|jp|co\.jp|ne\.jp|or\.jp)"
                       r"|[a-z0-9-]+\.(?:example|test|invalid|localhost))", re.IGNORECASE)
_PHONE = re.compile(r"(?<![0-9])0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}(?![0-9-])")
# a key (quoted or not, ASCII or Japanese) and = or :
_KEY = (r"[\"']?[A-Za-z_\u3040-\u30ff\u4e00-\u9fff][\w\u3040-\u30ff\u4e00-\u9fff.-]{0,30}[\"']?"
        r"[ \t]*(?:=(?!=)|:(?!//)|：)")
# one field at the line's start (a YAML item's "- " included)
_FIELD = re.compile(r"[ \t　]*(?:-[ \t]+)?" + _KEY)
# a second field later on the line ("…", "tel": …): a one-line record
_NEXT_FIELD = re.compile(r"[,;，、][ \t]*" + _KEY)
_INDENT = re.compile(r"[ \t　]*(?:-[ \t]+)?")
# a field of code or data (name =, "email":, - tel:): only such records are test data; a line of prose or a form's
# Japanese fields with a dummy number (田中一郎 … 090-1234-5678 について) is still read as someone's (fail closed:
# synthetic data planted to test the gateway looks the same)
_CODE_KEY = re.compile(r"(?<![A-Za-z0-9_])[\"']?[A-Za-z_][A-Za-z0-9_.-]{0,30}[\"']?[ \t]*(?:=(?!=)|:(?!//))")
# or string literals in a row (VALUES ('…', '…'), a constructor's arguments)
_FORM_EXAMPLE = re.compile(r"記入例|記載例|見本")
_BLANKS = re.compile(r"[〇○]{2}|[XＸ]{4}|(?<![0-9])0{4,}(?![0-9])|000-0000-0000")
_LITERALS = re.compile(r"[\"'][^\"'\n]{1,80}[\"'][ \t]*,[ \t]*[\"']")


def _code(record: str, rows: bool = True) -> bool:
    # (or, in a text that calls its data test or sample data, a row of a CSV or TSV export: its fields parted by four
    # commas or three tabs and more, round 31)
    return _CODE_KEY.search(record) is not None or _LITERALS.search(record) is not None or (
        rows and "\n" not in record and (record.count(",") >= 4 or record.count("\t") >= 3))
_MAX_FIELDS = 40


# (round 30) data the text calls test or sample data, every name in it a placeholder's (山田 太郎, テスト 一郎): the records
# of code or data holding them are made up, their birth dates and addresses with them
_DECLARED_SAMPLE = re.compile(r"テスト用|テストデータ|サンプルデータ|ダミーデータ|架空の(?:データ|人物|テストデータ)|全件架空|"
                              r"サンプル|見本|(?i:sample|(?<![.@\w])example(?![.\w])|test data|dummy data|fake data)")
# (round 31: their readings in katakana, and 試験 / 検証 names: 検証 次郎（ケンショウ ジロウ）, 試験 次郎, ヤマダ タロウ)
_PLACEHOLDER_NAME = re.compile(r"(?:山田|鈴木|佐藤|田中)[ 　]?(?:太郎|花子|一郎|次郎|三郎)|(?:テスト|ダミー|サンプル|見本|架空|試験|検証)"
                               r"(?:[ 　]?[一-鿿ァ-ヺぁ-ゖ]{1,4})?|(?:ヤマダ|スズキ|サトウ|タナカ)[ 　]?(?:タロウ|ハナコ|イチロウ|ジロウ|サブロウ)|"
                               r"(?:ミホン|シケン|ケンショウ)(?:[ 　]?[ァ-ヺー]{1,6})?")


def _sample_names_only(text: str, hits: list[HitLike], every: list[HitLike]) -> bool:
    names = [h for h in hits if h.entity == "PERSON" and h.meta.get("form") != "record_number"]  # (a record's key: r32)
    fake = [h for h in every if h.entity == "PERSON" and _PLACEHOLDER_NAME.fullmatch(text, h.start, h.end)]
    # (a part of a placeholder's name read on its own, タロウ of テスト タロウ, is the placeholder's: round 31)
    keyed = any(h.entity == "PERSON" for h in hits)  # (or only a record's key, its names not read: テスト 一郎, r32)
    return (bool(names) or keyed) and all(h in fake or any(f.start <= h.start and h.end <= f.end for f in fake) for h in names) \
        and _DECLARED_SAMPLE.search(text) is not None


def placeholder_records(text: str, hits: Iterable[HitLike]) -> None:
    """Mark the findings of placeholder records ``example``."""
    hits = list(hits)
    wanted = [h for h in hits if h.entity in RECORD_ENTITIES and not h.meta.get("example")]
    if wanted and _sample_names_only(text, wanted, hits):
        for h in wanted:
            rec = _record(text, h.start)
            if _code(body := text[rec[0]:rec[1]]) and _no_live_contact(body):  # (a real mobile or mailbox: someone's)
                h.meta["example"] = True
        return
    if not wanted or not any(c in text for c in _CUES):
        return
    declared = _DECLARED_SAMPLE.search(text) is not None
    form = _FORM_EXAMPLE.search(text) is not None  # (a 記入例 drafted in a chat: the form's blanks are 〇〇, XXXX, 000…, r35)
    verdicts: dict[tuple[int, int], tuple[bool, bool]] = {}  # record -> (code of placeholders, a form of blanks)
    for h in wanted:
        rec = _record(text, h.start)
        got = verdicts.get(rec)
        if got is None:
            body = text[rec[0]:rec[1]]
            got = verdicts[rec] = (_code(body, declared) and _placeholder(body),
                                   form and len(_BLANKS.findall(body)) >= 2 and _no_live_contact(body))
        fake, blank_form = got
        if blank_form or (fake and rec[0] <= h.start and h.end <= rec[1]):
            h.meta["example"] = True


def _no_live_contact(record: str) -> bool:
    """No contact in the record but an example's: no one's mailbox, no one's line."""
    return all(_RESERVED.fullmatch(m.group("domain")) for m in _MAIL.finditer(record)) and all(
        is_example_number("PHONE_NUMBER", m.group(0).replace("-", "")) for m in _PHONE.finditer(record))


def _placeholder(record: str) -> bool:
    """An example contact and no other contact."""
    return _no_live_contact(record) and (_MAIL.search(record) is not None or _PHONE.search(record) is not None)


def _one_field(line: str) -> bool:
    m = _FIELD.match(line)
    return m is not None and _NEXT_FIELD.search(line, m.end()) is None


def _indent(line: str) -> int:
    return _INDENT.match(line).end()  # type: ignore[union-attr]


def _record(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the record around ``pos``."""
    ls, le = line_start(text, pos), line_end(text, pos)
    line = text[ls:le]
    if not _one_field(line):
        return ls, le
    ind = _indent(line)
    lo = ls
    for _ in range(_MAX_FIELDS):
        if lo == 0:
            break
        pls = line_start(text, lo - 1)
        prev = text[pls:lo - 1]
        if not _one_field(prev) or _indent(prev) != ind:
            break
        lo = pls
    hi = le
    for _ in range(_MAX_FIELDS):
        if hi >= len(text):
            break
        nle = line_end(text, hi + 1)
        nxt = text[hi + 1:nle]
        if not _one_field(nxt) or _indent(nxt) != ind:
            break
        hi = nle
    return lo, hi
