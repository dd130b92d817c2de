"""Hypothesis-fuzzed bodies and rules files: bad input only ever becomes a block reason (``BodyError``)
or a named rules error (``RulesError``) — never a crash, never a pass by accident."""

from __future__ import annotations

import asyncio
import gzip
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway import bounded
from gateway.decode import BodyError
from gateway.errors import RulesError
from gateway.extract import EXTRACTORS
from gateway.rules import DEFAULT_RULES_DIR
from gateway.rules.loader import REQUIRED_FILES, load_rules
from gateway.rules.schema import Limits
from gateway.unwrap import ReadBody

LIMITS = Limits(max_decoded_bytes=1 << 20, max_file_bytes=1 << 20)
ENCODINGS = ["", "identity", "gzip", "deflate", "br", "zstd", "gzip, gzip", "x-unknown"]
TYPES = ["application/json", "text/plain; charset=shift_jis", "multipart/form-data; boundary=x",
         "application/x-www-form-urlencoded", "application/octet-stream", ""]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=30)


def _extract(extractor: str, raw: bytes, encoding: str, ctype: str) -> ReadBody | None:
    try:
        return asyncio.run(bounded.extract(extractor, raw, encoding, ctype, LIMITS, None))
    except BodyError as e:
        assert e.reason.value  # a reason the client and the audit line get
        return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(extractor=st.sampled_from(sorted(EXTRACTORS)), raw=st.binary(max_size=2048),
       encoding=st.sampled_from(ENCODINGS), ctype=st.sampled_from(TYPES))
def test_random_bytes_are_read_or_refused_with_a_reason(extractor, raw, encoding, ctype) -> None:
    _extract(extractor, raw, encoding, ctype)


@settings(max_examples=100, deadline=None)
@given(extractor=st.sampled_from(sorted(EXTRACTORS)), doc=json_values, compress=st.booleans())
def test_random_json_is_read_or_refused_with_a_reason(extractor, doc, compress) -> None:
    raw = json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass")
    _extract(extractor, gzip.compress(raw) if compress else raw, "gzip" if compress else "", "application/json")


@pytest.fixture(scope="module")
def rules_copy(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("fuzz") / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, d)
    return d


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(REQUIRED_FILES), cut=st.floats(0, 1), junk=st.text(max_size=40))
def test_damaged_rules_files_are_rejected_by_name_or_loaded(rules_copy: Path, name: str, cut: float,
                                                            junk: str) -> None:
    path = rules_copy / name
    original = (DEFAULT_RULES_DIR / name).read_text(encoding="utf-8")
    damaged = original[: int(len(original) * cut)] + junk
    path.write_text(damaged, encoding="utf-8", errors="surrogatepass")
    try:
        load_rules(rules_copy)
    except RulesError as e:
        assert e.file  # names the file
    finally:
        path.write_text(original, encoding="utf-8")
