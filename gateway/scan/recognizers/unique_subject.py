"""PERSON (form ``unique``): the unnamed or pseudonymised subject of a case whose description singles them out
(issue 13, round 17) — 対象者：Ｘ氏 87歳 男性（集落の単身高齢男性は本人のみ）, 対象生徒 …の女子生徒。吹奏楽部で唯一のチューバ
担当. An anonymised case record, a draft report "written so no one can be identified", still points at one person
when it says that no one else fits: whatever it says about their health or their troubles is that person's.

* A uniqueness cue: 唯一の, ただ一人(の), 一人だけ, 一人しかいない, or a count that leaves one (うち…は本人のみ).
* A subject within ``_REACH`` characters before it in the same paragraph: a record's subject label (対象者, 対象生徒,
  対象児童, 当該生徒 …), a pseudonym (Ｘ氏, Aさん, B君) or a pupil by sex (女子生徒, 男子児童).

Like a subject named by a record number (record_number.py) it is a person of the record, not a full name: never
counted in a roster. A public text's "唯一の" (本市で唯一の公立病院) has no such subject before it.

Round 18 (the hard middle): the cue before the person it singles out (当本部で唯一の女性救急救命士, 地区に１世帯だけ住む…
ご家庭, 一軒だけ残ってる鍛冶屋のおじいちゃん, the only fourth grader), a shop named by its trade before the cue (駅前の酒屋さん
（北口で1軒しかない…）), a subject label before a child's class (対象児童：ちゅうりっぷ組…), and a person described by
their class (2年3組の窓側の席で補聴器をつけている女子生徒), their post in a club (サッカー部キャプテン) or in a unit with a
note about them (総務課の係長（今年度、育休から復帰した方）), the one who filed a petition (請願の代表者), or a relative of the
one holder of a public post (副市長のご長男). Each is a person of the record; only a topic about them makes a block.

Round 21 (people identified without their name): a group's count that leaves one before the subject (第5分団（団員14名、
うち女性は1名）の女性団員), the one applicant or household (応募は本人のみ, 地区で事業をしているのはここだけ), "the only …" with
any qualifiers, a patient by ward and room with their age (東4病棟 412-B 入院中の方（78歳男性）), the one pupil of a small
school's grade (3年（1名）の回答), a hamlet's household after its count of homes (柿ノ木沢地区（全部で9軒） ⏎ …一人暮らし、84才),
a relative of a household known by role or trade (元消防団長さんとこ、息子さん; 酒屋（「やまぶき酒店」）さんちの次男), and a
household by its house name heading a list item (屋号: ・カネ十（かねじゅう）さん：…), a shop's keeper named by the
shop and described by age or sex (「かもめ理容店」の店主（70代男性…）, round 22).

Round 23: a pupil by a school's class (…４年１組に在籍する女児), a relative of the office's own post (教育部長の次女, 校長先生の
長男), a business named in quotes and its keeper or relative (「クリーニング松風」の店主の母親, 「喫茶すずらん」のマスター), a keeper
a bracket describes, a unit's one post holder described in a bracket, a record's subject named by post (被処分予定者：…課長);
and, through ``unique_described``, a uniqueness cue said of any person noun and people singled out by a description.

Round 24: through ``unique_profile``, any person or household noun whose description holds enough kinds of detail (the
profile it draws: an age, a place, a trade, a look, a habit, a uniqueness word …), where a sensitive topic word stands; a
description quoted to be talked about (「…自治会長の奥さん」のような書き方) is no one, whichever pass read it.

Round 33 (a village's and a ward's people): the family of a place a village has one of (お寺（…寺）の奥さん, 診療所の先生の
ところの娘さん), a house known by its name in quotes or by the landmark beside it (…の裏の家のじいちゃん), a resident by room
(302号室の入居者, 3号棟203の…お母さん) and a housing table's rows (``_room_rows``), a patient by ward, room and age and a
patient's JSON record by bed, a pupil by a recent transfer and grade or a twin by class, a family business in quotes with
さん; nothing of a role play's cast or a story (``fiction``).
"""

from __future__ import annotations

from itertools import islice

from presidio_analyzer import RecognizerResult

from gateway.scan import rx as re
from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._matter_questions import quiz_text
from gateway.scan.public_council import council_record
from gateway.scan.recognizers._table_rows import cells, rows_under
from gateway.scan.recognizers._text import cued_finditer
from gateway.scan.recognizers.person_shapes import fiction, fiction_examples
from gateway.scan.recognizers.sensitive_personal_info import KEYWORDS
from gateway.scan.recognizers.unique_described import DESCRIBED_TRIGGERS, described_people, nearest_person_noun
from gateway.scan.recognizers.unique_profile import TRIGGERS as PROFILE_TRIGGERS, profiled_people

_CUE = re.compile(r"唯一(?:の|、|(?=[一-鿿ァ-ヺ]))|ただ(?:一人|ひとり)|(?:[1１]人|一人|ひとり)(?:だけ|しかいな)"
                  r"|(?:[1１一]つ|一か所|1か所)(?:だけ|しかな)|(?i:the only one|only one (?:we have|in the|at the|on the))"  # (r23)
                  r"|(?:(?:うち|中)[^。\n]{0,16}?)?(?:は|が)本人のみ|(?:は|が)(?:ここ|この(?:世帯|家|店|方|人))(?:だけ|のみ|しかな)"
                  r"|(?:彼|彼女)[1１]人|[1１]人のみ|(?:知らない|知らぬ)(?:人|者)(?:が|は)いない"
                  r"|[1１一](?:軒|店)(?:しかな|だけ|のみ)"  # (唯一ドローン測量を手がける, 北口で1軒しかない: round 18)
                  r"|[1１一]名(?:のみ|だけ|しかいな)|(?:は|が)(?:彼|彼女|この子|その子)(?:だけ|のみ|しかいな)")  # (調理員は１名のみ, 外国籍は彼だけ: r22)
TRIGGERS = ("only one", "つだけ", "つしかな", "か所だけ", "か所しかな", "唯一", "ただ一人", "ただひとり", "一人だけ", "ひとりだけ", "一人しかいな", "ひとりしかいな", "本人のみ", "軒しかな",
            "ここだけ", "ここのみ", "ここしかな", "この世帯", "この家", "この店", "この方", "この人",
            "1人だけ", "1人しかいな", "彼1人", "彼女1人", "1人のみ",
            "軒だけ", "軒のみ", "彼だけ", "彼女だけ", "子だけ", "1名のみ", "1名だけ", "一名のみ", "一名だけ", "1名しかいな")
_SUBJECT = re.compile(r"対象(?:者|生徒|児童|園児|職員|の(?:生徒|児童|方)|(?=[ 　]?[:：]))|当該(?:生徒|児童|園児|職員|利用者|者)|"
                      r"(?:応募|申請|受験|志願|相談)者|"  # (応募者：1名（この区分の応募は本人のみ）, round 21)
                      r"(?<![A-Za-z])[A-Z](?:氏|さん|君|くん|ちゃん)|(?:女子|男子)(?:生徒|児童)"
                      r"|[一-鿿ァ-ヺー]{1,6}屋さん|[一-鿿ァ-ヺー]{1,6}(?:店|商店)の(?:店主|主人|経営者)"  # (駅前の酒屋さん, r18)
                      r"|[一-鿿]{1,6}(?:師|士|員|職員)さん|再任用職員|会計年度任用職員|(?:彼|彼女)(?=[は1１一])"
                      # (a post's holder named by the post before the count: 調理員は１名のみ; the child said so: 車いすの子って…一人だけ)
                      r"|[一-鿿]{1,6}(?:師|士|員)(?=は)|(?<=の)子(?=って|は|が)|(?:男|女)の子")
_REACH = 240
_BAND_NOTE = re.compile(r"[(（][0-9]{2}[ ]?歳?代[・、 ]?$")
_ITEM_START = re.compile(r"[ \t　]*(?:[・･●○◆■□*\-－]|[0-9]{1,2}[.)．）])")
_ANY_TOPIC = frozenset(w.lower() for w in KEYWORDS)  # (a described person counts only with a topic: unique_profile)
_PROFILE_SET = frozenset(w.lower() for w in PROFILE_TRIGGERS)
_MAX = 16
# (round 18) the cue before the subject it singles out: 当本部で唯一の女性救急救命士（…）, 地区に１世帯だけ住んでいるブラジル国籍の
# ご家庭, the only fourth grader; or a record's subject label followed by the child's class (対象児童：ちゅうりっぷ組（３歳児…）
_CUE_THEN_SUBJECT = re.compile(
    r"(?:唯一の|ただ(?:一人|ひとり)[の、]|最年長の|最年少の|最高齢の|[1１一](?:人|名|世帯|家族|軒|店)(?:だけ|のみ|しかいない|配置)(?:の|で)?"
    # (a group's count that leaves one: 第5分団（団員14名、うち女性は1名）の女性団員, round 21)
    # (a bracketed note may stand between: 村内で唯一のガソリンスタンド（県道沿い、農協の向かい）の経営者, round 29)
    r"|(?:うち|中)[^。\n、()（）]{0,10}?(?:は|が)[ ]?[1１一][ ]?(?:名|人)(?:のみ|だけ)?[)）]?(?:の|で)?)[^。\n、(（]{0,24}?"
    r"(?:[(（][^()（）\n]{1,24}[)）][^。\n、(（]{0,6}?)?"
    r"(?P<s>(?:女性|男性|女子|男子)?(?:[一-鿿]{1,6}(?:士|師|員|官|職員|教諭|生徒|児童|園児)|係長|課長補佐|課長|主査|主任|主事|ご?家庭|世帯|ご?家族|外国人|高齢者|男性|女性|先生|"
    r"おじいちゃん|おばあちゃん|おじいさん|おばあさん|お年寄り|店主|ご主人|主人|奥さん|長女|長男|次女|次男|娘|息子|経営者|オーナー|店長))"
    # (any qualifiers before the noun: the only Vietnamese technical intern, round 21)
    r"|(?i:\bthe only (?:[a-z]+[ -]){0,3}?"
    r"(?P<e>student|pupil|grader|child|girl|boy|resident|woman|man|employee|staff member|nurse|teacher|family|household"
    r"|intern|trainee|worker|member|officer|volunteer|applicant|patient|tenant|caregiver|driver|alt|cir))\b")
_SUBJECT_CLASS = re.compile(r"(?P<s>対象(?:児童|生徒|園児|児))(?:[ ]?[:：][ ]?|[ 　]+)(?:[^\n]{0,12}?)(?:[0-9一二三四五六]年[ ]?[0-9一二三四五六七八九十]{1,2}組|"
                            r"[ぁ-ゖァ-ヺ一-鿿]{1,6}組|[0-9]歳児クラス)")
# (round 18) a person described by their class, their post in a club, or their post in a unit with a note about them:
# 2年3組の窓側の席で補聴器をつけている女子生徒, 3年生のサッカー部キャプテン, 総務課の係長（今年度、育休から復帰した方）
_DESCRIBED = re.compile(
    r"[0-9一二三四五六]年[0-9一二三四五六七八九十]{1,2}組(?:の|に在籍(?:する|している|中の|の)|、)[、]?[^。\n]{0,40}?"
    r"(?P<s>(?:女子|男子)(?:生徒|児童|(?=[でがは、]))|女の子|男の子|女児|男児|双子の(?:弟|兄|姉|妹))"  # (…4年1組に在籍する女児, r23; 3年2組、双子の弟, r33)
    # a child by the facility and its class, and a detail (みどり保育園 年長組、4人きょうだいの末っ子（5歳・男児）)
    # (or attending it: すみれ保育園に通う年長の兄弟, round 33)
    r"|(?:(?:保育園|保育所|幼稚園|こども園)(?:に通う|に在籍する|に在園する)?[ 　]?(?:[一-鿿ぁ-ゖァ-ヺ]{1,5}組|年長組?|年中組?|年少組?)"
    r"|(?:年長|年中|年少)[ 　]?[ぁ-ゖァ-ヺ一-鿿]{1,5}組)"
    r"[、 　の]?[^。\n]{0,24}?"  # (or the year and the class's name alone: 年長すみれ組の男の子, round 32)
    r"(?P<f>末っ子|長男|長女|次男|次女|男児|女児|男の子|女の子|兄弟|姉妹|きょうだい|兄妹|姉弟|双子)(?!たち|達|ら|の皆|のいる|がいる)"
    # a resident by district and a landmark or a way of life (柳原台2丁目の、公民館の裏で…一人暮らしのおばあちゃん; うちの隣の家
    # （…の角地…）に高齢の姉妹)
    r"|(?:[一-鿿ァ-ヺ]{1,8}(?:[0-9０-９一二三四五六七八九]丁目|町|台|丘|地区|集落)の|隣の家|向かいの家|裏の家|隣家)[、（(]?"
    r"[^。\n]{0,40}?(?:の裏|の隣|の向かい|の角|の前|沿い|のそば|一人暮らし|独居|角地|屋根)[^。\n]{0,24}?"
    r"(?P<h>おばあちゃん|おじいちゃん|おばあさん|おじいさん|お年寄り|高齢の(?:男性|女性|姉妹|兄弟|夫婦|方)|姉妹|兄弟|ご夫婦)"
    r"(?!たち|達|ら|の皆|方々)"
    r"|(?:[0-9一二三]年生?の)?[一-鿿ァ-ヺー]{1,8}(?:部|クラブ|チーム|少年団)(?:の|で)?(?P<c>キャプテン|主将|副部長|エース|リーダー)"
    r"|(?:[一-鿿]{1,8}(?:課|係|室|署|センター|所)|うち)(?:の|[ 　](?=[一-鿿]{0,4}(?:係長|課長補佐|主査|課長|所長|室長|班長)[ 　]?[（(][0-9]))"
    r"(?:[一-鿿]{1,4}?)?(?P<p>係長|課長補佐|主査|主任|主事|課長|所長|室長|班長|担当者)"  # (…課 収納係長（52歳、…）: by age, r29)
    # (or a note ending in who they are: 給食センターの調理主任（町から派遣の男性）, 診療所の所長（…内科の先生）: r29)
    # (never an age band, the published form that names nobody: 市民課 主査（40代男性）)
    # (…unless more details follow the band: 下水道課の主任（40代男性、9月までは道路課、自宅は…）; …係の係長（40代男性、この4月に本庁の
    # 健康政策課から異動）, round 33)
    r"[ 　]?[（(](?:(?![^（()）\n]{0,12}[0-9]{2}[ ]?歳?代)(?:[^（()）\n]{2,30}(?:方|人|職員|男性|女性|先生)(?:です|でした)?|[0-9]{2}[ ]?歳[^（()）\n]{0,24})"
    r"|[^（()）\n、]{0,12}[0-9]{2}[ ]?歳?代[^（()）\n、]{0,8}(?:、[^（()）\n、]{8,30}|(?:、[^（()）\n、]{2,30}){2,4}))[)）]"
    # (or a relative clause before the unit saying who they are: 4月に県から来てもらった企画調整係の係長ですが、…: round 30)
    r"|(?<=[たる])[一-鿿ァ-ヺ]{1,10}(?:課|係|室|班|センター|事務所)の(?P<v>係長|課長補佐|課長|所長|室長|班長|主査|主任|主事)"
    r"(?=(?:さん)?(?:ですが|のことですが|の件|は|が|、))"
    # the family of a place a village has one of (お寺（光明寺）の奥さん, 診療所の先生のところの下の娘さん: round 33)
    r"|(?:お寺|寺|神社|お宮|診療所|医院|駐在所|郵便局|[一-鿿ァ-ヺー]{1,8}(?:寺|神社|医院|診療所))(?:さん)?(?:[(（][^()（）\n]{1,12}[)）])?の"
    r"(?:(?:先生|住職|ご住職|宮司|局長|駐在さん)(?:のところの|のとこの|んとこの|の))?(?:上の|下の|一番上の|末の)?"
    r"(?P<inst>奥さん|奥様|ご主人|旦那さん|娘さん|息子さん|お嬢さん|おばあちゃん|おじいちゃん|お嫁さん|長男|長女|次男|次女|先生|住職|ご住職|宮司)"
    r"(?!たち|達|方|がた|ら(?![れ])|の皆|方々|に相談|に聞)"
    # a patient by ward, room and age (3東 312号 窓側 82歳男性), a pupil by a recent transfer and grade (7月に県外から転入してきた
    # 4年生の兄: round 33)
    r"|(?P<ward>(?<![0-9])[1-9][0-9]?[東西南北](?:病棟)?[ 　]?[0-9]{3}(?:号室?|-[0-9A-Z])?(?:[ 　][^\s、。]{1,4})?[ 　][0-9]{1,3}歳(?:男性|女性)?)"
    r"|(?:県外|市外|町外|海外|[一-鿿]{1,6})から転入(?:してきた|した)[^。\n]{0,12}?(?P<tr>[1-6一二三四五六]年生?の?(?:兄|姉|弟|妹|男子|女子|男児|女児|児童|生徒))"
    # a household by the landmark beside its house (郵便局の裏の家のじいちゃん: round 33)
    r"|[一-鿿ァ-ヺー]{1,10}の(?:裏|隣|向かい|前|横)の(?:家|お宅|うち)の(?P<nb>じいちゃん|ばあちゃん|おじいちゃん|おばあちゃん|おじいさん|"
    r"おばあさん|奥さん|ご主人|息子さん|娘さん|旦那さん|お年寄り)(?!たち|達|ら|の皆|方々)"
    # a resident by the room they live in (302号室の入居者, 402号室の奥さん: round 33)
    r"|(?:[0-9]{1,2}号棟[ 　]?[0-9]{3,4}(?:号室)?|[0-9]{3,4}号室)の(?:若い|高齢の|年配の|ご高齢の)?"  # (3号棟203の若いお母さん)
    r"(?P<room>入居者|住人|居住者|方|世帯|奥さん|奥様|ご主人|旦那さん|おばあさん|おじいさん|お母さん|お父さん|男性|女性)(?!たち|達|ら|の皆|方々)"
    # a family business named in quotes with さん (「民宿ささ舟」さんにお願いしていたが、ご主人が…: round 33)
    r"|(?P<shop>[「『][^」』\n]{1,16}[」』]さん)(?=に|が|は|の|から|へ|と|、)"
    # the one who filed a petition or a request (請願の代表者は元市職員で…): named by the document they filed
    r"|(?P<r>(?:請願|陳情|要望書?|署名活動|申立て?|審査請求)の(?:代表者|筆頭者|提出者|請求人))"
    # the relative of the one holder of a public post (副市長のご長男（38歳…）): identified through them
    # or of a person named by surname and title (松浦氏の長男, 村瀬会長のお嬢さん, 議員の秋津さん's child: round 18)
    # (or said as their household: 元消防団長さんとこ、息子さんが…, 会長さんちの娘さん: round 21)
    r"|(?:副?(?:市|町|村)長|教育長|副?議長|副?知事|(?<![一-鿿])議員|"
    # (the holder of a one-off local post, past or present: 郵便局長さんのところの上の娘さん, 町長だった方のお母さん, 住職の長男)
    r"[一-鿿]{0,6}(?:局長|住職|宮司|駐在|組合長|区長|町長|村長|部長|課長|所長|署長|室長|校長|教頭|園長|院長|館長|支配人|支所長)(?:さん|さま|先生)?(?:だった(?:方|人))?"
    r"(?:のところ|のとこ|ん家|の家)?|"  # (the office's own 教育部長の次女, round 23)
    r"[一-鿿]{1,4}(?:選手|監督|投手|関|師匠|画伯)(?:さん)?|"  # (a public figure known by name: 蓮沼選手の実兄, round 31)
    r"[「『][^」』\n]{1,16}[」』]の?(?:店主|ご主人|主人|経営者|オーナー|店長)(?:さん)?|"  # (「クリーニング松風」の店主の母親, r23)
    r"(?:PTA|ＰＴＡ|自治会|町内会|老人会|子ども会)会?長(?:さん|さま)?(?:だった(?:方|人))?(?:宅|のところ|のとこ|ん家|の家)?|[一-鿿]{1,4}(?:[(（][^()（）\n]{1,16}[)）])?[ 　]?(?:氏|さん|様|会長|議員|議長|社長|理事長|院長|校長))"
    r"(?:さん|さま|先生)?(?:の|宅の|の?とこ(?:ろ)?(?:[(（][^()（）\n]{1,16}[)）])?[の、]{0,2}|ち[の、]?)[ 　]?(?:義理の|実の)?(?:上の|下の|一番上の|末の)?(?:ご|御|お)?"  # (議員の義理のお母さん, round 22)
    r"(?P<k>長男|長女|次男|次女|三男|三女|息子さん|息子|娘さん|娘|お嬢さん|妻|夫|奥様|奥さん|ご主人|夫人|甥|姪|実兄|実弟|実姉|実妹|"
    r"子さん|子様|子ども|子供|"  # (PTA会長さんのお子さん（男子）, round 33)
    r"父親?|母親?|母さん|父さん|兄|弟|姉|妹|孫)(?![一-鿿ァ-ヺ])"
    # (round 22) the head of the one institution of its kind in the area (市内に一か所しかない産婦人科（…）の院長)
    r"|(?:[1１一](?:か所|ヶ所|カ所|つ|軒)(?:しかない|しかな|だけの|だけある))[^。\n]{0,40}?の(?P<u>院長|校長|園長|店主|主人|住職|局長|医師|経営者)"
    # (round 21) a household by its house name heading a list item (屋号: ・カネ十（かねじゅう）さん：ご主人が人工透析…)
    r"|(?:^|(?<=\n))[ \t　]{0,8}(?:[・･*●○-][ \t　]{0,8})?(?!皆|お客|業者|担当|先生|みな|会長|班長|みんな|各|職員|司会|市民|住民|保護者|事務局)"
    r"(?P<y>[^\s:：、。()（）・]{1,6}(?:[(（][ぁ-ゖァ-ヺー]{2,8}[)）])?(?:さん|ちゃん|様))[ 　]?[:：]"
    # (round 21) a patient by ward and room with their age (東4病棟 412-B 入院中の方（78歳男性）, 615号室に入院中（52歳、男性）)
    r"|(?P<w>(?:病棟|病室)[ 　]?[0-9]{2,4}(?:号室|号|-[A-Z0-9]{1,2})?[ 　]?(?:に|で)?入院中?(?:の(?:方|患者さん?|男性|女性))?)"
    r"(?=[ 　]?[(（][0-9]{1,3}[ ]?歳)"
    # (round 31) a facility's resident by room, described by age or sex (207号室の入居者（女性、90代、要介護4）)
    r"|(?P<rm>[0-9]{3,4}号室(?:の|に入居中?の|に入所中?の)(?:入居者|入所者|利用者|方|男性|女性|患者さん?))"
    r"(?=[ 　]?[(（][^()（）\n]{0,8}?(?:[0-9]{2}代|[0-9]{1,3}[ ]?(?:歳|才)|男性|女性))"
    # (round 22) a shop's keeper named by the shop, described with an age or a sex (「かもめ理容店」の店主（70代男性、…）)
    r"|(?:[「『][^」』\n]{1,16}[」』]|[一-鿿ぁ-ゖァ-ヺー]{1,10}(?:舎|屋|堂|亭|庵|工房|商店|食堂|店))(?:の)?[ 　]?(?:二代目|三代目|先代|元)?"
    r"(?P<o>店主|経営者|ご主人|主人|おかみ|女将|マスター|オーナー|大将|店長)"
    r"(?=[ 　]?[(（][^()（）\n]{0,10}?(?:[0-9]{2}代|[0-9]{1,3}[ ]?(?:歳|才)|男性|女性)|[ 　]?[(（][0-9]{2,3}[)）]"
    r"|[ 　]?[(（][^()（）\n]{0,16}?(?:「[^」\n]{1,10}」|で通って|と呼ばれ))"  # (its nickname: （…「タコ親父」で通っている方）, r32)
    # (round 23) a business named in quotes, its keeper with no age needed (「喫茶すずらん」のマスター, 「みやした農園」（…）の経営者)
    r"|[「『][^」』\n]{0,14}(?:整骨院|接骨院|医院|クリニック|歯科|治療院|鍼灸院)[」』][の、][ 　]?(?P<cl>院長)"  # (a small clinic's, r32)
    r"|[「『][^」』\n]{1,16}[」』](?:[(（][^()（）\n]{1,24}[)）])?の[ 　]?(?P<q>店主|経営者|ご主人|マスター|オーナー|店長|若先生|女将|おかみ|大将|ママ|社長"
    r"|おばあちゃん|おじいちゃん|おばあさん|おじいさん|お嫁さん|奥さん|娘さん|息子さん"  # (a house by its name: 「かじや」の…, r33)
    # (its cook or clerk, described by age or sex: ネパール料理店「ヒマラヤ」のコックさん（30代男性…）, round 32)
    r"|(?:コック|板前|店員|従業員|調理師)(?:さん)?(?=[ 　]?[(（][^()（）\n]{0,10}?(?:[0-9]{2}代|[0-9]{1,3}[ ]?(?:歳|才)|男性|女性)))"
    # (round 23) a record's subject named by their post, one holder of it (被処分予定者：財務部 資産税課長（50代男性）)
    r"|(?:被処分(?:予定)?者|処分対象者|対象職員|当該職員|被評価者|被面談者|休職者|被災職員|"
    # (a harassment case's parties by unit and post: 相談者：資産税課 家屋係 主事（入庁2年目…）, 行為者とされる者：…課長補佐, r30)
    r"相談者|行為者(?:とされる者)?|申立人|被申立人)[ 　]?[:：][ 　]?(?:[一-鿿ァ-ヺー]{1,10}(?:[ 　]|の)){0,2}"
    r"(?P<z>[一-鿿ァ-ヺ]{0,10}(?:課長補佐|課長|部長|所長|校長|園長|館長|室長|係長|センター長|署長|局長|次長|参事|班長)"
    # (a post several hold, with an age band, is the published form: 主任（30代男性）)
    r"|[一-鿿ァ-ヺ]{0,10}(?:主事|主査|主任|主幹|技師)(?![ 　]?[(（][^()（）\n]{0,4}[0-9]{2}[ ]?歳?代))"
    r"(?![ 　][一-鿿々]{1,4}(?:[ 　\n(（]|$))"  # (named after the post, 係長 志摩: the name rules read them, round 41)
    # (round 35) a post's one holder as what a chat is about (課長補佐の件、聞いてる？ ⏎ 補佐、…離婚調停中なんだって)
    r"|(?:^|(?<=[ \t:：、]))(?P<pk>課長補佐|係長|主査|所長|室長|館長|園長|副課長)(?=の(?:件|こと)[、,。？?])"
    # (round 35) a pupil by class and number (3-2の14番の子)
    r"|(?:[1-6]-[1-9]|[1-6]年[1-9]組)の(?P<sn>[0-9]{1,2}番)(?=の(?:子|生徒|児童|女子|男子|男の子|女の子))"
    # (or a child of a household by their class at a named school: B家　長女（北条中1年2組）)
    r"|(?P<kc>長女|長男|次女|次男|三女|三男)(?=[ 　]?[(（][^()（）\n]{1,12}?[0-9１-９一二三四五六]年[ 　]?[0-9１-９]{1,2}組[)）])"
    # (round 35) a meeting's subject by a unit and its post after a bare 対象： (対象：税務課 市民税係 係長（K.M.）), not a group
    r"|対象[ 　]?[:：][ 　]?(?:[一-鿿ァ-ヺー]{1,10}(?:課|係|室|センター|事務所|館|支所)(?:[ 　]|の)){1,2}"
    r"(?P<tz>課長補佐|課長|所長|室長|係長|主事|主査|主任|主幹|技師)(?=[ 　]*(?:[(（][A-ZＡ-Ｚ]|\n|$"
    r"|[(（][^()（）\n]{0,40}?(?:年目|入庁|採用|休職|病休|育休|療養)))"  # (…主任（男性、入庁8年目、…から休職中）, r36)
    # (round 23) the holder of a unit's one post described in a bracket (西部環境センターの現センター長（技術職・勤続28年…）)
    r"|[一-鿿ァ-ヺ]{1,12}(?:課|係|室|署|センター|事務所|館|園|学校|支所)の(?:現|前|元)?"
    r"(?P<x>(?:センター|事務所|支所)長|所長|館長|園長|校長|課長|署長|室長|係長)[ 　]?"
    r"(?=[(（][^()（）\n]{0,30}?(?:勤続|[0-9]{2}[ ]?(?:歳|才)|年目|入庁|職・|技術職|事務職))"
    # (round 23) a named shop whose keeper a bracket describes (「そば処 かわせみ」（個人事業。店主は60代の男性…）)
    r"|[「『][^」』\n]{1,16}[」』][ 　]?[(（](?:[^()（）\n]{0,12}?[。、,])?[ ]?(?P<d>店主|経営者|ご主人|オーナー|店長)(?:は|が)"
    r"[^()（）\n]{0,4}?(?:[0-9]{2}代|[0-9]{1,3}[ ]?(?:歳|才)|男性|女性)"
    # a grade's one pupil in a small school's answers (山際分校（全校児童6名）… 3年（1名）の回答)
    r"|(?P<g>(?<![0-9])[1-6一二三四五六]年生?[ 　]?[(（][ ]?(?:在籍|児童|生徒)?[1１一][ ]?(?:名|人)[ ]?[)）])"  # (（在籍1名）: r33)
    # a household of a hamlet whose count of homes is given (東谷集落（全部で7軒） ⏎ ・坂の上の…一人暮らし、88才)
    # (not a housing estate's vacancies by floor plan: 汐入団地（1LDK・単身可 2戸）, a recruitment notice: round 29)
    r"|(?:地区|集落|小字|部落|班|町内|団地)[ 　]?[(（](?![^()（）\n]{0,6}[0-9][SLDK]{1,3})[^()（）\n]{0,6}?(?:全部で|全|計)?[ ]?(?:[1-9]|[12][0-9]|[一二三四五六七八九十]{1,2})[ ]?"
    r"(?:軒|世帯|戸)[^()（）\n]{0,8}[)）](?:(?!\n\n)[^。]|。(?!\n\n)){0,80}?(?P<t>一人暮らし|ひとり暮らし|独居|単身(?![可向用])|[0-9]{2}[ ]?(?:才|歳)|[0-9]{2}代の?(?:男性|女性))")
_NICKNAME = re.compile(r"「([ァ-ヺー]{1,4}(?:さん|ちゃん|くん))」")
# (round 30) a unit's head, one person, as the subject of a sentence about their own absence, health or discipline
# (北口出張所の所長が10月21日から出勤していない…), not of their work (…の所長が説明します)
_HEAD_SUBJECT = re.compile(
    r"[一-鿿ァ-ヺ]{1,12}(?:課|係|室|署|センター|事務所|出張所|支所|館|園|学校|所)の(?P<p>(?:センター|事務所|支所)長|所長|館長|園長|"
    r"校長|課長|係長|室長|署長)(?:が|は|から)(?=[^。\n]{0,40}(?:出勤していない|出勤できない|休んでいる|入院|療養|休職|病気休暇|診断|"
    r"依存症|懲戒|処分を|逮捕|不祥事|介護休暇|介護休業|育児休業|休暇の申請|休暇を申請))")
# (round 25) a word every match of _DESCRIBED holds at most _DESCRIBED_REACH characters after its start (its longest
# lead: a district, a landmark and a detail before the household noun, 82): _DESCRIBED is tried only before these
# (_text.cued_finditer, the same matches), where finditer tried every kanji of the text: a quarter of the realistic
# prompts' scan time went to it. tests/unit/scan/recognizers/test_unique_subject.py checks the two agree on the corpora.
_DESCRIBED_CUE = re.compile(
    r"番の(?:子|生徒|児童|女子|男子|男の子|女の子)|(?:長|主査|補佐)の(?:件|こと)[、,。？?]|組(?:の|に在籍)|保育園|保育所|幼稚園|こども園|病棟|病室|号室の|号室に入"
    r"|(?:おばあちゃん|おじいちゃん|おばあさん|おじいさん|お年寄り|高齢の(?:男性|女性|姉妹|兄弟|夫婦|方)|姉妹|兄弟|ご夫婦)"
    r"(?!たち|達|ら|の皆|方々)"
    r"|(?:部|クラブ|チーム|少年団)(?:の|で)?(?:キャプテン|主将|副部長|エース|リーダー)"
    r"|(?:課|係|室|署|センター|事務所|館|園|学校|支所)の(?:現|前|元)?(?:係長|課長補佐|主査|主任|主事|課長|所長|室長|班長|担当者"
    r"|(?:センター|事務所|支所)長|館長|園長|校長|署長)"
    r"|(?:係長|課長補佐|主査|主任|課長|所長|室長|班長)[ ]?[(（]"
    r"|(?:請願|陳情|要望書?|署名活動|申立て?|審査請求)の"
    r"|[のこち、][ 　]?(?:義理の|実の)?(?:上の|下の|一番上の|末の)?(?:ご|御|お)?(?:長男|長女|次男|次女|三男|三女|息子さん|息子|娘さん|娘"
    r"|お嬢さん|妻|夫|奥様|奥さん|ご主人|夫人|甥|姪|父親?|母親?|母さん|父さん|兄|弟|姉|妹|孫|実兄|実弟|実姉|実妹|子さん|子様|子ども|子供)(?![一-鿿ァ-ヺ])"
    r"|[1１一](?:か所|ヶ所|カ所|つ|軒)(?:しかない|しかな|だけの|だけある)"
    r"|(?:さん|ちゃん|様)[ 　]?[:：]"
    r"|店主|経営者|ご主人|主人|おかみ|女将|マスター|オーナー|大将|店長|ママ|社長|若先生|院長|コック|板前|店員|従業員|調理師"
    r"|被処分|処分対象者|対象職員|当該職員|被評価者|被面談者|休職者|被災職員|相談者|行為者|申立人|対象[ 　]?[:：]"
    r"|[」』][ 　]?[(（]|年生?[ 　]?[(（]"
    r"|(?:地区|集落|小字|部落|班|町内|団地)[ 　]?[(（]|号棟[ 　]?[0-9]|[」』]さん(?:に|が|は|の|から|へ|と|、)"
    r"|(?:寺|神社|お宮|診療所|医院|駐在所|郵便局)(?:さん)?(?:[(（][^()（）\n]{1,12}[)）])?の|の(?:家|お宅|うち)の|から転入"
    r"|[東西南北](?:病棟)?[ 　]?[0-9]{3}")
_DESCRIBED_REACH = 90
_CLASS_NUMBER = re.compile(r"(?:[1-6]-[1-9]|[1-6]年[1-9]組)担任[ \t]*[:：][ \t]*(?P<s>[0-9]{1,2}番)(?![0-9地線号])")
_BED_RECORD = re.compile(r"\"(?:bed|bed_no|bed_number)\"[ \t]*:[ \t]*\"?(?P<s>[0-9]{2,4}(?:-[0-9A-Z]{1,2})?)\"?(?=[ \t]*,[^{}\n]{0,80}\"(?:age|sex|dx)\")",
                         re.IGNORECASE)
_SEAT_RECORD = re.compile(r"\"(?:class|class_no|kumi|組)\"[ \t]*:[ \t]*\"?[0-9]{1,2}\"?[ \t]*,[ \t]*"
                          r"(?P<s>\"(?:seat_no|seat|seat_number|shusseki_no|出席番号)\"[ \t]*:[ \t]*\"?[0-9]{1,2}\"?)")
TRIGGERS_AFTER = (
    "唯一の", "ただ一人の", "ただひとりの", "人だけ", "名だけ", "世帯だけ", "家族だけ", "人のみ", "世帯のみ", "軒だけ", "店だけ",
    "最年長の", "最年少の", "知らない人", "the only", "は1名", "が1名", "は1人", "が1人", "は一人", "は一名", "名しかいない", "人しかいない", "席\t", "担任:", "担任 :", "\"seat", "\"shusseki", "出席番号\"",
    "対象児童", "対象生徒", "対象園児", "対象児", "組の", "保育園", "保育所", "幼稚園", "こども園",
    "キャプテン", "主将", "副部長", "エース", "リーダー", "係長", "課長補佐", "主査", "主任", "主事", "所長", "室長", "班長", "担当者",
    "の代表者", "の筆頭者", "の提出者", "の請求人", "号室の",
    "会長さん宅", "会長宅", "長の", "長のご", "知事の", "住職の", "宮司の", "駐在", "長さんの", "長さんとこ", "長だった", "最高齢の", "氏の", "さんの", "会長の", "議員の", "社長の",
    "丁目の", "隣の家", "向かいの家", "隣家", "さんとこ", "さんち",
    "しかない", "だけの", "だけある", "店主", "経営者", "主人", "舎の", "屋の", "堂の", "工房の", "おかみ", "女将", "マスター", "オーナー", "大将", "店長",
    "のコック", "の板前", "の調理師",
    "病棟", "病室", "組に在籍", "若先生", "院長", "集落", "小字", "処分予定者", "被処分者", "処分対象者", "対象職員", "当該職員", "対象:", "組)", "番の子", "番の生徒", "番の児童", "長の件", "佐の件", "査の件", "長のこと", "被評価者", "休職者", "被災職員", "相談者", "行為者", "申立人", "センター長", "館長", "園長", "校長", "署長", "年(1名)", "年(1人)", "年生(1名)", "年(在籍1名)", "号棟", "」さん", "の家の", "のお宅の", "のうちの", "から転入", "歳男性", "歳女性", "\"bed", "お寺", "寺の", "神社の", "診療所の", "医院の", "駐在所の", "郵便局の", "」の", "軒)", "世帯)", "戸)", "さん:", "ちゃん:", "様:",
)


# (more quoted phrases may follow before the verb: 「…唯一の薬局の店主」「…ただ一人の外国籍児童」のように書いた場合, round 23)
_PHRASE_AFTER = re.compile(r"[」』](?:[、・]?[「『][^」』\n]{1,40}[」』]){0,4}(?:と|という|って|のよう|のような|など|の(?:表現|言い方|書き方))")


def _quoted_phrase(text: str, p: int) -> bool:
    """The cue at ``p`` stands in a quoted phrase that the text talks about (『…唯一の…』と書いたら)."""
    q = max(text.rfind("『", max(0, p - 40), p), text.rfind("「", max(0, p - 40), p))
    if q < 0 or any(c in text[q:p] for c in "』」\n"):
        return False
    close = min((i for i in (text.find("』", p, p + 60), text.find("」", p, p + 60)) if i >= 0), default=-1)
    return close >= 0 and _PHRASE_AFTER.match(text, close) is not None


class UniqueSubjectRecognizer(AigwRecognizer):
    ENTITY = "PERSON"
    TRIGGER_WORDS = TRIGGERS + TRIGGERS_AFTER + DESCRIBED_TRIGGERS + PROFILE_TRIGGERS

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        # complexity: one guarded pass per shape of the module docstring (cues, described people, nicknames, unit heads,
        # profiles), each bounded by _MAX; the quiz and quoted-phrase filters close them
        text = ctx.text
        out: list[RecognizerResult] = []
        seen: set[int] = set()
        for cue in islice(_CUE.finditer(text), _MAX):
            if _quoted_phrase(text, cue.start()):
                continue  # 『○○地区の唯一の商店のおばあちゃん』と書いたら: a phrase talked about (round 22)
            lo = max(0, cue.start() - _REACH)
            blank = text.rfind("\n\n", lo, cue.start())
            subject = None
            for subject in _SUBJECT.finditer(text, blank + 2 if blank >= 0 else lo, cue.start()):
                break  # the first subject of the paragraph before the cue
            if subject is None:  # (round 23) the person the cue is said of, named by any person noun close before it
                ls = text.rfind("\n", 0, cue.start()) + 1  # (in a list item: on its own line, not an answer above's note,
                item = _ITEM_START.match(text, ls) is not None  # ・…（40代女性） ⏎ ・病児保育が市内に１か所しかない: r29)
                subject = nearest_person_noun(text, max(lo, blank + 2 if blank >= 0 else lo, ls if item else 0), cue.start())
            if subject is None or subject.start() in seen or _BAND_NOTE.search(text, max(0, subject.start() - 6), subject.start()):
                continue  # (a respondent's note, an age band and a sex: …１か所しかない（30代男性）, round 29)
            seen.update((subject.start(), cue.start()))  # (the cue's own subject: not read again after it)
            out.append(self._unique(subject.start(), subject.end()))
        if any(w in ctx.hits for w in TRIGGERS_AFTER + DESCRIBED_TRIGGERS):
            for m in islice(_CUE_THEN_SUBJECT.finditer(text), _MAX):
                g = "s" if m.group("s") else "e"
                if m.start(g) not in seen and m.start() not in seen and not _quoted_phrase(text, m.start()):
                    seen.add(m.start(g))
                    out.append(self._unique(m.start(g), m.end(g)))
            for m in islice(_SUBJECT_CLASS.finditer(text), _MAX):
                if m.start("s") not in seen:
                    out.append(self._unique(m.start("s"), m.end()))
            out.extend(self._unique(s, e) for s, e in described_people(text))  # (unique_described, round 23)
            for m in islice(cued_finditer(_DESCRIBED, _DESCRIBED_CUE, _DESCRIBED_REACH, text), _MAX):
                g = m.lastgroup  # (each alternative holds one named group, and no other group)
                out.append(self._unique(m.start() if g in ("c", "p") else m.start(g), m.end(g) if g != "p" else m.end()))
        if "seat" in ctx.lower or "出席番号\"" in text:  # a pupil's record by class and seat ({"class": 2, "seat_no": 9}, r32)
            out.extend(self._unique(m.start("s"), m.end("s")) for m in islice(_SEAT_RECORD.finditer(text), _MAX))
        if "\"bed" in ctx.lower:  # a patient's record by ward and bed ({"ward": "5西", "bed": "512-2", "age": 47, …}, r33)
            out.extend(self._unique(m.start("s"), m.end("s")) for m in islice(_BED_RECORD.finditer(text), _MAX))
        if "席\t" in text:  # a class's seating chart: a row a pupil (5年1組 座席 ⏎ 席⇥性別⇥配慮事項 ⏎ A-3⇥男⇥…, r32)
            out.extend(self._unique(s_, e_) for s_, e_ in _seat_rows(text))
        if "号室" in text:  # a dwelling a row under a building's heading (棟⇥号室⇥滞納月数⇥備考 ⏎ A⇥203⇥…, round 33)
            out.extend(self._unique(s_, e_) for s_, e_ in _room_rows(text))
        if "担任" in text:  # a pupil by number after the class's teacher (3-1担任: 22番、今週も…休み, round 32)
            out.extend(self._unique(m.start("s"), m.end("s")) for m in islice(_CLASS_NUMBER.finditer(text), _MAX))
        if "さん」" in text or "ちゃん」" in text:  # a nickname in quotes (収集2班の「ヤマさん」, round 30): one known person
            out.extend(self._unique(m.start(1), m.end(1)) for m in islice(_NICKNAME.finditer(text), _MAX))
        if "長が" in text or "長は" in text or "長から" in text:  # (北口出張所の所長が…入院している, round 30)
            out.extend(self._unique(m.start("p"), m.end("p")) for m in islice(_HEAD_SUBJECT.finditer(text), _MAX))
        # (unique_profile, round 24: only with a sensitive topic in the text, the one thing that makes such a person count)
        if not _ANY_TOPIC.isdisjoint(ctx.hits) and not _PROFILE_SET.isdisjoint(ctx.hits):
            profiled = [self._unique(s, e) for s, e in profiled_people(text)]  # (quoted phrases: filtered below)
            fiction_examples(profiled, text, ctx.hits)  # (a story's people: examples)
            out.extend(profiled)
        if out and (quiz_text(text) or fiction(text, ctx.hits) or ("君" in text and council_record(text))):
            return []  # (a quiz's options describe kinds of records, no one: …の委嘱者名簿, r31; a role play's Bさん, a council's
            # published record naming its members with 君 — 精神障害のある方を…対象とするグループホームは現在1か所 — r33)
        return [r for r in out if not _quoted_phrase(text, r.start)]  # (「…自治会長の奥さん」のような書き方: a phrase talked about)

    def _unique(self, s: int, e: int) -> RecognizerResult:
        return self.result(self.ENTITY, s, e, 0.7, form="unique", full_name=False, honorific=None, label=True,
                           official=False, staff=False, strength="medium")


_SEAT_HEADER = re.compile(r"(?m)^[ \t]*(?:席|座席|席番号|出席番号)[ \t]*\t")
_CLASS_HEADING = re.compile(r"[1-6]年[ ]?[1-9]組|[1-6]-[1-9]組")
_SEAT_CELL = re.compile(r"[ \t]*([A-Za-z]?-?[0-9]{1,2})\t")
_SEAT_ROWS = 60  # rows read under one header


def _seat_rows(text: str):
    """The seat cells of a seating chart's rows: a header opening with a seat column under a class's heading (the rows
    walked by _table_rows.rows_under, as record_number.seat_rows walks a class list's)."""
    for h in islice(_SEAT_HEADER.finditer(text), 4):
        head_end = text.find("\n", h.end())
        if head_end < 0 or _CLASS_HEADING.search(text, max(0, h.start() - 120), h.start()) is None:
            continue
        for start, line, _row in rows_under(text, head_end, _SEAT_ROWS):
            if (m := _SEAT_CELL.match(line)) is None:
                break
            yield start + m.start(1), start + m.end(1)


_ROOM_HEADER = re.compile(r"(?m)^[^\n]{0,60}?(?<![^\t|,])[ 　]*(?:号室|部屋番号|室番号)[ 　]*(?=[\t|,])[^\n]*$")
_HOUSING_HEADING = re.compile(r"団地|住宅|ハイツ|マンション|アパート|コーポ|荘|寮|号棟")
_ROOM_CELL = re.compile(r"[0-9]{2,4}(?:号室?)?")


def _room_rows(text: str):
    """The room cells of a table of dwellings: a header with a room column (号室) under a heading that names the
    housing (市営…住宅, …団地) — each row one household."""
    for h in islice(_ROOM_HEADER.finditer(text), 4):
        if _HOUSING_HEADING.search(text, max(0, h.start() - 200), h.start()) is None:
            continue
        col = next((k for k, c in enumerate(cells(h.group())) if c in ("号室", "部屋番号", "室番号")), None)
        for start, line, row in rows_under(text, h.end(), _SEAT_ROWS):
            if col is None or col >= len(row) or _ROOM_CELL.fullmatch(row[col]) is None:
                break
            k = line.find(row[col], sum(len(c) for c in row[:col]) + col - 1 if col else 0)
            if k >= 0:
                yield start + k, start + k + len(row[col])
