"""INTERNAL_MATTER (matter ``kept_until``, decided as the office's ``unannounced_plan``; and ``bid_rigging_tip``):
something the writer says is kept from someone until a date or an event (issue 13, round 36).

The phrase lists of ``internal_matters_default.yaml`` grew by phrase, round after round, for one grammar: what the
office holds back, from whom, until when. Staff say it in endless wordings (``それまでは順位も点数もこの委員会の外には出さない
ことになっています``, ``公告（10月予定）までは業者に知られないようにしたい``, ``please don't let the ceiling slip to anyone from
Kaiyo … until the contract is signed``); this recognizer reads the grammar itself, within one sentence:

* Japanese: a scope ending in ``まで`` (``開札まで``, ``それまでは``, ``公告（10月予定）までは``), then within a few words the
  party kept out (外, 外部, 業者, 相手方, 先方, 他社, 委員会の外, 応募者, 地元, 議会, 誰 …), then a verb of not telling or
  not showing (出さない, 知られないよう, 知らせない, 言わない, 伝えない, 漏らさない, 話さない, 見せない, 伏せる, 明かさない …);
* English: a negated verb of telling or letting out (don't let … slip, do not share, never tell, not to be disclosed)
  and ``until`` later in the sentence;
* (round 38) kept unpublished until then (``最低売却価格は公告まで非公開``) and a deal's party kept out without a date
  (``※本項は事業協力者には伝えないこと``): only with the figure itself in the text, and not as a notice's own rule
  (``予定価格は開札まで非公表とします``).

* (round 39) the office's limit and its figure said to be kept quiet on the same line in a deal, whoever from
  (``うちの限度額が㎡あたり38,000円までってことは絶対言わないで``, ``予算上限 税込3,300,000円、これ以上は無理。口外無用``);
  ``内緒で`` and ``絶対に漏らさない`` until then; the union among the parties kept out; this item kept out of the minutes
  (``この項は議事録に残さない``); and not a price's keeping told without its figure, or as the office's rule of
  publishing after the opening (``うちは事後公表だから…載せるまでは外に出さない``).

A bid-rigging tip is read the same way (round 36): the winner said settled (``…が取ることで…話がついている``, ``落札者は…に
決まっています``) or the other firms set to bid above (``他の業者は…より高い額で入れる``), in a text that is no ruling, news,
case study or rule (判決, 報道, 事例, 研修, …場合).

Not: a rule, a manual or training material saying what staff must do in general (研修, マニュアル, 要領, 規程, 一般論,
例えば, a quiz's 問/正解 …, anywhere in the text's first line or the sentence), nor a past sentence telling that something
was kept (…まで言わなかった is narrative: the verb is in the present, a request or an intention), nor a question (…はどこまで
伏せるべきか, should we keep it … until?).
"""

from __future__ import annotations

from itertools import islice

from presidio_analyzer import RecognizerResult

from gateway.scan import rx as re
from gateway.scan.config import matter_actions
from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._text import line_start

_WHO = (r"(?:外部?|対外的?|庁外|部外|課外|社外|業者|事業者|受注者|受託者|相手方?|先方|向こう|他社|各[一-鿿ァ-ヺー]{1,6}|応募者|参加者|提案者|候補者|組合"
        r"|委員会の外|関係者以外|地権者|所有者|住民|地元|議会|議員|マスコミ|報道|誰|だれ|どこ(?:に|へ)も|ほか|他の(?:人|職員|業者|課)|第三者"
        r"|(?:どっち|どちら|いずれ|両方|双方)の(?:会社|業者|社|グループ|事業者))")
_VERB = (r"(?:出さ(?:ない|ず)|出せない|出ないよう|知られ(?:ない|たくない|ては)|知らせ(?:ない|ず)|言わ(?:ない|ず)|伝え(?:ない|ず)"
         r"|漏らさ|漏れないよう|話さ(?:ない|ず)|見せ(?:ない|ず)|示さ(?:ない|ず)|伏せ(?:て|る|た(?:まま|い))|明かさ|気づかれ|悟られ"
         r"|共有し(?:ない|ません)|通知し(?:ない|ません|ず)|匂わせ(?:ない|ず)|におわせ(?:ない|ず)|開示し(?:ない|ません|ず)"
         r"|(?:説明|報告|共有|相談)し(?:ていない|てない|ていません)|話して(?:いない|ない|いません))")
# (a verb that keeps a thing back whoever from: それまでは各グループへの通知も含めて伏せる, 発表までは口外しない; round 39:
# それまで参加業者には内緒で, 内示（3/19）までは絶対に漏らさないこと)
_STRONG = (r"(?:伏せ(?:て|る|た(?:まま|い)|[、,](?!\s*[？?]))|課外秘|部外秘|庁外秘|外部秘|内密に|口外し(?:ない|ません)|他言(?:しない|無用)|オフレコ"
           r"|口外無用|内緒(?:で|に|にして|のまま)|絶対(?:に)?(?:漏らさ|言わ|出さ|話さ)(?:ない|ず))")
# (round 37) …or only some know until then (それまでは市長・副市長・秘書課長のみ); the party named before the scope
# (議員や報道には、葬儀が終わるまでは言わないでほしい)
_ONLY = r"(?:[一-鿿]{1,8}(?:長|課|係|者|部|室|員)[・、と]?){1,6}(?:のみ|だけ)(?:で|に)?(?:共有|とど|留め|知って|。|$)"  # (posts: not 窓口だけ)
# (round 38) …or kept unpublished until then (最低売却価格は 6/2 の公告まで非公開, 入札公告まで本書の内容は非公表): a notice's own
# rule says so too (…は開札まで非公表とします), so only with the figure in the text and not as a rule's ending
_WEAK = r"(?:非公開|非公表|公表しない|公開しない|秘匿)(?!とし|と(?:いた)?します|とする|の扱いと)"
_FIGURE = re.compile(r"[0-9]{1,3}(?:[,_][0-9]{3}){2,}(?![0-9])|[0-9]{7,}|[0-9][0-9,.]*[ ]?(?:万|億)円?")
_JA = re.compile(r"(?<!どこ)(?<!いつ)まで(?:は|に|の間)?[、]?[^。\n]{0,30}?(?:" + _WHO + r"[^。\n]{0,24}?(?P<verb>" + _VERB + r")|(?P<strong>"
                 + _STRONG + r")|(?P<only>[^。\n]{0,24}?" + _ONLY + r")|(?P<weak>" + _WEAK + r"))"
                 r"|" + _WHO + r"(?:には|にも|に)[、]?[^。\n]{0,24}?まで(?:は)?[^。\n]{0,8}?(?P<verb2>" + _VERB + r")", re.MULTILINE)
_EN = re.compile(r"(?i)\b(?:(?:don['’]t|do not|must not|mustn['’]t|should not|shouldn['’]t|never|not to)\s+(?:be\s+)?(?:let|share"
                 r"|shared|tell|told|show|shown|mention|disclose|disclosed|reveal|revealed|leak|leaked|pass|circulate|circulated"
                 r"|release|released)|(?:remain|stay|kept|keep (?:this|it|these|them|the [a-z]+))\s+(?:confidential|internal"
                 r"|between|within|among))\b(?P<verb>[^.\n]{0,120}?)\buntil\b")
# a rule, a manual, training or a quiz (the sentence or the text's first line)
# (round 37) a cover story for the firms before the result: asked by them, to answer a set phrase (A社から問い合わせ来ても
# 「審査中です」で通して, 業者から聞かれても…まだ決まってないって言っといて)
_COVER = re.compile(r"(?:業者|事業者|[A-ZＡ-Ｚ]社|他社|先方|相手方?|各社|応募者|向こう|不動産(?:屋|業者|会社)|買い?手|購入希望者|地主|地権者)(?:から|に|には)?[^。\n]{0,12}?(?:聞かれ|問い合わせ|問合せ|"
                    r"質問され|尋ねられ)[^。\n]{0,8}?(?:ても|たら)[^。\n]{0,40}?(?:で通し|って言っと|と言っと|って言ってお|と言ってお|と答え"
                    r"(?:て|ておいて|ること)|って答え|と説明(?:する|して|しておく|すること))"
                    # …or the reason given outwardly in its place (外向けには「所用のため」で統一, カレンダー上は「来客」で表示)
                    r"|(?:外向け|対外的|表向き|カレンダー上|予定表上|日程表上|公式には)[^。\n]{0,8}?「[^」\n]{1,24}」(?:で|と)(?:統一|表示"
                    r"|登録|説明|入れ|通)"
                    # …or kept off the record in a deal's mail (Please keep this between us; I can't put this in the official
                    # documents, but our budget line is …): only with a deal's word in the text (_DEAL)
                    r"|(?i:keep (?:this|it|that) (?:between us|between ourselves|between you and me|off the record|to yourself)"
                    r"|(?:can['’]?t|cannot|can not) put this in (?:the |any )?official|this is off the record)"
                    # (round 39) …or this item kept out of the minutes (交渉中のため、この項は議事録に残さない; not a rule's 私的な事情は
                    # 記録に残さないのが原則)
                    r"|(?:この|本|当該)(?:項|件|部分|話|内容|数字|点)(?:は|も)(?:議事録|会議録|記録)(?:に|には)(?:残さ|載せ|記載し)(?:ない|ず)")
# (round 38) …or a deal's party kept out without a date (※本項は準備組合・事業協力者には伝えないこと): an instruction, with the
# office's figure in the text (_FIGURE)
_PARTY_OUT = re.compile(r"(?:業者|事業者|受注者|受託者|相手方|先方|向こう|他社|応募者|提案者|地権者|所有者|事業協力者|[一-鿿]{1,4}組合"
                        r"|[A-ZＡ-Ｚ]社|不動産(?:屋|業者|会社)|買い?手|地主)(?:側)?(?:には|に|へは)[、]?(?:この|本件の?|これ|数字|金額|額|"
                        r"単価|上限|内容|件)?[^。\n]{0,6}?(?:伝え|知らせ|言わ|見せ|示さ|漏らさ|出さ)(?:ないこと|ないで|ないように|ないよう|ずに)")
_DEAL = re.compile(r"(?i)\b(?:quote|quotation|budget|price|pricing|bid|tender|contract|ceiling|RFP|RFQ|estimate|offer)s?\b")
_GENERAL = re.compile(r"研修|マニュアル|手引|要領|規程|規則|要綱|一般論|一般的|例えば|例：|とは[、何]|クイズ|問[0-9０-９一二三四五]|正解|"
                      r"ならない|(?i:training|manual|guideline|for example|quiz|policy says)")
_PAST = re.compile(r"(?:なかった|なかったので|ませんでした|ずにいた)")
_QUESTION = re.compile(r"べきか|ですか|でしょうか|ますか|のか|か[？?]|[？?]|(?i:\?)")  # (…はどこまで伏せるべきか: a question)
# (round 36, after the closing measure) a bid-rigging tip in the grammar of its telling, not a phrase list: the winner
# settled (…が取ることで…話がついている, 落札者は…に決まっています), the others set to bid above (他の業者は…より高い額で入れる)
_RIGGING = re.compile(r"(?:取る|とる|落札する|受注する)(?:こと|の)(?:で|に|が)[^。\n]{0,20}?(?:話がつ|話が付|決まって|決まった)"
                      r"|落札者は[^。\n]{0,16}?(?:に|で)決まって|(?:さん|社)?の番(?:って|という|だという)(?:ことに)?(?:なって|決まって)"
                      r"|(?:落札|受注)する順番に(?:なって|決まって)|他社は[^。\n]{0,30}?(?:札を入れ|入札する|応札する)"
                      r"|(?:他|ほか|残り|その他)の[^。\n]{0,12}?(?:業者|社|会社)[^。\n]{0,30}?(?:高め|より高い|より上)[^。\n]{0,10}?"
                      r"(?:入れる|入れ(?:ること|て)|札を|出す|応札)")
_RIGGING_NOT = re.compile(r"判決|有罪|起訴|排除措置命令|課徴金|報道|新聞|事例|一般論|研修|過去の事件|とは[、何]|場合")
_RIGGING_TRIGGERS = ("話がつ", "話が付", "決まって", "高め", "より高い", "より上", "の番", "順番に", "他社は")
_COVER_TRIGGERS = ("聞かれ", "問い合わせ", "問合せ", "質問され", "尋ねられ", "外向け", "対外的", "表向き", "カレンダー上", "予定表上",
                   "日程表上", "公式には", "between us", "between ourselves", "between you and me", "off the record",
                   "to yourself", "put this in", "議事録に", "会議録に", "記録に")
_PARTY_TRIGGERS = ("には伝え", "には知らせ", "には言わ", "には見せ", "には示さ", "には漏らさ", "には出さ", "に伝え", "へは伝え",
                   "に言わ", "に知らせ", "に見せ", "に漏らさ")
# (round 39) the office's own limit with its figure, said to be kept quiet on the same line, whoever from (うちの限度額が㎡あたり
# 38,000円までってことは絶対言わないでくださいね; 予算上限 税込3,300,000円、これ以上は無理。口外無用): a negotiating position
_QUIET = re.compile(r"(?:言わ|漏らさ|話さ|明かさ|悟られ)(?:ないで|ないこと|ないように|ないよう|ずに)|口外(?:無用|しないで|厳禁|禁止)|他言無用"
                    r"|内緒(?:で|に|にして|のまま|ね|だよ|です)")
_LIMIT = re.compile(r"上限|限度|これ以上|それ以上|ここまで|天井|最大|ぎりぎり|ギリギリ|ライン|まで(?:なら|は|って|ってこと)")
_SMALL_FIGURE = re.compile(r"[0-9][0-9,，.]*(?:円|万|億|千円)")
# …in a deal: the other side or the deal's words somewhere in the text
_DEAL_JA = re.compile(r"業者|事業者|地権者|所有者|地主|先方|相手方?|見積|交渉|契約|入札|買収|買取|補償|単価|予算|価格|賃料|売却")
_QUIET_TRIGGERS = ("言わない", "漏らさない", "話さない", "明かさない", "悟られない", "言わず", "漏らさず", "話さず", "明かさず",
                   "悟られず", "口外", "他言", "内緒")
TRIGGERS = ("まで", "until") + _RIGGING_TRIGGERS + _COVER_TRIGGERS + _PARTY_TRIGGERS + _QUIET_TRIGGERS
# a price whose keeping is told (予定価格と最低制限価格を…HPに載せるまでは外に出さない): the rule, unless its figure is there
# (or the office's rule of publishing after the opening named in the sentence: うちは事後公表だから…)
_PRICE = re.compile(r"予定価格|最低制限|基準価格|最低売却価格|設計金額|積算|落札価格|事後公表|(?i:reserve price|ceiling price|estimate)")
_STOP = re.compile(r"[。.\n]")
_MAX = 16


def _quiet_limit(text: str) -> tuple[int, int] | None:
    """The office's limit and its figure on the line of a keep-quiet instruction (_QUIET) in a text about a deal
    (_DEAL_JA), not on a rule's line nor asked as a question: the instruction's span."""
    if _DEAL_JA.search(text) is None:
        return None
    for q in islice(_QUIET.finditer(text), _MAX):
        lo, hi = line_start(text, q.start()), text.find("\n", q.end())
        hi = len(text) if hi < 0 else hi
        if _SMALL_FIGURE.search(text, lo, hi) is not None and _LIMIT.search(text, lo, hi) is not None \
                and _GENERAL.search(text, lo, hi) is None and _QUESTION.search(text, q.end(), hi) is None:
            return q.span()
    return None


def _party_out(text: str) -> tuple[int, int] | None:
    """A deal's party kept out (_PARTY_OUT), not in a rule's line, with a figure in the text: its span."""
    p = _PARTY_OUT.search(text)
    if p is None or _GENERAL.search(text, line_start(text, p.start()), p.end()) is not None or _FIGURE.search(text) is None:
        return None
    return p.span()


class KeptMatterRecognizer(AigwRecognizer):
    ENTITY = "INTERNAL_MATTER"
    TRIGGER_WORDS = TRIGGERS

    def __init__(self, config=None) -> None:
        super().__init__(config)
        # the office's own actions: a kept matter as its unannounced_plan, a tip as its bid_rigging_tip (detectors.yaml
        # internal_matters; a matter the office has dropped is not read here either)
        actions = matter_actions(config)
        self.kept_action = actions.get("unannounced_plan")
        self.rigging_action = actions.get("bid_rigging_tip")

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        first = text.find("\n")
        first = len(text) if first < 0 else first
        if _GENERAL.search(text, 0, first) is not None:
            return []
        out: list[RecognizerResult] = []
        rigging = self.rigging_action is not None and any(w in ctx.hits for w in _RIGGING_TRIGGERS)
        m = _RIGGING.search(text) if rigging else None
        if m is not None and _RIGGING_NOT.search(text) is None:
            out.append(self.result(self.ENTITY, m.start(), m.end(), 0.85, matter="bid_rigging_tip",
                                   action=self.rigging_action, strength="strong"))
        if self.kept_action is None:
            return out
        for c in islice(_COVER.finditer(text), _MAX) if any(w in ctx.hits for w in _COVER_TRIGGERS) else ():
            if _GENERAL.search(text, line_start(text, c.start()), c.end()) is None \
                    and (not c.group(0).isascii() or _DEAL.search(text) is not None):
                out.append(self.result(self.ENTITY, c.start(), c.end(), 0.85, matter="kept_until", action=self.kept_action,
                                       strength="strong"))
                return out
        if any(w in ctx.hits for w in _QUIET_TRIGGERS) and (p := _quiet_limit(text)) is not None:
            out.append(self.result(self.ENTITY, p[0], p[1], 0.85, matter="kept_until", action=self.kept_action,
                                   strength="strong"))
            return out
        if any(w in ctx.hits for w in _PARTY_TRIGGERS) and (p := _party_out(text)) is not None:
            out.append(self.result(self.ENTITY, p[0], p[1], 0.85, matter="kept_until", action=self.kept_action,
                                   strength="strong"))
            return out
        for rx in ((_JA,) if "until" not in ctx.hits else (_JA, _EN)) if "まで" in ctx.hits else (_EN,):
            for m in islice(rx.finditer(text), _MAX):
                lo = max(text.rfind(c, max(0, m.start() - 120), m.start()) for c in "。.\n") + 1
                stop = _STOP.search(text, m.end(), m.end() + 60)
                hi = stop.start() if stop is not None else min(len(text), m.end() + 60)
                verb_end = m.end("verb") if m.group("verb") is not None else m.end("verb2") if m.group("verb2") else m.end()
                if _GENERAL.search(text, lo, hi) is not None or _PAST.match(text, verb_end) is not None \
                        or _QUESTION.search(text, verb_end, hi) is not None:
                    continue
                if rx is _JA and (m.group("weak") is not None or _PRICE.search(text, lo, hi) is not None) \
                        and _FIGURE.search(text) is None:
                    continue  # (kept unpublished, or a price kept: only with the figure itself in the text, r39)
                out.append(self.result(self.ENTITY, m.start(), m.end(), 0.85, matter="kept_until", action=self.kept_action,
                                       strength="strong"))
                break
        return out
