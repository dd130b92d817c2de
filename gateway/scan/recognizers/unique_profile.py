"""People singled out by the profile their description draws (issue 13, round 24), for the unique_subject recognizer.

A text that never names a resident still points at one when it says enough about them for a neighbour or a colleague
to know who is meant: the man in the green jacket who reads the papers in the library every morning and used to work
at the waterworks; the house by the community hall with a blue tarp on its roof; the father who collapsed in the PTA
tug-of-war at 若葉台小's sports day; the only Nepali mother in 葛尾地区; the youngest male nurse of the ward. No one of
these details identifies; together they do — the way re-identification works with quasi-identifiers.

``profiled_people`` reads each singular person or household noun (男性, おばあちゃん, ご主人, 息子さん, お嫁さん, 方, 人, 看護師,
主査, 家, 世帯, 平屋, man, mother, family …) and the description around it: the sentence before it (Japanese puts its
modifiers first; the sentence before that too when the noun opens a short one), a bracket after it (男性（85歳、3号棟1階の
角部屋）), an age or a uniqueness word in the clause after it (ご主人、60代後半; …ケア児の申込みはこの１件のみ), and for an
English noun the clause after it (the mother who works the night line at the bento factory). It counts the *kinds* of
detail there, each with a tier: an age, a district or a landmark, an incident, an origin, where one lives, a unit (0:
they narrow the field); a street-level place, a present trade or post, a past one, a look, a vehicle with its colour, an
animal, a habit, twins, the subject one teaches (1); a uniqueness word, a school class or a small school, a deed in the
news, a quoted shop (2). Three kinds with one of tier 1, two with one of tier 2, a house by its place and its look, or a
relative of a trade or a post (市長秘書のお兄さん, 第３分団長の次男) single the person out. A plural (方々, たち), alternatives
(犬の散歩や自転車の人: a kind of person) or a phrase quoted to be talked about is no one; unique_subject runs this only where
a sensitive topic word stands, and marks a story's people as examples.

Round 25: more kinds of detail (a shift or the bus one takes to work, a start this year, a workplace's area, a coarse
age, a school district, a facility's spot, a station's team, one of two, a class or a look said in English); a community
group's post after the group's name (第３分団の分団長さん) is one holder; a place left vague (ある地区の…) and the speaker's
title in a minutes' brackets count for nothing. The nouns are found only within their cue's reach (``_REFERENT_CUE``).

Each is a person of the record, never a full name: only a topic about them makes a block.
"""

from __future__ import annotations

from itertools import islice

from gateway.scan import rx as re
from gateway.scan.recognizers._text import cued_finditer

_REFERENT = re.compile(
    r"男性|女性|男の子|女の子|男子(?:生徒|児童)?|女子(?:生徒|児童)?|男児|女児|児童|生徒|園児|おじいさん|おばあさん|おじいちゃん"
    r"|おばあちゃん|おじさん|おばさん|お年寄り|青年|少年|少女|お父さん|お母さん|父親|母親|ご主人|奥さん|奥様|ご子息|ご令嬢|息子さん|娘さん"
    r"|お兄さん|お姉さん|弟さん|妹さん|長男|長女|次男|次女|お嫁さん|お婿さん|きょうだい|兄弟|姉妹|住人|店主|社長|講師|[一-鿿]{0,4}(?:係長|課長|主任|主査|主事|所長|館長|園長|校長|教頭)|[一-鿿ァ-ヺー]{1,6}児(?![童科])|(?<=[るたいのな])方(?![々法針向面式])"
    r"|[一-鿿]{1,6}(?:員|師|士)(?:さん)?(?![一-鿿])|職人(?![一-鿿])|(?<=の)(?:家|世帯|家庭|一家)(?![一-鿿])|(?<=[るた])家(?![一-鿿])|(?<=[てるたの])人(?![一-鿿々])|双子の(?:姉妹|兄弟|姉弟|兄妹)|若?女将|おかみさん|店長|(?:分団長|団長|班長|自治会長|町内会長|区長|組合長|支部長)(?:さん)?|お宅|夫婦|平屋|戸建て?"
    r"|(?i:\b(?:man|woman|guy|lady|gentleman|mother|father|mom|dad|family|household|boy|girl|kid|son|daughter|wife"
    r"|husband|brother|sister|grandson|granddaughter|owner|barber|fisherman|farmer|trainee|volunteer|one)\b)")
# (round 25) its cue: the same alternation with the kanji before a post, a child or a trade's last character dropped, so
# a match holds a cue match at most 6 characters after its start; _REFERENT is tried only there (_text.cued_finditer, the
# same matches), where finditer tried every kanji: it was the scanner's costliest pattern on the realistic prompts
_LEADS = ("[一-鿿]{0,4}(?:係長", "[一-鿿ァ-ヺー]{1,6}児(?!", "[一-鿿]{1,6}(?:員|師|士)")
_REFERENT_CUE = re.compile(_REFERENT.pattern.replace(_LEADS[0], "(?:係長").replace(_LEADS[1], "児(?!")
                           .replace(_LEADS[2], "(?:員|師|士)"))
_REFERENT_REACH = 6
# (round 25) a community group's post, held by one, after the group's name (第４分団の分団長さん): the post names them
_COMMUNITY_HEAD = re.compile(r"(?:分団長|団長|班長|自治会長|町内会長|区長|組合長|支部長)(?:さん)?")
_GROUP_BEFORE = re.compile(r"(?:第?[0-9一二三四五六七八九十]+|[一-鿿ァ-ヺ]{1,6})(?:分団|班|支部|町内会|自治会|老人クラブ|子ども会|消防団|組合)の$")
_VAGUE = re.compile(r"(?<![一-鿿ぁ-ゖ])(?:ある|とある|某)(?:[一-鿿]{1,4})?(?:地区|地域|町|集落|団地|学校|施設|事業所|課|部署)")
_SPEAKER_TAG = re.compile(r"[(（][^()（）\n]{0,16}(?:議員|委員|部長|課長|局長|市長|町長|村長|君)[)）]")
_PLURAL = re.compile(r"たち|達|ら(?![い-ゖ])|方々|の皆|など|全員|同士|[(（][0-9]+名|(?i:s\b)")
# the kinds of detail, by name (pattern, tier): 0 narrows the field (an age, a district, an incident, an origin, a unit, where
# one lives); 1 singles out with two more (a street-level place, a trade or a post, a look, a habit, twins, the subject
# one teaches); 2 singles out with one more (a uniqueness word, a school class, a deed in the news)
_KINDS: dict[str, tuple[re.Pattern[str], int]] = {
    "age": (re.compile(r"[0-9]{1,3}[ ]?(?:歳|才)(?!代)|[1-9]0(?:歳)?代|定年前|定年間近|ベテラン|若手の|[0-9]{1,2}月生まれ|(?<![0-9])[1-6一二三四五六]年生?の(?=男|女)"
                       r"|高齢の|年配の|(?:うち|中)[、]?(?:年長|年上|年下|最年長|最年少)の"  # (r25: 高齢の男性, …のうち、年長の方)
                       r"|(?i:\baged? [0-9]|in (?:his|her) [0-9]0s"
                       r"|\b[0-9]{2}-year-old)"), 0),
    "street": (re.compile(r"丁目|番地|号棟|[0-9A-Z]棟|号室|最上階|(?:の|に)(?:隣|向かい|正面|裏手?|角|[0-9二]階|上の階|そば|横|脇|手前)|脇の"
                r"|(?i:chome|\bopposite\b|\bnext door\b|\bberth\b)"), 1),
    "district": (re.compile(r"集落|団地|地区|商店街|通り(?!に|の方)|駅(?:前|[東西南北]口)|バス停|駐車場|公民館|図書館|交番|川沿い"
                r"|校区|学区|ベンチ|正面玄関|入口|入り口|河川敷|高架下|温泉"  # (r25: 中学校区の出身, 正面玄関のベンチ, 湯ノ沢温泉)
                r"|[一-鿿ァ-ヺ]{0,8}(?:小学校|中学校|高校|保育園|幼稚園|こども園)(?=の|で)|正門|空き地|掲示板|踏切|鳥居|交差点|公園|カーブ|(?<![一-鿿])島(?=で|に|の)"
                r"|[一-鿿ァ-ヺ]{2,6}(?:小|中)(?=の(?:運動会|校庭|体育館|学芸会|保護者|[0-9一二三四五六]年)|に(?:通|在籍))"
                r"|(?i:danchi|\bnear the\b|\bstreet\b|\bby the\b|\bexit\b|\bstation\b)"), 0),
    "trade": (re.compile(r"[一-鿿ぁ-ゖァ-ヺー]{1,8}(?:(?<![家部小母])屋(?![根上外内敷])|店(?!街)|工場|食堂|農園|医院|造園|職人|旅館|民宿)|経営|営んで|勤め|勤務|働いて"
                r"|務め|(?:レジ|売店|受付|売り場|直売所)(?:に|で)(?:いる|立)"
                r"|(?:委員|会長|局長|議員|議長|市議|町議|社長|住職|秘書|教頭|校長|院長|園長|分団長|団長|区長|班長|組合長|支部長|管理人|大家|家主|女将)(?![会団])"
                r"|(?i:\bworks\b|\bworking\b|\bruns\b|\bowner\b|\bowns\b|councillor|\bbarber\b)"), 1),
    # a past trade or post, apart from the present one (道の駅のレジにいる、去年まで市役所で…をしていた女性)
    "past": (re.compile(r"(?<![一-鿿])元[・]?[一-鿿]{2}|元タクシー|以前は|かつて|(?:まで|以前|前は)[^。、\n]{0,24}(?:をして|で働|に勤)"
                r"|(?:昨年度|前年度|去年|昨年)まで[^。、\n]{0,12}(?:課|係|室|部|センター|学校)|前職は"
                r"|[一-鿿]{1,8}(?:課|係|室|局|センター|支所)から(?:来た|来られた|異動|移って)"  # (税務課から来た, round 36)
                r"|(?i:\bformer\b|\bretired\b|\bex-)"), 1),
    "look": (re.compile(r"[赤青黄緑白黒茶紫金銀](?:色の|色い|い|の)(?=[一-鿿ぁ-ゖァ-ヺ])|ピンク|オレンジ|ジャンパー|ひげ|髭|白髪|金髪|坊主頭|帽子"
                r"|キャップ|眼鏡|メガネ|補聴器|羽織袴|ブルーシート|トタン|看板|ステッカー|タトゥー|入れ墨|義手|義足|背の高い|ヤシの木"
                r"|(?i:tattoo|\bbeard\b|hearing aid|glasses|sits by the window|back row|front row"
                r"|(?:red|blue|green|yellow|white|black|orange|pink|purple|brown|grey|gray)(?:-and-[a-z]+|-striped)?\b)"), 1),
    # a vehicle or an animal one is known by, apart from the look (黄色い軽トラで荷台に柴犬乗せて走ってる人)
    # (a vehicle counts with its colour: 黄色い軽トラ, an orange scooter; a wheelchair alone)
    "vehicle": (re.compile(r"車いす|車椅子|[赤青黄緑白黒茶紫金銀橙](?:色の|色い|い|の)[^。、\n]{0,4}?(?:軽トラ|トラック|ワゴン|バイク|自転車|スクーター|車)"
                r"|(?i:wheelchair|(?:red|blue|green|yellow|white|black|orange|pink|silver)(?:-[a-z]+)?[ ](?:[a-z]+[ ])?"
                r"(?:bike|bicycle|truck|trawler|boat|scooter|van|car)\b)"), 1),
    "animal": (re.compile(r"犬|猫|ヤギ|(?i:\bdogs?\b|\bcats?\b)"), 1),
    "incident": (re.compile(r"倒れ|搬送|救急車|当日は|事故|火事|保護され|逮捕|補導|優勝|表彰|運動会|転入|着任|Uターン|引っ越して|異動してきた|から復帰|刑務所を出|出所し|育休明け|新採用|新規採用|新任|新人"
                r"|電話(?:して|をくれ|があった|してきた)|(?:今年|今月|先月|昨年|去年)[0-9]{0,2}月?から(?:勤務|働|勤め)"
                # (a colleague by when they came: 去年税務課から来た, 去年10月に入った人, 今年4月に来た再任用の方, round 36)
                r"|(?:去年|昨年|今年|今春|昨春|[0-9０-９]{1,2}月)(?:に|から|の)?[^。、\n]{0,10}?(?:来た|来られた|入った|入られた|入庁|配属され|異動して)"
                r"|(?i:\barrested\b|\bcollapsed\b)"), 0),
    # (round 36) a colleague's terms of employment: few in a unit hold them (再任用, 会計年度の若い男性)
    "terms": (re.compile(r"(?:再任用|会計年度(?:任用)?(?:職員|の)|任期付|臨時(?:職員|的任用)|嘱託|非常勤|育休代替|パートの"
                r"|週[0-9０-９一二三四]日(?:勤務|だけ|のみ))(?![一-鿿]{0,8}制度)"), 1),  # (not 再任用短時間勤務制度)
    # (round 36) a colleague's duty in the unit, the years they have served, where they sit (庶務担当の方（採用3年目…）,
    # 窓口の一番奥の席の主査): a unit has one of each
    "duty": (re.compile(r"[一-鿿]{1,6}担当(?:の|で)(?=[^。\n]{0,16}?(?:方|人|職員|主査|主事|主任|係長|男性|女性))"
                r"|(?:採用|入庁|入職)[0-9０-９一二三四五六七八九十]{1,2}年目|(?:奥|手前|窓側|窓際|廊下側|通路側|端|入口側)(?:の[一-鿿]{1,3})?の(?:席|机)"
                r"|[(（][^()（）\n]{0,12}担当[、,)）]"), 1),  # (奥の窓際の席の主査（家屋評価担当、…）)
    "news": (re.compile(r"(?:ニュース|新聞|テレビ|番組|院内報|広報紙|庁内報|報道)(?:に|で)も?[^。\n]{0,16}?(?:載|出た|出てい|取り上げ|紹介|報じ|特集)"
                r"|(?:新聞|テレビ|ニュース)にも[^。\n]{0,8}?出る|載って|載った|報道された"), 2),
    # (a shift one works, the bus one takes to work: 夜勤のピッキングを担当, 送迎バス利用, round 25)
    "habit": (re.compile(r"毎朝|毎晩|毎日|毎週|毎年|いつも|土日に|週末に|のたびに|夜勤|早番|遅番|送迎バス|[月火水木金土日]曜(?:日)?(?:だけ|のみ)"
                r"|(?i:every (?:morning|day|week|night)|\balways\b|night shift)"), 1),
    "unique": (re.compile(r"唯一|ただ(?:一人|ひとり)|(?:[1１一]|ひと)(?:人|り|名|世帯|軒|件|家族|家|組)(?:だけ|のみ|しか)|(?:で|の)[1１一](?:名|人)[)）]"
                r"|[1１一]名(?:配置|体制)|いちばん|一番|最年長|最高齢|最年少|(?i:\bthe only\b)"
                r"|(?:集落|地区|村|町内|島|団地|商店街|市内|県内)で(?:最後|唯一)の|同じ条件の[^。\n]{0,6}(?:はいない|いません)"
                r"|(?:ほか|他)に(?:い|居)ない|(?:は|が)(?:本件|この件|この世帯|この家庭)(?:のみ|だけ)"
                r"|(?:[2２二]|ふた)(?:人|り|名)(?:しか|だけ)[^。\n]{0,24}?うち"
                r"|(?:一人|ひとり)で(?:回して|担当して|こなして|やって|見て)"), 2),  # (…を一人で回してくれている方, r36)  # (市内に２人しかいない…のうち、年長の方: r25)
    # a business named in quotes (駅前通りの「丸八酒店」のおばあちゃん): its household is one
    "quoted_shop": (re.compile(r"[「『][^」』\n]{1,16}(?:店|屋|商店|食堂|医院|工房|農園|旅館|荘|堂|亭)[」』]の?$"), 2),
    "origin": (re.compile(r"出身|国籍|(?i:filipin|nepal|brazil|vietnam|peru|indones|sri lank|bangladesh|myanmar)"), 0),
    "twins": (re.compile(r"双子|夫婦と[^。\n]{0,6}(?:男の子|女の子|子ども)|(?i:\btwins\b)"), 1),
    "dwelling": (re.compile(r"住んで|住む|住まい|住み始め|住み着|暮らして|暮らす|寝泊まり|(?i:\blives\b|\bliving\b)"), 0),
    # (round 36) siblings by their grades at one school (南小学校の3年と5年のきょうだい): few pairs fit
    "siblings": (re.compile(r"[0-9０-９一二三四五六]年(?:生)?と[0-9０-９一二三四五六]年(?:生)?の(?:きょうだい|兄弟|姉妹|姉弟|兄妹)"), 2),
    "class": (re.compile(r"[0-9一二三四五六]年[0-9A-Z一二三四五六七八九十]{1,2}組|[ぁ-ゖ一-鿿]{1,4}(?<![取番骨枠仕])組(?![合織み])|[0-9]歳児クラス"
                r"|全校(?:児童|生徒)?[ ]?[0-9]{1,2}(?:人|名)"  # (a small school: 東ヶ丘小（全校42人）)
                r"|(?i:\bin (?:your|her|his|my|the) class\b|\b(?:class|grade) [0-9][-‐ ]?[A-Z]\b|\bin [1-6][-‐][A-F]\b)"), 2),
    "unit": (re.compile(r"[一-鿿]{1,8}(?:課|係|病棟|署|分団|支所|分校|出張所)(?:窓口)?(?:の|で|、)|[一-鿿ァ-ヺー]{1,8}(?:エリア|ライン|班)(?:担当|の|で)"
                r"|[一-鿿]{1,6}(?:署|隊)(?=[ 　)）、])"), 0),
    "subject": (re.compile(r"(?:国語|数学|算数|理科|社会科?|英語|音楽|美術|体育|技術|家庭科|保健体育)(?:科)?の(?=[^。\n]{0,12}?(?:先生|教諭|講師|教員))"), 1),
}
_ALTERNATIVES = re.compile(r"(?<=[一-鿿ァ-ヺー])や(?=[一-鿿ァ-ヺ])|など|とか")
# what a relative is said to be of (議員の長男, 市長秘書のお兄さん, ＰＴＡ会長のご子息): a trade or a post singles them out
_RELATIVE = frozenset(("お兄さん", "お姉さん", "弟さん", "妹さん", "ご子息", "ご令嬢", "息子さん", "娘さん", "長男", "長女", "次男", "次女",
                       "お嫁さん", "お婿さん",
                       "奥さん", "奥様", "ご主人", "お父さん", "お母さん", "父親", "母親"))
_RELATIVE_OF = re.compile(r"(?:" + _KINDS["trade"][0].pattern + r"|" + _KINDS["past"][0].pattern + r")"
                          r"(?:[(（][^()（）。\n]{0,24}[)）])?[^。、,\n私僕俺(（]{0,12}?の$")  # (not 議員の私の長男)
# …and after a Japanese noun, what its clause goes on to say: a uniqueness word (…ケア児の申込みはこの１件のみ) or an age
_TAIL = 20
_TAIL_STOP = re.compile(r"[、。\n「『)）]")
_BEFORE = 120  # characters of the sentence before the noun read as its description
_SHORT = 12  # …and of the sentence before that when the noun opens its own
_TAIL_AGE = re.compile(r"[、 ]?(?:[0-9]{1,3}[ ]?(?:歳|才)|[1-9]0代)|[(（][0-9]{1,3}[)）]")  # an age right after it: 、60代, (82)
_HOUSE = frozenset("家宅屋戸")  # a house (家, お宅, 平屋, 戸建て) is singled out by its place and its look
_AFTER_LATIN = 110  # an English noun's clause after it (the mother who works the night line …)
_MAX = 48
TRIGGERS = ("男性", "女性", "男の子", "女の子", "男子", "女子", "男児", "女児", "児童", "生徒", "園児", "おじいさん", "おばあさん",
            "おじいちゃん", "おばあちゃん", "お年寄り", "青年", "少年", "少女", "お父さん", "お母さん", "父親", "母親", "ご主人",
            "奥さん", "奥様", "ご子息", "ご令嬢", "息子さん", "娘さん", "お兄さん", "お姉さん", "弟さん", "妹さん", "長男", "長女",
            "次男", "次女", "住人", "店主", "社長", "講師", "児", "方", "係長", "課長", "主任", "主査", "主事", "所長", "館長",
            "園長", "校長", "教頭", "人", "職人", "お嫁さん", "お婿さん", "員", "師", "士", "家", "宅", "世帯", "夫婦", "平屋", "戸建",
            "man", "woman", "guy", "lady", "mother", "father", "mom", "dad", "family", "household", "boy", "girl", "kid",
            "son", "daughter", "wife", "husband", "brother", "sister", "owner", "barber", "fisherman", "farmer", "trainee",
            "volunteer", "the one", "おじさん", "おばさん", "双子", "女将", "おかみさん", "店長", "団長", "班長", "自治会長", "町内会長",
            "区長", "組合長", "支部長", "きょうだい", "兄弟", "姉妹")


def _span(text: str, m: re.Match[str]) -> tuple[int, int]:
    """The description of the noun ``m``: its sentence before it and a bracket after it (Japanese), or its clause after
    it (English)."""
    s, e = m.start(), m.end()
    lo = max(s - _BEFORE, text.rfind("。", max(0, s - _BEFORE), s), text.rfind("\n", max(0, s - _BEFORE), s))
    if s - lo <= _SHORT and text[lo:lo + 1] == "。":  # (…東ヶ丘小（全校42人）教頭先生から。5年の男の子: the sentence before too)
        lo = max(s - _BEFORE, text.rfind("。", max(0, s - _BEFORE), lo), text.rfind("\n", max(0, s - _BEFORE), lo))
    if m.group().isascii():
        stops = [i for i in (text.find(".", e, e + _AFTER_LATIN), text.find("\n", e, e + _AFTER_LATIN)) if i >= 0]
        return lo + 1, min(stops, default=min(len(text), e + _AFTER_LATIN))
    hi = e
    if text.startswith(("(", "（"), hi):
        close = min((i for i in (text.find(")", hi, hi + 40), text.find("）", hi, hi + 40)) if i >= 0), default=-1)
        hi = close + 1 if close > 0 else hi
    return lo + 1, hi


def profiled_people(text: str):
    """(start, end) of each person or household noun whose description holds enough kinds of detail (see above)."""
    for m in islice(cued_finditer(_REFERENT, _REFERENT_CUE, _REFERENT_REACH, text), _MAX):
        if _PLURAL.match(text, m.end()) is not None or m.group().endswith(("委員", "議員")):
            continue  # (乾委員から、…: a member named by their seat, round 25)
        lo, hi = _span(text, m)
        s, e = m.span()  # (the noun itself is no detail: 平屋 is no trade)
        if _COMMUNITY_HEAD.fullmatch(m.group()) and _GROUP_BEFORE.search(text, max(0, s - 12), s) is not None:
            yield s, e
            continue
        if _ALTERNATIVES.search(text, max(lo, s - 20), s) is not None:
            continue  # (犬の散歩や自転車の人: a kind of person, one or another, in a guide's list of signs)
        kinds = {k for k, (rx, _) in _KINDS.items() if rx.search(text, lo, e if k == "subject" else s) is not None
                 or (e < hi and rx.search(text, e, hi) is not None)}  # (the subject taught looks ahead to the noun)
        if _VAGUE.search(text, lo, s) is not None:
            kinds -= {"district", "street", "unit"}  # (ある地区の高齢の方: a place left unsaid on purpose, round 25)
        if "trade" in kinds and _KINDS["trade"][0].search(_SPEAKER_TAG.sub("", text[lo:s])) is None and (
                e >= hi or _KINDS["trade"][0].search(text, e, hi) is None):
            kinds.discard("trade")  # (◆14番（片桐 智子議員）: the speaker's title, not the person described)
        if not m.group().isascii():
            stop = _TAIL_STOP.search(text, hi, hi + _TAIL)
            tail = stop.start() if stop is not None else min(len(text), hi + _TAIL)
            if _KINDS["unique"][0].search(text, hi, tail) is not None:
                kinds.add("unique")  # (…ケア児の申込みはこの１件のみ)
            if _TAIL_AGE.match(text, hi) is not None or _TAIL_AGE.match(text, e) is not None:
                kinds.add("age")  # (対象：…のご主人、60代後半; 男性（82）)
        tier = max((_KINDS[k][1] for k in kinds), default=-1)
        house = m.group()[-1] in _HOUSE or m.group().startswith("戸建")
        if (len(kinds) >= 3 and tier >= 1) or (len(kinds) >= 2 and (tier == 2 or (house and tier >= 1))) or (
                m.group() in _RELATIVE and _RELATIVE_OF.search(text, max(lo, s - 30), s) is not None):
            yield s, e
