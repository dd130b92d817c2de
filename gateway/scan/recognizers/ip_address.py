"""IP_ADDRESS: IPv4 / IPv6 addresses. Private and internal addresses are system information
(``private`` metadata); version strings (v1.2.3.4) are skipped. The documentation ranges (RFC 5737 TEST-NET-1/2/3,
RFC 3849 2001:db8::/32) are examples by definition: never ``private`` (Python's ``is_private`` counts them), and
marked ``documentation``.

Three or more distinct private host addresses (not networks, not given as examples, not in study material) are a map of
the office's hosts (a log's endpoints, a failover pair, a backup share): each such finding carries ``hosts`` (their
count), which aggregate.rule_internal_hosts reads as an internal network detail (round 26)."""

from __future__ import annotations

import ipaddress
from gateway.scan import rx as re

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ContextWords, ScanContext
from gateway.scan.recognizers._matter_questions import quiz_text
from gateway.scan.recognizers.internal_matter import _TEACHING_CUE

OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
IPV4 = re.compile(rf"(?<![0-9.])(?<![A-Za-z]\.)({OCTET}(?:\.{OCTET}){{3}})(?:/([0-9]{{1,2}}))?(?![0-9]|\.[0-9])")
IPV6 = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f:]{2,39}(?![0-9A-Za-z:])")
_DOC_NETS = tuple(ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"))
_HOST_MAP = 3  # distinct private hosts that make a host map
_EXAMPLE_NEAR = re.compile(r"例[:：は]?|e\.g\.|(?i:example)")
IPV6_HINT = re.compile(r":[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{0,4}:")
VERSION = ContextWords(["version", "ver", "バージョン", "v", "release", "build", "リリース", "版"])
IP_WORDS = ContextWords(["ip", "アドレス", "サーバ", "server", "host", "ホスト", "ネットワーク", "subnet", "サブネット",
                         "gateway", "ゲートウェイ", "dns", "接続", "lgwan", "ssh", "ping"])


def _documentation(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return any(ip.version == n.version and ip in n for n in _DOC_NETS)


def _mark_host_map(text: str, out: list[RecognizerResult]) -> None:
    """Three or more distinct private host addresses outside study material: each carries ``hosts`` (their count)."""
    if sum(1 for r in out if r.recognition_metadata.get("private")) < _HOST_MAP or _TEACHING_CUE.search(text) is not None \
            or quiz_text(text):  # (a quiz's options: 次のうちプライベートアドレスをすべて選べ, round 30)
        return
    hosts = {ip for r in out if r.recognition_metadata.get("private") and (ip := text[r.start:r.end])
             and not ip.startswith("127.") and "/" not in ip and not ip.endswith((".0", ".255"))
             and _EXAMPLE_NEAR.search(text, max(0, r.start - 12), r.start) is None}
    for r in out if len(hosts) >= _HOST_MAP else ():
        if text[r.start:r.end] in hosts:
            r.recognition_metadata["hosts"] = len(hosts)


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
                doc = _documentation(ip) or ip.is_loopback  # (127.0.0.1, ::1: every machine's own, r40)
                private = (ip.is_private or ip.is_loopback or ip.is_link_local) and not doc
                ctxw = IP_WORDS.near(text, m.start(), m.end(), 40, 20)
                if VERSION.near(text, m.start(), m.end(), 10, 0) and not ctxw:
                    continue
                score = 0.75 if (private or ctxw) else 0.5
                out.append(self.result(self.ENTITY, m.start(), m.end(), score, private=private, kind="ipv4",
                                       strength="weak", **({"documentation": True} if doc else {})))
        _mark_host_map(text, out)
        if "::" in ctx.hits or (text.count(":") >= 7 and IPV6_HINT.search(text)):
            for m in IPV6.finditer(text):
                cand = m.group(0)
                if len(cand) < 6 or ("::" not in cand and cand.count(":") != 7) or cand.count(":") < 2:
                    continue
                try:
                    ip = ipaddress.ip_address(m.group(0))
                except ValueError:
                    continue
                doc = _documentation(ip) or ip.is_loopback  # (127.0.0.1, ::1: every machine's own, r40)
                private = (ip.is_private or ip.is_loopback or ip.is_link_local) and not doc
                out.append(self.result(self.ENTITY, m.start(), m.end(), 0.6, private=private, kind="ipv6",
                                       strength="weak"))
        return out
