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
# (a date may come first: [2024/11/05 08:47] 阿久津 翔: …, round 31)
_HEADER = re.compile(r"^[ \t]*[\[(]?(?:[0-9]{2,4}[/\-.][0-9]{1,2}[/\-.][0-9]{1,2}[ T]?)?[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[:：][0-9０-９]{2})?[\])]?[ \t　]*"
                     r"(?P<who>[^\n:：\[\]「」]{1,24}?)[ \t　]*(?:[:：][ \t　]*|(?P<q>「))", re.MULTILINE)
# a message that stops mid-phrase (…平成14年の, 霞浦町の): the sender's next message goes on with it
_OPEN_END = re.compile(r"[^\s　](?:の|、)[ \t　]*」?[ \t　]*$")  # (the closing quote: a filler with the line break)
_PIECE = r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ!#$%&*+./=?@^_~\-]"
# the piece ending a message, and the piece starting the next one (at most a short polite ending after it: 4861 です)
_TAIL = re.compile(r"(?:^|[\s　])(?P<p>" + _PIECE + r"{2,64})[ \t　]*$")
_HEAD = re.compile(r"(?P<p>" + _PIECE + r"{2,64})(?P<rest>[ \t　]*(?:です|でした|になります|です。|。)?[ \t　]*)$")
_MAX_LINES = 2000


def chat_message_lines(text: str) -> frozenset[int]:
    """The numbers (from 0) of the lines that start a chat message with a time and a sender (empty: no chat)."""
    if _HEADER.search(text) is None:
        return frozenset()
    return frozenset(i for i, ln in enumerate(text.split("\n")[:_MAX_LINES]) if _HEADER.match(ln) is not None)


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
