"""Issue 13, round 10, identifiers and records (table tests of positive and negative rows, written apart from the
probe files):

* a 全銀 (Zengin) data record held by a person, with no label and no bank word (zengin_record.ZenginRecordRecognizer:
  fixed width, or pasted from mail with single spaces between its fields, the clearing code blank, a romanised
  holder); not a company's or a body's record, a layout's dummy of 9s and Xs, an in-order sample account, a header
  or trailer record;
* a colloquial 個人番号 label (マイナ番号) followed by the number split over a line break;
* batch 2: the same 全銀 fields as the cells of a headerless CSV or TSV row, with a transfer word in the prompt;
* a kanji full name beside its katakana reading on a record line with a number (reading_record: 住基, 税, 介護 exports
  in fixed width or aligned columns); not a body's name and reading, not a line with no number;
* a 国保 card's 記号 opening with hiragana (記号 あ12 番号 3456); 被保番 as a label like 被保番号;
* a residence card's or a passport's number of one repeated digit (TK0000000) is a blank (_examples.sample_digits);
  the digits in order only as a quoted literal in code (RC.test('AB12345678CD'): _examples.sample_literal);
* batch 3: a card number's groups on consecutive lines (8 + 8, 4 × 4) beside a card word (credit_card._over_lines);
* a name beside its reading on a line with one of the office's job titles (an extension list) is staff;
* HIHO_NO (hiho_no, hiho_bango) as a field naming the 被保険者番号;
* 残高不足 / 振替不能 (a failed direct debit) as tax and payment information;
* batch 4: a 全銀 record in a paragraph marked as an example form (【記入例】) is an example, account included
  (engine: holder_bound); a medical or incorporated body's holder (イリヨウホウジンシヤダン …) is no person; a famous name
  beside its reading (a history quiz) is no private person; a number followed by みたいに is the format shown;
* the holder after a private account's number (名義 カタギリ ミホ, 名義は ながとも けいすけ, account holder KANBE
  RYOSUKE) is a PERSON finding (bank_account._holder_result);
* batch 5: a card word naming another card (ギフトカード, ポイントカード) or another thing's number (楽天Edyの番号) is
  no cue for a 4-4-4 number (my_number._card_cue); the 個人番号 card's own words still are;
* batch 6: a 全銀 file with no line breaks (records one after another in one long line); a name beside its reading in
  a TSV; a list released to the press (報道発表済み) is a published list;
* a 4-4-4 number right after the name of another kind of number (お客さま番号, 支払い番号, 送り状No.) is that number,
  even with 番号 beside it (_numeric.named_otherwise); a card's or a person's 番号 still counts.
"""

from __future__ import annotations

import pytest

from tests.unit.scan._helpers import action_tests

_REC = "20158ｷﾖｳﾄ           012ﾆｼｼﾞﾝ              15528190{holder}000002700000000310245                   "


def _rec(holder: str, acct: str = "5528190") -> str:
    return _REC.replace("5528190", acct).format(holder=(holder + " " * 30)[:30])


BLOCK = [
    # 全銀 data records of a person's account
    ("zengin_fixed_width", "この行で取込エラーになります。\n" + _rec("ﾊﾀﾉ ﾐﾂｺ")),
    ("zengin_no_space_name", "桁ずれを確認して\n" + _rec("ﾊﾀﾉﾐﾂｺ")),
    ("zengin_first_line", _rec("ｺﾝﾄﾞｳ ｱｷﾗ") + "\nこのデータどこがおかしい？"),
    ("zengin_spaced_fields", "戻ってきた明細です\n2 0010 ﾘｿﾅ 412 ｵｵｻｶｴｷﾏｴ 1 8830127 ﾅｶﾞﾄﾓ ｹｲｽｹ 0000023000 0"),
    ("zengin_clearing_code", "2 0009 ﾐﾂｲｽﾐﾄﾓ 152 ｼﾌﾞﾔ 0000 1 4418203 ｶﾜｸﾞﾁ ｼﾝｲﾁ 0000038000"),
    ("zengin_romanised_holder", "Zengin line rejected:\n20010ﾘｿﾅ            418ｺｳﾍﾞ               12046631JOHN SMITH"
                                "                    00000540000"),
    ("zengin_full_width_kana", "振込データ\n2 0001 ミズホ 118 ウラワ 2 0928375 カンベ リヨウスケ 0000120000"),
    # a colloquial label, the number split over a line break
    ("my_number_colloquial_split", "・母のマイナ番号 76865586\n5085（裏面コピー待ち）"),
    ("my_number_colloquial", "マイナの番号は 1758 8670 2277 です"),
    # 番号 beside a 4-4-4 number that names no other number
    ("card_number_possessive", "通知カードの番号 2784 2242 0671 を控えました"),
    # batch 2
    ("debit_csv_no_header", "口座振替のデータ\n0158,012,1,3328190,ﾓﾛｽﾞﾐ ｶｽﾞﾔ,27000\n0009,532,1,4471093,ｻｶｷﾊﾞﾗ ﾄｼｴ,36500"),
    ("transfer_tsv_bank_names", "振込先\n0001\tﾐｽﾞﾎ\t118\tｳﾗﾜ\t1\t0928375\tｶﾝﾍﾞ ﾘﾖｳｽｹ\t30000"),
    ("reading_record_fixed", "異動者\n0004815162 ｻｴｸﾞｻ ﾄﾓﾐ         冴草 友美       4050214 2\n"
                             "0004815179 ﾐｿﾉ ｹﾝｼﾞ          御園 健二       3490930 1\n"
                             "0004815186 ﾎｿｶﾜ ｱｵｲ          細川 葵         5080722 2"),
    ("reading_record_tax", "00312457 000008 ｼﾏﾀﾞ ﾕｳｺ           島田 優子     0000184300 0015400\n"
                           "00312457 000009 ｵｵﾀｹ ﾏｻﾋﾛ         大竹 正弘     0000426100 0035600\n"
                           "00312457 000010 ﾂﾉﾀﾞ ﾘｴ            角田 理恵     0000097800 0008200"),
    ("kokuho_hiragana_kigo", "国保の記号 あ12 番号 3456 の世帯主から保険証の再発行依頼"),
    ("hihoban_label", "後期高齢の被保番 38012476 の方の負担割合の件"),
    ("residence_card_real_digits", "在留カードの番号 UH 3816 2047 GC の方の更新申請"),
    # batch 3
    ("card_over_two_lines", "カード番号を聞き取りました\n49803982\n59791907\n有効期限 09/29"),
    ("card_over_four_lines", "返金先のカード\n4980\n3982\n5979\n1907"),
    ("hiho_no_column", "HIHO_NO,SHIMEI,TANI\n0001284736,柳沢 フミ,2140\n0001284743,長尾 清,3380"),
    # batch 4
    ("holder_hiragana", "振込先メモ：りそな銀行 こうべ支店 普通 2046631 名義は ながとも けいすけ"),
    ("holder_english", "Refund to Mizuho Bank, Urawa branch, ordinary account 0928375, account holder KANBE RYOSUKE."),
    ("zengin_record_after_example", "【記入例】\n2 0001 ﾐｽﾞﾎ 001 ﾎﾝﾃﾝ 1 0012345 ﾔﾏﾀﾞ ﾀﾛｳ 0000010000\n\n"
                                    "実際のデータ\n2 0009 ﾐﾂｲｽﾐﾄﾓ 152 ｼﾌﾞﾔ 1 4418203 ｶﾜｸﾞﾁ ｼﾝｲﾁ 0000038000"),
    # batch 5
    ("card_back_twelve", "カードの表じゃなくて裏の12桁ね、7686-5586-5085。これで申告書いけるはず"),
    ("kojin_card_word", "個人番号カード 1758 8670 2277 を確認しました"),
    # batch 6
    ("zengin_no_line_breaks", "改行なし\n" + '12104000123456ｱｵﾊﾞｼ ｶｲｹｲｶﾝﾘｼﾔ                         07100171ﾅﾅｼﾞﾕｳｼﾁ       201ｼﾔｸｼﾖﾏｴ        10567812                 ' + '20009ﾐﾂｲｽﾐﾄﾓ        532ｵｵﾐﾔ               14471093ｶﾀｷﾞﾘ ﾐﾎ                      00000365000                             ' + '8000001000000036500                                                                                                     '),
    ("reading_tsv", "0004815162\tｻｴｸﾞｻ ﾄﾓﾐ\t冴草 友美\t転入\n0004815179\tﾐｿﾉ ｹﾝｼﾞ\t御園 健二\t転出\n"
                    "0004815186\tﾎｿｶﾜ ｱｵｲ\t細川 葵\t出生"),
    ("failed_debit_named", "国保税の振替結果：イノウエ タカシ様 24,500円 残高不足のため振替できませんでした"),
]

ALLOW = [
    # not a person's 全銀 record
    ("zengin_company", "振込データ\n" + _rec("ｺｳｴｷｻﾞｲ)ﾐﾄﾞﾘｷｷﾝ")),
    ("zengin_company_prefix", "振込データ\n" + _rec("ｶ)ﾐﾄﾞﾘｹﾝｾﾂ")),
    ("zengin_body_long_name", "振込データ\n" + _rec("ｱｵﾊﾞｼｼﾞﾁｶｲﾚﾝｺﾞｳｶｲ")),
    ("zengin_in_order_sample", "記入例\n" + _rec("ﾔﾏﾀﾞ ﾀﾛｳ", "1234567")),
    ("zengin_dummy_layout", "レコードイメージ\n29999XXXX           999XXXX               99999999XXXXXXXXXX"
                            "                    99999999990"),
    ("zengin_dummy_spaced_x", "29999 XXXX 999 XXXX 9 9999999 XXXX XXXX 9999999999"),
    ("zengin_header_only", "このヘッダーで合ってる？\n12101234567890ｱｵﾊﾞｼ ｶｲｹｲｶﾝﾘｼﾔ                         "
                           "04150149ｼｽﾞｵｶ          101ﾎﾝﾃﾝ           13381264                 "),
    ("zengin_trailer", "8000003000000164700" + " " * 101 + "\n9" + " " * 119),
    ("zengin_prose_line", "2024年度の振込件数 1234567件、金額 0000038000円"),
    # a 4-4-4 number named as another number
    ("customer_number", "電気料金のお客さま番号 7686 5586 5085 の支払い処理は？"),
    ("payment_number", "支払い番号 1758 8670 2277 で振り込めばいいですか"),
    ("waybill_no", "送り状No. 2784 2242 0671 の荷物が届きません"),
    # batch 2
    ("debit_csv_company", "口座振替のデータ\n0158,012,1,3328190,ｶ)ﾐﾄﾞﾘｹﾝｾﾂ,27000"),
    ("bank_branch_list", "振込先の金融機関一覧\n0171,201,七十七銀行,市役所前支店\n0149,101,静岡銀行,本店"),
    ("csv_without_transfer_word", "0158,012,1,3328190,ﾓﾛｽﾞﾐ ｶｽﾞﾔ,27000\n0009,532,1,4471093,ｻｶｷﾊﾞﾗ ﾄｼｴ,36500"),
    ("reading_record_body", "取引先マスタ\n000123 ｱｵﾊﾞ ｹﾝｾﾂ     青葉 建設     0000120000\n"
                            "000124 ﾐﾄﾞﾘ ｼﾖｳｼﾞ    緑 商事       0000098000\n"
                            "000125 ｻｸﾗ ｺｳｷﾞﾖｳ    桜 工業       0000045000"),
    ("reading_without_number", "ふりがなの書き方：ｻｴｸﾞｻ ﾄﾓﾐ  冴草 友美 のように姓と名の間を空けます"),
    ("residence_card_in_order", "const RC = /^[A-Z]{2}\\d{8}[A-Z]{2}$/;\nconsole.log(RC.test('AB12345678CD'));"),
    ("passport_zeros", "旅券番号の欄（例 TK0000000）には英字2文字と数字7桁を書きます"),
    # batch 3
    ("card_lines_no_card_word", "在庫の品番です\n49803982\n59791907"),
    ("card_lines_failing_luhn", "カード番号\n49803982\n59791908 は使えますか"),
    ("test_card_over_lines", "テスト用のカード\n4111111111111111 ではなく\n4111\n1111\n1111\n1111"),
    ("staff_extension_list", "内線表\nｲｼﾀﾞ ﾏｻﾄ      石田 正人    課長        2101\nﾌﾙｶﾜ ﾉｿﾞﾐ      古川 望      課長補佐    2102\n"
                             "ﾆｼｵ ｹｲﾀ        西尾 啓太    主任        2108"),
    # batch 4
    ("zengin_manual_example", "【記入例】\n2 0001 ﾐｽﾞﾎ 001 ﾎﾝﾃﾝ 1 0012345 ﾔﾏﾀﾞ ﾀﾛｳ 0000010000\n※ 受取人名は半角カナ30文字以内"),
    ("zengin_medical_body", "振込データ\n2 0001 ﾐｽﾞﾎ 210 ｼﾌﾞﾔ 1 7731184 ｲﾘﾖｳﾎｳｼﾞﾝｼﾔﾀﾞﾝ ﾐﾄﾞﾘｶｲ 0000480000"),
    ("history_quiz_readings", "答え\nｵﾀﾞ ﾉﾌﾞﾅｶﾞ     織田 信長      1534\nﾄﾖﾄﾐ ﾋﾃﾞﾖｼ     豊臣 秀吉      1537\n"
                              "ﾄｸｶﾞﾜ ｲｴﾔｽ     徳川 家康      1543"),
    ("invoice_format_mitaini", "請求書番号が長い。2784-2242-0671 みたいに4桁区切りで表示したい"),
    ("company_holder_after_account", "振込先 みずほ銀行 渋谷支店 普通 7731184 名義 カ)ミドリケンセツ"),
    # batch 5
    ("gift_card_code", "ギフトカードのコード 2784-2242-0671 を副賞で配る予定"),
    ("point_card", "ポイントカード 7686 5586 5085 の残高を調べたい"),
    ("product_number", "楽天Edyの番号って16桁だっけ？メモには 1758 8670 2277 ってある"),
    # batch 6
    ("zengin_no_line_breaks_company", "改行なし\n" + '12104000123456ｱｵﾊﾞｼ ｶｲｹｲｶﾝﾘｼﾔ                         07100171ﾅﾅｼﾞﾕｳｼﾁ       201ｼﾔｸｼﾖﾏｴ        10567812                 ' + '20171ﾅﾅｼﾞﾕｳｼﾁ       201ｼﾔｸｼﾖﾏｴ            10815522ｶ)ｱｵﾊﾞｹﾝｾﾂ                    00027500000                             ' + '8000001000000036500                                                                                                     '),
    ("long_log_line_opening_with_2", "20045 " + "x" * 210 + " 20260 files copied 1 1234567 bytes 0000120000"),
    ("press_release_readings", "報道発表済みの代表選手\n01 ﾀｶﾊｼ ﾅｵｺ     高橋 尚子    陸上  2000\n"
                               "02 ﾖｼﾀﾞ ｻｵﾘ     吉田 沙保里  レスリング  2004\n03 ﾊﾆﾕｳ ﾕﾂﾞﾙ    羽生 結弦    フィギュア  2014"),
    ("failed_debit_counts", "振替不能 438件（残高不足 401、口座なし 22、その他 15）"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)


HOLDER_NAMED = [
    ("holder_hiragana", "振込先メモ：りそな銀行 こうべ支店 普通 2046631 名義は ながとも けいすけ", True),
    ("holder_english", "Refund to Mizuho Bank, Urawa branch, ordinary account 0928375, account holder KANBE RYOSUKE.", True),
    ("zengin_holder", "振込データ\n2 0010 ﾘｿﾅ 412 ｵｵｻｶｴｷﾏｴ 1 8830127 ﾅｶﾞﾄﾓ ｹｲｽｹ 0000023000 0", True),
    ("company_holder", "振込先 みずほ銀行 渋谷支店 普通 7731184 名義 カ)ミドリケンセツ", False),
]


@pytest.mark.parametrize("name,text,person", HOLDER_NAMED, ids=[r[0] for r in HOLDER_NAMED])
def test_account_holder_is_a_person(scanner, name, text, person):
    assert ("PERSON" in {f.entity for f in scanner.scan(text).findings}) is person
