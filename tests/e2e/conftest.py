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
