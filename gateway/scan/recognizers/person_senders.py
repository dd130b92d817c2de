"""A resident's mail given by its free-mail sender line and signed with a name alone (issue 13, round 18):
``差出人：kamedaryo.0719@gmail.com`` … ``亀田``. The header carries no name, the message's last lines do: a name alone on
its line within the message (a surname the dictionary knows, or a full name) is the sender's, and the free-mail address
is theirs. A thread between colleagues (an office domain) names no one this way. Plain functions of the text."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from gateway.scan import rx as re
from gateway.scan.recognizers.person_lexicon import _PERSONAL_CONTACT

_FROM_ADDRESS = re.compile(r"^[ \t>]*(?:From|差出人|送信者|送信元)[ \t]*[:：][ \t]*<?[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9.\-]{2,64}>?[ \t]*$",
                           re.MULTILINE)
_NAME_LINE = re.compile(r"^[ \t　>]*(?P<name>[一-鿿々〆ヶ]{1,4}(?:[ 　][一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4})?)[ \t　]*$", re.MULTILINE)
_REACH = 1200  # the message after its header (a resident's mail is short)
_MAX = 8


def free_mail_signers(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of the last name-alone line of each message whose sender line is a free-mail address."""
    for m in islice(_FROM_ADDRESS.finditer(text), _MAX):
        if _PERSONAL_CONTACT.search(text, m.start(), m.end()) is None:
            continue  # (only a free-mail sender: a personal address, not an office's)
        nxt = _FROM_ADDRESS.search(text, m.end())
        end = min(len(text) if nxt is None else nxt.start(), m.end() + _REACH)
        last = None
        for last in _NAME_LINE.finditer(text, m.end(), end):
            pass
        if last is not None:
            yield last.start("name"), last.end("name"), last.group("name")


# a member of staff's own leave asked for in their message (…との診断書が出ました。本日から病気休暇に入らせてください, round 27):
# the sender is its subject; a medical word of the leave in the same message
_OWN_LEAVE = re.compile(r"(?:休暇|休職|休養|休み|療養)(?:に入らせて|を取らせて|させて|を?いただ(?:き|きたく|けません)|をお願い)"
                        # (or told they need it, their leave the subject: 医師から1か月程度の休養が必要と言われました, お休みのご相談, r40)
                        r"|(?:休養|療養|安静|休業)が必要(?:だ)?と(?:言われ|診断され|の診断)|お休みの(?:ご)?相談")
_LEAVE_MEDICAL = re.compile(r"診断書|心療内科|精神科|うつ|適応障害|入院|手術|通院|受診|主治医|療養")


def own_leave(text: str, start: int, end: int) -> bool:
    """The message between ``start`` and ``end`` asks for its writer's own leave on a medical ground."""
    return _OWN_LEAVE.search(text, start, end) is not None and _LEAVE_MEDICAL.search(text, start, end) is not None


# a mobile labelled as the signer's own (私用携帯 070-…, 個人携帯, プライベート): a member of staff's private number (r33)
_OWN_MOBILE = re.compile(r"(?:私用|個人|プライベート|自宅)(?:の)?(?:携帯|スマホ|電話)[^\n0-9]{0,6}0[789]0")
_OWN_REACH = 240


def own_mobile_below(text: str, end: int) -> bool:
    """A mobile labelled as the signer's own within the three lines after a signature's name."""
    e = end
    for _ in range(3):
        e = text.find("\n", e + 1) if 0 <= e < len(text) else -1
    return _OWN_MOBILE.search(text, end, min(end + _OWN_REACH, len(text) if e < 0 else e)) is not None
