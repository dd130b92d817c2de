"""The shared value types: what crosses to and from a scan worker comes back equal, and a condensed scan
result keeps exact per-entity counts and best scores."""

from __future__ import annotations

import pickle

from gateway.model import Finding, Prompt, ScanResult, Segment


def test_values_survive_the_worker_pipe() -> None:
    prompt = Prompt((Segment("messages[0].content", "こんにちは"), Segment("seam", "0901234")))
    result = ScanResult("block", (Finding("JP_MY_NUMBER", 3, 15, 0.95),), ("my_number",), {"zero_width": 1},
                        (("PHONE_NUMBER", 2, 0.6),))
    for value in (prompt, result, prompt.segments[0], result.findings[0]):
        back = pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        assert back == value and type(back) is type(value)


def test_condensed_lists_the_first_findings_and_counts_the_rest_exactly() -> None:
    findings = tuple(Finding("JP_MY_NUMBER" if i % 3 else "PHONE_NUMBER", i * 20, i * 20 + 12, 0.5 + (i % 7) / 20)
                     for i in range(1000))
    full = ScanResult("block", findings, ("my_number",), {"chars": 20000})
    small = full.condensed(10)
    assert small.findings == findings[:10] and (small.action, small.reasons, small.stats) == ("block", ("my_number",),
                                                                                              {"chars": 20000})
    assert small.entity_scores() == full.entity_scores() and small.entity_counts() == full.entity_counts()
    assert small.condensed(5).entity_scores() == full.entity_scores()  # condensing again loses nothing either
    assert full.condensed(1000) is full  # nothing to condense


def test_a_result_without_findings_has_no_counts() -> None:
    assert ScanResult("allow").entity_counts() == {} and ScanResult("allow").condensed(0).findings == ()
