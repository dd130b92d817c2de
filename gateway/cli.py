"""aigw command line: run | check-rules | scan (more commands arrive with later issues)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from gateway.rules import DEFAULT_RULES_DIR
from gateway.rules.errors import RulesError, all_errors

if TYPE_CHECKING:
    from gateway.runtime import Runtime

ENTRY = Path(__file__).with_name("mitm_entry.py")


def _load_or_report(rules_dir: Path) -> Runtime | None:
    """The rules and scanner, or None after printing a rules_rejected line (stdout) and a readable error (stderr)."""
    from gateway.runtime import load_runtime  # lazy: CLI start-up time (the scanner engine)

    try:
        return load_runtime(rules_dir)
    except RulesError as e:
        errors = all_errors(e)
        for err in errors:  # every error, each with its file and entry
            print(json.dumps({"event": "rules_rejected", "file": err.file, "entry": err.entry, "error": err.message},
                             ensure_ascii=False), flush=True)
        print(f"aigw: ルールが不正です（{len(errors)} 件） / invalid rules ({len(errors)} error(s)):", file=sys.stderr)
        for err in errors:
            print(f"  {err}", file=sys.stderr)
        return None


def cmd_check_rules(args: argparse.Namespace) -> int:
    if (runtime := _load_or_report(args.rules_dir)) is None:
        return 2
    rules = runtime.rules
    print(json.dumps({"event": "rules_ok", "directory": str(rules.directory), "services": len(rules.services),
                      "users": len(rules.users), "approvals": len(rules.approvals),
                      "shadow_hosts": len(rules.shadow_hosts),
                      **({"tenants": {t.id: {"name": t.name, "users": len(t.rules.users),
                                              "approvals": len(t.rules.approvals)} for t in rules.tenants}}
                         if rules.tenants else {})}, ensure_ascii=False))
    return 0


def upstream_settings(args: argparse.Namespace) -> dict[str, str]:
    """mitmproxy options for ``--upstream-proxy`` (+ its credentials); raises UpstreamProxyError."""
    from gateway import upstream_proxy as up

    proxy_url = getattr(args, "upstream_proxy", None)
    auth_value = getattr(args, "upstream_proxy_auth", None)
    auth_file = getattr(args, "upstream_proxy_auth_file", None)
    if not proxy_url:
        if auth_value or auth_file:
            raise up.UpstreamProxyError("--upstream-proxy-auth(-file) needs --upstream-proxy")
        return {}
    user_sets = {s.split("=", 1)[0].strip() for s in args.set}
    if user_sets & {"mode", "upstream_auth"}:
        raise up.UpstreamProxyError("--upstream-proxy replaces --set mode=/upstream_auth=: give one of them")
    return up.mitmdump_settings(up.parse_proxy_url(proxy_url), up.resolve_auth(auth_value, auth_file))


def mitmdump_args(args: argparse.Namespace, rules_dir: Path, proxyauth: str | None,
                  upstream: dict[str, str] | None = None, max_body: int | None = None) -> list[str]:
    user_sets = [s.split("=", 1)[0].strip() for s in args.set]
    defaults = {
        "connection_strategy": "lazy",  # a blocked request never opens an upstream connection
        "flow_detail": "0",  # stdout carries the JSON log lines only
        "termlog_verbosity": "warn",
    }
    if proxyauth:
        defaults["proxyauth"] = proxyauth
    if max_body is not None:  # a body over the limit is cut off as it arrives (chunked too), never held whole
        defaults["body_size_limit"] = str(max_body)
    # one script: every addon, in the order of gateway.addons.default_addons()
    out = ["-s", str(ENTRY), "--listen-host", args.listen_host, "--listen-port", str(args.listen_port),
           "--set", f"aigw_rules={rules_dir}"]
    if upstream:
        for name, value in upstream.items():  # in-process: never in this process's argv (ps)
            out += ["--set", f"{name}={value}"]
    for name, value in defaults.items():
        if name not in user_sets:
            out += ["--set", f"{name}={value}"]
    for s in args.set:
        out += ["--set", s]
    return out


def bad_aigw_setting(sets: list[str]) -> str | None:
    """The first unknown or unparsable ``--set aigw_…=value``, parsed as mitmproxy will parse it, before
    anything starts (mitmdump applies an addon's option only once the addon loaded, too late to refuse
    the start cleanly). Checks of the value itself (ranges, files) stay in each addon's ``configure``."""
    from mitmproxy import exceptions, optmanager  # lazy: CLI start-up time (mitmproxy)

    from gateway.options import OPTIONS

    om = optmanager.OptManager()
    for o in OPTIONS:
        om.add_option(o.name, o.typespec, o.default, o.help)
    for s in sets:
        if s.split("=", 1)[0].strip().startswith("aigw_"):
            try:
                om.set(s)
            except exceptions.OptionsError as e:
                return f"--set {s}: {e}"
    return None


def _raise_fd_limit(want: int = 65536) -> None:
    """A proxy needs a descriptor per client and upstream connection: raise the soft limit up to the hard one."""
    import resource  # lazy: POSIX only

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = want if hard == resource.RLIM_INFINITY else min(want, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        except (ValueError, OSError):
            pass


def cmd_run(args: argparse.Namespace) -> int:
    from gateway.addons import rules as rules_addon  # lazy: CLI start-up time (mitmproxy)
    from gateway.addons.master import run_gateway

    from gateway.upstream_proxy import UpstreamProxyError

    try:
        upstream = upstream_settings(args)
    except UpstreamProxyError as e:
        print(f"aigw run: {e}", file=sys.stderr)
        return 2
    if getattr(args, "upstream_proxy_auth", None):
        print("aigw run: 警告 --upstream-proxy-auth の値は ps で見えます。本番では --upstream-proxy-auth-file か"
              " $AIGW_UPSTREAM_PROXY_AUTH を使ってください / the value shows in ps", file=sys.stderr)
    if (problem := bad_aigw_setting(args.set)) is not None:
        print(f"aigw run: {problem}", file=sys.stderr)
        return 2
    if (runtime := _load_or_report(args.rules)) is None:
        return 2
    _raise_fd_limit()
    rules_addon.PRELOADED[str(runtime.directory)] = runtime
    # the path as given (a symlink stays a symlink: the watcher follows a swap to a new target)
    given = Path(os.path.abspath(args.rules)) if args.rules else runtime.directory
    run_gateway(mitmdump_args(args, given, runtime.rules.proxyauth, upstream,
                              runtime.rules.policy.limits.max_body_bytes))
    return 0


def cmd_scan(argv: list[str]) -> int:
    from gateway.scan.cli import main as scan_main
    from gateway.unwrap import with_hidden

    return scan_main(argv, read=with_hidden)  # the text hidden in encodings is read as the gateway reads it


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="aigw", description="生成AI利用ゲートウェイ aigw / egress gateway for generative-AI services")
    sub = p.add_subparsers(dest="command", required=True)

    r = sub.add_parser("run", help="start the gateway (mitmdump with the aigw addon)")
    r.add_argument("--rules", type=Path, default=DEFAULT_RULES_DIR, help="rules directory (default: shipped rules/)")
    r.add_argument("--listen-host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    r.add_argument("--listen-port", type=int, default=8080, help="port to listen on (0: any free port)")
    r.add_argument("--upstream-proxy", metavar="URL", default=None,
                   help="parent proxy every upstream connection goes through, e.g. http://proxy.example.lg.jp:8080"
                        " (mitmproxy upstream mode)")
    r.add_argument("--upstream-proxy-auth-file", type=Path, metavar="FILE", default=None,
                   help="file (mode 600) with the parent proxy's user:password; or set $AIGW_UPSTREAM_PROXY_AUTH")
    r.add_argument("--upstream-proxy-auth", metavar="USER:PASS", default=None,
                   help="the parent proxy's credentials on the command line (visible in ps: trials only)")
    r.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                   help="mitmproxy or aigw option, passed through to mitmdump (repeatable)")
    r.set_defaults(func=cmd_run)

    c = sub.add_parser("check-rules", help="validate a rules directory; exit 2 when invalid")
    c.add_argument("rules_dir", nargs="?", type=Path, default=DEFAULT_RULES_DIR)
    c.set_defaults(func=cmd_check_rules)

    sub.add_parser("scan", help="scan text for confidential data (see aigw scan --help)", add_help=False)

    from gateway import ca, doctor, pac

    doctor.add_parser(sub)
    pac.add_parser(sub)
    ca.add_parser(sub)

    from gateway.review import logs as review_logs

    lg = sub.add_parser("logs", help="query audit JSONL files (filters; table, JSON or CSV)")
    review_logs.add_arguments(lg)
    lg.set_defaults(func=review_logs.run)

    from gateway.review import report as review_report

    rp = sub.add_parser("report", help="monthly usage report (Japanese HTML with charts, CSV, Excel)")
    review_report.add_arguments(rp)
    rp.set_defaults(func=review_report.run)

    from gateway.registry import cli as registry_cli

    ap = sub.add_parser("approvals", help="approval registry: apply | list | show | approve | deny | revoke | import | export")
    registry_cli.add_arguments(ap)
    ap.set_defaults(func=registry_cli.run)

    from gateway.console import cli as console_cli  # light: the web app is imported when it starts

    cp = sub.add_parser("console", help="web console for reviewers, 許可権限者 and 外部サービス管理者 (aigw console --help)")
    console_cli.add_arguments(cp)
    cp.set_defaults(func=console_cli.run)
    return p


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # `aigw logs … | head`: the reader left; stop quietly, as other Unix tools do
        import os

        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at interpreter exit
        except OSError:
            pass
        return 141


def _main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["scan"]:
        return cmd_scan(argv[1:])
    if argv[:1] == ["logs"]:  # fast path: reviewers query big logs often; import nothing else
        from gateway.review import logs as review_logs

        lp = argparse.ArgumentParser(prog="aigw logs", description="query audit JSONL files")
        review_logs.add_arguments(lp)
        return review_logs.run(lp.parse_args(argv[1:]))
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
