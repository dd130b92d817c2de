"""Whether a non-public internal matter's word stands under a marker that makes it public (internal_matter.py).

A public marker (開札結果, 公表済み, 落札率 …) counts in the matter's own paragraph only: a published result, then a
blank line and the next case's price before the opening, is still a secret price. And (round 17) a document whose
title names it a published result (開札結果報告（課内共有）, 入札結果一覧: a short line of its own above the price, the
marker at its start) covers its prices paragraphs apart, unless the price's paragraph speaks of another case still
to be opened or of keeping it secret (次回案件（12月3日開札）：予定価格 …, 業者には伏せて). And (round 19) an estimate
said to be published only after the opening (※予定価格・最低制限価格とも事後公表とする) is not public now, whatever
notice is scheduled, unless a result is given or the estimate itself is published beforehand.
"""

from __future__ import annotations

from typing import Any

from gateway.scan import rx as re

# a short line of its own (a document's title), looked for this far above a price
_TITLE_LINE = re.compile(r"(?m)^[ 　【■◆●]*[^\n。？?]{2,24}$")  # (not the request's own sentence: 公告文をチェックして。)
_TITLE_REACH = 600
_AHEAD_REACH = 400  # where a marker said to be still ahead is looked for around the price
# a marker of other, past cases (過去2件の落札率, 前年度の落札額, 類似案件の開札結果) says nothing of this one's price (r18)
PAST_CASES = re.compile(r"(?:過去|過年度|前回|前々回|前年度?|昨年度?|去年|一昨年|例年|類似|同種|同規模|他市|他の)[^\n。、]{0,14}$")  # (去年の南中のときは, r25; 同規模の第一中（R5）は, 過年度の契約金額は市HPの: r33)
# …unless the price's paragraph speaks of another case, still to be opened, or of keeping it secret
_KEPT = (r"次回|次の(?:案件|入札|工事)|別件|決裁済|伏せ|漏らさ|口外|他言|内密|非公表|未公表|"
         # …or a note of the office's kept apart from the notice (--- 以下、課内メモ（公告時は削除） ---, r28)
         r"(?:課内|庁内|内部|担当者?)(?:メモ|用|限り)|(?:公告|掲載|公表)(?:時|前)に?は?削除|最終版で?は削除")
_OTHER_CASE = re.compile(_KEPT + r"|開札予定|入札予定|公告予定|開札前")
# (what a request naming the published results still leaves secret: another case, a note kept back, r31 — not a failed
# tender's 再公告予定 in the published list)
_KEPT_CASE = re.compile(_KEPT)


def public_marker(text: str, unless: Any, negated: re.Pattern[str], s: int, e: int, lo: int, hi: int,
                  titled: bool) -> bool:
    """A marker of ``unless`` (a ``ContextWords``) not negated right after it (``negated``: 公表前, 公表しない) makes
    the matter at ``s:e`` public: within ``lo:hi`` in the matter's paragraph, or (``titled``) on the document's
    title line above it."""
    markers = list(unless.finditer(text, lo, hi))
    # (a marker said to be still ahead anywhere near — 公告は来週月曜の予定 — is ahead wherever else it is named: 公告日から
    # ５日間受付, round 18)
    ahead = {u.group(0) for u in unless.finditer(text, max(0, s - _AHEAD_REACH), min(len(text), e + _AHEAD_REACH))
             if negated.match(text, u.end()) is not None or schedule_ahead(text, u.end())  # (公告は11/20…の予定: r24)
             or (_AHEAD_BEFORE.search(text, max(0, u.start() - 6), u.start()) is not None  # (来週公告でいいですか: r37)
                 and _DONE_AFTER.match(text, u.end()) is None)}
    for u in markers:
        if u.group(0).startswith("とは") and text[u.start() - 1:u.start()] == "こ":
            continue  # (このことは、まだ…: a ことは, not a definition's とは, round 36)
        if u.group(0) not in ahead and text.find("\n\n", min(u.start(), s), max(u.end(), e)) < 0 \
                and PAST_CASES.search(text, max(0, u.start() - 20), u.start()) is None:
            return True
    return titled and ((not _other_case(text, s) and _titled_public(text, unless, negated, s))
                       or (_published_results_request(text) and not _other_case(text, s, kept_only=True)))


# the request says what it pastes is the published results (市のホームページで公表している入札結果のXMLです, round 19)
_PUBLISHED_REQUEST = re.compile(r"(?:公表(?:している|済み?の|された|されている|した)|公開(?:している|済み?の|された|されている)|"
                                r"掲載(?:している|済み?の|された|されている)|"
                                r"載せ(?:ている|てる|た|る)|載って(?:いる|る)|アップ(?:している|してる|した)|"  # (市HPに載せている入札結果, r23; 載せる: r42)
                                # (or the opening said done: 開札が終わった入札結果です, round 22)
                                r"開札(?:が|は)?(?:終わった|終了した|済んだ|済みの)|開札後の|開札(?:した|しました)|"  # (今朝開札した…, r41)
                                r"(?i:published))[^\n。]{0,12}(?:入札結果|開札結果|落札結果|(?i:bid results?)"
                                r"|議事概要|議事録|会議録|(?<=開札した)[^\n。]{0,8}結果|(?<=開札しました)[^\n。]{0,8}結果)"  # (…議事概要です, r39; 昨日開札した工事の結果, r41)
                                # (round 41) or the request opens with the results it pastes (開札結果をExcelに…)
                                r"|^[^\n。]{0,8}(?:開札結果|入札結果|落札結果|入札経過)を[^\n。]{0,12}(?:表|Excel|エクセル|HP|ホームページ|まとめ|整理|集計|一覧|貼)"
                                r"|(?:開札|公表|公開|掲載)済み?[・、](?:公表|公開|掲載)済み?の(?:データ|資料|情報|もの)"  # (開札済み・公表済みのデータ, r39)
                                # (or pointed at as the results pasted: 次の開札結果を…, このメールスレッドの中の開札結果を, r31)
                                r"|(?:次の|この|以下の|下記の|中の)(?:開札結果|入札結果|落札結果)(?![^\n。]{0,8}(?:予定|前|まで))"
                                r"|開札(?:が|は)?(?:終わった|終了した|済んだ)(?:案件|工事|入札)"  # (開札が終わった案件です, r31)
                                # (or the results' publication text itself: 開札結果の公表文を…掲載用の表に, round 32)
                                r"|(?:入札結果|開札結果|落札結果)の(?:公表文|公表用|公表資料|公表データ|掲載文|掲載用|掲載データ|お知らせ)"
                                # (or asked to be made the web page's: 開札結果をHP掲載用にMarkdownの表に, round 34)
                                r"|(?:入札結果|開札結果|落札結果)を[^\n。]{0,10}(?:掲載用|公表用|掲載する|公表する|載せる|公開する|アップする)"
                                # (入札結果（公表済み）, r32; 開札結果（ホームページ公表分）, r35)
                                r"|(?:入札結果|開札結果|落札結果)[(（](?:(?:公表|公開|掲載|開札)済み?|[^()（）\n]{0,10}(?:公表|公開|掲載)(?:分|済み?|版))[)）]"
                                # (or the results' page named first: 市HPの「入札結果」ページに載っている表です, round 23)
                                r"|(?:入札結果|開札結果|落札結果)[」』]?の?(?:ページ|一覧|欄)?に(?:載って|掲載されて|出て)いる"
                                # (round 42) the results' file opening the request (開札結果のCSVです), or posted (…ページに掲載済み)
                                r"|^[^\n。]{0,8}(?:開札結果|入札結果|落札結果)の(?:CSV|csv|表|一覧|データ|Excel|エクセル|PDF)"
                                r"|(?:入札結果|開札結果|落札結果)[」』]?の?(?:ページ|一覧|欄)?に(?:掲載|公表|公開)済")
_REQUEST_REACH = 200


def _published_results_request(text: str) -> bool:
    """The request, on the text's first line, names the material as the published bid results."""
    eol = text.find("\n", 0, _REQUEST_REACH)
    return _PUBLISHED_REQUEST.search(text, 0, eol if eol >= 0 else min(len(text), _REQUEST_REACH)) is not None


# (a schedule's line: 公告日：10月28日 ⏎ 開札日：11月14日, round 33)
SCHEDULE_DATE = re.compile(r"(?:日|予定日|日時)?[ \t　:：]*(?:は|が)?[ \t　]*(?:令和|平成|R)?[0-9]{1,4}[年月/.\-]")
# …a schedule already carried out (公告は11月1日に行いました: published, not ahead, round 24)
_AHEAD_BEFORE = re.compile(r"(?:来週|来月|明日|明後日|週明け|今度|次回|これから|近日)(?:の|中に|に)?$"
                           r"|[0-9]{1,2}月(?:上旬|中旬|下旬|末|中)?に$")  # (8月に公告、…: ahead unless said done, round 39)
_DONE_AFTER = re.compile(r"[^。\n、]{0,16}?(?:行いました|行った|実施しました|済み|済|しました)")


def schedule_ahead(text: str, pos: int) -> bool:
    """A date follows the word ending at ``pos`` as a schedule's item still ahead (公告は11/20、…開札12/9の予定)."""
    m = SCHEDULE_DATE.match(text, pos)
    return m is not None and _DONE_AFTER.match(text, m.end()) is None


# …or of an opening date ahead, unless the paragraph reports that opening's result (令和6年11月20日開札 … 落札, round 31)
_AHEAD_DATE = re.compile(r"(?:[0-9]{1,2}月[0-9]{1,2}日|来週|来月)[^\n]{0,6}開札")
_PARAGRAPH_RESULT = re.compile(r"落札|失格|開札結果|入札結果")


def _other_case(text: str, s: int, kept_only: bool = False) -> bool:
    """The price's paragraph speaks of another case still to be opened, or of keeping it secret (see _OTHER_CASE);
    ``kept_only``: of keeping it secret or of another case by name only (_KEPT_CASE)."""
    lo, hi = max(0, s - _TITLE_REACH), min(len(text), s + _TITLE_REACH)  # (bounded: the price's paragraph, near it)
    ps, pe = text.rfind("\n\n", lo, s), text.find("\n\n", s, hi)
    lo, hi = ps + 1 if ps >= 0 else lo, pe if pe >= 0 else hi
    if kept_only:
        return _KEPT_CASE.search(text, lo, hi) is not None
    return _OTHER_CASE.search(text, lo, hi) is not None or (
        _AHEAD_DATE.search(text, lo, hi) is not None and _PARAGRAPH_RESULT.search(text, lo, hi) is None)


def _titled_public(text: str, unless: Any, negated: re.Pattern[str], s: int) -> bool:
    lo = max(0, s - _TITLE_REACH)
    for t in _TITLE_LINE.finditer(text, lo, s):
        u = unless.search(text, t.start(), t.end())
        if u is not None and u.start() - t.start() <= 2 and negated.match(text, u.end()) is None \
                and SCHEDULE_DATE.match(text, u.end()) is None:  # (not a schedule's item: 公告　令和7年12月15日, r22)
            return True
    return False


# an estimate to be published only after the opening (事後公表, 開札後に公表, 公表は開札後): not public now
_POST_PUBLICATION = re.compile(r"事後公表|開札後(?:に|の)?公表|公表は開札後")
# (…unless a result is given, or the estimate itself is published beforehand: 予定価格は事前公表、最低制限価格は事後公表)
_RESULT_WORDS = re.compile(r"落札(?:価格|金額|率|しました|決定|結果)|開札結果|入札結果|開札しました|開札の結果|事前公表|事前に公表|"
                           r"公表しています|公表済")
_POST_REACH = 240


def published_after_opening(text: str, s: int, e: int, amount_end: int) -> bool:
    """The estimate named at [s, e) with its amount ending at ``amount_end`` is to be published after the opening."""
    hi = min(len(text), amount_end + _POST_REACH)
    return (_POST_PUBLICATION.search(text, e, hi) is not None
            and _RESULT_WORDS.search(text, max(0, s - _POST_REACH), hi) is None)
