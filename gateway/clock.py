"""The one source of time for the whole system: the organisation's time zone, whatever the host's.

Every date a person sees or a rule decides on (approval validity, "the purpose of the day", ``--since``,
``--month``, report dates, the console) is taken in the organisation's zone: ``policy.yaml`` ``timezone``
(an IANA name, default ``Asia/Tokyo``). Audit lines stay ISO 8601 UTC with their offset (``…Z``).

No other module calls ``date.today()`` or a naive ``datetime.now()``; ``tests/unit/test_clock.py`` enforces
it over the source tree.

Tests pin the clock without touching the host: ``pin(t)`` in-process, or the environment variable
``AIGW_CLOCK`` for a subprocess (``aigw run``, the CLI): an ISO 8601 date-time with an offset, at which the
clock starts and then runs on in real time (so an approval can be seen expiring at midnight). It is read
once at import; a value without an offset or unparsable is refused loudly (never silently ignored).
"""

from __future__ import annotations

import datetime as dt
import os
import time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_TIMEZONE = "Asia/Tokyo"
ENV_PIN = "AIGW_CLOCK"

_zone: dt.tzinfo = ZoneInfo(DEFAULT_TIMEZONE)
_zone_name: str = DEFAULT_TIMEZONE
# (pinned wall-clock instant, monotonic reading when pinned, frozen?)
_pin: tuple[dt.datetime, float, bool] | None = None


class ClockError(ValueError):
    """An unknown time zone name or an unusable clock pin."""


def load_zone(name: str) -> dt.tzinfo:
    """The IANA zone ``name``; ``ClockError`` naming it when the host has no such zone."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise ClockError(f"unknown time zone {name!r} (an IANA name such as Asia/Tokyo)") from e


def set_zone(name: str) -> None:
    """Make ``name`` the organisation's zone for this process (from ``policy.yaml`` ``timezone``)."""
    global _zone, _zone_name
    _zone, _zone_name = load_zone(name), name


def zone() -> dt.tzinfo:
    return _zone


def zone_name() -> str:
    return _zone_name


def host_zone_name() -> str:
    """The host's own zone abbreviation, for diagnostics only (never used to decide a date)."""
    return utcnow().astimezone().tzname() or "?"


def utcnow() -> dt.datetime:
    """Now, timezone-aware, in UTC (honours a pin)."""
    if _pin is None:
        return dt.datetime.now(dt.UTC)
    start, mono, frozen = _pin
    return start if frozen else start + dt.timedelta(seconds=time.monotonic() - mono)


def now() -> dt.datetime:
    """Now, timezone-aware, in the organisation's zone."""
    return utcnow().astimezone(_zone)


_day: tuple[int, object, dt.date | None] = (-1, None, None)  # (whole second, zone, its date): swapped whole


def today() -> dt.date:
    """Today's date in the organisation's zone (unpinned: worked out once a second, not per request; every
    instant of one whole second has the same date, zone offsets being whole seconds)."""
    global _day
    if _pin is not None:
        return now().date()
    sec = time.time_ns() // 1_000_000_000
    cached, zone, day = _day
    if sec != cached or zone is not _zone or day is None:
        day = dt.datetime.fromtimestamp(sec, _zone).date()
        _day = (sec, _zone, day)
    return day


def local(t: dt.datetime) -> dt.datetime:
    """``t`` in the organisation's zone; a naive ``t`` is taken as already being in that zone."""
    return t.replace(tzinfo=_zone) if t.tzinfo is None else t.astimezone(_zone)


def date_of(t: dt.datetime) -> dt.date:
    """The organisation's calendar date of the instant ``t``."""
    return local(t).date()


def day_start(d: dt.date) -> dt.datetime:
    """The first instant of ``d`` in the organisation's zone (aware)."""
    return dt.datetime(d.year, d.month, d.day, tzinfo=_zone)


def parse_stamp(stamp: str) -> dt.datetime:
    """An audit/registry ISO 8601 stamp (``…Z`` or with an offset) as an aware datetime."""
    t = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    if t.tzinfo is None:
        raise ValueError(f"time stamp without an offset: {stamp!r}")
    return t


_second: tuple[int, str] = (-1, "")  # the last whole second stamped and its text (one tuple: swapped atomically)


def _now_ms() -> str:
    """``stamp()`` of the unpinned clock: what ``dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")`` gives
    (the same clock, truncated alike), with the date and time of day formatted once a second, not per line."""
    global _second
    sec, ns = divmod(time.time_ns(), 1_000_000_000)
    cached, text = _second
    if sec != cached:
        g = time.gmtime(sec)
        text = f"{g.tm_year:04d}-{g.tm_mon:02d}-{g.tm_mday:02d}T{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}"
        _second = (sec, text)
    return f"{text}.{ns // 1_000_000:03d}Z"


def stamp(t: dt.datetime | None = None, timespec: str = "milliseconds") -> str:
    """ISO 8601 UTC with ``Z`` (the audit and registry format)."""
    if t is None and _pin is None and timespec == "milliseconds":  # every audit line: the fast path
        return _now_ms()
    t = utcnow() if t is None else t
    if t.tzinfo is dt.UTC:  # already UTC (every unpinned stamp): its isoformat ends in +00:00
        return t.isoformat(timespec=timespec)[:-6] + "Z"
    if t.tzinfo is None:
        raise ValueError("naive datetime given to clock.stamp")
    return t.astimezone(dt.UTC).isoformat(timespec=timespec).replace("+00:00", "Z")


def pin(t: dt.datetime | None, *, frozen: bool = False) -> None:
    """Tests: the clock reads ``t`` now and runs on from it (or stays at it when ``frozen``); ``None`` unpins."""
    global _pin
    if t is None:
        _pin = None
        return
    if t.tzinfo is None:
        raise ClockError("clock.pin needs an aware datetime")
    _pin = (t.astimezone(dt.UTC), time.monotonic(), frozen)


def _pin_from_env() -> None:
    value = os.environ.get(ENV_PIN, "").strip()
    if not value:
        return
    try:
        t = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as e:
        raise ClockError(f"{ENV_PIN}={value!r} is not an ISO 8601 date-time") from e
    if t.tzinfo is None:
        raise ClockError(f"{ENV_PIN}={value!r} needs an offset (e.g. 2026-11-30T23:59:50+09:00)")
    pin(t)


_pin_from_env()
