"""tenants.yaml: loading two 団体, and every invalid set rejected with file and entry (the old rules stay)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.rules.errors import RulesError, all_errors
from gateway.rules.loader import load_rules
from tests.support.tenants import make_tenant_fleet


@pytest.fixture
def fleet(tmp_path: Path) -> Path:
    return make_tenant_fleet(tmp_path / "rules")


def errors_of(directory: Path) -> list[tuple[str, str | None, str]]:
    with pytest.raises(RulesError) as e:
        load_rules(directory)
    return [(x.file, x.entry, x.message) for x in all_errors(e.value)]


def test_without_tenants_yaml_nothing_changes(shipped_rules):
    assert shipped_rules.tenants == () and shipped_rules.tenant is None


def test_two_tenants_each_with_its_own_people_and_messages(fleet: Path):
    rules = load_rules(fleet)
    midori, sakura = rules.tenants
    assert (midori.id, midori.name, sakura.id, sakura.name) == ("midori", "みどり野市役所", "sakura", "さくら町役場")
    assert midori.rules.tenant == "midori" and midori.rules.tenants == ()
    assert midori.rules.policy.organisation == "みどり野市役所"
    assert "内線 1234" in midori.rules.policy.messages.contact and "内線 5678" in sakura.rules.policy.messages.contact
    # the same user name is two people; each tenant holds only its own approvals
    assert {a.application_id for a in midori.rules.approvals} == {"AI-MIDORI-0001"}
    assert {a.application_id for a in sakura.rules.approvals} == {"AI-SAKURA-0001"}
    assert midori.rules.users["tanaka"].department != sakura.rules.users["tanaka"].department
    # the catalog, shadow list, identity source, limits and zone are the fleet's
    assert midori.rules.services == rules.services and midori.rules.shadow_hosts == rules.shadow_hosts
    assert midori.rules.proxyauth == rules.proxyauth and midori.rules.policy.limits == rules.policy.limits
    # a tenant's message tables are written over the fleet's (what a tenant leaves out stays the fleet's)
    assert midori.rules.policy.messages.reasons["not_approved"].startswith("みどり野市役所では")
    assert midori.rules.policy.messages.reasons["confidential_data"] == rules.policy.messages.reasons["confidential_data"]


def _tenants(fleet: Path, text: str) -> Path:
    (fleet / "tenants.yaml").write_text(text, encoding="utf-8")
    return fleet


TENANT = "  - id: {id}\n    name: 団体{id}\n    networks: [{net}]\n    rules: tenants/{dir}\n"


@pytest.mark.parametrize("body,file,entry,words", [
    (TENANT.format(id="midori", net="10.1.0.0/16", dir="midori") + TENANT.format(id="sakura", net="10.1.2.0/24", dir="sakura"),
     "tenants.yaml", "tenants[1] (sakura).networks[0]", "overlaps 10.1.0.0/16"),
    (TENANT.format(id="midori", net="fd00:1::/48", dir="midori") + TENANT.format(id="sakura", net="fd00:1:0:5::/64", dir="sakura"),
     "tenants.yaml", "tenants[1] (sakura).networks[0]", "overlaps"),
    (TENANT.format(id="midori", net="10.1.0.0/16", dir="nowhere"),
     "tenants.yaml", "tenants[0] (midori).rules", "not found"),
    (TENANT.format(id="midori", net="10.1.0.0/16", dir="midori") + TENANT.format(id="midori", net="10.2.0.0/16", dir="sakura"),
     "tenants.yaml", "tenants[1] (midori).id", "duplicate"),
    (TENANT.format(id="midori", net="10.1.0.0/16", dir="midori") + TENANT.format(id="sakura", net="10.2.0.0/16", dir="midori"),
     "tenants.yaml", "tenants[1] (sakura).rules", "also used"),
    (TENANT.format(id="midori", net="10.1.0.0/16", dir="../../elsewhere"),
     "tenants.yaml", "tenants[0] (midori).rules", "is outside"),
    (TENANT.format(id="midori", net="10.1.0.999/16", dir="midori"),
     "tenants.yaml", "tenants[0] (midori).networks", "invalid network"),
    ("  - id: midori\n    name: x\n    rules: tenants/midori\n",
     "tenants.yaml", "tenants[0] (midori)", "networks or realms"),
    ("  - id: midori\n    name: x\n    realms: [a]\n    rules: tenants/midori\n"
     "  - id: sakura\n    name: y\n    realms: [a]\n    rules: tenants/sakura\n",
     "tenants.yaml", "tenants[1] (sakura).realms", "also belongs"),
    ("  - id: midori\n    name: x\n    realms: [a]\n    rules: tenants/midori\n    registry: reg.sqlite\n",
     "tenants.yaml", "tenants[0] (midori).registry", "absolute"),
    ("  - id: midori\n    name: x\n    realms: [a]\n    rules: tenants/midori\n    colour: green\n",
     "tenants.yaml", "tenants[0] (midori).colour", "unknown key"),
])
def test_invalid_tenants_yaml_names_file_and_entry(fleet, body, file, entry, words):
    (fleet.parent / "elsewhere").mkdir(exist_ok=True)  # a directory that exists, outside the fleet's
    found = errors_of(_tenants(fleet, "tenants:\n" + body))
    assert any(f == file and e == entry and words in m for f, e, m in found), found


@pytest.mark.parametrize("name,text,file,entry,words", [
    ("approvals.yaml", "approvals:\n  - application_id: X-1\n    user: nobody\n    service: openai-api\n"
     "    purposes: [文書作成支援]\n    approver: a\n    approved_on: 2026-04-01\n    expires_on: 2027-03-31\n",
     "tenants/sakura/approvals.yaml", "approvals[0] (X-1).user", "unknown user"),
    ("policy.yaml", "organisation: x\nidentity:\n  proxyauth: \"@x.htpasswd\"\nmessages:\n  contact: c\n  how_to_apply: h\n",
     "tenants/sakura/policy.yaml", "identity", "fleet-wide"),
    ("policy.yaml", "organisation: x\ntimezone: UTC\nmessages:\n  contact: c\n  how_to_apply: h\n",
     "tenants/sakura/policy.yaml", "timezone", "one clock"),
    ("policy.yaml", "organisation: x\nmessages:\n  contact: c\n  how_to_apply: h\n  reasons:\n    no_such: x\n",
     "tenants/sakura/policy.yaml", "messages.reasons.no_such", "unknown reason"),
    ("users.yaml", "users:\n  - name: [\n", "tenants/sakura/users.yaml", None, "invalid YAML"),
    ("users.yaml", "", "tenants/sakura/users.yaml", None, "empty"),
])
def test_invalid_tenant_directory_names_file_and_entry(fleet, name, text, file, entry, words):
    (fleet / "tenants" / "sakura" / name).write_text(text, encoding="utf-8")
    found = errors_of(fleet)
    assert any(f == file and (entry is None or e == entry) and words in m for f, e, m in found), found


def test_every_error_of_every_tenant_at_once(fleet):
    (fleet / "tenants" / "midori" / "users.yaml").write_text("users: 3\n", encoding="utf-8")
    (fleet / "tenants" / "sakura" / "policy.yaml").write_text("organisation: x\n", encoding="utf-8")
    files = {f for f, _, _ in errors_of(fleet)}
    assert {"tenants/midori/users.yaml", "tenants/sakura/policy.yaml"} <= files


def test_missing_tenant_file_is_named(fleet):
    (fleet / "tenants" / "midori" / "approvals.yaml").unlink()
    assert any(f == "tenants/midori/approvals.yaml" and "missing" in m for f, _, m in errors_of(fleet))
