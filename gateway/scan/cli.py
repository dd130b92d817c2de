"""``aigw scan``: scan one text or a JSON-lines corpus with the gateway's scanner.

    aigw scan [FILE|-] [--rules DIR] [--jsonl] [--show-matches] [--explain] [--service ID]

Prints ``{"action", "findings": [{"entity", "start", "end", "score"}], "reasons"}``; with
``--jsonl`` reads ``{"id", "text"}`` lines and writes one result per line with the same ``id``.
``--explain`` adds ``"explain"``: the rules that fired (reason, action, what the rule means, the
findings it rests on) and every finding as a masked span (shape only, never the value).
As the gateway does, ``aigw scan`` also reads the text hidden in the input's encodings (base64, MIME mail bodies,
quoted-printable, ISO-2022-JP …); a finding there has ``"in": "decoded"`` and offsets into the decoded text.
Exit 0 when the scan ran (whatever the verdict), 2 on bad input or bad rules.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import gateway
from gateway.errors import RulesError


def default_rules_dir() -> Path:
    return Path(gateway.__file__).resolve().parent.parent / "rules"


Read = Callable[[str], tuple[str, int]]


def _as_is(text: str) -> tuple[str, int]:
    return text, len(text)


def _result_json(res, text: str, show: bool, hidden_at: int) -> dict[str, Any]:
    findings = []
    for f in res.findings:
        d: dict[str, Any] = {"entity": f.entity, "start": f.start, "end": f.end, "score": f.score}
        if f.start >= hidden_at:  # in text decoded from the input (base64, quoted-printable …): offsets into it
            d.update(start=f.start - hidden_at, end=f.end - hidden_at, **{"in": "decoded"})
        if show:
            d["text"] = text[f.start:f.end]
        findings.append(d)
    return {"action": res.action, "findings": findings, "reasons": list(res.reasons)}


def _scan_json(scanner, text: str, args, read: Read = _as_is) -> dict[str, Any]:
    text, hidden_at = read(text)
    res = scanner.scan(text, args.service)
    d = _result_json(res, text, args.show_matches, hidden_at)
    if args.explain:
        explain = getattr(scanner, "explain", None)
        if explain is not None:
            ex = explain(text, args.service)
            d["explain"] = {"rules": ex["rules"], "findings": ex["findings"],
                            "ignored_examples": ex["ignored_examples"]}
    return d


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="aigw scan", description="Scan text for confidential data.")
    p.add_argument("file", nargs="?", default="-", help="input file, or - for stdin (default)")
    p.add_argument("--rules", type=Path, default=None, help="rules directory (default: the repo's rules/)")
    p.add_argument("--jsonl", action="store_true", help='input is JSON lines {"id", "text"}')
    p.add_argument("--show-matches", action="store_true", help="add the matched text (local debugging only)")
    p.add_argument("--explain", action="store_true",
                   help="add why the verdict was reached: rules that fired and masked spans (never the values)")
    p.add_argument("--service", default=None, help="service id for per-service overrides")
    return p


def main(argv: list[str] | None = None, read: Read = _as_is) -> int:
    """``read``: the text as the gateway scans it (``gateway.unwrap.with_hidden``: with the text hidden in
    encodings, which the scanner's layer cannot import); the text as given by default."""
    # complexity: the `aigw scan` command — input (file, stdin, JSONL), options (--explain, --show-matches) and
    # their output shapes in one place, as documented in docs/cli.md
    args = _parser().parse_args(argv)
    from gateway.scan.api import load_scanner  # lazy: CLI start-up time (`--help` never loads presidio)

    rules = args.rules or default_rules_dir()
    if not rules.is_dir():
        print(f"aigw scan: rules directory not found: {rules}", file=sys.stderr)
        return 2
    try:
        scanner = load_scanner(rules)
    except RulesError as exc:
        print(f"aigw scan: invalid rules: {exc}", file=sys.stderr)
        return 2
    try:
        if args.file == "-":
            data = sys.stdin.buffer.read()
        else:
            data = Path(args.file).read_bytes()
    except OSError as exc:
        print(f"aigw scan: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        print(f"aigw scan: input is not UTF-8 (byte {exc.start})", file=sys.stderr)
        return 2
    out = sys.stdout
    if not args.jsonl:
        out.write(json.dumps(_scan_json(scanner, content, args, read), ensure_ascii=False) + "\n")
        return 0
    rows: list[tuple[Any, str]] = []
    for n, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            print(f"aigw scan: line {n}: not valid JSON ({exc.msg})", file=sys.stderr)
            return 2
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            print(f'aigw scan: line {n}: expected an object with a string "text"', file=sys.stderr)
            return 2
        rows.append((obj.get("id"), obj["text"]))
    for rid, text in rows:
        d = {"id": rid, **_scan_json(scanner, text, args, read)}
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
    out.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
