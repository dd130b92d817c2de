import csv
import random
from pathlib import Path

import pytest

from gateway.scan import morphology
from gateway.scan.recognizers.person import PersonRecognizer
from tests.unit.scan._helpers import detect, zw

R = PersonRecognizer(None)
E = "PERSON"
OUT = Path("/work/shared/eval/outside")

# (name, text, matched substring, form, strength)
CASES = [
    ("label_colon", "相談者：松本直樹\n住所：福岡県福岡市", "松本直樹", "label", "strong"),
    ("label_fullwidth_colon", "氏名：山田　太郎", "山田　太郎", "label", "strong"),
    ("label_space", "申請者 高橋由美子\n", "高橋由美子", "label", "strong"),
    ("label_glued", "世帯主山本健一の世帯", "山本健一", "label", "strong"),
    ("label_katakana", "フリガナ：サトウ ハナコ", "サトウ ハナコ", "label", "strong"),
    ("label_account_holder", "普通預金 口座番号1234567 名義 サトウ ハナコ です", "サトウ ハナコ", "label", "strong"),
    ("label_unknown_name", "氏名：砂丘 子", "砂丘 子", "label", "strong"),
    ("label_weak_word_with_colon", "患者：井上誠\n診断：", "井上誠", "label", "strong"),
    ("label_name_is", "私の名前は佐藤花子です", "佐藤花子", "label", "strong"),
    ("full_name_sama", "加藤由美子様（住所：神奈川県", "加藤由美子", "honorific", "strong"),
    ("full_name_san", "佐藤陽菜さん 携帯090-7844-5388 に", "佐藤陽菜", "honorific", "strong"),
    ("hiragana_given", "井上さくらさんのパスポート番号", "井上さくら", "honorific", "strong"),
    ("chan", "山田花子ちゃんの保育園", "山田花子", "honorific", "strong"),
    ("dono", "鈴木一郎殿", "鈴木一郎", "honorific", "strong"),
    ("rare_name_split_by_dictionary", "和泉砂丘子さんの件", "和泉砂丘子", "honorific", "strong"),
    ("zero_width_inside", f"{zw('加藤由美子')}様へのお詫び", None, "honorific", "strong"),
    ("surname_san", "佐藤さんに折り返し連絡", "佐藤", "honorific", "medium"),
    ("full_name_shi_news", "山田太郎氏は会見で述べた", "山田太郎", "shi", "medium"),
    ("context_dob", "渡辺直樹（生年月日：昭和46年9月18日）の住民票", "渡辺直樹", "context", "medium"),
    ("context_id", "マイナンバー：601895559796（鈴木花子）の申請", "鈴木花子", "context", "medium"),
    ("roster_line", "参加者名簿\n田中翔太, 大阪府豊中市新千里東町1丁目2番1号, 090-4372-5750", "田中翔太", "context", "medium"),
    ("label_bracket", "【氏名】山田太郎\n【住所】", "山田太郎", "label", "strong"),
    ("label_spaced_ideographic", "氏　名：鈴木一郎", "鈴木一郎", "label", "strong"),
    ("label_kana_given", "患者氏名：伊藤 さくら　生年月日：平成2年3月4日", "伊藤 さくら", "label", "strong"),
    ("label_hiragana_name", "ふりがな：やまだ たろう", "やまだ たろう", "label", "strong"),
    ("label_list", "出席者：山田太郎、鈴木花子、佐藤一郎", "山田太郎", "label", "strong"),
    ("space_before_sama", "山田　太郎 様\nご住所：東京都", "山田　太郎", "honorific", "strong"),
    ("age_after_name", "ケース記録：吉田美穂（45）、生活保護受給中", "吉田美穂", "context", "medium"),
    ("column_csv", "氏名,地区\n山田太郎,北町\n鈴木 花子,南町", "山田太郎", "label", "strong"),  # (氏名,所属: staff, r36)
    # (a pipe table of 氏名 | 所属 alone lists staff as its TSV form does, official since round 40: a club's list here)
    ("column_pipe", "| 氏名 | 所属クラブ |\n| 山田太郎 | 緑町テニスクラブ |", "山田太郎", "label", "strong"),
]

# public figures, clans, staff titles, words that are not names: never strong/medium evidence
NOT_PRIVATE = [
    ("famous_tokugawa", "徳川家康は江戸幕府を開いた。住所は不明"),
    ("famous_higuchi", "樋口一葉の代表作を教えて。生年月日は？"),
    ("clan_shi", "北条氏や里見氏などの武将の尊敬が篤く"),
    ("clan_kyogoku", "京極氏の家督相続を巡る御家騒動"),
    ("staff_title", "担当の高橋課長に電話で確認する"),
    ("mayor", "山田市長は記者会見で述べた"),
    ("okyakusama", "お客様各位への休館のお知らせ"),
    ("minasama", "皆様のご協力をお願いします"),
    ("samazama", "様々なサービスが立ち上げられた"),
    ("douyou", "同様に好悪の評価が分かれている"),
    ("company_san", "NTTさんとの契約更新"),
    ("kyuden", "チュイルリー宮殿に伴われ"),
    ("kunshu", "主君・浅野長矩が吉良義央へ刃傷におよび"),
    ("prose_bare_name", "ジャーナリストの金子達仁と結婚した。"),
    ("place_chiba", "千葉県千葉市の人口"),
]


@pytest.mark.parametrize("name,text,match,form,strength", CASES, ids=[c[0] for c in CASES])
def test_person(name, text, match, form, strength):
    res = [r for r in detect(R, text, E) if r[3]["strength"] in ("strong", "medium")]
    assert res, name
    _, sub, score, meta = res[0]
    if match is not None:
        assert sub == match
    assert meta["form"] == form
    assert meta["strength"] == strength
    assert meta["official"] is False
    assert len(meta["person_key"]) == 12 and sub not in meta["person_key"]
    assert score >= (0.7 if strength == "strong" else 0.5)


@pytest.mark.parametrize("name,text", NOT_PRIVATE, ids=[n for n, _ in NOT_PRIVATE])
def test_not_private_person(name, text):
    for _, _, score, meta in detect(R, text, E):
        assert meta["strength"] == "weak" or meta["official"], (name, meta)
        assert score < 0.5


def test_list_after_label_all_found():
    res = [r for r in detect(R, "出席者：山田太郎、鈴木花子、佐藤一郎", E) if r[3]["form"] == "label"]
    assert [r[1] for r in res] == ["山田太郎", "鈴木花子", "佐藤一郎"]


def test_column_roster_all_rows():
    text = "氏名\t所属\n山田太郎\t総務課\n鈴木 花子\t企画課\n佐藤一郎\t税務課\n"
    res = [r for r in detect(R, text, E) if r[3]["strength"] == "strong"]
    assert {r[1] for r in res} == {"山田太郎", "鈴木 花子", "佐藤一郎"}


def test_header_cell_is_not_a_name():
    assert all(r[1] != "所属" for r in detect(R, "| 氏名 | 所属 |\n| 山田太郎 | 総務課 |", E))


def test_staff_label_is_official():
    res = detect(R, "担当：総務課 佐藤\n内線1234", E)
    assert res and all(m["official"] or sc < 0.5 for _, _, sc, m in res)


def test_famous_is_official():
    res = detect(R, "徳川家康様の書状（住所：不明）", E)
    assert res and all(m["official"] for _, s, _, m in res if s == "徳川家康")


def test_roster_distinct_keys():
    text = ("参加者名簿\n田中翔太, 大阪府豊中市新千里東町1丁目2番1号, 090-4372-5750\n"
            "中村誠, 神奈川県横浜市港北区日吉本町1-20-3, 080-6685-1297\n"
            "伊藤太郎, 埼玉県さいたま市浦和区常盤6-4-4, 070-9284-4104\n"
            "田中翔太, 大阪府豊中市新千里東町1丁目2番1号, 090-4372-5750\n")
    res = [r for r in detect(R, text, E) if r[3]["strength"] != "weak"]
    keys = {m["person_key"] for _, _, _, m in res}
    assert len(res) == 4 and len(keys) == 3


def test_no_trigger_no_morphology(monkeypatch):
    calls = []
    monkeypatch.setattr(morphology, "tokenize", lambda w: calls.append(w) or ())
    assert detect(R, "防災行政無線の放送文を、台風接近時の注意喚起として作って", E) == []
    assert calls == []


def test_windows_are_small(monkeypatch):
    seen = []
    real = morphology.tokenize
    monkeypatch.setattr(morphology, "tokenize", lambda w: seen.append(len(w)) or real(w))
    text = "あいうえお" * 2000 + "山田太郎様" + "かきくけこ" * 2000
    assert detect(R, text, E)
    assert seen and max(seen) < 100


def _names():
    last = [r[0] for r in csv.reader((OUT / "jp-last-names.csv").open(encoding="utf-8"))][:500]
    given = []
    for f in ("jp-first-names-female.csv", "jp-first-names-male.csv"):
        for r in csv.reader((OUT / f).open(encoding="utf-8")):
            if len(r) > 2 and r[2]:
                given.append(r[2])  # the commonest kanji spelling
    return last, given


@pytest.mark.skipif(not (OUT / "jp-last-names.csv").exists(), reason="name lists not available")
@pytest.mark.parametrize("template,min_recall", [
    ("{s}{g}様（住所：東京都千代田区霞が関1-2-3）", 0.85),
    ("{s}{g}さんの相談記録を要約して", 0.85),
    ("氏名：{s}{g}\n住所：東京都", 0.97),
    ("相談者：{s} {g}\n内容：", 0.97),
])
def test_name_list_recall(template, min_recall):
    last, given = _names()
    rnd = random.Random(7)
    n = 300
    hit = 0
    for _ in range(n):
        s, g = rnd.choice(last), rnd.choice(given)
        text = template.format(s=s, g=g)
        res = [r for r in detect(R, text, E) if r[3]["strength"] == "strong"]
        if any(s in sub and g in sub for _, sub, _, _ in res):
            hit += 1
    assert hit / n >= min_recall, hit / n
