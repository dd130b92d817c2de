"""Rules: schemas, loader and the immutable RuleSet."""

from pathlib import Path

DEFAULT_RULES_DIR = Path(__file__).resolve().parent.parent.parent / "rules"
