"""Questions and rules about non-public matters, not the matters themselves (internal_matter): a rule's or a question's
cue in the word's sentence, a short question about the writer's own trouble, a document kind listed under a question on
how to classify it (split from internal_matter, round 28)."""

from __future__ import annotations

from gateway.scan import rx as re
from gateway.scan.recognizers._text import question_cues
from gateway.scan.recognizers._word_index import per_text

# (他言しないでください sent with a plan keeps it secret: no rule cue; r25: a quiz's verdict (→ いけない), 何に当たるか, 例:…)
RULE_CUE = re.compile(r"(?<!他言)(?<!口外)(?<!他言し)(?<!口外し)(?:しない(?:こと|で|よう)|ないこと|ないでください|ないよう(?:に|[、,]|お願い))|書き込まない|"
                      r"相談する|相談して|相談のこと|してはならない|してはいけない|must not|do not|never|"
                       # a question on how such matters are classified (内示前の人事異動案は、機密性でいうとどの区分に…)
                      r"機密性(?:で|の|は)|機密性[0-9]」?(?:に|と)(?:すべき|する|なる|該当)|どの(?:区分|格付け|分類)|格付けは|区分に(?:なり|当たり|該当し)ます|"
                      # (…機密性いくつに分類するのが妥当か, 何に分類すべきか: round 28)
                      r"機密性(?:いくつ|何)|(?:いくつ|何)に(?:分類|区分|格付け)|(?:分類|区分|格付け)(?:する|すべき)?の?が?(?:妥当|適切)|"
                      r"(?:扱い|取扱い|取り扱い)(?:は|を)?(?:どう|どのよう)|"  # (…するのはNG…ならOKですか, round 21:)
                      r"(?:は|ならば?|のは|でも)[ ]?(?:OK|NG|大丈夫|問題ない|問題あり|だめ|ダメ|不可)|判断の?基準"
                      r"|[→⇒][ ]?(?:いけない|よい|良い|OK|NG|だめ|ダメ|不可|可|[○×〇✕])|(?:何|どれ|どちら)に(?:当たる|当たり|該当|なる|なり)|(?<![一-鿿])例[:：]")


_ITEM_ASKS = re.compile(r"(?:はどう|は大丈夫|でもよい|てもよい|してよい|入れて(?:も|よい)|入力して)[^\n]{0,12}?(?:でしょうか|ですか|か[。？?]|[？?])"
                        r"|(?:機密性|格付け)[^\n]{0,12}?(?:でしょうか|ですか|[？?])")
_LIST_ITEM = re.compile(r"[ \t]*(?:[0-9]{1,2}[.)．、]|\([0-9]{1,2}\)|[・*\-■●○])")


def asked_list_item(text: str, s: int) -> bool:
    """The word is a short item of a list under a question on how such matters are classified (次の文書はどの区分に…か。⏎
    1. 開札前の予定価格調書 ⏎ 3. 内示前の人事異動案, round 28): a kind of document named, none of them pasted."""
    ls, le = text.rfind("\n", 0, s) + 1, text.find("\n", s)
    le = len(text) if le < 0 else le
    if _LIST_ITEM.match(text, ls) is None or (le - ls > 40 and not (le - ls <= 90 and _ITEM_ASKS.search(text, ls, le))):
        return False
    if _ITEM_ASKS.search(text, ls, le) is not None:
        return True  # (an item that asks of itself: 3. まだ公表前の…素案はどうでしょうか。機密性２になるのでしょうか。, r31)
    for _ in range(16):  # (up over the list's items and blank lines to the line that leads it)
        if ls == 0:
            return False
        pls = text.rfind("\n", 0, ls - 1) + 1
        if text[pls:ls - 1].strip() and _LIST_ITEM.match(text, pls) is None:
            return RULE_CUE.search(text, pls, ls - 1) is not None
        ls = pls
    return False


def short_question(text: str) -> bool:
    """A short prompt that is one question about the writer's own trouble (raspberrypi.local に ssh できません。ping
    192.168.1.23 は通ります。なぜでしょうか？): its one private address is no network plan."""
    t = text.rstrip() if len(text) <= 480 else ""  # (a long text is no short question: not copied per word)
    return 0 < len(t) <= 240 and question_cues(text, len(t) - 1, len(t), strong_only=True)


# (round 30) a quiz on classifying information: a test's or a training's questions with their answers to write (確認テスト
# …次のうち、機密性２以上に該当しないものはどれか / | 情報の例 | 正解（機密性） |): the kinds of document it names are its
# options, none of them pasted
_QUIZ = re.compile(r"(?:確認|理解度|小|習熟度|効果測定)テスト|(?:理解度|習熟度)チェック|クイズ|(?:研修|講習)用?の?(?:問題|設問|テスト)|"
                   r"練習問題|演習問題|(?:正解|解答)(?:と|・|及び)?解説|正解[（(]|(?i:quiz)")  # (理解度チェック…解答と解説, r32)
# (round 31: どれが…か, and an English quiz's numbered questions and answer key)
_QUIZ_ITEM = re.compile(r"問[ 　]?[1-9１-９]|どれか|どれが|選べ|選びなさい|[○×]で答え|正解|(?m:^Q[ ]?[1-9][0-9]?[.:)． 　])|(?i:answer key)"
                        r"|[(（][○〇][／/・][×✕][)）]|を問う問題|選択肢式|[0-9０-９]{1,2}問")  # (…（○／×）と理由」を問う問題, 選択肢式10問, r35)


def quiz_text(text: str) -> bool:
    """The text is a quiz about handling information (a quiz word and a question's item), not a document it names.
    Asked once per marking or matter found: answered once per text (the text's memo)."""
    memo = per_text(text)
    got = memo.get("quiz_text")
    if got is None:
        got = memo["quiz_text"] = _QUIZ.search(text) is not None and _QUIZ_ITEM.search(text) is not None
    return got


def quiz_item_before(text: str, pos: int) -> bool:
    """A quiz's question or answer item stands before ``pos`` (a marking heading the quiz's own sheet stands before all
    of them: 機密性２　庁内限り ⏎ …確認テスト ⏎ 問1 …, round 31)."""
    return _QUIZ_ITEM.search(text, 0, pos) is not None


# (round 36) a manual's or a procedure's text, named by the request's first line (業務マニュアルのうち「定期人事異動の事務の
# 流れ」の部分です): the matters it names (異動案 …) are steps of the work, none of them pasted
# (not a case handled by one: 談合情報対応マニュアルに沿って、この受付内容を…)
_MANUAL_REQUEST = re.compile(r"(?:マニュアル|手順書|手引き?|事務処理要領)(?:のうち|の一部|の抜粋|の[^\n。]{0,24}部分|(?:の)?(?:原稿|改訂案|案)です"
                             r"|です)|(?i:part of (?:the|our) (?:manual|procedure))")


def manual_text(text: str) -> bool:
    """The request's first line names a manual or a procedure the text is a part of."""
    first = text.find("\n")
    return _MANUAL_REQUEST.search(text, 0, first if first >= 0 else min(len(text), 200)) is not None
