"""INTERNAL_MATTER: non-public internal matters every municipality treats as 機密性２ (issue 13): 予定価格 / 最低制限価格
with an amount before the opening, 人事異動 before 内示, internal network details (network words next to private IP
addresses), audit findings in draft, an incident whose publication is still open …

The list is data: ``gateway/scan/internal_matters_default.yaml`` (shipped) plus the office's own ``internal_matters``
in detectors.yaml. Each matter names words (found by the engine's shared trigger pass), a requirement nearby (an
amount, a private IP address, a name) and words that mark it as already public (開札結果, 公表済み …).
Metadata: ``matter`` (the matter's name), ``action`` (per matter), ``strength`` (``strong``).
"""

from __future__ import annotations

import csv
import ipaddress
from gateway.scan import rx as re
from bisect import bisect_left
import unicodedata
from typing import Any

from gateway.scan.config import InternalMatter, active_internal_matters, default_internal_matters
from gateway.scan.recognizers._amounts import SIZEABLE as _SIZEABLE, amounts_in, sizeable_after as _sizeable_after
from gateway.scan.recognizers._amounts import per_unit_price, sizeable_before as _sizeable_before
from gateway.scan.recognizers._base import AigwRecognizer, ContextWords, ScanContext
from gateway.scan.recognizers._matter_questions import RULE_CUE as _RULE_CUE, asked_list_item as _asked_list_item
from gateway.scan.recognizers._matter_questions import manual_text, quiz_text, short_question as _short_question
from gateway.scan.recognizers._public_results import PAST_CASES, public_marker, published_after_opening
from gateway.scan.recognizers._public_results import schedule_ahead
from gateway.scan.recognizers._text import LINE_REACH, line_end, line_start, question_cues
from gateway.scan.recognizers.person_shapes import fiction

_IPV6_ULA = re.compile(r"(?<![0-9A-Za-z:])f[cd][0-9a-f]{2}:[0-9a-f]{1,4}:[0-9a-f:]{2,30}(?![0-9A-Za-z:])",
                       re.IGNORECASE)
_IPV4 = re.compile(r"(?<![0-9.])(?:10|172|192)\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?![0-9])")
_ASCII, _LETTER = re.compile(r"[A-Za-z0-9_]"), re.compile(r"[A-Za-z_]")  # (_LETTER: a number may follow an ASCII word: FW01)
# a bare figure in a table column: 17900000 under a 予定価格 header (CSV / TSV / markdown); or as a key's bare value in JSON
_BARE_FIGURE = re.compile(r"(?<![0-9.\-/:])[0-9]{5,12}(?![0-9.\-/:])")  # or a key=value line ("yotei_kakaku": 127600000, r19)
_KEYED_FIGURE = re.compile(r"[\"']?[ \t]*[:=][ \t]*[\"']?(?:[0-9]{5,12}|[0-9]{1,3}(?:_[0-9]{3}){2,3})(?![0-9._])")  # (48_620_000)
# an amount declared unpublished right after it: 41,800,000円（非公表）, 56,903,000円（税込）※審査終了まで非公表 (r18)
_NOT_PUBLIC_AFTER = re.compile(r"[ ]?(?:\([^()\n]{1,8}\)[ ]?)?(?:[(【※][ ]?)?(?:[^\n。()]{1,12}?まで[はの]?)?"
                               r"(?:非公表|非公開|未公表|公表前|部外秘|取扱注意|not public)")
# a personnel word naming an event or a scheme for such staff (昇任予定者研修, 昇任試験), not the people
_ABOUT_PEOPLE_AFTER = re.compile(r"[ ]?(?:研修|試験|選考|説明会|向け|制度|の皆さん|対象の研修)")
_BUDGET_BEFORE = re.compile(r"予算の?(?:内示|査定|要求)|査定|要求額|要求書")
_AUDIENCE_BEFORE = re.compile(r"対象(?:者)?[ ]?[:：][ ]?[^\n:：]{0,6}$")
# study material: a textbook's or an exercise's addresses (教科書の演習, 練習問題, tutorial), named in the request
_TEACHING_CUE = re.compile(r"教科書|演習|練習問題|試験問題|過去問|勉強(?:中|の|して|のため)|入門|学習(?!用)|チュートリアル|"
                           r"書き方の例|(?i:tutorial|exercise|textbook|homework|quiz)|"
                           # a configuration shown as an example (研修資料のVLAN設定例, サンプル設定)
                           r"設定例|構成例|記述例|コンフィグ例|(?:設定|コンフィグ)の?サンプル|サンプル(?:設定|コンフィグ)|教材|"
                           r"(?i:(?:example|sample) config(?:uration)?|configuration example)|"
                           # a product's manual: the device's factory address (取扱説明書, 工場出荷時の設定)
                           r"取扱説明書|取り扱い説明書|取説|工場出荷時|出荷時設定|(?i:factory default|user manual|user guide)|"
                           # (a vendor's public guide: In this example, the local gateway …, round 30)
                           r"(?i:in this example|configuration guide|public (?:configuration|documentation|guide))")
# a home network (the writer's own PC or router), not the office's
_HOME_CUE = re.compile(r"自宅|家庭用|実家|私物|個人所有|うちの(?:PC|パソコン|ルーター|Wi-?Fi|ネット)|(?i:home (?:network|router|pc)|my home|at home)")
# a public-marker word negated right after it: 事前公表しない, 公表前, 公表されていない, 公表不可; or still ahead (公告は来週月曜
# の予定, 公表はまだ, 公告予定：12月10日): the matter is not public yet (a date may be past: 公告は11月1日に行いました)
_NEGATED = re.compile(r"[ ]?(?:しない|しません|せず|されない|されていない|されません|していない|していません|前|時(?!点)|不可|なし|無し|予定なし|対象外|予定(?!どおり|通り)|準備中|"
                      r"が必要|を要する|欄(?:は|を)?(?:空欄|空白|ブランク|空け|あけ|未記入)|(?:は|が)?未定|"  # (議決が必要: r34; 落札者欄は空欄で: r39)
                      # a draft notice, or a memo kept out of it (公告（案）, 公告には載せない: round 17; 公告文には載せない, r32)
                      r"[(（]案[)）]|起案|原稿|(?:文案?|案)?(?:に|には|へは)(?:載せない|載せず|載せません|掲載しない|掲載せず|掲載しません|出さない|出しません|"
                      r"記載しない|記載しません|載りません|入れない|入れません)|"
                      r"(?:は|が)[^。\n]{1,14}?の?予定(?!どおり|通り)|"
                      # (what is to be done after it: 開札後に UPDATE する, 開札後に公表します, round 18)
                      r"に[^。\n]{0,16}?(?:する|します|予定)(?!た)|(?:は|が)[0-9]{1,2}月(?:第[0-9一二三四五]週|上旬|中旬|下旬|頃|ごろ|中)|"
                      r"(?:は|が|も)(?:まだ|来週|来月|明日|明後日|週明け|後日|今後|これから)|"
                      # (a manual followed for the case in hand, not a manual's text: 談合情報対応マニュアルに基づき、委員会の開催を…, r31)
                      r"(?:(?<=マニュアル)|(?<=要領)|(?<=要綱)|(?<=フロー)|(?<=手順))(?:に基づき|に基づいて|に沿って|どおり|通り)[、,]?"
                      r"[^。\n]{0,30}?(?:中|しました|した|済み|済|予定|作って|進めて|対応して)(?![^。\n]{0,4}(?:場合|こと|とする)))")


# an address given as an example in a question or a manual (例えば 192.168.10.0/24, 192.168.1.x の形式)
_EXAMPLE_BEFORE = re.compile(r"例|たとえば|e\.g\.|for example|such as", re.IGNORECASE)
_EXAMPLE_OPENER = re.compile(r"例えば|たとえば|(?<![一-鿿])例[:：]|e\.g\.|for example", re.IGNORECASE)
_EXAMPLE_AFTER = re.compile(r"[0-9./x]{0,4}[ ]?(?:のような|などの|の形式|といった|を例|の場合|とした場合|とする場合)")
_WORKED_EXAMPLE = re.compile(r"(?:^|(?<=[\s・。、の(（]))(?:例|記入例|計算例|設例)[:：)）]|例えば|たとえば|仮に|例として|"
                             r"for example|e\.g\.|such as", re.IGNORECASE)
_MADE_UP = re.compile(r"架空(?!発注|請求|計上|取引|口座|名義|の(?:発注|請求|取引))|仮の(?:値|数字|金額)|サンプル|(?i:response example|example response|sample (?:response|data|request))")  # (a drill's figures before it: r37)
_SENT_END = re.compile(r"[。\n]")
_COMPANY = re.compile(r"(?:株式会社|有限会社|合同会社|合資会社)[一-鿿ぁ-ゖァ-ヺー]{1,12}|[一-鿿ぁ-ゖァ-ヺー]{1,12}(?:株式会社|有限会社|合同会社)"
                      r"|[一-鿿ァ-ヺー]{1,12}[(（][株有][)）]")
_PER_MATTER = 4  # findings kept per matter: one in a published result's line hides not the next case's price (r31)
_EMBARGO = ("それまで", "発表まで", "会見まで")  # (the unannounced_plan words that point at an announcement's hour: round 23)


# a quoted term (with the quoted terms listed after it) that a rules text adds, lists or defines (round 16)
_QUOTED_NAMED = re.compile(r"[^「」\n]{0,20}」(?:[、・,]?[ ]?「[^「」\n]{1,24}」){0,6}[ ]?(?:等|など)?(?:を|の|と|が|は|も|に)?"
                           r"(?:追加|例示|例と|例に|含め|含む|該当|定義|規定|明記|挙げ|加え|区分|分類|指定)")


def _quoted_as_category(text: str, s: int, e: int) -> bool:
    """…or one of a bracketed list of examples in a rules text (機密性３：…（例：未公表の人事案、入札の予定価格…）, r22)."""
    q, b = text.rfind("「", max(0, s - 20), s), text.rfind("(", max(0, s - 40), s)
    ls = text.rfind("\n", 0, s) + 1  # (or a line of a category's examples: ・機密性3：… ⏎ 　例)事後公表案件の予定価格調書、…, r40)
    return (q >= 0 and "」" not in text[q:s] and "\n" not in text[q:s] and _QUOTED_NAMED.match(text, e) is not None) or (
        b >= 0 and text.startswith(("例:", "例えば", "例)"), b + 1) and ")" not in text[b:s] and "\n" not in text[b:s]) or (
        text[ls:s].lstrip(" \t　").startswith(("例)", "例:", "(例)")) and "機密性" in text)


def _sentence_start(text: str, s: int, limit: int) -> int:
    i = max(text.rfind("。", max(0, s - limit), s), text.rfind("\n", max(0, s - limit), s))
    return max(0, s - limit) if i < 0 else i + 1


def _sentence_end(text: str, e: int, limit: int) -> int:
    m = _SENT_END.search(text, e, min(len(text), e + limit))
    return min(len(text), e + limit) if m is None else m.start()


# a worked example (…円の場合) or a legal threshold (…円を超えない, …円以上の) rather than a price
# RFC 5737 addresses: private to Python, in every manual; the office's own networks (基幹系DBサーバ 10.24.8.31 …？, r26)
_OWN_NETWORK = frozenset({"基幹系", "LGWAN", "住基ネット", "住基DB", "マイナンバー利用事務系", "庁内LAN", "庁内ネットワーク", "中間サーバ"})
_DOC_NETS = (ipaddress.ip_network("192.0.2.0/24"), ipaddress.ip_network("198.51.100.0/24"),
             ipaddress.ip_network("203.0.113.0/24"))


# the private ranges themselves (RFC 1918) as a manual states them (10.0.0.0/8, 172.16.0.0～172.31.255.255): not a host
_RFC1918 = (ipaddress.ip_network("10.0.0.0/8"), ipaddress.ip_network("172.16.0.0/12"),
            ipaddress.ip_network("192.168.0.0/16"))
_BLOCK_EDGES = frozenset(str(a) for n in _RFC1918 for a in (n.network_address, n.broadcast_address))
_PREFIX_AFTER = re.compile(r"/([0-9]{1,2})(?![0-9])")


def _internal(s: str) -> bool:
    """A private (RFC 1918 …) address that is not a documentation address; ValueError if malformed."""
    ip = ipaddress.ip_address(s)
    return ip.is_private and not any(ip in n for n in _DOC_NETS)


def _block_definition(text: str, m: re.Match[str]) -> bool:
    """The address names a whole private block (its first or last address, with the block's own prefix or
    none), as the definition of the private ranges does."""
    if m.group(0) not in _BLOCK_EDGES:
        return False
    p = _PREFIX_AFTER.match(text, m.end())
    return p is None or any(int(p.group(1)) == n.prefixlen and m.group(0) == str(n.network_address)
                            for n in _RFC1918)


_IF_AFTER = re.compile(r"[ ]?(?:の場合|とした場合|とすると|なら|を超え|を超過|以上|以下|未満|を下回|を上回)")
# a version number that looks like an address: バージョン 10.2.1.15, ver. 10.0.1.2, v10.3.0.1
_VERSION_BEFORE = re.compile(r"(?i)(?:バージョン|version|ver\.?|(?<![A-Za-z])v)[ \t:：]*$")


def _private_ips(text: str, lo: int, hi: int) -> set[str]:
    """Private IPv4 addresses (not given as an example) between lo and hi, and IPv6 unique local addresses."""
    out: set[str] = set()
    for m in _IPV4.finditer(text, lo, hi):
        # the cue may open the sentence: 例えば 192.168.1.50、サブネットマスク …、ゲートウェイ 192.168.1.1 の場合
        if (_EXAMPLE_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None
                or _EXAMPLE_OPENER.search(text, _sentence_start(text, m.start(), 80), m.start()) is not None
                or _EXAMPLE_AFTER.match(text, m.end()) is not None or _block_definition(text, m)
                or _VERSION_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None):
            continue
        try:
            if _internal(m.group(0)):
                out.add(m.group(0))
        except ValueError:
            continue
        if len(out) > 1:
            break
    if len(out) < 2 and ":" in text[lo:hi]:
        # IPv6 unique local addresses (fd12:3456:789a:10::15, fc00::/7): an office's internal network
        out.update(m.group(0) for m in _IPV6_ULA.finditer(text, lo, hi))
    return out


# a host table (hosts file, server list, inventory): a private address, then a host name with a digit or a hyphen
_HOST_ROW = re.compile(
    r"(?m)^[ \t|]*(?P<ip>(?:10|172|192)\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3})[ \t]*[ \t,|][ \t|]*"
    r"(?=[A-Za-z][A-Za-z0-9_.\-]{0,62}[0-9\-])[A-Za-z][A-Za-z0-9_.\-]{1,62}")
# the same with the host name first: AP-1F-01 10.9.1.11
_HOST_ROW_NAME_FIRST = re.compile(
    r"(?m)^[ \t|]*(?=[A-Za-z][A-Za-z0-9_.\-]{0,62}[0-9\-])[A-Za-z][A-Za-z0-9_.\-]{1,62}[ \t]*[ \t,|][ \t|]*"
    r"(?P<ip>(?:10|172|192)\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3})(?![0-9.])")
HOST_TABLE_MIN = 3
_IP_TRIGGERS = ("10.", "172.", "192.")


def _host_table(text: str) -> tuple[int, int]:
    """Span of the first address of a table of at least three private hosts, or (-1, -1)."""
    for rx in (_HOST_ROW, _HOST_ROW_NAME_FIRST):
        span = _host_rows(rx, text)
        if span[0] >= 0:
            return span
    return (-1, -1)


def _host_rows(rx: re.Pattern[str], text: str) -> tuple[int, int]:
    seen: set[str] = set()
    first = (-1, -1)
    for m in rx.finditer(text):
        try:
            if not _internal(m.group("ip")):
                continue
        except ValueError:
            continue
        seen.add(m.group("ip"))
        first = m.span("ip") if first[0] < 0 else first
        if len(seen) >= HOST_TABLE_MIN:
            return first
    return (-1, -1)


_NAME_OR_POST = re.compile(r"[一-鿿々]{1,3}[ 　][一-鿿々ぁ-ゖ]{1,3}")
# a member of staff by surname and title, the object or subject of the move (佐々木主査を税務課へ, 山本係長が…に異動)
_SURNAME_TITLE = re.compile(r"[一-鿿々]{1,4}(?:課長補佐|課長|係長|主査|主任|主事|主幹|部長|次長|室長|所長|参事|補佐|技師|技査|保健師)(?=を|が|は|、)")
# a post named with の: 税務課の係長, 市民課の課長補佐 (an organisation, then a title)
_MOVE = re.compile(r"→|⇒|->|へ|に異動|に移|に転|に配置|に昇任|昇任|に就任|就任|"
                   # a unit named as the destination with the verb left out (田島係長が財政課に、…), a successor; the move
                   # named after them, or where they are sent (…主任は次の異動で出先に出す; round 20)
                   r"(?:課|係|室|部|局|所|センター)に[、,]|後任|異動で|(?:に|へ)(?:出す|出る|戻す|戻る|回す|出向)")
# the move named earlier in the sentence: 4月の異動で田島係長が…
_MOVE_BEFORE = re.compile(r"異動で|異動により|異動に伴い|人事で")
_POST_OF = re.compile(r"[一-鿿]{1,6}(?:課|係|室|部|局|所|センター)の?(?:課長補佐|課長|係長|主査|主任|主事|主幹|部長|次長|"
                      r"室長|所長|参事|補佐|担当者|職員)")
_ORG_END = ("課", "係", "室", "部", "局", "所", "センター", "班")
_POST_TO_POST = re.compile(r"(?:初代|次期|後任の?|新)[一-鿿]{0,6}(?:部長|課長|局長|室長|所長|係長)は[^。\n]{0,12}?"
                           r"[一-鿿ァ-ヺ]{2,10}(?:課長|部長|局長|室長|係長|所長)")
_CONTACT_AFTER = re.compile(r"[ 　]?[（(]?(?:内線|TEL|Tel|電話|代表)")
_ARROW = re.compile(r"→|⇒|->|➡|＞")


# a "before the 内示" declaration in the request's preface, and how far into the pasted material it reaches
_PREFACE, _DECLARED, _DECLARED_REACH = 240, ("内示前", "発令前"), 600
# an exam's items or answers (問12, 【正答】, 設問, 選択肢) near a before-the-exam word (requires: exam)
_EXAM_ITEM = re.compile(r"問(?:題)?[ ]?[0-9０-９一二三四五六七八九十]+|採点基準|正答|正解|解答例?|設問|選択肢|模範解答|配点")
_EXAM_REACH = 400


def _name_or_post(text: str, lo: int, hi: int) -> bool:
    """A name (田中 太郎) or a post (税務課 主査) near the word; a contact desk (人事課 人事係（内線…）)
    and two organisation words without an arrow on their line (a posting: 財政課 → 企画課) are not."""
    for m in _NAME_OR_POST.finditer(text, lo, hi):
        if _CONTACT_AFTER.match(text, m.end()):
            continue
        a, b = m.group(0).split(maxsplit=1)
        if a.endswith(_ORG_END) and b.endswith(_ORG_END):
            ls, le = line_start(text, m.start()), line_end(text, m.end())
            if ls < 0 or le < 0 or _ARROW.search(text, ls, le) is None:
                continue
        return True
    # a post named with の, or a surname with a title, counts when the sentence moves it (…の係長が…に移る,
    # 佐々木主査を税務課へ), not a speaker (人事課長より：)
    if _POST_TO_POST.search(text, max(0, lo - 40), hi) is not None:
        return True  # 初代部長は今のこども家庭課長で…了解済み: who gets a post, named by the post they hold (round 18)
    for m in (*_POST_OF.finditer(text, lo, hi), *_SURNAME_TITLE.finditer(text, lo, hi)):
        if _CONTACT_AFTER.match(text, m.end()) is None and (
                _MOVE.search(text, m.end(), _sentence_end(text, m.end(), 60))
                or _MOVE_BEFORE.search(text, _sentence_start(text, m.start(), 40), m.start())):
            return True
    return False


# a cost estimate (積算) while the bid is still ahead: a before-opening cue, an estimate word and two or more
# amounts in one text ("この積算の検算を（入札は来月）", "今回の案件（6月12日開札）… 直接工事費 41,200,000円")
_BEFORE_OPENING = re.compile(
    r"入札前|開札前|入札執行前|公告前|未開札|見積合わせ前|開札予定|入札予定日|開札まで(?:非公開|非公表|公表しない)|公告予定|"
    r"公告(?:は|が)[^。\n]{0,12}?(?:予定|来週|来月)|"  # (公告は2/3の予定: the notice ahead, round 37)
    r"(?:入札|開札)(?:は|が)(?:来週|来月|明日|明後日|[0-9]{1,2}月)|[0-9]{1,2}月[0-9]{1,2}日(?:に)?開札(?![済し結])|"
    r"(?:来週|来月|明日|明後日|[0-9]{1,2}月[0-9]{1,2}日)(?:の|に|予定の)(?:入札|開札)(?![済し結])")
_ESTIMATE_WORD = re.compile(r"積算|設計書|設計金額|予定価格|最低制限価格|直接工事費|共通仮設費|現場管理費|一般管理費|諸経費|工事価格|"
                            # (a bid database's columns and a comment's shorthand: yotei_kakaku, 予定 38,720,000, round 18)
                            r"(?i:yotei_?kakaku|saitei_?seigen)|(?<![一-鿿])(?:予定|最低)[ ]?[0-9]{1,3},[0-9]{3}")
# (or in thousands of yen, as public finance writes it: 48,620千円, 23870千円, round 19)
_AMOUNTS = ("amount", "amount_near")  # (amount_near: the amount after the word, or before it within the window)
_ESTIMATE_TRIGGERS = ("入札", "開札", "公告", "見積合わせ前")


def _estimate_before_opening(text: str, amounts: list[tuple[int, int]]) -> tuple[int, int]:
    """Span of the before-opening cue of a cost estimate with two or more amounts, or (-1, -1)."""
    # two or more sizeable amounts (100,000 or more, or in 万 / 億): fees (閲覧手数料 300円) are not an estimate
    if sum(1 for a, b in amounts if _SIZEABLE.search(text, a, b)) < 2:
        return (-1, -1)
    cue = _BEFORE_OPENING.search(text)
    if cue is None or _ESTIMATE_WORD.search(text) is None:
        return (-1, -1)
    if _WORKED_EXAMPLE.search(text) is not None:
        return (-1, -1)  # 例：直接工事費 10,000,000円の場合 … a manual's worked example
    return cue.span()


def _column_figure(text: str, s: int, e: int, window: int) -> bool:
    """The word heads a table column (a CSV/TSV/markdown header line) and a row below holds a bare
    figure of 5+ digits: 工事名,設計金額,予定価格 / 中央公園トイレ改修,18700000,17900000."""
    ls = line_start(text, s)
    le = text.find("\n", e, e + LINE_REACH)
    if ls < 0 or le < 0:  # no row below, or a line too long to be a table header
        return False
    header = text[ls:le]
    sep = "\t" if "\t" in header else "|" if "|" in header else "," if "," in header else ""  # (a TSV's 48,600)
    seps = header.count(sep) if sep else 0
    if not seps:
        return False
    col = text.count(sep, ls, s)
    nxt = text.find("\n", le + 1)
    for _ in range(3):  # the first rows under the header (a markdown rule line is skipped)
        row = text[le + 1:min(nxt if nxt >= 0 else len(text), le + 1 + LINE_REACH)]
        cells = next(csv.reader([row])) if sep == "," and '"' in row else row.split(sep)  # (a quoted "38,460,000": r27)
        if col < len(cells) and len(cells) == seps + 1 and _BARE_FIGURE.fullmatch(cells[col].strip().replace(",", "")):
            return True
        if nxt < 0:
            break
        le, nxt = nxt, text.find("\n", nxt + 1)
    return False


class InternalMatterRecognizer(AigwRecognizer):
    ENTITY = "INTERNAL_MATTER"

    def __init__(self, config=None) -> None:
        super().__init__(config)
        matters = active_internal_matters(config) if config is not None else default_internal_matters()
        self.by_word: dict[str, list[tuple[InternalMatter, str]]] = {}
        # per entry, not per name: two entries may share a name (the default list has two ways to spot
        # 人事異動 before the 内示), each with its own public markers
        self.matters = matters
        self.unless: dict[int, ContextWords] = {}
        for m in matters:
            for w in m.words:
                wn = unicodedata.normalize("NFKC", w)
                self.by_word.setdefault(wn.lower(), []).append((m, wn))
            self.unless[id(m)] = ContextWords(unicodedata.normalize("NFKC", u) for u in m.unless)
        # a host table is an internal network plan by itself (reported under the private_ip matter)
        self.network = next((m for m in matters if m.requires == "private_ip"), None)
        # a cost estimate before the opening is reported under the (first) matter that needs an amount
        self.bid = next((m for m in matters if m.requires == "amount"), None)

    def trigger_words(self) -> tuple[str, ...]:
        return (tuple(self.by_word) + (_IP_TRIGGERS if self.network is not None else ())
                + (_ESTIMATE_TRIGGERS if self.bid is not None else ()))

    def analyze_ctx(self, ctx: ScanContext) -> list[Any]:
        text = ctx.text
        out = []
        done: dict[str, int] = {}  # (findings per matter: a later occurrence may stand apart from a published one, r31)
        cache: dict[str, Any] = {}
        for lw, entries in self.by_word.items():
            for pos in ctx.hits.get(lw, ()):
                end = pos + len(lw)
                if _ASCII.match(lw[0]) and pos > 0 and _ASCII.match(text[pos - 1]):
                    continue
                if _ASCII.match(lw[-1]) and end < len(text) and _LETTER.match(text[end]):
                    continue
                for m, _w in entries:
                    # (a quoted term a rules text adds to a list: 例示に「予定価格」「…内示前情報」を追加する)
                    if done.get(m.name, 0) >= _PER_MATTER or _quoted_as_category(text, pos, end) \
                            or not self._holds(ctx, m, pos, end, cache):
                        continue
                    done[m.name] = done.get(m.name, 0) + 1
                    out.append(self.result(self.ENTITY, pos, end, m.score, matter=m.name, action=m.action,
                                           strength="strong"))
        bid = self.bid
        if bid is not None and bid.name not in done and any(t in ctx.hits for t in _ESTIMATE_TRIGGERS):
            amounts = cache.get("amounts")
            if amounts is None:
                amounts = cache["amounts"] = amounts_in(text)
            p, end = _estimate_before_opening(text, amounts)
            if p >= 0 and all(_NEGATED.match(text, u.end()) or schedule_ahead(text, u.end())  # (公告 1/31: ahead; a
                              or PAST_CASES.search(text, max(0, u.start() - 20), u.start())  # past case's 落札率, r37)
                              for u in self.unless[id(bid)].finditer(text)):
                done[bid.name] = 1
                out.append(self.result(self.ENTITY, p, end, bid.score, matter=bid.name, action=bid.action,
                                       strength="strong", form="estimate"))
        net = self.network
        if net is not None and net.name not in done and any(t in ctx.hits for t in _IP_TRIGGERS):
            p, end = _host_table(text)
            if (p >= 0 and _WORKED_EXAMPLE.search(text, max(0, p - 60), p) is None
                    and _TEACHING_CUE.search(text, 0, min(len(text), 120)) is None):
                out.append(self.result(self.ENTITY, p, end, net.score, matter=net.name,
                                       action=net.action, strength="strong", form="host_table"))
        return [] if out and fiction(text, ctx.hits) else out  # (a story's scene: no office's matter, round 20)

    def _holds(self, ctx: ScanContext, m: InternalMatter, s: int, e: int, cache: dict[str, Any]) -> bool:
        # complexity: one branch per requirement kind (amounts, none, private_ip, name, exam), each bounded
        text = ctx.text
        lo, hi = max(0, s - m.window), min(len(text), e + m.window)
        if m.requires in _AMOUNTS:
            a = self._amount_after(text, m, s, e, cache)
            if a is not None and _NOT_PUBLIC_AFTER.match(text, a[1]) is not None:
                return True  # 設計金額 41,800,000円（非公表）: declared unpublished, whatever else the text names
            end = a[1] if a is not None else (k.end() if (k := _KEYED_FIGURE.match(text, e)) is not None else -1)
            if end >= 0 and published_after_opening(text, s, e, end):
                return True  # …or to be published after the opening (※予定価格…とも事後公表とする; "…公表区分": "事後公表")
        if public_marker(text, self.unless[id(m)], _NEGATED, s, e, lo, hi, titled=m.requires in _AMOUNTS):
            return False
        if m.name.startswith("personnel") and (_ABOUT_PEOPLE_AFTER.match(text, e) is not None
                                               or _AUDIENCE_BEFORE.search(text, max(0, s - 12), s) is not None or (
                text.startswith("内示", s) and _BUDGET_BEFORE.search(text, line_start(text, s), s) is not None)):
            return False  # 昇任予定者研修のご案内, 対象：昇任予定者: a training for such staff, its audience, not a list; a
            # budget's 内示 after its assessment (市長査定は1/14〜、内示は1/28: round 37), no transfer
        if m.requires == "none":
            # a rule about such matters (…の資料の扱いは広報課に相談する, …を口外しないこと), not one of them (outside the word: "do
            # not share before the …" declares it); an embargo pointing at its hour ("until then, …") is its own (round 23)
            se = _sentence_end(text, e, 80)  # (and a next sentence asking about it: この資料を「機密性２」にすべきか, r27)
            se = _sentence_end(text, se + 1, 120) if text.startswith(("この", "その", "これ", "それ"), se + 1) else se
            return text.startswith(_EMBARGO, s) or (_RULE_CUE.search(text, _sentence_start(text, s, 80), s) is None
                and _RULE_CUE.search(text, e, se) is None and not _short_question(text) and not _asked_list_item(text, s)
                and not quiz_text(text) and not manual_text(text))  # (a quiz's option …, r30; a manual's step, r36)
        if m.requires in _AMOUNTS:
            a = self._amount_after(text, m, s, e, cache)
            if a is not None and _SIZEABLE.search(text[a[0]:a[1]].replace(" ", "")) is None and not per_unit_price(
                    text, m.requires == "amount_near", s, a):  # (unless a column's figures, in 千円; or a rent per 坪, r38)
                if (a := _sizeable_after(text, cache["amounts"], a[1], e + 2 * m.window)) is None \
                        and (m.requires != "amount_near" or (a := _sizeable_before(text, cache["amounts"], s, m.window)) is None):
                    return _column_figure(text, s, e, m.window)  # a shop's price (予価 1,980円), a fee: not a contract's
            if a is not None:
                # a worked example in a manual: 例：予定価格 10,000,000円の場合 …
                return not (_WORKED_EXAMPLE.search(text, text.rfind("\n", max(0, s - 60), s) + 1 or max(0, s - 60), s)
                            or _WORKED_EXAMPLE.search(text, e, a[0]) or _IF_AFTER.match(text, a[1]) or _MADE_UP.search(text, 0, s))
            return (_column_figure(text, s, e, m.window) or _KEYED_FIGURE.match(text, e) is not None) and not _MADE_UP.search(text, 0, s)
        if m.requires == "private_ip":
            if _TEACHING_CUE.search(text, 0, min(len(text), 120)) or _TEACHING_CUE.search(text, lo, s):
                return False  # 教科書の演習です。arp -a の結果の見方を…: study material, not the office's network
            ips = _private_ips(text, lo, hi)
            if (ips and all(ip.startswith("192.168.") for ip in ips)
                    and (_HOME_CUE.search(text, 0, min(len(text), 200)) or _HOME_CUE.search(text, lo, hi))):
                return False  # 自宅のPCで route print: a home router's 192.168.x.x network, not the office's
            # one address in a how-to question (… 172.28.0.0/16 に指定するには？) is not a network plan
            return len(ips) > 1 or (len(ips) == 1 and (text[s:e] in _OWN_NETWORK or not question_cues(
                text, s, e, strong_only=True) and not _short_question(text)))
        if m.requires == "name" and text.startswith("時", e):
            return False  # a schedule's field (内示日時　3月19日: a notice of the procedure, round 33)
        if m.requires == "name":
            # the writer's own declaration before the material (まだ内示前なので名前入りの版は…) covers what is
            # pasted after it (round 13)
            return _name_or_post(text, lo, hi) or (s < _PREFACE and text.startswith(_DECLARED, s)
                                                   and _name_or_post(text, e, min(len(text), e + _DECLARED_REACH)))
        if m.requires == "exam":
            return _EXAM_ITEM.search(text, max(0, s - _EXAM_REACH), min(len(text), e + _EXAM_REACH)) is not None
        if m.requires == "companies":  # two firms or more named near: a list of bidders (株式会社汐入建設、有限会社…, r28)
            return len(set(_COMPANY.findall(text, lo, hi))) >= 2
        return True

    @staticmethod
    def _amount_after(text: str, m: InternalMatter, s: int, e: int, cache: dict[str, Any]) -> tuple[int, int] | None:
        """The first amount after the word: within the window, or later in the same sentence (English runs
        long); the text's amounts are found once per scan, each word looks up the next one."""
        amounts = cache.get("amounts")
        if amounts is None:
            amounts = cache["amounts"] = amounts_in(text)
        i = bisect_left(amounts, (s, -1))
        a = amounts[i] if i < len(amounts) else None
        if a is not None and a[1] > e + m.window and a[1] > _sentence_end(text, e, 160):
            a = None
        if a is None and m.requires == "amount_near" and i > 0 and amounts[i - 1][1] >= s - m.window:
            return amounts[i - 1]  # (…71,900,000円までは可。上限額は先方には伏せたまま: the figure said before, round 25)
        return a

