"""Issue 13, round 9, short chatty prompts (the r9-chat helper's mechanisms; table tests of positive and negative
rows, written apart from the probe file).

Batch a: the character model of ``person_charname`` — a given name or a rare surname alone right before くん / ちゃん
(hiragana, katakana the dictionary does not list, kanji it reads as a common word beside a child's age or a parent), not
kin, babies, pets, roles, products in quotes, things named after a character (ひなたちゃんマーク), mascots; a household
named by a surname the dictionary lists for a famous bearer (葛城さんとこの奥さん), じいちゃん / ばあちゃん without お; a full
name glued after a school class and の (2年3組の鮫島楓); matters said casually (ナマポ, 鬱で, 認知入って, ボケてきて, 学校来てなく
て, 家賃まだ入ってない, まだ納付されていません, 年金だけじゃ足りない, シングルで子ども).

Batch b: a relative's name after the relation in brackets or after の (息子（蒼）, 旦那（哲也）, じいじ（三郎）, 上の子の陸斗,
ばあばのとし江), more relations (旦那, 上の子, じいじ, 元カレ …); the writer's surname after a greeting that opens a quoted
message or call (すみません、二階堂です。); a household named with さん / 様 and 宅 / ち / とこ / 方 (東雲さん宅, 山ノ内さんとこ:
ノ inside a surname); a name given as found out or told (鷲尾 と判明, と名乗る); a character after a work's title and の
(ドラえもんののび太くん); a broad word naming a service's arrangements (健診の会場変更) is no one's condition; casual words for
refusing care, leaving hospital, stalking, dropping out and shutting oneself in, net-café living.

Batch c: a name the dictionary lists for a famous bearer before くん / ちゃん is a child's (ルカくん); a hiragana given name
after a relation and の (妹のさきが); a pupil named in brackets after a word for a pupil or a child (男子（タクミ）); the
writer signing as the parent of someone named (かずきの母より); a quoted message closed by the writer's surname (…取りたい
です。鳥居』); kanji the dictionary does not know after a surname and a space are the given name (瀬戸口 琉生); casual words
for panic attacks, keeping a child home, arrears piling up (3か月たまってます), immigration status, romance and dating scams,
a child out of control (暴れて, 手がつけられない).

Batch d: kin words ending a kana run before ちゃん are kin (ひいじいちゃん); relatives after じいちゃん / おばあちゃん and の; a
greeting before a plain-noun surname (お世話になっております、柊です。; not 総務, 市役所, 私); casual words (ぼうりょく, 家出し,
何回も買って, 発達の遅れ, 介護疲れ)."""

from __future__ import annotations

import pytest

from gateway.scan import morphology
from gateway.scan.recognizers.person_charname import (glued_full_name, greeting_surname_end, honorific_name_spans,
                                                      relative_name_ok, signature_word, work_character)
from gateway.scan.recognizers.person_rules import given_like
from tests.unit.scan._helpers import action_tests

BLOCK = [
    # a hiragana given name before ちゃん / くん, with a child's matter
    ("hiragana_chan", "りおなちゃん（4さい）のママから、パパに叩かれたって相談がありました"),
    ("hiragana_kun_after_particle", "クラスのゆうとくん、最近あざが多くて心配です"),
    ("hiragana_given_mother_ill", "こはるちゃん、ママが入院中で今週はおばあちゃんがお迎え。減免の相談したい"),
    # a katakana given name the dictionary does not list
    ("katakana_unknown_kun", "ソウタくん、ADHDの診断が出たとお母さんから連絡がありました"),
    # a rare surname the dictionary reads as a common word, beside a grade or a parent
    ("kanji_common_noun_grade", "纐纈くん（中1）がいじめにあっていると保護者から電話"),
    ("kanji_common_noun_parent", "薬袋ちゃんのお母さんから、夫のDVで避難したいとの相談"),
    # a household named by its surname
    ("household_famous_surname", "葛城さんとこの奥さん、また顔にアザ作ってた。DVかもしれない"),
    ("household_grandpa_no_o", "猪又のじいちゃん、最近ボケてきて夜に徘徊してるらしい"),
    # a full name glued after a class and の
    ("class_glued_name", "3年1組の佐藤陽菜、保健室登校が続いています。担任から相談"),
    # matters said casually, beside a name
    ("slang_namapo", "ナマポの件で来た廿楽って人、窓口でまた怒ってた。報告メモ作って"),
    ("slang_depression", "鬱で休んでる舎人さん、来月から復帰予定。課内への伝え方"),
    ("slang_dementia", "百目鬼さんのお母さん、認知入ってきてて通院もひとりじゃ無理だって"),
    ("slang_school_absence", "坂井くん（小4）、先月から学校来てなくてお母さんも困ってるみたい"),
    ("rent_not_in", "汐見さん、今月の家賃まだ入ってないです。次遅れたら退去の話になります"),
    ("reminder_unpaid", "忽那様 保育料 32,400円 がまだ納付されていません。ご確認ください"),
    ("pension_not_enough", "勅使河原さん（78）、年金だけじゃ足りないって。貸付の案内をしたい"),
    ("single_parent_casual", "しおりさん（32）、シングルマザーで子ども3人、養育費ももらえてないって"),
]

ALLOW = [
    # kin, babies, pets and roles before ちゃん / くん
    ("kin_words", "おばあちゃんと孫ちゃんが一緒に来庁。赤ちゃんの健診の案内をしてほしい"),
    ("role_kun", "新人くんが入院した利用者さんの記録の書き方を聞いてきた。どう教える？"),
    ("pet_chan", "うちの猫のモモちゃん、病気で通院中。休みの連絡の文面を考えて"),
    # mascots, products in quotes, things named after a character
    ("mascot", "市のゆるキャラ みどりんくんが認知症予防を呼びかけるポスターの文案"),
    ("product_quoted", "「元気くん」という見守り端末を導入した。高齢者の転倒や病気の早期発見に役立つ"),
    ("thing_after_name", "アレルギーのある子には、ひなたちゃんマークのシールを貼ってください"),
    # a known word in katakana is no name
    ("katakana_known_word", "ヘルパーさんとケアマネさんに、入院中の利用者の件で連絡する文面"),
    # a rare-surname word with no child's age or parent beside it
    ("kanji_common_noun_alone", "鮮度くんの導入で、インフルエンザ対策になるか知りたい"),
    # the same words with no person
    ("slang_no_person", "ナマポって言葉を市民が使ったとき、窓口でどう返すのがいい？"),
    ("depression_no_person", "鬱で休職した職員が復帰するときの一般的な流れを教えて"),
    ("gloomy_mood", "憂鬱でしかたない月曜の朝、課内の雰囲気を明るくする一言を考えて"),
    ("school_absence_no_person", "学校来てない子がいるとき、担任はまず何をするべき？"),
    ("class_no_name", "2年3組の保護者向けに、学級閉鎖のお知らせをやさしく書いて"),
    ("class_teacher", "3年1組の担任の先生が病気休暇なので、代わりの連絡文を"),
    ("name_list_no_person", "ゆうとくん、はるとくん、めいちゃん…最近人気の名前を10個教えて"),
]

BLOCK += [
    # a relative's name in brackets after the relation, or after の with a kanji ending
    ("kin_bracket_common_noun", "小2の息子（蒼）が発達障害かもって言われました、どうしたらいいですか"),
    ("kin_bracket_dictionary", "旦那（哲也）がパチンコで借金を作って生活費を入れてくれないという相談"),
    ("kin_bracket_grandpa", "じいじ（三郎）が認知症の診断を受けたのに運転をやめない、と娘さんから"),
    ("kin_no_mixed_name", "ばあばのみつ子が特養に入所したので、住所変更の手続きを教えて"),
    ("kin_older_child", "上の子の陸斗（中1）が不登校で、母親が困っています"),
    ("kin_ex_boyfriend", "元カレのショウタにつきまとわれてる、家も知られてるって高校生から相談"),
    # the writer's surname after a greeting opening a quoted message or call
    ("greeting_surname_call", "「もしもし、二階堂です。父が昨日退院したんですが、介護申請はどうすれば」って電話の記録"),
    ("greeting_surname_staff", "返信して『お疲れさまです、竹之内です。妻が切迫早産で入院しているので時短にしたいです』"),
    # a household named with さん / 様 and 宅 / とこ
    ("household_common_noun", "東雲さん宅、82歳の独居で、最近痩せてきてる。長男と連絡がとれない"),
    ("household_no_in_surname", "山ノ内さんとこの息子さん、高校中退してから家にこもってるって"),
    # a name given as found out
    ("name_found_out", "身元不明の男性、後に 鷲尾 と判明。ネットカフェ生活3か月で所持金なし"),
    # casual care, hospital and stalking words
    ("bath_refusal", "利用者のカトウさん、入浴拒否が続いてヘルパーさんも困ってる"),
]

ALLOW += [
    # relations with a status, an age or a grade in brackets
    ("kin_bracket_status", "夫（故人）の年金の手続きについて、一般的な流れを教えて"),
    ("kin_bracket_age", "息子（5）がいる職員向けに、子の看護休暇の案内文を作って"),
    # a greeting before an office's name, not a surname
    ("greeting_office", "「もしもし、市役所です。介護申請の書類が届いていません」という電話の例文を作って"),
    # roles before さん宅
    ("household_role", "大家さん宅に家賃の相談に行くとき、何を持っていけばいい？"),
    # a character after a work's title
    ("work_character", "ドラえもんののび太くんがいじめられる話を使って、いじめ防止授業の導入を考えて"),
    ("work_character_girl", "トトロのメイちゃんみたいに入院中のお母さんを心配する子への声かけ"),
    # a service's arrangements after a broad word, beside a colleague
    ("service_after_broad_word", "佐藤さん、来週の健診の会場変更のお知らせ送っといてもらえる？"),
    # found out, of a test result
    ("found_out_result", "検査で陽性と判明した場合の連絡フローを作って"),
]

BLOCK += [
    ("famous_given_name_kun", "ルカくん、今日も朝ごはん食べてないって言ってました。おうちで何かありましたか"),
    ("kin_hiragana_given", "妹のさきが彼氏に騙されて、もう50万渡してるらしい。相談先を教えて"),
    ("pupil_noun_bracket", "2年の男子（タクミ）が万引きで補導されたと生活指導から連絡"),
    ("parent_signature", "『かずきがまた学校で暴れて、家でも手がつけられません』 かずきの母より"),
    ("quoted_surname_signature", "『課長、子どもが発達障害の診断を受けたので部分休業を取りたいです。鳥居』への返信"),
    ("unknown_kanji_given", "この人の年齢と学年を出して：瀬戸口 琉生 H30.5.14生"),
    ("arrears_piling_up", "朝比奈さん、給食費まだです。もう3か月たまってます"),
    ("panic_attack", "娘の結愛が最近パニック発作っぽくて、学校休ませてます"),
]

ALLOW += [
    ("kin_no_function_noun", "母のことが心配で仕事が手につかない職員向けの相談窓口一覧"),
    ("parent_signature_no_name", "保護者のみなさまへ、運動会のお知らせ。PTAの母より"),
    ("quoted_closing_word", "『明日の会議は10時からです。以上』と係に流す文"),
    ("film_title_kun", "映画『こうたくんの冒険』の上映会の告知、子ども向けに"),
    ("anonymous_household", "家族構成メモを文章に：本人（61）無職、妻（58）パート、長男（33）ひきこもり"),
    ("placeholder_kids", "はなちゃん、たくみくん、ゆいちゃんの3人が劇の主役！ってお遊戯会のおたよりの文を"),
]

BLOCK += [
    ("great_grandpa_named", "ひいじいちゃんの茂が入院して、もう長くないと言われました。面談をキャンセルしたいです"),
    ("greeting_plain_noun_surname", "『いつもお世話になっております、柊です。夫のギャンブルで貯金がなくなり離婚を考えています』"),
    ("kana_violence", "なまえは しのはら ゆうこ さん 42さい 夫からぼうりょく うけてるって"),
    ("dementia_buying", "よしえさん（アラ80）、一人暮らし、最近同じもの何回も買ってくる。認知？"),
]

ALLOW += [
    ("great_grandpa_general", "ひいじいちゃんが入院したときに使える介護サービス、一般論で"),
    ("greeting_unit", "『お疲れさまです、総務です。職員の入院時の手続きについて周知します』を短く"),
    ("greeting_plain_unit", "お疲れさまです、広報です。来週の健康診断の日程を周知します"),
    ("closing_plain_noun_subject", "『ご確認ください。資料』という件名のメールが来た。入院中の職員への連絡方法を教えて"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)


@pytest.mark.parametrize("text,name", [
    ("りおなちゃん（4さい）", "りおな"),
    ("クラスのりおなちゃんが", "りおな"),
    ("ユウトくん、", "ユウト"),
    ("纐纈くん(小5)", "纐纈"),
    ("あっくん、", "あっ"),
])
def test_character_model_reads_a_name(text, name):
    hits = {h: [i for i in range(len(text)) if text.startswith(h, i)] for h in ("くん", "ちゃん")}
    assert [text[s:e] for s, e, _ in honorific_name_spans(text, hits)] == [name]


@pytest.mark.parametrize("text", [
    "おばあちゃんが", "赤ちゃんの", "ワンちゃんが", "ネコちゃん", "新人くんが", "保育士くん", "「鮮度くん」を",
    "ひなたちゃんマーク", "ゆるキャラのみどりんくん", "だってりおなちゃん", "小川ひなたちゃん", "鮮度くんの導入",
])
def test_character_model_reads_no_name(text):
    hits = {h: [i for i in range(len(text)) if text.startswith(h, i)] for h in ("くん", "ちゃん")}
    assert list(honorific_name_spans(text, hits)) == []


@pytest.mark.parametrize("name,ok", [
    ("蒼", True), ("哲也", True), ("三郎", True), ("とし江", True), ("ゆな", True), ("ショウタ", True),
    ("故", False), ("別居", False), ("無職", False), ("のこと", False), ("おば", False),
])
def test_relative_name_model(name, ok):
    assert relative_name_ok(name) is ok


@pytest.mark.parametrize("text,end", [("鮫島楓、", 3), ("佐藤陽菜が", 4), ("担任の", None), ("佐藤先生", None)])
def test_glued_full_name(text, end):
    assert glued_full_name(text, 0) == end


def test_unknown_word():
    assert morphology.unknown_word("ユウト") and not morphology.unknown_word("ネコ")


@pytest.mark.parametrize("text,name", [("すみません、二階堂です。", "二階堂"), ("お疲れさまです、竹之内です、", "竹之内"),
                                       ("すみません、市役所です。", None), ("もしもし、私です。", None)])
def test_greeting_surname(text, name):
    greeting = next(g for g in ("すみません", "お疲れさまです", "もしもし") if text.startswith(g))
    span = greeting_surname_end(text, len(greeting))
    assert (text[span[0]:span[1]] if span else None) == name


@pytest.mark.parametrize("word,ok", [("鳥居", True), ("二階堂", True), ("以上", False), ("了解", False), ("課長", False),
                                     ("無理", False)])
def test_signature_word(word, ok):
    assert signature_word(word) is ok


@pytest.mark.parametrize("surface,ok", [("琉生", True), ("さくら", True), ("会議", False), ("太郎", False)])
def test_given_like(surface, ok):
    assert given_like(surface) is ok


@pytest.mark.parametrize("text,name", [("ドラえもんののび太くん", "のび太"), ("トトロのメイちゃん", "メイ"),
                                       ("わかば保育園のゆいちゃん", None), ("3組のゆいちゃん", None)])
def test_work_character(text, name):
    span = work_character(text, len(text) - (3 if text.endswith("ちゃん") else 2))
    assert (text[span[0]:span[1]] if span else None) == name
