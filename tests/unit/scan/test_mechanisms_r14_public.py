"""Issue 13, round 14, helper r14-detect-public: table tests of the mechanisms the r14p probe batches led to
(positive and negative rows, written apart from the probe file's rows).

* batch r14p001-032: a mail's signature delimiter ("--" or "-- " alone on its line, RFC 3676) is a separator line
  (public_contacts._SEPARATOR); a paragraph of a few lines opened by a line naming a business by its legal form
  (株式会社… 営業所, 有限会社…, … Ltd.) that gives a landline or a work mail address and nothing sensitive is a
  signature without a separator (public_contacts._legal_form_paragraphs): its address, landline and mobile are the
  business's, unless labelled private (自宅, 私用).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

_MAIL = "市民課 高瀬 様\n\nお世話になっております。みなと設備の榊原です。\n点検日は12月15日（火）でお願いいたします。\n\n"

BLOCK = [
    # signatures: a private label, a sensitive topic, no business contact, not a paragraph's start
    ("dashdash_home_labelled", _MAIL + "--\n株式会社みなと設備\n榊原 透\n〒104-0032 東京都中央区八丁堀2-14-3\n"
                               "自宅 03-3551-2284 / 携帯 090-4418-2273"),
    ("paragraph_with_topic", _MAIL + "株式会社みなと設備　榊原 透\n〒104-0032 東京都中央区八丁堀2-14-3\n"
                             "TEL 03-3551-2200 / 携帯 090-4418-2273\n妻がうつ病で入院中のため、しばらく定時で帰ります。"),
    ("paragraph_no_business_contact", _MAIL + "有限会社みなと設備の件で相談です。\n"
                                      "相談者 榊原 透 東京都中央区八丁堀2-14-3 携帯 090-4418-2273"),
    ("legal_form_mid_paragraph", "相談記録\n相談者は榊原 透さん（東京都中央区八丁堀2-14-3）。\n"
                                 "勤務先 株式会社みなと設備 TEL 03-3551-2200\n携帯 090-4418-2273。借金の返済が苦しいとのこと。"),
    ("dashdash_resident_signature", "市民課 御中\n\n転居の手続について教えてください。\n--\n榊原 透\n"
                                    "東京都中央区八丁堀2-14-3\n携帯 090-4418-2273\nsakaki.t1972@gmail.com"),
]

ALLOW = [
    # a contractor's signature below "--" or "-- "
    ("dashdash_signature", _MAIL + "--\n株式会社みなと設備　東京支店\n榊原 透（さかきばら とおる）\n"
                           "〒104-0032 東京都中央区八丁堀2-14-3 八丁堀ビル4F\nTEL 03-3551-2200 / 携帯 080-6671-2290\n"
                           "sakakibara@minato-setsubi.example.co.jp"),
    ("dashdash_space_signature", _MAIL + "-- \n有限会社みなと設備\n榊原 透\n東京都中央区八丁堀2-14-3\n"
                                 "電話 03-3551-2200　携帯 090-2281-5540"),
    # a contractor's signature without a separator
    ("paragraph_signature", _MAIL + "株式会社みなと設備　東京支店\n営業課　榊原 透\n〒104-0032 東京都中央区八丁堀2-14-3\n"
                            "TEL 03-3551-2200 / 携帯 080-6671-2290\nsakakibara@minato-setsubi.example.co.jp"),
    ("paragraph_signature_npo", _MAIL + "特定非営利活動法人 こどもネットみなと\n事務局長 榊原 透\n"
                                "東京都中央区八丁堀2-14-3\n電話 03-3551-2200 / 携帯 090-2281-5540"),
    ("paragraph_signature_english", "Dear Ms. Takase,\n\nThe inspection is confirmed for 15 December.\n\n"
                                    "Minato Facility Services Ltd.\nToru Sakakibara, Account Manager\n"
                                    "2-14-3 Hatchobori, Chuo-ku, Tokyo\nTel +81-3-3551-2200 / Mobile +81-90-2281-5540\n"
                                    "t.sakakibara@minato-fs.example.com"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
