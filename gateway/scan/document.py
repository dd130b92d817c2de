"""Document context that changes what a finding means (issue 13).

* **Example forms** (記入例 / 記載例 / 見本 / 架空の… / レスポンス例・出力例 of an API or a program; 【設例】 / 例題 of a textbook; a
  passage closed by its book citation, （著者『書名』出版社、2025年）): the paragraph that carries such a marker is a
  form filled in with placeholders (``請求者氏名：見本 太郎（記入例）``); personal findings inside it
  are examples, not someone's data. A paragraph runs from the previous blank line to the next one
  (bounded), so real records pasted after the example in the same prompt still count. A caption paragraph
  that ends just before a fenced code block (``レスポンス例（サンプルデータ）`` + blank line + a ``` block) covers
  the block; "実在の人物ではありません" / "実在しません" marks fictitious data too. A request on the prompt's first
  line declaring its data fictitious ("テスト用のダミーデータです。…（すべて架空の人物です）") covers the paragraph it
  introduces (not a form's own 【記入例】 heading: a real record after the example form still counts). A paragraph
  naming two different members of an example's cast (甲野 義太郎 and 乙野 梅子 of a 戸籍 記載例) is an example too.

Linear: one regex pass for markers, then a bounded scan for paragraph ends per marker.
"""

from __future__ import annotations

from gateway.scan import rx as re
from bisect import bisect_right

from gateway.scan.recognizers._text import line_matches

_SPEC_SAMPLE = (r"(?:仕様書|実装ガイド|規格|公式ドキュメント|APIドキュメント|API仕様)(?:に(?:ある|載っている|載ってる|掲載の|掲載されている)|の|記載の)"
                r"(?:サンプル|例|記載例|記入例|見本|テストデータ)")  # (仕様書記載のテストデータ, round 33)
# 記入例 markers; 架空 only as "架空の/架空です" (架空請求 is a scam, 架空口座 a crime)
_EXAMPLE_MARK = re.compile(
    # (not "書き方の例を教えて / ちょうだい": asking for an example says nothing of the data beside it; "書き方の例を作って"
    # still introduces the example it asks for)
    # (not the word in a comment asking for examples: 記入例をもっと増やしてほしい, 記載例が少ない: round 31)
    r"(?:記入例|記載例)(?![ ]?(?:を|が|は|も)?[ ]?(?:もっと|もう少し)?(?:増や|充実|少な|分かりにく|わかりにく|ほし|欲し|付けて|つけて|載せて))|"
    r"記[ 　]入[ 　]例|記[ 　]載[ 　]例|記入見本|記載見本|書き方の例(?![ ]?(?:を|が)?(?:ちょうだい|ください|下さい|教えて|ほしい|欲しい|お願い|見せて|ある|は[？?]))|"
    # a passage quoted from a published book, closed by its citation: （岡野 深雪『七月の履歴書』かしわ書房、2025年）
    r"[(（][^()（）\n]{0,30}『[^』\n]{1,40}』[^()（）\n]{0,40}?(?:1[89]|20)[0-9]{2}年?[^()（）\n]{0,16}[)）][ \t]*$|"
    # a teaching case made up for a textbook or a training: 【設例】, 〔例題2〕, 設例3：
    r"[【\[(（〔<〈]?(?:設例|例題)[0-9]{0,2}[】\])）〕>〉:：]|[【\[(（<〈][^】\])）>〉\n]{0,12}(?:見本|サンプル|ダミー)[】\])）>〉]|^見本[ :：]|"
    # a note saying the card or form shown is a sample (※上の内容は見本です, 記載内容は見本であり…)
    r"見本です|見本であり|見本のため|[(（]架空[)）]|"
    # …and in Korean (위 내용은 예시입니다), a Korean form's heading naming the form first (신청서 작성 예시, round 13)
    r"(?:예시|견본)입니다|^[ \t]*(?:[가-힣]{1,8}[ ]?){1,3}(?:작성|기입|기재)[ ]?예(?:시)?[ \t]*$|"
    # a role play's script for a training (利用者役（山田さん・85歳・認知症）：…, 相談者役：…)
    r"(?:利用者|相談者|住民|職員|母親|父親|本人|患者|家族|来庁者|申請者|保護者|市民|子ども|支援者|窓口)役[ \t]*[(（:：「]|架空の(?:もの|人物|氏名|名前|住所|データ|値|事例|例|[一-鿿ァ-ヺ]{1,6}役)(?!っぽ|風に|のよう|に(?:書き|直|変|し))|架空(?:人物|データ|事例|設定|の個人情報)"
    r"|架空(?:のもの)?です|ダミー(?:の)?(?:[一-鿿ァ-ヺー]{1,6})?データ|(?:データ|値|(?i:examples?)|例)[ ]?は(?:すべて|全て)?ダミー|(?:レスポンス|リクエスト|出力|入力|応答|表示)例|(?i:sample data|dummy data|fictitious)"
    # a training's bad example (×入力してはいけない例, NG例, 悪い例, 書いてはいけない例, round 14)
    r"|(?:(?:入力|記載|送信|書い|貼り付け|投稿)し?て?は(?:いけない|ならない)|ダメな|だめな|NG|ng|悪い|良くない|よくない|不適切な|禁止)例(?![えば外文])"
    # a technical specification's own sample (FHIR JP Core の仕様書にあるサンプル, 実装ガイドの例, 規格の記載例)
    r"|" + _SPEC_SAMPLE +
    # a form guide's line opening with its example mark (　（例）国保 太郎　昭和５０年１月１日　世帯主, round 25)
    r"|^[ \t　]*[(（【〔]例[0-9]{0,2}[)）】〕]"  # (not 例： inline: （例：緑町二丁目の三好トシ子さん…） cites a real case)
    # English forms: a SAMPLE / Example heading at a line start, "do not use real data"
    r"|^[ \t]*[\[(【]?(?:SAMPLE|Sample|EXAMPLE|Example)[\])】]?[ \t]*(?:[:：(（\-–—]|$)|(?i:do not use real data|not real data)"
    # a bracketed (SAMPLE) after a heading, "Example response:", "… are examples only"
    r"|[\[(（【](?:SAMPLE|Sample|sample|EXAMPLE|Example|example|예시|견본|(?i:ví dụ|exemplo|ejemplo|halimbawa)|示例|样本)[\])）】]|(?:Example|Sample) (?:request|response|output|payload)s?[ \t]*[:：]"
    # a heading ending in a dash and SAMPLE: "How to fill in the Resident Registration form — SAMPLE"
    r"|[-–—:：][ \t]*(?:SAMPLE|EXAMPLE|Sample|Example)[ \t]*$"
    r"|(?i:are (?:fictitious )?examples only|for illustration only"
    # (a style question's names said to be examples: These are just examples, not real residents, round 23)
    r"|(?:these|they|all) are (?:just |only |all )?(?:hypothetical |made-up |invented )?examples|not real (?:people|persons|residents|names))"
    # a form's example heading in the residents' languages: VÍ DỤ, 填写示例, 작성 예시, EXEMPLO, Ejemplo, Halimbawa
    r"|^[ \t]*[\[(【]?(?i:ví dụ|mẫu điền|mẫu|[填記记]?[写寫]?(?:示例|范例|範例)|样本|樣本|(?:(?:작성|기입|기재)[ ]?)?예시|(?:작성|기입|기재)[ ]?예|견본|exemplo|ejemplo|halimbawa"
    r"|उदाहरण)[\])】]?[ \t]*(?:[:：]?[ \t]*$|[(（])"  # (inline, "Exemplo: \"…\"" quotes one example: quoted_example_regions)
    # "the data are not real people": 実在の人物ではありません, 実在しません, 実在する人物・団体とは関係ありません
    r"|実在(?:の人物|する人物|の個人)?(?:・[^\n。)）]{1,8})?(?:では|で)?(?:ありません|はない|しません|しない)|実在(?:の|する)[^\n。]{0,16}とは(?:一切)?関係(?:が)?(?:ありません|ない)"
    r"|実在(?:の|する)(?:人物|宛名|個人|住民|氏名|方|人|データ)[^\n。]{0,3}(?:含み?ません|含まれ(?:ません|ない)|含まない|含んでいません)"  # (r29)
    # a story declared made up (内容はフィクションです, 創作です: a staff contest's short story, round 17)
    r"|(?:内容|物語|この話|作品|登場人物)?(?:は|も)?(?:すべて|全て)?フィクション(?:です|であり|なので|のため)|創作(?:です|であり|なので)"
    # rows a fake-data library made (Faker が生成したもの, Faker で作ったダミー, generated with Faker: round 17)
    r"|(?i:faker|mimesis|gimei)[ ]?(?:で|が|により|によって|を使って|を使い|から)[^\n。]{0,12}?(?:生成|作成|作っ|作り|出力)"
    r"|(?i:generated (?:by|with|using) (?:faker|mimesis|gimei|mockaroo)|(?:dummy|mock|synthetic)(?: [a-z]+)? data"
    r"|(?:mockaroo|faker)[ ]?(?:で|を使って)[^\n。]{0,12}?(?:生成|作成|作っ|作り|出力))",
    re.MULTILINE,
)
# literal words of the markers above (lower-case): the engine looks for them in its trigger pass and
# computes regions only when one occurs
EXAMPLE_MARK_WORDS = ("記入例", "記載例", "設例", "例題", "』", "記入見本", "記載見本", "書き方の例", "見本", "サンプル", "架空", "ダミー", "レスポンス例",
                      "リクエスト例", "出力例", "入力例", "応答例", "表示例", "sample data",
                      "dummy data", "fictitious", "sample", "example", "not real data", "for illustration only", "実在",
                      "ví dụ", "mẫu", "示例", "范例", "範例", "样本", "樣本", "예시", "견본", "기입 예", "기재 예", "작성 예", "기입예", "기재예", "작성예", "exemplo", "ejemplo", "halimbawa",
                      "उदाहरण", "仕様書", "実装ガイド", "規格", "公式ドキュメント", "apiドキュメント", "api仕様", "faker", "mimesis",
                      "gimei", "フィクション", "創作", "dummy", "mock", "synthetic")
_ROLE_PLAY_WORDS = tuple(f"{w}役" for w in ("利用者", "相談者", "住民", "職員", "母親", "父親", "本人", "患者", "家族", "来庁者",
                                             "申請者", "保護者", "市民", "子ども", "支援者", "窓口"))
EXAMPLE_MARK_WORDS += _ROLE_PLAY_WORDS
# a training's bad examples (lower case: the trigger pass reads the folded text)
EXAMPLE_MARK_WORDS += ("いけない例", "ならない例", "ダメな例", "だめな例", "ng例", "悪い例", "良くない例", "よくない例", "不適切な例", "禁止例")
EXAMPLE_MARK_WORDS += ("(例", "【例", "〔例", "記 入 例", "記 載 例")  # (a form guide's (例) line; OCR's 記 入 例, r25)
# the cast of a legal or registry example (法務省's 戸籍 記載例: 甲野 義太郎・乙野 梅子; a textbook's 甲山 太郎 / 乙川 花子):
# surnames of a 十干 character and 野 / 山 / 川, two different characters in one paragraph (one 甲野 is a real surname)
_CAST_SURNAMES = tuple(a + b for a in "甲乙丙丁" for b in "野山川")
_CAST = re.compile(r"(?<![一-鿿々])([甲乙丙丁])[野山川](?=[ 　]?[一-鿿々ぁ-ゖァ-ヺ])")
EXAMPLE_MARK_WORDS += _CAST_SURNAMES
# markers that declare data fictitious (not a form's heading such as 【記入例】 or SAMPLE)
_DECLARED = re.compile(r"架空|ダミー|実在|フィクション|創作|(?i:sample data|dummy|mock|synthetic|fictitious|faker|mimesis|gimei|"
                       r"generated)|" + _SPEC_SAMPLE)
# (round 41) sample data as what the request is to make of the rows (…so we can share them as realistic sample data,
# サンプルデータとして使うので仮名化して): a purpose, no word that the rows are samples
_PURPOSE_BEFORE = re.compile(r"(?i:\b(?:as|into|for|make|create)(?: [a-z]+){0,2} )$")
_SAMPLE_WORD = re.compile(r"サンプル|ダミー|(?i:sample|dummy|mock|synthetic)")
_PURPOSE_AFTER = re.compile(r"(?:として|に(?:し|加工|変換|置き換|作り替|直)|用に)")
# the request naming the form it introduces an example (…の委任状の記入例です。英語版を作って, round 32)
_NAMED_EXAMPLE = re.compile(r"(?:記入例|記載例|記入見本|記載見本)(?:です|になります|の(?:案|原稿|下書き)です)")
_REAL_BEFORE = re.compile(r"(?:実際の|実際に|本物の|実物の|本当の|実在の)$")  # (下は実際の記入例です: a real record, r18)
_BLANK = re.compile(r"\n[ \t　]*\n")
_NOTE_PARA = re.compile(r"[ \t　]*(?:※|\*|注[:：]|[(（]注[)）])[^\n]*(?:以下|下記|次の|すべて|全て|いずれも)[^\n]*$")  # on what follows
# a form's example heading at a paragraph's start (【記入例】…, 記載例：…, [SAMPLE]) and what a sentence holds (a request)
# (the form's name may come first: 児童手当 認定請求書 記入例（窓口掲示用）, round 33)
_HEADING = re.compile(r"[ \t　]*(?:[^\n。、]{1,24}?[ 　])?[【\[［(（〔<〈]?(?:記入例|記載例|記入見本|記載見本|見本|(?i:sample|example))")
_SENTENCE_CHARS = re.compile(r"[\n。？?！!]|ください|下さい|お願い")
_MAX_PARA = 2000
# a declaration whose scope is a whole technical document (本章のレコード例は…架空のデータである, "All examples in this guide
# use fictitious people", round 14), on the line of its 架空 / fictitious: every section after it is the example's, up to
# _MAX_DOC characters or a real case (a drill's cards too: ※本カードの人物・住所はすべて訓練用の架空設定, round 26); not a
# training material's note (本資料の事例は架空: a real case may be added after it)
_WHOLE_DOC = re.compile(
    r"(?:本ガイド|本マニュアル|本手引き?|本仕様書|本章|本節|[本各]カード|この(?:ガイド|マニュアル|手引き?|仕様書|章|ドキュメント|カード))[^。\n]{0,40}"
    r"(?:例|データ|値|氏名|人物|住所)|記入例(?:に|で)(?:使用|使っ|用い)[^。\n]{0,16}(?:氏名|番号|住所|名前|データ|値)|"
    r"記入例の(?:氏名|番号|住所|名前|データ|値|人物|口座)[^。\n]{0,16}(?:すべて|全て|いずれも)|"
    # (or that the example's values are for explaining: ★ 記入例の個人番号は説明用の番号です, round 32)
    r"記入例の[^。\n]{0,12}(?:は|も)[^。\n]{0,8}(?:説明用|例示用|架空|見本)|"
    # (or said so as the reason: 記入例なので値はすべて見本です, round 34)
    r"(?:記入例|記載例|見本|サンプル)(?:なので|のため|につき)[^。\n]{0,12}(?:見本|架空|ダミー|サンプル)|"
    # (or the names of a quiz or a text said to be all made up: ※問題中の人名はすべて架空です, round 34)
    r"(?:問題|設問|問|選択肢|例文|文中|本文|資料)(?:中|内)?の(?:人名|氏名|名前|人物)(?:は|も)(?:すべて|全て|いずれも)?架空|"
    # test data whose every row is declared made up (【テスト用ダミーデータ：すべて架空・自動生成】, 結合テスト用ダミーデータ
    # （全件架空・テスト採番）: round 20); not a training's cases said made up with a real one added (事例はすべて架空…)
    r"(?:テスト|ダミー|試験)[^。\n]{0,12}(?:すべて|全て|全件)[^。\n]{0,2}(?:架空|ダミー|自動生成)|"
    # (or the request is about a generator of dummy rows: ダミー職員データを作るVBA — its printed output is the dummies', r41)
    r"ダミー[^。\n]{0,12}?(?:を|の)?(?:作る|作成する|生成する|出力する)(?:VBA|マクロ|コード|スクリプト|プログラム|関数|処理|ツール)|"
    # (or said to hold no real person: 【テストデータ】です（実在の宛名は含みません…, round 29)
    r"(?:テスト|ダミー|試験)[^。\n]{0,16}実在(?:の|する)(?:人物|宛名|個人|住民|氏名|方|人|データ)[^。\n]{0,3}(?:含み?ません|含まれません|含まない|含んでいません|ありません)|(?i:(?:examples?|samples?|sample data|data|values?|names)[^.\n]{0,12}(?:in|throughout|used in|of) "
    r"(?:this|the) (?:guide|manual|specification|spec|chapter|section|reference|documentation|api))")
_MAX_DOC = 8000
# a line saying that what follows is a real case (【実際の届出】, 実際に受け付けた申請書：): the example ends before it
# (or data taken from production beside the dummies: ただし、…のため、本番から抽出した1件を併用する, round 11)
_REAL_CUE = re.compile(r"^[^\n]{0,12}(?:実際(?:の|に)(?:届出|届書|申請|申込|記録|相談|ケース|データ|窓口記録|受け付け|受付|届いた|提出)|"
                       r"実データ|本番(?:の)?データ|(?i:real (?:data|record|case|application)|actual (?:data|record|case)))"
                       r"|^[^\n]{0,40}本番(?:環境|系|DB|サーバ)?(?:から|より)(?:抽出|取り出|コピー|複製|取得|エクスポート|持ち出)",
                       re.MULTILINE)
# the writer's own word that the values are real, anywhere in the prompt, not denied right after (実データではありません)
_REAL_DECLARED = re.compile(r"(?:実データ|本番(?:の)?データ|本番コピー|本番(?:環境|DB|サーバ)から"
                            # (or a screen example taken from real work: 窓口対応のときに撮ったスクリーンショットから, round 30)
                            r"|(?:窓口|業務|対応|受付)[^\n。]{0,12}?(?:撮った|取った|保存した)(?:画面|スクリーンショット|スクショ|画像)"
                            r"|実際の(?:画面|データ|記録|申請書|届出)(?:から|を(?:写|コピー|貼))"
                            r")(?![^\n。]{0,10}(?:ない|ません|禁止|不可|NG))")
# an example made from a real record (昨年度の提出分を使用, 本人の了解を得て掲載, round 15): no example
_REAL_SOURCE = re.compile(r"(?:昨年度?|前年度?|昨年分|前年分|過去に|以前に?|実際に)の?(?:[^\n、。]{0,6}?)(?:提出分|提出された|提出いただいた|受け付けた)"
                          r"|本人の(?:了解|同意|承諾|許可)を(?:得|もら|いただ)")
# entities a placeholder form fills in (identifiers stay: a real 個人番号 in a 記入例 is still live)
EXAMPLE_ENTITIES = frozenset({
    "PERSON", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_POSTAL_CODE", "JP_VEHICLE_PLATE",
})


# an example sentence quoted in a guide, a leaflet or a textbook, in the languages the office writes them in
# (例えば「私は…です」, 例如："我叫李明…", Exemplo: "Meu nome é João…", Ví dụ: "Tôi là…", 예: "제 이름은…"), and a
# textbook's example line (例）わたしは マリア です): the quoted sentence (the rest of the line) is an example, not a
# resident's words; nothing before the marker or on the next line is
_INLINE_EXAMPLE = re.compile(
    r"(?=[例た比EPV예eHCB \t]|(?i:[fslw]))"  # (the first characters below: a lookahead rejects every other start at once)
    r"(?:(?:例えば|たとえば|(?<![一-鿿々])例|例如|比如|Exemplo|Por exemplo|Ejemplo|Por ejemplo|Ví dụ|예시|예를 들어|예|e\.g\.|(?i:for example)|"
    r"Example|Halimbawa|Contoh|Beispiel|Exemple|Par exemple"
    # (a sentence like "the only woman on a five-person team went on sick leave": a training's example, round 21)
    r"|(?i:(?:sentence|phrase|statement|line|wording|something)s? (?:like|such as))"
    r")[ \t]*[:：,、]?[ \t]*(?P<q>[\"“「『„«])|^[ \t]*例[)）][ \t]*)",  # (not 条例「…」, 事例「…」)
    re.MULTILINE,
)
# a line headed by an example's label (入力値の例　氏名「髙橋 𠮷男」…, 設定例：「…」, round 14): the quoted values on it
_LABEL_EXAMPLE = re.compile(r"^[ \t　]*(?:[^\s「」:：。]{1,8}の)?(?:入力|記入|設定|表示)?(?:値の)?例[ \t　]*[:：]?(?=[^\n]*「)", re.MULTILINE)
_CLOSE = {'"': '"', "“": "”", "「": "」", "『": "』", "„": "“", "«": "»"}
INLINE_EXAMPLE_WORDS = ("例", "exemplo", "ejemplo", "ví dụ", "예", "e.g.", "for example", "halimbawa", "contoh",
                        "beispiel", "exemple", "たとえば", "sentence like", "sentences like", "phrase like",
                        "statement like", "something like", "line like", "wording like", "such as",
                        "」のよう", "」みたい", "」といった", "」など")  # (the marker after a quote: _EXAMPLE_AFTER)


# a quote given as an example of what not to write, the marker after it (「山田太郎さん（090-1234-5678）の件」のように)
_EXAMPLE_AFTER = re.compile(r"「[^「」\n]{1,80}」(?=(?:など)?(?:のよう|みたい|といった)|などの)")


# a line ending with an example's cue and a colon, the example on the next line (…is printed at the top right, for
# example: ⏎ Residence card number: AB12345678CD, round 19)
# (not …の例： heading a list of real cases: 支援措置を受けている方の例：)
_EXAMPLE_LEAD = re.compile(r"(?:(?i:for example|for instance|e\.g\.)|例えば|たとえば|^[ \t　]*例)[ \t]*[:：][ \t]*\n", re.MULTILINE)


# a real case given as the instance (…会議で検討したケースを載せます, 実際の事例です: round 22)
_REAL_INSTANCE = re.compile(r"(?:検討|対応|支援|受け付け|受付|相談を受け)した(?:ケース|事例|方)|実際の(?:ケース|事例)|実例")


def quoted_example_regions(text: str) -> list[tuple[int, int]]:
    """The quoted example sentences (start, end), and the line after an example's lead (…for example:), sorted."""
    out = [m.span() for m in _EXAMPLE_AFTER.finditer(text)] if "」" in text else []
    for m in _EXAMPLE_LEAD.finditer(text):
        eol = text.find("\n", m.end())
        out.append((m.start(), len(text) if eol < 0 else eol))
    for m in _INLINE_EXAMPLE.finditer(text):
        eol = text.find("\n", m.end())
        eol = len(text) if eol < 0 else eol
        q = m.group("q")
        if not q and _REAL_INSTANCE.search(text, max(0, m.start() - 80), m.start()) is not None:
            continue  # 例として、班長会議で検討したケースを載せます。⏎ 例）柳田 トメ さん（92歳…）: a real case shown
        close = text.find(_CLOSE[q], m.end(), eol) if q else -1
        out.append((m.start(), close + 1 if close >= 0 else eol))
    if "例" in text:
        for m in line_matches(_LABEL_EXAMPLE, text):
            eol = text.find("\n", m.end())
            out.append((m.start(), len(text) if eol < 0 else eol))
    return sorted(out)


def example_regions(text: str, marks: bool = True,
                    inline: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Paragraphs (start, end) that carry an example-form marker or an example's cast, and quoted example sentences,
    merged and sorted. ``marks``: False when none of EXAMPLE_MARK_WORDS occurs (every marker holds one: no paragraph
    to look for); ``inline``: quoted_example_regions(text) when already found."""
    if _REAL_DECLARED.search(text) is not None:  # (サンプル値は…実データ（本番コピー）から1件取ったもの: no example, r25)
        return []
    para = _paragraph_examples(text) if marks else []
    inline = quoted_example_regions(text) if inline is None else list(inline)
    if any(w in text for w in _CAST_SURNAMES):
        inline += _cast_paragraphs(text)
    if not inline:
        return para
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(para + inline):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def _cast_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs naming two different members of an example's cast (甲野 …, 乙野 …)."""
    out: list[tuple[int, int]] = []
    start = 0
    for b0, b1 in [(m.start(), m.end()) for m in _BLANK.finditer(text)] + [(len(text), len(text))]:
        cast = list(_CAST.finditer(text, start, b0))
        if len({m.group(1) for m in cast}) >= 2:
            # a real case after the example in the same paragraph (【実際の届出】) is no example
            real = _REAL_CUE.search(text, cast[0].end(), b0)
            out.append((start, b0 if real is None else real.start()))
        start = b1
    return out


def _paragraph_examples(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _EXAMPLE_MARK.finditer(text):
        if out and m.start() < out[-1][1]:
            if _whole_doc(text, m):  # (【記入例】 ⏎ ※記入例に使用している氏名・番号等はすべて架空のものです)
                # …from the document's first example on, when the note comes last (・記入例の氏名…はすべて架空, round 19)
                out[-1] = (out[0][0], max(out[-1][1], _doc_end(text, m)))
            continue
        if _SAMPLE_WORD.search(m.group(0)) and (_PURPOSE_BEFORE.search(text, max(0, m.start() - 30), m.start())
                                             or _PURPOSE_AFTER.match(text, m.end())):
            continue  # (…share them as realistic sample data: what the request makes of real rows, round 41)
        if _REAL_SOURCE.search(text, max(0, m.start() - 40), min(len(text), m.end() + 60)) is not None:
            continue  # 【記入例】（昨年度提出分を、本人の了解を得て記入例として使っています）: a real record shown as the example
        b = _last_blank(text, m.start())
        start = b.end() if b is not None else max(0, m.start() - _MAX_PARA)
        if b is not None and _BACK_NOTE.match(text, start, m.start()):
            start = _paragraph_start(text, b.start())  # (※上の2行は記入例です: the rows above are the example)
        nb = _BLANK.search(text, m.end(), min(len(text), m.end() + _MAX_PARA))
        end = nb.start() if nb is not None else min(len(text), m.end() + _MAX_PARA)
        if nb is not None and text.startswith("```", nb.end()):
            # a caption (レスポンス例（サンプルデータ）) over a fenced code block: the block is the example
            close = text.find("\n```", nb.end() + 3, nb.end() + _MAX_PARA)
            if close >= 0:
                end = close + 4
        elif nb is not None and (start == 0 and "\n" not in text[:nb.start()] or _NOTE_PARA.match(text, start, nb.start())) \
                and (_DECLARED.search(m.group(0)) or (_NAMED_EXAMPLE.match(text, m.start())  # (※以下はすべて…架空, r25)
                                                      and _HEADING.match(text, nb.end()) is None
                                                      and _REAL_BEFORE.search(text, max(0, m.start() - 4), m.start()) is None)):
            # the request itself declares the data it introduces examples ("テスト用のダミーデータです。…（すべて架空の
            # 人物です）" + blank line + the rows): the paragraph after it is the example
            nn = _BLANK.search(text, nb.end(), min(len(text), nb.end() + _MAX_PARA))
            end = nn.start() if nn is not None else min(len(text), nb.end() + _MAX_PARA)
        elif nb is not None and _line_alone(text, m) and _BLANKS_TO_FILL.search(text, m.end(), nb.start()) is not None:
            # a mark alone on its line over a form of blanks to fill (【記入例】 ⏎ 個人番号　XXXX … ⏎⏎ Ｂ …, round 34): the
            # form's sections below, up to a real case or the next bracketed heading (⏎⏎【受付分】 …)
            end = _doc_end(text, m)
            nxt = _NEXT_SECTION.search(text, nb.start(), end)
            end = end if nxt is None else nxt.start()
        elif nb is not None and _heading_alone(text, start, nb.start(), m.start()):
            # an example's heading alone above the form (【記入例】住民票の写し等交付申請書 + blank line, round 15): the form's
            # sections below it, up to a real case (…認定請求書 記入例（窓口掲示用） ⏎⏎ 【請求者】… ⏎⏎ 【配偶者】…, round 33)
            end = _doc_end(text, m)
        if _whole_doc(text, m):
            end = max(end, min(len(text), m.end() + _MAX_DOC))  # the document's own note on all its examples
            start = min(start, out[0][0]) if out else max(0, m.start() - _MAX_DOC)  # (…and the text above it)
        # a real case pasted in the same paragraph, after the example or before it, is no example
        real = _REAL_CUE.search(text, m.end(), end)
        if real is not None:
            end = real.start()
        for real in _REAL_CUE.finditer(text, start, m.start()):
            start = text.find("\n", real.start(), m.start()) + 1 or m.start()
        out.append((start, end))
    return out


# a note after the rows it speaks of (※上の2行は記入例です, 注：上記はすべて架空のデータです, round 15): its marker covers the
# paragraph above as well
_BACK_NOTE = re.compile(r"[ \t　]*(?:※|\*|注[:：]?|[(（]注[)）])?[ \t　]*(?:上の|上記|以上の|上表|前記|表中の|この表)")


def _last_blank(text: str, pos: int) -> re.Match | None:
    """The last blank line within _MAX_PARA characters before ``pos``: the end of the paragraph before it."""
    b = None
    for b in _BLANK.finditer(text, max(0, pos - _MAX_PARA), pos):
        pass
    return b


def _paragraph_start(text: str, pos: int) -> int:
    """The start of the paragraph holding ``pos`` (bounded by _MAX_PARA)."""
    b = _last_blank(text, pos)
    return b.end() if b is not None else max(0, pos - _MAX_PARA)


def _whole_doc(text: str, m: re.Match) -> bool:
    """A declaration (架空, ダミーデータ …) on a line whose scope is the whole document (_WHOLE_DOC)."""
    if not _DECLARED.search(m.group(0)):  # (記入例の個人番号は説明用の番号です, r32; ※この用紙は記入例です, r39)
        return _WHOLE_DOC.match(text, m.start()) is not None or _SHEET_IS.search(text, max(0, m.start() - 12), m.start()) is not None
    lo = max(0, m.start() - 200)
    eol = text.find("\n", m.end(), m.end() + 200)
    return _WHOLE_DOC.search(text, max(lo, text.rfind("\n", lo, m.start()) + 1),
                             min(len(text), m.end() + 200) if eol < 0 else eol) is not None


_SHEET_IS = re.compile(r"(?:この|本)(?:用紙|様式|申請書|届出?書|書類|シート|ページ)は[^。\n]{0,4}$")


def _doc_end(text: str, m: re.Match) -> int:
    end = min(len(text), m.end() + _MAX_DOC)
    real = _REAL_CUE.search(text, m.end(), end)
    return end if real is None else real.start()


# a form's blanks to fill (〇〇市, XXXX XXXX XXXX, 〒000-0000)
_BLANKS_TO_FILL = re.compile(r"〇〇|○○|XXXX|xxxx|000-0000")
_NEXT_SECTION = re.compile(r"\n[ \t　]*\n[ \t　]*[【\[■◆]")


def _line_alone(text: str, m: re.Match) -> bool:
    """The example's mark ``m`` stands alone on its line."""
    ls, le = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
    frame = " \t　【】[]()■□◆◇●<>"
    return not text[ls:m.start()].strip(frame) and not text[m.end():len(text) if le < 0 else le].strip(frame)


def _heading_alone(text: str, start: int, end: int, mark: int) -> bool:
    """The paragraph [start, end) is one line headed by an example's mark (at ``mark``), no sentence."""
    h = _HEADING.match(text, start)
    return h is not None and h.end() > mark and _SENTENCE_CHARS.search(text, start, end) is None


def in_regions(regions: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(regions, (start, 1 << 62)) - 1
    return i >= 0 and regions[i][0] <= start and end <= regions[i][1]
