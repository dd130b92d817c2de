"""recognizers/latin_bracketed.py: a Latin full name in Japanese text followed by a bracket that places the person (a
post, a unit, a programme, a nationality) is a person (round 41); English prose's brackets, a product, a chat's sender
header and a name alone are not. A unit in the bracket makes them staff."""

from gateway.scan.recognizers.latin_bracketed import LatinBracketedRecognizer
from tests.unit.scan._helpers import detect

R = LatinBracketedRecognizer(None)

FOUND = {
    "Rachel Odhiambo（CIR）、今日からお休みです。": "Rachel Odhiambo",
    "担当は Samuel Brightwater（外国語指導助手・2年目）です。": "Samuel Brightwater",
    "相談者：Lucas Pereira（ブラジル国籍）": "Lucas Pereira",
}
NONE = (
    "We met Daniel Carter (the consultant) yesterday at the office.",
    "Microsoft Teams（チャット）で連絡してください。",
    "Rachel Odhiambo が来ます。",
    "[Mon 8:40] Kaori Sunaga (指導課): Hi all",
)


def test_names_placed_by_their_bracket():
    assert {text: [sub for _, sub, _, _ in detect(R, text, "PERSON")] for text in FOUND} == {
        text: [name] for text, name in FOUND.items()}


def test_no_person_without_a_placing_bracket():
    assert [text for text in NONE if detect(R, text, "PERSON")] == []


def test_a_unit_in_the_bracket_is_staff():
    [(_, name, _, meta)] = detect(R, "Mei Lin Tan（国際交流課）が入院しました。", "PERSON")
    assert (name, meta["staff"]) == ("Mei Lin Tan", True)
