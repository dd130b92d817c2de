"""Many 団体 on one fleet: ``tenants.yaml`` in the rules directory (optional).

Absent: one organisation, exactly as before. Present: a list of tenants, each selected by the client's
network (``networks``, CIDRs) or authentication realm (``realms``: the part after ``@`` of a proxy-auth
user name, ``tanaka@midorino``), each with its own rules directory (``rules``) holding that tenant's
``users.yaml``, ``approvals.yaml``, ``policy.yaml`` (organisation name, messages, contacts, portal links)
and optionally ``approvers.yaml``. The service catalog, the shadow-AI list, the compiled-in baseline, the
detectors, the identity source (``identity.proxyauth``, ``trusted_proxies``), the limits and the time zone
stay fleet-wide (the fleet's own files). Each tenant's rules are a whole ``RuleSet`` (the fleet's catalog
with the tenant's people), so an approval of one tenant is never looked at for another's request.

Every error names the file (``tenants.yaml`` or ``<tenant dir>/users.yaml``) and the entry; the fleet's
rules and every tenant's are loaded together, all or nothing (a reload with one broken tenant keeps the
old complete set).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated

from pydantic import Field, StringConstraints, field_validator, model_validator

from gateway.rules import schema
from gateway.rules.errors import RulesError, RulesErrors, all_errors
from gateway.rules.ruleset import RuleSet, Tenant

TENANTS_FILE = "tenants.yaml"
TENANT_FILES = ("users.yaml", "approvals.yaml", "policy.yaml")  # required in each tenant directory
TenantRules = Callable[[RuleSet, "TenantSpec", Path, str], RuleSet]
Realm = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_.-]*$", max_length=64)]


class TenantSpec(schema.Strict):
    id: schema.Id = Field(description="stable slug; the audit lines' `tenant`")
    name: schema.Text = Field(description="団体名, e.g. みどり野市役所")
    networks: list[schema.Text] = Field(default=[], description="client networks (CIDR) of this 団体")
    realms: list[Realm] = Field(default=[], description="authentication realms: proxy-auth user 'name@realm'")
    rules: schema.Text = Field(description="this tenant's rules directory, relative to the fleet rules directory")
    registry: schema.Text | None = Field(default=None, description="this tenant's approval registry (SQLite path)")

    @field_validator("networks")
    @classmethod
    def _nets(cls, v: list[str]) -> list[str]:
        for n in v:
            try:
                ipaddress.ip_network(n, strict=False)
            except ValueError:
                raise ValueError(f"invalid network {n!r} (CIDR expected, e.g. 10.1.0.0/16)") from None
        return v

    @model_validator(mode="after")
    def _selectable(self) -> "TenantSpec":
        if not self.networks and not self.realms:
            raise ValueError("a tenant needs networks or realms (else no request can select it)")
        return self


class TenantsFile(schema.Strict):
    tenants: list[TenantSpec] = Field(min_length=1)


def prefixed(rel: str, errors: list[RulesError]) -> list[RulesError]:
    return [RulesError(f"{rel}/{e.file}", e.entry, e.message) for e in errors]


def _check_overlaps(f: TenantsFile) -> Iterator[RulesError]:
    """Tenant ids, realms and directories are unique; no two tenants' networks overlap (one client
    address must name one 団体)."""
    seen_ids: dict[str, int] = {}
    seen_realms: dict[str, str] = {}
    seen_dirs: dict[str, str] = {}
    nets: list[tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, str]] = []
    for i, t in enumerate(f.tenants):
        entry = f"tenants[{i}] ({t.id})"
        if t.id in seen_ids:
            yield RulesError(TENANTS_FILE, entry + ".id", f"duplicate tenant id (also tenants[{seen_ids[t.id]}])")
        seen_ids.setdefault(t.id, i)
        for r in t.realms:
            if r in seen_realms and seen_realms[r] != t.id:
                yield RulesError(TENANTS_FILE, entry + ".realms", f"realm {r!r} also belongs to tenant {seen_realms[r]!r}")
            seen_realms.setdefault(r, t.id)
        key = t.rules.rstrip("/")
        if key in seen_dirs:
            yield RulesError(TENANTS_FILE, entry + ".rules", f"directory {t.rules!r} also used by tenant {seen_dirs[key]!r}")
        seen_dirs.setdefault(key, t.id)
        for j, spec in enumerate(t.networks):
            net = ipaddress.ip_network(spec, strict=False)
            for other, owner in nets:
                if owner != t.id and net.version == other.version and net.overlaps(other):
                    yield RulesError(TENANTS_FILE, f"{entry}.networks[{j}]",
                                     f"{spec} overlaps {other} of tenant {owner!r} (a client address must name one 団体)")
            nets.append((net, t.id))


def check_fleet_wide(policy_f: schema.PolicyFile, fleet: RuleSet) -> Iterator[RulesError]:
    """What one gateway process has once cannot differ per tenant: say so instead of ignoring it."""
    if policy_f.identity.proxyauth or policy_f.identity.trusted_proxies:
        yield RulesError("policy.yaml", "identity", "the identity source (proxyauth, trusted_proxies) is fleet-wide: "
                                                    "set it in the fleet's policy.yaml")
    if "limits" in policy_f.model_fields_set:
        yield RulesError("policy.yaml", "limits", "limits are fleet-wide: set them in the fleet's policy.yaml")
    if policy_f.timezone != fleet.policy.timezone:
        yield RulesError("policy.yaml", "timezone",
                         f"{policy_f.timezone!r} differs from the fleet's {fleet.policy.timezone!r} (one clock per fleet)")


def load_tenants(fleet: RuleSet, f: TenantsFile, tenant_rules: TenantRules) -> tuple[Tenant, ...]:
    """The tenants of tenants.yaml (``f``), each with ``tenant_rules(fleet, spec, directory, rel)`` (the
    loader's reader of a tenant directory). Every error of tenants.yaml and of every tenant directory at once."""
    errors = list(_check_overlaps(f))
    tenants: list[Tenant] = []
    for i, spec in enumerate(f.tenants):
        directory = (fleet.directory / spec.rules).resolve()
        if not directory.is_dir():
            errors.append(RulesError(TENANTS_FILE, f"tenants[{i}] ({spec.id}).rules",
                                     f"directory {spec.rules!r} not found in {fleet.directory}"))
            continue
        if spec.registry and not Path(spec.registry).is_absolute():
            errors.append(RulesError(TENANTS_FILE, f"tenants[{i}] ({spec.id}).registry",
                                     "an absolute path outside the rules directory (its writes would reload the rules)"))
        elif spec.registry and Path(spec.registry).resolve().is_relative_to(fleet.directory):
            errors.append(RulesError(TENANTS_FILE, f"tenants[{i}] ({spec.id}).registry",
                                     "keep the registry outside the rules directory (its writes would reload the rules)"))
        if not directory.is_relative_to(fleet.directory):
            errors.append(RulesError(TENANTS_FILE, f"tenants[{i}] ({spec.id}).rules",
                                     f"{spec.rules!r} is outside {fleet.directory} (only its files are watched for"
                                     " reload and deployed as one set)"))
            continue
        if directory == fleet.directory:
            errors.append(RulesError(TENANTS_FILE, f"tenants[{i}] ({spec.id}).rules",
                                     "a tenant's rules must be a directory of its own, not the fleet's"))
            continue
        rel = spec.rules.rstrip("/")
        try:
            rules = tenant_rules(fleet, spec, directory, rel)
        except RulesError as e:
            errors.extend(all_errors(e))
            continue
        tenants.append(Tenant(id=spec.id, name=spec.name,
                              networks=tuple(ipaddress.ip_network(n, strict=False) for n in spec.networks),
                              realms=tuple(spec.realms), directory=directory, registry=spec.registry, rules=rules))
    if errors:
        raise RulesErrors(errors)
    return tuple(tenants)
