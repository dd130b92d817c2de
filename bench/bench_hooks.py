"""Where aigw's time goes on one request: its request hooks in-process, stage by stage (issue 12, round 21).

``bench_proxy.py`` measures the whole proxy over sockets; the first SSE event's figure there is the time aigw's own
request path adds before the body is forwarded (its hooks run before the first byte leaves). This benchmark runs the
same prompts (the 2 KB JSON prompt and the SSE prompt of ``bench_proxy``) through the real addon chain in mitmproxy's
test context (``taddons``, the shipped rules, the real scanner and audit file) and times, per request:

  * ``requestheaders`` and ``request`` as mitmproxy dispatches them, against a baseline in the same run: the same
    flows through the same context with no aigw addon (mitmproxy's own dispatch of the two hooks);
  * the pipeline's stages inside them (``before_body``, ``extract``, ``scan``, the rest of ``with_body``), timed by
    wrapping the stage functions for the run.

Medians over ``--rounds`` rounds of ``--requests`` requests; figures in milliseconds and as the aigw hooks' ratio to the
baseline dispatch. No sockets: the figures hold the Python work only, which is what a request waits for on the event
loop.

usage: python bench/bench_hooks.py [--rounds 5] [--requests 400]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import functools
import inspect
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from mitmproxy.addons import proxyauth, proxyserver  # noqa: E402
from mitmproxy.proxy.layers import http as http_layer  # noqa: E402
from mitmproxy.test import taddons, tflow  # noqa: E402

import bench_proxy  # noqa: E402
from gateway import bounded, pipeline  # noqa: E402
from gateway.addons import default_addons, gateway_chain  # noqa: E402
from gateway.addons import rules as rules_addon  # noqa: E402
from gateway.rules.loader import DEFAULT_RULES_DIR  # noqa: E402
from gateway.runtime import load_runtime  # noqa: E402

STAGES = (("pipeline", "before_body"), ("pipeline", "with_body"), ("pipeline", "extract"), ("bounded", "scan"))
_MODULES = {"pipeline": pipeline, "bounded": bounded}


def flow(body: bytes, path: str):
    f = tflow.tflow()
    f.request.host = bench_proxy.HOST
    f.request.headers["host"] = bench_proxy.HOST
    f.request.path = path
    f.request.method = "POST"
    f.request.headers["content-type"] = "application/json"
    f.request.content = body
    f.metadata["proxyauth"] = ("tanaka", "demo")
    return f


def timed_stages(store: dict[str, list[float]]) -> list[tuple[object, str, object]]:
    """Wrap the stage functions so each call's time lands in ``store``; returns what to restore."""
    saved = []
    for mod_name, name in STAGES:
        mod = _MODULES[mod_name]
        fn = getattr(mod, name)
        saved.append((mod, name, fn))
        label = f"{mod_name}.{name}"
        if inspect.iscoroutinefunction(fn):
            @functools.wraps(fn)
            async def wrapper(*a, _fn=fn, _label=label, **k):
                t0 = time.perf_counter()
                try:
                    return await _fn(*a, **k)
                finally:
                    store[_label].append(time.perf_counter() - t0)
        else:
            @functools.wraps(fn)
            def wrapper(*a, _fn=fn, _label=label, **k):
                t0 = time.perf_counter()
                try:
                    return _fn(*a, **k)
                finally:
                    store[_label].append(time.perf_counter() - t0)
        setattr(mod, name, wrapper)
    return saved


async def run_hooks(master, body: bytes, path: str, n: int) -> tuple[list[float], list[float]]:
    """Times of the requestheaders and request hooks as mitmproxy's addon manager dispatches them."""
    heads, bodies = [], []
    for _ in range(n):
        f = flow(body, path)
        t0 = time.perf_counter()
        await master.addons.handle_lifecycle(http_layer.HttpRequestHeadersHook(f))
        t1 = time.perf_counter()
        if f.response is None:
            await master.addons.handle_lifecycle(http_layer.HttpRequestHook(f))
        t2 = time.perf_counter()
        heads.append(t1 - t0)
        bodies.append(t2 - t1)
    return heads, bodies


async def main_async(args) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="aigw-bench-hooks-"))
    rules_addon.PRELOADED[str(DEFAULT_RULES_DIR.resolve())] = load_runtime(DEFAULT_RULES_DIR)
    prompts = {"2 KB prompt": (bench_proxy.prompt_body(), "/v1/chat/completions"),
               "SSE prompt": (json.dumps({"model": "gpt-4o", "stream": True, "messages": [
                   {"role": "user", "content": bench_proxy.PROSE}]}, ensure_ascii=False).encode(), "/sse")}
    res: dict[str, dict[str, list[float]]] = {p: collections.defaultdict(list) for p in prompts}
    addons = default_addons()
    rules = next(a for a in addons if type(a).__name__ == "Rules")
    with taddons.context(proxyserver.Proxyserver(), proxyauth.ProxyAuth()) as base:
        with taddons.context(proxyserver.Proxyserver(), proxyauth.ProxyAuth(), gateway_chain(addons)) as gw:
            gw.configure(rules, aigw_rules=str(DEFAULT_RULES_DIR), aigw_audit_log=str(tmp / "audit.jsonl"))
            for name, (body, path) in prompts.items():
                await run_hooks(gw.master, body, path, 50)  # warm-up: caches, the first scan
            for _ in range(args.rounds):
                for name, (body, path) in prompts.items():
                    h, b = await run_hooks(base.master, body, path, args.requests)
                    res[name]["baseline"].append(statistics.median(x + y for x, y in zip(h, b)))
                    stages: dict[str, list[float]] = collections.defaultdict(list)
                    saved = timed_stages(stages)
                    try:
                        h, b = await run_hooks(gw.master, body, path, args.requests)
                    finally:
                        for mod, fname, fn in saved:
                            setattr(mod, fname, fn)
                    res[name]["requestheaders"].append(statistics.median(h))
                    res[name]["request"].append(statistics.median(b))
                    res[name]["both"].append(statistics.median(x + y for x, y in zip(h, b)))
                    for label, xs in stages.items():
                        res[name][label].append(statistics.median(xs))
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--requests", type=int, default=400)
    args = ap.parse_args()
    res = asyncio.run(main_async(args))
    print(f"aigw request hooks in-process, medians over {args.rounds} rounds of {args.requests} requests (ms)")
    for name, figs in res.items():
        med = {k: statistics.median(v) * 1000 for k, v in figs.items()}
        print(f"\n{name}")
        print(f"  mitmproxy dispatch, no aigw addon (baseline)  {med['baseline']:7.3f}")
        print(f"  aigw requestheaders + request                 {med['both']:7.3f}  "
              f"({med['both'] / med['baseline']:.1f} × baseline; +{med['both'] - med['baseline']:.3f} ms)")
        print(f"    requestheaders                              {med['requestheaders']:7.3f}")
        print(f"      pipeline.before_body                      {med.get('pipeline.before_body', 0):7.3f}")
        print(f"    request                                     {med['request']:7.3f}")
        print(f"      pipeline.with_body                        {med.get('pipeline.with_body', 0):7.3f}")
        print(f"        pipeline.extract                        {med.get('pipeline.extract', 0):7.3f}")
        print(f"        bounded.scan (inline scan)              {med.get('bounded.scan', 0):7.3f}")
        rest = med["request"] - med.get("pipeline.with_body", 0)
        print(f"      audit line + routing + views (the rest)   {rest:7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
