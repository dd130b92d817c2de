"""PHONE_NUMBER: Japanese numbering plan. Mobile (060/070/080/090) and home numbers are personal;
toll-free (0120/0800), ナビダイヤル (0570), office / representative numbers are not
(``personal`` metadata)."""

from __future__ import annotations

from gateway.scan import rx as re

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ContextWords, ScanContext
from gateway.scan.recognizers.email import company_after, company_before

# a candidate: +81 or 0, then digits with single separators ( - space ( ) )
CANDIDATE = re.compile(
    # "の" between the groups: a number read out (〇八〇の四四二一の…, folded to 080の4421の…)
    r"(?<![0-9A-Za-z+])(?:\+81[ -]?(?:\(0\)[ -]?)?|\(0|0)[0-9]{1,4}(?:(?:[ -]|\)[ -]?|[ -]?\(|の)?[0-9]{1,4}){1,4}"
    r"(?![0-9])"
)
# a number read out or written with kanji numerals, one list separator between the three groups
# (〇九〇・二六三一・八八四七, 〇八〇、三三一七、五五二九 folded to 090・2631・8847 / 080、3317、5529); the
# separator must repeat, so that a list of numbers (090-…、080-…) is not joined into one candidate
SPOKEN = re.compile(r"(?<![0-9A-Za-z+])0[0-9]{1,4}(?P<sep>[・、,])[ ]?[0-9]{1,4}(?P=sep)[ ]?[0-9]{3,4}(?![0-9])")
# a number read out in kana (ゼロキューゼロ、イチニーサンヨン…, 090の、よんいちにー…): one digit a word, the
# groups separated by 、・ - space or の; parsed word by word from a reading of 0 or from a leading digit group
_KANA_DIGIT = re.compile(
    r"(?:(?P<d0>ゼロ|ぜろ|レイ|れい|マル|まる)|(?P<d1>イチ|いち)|(?P<d2>ニイ|にい|ニ|に)|(?P<d3>サン|さん)|(?P<d4>ヨン|よん|ヨ|よ)"
    r"|(?P<d5>ゴオ|ごお|ゴ|ご)|(?P<d6>ロク|ろく)|(?P<d7>ナナ|なな|シチ|しち)|(?P<d8>ハチ|はち)|(?P<d9>キュウ|きゅう|キュー|きゅー|ク|く)"
    r"|(?P<a>[0-9]))ー?")
_KANA_SEP = re.compile(r"[、,・ \-の]{1,3}")
KANA_ZERO_WORDS = ("ゼロ", "ぜろ", "レイ", "れい", "マル", "まる")
_READ_OUT_STARTS = KANA_ZERO_WORDS + tuple(f"0{d}0{sep}" for d in "789" for sep in ("の", "、", "・"))
PHONE_WORDS = ContextWords(["電話", "TEL", "Tel", "携帯", "ケータイ", "連絡先", "mobile", "phone", "☎"])
PERSONAL_WORDS = ContextWords(["携帯", "自宅", "ケータイ", "個人", "私用", "緊急連絡先", "実家", "本人",
                               # "my number" in residents' languages (a letter giving the writer's own landline)
                               "meu telefone", "mi teléfono", "của tôi", "我的电话", "我家", "제 전화", "집 전화"])
_OFFICE_LABEL_BEFORE = re.compile(r"(?:代表(?:番号|電話)?|直通(?:番号|電話)?|(?i:main (?:number|line)))[ 　]?[:：]?[ 　]?$")
OFFICE_WORDS = ContextWords([
    "代表", "FAX", "ファクス", "ファックス", "内線", "窓口", "問い合わせ", "問合せ", "お問合せ", "お問い合わせ",
    "市役所", "区役所", "町役場", "村役場", "役場", "庁舎", "課", "係", "センター", "ステーション", "事務所", "本社", "支店",
    "株式会社", "(株)", "受付", "コールセンター", "ダイヤル", "相談窓口", "ヘルプデスク", "営業時間", "平日",
    "定休", "営業 ", "営業日", "休業日", "サービス", "自動応答", "音声案内", "テレホン", "テレフォン",  # (電話応答サービス（…）: r28)  # (a shop's listing: 営業 9:00〜17:00（水曜定休）　TEL …, round 24)
    "division", "department", "city hall", "inquiries", "enquiries", "office", "ext.", "extension",
    # an English business signature: a job title or a firm's name above the number (Senior Designer, … Studio, round 19)
    "studio", "designer", "manager", "director", "company", "corporation", "inc.", "ltd", "llc", "k.k.", "agency",
    "consulting", "solutions", "associates", "(main)", "main line", "main number", "switchboard", "reception",
    # a business's bookings in English copy (Brewery tours: … Reservation on the website or by phone 0265-…, round 31)
    "reservation", "reservations", "bookings", "booking", "tours:", "opening hours", "open daily", "admission",
    # public facilities listed with their numbers
    "図書館", "公民館", "体育館", "美術館", "博物館", "市民会館", "施設", "支所", "出張所", "消防署", "警察署", "保健所",
    "資料館", "記念館", "文学館", "科学館", "歴史館", "郷土館", "水族館", "動物園", "植物園",  # (…its exhibition, round 19)
    # a school's rooms (中央小 職員室 0296-…: a teacher's call back to the school, round 31)
    "職員室", "事務室", "校長室", "小学校", "中学校", "高等学校", "義務教育学校",
    # associations and councils named before their number (市国際交流協会（0584-…）, 社会福祉協議会: r15)
    "協会", "協議会", "財団", "組合", "連合会", "振興会", "社協",
    # the state's offices a guide refers residents to (round 14)
    "管理局", "法務局", "税務署", "ハローワーク", "監督署", "児童相談所", "裁判所", "大使館", "領事館",
    # a public office or a helpline in a multilingual leaflet (English, Portuguese, Spanish, Vietnamese, Tagalog,
    # Chinese, Korean): centre, city hall, counter, consultation, weekdays
    "center", "centre", "hotline", "helpline", "weekdays", "mon–fri", "mon-fri", "mon.–fri", "mon. - fri", "monday–friday",
    "monday-friday", "monday to friday", "opening hours", "office hours",  # (a guide's desk: Tel … (Mon–Fri 9:00–17:00), r27) "prefeitura", "centro", "ayuntamiento", "oficina", "ventanilla",
    "dias úteis", "días hábiles", "trung tâm", "văn phòng", "đường dây nóng", "thứ hai", "tanggapan", "munisipyo",
    "opisina", "咨询", "諮詢", "窗口", "中心", "热线", "熱線", "센터", "시청", "구청", "문의", "평일", "kantor", "hari kerja",
    "ศูนย์", "สำนักงาน", "ศาลาว่าการ", "วันจันทร์", "कार्यालय", "शाखा", "सिटी अफिस",
    # (and the desks of a notice in residents' languages)
    "divisão", "ủy ban", "服务中心", "咨询中心", "支援中心", "交流中心", "妇女中心", "市政府", "창구", "상담소", "sentro",
    "केन्द्र", "नगरपालिका", "सोमबार", "शुक्रबार",  # Nepali: a centre, the municipality, Monday … Friday (office hours)
    # a division or the city hall named in a Vietnamese, Portuguese or Chinese notice (Phòng Quốc tế, Seção de …, 税务课)
    "phòng ", "tòa thị chính", "bộ phận", "seção", "课",
])


NON_GEOGRAPHIC = ("020", "050", "060", "070", "080", "090")


def classify(digits: str, grouping: list[int] | None = None) -> tuple[str, bool] | None:
    """(kind, personal) for a digit string starting with 0, or None if not a JP number. The written
    grouping breaks ties (080-0417-1152 is a mobile number, 0800-417-1152 toll-free)."""
    n = len(digits)
    if grouping and grouping[0] == 3 and digits[:3] in ("060", "070", "080", "090") and n == 11:
        return "mobile", True
    if digits.startswith(("0120",)) and n == 10:
        return "tollfree", False
    if digits.startswith("0800") and n == 11:
        return "tollfree", False
    if digits.startswith("0570") and n == 10:
        return "navidial", False
    if digits.startswith(("0180", "0990")) and n == 10:
        return "service", False
    if digits[:3] in ("060", "070", "080", "090") and n == 11:
        return "mobile", True
    if digits.startswith("050") and n == 11:
        return "ip_phone", True
    if digits.startswith("020") and n == 11:
        return "m2m", False
    if n == 10 and digits[1] != "0" and digits[:3] not in NON_GEOGRAPHIC:
        return "landline", True
    return None


# a number read by OCR with letters for digits after its label (電話 O9O-4471-22l8: O for 0, l or I for 1)
_OCR_NUMBER = re.compile(r"[ \t:]{0,3}(?P<n>(?=[0-9OIl|]*[OIl|])[0-9OIl|]{2,5}-[0-9OIl|]{1,4}-[0-9OIl|]{3,4})(?![0-9A-Za-z])")
_OCR_DIGITS = str.maketrans("OIl|", "0111")


def _ocr_misread(text: str, ctx: ScanContext):
    """(start, end, the number with its letters read as digits) after a phone label whose digits OCR read partly
    as letters, with seven real digits or more."""
    for w in ("電話", "tel", "携帯", "連絡先"):
        for p in ctx.hits.get(w, ())[:64]:
            m = _OCR_NUMBER.match(text, p + len(w) + (text.startswith("番号", p + len(w)) and 2))
            if m is not None and sum(c.isdigit() for c in m.group("n")) >= 7:
                yield m.start("n"), m.end("n"), m.group("n").translate(_OCR_DIGITS)


def _next_cell(raw: str) -> int | None:
    """Where a dashed number's candidate ran on over a space into the next cell's digits ("090-3385-1120 3"), or
    None (a number grouped by spaces is the number)."""
    cut = raw.rfind(" ")
    return cut if cut > 0 and "-" in raw[:cut] and "-" not in raw[cut:] else None


class PhoneNumberRecognizer(AigwRecognizer):
    ENTITY = "PHONE_NUMBER"
    TRIGGER_DIGITS = 9
    # a mobile number read out in groups (〇九〇の二二七三の…, folded to 090の2273の…) has no long digit run
    TRIGGER_WORDS = ("(0", "+81", "電話", "tel", "携帯", "連絡先", "fax", "phone") + tuple(f"{d})" for d in "0123456789") \
        + tuple(f"0{d}0{sep}" for d in "789" for sep in ("の", "、", "・")) + KANA_ZERO_WORDS

    def __init__(self, config=None) -> None:
        super().__init__(config)
        allowed = config.allow_list.phones if config is not None else []
        self.allowed = {re.sub(r"[^0-9]", "", p.translate(_FW)) for p in allowed}

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        # complexity: one pass over digit runs grading each candidate (mobile, landline, toll-free, office
        # allow-list, context words); the grades are small named checks in _numeric
        text = ctx.text
        out: list[RecognizerResult] = []
        cands = []
        last = -1
        for s, e, d in ctx.digit_runs():
            if s < last:
                continue
            if d[0] == "0":
                c = s - 1 if s > 0 and text[s - 1] == "(" else s
            elif d.startswith("81") and text[max(0, s - 1):s] == "+":
                c = s - 1
            else:
                continue
            if not cands or cands[-1] != c:  # (digit runs overlap: 090-3385-1120 3 also as 090-3385-1120)
                cands.append(c)
        for m in (SPOKEN.match(text, c) or CANDIDATE.match(text, c) for c in cands):
            if m is None:
                continue
            raw = m.group(0)
            digits = _NON_DIGIT.sub("", raw)
            if raw.startswith("+81"):
                digits = "0" + digits[2:].removeprefix("0")
            if raw.startswith("(") and ")" not in raw:
                raw = raw[1:]  # (090-1234-5678) : the parenthesis encloses the number, not an area code
            res = classify(digits, [len(g) for g in _DIGITS.findall(raw)])
            end = m.end()
            if res is None and (cut := _next_cell(raw)) is not None:
                # "090-3385-1120 3人": a dashed number, then the next cell after a space (a table read out of a PDF)
                end, raw = end - (len(raw) - cut), raw[:cut]
                digits = _NON_DIGIT.sub("", raw)
                res = classify(digits, [len(g) for g in _DIGITS.findall(raw)])
            if res is None or (text[end:end + 1] == "\n" and len(digits) < 10):
                # a labelled number broken over a line (電話：070-⏎4418-2093): one number only under its label
                b = _LINE_BROKEN.match(text, m.start())
                if b is not None and PHONE_WORDS.near(text, m.start(), m.start(), 20, 0):
                    raw, digits = b.group(0), _NON_DIGIT.sub("", b.group(0))
                    res = classify(digits, [len(g) for g in _DIGITS.findall(raw)])
                    end = b.end()
                if res is None:
                    continue
            self._grade(text, end - len(raw), end, raw, digits, res, out)
        for start, end, digits, groups in self._read_out(text, ctx, out):
            res = classify(digits, groups)
            if res is not None:
                self._grade(text, start, end, "", digits, res, out)
        for start, end, raw in _ocr_misread(text, ctx):
            res = classify(_NON_DIGIT.sub("", raw), [len(g) for g in _DIGITS.findall(raw)])
            if res is not None:
                self._grade(text, start, end, raw, _NON_DIGIT.sub("", raw), res, out)
        return out

    @staticmethod
    def _read_out(text: str, ctx: ScanContext, found: list):
        """(start, end, digits, group lengths) of numbers read out in kana, from each reading of 0 and each
        mobile prefix followed by a separator (090の、よん…) that is not a number already; each character is read
        at most once."""
        starts = sorted({p for w in _READ_OUT_STARTS for p in ctx.hits.get(w, ())})
        if not starts:
            return
        taken = sorted((r.start, r.end) for r in found)
        last, k = -1, 0
        for p in starts:
            while k < len(taken) and taken[k][1] <= p:
                k += 1
            if p < last or (k < len(taken) and taken[k][0] <= p):
                continue
            pos, digits, groups, kana = p, [], [0], False
            while len(digits) < 12:
                m = _KANA_DIGIT.match(text, pos)
                if m is None:
                    sep = _KANA_SEP.match(text, pos)
                    if sep is None or groups[-1] == 0 or len(groups) >= 4:
                        break
                    m = _KANA_DIGIT.match(text, sep.end())
                    if m is None:
                        break
                    groups.append(0)
                d = m.group("a") or next(k[1] for k, v in m.groupdict().items() if v and k != "a")
                kana = kana or m.group("a") is None
                digits.append(d)
                groups[-1] += 1
                pos = m.end()
            last = pos
            if kana and digits and digits[0] == "0" and len(digits) in (10, 11):
                end = pos
                while text[end - 1] == "ー":
                    end -= 1
                yield p, end, "".join(digits), groups

    def _grade(self, text: str, start: int, end: int, raw: str, digits: str, res: tuple[str, bool],
               out: list) -> None:
        """Personal or office, and the score, of one number; appended to ``out``."""
        kind, personal = res
        if raw.startswith("0") and len(raw) == len(digits) and kind == "landline":
            # 10 bare digits: too many other IDs look like this; need phone context
            if not PHONE_WORDS.near(text, start, end, 20, 5):
                return
        if digits in self.allowed:
            personal = False
            kind = "allow_listed"
        elif personal and kind == "landline":
            if _OFFICE_LABEL_BEFORE.search(text, max(0, start - 12), start) is not None:
                personal = False  # (携帯ではなく課の代表番号 0569-…: the label right before the number decides, round 24)
                kind = "office"
            elif PERSONAL_WORDS.near(text, start, end, 20, 5):
                pass
            elif (subject := _subject_label_end(text, start)) >= 0 and not OFFICE_WORDS.near(text, start, end,
                                                                                               start - subject, 15):
                pass  # 相談者：78歳 女性（…） ⏎ 連絡先 0263-…: a private person's number, whatever office came before
            elif OFFICE_WORDS.near(text, start, end, 40, 15) or company_before(text, start) or company_after(text, end) \
                    or _firm_in_brackets(text, start):
                # (a landline in a business mail signed with a company's legal form is the company's line)
                personal = False
                kind = "office"
        elif personal and OFFICE_WORDS.near(text, start, end, 12, 0) and not PERSONAL_WORDS.near(
            text, start, end, 20, 5
        ):
            personal = kind not in ("ip_phone",)
        ctxw = PHONE_WORDS.near(text, start, end, 20, 5)
        if kind == "mobile":
            score = 0.85 if ctxw else 0.7
        elif personal:
            score = 0.7 if ctxw else 0.5
        else:
            score = 0.4
        # (a number its writer calls their own private one: 私あての連絡は個人の携帯 080-… — a member of staff's too, r37)
        own = {"own_private": True} if personal and _OWN_PRIVATE_BEFORE.search(text, max(0, start - 24), start) else {}
        out.append(self.result(self.ENTITY, start, end, score, kind=kind, personal=personal,
                               strength="weak", _key=hash(digits), **own))  # (the same number on several lines is one)


_OWN_PRIVATE_BEFORE = re.compile(r"(?:個人|私用|私物|プライベート)の?(?:携帯|スマホ|電話|番号)(?:番号)?[^0-9\n]{0,8}$")  # (not 私の携帯: a vendor's work one)


# a contact named with their firm in brackets on the number's line (玉城様（沖縄印刷）, Mr Tamaki (Okinawa Print)): the
# firm's line, as a vendor's contact gives it (round 14)
# a private person's label before a landline: the number is that person's, whatever office or firm the form names
# around it (受付方法 電話 ⏎ 相談者：78歳 女性（…） ⏎ 連絡先 0263-… ⏎ 事業者：株式会社…: a consultation card)
_SUBJECT_LABEL = re.compile(r"(?:相談者|申請者|申出者|通報者|対象者|依頼者|届出人|申立人|当事者|被害者|利用者|本人)"
                            r"(?:氏名|名)?[ \t　]*[:：]")


def _subject_label_end(text: str, start: int) -> int:
    """The end of the last private person's label (相談者：…) within 40 characters before a number, or -1."""
    last = None
    for last in _SUBJECT_LABEL.finditer(text, max(0, start - 40), start):
        pass
    return -1 if last is None else last.end()


_FIRM_BRACKET = re.compile(r"[(（][^()（）\n]{0,20}?(?:印刷|商事|商会|商店|工業|工務店|建設|設計|事務所|興業|産業|電機|電設|システム|"
                           r"サービス|(?<![A-Za-z])(?:Print(?:ing)?|Co\.|Ltd\.?|Inc\.?|Corp\.?|Systems|Services|Solutions|Design|"
                           r"Consulting|Construction|Industries)(?![A-Za-z]))[^()（）\n]{0,8}?[)）]")
_FIRM_REACH = 80


def _firm_in_brackets(text: str, start: int) -> bool:
    """A firm named in brackets earlier on the number's line (within _FIRM_REACH characters)."""
    lo = max(text.rfind("\n", max(0, start - _FIRM_REACH), start) + 1, start - _FIRM_REACH)
    return _FIRM_BRACKET.search(text, lo, start) is not None


# a number broken over a line at one of its group boundaries (round 18)
_LINE_BROKEN = re.compile(r"(?<![0-9A-Za-z+])0[0-9]{1,4}(?:[ -]?\n[ ]?|[ -])[0-9]{1,4}(?:[ -]?\n[ ]?|[ -])[0-9]{3,4}(?![0-9])")
_NON_DIGIT = re.compile(r"[^0-9]")
_DIGITS = re.compile(r"[0-9]+")
_FW = str.maketrans("０１２３４５６７８９", "0123456789")
