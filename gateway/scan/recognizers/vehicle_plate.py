"""JP_VEHICLE_PLATE: a vehicle's registration plate (自動車登録番号標) — 地名, 分類番号, かな and 一連指定番号:
``品川 300 さ 48-21``, ``横浜330あ12-34``, ``練馬 500 ぬ ・・・8``. A plate identifies its car and so its owner or
user: beside a name it is personal data (a parked car's owner, a staff member's commuting car), alone nothing. An
official or a company car said so on the plate's line (公用車…「深山300 さ 41-07」) is the office's (round 42).

Looked for only when the prompt speaks of a vehicle (車, ナンバー, 駐車 …). The かな excludes the four never used
(お, し, へ, ん); the place name is one to four kanji or kana directly before the class number; the serial is two
pairs with a dash, or dots and one to three digits.
"""

from __future__ import annotations

from gateway.scan import rx as re

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._text import cued_finditer

_PLATE = re.compile(
    r"(?<![一-鿿ぁ-ゖァ-ヺー])(?P<place>[一-鿿]{1,4}|[ぁ-ゖァ-ヺー]{2,5})[ 　]?(?P<cls>[0-9]{1,3})[ 　]?"
    r"(?P<kana>[あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろわを])[ 　]?"
    r"(?P<serial>[0-9]{1,2}-[0-9]{2}|[・･.]{1,3}[0-9]{1,3})(?![0-9-])")
_CORE = re.compile(r"[0-9]{1,3}[ 　]?[あ-ゖ][ 　]?(?:[0-9]{1,2}-[0-9]{2}|[・･.]{1,3}[0-9])")
# the last digit of a class number and the kana after it: every _CORE match holds one, at most 2 characters after its
# start (a charset first: sre skips to digits, where _CORE is tried at every position)
_CORE_CUE = re.compile(r"[0-9][ 　]?[あ-ゖ]")
# (or a business's: a company's or a delivery's vehicle — 社用の軽バン, 冷蔵車, 4tトラック, ㈱…配車 — round 42)
_FLEET = re.compile(r"公用|庁用車|社用|社有車|公用バス|(?:市|町|村|県|区)の車|営業車|配送|配車|冷蔵車|冷凍車|作業車"
                    r"|工事車両|納品|搬入|搬出|業者|リース車|レンタカー|株式会社|有限会社|[㈱㈲]|[(（][株有][)）]|[0-9０-９.]+[tｔ]"
                    r"(?![A-Za-z])|ユニック|ウイング車|箱車|発電機車")  # (not a 軽トラック alone: a farmer's own, r42)
_MAX_PLATES = 256  # bounded work per prompt


class VehiclePlateRecognizer(AigwRecognizer):
    ENTITY = "JP_VEHICLE_PLATE"
    TRIGGER_WORDS = ("車", "ナンバー", "駐車", "駐輪", "車検", "プレート", "バイク")

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out: list[RecognizerResult] = []
        for n, core in enumerate(cued_finditer(_CORE, _CORE_CUE, 2, text)):
            if n >= _MAX_PLATES:
                break
            m = _PLATE.search(text, max(0, core.start() - 6), core.end() + 3)
            if m is not None and m.start("cls") <= core.start() + 1:
                # (an official or a company car, said so before it on its line: 公用車…ナンバー「…」, round 42)
                ls, le = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
                fleet = _FLEET.search(text, max(ls, m.start() - 60), min(len(text) if le < 0 else le, m.end() + 60)) is not None
                out.append(self.result(self.ENTITY, m.start(), m.end(), 0.8, strength="weak",
                                       **({"informational": True, "public_context": "fleet"} if fleet else {})))
        return out
