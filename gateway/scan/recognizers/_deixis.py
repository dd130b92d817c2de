"""The document at hand: この資料 / 本メモ / 添付の報告書 / This report.

One vocabulary for the passes that read a declaration as being about the text it sits in: a marking declared
in a sentence (``_marking_form``: 本資料は機密性２です), a restriction asked in words (``handling_restriction``:
このメモは課外に見せないでください) and an English level declared on a report (``classification_marking``: This
report is to be handled as Confidentiality Level 2). Each pass builds its own pattern (what must follow, how
far back it looks) from these pieces, so the three agree on what "the document" is.
"""

from __future__ import annotations

# この資料 / 本件 / 添付の報告書 / 上記メモ / 以下の内容 / ここから下の検討メモ / 本章 (a part of the document, round 19)
JA_DEIXIS = r"(?:この|本|添付の?|上記の?|下記の?|以下の?|次の|当該|ここから(?:下|先)の|これ以降の|ここ以降の)"
JA_DOCUMENT = (r"(?:資料|文書|メール|内容|情報|データ|ファイル|報告書|議事録|案|メモ|原稿|スライド|シート|計画|起案|"
               r"記録|件|章|節|別紙|別添|ページ)")
# (a compound naming the kind of document: 検討メモ, 説明資料; or a document named by its number in the material at
# hand: 資料３は…取扱注意とし, 別紙2は, round 19)
JA_DOCUMENT_AT_HAND = (r"(?:" + JA_DEIXIS + r"(?:[一-鿿ァ-ヺ]{1,4}?)?" + JA_DOCUMENT
                       + r"|(?:参考)?(?:資料|別紙|別添)[ ]?(?:No\.?[ ]?)?[0-9]{1,2}(?=は|も|について)"
                       # (what follows in the text itself: ※以下は…での説明までは部外秘, round 25)
                       + r"|(?<![一-鿿])(?:以下|下記|ここから(?:下|先)|これ以降)(?=は|も))")

# This report / the attached memo (case-insensitive where used)
EN_DOCUMENT = r"(?:report|document|memo|e-?mail|file|paper|draft|material)"
EN_DOCUMENT_AT_HAND = r"\b(?:this|the attached) " + EN_DOCUMENT + r"\b"
