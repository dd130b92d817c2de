from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.certs import UPSTREAM_HOSTS, TestPKI, make_pki
from tests.support.gateway import GatewayProcess, make_test_rules
from tests.support.upstream import FakeUpstream

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="session")
def e2e_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("e2e")


@pytest.fixture(scope="module")
def module_dir(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh directory each time a module's fixtures are set up.

    Under ``--dist worksteal`` a worker may run part of a module, other modules, then stolen tests of the first one
    again: its module-scoped fixtures are torn down and set up a second time, and a fixed name under the session's
    directory (rules, an LDAP database, a gateway's audit file) would collide with the first setup's leftovers.
    """
    return tmp_path_factory.mktemp(request.module.__name__.rsplit(".", 1)[-1])


@pytest.fixture(scope="session")
def pki(e2e_dir: Path) -> TestPKI:
    return make_pki(e2e_dir / "pki")


@pytest.fixture(scope="session")
def upstream(pki: TestPKI) -> Iterator[FakeUpstream]:
    with FakeUpstream(pki.cert_pem, pki.key_pem) as up:
        yield up


@pytest.fixture(scope="session")
def test_rules(e2e_dir: Path) -> Path:
    return make_test_rules(e2e_dir / "rules")


@pytest.fixture(scope="session")
def gateway(e2e_dir: Path, test_rules: Path, upstream: FakeUpstream, pki: TestPKI) -> Iterator[GatewayProcess]:
    gw = GatewayProcess(e2e_dir, rules=test_rules, upstream_port=upstream.port, upstream_ca=pki.ca_pem,
                        hosts=UPSTREAM_HOSTS, name="gw-main").start()
    yield gw
    gw.stop()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """A failed e2e test reports where each running gateway's tasks and threads wait (SIGUSR1 dump): a request
    the gateway never answered shows the await it is stuck in."""
    outcome = yield
    report = outcome.get_result()
    if report.when == "call" and report.failed:
        for gw in list(GatewayProcess.running):
            try:
                report.sections.append((f"aigw tasks: {gw.audit_log.name}", gw.diagnostics()))
            except Exception as e:  # a report must never fail the run
                report.sections.append((f"aigw tasks: {gw.audit_log.name}", f"(no dump: {type(e).__name__})"))
