from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from gateway.registry.store import Store, open_store
from gateway.registry.workflow import Catalog, load_catalog
from gateway.rules.loader import DEFAULT_RULES_DIR
from tests.unit.registry.pgserver import SKIP_REASON, PgServer, find_bindir

_db_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    if find_bindir() is None:
        pytest.skip(SKIP_REASON)
    server = PgServer().init().start()
    yield server
    server.cleanup()


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog(DEFAULT_RULES_DIR)


def fresh_pg_dsn(server: PgServer) -> str:
    """A new database per test, so tests do not see each other's applications."""
    import psycopg

    name = f"t{next(_db_counter)}_{id(server) % 10000}"
    with psycopg.connect(server.dsn, autocommit=True) as c:
        c.execute(f"CREATE DATABASE {name}")
    return server.dsn.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def dsn(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "registry.sqlite3")
    return fresh_pg_dsn(request.getfixturevalue("pg_server"))


@pytest.fixture
def store(dsn: str) -> Iterator[Store]:
    s = open_store(dsn)
    yield s
    s.close()
