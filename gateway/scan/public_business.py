"""A business's contact named in a call memo or a letter (``gateway.scan.public_context``, round 16): a person right
after a company's name and a business-facing role (東邦ガス工業 営業 大槻さん), or a letter's addressee alone on the line
under the company's name, is the company's contact, and their number the company's."""

from __future__ import annotations

from gateway.scan import rx as re

# a company's name and a business-facing role right before a person (東邦ガス工業 営業 大槻さん, ㈱北斗設備 担当 森様): a
# business contact in a call memo or a mail, whose number is the company's (round 16)
COMPANY = (r"(?:株式会社|有限会社|合同会社|\(株\)|\(有\)|[一-鿿ァ-ヺー]{1,12}(?:工業|商事|建設|興業|産業|物産|電機|電気|ガス|設備|"
            r"サービス|システム|システムズ|コンサルタント|印刷|運輸|商会|製作所|工務店|開発|技研|通信|保険|銀行|信用金庫))")
_BUSINESS_BEFORE = re.compile(
    COMPANY + r"[^\n]{0,12}?[ \t　](?:営業(?:部|課|所)?|担当|[^\s]{0,6}窓口|営業担当|[^\s]{1,6}(?:部|課|支店|営業所)(?:[ 　](?:担当|課長|部長|主任|係長))?)"
    r"[ \t　]*$")


# a letter's addressee line under the company's line (株式会社みずほ野建設コンサルタント ⏎ 須藤 様, round 22)
_COMPANY_LINE = re.compile(r"[ \t　]*" + COMPANY + r"[^\n]{0,40}$")
_ADDRESSEE_AFTER = re.compile(r"[ \t　]*(?:様|殿|さん)[ \t　]*(?:\n|$)")


def business_caller(text: str, start: int, end: int = -1) -> bool:
    """A company's name and a business-facing role stand right before the name starting at ``start`` on its line; or
    the name, ending at ``end``, is a letter's addressee alone on the line under the company's name."""
    if _BUSINESS_BEFORE.search(text, max(0, start - 40), start) is not None:
        return True
    ls = text.rfind("\n", max(0, start - 8), start) + 1
    if end < 0 or ls <= 0 or text[ls:start].strip(" \t　") or _ADDRESSEE_AFTER.match(text, end) is None:
        return False
    pls = text.rfind("\n", max(0, ls - 1 - 80), ls - 1) + 1
    return _COMPANY_LINE.match(text, pls, ls - 1) is not None
