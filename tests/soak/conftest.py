"""Long reliability runs (``make soak``): skipped unless AIGW_SOAK=1. Fixtures of tests/e2e are reused."""

import os

import pytest

from tests.e2e.conftest import e2e_dir, pki, test_rules, upstream  # noqa: F401  (shared fixtures)


def pytest_collection_modifyitems(config, items):
    if os.environ.get("AIGW_SOAK") == "1":
        return
    skip = pytest.mark.skip(reason="soak run: make soak (AIGW_SOAK=1)")
    for item in items:
        if "tests/soak" in str(item.fspath):
            item.add_marker(skip)
