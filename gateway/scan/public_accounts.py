"""Public context, accounts (``gateway.scan.public_context``): a bank account held by a public body (名義
みどり野市会計管理者, 指定金融機関, 収納口座, 公金) is published for fee payment; one held by a company (カ)オフィスワン,
株式会社 …, after 名義, right after the number, or first on a line that names no person) is printed on its
invoices. Such a finding is marked ``informational`` with ``public_context="public_account"``."""

from __future__ import annotations

from gateway.scan import rx as re
from typing import Any

from gateway.scan.public_lines import LINE_MAX, line_end, line_start

# public bodies as account holders, and labels of a public account
_PUBLIC_HOLDER = re.compile(
    r"会計管理者|出納(?:室|長|員)|収入役|公金|歳入歳出外|(?:[一-龥ぁ-んァ-ヶ]{1,8}(?:市|町|村|区|県|都|府)(?:長|役所|役場|"
    r"教育委員会|水道局|議会)?)(?=[\s（(、,。]|$)|ｼｶｲｹｲｶﾝﾘｼｬ|カイケイカンリシャ"
)
# a company as holder: 全銀 abbreviations (カ)オフィスワン, (ユ)ミドリ) or the legal form spelled out
_CORPORATE_HOLDER = re.compile(
    r"(?<![ァ-ヶー])\(?(?:カ|ユ|ド|シヤ|ザイ|シヤダン|イ|ガ|フク|ギヨ|ノウ|トクヒ|ゴウ)\)[ ]?[ァ-ヶーA-Z]"
    r"|株式会社|有限会社|合同会社|合資会社|社会福祉法人|一般社団法人|一般財団法人|公益社団法人|公益財団法人|NPO法人|特定非営利活動法人"
)
_HOLDER_LABEL = re.compile(r"口座名義人?|名義人?|受取人")
_HONORIFIC = re.compile(r"様|さん|氏|殿|くん|ちゃん")
_PUBLIC_ACCOUNT_LABEL = re.compile(r"指定金融機関|収納代理|収納口座|公金|市の口座|市の収納|納付先口座|払込先口座")


def public_accounts(text: str, hits: list[Any]) -> None:
    """Accounts held by a public body or a company (named after 名義, or right after the number), or
    under a public-account label."""
    accounts = sorted((h for h in hits if h.entity == "JP_BANK_ACCOUNT"), key=lambda h: h.start)
    for k, h in enumerate(accounts):
        if h.meta.get("public_context") == "placeholder":
            continue
        # the holder: the first 名義 after the number, before the next account, within three lines
        hi = min(len(text), h.end + 3 * LINE_MAX // 2)
        if k + 1 < len(accounts):
            hi = min(hi, accounts[k + 1].start)
        holder = _HOLDER_LABEL.search(text, h.end, hi)
        lo = line_start(text, h.start)
        if holder is not None:
            value_end = line_end(text, holder.end())
            public = (_PUBLIC_HOLDER.search(text, holder.end(), value_end) is not None
                      or _CORPORATE_HOLDER.search(text, holder.end(), value_end) is not None)
        elif _CORPORATE_HOLDER.match(text, h.end + (text[h.end:h.end + 1] == " ")):
            public = True  # the holder right after the number: 当座 0123456 カ)オフィスワン
        elif (_CORPORATE_HOLDER.search(text, lo, h.start) is not None
              and _HONORIFIC.search(text, lo, line_end(text, h.end)) is None):
            public = True  # the payee first on the line: 振込先：みどり建設株式会社 みどり銀行 本店 当座 1234567
        else:
            # no holder named: a public account only by its label on the line or the line above
            above = line_start(text, max(0, lo - 1)) if lo > 0 else lo
            public = _PUBLIC_ACCOUNT_LABEL.search(text, above, h.start) is not None
        if public:
            h.meta["informational"] = True
            h.meta["public_context"] = "public_account"
