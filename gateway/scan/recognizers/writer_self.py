"""PERSON (form ``writer``): the named writer of a message who speaks of their own matter (issue 13, round 21).

Staff named in their official capacity are no private persons (``子ども家庭課の戸叶です。`` opens an ordinary business
mail), and a mail's self-introduction or signature is no person at all to the other rules. But when the writer goes on
to their own health, leave or family in the first person (``私事で恐縮ですが、妊娠していることが分かりました``, ``私の
持病のため``), the mail is that named person's record: aggregate_residents.rule_writer_own_matter reads a topic within a
few characters after such a first-person cue as the writer's.

A signature with a personal mobile or free mail on the lines below it and no unit, office or extension around it, or
under a street address, is a resident's own (round 32, 33): not staff, not an official contact.

A writer who heads a line of a form or a list with their own label (``私：…課 主事　羽根田 悠``) names the record's
subject: the hit is staff and the passage's subject and topic (round 28).

An English letter's writer (round 35): a closing line (Many thanks, Best regards …) and a Latin full name alone on the
next line, one of the last, in a letter whose writer speaks of their own health or family before it (I have …, my son
…): the cues are the ends of those phrases; the writer is official unless a personal mobile or mail stands below.

The writer is found by a self-introduction after a unit (``…課の戸叶です。``, ``…係の森と申します``) or by a signature
(a spaced full name alone on one of the last lines), only when a first-person cue occurs at all. The hit is staff in
an official capacity and the message's contact (``official``, ``staff``, ``contact``): no other rule reads it as a
private person or as a record's subject.
"""

from __future__ import annotations

from itertools import islice

from presidio_analyzer import RecognizerResult

from gateway.scan import rx as re
from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._text import stable_key
from gateway.scan.recognizers.person_charname import resident_surname
from gateway.scan.recognizers.person_lexicon import _PERSONAL_CONTACT, STAFF_TITLE_ALT

# the writer speaking of themselves (not of their work: 私の担当する…, 私の係では)
_CUE = re.compile(r"(?:私事|私ごと)(?:で|ながら|ですが|ではありますが)|(?<![一-鿿])(?:私|わたし|わたくし|自分)(?:自身)?(?:は|の|が|も|、(?=[ 　]?"
                  r"[一-鿿々]{2,12}(?:課|係|室)))"  # (私、道路建設課主任 財前 光一は: a report's subject naming themself, r42)
                  r"(?!担当|係|課|所属|部署|ところ|方で|方から|ほう|意見|考え|理解|確認)")
CUE_TRIGGERS = ("私事", "私ごと", "私、", "私は", "私の", "私が", "私も", "わたしは", "わたしの", "わたくし", "自分の", "自分は", "自分が",
                "私自身")
_UNIT = r"[一-鿿ァ-ヺー0-9０-９]{1,12}(?:課|係|室|センター|事務所|所|局|部|校|園|館|署|担当|担任)"
# a surname may hold ノ, ツ or ヶ between its kanji (岡ノ上, 三ツ矢, 八ヶ代: round 42)
_SUR = r"[一-鿿々](?:[ノツヶ](?=[一-鿿]))?[一-鿿々]{0,3}"
# (a title and a comma may stand between: 道路維持課の主任、桑原俊介です, round 30)
_INTRO = re.compile(r"(?:" + _UNIT + r")の[ 　]?(?:(?:" + STAFF_TITLE_ALT + r")[、,][ 　]?)?"
                    r"(?P<n>" + _SUR + r"[ 　][一-鿿々ぁ-ゖ]{1,4}|" + _SUR + r"|[一-鿿々]{1,6})[ 　]?(?:です|と申します|でございます)(?=[。、\n 　]|$)")
# (or a line opened by a dictionary surname, as a chat does: 高城です 来週5/13から入院します, round 42)
_LINE_INTRO = re.compile(r"^[ 　]*(?P<n>" + _SUR + r")です(?=[ 　\n。、])", re.MULTILINE)


def _find_intro(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The self-introduction in text[lo:hi]: after a unit, or a surname opening a line."""
    m = _INTRO.search(text, lo, hi)
    if m is not None:
        return m
    return next((m for m in islice(_LINE_INTRO.finditer(text, lo, hi), 4) if resident_surname(m.group("n"))), None)


_SIGNATURE = re.compile(r"^[ 　]*(?:" + _UNIT + r"[ 　]+){0,3}(?:(?:" + STAFF_TITLE_ALT + r")[ 　]+)?(?!以上|敬具|草々|追伸)(?P<n>" + _SUR
                        + r"[ 　][一-鿿々ぁ-ゖァ-ヺ]{1,4})[ 　]*$", re.MULTILINE)
# the writer's own label heading a line of a form or a list (・私：障害福祉課 相談支援係 主事　羽根田 悠): what follows is
# theirs — a record's subject named by the writer (round 28)
_SELF_LABEL = re.compile(r"^[ \t]*(?:私|わたし|自分)[ \t]*:[ \t]*(?:" + _UNIT + r"[ \t]+){0,3}(?:(?:" + STAFF_TITLE_ALT
                         + r")[ \t]+)?(?P<n>[一-鿿々]{1,4}[ ][一-鿿々ぁ-ゖァ-ヺ]{1,4})[ \t]*(?:\(|$)", re.MULTILINE)
SELF_LABEL_TRIGGERS = ("私:", "わたし:", "自分:")
# …or naming themself after 私 with their unit and post in brackets, as the sentence's subject (わたし清水谷颯太（環境保全課
# 技師）は、…: a report of their own matter, round 29)
_SELF_BRACKETED = re.compile(r"(?:私|わたし|わたくし)[、 　]?(?P<n>[一-鿿々]{2,6}|[一-鿿々]{1,4}[ 　][一-鿿々ぁ-ゖ]{1,4})[ 　]?"
                             r"\((?:" + _UNIT + r")[ 　]?(?:" + STAFF_TITLE_ALT + r")?\)[ 　]?(?:は|が)")
# …or after 私、 with their unit and post before the name, as a report's subject (私、環境部 ごみ減量推進課 主査 下地 剛は, r42)
_SELF_UNIT_NAMED = re.compile(r"(?:私|わたくし)、[ 　]?(?:[一-鿿ぁ-ゖァ-ヺー0-9０-９]{1,12}(?:部|局|課|係|室|センター|所)[ 　]*){1,3}"
                              r"(?:(?:" + STAFF_TITLE_ALT + r")[ 　]*)?(?P<n>" + _SUR + r"[ 　][一-鿿々ぁ-ゖァ-ヺ]{1,4})[ 　]?(?:は|が)")
SELF_NAME_TRIGGERS = ("私", "わたし", "わたくし")
# an English letter's writer: a closing line, then a Latin full name alone on the next line (Many thanks, ⏎ Sarah
# Fitzgerald-Okoye), speaking of their own matter in the first person (I have …, my husband …: round 35)
_EN_SIGNATURE = re.compile(r"^[ \t]*(?i:(?:many|best|kind|warm|warmest|with)[ \t]+(?:thanks|regards|wishes)|thanks(?:[ \t]+again)?|"
                           r"thank[ \t]+you(?:[ \t]+(?:very|so)[ \t]+much)?(?:[ \t]+for[ \t]+[a-z]{2,15}(?:[ \t]+[a-z]{2,15}){0,3})?|regards|sincerely|yours[ \t]+(?:sincerely|faithfully|truly)|"
                           r"cheers|respectfully)[ \t]*[,.!]?[ \t]*\n[ \t]*(?P<n>[A-Z][a-z'’]{1,15}(?:[ \t]+[A-Z][a-z'’]{1,15}"
                           r"(?:-[A-Z][a-z'’]{1,15})?){1,2})[ \t]*$", re.MULTILINE)
_EN_CUE = re.compile(r"(?<![A-Za-z])(?:I(?:['’]m| am| have| had| was| got| suffer)|[Mm]y (?:husband|wife|son|daughter|child|baby|"
                     r"mother|father|mom|mum|dad|partner|doctor|pregnancy|health|condition|illness))(?![A-Za-z])")
# (round 36) the writer's own report with the subject left out, as Japanese does (…の宇佐美です。⏎ 先週心療内科を受診した
# ところ「適応障害」と診断されました): a sentence after the writer's self-introduction ending in a polite report of what
# was said to them or what they did or will take (診断されました, と言われています, 入院することになりました, お休みを
# いただきたく), no one else named in it (さん, 氏, 母, 子 …): the sentence's start counts as a first-person cue
_IMPLICIT = re.compile(r"(?:と|を)?診断(?:され|を受け)(?:まし|てい)|と言われ(?:まし|てい)|を受診し(?:まし|た(?:ところ|結果))"
                       r"|に通院して(?:おり|い)|入院(?:すること|が決まり|しておりま|していま|します)|休みたい|休職(?:すること|させて|をいただ|を願)"
                       r"|(?:お)?休み(?:を)?いただ|妊娠(?:しま|が分かり|していること)|治療を(?:続け|受け)て(?:おり|い)|体外受精"
                       # (the writer's own child, spouse or parent in trouble: 昨夜、長男（19歳）が…逮捕されました, round 42)
                       r"|(?:長男|長女|次男|次女|息子|娘|夫|妻|主人|母|父)(?:[（(][^）)\n]{0,16}[）)])?(?:が|は)[^。\n]{0,40}?"
                       r"(?:逮捕され|補導され|搬送され|と診断され|入院し)")
IMPLICIT_TRIGGERS = ("診断され", "診断を受け", "と言われ", "を受診し", "に通院して", "入院", "休職", "休みをいただ", "休みいただ",
                     "妊娠", "治療を続け", "治療を受け", "体外受精", "休みたい", "逮捕され", "補導され", "搬送され")
_OTHER = re.compile(r"さん|さま|様|氏|君|くん|ちゃん|先生|[父母妻兄姉弟妹娘]|夫(?!婦)|息子|子ども|子供|生徒|児童|利用者|住民|男性|女性|方が|方は")
_IMPLICIT_REACH = 800  # characters after the self-introduction read for such sentences
EN_SIGN_TRIGGERS = ("thanks", "thank you", "regards", "wishes", "sincerely", "cheers", "respectfully")
_LAST_LINES = 4
_MAX_CUES = 16
# a street address on the line right above (a letter's sender block: 県…市…１丁目７－２２ ⏎ signature)
_HOME_ABOVE = re.compile(r"[都道府県市区町村][^\n]{0,16}?[0-9０-９]{1,4}(?:丁目|番地?)?[ 　]?[-－‐ーの][ 　]?[0-9０-９]{1,4}[^\n]{0,20}\n$")


_UNIT_RX = re.compile(_UNIT + r"|役所|役場|(?:市|町|村|県)庁|内線")


def _private_below(text: str, sign: re.Match[str]) -> bool:
    """A signature with a personal mobile or free mail on the next two lines and no unit, office or extension on its
    line or the two above: a resident signing their own mail (上野原 佳奈 ⏎ 070-…, round 33)."""
    below = sign.end()
    for _ in range(2):  # the end of the second line below, the start of the second line above
        below = text.find("\n", below + 1) if 0 <= below < len(text) else -1
    below = len(text) if below < 0 else below
    above = sign.start()
    for _ in range(2):
        above = text.rfind("\n", 0, max(0, above - 1)) + 1
    return (_PERSONAL_CONTACT.search(text, sign.end(), below) is not None
            and _UNIT_RX.search(text, above, sign.start("n")) is None and _UNIT_RX.search(text, sign.end(), below) is None)


def _implicit_cues(text: str) -> tuple[int, ...]:
    """The starts of the sentences after a self-introduction that report the writer's own matter (``_IMPLICIT``)."""
    last = None
    for last in islice(_IMPLICIT.finditer(text), _MAX_CUES):
        pass
    if last is None:  # (the reports first, cheap; then an introduction at most _IMPLICIT_REACH before the last)
        return ()
    intro = _find_intro(text, max(0, last.start() - _IMPLICIT_REACH), last.start())
    if intro is None:
        return ()
    out = []
    for m in islice(_IMPLICIT.finditer(text, intro.end(), intro.end() + _IMPLICIT_REACH), _MAX_CUES):
        lo = max(text.rfind(c, intro.end(), m.start()) for c in "。\n!！?？") + 1
        lo = max(lo, intro.end())
        if _OTHER.search(text, lo, m.start()) is None:
            out.append(lo)
    return tuple(out)


class WriterSelfRecognizer(AigwRecognizer):
    ENTITY = "PERSON"
    TRIGGER_WORDS = CUE_TRIGGERS + SELF_LABEL_TRIGGERS + SELF_NAME_TRIGGERS + EN_SIGN_TRIGGERS + IMPLICIT_TRIGGERS

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        labelled = [self._named_self(m, True) for m in islice(_SELF_LABEL.finditer(text), 4)] \
            if any(w in ctx.hits for w in SELF_LABEL_TRIGGERS) else []
        labelled += [self._named_self(m, False) for p in ctx.hit_positions(SELF_NAME_TRIGGERS)[:16]
                     if (m := _SELF_BRACKETED.match(text, p) or _SELF_UNIT_NAMED.match(text, p)) is not None]
        labelled += self._english_writer(ctx)  # (an English letter's, whatever the Japanese request around it says)
        cues = tuple(m.start() for m in islice(_CUE.finditer(text), _MAX_CUES))
        if not cues and any(w in ctx.hits for w in IMPLICIT_TRIGGERS):
            cues = _implicit_cues(text)
        if not cues:
            return labelled
        spans: list[tuple[int, int]] = []
        intro = _find_intro(text, 0, min(len(text), cues[-1] + 1))  # (+1: the character after です, read by the lookahead)
        if intro is not None:
            spans.append(intro.span("n"))
        tail = len(text)
        for _ in range(_LAST_LINES):  # the signature: one of the last lines
            tail = text.rfind("\n", 0, tail - 1) if tail > 0 else -1
            if tail < 0:
                break
        sign = None
        for sign in _SIGNATURE.finditer(text, max(0, tail)):
            pass
        if sign is not None:
            spans.append(sign.span("n"))
        # (a signature under a street address is a resident's, whose letter it is: …北目１丁目７－２２ ⏎ 東海林　充, r32)
        home = -1 if sign is None or not (_HOME_ABOVE.search(text, max(0, sign.start() - 60), sign.start())
                                          or _private_below(text, sign)) else sign.start("n")
        return labelled + [self.result(self.ENTITY, s, e, 0.6, form="writer", full_name=" " in text[s:e] or "\u3000" in text[s:e],
                            honorific=None, label=False, official=s != home, staff=s != home, contact=s != home, writer=True,
                            own_cues=cues, strength="medium", person_key=stable_key(text[s:e].split()[0]))
                for s, e in spans]

    def _english_writer(self, ctx: ScanContext) -> list[RecognizerResult]:
        """An English letter signed on one of its last lines after a closing, its writer speaking of their own matter."""
        text = ctx.text
        if not any(w in ctx.hits for w in EN_SIGN_TRIGGERS):
            return []
        sign = None
        for sign in _EN_SIGNATURE.finditer(text, max(0, len(text) - 200)):
            pass
        cues = tuple(m.end() for m in islice(_EN_CUE.finditer(text, 0, sign.start() if sign else 0), _MAX_CUES))
        if sign is None or not cues:
            return []
        s, e = sign.span("n")  # (the writer's own cue only, not staff's record at large; a resident over their mobile)
        own = not _private_below(text, sign)
        return [self.result(self.ENTITY, s, e, 0.6, form="writer", full_name=True, honorific=None, label=False,
                            official=own, staff=False, contact=own, writer=True, own_cues=cues, strength="medium",
                            person_key=stable_key(text[s:e].split()[0]))]

    def _named_self(self, m: re.Match[str], label: bool) -> RecognizerResult:
        """The writer naming themself as the record's subject (their own label, or after 私 with unit and post)."""
        return self.result(self.ENTITY, m.start("n"), m.end("n"), 0.6, form="writer", full_name=True, honorific=None,
                           label=label, official=True, staff=True, writer=True, subject=True, topic=True,
                           strength="medium", person_key=stable_key(m.group("n").replace(" ", "")))
