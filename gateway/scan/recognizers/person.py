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

* ``staff``: a member of the office's staff (staff title or staff label); ``subject``: staff named
  as the subject of a section (``■山田 太郎(税務課 主任)``) — see aggregate.rule_staff_record_subject.

Scores: strong 0.85, medium 0.6, weak 0.3 (official: 0.2; staff at least 0.5).

Layout: this file finds the windows and runs the rules; the token-level name rules are in person_rules.py, the structural
ones (tables, lists, signatures, headings, self-introductions, romanised names) in person_tables.py, table columns under
their headers in person_columns.py, the round-5 shapes (forms read by OCR, relation-age subjects, romanised honorifics,
fiction) in person_shapes.py, the word lists in person_lexicon.py, labels and label values in person_labels.py, the cues
around a candidate (about, place surnames, record notes, anchors with values) in person_cues.py.
"""

from __future__ import annotations

from gateway.scan import rx as re
from typing import Any

from gateway.scan import morphology
from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._text import line_matches, merge_windows, stable_key
from gateway.scan.recognizers.person_cues import (
    _STAFF_HEALTH_SET,
    _STAFF_RECORD_SET,
    _STAFF_RECORD_WORDS,
    _about,
    bare_person_cue,
    unit_record_line,
    kin_windows,
    named_as_party,
    cue_triggered,
    CUE_TRIGGERS,
    _after_surname,
    home_after,
    household_after,
    staff_label_in_record,
    staff_title_windows,
)
from gateway.scan.recognizers.person_places import _place_before_title, _place_owner_at, _place_surname_at, ke_glued
from gateway.scan.recognizers.person_labels import PLACE_NEXT, PersonLabelsMixin
from gateway.scan.recognizers.person_roles import AGE_NOTE, staff_roles, token_kinds as _token_kinds
from gateway.scan.recognizers.person_lexicon import (
    AGE_CLOSERS,
    _HON_AFTER,
    _HON_SKIP_AFTER,
    _HON_SKIP_BEFORE,
    _KANJI,
    _LATIN_HONORIFICS,
    _LATIN_LABELS,
    _LIST_MIN_ROWS,
    _LIST_ROW,
    _LIST_SEP,
    _NAME_CHARS,
    topic_after_name,
    _STAFF_LABELS,
    ANCHORS,
    BIRTH_AFTER_DATE,
    HONORIFIC_SHI,
    HONORIFICS_STRONG,
    MINUTES_WORDS,
    STAFF_TITLES, TITLES_OFFICIAL, TRADES,
    SUBJECT_LABELS,
    _TITLE_BEFORE, TITLE_REACH, NAMING_BEFORE,
    TRIGGERS,
)
from gateway.scan.recognizers.person_staffheads import _STAFF_AFFILIATION, matter_headings, matter_lines, staff_headings
from gateway.scan.recognizers.person_kana_given import split_swallowed_honorific
from gateway.scan.recognizers.person_rules import (Coverage, expand_window, add_structural, classify, collect_run,
                                                   extend_kana_given, extend_rare_given, extend_surname, given_like,
                                                   glued_left, honorific_after, honorific_end, label_before,
                                                   near_personal_data, run_before_honorific, score_of, trim_spaces)
from gateway.scan.recognizers.person_mentions import latin_mentions
from gateway.scan.recognizers.person_anchors import _anchor_has_value
from gateway.scan.recognizers.person_capacity import UNIT_CLOSE_TRIGGERS, capacity, harm_from, own_report_from, post_bracket_near
from gateway.scan.recognizers.person_contacts import (HOUSEHOLD_TRIGGERS, MAIL_HEADER_WORDS, STREET_NO, PersonContactsMixin,
                                                      card_numbers, households, mail_header_staff, speakers, street_caller)
from gateway.scan.recognizers.person_foreign import FOREIGN_TRIGGERS, PersonForeignMixin
from gateway.scan.recognizers.person_answers import NAME_QUESTIONS, ROLE_BRACKET_TRIGGERS, PersonAnswersMixin
from gateway.scan.recognizers.person_kana import PersonKanaMixin
from gateway.scan.recognizers.person_lists import ROMAJI_PAIR_HINT, PersonListsMixin, latin_subject
from gateway.scan.recognizers.sensitive_personal_info import shaped_conditions
from gateway.scan.recognizers.person_crime import CRIME_SET
from gateway.scan.recognizers.person_english import _TWO_WORDS, ENGLISH_TRIGGERS, PersonEnglishMixin
from gateway.scan.recognizers.person_columns import EXTRA_COLUMN_TRIGGERS, OFFICIAL_COLUMN_TRIGGERS, PersonColumnsMixin
from gateway.scan.recognizers.person_shapes import (FICTION_CUES, SHAPE_TRIGGERS, PersonShapesMixin, fiction_examples,
                                                    without_label)
from gateway.scan.recognizers.person_tables import PersonTablesMixin
from gateway.scan.recognizers.person_topics import TOPIC_SET as _TOPIC_SET, per_scan, sentence_subjects, topic_starts
from gateway.scan.recognizers.person_intro import OWN_TRIGGERS, PersonIntroMixin, full_reading
from gateway.scan.recognizers.person_titles import PersonTitlesMixin

# field/value brackets in logs and SQL: "(name, birth_date)=(…)", "(name, …) VALUES (…)"
_TUPLE_CUES = (")=(", "values")
_R8_TRIGGERS = NAME_QUESTIONS + ENGLISH_TRIGGERS + ROLE_BRACKET_TRIGGERS  # round 8's passes (answers, English, roles)
_TRIGGER_SET = frozenset(w.lower() for w in TRIGGERS + _TUPLE_CUES + EXTRA_COLUMN_TRIGGERS + SHAPE_TRIGGERS + FOREIGN_TRIGGERS
                          + _R8_TRIGGERS + ("先生",))  # (先生 after a Latin or dotted katakana name: person_contacts, r39)
_FOREIGN_SET = frozenset(FOREIGN_TRIGGERS)
_QUESTION_SET = frozenset(NAME_QUESTIONS)
_ROLE_BRACKET_SET = frozenset(ROLE_BRACKET_TRIGGERS)
# placeholder names of English forms, legal documents and sample data (John Doe, Jane Q. Doe, Richard Roe)
_PLACEHOLDER_NAME = re.compile(r"(?i:(?:john|jane|richard|janet)(?:[ \t]+[a-z]\.)?[ \t]+(?:doe|roe))")
# (trigger form, digit-dash anchor, age anchor, the value comes before the word, "@")
_ANCHOR_FORMS = tuple((w.lower(), w[0].isdigit() and w not in BIRTH_AFTER_DATE, w[0] == "(" or w in AGE_CLOSERS + ("歳",),
                       w in ("生まれ", "日生)", "番地", "丁目", "年生)") or w in BIRTH_AFTER_DATE, w == "@") for w in ANCHORS)
_ANCHOR_OF = {f[0]: f[1:] for f in _ANCHOR_FORMS}
_OWN_SET = frozenset(OWN_TRIGGERS)
_LATIN_SET = frozenset(w.lower() for w in _LATIN_HONORIFICS + _LATIN_LABELS)
# what makes a name the subject of its sentence: が / は, or "…ですが、" (as for …)
_SELF_AFTER = re.compile(r"[ 　]?本人(?:と|に|が|は|の|から|も|へ)")  # the case's own person, its subject (round 19)
_SINGLE_HONORIFICS = tuple(h for h in HONORIFICS_STRONG + HONORIFIC_SHI if len(h) == 1)


def _topics_after_no(text: str, hits: dict[str, list[int]]) -> list[int]:
    """Starts of the specific sensitive topics right after の or a space after a name character ("後藤 浩二 の懲戒処分",
    a terse note "林 和夫 肝臓がん ステージ4"), in order (once per scan: the trigger decision asks too)."""
    if _TOPIC_SET.isdisjoint(hits):
        return []
    return per_scan(text, hits, "topics_after_no", lambda text, hits: sorted(
        p for w in _TOPIC_SET.intersection(hits) for p in hits[w] if p > 1 and topic_after_name(text, p, w)))


class PersonRecognizer(PersonLabelsMixin, PersonShapesMixin, PersonColumnsMixin, PersonTablesMixin, PersonContactsMixin,
                       PersonIntroMixin, PersonTitlesMixin, PersonForeignMixin, PersonKanaMixin, PersonAnswersMixin,
                       PersonEnglishMixin, PersonListsMixin, AigwRecognizer):
    ENTITY = "PERSON"
    TRIGGER_WORDS = TRIGGERS

    def trigger_words(self) -> tuple[str, ...]:
        # staff titles: staff next to a personnel word (and the column pass's headers of officials: 議員名, 委員, 校長 …)
        return (TRIGGERS + tuple(STAFF_TITLES) + _STAFF_RECORD_WORDS + _TUPLE_CUES + MINUTES_WORDS + EXTRA_COLUMN_TRIGGERS
                + OFFICIAL_COLUMN_TRIGGERS + FICTION_CUES + SHAPE_TRIGGERS + FOREIGN_TRIGGERS + tuple(sorted(_TOPIC_SET))
                + OWN_TRIGGERS + STREET_NO + _R8_TRIGGERS + HOUSEHOLD_TRIGGERS + UNIT_CLOSE_TRIGGERS + CUE_TRIGGERS
                + MAIL_HEADER_WORDS + ("先生",))

    def triggered(self, ctx: ScanContext) -> bool:
        hits = ctx.hits
        if not _TRIGGER_SET.isdisjoint(hits):
            return True
        if not (_STAFF_RECORD_SET.isdisjoint(hits) and _STAFF_HEALTH_SET.isdisjoint(hits) and CRIME_SET.isdisjoint(hits)) \
                and not STAFF_TITLES.isdisjoint(hits):
            return True
        # rosters often carry no label or honorific: a list row starting with a name-shaped cell, or a staff heading
        text = ctx.text
        if not _TOPIC_SET.isdisjoint(hits) and (":" in text or "_" in text or "—" in text or "–" in text):
            return True  # people listed after a topic's colon or a dash, or named in a file name (person_tables)
        if ":" in text and next(shaped_conditions(text, hits), None) is not None:
            return True  # …or a condition named by its shape under a list (夜尿症: person_lists)
        if not _TOPIC_SET.isdisjoint(hits) and latin_subject(text):
            return True  # Declan Murphy (ALT, …) was arrested; ALT Ryan KOWALCZYK（…）の件 (person_lists)
        if not _OWN_SET.isdisjoint(hits) or street_caller(text, hits) or next(households(text, hits), None) \
                or cue_triggered(text, hits):
            return True  # "永井 ミツ子の娘です", "受験番号 1042 前田 悠真", "副校長が…入院" (person_intro)
        if _topics_after_no(text, hits) or next(sentence_subjects(text, topic_starts(text, hits)), None):
            return True  # "後藤 浩二 の懲戒処分", "相楽 健斗がうつ病で休職" (person_tables._topic_subject_names, …)
        if (text.count("\n") >= _LIST_MIN_ROWS - 1 or not _TOPIC_SET.isdisjoint(hits)) \
                and next(line_matches(_LIST_ROW, text), None) is not None:
            return True
        return ("(" in text and (full_reading(text) or next(staff_headings(text), None) is not None)) or ("\n" in text and (
            card_numbers(ctx) or next(matter_headings(text), None) is not None or next(matter_lines(text), None) is not None))  # (full_reading: 宮後隆之（みやご・たかゆき）)

    def analyze_ctx(self, ctx: ScanContext) -> list[Any]:
        text = ctx.text
        label_hits = self._label_hits(ctx)
        spans = (self._honorific_windows(ctx) + [(p, e + 30) for p, e in label_hits]
                 + staff_title_windows(ctx) + self._anchor_windows(ctx) + kin_windows(ctx.text, ctx.hits))
        found: dict[tuple[int, int], Any] = {}
        windows = [expand_window(text, lo, hi) for lo, hi in merge_windows(spans, len(text))]
        if len(windows) <= _PRETOKENIZE:  # all morphology first, back to back (the dictionary stays in the
            for lo, hi in windows:        # CPU caches); bounded well below the window cache's size
                morphology.tokenize(text[lo:hi])
        for lo, hi in windows:
            for r in self._window(text, lo, hi):
                old = found.get((r.start, r.end))
                if old is None or r.score > old.score:
                    found[(r.start, r.end)] = r
        covered = Coverage(found)  # bisect over the names found so far: linear in the number of labels
        for ls_, le_ in sorted(label_hits):  # label-value names the dictionary does not know (氏名：砂丘子 …)
            r = self._free_label_name(text, ls_, le_, covered)
            if r is not None:
                found[(r.start, r.end)] = r
                covered.add(r.start, r.end)
        for r in self._label_line_names(text, ctx.hits, covered, found):
            found[(r.start, r.end)] = r  # (over a bare reading of the same span: 被害生徒 ⏎ 鳥飼　瑞希, r29)
        self._structural_names(ctx, found)
        for r in latin_mentions(text, found.values(), self._mention):  # Whitcombe, after Daniel Whitcombe (r35)
            found.setdefault((r.start, r.end), r)
        speakers(found.values(), ctx.hits, text)  # minutes: staff heading a line speak (person_contacts)
        mail_header_staff(text, found.values(), ctx.hits)  # 差出人: 村井 健二（財政課） (person_contacts)
        if not fiction_examples(found.values(), text, ctx.hits) and ("doe" in ctx.lower or "roe" in ctx.lower):
            for r in found.values():  # the placeholder names of English forms and sample data
                if _PLACEHOLDER_NAME.fullmatch(text, r.start, r.end):
                    r.recognition_metadata["example"] = True
        return sorted(found.values(), key=lambda r: r.start)

    def _mention(self, s: int, e: int, meta: dict[str, Any]):
        """A later use of a Latin full name's first or last word (person_mentions): the same person."""
        meta = {"official": False, "staff": False, **meta}
        return self.result(self.ENTITY, s, e, 0.6, form="mention", full_name=False, honorific=None, label=False,
                           strength="medium", mention=True, **meta)

    # --- windows ----------------------------------------------------------------------------
    @staticmethod
    def _honorific_windows(ctx: ScanContext) -> list[tuple[int, int]]:
        """The ~14 characters before an honorific that follows a name character (not 様々, 宮殿 …)."""
        text = ctx.text
        spans = []
        for w in HONORIFICS_STRONG + HONORIFIC_SHI:
            skip_b = _HON_SKIP_BEFORE.get(w, "")
            skip_a = _HON_SKIP_AFTER.get(w, "")
            for p in ctx.hits.get(w, ()):
                if p == 0:
                    continue
                spaced = text[p - 1] == " " and p >= 2
                b = text[p - 2] if spaced else text[p - 1]  # 山田 太郎 様
                a = text[p + len(w):p + len(w) + 1]
                # the words the skip lists guard against (一様, 同様 …) are written without a space
                if _NAME_CHARS.match(b) and (spaced or b not in skip_b) and not (a and a in skip_a):
                    spans.append((p - 14, p + len(w) + 1))
        return spans

    @staticmethod
    def _anchor_windows(ctx: ScanContext) -> list[tuple[int, int]]:
        """The rest of the line (±32 characters) around personal data with a value next to it."""
        text = ctx.text
        spans = []
        for w in [w for w in ctx.hits if w in _ANCHOR_OF]:  # only the anchors present (spans are merged)
            digit_dash, age, value_before, at = _ANCHOR_OF[w]
            for p in ctx.hits[w]:
                if not _anchor_has_value(text, p, w, digit_dash, age, value_before, at):
                    continue
                ls = text.rfind("\n", 0, p) + 1
                le = text.find("\n", p)
                reach = 48 if w == "年齢" else 24  # an age asked for: the date and the name come after the ask
                spans.append((max(ls, p - 32), min(len(text) if le < 0 else le, p + len(w) + reach)))
        return spans

    def _structural_names(self, ctx: ScanContext, found: dict) -> None:
        """Names found from the shape of the text rather than a morphology window."""
        # complexity: a list of independent structural passes, each run only when its cheap cue is present
        text, hits = ctx.text, ctx.hits
        self._table_names(text, hits, found)
        extra = []
        if ":" in text and not _TOPIC_SET.isdisjoint(hits):
            extra.append(self._topic_line_names(text))  # "生活保護 定期訪問：安西 悟、小泉 芳子"
        if "from:" in ctx.lower or "差出人" in text or "送信者" in text:
            extra.append(self._from_header_names(text))  # "From: 金子 慎吾" with a personal mobile in the message
        if "_" in text and not _TOPIC_SET.isdisjoint(hits):
            extra.append(self._file_names(text))  # "面談記録_児童虐待_宮地陽斗.docx"
        if text.count("\n") >= _LIST_MIN_ROWS - 1 or not _TOPIC_SET.isdisjoint(hits):
            extra.append(self._list_rows(text))  # a short list only with a sensitive topic (person_tables.row_topic)
        if topics := _topics_after_no(text, hits):  # "後藤 浩二 の懲戒処分"
            extra.append(self._topic_subject_names(text, topics))
        extra.extend(self._intro_shapes(text, hits))  # と申します, の母です, 石動（いするぎ）さん, 副校長が…入院 (person_intro)
        if "@" in hits and _TWO_WORDS.search(text) is not None:  # (a Latin full name before a mail address)
            extra.append(self._latin_contact_names(text))
        if "\n" in text:
            extra.append(self._signature_names(text))
        if "(" in text or "\n" in text:  # (a heading line: 【…の件】, ■ 面談記録　…課　<surname>)
            extra.append(self._staff_headings(text))
        if "組" in text:
            extra.append(self._class_pupils(text))
        if not _LATIN_SET.isdisjoint(hits):
            extra.append(self._latin_names(text))
        extra.extend(self._contact_names(text, hits, card_numbers(ctx)))  # spoken, English, Latin (person_contacts)
        if not _FOREIGN_SET.isdisjoint(hits):
            extra.append(self._foreign_names(text, hits))  # residents writing in their own language (person_foreign)
        extra.extend(self._kana_names(text, hits))  # タナカ ソウタ(4さい), りおなちゃん, 纐纈くん (person_kana, _charname)
        if not _QUESTION_SET.isdisjoint(hits):
            extra.append(self._answered_names(text, hits))  # Q. お名前は？ / A. 河合 蓮です (person_answers)
        if not _ROLE_BRACKET_SET.isdisjoint(hits):  # 本人（飯田 哲也） (person_answers)
            extra.append(self._role_bracket_names(text, hits))
        if "(" in text and ROMAJI_PAIR_HINT.search(text) is not None:
            extra.append(self._romaji_pair_names(text))  # Aoyama Tomoki（青山 智樹） (person_lists)
        if "=" in text:
            extra.append(self._alias_key_names(text))  # ハル＝穂積 拓海／ミナト＝… (person_lists)
        if ":" in text:
            extra.append(self._topic_list_names(text))  # Room 305: 小松 悠人, 榎本 颯 ⏎ … epilepsy (person_lists)
        if ":" in text and "\n" in text and not _TOPIC_SET.isdisjoint(hits):
            extra.append(self._people_line_names(text))  # Attendees: Priya Raman, … ⏎ Priya said … ADHD (person_lists)
        if not _TOPIC_SET.isdisjoint(hits) and ("'s " in text or "’s " in text or "\nHi " in text or "\nDear " in text
                                                 or "\nHello " in text or "\nHey " in text or text.startswith(("Hi ", "Dear "))):
            extra.append(self._english_ref_names(text))  # Sato's mum …; Hi Fatima, … you said … (person_english_refs)
        if "\n" in text and not _TOPIC_SET.isdisjoint(hits) and (":" in text or "—" in text or "–" in text or " - " in text):
            extra.append(self._latin_topic_items(text))  # - Sofia Reyes-Nakamura: severe peanut allergy …
        if not _TOPIC_SET.isdisjoint(hits):
            extra.append(self._latin_topic_subjects(text))  # Bradley Kearns (JET, …) was arrested …; Ryan KOWALCZYK
        extra.append(self._english_prose_names(text, hits))  # relatives, ages, subjects in prose (person_english)
        if ")=(" in hits or "values" in hits:
            extra.append(self._field_tuple_names(text))
        extra.extend(self._shape_names(text, hits))  # round-5 shapes (person_shapes)
        for gen in extra:
            for r in gen:
                add_structural(found, r)
        self._sentence_subject_names(text, hits, found)  # last, where no pass found a name (person_tables)

    # --- one window ---------------------------------------------------------------------------
    def _window(self, text: str, lo: int, hi: int):
        toks = split_swallowed_honorific(morphology.tokenize(text[lo:hi]))  # (宇佐美 ののか/さん, r39)
        hon_idx, persons, places = _token_kinds(toks)
        # where a name can start: a 人名 token, or one of the 4 tokens before an honorific
        starts = set(persons)
        starts.update(k - 2 for k in persons if _place_surname_at(toks, k - 2))  # 小笠原 ちはる, 千葉 花子
        starts.update(k for k in places if _place_before_title(toks, k) or _place_owner_at(toks, k))  # 平井主任, 070…(宮下)
        starts.update(k for h in hon_idx for k in range(max(0, h - 4), h))
        last_label_end = None
        i = int(lo > 0 and _KANJI.match(text[lo - 1]) is not None and _KANJI.match(text, lo) is not None)  # (a window cut
        for k in sorted(starts):  # inside a long kanji word: …精神保健福祉審議会 read from 神保健, round 34)
            if k < i:
                continue  # inside the previous name
            got = self._name_at(text, lo, toks, k, hon_idx)
            if got is None:
                continue
            i = k
            parts, j = without_label(got[0]), got[1]
            if not parts:
                i = j if j > i else i + 1
                continue
            s, e = self._span(text, lo, parts)
            list_label = last_label_end is not None and _LIST_SEP.fullmatch(text[last_label_end:s]) is not None
            r = self._judge(text, s, e, parts, toks[i - 1] if i > 0 else None, toks, j, list_label)
            if r is not None:
                if r.recognition_metadata.get("form") == "label":
                    m = _HON_AFTER.match(text, e)  # a list continues after 山田様、鈴木様
                    last_label_end = m.end() if m else e
                yield r
            i = j if j > i else i + 1

    @staticmethod
    def _name_at(text: str, lo: int, toks, i: int, hon_idx: list[int]):
        """(name tokens, index after them) for a name starting at token i, or None."""
        t = toks[i]
        if _place_surname_at(toks, i):  # a place name used as the surname, before a spaced given name
            parts, j = collect_run(toks, i + 2)
            return trim_spaces([t, toks[i + 1]] + parts, j)
        if _place_before_title(toks, i) or _place_owner_at(toks, i):  # 平井主任, 070 3318 2046 (宮下): a place name
            return [t], i + 1                                           # used as the surname
        if not t.is_person and (not hon_idx or not _KANJI.match(t.surface)
                                or not any(0 < k - i <= 4 for k in hon_idx)):
            return None  # a non-dictionary name is only considered right before an honorific
        parts, j = collect_run(toks, i)
        if not parts:
            k = run_before_honorific(toks, i)
            if k is None:
                return None
            parts, j = list(toks[i:k]), k
        # after a label, or after a staff title (主事 早瀬 ひより), which names the person as a label does
        parts, j = extend_rare_given(toks, parts, j, lambda: label_before(text, lo + parts[0].start, full=True) is not None
                                     or NAMING_BEFORE.search(text, max(0, lo + parts[0].start - TITLE_REACH), lo + parts[0].start)
                                     is not None or post_bracket_near(text, lo + parts[0].end))  # (鷲頭 陸（主事、…）, r25)
        parts, j = extend_kana_given(toks, parts, j)
        parts, j = extend_surname(toks, parts, j)
        return trim_spaces(parts, j)

    @staticmethod
    def _span(text: str, lo: int, parts) -> tuple[int, int]:
        s, e = lo + parts[0].start, lo + parts[-1].end
        # a token like 羽様 swallowed the honorific
        if e - s > 2 and text[e - 1] in _SINGLE_HONORIFICS and not parts[-1].is_person:
            e -= 1
        return s, e

    def _judge(self, text, s, e, parts, prev, toks, j, list_label=False):
        if text[s:e] in STAFF_TITLES or text[s:e] in TITLES_OFFICIAL or text[s:e] in TRADES:
            return None  # a job with さん (保健師さんの訪問が心強かった: no one's name, round 33)
        # a whole-name entry (徳川家康) is one token: a 人名,一般 token after a surname is the given name (宇佐美 トメ様)
        after_surname = _after_surname(parts)
        surnames = bool(after_surname) or any(p.is_surname for p in parts)  # (芦刈 美穂子: a place's name as one, r25)
        # (and a hiragana word after a surname is the given name read as a word: 新井 さくら; a kanji one unknown: 瀬戸口 琉生)
        sur_and_given = surnames and any(p.is_given_name or (k in after_surname and (p.is_famous_person or given_like(p.surface)))
                                           for k, p in enumerate(parts))
        hon = honorific_after(text, e, parts, toks, j)  # (a katakana name with さん / くん: a resident, ルーカスさん, r30)
        famous = any(p.is_famous_person and k not in after_surname for k, p in enumerate(parts)) and not (
            len(parts) == 1 and household_after(text, e, s)) and not (hon in _FAMILIAR and _KATA_NAME.fullmatch(text, s, e))
        full = sur_and_given or len(parts) >= 2
        label = label_before(text, s, full=full)
        if not label and list_label and (surnames or len(parts) >= 2):
            label = "list"  # 出席者：山田太郎、鈴木花子、佐藤一郎
        form, strength = classify(label, famous, hon, full, sur_and_given, lambda: near_personal_data(text, s, e))
        if form == "bare" and bare_person_cue(text, s, e, parts):
            form, strength = "context", "medium"  # 080-…（木下）, 坂口って人, 2ノ11ノ3 加藤方, 嫁の由香
        elif form == "shi" and strength == "weak" and unit_record_line(text, e + 1):
            strength = "medium"  # 田中氏はうつ病で通院: a record's word after them on the line (round 21)
        if (form != "label" and (glued_left(prev, parts[0]) or ke_glued(text, s, e))) or (
                not full and PLACE_NEXT.match(text, e) is not None):  # (甲　柏尾市中央…: a place, not a name, round 36)
            return None  # part of a longer kanji word (a place name …; 汐見ヶ浦市: no name is glued to ヶ, round 15)
        official, staff = capacity(text, s, famous, hon, label, e if unit_record_line(text, e) or full and post_bracket_near(text, e) else -1, e)
        official, staff = (False, False) if staff and home_after(text, e) else (True, True) if hon == "さん" and _DUTY_AFTER.match(
            text, honorific_end(text, e, hon)) else (official, staff)  # 自宅：… (round 12); …は甘粕さん担当。: a duty (r27)
        key = stable_key("".join(p.surface for p in parts if p.pos[0] != "空白"))
        # the record is about them: "… について", a subject label (被評価者), the name followed by the unit in brackets as
        # in a record's header ("職員 石原 浩二(下水道課) 基本給 …"), a staff member as the value of a record's field
        # (対象:, 面談者:, 氏名:) other than the staff labels that name the author or contact (担当, 作成者 …)
        about = _about(text, s, e, hon)  # (the passage's topic: its record may come lines later, aggregate)
        he = honorific_end(text, e, hon)
        about = about or (not staff and _SELF_AFTER.match(text, he) is not None)  # 朝比奈 清さん本人と会えた
        party, aged = staff and named_as_party(text, s), staff and AGE_NOTE.match(text, he) is not None  # (their age: a record's)
        subject = staff and (about or label in SUBJECT_LABELS or party or harm_from(text, he) or own_report_from(text, he)
                             or staff_label_in_record(text, s, label)
                             or (bool(label) and label != "list" and label not in _STAFF_LABELS)
                             or _STAFF_AFFILIATION.match(text, e + (text[e:e + 1] == " ")) is not None or aged)
        # (a record's subject field heading its line — 相手：樋渡 ちなつ 主事, 被処分者：… — is its topic, r23, r26)
        head = subject and label not in (None, "list") and text.startswith(label, text.rfind("\n", 0, s) + 1)
        about, meta = about or party or head or aged, {"record_head": True} if head and label in SUBJECT_LABELS else {}  # (対象職員：…, r27)
        meta.update(({"subject": True, "topic": True} if about else {"subject": True}) if subject else {"topic": True} if about else {})
        if staff and not subject:  # agent, family, contact, heads (person_roles); (a glued title's の: 三上主事の休職, r42)
            meta.update(staff_roles(text, s, e, hon, full))
        meta.update({"after": e + len(hon)} if staff and form == "title" and hon and text.startswith(hon + "の", e) else {})
        return self.result(
            self.ENTITY, s, e, score_of(strength, form, official, staff), form=form, full_name=full,
            honorific=hon, label=bool(label), official=official, staff=staff, strength=strength, person_key=key, **meta)


_FAMILIAR, _KATA_NAME = ("さん", "くん", "ちゃん", "様"), re.compile(r"[ァ-ヺー・ 　]{3,}")  # (葛城さんとこ, グエンさん: not famous)
_DUTY_AFTER = re.compile(r"(?:が|の)?担当(?:する|します|して|し[、。]|で[、。]|[。、)）]|$)|[ ]?[(（](?:内線|直通)[ ]?[0-9]"  # (岡さん（内線3158）, r30)
                         r"|[ ]?[(（][一-鿿ァ-ヺー]{1,12}(?:課|係|室|班)[)）]")  # (…さん（保育係）, r34)
_PRETOKENIZE = 256  # windows analysed ahead of the rules (morphology's cache holds 4,096)

