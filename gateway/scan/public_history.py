"""Historical persons (a part of the public-context pass, public_context): a birth date before 1900 (an era before 明治,
or 明治 before its 33rd year), or in a row with a death date under a 没年 column, or followed by a year of death, is
nobody living; so are names beside a year of the past centuries or with a life span ending before 1950. A birth date in
明治 44 or 45, or one given with a present age (…生まれ、113歳), is a living centenarian's (round 18). The illness a
death notice gives as its cause is the deceased's (round 24)."""

from __future__ import annotations

from gateway.scan import rx as re
from gateway.scan.public_lines import HitLike as _HitLike, line_end as _line_end, line_start as _line_start

# dates of historical persons: a year before 1900 or an era before 大正, or a table with a death-date column
_YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}")
_ROW_YEAR = re.compile(r"(?:1[0-9]{3}|20[0-9]{2})(?=年|[/.\-])")
_OLD_ERA = re.compile(r"明治|慶応|元治|文久|万延|安政|嘉永|弘化|天保|文政|文化|享和|寛政|天明|安永|明和|宝暦|享保|元禄|寛永|慶長")
# the year of death after a birth date in a biography's life span (…生まれ、2009年没 / 〜平成21年11月5日死去); not a
# death registered in a record (死亡, 死亡届)
_DEATH_AFTER = re.compile(r"[^\n。]{0,8}?[、,，\-–—〜～~][ ]?(?:(?:明治|大正|昭和|平成|令和)(?:[0-9]{1,2}|元)|1[89][0-9]{2}|20[0-9]{2})年"
                          r"(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?[ ]?(?:没|歿|死去|逝去|永眠)")
_DEATH_COLUMN = re.compile(r"没年|没年月日|死亡年月日|死去|逝去|生没年|歿")

# a living person's present age right after the birth date (…生まれ、113歳 / 生（113歳）)
_AGE_NOW = re.compile(r"[^\n。]{0,6}?[、,，（( ][ ]?(?:満[ ]?)?1[01][0-9][ ]?歳")
_MEIJI_YEAR = re.compile(r"明治[ ]?([0-9]{1,2})年")


def _old_era_date(value: str) -> bool:
    """An era date before 1900: any era before 明治, or 明治 before its 33rd year (明治44, 45 births are alive)."""
    m = _MEIJI_YEAR.search(value)
    if m is not None:
        return 1867 + int(m.group(1)) < 1900
    return _OLD_ERA.search(value) is not None


def historical_dates(text: str, hits: list[_HitLike]) -> set[int]:
    """Birth dates of people who lived before 1900 (or in a table with a death-date column): no living
    person. Returns their lines; the names on them are historical figures."""
    death_column = None
    lines: set[int] = set()
    for h in hits:
        if h.entity != "DATE_OF_BIRTH":
            continue
        value = text[h.start:h.end]
        y = _YEAR.search(value)
        old = (int(y.group()) < 1900) if y else _old_era_date(value)
        if old and _AGE_NOW.match(text, h.end) is not None:
            old = False  # "明治45年6月30日生まれ、113歳": a living person's age given with it
        if not old:
            if death_column is None:
                death_column = _DEATH_COLUMN.search(text) is not None
            # a row of a table with a death-date column that holds two dates (born, died)
            if death_column:
                lo = _line_start(text, h.start)
                old = (_ROW_YEAR.search(text, lo, h.start) is not None
                       or _ROW_YEAR.search(text, h.end, _line_end(text, h.end)) is not None)
        if not old:
            # a life span: the birth date followed by the year of death (1921年4月2日生まれ、2009年没)
            old = _DEATH_AFTER.match(text, h.end, min(_line_end(text, h.end), h.end + 40)) is not None
        if old:
            h.meta["informational"] = True
            h.meta["public_context"] = "historical"
            lines.add(h.line)
    return lines


# a year of the past centuries in prose (明治5年に東京で生まれ, 1867年, a life span (1867-1916)), no birth date parsed
# (an event's year in 大正, not a birth date: 大正14年、初代院長・…は…を開設した; a centenarian's 大正13年生まれ is no figure's)
_OLD_YEAR = re.compile(r"(?:" + _OLD_ERA.pattern + r")(?:[0-9]{1,2}|元|[一二三四五六七八九十]{1,3})年|(?:" + _OLD_ERA.pattern + r")(?:の頃|時代|期)"
                       r"|大正(?:[0-9]{1,2}|元)年(?![0-9]{1,2}月|[ ]?生|頃?の?生)"
                       r"|(?<![0-9])1[0-8][0-9]{2}年|\([0-9]{4}[-〜~–—][0-9]{4}\)"
                       # (a year before 1950 as an event's, no month and no birth: 1925年、加藤高明内閣のもとで, round 34)
                       r"|(?<![0-9])19[0-4][0-9]年(?![0-9]{1,2}月|[ ]?生|頃?の?生)")


# a biography's life span in the brackets right after the name, its death before 1950 (伊達 孝典（だて たかのり、1852年3月4日
# - 1921年11月2日）, 野口 英世（1876-1928）): nobody living, even when the reading made the name a label's value
_OLD_DEATH = r"(?:1[0-8][0-9]{2}|19[0-4][0-9]|(?:" + _OLD_ERA.pattern + r"|大正)(?:[0-9]{1,2}|元))"
_LIFESPAN_AFTER = re.compile(r"[ ]?[（(][^（()）\n]{0,40}?[-–—〜～~][ ]?" + _OLD_DEATH + r"(?:年|[）)])")


_MODERN_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])|大正|昭和|平成|令和|[0-9]{1,2}月[0-9]{1,2}日")


def historical_mentions(text: str, hits: list[_HitLike]) -> set[int]:
    """Lines naming someone without a label or an honorific (樋口 一葉は明治5年に…) next to a year of the past
    centuries, or with a life span ending before 1950 in brackets after the name (here or at another mention of it):
    historical figures. A resident addressed with さん or named by a label is not."""
    spanned: dict[tuple[str, bool], bool] = {}  # (each name looked for once, however often it is named)

    def elsewhere(name: str, dated: bool) -> bool:
        if (name, dated) not in spanned:
            spanned[name, dated] = (_dated_elsewhere if dated else _spanned_elsewhere)(text, name)
        return spanned[name, dated]

    # (round 40) a text of the past as a whole: its years all before 1900 (文政9年（1826年）…嘉永4年), none of this age
    past = any(h.entity == "PERSON" for h in hits) and _OLD_YEAR.search(text) is not None and _MODERN_YEAR.search(text) is None
    return {h.line for h in hits if h.entity == "PERSON" and (
        # (or the one a story of the past singles out: 明治二十年代、この村にはただ一人の医師, round 21)
        ((not h.meta.get("label") or h.meta.get("form") == "unique") and h.meta.get("honorific") in (None, "氏")
         and (past or _OLD_YEAR.search(text, _line_start(text, h.start), _line_end(text, h.end)) is not None
              or elsewhere(text[h.start:h.end], True)))
        or _LIFESPAN_AFTER.match(text, h.end) is not None
        or elsewhere(text[h.start:h.end], False))}


def _spanned_elsewhere(text: str, name: str) -> bool:
    """The same name given its life span at another mention (医師・斎部玄周（いんべ げんしゅう）と… ⏎ 斎部玄周（1841～1897）は,
    round 26): a panel's title names the figure its body dates."""
    p = text.find(name)
    for _ in range(8):
        if p < 0 or len(name) < 2:
            return False
        if _LIFESPAN_AFTER.match(text, p + len(name)) is not None:
            return True
        p = text.find(name, p + len(name))
    return False


def _dated_elsewhere(text: str, name: str) -> bool:
    """The same name, with no honorific after it, on a line dated in a past century (大正14年、初代院長・藤代 玄道は… ⏎
    玄道の長男で…, round 32): the figure a history names again."""
    p = text.find(name)
    for _ in range(8):
        if p < 0 or len(name) < 2:
            return False
        if _HONORIFIC_AFTER.match(text, p + len(name)) is None and _OLD_YEAR.search(
                text, _line_start(text, p), _line_end(text, p + len(name))) is not None:
            return True
        p = text.find(name, p + len(name))
    return False


_HONORIFIC_AFTER = re.compile(r"[ ]?(?:さん|様|さま|くん|君|ちゃん|殿)")


# --- round 24: a death notice's cause of death ------------------------------------------------------------
_DEATH = re.compile(r"逝去|死去|永眠|享年|亡くなられ|ご冥福|(?i:passed away)")


def causes_of_death(text: str, hits: list[_HitLike]) -> None:
    """The illness a death notice gives as its cause (病気のため逝去されました, 享年84歳) is the deceased's, no living person's
    (personal information is a living individual's): informational. A survivor's contact on the notice still counts."""
    for h in hits:
        if h.entity == "SENSITIVE_PERSONAL_INFO" and not h.meta.get("informational"):
            # (looked for within the sentence's 200 characters only: a text with no 。 or line break is not read
            # back to its start for every topic, round 26)
            b0, b1 = max(0, h.start - 201), h.end + 201
            lo = max(text.rfind("。", b0, h.start), text.rfind("\n", b0, h.start)) + 1
            hi = min((i for i in (text.find("。", h.end, b1), text.find("\n", h.end, b1)) if i >= 0), default=len(text))
            if hi - lo <= 200 and _DEATH.search(text, lo, hi) is not None:
                h.meta["informational"] = True
