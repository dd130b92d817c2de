"""PERSON: personal names (DETECTION.md §2.17), by SudachiPy morphology on small windows.

Morphology (SudachiDict-core tags ``名詞,固有名詞,人名,姓`` / ``…,人名,名``) runs ONLY on windows
around cheap triggers, never over the whole prompt:

* honorifics: 様, さん, 氏, 殿, 君, くん, ちゃん, 先生 … (window: the ~14 characters before);
* labels: 氏名, 名前, 申請者, 相談者, 世帯主, 被保険者, 患者, 児童, 担当, 名義, フリガナ … (window: the
  ~30 characters after);
* personal-data anchors: 生年月日, 住所, 電話, 携帯, 連絡先, 個人番号, マイナンバー, 口座, @, a
  digit-dash-digit (phone/address) … (window: the rest of the line, up to ~40 characters each side),
  so that bare names in records (``渡辺直樹（生年月日：…）``, roster lines ``田中翔太, 大阪府…, 090-…``)
  are found.

A candidate name is a run of 人名 tokens (surname, given name; katakana names like ``サトウ ハナコ``),
or after a label with a colon a short run of kanji/katakana (names the dictionary does not know).

Metadata (``recognition_metadata``):

* ``form``: ``label`` (after 氏名：/相談者：…), ``honorific`` (name + 様/さん/殿/君/ちゃん),
  ``shi`` (name + 氏: news style), ``title`` (name + 課長/市長/議員 …: staff or official capacity),
  ``context`` (bare full name next to personal data), ``famous`` (a whole-name dictionary entry such
  as 徳川家康/樋口一葉: the dictionary lists well-known people only), ``bare`` (a name without any of
  the above);
* ``full_name``: surname and given name (or a label-value name) rather than a lone surname/given name;
* ``honorific``: the honorific/title string kind (``さん``, ``様``, ``氏`` …) or None; ``label``: bool;
* ``official``: True for public figures (famous, 議員/市長 titles) and staff in an official capacity
  (課長, 係長 …): they do not count as private persons;
* ``strength``: ``strong`` = label form, or full name + 様/さん/殿/君/ちゃん; ``medium`` = surname +
  様/さん/殿, full name + 氏, full name next to personal data; ``weak`` = everything else (lone surname,
  famous, 氏 after a surname — 北条氏 is a clan —, titles);
* ``person_key``: a short non-reversible hash of the name, so that the aggregator can count
  *distinct* persons (roster detection) without the text.

Scores: strong 0.85, medium 0.6, weak 0.3 (official: 0.2).
"""

from __future__ import annotations

import re
from typing import Any

from gateway.scan import morphology
from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._text import merge_windows, stable_key

HONORIFICS_STRONG = ("様", "さん", "さま", "殿", "君", "くん", "ちゃん", "ちゃま")
HONORIFIC_SHI = ("氏",)
# titles after a name: staff / official capacity / public roles
TITLES_OFFICIAL = (
    "課長", "部長", "係長", "主任", "主査", "主事", "主幹", "参事", "課長補佐", "補佐", "室長", "局長", "所長", "次長",
    "班長", "副市長", "市長", "町長", "村長", "区長", "知事", "副知事", "議員", "議長", "委員長", "委員", "大臣",
    "首相", "総理", "長官", "社長", "会長", "理事長", "教授", "准教授", "博士", "監督", "選手", "先生", "弁護士",
    "税理士", "医師", "看護師", "保健師", "記者", "アナウンサー", "容疑者", "被告", "被告人", "受刑者",
)
# kanji words that end a name rather than extend it
_STOP_EXTEND = set()  # filled below from TITLES_OFFICIAL, LABELS and a few nouns
# labels after which a name follows (label-value form)
LABELS = (
    "氏名", "氏 名", "名前", "名 前", "お名前", "氏名カナ", "フリガナ", "ふりがな", "カナ氏名", "申請者", "申請人", "届出人", "相談者",
    "世帯主", "被保険者", "本人氏名", "代理人", "保護者", "児童", "児童名", "生徒", "生徒名", "利用者", "利用者名",
    "患者", "患者名", "担当", "担当者", "対象者", "依頼者", "請求人", "申出人", "申立人", "受給者", "契約者", "名義",
    "口座名義", "名義人", "宛名", "宛先", "連絡者", "参加者", "入居者", "来庁者", "通報者", "被害者", "加害者",
    "被疑者", "要介護者", "納税者", "納税義務者", "扶養者", "配偶者", "妻", "夫", "長男", "長女", "次男", "次女",
    "父", "母", "子", "続柄", "同居人", "亡", "故", "職員名", "作成者", "記入者", "回答者", "面談者", "相手方",
    "出席者", "欠席者", "構成員", "委員名", "当事者", "申込者", "応募者", "受験者", "合格者", "退職者", "職員",
    "従業員", "社員", "顧客", "顧客名", "対象", "問い合わせ者", "問合せ者", "照会者", "入院患者", "被介護者", "要支援者", "被災者", "死亡者", "故人", "被相続人",
    "相続人", "債務者", "滞納者", "差出人", "送信者", "受取人", "受信者", "相談相手", "世帯員", "同居者", "親族",
    "name", "full name",
)
# anchors: personal data near which a bare full name is a person of the record
ANCHORS = (
    "生年月日", "生まれ", "住所", "現住所", "電話", "携帯", "連絡先", "tel", "メール", "mail", "@",
    "個人番号", "マイナンバー", "免許", "パスポート", "旅券", "口座", "年金", "保険証", "被保険者番号", "在留カード",
    "〒", "歳)", "日生)", "090", "080", "070",
) + tuple(f"{d}-" for d in "0123456789") + tuple(f"({d}" for d in "123456789")

# one-character labels (父, 母, 子 …) are everywhere in prose: they trigger only in field form "父:"
# (the normaliser folds "：" to ":")
# labels that are ordinary words in prose: accept only with a colon/line-start form
_WEAK_LABELS = {"児童", "生徒", "利用者", "患者", "担当", "対象者", "参加者", "被害者", "加害者", "妻", "夫", "長男",
                "長女", "次男", "次女", "父", "母", "子", "亡", "故", "宛先", "名義", "代理人", "保護者", "配偶者",
                "作成者", "記入者", "回答者", "name", "出席者", "欠席者", "構成員", "当事者", "受験者", "合格者", "退職者",
                "職員", "従業員", "社員", "顧客", "対象", "入院患者", "要支援者", "被災者", "死亡者", "故人", "相続人",
                "債務者", "受取人", "受信者", "相談相手", "世帯員", "同居者", "親族"}

# Ordinary words used as labels (父, 担当, 患者 …) trigger only in field form "担当:" / "担当 " (the
# normaliser folds "：" to ":"), otherwise they would open a morphology window in every other sentence.
def _label_forms(w: str) -> tuple[str, ...]:
    if w in _WEAK_LABELS or w.lower() in _WEAK_LABELS:
        return (w + ":", w + "：", w + " ", w + "\t")  # "：" for the plain presidio path (no normaliser)
    return (w,)


# romanised names in English-mixed prompts: after an honorific ("Ms. Hanako Suzuki") or a record label
# ("Patient Hanako Suzuki", "Name: Taro Yamada"); the name is two capitalised words (one after an honorific)
_LATIN_HONORIFICS = ("mr.", "ms.", "mrs.", "miss ", "mr ", "ms ", "mrs ")
_LATIN_LABELS = ("patient", "applicant", "employee", "customer", "resident", "client", "full name", "name:",
                 "name :", "student", "beneficiary", "insured")
_LATIN_NAME = re.compile(
    r"(?:(?P<hon>\b(?:Mr|Ms|Mrs|Miss)\.?)|(?P<lab>\b(?i:patient|applicant|employee|customer|resident|client|"
    r"full name|name|student|beneficiary|insured)(?:'s)?\s*(?:name)?\s*[:：]?))[ \t]+"
    r"(?P<name>[A-Z][a-z]{1,15}(?:[ \t]+[A-Z][a-z]{1,15})?)(?![A-Za-z])",
    re.ASCII,
)
# title-case words that follow those labels in headings, not in names ("Patient Care Plan")
_LATIN_NOT_NAMES = frozenset({
    "Care", "Plan", "Plans", "Service", "Services", "Support", "Portal", "Record", "Records", "Information", "Info",
    "Management", "Data", "List", "Name", "Names", "Number", "Form", "Report", "Reports", "Satisfaction",
    "Experience", "Relations", "Success", "Journey", "Safety", "Education", "Advocacy", "Rights", "Account",
    "Accounts", "Guide", "Manual", "Survey", "Feedback", "Agreement", "Policy", "Profile", "Registration",
    "Center", "Centre", "Desk", "Team", "Section", "Field", "Fields", "Type", "Status", "Tag", "The", "This",
})
# lower-cased trigger form of a label -> the label ("患者:" -> "患者")
_LABEL_OF_FORM: dict[str, str] = {}
for _w in LABELS:
    for _f in _label_forms(_w):
        _LABEL_OF_FORM.setdefault(_f.lower(), _w)
TRIGGERS = (HONORIFICS_STRONG + HONORIFIC_SHI + tuple(f for w in LABELS for f in _label_forms(w)) + ANCHORS
            + _LATIN_HONORIFICS + _LATIN_LABELS)
_STOP_EXTEND.update(TITLES_OFFICIAL, (w for w in LABELS if len(w) > 1), HONORIFICS_STRONG, HONORIFIC_SHI, (
    "宛", "宛て", "方", "家", "宅", "氏名", "様方", "一家", "夫妻", "親子", "等", "ら", "達", "他", "君", "殿", "県", "市", "区",
    "町", "村", "都", "府", "道", "郡", "課", "係", "室", "局", "部", "省", "庁", "社", "長", "代表", "本人", "名義", "口座",
    "住所", "電話", "携帯", "番号", "生年月日", "年", "月", "日", "歳", "才",
))
# honorific hits that are parts of ordinary words (様々, 同様, 宮殿, 君主 …): (chars before, chars after)
_HON_SKIP_BEFORE = {"様": "同仕模異多一文紋有左殿皆各奥王神仏", "殿": "宮神本拝御正社湯", "君": "主諸暴名細", "氏": "源平藤橘同彼両諸某"}
_HON_SKIP_AFTER = {"様": "々式子相態変", "殿": "堂下", "君": "主臨", "氏": "名族神", "さま": "ざ"}

_KANJI = re.compile(r"[一-鿿㐀-䶿々〆ヶ]")
_NAME_CHARS = re.compile(r"[一-鿿㐀-䶿々〆ヶ゠-ヿぁ-ゟ]")
_HONORIFIC_SET = frozenset(HONORIFICS_STRONG)
_COLUMN_LABELS = ("氏名", "名前", "お名前", "氏 名", "利用者名", "児童名", "患者名", "参加者名", "職員名", "相談者名")
_CELL_SEP = re.compile(r"\t|,|，|、|[|｜]")
# a table cell holding a name: 2–5 kanji (optionally split by one space), or katakana/Latin names
_COLUMN_NAME = re.compile(
    r"[一-鿿㐀-䶿々〆ヶ]{1,4}[ ]?[一-鿿㐀-䶿々〆ヶぁ-ゖ]{1,4}|[ァ-ヺー]{1,8}[ ][ァ-ヺー]{1,8}|[A-Z][a-z]+ [A-Z][a-z]+"
)
# a list row starting with a space-separated full name: "1 井上 健太 総務課", "・木下 さくら（税務課）"
_LIST_ROW = re.compile(
    r"^[ \t]*(?:[0-9]{1,3}[.)．、:：]?[ \t]+|[・*●○■□◆◇-][ \t]*)?"
    r"(?P<name>[一-鿿々〆ヶ]{1,3}[ 　][一-鿿々〆ヶぁ-ゖ]{1,3})(?=[ \t　,、|｜(（]|$)",
    re.MULTILINE,
)
_LIST_MIN_ROWS = 3
# labels naming the office's own staff (their names in an official capacity are not private data)
_STAFF_LABELS = frozenset({"担当", "担当者", "職員", "職員名", "作成者", "記入者", "回答者"})
_LIST_SEP = re.compile(r"[ ]?[、,，・/／][ ]?")
_HON_AFTER = re.compile(r"[ ]?(?:様|さん|殿|君|氏)")
_KANA_NAME = re.compile(r"[ぁ-ゖ]{2,4}|[ァ-ヺー]{2,6}")
_ALL_KANJI = re.compile(r"[一-鿿㐀-䶿々〆ヶ]+")
_LABEL_SEP = re.compile(
    r"[ \t]*(?:[(（][^)）\n]{0,8}[)）])?[ \t]*[】\]」』]?[ \t]*(?:[:：=|｜]|は|が)?[ \t]*"
    # an affiliation between the label and the name: "対象：経理課 岡田 直人", "申請者: 総務部 山田"
    r"(?:[一-鿿ァ-ヺー]{1,10}(?:課|部|係|室|局|班|センター|事務所|学校|小学校|中学校)[ \t　]+)?"
)
# free-form name after a label with a colon: 2–6 kanji, or katakana words separated by one space
_FREE_NAME = re.compile(
    r"(?:[一-鿿㐀-䶿々〆ヶ]{1,4}[ \t]?[一-鿿㐀-䶿々〆ヶ]{1,4}|[ァ-ヶー]{1,8}[ \t][ァ-ヶー]{1,8}|[A-Z][a-z]+[ \t][A-Z][a-z]+)"
    r"(?=[ \t]*(?:$|[\n,、。.()（）/／|｜\t]|様|さん|殿|[ \t]))"
)
_LABEL_RE = re.compile(
    r"(?:" + "|".join(sorted(map(re.escape, LABELS), key=len, reverse=True)) + r")", re.IGNORECASE
)


# personal data next to a bare full name: contact/identity labels, a phone-like or street-like number
_PERSONAL_DATA_RE = re.compile(
    # values, not just labels: "生年月日は？" next to 樋口一葉 is a question, not a record
    r"@[A-Za-z0-9]|(?<![0-9])0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}(?![0-9])|(?<![0-9])0[5789]0[ ]?[0-9]{4}[ ]?[0-9]{4}(?![0-9])|"
    r"[一-鿿][0-9]{1,4}-[0-9]{1,4}(?:-[0-9]{1,4})?(?![0-9])|[0-9一二三四五六七八九十]丁目|[0-9]番地?[0-9]|[0-9]号(?!線)|"
    r"(?:明治|大正|昭和|平成|令和|[MTSHR])[0-9元]{1,2}[年./-][0-9]{1,2}[月./-][0-9]{1,2}|"
    r"(?:19|20)[0-9]{2}[年/.-][0-9]{1,2}[月/.-][0-9]{1,2}|(?<![0-9])[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9])|"
    r"(?<![0-9A-Za-z])[A-Z]{2}[0-9]{7,8}|〒[ ]?[0-9]{3}|口座番号|[0-9]{1,3}歳"
)


# a phone number, or a street number after a place name (本町12-9, 日吉本町1-20-3) — not scores
# (に1-2で), seasons (2016-17シーズン) or ranges (15-17日)
_NUMBER_SHAPE = re.compile(
    r"(?<![0-9])0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}(?![0-9])|(?<![0-9])0[789]0[ ]?[0-9]{4}[ ]?[0-9]{4}(?![0-9])|"
    r"[一-鿿々ヶ][0-9]{1,4}-[0-9]{1,4}(?:-[0-9]{1,4})?(?![0-9])(?![日月年時分本割回位点秒度枚人歳名件期号番戦勝敗代])"
)
# a value (digit or e-mail) close to a personal-data word: "電話 03-…", not 携帯電話 / 電話交換局
_VALUE_NEAR = re.compile(r"[0-9@]")
_LABEL_NEXT_OK = re.compile(r"[ \t]*(?:[:：=|｜】\]」』(（]|[はが](?![ぁ-ゟ])|[一-鿿々ヶ゠-ヿ])")


_AGE_AFTER = re.compile(r"[ ]?\([ ]?[0-9]{1,3}[ ]?(?:(?:歳|才)|\))")


def _expand(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Do not cut a name at a window edge: extend over adjacent kanji/katakana (bounded)."""
    n = 0
    while lo > 0 and n < 8 and _NAME_CHARS.match(text[lo - 1]):
        lo -= 1
        n += 1
    n = 0
    while hi < len(text) and n < 8 and _NAME_CHARS.match(text[hi]):
        hi += 1
        n += 1
    return lo, hi


class PersonRecognizer(AigwRecognizer):
    ENTITY = "PERSON"
    TRIGGER_WORDS = TRIGGERS

    def triggered(self, ctx: ScanContext) -> bool:
        # rosters often carry no label or honorific: a list row starting with a name-shaped cell also triggers
        return super().triggered(ctx) or (ctx.text.count("\n") >= _LIST_MIN_ROWS - 1
                                          and _LIST_ROW.search(ctx.text) is not None)

    def analyze_ctx(self, ctx: ScanContext) -> list[Any]:
        text = ctx.text
        spans: list[tuple[int, int]] = []
        label_hits: list[tuple[int, int]] = []
        for w in HONORIFICS_STRONG + HONORIFIC_SHI:
            skip_b = _HON_SKIP_BEFORE.get(w, "")
            skip_a = _HON_SKIP_AFTER.get(w, "")
            for p in ctx.hits.get(w, ()):
                if p == 0:
                    continue
                b = text[p - 1]
                if b == " " and p >= 2:  # 山田 太郎 様
                    b = text[p - 2]
                if not _NAME_CHARS.match(b) or b in skip_b:
                    continue
                a = text[p + len(w):p + len(w) + 1]
                if a and a in skip_a:
                    continue
                spans.append((p - 14, p + len(w) + 1))
        # only the labels that occur (most prompts hold none of the ~110), in LABELS order as before
        present: dict[str, list[int]] = {}
        for key in ctx.hits:
            w = _LABEL_OF_FORM.get(key)
            if w is not None:
                present.setdefault(w, []).extend(ctx.hits[key])
        for w in (w for w in LABELS if w in present) if present else ():
            lw = w.lower()
            weak = w in _WEAK_LABELS
            for p in sorted(present[w]):
                e = p + len(lw)
                if weak:
                    # an ordinary word (父, 担当, 患者 …) is a label only as a field: "患者：", "父 山田"
                    nxt = text[e:e + 2]
                    if not (nxt[:1] in (":", "：", "=", "|", "｜") or nxt[:2] in (" :", " ：")
                            or (nxt[:1] in (" ", "\t") and (p == 0 or text[p - 1] in "\n(（【[\t,、|｜ "))):
                        continue
                elif not _LABEL_NEXT_OK.match(text, e):
                    continue  # 名前を挙げ, 申請者の数: the word is not used as a label here
                spans.append((p, e + 30))
                label_hits.append((p, e))
        for w in ANCHORS:
            digit_dash = w[0].isdigit()
            age = w[0] == "(" or w == "歳)"
            for p in ctx.hits.get(w.lower(), ()):
                if digit_dash and _NUMBER_SHAPE.search(text, max(0, p - 6), p + 14) is None:
                    continue  # a range like 1600-2200 or 2010-11, not a phone number or street number
                if age:
                    q = text.rfind("(", max(0, p - 6), p + 1)
                    if q <= 0 or not _AGE_AFTER.match(text, q) or not _NAME_CHARS.match(text[q - 1]):
                        continue  # only "<name>(45)" / "<name>(45歳)"
                elif not digit_dash and w != "@":
                    lo_v = p - 24 if w in ("生まれ", "日生)") else p  # the value comes before these
                    if _VALUE_NEAR.search(text, max(0, lo_v), p + len(w) + 24) is None:
                        continue  # the word without a value next to it (携帯電話, 名前の由来)
                ls = text.rfind("\n", 0, p) + 1
                le = text.find("\n", p)
                if le < 0:
                    le = len(text)
                spans.append((max(ls, p - 32), min(le, p + len(w) + 24)))
        found: dict[tuple[int, int], Any] = {}
        for lo, hi in merge_windows(spans, len(text)):
            lo, hi = _expand(text, lo, hi)
            for r in self._window(text, lo, hi):
                key = (r.start, r.end)
                old = found.get(key)
                if old is None or r.score > old.score:
                    found[key] = r
        # label-value names the dictionary does not know (氏名：砂丘子 …)
        for ls_, le_ in label_hits:
            r = self._free_label_name(text, ls_, le_, found)
            if r is not None:
                found[(r.start, r.end)] = r
        # tables: a header line with a 氏名/名前 column, the names below it
        for w in _COLUMN_LABELS:
            for p in ctx.hits.get(w, ()):
                for r in self._column_names(text, p, len(w)):
                    old = found.get((r.start, r.end))
                    if old is None or old.score < r.score:
                        found[(r.start, r.end)] = r
        if text.count("\n") >= _LIST_MIN_ROWS - 1:
            for r in self._list_rows(text):
                found.setdefault((r.start, r.end), r)
        if any(w in ctx.hits for w in _LATIN_HONORIFICS + _LATIN_LABELS):
            for r in self._latin_names(text):
                found.setdefault((r.start, r.end), r)
        return sorted(found.values(), key=lambda r: r.start)

    def _latin_names(self, text: str):
        for m in _LATIN_NAME.finditer(text):
            name = m.group("name")
            full = " " in name.strip() or "\t" in name
            if m.group("lab") is not None and (not full or _LATIN_NOT_NAMES.intersection(name.split())):
                continue  # "Customer Service", "Patient Care Plan": a label needs a full name after it
            form = "honorific" if m.group("hon") else "label"
            yield self.result(
                self.ENTITY, m.start("name"), m.end("name"), 0.85 if full else 0.6, form=form, full_name=full,
                honorific=m.group("hon"), label=form == "label", official=False,
                strength="strong" if full else "medium",
                person_key=stable_key(re.sub(r"[ \t]", "", name)),
            )

    def _list_rows(self, text: str):
        """A list of at least three consecutive rows that each start with a full name (surname, space,
        given name, confirmed by the dictionary): a roster even without a 氏名 header."""
        run: list[re.Match[str]] = []
        prev_end = -2
        for m in _LIST_ROW.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if line_start != prev_end + 1:  # not the line right after the previous row
                yield from self._confirm_rows(run)
                run = []
            run.append(m)
            le = text.find("\n", m.end())
            prev_end = le if le >= 0 else len(text)
        yield from self._confirm_rows(run)

    def _confirm_rows(self, rows: list[re.Match[str]]):
        if len(rows) < _LIST_MIN_ROWS:
            return
        named = []
        for m in rows:
            surname, given = re.split(r"[ 　]", m.group("name"), maxsplit=1)
            t1 = morphology.tokenize(surname)
            t2 = morphology.tokenize(given)
            if t1 and t2 and t1[0].is_surname and (t2[0].is_given_name or t2[0].is_person or
                                                   (len(t2) == 1 and self._namey(t2[0], False))):
                whole = morphology.tokenize(surname + given)
                if len(whole) == 1 and whole[0].is_famous_person:
                    continue  # 夏目 漱石 in a reading list is not a private person
                named.append(m)
        if len(named) < _LIST_MIN_ROWS or len(named) * 2 < len(rows):
            return
        for m in named:
            yield self.result(
                self.ENTITY, m.start("name"), m.end("name"), 0.8, form="label", full_name=True, honorific=None,
                label=True, official=False, strength="strong",
                person_key=stable_key(re.sub(r"[ \t　]", "", m.group("name"))),
            )

    def _column_names(self, text: str, p: int, wlen: int):
        """A CSV/TSV/pipe header line naming a 氏名/名前 column: report the cell of that column in the
        following lines (up to 300 lines) as label-form names."""
        ls = text.rfind("\n", 0, p) + 1
        le = text.find("\n", p)
        if le < 0:
            return
        header = text[ls:le]
        m = _CELL_SEP.search(header)
        if m is None or re.search(r"[0-9]", header):
            return
        sep = m.group(0)
        cells = [c.strip(" \t|｜") for c in header.split(sep)]
        col = None
        for k, c in enumerate(cells):
            if c in _COLUMN_LABELS:
                col = k
                break
        if col is None:
            return
        pos = le + 1
        for _ in range(300):
            if pos >= len(text):
                break
            nle = text.find("\n", pos)
            if nle < 0:
                nle = len(text)
            line = text[pos:nle]
            if sep not in line:
                break
            parts = line.split(sep)
            if col < len(parts):
                off = pos + sum(len(x) + len(sep) for x in parts[:col])
                cell = parts[col]
                lead = len(cell) - len(cell.lstrip(" \t|｜"))
                name = cell.strip(" \t|｜")
                if name and _COLUMN_NAME.fullmatch(name):
                    s = off + lead
                    yield self.result(
                        self.ENTITY, s, s + len(name), 0.8, form="label", full_name=True, honorific=None,
                        label=True, official=False, strength="strong",
                        person_key=stable_key(re.sub(r"[ \t]", "", name)),
                    )
            pos = nle + 1

    # ------------------------------------------------------------------------------------------
    def _window(self, text: str, lo: int, hi: int):
        toks = morphology.tokenize(text[lo:hi])
        n = len(toks)
        hon_idx = [k for k, t in enumerate(toks) if t.surface in _HONORIFIC_SET]
        last_label_end = None
        i = 0
        while i < n:
            t = toks[i]
            if not t.is_person:
                # a non-dictionary name is only considered right before an honorific
                if not hon_idx or not _KANJI.match(t.surface) or not any(0 < k - i <= 4 for k in hon_idx):
                    i += 1
                    continue
            # collect a run of name tokens: 姓 [space] 名, or famous single token, or katakana names
            j = i
            parts = []
            while j < n and toks[j].is_person and _NAME_CHARS.match(toks[j].surface):
                parts.append(toks[j])
                j += 1
                # one space between surname and given name
                if j + 1 < n and toks[j].pos[0] == "空白" and toks[j + 1].is_person and len(toks[j].surface) == 1:
                    j += 1
            if not parts:
                # a run of proper nouns / unknown tokens directly before an honorific
                k = self._run_before_honorific(toks, i)
                if k is None:
                    i += 1
                    continue
                parts = list(toks[i:k])
                j = k
            # rare given names the dictionary splits into ordinary words (細川/姫/羅, 菅/薫風):
            # extend over at most 3 more kanji up to a boundary (honorific, particle, punctuation)
            if (len(parts) == 1 and parts[0].is_surname and j + 1 < n and toks[j].surface in (" ", "\u3000")
                    and (_ALL_KANJI.fullmatch(toks[j + 1].surface) or _KANA_NAME.fullmatch(toks[j + 1].surface))
                    and toks[j + 1].surface not in _STOP_EXTEND
                    and self._label_before(text, lo + parts[0].start, full=True)):
                parts = parts + [toks[j]]  # 相談者：西沢 在源 — the space, then the given name below
                j += 1
                if _KANA_NAME.fullmatch(toks[j].surface):  # 伊藤 さくら
                    parts = parts + [toks[j]]
                    j += 1
            if parts[0].is_surname:
                max_ext = 1 if any(p.is_given_name and len(p.surface) >= 2 for p in parts[1:]) else 3
                k = j
                ext = 0
                while (k < n and _ALL_KANJI.fullmatch(toks[k].surface) and toks[k].start == toks[k - 1].end
                       and ext + len(toks[k].surface) <= max_ext and toks[k].surface not in _STOP_EXTEND):
                    ext += len(toks[k].surface)
                    k += 1
                if k > j and (k >= n or not _KANJI.match(toks[k].surface[0]) or toks[k].start != toks[k - 1].end
                              or toks[k].surface in _STOP_EXTEND):
                    parts = parts + list(toks[j:k])
                    j = k
            while len(parts) > 1 and parts[-1].pos[0] == "空白":
                parts = parts[:-1]
                j -= 1
            s = lo + parts[0].start
            e = lo + parts[-1].end
            for h in HONORIFICS_STRONG + HONORIFIC_SHI:  # a token like 羽様 swallowed the honorific
                if len(h) == 1 and e - s > 2 and text[e - 1] == h and not parts[-1].is_person:
                    e -= 1
                    break
            # skip names glued into a longer kanji word on the left (e.g. part of a place name)
            nxt = toks[j] if j < n else None
            prev = toks[i - 1] if i > 0 else None
            r = self._judge(text, s, e, parts, prev, nxt, toks, j, list_label=(
                last_label_end is not None and _LIST_SEP.fullmatch(text[last_label_end:s]) is not None))
            if r is not None:
                if r.recognition_metadata.get("form") == "label":
                    last_label_end = e
                    # skip an honorific after the name for the list continuation (山田様、鈴木様)
                    m = _HON_AFTER.match(text, e)
                    if m:
                        last_label_end = m.end()
                yield r
            i = j if j > i else i + 1

    @staticmethod
    def _namey(t, first: bool) -> bool:
        if not _ALL_KANJI.fullmatch(t.surface):
            return False
        if t.surface in HONORIFICS_STRONG or t.surface in HONORIFIC_SHI or t.surface in TITLES_OFFICIAL:
            return False
        if first:
            return t.pos[0] == "名詞" and (
                t.pos[1] == "固有名詞" or (t.pos[1] == "普通名詞" and len(t.surface) <= 2 and t.pos[2] == "一般")
            )
        return t.pos[0] in ("名詞", "接尾辞", "接頭辞")

    def _run_before_honorific(self, toks, i):
        """If token i starts a short run of name-like kanji tokens directly followed by an
        honorific, with a proper noun among them (rare names the dictionary splits:
        和泉/砂丘/子 さん), return the index of the honorific token, else None."""
        if not self._namey(toks[i], True):
            return None
        if i > 0 and _ALL_KANJI.fullmatch(toks[i - 1].surface) and toks[i - 1].end == toks[i].start:
            return None
        k = i
        length = 0
        has_proper = False
        while k < len(toks) and self._namey(toks[k], k == i) and toks[k].start == (toks[k - 1].end if k > i else toks[k].start):
            length += len(toks[k].surface)
            has_proper = has_proper or toks[k].pos[1] == "固有名詞"
            k += 1
        if k < len(toks) and toks[k].surface in HONORIFICS_STRONG and 2 <= length <= 6 and has_proper and k - i >= 2:
            return k
        return None

    def _judge(self, text, s, e, parts, prev, nxt, toks, j, list_label=False):
        surnames = [p for p in parts if p.is_surname]
        givens = [p for p in parts if p.is_given_name]
        famous = any(p.is_famous_person for p in parts)
        full = (bool(surnames) and bool(givens)) or len(parts) >= 2
        # left boundary: a kanji noun glued on the left makes it part of a bigger word
        if prev is not None and prev.pos[0] == "名詞" and prev.pos[1] != "固有名詞" and _KANJI.match(prev.surface[-1] or " ") \
                and prev.end == parts[0].start and not _LABEL_RE.fullmatch(prev.surface):
            glued_left = True
        else:
            glued_left = False
        hon = None
        if (nxt is not None and nxt.pos[0] == "空白" and len(nxt.surface) == 1 and j + 1 < len(toks)
                and toks[j + 1].surface in HONORIFICS_STRONG + HONORIFIC_SHI):
            nxt = toks[j + 1]  # 山田 太郎 様 (letter style: a space before the honorific)
        elif nxt is not None and nxt.start == parts[-1].end and _AGE_AFTER.match(text, e):
            hon = None  # 吉田美穂(45): an age right after the name is personal data
        if nxt is not None and nxt.start in (parts[-1].end, parts[-1].end + 1):
            if nxt.surface in HONORIFICS_STRONG:
                hon = nxt.surface
            elif nxt.surface in HONORIFIC_SHI:
                hon = "氏"
            else:
                for title in TITLES_OFFICIAL:
                    if text.startswith(title, e):
                        hon = title
                        break
        label = self._label_before(text, s, full=bool(surnames) and bool(givens) or len(parts) >= 2)
        if not label and list_label and (surnames or len(parts) >= 2):
            label = "list"  # 出席者：山田太郎、鈴木花子、佐藤一郎
        official = famous or (hon in TITLES_OFFICIAL) or (label in _STAFF_LABELS)
        if label:
            form, strength = "label", "strong"
        elif famous:
            form, strength = "famous", "weak"
        elif hon in HONORIFICS_STRONG:
            form = "honorific"
            strength = "strong" if full else "medium"
        elif hon == "氏":
            form = "shi"
            strength = "medium" if full else "weak"
        elif hon is not None:
            form, strength = "title", "weak"
        elif full and surnames and givens:
            form = "context" if self._near_personal_data(text, s, e) else "bare"
            strength = "medium" if form == "context" else "weak"
        else:
            form, strength = "bare", "weak"
        if glued_left and form not in ("label",):
            return None
        if famous and label:
            official = True
        score = {"strong": 0.85, "medium": 0.6, "weak": 0.3}[strength]
        if official:
            score = min(score, 0.2 if form in ("famous", "title") else score)
        key = stable_key("".join(p.surface for p in parts if p.pos[0] != "空白"))
        return self.result(
            self.ENTITY, s, e, score, form=form, full_name=full, honorific=hon, label=bool(label),
            official=official, strength=strength, person_key=key,
        )

    @staticmethod
    def _label_before(text: str, s: int, full: bool = True) -> str | None:
        """The label directly before ``s`` (label-value form), or None. Weak labels (ordinary
        words such as 父, 患者, 担当) count only as a field: with a colon, or at a line start /
        after a bracket/comma followed by a space. は/が after a label (名前は山田太郎) count only
        for a full name and a strong label."""
        ls = text.rfind("\n", 0, s) + 1
        seg_lo = max(ls, s - 20)
        best = None
        for m in _LABEL_RE.finditer(text, seg_lo, s):
            rest = text[m.end():s]
            if not _LABEL_SEP.fullmatch(rest):
                continue
            lab = m.group(0)
            colon = re.search(r"[:：=|｜】\]」』]", rest) is not None
            particle = re.search(r"[はが]", rest) is not None
            if particle and (not full or lab in _WEAK_LABELS or lab.lower() in _WEAK_LABELS):
                continue
            if lab in _WEAK_LABELS or lab.lower() in _WEAK_LABELS:
                at_field = m.start() == ls or text[m.start() - 1] in "(（【[\t,、|｜ "
                if not colon and not (at_field and rest.strip(" \t") == "" and rest != ""):
                    continue
            # the label must start a field, not end a longer word (申請者数, 対象者名簿 are fine
            # because the name must follow directly)
            best = lab
        return best

    @staticmethod
    def _near_personal_data(text: str, s: int, e: int) -> bool:
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        if le < 0:
            le = len(text)
        seg = text[max(ls, s - 40):min(le, e + 40)]
        return _PERSONAL_DATA_RE.search(seg) is not None or _AGE_AFTER.match(text, e) is not None

    def _free_label_name(self, text: str, ls_: int, le_: int, found):
        lab = text[ls_:le_]
        m = _LABEL_SEP.match(text, le_)
        sep = m.group(0) if m else ""
        if not re.search(r"[:：=|｜】\]」』]", sep):
            return None
        if lab in _WEAK_LABELS and not (ls_ == text.rfind("\n", 0, ls_) + 1 or text[ls_ - 1] in "(（【[ \t,、"):
            return None
        s = m.end()
        if any(a <= s < b for a, b in found):
            return None
        ls = text.rfind("\n", 0, ls_) + 1
        le = text.find("\n", le_)
        line = text[ls:le if le >= 0 else len(text)]
        if len(_CELL_SEP.findall(line)) >= 2 and not re.search(r"[0-9]", line):
            return None  # a table header (| 氏名 | 所属 |): the next cell is a column name
        nm = _FREE_NAME.match(text, s)
        if nm is None:
            return None
        e = nm.end()
        return self.result(
            self.ENTITY, s, e, 0.7, form="label", full_name=True, honorific=None, label=True,
            official=lab in _STAFF_LABELS, strength="strong", person_key=stable_key(re.sub(r"[ \t]", "", text[s:e])),
        )
