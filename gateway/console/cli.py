"""``aigw console``: start the web application (see gateway/console/app.py)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--rules", type=Path, default=None, help="rules directory (default: shipped rules/)")
    p.add_argument("--db", default=None, help="approval registry DSN (default $AIGW_REGISTRY)")
    p.add_argument("--audit", action="append", default=[], metavar="FILE",
                   help="audit JSONL files, globs or directories to ingest (repeatable)")
    p.add_argument("--store", type=Path, default=None, help="audit store file (default $AIGW_STORE or ./aigw-audit.duckdb)")
    p.add_argument("--trail", type=Path, default=None,
                   help="console trail, append-only JSONL (default: console-trail.jsonl next to the store)")
    p.add_argument("--listen-host", default="127.0.0.1", help="management address (default 127.0.0.1)")
    p.add_argument("--listen-port", type=int, default=8088, help="port (0: any free port; default 8088)")
    p.add_argument("--secure-cookies", action="store_true",
                   help="mark cookies Secure (behind a TLS-terminating reverse proxy)")


def run(a: argparse.Namespace) -> int:
    from werkzeug.serving import make_server

    from gateway.console.app import Config, create_app
    from gateway.rules.errors import RulesError
    from gateway.rules.loader import DEFAULT_RULES_DIR

    registry = a.db or os.environ.get("AIGW_REGISTRY")
    if not registry:
        print("aigw console: --db（または AIGW_REGISTRY）で承認台帳を指定してください / give the registry with --db",
              file=sys.stderr)
        return 2
    store = a.store or Path(os.environ.get("AIGW_STORE") or "aigw-audit.duckdb")
    cfg = Config(rules_dir=Path(a.rules or DEFAULT_RULES_DIR), registry=registry, store=store, audit=list(a.audit),
                 trail=a.trail or store.with_name("console-trail.jsonl"), secure_cookies=a.secure_cookies)
    try:
        app = create_app(cfg)
    except RulesError as e:
        print(f"aigw console: ルールが不正です / invalid rules: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # unreadable store / registry: a clear message
        print(f"aigw console: {type(e).__name__}: {e}", file=sys.stderr)
        return 2
    server = make_server(a.listen_host, a.listen_port, app, threaded=True)
    print(json.dumps({"event": "console_started", "url": f"http://{a.listen_host}:{server.server_port}/",
                      "store": str(store), "trail": str(cfg.trail)}, ensure_ascii=False), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0
