"""A person named only by a unique title, mixed into PersonRecognizer: the head or deputy of a named body (副校長,
市長, 園長, 担任 …) as the one who is treated, off sick or at home — "副校長が先月から胃がんの治療のため入院",
"市長の自宅（緑野市本町2丁目7番15号）"; a teacher named by a surname and 先生 likewise ("音楽の小此木先生が…入院"). The title
identifies one person as a name does; a title followed by the
name (市長 田村 誠一) or glued after it (田村市長) is read by the name rules instead. (Round 39) A title introduced as
the message's topic (本校の教頭（今年度4月に着任）について、ご相談です) with a treatment word later in its paragraph is that
person too, marked ``topic``: the aggregator gives them what the paragraph tells. (Round 40) So is a post singled out by
its unit, an initial or as the only one, a member of staff by post and surname (or full name and post) as a topic or as
the one a consultation comes from, an initial glued to a staff title as the subject, and a post said to be held by one
person (``unique``: the matters on both sides of the saying are theirs), when a health, disability, crime, discipline or
personnel word stands in the paragraph; the patterns are searched only around their trigger words. (Round 41) So is a
colleague by a letter and さん whom the line places in the office by a post, a duty, a unit or a career (``_letter_staff``).
"""

from __future__ import annotations

from gateway.scan import rx as re
from itertools import islice
from typing import Any

from gateway.scan import morphology
from gateway.scan.recognizers._text import merge_windows, stable_key
from gateway.scan.recognizers.person_charname import resident_surname
from gateway.scan.recognizers.person_nicknames import CASE_STUDY, kana_surname, nickname_cued, staff_references
from gateway.scan.recognizers.person_lexicon import POST_TITLE_ALT, STAFF_TITLE_ALT, STAFF_TITLES
from gateway.scan.recognizers.sensitive_personal_info import KEYWORDS

# titles held by one person in a body or a class
_UNIQUE_TITLES = ("市長", "副市長", "町長", "副町長", "村長", "副村長", "教育長", "校長", "副校長", "教頭", "園長", "副園長",
                  "館長", "院長", "所長", "センター長", "署長", "局長", "理事長", "担任", "学年主任")
# what happens to the person: treated, off sick, infected (the word the pass starts from)
PATIENT_WORDS = ("入院", "療養", "休職", "手術", "病気休暇", "病休", "治療中", "通院", "感染", "自宅",
                 # (round 37) an examination or a diagnosis said of them (大河内市長、…県立病院で大腸内視鏡, …と診断され)
                 "内視鏡", "精密検査", "再検査", "検査入院", "診断され", "診断を受け",
                 # (round 38) taken to hospital (羽生田 勝議員が、…ご自宅で倒れられ、市立病院に救急搬送されました)
                 "救急搬送", "搬送され", "人間ドック")
_TITLE_ALT = "|".join(sorted(_UNIQUE_TITLES, key=len, reverse=True))
# the title as the subject, the predicate later in the same sentence (nothing but a clause between), or as the owner
# right before the word (副校長の入院, 市長の手術)
# (or a teacher named by surname and 先生, one person as a title is: 音楽の小此木先生が…乳がんの治療で入院; so is a member of
# a body by surname and post: 丹羽委員は乳がんの治療で入院中のため欠席, 荒巻議員が手術を受け, round 13)
_TITLE_SUBJECT = re.compile(r"(?<![一-鿿々〆ヶ])(?P<title>" + _TITLE_ALT
                            + r"|[一-鿿々〆ヶ]{1,4}(?:先生|委員長|委員|議員|副会長|会長|理事|監事)|[一-鿿々〆ヶ]{5,7}先生"
                            # (or a surname in katakana glued to a staff title: カツラギ主任は、うつ病による休職から…, r27)
                            + r"|(?<![ァ-ヺー])(?P<kana>[ァ-ヺ][ァ-ヺー]{1,6})(?:" + STAFF_TITLE_ALT + r")"
                            # (round 37) a surname and the given name in brackets before a staff title (松下（悠斗）係長ですが), an
                            # official by surname before a memo's comma (大河内市長、11/12 … 大腸内視鏡)
                            + r"|[一-鿿々〆ヶ]{1,4}[(（][一-鿿ぁ-ゖァ-ヺ]{1,4}[)）](?:" + STAFF_TITLE_ALT + r")"
                            r"|[一-鿿々〆ヶ]{1,4}(?:副?市長|副?町長|副?村長|教育長)(?=、)"
                            # (round 40) a surname, a space and a staff title heading a condition's line (・西脇 主任：人工透析の
                            # 通院のため…)
                            r"|(?<=[\n・*\-　 ])(?P<spaced>[一-鿿々〆ヶ]{1,4})[ 　](?:" + STAFF_TITLE_ALT + r")(?=[:：]))"
                            r"(?:(?:が|は|も|、|ですが|なんですが|[:：])(?=[^。\n]{0,40}$)|の$)")  # (…先生ですが、: r31)
# the word is the predicate of the clause (入院し, 療養中で, 手術を受け, 感染が判明), not a noun it qualifies (入院先,
# 感染症対策, 通院の付き添い, 病気休暇の制度; 治療中で、 and 療養中です are predicates, round 26)
_PREDICATE_AFTER = re.compile(r"(?:から(?:[0-9０-９]|復帰|復職|戻)|中(?!の)|中のため|し(?!て?いる[一-鿿])|する(?![一-鿿])|され|とな|を受け|を取|に入|が(?:判明|確認|決ま)|"
                              r"の(?:ため|見込み|予定|可能性)|で(?:[、,]|す|し)|[、。,]|$)")
# the word right after "<title>の" names the holder's own state, unless a compound goes on (入院患者)
_OWN_STATE_AFTER = re.compile(r"(?![一-鿿々ァ-ヺ])")
# "市長の自宅（緑野市本町2丁目7番15号）": the home with its street number
_TITLE_HOME = re.compile(r"(?<![一-鿿々〆ヶ])(?P<title>" + _TITLE_ALT + r")の(?:自宅|お宅|住まい)[^。\n]{0,16}?[0-9]")
# a colleague named by surname after the writer's own unit (弊課の戸叶は、…急性心筋梗塞で倒れ、…入院しております; 部下の
# 田中が手術): one person, as a title is (round 26); the surname must be the dictionary's
_COLLEAGUE = re.compile(r"(?:(?:弊|当|同じ|うちの)(?:課|係|室|所|局|部|社|センター|チーム|班)|同僚|部下|上司|前任者?|後任者?)の"
                        r"(?P<title>[一-鿿々〆ヶ]{1,4})(?:(?:が|は|も)(?=[^。\n]{0,40}$)|の$)")
_REACH = 44
# the title introduced as what the message is about (本校の教頭（…）について, 副校長の件で), its bracket allowed; (round 40)
# or a post singled out by its unit or by "the only one" (清掃センター 収集第二班長（技能労務職、59歳）の長期病休について,
# 件名：本校教頭の件, 今年度唯一の新規採用（土木職・大卒）について, 下水道課のS主査（40代男性、…）について) — one person as
# a name is; a matter word may stand between the post and について (…の長期病休について)
_UNIT = r"(?!各|全|関係|他|両|所属|担当|主管)[一-鿿々ァ-ヺ0-9０-９]{1,12}(?:課|係|班|室|所|センター|園|校|館|署|局|病棟)"
_TITLE_TOPIC = re.compile(r"(?P<title>(?<![一-鿿々〆ヶ])(?:(?:本校|本園|当校|当園|本所|当所)?(?:" + _TITLE_ALT + r")"
                          r"|" + _UNIT + r"[ 　]?の?(?:[A-ZＡ-Ｚ][ 　]?)?[一-鿿々]{0,6}?(?:" + POST_TITLE_ALT + r"))|唯一の[一-鿿々ァ-ヺー]{2,10})"
                          r"(?:[(（][^()（）\n]{0,40}[)）])?(?P<about>について|に関して|の件(?:で|です|、|[ \t　]*$)|"
                          r"の(?P<matter>[一-鿿々]{2,8}?)(?:について|に関して|の件))", re.MULTILINE)
# or a member of staff by post and surname as the topic, or as the one a consultation comes from (学芸員の野々村（2年目）から、
# …と相談がありました, 主事の相馬について): the surname must be the dictionary's (round 40)
_STAFF_TOPIC = re.compile(r"(?:" + POST_TITLE_ALT + r")の(?P<title>[一-鿿々]{1,4})(?:さん|君|くん)?(?:[(（][^()（）\n]{0,16}[)）])?"
                          r"(?:について|に関して|の件|から[、,]?[^。\n]{0,60}?(?:相談|申し出|申出)(?:が|を|あり))"
                          # …or by full name and post as the report's topic (2年1組担任・理科の我妻 美咲 教諭について報告します)
                          r"|(?<![一-鿿々〆ヶ])(?P<full>(?P<surname>[一-鿿々〆ヶ]{1,4})[ 　][一-鿿々ぁ-ゖ]{1,4})[ 　]?(?:" + POST_TITLE_ALT
                          + r"|先生)(?:について|に関して|の件)")
# …or by an initial glued to a staff title as a sentence's subject (T主任（4月に福祉から来た人）は、S主査が): one colleague
# the office knows, unless the text is a training's case (事例, 架空, 仮名 …); or a post said to be held by one person
# (係員は今年から彼女一人なので名前出さなくても分かる; not a count: 係長が一人、…に移る). Searched from the staff titles.
_STAFF_SUBJECT = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ])(?P<initial>[A-ZＡ-Ｚ](?:" + STAFF_TITLE_ALT + r"))(?:さん)?"
                            r"(?:[(（][^()（）\n]{0,40}[)）])?(?:は|が|について|の件)"
                            r"|(?P<unique>(?:" + STAFF_TITLE_ALT + r")(?:は|って)[^。\n]{0,12}?(?:(?:彼女|彼|その人|この人)(?:一人|ひとり|1人)"
                            r"|(?:あの人|その人|この人|あの方)(?:だけ|しか|のみ)"  # (うちの課の補佐はあの人だけ, r41)
                            r"|(?:一人|ひとり|1人)(?:だけ|しか)))")
# (round 41) a colleague by a letter and さん whom the line places in the office: a post or a duty before the letter
# (主任保育士Mさん, 窓口通訳…として勤務しているFさん), or a unit, a post or a career in the words right after it (例のKさん、元出納に
# いて今は中央図書館に行った人; Tさん（税務課、入庁3年目）): one colleague the office knows, unless the text is a training's case
_LETTER_BEFORE = re.compile(r"(?:(?:" + POST_TITLE_ALT + r"|通訳|職員)(?:の|、|[ 　])?|(?:勤務|在籍|配属|異動)(?:して|し|され)?"
                            r"(?:いる|ている|る|た|てきた|の)|(?:" + POST_TITLE_ALT + r")(?:を|で)?(?:やって|して|務めて)(?:る|いる|た)"
                            r"|[一-鿿ァ-ヺ]{1,10}(?:課|係|室|局|出納)の|うち(?:の課|の係)?の)$")
_LETTER_AFTER = re.compile(r"[(（][^()（）\n]{0,30}?(?:[一-鿿々ァ-ヺ]{1,12}(?:課|係|班|室|局|署|館)|" + POST_TITLE_ALT
                           + r"|入庁|採用|年目)[^()（）\n]{0,20}[)）]"
                           r"|(?:[(（][^()（）\n]{0,12}[)）])?[、,][^。\n]{0,40}?(?:(?:課|係|室|局|出納)(?:で[^。\n]{0,16}?(?:扱|勤務|働|やっ"
                           r"|係長|主任|主事|主査)|に(?:いて|いた|いる|配属|異動)|から(?:異動|来))|に配属|で採用|入庁|から異動|から来た"
                           r"|に行った)")
_LETTER_MATTERS = frozenset(PATIENT_WORDS) | {"症", "受診", "診断"} | frozenset(
    w.lower() for w, (fam, _l, score) in KEYWORDS.items() if score >= 0.7 and fam not in ("record_number", "school_record"))
# (round 42) what is said of a colleague named apart from their name: their own or their family's matter, not the
# office's business (転入届, 滞納 are a counter's work)
_REF_MATTERS = frozenset(PATIENT_WORDS) | {"症", "受診", "診断"} | frozenset(w.lower() for w, (fam, _l, score) in KEYWORDS.items(
) if score >= 0.7 and fam in ("health", "disability", "health_check", "personnel", "discipline", "crime", "dv", "care",
                              "single_parent", "sexuality", "genetic"))
# (round 41) a colleague introduced by the writer's unit, company or relation, whatever is said of them later by surname
_COLLEAGUE_INTRO = re.compile(r"(?:(?:弊|当|同じ|うちの)(?:課|係|室|所|局|部|社|センター|チーム|班)(?:の?担当(?:者)?)?|同僚|部下|上司"
                              r"|前任者?|後任者?)の(?P<title>[一-鿿々〆ヶ]{1,4})(?=につき|について|が|は|も|、|の)")
_COLLEAGUE_WORDS = ("弊", "当課", "当係", "うちの", "同僚", "部下", "上司", "前任", "後任")


def _sentence_end(text: str, pos: int) -> int:
    """The end of the sentence holding ``pos`` (its 。 or its line's end), at most 120 characters on."""
    ends = [e for e in (text.find("。", pos, pos + 120), text.find("\n", pos, pos + 120)) if e >= 0]
    return min(ends) if ends else min(len(text), pos + 120)


_CASE_STUDY = CASE_STUDY
# the words whose presence in its paragraph makes the topic a person's matter: treated, off sick, a health, disability,
# crime, discipline or personnel word (TOPIC_TRIGGERS: where the person pass is asked to look)
TOPIC_TRIGGERS = ("について", "に関して", "の件", "相談")
TOPIC_SET = frozenset(TOPIC_TRIGGERS)
_MATTER_SET = frozenset(PATIENT_WORDS) | frozenset(
    w.lower() for w, (fam, _l, score) in KEYWORDS.items()
    if score >= 0.7 and fam in ("health", "disability", "health_check", "crime", "discipline", "personnel"))
_TOPIC_REACH = 400
_MAX_TOPICS = 8


def _paragraph_end(text: str, start: int) -> int:
    """Where a topic's reach ends: its paragraph's end, at most ``_TOPIC_REACH`` characters on."""
    blank = text.find("\n\n", start)
    return min(len(text) if blank < 0 else blank, start + _TOPIC_REACH)


def _windows(text: str, hits: dict[str, list[int]], words: frozenset[str], before: int, after: int) -> list[tuple[int, int]]:
    """Merged spans around the trigger ``words`` present: where a topic's pattern can match (a topic word ends the
    ``_TITLE_TOPIC`` and ``_STAFF_TOPIC`` matches, a staff title opens the ``_STAFF_SUBJECT`` ones): bounded work."""
    return merge_windows([(p - before, p + after) for w in words.intersection(hits) for p in hits[w]], len(text))


def topic_triggered(hits) -> bool:
    """A topic word or a staff title, and a matter word: a post's matter may be told (``_topic_posts``)."""
    return not (TOPIC_SET.isdisjoint(hits) and STAFF_TITLES.isdisjoint(hits)) and not _MATTER_SET.isdisjoint(hits)


# (round 41) a list item headed by a member of staff and telling their personnel, health or disciplinary matter (・河川課 主任
# 谷口 美緒：一次評価C。…病気休暇) is a record's item, not a speaker's line of minutes
_ITEM_BULLET = re.compile(r"[ \t　]*[・･●■◆*\-－]")
_ITEM_MATTERS = frozenset(w.lower() for w, (fam, _l, score) in KEYWORDS.items() if score >= 0.7 and fam in (
    "health", "disability", "discipline", "personnel", "crime"))


def record_item(text: str, pos: int, hits: dict[str, list[int]]) -> bool:
    """The line holding ``pos`` is a bulleted item that tells a personnel, health or disciplinary matter (the matter
    words' places come from the trigger pass, ``hits``)."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    le = len(text) if le < 0 else le
    return _ITEM_BULLET.match(text, ls, pos) is not None and any(
        pos <= q < le for w in _ITEM_MATTERS.intersection(hits) for q in hits[w])


def letter_triggered(hits, text: str = "") -> bool:
    """さん (or a nickname's or a record subject's cue) and a personal matter: a colleague by a letter or a nickname may
    be told of (``_letter_staff``, person_nicknames)."""
    return ("さん" in hits or nickname_cued(text)) and not _LETTER_MATTERS.isdisjoint(hits)


_OTHER_SUBJECT = re.compile(r"(?:対象者|申請者|受給者|利用者|入所者|児童|生徒|患者|本人|家族|者)(?:が|は)")
# the predicate describes someone else the title holder deals with: "教頭は、入院中の児童の家庭を訪問した"
_OF_OTHER = re.compile(r"中?の(?:児童|生徒|子|方|人|家族|母|父|患者|職員|教員|利用者|住民|市民|高齢者|家庭|園児|乳児|幼児|保護者)")
# a published announcement or news report about the office-holder (報道発表資料, 記者会見で発表, 緑野新聞): the public
# is told, unless the text is a draft or not yet public
_ANNOUNCED = re.compile(r"報道発表|記者発表|記者会見|プレスリリース|公表済|公表(?:しました|した|いたしました)|"
                        r"発表(?:しました|した|いたしました)|新聞|報じ|ニュース|取材で分かった")
_NOT_YET = re.compile(r"未発表|発表前|公表前|非公表|非公開|秘密会|内部資料|取扱注意|口外|(?:発表|公表)の(?:要否|是非|可否)")  # (…要否: r42)
# or the record of a council's or a committee's meeting, read out in public: a body (議会, 常任委員会, 審議会 …) and two
# speaker lines of a role and a name in brackets (○総務部長（保科 ゆう子）　市長は…検査入院のため、副市長が職務を代理): what
# the holder's office tells the meeting (round 12)
_MEETING_BODY = re.compile(r"議会|(?:常任|特別|運営)委員会|審議会|協議会|会議録")
_SPEAKER_LINE = re.compile(r"^[ \t　]*[○〇◯◎][^\n（(]{1,12}[（(][^\n）)]{2,16}[）)]", re.MULTILINE)


def _famous(name: str) -> bool:
    """The dictionary lists the name as a whole for a famous bearer (福沢諭吉)."""
    return any(t.is_famous_person and len(t.surface) >= 3 for t in morphology.tokenize(name))


def _meeting_record(text: str) -> bool:
    """A body's meeting record: the body named, and two speaker lines ○<role>（<name>）."""
    if _MEETING_BODY.search(text) is None:
        return False
    lines = _SPEAKER_LINE.finditer(text)
    return next(lines, None) is not None and next(lines, None) is not None


class PersonTitlesMixin:
    """A subject named only by a unique title (mixed into PersonRecognizer)."""

    result: Any
    ENTITY: str

    def _title_subjects(self, text: str, hits: dict[str, list[int]]) -> list:
        found = list(self._title_candidates(text, hits))  # (the text's own checks only when a title was found)
        if found and (_ANNOUNCED.search(text) is not None or _meeting_record(text)) and _NOT_YET.search(text) is None:
            return []
        return found

    def _title_candidates(self, text: str, hits: dict[str, list[int]]):
        seen: set[int] = set()
        for w in PATIENT_WORDS:
            for p in hits.get(w, ()):
                if _OF_OTHER.match(text, p + len(w)) is not None:
                    continue
                if w == "自宅":
                    m = _TITLE_HOME.search(text, max(0, p - 8), min(len(text), p + 24))
                else:
                    m = None
                    for m in _TITLE_SUBJECT.finditer(text, max(0, p - _REACH), p):
                        pass  # the title nearest the predicate
                    if m is None:
                        m = _COLLEAGUE.search(text, max(0, p - _REACH - 8), p)
                        m = m if m is not None and resident_surname(m.group("title")) else None
                    after = p + len(w)
                    own = m is not None and m.group(0).endswith("の") and m.end() == p  # 副校長の入院
                    if m is not None and not (_OWN_STATE_AFTER.match(text, after) if own
                                              else _PREDICATE_AFTER.match(text, after)):
                        continue
                    if m is not None and _OTHER_SUBJECT.search(text, m.end(), p) is not None:
                        continue  # 市長は、対象者が…入院し: the title acts on someone else's stay (a rule's clause, round 38)
                    if m is not None and m.group("title").endswith("先生") and _famous(m.group("title")[:-2]):
                        continue  # 福沢諭吉先生: a historical figure
                    if m is not None and m.groupdict().get("kana") and not kana_surname(m.group("kana")):
                        continue  # システム主任, センター長: a word of the office, not a surname
                    if m is not None and m.groupdict().get("spaced") and not resident_surname(m.group("spaced")):
                        continue  # (窓口 主任：… — a place or a duty, not a surname)
                if m is None or m.start("title") in seen:
                    continue
                seen.add(m.start("title"))
                yield self.result(
                    self.ENTITY, m.start("title"), m.end("title"), 0.6, form="title_subject", full_name=False,
                    honorific=None, label=False, official=False, staff=False, strength="medium",
                    person_key=stable_key(m.group("title")),
                )
        yield from self._topics_and_colleagues(text, hits, seen)

    def _topics_and_colleagues(self, text: str, hits: dict[str, list[int]], seen: set[int]):
        """Posts as topics (round 39, 40); colleagues by a letter or named again by surname (round 41)."""
        if topic_triggered(hits):
            yield from self._topic_posts(text, hits, seen)
        if letter_triggered(hits):
            yield from self._letter_staff(text, hits, seen)
        if letter_triggered(hits, text):  # (round 42) by a letter, a post or a nickname, placed in the office
            yield from staff_references(text, sorted(p for w in _REF_MATTERS.intersection(hits) for p in hits[w]), seen,
                                        lambda s, e, ref: self._topic_hit(s, e, ref))
        if not _LETTER_MATTERS.isdisjoint(hits) and any(w in text for w in _COLLEAGUE_WORDS):
            yield from self._colleague_mentions(text, hits, seen)

    def _colleague_mentions(self, text: str, hits: dict[str, list[int]], seen: set[int]):
        """(round 41) A colleague introduced by the writer's unit or relation (弊社担当の鬼頭, 部下の田所) and named again by
        the surname as a sentence's subject with a personal matter in that sentence (鬼頭は…うつ病との診断を受け…休職)."""
        matters = sorted(p for w in _LETTER_MATTERS.intersection(hits) for p in hits[w])
        for m in islice(_COLLEAGUE_INTRO.finditer(text), _MAX_TOPICS):
            name = m.group("title")
            if not resident_surname(name):
                continue
            for again in islice(re.finditer(re.escape(name) + r"(?:さん)?(?:は|が|も)", text[m.end():]), _MAX_TOPICS):
                s = m.end() + again.start()
                end = _sentence_end(text, s)
                if s not in seen and any(s < q < end for q in matters):
                    seen.add(s)
                    yield self._topic_hit(s, s + len(name), name)
                    break

    def _letter_staff(self, text: str, hits: dict[str, list[int]], seen: set[int]):
        """(round 41) A colleague by a letter and さん the line places in the office (``_LETTER_BEFORE``,
        ``_LETTER_AFTER``) with a personal matter later in the paragraph: theirs, as a post's topic is."""
        letters = [p for p in hits["さん"] if p and "A" <= text[p - 1] <= "Z"
                   and (p < 2 or not text[p - 2].isascii() or not text[p - 2].isalpha())][:_MAX_TOPICS]
        if not letters or _CASE_STUDY.search(text) is not None:
            return
        matters = [p for w in _LETTER_MATTERS.intersection(hits) for p in hits[w]]
        for p in letters:
            s = p - 1
            line = text.rfind("\n", 0, s) + 1
            if s in seen or not (_LETTER_BEFORE.search(text[max(line, s - 40):s]) is not None
                                 or _LETTER_AFTER.match(text, p + 2, min(len(text), p + 64)) is not None):
                continue
            end = _paragraph_end(text, p)
            if any(p < q < end for q in matters):
                seen.add(s)
                yield self._topic_hit(s, p + 2, text[s:p + 2], honorific="さん")

    def _topic_hit(self, s: int, e: int, ref: str, honorific: str | None = None, **extra: Any):
        """A person named apart from their name, whose paragraph's matters are theirs (``topic``)."""
        return self.result(self.ENTITY, s, e, 0.6, form="title_subject", full_name=False, honorific=honorific,
                           label=False, official=False, staff=False, strength="medium", topic=True,
                           person_key=stable_key(ref), **extra)

    def _topic(self, m, key: str = "title"):
        # (a post said to be held by one person identifies them on both sides of the saying: ``unique``)
        return self._topic_hit(m.start(key), m.end(key), m.group(key), **({"unique": True} if key == "unique" else {}))

    def _topic_posts(self, text: str, hits: dict[str, list[int]], seen: set[int]):
        """(round 39) A unique title as the passage's topic (本校の教頭（今年度4月に着任）について、ご相談です。…適応障害…療養);
        (round 40) or a post singled out by its unit or as the only one, or a member of staff by post and surname as the
        topic or as the one a consultation comes from: what follows in its paragraph is theirs when a matter word stands
        there (the aggregator reads ``topic`` within the person window)."""
        matters = [p for w in _MATTER_SET.intersection(hits) for p in hits[w]]
        windows = _windows(text, hits, TOPIC_SET, 120, 12)  # (the patterns are searched only around their trigger words)
        staff = ((m for lo, hi in windows for m in _STAFF_TOPIC.finditer(text, lo, hi)),
                 (m for lo, hi in _windows(text, hits, STAFF_TITLES, 2, 64) for m in _STAFF_SUBJECT.finditer(text, lo, hi)))
        for m in islice((m for found in staff for m in found), _MAX_TOPICS):
            end = _paragraph_end(text, m.end())
            key = next(k for k in ("initial", "full", "unique", "title") if m.groupdict().get(k))
            if m.start(key) in seen or (_CASE_STUDY.search(text) is not None if key in ("initial", "unique")
                                        else not resident_surname(m.group("surname" if key == "full" else "title"))):
                continue
            if any(m.end() <= p < end for p in matters) or (key == "unique" and matters):
                seen.add(m.start(key))
                yield self._topic(m, key)
        for m in islice((m for lo, hi in windows for m in _TITLE_TOPIC.finditer(text, lo, hi)), _MAX_TOPICS):
            end = _paragraph_end(text, m.end())
            lo = m.start("matter") if m.group("matter") else m.end()  # (…の長期病休について: the matter is that word)
            if m.start("title") not in seen and any(lo <= p < end for p in matters) and (
                    not m.group("matter") or any(lo <= p < m.end("matter") for p in matters)):
                seen.add(m.start("title"))
                yield self._topic(m)
