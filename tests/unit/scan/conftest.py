"""One shared fixture for the scanner's table tests: the default scanner on the shipped rules."""

from __future__ import annotations

import pytest

from gateway.scan.api import load_scanner
from tests.unit.scan._helpers import RULES


@pytest.fixture(scope="module")
def scanner():
    return load_scanner(RULES)
