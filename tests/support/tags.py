"""Random markers for e2e prompts that never look like data.

A uuid's hex carries digit runs: about one test prompt in a few hundred held a 12-digit run with a valid
個人番号 check digit (or a corporate or card number) and was blocked — the scanner was right, the test flaked.
``fresh_tag`` maps the digits to letters (g–p), so a marker never holds a number.
"""

from __future__ import annotations

import uuid

_NO_DIGITS = str.maketrans("0123456789", "ghijklmnop")


def fresh_tag(length: int = 32) -> str:
    """``length`` (≤ 32) random lowercase letters a–p."""
    return uuid.uuid4().hex.translate(_NO_DIGITS)[:length]
