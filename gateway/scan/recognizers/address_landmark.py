"""JP_ADDRESS: a home told by a landmark, with someone described as living there (issue 13, round 20).

A neighbour's complaint or a welfare visit's note often names no address at all, only where the house stands:
``みどり野三丁目の角の家（ひまわり薬局の向かい）の高齢女性``, ``クリーニング白鳥の向かいのアパート（2階の一番奥の部屋）`` ⏎
``・一人暮らしの80代くらいのおじいさん``. Everyone nearby knows the door. A place (a shop, a 丁目, a park) and の, then
where the home stands from it (向かい, 隣, 裏, 斜め前, 並び, 角, 突き当たり) and a home word (家, お宅, アパート, マンション …),
reported as a street-level address in a building only when who lives there follows (``address_residents``): a topic
said of them then identifies them (aggregate: ``resident_address_with_sensitive``). A landmark with no resident described
(薬局の隣のアパートが取り壊し) is a place, not a household.
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from gateway.scan import rx as re
from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._text import finditer_windows, hit_windows
from gateway.scan.recognizers.address_residents import resident_after
from gateway.scan.recognizers.person_shapes import fiction_examples

_WHERE = ("向かい", "隣", "裏", "斜め前", "斜め向かい", "並び", "角の", "突き当たり")
LANDMARK_HOME = re.compile(
    r"(?P<place>[^\s、。,()（）「」]{1,14}?)の(?:(?:すぐ|真)?(?:向かい|隣|裏手?|斜め前|斜め向かい|並び|突き当たり)|角)"
    r"(?:の|にある)(?:家|お宅|おうち|アパート|マンション|一軒家|空き家|借家|長屋|住宅|部屋)")


class LandmarkAddressRecognizer(AigwRecognizer):
    ENTITY = "JP_ADDRESS"
    TRIGGER_WORDS = _WHERE

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out = []
        for m in finditer_windows(LANDMARK_HOME, text, hit_windows(ctx, _WHERE, 20, 16)):
            who = resident_after(text, m.end())
            if who:
                out.append(self.result(self.ENTITY, m.start(), m.end(), 0.8, level="street", strength="weak",
                                       label=False, prefecture=False, building=True, form="landmark", **who))
        fiction_examples(out, text, ctx.hits)  # a story's house (※登場人物はすべて架空です)
        return out
