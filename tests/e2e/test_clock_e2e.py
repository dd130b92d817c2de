"""One clock end to end: `aigw approvals list`, a real `aigw run` and `aigw report` / `aigw logs` agree on
the date at the 23:59 → 00:00 boundary of the organisation's zone (Asia/Tokyo), whatever the host's zone.

Each process runs with the host zone set to UTC−12 or UTC+14 (``TZ``), where the host's date differs from
Japan's on one side of the boundary, and with its clock pinned just before midnight JST (``AIGW_CLOCK``, a
start instant from which the clock runs on in real time). An approval valid until 2026-11-30:

- ``aigw approvals list`` shows it 承認 at 23:59:59 JST and 期限切れ at 00:00:01 JST;
- the gateway allows a prompt before midnight and refuses the next one after it (``approval_expired``), and
  the upstream never receives the second;
- ``aigw report --month 2026-11`` counts the first request, ``--month 2026-12`` the second, and
  ``aigw logs --since 2026-12-01`` finds exactly the second.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gateway import clock
from tests.support.certs import UPSTREAM_HOSTS, TestPKI
from tests.support.gateway import GatewayProcess, make_test_rules
from tests.support.upstream import FakeUpstream
from tests.support.tags import fresh_tag

pytestmark = pytest.mark.e2e
AIGW = Path(sys.executable).with_name("aigw")
JST = dt.timezone(dt.timedelta(hours=9))
MIDNIGHT = dt.datetime(2026, 12, 1, 0, 0, 0, tzinfo=JST)
# the gateway's clock starts this long before midnight; start-up takes a few seconds, then the test waits for midnight.
# On a loaded machine start-up can take longer than the first lead: the gateway is started again with the next one.
GATEWAY_LEADS = (20, 60, 150)


def cli(host_tz: str, pin: dt.datetime | None, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TZ", clock.ENV_PIN)} | {"TZ": host_tz,
                                                                                   "AIGW_PASSWORD": "demo"}  # approvers sign in
    if pin is not None:
        env[clock.ENV_PIN] = pin.isoformat()
    p = subprocess.run([str(AIGW), *args], capture_output=True, text=True, env=env, timeout=120)
    assert p.returncode == 0, (args, p.stderr)
    return p


def ask(gw: GatewayProcess) -> tuple[int, dict, str]:
    text = f"窓口案内文の下書きをお願いします（{fresh_tag(10)}）"
    m = gw.mark()
    with gw.http_client("suzuki") as c:
        r = c.post("https://api.openai.com/v1/chat/completions",
                   json={"model": "gpt-4o", "messages": [{"role": "user", "content": text}]})
    decided = gw.new_decisions(m, expect=1)
    assert len(decided) == 1, decided
    return r.status_code, decided[0], text


def gateway_now(gw: GatewayProcess) -> dt.datetime:
    """The gateway's own clock, read from its newest log line (every line carries its time)."""
    return clock.parse_stamp(gw.events[-1]["time"])


@pytest.mark.parametrize("host_tz", ["Etc/GMT+12", "Etc/GMT-14"])
def test_cli_gateway_and_report_agree_at_midnight(host_tz: str, tmp_path: Path, pki: TestPKI,
                                                  upstream: FakeUpstream) -> None:
    rules = make_test_rules(tmp_path / "rules")
    db = str(tmp_path / "registry.sqlite")
    noon = dt.datetime(2026, 11, 30, 12, 0, tzinfo=JST)
    app = json.loads(cli(host_tz, noon, "approvals", "--db", db, "--rules", str(rules), "apply", "--service",
                         "openai-api", "--user", "suzuki", "--purpose", "文書作成支援", "--scope", "窓口案内文の作成",
                         "--from", "2026-11-01", "--until", "2026-11-30", "--applicant", "suzuki").stdout)
    cli(host_tz, noon, "approvals", "--db", db, "--rules", str(rules), "approve", app["application_id"], "--by",
        "johoseisaku-kacho")

    # 1. the CLI, on both sides of midnight JST
    def listed(pin: dt.datetime) -> str:
        out = cli(host_tz, pin, "approvals", "--db", db, "--rules", str(rules), "list", "--format", "json").stdout
        return next(x for x in json.loads(out) if x["application_id"] == app["application_id"])["effective_status"]

    # the pinned clock runs on from the process start: keep a margin for a slow start on a loaded machine
    assert listed(MIDNIGHT - dt.timedelta(seconds=60)) == "approved"
    assert listed(MIDNIGHT + dt.timedelta(seconds=1)) == "expired"
    table = cli(host_tz, MIDNIGHT + dt.timedelta(seconds=1), "approvals", "--db", db, "--rules", str(rules),
                "list").stdout
    assert "期限切れ" in table

    # 2. the gateway, pinned before midnight, in the same host zone
    for lead in GATEWAY_LEADS:
        pin = MIDNIGHT - dt.timedelta(seconds=lead)
        (tmp_path / f"lead{lead}").mkdir()
        gw = GatewayProcess(tmp_path / f"lead{lead}", rules=rules, upstream_port=upstream.port, upstream_ca=pki.ca_pem,
                            hosts=UPSTREAM_HOSTS, name="clock",
                            extra_sets=(f"aigw_registry={db}", "aigw_registry_refresh=1"),
                            env={"TZ": host_tz, clock.ENV_PIN: pin.isoformat()})
        gw.start()
        if gateway_now(gw) < MIDNIGHT - dt.timedelta(seconds=3):
            break
        gw.stop()  # start-up outlasted the lead (a loaded machine): again, with a longer one
    else:
        pytest.fail(f"gateway start-up took longer than {GATEWAY_LEADS[-1]} s")
    try:
        status, before, text1 = ask(gw)
        assert clock.parse_stamp(before["time"]) < MIDNIGHT
        assert (status, before["reason"], before["application_id"]) == (200, "allowed", app["application_id"])
        assert len(upstream.received(text1)) == 1
        # wait until the gateway's clock has passed midnight JST
        deadline = time.monotonic() + (MIDNIGHT - gateway_now(gw)).total_seconds() + 30
        while True:
            status, after, text2 = ask(gw)
            if clock.parse_stamp(after["time"]) >= MIDNIGHT + dt.timedelta(seconds=1):
                break
            assert time.monotonic() < deadline, "the gateway clock never reached midnight"
            time.sleep(1)
        assert (status, after["reason"]) == (403, "approval_expired"), after
        assert not upstream.received(text2)
        assert after["time"].endswith("Z") and before["time"].endswith("Z")  # audit stays ISO 8601 UTC
    finally:
        gw.stop()

    # 3. report and logs on the audit file, in the same host zone, unpinned
    audit = str(gw.audit_log)
    nov = json.loads(cli(host_tz, None, "report", audit, "--month", "2026-11", "--out", str(tmp_path / "nov"),
                         "--rules", str(rules)).stdout)
    dec = json.loads(cli(host_tz, None, "report", audit, "--month", "2026-12", "--out", str(tmp_path / "dec"),
                         "--rules", str(rules)).stdout)
    lines = [json.loads(x) for x in Path(audit).read_text(encoding="utf-8").splitlines()]
    decided = [x for x in lines if x.get("event") == "request_decided"]
    before_midnight = [x for x in decided if clock.parse_stamp(x["time"]) < MIDNIGHT]
    assert nov["requests"] == len(before_midnight) >= 1 and nov["blocked"] == 0
    assert dec["requests"] == len(decided) - len(before_midnight) >= 1
    assert dec["blocked"] == sum(1 for x in decided if x["reason"] == "approval_expired") >= 1
    since = cli(host_tz, None, "logs", audit, "--since", "2026-12-01", "--count").stdout.strip()
    assert int(since) == dec["requests"]
    until = cli(host_tz, None, "logs", audit, "--until", "2026-11-30", "--count").stdout.strip()
    assert int(until) == nov["requests"]
    table = cli(host_tz, None, "logs", audit, "--since", "2026-12-01").stdout
    assert "2026-12-01 00:00" in table and "時刻(JST)" in table


def test_report_says_where_the_lines_are_when_the_month_is_empty(tmp_path: Path) -> None:
    audit = tmp_path / "audit.jsonl"
    # 2026-11-30T15:30Z is 2026-12-01 00:30 in Japan: December, not November
    audit.write_text(json.dumps({"event": "request_decided", "time": "2026-11-30T15:30:00.000Z", "user": "tanaka",
                                 "service": "chatgpt", "action": "allow", "reason": "allowed"},
                                separators=(",", ":")) + "\n",
                     encoding="utf-8")
    p = cli("UTC", None, "report", str(audit), "--month", "2026-11", "--out", str(tmp_path / "r"))
    result = json.loads(p.stdout)
    assert result["requests"] == 0 and result["lines_in_other_months"] == {"2026-12": 1}
    assert "2026-12: 1 件" in p.stderr and "Asia/Tokyo" in p.stderr
