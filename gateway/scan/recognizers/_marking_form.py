"""How a marking (classification or handling restriction) appears in a text: on its own line, in
brackets, after a label, as a header, declared (この資料は…です) or inline in prose. Shared by
classification_marking.py and handling_restriction.py (kept apart so neither imports the other)."""

from __future__ import annotations

import re

from gateway.scan.recognizers._text import enclosing_brackets, is_alone_on_line, is_at_line_start, line_end

_LABEL_BEFORE = re.compile(
    r"(?:秘密区分|機密区分|秘密の区分|格付け?|取扱区分|取扱い区分|情報区分|文書区分|区分|機密性区分|取扱制限|"
    r"取扱い制限|取り扱い制限|取扱条件|公開区分|開示区分|配布区分|配付区分|配布範囲|配付範囲|公開範囲|共有範囲|"
    r"classification|marking|handling)[ \t]*[:：][ \t]*$",
    re.IGNORECASE,
)
_DECLARED_BEFORE = re.compile(
    r"(?:この|本|以下の|下記の|次の|添付の|当該)(?:資料|文書|メール|内容|情報|データ|ファイル|報告書|議事録|案)"
    r"(?:は|も)[^。\n]{0,12}$"
)
_PAYLOAD_INTRO = re.compile(r"(?:以下|下記|次|添付|貼り付けた|貼付)の|(?:以下|下記)は")
_DECLARED_AFTER = re.compile(
    r"^[ \t]*(?:情報)?[ \t]*(?:です|である|に該当|扱い|として取り扱|(?:[・、/]|とし)[^\n]{0,12}(?:禁止|厳禁|回収|廃棄|限り)"
    r"|[。.]?[ \t]*(?:$|\n))")


def marking_form(text: str, start: int, end: int) -> str:
    """How a marking at ``text[start:end]`` appears: line / bracketed / labelled / header /
    declared / inline."""
    if is_alone_on_line(text, start, end):
        return "line"
    if enclosing_brackets(text, start, end):
        return "bracketed"
    ls = text.rfind("\n", max(0, start - 64), start) + 1  # only the last 30 characters before it are read
    if _LABEL_BEFORE.search(text, max(ls, start - 20), start):
        return "labelled"
    if is_at_line_start(text, start):
        nxt = text[end:end + 1]
        if nxt in (" ", "\t", "　", "】", "]", ")", "）", "〕", ":", "：", "/", "|", "・", "", "\n"):
            return "header"
        # e.g. "機密性２情報（関係者限り）令和７年度…" — a marking glued to a title
        if text[start:end].endswith(("情報", "限り", "注意", "秘", ")", "）")) and not ("ぁ" <= nxt <= "ゟ"):
            return "header"
    if _DECLARED_BEFORE.search(text, max(ls, start - 30), start) and _DECLARED_AFTER.match(text[end:end + 20]):
        return "declared"
    # "以下の社外秘資料を要約して：" followed by the pasted document: the marking declares the payload
    if _PAYLOAD_INTRO.search(text, max(ls, start - 12), start + 1) or _PAYLOAD_INTRO.search(text, end, min(len(text), end + 12)):
        s_end = line_end(text, end)  # the request line, then the pasted document
        if 0 <= s_end < len(text) and len(text) - s_end >= 30 and not re.search(r"[?？]", text[start:s_end]):
            return "declared"
    le = line_end(text, end)
    if le >= 0 and is_at_line_start(text, start) is False and not text[end:le].strip(" \t　)）】]〕") \
            and start - ls <= 60:
        # marking closing a (title) line: "令和７年度予算編成方針（案） 機密性２情報"
        before = text[ls:start]
        if before.endswith((" ", "\t", "　", "】", "]", ")", "）")) and not re.search(r"[?？。]", before):
            return "header"
    return "inline"
