"""IP_ADDRESS: IPv4 / IPv6 addresses. Private and internal addresses are system information
(``private`` metadata); version strings (v1.2.3.4) are skipped. The documentation ranges (RFC 5737 TEST-NET-1/2/3,
RFC 3849 2001:db8::/32) are examples by definition: never ``private`` (Python's ``is_private`` counts them), and
marked ``documentation``."""

from __future__ import annotations

import ipaddress
from gateway.scan import rx as re

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ContextWords, ScanContext

OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
IPV4 = re.compile(rf"(?<![0-9.])(?<![A-Za-z]\.)({OCTET}(?:\.{OCTET}){{3}})(?:/([0-9]{{1,2}}))?(?![0-9]|\.[0-9])")
IPV6 = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f:]{2,39}(?![0-9A-Za-z:])")
_DOC_NETS = tuple(ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"))
IPV6_HINT = re.compile(r":[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{0,4}:")
VERSION = ContextWords(["version", "ver", "バージョン", "v", "release", "build", "リリース", "版"])
IP_WORDS = ContextWords(["ip", "アドレス", "サーバ", "server", "host", "ホスト", "ネットワーク", "subnet", "サブネット",
                         "gateway", "ゲートウェイ", "dns", "接続", "lgwan", "ssh", "ping"])


def _documentation(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return any(ip.version == n.version and ip in n for n in _DOC_NETS)


class IpAddressRecognizer(AigwRecognizer):
    ENTITY = "IP_ADDRESS"
    TRIGGER_DIGITS = 4
    TRIGGER_WORDS = ("::",)

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out: list[RecognizerResult] = []
        starts = [s for s, e, d in ctx.digit_runs()
                  if 4 <= len(d) <= 12 and e - s - len(d) >= 3 and text.count(".", s, e) >= 3]
        if starts:
            for m in (IPV4.match(text, s) for s in starts):
                if m is None:
                    continue
                s = m.group(1)
                before = text[max(0, m.start() - 12):m.start()].lower()
                if before.rstrip().endswith(("v", "ver", "ver.", "version", "バージョン")):
                    continue
                try:
                    ip = ipaddress.ip_address(s)
                except ValueError:
                    continue
                if s.startswith("0."):
                    continue
                doc = _documentation(ip)
                private = (ip.is_private or ip.is_loopback or ip.is_link_local) and not doc
                ctxw = IP_WORDS.near(text, m.start(), m.end(), 40, 20)
                if VERSION.near(text, m.start(), m.end(), 10, 0) and not ctxw:
                    continue
                score = 0.75 if (private or ctxw) else 0.5
                out.append(self.result(self.ENTITY, m.start(), m.end(), score, private=private, kind="ipv4",
                                       strength="weak", **({"documentation": True} if doc else {})))
        if "::" in ctx.hits or (text.count(":") >= 7 and IPV6_HINT.search(text)):
            for m in IPV6.finditer(text):
                cand = m.group(0)
                if len(cand) < 6 or ("::" not in cand and cand.count(":") != 7) or cand.count(":") < 2:
                    continue
                try:
                    ip = ipaddress.ip_address(m.group(0))
                except ValueError:
                    continue
                doc = _documentation(ip)
                private = (ip.is_private or ip.is_loopback or ip.is_link_local) and not doc
                out.append(self.result(self.ENTITY, m.start(), m.end(), 0.6, private=private, kind="ipv6",
                                       strength="weak"))
        return out
