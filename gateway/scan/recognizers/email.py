"""EMAIL_ADDRESS: ASCII look-arounds (no \\b, no tldextract). Free-mail / name-like addresses are
personal; government (go.jp, lg.jp), role accounts and allow-listed domains are not."""

from __future__ import annotations

from gateway.scan import rx as re

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ScanContext

EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])([A-Za-z0-9._%+\-]{1,64})(?:@|%40)((?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+"
    r"[A-Za-z]{2,24})(?![A-Za-z0-9\-])"
)
FREEMAIL = (
    "gmail.com", "googlemail.com", "yahoo.co.jp", "yahoo.com", "ymail.ne.jp", "icloud.com", "me.com",
    "mac.com", "outlook.com", "outlook.jp", "hotmail.com", "hotmail.co.jp", "live.jp", "live.com",
    "msn.com", "aol.com", "docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp", "i.softbank.jp",
    "ymobile.ne.jp", "rakuten.jp", "nifty.com", "biglobe.ne.jp", "ocn.ne.jp", "so-net.ne.jp",
    "excite.co.jp", "proton.me", "protonmail.com", "gmx.com", "mail.com", "zoho.com", "yandex.com",
    "qq.com", "163.com", "naver.com", "kakao.com",
)
ORG_SUFFIXES = ("go.jp", "lg.jp", "ed.jp", "ac.jp", "example.com", "example.jp", "example.org", "example.net",
                "example.co.jp", "example.go.jp", "example.lg.jp", "example",
                # foreign governments and universities (a sister city's staff, a partner university)
                "gov", "mil", "edu", "gov.uk", "ac.uk", "gov.au", "edu.au", "gc.ca", "govt.nz", "gouv.fr", "gov.cn",
                "gov.tw", "go.kr", "gov.sg", "gov.ph", "gov.br", "gob.mx", "gov.in", "gov.ie")
# a government's or a university's second-level domain under any country code (uw.edu.pl, unimelb.edu.au, u-tokyo.ac.jp,
# go.th, gob.es): an organisation's address
_PUBLIC_SLD = re.compile(r"\.(?:edu|ac|gov|go|gob|gouv|govt)\.[a-z]{2}$"
                         # (a Japanese municipality's or prefecture's own domain: city.nagaoka.niigata.jp, pref.kochi.lg.jp, r34)
                         r"|(?:^|\.)(?:city|town|vill|pref|metro)\.[a-z0-9\-]+\.(?:[a-z]+\.)?jp$", re.IGNORECASE)
ROLE_LOCALS = re.compile(
    r"^(info|contact|support|help|admin|administrator|webmaster|postmaster|noreply|no-reply|donotreply|"
    r"sales|office|soumu|kouhou|koho|press|media|service|desk|helpdesk|jimu|jimukyoku|inquiry|toiawase|"
    r"otoiawase|mail|root|security|abuse|privacy|hr|jinji|kikaku|system|it|ict|dx|team|staff|user|test)"
    r"([._\-0-9].*)?$",
    re.IGNORECASE,
)
# a service's mailbox named by its trade, after a word of its own (groupsales, hotelreservations, tour-desk, r37)
_ROLE_COMPOUND = re.compile(
    r"^[a-z]{0,12}[._\-]?(?:sales|reservations?|bookings?|reception|frontdesk|front|concierge|enquir(?:y|ies)|inquir(?:y|ies)"
    r"|events?|marketing|recruit(?:ing|ment)?|billing|accounts|orders|desk|office|info|support|service|contact)"
    r"(?:[._\-0-9].*)?$",
    re.IGNORECASE,
)


def _domain_in(domain: str, suffixes) -> bool:
    d = domain.lower()
    return any(d == s or d.endswith("." + s) for s in suffixes)


def organisation_domain(domain: str) -> bool:
    """A government's, a municipality's, a school's or a university's mail domain (lg.jp, ac.jp, uw.edu.pl …)."""
    return _domain_in(domain, ORG_SUFFIXES) or _PUBLIC_SLD.search(domain) is not None


# a local part that reads as a person's name: kenta.morimoto, hanako_suzuki88 (not info, test.user …)
_NAME_LOCAL = re.compile(r"([a-z]{2,12})[._-]([a-z]{2,12})(?:[._-]?[0-9]{1,4})?", re.IGNORECASE)
_NOT_NAME_PARTS = frozenset("""
info test user admin sample example dummy support contact noreply no reply mail office web master hoge fuga piyo
foo bar demo guest doe team staff service help desk news press sales shop store official account system dev
""".split())


_NOT_NAME_GLUED = ("test", "mail", "demo", "admin", "user", "info", "sample", "dummy", "guest", "support", "noreply")


# the textbook placeholder names (山田 太郎, 山田 花子, 鈴木 一郎: Japan's John Doe) in test cases and manuals
# (not name-like: with nothing else, such an address alone does not block)
_PLACEHOLDER_NAMES = frozenset(frozenset(p) for p in (("taro", "yamada"), ("hanako", "yamada"), ("ichiro", "suzuki")))


def _name_like(local: str) -> bool:
    m = _NAME_LOCAL.fullmatch(local)
    if m is None:
        return False
    parts = {m.group(1).lower(), m.group(2).lower()}
    # (round 39: nor a part glued of such words, kz-mailtest01: a test account)
    return not parts & _NOT_NAME_PARTS and parts not in _PLACEHOLDER_NAMES \
        and not any(w in p for p in parts for w in _NOT_NAME_GLUED)


# a company named on the address's line or the two lines above it (a mail header, a signature block)
_COMPANY = re.compile(r"株式会社|有限会社|合同会社|\(株\)|\(有\)|(?i:\bco\.,? ?ltd\b|\binc\.|\bcorporation\b|\bltd\.)"
                      r"|(?<![A-Za-z])(?:K\.K\.|LLC|GmbH)(?![A-Za-z])")
_COMPANY_REACH = 160


def company_before(text: str, start: int) -> bool:
    """A company (its legal form) named on the line of ``start`` or on the two lines above it."""
    lo = max(0, start - _COMPANY_REACH)
    k = start
    for _ in range(3):  # back to the start of the second line above the address's line
        j = text.rfind("\n", lo, k)
        if j < 0:
            k = lo
            break
        k = j
    return _COMPANY.search(text, k, start) is not None


def company_after(text: str, end: int) -> bool:
    """A company (its legal form) named within the three lines after ``end`` (the signature below a business mail)."""
    k = end
    for _ in range(4):
        j = text.find("\n", k + 1, end + _COMPANY_REACH)
        if j < 0:
            k = min(len(text), end + _COMPANY_REACH)
            break
        k = j
    return _COMPANY.search(text, end, k) is not None


class JpEmailRecognizer(AigwRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    TRIGGER_WORDS = ("@", "%40")  # %40: an address percent-encoded in a logged URL (email=taro.k%40gmail.com)

    def __init__(self, config=None) -> None:
        super().__init__(config)
        al = config.allow_list if config is not None else None
        self.allowed = {e.lower() for e in (al.emails if al else [])}
        self.allowed_domains = tuple(d.lower().lstrip("@.") for d in (al.email_domains if al else []))

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out: list[RecognizerResult] = []
        for m in EMAIL.finditer(text):
            local, domain = m.group(1), m.group(2)
            if local.startswith(".") or local.endswith(".") or ".." in local:
                continue
            addr = f"{local}@{domain}".lower()
            if addr in self.allowed or _domain_in(domain, self.allowed_domains):
                kind, personal, score = "allow_listed", False, 0.3
            elif _domain_in(domain, FREEMAIL):
                kind, personal = "freemail", True
                score = 0.85
            elif ROLE_LOCALS.match(local) or _ROLE_COMPOUND.match(local):
                kind, personal, score = "role", False, 0.4
            elif organisation_domain(domain):
                kind, personal, score = "organisation", False, 0.45
            elif company_before(text, m.start()):
                # "株式会社ミドリシステム 営業部 吉川 <yoshikawa@midori-sys.co.jp>": a company's contact in business
                # mail, the employer's address named with it
                kind, personal, score = "business", False, 0.45
            else:
                kind, personal, score = "work", True, 0.6
            meta = {"name_like": True} if kind == "freemail" and _name_like(local) else {}
            out.append(self.result(self.ENTITY, m.start(), m.end(), score, kind=kind, personal=personal,
                                   strength="weak", **meta))
        return out
