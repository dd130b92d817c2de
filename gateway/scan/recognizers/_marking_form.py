"""How a marking (classification or handling restriction) appears in a text: on its own line, in
brackets, after a label, as a header, declared (この資料は…です) or inline in prose. Shared by
classification_marking.py and handling_restriction.py (kept apart so neither imports the other)."""

from __future__ import annotations

from gateway.scan import rx as re

from gateway.scan.recognizers._deixis import JA_DOCUMENT_AT_HAND
from gateway.scan.recognizers._marking_tables import (EXAMPLE_LABEL, example_continued, quoted_list_item,
                                                     quoted_then_shown, table_body_cell, under_sample_caption)
from gateway.scan.recognizers._word_index import per_text

from gateway.scan.recognizers._text import (BRACKET_PAIRS, CLOSE_BRACKETS, OPEN_BRACKETS, enclosing_brackets,
                                            is_alone_on_line, is_at_line_start, line_end, line_start)

_LABEL_BEFORE = re.compile(
    r"(?:秘密区分|機密区分|秘密の区分|格付け?|取扱区分|取扱い区分|情報区分|文書区分|区分|機密性区分|取扱制限|"
    r"取扱い制限|取り扱い制限|取扱条件|公開区分|開示区分|配布区分|配付区分|配布範囲|配付範囲|公開範囲|共有範囲|"
    # a slide's or a page's footer or header, a watermark (フッター：機密性２　…限り, round 14)
    r"フッター|ヘッダー|ヘッダ|透かし|footer|header|watermark|"
    # a stamp or a red note described on the page (［左上に朱色のスタンプ：取扱注意］, 朱書き：部外秘; round 20)
    r"スタンプ|ゴム印|押印|捺印|印影|朱印|朱書き?|赤字|stamp|"
    r"classification|marking|handling)[\"']?(?:[ \t]*(?:[:：]|\||,|[)）\]］])[ \t　]*[\"']?|[ \t　]+)$"  # (JSON's "…": r34)
    # or the field of an export in romaji (<himitsuKubun>機密性3, "kimitsu_kubun": "…", round 18)
    # (or a document system's display and restriction fields: "hyoji":"機密性２","seigen":"複製禁止", round 19)
    r"|(?:himitsu|kimitsu(?:sei)?|toriatsukai|hyou?ji|seigen)_?(?:kubun|level|lv|seigen)?[\"']?[ \t]*(?:>|[:=])[ \t]*[\"']?$",
    re.IGNORECASE,
)
# (or its next sentence: 本資料は検討途中のものです。取扱注意)
_DECLARED_BEFORE = re.compile(JA_DOCUMENT_AT_HAND + r"(?:は|も)(?:[^。\n]{0,48}|[^。\n]{0,24}。[ \t　]*)$")
# a marking given as the reason for a handling instruction: 機密性２情報につき取扱注意で, 部外秘につき転送不可
_DECLARED_REASON = re.compile(
    r"[ \t]*(?:情報|資料|文書)?[ \t]*につき[、, \t]*(?:取扱|取り扱|転送|複製|持出|持ち出|外部|他言|口外|ご注意|ご留意|厳重|"
    r"管理|配布|配付|共有|閲覧)"
    # …or the handling it imposes after a dash (CONFIDENTIAL – 本提案書の第三者への開示を禁じます, Confidential - do not
    # distribute; round 20)
    r"|[ \t]*[-–—―:][ \t]*(?:(?:本|この|当)[^\n。]{0,12}?(?:開示|複製|転載|配布|配付|転送|持出|持ち出|提供|共有)[^\n。]{0,8}?(?:禁|不可|ご遠慮)"
    r"|(?i:do not (?:distribute|disclose|copy|forward|share)|not (?:for|to be) (?:distribution|disclosed|shared)|internal use only))")
_PAYLOAD_INTRO = re.compile(r"(?:以下|下記|次|添付|貼り付けた|貼付)の|(?:以下|下記)は")
_DECLARED_AFTER = re.compile(
    r"^[ \t]*(?:情報)?[ \t]*(?:です|である|じます|じる|します|に該当|扱い|を含(?:みます|む|んでいます|んでおります)|が含まれ(?:ます|ている|ています)|として取り扱|として扱(?:う|い|って|わ|え)|(?:[・、/]|とし)[^\n]{0,12}(?:禁止|厳禁|回収|廃棄|限り)"
    # (a bracketed note: 取扱注意（配付先：…に限る） ―; a bracket closing the declaration: …（本章は機密性２）, round 19; a rule
    # on the text after it: …までは部外秘。地元説明会の資料にも載せないこと, round 25)
    r"|[。.]?[ \t]*(?:\([^()\n]{0,30}\))?[ \t―—\-]*[)）]?[ \t]*(?:$|\n)|[。.][^。\n]{0,30}(?:ないこと|ないで|ないように|禁止|厳禁))")
# a restriction declared on the document as a rule sentence: 本資料の複製を禁ず / この文書の転送を禁止します
_DECLARED_OF = re.compile(
    r"(?:この|本|当|以下の|添付の)(?:資料|文書|メール|報告書|議事録|ファイル|データ)(?:の|は)(?:[ \t]*(?:内容|記載内容|全部又は一部)の?)?[ \t]*$")
_RULE_VERB_AFTER = re.compile(r"(?:ず|ずる|じる|じます|します|する|とする|とします|です)?[ \t]*[。.]?[ \t]*(?:$|\n)")
# a marking shown, not applied: 【機密性２】と表示し, （庁内限り）などと併記する, 「秘」と押印
_SHOWN_AFTER = re.compile(r"[ \t]*[)）\]】〕」』>〉]{0,2}[ \t]*(?:(?:など|等)?と|の(?:よう|様)に|のような形で)"
                          r"(?:表示|記載|記入|明記|併記|表記|押印|押す|書|付|記す|いう|呼|入れ)"  # (件名に【機密性２】と入れる)
                          r"|[ \t]*[)）\]】〕」』>〉]{0,2}[ \t]*を(?:付け|付す|付与|付ける|表示|記載|記入|押印|押す|入れ)"  # (…を付け: r17;「…（複製禁止）」を: r26)
                          r"|[」』](?:[「『][^」』\n]{1,10}[」』]){0,4}(?:の|という|といった)(?:言葉|語|文言|用語|ワード)"  # (「取扱注意」の言葉: r21)
                          r"|[】\]](?:[【\[][^】\]\n]{1,12}[】\]]){0,4}(?:など|等)の?[^。\n]{0,8}?を(?:表示|記載|記入|付)")  # (【…】【…】などの格付を表示, r35)
# a cell of an aligned metadata line: 文書番号 財第31号　機密性 ２　保存期間 5年 (two or more fields apart)
_FIELD_GAP = re.compile(r"[ \t]{1,}|[ \t]*[|｜][ \t]*")


# rules drawn around a marking on its own line: ――― 庁内限り ―――, ━━ 秘 ━━, ─── CONFIDENTIAL ───
_RULE_CHARS = "―─━‐‑–—－-=＝~〜～*＊・･ \t　"
# quotation marks: a marking quoted and followed by a particle is named in prose (「持出禁止」と表示された文書)
# wording that explains a marking instead of applying it: a definition table or a rule list
# (or a quoted marking given a definition after a colon: ・「複製禁止」：コピー、スキャン…を禁じる, round 12)
# 無断転載禁止 / 禁無断転載 next to ©, Copyright, 著作権 or All rights reserved: a copyright notice
_UNAUTHORISED = re.compile(r"無断|禁無断")
_COPYRIGHT = re.compile(r"©|\(c\)|copyright|著作権|all rights reserved", re.IGNORECASE)



# (round 41) a restriction applied until a day: ※7/8の記者発表まで関係者限り, 発表は3月15日の予定で、それまでは委員会限りの資料です
_UNTIL_BEFORE = re.compile(r"(?:※[^\n。]{0,30}|それ|発表|公表|通知|決定)(?:まで|までは)[ 　]?$")
_UNTIL_AFTER = re.compile(r"(?:の(?:資料|情報|扱い|取扱い))?(?:です|とします|でお願いします|[。\n]|$)")

def copyright_notice(text: str, start: int, end: int) -> bool:
    if _UNAUTHORISED.search(text, max(0, start - 3), min(len(text), end)) is None:
        return False
    return _COPYRIGHT.search(text, max(0, start - 80), min(len(text), end + 80)) is not None


# one item of a bracketed list of markings: （開札前・取扱厳重注意）, 【取扱注意・関係者限り】
_ITEM_SEP = "・、,，/／ 　"
# (round 39) …or the marking's reason before it in its bracket: 【公告前につき取扱注意】, （審査中のため関係者限り）
_REASON_BEFORE = re.compile(r"(?:[一-鿿]{1,6}前|審査中|検討中|調整中|作成中|未公表|未発表|非公表)(?:につき|のため|なので)[、 　]?")


def _bracket_item(text: str, start: int, end: int) -> bool:
    i = start - 1
    while i >= 0 and start - i <= 16 and text[i] not in OPEN_BRACKETS:
        if text[i] in CLOSE_BRACKETS or text[i] in "。\n":
            return False
        i -= 1
    if i < 0 or text[i] not in OPEN_BRACKETS or text[i] == "『":
        return False  # (『コンフィデンシャル／共助』: title quotes hold a work's title, whose parts are no list of marks)
    close = BRACKET_PAIRS[text[i]]
    j = end
    while j < len(text) and j - end <= 16 and text[j] != close:
        if text[j] in OPEN_BRACKETS or text[j] in "。\n":
            return False
        j += 1
    if j >= len(text) or text[j] != close:
        return False
    before_ok = start - 1 == i or text[start - 1] in _ITEM_SEP or _REASON_BEFORE.fullmatch(text, i + 1, start) is not None
    after_ok = end == j or text[end] in _ITEM_SEP
    if text[i] == "「" and (_NAMED_BEFORE.search(text, max(0, i - 8), i) or _NAMED_AFTER.match(text, j + 1)
                           or _WORDS_IN_ITEM.search(text, i + 1, j)):
        return False  # a product's or a programme's name in quotes (新商品「マル秘 極うま みそだれ」), no list of marks
    return before_ok and after_ok


# a name given in quotes: a product, a dish, a programme, a book, a campaign
_NAMED_BEFORE = re.compile(r"(?:商品|新商品|新製品|製品|メニュー|番組|書籍|書名|題名|タイトル|曲|映画|コーナー|企画|キャンペーン|料理|"
                           r"レシピ|ブランド|シリーズ|名物|土産|特産品)(?:名)?(?:の|は|が|に|を|「)?$")
_NAMED_AFTER = re.compile(r"(?:の(?:紹介|宣伝|広告|説明|感想|作り方|レシピ|キャッチコピー|売り文句|ポップ|POP|パッケージ|商品)|"
                          r"という(?:商品|番組|本|料理|名前|メニュー|タイトル))")
# a quoted list item of ordinary words (a run of three hiragana: みそだれ), which a list of marks never holds
_WORDS_IN_ITEM = re.compile(r"[ぁ-ゟ]{3}")


_QUOTES = {"「": "」", "『": "』", "\"": "\"", "“": "”", "'": "'"}


_NOTE_MARKS = "※＊*注"
_GOODS_AFTER = re.compile(r"[ \t]*(?:スタンプ|ゴム印|の?印(?![刷])|シール|ステッカー|ラベル|[0-9]+[ \t]*(?:個|枚|本|点|セット))")


def _ruled_line(text: str, start: int, end: int) -> bool:
    """A marking between rules (――― 庁内限り ―――) or after a note mark (※他言無用) on its own line."""
    ls, le = line_start(text, start), line_end(text, end)
    if ls < 0 or le < 0:  # a line this long is prose
        return False
    before, after = text[ls:start], text[end:le]
    if before.strip(" \t　") in ("※", "＊", "*", "注)", "注）", "注:", "注：") and not after.strip(_RULE_CHARS + "。."):
        return True
    return (before.strip(_RULE_CHARS) == "" and after.strip(_RULE_CHARS) == ""
            and len(before.strip(" \t　")) >= 2 and len(after.strip(" \t　")) >= 2)


# (joined by a conjunction too: 「極秘」又は「秘」の印を押す, 「秘」や「取扱注意」の表示)
_MORE_QUOTED = re.compile(r"(?:(?:[ 　、,・]{0,2}|又は|または|若しくは|もしくは|及び|および|や|と|か)[「『][^「」『』\n]{1,16}[」』]){0,6}")


# after a quotation that holds a marking among other words: the quotation is what a document shows, named in
# prose (「【機密性３】」と表示された資料, 「機密性２　取扱制限：課内限り」と書かれた内訳, 「取扱注意」の印がある表)
_NAMED_QUOTE_AFTER = re.compile(r"(?:など|等)?と(?:表示|記載|記入|明記|併記|表記|押印|書か|書い|記さ|記し|ある|あっ|いう|印字)|"
                                r"の(?:印|表示|スタンプ|押印|記載|記入|ある|あった|付いた|ついた)|"
                                r"が(?:付|つ|押|書|表示|記載|印字)")


# the sentence points at the pasted document: 以下の資料 / 次の文書 / 添付のファイル … carries the marking it names
_POINTS_AT_PAYLOAD = re.compile(r"(?:以下|下記|次|この|本|添付|貼り付けた|貼った)の?(?:[^\n。「」]{0,6}?)"
                                r"(?:資料|文書|ファイル|メール|データ|原稿|報告書|議事録|表(?![示記]))")


def _names_payload(text: str, start: int, end: int) -> bool:
    """The sentence holding the marking speaks of the pasted document (「機密性２」と表示された以下の資料を要約して)."""
    reach = max(0, start - 60)
    lo = max(text.rfind("\n", reach, start), text.rfind("。", reach, start)) + 1 or reach
    hi = min(x for x in (text.find("\n", end, end + 60), text.find("。", end, end + 60), min(len(text), end + 60))
             if x >= 0)
    return (_POINTS_AT_PAYLOAD.search(text, lo, hi) is not None and re.search(r"公開して(?:いい|よい|も)|公開可|公開済",
            text[lo:hi]) is None) or _kept_on_document(text, start, end)  # (…この資料自体は公開していいもの: r21)


def _kept_on_document(text: str, start: int, end: int) -> bool:
    return _DOC_PART_BEFORE.search(text, max(0, start - 14), start) is not None and _KEPT_AFTER.match(text, end) is not None


# the marking on a part of the document at hand, to be kept there (フッターの「機密性２」表示を消さないこと, round 18)
_DOC_PART_BEFORE = re.compile(r"(?:フッター|ヘッダー|表紙|欄外|右上|左上|上部|下部|余白)(?:の|に|には|にある)[ ]?[「『【]$")
_KEPT_AFTER = re.compile(r"[」』】](?:の|と)?(?:表示|表記|マーク|スタンプ)?(?:を|は)?(?:消さない|外さない|削除しない|残す|残して|"
                         r"付けたまま|入れたまま|が付いて|が入って|があり)")


def _quoted_mention(text: str, start: int, end: int) -> bool:
    """The marking stands inside a short 「…」 on its line, and the quotation is named by what follows it."""
    i = text.rfind("「", max(0, start - 30), start)
    if i < 0 or "」" in text[i + 1:start] or "\n" in text[i + 1:start]:
        return False
    j = text.find("」", end, min(len(text), end + 30))
    if j < 0 or "\n" in text[end:j] or "「" in text[end:j]:
        return False
    return _NAMED_QUOTE_AFTER.match(text, j + 1) is not None


def _bracket_named(text: str, start: int, end: int) -> bool:
    """The marking fills a 【…】 / ［…］ and what follows names the bracket as a shown mark (【部外秘】の表示がある文書は)."""
    if end - start < 2 or start < 1 or text[start - 1] not in "【[［〔" or end >= len(text) or text[end] not in "】]］〕":
        return False  # (a lone 【秘】 is read as a mark, or asked about: its own rules)
    return _NAMED_QUOTE_AFTER.match(text, end + 1) is not None


def _of_named_document(text: str, start: int) -> bool:
    """A note in brackets after a quoted document's name: its class, not this text's (「構成資料」（貸与、機密性２）)."""
    b = max(text.rfind("(", max(0, start - 30), start), text.rfind("（", max(0, start - 30), start))
    return b > 0 and text[b - 1] in "」』" and not any(c in text[b:start] for c in ")）\n")


def _quoted_in_prose(text: str, start: int, end: int) -> bool:
    seg = text[max(0, start - 64):start]  # (the spaces before the marking, bounded)
    i = start - 1 - (len(seg) - len(seg.rstrip(" 　")))
    if i < 0 or text[i] not in _QUOTES:
        return False
    if text[i] == "『":  # a work's title that opens with the word: 『コンフィデンシャル／共助』は…
        j = text.find("』", end, min(len(text), end + 40))
        if j < 0 or "\n" in text[end:j]:
            return False
    else:
        j = text.find(_QUOTES[text[i]], end, min(len(text), end + 8))
        if j < 0 or text[end:j].strip(" 　"):
            return False
    if _GOODS_AFTER.match(text, j + 1) is not None:
        return True  # 「取扱注意」スタンプ 2個, 角印「秘」 1個: an object that carries the marking
    # the first of a list of quoted words, the particle after the list (「マル秘」「部外秘」などの表示は使わず; 「取扱注意」
    # 「複製禁止」等の取扱制限を明示する: 等 before the particle, round 12)
    m = _MORE_QUOTED.match(text, j + 1)
    k = m.end() if m is not None else j + 1
    k += text.startswith("等", k)
    nxt = text[k:k + 1]
    return "ぁ" <= nxt <= "ゟ" and nxt not in "ぁ"


_SUBJECT_BEFORE = re.compile(r"(?i)^[ \t]*(?:件名|題名|表題|subject|(?:re|fw|fwd)[ \t]*:[ \t]*件名)[ \t]*[:：][ \t]*$")
_SUBJECT_SEP = "／/|｜ 　:：-―・"  # (_SUBJECT_BEFORE: a mail subject opened by the marking: 件名：転送禁止／…, Subject: …)


# one item of a list of quoted markings, the list then shown: 「機密性３」と、取扱制限は「複製禁止」などと表示する
_LISTED_AFTER = re.compile(r"[ \t]*[」』][ \t]*と[、,][^。\n]{0,60}?と(?:表示|記載|記入|明記|併記|表記|押印|押す|書|付|記す)")


def shown_not_applied(text: str, end: int, start: int | None = None) -> bool:
    """The marking is followed by と表示 / などと併記 / のように表示 / と押印 …: training text showing how to mark a
    document (表示例：右上に【機密性２】と表示し), not a marked document; also a quoted marking listed before
    the others and the verb (「機密性３」と、「複製禁止」などと表示), and (given its ``start``) a marking after an
    example label on its line (表示例：「機密性２」「機密性２　複製禁止」)."""
    if _SHOWN_AFTER.match(text, end) is not None or _LISTED_AFTER.match(text, end) is not None \
            or (start is not None and quoted_then_shown(text, start, end)):
        return start is None or not _names_payload(text, start, end)
    return start is not None and (EXAMPLE_LABEL.search(text, max(line_start(text, start), start - 80), start) is not None
                                  or example_continued(text, start) or table_body_cell(text, start)
                                  or quoted_list_item(text, start) or under_sample_caption(text, start))


_MARKING_THEN_SEP = re.compile(r"[ \t　]*[【\[]?(?:機密性[ 　]?[0-9０-９一二三ⅠⅡⅢIV]{1,2}(?:情報)?|部外秘|庁外秘|社外秘|課外秘|"
                               r"関係者限り|取扱注意|極秘|秘|内示前|公表前|発表前|未公表)[】\]]?[ \t　]*[/／・][ \t　]*")  # (not 機密性３ | …)
# (or a status before it: 内示前・取扱注意, r32)


def _field_cell(text: str, start: int, end: int, ls: int) -> bool:
    """The marking is one field of an aligned metadata line (fields apart by spaces, tabs or bars, no
    sentence on the line): 文書番号 財第2026-031号　機密性 ２　保存期間 5年."""
    le = line_end(text, end)
    if le < 0 or start - ls > 80 or ("機密" not in text[start:end] and "秘" not in text[start:end]
                                      and not text[start:end].isascii()):
        return False  # a level or secrecy word (機密性 ２, 部外秘), not a scope (対象 職員限り) or a restriction
    before, after = text[ls:start], text[end:le]
    if before.lstrip(" ").startswith(("|", "｜")) or "\t" in text[ls:le]:
        return False  # a table row (a register listing documents by level): the column logic decides
    if text[start:end].isascii():
        # English prose spaces every word: an English marking is a field only between bars (City | Confidential | p. 3)
        return before.rstrip(" \t").endswith(("|", "｜")) and after.lstrip(" \t").startswith(("|", "｜"))
    if not (before and before[-1] in " \t|｜" and after and after[0] in " \t|｜"):
        return False
    line = text[ls:le]
    if re.search(r"[。？?、!！]", line) or "ぁ" <= after.lstrip(" \t|｜")[:1] <= "ゟ":
        return False
    return len(_FIELD_GAP.findall(before.strip(" \t|｜"))) >= 1 or len(_FIELD_GAP.findall(after.strip(" \t|｜"))) >= 1


_NAME_CHAR = re.compile(r"[0-9A-Za-z一-鿿ぁ-ゖァ-ヺー々]")


def _name_part(text: str, start: int, end: int) -> bool:
    """The marking is glued by an underscore to a file or sheet name: ★機密性２_組織改正案_v3.xlsx,
    シート「機密性2_個別査定」, 査定結果_部外秘.pdf."""
    if text[start:end].isascii():
        return False  # an ASCII code in a name (予算_C3I2A2.xlsx) may be anything
    return ((text[end:end + 1] == "_" and _NAME_CHAR.match(text, end + 1) is not None)
            or (text[start - 1:start] == "_" and start >= 2 and _NAME_CHAR.match(text, start - 2) is not None))


# the document's own sentence closing with the marking (本記録は…秘密会とした部分の記録であり、関係者限り。) or a sentence of
# the marking alone after it (…登載しない。複製・持出禁止。) (round 15)
_DOC_SUBJECT = r"(?:この|本|当)(?:記録|資料|文書|議事録|会議録|報告書|メール|ファイル|データ|名簿|調書)(?:は|も)"
_DECLARED_CLAUSE = re.compile(_DOC_SUBJECT + r"[^。\n]{0,64}?(?:であり|であるため|のため|につき|として|とし)[、,]?[ \t　]*$")
_DOC_SENTENCE = re.compile(_DOC_SUBJECT + r"[^\n]{0,120}。$")
_SENTENCE_END = re.compile(r"[ \t　]*(?:[。.]|$|\n)")


def _declared_by_sentence(text: str, start: int, end: int) -> bool:
    if _SENTENCE_END.match(text, end) is None:
        return False
    lo = max(0, start - 140, text.rfind("\n", max(0, start - 140), start) + 1)  # (bounded: the marking's line)
    return _DECLARED_CLAUSE.search(text, lo, start) is not None or (
        start > 0 and text[start - 1] == "。" and _DOC_SENTENCE.search(text, lo, start) is not None)


# a katakana word glued after the marking word makes a compound (★極秘ミッション★, マル秘グルメ) unless it names a document
_KATAKANA_WORD = re.compile(r"[ァ-ヺー]{2,}")
_DOCUMENT_WORDS = ("データ", "ファイル", "メール", "レポート", "リスト", "シート", "メモ", "フォルダ", "ドキュメント")
# a rules text's chapter, section or article heading naming the topic (第5章　秘密文書, 第3節 秘密の取扱い)
_RULES_HEADING = re.compile(r"[ \t　]*第[0-9０-９一二三四五六七八九十百]{1,4}(?:章|節|款|条(?:の[0-9一二三四五六七八九十]{1,2})?)[ \t　]*$")
# a form's template line: placeholders on the marking's line (│　秘　　令和○年○月○日まで　│)


def _word_goes_on(text: str, end: int) -> bool:
    m = _KATAKANA_WORD.match(text, end)
    if m is None and text[end - 1:end].islower():  # a feature's or a product's name: Confidential Print (round 20)
        return _TITLE_WORD.match(text, end) is not None
    return m is not None and not m.group(0).startswith(_DOCUMENT_WORDS)


_TITLE_WORD = re.compile(r" (?!(?:Information|Document|Data|Material|Report|File)s?\b)[A-Z][a-z]{2,}")


def _rules_heading(text: str, start: int) -> bool:
    ls = text.rfind("\n", max(0, start - 24), start) + 1
    return (ls > 0 or start < 24) and _RULES_HEADING.fullmatch(text, ls, start) is not None


# a template's line: a date or a blank to fill in on the marking's line (機密性２　令和○年○月○日, ＿＿課), or a name's slot
# next to it (【○○課】機密性２); a name's slot further on is a name withheld in a message ([機密性2] …（○○議員）, r20)
_TEMPLATE_BLANKS, _NAME_SLOTS, _NAME_SLOT_REACH = ("○年", "○月", "○日", "＿＿", "__"), ("○○", "◯◯", "××", "〇〇"), 8


def _template_line(text: str, start: int, end: int) -> bool:
    ls = max(start - 60, text.rfind("\n", max(0, start - 60), start) + 1, 0)  # (bounded both ways: one pass per mark)
    le = text.find("\n", end, end + 60)
    if any(p in text[ls:le if le >= 0 else min(len(text), end + 60)] for p in _TEMPLATE_BLANKS):
        return True
    return any(p in text[max(ls, start - _NAME_SLOT_REACH):end + _NAME_SLOT_REACH] for p in _NAME_SLOTS)


# a column's or a field's choices in brackets after its name (区分（極秘・秘）, 種別(社外秘/部外秘)); a quoted marking word
# qualifying the noun after it (「門外不出」秘伝のタレ, 「社外秘」扱いの資料 is a particle's: _quoted_in_prose)
_CHOICES_OPEN = re.compile(r"(?:区分|種別|種類|分類|の別|欄|のいずれか)[ \t]*[(（][^()（）\n]{0,16}$")
_QUOTE_CLOSE = "」』\"”"


def _choices_or_modifier(text: str, start: int, end: int) -> bool:
    if _CHOICES_OPEN.search(text, max(0, start - 24), start) is not None:
        return True
    if not (start > 0 and text[start - 1] in "「『\"“" and text[end:end + 1] in _QUOTE_CLOSE):
        return False  # (the rest reads a quoted marking word)
    if _STAMP_BEFORE.search(text, max(0, start - 8), start - 1) is not None or _SHOWN_OF.match(text, end + 1):
        return True  # 浸透印「取扱注意」, 「秘」の表示が必要: a stamp's or a display's wording, bought or required
    return (_NOUN_START.match(text, end + 1) is not None
            and text[max(start - 40, text.rfind("\n", max(0, start - 40), start) + 1, 0):start - 1].strip(" \t　") != "")


_NOUN_START = re.compile(r"[一-鿿々ァ-ヺ]")
_STAMP_BEFORE = re.compile(r"(?:浸透印|ゴム印|スタンプ|印鑑|シール|ラベル|透かし|判子|はんこ|印)[ \t　]*$")
_SHOWN_OF = re.compile(r"の(?:表示|押印|スタンプ|ゴム印|文字|印)|[、,][^。\n]{0,30}?(?:の表示|と表示|を表示|表示が必要|押印|を押)")


# a comment line of code (#, //, --, ;, REM, /* … */): a marking quoted there is a value the code handles (追加したいもの:
# 「外部提供禁止」), not the file's own marking (round 16); a bracketed one (# 【機密性２】) still applies
_COMMENT_START = re.compile(r"[ \t]*(?:#|//|--|;|REM[ \t]|<!--|/\*|\*[ \t])")


# a trailing comment after a line of code or config (DB_PASSWORD: ${DB_PASSWORD}   # 機密：.envから注入): the comment says
# the field holds a secret, it marks no document (round 20)
_TRAILING_COMMENT = re.compile(r"[ \t]*\S[^\n#]*?[ \t](?:#|//)[ \t]*$")


def _quoted_in_comment(text: str, start: int, end: int) -> bool:
    ls = line_start(text, start)
    if ls >= 0 and _TRAILING_COMMENT.fullmatch(text, ls, start) is not None:
        return True
    ls = max(start - 120, text.rfind("\n", max(0, start - 120), start) + 1)
    if start < 1 or text[start - 1] not in "「『\"'" or _COMMENT_START.match(text, ls, start) is None:
        return False
    return text[end:end + 1] in ("」", "』", '"', "'")


_SECTION_BEFORE = re.compile(r"[【\[［〔][ 　]*(?:以下|これより|ここから)(?:は)?[ 　:：、]*$")
_SCOPE_TO_END = re.compile(r"[(（][^()（）\n]{1,40}[)）][ \t　]*(?:\n|$)")


def marking_form(text: str, start: int, end: int) -> str:
    """How a marking at ``text[start:end]`` appears: line / bracketed / labelled / header /
    declared / inline. Asked once per span and text (the marking and the restriction recognizers both ask it of a
    restriction word): kept in the per-scan memo of ``_word_index``."""
    memo = per_text(text).setdefault("marking_form", {})
    form = memo.get((start, end))
    if form is None:
        form = memo[(start, end)] = _marking_form(text, start, end)
    return form


def _marking_form(text: str, start: int, end: int) -> str:
    # complexity: one ordered ladder of layout cues, each a bounded look at the marking's own line; the first
    # that holds names the form (splitting it would re-read the line per form)
    if text[end:end + 1] in ("!", "！") or _word_goes_on(text, end) or _rules_heading(text, start) \
            or _template_line(text, start, end) or (_choices_or_modifier(text, start, end)
                                                    and not _kept_on_document(text, start, end)) \
            or _quoted_in_comment(text, start, end):
        return "inline"  # named, not applied (round 15): see the three helpers and the exclamation (【取扱注意！】)
    if is_alone_on_line(text, start, end) or _ruled_line(text, start, end):
        return "line"
    if (_quoted_in_prose(text, start, end) or _quoted_mention(text, start, end) or _bracket_named(text, start, end)
            or _of_named_document(text, start)) and not _names_payload(text, start, end):
        return "inline"  # 「持出禁止」と表示された文書を…: the marking is named, not applied (unless 以下の資料 has it)
    if enclosing_brackets(text, start, end) or _bracket_item(text, start, end) \
            or _SECTION_BEFORE.search(text, max(0, start - 12), start):  # 【以下 部外秘（…回収）】: the section's mark
        return "bracketed"
    ls = text.rfind("\n", max(0, start - 64), start) + 1  # only the last 30 characters before it are read
    if _LABEL_BEFORE.search(text, max(ls, start - 20), start):
        return "labelled"
    if start - ls <= 16 and text[end:end + 1] in _SUBJECT_SEP and _SUBJECT_BEFORE.match(text[ls:start]):
        return "header"
    if 0 < start - ls <= 24 and _MARKING_THEN_SEP.fullmatch(text, ls, start):  # a marking, a slash, then this one:
        return "header"  # the second of a line's markings: "機密性２　／　取扱注意（契約締結まで課外秘）" (round 18)
    if is_at_line_start(text, start):
        j = end + len(text[end:end + 3]) - len(text[end:end + 3].lstrip("*＊"))  # markdown emphasis (**機密性２**｜…)
        nxt = text[j:j + 1]
        # (or a bracketed scope closing the line: 持出禁止（教育委員会 学校教育課 内部資料・公表前）, round 22)
        if nxt in (" ", "\t", "　", "】", "]", ")", "）", "〕", ":", "：", "/", "|", "・", "", "\n") or _SCOPE_TO_END.match(text, j):
            return "header"
        # e.g. "機密性２情報（関係者限り）令和７年度…" — a marking glued to a title
        if text[start:end].endswith(("情報", "限り", "注意", "秘", ")", "）")) and not ("ぁ" <= nxt <= "ゟ"):
            return "header"
    if _DECLARED_BEFORE.search(text, max(ls, start - 64), start) and _DECLARED_AFTER.match(text[end:end + 20]):
        return "declared"
    if _DECLARED_REASON.match(text, end) or _declared_by_sentence(text, start, end):
        return "declared"
    if _UNTIL_BEFORE.search(text, max(ls, start - 40), start) and _UNTIL_AFTER.match(text, end):
        return "declared"  # (…の記者発表まで関係者限り, それまでは委員会限りの資料です: applied until a day, round 41)
    if (_DECLARED_OF.search(text, max(ls, start - 20), start) and _RULE_VERB_AFTER.match(text, end)
            and not text.startswith("無断", start)):
        return "declared"  # 本資料の複製を禁ず (無断複製を禁止: the copyright wording of published works)
    if _field_cell(text, start, end, ls) or _name_part(text, start, end):
        return "field"
    # "以下の社外秘資料を要約して：" followed by the pasted document: the marking declares the payload
    if _PAYLOAD_INTRO.search(text, max(ls, start - 12), start + 1) or _PAYLOAD_INTRO.search(text, end, min(len(text), end + 12)):
        s_end = line_end(text, end)  # the request line, then the pasted document
        if 0 <= s_end < len(text) and len(text) - s_end >= 30 and not re.search(r"[?？]", text[start:s_end]):
            return "declared"
    le = line_end(text, end)
    if le >= 0 and is_at_line_start(text, start) is False and not text[end:le].strip(" \t　)）】]〕") \
            and start - ls <= 60:
        # marking closing a (title) line: "令和７年度予算編成方針（案） 機密性２情報"
        before = text[ls:start]
        if before.endswith((" ", "\t", "　", "】", "]", ")", "）")) and not re.search(r"[?？。]", before):
            return "header"
    return "inline"
