"""Every file under deploy/ is validated by the tool that will read it, where that tool is on the
machine (systemd-analyze, logrotate, haproxy, squid), by the bundled Kubernetes JSON schemas
(kubernetes-validate), and otherwise by parsing plus cross-checks (names, ports, paths, and that
the command lines parse with aigw's own CLI). A negative control per validator proves it rejects."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from gateway.cli import build_parser
from gateway.rules.loader import load_rules

REPO = Path(__file__).resolve().parents[3]
DEPLOY = REPO / "deploy"
AIGW = Path(sys.executable).with_name("aigw")
K8S_VERSION = "1.30"


def tool(name: str) -> str:
    path = shutil.which(name) or next((p for p in (f"/usr/sbin/{name}", f"/usr/bin/{name}") if Path(p).exists()), None)
    if path is None:
        pytest.skip(f"{name} is not installed (scripts/setup-system.sh installs haproxy and squid)")
    return path


def test_every_deploy_file_is_covered() -> None:
    covered = {
        "systemd/aigw.service", "systemd/aigw@.service", "logrotate/aigw", "haproxy/haproxy.cfg", "squid/squid.conf",
        "container/Containerfile", "compose/compose.yaml", "compose/rules/README.md", "logging/fluent-bit.conf",
        "logging/parsers.conf", "logging/vector.toml",
    } | {f"kubernetes/{p.name}" for p in (DEPLOY / "kubernetes").glob("*.yaml")}
    present = {str(p.relative_to(DEPLOY)) for p in DEPLOY.rglob("*") if p.is_file()}
    assert present == covered, f"validate new deploy files here: {present ^ covered}"


# ---------------------------------------------------------------- systemd
def _unit_for_verify(tmp_path: Path, name: str, text: str | None = None) -> Path:
    """The unit with the real aigw path, so verify can check the executables exist."""
    text = text or (DEPLOY / "systemd" / name).read_text(encoding="utf-8")
    out = tmp_path / name.replace("@.service", "@8081.service")
    if "@" in name:
        (tmp_path / name).write_text(text.replace("/opt/aigw/.venv/bin/aigw", str(AIGW)), encoding="utf-8")
    out.write_text(text.replace("/opt/aigw/.venv/bin/aigw", str(AIGW)), encoding="utf-8")
    return out


def _verify(unit: Path) -> subprocess.CompletedProcess[str]:
    exe = tool("systemd-analyze")
    return subprocess.run([exe, "verify", "--man=no", str(unit)], capture_output=True, text=True, timeout=60,
                          cwd=unit.parent)


@pytest.mark.parametrize("name", ["aigw.service", "aigw@.service"])
def test_systemd_units_verify(tmp_path: Path, name: str) -> None:
    r = _verify(_unit_for_verify(tmp_path, name))
    assert r.returncode == 0 and not r.stderr.strip(), r.stderr
    text = (DEPLOY / "systemd" / name).read_text(encoding="utf-8")
    for needle in ("User=aigw", "NoNewPrivileges=yes", "ProtectSystem=strict", "CapabilityBoundingSet=\n",
                   "StateDirectory=aigw", "ConfigurationDirectory=aigw", "LogsDirectory=aigw",
                   "ExecReload=/bin/kill -HUP $MAINPID", "aigw_health_listen=127.0.0.1:"):
        assert needle in text, needle


def test_systemd_verify_rejects_a_broken_unit(tmp_path: Path) -> None:
    text = (DEPLOY / "systemd" / "aigw.service").read_text(encoding="utf-8").replace("Type=simple", "Type=bogus")
    r = _verify(_unit_for_verify(tmp_path, "aigw.service", text))
    assert r.returncode != 0 or "bogus" in r.stderr.lower()


def test_systemd_command_line_parses() -> None:
    text = (DEPLOY / "systemd" / "aigw.service").read_text(encoding="utf-8")
    cmd = re.search(r"^ExecStart=(.*?)(?<!\\)$", text.replace("\\\n", " "), re.M).group(1)
    argv = shlex.split(cmd)
    assert argv[0] == "/opt/aigw/.venv/bin/aigw"
    args = build_parser().parse_args(argv[1:])
    assert args.command == "run" and str(args.rules) == "/etc/aigw/rules"
    assert "confdir=/var/lib/aigw" in args.set and "aigw_audit_log=/var/log/aigw/audit.jsonl" in args.set


# ---------------------------------------------------------------- logrotate
def _logrotate(tmp_path: Path, text: str) -> subprocess.CompletedProcess[str]:
    exe = tool("logrotate")
    logs = tmp_path / "log"
    logs.mkdir()
    (logs / "audit.jsonl").write_text('{"event":"request_decided"}\n')
    conf = tmp_path / "aigw.logrotate"
    conf.write_text(text.replace("/var/log/aigw", str(logs)).replace("create 0640 aigw aigw", "create 0640"))
    conf.chmod(0o644)
    return subprocess.run([exe, "-d", "-s", str(tmp_path / "state"), str(conf)], capture_output=True, text=True,
                          timeout=30)


def test_logrotate_config(tmp_path: Path) -> None:
    text = (DEPLOY / "logrotate" / "aigw").read_text(encoding="utf-8")
    r = _logrotate(tmp_path, text)
    out = r.stdout + r.stderr
    assert r.returncode == 0 and "error" not in out.lower(), out
    assert "rotating pattern" in out and "audit.jsonl" in out
    directives = "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith("#"))
    assert "copytruncate" not in directives and "HUP" in directives  # aigw reopens its file on SIGHUP


def test_logrotate_rejects_a_broken_config(tmp_path: Path) -> None:
    r = _logrotate(tmp_path, (DEPLOY / "logrotate" / "aigw").read_text(encoding="utf-8").replace("daily", "dailyy"))
    assert r.returncode != 0 or "error" in (r.stdout + r.stderr).lower()


# ---------------------------------------------------------------- haproxy, squid
def test_haproxy_config() -> None:
    r = subprocess.run([tool("haproxy"), "-c", "-f", str(DEPLOY / "haproxy" / "haproxy.cfg")], capture_output=True,
                       text=True, timeout=30)
    assert r.returncode == 0, r.stdout + r.stderr
    text = (DEPLOY / "haproxy" / "haproxy.cfg").read_text(encoding="utf-8")
    # HTTP mode with the client's address forwarded (aigw_trusted_forwarders; tests/e2e/test_forwarded_e2e.py)
    assert re.search(r"(?m)^\s+mode http$", text) and "option httpchk GET /readyz" in text
    for needle in ("option forwardfor", "http-request del-header X-Forwarded-For", "http-reuse never", "timeout tunnel"):
        assert needle in text, needle
    assert len(re.findall(r"(?m)^\s+server aigw\d .* check port \d+$", text)) >= 2
    # a connection a dead worker refuses is retried on another at once (no 1 s turn-around on the dead one, which the
    # health check could cut with shutdown-sessions: the fleet failover test's 502, round 28)
    assert re.search(r"(?m)^\s+option redispatch 1\b", text)


def test_haproxy_rejects_a_broken_config(tmp_path: Path) -> None:
    bad = tmp_path / "bad.cfg"
    bad.write_text((DEPLOY / "haproxy" / "haproxy.cfg").read_text(encoding="utf-8").replace("balance leastconn",
                                                                                            "balance nonsense"))
    r = subprocess.run([tool("haproxy"), "-c", "-f", str(bad)], capture_output=True, text=True, timeout=30)
    assert r.returncode != 0


def test_squid_config() -> None:
    r = subprocess.run([tool("squid"), "-k", "parse", "-f", str(DEPLOY / "squid" / "squid.conf")],
                       capture_output=True, text=True, timeout=30)
    out = r.stdout + r.stderr
    assert r.returncode == 0 and "FATAL" not in out and "ERROR" not in out, out
    text = (DEPLOY / "squid" / "squid.conf").read_text(encoding="utf-8")
    assert re.search(r"(?m)^cache_peer \S+ parent \d+ 0 .*login=\*:\S{16,}", text)
    assert re.search(r"(?m)^never_direct allow ai_hosts\b", text)


def test_squid_rejects_a_broken_config(tmp_path: Path) -> None:
    bad = tmp_path / "squid.conf"
    bad.write_text((DEPLOY / "squid" / "squid.conf").read_text(encoding="utf-8") + "\nnot_a_directive 1\n")
    r = subprocess.run([tool("squid"), "-k", "parse", "-f", str(bad)], capture_output=True, text=True, timeout=30)
    assert r.returncode != 0 or "not_a_directive" in (r.stdout + r.stderr)


# ---------------------------------------------------------------- Kubernetes
def k8s_docs() -> list[tuple[str, dict]]:
    out = []
    for p in sorted((DEPLOY / "kubernetes").glob("*.yaml")):
        if p.name == "kustomization.yaml":
            continue
        for doc in yaml.safe_load_all(p.read_text(encoding="utf-8")):
            out.append((p.name, doc))
    return out


def _generated(kustomization: dict, tmp_path: Path) -> list[dict]:
    """What kustomize's configMapGenerator/secretGenerator produce, from the repo's rules/ and a CA."""
    import base64

    from tests.unit.test_doctor import make_ca

    make_ca(tmp_path / "ca", days_left=3650)
    sources = {"rules": REPO / "rules", "ca": tmp_path / "ca"}
    docs = []
    for kind, key in (("ConfigMap", "configMapGenerator"), ("Secret", "secretGenerator")):
        for gen in kustomization[key]:
            data = {}
            for f in gen["files"]:
                folder, _, name = f.partition("/")
                content = (sources[folder] / name).read_text(encoding="utf-8")
                data[name] = base64.b64encode(content.encode()).decode() if kind == "Secret" else content
            doc = {"apiVersion": "v1", "kind": kind, "metadata": {"name": gen["name"],
                                                                   "namespace": kustomization["namespace"]},
                   "data": data}
            if kind == "Secret":
                doc["type"] = gen.get("type", "Opaque")
            docs.append(doc)
    return docs


def test_kubernetes_schemas_and_cross_references(tmp_path: Path) -> None:
    import kubernetes_validate

    kust = yaml.safe_load((DEPLOY / "kubernetes" / "kustomization.yaml").read_text(encoding="utf-8"))
    docs = k8s_docs()
    assert sorted(kust["resources"]) == sorted({name for name, _ in docs})
    generated = _generated(kust, tmp_path)
    for name, doc in docs + [("generated", d) for d in generated]:
        kubernetes_validate.validate(doc, K8S_VERSION, strict=True)  # raises on any schema error
    kinds = {d["kind"]: d for _, d in docs}
    assert {"Namespace", "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget"} <= set(kinds)

    dep = kinds["Deployment"]
    pod = dep["spec"]["template"]
    labels = pod["metadata"]["labels"]
    assert dep["spec"]["selector"]["matchLabels"].items() <= labels.items()
    assert kinds["Service"]["spec"]["selector"].items() <= labels.items()
    assert kinds["PodDisruptionBudget"]["spec"]["selector"]["matchLabels"].items() <= labels.items()
    hpa = kinds["HorizontalPodAutoscaler"]["spec"]["scaleTargetRef"]
    assert (hpa["kind"], hpa["name"]) == ("Deployment", dep["metadata"]["name"])
    assert kinds["HorizontalPodAutoscaler"]["spec"]["minReplicas"] > kinds["PodDisruptionBudget"]["spec"]["minAvailable"]

    c = pod["spec"]["containers"][0]
    ports = {p["name"]: p["containerPort"] for p in c["ports"]}
    assert c["readinessProbe"]["httpGet"]["path"] == "/readyz" and c["livenessProbe"]["httpGet"]["path"] == "/livez"
    args = build_parser().parse_args(["run", *c["args"]])
    assert args.listen_port == ports["proxy"]
    assert f"aigw_health_listen=0.0.0.0:{ports['health']}" in args.set
    sec = c["securityContext"]
    assert sec["readOnlyRootFilesystem"] and not sec["allowPrivilegeEscalation"] and sec["capabilities"]["drop"] == ["ALL"]
    assert pod["spec"]["securityContext"]["runAsNonRoot"] is True
    vols = {v["name"]: v for v in pod["spec"]["volumes"]}
    gen = {d["kind"]: d["metadata"]["name"] for d in generated}
    assert vols["rules"]["configMap"]["name"] == gen["ConfigMap"]
    assert vols["ca"]["secret"]["secretName"] == gen["Secret"]
    mounts = {m["mountPath"]: m["name"] for m in c["volumeMounts"]}
    assert mounts[str(args.rules)] == "rules"

    # the ConfigMap as mounted is a rules directory aigw accepts
    rules_dir = tmp_path / "mounted-rules"
    rules_dir.mkdir()
    for fname, content in next(d for d in generated if d["kind"] == "ConfigMap")["data"].items():
        (rules_dir / fname).write_text(content, encoding="utf-8")
    load_rules(rules_dir)


def test_kubernetes_validator_rejects() -> None:
    import kubernetes_validate

    dep = next(d for _, d in k8s_docs() if d["kind"] == "Deployment")
    dep["spec"]["template"]["spec"]["containers"][0]["readinessProbe"]["httpGet"]["prot"] = 1
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(dep, K8S_VERSION, strict=True)


# ---------------------------------------------------------------- container image, compose
INSTRUCTIONS = {"FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER",
                "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL"}


def parse_containerfile(text: str) -> list[tuple[str, str]]:
    joined = re.sub(r"\\\n", " ", text)
    out = []
    for line in joined.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, _, rest = line.partition(" ")
        out.append((word, rest.strip()))
    return out


def test_containerfile() -> None:
    steps = parse_containerfile((DEPLOY / "container" / "Containerfile").read_text(encoding="utf-8"))
    words = [w for w, _ in steps]
    assert set(words) <= INSTRUCTIONS, set(words) - INSTRUCTIONS
    assert words[0] == "FROM" and words.count("ENTRYPOINT") == 1 and words.count("CMD") == 1
    args = dict((w, a) for w, a in steps)
    assert args["USER"].split(":")[0] not in ("0", "root")
    for w, a in steps:
        if w == "COPY":
            for src in a.split()[:-1]:
                assert (REPO / src).exists(), src
    entry = json.loads(args["ENTRYPOINT"])
    cmd = json.loads(args["CMD"])
    assert entry[-1] == "run"
    parsed = build_parser().parse_args(["run", *cmd])
    assert parsed.listen_host == "0.0.0.0" and "aigw_health_listen=0.0.0.0:9090" in parsed.set
    hc = args["HEALTHCHECK"]
    assert "/readyz" in hc and "9090" in hc
    assert re.search(r"EXPOSE", " ".join(words)) and "3128" in args["EXPOSE"]


def test_containerfile_parser_rejects() -> None:
    steps = parse_containerfile("FORM python:3.12\nRUN true\n")
    assert not {w for w, _ in steps} <= INSTRUCTIONS


def test_compose_file() -> None:
    path = DEPLOY / "compose" / "compose.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert set(doc) <= {"name", "services", "volumes", "networks", "secrets", "configs"}
    aigw = doc["services"]["aigw"]
    ctx = (path.parent / aigw["build"]["context"]).resolve()
    assert ctx == REPO and (ctx / aigw["build"]["dockerfile"]).is_file()
    named = set(doc.get("volumes") or {})
    for svc in doc["services"].values():
        for v in svc.get("volumes", []):
            src = v.split(":")[0]
            if src.startswith("."):
                assert (path.parent / src).exists(), src
            else:
                assert src in named, src
        for p in svc.get("ports", []):
            assert re.fullmatch(r"(\d+\.\d+\.\d+\.\d+:)?\d+:\d+", p), p
        for dep in svc.get("depends_on", []):
            assert dep in doc["services"]
    assert aigw["healthcheck"]["test"][0] == "CMD" and "/readyz" in " ".join(aigw["healthcheck"]["test"])
    assert aigw["read_only"] is True and aigw["cap_drop"] == ["ALL"]


# ---------------------------------------------------------------- log shipping
def parse_fluent_bit(text: str) -> list[tuple[str, dict[str, str]]]:
    sections: list[tuple[str, dict[str, str]]] = []
    for line in text.splitlines():
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if m := re.fullmatch(r"\[([A-Z]+)\]", s):
            sections.append((m.group(1), {}))
            continue
        assert sections and line.startswith((" ", "\t")), f"stray line {line!r}"
        key, _, value = s.partition(" ")
        assert value.strip(), f"key without value: {line!r}"
        sections[-1][1][key.lower()] = value.strip()
    return sections


def test_fluent_bit() -> None:
    conf = parse_fluent_bit((DEPLOY / "logging" / "fluent-bit.conf").read_text(encoding="utf-8"))
    parsers = parse_fluent_bit((DEPLOY / "logging" / "parsers.conf").read_text(encoding="utf-8"))
    kinds = [k for k, _ in conf]
    assert set(kinds) <= {"SERVICE", "INPUT", "FILTER", "OUTPUT", "PARSER"} and kinds[0] == "SERVICE"
    parser_names = {p["name"] for k, p in parsers if k == "PARSER"}
    inputs = [s for k, s in conf if k == "INPUT"]
    assert inputs and inputs[0]["path"] == "/var/log/aigw/*.jsonl" and inputs[0]["parser"] in parser_names
    tags = {s["tag"] for s in inputs}
    outputs = [s for k, s in conf if k == "OUTPUT"]
    assert {o["name"] for o in outputs} == {"opensearch", "loki", "syslog"}
    for o in outputs:
        assert o["match"] in tags


def test_vector() -> None:
    doc = tomllib.loads((DEPLOY / "logging" / "vector.toml").read_text(encoding="utf-8"))
    ids = set(doc["sources"]) | set(doc["transforms"])
    for section in ("transforms", "sinks"):
        for name, comp in doc[section].items():
            assert comp["inputs"] and set(comp["inputs"]) <= ids, name
    assert doc["sources"]["aigw_audit"]["include"] == ["/var/log/aigw/*.jsonl"]
    assert {s["type"] for s in doc["sinks"].values()} == {"elasticsearch", "loki", "socket"}
