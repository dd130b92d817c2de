"""Official notices (issue 13, round 13): a numbered notice of the city (``汐見台市告示第171号``, ``…公告第47号``) that
says it is given under a law (``…の規定により…告示する``) publishes, by that law, the parties it names with their
addresses: the representative of a residents' body it authorised (代表者の氏名及び住所), the holder of a permit, an
applicant, a business's officer. Such a name is public in that notice -> ``official``
(``public_context="official_notice"``), unless a personal partner (a mobile, a free-mail address, a full birth date)
or a sensitive topic stands on its line, or the text says it is not public (非公開, 取扱注意, 公表前 …).

Published registers (round 14): a list the text says the office or an authority publishes (市ホームページで公開, 選挙管理
委員会が公表している, 条例に基づき公開, 閲覧に供している) prints its people with what it publishes of them — a landline
(民生委員 listed with their consent to the number), a town without a street number (政治資金収支報告書's donors). A name
on such a line with nothing else — no mobile, free mail or birth date, no street address, no number labelled private,
no identifier, no topic — is public there -> ``official`` (``public_context="published_register"``), and the landline
and the town beside it are not personal; unless the text says it is not public or speaks of the people as someone's
charges (預かった連絡先, 見守り, 訪問予定, 対象者, 利用者). A securities report's officers
(代表取締役社長 …, 監査役 …) are printed with their birth dates: on a row opened by such a title the birth date is an entry.

News reports (round 14): a text quoting a news report (新聞記事, 地元紙, 11月30日付, 報道によると) names a suspect or a
defendant as the press does (古川 正人容疑者（45）, …被告): that name is the report's -> ``official``, not staff
(``public_context="news_report"``), unless a personal partner stands on its line or the text says it was not reported
(報道されていない, 報道前, 内密) or is not public.

``PUBLISHED_LIST`` (moved here from public_context, round 40): the words of a published list — honours, results, donors
who agreed to be named, a release to the press, a 広報 feature, a residents' body's or a facility's newsletter — that
public_context reads before it treats a list's people as published.
"""

from __future__ import annotations

from gateway.scan import rx as re
from collections.abc import Iterable

from gateway.scan.public_lines import HitLike as _HitLike, line_start as _line_start

_MARKERS = ("告示第", "公告第", "公示第")  # (a literal first: texts without a numbered notice pay one find each)
# the notice's own heading line: 汐見台市告示第171号 / 北原町公告第3号 (not a citation inside a sentence)
_HEADING = re.compile(r"(?m)^[ \t　]*[^\s。、「」]{0,16}?(?:告示|公告|公示)第[0-9]{1,5}号[ \t　]*$")
# the notice's clause citing its law: …の規定により、…を次のとおり告示する / 公告する
_CLAUSE = re.compile(r"の規定により[^。]{0,160}?(?:告示|公告|公示)(?:する|します)")
# a list said to be published (not a request to publish it: 公開したい, 掲載する予定 are no such statement)
_REGISTER_WORDS = ("公開", "公表", "掲載", "閲覧に供")
_REGISTER = re.compile(r"(?:ホームページ|HP|ウェブサイト|ウエブサイト|公式サイト|サイト|官報|公報|[A-Z]{3,}|Web|web|ウェブ)[^\n。]{0,6}?(?:で|に|にて)[^\n。]{0,4}?"
                       r"(?:公開|公表|掲載)(?:し(?:てい|た(?![いくら]))|され|中|済|[、,）)])|"
                       r"公表(?:している|されている|された|済み?の|資料)|(?:条例|法律?|要領|要綱|規程|規則)に基づき(?:公開|公表)|閲覧に供|"
                       # (…で公開済みの幹部職員名簿, 公表するもので: round 15)
                       r"(?:公開|公表|掲載)済み?(?:の|です|で)|(?:公開|公表)(?:する|している)もの|"
                       r"(?:公開|掲載)中の(?:表|一覧|名簿|リスト|ページ|内容)|"  # (下の公開中の表（地区・氏名のみ掲載）, r33)
                       # (a newsletter already handed out, what it prints: 自治会だより…（…全戸配布済み）, 掲載しております: r29)
                       r"(?:だより|便り|会報|通信)[^\n。]{0,16}?(?:配布|発行)済み|掲載して(?:おります|います)")
# the people listed are someone's charges, not the register's (見守りをお願いされている方の連絡先を預かりました, 訪問予定,
# 対象者, 利用者): a published list may be named in passing
_RECORD_CUE = re.compile(r"預か|見守り|対象者|訪問(?:予定|先|記録)|要支援|要援護|受給|滞納|利用者|入所者|入居者|患者|相談者|世帯員")
_REGISTER_ENTITIES = frozenset({"PERSON", "PHONE_NUMBER", "JP_ADDRESS", "JP_POSTAL_CODE"})
# a company officer's row (代表取締役社長 …, 社外監査役 …): a securities report publishes the officer's birth date
_OFFICER_ROW = re.compile(r"[ \t　]*(?:代表取締役|代表執行役|社外取締役|取締役|社外監査役|常勤監査役|監査役|執行役員?)")
# a news report (新聞記事, 地元紙, 11月30日付, 報道によると) naming a suspect or a defendant as the press does (…容疑者,
# …被告): the name is the newspaper's, not a record's, unless the text says it was not reported or is not public
_NEWS_WORDS = ("容疑者", "被告")
_NEWS = re.compile(r"新聞|地元紙|全国紙|[0-9]{1,2}日付|朝刊|夕刊|報道によると|ニュース記事|(?:ネット|ウェブ|Web)ニュース|通信社|電子版|スポーツ紙|"
                   r"(?i:news (?:article|report|story)|newspaper|reported by)")
_NEWS_SUFFIX = re.compile(r"[ ]?(?:容疑者|被告人?|元被告)")
# …or a public figure the report names by their sport's post (…・遠矢 蓮（とおや れん）投手（26）が…手術を受けた, round 40)
_FIGURE_SUFFIX = re.compile(r"(?:[ ]?[(（][^()（）\n]{1,12}[)）])?[ ]?(?:投手|捕手|内野手|外野手|選手|監督|コーチ|力士|棋士|騎手)")
_FIGURE_WORDS = ("投手", "捕手", "選手", "監督", "コーチ", "力士", "棋士", "騎手")
_UNREPORTED = re.compile(r"報道(?:は)?され(?:てい|ており)?(?:ない|ません)|未報道|報道前|まだ報道|内密|内々")
# the office's own release, made (報道発表資料, 記者会見で発表, プレスリリース; round 15): not one still to be decided or drafted
# (its heading at a line's start: 報道発表資料（…記者会見で発表）, プレスリリース, Press release)
_PRESS = re.compile(r"^[ \t　【\[]*(?:報道発表|記者発表|報道資料|プレスリリース|(?i:press release|media release))"
                    r"(?!(?:する|します|すべき|予定|の(?:準備|可否|予定)))", re.MULTILINE)
_PRESS_MADE = re.compile(r"(?:発表|公表|掲載|配布|資料提供)(?:済|しました|した|された|されました|しています|している)|"
                         r"記者会見で(?:発表|公表)|(?i:was released|were released|released on|issued on)")
_PRESS_DRAFT = re.compile(r"[(（]案[)）]|下書き|草案|ドラフト|(?i:draft)|発表前|未発表|かどうか")
_NOT_PUBLIC = re.compile(r"非公開|取扱注意|取り扱い注意|部外秘|内部限り|庁内限り|公表前|未公表|機密")


# published lists: honours, results, donors who agreed to be named (not candidates or drafts)
PUBLISHED_LIST = re.compile(r"表彰|受賞|受章|功労|叙勲|褒章|栄誉賞|入賞|優勝|区間賞|大会新記録|おめでとう(?!の一言|と(?:一言|伝え))|掲載に同意|掲載の同意|"
                             r"掲載は[^\n。]{0,8}同意|掲載同意(?:あり|有り|済み?|を得)|同意済み?|同意を得て|掲載を(?:ご)?希望|掲載希望|委員名簿|委員一覧|構成員名簿|委員構成|"
                             r"ご寄[附付]ありがとう|ご芳名|感謝状|贈呈式|を贈呈|"
                             # a list the office has already released to the press (round 10)
                             r"報道発表(?:済み?|資料|された|しました|[】\]])|公表済み|"
                             # a 広報 article or feature about residents who agreed to be interviewed
                             r"広報(?:[^\n。]{0,14}号|の[^\n。]{0,12}(?:欄|コーナー))|特集|連載|インタビュー記事|[市区町村県]政だより|[市区町村]報|議会だより|"
                             # (a newsletter of a residents' body or a facility: 自治会だより, 図書館だより6月号, 地区だより用の文章, r40)
                             # (not a school's or a nurse's room's: its child's matter is no feature, ほけんだより, r27)
                             r"(?:自治会|町内会|町会|地区|公民館|図書館|協議会|振興会|センター)(?:だより|便り)|会報|庁内報|職員報|"
                             r"記者発表(?:済み?|された|しました)|"
                             r"[」』](?:コーナー|欄)[^\n。]{0,6}(?:今月号|先月号|来月号|[0-9]{1,2}月号)|"  # (「すくすく赤ちゃん」コーナー、今月号, r23)
                             r"(?i:published (?:list|roster|directory|committee)|(?:committee|council|board) members|[0-9]{4}[–-][0-9]{2,4} term)|"
                             # a published obituary column (with the family's consent)
                             r"おくやみ欄|お悔やみ欄|訃報欄|了承済み?の?掲載|掲載[^\n。]{0,8}了承|"
                             # (a list the office's site carries, or its release copied: round 30)
                             r"(?:ホームページ|HP|ウェブサイト|Webサイト|公式サイト)(?:で|に|上で)(?:公開|掲載|公表)(?:している|されている|中|済み?)|"
                             r"(?:HP|ホームページ)の発表資料|[(（]発表[)）]|公開されている一覧|[(（]公表用[)）]|"
                             r"[(（][^()（）\n]{0,6}(?:ホームページ|HP|ウェブサイト|Webサイト)(?:掲載|公開)(?:用|分|済み?)?[)）]|"
                             r"(?:ホームページ|HP|ウェブサイト|Webサイト)(?:に|へ)(?:載せる|掲載する)(?:名簿|一覧|委員)")  # (…に載せる名簿（公表用）, r36)


def published_notices(text: str, hits: Iterable[_HitLike], partner_lines: set[int], labelled: set[int]) -> None:
    """The names a numbered notice, a published register or a quoted news report makes public."""
    hits = list(hits)
    notice_parties(text, hits, partner_lines)
    published_registers(text, hits, partner_lines, labelled)
    news_reports(text, hits, partner_lines)
    news_clippings(text, hits, partner_lines)
    press_releases(text, hits, partner_lines)
    rescue_releases(text, hits)


def notice_parties(text: str, hits: Iterable[_HitLike], partner_lines: set[int]) -> None:
    """Names in a numbered notice given under a law are the parties it publishes."""
    hits = list(hits)
    names = [h for h in hits if h.entity == "PERSON" and not h.meta.get("official")]
    if not names or not any(m in text for m in _MARKERS):
        return
    if _HEADING.search(text) is None or _CLAUSE.search(text) is None or _NOT_PUBLIC.search(text) is not None:
        return
    topic_lines = {h.line for h in hits if h.entity == "SENSITIVE_PERSONAL_INFO" and not h.meta.get("informational")}
    for h in names:
        if h.line not in partner_lines and h.line not in topic_lines:
            h.meta["official"] = True
            h.meta["public_context"] = "official_notice"


def published_registers(text: str, hits: Iterable[_HitLike], partner_lines: set[int],
                        labelled: set[int]) -> None:
    """Names in a list said to be published, on lines that hold only a landline or a town: the register's entries."""
    hits = list(hits)
    if not any(h.entity == "PERSON" and not h.meta.get("official") for h in hits) \
            or not any(w in text for w in _REGISTER_WORDS):
        return
    if _REGISTER.search(text) is None or _NOT_PUBLIC.search(text) is not None or _charges_near(text, hits):
        return
    officers = {h.line for h in hits if h.entity == "DATE_OF_BIRTH" and _OFFICER_ROW.match(text, _line_start(text, h.start))}
    busy = labelled | {h.line for h in hits if not _register_entry(h) and not (
        h.entity == "DATE_OF_BIRTH" and h.line in officers)}
    busy |= partner_lines - officers
    for h in hits:
        if h.line in busy or h.entity == "PERSON" and h.meta.get("official"):
            continue
        if h.entity == "PERSON":
            h.meta["official"] = True
        elif h.entity == "PHONE_NUMBER" and h.meta.get("kind") != "mobile":
            h.meta["personal"] = False
        else:
            h.meta["informational"] = True
        h.meta["public_context"] = "published_register"


def _charges_near(text: str, hits: list[_HitLike]) -> bool:
    """A word of someone's charges (見守り, 利用者 …) in the text, not inside a quoted remark (a debate's 「…利用者の利便性
    も高まる」 under a published vote list, round 15)."""
    for m in _RECORD_CUE.finditer(text):
        ls = max(m.start() - 400, text.rfind("\n", max(0, m.start() - 400), m.start()) + 1, 0)
        if text.count("「", ls, m.start()) <= text.count("」", ls, m.start()):
            return True
    return False


def _register_entry(h: _HitLike) -> bool:
    """What a published register prints of a person: a name, a landline, a town (not a street address)."""
    if h.entity not in _REGISTER_ENTITIES or h.meta.get("informational"):
        return h.entity in _REGISTER_ENTITIES  # (a finding already explained stays out of the way)
    if h.entity == "PHONE_NUMBER":
        return h.meta.get("kind") != "mobile"
    return h.entity != "JP_ADDRESS" or h.meta.get("level") != "street"


def _as_published(h: _HitLike, context: str) -> None:
    """A name the press or the office's own release prints: in office as far as this text goes, not staff."""
    h.meta["official"] = True
    h.meta["staff"] = False
    h.meta["public_context"] = context


def news_reports(text: str, hits: Iterable[_HitLike], partner_lines: set[int]) -> None:
    """Names a quoted news report gives as a suspect's or a defendant's (…容疑者（45）), or a public figure's by their
    sport's post (…投手（26）が…手術を受けた): the report's, not a record's."""
    if not any(w in text for w in _NEWS_WORDS + _FIGURE_WORDS) or _NEWS.search(text) is None:
        return
    if _UNREPORTED.search(text) is not None or _NOT_PUBLIC.search(text) is not None:
        return
    for h in hits:
        if h.entity == "PERSON" and h.line not in partner_lines and (
                _NEWS_SUFFIX.match(text, h.end) or _FIGURE_SUFFIX.match(text, h.end) or text[h.start:h.end].endswith(_FIGURE_WORDS)):
            _as_published(h, "news_report")


# (round 40) a news article pasted under its source line (【東海日報 2024年11月19日 朝刊 22面】, ―― 以下、みなと新報WEB(…配信)
# ――): the people it names below that line are the paper's — unless the text adds what the paper did not print
_NEWS_SOURCE = re.compile(r"^[^\n]{0,16}(?:【|[-―─—]{2,}|＜|<)[^\n]{0,30}(?:新聞|日報|新報|タイムス|通信|電子版|WEB|Web|ウェブ版|"
                          r"ニュース|放送)[^\n]{0,40}$"
                          # (or the request names the article's source in brackets: 地元紙の記事（北総日報 6月3日朝刊・地域面）です, r41)
                          r"|^[^\n]{0,40}?記事[(（][^()（）\n]{0,30}(?:新聞|日報|新報|タイムス|通信)[^()（）\n]{0,24}[)）]", re.MULTILINE)
_MEDIA_WORDS = ("新聞", "日報", "新報", "タイムス", "通信", "電子版", "WEB", "Web", "ウェブ版", "ニュース", "放送")
_NEWS_DATED = re.compile(r"[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}[/年][0-9]{1,2}[/月]|朝刊|夕刊|配信|放送|[0-9]{1,2}日付")
_ADDED = re.compile(r"記事に(?:は)?(?:出て|載って|書かれて|なって)(?:い)?(?:ない|ません)|報じられていない|紙面には|"
                    r"ここだけの|オフレコ|内々に|実は")


def news_clippings(text: str, hits: Iterable[_HitLike], partner_lines: set[int]) -> None:
    """Names in a pasted news article below its dated source line: the article's, not a record's."""
    if not any(w in text for w in _MEDIA_WORDS):
        return
    src = next((m for m in _NEWS_SOURCE.finditer(text) if _NEWS_DATED.search(m.group()) is not None), None)
    if src is None or _ADDED.search(text) or _UNREPORTED.search(text) or _NOT_PUBLIC.search(text):
        return
    for h in hits:
        if h.entity == "PERSON" and h.start > src.end() and h.line not in partner_lines and not h.meta.get("official"):
            _as_published(h, "news_report")


def press_releases(text: str, hits: Iterable[_HitLike], partner_lines: set[int]) -> None:
    """Staff the office's own release names with what happened (本市職員の逮捕について: 主査 …（42歳）が…), the text saying
    it was made (記者会見で発表, ホームページに掲載した): the release's, not a personnel record's — unless it is a draft,
    still to be decided, unreported or marked."""
    hits = list(hits)
    staff = [h for h in hits if h.entity == "PERSON" and h.meta.get("staff") and h.line not in partner_lines]
    years = [h for h in hits if h.entity == "DATE_OF_BIRTH" and h.meta.get("precision") in ("year", "month")]
    head = _PRESS.search(text) if staff or years else None
    if head is None or _PRESS_MADE.search(text) is None or _PRESS_DRAFT.search(text) or _UNREPORTED.search(text) \
            or _NOT_PUBLIC.search(text):
        return
    for h in staff:
        if h.start < head.end():
            continue  # (named before the release's heading: the prompt's own matter)
        _as_published(h, "press_release")
    for h in years:  # (round 41) the birth years of the bios the release gives (昭和44年生まれ、…出身)
        if h.start > head.end():
            h.meta.update(informational=True, public_context="press_release")


# (round 41) a release commending a rescue (人命救助に係る職員表彰について, 人命救助に対する感謝状の贈呈について): the one rescued
# is unnamed (通勤途中に路上で倒れていた男性, 60歳代の男性が倒れているのを), what happened to them is the event's story
_RESCUE = re.compile(r"人命救助|救命(?:処置|活動)|救助活動|(?:感謝状|表彰)[^\n。]{0,12}(?:救助|救命)")
_RESCUE_WORDS = ("人命救助", "救命処置", "救命活動", "救助活動", "救助", "救命")
_HONOUR = re.compile(r"表彰|感謝状|贈呈")
# the release's heading, a date may open its line (令和6年11月15日 報道発表資料)
_RELEASE_HEAD = re.compile(r"^[^\n]{0,24}?(?:報道発表|記者発表|報道資料|プレスリリース)(?:資料)?[】\]]?[^\n]{0,24}$", re.MULTILINE)


def rescue_releases(text: str, hits: Iterable[_HitLike]) -> None:
    """The health words of an issued release commending a rescue are the unnamed rescued person's story, not a record
    of the people it names (not in a draft, an unreported or a marked text)."""
    if not any(w in text for w in _RESCUE_WORDS) or _RESCUE.search(text) is None or _HONOUR.search(text) is None:
        return
    if _RELEASE_HEAD.search(text) is None or _PRESS_DRAFT.search(text) or _UNREPORTED.search(text) or _NOT_PUBLIC.search(text):
        return
    for h in hits:
        if h.entity == "SENSITIVE_PERSONAL_INFO" and h.meta.get("category") == "health" and not h.meta.get("informational"):
            h.meta["informational"] = True
            h.meta["public_context"] = "rescue_release"
