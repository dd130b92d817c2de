"""gateway/clock.py: one source of time in the organisation's zone, whatever the host's.

Covers: the rule that no other module reads the host clock or zone (checked over the source tree), pinning
(in-process and ``AIGW_CLOCK`` for subprocesses), ``policy.yaml`` ``timezone`` (default, custom, unknown), and
the 23:59 → 00:00 JST boundary decided the same way under host zones UTC, UTC−12 and UTC+14.
"""

from __future__ import annotations

import ast
import datetime as dt
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from gateway import clock
from gateway.approval import check_approval
from gateway.model import Approval, Identity, Reason
from gateway.rules.errors import RulesError
from gateway.rules.loader import load_rules
from gateway.rules.zone import timezone_of, use_rules_zone
from tests.support.gateway import make_test_rules

REPO = Path(__file__).resolve().parents[2]
JST = dt.timezone(dt.timedelta(hours=9))
HOST_ZONES = ("UTC", "Etc/GMT+12", "Etc/GMT-14")  # Etc/GMT+12 is UTC−12; Etc/GMT-14 is UTC+14


@pytest.fixture(autouse=True)
def _restore_clock() -> Iterator[None]:
    yield
    clock.pin(None)
    clock.set_zone(clock.DEFAULT_TIMEZONE)


# ---------------------------------------------------------------- nobody else reads the host clock
FORBIDDEN_ATTRS = {"today", "utcnow", "utcfromtimestamp", "localtime", "mktime", "ctime", "strftime"}


def _offences(path: Path, root: Path = REPO) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    out = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        attr, owner = node.func.attr, node.func.value
        owner_name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
        bad = (
            (attr == "today" and owner_name in ("date", "datetime"))
            or (attr == "now" and owner_name in ("datetime", "date"))  # naive or not: the clock owns "now"
            or (attr in ("utcnow", "utcfromtimestamp") and owner_name == "datetime")
            or (attr in ("localtime", "mktime", "ctime", "strftime") and owner_name == "time")
            or (attr == "astimezone" and not node.args and not node.keywords)  # the host's zone
            or (attr == "fromtimestamp" and owner_name == "datetime" and len(node.args) < 2
                and not any(k.arg == "tz" for k in node.keywords))
        )
        if bad:
            out.append(f"{path.relative_to(root)}:{node.lineno}: {owner_name}.{attr}()")
    return out


def test_no_module_but_clock_reads_the_host_clock_or_zone() -> None:
    files = [p for d in ("gateway", "tests", "bench", "scripts") for p in (REPO / d).rglob("*.py")]
    assert len(files) > 100
    offences = [o for p in files if p != REPO / "gateway" / "clock.py" for o in _offences(p)]
    assert offences == [], "use gateway.clock (now/today/utcnow/stamp) instead:\n" + "\n".join(offences)


def _import_time_reads(path: Path, root: Path = REPO) -> list[str]:
    """Module-level statements of a test or bench file that read the clock (``clock.today()``, ``clock.now()``...).

    A date taken at import is the date of collection: a run that crosses midnight in the organisation's zone (15:00
    UTC for Tokyo) then asks the CLI for an approval "until today" that, by then, is yesterday.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    out = []
    for stmt in tree.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        for node in ast.walk(stmt):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and getattr(node.func.value, "id", "") == "clock" and node.func.attr in ("today", "now", "utcnow")):
                out.append(f"{path.relative_to(root)}:{node.lineno}: clock.{node.func.attr}() at import")
    return out


def test_no_test_or_bench_module_takes_the_date_at_import() -> None:
    files = [p for d in ("tests", "bench") for p in (REPO / d).rglob("*.py")]
    offences = [o for p in files for o in _import_time_reads(p)]
    assert offences == [], "read the clock inside the test or fixture, not at import:\n" + "\n".join(offences)


def test_the_import_time_checker_finds_a_module_constant(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from gateway import clock\nTODAY = clock.today()\nX = [clock.now()]\n"
                   "def f():\n    return clock.today()\n", encoding="utf-8")
    assert len(_import_time_reads(bad, tmp_path)) == 2


def test_the_checker_finds_each_form(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import datetime as dt, time\nfrom datetime import date, datetime\n"
                   "dt.date.today()\ndate.today()\ndatetime.now()\ndt.datetime.now(dt.UTC)\ndt.datetime.utcnow()\n"
                   "time.localtime()\nx.astimezone()\ndt.datetime.fromtimestamp(0)\n"
                   "ok = x.astimezone(dt.UTC), dt.datetime.fromtimestamp(0, dt.UTC)\n", encoding="utf-8")
    found = _offences(bad, tmp_path)
    assert len(found) == 8, found


# ---------------------------------------------------------------- zone and pin
def test_default_zone_is_tokyo_and_now_is_aware() -> None:
    assert clock.zone_name() == "Asia/Tokyo"
    n = clock.now()
    assert n.tzinfo is not None and n.utcoffset() == dt.timedelta(hours=9)
    assert clock.today() == n.date()


@pytest.mark.parametrize("instant, expected", [
    (dt.datetime(2026, 11, 30, 23, 59, 59, tzinfo=JST), dt.date(2026, 11, 30)),
    (dt.datetime(2026, 12, 1, 0, 0, 0, tzinfo=JST), dt.date(2026, 12, 1)),
    (dt.datetime(2026, 11, 30, 15, 0, 0, tzinfo=dt.UTC), dt.date(2026, 12, 1)),  # 00:00 JST
    (dt.datetime(2026, 11, 30, 14, 59, 59, 999000, tzinfo=dt.UTC), dt.date(2026, 11, 30)),
    (dt.datetime(2026, 12, 31, 15, 0, 0, tzinfo=dt.UTC), dt.date(2027, 1, 1)),  # new year in Japan
])
def test_today_at_the_jst_boundary(instant: dt.datetime, expected: dt.date) -> None:
    clock.pin(instant, frozen=True)
    assert clock.today() == expected
    assert clock.date_of(instant) == expected


def test_pin_runs_on_in_real_time() -> None:
    clock.pin(dt.datetime(2026, 11, 30, 23, 59, 59, 990000, tzinfo=JST))
    assert clock.today() == dt.date(2026, 11, 30) or clock.now().second == 0
    time.sleep(0.02)
    assert clock.today() == dt.date(2026, 12, 1)


def test_stamp_is_utc_with_z_and_refuses_naive() -> None:
    t = dt.datetime(2026, 12, 1, 0, 0, 0, tzinfo=JST)
    assert clock.stamp(t) == "2026-11-30T15:00:00.000Z"
    assert clock.stamp(t, timespec="seconds") == "2026-11-30T15:00:00Z"
    assert clock.parse_stamp("2026-11-30T15:00:00.000Z") == t
    with pytest.raises(ValueError):
        clock.stamp(dt.datetime(2026, 12, 1))
    with pytest.raises(ValueError):
        clock.parse_stamp("2026-11-30T15:00:00")


def test_other_zone() -> None:
    clock.set_zone("America/New_York")
    clock.pin(dt.datetime(2026, 12, 1, 3, 0, tzinfo=dt.UTC), frozen=True)
    assert clock.today() == dt.date(2026, 11, 30)
    assert clock.local(dt.datetime(2026, 11, 30, 22, 0)).utcoffset() == dt.timedelta(hours=-5)
    with pytest.raises(clock.ClockError, match="Mars/Olympus"):
        clock.set_zone("Mars/Olympus")


# ---------------------------------------------------------------- policy.yaml timezone
def test_policy_timezone_default_custom_and_unknown(tmp_path: Path) -> None:
    rules = make_test_rules(tmp_path / "rules")
    assert timezone_of(rules) == "Asia/Tokyo"
    assert load_rules(rules).policy.timezone == "Asia/Tokyo"
    policy = rules / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    policy.write_text(text.replace("timezone: Asia/Tokyo", "timezone: Pacific/Kiritimati"),
                      encoding="utf-8")
    assert load_rules(rules).policy.timezone == "Pacific/Kiritimati"
    assert use_rules_zone(rules) == "Pacific/Kiritimati" and clock.zone_name() == "Pacific/Kiritimati"
    policy.write_text(text.replace("timezone: Asia/Tokyo", "timezone: Asia/Tokio"), encoding="utf-8")
    with pytest.raises(RulesError) as e:
        load_rules(rules)
    assert e.value.file == "policy.yaml" and "timezone" in str(e.value) and "Asia/Tokio" in str(e.value)
    with pytest.raises(RulesError) as e2:
        use_rules_zone(rules)
    assert e2.value.file == "policy.yaml" and e2.value.entry == "timezone"


def test_shipped_policy_names_the_zone() -> None:
    assert timezone_of(REPO / "rules") == "Asia/Tokyo"
    assert "timezone:" in (REPO / "rules" / "policy.yaml").read_text(encoding="utf-8")


# ---------------------------------------------------------------- the gateway's approval check at the boundary
def test_approval_expires_at_midnight_in_the_organisation_zone() -> None:
    rules = load_rules(REPO / "rules")
    svc = next(s for s in rules.services if s.id == "openai-api")
    appr = Approval(application_id="AI-T-1", service="openai-api", purposes=("文書作成支援",), approver="x",
                    approved_on=dt.date(2026, 11, 1), expires_on=dt.date(2026, 11, 30), user="suzuki")
    who = Identity(name="suzuki", source="proxyauth", user=rules.users["suzuki"])
    clock.pin(dt.datetime(2026, 11, 30, 23, 59, 59, tzinfo=JST), frozen=True)
    assert check_approval((appr,), who, svc, clock.today(), None).reason is Reason.ALLOWED
    clock.pin(dt.datetime(2026, 12, 1, 0, 0, 0, tzinfo=JST), frozen=True)
    assert check_approval((appr,), who, svc, clock.today(), None).reason is Reason.APPROVAL_EXPIRED


# ---------------------------------------------------------------- subprocesses under other host zones
def _run(host_tz: str, pin: str, code: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("TZ", clock.ENV_PIN)}
    env.update(TZ=host_tz, AIGW_CLOCK=pin)
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60,
                       cwd=REPO)
    assert p.returncode == 0, p.stderr
    return p.stdout.strip()


@pytest.mark.parametrize("host_tz", HOST_ZONES)
@pytest.mark.parametrize("pin, expected", [
    ("2026-11-30T23:59:59+09:00", "2026-11-30"),
    ("2026-12-01T00:00:01+09:00", "2026-12-01"),
])
def test_env_pin_and_host_zone_do_not_change_the_date(host_tz: str, pin: str, expected: str) -> None:
    out = _run(host_tz, pin, "import time; time.tzset(); from gateway import clock; print(clock.today())")
    assert out == expected


def test_env_pin_without_offset_is_refused() -> None:
    env = dict(os.environ, AIGW_CLOCK="2026-11-30T23:59:59")
    p = subprocess.run([sys.executable, "-c", "import gateway.clock"], capture_output=True, text=True, env=env,
                       timeout=60)
    assert p.returncode != 0 and "offset" in p.stderr
