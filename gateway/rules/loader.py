"""Load and validate a rules directory into one immutable ``RuleSet``.

Every error is a ``RulesError`` that names the file and the entry, e.g.
``services.yaml: services[2] (id=openai-api).hosts[0]: invalid host 'x y'``.
Loading is all-or-nothing: a caller keeps its old ``RuleSet`` when this raises.
"""

from __future__ import annotations

import dataclasses
import ipaddress
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from gateway import clock
from gateway.model import Approval, Endpoint, Reason, Service, ServiceKind, User
from gateway.rules import DEFAULT_RULES_DIR, schema, tenants
from gateway.rules.baseline import KNOWN_AI_HOSTS
from gateway.rules.errors import RulesError, RulesErrors, all_errors
from gateway.rules.globs import compile_path_glob
from gateway.rules.ruleset import RuleSet, split_host_entry

M = TypeVar("M", bound=BaseModel)

# A rules set is complete or rejected: each of these present, non-empty, ending with a line break
# (a file cut off mid-copy usually does not), so a damaged deploy never switches a part off.
REQUIRED_FILES = ("services.yaml", "users.yaml", "approvals.yaml", "policy.yaml", "detectors.yaml", "shadow_ai.yaml")
OPTIONAL_FILES = ("approvers.yaml",)


class _Loader(yaml.SafeLoader):
    """Safe loader that leaves dates as strings, so the schema parses them and names the entry."""


_Loader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RulesError(path.name, None, f"file not found in {path.parent}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise RulesError(path.name, None, f"cannot read: {e}") from None
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else None
        problem = getattr(e, "problem", None) or str(e)
        raise RulesError(path.name, where, f"invalid YAML: {problem}") from None


def _check_complete(rules_dir: Path, required: tuple[str, ...] = REQUIRED_FILES) -> None:
    """Every required file is there, non-empty and whole (a truncated copy is rejected, not half-loaded)."""
    for name in required:
        path = rules_dir / name
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise RulesError(name, None, f"required file missing in {rules_dir}") from None
        except OSError as e:
            raise RulesError(name, None, f"cannot read: {e}") from None
        body = [ln for ln in data.splitlines() if ln.strip() and not ln.lstrip().startswith(b"#")]
        if not body:
            raise RulesError(name, None, "file is empty (a rules set must be complete)")
        if not data.endswith(b"\n"):
            raise RulesError(name, None, "file does not end with a line break: truncated? (copy the file again)")


def _entry_name(data: Any, loc: tuple[int | str, ...]) -> str:
    """Render a pydantic error location, naming list entries by their id/name where they have one."""
    parts: list[str] = []
    node = data
    for key in loc:
        if isinstance(key, int):
            label = f"[{key}]"
            try:
                node = node[key]
                ident = next((node[k] for k in ("id", "name", "application_id", "host") if k in node), None)
                if ident is not None:
                    label += f" ({ident})"
            except (IndexError, KeyError, TypeError):
                node = None
            parts.append(label)
        else:
            parts.append(("." if parts else "") + str(key))
            try:
                node = node[key] if isinstance(node, dict) else None
            except (KeyError, TypeError):
                node = None
    return "".join(parts) or "(top level)"


def validate_file(path: Path, model: type[M], *, data: Any = None) -> M:
    if data is None:
        data = read_yaml(path)
    if data is None:
        data = {}
    try:
        return model.model_validate(data)
    except ValidationError as e:
        errors = []
        for err in e.errors():
            loc = tuple(x for x in err["loc"] if not (isinstance(x, str) and x.startswith(("function-", "literal["))))
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                msg = f"unknown key {loc[-1]!r}" if loc else msg
            errors.append(RulesError(path.name, _entry_name(data, loc), msg))
        raise RulesErrors(errors) from None


def _services(f: schema.ServicesFile) -> tuple[Service, ...]:
    return tuple(
        Service(
            id=s.id,
            name=s.name,
            vendor=s.vendor,
            kind=ServiceKind(s.kind),
            data_limit=s.data_limit,
            manager=s.manager,
            business_scopes=tuple(s.business_scopes),
            hosts=tuple(s.hosts),
            endpoints=tuple(Endpoint(e.path, e.extractor, frozenset(e.methods), e.block, e.reply) for e in s.endpoints)
            + (Endpoint("/**", s.default_extractor, frozenset({"POST", "PUT", "PATCH"})),),
            error_style=s.error_style,
            tenant_headers=tuple(s.tenant_headers.items()),
        )
        for s in f.services
    )


def _check_detector_services(rules_dir: Path, service_ids: set[str]) -> Iterator[RulesError]:
    """Per-service overrides in detectors.yaml must name a service of services.yaml (a typo would
    silently leave the defaults in force)."""
    path = rules_dir / "detectors.yaml"
    if not path.exists():
        return
    data = read_yaml(path)
    overrides = data.get("services") if isinstance(data, dict) else None
    if not isinstance(overrides, dict):
        return  # the scanner's own schema reports a malformed section
    for key in overrides:
        if key not in service_ids:
            yield RulesError("detectors.yaml", f"services.{key}",
                             f"unknown service id {key!r} (not in services.yaml: {sorted(service_ids)})")


# Each cross-file rule below is one named check: it yields a RulesError naming file and entry for every
# offending entry (aigw check-rules lists them all).
def _check_approvals(approvals_f: schema.ApprovalsFile, users_f: schema.UsersFile,
                     services: tuple[Service, ...]) -> Iterator[RulesError]:
    """An approval names a known service, a known user or a group / 所属 someone has, and purposes
    inside that service's business scopes (業務の範囲)."""
    by_id = {s.id: s for s in services}
    user_names = {u.name for u in users_f.users}
    groups = {g for u in users_f.users for g in u.groups} | {u.department for u in users_f.users}
    for i, a in enumerate(approvals_f.approvals):
        entry = f"approvals[{i}] ({a.application_id})"
        if a.service not in by_id:
            yield RulesError("approvals.yaml", entry + ".service", f"unknown service {a.service!r}")
            continue
        if a.user is not None and a.user not in user_names:
            yield RulesError("approvals.yaml", entry + ".user", f"unknown user {a.user!r}")
        if a.group is not None and a.group not in groups:
            yield RulesError("approvals.yaml", entry + ".group", f"no user has group or 所属 {a.group!r}")
        scopes = by_id[a.service].business_scopes
        if outside := [p for p in a.purposes if p not in scopes]:
            yield RulesError("approvals.yaml", entry + ".purposes",
                             f"{outside} outside the business scopes (業務の範囲) of {a.service!r}: {list(scopes)}")


def _check_reasons(policy_f: schema.PolicyFile) -> Iterator[RulesError]:
    """A message is written for a reason code that exists."""
    for where, table in (("reasons", policy_f.messages.reasons), ("rules", policy_f.messages.rules)):
        for key in table:
            if key not in Reason.__members__.values():
                yield RulesError("policy.yaml", f"messages.{where}.{key}", "unknown reason code")


def _check_warn_services(policy_f: schema.PolicyFile, service_ids: set[str]) -> Iterator[RulesError]:
    """Coaching per service (scan_warn_by_service, gateway/caution.py) names catalog services."""
    for sid in policy_f.scan_warn_by_service:
        if sid not in service_ids:
            yield RulesError("policy.yaml", f"scan_warn_by_service.{sid}", "unknown service id")


def _check_console(policy_f: schema.PolicyFile, service_ids: set[str]) -> Iterator[RulesError]:
    """console.service_managers names catalog services."""
    for sid in policy_f.console.service_managers:
        if sid not in service_ids:
            yield RulesError("policy.yaml", f"console.service_managers.{sid}", f"unknown service {sid!r}")


def _check_approvers(approvers_f: schema.ApproversFile, service_ids: set[str]) -> Iterator[RulesError]:
    """An approver is entitled for services of the catalog (or '*')."""
    for i, a in enumerate(approvers_f.approvers):
        if unknown := [sid for sid in a.services if sid != "*" and sid not in service_ids]:
            yield RulesError("approvers.yaml", f"approvers[{i}] ({a.name}).services", f"unknown service(s) {unknown}")



def _baseline(shadow: dict[str, str], catalog_hosts: set[str]) -> dict[str, str]:
    """Known AI domains compiled into aigw that these rules neither catalog nor list: refused as shadow AI,
    never tunnelled (a shortened services.yaml or shadow_ai.yaml cannot open them)."""
    catalog = {h.removeprefix("*.").lower() for h in catalog_hosts}

    def related(host: str) -> bool:  # the same domain, a parent or a subdomain of a catalog host
        return any(c == host or c.endswith("." + host) or host.endswith("." + c) for c in catalog)

    return {h: n for h, n in KNOWN_AI_HOSTS.items() if h not in shadow and not related(h)}


def load_rules(rules_dir: Path | str | None = None) -> RuleSet:
    """The rules of ``rules_dir`` (the scanner is built beside them: ``gateway.runtime.load_runtime``)."""
    rules_dir = Path(rules_dir or DEFAULT_RULES_DIR).resolve()
    if not rules_dir.is_dir():
        raise RulesError(str(rules_dir), None, "rules directory not found")
    _check_complete(rules_dir)

    errors: list[RulesError] = []

    def each_file(name: str, model: type[M], optional: bool = False) -> M | None:
        path = rules_dir / name
        if optional and not path.exists():
            return model()
        try:
            return validate_file(path, model)
        except RulesError as e:
            errors.extend(all_errors(e))
            return None

    services_f = each_file("services.yaml", schema.ServicesFile)
    users_f = each_file("users.yaml", schema.UsersFile)
    approvals_f = each_file("approvals.yaml", schema.ApprovalsFile)
    policy_f = each_file("policy.yaml", schema.PolicyFile)
    approvers_f = each_file("approvers.yaml", schema.ApproversFile, optional=True)
    shadow_f = each_file("shadow_ai.yaml", schema.ShadowAIFile, optional=True)
    if errors:  # every file's errors at once; the cross-file checks need every file
        raise RulesErrors(errors)
    assert services_f and users_f and approvals_f and policy_f and approvers_f and shadow_f

    services = _services(services_f)
    service_ids = {s.id for s in services}
    errors += [*_check_approvals(approvals_f, users_f, services), *_check_reasons(policy_f),
               *_check_warn_services(policy_f, service_ids),
               *_check_detector_services(rules_dir, service_ids), *_check_approvers(approvers_f, service_ids),
               *_check_console(policy_f, service_ids)]
    if errors:
        raise RulesErrors(errors)
    catalog_hosts = {split_host_entry(h)[0] for s in services for h in s.hosts}
    shadow = {e.host: e.name for e in shadow_f.hosts if e.host not in catalog_hosts}
    shadow.update(_baseline(shadow, catalog_hosts))

    proxyauth = policy_f.identity.proxyauth
    if proxyauth and proxyauth.startswith("@") and not Path(proxyauth[1:]).is_absolute():
        htpasswd = rules_dir / proxyauth[1:]
        if not htpasswd.is_file():
            raise RulesError("policy.yaml", "identity.proxyauth", f"htpasswd file {htpasswd.name!r} not found")
        proxyauth = "@" + str(htpasswd)

    fleet = RuleSet(
        directory=rules_dir,
        services=services,
        policy=policy_f,
        proxyauth=proxyauth,
        trusted_proxies=tuple(ipaddress.ip_network(n, strict=False) for n in policy_f.identity.trusted_proxies),
        shadow_hosts=shadow,
        path_patterns={e.path: compile_path_glob(e.path) for s in services for e in s.endpoints},
        loaded_at=clock.utcnow(),
        **build_people(users_f, approvals_f, approvers_f),
    )
    path = rules_dir / tenants.TENANTS_FILE  # many 団体 on one fleet (optional)
    if not path.exists():
        return fleet
    return dataclasses.replace(fleet, tenants=tenants.load_tenants(fleet, validate_file(path, tenants.TenantsFile),
                                                                   _tenant_rules))


def _tenant_rules(fleet: RuleSet, spec: tenants.TenantSpec, directory: Path, rel: str) -> RuleSet:
    """The tenant's own people and policy over the fleet's catalog. Raises RulesErrors (files prefixed)."""
    try:
        _check_complete(directory, tenants.TENANT_FILES)
    except RulesError as e:
        raise RulesError(f"{rel}/{e.file}", e.entry, e.message) from None
    errors: list[RulesError] = []

    def each(name: str, model: type[M], optional: bool = False) -> M | None:
        path = directory / name
        if optional and not path.exists():
            return model()
        try:
            return validate_file(path, model)
        except RulesError as e:
            errors.extend(tenants.prefixed(rel, all_errors(e)))
            return None

    users_f = each("users.yaml", schema.UsersFile)
    approvals_f = each("approvals.yaml", schema.ApprovalsFile)
    policy_f = each("policy.yaml", schema.PolicyFile)
    approvers_f = each("approvers.yaml", schema.ApproversFile, optional=True)
    if errors:
        raise RulesErrors(errors)
    assert users_f and approvals_f and policy_f and approvers_f
    service_ids = {s.id for s in fleet.services}
    cross = [*_check_approvals(approvals_f, users_f, fleet.services), *_check_reasons(policy_f),
             *_check_warn_services(policy_f, service_ids), *_check_approvers(approvers_f, service_ids),
             *_check_console(policy_f, service_ids), *tenants.check_fleet_wide(policy_f, fleet)]
    if cross:
        raise RulesErrors(tenants.prefixed(rel, cross))
    # identity source, limits and time zone are the fleet's (one proxyauth, one clock per gateway process)
    # and a tenant's message tables are written over the fleet's (a tenant writes only what differs)
    fm, tm = fleet.policy.messages, policy_f.messages
    messages = tm.model_copy(update={k: {**getattr(fm, k), **getattr(tm, k)}
                                     for k in ("reasons", "entity_names", "next_steps", "rules")})
    policy = policy_f.model_copy(update={"identity": fleet.policy.identity, "limits": fleet.policy.limits,
                                         "timezone": fleet.policy.timezone, "messages": messages})
    built = build_people(users_f, approvals_f, approvers_f)
    return dataclasses.replace(fleet, policy=policy, tenant=spec.id, tenants=(), registry=spec.registry,
                               **built)


def build_people(users_f: schema.UsersFile, approvals_f: schema.ApprovalsFile,
                 approvers_f: schema.ApproversFile) -> dict[str, Any]:
    """The RuleSet fields of one organisation's people: users, client-IP map, approvals, approvers."""
    return dict(
        users={u.name: User(u.name, u.display_name or u.name, u.department, tuple(u.groups)) for u in users_f.users},
        ip_map=tuple((ipaddress.ip_network(m.cidr, strict=False), m.user) for m in users_f.client_ip_map),
        approvals=tuple(
            Approval(
                application_id=a.application_id,
                service=a.service,
                purposes=tuple(a.purposes),
                approver=a.approver,
                approved_on=a.approved_on,
                expires_on=a.expires_on,
                user=a.user,
                group=a.group,
            )
            for a in approvals_f.approvals
        ),
        approvers={a.name: a for a in approvers_f.approvers},
    )
