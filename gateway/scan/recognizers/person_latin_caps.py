"""A Latin-script full name written with its surname in capitals inside Japanese text (issue 13, round 31).

Offices write a foreign resident's or an ALT's name the way passports and the residence card do, the surname in
capitals: ``ALT Ryan KOWALCZYK（JET 2年目、米国）の件``, ``YAMADA Taro（留学生）``, ``担当：Maria L. SANTOS``. No honorific or
label is needed: the capitals are the name's own mark. Read only where a sensitive topic occurs in the text (the
recognizer's trigger), and only as a name of the record, not a roster's full name (a published list of ALTs by school
is no one's record): like ``latin_subject``, it points at the person a topic near it is about.

Shapes: a capitalised given name (an initial may follow) and a surname of four or more capitals holding two vowels or
more; or the surname first (``SHIMODA, Katsuhiko`` inverted by a comma, as entry lists and logs write it). The name stands on its own: at a line's start, after a space, a colon, 、 or a bracket,
and before a bracket, a Japanese word, a comma or the line's end. Acronyms and products are not names: a capitals word
with fewer than two vowels (JSON, HTML, YAML), or one of the common words of IT and offices.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from gateway.scan import rx as re
from gateway.scan.recognizers.person_contacts import latin_name_ok

_CAPS = r"[A-Z][A-Z'\-]{3,19}"
_GIVEN = r"[A-Z][a-z]{1,14}(?:-[A-Z][a-z]{1,14})?"
# (the surname first only before a bracket, an honorific, a comma or the line's end: LINE Payで, AWS Lambdaの are products)
_NAME = re.compile(
    r"(?:^|(?<=[\s:：、,(（「]))(?:(?P<gs>" + _GIVEN + r"(?: [A-Z]\.)? " + _CAPS + r")(?=[ \t]?[(（、,。:：」\n]|[ \t]?[ぁ-ゖァ-ヺ一-鿿]|[ \t]*$)"
    r"|(?P<sg>" + _CAPS + r" " + _GIVEN + r")(?=[ \t]?[(（、,」\n]|[ \t]?(?:さん|氏|様|君|くん|先生)|[ \t]*$)"
    # (…or inverted by a comma, as on entry lists and logs: (SHIMODA, Katsuhiko, M, 58), round 36)
    r"|(?P<sc>" + _CAPS + r", " + _GIVEN + r")(?=[ \t]?[(（)）、,」\n]|[ \t]*$))", re.MULTILINE)
_VOWELS = frozenset("AEIOUY")
# capitals words of IT and offices that are no surname
_NOT_SURNAMES = frozenset({
    "AUTH", "OAUTH", "AZURE", "EXCEL", "WORD", "TEAMS", "ZOOM", "CLOUD", "DRIVE", "OFFICE", "UPDATE", "STUDIO", "ADMIN",
    "USER", "USERS", "ROOT", "GUEST", "TOKEN", "LOGIN", "LOGOUT", "ERROR", "DEBUG", "INFO", "WARN", "WARNING", "FATAL",
    "NOTICE", "TRACE", "AUDIT", "ALERT", "QUERY", "TABLE", "INDEX", "VALUE", "VALUES", "UNIQUE", "DELETE", "INSERT",
    "SELECT", "WHERE", "ORDER", "GROUP", "UNION", "ALTER", "CREATE", "NULL", "TRUE", "FALSE", "NONE", "AREA",
    "IDEA", "MEDIA", "VIDEO", "AUDIO", "RADIO", "PIANO", "OPERA", "ARENA", "PLAZA", "VILLA", "TERRACE", "HOUSE",
    "HOME", "CAFE", "SUITE", "ROUTE", "ZONE", "NOTE", "NOTES", "GUIDE", "MANUAL", "TOUR", "TOURS", "EXPO", "EUROPE",
    "ASIA", "AFRICA", "AMERICA", "AUSTRALIA", "OCEANIA", "JAPAN", "TOKYO", "OSAKA", "KYOTO", "NAGOYA", "YOKOHAMA",
    "OKINAWA", "HOKKAIDO", "SAPPORO", "FUKUOKA", "KOBE", "NARA", "AOMORI", "AKITA", "IWATE", "MIYAGI", "YAMAGATA",
    "PAUSE", "PLAY", "LIVE", "ONLINE", "OFFLINE", "FREE", "OPEN", "CLOSE", "CLOSED", "SALE", "PRICE", "DEMO", "BETA",
    "LINE", "CLINIC", "HOSPITAL", "SCHOOL", "CENTER", "CENTRE", "HOTEL", "STATION", "MUSEUM", "LIBRARY", "GARDEN", "PARK",
    "BEACH", "TOWER", "BRIDGE", "STREET", "AVENUE", "ROAD", "PORT", "AIRPORT", "SERVICE", "SUPPORT", "DESK",
})
# a given name that is a common word of products and services (LINE Pay, AWS Lambda, OCR Engine)
_NOT_GIVEN = frozenset({
    "Pay", "Card", "Bank", "Schema", "Type", "Code", "Cloud", "Drive", "Mobile", "Music", "Works", "Mail", "Talk", "Shop",
    "Store", "Plus", "Pro", "Max", "Lite", "Mini", "Air", "One", "Go", "Net", "Web", "App", "Apps", "Home", "Hub", "Box",
    "Lab", "Labs", "Team", "Teams", "Office", "Manager", "Server", "Client", "Engine", "Studio", "Reader", "Viewer",
    "Editor", "Player", "Point", "Points", "Wallet", "Gate", "Link", "Connect", "Center", "Centre", "Service", "Desk",
    "Portal", "Cafe", "Park", "Tower", "Hotel", "Station", "City", "Town", "Village", "Ward", "Japan", "Tokyo", "Osaka",
})
_MAX = 32


def _caps_ok(word: str) -> bool:
    letters = word.replace("'", "").replace("-", "")
    return word not in _NOT_SURNAMES and sum(c in _VOWELS for c in letters) >= 2 and len(set(letters)) >= 3


def caps_names(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each Latin full name with its surname in capitals."""
    for m in islice(_NAME.finditer(text), _MAX):
        g = "gs" if m.group("gs") else "sg" if m.group("sg") else "sc"
        name = m.group(g)
        words = name.replace(",", "").split()
        caps, given = (words[-1], words[0]) if g == "gs" else (words[0], words[1])
        if _caps_ok(caps) and given not in _NOT_GIVEN and latin_name_ok(" ".join(w.capitalize() for w in words)):
            yield m.start(g), m.end(g), name


def caps_name(text: str) -> bool:
    """Some Latin full name in ``text`` has its surname in capitals (a trigger)."""
    return next(caps_names(text), None) is not None
