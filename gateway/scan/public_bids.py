"""Published bid results (public_context): 予定価格 / 最低制限価格 in a paragraph that reports the result (落札者, 落札金額,
開札結果 …) are the published figures, unless the price's line or paragraph says they are not public yet — or (round 31)
the price's own line speaks of a case still to be opened or an estimate just decided, with no result on it (a results
mail that goes on: それと、3/12開札の…予定価格 …で確定しています). A result sheet's header paragraph (開札日時, 予定価格 …)
reads the results table right below it (round 36).
"""

from __future__ import annotations

from gateway.scan import rx as re
from gateway.scan.public_lines import HitLike as _HitLike, line_end as _line_end, line_start as _line_start
from gateway.scan.public_lines import marked_paragraph, paragraph
from gateway.scan.recognizers._public_results import PAST_CASES

_BLANK = re.compile(r"\n[ \t　]*\n")
# (round 39: nor a column to fill, 落札者欄は空欄で)
_BID_RESULT = re.compile(r"落札者(?!の決定|とする|を決定|の決め方|欄|は未定|未定)|落札金額|落札価格|落札額|落札率|開札結果|入札結果|落札結果|入札経過|契約結果|"
                         r"契約の相手方|(?<=[0-9円)）][ \t　])落札(?=[ \t　]*(?:\n|$))")  # (a notice's rule: 落札者の決定方法, …の者を落札者とする — no result, round 33)
_NOT_YET_PUBLIC = re.compile(r"開札前|入札前|公告前|公表前|非公表|未公表|公表しない|公表されない|取扱注意|取り扱い注意|機密|内部限り|部外秘|次回")
# the price's own line speaks of a case still to be opened or an estimate just decided, with no result on it (それと、
# 3/12開札の…ですが、昨日決裁がおりて、予定価格 …で確定しています, round 31)
_AHEAD_LINE = re.compile(r"(?:[0-9]{1,2}/[0-9]{1,2}|[0-9]{1,2}月[0-9]{1,2}日)(?:\([^)\n]{1,3}\))?(?:の|に)?開札(?!済|結果|し|の結果|分)|"
                         r"決裁(?:が|を)?(?:おり|下り|済|受け|取っ)|金庫")
# the same said of the whole paragraph (予定価格の決定について（伺い）※公告前 … 前回の落札率を踏まえ, round 12)
# (round 36) a result sheet's header (開札日時 …, 予定価格 …) above its table of bids, the winner marked: the paragraph after
# the header reports the result
_SHEET_HEAD = re.compile(r"開札(?:日時|日|結果)")
_NOT_YET_PUBLIC_PARA = re.compile(r"開札前|公告前|公表前|非公表|未公表|取扱注意|部外秘|開札予定")
_PAST_LINE = re.compile(r"前回|前々回|過去|昨年|前年|去年|参考[:：]")


def bid_results(text: str, hits: list[_HitLike]) -> None:
    """Prices in a paragraph that reports the bid result, on a line that does not say they are not public."""
    bids = [h for h in hits
            if h.entity == "INTERNAL_MATTER" and h.meta.get("matter") == "bid_price_before_opening"]
    if not bids:
        return
    results = [m.start() for m in _BID_RESULT.finditer(text)  # (not 過去2件の落札率, r18; 参考：前回（…）落札額 …（落札率, r37)
               if PAST_CASES.search(text, max(0, m.start() - 20), m.start()) is None
               and _PAST_LINE.search(text, _line_start(text, m.start()), m.start()) is None]
    if not results:
        return
    blanks = [(m.start(), m.end()) for m in _BLANK.finditer(text)]
    for h in bids:
        lo, hi = paragraph(blanks, h.start, len(text))
        if not marked_paragraph(results, lo, hi) and not (_SHEET_HEAD.search(text, lo, hi) is not None and hi < len(text)
                                                          and marked_paragraph(results, *paragraph(blanks, hi + 1, len(text)))):
            continue
        ls, le = _line_start(text, h.start), _line_end(text, h.end)
        if _NOT_YET_PUBLIC.search(text, ls, le) or _NOT_YET_PUBLIC_PARA.search(text, lo, hi) \
                or (_AHEAD_LINE.search(text, ls, le) is not None and text.find("落札", ls, le) < 0):
            continue
        h.meta["informational"] = True
        h.meta["public_context"] = "bid_result"
