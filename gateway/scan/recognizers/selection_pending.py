"""INTERNAL_MATTER (matter ``selection_before_notice``, decided as the office's ``unannounced_plan``): the scores of a
selection — a proposal (プロポーザル), a designated manager, a PFI group, a comprehensive-evaluation bid — before its
result is notified or published (issue 13, round 37).

Round 36's misses said it in every format but one phrase: an evaluation system's JSON (``"proposer": …, "total": 75``),
a committee's scoring sheet pasted from Excel (委員 × 会社), a secretariat's memo (Aグループ 692.6 / Bグループ 706.5), each
with the result still ahead (結果通知は8/8予定, 暫定, 正式決定は12/2の委員会, the status of a review). The published
results staff ask to summarise (公表済み, 公表用, 報道資料, 決定しました) look the same but say so. This recognizer reads the
structure, not the phrase:

* a selection word (プロポーザル, 選定, 審査, 総合評価, 優先交渉, 採点, proposer …);
* two competitors or more, each on a line with a score (a number, 点), or a header line naming them over rows of numbers;
* a word that the result is still ahead (暫定, 未公表, 通知前, 結果通知は…予定, 正式決定は…, 方向でまとまった, a review's status);
* no word that the text is published (公表済, 公表用, （公表）, 報道資料, 決定しました, ホームページ …) unless that word is itself
  said to be ahead (HPでの公表は来月).

Not: training material, a sample or a template (研修, 記入例, サンプル, 架空 in the request line).
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from gateway.scan import rx as re
from gateway.scan.config import matter_actions
from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._text import line_start

TRIGGERS = ("プロポーザル", "選定", "審査", "総合評価", "優先交渉", "採点", "評価委員", "評価点", "proposer", "bidder",
            "evaluation")
_NAME = r"[一-鿿ぁ-ゖァ-ヺーA-Za-zＡ-Ｚ・&＆]{1,16}"
_COMPETITOR = re.compile(r"(?:株式会社|有限会社|合同会社|(?:一般|公益)(?:財団|社団)法人|NPO法人|社会福祉法人|医療法人(?:社団|財団)?|学校法人|[(（]公財[)）]|[(（]一財[)）]|[(（]株[)）])[ 　]?"
                         + _NAME + r"|" + _NAME + r"(?:株式会社|有限会社|合同会社|共同事業体|共同体|グループ|事業団|財団|協会|公社|JV|[(（]株[)）])"
                         r"|(?<![A-Za-z])[A-EＡ-Ｅ](?:グループ|社|者)|提案者[ ]?[A-EＡ-Ｅ1-9]"
                         r"|\"(?:proposer|bidder|company|vendor|applicant)\"\s*:\s*\"[^\"\n]{2,40}\"")
_SCORE = re.compile(r"(?<![0-9,.０-９/-])[0-9]{1,4}(?:\.[0-9]{1,2})?(?:点|[ \t,/}]|$)(?![年月日時:/-])"
                    # (a row's cells parted by ／, commas or bars: 15.2／17.0, 企画提案,30,26,22, ｜26｜21｜ — not a date's parts)
                    r"|(?<![0-9][0-9][0-9][0-9]/)(?<=[,|/])[0-9]{1,3}(?:\.[0-9]{1,2})?(?=[ \t]*(?:[,|/]|$))", re.MULTILINE)
_SCORE_WORD = re.compile(r"点|採点|評価|審査|順位|(?i:score|total|points)")
_AHEAD = re.compile(
    r"暫定|未公表|未発表|未通知|通知前|公表前|発表前|決定前|審査中|評価中|集計中|作成途中|事務局メモ|内部メモ|内部資料|確認待ち"
    r"|(?i:notify_plan|notice_plan|announce_plan)"
    r"|(?:通知|公表|発表)は[^。\n]{0,20}?(?:予定|後|以降|まで)|委員会で(?:正式に)?確定(?!し?た|済)"
    r"|結果(?:通知|公表|発表)[^。\n]{0,14}?予定|[(（][^()（）\n]{0,10}(?:公表|発表|通知)予定[)）]|(?:通知|公表|発表)(?:[(（][^()（）\n]{1,30}[)）])?(?:は|が)まだ|通知予定|(?:提案者|候補者|事業者|業者)[(（]予定[)）]|正式(?:に)?決定(?:は|する|予定|します|の予定|前)|で正式(?:に)?決定|方向で(?:まとま|調整|一致)"
    r"|固まりつつ|固まりました|固まった|になりそう|なりそうです|入札価格はまだ|開札前|開札予定|開札は[0-9０-９]"
    r"|開札後に(?:通知|公表|発表)(?!し?た|済|しました|され)|まだ入って(?:いない|いません|ない)"
    r"|(?:後|以降)に(?:公表|通知|発表)(?!し?た|済|しました|され)|非公開審査"  # (開札後に公表した入札結果: done, r39)
    r"|\"(?:announce|status|stage|publish(?:ed)?)\"\s*:\s*\"(?:未|審査|評価|集計|(?i:pending|draft|under|review|tech_review))")
# (not the text asked for, 公表用の「審査講評」を作って: what is to be written for publication, round 39)
_PUBLISHED = re.compile(r"公表済|公表用(?!の[^。\n]{0,24}?を(?:作|書|まとめ|考え|つく))|公表資料|[(（]公表[)）]|報道資料|記者発表|報道発表|決定しました|選定しました|公表しました|"
                        r"公表しています|公表します|掲載し|掲載され|掲載済|ホームページ|ＨＰ|(?<![A-Za-z])HP(?![A-Za-z])|ウェブサイト|"
                        r"公式サイト|市報|広報(?:誌|紙|[0-9０-９]|に掲載|に載|で公表|で発表)|公表日|(?i:press release|published|announced)")
_STILL_AHEAD = re.compile(r"[^。\n]{0,12}?(?:予定|前|まで|後に|以降|来週|来月|まだ|しない|せず|しません|[?？])")
# (a plan's step: "notify_plan": "11-01 各社通知 → 11-05 HP掲載", 公表予定日：…)
_PLANNED_BEFORE = re.compile(r"予定|(?i:plan)|→|->|⇒")
_NOT_LIVE = re.compile(r"研修|演習|記入例|サンプル|架空|ダミー|テンプレート|ひな形|雛形|例題|(?i:sample|dummy|training|fictional)")
_MIN_ROWS = 2
_REACH = 6000  # (bounded: the selection's material is read in the text's first 6,000 characters)


def _rows_with_scores(text: str) -> int:
    """Distinct competitors named on a line that also holds a score; or a header naming them over rows of numbers."""
    names: set[str] = set()
    header = 0
    numeric_rows = 0
    heading = None  # (round 39: a competitor alone on its line, its judges' scores on the next — 【申請者1】株式会社… ⏎ A 81 / B 77)
    for line in text.split("\n"):
        found = [m.group(0) for m in _COMPETITOR.finditer(line)]
        if len(found) >= 2 and len(_SCORE.findall(line)) < len(found):  # (a header naming them, the rows' numbers below)
            header = max(header, len(set(found)))
            continue
        scores = len(_SCORE.findall(line)) if found else 0
        if scores:  # (a line of pairs names each competitor: {"財団": 82, "株式会社…": 88})
            names.update(found if scores >= len(found) else found[:1])
        elif not found and heading is not None and len(_SCORE.findall(line)) >= 2:
            names.add(heading)
        elif header and len(_SCORE.findall(line)) >= 2:
            numeric_rows += 1
        heading = found[0] if len(found) == 1 and not scores else None
    if header >= _MIN_ROWS and numeric_rows >= _MIN_ROWS:
        return max(len(names), header)
    return len(names)


class SelectionPendingRecognizer(AigwRecognizer):
    ENTITY = "INTERNAL_MATTER"
    TRIGGER_WORDS = TRIGGERS

    def __init__(self, config=None) -> None:
        super().__init__(config)
        self.action = matter_actions(config).get("unannounced_plan")

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        if self.action is None:
            return []
        text = ctx.text[:_REACH]
        first = text.find("\n")
        if _NOT_LIVE.search(text, 0, first if first >= 0 else len(text)) is not None:
            return []
        if _SCORE_WORD.search(text) is None:
            return []
        ahead = _AHEAD.search(text)
        if ahead is None:
            return []
        for m in _PUBLISHED.finditer(text):
            if m.group(0) == "公表日" and text.startswith("に", m.end()):
                continue  # (結果通知は公表日に各社へ: a day still ahead, round 41)
            if _STILL_AHEAD.match(text, m.end()) is None and _PLANNED_BEFORE.search(text, line_start(text, m.start()),
                                                                                     m.start()) is None:
                return []
        if _rows_with_scores(text) < _MIN_ROWS:
            return []
        return [self.result(self.ENTITY, ahead.start(), ahead.end(), 0.85, matter="selection_before_notice",
                            action=self.action, strength="strong")]
