"""An addressee written after the street address on one line (issue 13, round 16), mixed in through person_kana.

An envelope's or a form's line gives the address and then whose it is: ``〒981-4417 宮城県 鶴羽郡 八房町 字新田前 42-6
柳沢 正二``, ``北浜市港町3-4-5　森下 直樹 様``. The address ends in a house number (番地, 号, -n), whitespace follows, and a
spaced full name the name model accepts closes the line (様 / 殿 may follow). A facility or a company after the
address is no full name of that shape; a name elsewhere on the line is the other passes' business.

Round 17: a list of households by house number within a district the list names once (a 回覧板's order, a 班's
roster: ``①　3-12　志賀 正道　□``): each row opens with its house number (a bullet may stand before it), then a spaced
full name; at least two such rows with names the model accepts (one row is an address line as easily).
"""

from __future__ import annotations

from itertools import islice

from gateway.scan import rx as re
from gateway.scan.recognizers.person_classcode import spaced_full_names

_ADDRESSEE = re.compile(
    r"(?:都|道|府|県|市|区|町|村|郡)[^\n]{0,30}?[0-9一二三四五六七八九十]{1,4}(?:番地?|号|-[0-9]{1,4}(?:-[0-9]{1,4})?)"
    r"[ \t　]+(?P<name>[一-鿿々〆ヶ]{1,3}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4})[ \t　]*(?:様|殿)?[ \t　]*$", re.MULTILINE)
_MAX = 64  # lines looked at per prompt: bounded work
_HOUSE_ROW = re.compile(
    r"^[ \t　]*(?:[①-⑳]|[0-9]{1,2}[.)．]|[・･-])?[ \t　]*[0-9]{1,4}-[0-9]{1,4}(?:-[0-9]{1,4})?[ \t　]+(?:班長[ \t　]+)?"
    r"(?P<name>[一-鿿々〆ヶ]{1,3}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4})(?=[ \t　(（□■]|$)", re.MULTILINE)


class PersonAddresseeMixin:
    ENTITY = "PERSON"
    result: object

    def _addressee_names(self, text: str):
        """Addressees after a street address on their line (see the module docstring)."""
        return spaced_full_names(self, islice(_ADDRESSEE.finditer(text), _MAX), "addressee")

    def _household_rows(self, text: str):
        """Households listed by house number and name, two rows at least (see the module docstring)."""
        rows = list(islice(_HOUSE_ROW.finditer(text), _MAX))
        return spaced_full_names(self, rows, "household_row") if len(rows) >= 2 else ()

