"""JP_ADDRESS after an address label in the residents' languages (issue 13, round 8): a letter or a form in Korean,
Chinese, Vietnamese, Portuguese, Spanish, Tagalog, Nepali or English gives the writer's home in Japan in its own script
or in romaji, often opening with the building (``주소: 아이치현 나고야시 나카구 니시키 2-14-6 사쿠라하이츠 302호``,
``地址：名古屋市中区锦2丁目14-6 樱花公寓302室``, ``Địa chỉ: Phòng 302, 2-14-6 Nishiki``, ``address at Sunny Heights 302,
5-3-11 Chuo, Kawaguchi``).

The label (주소, 住址, 地址, địa chỉ, endereço, dirección, domicilio, tirahan, ठेगाना, address: / address at / live at) must be
followed on its line by a street block: chōme-banchi(-gō) numbers with a dash (the first not 0, so no phone number; two
parts only with a short second one, so no postal code; no year first, so no date), or a number before 丁目 / 番 / 号 /
번지 / 호. The value up to the line's end (at most ``REACH`` characters) is reported as a street-level address
(score 0.85, ``label=True``, ``foreign=True``). Searched only after the labels' trigger hits.
"""

from __future__ import annotations

from gateway.scan import rx as re

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ScanContext

LABELS = ("주소", "住址", "地址", "現住址", "现住址", "địa chỉ", "endereço", "endereco", "dirección", "direccion", "domicilio",
          "tirahan", "ठेगाना", "address:", "address :", "address at", "address is", "address in japan", "live at",
          "living at", "lives at")
_LABEL = re.compile(r"(?i:주소|現?住址|现住址|地址|địa chỉ|endere[çc]o|direcci[óo]n|domicilio|tirahan|ठेगाना|"
                    r"address(?:[ ]in[ ]japan)?(?:[ ]?:|[ ](?:at|is))|li(?:ve|ving|ves)[ ]at)")
_SEP = re.compile(r"[ \t]*(?:\([^()\n]{1,24}\)[ \t]*)?[:：]?[ \t]*")
# a street block: 2-14-6, 1182-3 (not a phone number, a postal code or a date), or 2丁目14-6, 302호, 5번지
_BLOCK = re.compile(r"(?<![0-9-])(?:(?!(?:19|20)[0-9]{2}-)[1-9][0-9]{0,3}-[0-9]{1,4}-[0-9]{1,4}|[1-9][0-9]{0,3}-[0-9]{1,3})"
                    r"(?![0-9-])|[0-9]{1,4}[ ]?(?:丁目|番地|番|号|번지|호)")
REACH = 100


def labelled_value(text: str, p: int) -> tuple[int, int] | None:
    """The span of the address after the label at ``p``: the rest of its line when a street block is in it."""
    m = _LABEL.match(text, p)
    if m is None:
        return None
    s = _SEP.match(text, m.end()).end()
    le = text.find("\n", s)
    e = min(len(text) if le < 0 else le, s + REACH)
    if s >= e or _BLOCK.search(text, s, e) is None:
        return None
    while e > s and text[e - 1] in " \t,.。、":
        e -= 1
    return s, e


class ForeignAddressRecognizer(AigwRecognizer):
    ENTITY = "JP_ADDRESS"
    TRIGGER_WORDS = LABELS

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        spans: list[tuple[int, int]] = []
        for p in ctx.hit_positions(LABELS)[:32]:
            if spans and p < spans[-1][1]:
                continue  # a label inside the value already read
            span = labelled_value(ctx.text, p)
            if span is not None:
                spans.append(span)
        return [self.result(self.ENTITY, s, e, 0.85, level="street", strength="strong", label=True, foreign=True,
                            prefecture=False, building=False) for s, e in spans]
