"""recognizers/unique_subject.py: an unnamed or pseudonymised subject singled out by the case is a person of the record
(round 17); a uniqueness cue with no such subject before it in its paragraph names nobody."""

import pytest

from gateway.scan.recognizers.unique_subject import UniqueSubjectRecognizer
from tests.unit.scan._helpers import detect

R = UniqueSubjectRecognizer(None)

CASES = [
    ("pseudonym_only_one", "対象者：Ｙ氏 79歳 女性\n居住：小集落（3世帯4人、うち単身女性は本人のみ）", "対象者"),
    ("pupil_only_one", "１　対象生徒\n　第2学年の女子生徒。吹奏楽部で唯一のチューバ担当。", "対象生徒"),
    ("letter_pseudonym", "Aさん（80代）は地区でただ一人の外国籍の高齢者で、", "Aさん"),
    ("subject_by_sex", "当該クラスの男子児童は学年で唯一の左利きで、", "男子児童"),
    ("no_subject", "本市で唯一の公立病院である市民病院では、がん検診を行います。", None),
    ("subject_in_another_paragraph", "対象者：Ｙ氏\n\n本市で唯一の公立病院です。", None),
    ("no_cue", "対象者：Ｙ氏 79歳 女性 要介護3", None),
]


@pytest.mark.parametrize("name,text,subject", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, subject):
    found = [sub for _, sub, _, _ in detect(R, text, "PERSON")]
    assert found == ([subject] if subject else [])


# (round 25) _DESCRIBED is tried only before its cue words (_text.cued_finditer): the same matches as finditer, one row
# per alternative (each named group) and the corpora's texts
DESCRIBED_ROWS = [
    "2年3組の窓側の席で補聴器をつけている女子生徒が", "みどり保育園 年長組、4人きょうだいの末っ子（5歳・男児）",
    "柳原台2丁目の、公民館の裏で一人暮らしのおばあちゃん", "3年生のサッカー部キャプテン", "総務課の係長（今年度、育休から復帰した方）",
    "請願の代表者は元市職員で", "副市長のご長男（38歳）", "郵便局長さんのところの上の娘さん", "「クリーニング松風」の店主の母親",
    "市内に一か所しかない産婦人科（駅前）の院長", "・カネ十（かねじゅう）さん：ご主人が人工透析", "東4病棟 412-B 入院中の方（78歳男性）",
    "「かもめ理容店」の店主（70代男性、足が悪い）", "「喫茶すずらん」のマスター", "被処分予定者：財務部 資産税課長（50代男性）",
    "西部環境センターの現センター長（技術職・勤続28年）", "「そば処 かわせみ」（個人事業。店主は60代の男性）",
    "山際分校（全校児童6名）… 3年（1名）の回答", "東谷集落（全部で7軒）\n・坂の上の家、一人暮らし、88才",
    "村瀬会長のお嬢さん", "元消防団長さんとこ、息子さんが", "議員の義理のお母さん",
]


def _corpus_texts():
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "data"
    for f in sorted(root.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line).get("text") or ""


def test_described_cue_finds_what_finditer_finds():
    from gateway.scan.recognizers import unique_subject as U
    from gateway.scan.recognizers._text import cued_finditer

    def spans(it):
        return [(m.start(), m.end(), m.lastgroup) for m in it]

    groups = set()
    for text in [*DESCRIBED_ROWS, *_corpus_texts()]:
        want = spans(U._DESCRIBED.finditer(text))
        assert spans(cued_finditer(U._DESCRIBED, U._DESCRIBED_CUE, U._DESCRIBED_REACH, text)) == want, text[:40]
        groups.update(g for _, _, g in want)
    assert groups >= {"s", "f", "h", "c", "p", "r", "k", "u", "y", "w", "o", "q", "z", "x", "d", "g", "t"}
