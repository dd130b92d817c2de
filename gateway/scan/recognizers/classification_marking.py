"""CLASSIFICATION_MARKING: government / municipal classification markings (DETECTION.md §4).

Recognised:

* 格付け: ``機密性1``–``機密性4`` (``機密性２情報``, ``機密性２情報（関係者限り）``, ``機密性：3``),
  ``自治体機密性3A``–``3C``/``2``/``1``, ``要機密情報``, ``要保護情報``, ``C3I2A2``-style codes;
* secrecy words: ``極秘``, ``厳秘``, ``秘`` (``㊙`` becomes ``秘`` under NFKC), ``時限秘``, ``特定秘密`` …
  — only as a stand-alone marking (own line, ``【秘】``/``〔極秘〕``/``「秘」``, line start followed by a
  space, or after ``秘密区分：``), never inside words (秘書, 秘密, 便秘, 神秘);
* generic: ``部外秘``, ``社外秘``, ``外部秘``, ``取扱注意``, ``関係者限り`` and ``○○限り`` (庁内限り,
  課内限り, メンバー限り …), ``CONFIDENTIAL``/``STRICTLY CONFIDENTIAL``/``INTERNAL ONLY``/``TOP SECRET``/
  ``TLP:RED``; ``非公開``/``内部資料``/``公表前``/``未定稿`` only when stand-alone;
* handling restrictions (複製禁止, 持出禁止 …, see handling_restriction.py) when they stand alone as a
  document marking: a ``複製禁止`` line on a pasted document marks it just like ``取扱注意``.

Metadata (``recognition_metadata``):

* ``kind``: ``level`` (機密性N / 自治体機密性 / 要機密情報 / CnInAn), ``secret`` (秘/極秘/部外秘 …),
  ``scope`` (関係者限り / ○○限り), ``caution`` (取扱注意), ``english``, ``generic`` or
  ``handling_restriction``;
* ``level``: the confidentiality level when known (``1``–``4``, ``3A`` …); level 1 (機密性1情報 =
  public) is reported with a low score and ``public_level=True``;
* ``form``: ``line`` (alone on its line), ``bracketed`` (【…】, 〔…〕, 「…」, （…）), ``header``
  (start of a line followed by more text), ``labelled`` (after 秘密区分：/格付：/区分：), ``declared``
  (``この資料は機密性２情報です``) or ``inline`` (inside a sentence);
* ``standalone``: True when the form is a document marking (everything but ``inline``) and the
  sentence is not a question about the rules;
* ``question``: True when the sentence asks about / explains the rules (``機密性２情報はAIに入力して
  よいですか？``, ``要機密情報とは何ですか``) — the aggregator should not block on these;
* ``strength``: ``strong`` for a stand-alone marking of level ≥ 2, else ``weak``.

Scores: stand-alone 0.9 (generic 0.8), inline 0.5, question 0.2, level 1 0.2.
"""

from __future__ import annotations

from gateway.scan import rx as re
from typing import Any

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._deixis import EN_DOCUMENT_AT_HAND
from gateway.scan.recognizers._first_chars import first_chars
from gateway.scan.recognizers._matter_questions import asked_list_item, quiz_item_before, quiz_text
from gateway.scan.recognizers._marking_form import (copyright_notice, marking_form, quoted_list_item,
                                                   shown_not_applied)
from gateway.scan.recognizers._marking_tables import (QUOTED_EXAMPLES, SPELLED_EXAMPLE, explains_scheme, table_body_cell,
                                                     term_list_item, under_sample_caption, example_continued)
from gateway.scan.recognizers._text import (
    Covered,
    finditer_windows,
    hit_windows,
    question_cues,
)
from gateway.scan.recognizers.handling_restriction import RESTRICTION_RE, enumerated, on_document, quoted_by_rule, registry_measure
from gateway.scan.recognizers.handling_restriction import TRIGGERS as _HR_TRIGGERS, viewing_rule

_ANSWER_ARROW = re.compile(r"[^\n]{2}(?:→|⇒|->|＝>|=>)[ \t　]*[【\[「]?$")
_SP = r"[ \t]*"
# a scope or a handling note in brackets after a level: （関係者限り）, （要管理）, （取扱注意）, （複製禁止）
_SCOPE = r"(?:[ \t]*[(（\[【〔][^)）\]】〔〕\n]{0,24}(?:限り|限定|のみ|要管理|管理|注意|禁止|制限)[)）\]】〕])?"

# Distinctive markings: reported wherever they occur; ``form`` tells how they occur.
_LEVEL = (
    # 機密性２, 機密性：2, 機密性=2, 機密性(2), 機密性（Ⅱ）
    r"(?P<level>(?:自治体)?機[ \t]?密[ \t]?性(?:レベル|区分)?" + _SP + r"[:：=＝]?" + _SP + r"(?P<paren>[(（]" + _SP + r")?"
    + r"(?P<lvl>[1-4一二三四壱弐参ニ]|IV|III|II|I(?![A-Za-z])|[高中低](?![ぁ-ゖァ-ヺ一-鿿]))(?:" + _SP + r"(?P<sub>[ABCabc]))?(?![0-9A-Za-z])"
    r"(?(paren)" + _SP + r"[)）])"
    r"(?:" + _SP + r"情報)?" + _SCOPE + r")"
)
# (also abbreviated in a marking: 【要機密】; not 要保護児童, a welfare term)
_YOU = r"(?P<you>要(?:機密|保護)(?:情報|(?![一-鿿ぁ-ゖァ-ヺ])))"
# the welfare words beside a bare 要保護 that make it a category of households or children, not a marking (r15)
_WELFARE_NEAR = re.compile(r"準要保護|生活保護|就学援助|要保護(?:児童|世帯|者)|要支援|保護世帯|被保護|扶助")


def _not_welfare(text: str, found):
    """The markings found, less a bare 要保護 beside welfare words: 要保護 / 準要保護 of 就学援助, a 要保護世帯 (生活保護)
    are categories of households or children, no marking (r15)."""
    for m in found:
        if m.group(0) != "要保護" or _WELFARE_NEAR.search(text, max(0, m.start() - 200), m.end() + 200) is None:
            yield m


_CIA = r"(?P<cia>(?<![0-9A-Za-z])C[1-4]" + _SP + r"[-/]?" + _SP + r"I[1-2]" + _SP + r"[-/]?" + _SP + r"A[1-2](?![0-9A-Za-z]))"
_SECRET_WORD = r"(?P<secretword>関係者外秘|関係者以外秘|(?:部|社|庁)外(?:厳|極)秘|部外秘|社外秘|外部秘|庁外秘|局外秘|課外秘|室外秘|所外秘|対外秘|門外不出|時限秘|特定秘密|特別管理秘密|防衛秘密|コンフィデンシャル)"
# (not a term: 取扱注意事項 of a safety data sheet, 取扱注意点)
_CAUTION = r"(?P<caution>取(?:り)?扱(?:い)?(?:厳重|要)?注意(?!事項|点|書き|喚起))"
_SCOPE_LIMIT = (
    r"(?P<scopelimit>(?:関係者|(?:[一-鿿ァ-ヶー・]{0,10}?(?:庁|省|局|部|課|室|係|社|所|団|校|会))?内|"
    r"[一-鿿ァ-ヶー・]{0,10}?(?:メンバー|オブザーバー|関係者|担当者|出席者|参加者|委員会|審査会|会議|委員|職員|役員|幹部|本人|教職員|課|係|班|長|職|チーム)"
    r"(?:等)?)限り"
    # an organisation's inside, limited: 【課内限定】, 庁内限定 (not 期間限定, 会員限定)
    r"|[一-鿿ァ-ヶー・]{0,10}?(?:庁|省|局|部|課|室|係|社|所)内(?:限定|専用))"
)
_ENGLISH = (
    r"(?P<english>(?<![A-Za-z0-9_])(?:STRICTLY[ \t]+CONFIDENTIAL|HIGHLY[ \t]+CONFIDENTIAL|"
    r"PROPRIETARY[ \t]+(?:AND|&)[ \t]+CONFIDENTIAL|CONFIDENTIAL|INTERNAL[ \t]+(?:USE[ \t]+)?ONLY|"
    r"FOR[ \t]+(?:OFFICIAL|INTERNAL)[ \t]+USE[ \t]+ONLY|TLP[ \t]*:[ \t]*(?:RED|AMBER(?:\+STRICT)?)|"
    # UK government's handling caveat, US sensitive-but-unclassified
    r"OFFICIAL[ \t]*[-–—][ \t]*SENSITIVE|SENSITIVE[ \t]+BUT[ \t]+UNCLASSIFIED|"
    # a Japanese level in English: Confidentiality Level 2 (an English report of the city, round 18)
    r"CONFIDENTIALITY[ \t]+(?:LEVEL|CLASS|CATEGORY)[ \t]*(?:[2-4]|II|III|IV))"
    r"(?![A-Za-z0-9_]))"
)
_EN_DECLARED = re.compile(r"(?i:" + EN_DOCUMENT_AT_HAND + r"(?:[^.\n]{0,40}?\b(?:handled|classified|treated|marked) as| is))[ \t]*$")
# a title-case English level after a classification label (Classification: Internal, Sensitivity: Confidential);
# Public / General are not markings
_LABELLED_EN = re.compile(
    r"(?i:classification|sensitivity|data classification|security classification|information classification)"
    r"[ \t]*[:：][ \t]*(?P<v>(?i:internal(?:[ \t]+(?:use[ \t]+)?only)?|confidential|restricted|secret|highly confidential))"
    r"(?![A-Za-z])")
DISTINCTIVE_RE = re.compile(
    "|".join([_LEVEL, _YOU, _CIA, _SECRET_WORD, _CAUTION, _SCOPE_LIMIT, _ENGLISH]), re.IGNORECASE
)
# where a DISTINCTIVE_RE match can start (case-insensitive alternatives get no quick skip in sre: each window position
# cost ~1 us): at a first character of the alternatives other than _SCOPE_LIMIT, or at most 17 characters before the
# 限り / 限定 / 専用 every _SCOPE_LIMIT match holds (10 name characters, オブザーバー, 等)
_DISTINCT_FIRST = first_chars(re.compile("|".join([_LEVEL, _YOU, _CIA, _SECRET_WORD, _CAUTION, _ENGLISH]), re.IGNORECASE))
_SCOPE_CUE = re.compile("限り|限定|専用")
_SCOPE_REACH = 17

# (a schedule's line: a time, or a date and a time, before the engagement: 14:00　非公開, 9月15日（月）13:00 …（…、非公開）)
# (…of a schedule the office publishes: 報道機関向けに公開しているもの, 県HPでも公開; not 秘書課内のみ、非公開分を含む)
_PUBLIC_SCHEDULE = re.compile(r"公開して|公開中|公表して|報道機関|記者クラブ|ホームページ|(?<![A-Za-z])HP(?![A-Za-z])|ウェブサイト|配布して")
_SCHEDULE_HEAD = 300
_SCHEDULE_SLOT = re.compile(r"[ \t　]*(?:[0-9]{1,2}月[0-9]{1,2}日[^\n:：]{0,12}?)?(?:[0-9０-９]{1,2}[:：][0-9０-９]{2}|終日|午前|午後)[ \t　]")
def _not_standalone(text: str, group: str | None, s: int, e: int) -> bool:
    """A stand-alone-only word that is none: 秘 glued to a preceding kanji (神秘, 便秘, 守秘) or one letter of a
    letter-spaced line (秘 書 広 報 課); a schedule's closed engagement (14:00　非公開: an item of the day, round 38)."""
    if group == "secret":
        return (s > 0 and "一" <= text[s - 1] <= "鿿" and text[s - 1] not in "【「『〔") or _LETTER_SPACED.match(text, e) is not None
    if group == "generic" and 2 <= s and e < len(text) and text[s - 1] in "(（" and text[e] in ")）" \
            and (text[s - 2].isalnum() or text[s - 2] in "\n,\t|｜") and text[e + 1:e + 2] in _ITEM_AFTER:
        return True  # an item's own note in a cell or a list (個人事業者（非公表）｜…, 採点表（公表前）、…: round 39)
    if group == "generic" and text[s - 1:s] in "(（" and text[e:e + 1] in ")）" \
            and _NUMBERED_ITEM.match(text, text.rfind("\n", 0, s) + 1, s - 1) is not None:
        return True  # a numbered item's note on its value (４ 最低制限価格　設定あり（非公表）: a notice's item, round 40)
    if group == "generic" and text[s:e] == "非公開" and (_CLOSED_ITEM_BEFORE.search(text, max(0, s - 16), s) is not None or (
            _CLOSED_MEETING_BEFORE.search(text, max(0, s - 16), s) is not None and _HELD_AFTER.match(text, e) is not None)
            or _CLOSED_MEETING_AFTER.match(text, e) is not None):
        return True  # a meeting or an agenda item held in closed session (全員協議会（非公開）, 議案第38号は非公開とし: r42)
    return group == "generic" and _SCHEDULE_SLOT.match(text, text.rfind("\n", 0, s) + 1, s) is not None \
        and _PUBLIC_SCHEDULE.search(text, 0, _SCHEDULE_HEAD) is not None


# (a meeting in closed session is said to be held, not its record headed: 選定委員会（非公開） ⏎ 採点表 is one)
_CLOSED_ITEM_BEFORE = re.compile(r"議案第[0-9０-９]+号】?(?:は|を)?[ 　]?[(（]?$")
_CLOSED_MEETING_BEFORE = re.compile(r"(?:会議|協議会|委員会|審議会|懇談会|検討会|部会)[ 　]?[(（]$")
_HELD_AFTER = re.compile(r"[)）][ 　]?(?:を|が|で|は)?(?:やり|やる|行い|行う|行われ|開催|開き|開く|開かれ|あり|予定)")
_CLOSED_MEETING_AFTER = re.compile(r"(?:と(?:し|する|します|なり|なる|なっ)|で(?:審議|開催|行|実施|や)|の(?:会議|審議|案件|議案)(?:と|で|に|は))")
_GLOSSED = re.compile(r"機密性[ ]?[0-9][^\n()（）]{0,8}(?:情報|文書)$")
_EG_QUOTED = re.compile(r"(?:(?i:e\.g\.|for example|such as)|例[:：]|例えば|たとえば)[ ,，、]*[\"'“「『【\[]{1,2}[ ]?$")
_ITEM_AFTER = frozenset("、,，|｜\t・")
_NUMBERED_ITEM = re.compile(r"[ \t　]*(?:[0-9]{1,2}|\([0-9]{1,2}\))[ 　.)][ 　]?[^\n()]{2,16}[ 　]+[^\n()]{1,12}$")


# Words that are markings only when they stand alone: 秘 and friends, generic document status.
_STANDALONE_ONLY = re.compile(
    r"(?P<secret>極秘|厳秘|機密|マル秘|まる秘|丸秘|秘)(?![一-鿿ぁ-ゟ゠-ヿ])|"
    r"(?P<generic>非公開|非公表|公開不可|内部資料|内部限り|公表前|公開前|未公表|未定稿|不開示情報|取扱制限|秘密文書|秘文書|極秘文書)"
    r"(?![一-鿿ぁ-ゟ゠-ヿ])(?![ \t]*[:：])|"
    # (in a heading's brackets, as a memo part kept back: 【内部用・回答不可】, round 31)
    r"(?<=[【\[(（])(?P<internal_use>内部用|庁内用|部内用|課内用)(?=[・】\])）])|"
    r"(?P<english2>(?<![A-Za-z0-9_])(?:TOP[ \t]+SECRET|SECRET|RESTRICTED|INTERNAL)(?![A-Za-z0-9_])"
    # a sign or a place, not a document: RESTRICTED AREA, INTERNAL PARKING
    r"(?![ \t]+(?i:area|zone|access|entry|parking|space|road|section of|use of the|audit|affairs|medicine|control|revenue))"
    # in any case inside square brackets, a slide's or a mail subject's tag: [Internal], 【Restricted】
    r"|(?<=[\[【［])(?i:internal|restricted|secret)(?=[\]】］]))"
)
_MARK_TRIGGERS = (
    "機密", "機 密", "要保護情報", "秘", "取扱注意", "取り扱い注意", "取扱い注意", "取扱厳重注意", "取扱要注意",
    "門外不出", "限り", "内限定", "内専用", "内部用", "庁内用", "部内用", "課内用", "非公表", "公開不可", "要保護", "コンフィデンシャル", "非公開", "内部資料", "公表前", "公開前", "未公表", "未定稿", "不開示情報", "取扱制限",
    "confidential", "internal", "secret", "restricted", "tlp", "official use", "classification", "sensitivity",
    "sensitive",
    "c1i", "c2i", "c3i", "c4i", "c1 i", "c2 i", "c3 i", "c4 i", "c1-i", "c2-i", "c3-i", "c4-i",
    "c1/i", "c2/i", "c3/i", "c4/i",
)
TRIGGERS = _MARK_TRIGGERS + _HR_TRIGGERS
# 壱弐参: the formal numerals; ニ (katakana ni) looks like 二 and is read as it by anyone who sees the marking
_KANJI_DIGIT = {"一": "1", "二": "2", "三": "3", "四": "4", "壱": "1", "弐": "2", "参": "3", "ニ": "2",
                "I": "1", "II": "2", "III": "3", "IV": "4",
                # offices that grade in words (機密性：高 / 中 / 低): 低 is the public grade
                "高": "3", "中": "2", "低": "1"}
# 取扱注意 on a parcel (a sticker next to ワレモノ / 天地無用, on a 伝票) is about handling goods, not a document
_PARCEL_WORDS = re.compile(r"宅配|伝票|送り状|荷物|配達|発送|梱包|段ボール|ワレモノ|割れ物|われもの|天地無用|精密機器|"
                           r"シール|ステッカー|ラベルを貼|貼って|貼る|取扱注意品|ケアマーク|洗濯")


# a line of single letters parted by single spaces after the match (PDF text: "秘 書 広 報 課")
_LETTER_SPACED = re.compile(r"(?: [^\s]){3}(?: |$)", re.MULTILINE)


_CATEGORY_WORDS = frozenset({"取扱制限", "取り扱い制限", "取扱い制限"})


def _scheme_text(text: str, results: list[Any]) -> list[Any]:
    """A text naming three or more confidentiality levels (a definition table, a policy, training
    material) explains the scheme instead of being marked by it: its level findings, except one
    alone on its line, are mentions (question), not markings. So are all findings of a text naming
    three or more markings on lines that define them (``| 複製禁止 | 複製してはならない |``)."""
    meta = [r.recognition_metadata for r in results]
    levels = {m.get("level")[:1] for m in meta if m.get("kind") == "level" and m.get("level")}
    scheme = explains_scheme(text, [(r.start, r.end) for r in results])
    if len(levels) < 3 and not scheme:
        return results
    # (two levels or more each alone on a line: a table flattened one cell per line, not a document's own marking, r38)
    flat = len({m.get("level")[:1] for m in meta if m.get("kind") == "level" and m.get("level") and m.get("form") == "line"}) >= 2
    for r, m in zip(results, meta):
        # (a section's heading naming the category, （取扱制限）, is no marking either: round 33)
        if (scheme or flat or m.get("kind") == "level") and (m.get("form") != "line" or flat
                                                               or text[r.start:r.end] in _CATEGORY_WORDS):
            m.update(question=True, standalone=False, strength="weak")
            r.score = 0.2
    return results


_ABOUT_AFTER = re.compile(r"(?:[・、/][0-9０-９一二三]){0,2}[」』\"']?"  # levels listed together: 機密性２・３の表示のルール
                          r"(?:情報|文書|資料)?(?:の取扱い?|の取り扱い|の管理|の定義|の指定|の区分|の表示(?:方法|例|の?ルール)|"
                          r"の?(?:ルール|基準|要領|考え方)|とは|に関する|について|(?:以上|以下)の(?:情報|文書|資料)?)"
                          # deciding whether to mark: 社外秘扱いにするかどうか, 機密性２に該当するか
                          r"|[」』\"']?(?:扱い)?(?:に|と)(?:する|指定する|該当する|すべき|なる)(?:か|の)"  # (「機密性２」にすべきか: r27)
                          r"|[」』\"']?として(?:扱う|扱われる|格付けする)(?:べき)?な?(?:の)?か"  # (「機密性2」として扱うべきなのか: r38)
                          # which things are of the level (次のうち、機密性２以上に当たるものをすべて選べ: a quiz, round 30)
                          r"|(?:以上|以下)?(?:に|と)(?:当たる|あたる|該当する)(?:もの|情報|文書|資料)"
                          # a kind of information with its examples in brackets (・機密性２情報（例：個人情報を含む…）, r28)
                          r"|(?:情報|文書|資料)?[(（](?:例|例えば)[:：]")


def _distinctive(text: str, windows):
    """``finditer_windows(DISTINCTIVE_RE, text, windows)``, the pattern tried only where a match can start."""
    if _DISTINCT_FIRST is None:
        yield from finditer_windows(DISTINCTIVE_RE, text, windows)
        return
    pos = -1
    for lo, hi in windows:
        lo = max(lo, pos)
        starts = {m.start() for m in _DISTINCT_FIRST.finditer(text, lo, hi)}
        for c in _SCOPE_CUE.finditer(text, lo, hi):
            starts.update(range(max(lo, c.start() - _SCOPE_REACH), c.start() + 1))
        for p in sorted(starts):
            if p >= pos and (m := DISTINCTIVE_RE.match(text, p, hi)) is not None:
                pos = m.end()
                yield m


class ClassificationMarkingRecognizer(AigwRecognizer):
    ENTITY = "CLASSIFICATION_MARKING"
    ENTITIES = ("CLASSIFICATION_MARKING", "HANDLING_RESTRICTION")
    TRIGGER_WORDS = TRIGGERS

    def analyze_ctx(self, ctx: ScanContext) -> list[Any]:
        text = ctx.text
        results = []
        windows = hit_windows(ctx, _MARK_TRIGGERS, 40, 60)
        taken = Covered(len(text))  # s or e inside a span already taken: the same marking, not a new one
        for m in _not_welfare(text, _distinctive(text, windows)):
            kind, level = self._kind(m)
            r = self._make(text, m.start(), m.end(), kind, level, always=True)
            if r is not None:
                results.append(r)
                taken.take(m.start(), m.end())
        for m in finditer_windows(_STANDALONE_ONLY, text, windows):
            s, e = m.start(), m.end()
            if s in taken or e - 1 in taken:
                continue
            if _not_standalone(text, m.lastgroup, s, e):
                continue
            kind = "secret" if m.lastgroup == "secret" else ("english" if m.lastgroup == "english2" else "generic")
            r = self._make(text, s, e, kind, None, always=False)
            if r is not None:
                results.append(r)
                taken.take(s, e)
        for m in finditer_windows(_LABELLED_EN, text, windows):
            s, e = m.span("v")
            if s in taken or e - 1 in taken:
                continue
            r = self._make(text, s, e, "english", None, always=True, labelled=True)
            if r is not None:
                results.append(r)
                taken.take(s, e)
        # handling restrictions that stand alone as a document marking
        for m in finditer_windows(RESTRICTION_RE, text, hit_windows(ctx, _HR_TRIGGERS, 20, 30)):
            s, e = m.start(), m.end()
            if s in taken or e - 1 in taken:
                continue
            form = marking_form(text, s, e)
            if copyright_notice(text, s, e) or registry_measure(text, s, e) or (form == "bracketed" and (
                    (m.group("encrypt") and not on_document(text, s)) or viewing_rule(text, s))):
                continue  # (…or a data item's note: -- 個人番号（要暗号化）; …で閲覧できます（複写不可）: the viewing's rule, r33)
            if (form in ("line", "bracketed", "labelled", "header") and not question_cues(text, s, e, strong_only=True)
                    and not shown_not_applied(text, e, s) and not enumerated(text, s, e) and QUOTED_EXAMPLES.match(text, e) is None
                    and not term_list_item(text, s)):  # (・複製禁止 under 次の表示に対応する英語を…, round 28)
                results.append(
                    self.result(
                        self.ENTITY, s, e, 0.85, kind="handling_restriction", level=None, form=form,
                        standalone=True, question=False, strength="strong",
                    )
                )
        return _restriction_twins(text, _scheme_text(text, results))

    @staticmethod
    def _kind(m: re.Match) -> tuple[str, str | None]:
        g = m.lastgroup
        if g == "level":
            lvl = _KANJI_DIGIT.get(m.group("lvl"), m.group("lvl"))
            sub = (m.group("sub") or "").upper()
            return "level", lvl + sub
        if g == "you" or g == "cia":
            if g == "cia":
                return "level", m.group("cia")[1]
            return "level", None
        if g == "secretword":
            return "secret", None
        if g == "caution":
            return "caution", None
        if g == "scopelimit":
            return "scope", None
        return "english", None

    def _make(self, text: str, s: int, e: int, kind: str, level: str | None, always: bool, labelled: bool = False):
        form = "labelled" if labelled else marking_form(text, s, e)
        if form == "inline" and kind == "english" and _EN_DECLARED.search(text, max(0, s - 80), s) is not None:
            form = "declared"  # This report is to be handled as Confidentiality Level 2 (round 18)
        if not always and form == "inline":
            return None
        if kind == "caution" and _PARCEL_WORDS.search(text, max(0, s - 40), min(len(text), e + 40)):
            return None  # a parcel sticker, not a document marking
        if kind == "english" and form == "inline" and not text[s:e].isupper() and not labelled:
            return None  # "treat your data as confidential": prose, not a marking
        question = question_cues(text, s, e, strong_only=form != "inline") or (
            # the marking names a kind of information in a title or a rule: 社外秘情報の取扱いについて…
            _ABOUT_AFTER.match(text, e) is not None) or shown_not_applied(text, e, s) or enumerated(text, s, e) or (
            SPELLED_EXAMPLE.match(text, e) is not None) or quoted_by_rule(text, s) or asked_list_item(text, s) or (quiz_text(text) and (
                form not in ("header", "line") or quiz_item_before(text, s)))  # (…のように書く, r28; a
        # quiz on levels, r30)
        if form in ("line",):
            # a line holding only the marking is never a question, but may be a table's cell (a glossary's term)
            question = table_body_cell(text, s) or quoted_list_item(text, s) or under_sample_caption(text, s) \
                or example_continued(text, s)  # (indented under 表示例（見本）：, r35)
        elif form in ("header", "labelled") and ("|" in text or "｜" in text or "\t" in text):
            # a level or a restriction in a table's cells (区分 | 取扱制限 ⏎ 機密性３ | 持出禁止): the table lists them (r18)
            question = question or table_body_cell(text, s, head=True, generic=kind == "generic")
        question = question or (form != "inline" and term_list_item(text, s))  # (a glossary's item to translate, r23)
        # (a level given as a list item's answer after an arrow: ・公告前の予定価格 → 機密性２, a quiz's key, round 35)
        question = question or _ANSWER_ARROW.search(text, max(0, s - 6), s) is not None
        # (a rule's example quoted after e.g. or 例：, "[CONFIDENTIAL]": how to mark, not a mark, round 41)
        question = question or _EG_QUOTED.search(text, max(0, s - 14), s) is not None
        # (a level's gloss in brackets after the class it names: 機密性２以上の情報（要機密情報）, round 41)
        question = question or (form == "bracketed" and _GLOSSED.search(text, max(0, s - 24), max(0, s - 1)) is not None)
        public_level = level is not None and level.startswith("1")
        standalone = form != "inline" and not question
        if public_level:
            score = 0.2
        elif question:
            score = 0.2
        elif standalone:
            score = 0.8 if kind in ("generic",) else 0.9
        else:
            score = 0.5
        strength = "strong" if standalone and not public_level else "weak"
        meta: dict[str, Any] = dict(kind=kind, level=level, form=form, standalone=standalone,
                                    question=question, strength=strength)
        if public_level:
            meta["public_level"] = True
        return self.result(self.ENTITY, s, e, score, **meta)


# a marking that restricts who may handle the document (取扱注意, 課内限り, a standalone 持出禁止) is a 取扱制限 as well as
# a marking: reported under both names, so a reviewer's filter on either finds it (round 17; the decision is the same)
_RESTRICTING_KINDS = frozenset({"caution", "scope", "handling_restriction"})


def _restriction_twins(text: str, results: list[Any]) -> list[Any]:
    twins = []
    for r in results:
        meta = r.recognition_metadata
        word = text[r.start:r.end]
        # (a circle named by the word itself: 部外秘, 庁外秘, 内部限り, 課内限定)
        if (meta.get("kind") in _RESTRICTING_KINDS or word.endswith("外秘") or "限り" in word or "限定" in word) \
                and meta.get("standalone"):
            twin = RecognizerResult("HANDLING_RESTRICTION", r.start, r.end, r.score,
                                    recognition_metadata={**meta, "twin_of": "CLASSIFICATION_MARKING"})
            twins.append(twin)
    return results + twins if twins else results
