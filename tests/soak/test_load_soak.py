"""Load with upstream faults against a real `aigw run` (make soak): exactly one request_decided line per
request, no planted secret forwarded, crafted worst-case prompts bounded, memory flat.

AIGW_SOAK_SECONDS (default 45) and AIGW_SOAK_CLIENTS (default 32) size the run."""

from __future__ import annotations

import os
import random
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest

from tests.support.certs import UPSTREAM_HOSTS
from tests.support.gateway import GatewayProcess
from tests.support.upstream import FakeUpstream

pytestmark = pytest.mark.e2e

SECRETS = ("個人番号 5260 1815 9084", "パスワード: Zq8!vR2#mW", "AKIAZ7QW3RTY5UIO9PLK")  # not documented examples
CRAFTED = ("個人番号 1234-5678-9012 電話 03(1234)5678 口座 普通 1234567 " * 1200)[:60_000]


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def test_load_with_upstream_faults(e2e_dir: Path, test_rules: Path, upstream: FakeUpstream, pki) -> None:
    seconds = float(os.environ.get("AIGW_SOAK_SECONDS", "45"))
    clients = int(os.environ.get("AIGW_SOAK_CLIENTS", "32"))
    gw = GatewayProcess(e2e_dir, rules=test_rules, upstream_port=upstream.port, upstream_ca=pki.ca_pem,
                        hosts=UPSTREAM_HOSTS, name="gw-soak").start()
    try:
        assert gw.proc is not None
        with gw.http_client() as c:  # warm-up
            c.post("https://api.openai.com/v1/chat/completions", json={"model": "m", "messages": [
                {"role": "user", "content": "warm-up " * 2000}]})
        rss0 = _rss_kb(gw.proc.pid)
        before = len(gw.audit_lines())
        sent = Counter()
        lock = threading.Lock()
        stop = time.monotonic() + seconds

        def client(i: int) -> None:
            rnd = random.Random(i)
            with gw.http_client() as c:
                while time.monotonic() < stop:
                    kind = rnd.choices(["clean", "secret", "crafted", "fault"], [6, 2, 1, 3])[0]
                    model = rnd.choice(["fault-500", "fault-429", "fault-reset", "fault-delay"]) if kind == "fault" \
                        else "m"
                    text = {"clean": f"soak-clean-{i} 議事録を要約してください",
                            "secret": f"soak-secret-{i} {rnd.choice(SECRETS)} を含む文書",
                            "crafted": "soak-crafted " + CRAFTED,
                            "fault": f"soak-fault-{i} 会議の要約"}[kind]
                    try:
                        c.post("https://api.openai.com/v1/chat/completions",
                               json={"model": model, "messages": [{"role": "user", "content": text}]})
                    except httpx.HTTPError:
                        pass  # a reset upstream: the gateway still decided and logged
                    with lock:
                        sent[kind] += 1

        threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(seconds + 120)
        time.sleep(2)
        lines = gw.audit_lines()[before:]
        total = sum(sent.values())
        assert len(lines) == total, (len(lines), sent)
        assert len({x["request_id"] for x in lines}) == total  # exactly one line per request
        for secret in SECRETS:
            assert upstream.received(secret) == []
        crafted = [x for x in lines if (x.get("prompt_chars") or 0) > 50_000]
        # decided by the scan (or its bound), never by a crash
        assert crafted and {x["reason"] for x in crafted} <= {"allowed", "scan_warning", "confidential_data",
                                                              "scan_timeout"}, Counter(x["reason"] for x in crafted)
        assert all(x["reason"] not in ("internal_error", "scan_failed") for x in lines)
        growth_mb = (_rss_kb(gw.proc.pid) - rss0) / 1024
        print(f"\nsoak: {total} requests {dict(sent)}, {len(lines)} request_decided lines, RSS +{growth_mb:.0f} MB, "
              f"reasons {dict(Counter(x['reason'] for x in lines))}")
        assert growth_mb < 200
    finally:
        gw.stop()
