"""HANDLING_RESTRICTION: 取扱制限 (handling restrictions) on documents (DETECTION.md §4.2).

Grammar: an action (複製, 複写, コピー, 配付/配布, 再配布, 転送, 転載, 転記, 再利用, 二次利用, 送信,
印刷, 持出/持ち出し, 閲覧, 開示, 公開, 公表, 外部提供, 第三者提供, 撮影, 口外, 共有 …) followed by a
restriction (禁止, 厳禁, 不可, 要許可, 限定, 制限), plus fixed forms: 暗号化必須, 要暗号化, 読後廃棄/
破棄/回収, 開封期限, 報道解禁, 解禁日時, エンバーゴ, 会議後回収, DO NOT COPY/DISTRIBUTE/FORWARD.

Metadata: ``form`` (line / bracketed / header / labelled / declared / inline, as for
CLASSIFICATION_MARKING), ``standalone`` (document-marking form and not a question), ``question``
(the sentence asks about the rules: ``複製禁止の文書はどう扱えばよいですか``), ``strength``
(``strong`` when standalone), ``action`` (copy, distribute, forward, reuse, print, takeout, view,
disclose, encrypt, dispose, embargo, other).

Scores: stand-alone 0.85, inline 0.45, question 0.2. In ordinary prose (``上映禁止となる``,
``立ち入りを禁止``) nothing is reported: the action list is specific to documents, and a generic
``…禁止`` is not matched.
"""

from __future__ import annotations

from gateway.scan import rx as re
from typing import Any

from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._deixis import EN_DOCUMENT_AT_HAND, JA_DOCUMENT_AT_HAND
from gateway.scan.recognizers._marking_form import copyright_notice, marking_form, shown_not_applied
from gateway.scan.recognizers._marking_tables import QUOTED_EXAMPLES, explains_scheme, term_list_item
from gateway.scan.recognizers._text import finditer_windows, hit_windows, question_cues, sentence_bounds

_ACTIONS = {
    "copy": ("複製", "複写", "コピー", "転記", "転載", "無断転載", "無断複製", "撮影", "写真撮影"),
    "distribute": ("配付", "配布", "再配布", "再配付", "外部配布", "外部配付", "頒布"),
    "forward": ("転送", "送信", "外部送信", "メール送信", "外部共有"),
    "reuse": ("再利用", "二次利用", "目的外利用"),
    "print": ("印刷", "プリント"),
    "takeout": ("持出", "持出し", "持ち出し", "庁外持出", "庁外持出し", "外部持出", "外部持出し", "社外持出",
                "庁外持ち出し", "外部持ち出し", "社外持ち出し", "院外持ち出し", "校外持ち出し", "持ち出し厳禁", "無断持出",
                "無断持ち出し"),
    "view": ("閲覧",),
    "disclose": ("開示", "公開", "公表", "外部提供", "第三者提供", "提供", "口外", "他言"),
}
_ACTION_OF = {w: a for a, ws in _ACTIONS.items() for w in ws}
_ACTION_WORDS = sorted(_ACTION_OF, key=len, reverse=True)
# (a polite prohibition on a document: 外部への転送・提供はご遠慮ください)
_RESTR = r"(?:禁止|厳禁|不可|要許可|許可制|限定|制限|禁|ご遠慮(?:ください|下さい|願います|いただきますよう))"

_ACT_ALT = "|".join(map(re.escape, _ACTION_WORDS))
RESTRICTION_RE = re.compile(
    # a list of actions under one restriction: 複製・転送禁止, 複製、転送及び配布禁止
    r"(?:(?:" + _ACT_ALT + r")[ \t]*(?:[・、,/／]|及び|および|や)[ \t]*){0,4}"
    r"(?P<act>" + _ACT_ALT + r")[ \t]*(?:は|を)?[ \t]*(?:一切)?" + _RESTR
    + r"|(?P<encrypt>暗号化必須|要暗号化|暗号化(?:要|必要))"
    r"|(?P<dispose>読後(?:廃棄|破棄|回収|消去|削除)|閲覧後(?:廃棄|破棄|回収|削除)|(?:会議|会議終了|終了|使用|閲覧)後(?:は|に)?回収|要回収|使用後(?:廃棄|回収)|回収資料|資料回収)"
    r"|(?P<silence>他言無用|口外無用|他言厳禁|他言禁止|口外厳禁|口外禁止)"
    # 禁 before the action, as on a stamp: 禁複写, 【禁複写・禁転送】 (not 禁無断転載, a copyright line)
    r"|禁(?P<kinact>複製|複写|コピー|転送|配布|配付|持出|持ち出し)(?:[・、,/／]禁?(?:複製|複写|コピー|転送|配布|配付|持出|持ち出し)){0,4}"
    r"|(?P<embargo>開封期限|報道解禁|解禁日時|解禁時刻|エンバーゴ|[Ee]mbargo(?:ed)?)"
    r"|(?P<english>(?<![A-Za-z])(?:(?-i:DO[ \t]+NOT[ \t]+(?:COPY|DISTRIBUTE|FORWARD|SHARE))"
    # in sentence case only about the document itself or its circle, not the reader's own things (Do not share your
    # password with anyone: a manual's advice, round 17)
    r"|DO[ \t]+NOT[ \t]+(?:COPY|DISTRIBUTE|FORWARD|SHARE)(?=[ \t]*(?:$|[.。!:：)）\]]|[ \t]+(?:this|these|it\b|the[ \t]+"
    r"(?:document|file|attachment|report|e-?mail|message|contents?|slides?|minutes)|outside|externally|beyond|further|"
    r"with(?:[ \t]+anyone)?[ \t]+outside)))"
    r"|NOT[ \t]+FOR[ \t]+(?:PUBLIC[ \t]+)?(?:DISTRIBUTION|CIRCULATION|RELEASE|DISCLOSURE)|NO[ \t]+FORWARD(?:ING)?)(?![A-Za-z]))"
    # asked in words (round 18): 持ち出したり、他部署へ転送したりしないようお願いします, 調査委員以外に見せないでください
    # (not a thing named after the action: 共有フォルダのパスワード、チャットに書かないでください, round 39)
    r"|(?P<prose>(?:持ち出|転送|複写|複製|コピー|印刷|配布|配付|共有|提供)(?!フォルダ|ドライブ|サーバ|ファイル|ディスク|設定|アドレス|機|用紙)"
    r"(?:し|さ)?(?:たり)?[^。\n]{0,24}?(?:しないで|しないよう|ないで(?:ください|下さい)|"
    r"ないよう(?:に)?(?:お願い|ご注意))|以外(?:に|へ|の方に)?(?:は)?(?:見せ|渡さ|回さ|口外し|他言し)ないで"
    # (a note keeping a document's contents in: 見積内容・業者名は外部に出さないこと, …職員以外に口外しないこと, round 21)
    r"|(?:外部|庁外|部外|課外|組織外)(?:に|へ)(?:は)?(?:出さ|漏らさ|流さ|見せ)ない(?:こと|で|よう)|(?:口外|他言)しない(?:こと|で|よう)"
    r"|please[ \t]+do[ \t]+not[ \t]+(?:forward|print|copy|share|distribute|circulate))",
    re.IGNORECASE,
)
# the sentence (or the one before it on its line) speaks of the document at hand: この資料は / 本件は / このメモは / This report
_ABOUT_DOCUMENT = re.compile(JA_DOCUMENT_AT_HAND + r"|(?i:" + EN_DOCUMENT_AT_HAND + r"|\bthis is for\b)")


# (or the restriction is a note of the document's own, its line headed by a note mark: ※…職員以外に口外しないこと, round 21;
# words about documents in general are no marking)
# (or a stamp-like heading in 【…】 holding the request: 【関係課のみ・外部への提供はしないでください】, round 33)
_NOTE_LINE = re.compile(r"[ \t　]*(?:[※＊*]|注[:：)）]|[(（【〔]注(?:意)?[)）】〕]|【[^】\n]{0,40}】[ \t　]*$)", re.MULTILINE)
# a form's guidance to the applicant about their own filled form (実際の番号は申請書本紙にのみ記入し、コピーを取らないでください:
# round 29): the sentence speaks of filling in a form, not of this text
_APPLICANT_FORM = re.compile(r"記入|申請書|届出書|届書|申込書|本紙|用紙")


# a marking quoted as what a rule text prescribes (町のポリシーでは審査会資料は「機密性３・取扱制限（委員限り）」: round 29)
_RULE_SAYS = re.compile(r"(?:ポリシー|規程|規則|要領|基準|要綱|マニュアル|ルール)(?:上|で|では|によると|によれば)"
                        r"[^「」\n。]{0,30}「[^」\n]{0,40}$")


def quoted_by_rule(text: str, start: int) -> bool:
    return _RULE_SAYS.search(text, max(0, start - 80), start) is not None


def _about_document(text: str, s: int) -> bool:
    """The document at hand is named on the restriction's line, at most 160 characters before it."""
    return _ABOUT_DOCUMENT.search(text, max(text.rfind("\n", max(0, s - 160), s) + 1, s - 160), s) is not None


# "閲覧制限" also names the DV 支援措置 on 住民票 (a sensitive topic, not a document marking): after the measure's name
# (支援措置（閲覧制限）, 住民票の閲覧制限) it is that measure (round 21); elsewhere the form metadata tells them apart.
_REGISTRY_MEASURE_BEFORE = re.compile(r"(?:支援措置|住民票|附票|戸籍|DV|ＤＶ)(?:等|など)?(?:の|に係る)?[ ]?[(（]?$")


def registry_measure(text: str, s: int, e: int) -> bool:
    """The restriction at [s, e) is the DV support measure on the resident registry (支援措置（閲覧制限）)."""
    return text.startswith(("閲覧", "交付"), s) and _REGISTRY_MEASURE_BEFORE.search(text, max(0, s - 12), s) is not None

TRIGGERS = ("しないで", "しないよう", "ないでください", "ないよう", "見せないで", "渡さないで",
            "禁止", "厳禁", "不可", "要許可", "許可制", "限定", "制限", "暗号化", "読後", "閲覧後",
            "会議後回収", "要回収", "回収資料", "資料回収", "使用後", "開封期限", "解禁", "エンバーゴ", "embargo", "do not", "not for",
            "no forward", "他言", "口外無用", "口外厳禁", "口外禁止", "ご遠慮", "を禁", "禁ず", "禁じ", "後回収", "後は回収", "後に回収",
            "禁複", "禁転送", "禁コピー", "禁配", "禁持", "ないこと", "口外し")


# what a bracketed note stands after when it marks a document: nothing on its line, or a document's word (本資料（要暗号化）)
_DOC_BEFORE = re.compile(r"(?:資料|文書|ファイル|本書|本紙|メール|添付|書類|報告書|名簿|一覧|台帳|データ)[ \t]*$")


def on_document(text: str, s: int) -> bool:
    """The bracketed note at ``s`` (just after its bracket) marks a document, not a data item (see _DOC_BEFORE)."""
    ls = max(text.rfind("\n", max(0, s - 80), s) + 1, s - 80)  # (bounded: a long line is read 80 characters back)
    before = text[ls:max(ls, s - 1)]
    return not before.strip(" \t\u3000") or _DOC_BEFORE.search(before) is not None


# (round 25) one of the kinds a rule lists in brackets after its word (…必要に応じて取扱制限（複製禁止、持出禁止、配布禁止、
# 閲覧者限定等）を明示する): a policy's text naming them, no document so marked
_LIST_OPEN = re.compile(r"(?:取扱制限|取扱区分|制限|表示|区分|例えば|例)[ ]?[(（][^()（）\n]{0,40}$")
_QUOTED_LIST = re.compile(r"[」』](?:[ 、・\n]?[「『][^」』\n]{1,12}[」』]){0,8}[ ]?(?:等|など)")
_LIST_CLOSE = re.compile(r"[^()（）\n]{0,40}?(?:等|など)[)）]")


# a line listing three quoted kinds or more after a label naming them (・取扱制限の表示：「複製禁止」「持出禁止」「部外秘」, r28)
_KINDS_LINE = re.compile(r"[ \t・*\-]*[^「\n]{0,16}(?:表示|制限|区分|種類|例)[^「\n:：]{0,4}[:：][ ]?(?:「[^」\n]{1,12}」[、・ ]?){3,}[ ]*$",
                         re.MULTILINE)


def enumerated(text: str, s: int, e: int) -> bool:
    """The restriction at [s, e) is an item of a list in brackets after a rule's word, the list closed by 等 / など, or
    one of quoted kinds listed before 等 (「複製禁止」「持出禁止」「配布禁止」等の取扱制限を明示する), or after a label naming them."""
    ls = text.rfind("\n", max(0, s - 120), s) + 1
    return (_LIST_OPEN.search(text, max(0, s - 48), s) is not None and _LIST_CLOSE.match(text, e) is not None) or (
        _QUOTE_OPEN.search(text, max(0, s - 9), s) is not None and _QUOTED_LIST.match(text, e) is not None) or (
        text[s - 1:s] == "「" and (ls > 0 or s < 120) and _KINDS_LINE.match(text, ls) is not None)


# the quote opens right before the restriction, or before its label inside the quote (「取扱制限：複製禁止」「…」など, r27)
_QUOTE_OPEN = re.compile(r"[「『](?:[^」』\n]{1,6}[:：])?$")


# a sentence about viewing or lending something (閲覧できます, 貸出します) right before a bracketed restriction
_VIEWING_BEFORE = re.compile(r"(?:閲覧|貸出|貸し出|持ち帰|配布)[^。\n]{0,12}(?:できます|します|いただけます|可能です|可能|可)[。]?[ ]?[(（]?$")


def viewing_rule(text: str, s: int) -> bool:
    """A bracketed restriction at ``s`` after a sentence about viewing or lending something (…窓口で閲覧できます（複写不可）):
    the rule of that viewing, not a marking of this text (round 33)."""
    return _VIEWING_BEFORE.search(text, max(text.rfind("\n", 0, s) + 1, s - 30), s) is not None


class HandlingRestrictionRecognizer(AigwRecognizer):
    ENTITY = "HANDLING_RESTRICTION"
    TRIGGER_WORDS = TRIGGERS

    def analyze_ctx(self, ctx: ScanContext) -> list[Any]:
        text = ctx.text
        out = []
        for m in finditer_windows(RESTRICTION_RE, text, hit_windows(ctx, TRIGGERS, 16, 24)):
            s, e = m.start(), m.end()
            if copyright_notice(text, s, e) or registry_measure(text, s, e):
                continue  # ©2026 … 無断転載禁止: a copyright notice on a published work; 支援措置（閲覧制限）
            if m.lastgroup == "act" or m.group("act") or m.group("kinact"):
                action = _ACTION_OF.get(m.group("act") or m.group("kinact"), "other")
            else:
                action = {"encrypt": "encrypt", "dispose": "dispose", "embargo": "embargo",
                          "silence": "disclose"}.get(m.lastgroup, "other")
            form = marking_form(text, s, e)
            if form == "bracketed" and viewing_rule(text, s):
                continue
            if action == "encrypt" and form == "bracketed" and not on_document(text, s):
                form = "inline"  # a data item's note: kojin_bango CHAR(12), -- 個人番号（要暗号化） (round 22)
            if m.lastgroup == "english" and form == "inline" and _about_document(text, s):
                form = "declared"  # This draft is for section members only. Do not forward it, … (round 18)
            if m.lastgroup == "prose":  # asked in words: on this document (このメモは…見せないでください), or a rule in
                if form != "inline" or not (_about_document(text, s) or _NOTE_LINE.match(text, text.rfind("\n", 0, s) + 1)):
                    continue
                if not _about_document(text, s) and _APPLICANT_FORM.search(text, sentence_bounds(text, s, e)[0], s) is not None:
                    continue
                form = "declared"
            question = (form != "line" and (question_cues(text, s, e, strong_only=form != "inline")
                                            or shown_not_applied(text, e, s) or enumerated(text, s, e)
                                            or quoted_by_rule(text, s))) or (
                form != "inline" and (term_list_item(text, s) or QUOTED_EXAMPLES.match(text, e) is not None))  # (r28: ・複製禁止
            # under 次の表示に対応する英語を…; ファイル名に【部外秘】とか…付いている)
            standalone = form != "inline" and not question
            score = 0.2 if question else (0.85 if standalone else 0.45)
            out.append(
                self.result(
                    self.ENTITY, s, e, score, form=form, standalone=standalone, question=question,
                    strength="strong" if standalone else "weak", action=action,
                )
            )
        if out and explains_scheme(text, [(r.start, r.end) for r in out]):
            for r in out:  # a definition table / rule list of restrictions: mentions, not markings
                if r.recognition_metadata.get("form") != "line":
                    r.recognition_metadata.update(question=True, standalone=False, strength="weak")
                    r.score = 0.2
        return out
