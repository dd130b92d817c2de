"""A value sent in pieces over a chat's messages read as one value, at the same length (issue 13, round 21).

A chat export (Teams, Slack, LINE WORKS: ``[14:21] 情報政策課 能登: …``, ``09:32 塩見：…``) often carries one value in
two or three messages: a password "sent in two parts", an API key the chat wrapped, a pension number read off a note
(``番号は本人のメモで 5127-30`` ⏎ ``09:32 塩見：4861 です``). The rules read a value on one line; the messages broke it.
When a sender's next message, right after, starts with a piece of such a value (letters, digits and symbols, no word
of prose) and their message before ends with one, or consists of one, the line break and the next message's header
(time and sender) are written as zero-width fillers, so the two pieces read as one (normalisation drops the fillers).
Only messages headed by a time and the same sender join: a dialogue's turns (職員：/相談者：), a different sender, a
blank line or a message of prose in between keep their line break. Same length.

Cheap: only texts with a time-headed line are read (one search); the pieces are matched once per line.
"""

from __future__ import annotations

from gateway.scan import rx as re

_ZW = "\u200b"
# a chat message's header: a time (in brackets or not), then the sender and a colon
# (or the message in quotes after the sender: 21:05 相談者「生まれは平成14年の」, round 22)
# (a date may come first: [2024/11/05 08:47] 阿久津 翔: …, round 31; [10/6 9:03] 駅前 堀: …, round 38)
_HEADER = re.compile(r"^[ \t]*[\[(]?(?:(?:[0-9]{2,4}[/\-.])?[0-9]{1,2}[/\-.][0-9]{1,2}[ T]?)?[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[:：][0-9０-９]{2})?[\])]?[ \t　]*"
                     r"(?P<who>[^\n:：\[\]「」]{1,24}?)[ \t　]*(?:[:：][ \t　]*|(?P<q>「))", re.MULTILINE)
# a message that stops mid-phrase (…平成14年の, 霞浦町の): the sender's next message goes on with it
_OPEN_END = re.compile(r"[^\s　](?:の|、)[ \t　]*」?[ \t　]*$")  # (the closing quote: a filler with the line break)
_PIECE = r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ!#$%&*+./=?@^_~\-]"
# the piece ending a message, and the piece starting the next one (at most a short polite ending after it: 4861 です)
_TAIL = re.compile(r"(?:^|[\s　])(?P<p>" + _PIECE + r"{2,64})[ \t　]*$")
_HEAD = re.compile(r"(?P<p>" + _PIECE + r"{2,64})(?P<rest>[ \t　]*(?:です|でした|になります|です。|。)?[ \t　]*)$")
_MAX_LINES = 2000


# …or a header alone on its line, the message on the lines below: a time and the sender (a Teams copy: [2024/10/09 16:02]
# 河合 遥), or the sender's line over a time alone (a Chatwork copy: 宮坂 悠 ⏎ 2024/05/20 13:05) (round 37)
_DATE_TIME = r"(?:(?:[0-9]{2,4}[/\-.])?[0-9]{1,2}[/\-.][0-9]{1,2}(?:\([^)\n]{1,3}\))?[ T]?)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
_ALONE = re.compile(r"^[ \t]*\[?" + _DATE_TIME + r"\]?[ \t　]+(?P<who>[^\n:：\[\]「」\t。、]{1,24}?)[ \t　]*$", re.MULTILINE)
# (or the sender with the time after it: 山本 恵理 (建築指導課 審査係)  11:50 — a Teams copy)
_TIMED_AFTER = re.compile(r"^(?P<who>[^\n:：\[\]「」\t。、()（）]{1,40}?(?:[ \t　]*[(（][^()（）\n]{1,20}[)）])?)[ \t　]+[(（\[]?"
                          + _DATE_TIME + r"[)）\]]?[ \t　]*$", re.MULTILINE)
_STAMP = re.compile(r"^(?P<who>[^\n:：\[\]「」\t。、]{1,24}?)[ \t　]*\n[ \t]*" + _DATE_TIME + r"[ \t　]*$", re.MULTILINE)
# (or the sender, the time and the message on one line: 岩崎 ゆかり  18:05  今月の… — a Slack copy; three lines or more
# and a sender repeated, as a conversation has, where a visitor log names each person once; round 38)
_INLINE = re.compile(r"^(?P<who>[^\n:：\[\]「」\t。、()（）0-9]{1,24}?)[ \t　]+" + _DATE_TIME + r"[ \t　]+(?=[^\s　])", re.MULTILINE)
_MIN_INLINE = 3
_BREAK = re.compile(r"[ \t]*(?:-{4,}|={4,}|_{4,})?[ \t]*$")
_MIN_ALONE = 2
_BODY_NEXT = re.compile(r"\n[ \t　]*(?!\[?" + _DATE_TIME + r")[^\s\-=_]")
_BODY_LINES = 20


def _alone_headers(text: str) -> tuple[list[tuple[int, int, int]], int]:
    """(sender start, sender end, the message's first line) of headers alone on their line, two or more (else none),
    and how many lines a header takes (1: a time and the sender; 2: the sender over a time)."""
    # (a header alone only over a message's line: [18:40] 宮下くんの件つらいです ⏎ [18:41] … is a message per line, no sender)
    found = [(m.start("who"), m.end("who"), text.count("\n", 0, m.end()) + 1) for m in _ALONE.finditer(text)
             if _BODY_NEXT.match(text, m.end()) is not None]
    size = 1
    if len(found) < _MIN_ALONE:
        found = [(m.start("who"), m.end("who"), text.count("\n", 0, m.end()) + 1) for m in _TIMED_AFTER.finditer(text)
                 if _BODY_NEXT.match(text, m.end()) is not None]
    if len(found) < _MIN_ALONE:
        found = [(m.start("who"), m.end("who"), text.count("\n", 0, m.end()) + 1) for m in _STAMP.finditer(text)]
        size = 2
    if len(found) < _MIN_ALONE:
        found, size = _inline_headers(text), 0
    return (found[:_MAX_LINES], size) if len(found) >= _MIN_ALONE else ([], 0)


def _inline_headers(text: str) -> list[tuple[int, int, int]]:
    """Headers with the message on their line (size 0: the message's first line is the header's)."""
    found = [(m.start("who"), m.end("who"), text.count("\n", 0, m.start())) for m in _INLINE.finditer(text)]
    if len(found) < _MIN_INLINE or len({text[s:e].strip() for s, e, _ in found}) == len(found):
        return []
    return found


# a chat export's JSON records (Slack, Teams): a message's text key on a line, a time or a sender key in the export
_JSON_TEXT = re.compile(r"(?i)[\"'](?:text|message|body|content)[\"'][ ]?:[ ]?[\"']")
_JSON_CHAT = re.compile(r"(?i)[\"'](?:ts|timestamp|createdDateTime|sent_?at|posted_?at|user|user_?name|sender|from)[\"'][ ]?:")


def _json_chat_lines(lines: list[str]) -> frozenset[int]:
    found = [i for i, ln in enumerate(lines) if _JSON_TEXT.search(ln) is not None]
    if len(found) < _MIN_ALONE or sum(1 for ln in lines if _JSON_CHAT.search(ln) is not None) < _MIN_ALONE:
        return frozenset()
    return frozenset(found)


def chat_message_lines(text: str) -> frozenset[int]:
    """The numbers (from 0) of the lines of chat messages (empty: no chat): a line that starts a message with a time
    and a sender; or, under a header alone on its line, the message's lines down to the next header or a rule; or a
    chat export's JSON record holding a message's text (round 37)."""
    if "\"" in text and _JSON_TEXT.search(text) is not None:
        if got := _json_chat_lines(text.split("\n")[:_MAX_LINES]):
            return got
    colon = _HEADER.search(text) is not None
    alone, size = _alone_headers(text) if not colon else ([], 0)
    if not colon and not alone:
        return frozenset()
    lines = text.split("\n")[:_MAX_LINES]
    if colon:
        return frozenset(i for i, ln in enumerate(lines) if _HEADER.match(ln) is not None)
    heads = {first - k for _, _, first in alone for k in range(1, size + 1)}
    out: set[int] = set()
    for _, _, first in alone:
        for i in range(first, min(len(lines), first + _BODY_LINES)):
            if i in heads or _BREAK.fullmatch(lines[i]) is not None or _ALONE.match(lines[i]) is not None:
                break
            out.add(i)
    return frozenset(out)


def chat_senders(text: str) -> list[tuple[int, int]]:
    """The spans of the senders of a chat's messages (``[2024/11/05 08:47] 阿久津 翔: …``: 阿久津 翔), in order (not a
    JSON export's: its records may name the sender after the message, as Slack's do)."""
    if _HEADER.search(text) is not None:
        return [m.span("who") for m in _HEADER.finditer(text)][:_MAX_LINES]
    return [(s, e) for s, e, _ in _alone_headers(text)[0]]


# a chat export's rows as tab-separated cells (LINE WORKS, a spreadsheet of messages): time ⇥ sender ⇥ message
# (three cells exactly: a form's export has more — タイムスタンプ⇥お名前⇥お子さんの名前⇥…; a sender is no number)
_TIME_CELL = r"[ \t]*(?:[0-9]{4}[/\-.][0-9]{1,2}[/\-.][0-9]{1,2}[ \t]+)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\t"
CHAT_TIME_CELL = re.compile(_TIME_CELL)  # (a row opening with it names its sender next, no roster's name: person_tables)
_TSV_ROW = re.compile(r"^(" + _TIME_CELL + r"(?=[^\t\n]*[^\t\n0-9 .,:/\-])[^\t\n:：]{1,24}?)\t"
                      r"(?=[^\t\n]*[^\t\n0-9 .,:/\-][^\t\n]*$)", re.MULTILINE)
_TSV_MIN_ROWS = 2


def tsv_senders_as_colons(text: str) -> str:
    """A chat export's tab-separated rows (``14:05⇥相馬 美咲⇥よく来るのは…``, two rows or more) read as its colon form
    (``14:05⇥相馬 美咲:よく来るのは…``): the middle cell is the message's sender, not a roster's name (round 37). Same
    length; unchanged when fewer rows hold a time, a sender and a message."""
    if "\t" not in text:
        return text
    rows = [m.end(1) for m in _TSV_ROW.finditer(text)]
    if len(rows) < _TSV_MIN_ROWS:
        return text
    out = list(text)
    for p in rows:
        out[p] = ":"
    return "".join(out)


def chat_pieces_joined(text: str) -> str:
    """``text`` with the pieces of one value sent over a sender's consecutive chat messages joined (see the module
    docstring); same length. Unchanged without a time-headed message."""
    if _HEADER.search(text) is None:
        return text
    lines = text.split("\n")
    if len(lines) > _MAX_LINES:
        return text
    heads = [_HEADER.match(ln) for ln in lines]
    out = list(lines)
    joined = [False] * len(lines)  # (line i+1 continues line i)
    for i in range(len(lines) - 1):
        a, b = heads[i], heads[i + 1]
        if a is None or b is None or a.group("who") != b.group("who"):
            continue
        body_a, body_b = lines[i][a.end():], lines[i + 1][b.end():]
        open_end = _OPEN_END.search(body_a) if body_b.strip() else None
        if (_HEAD.match(body_b) is None or _TAIL.search(body_a) is None) and open_end is None:
            continue
        # the line break and the next message's header become fillers: …Tq8#vLm2​​​…pX!94sRw
        cur = out[i]  # (its own header may already be a filler: the third piece of one value)
        pad = len(cur) - len(cur.rstrip(" \t　" + ("」" if open_end is not None else "")))
        out[i] = cur[:len(cur) - pad] + _ZW * pad
        out[i + 1] = _ZW * b.end() + lines[i + 1][b.end():]
        joined[i + 1] = True
    if not any(joined):
        return text
    parts: list[str] = []
    for i, ln in enumerate(out):
        parts.append(ln)
        if i + 1 < len(out):
            parts.append(_ZW if joined[i + 1] else "\n")
    return "".join(parts)
