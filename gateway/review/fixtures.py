"""Realistic ``request_decided`` lines for tests and benchmarks (never real data, never prompt text).

``generate(n, month="2026-11", seed=1)`` yields records shaped exactly like the addon's audit lines
(same keys, same order, same JSON encoding), spread over one month, for a demo organisation of a few
hundred users in a dozen 所属, with a mix of allowed requests, scan warnings, confidential-data blocks,
unapproved attempts and shadow-AI CONNECTs.
"""

from __future__ import annotations

import datetime as dt
import gzip
import random
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from gateway.logging import dumps

DEPARTMENTS = (
    "総務部 情報政策課", "総務部 総務課", "総務部 人事課", "財政部 財政課", "財政部 税務課", "市民部 市民課",
    "市民部 保険年金課", "福祉部 福祉課", "福祉部 子育て支援課", "建設部 道路課", "教育委員会 学校教育課",
    "消防本部 警防課",
)
SERVICES = (  # id, kind, host, path, weight
    ("openai-api", "約款型", "api.openai.com", "/v1/chat/completions", 30),
    ("chatgpt", "約款型", "chatgpt.com", "/backend-api/f/conversation", 30),
    ("anthropic-api", "約款型", "api.anthropic.com", "/v1/messages", 12),
    ("claude", "約款型", "claude.ai", "/api/organizations/x/chat_conversations/y/completion", 10),
    ("gemini", "約款型", "gemini.google.com", "/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate", 8),
)
PURPOSES = ("文書作成支援", "翻訳", "要約", "アイデア出し", "プログラミング支援")
SHADOW = ("DeepSeek", "Perplexity", "Poe", "Character.AI")
ENTITIES = ("JP_MY_NUMBER", "PERSON", "PHONE_NUMBER", "JP_ADDRESS", "EMAIL_ADDRESS", "CLASSIFICATION_MARKING",
            "DATE_OF_BIRTH", "JP_BANK_ACCOUNT", "CREDENTIAL", "JP_HEALTH_INSURANCE", "SENSITIVE_PERSONAL_INFO")
# outcome, weight
OUTCOMES = (
    ("allowed", 78), ("scan_warning", 6), ("confidential_data", 7), ("not_approved", 4), ("unknown_user", 1),
    ("purpose_not_approved", 1), ("approval_expired", 1), ("shadow_ai", 2),
)
JST = dt.timezone(dt.timedelta(hours=9))


def month_bounds(month: str) -> tuple[dt.datetime, dt.datetime]:
    """JST start (inclusive) and end (exclusive) of ``YYYY-MM``."""
    y, m = (int(x) for x in month.split("-"))
    start = dt.datetime(y, m, 1, tzinfo=JST)
    end = dt.datetime(y + (m == 12), m % 12 + 1, 1, tzinfo=JST)
    return start, end


def _users(rng: random.Random, count: int) -> list[tuple[str, str]]:
    users = [("tanaka", "総務部 情報政策課"), ("suzuki", "市民部 市民課")]
    for i in range(count - len(users)):
        users.append((f"user{i:03d}", DEPARTMENTS[rng.randrange(len(DEPARTMENTS))]))
    return users


def generate(n: int, month: str = "2026-11", seed: int = 1, users: int = 300,
             gateways: tuple[str, ...] = ("gw1", "gw2")) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    people = _users(rng, users)
    start, end = month_bounds(month)
    span = (end - start).total_seconds()
    # office hours mostly: pick a day, then a time between 8:30 and 18:00 (some outliers)
    days = int(span // 86400)
    times = []
    for _ in range(n):
        day = rng.randrange(days)
        sec = rng.uniform(8.5 * 3600, 18 * 3600) if rng.random() < 0.95 else rng.uniform(0, 86400)
        times.append(start + dt.timedelta(days=day, seconds=sec))
    times.sort()
    svc_w = [s[4] for s in SERVICES]
    out_names = [o[0] for o in OUTCOMES]
    out_w = [o[1] for o in OUTCOMES]
    for i, t in enumerate(times):
        user, dept = people[min(int(rng.paretovariate(1.5) * 3) - 3, len(people) - 1)] if rng.random() < 0.3 \
            else people[rng.randrange(len(people))]
        sid, kind, host, path, _ = rng.choices(SERVICES, svc_w)[0]
        outcome = rng.choices(out_names, out_w)[0]
        when = t.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        base = {"time": when, "event": "request_decided", "request_id": f"{seed:02x}{i:010x}"[-12:],
                "gateway": gateways[i % len(gateways)], "client_ip": f"10.{i % 7}.{(i >> 3) % 250}.{i % 250 + 1}",
                "method": "POST"}
        if outcome == "shadow_ai":
            name = SHADOW[rng.randrange(len(SHADOW))]
            yield {**base, "method": "CONNECT", "path": None, "user": user, "service": f"shadow:{name}",
                   "host": f"{name.lower().replace('.', '')}.example", "action": "block", "reason": "shadow_ai",
                   "upstream_status": None}
            continue
        purpose = PURPOSES[rng.randrange(len(PURPOSES))] if rng.random() < 0.4 else "文書作成支援"
        findings: list[dict[str, Any]] = []
        scan_reasons: list[str] = []
        action = "allow"
        chars = int(rng.lognormvariate(6, 1)) + 1
        scan_ms: float | None = round(rng.uniform(0.2, 8.0), 3)
        stage = None
        if outcome == "scan_warning":
            action = "warn"
            ent = rng.choice(("PERSON", "PHONE_NUMBER", "JP_ADDRESS"))
            findings = [{"entity": ent, "count": 1, "score": 0.5}]
            scan_reasons = [f"{ent.lower()}_low_confidence"]
        elif outcome == "confidential_data":
            action = "block"
            stage = "decide"
            ents = rng.sample(ENTITIES, rng.choice((1, 1, 1, 2, 3)))
            findings = [{"entity": e, "count": rng.randint(1, 4), "score": 0.95} for e in sorted(ents)]
            scan_reasons = [e.lower() for e in sorted(ents)]
        elif outcome != "allowed":
            action = "block"
            stage = "approval"
            chars, scan_ms = 0, None
        rec = {**base, "user": user, "department": None if outcome == "unknown_user" else dept,
               "groups": [], "identity_source": "proxyauth", "service": sid, "service_kind": kind,
               "purpose": purpose if outcome in ("allowed", "scan_warning", "confidential_data",
                                                 "purpose_not_approved") else None,
               "application_id": f"AI-2026-{zlib.crc32(user.encode()) % 900 + 100:04d}" if action != "block" or stage == "decide"
               else None,
               "host": host, "path": path, "action": action, "reason": outcome, "scan_reasons": scan_reasons,
               "findings": findings, "prompt_chars": chars, "segments": 1 if chars else 0, "scan_ms": scan_ms,
               "upstream_status": 200 if action != "block" else None}
        if stage:
            rec["stage"] = stage
        yield rec


def write_jsonl(path: Path, records: Iterator[dict[str, Any]]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as f:
        for r in records:
            f.write(dumps(r) + "\n")
            n += 1
    return n
