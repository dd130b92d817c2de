"""recognizers/unique_profile.py: a person or household noun whose description holds enough kinds of detail singles
someone out (round 24): three kinds with one that singles out, two with a uniqueness word, a school class or a deed in
the news, a house by its place and its look, a relative of a trade or a post. Fewer kinds, coarse ones only, plurals and
kinds of people are no one."""

import pytest

from gateway.scan.normalise import normalise
from gateway.scan.recognizers.unique_profile import profiled_people


def _found(text: str) -> list[str]:
    t = normalise(text).text
    return [t[s:e] for s, e in profiled_people(t)]


CASES = [
    ("three_kinds_one_strong", "毎朝図書館に来る、緑のジャンパーの男性（70代）", ["男性"]),
    ("unique_and_origin", "葛西地区に一世帯だけいるネパール出身のお母さん", ["お母さん"]),
    ("class_and_incident", "今月2年1組に転入した男子児童", ["男子児童"]),
    ("news_and_age", "テレビにも出た90歳の男性", ["男性"]),
    ("house_place_look", "公民館の隣の、青い屋根の平屋", ["平屋"]),
    ("relative_of_post", "市長秘書（政策係）のお兄さん", ["お兄さん"]),
    ("relative_of_trade", "駅前のたい焼き屋のご主人、60代", ["ご主人"]),
    ("age_in_bracket", "本町4丁目、元郵便局長の男性（82）", ["男性"]),
    ("unique_after_noun", "1歳児クラス（医療的ケア児の申込みはこの1件のみ）", ["医療的ケア児"]),
    ("unique_alone", "医療的ケア児の申込みはこの1件のみ", []),
    ("english_clause", "the mother who works the night line at the bento factory, the only Filipino family in 3-chome",
     ["mother", "family"]),
    ("vehicle_and_animal", "白い軽トラで荷台に柴犬を乗せて走ってる人", ["人"]),
    ("quoted_shop_household", "駅前通りの「丸八酒店」のおばあちゃん", ["おばあちゃん"]),
    ("small_school_sentence_before", "東ヶ丘小（全校42人）の教頭から。5年の男の子", ["男の子"]),
    ("relative_of_local_post", "第3分団長の次男", ["次男"]),
    ("teacher_by_subject", "第三中学校で今年度から着任した理科の臨時的任用講師", ["臨時的任用講師"]),
    ("last_of_hamlet", "小谷集落で最後の茅葺き職人", ["職人"]),
    ("alternatives_are_kinds", "毎朝見かけていた犬の散歩や自転車の人", []),
    ("subject_is_a_lesson", "東浜中学校の体育の授業中に、2年生の男子生徒", []),
    ("island_unique_after", "実は、島で人工透析を受けている方は一人しかいません", ["方"]),
    ("relative_through_bracket", "コミュニティホールの管理人（住み込みの年配のご夫婦）の息子さんのお嫁さん", ["息子さん", "お嫁さん"]),
    ("vehicle_without_colour", "税務課職員（50代男性）が運転する公用車が交差点で、右から来た自転車（30代女性）", []),
    ("coarse_press_release", "市内在住の80代男性が畑で倒れ、搬送されました", []),
    ("decade_and_district", "ある地区の80代の方から", []),
    ("restrictive_only", "65歳以上のみの世帯を対象に", []),
    ("plural", "毎朝公園に来ている青い帽子の方々", []),
    ("relative_without_post", "私事ですが、議員の私の長男", []),
    ("two_plain_kinds", "若葉台小の運動会で倒れたお父さん", []),
    ("noun_is_no_detail", "所在地：東山一丁目　木造平屋", []),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, expected):
    assert _found(text) == expected


def test_referent_cue_finds_what_finditer_finds():
    """(round 25) _REFERENT is tried only before its cue (the leads before a post, a child and a trade dropped)."""
    import json
    from pathlib import Path

    from gateway.scan.recognizers import unique_profile as U
    from gateway.scan.recognizers._text import cued_finditer

    assert all(lead in U._REFERENT.pattern and lead not in U._REFERENT_CUE.pattern for lead in U._LEADS)
    texts = [t for _, t, _ in CASES] + ["総務課の主任と市職員の看護師さん、3歳児の母親", "ケアマネの方、通ってる人と家族の家"]
    for f in sorted((Path(__file__).resolve().parents[1] / "data").glob("*.jsonl")):
        texts += [json.loads(line).get("text") or "" for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    for text in texts:
        want = [m.span() for m in U._REFERENT.finditer(text)]
        assert [m.span() for m in cued_finditer(U._REFERENT, U._REFERENT_CUE, U._REFERENT_REACH, text)] == want, text[:40]
