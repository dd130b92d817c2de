"""AigwMaster: mitmdump's master without the mitmproxy addons a gateway has no use for; their options still
parse, and setting one that only a left-out addon reads is refused (OptionGuard)."""

from __future__ import annotations

import asyncio

import pytest
from mitmproxy import exceptions, master, options
from mitmproxy.tools.dump import DumpMaster

from gateway.addons.master import INERT_OPTIONS, NOT_LOADED, REFUSED_OPTIONS, AigwMaster, addon_name

KEPT = ["termlog", "core", "block", "stripdnshttpsrecords", "disableh2c", "proxyauth", "proxyserver", "scriptloader",
        "dnsresolver", "nextlayer", "tlsconfig", "upstreamauth", "updatealtsvc", "errorcheck"]


def _in_loop(fn):
    async def main():
        return fn()
    return asyncio.run(main())


def test_the_chain_holds_only_what_a_gateway_needs_in_mitmdumps_order() -> None:
    def check() -> None:
        m = AigwMaster(options.Options())
        assert [addon_name(a) for a in m.addons.chain] == KEPT
        dump = [addon_name(a) for a in DumpMaster(options.Options()).addons.chain]
        assert set(dump) == set(KEPT) | set(NOT_LOADED)  # every mitmdump addon is either kept or named with a reason
        assert set(m.options.keys()) == set(DumpMaster(options.Options()).options.keys())  # mitmdump's options parse

    _in_loop(check)


def test_every_option_of_a_left_out_addon_is_refused_or_inert() -> None:
    """Pinned against mitmproxy: a new option of a left-out addon must be classified here."""
    def declared() -> dict[str, str]:
        out = {}
        for a in DumpMaster(options.Options()).addons.chain:
            if addon_name(a) not in NOT_LOADED:
                continue
            opts = options.Options()
            before = set(opts.keys())
            master.Master(opts).addons.add(type(a)())
            out |= {o: addon_name(a) for o in set(opts.keys()) - before}
        return out

    owned = _in_loop(declared)
    assert {o: a for o, a in owned.items() if o not in INERT_OPTIONS} == REFUSED_OPTIONS
    assert INERT_OPTIONS <= owned.keys()


def _guarded():
    from mitmproxy.addons import dumper, maplocal, modifyheaders, save, savehar, serverplayback
    from mitmproxy.test import taddons

    from gateway.addons.guard import OptionGuard

    loaded = [maplocal.MapLocal(), save.Save(), modifyheaders.ModifyHeaders(), serverplayback.ServerPlayback(),
              savehar.SaveHar(), dumper.Dumper()]
    return taddons.context(OptionGuard(), *loaded)


@pytest.mark.parametrize("setting", ["map_local=|example.com|/tmp", "save_stream_file=/tmp/flows",
                                     "modify_headers=/~q/X-A/b", "server_replay=/tmp/x", "hardump=/tmp/a.har"])
def test_an_option_of_a_left_out_addon_is_refused(setting: str) -> None:
    name = setting.split("=", 1)[0]
    with _guarded() as tctx:
        with pytest.raises(exceptions.OptionsError, match=f"aigw refuses {name}: mitmproxy's"):
            tctx.options.set(setting)


def test_display_options_are_accepted() -> None:
    with _guarded() as tctx:
        tctx.options.set("flow_detail=0")
        assert tctx.options.flow_detail == 0
