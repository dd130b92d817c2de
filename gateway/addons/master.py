"""The mitmproxy master ``aigw run`` starts: mitmdump's, with only the mitmproxy addons a gateway needs.

mitmdump loads 36 addons; every flow event (request headers, request, response headers, response and an
``update`` after each) is offered to every one of them, whether it has the hook or not. About 22 of them
serve interactive or replay use and have no role in aigw; several would even defeat it: ``save`` and
``savehar`` write decrypted flows (prompts) to disk, ``maplocal``/``mapremote``/``modifybody``/
``modifyheaders`` change traffic after the scan, the playback addons answer or send requests of their own,
``dumper`` prints flows to stdout (where aigw's JSON log lines go). ``AigwMaster`` leaves them out of the
chain; they only declare their options, so mitmdump's command line and ``--set`` still parse; setting an
option that only a removed addon reads is refused at start-up by ``OptionGuard`` (``NOT_LOADED``), never
silently ignored. Kept: termlog, core, block, stripdnshttpsrecords, disableh2c, proxyauth, proxyserver,
scriptloader (the aigw addons), dnsresolver, nextlayer, tlsconfig, upstreamauth, updatealtsvc, errorcheck.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mitmproxy import addonmanager, options
from mitmproxy import addons as mitm_addons
from mitmproxy.addons import dumper, errorcheck, keepserving, readfile
from mitmproxy.master import Master
from mitmproxy.tools import cmdline
from mitmproxy.tools.main import run

# mitmproxy addon (its name in the chain) → why aigw does not load it
NOT_LOADED = {
    "browser": "starts a browser (interactive use)",
    "blocklist": "answers requests by its own list (aigw: services.yaml, shadow_ai.yaml)",
    "anticache": "rewrites request headers after the scan",
    "anticomp": "rewrites request headers after the scan",
    "clientplayback": "sends requests of its own",
    "commandhistory": "interactive console history",
    "comment": "interactive console",
    "cut": "interactive console",
    "export": "interactive console",
    "onboarding": "serves mitmproxy's own pages (aigw: its own portal)",
    "serverplayback": "answers requests from a recording",
    "mapremote": "changes the destination after the scan",
    "maplocal": "answers requests from local files",
    "modifybody": "changes the body after the scan",
    "modifyheaders": "changes headers after the scan",
    "stickyauth": "adds credentials to requests",
    "stickycookie": "adds cookies to requests",
    "save": "writes decrypted flows (prompts) to disk",
    "savehar": "writes decrypted flows (prompts) to disk",
    "dumper": "prints flows to stdout (aigw's JSON log lines)",
    "keepserving": "replay and read-file use",
    "readfilestdin": "reads flows from a file",
}
# option → the removed addon that reads it: setting one is refused at start-up (OptionGuard). Pinned against
# mitmproxy by tests/unit/addons/test_master.py. Options that only change display (flow_detail, dumper_filter,
# onboarding, …) are accepted and have no effect.
REFUSED_OPTIONS = {
    "block_list": "blocklist", "anticache": "anticache", "anticomp": "anticomp",
    "client_replay": "clientplayback", "client_replay_concurrency": "clientplayback",
    **{o: "serverplayback" for o in (
        "server_replay", "server_replay_extra", "server_replay_ignore_content", "server_replay_ignore_host",
        "server_replay_ignore_params", "server_replay_ignore_payload_params", "server_replay_ignore_port",
        "server_replay_kill_extra", "server_replay_nopop", "server_replay_refresh", "server_replay_reuse",
        "server_replay_use_headers")},
    "map_remote": "mapremote", "map_local": "maplocal", "modify_body": "modifybody",
    "modify_headers": "modifyheaders", "stickyauth": "stickyauth", "stickycookie": "stickycookie",
    "save_stream_file": "save", "save_stream_filter": "save", "hardump": "savehar",
    "rfile": "readfilestdin", "readfile_filter": "readfilestdin",
}

INERT_OPTIONS = frozenset({"flow_detail", "dumper_filter", "dumper_default_contentview", "command_history",
                           "onboarding", "onboarding_host", "export_preserve_original_ip", "keepserving"})


def addon_name(addon: Any) -> str:
    """An addon's name in mitmproxy's chain: its ``name`` attribute, else its class name in lower case."""
    return getattr(addon, "name", type(addon).__name__.lower())


class AigwMaster(Master):
    """mitmdump's master (``DumpMaster``: the default addons, dumper, keepserving, readfile, errorcheck) with the
    addons of ``NOT_LOADED`` left out of the chain: they only declare their options (their ``load``), so
    mitmdump's command line and ``--set`` parse as before."""

    def __init__(self, opts: options.Options, loop: Any = None) -> None:
        super().__init__(opts, event_loop=loop, with_termlog=True)
        every = [*mitm_addons.default_addons(), dumper.Dumper(), keepserving.KeepServing(),
                 readfile.ReadFileStdin(), errorcheck.ErrorCheck()]
        self.addons.add(*(a for a in every if addon_name(a) not in NOT_LOADED))
        loader = addonmanager.Loader(self)
        for addon in every:
            if addon_name(addon) in NOT_LOADED and hasattr(addon, "load"):
                addon.load(loader)  # its options only
        self.options.process_deferred()


def run_gateway(args: Sequence[str]) -> None:
    """``mitmdump`` with ``AigwMaster`` (mitmproxy.tools.main.run: its option parsing, signals and exit codes)."""
    run(AigwMaster, cmdline.mitmdump, args)
