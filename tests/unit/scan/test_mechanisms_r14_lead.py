"""Issue 13, round 14, the lead's mechanisms (table tests of positive and negative rows, written apart from the
held-out probe files, with other names, towns, numbers and wording):

- a placeholder name spelled in the kana of a form's reading column (ミホン タロウ, てすと はなこ) is the sample's, as
  its kanji form is (recognizers/_examples.is_placeholder_name);
- a landline given for bookings or visits (見学は要予約、電話 …; ご予約・受付 TEL …) is a business's or a facility's
  desk, even on the line of the person a profile is about; not on a form's or a record's line, not a mobile, not a
  number labelled private (public_contacts._BOOKING_LINE).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("record_home_landline", "相談記録：大槻 守さん（64）から電話。自宅 0865-44-1203。妻の介護について相談。"),
    ("booking_word_mobile", "大槻 守さん（64）宅の見学予約、電話 090-4412-7781 まで。糖尿病で通院中。"),
    ("booking_word_on_form_line", "申込者 大槻 守さん、予約 電話 0865-44-1203、住所 緑ヶ丘市東町3丁目4番5号"),
    ("booking_private_label", "取材メモ：陶芸家の芦原 早苗さん（58）。工房見学の予約は自宅電話 0865-31-7720 で受けているとのこと。"
                              "本人は昨年から乳がんの治療中で、記事には書かないでほしいとのこと。"),
    ("reading_of_real_name", "患者：三本 太郎（ミモト タロウ）生年月日 1951年3月8日 糖尿病"),
    ("reading_like_word_real_person", "氏名：みほ 香織（ミホ カオリ）\n生年月日：1979年11月2日\n住所：北浜市港町2-9-14"),
]

ALLOW = [
    ("profile_booking_line", "観光サイトの紹介文に直してください。地元の農家 大槻 守さん（64）の農園では、収穫体験を受け付けています"
                             "（要予約、電話 0865-44-1203）。"),
    ("profile_reservations_en", "Please polish this for the visitor guide: Potter Sanae Ashihara (58) opens her studio on "
                                "weekends. Reservations: 0865-31-7720."),
    ("shop_booking_desk", "記事の見出しを考えて。和菓子店「つるや」の三代目、戸倉 伸一さん。工房見学のお申し込み・受付 TEL 0865-22-4410。"),
    ("spec_sample_reading", "APIの仕様書の見本です。\n{\"shimei\": \"見本 花子\", \"kana\": \"ミホン ハナコ\", "
                            "\"seinengappi\": \"1985-02-03\"}"),
    ("test_data_hiragana", "テストデータの説明を書いて。氏名 てすと たろう、携帯 090-5521-8830"),
    ("reading_only_sample", "記入例の説明です。フリガナ：ミホンタロウ　生年月日：1990年1月1日"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
