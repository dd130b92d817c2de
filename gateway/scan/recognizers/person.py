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
from gateway.scan.recognizers.person_lexicon import (
    ANCHORS,
    HONORIFICS_STRONG,
    HONORIFIC_SHI,
    LABELS,
    STAFF_TITLES,
    TITLES_OFFICIAL,
    TRIGGERS,
    INTRO_WORDS,
    _AGE_AFTER,
    _ALL_KANJI,
    _CELL_SEP,
    _COLUMN_LABELS,
    _FREE_NAME,
    _HONORIFIC_SET,
    _HON_AFTER,
    _HON_SKIP_AFTER,
    _HON_SKIP_BEFORE,
    _KANA_NAME,
    _KANJI,
    _LABEL_NEXT_OK,
    _LABEL_OF_FORM,
    _LABEL_RE,
    _LABEL_SEP,
    _LATIN_HONORIFICS,
    _LATIN_LABELS,
    _LIST_MIN_ROWS,
    _COUNCIL_SPEAKER,
    _LIST_ROW,
    staff_headings,
    _LIST_SEP,
    _NAME_CHARS,
    _NUMBER_SHAPE,
    _PERSONAL_DATA_RE,
    _STAFF_LABELS,
    _STOP_EXTEND,
    _VALUE_NEAR,
    _WEAK_LABELS,
    _expand,
)
from gateway.scan.recognizers.person_tables import PersonTablesMixin
from gateway.scan.recognizers.sensitive_personal_info import FAMILIES

_TRIGGER_SET = frozenset(w.lower() for w in TRIGGERS)
# disciplinary / personnel words (sensitive_personal_info families): staff titles near them open a window
_STAFF_RECORD_WORDS = tuple(FAMILIES["discipline"][1] + FAMILIES["personnel"][1])
_STAFF_RECORD_SET = frozenset(w.lower() for w in _STAFF_RECORD_WORDS)
# (trigger form, is a digit-dash anchor, is an age anchor, value comes before it)
_ANCHOR_FORMS = tuple((w.lower(), w[0].isdigit(), w[0] == "(" or w == "歳)", w in ("生まれ", "日生)"), w == "@")
                      for w in ANCHORS)
_INTRO_SET = frozenset(INTRO_WORDS)
_LATIN_SET = frozenset(w.lower() for w in _LATIN_HONORIFICS + _LATIN_LABELS)
_TITLE_AFTER = re.compile("|".join(sorted(map(re.escape, TITLES_OFFICIAL), key=len, reverse=True)))


class PersonRecognizer(PersonTablesMixin, AigwRecognizer):
    ENTITY = "PERSON"
    TRIGGER_WORDS = TRIGGERS

    def trigger_words(self) -> tuple[str, ...]:
        # staff titles are looked up only to find staff named next to a disciplinary/personnel word
        return TRIGGERS + tuple(STAFF_TITLES) + _STAFF_RECORD_WORDS

    def triggered(self, ctx: ScanContext) -> bool:
        # rosters often carry no label or honorific: a list row starting with a name-shaped cell also triggers
        hits = ctx.hits
        own = not _TRIGGER_SET.isdisjoint(hits)
        if not own and not _STAFF_RECORD_SET.isdisjoint(hits) and not STAFF_TITLES.isdisjoint(hits):
            own = True
        return own or (ctx.text.count("\n") >= _LIST_MIN_ROWS - 1
                                          and _LIST_ROW.search(ctx.text) is not None) or (
            "(" in ctx.text and next(staff_headings(ctx.text), None) is not None)

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
        hits = ctx.hits
        if not _STAFF_RECORD_SET.isdisjoint(hits):
            for w in STAFF_TITLES:
                for p in hits.get(w, ()):
                    spans.append((p - 8, p + len(w) + 1))
        for w, digit_dash, age, value_before, at in _ANCHOR_FORMS:
            ps = hits.get(w)
            if ps is None:
                continue
            for p in ps:
                if digit_dash and _NUMBER_SHAPE.search(text, max(0, p - 6), p + 14) is None:
                    continue  # a range like 1600-2200 or 2010-11, not a phone number or street number
                if age:
                    q = text.rfind("(", max(0, p - 6), p + 1)
                    if q <= 0 or not _AGE_AFTER.match(text, q) or not _NAME_CHARS.match(text[q - 1]):
                        continue  # only "<name>(45)" / "<name>(45歳)"
                elif not digit_dash and not at:
                    lo_v = p - 24 if value_before else p  # the value comes before these
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
        if not _INTRO_SET.isdisjoint(ctx.hits):
            for r in self._intro_names(text, ctx.hits):
                found.setdefault((r.start, r.end), r)
        if "@" in ctx.hits:
            for r in self._latin_contact_names(text):
                found.setdefault((r.start, r.end), r)
        if "\n" in text:
            for r in self._signature_names(text):
                found.setdefault((r.start, r.end), r)
        if "(" in text:
            for r in self._staff_headings(text):
                found.setdefault((r.start, r.end), r)
        if not _LATIN_SET.isdisjoint(ctx.hits):
            for r in self._latin_names(text):
                found.setdefault((r.start, r.end), r)
        return sorted(found.values(), key=lambda r: r.start)

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
                    and (self._label_before(text, lo + parts[0].start, full=True)
                         or (j + 2 < n and toks[j + 2].surface in _HONORIFIC_SET))):  # 中島 伊予さん
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
                tm = _TITLE_AFTER.match(text, e)
                if tm is not None:
                    hon = tm.group(0)
        label = self._label_before(text, s, full=bool(surnames) and bool(givens) or len(parts) >= 2)
        if not label and list_label and (surnames or len(parts) >= 2):
            label = "list"  # 出席者：山田太郎、鈴木花子、佐藤一郎
        official = famous or (hon in TITLES_OFFICIAL) or (label in _STAFF_LABELS)
        staff = not famous and (hon in STAFF_TITLES or label in _STAFF_LABELS)
        if hon == "君" and _COUNCIL_SPEAKER.fullmatch(text, text.rfind("\n", 0, s) + 1, s):
            official = True  # a member speaking in published council minutes
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
        if staff:
            score = max(score, 0.5)  # kept (as official staff) so that a disciplinary record can name them
        key = stable_key("".join(p.surface for p in parts if p.pos[0] != "空白"))
        return self.result(
            self.ENTITY, s, e, score, form=form, full_name=full, honorific=hon, label=bool(label),
            official=official, staff=staff, strength=strength, person_key=key,
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
        if lab in _WEAK_LABELS:
            # label grammar: a compound ending in the label word (照会対象者, 被害児童) at a field start
            k = ls_
            while k > 0 and ls_ - k < 6 and _KANJI.match(text[k - 1]):
                k -= 1
            if not (k == text.rfind("\n", 0, k) + 1 or text[k - 1] in "(（【[ \t,、・"):
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
            official=lab in _STAFF_LABELS, staff=lab in _STAFF_LABELS, strength="strong",
            person_key=stable_key(re.sub(r"[ \t]", "", text[s:e])),
        )
