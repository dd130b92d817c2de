"""Schema of ``rules/detectors.yaml`` (pydantic, unknown keys rejected).

Errors are raised as ``RulesError("detectors.yaml", "<entry path>", message)``, for example
``custom_terms[3].pattern: invalid regex``.
"""

from __future__ import annotations

from gateway.scan import rx as re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from gateway.errors import RulesError

DETECTORS_FILE = "detectors.yaml"

Action = Literal["block", "warn", "allow"]

# canonical entity names (issue 3); admins may add more through extra recognizer YAML
CANONICAL_ENTITIES = (
    "JP_MY_NUMBER", "JP_CORPORATE_NUMBER", "JP_RESIDENT_CODE", "JP_DRIVERS_LICENSE", "JP_PASSPORT",
    "JP_RESIDENCE_CARD", "JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "JP_EMPLOYMENT_INSURANCE",
    "JP_BANK_ACCOUNT", "CREDIT_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_POSTAL_CODE", "JP_ADDRESS",
    "DATE_OF_BIRTH", "JP_VEHICLE_PLATE", "PERSON", "CLASSIFICATION_MARKING", "HANDLING_RESTRICTION",
    "SENSITIVE_PERSONAL_INFO", "CREDENTIAL", "IP_ADDRESS", "CUSTOM_TERM", "INTERNAL_MATTER",
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EntityPolicy(_Strict):
    """How one entity type takes part in the decision."""

    enabled: bool = True
    # findings scoring below this are dropped (not reported, not counted)
    threshold: float = Field(0.5, ge=0.0, le=1.0)
    # action when the finding stands alone and scores at least ``alone_score`` (default threshold)
    alone: Action = "allow"
    alone_score: float | None = Field(None, ge=0.0, le=1.0)
    # action when a PERSON finding is within ``combination.person_window`` characters
    with_person: Action = "allow"
    # the entity counts as a personal attribute (roster lines, person + attribute)
    personal_attribute: bool = False
    # characters around a PERSON for this entity (default: combination.person_window)
    person_window: int | None = Field(None, ge=0, le=100_000)

    def alone_min(self) -> float:
        return self.threshold if self.alone_score is None else self.alone_score


class EntityPolicyOverride(_Strict):
    enabled: bool | None = None
    threshold: float | None = Field(None, ge=0.0, le=1.0)
    alone: Action | None = None
    alone_score: float | None = Field(None, ge=0.0, le=1.0)
    with_person: Action | None = None
    personal_attribute: bool | None = None
    person_window: int | None = Field(None, ge=0, le=100_000)


class Combination(_Strict):
    # characters around a PERSON within which an attribute counts as "together"
    person_window: int = Field(300, ge=0, le=100_000)
    # a roster: at least this many PERSON findings, each with a personal attribute or on its own line
    roster_min_persons: int = Field(3, ge=2, le=1000)
    roster_action: Action = "block"
    # two or more distinct personal attributes (phone + address + birth date …) with no name found
    attributes_without_person: int = Field(3, ge=2, le=100)
    attributes_without_person_action: Action = "block"
    # zero-width/format characters inside a number: evasion signal
    zero_width_in_digits: int = Field(2, ge=1)
    zero_width_action: Action = "warn"
    # a sensitive topic next to a personal phone number or e-mail address (it identifies someone as a name does)
    sensitive_with_contact_action: Action = "block"
    # a street-level address next to a birth date / personal mobile / free-mail address (one person)
    address_with_contact_action: Action = "block"
    address_contact_window: int = Field(120, ge=0, le=100_000)
    # a free-mail address whose local part reads as a person's name (kenta.morimoto@gmail.com)
    named_email_action: Action = "block"


def _no_empty_words(v: list[str]) -> list[str]:
    for i, w in enumerate(v):
        if not w.strip():
            raise ValueError(f"word {i} is empty")
    return v


class CustomTerm(_Strict):
    name: str = Field(min_length=1)
    words: list[str] = Field(default_factory=list)
    pattern: str | None = None
    case_sensitive: bool = False
    action: Action = "block"
    score: float = Field(0.9, ge=0.0, le=1.0)

    @field_validator("pattern")
    @classmethod
    def _regex(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                re.compile(v)
            except re.error as exc:
                raise ValueError(f"invalid regex ({exc.msg} at position {exc.pos})") from None
        return v

    @field_validator("words")
    @classmethod
    def _words(cls, v: list[str]) -> list[str]:
        return _no_empty_words(v)

    @model_validator(mode="after")
    def _one_kind(self) -> CustomTerm:
        if not self.words and self.pattern is None:
            raise ValueError("needs 'words' or 'pattern'")
        return self


Requirement = Literal["none", "amount", "amount_near", "private_ip", "name", "exam", "companies"]


class InternalMatter(_Strict):
    """A non-public internal matter (予定価格 before the opening, 人事異動 before 内示, internal
    network details): words that name it, what must be near them, and words that make it public."""

    name: str = Field(min_length=1)
    words: list[str] = Field(min_length=1)
    # what must occur within ``window`` characters for the words to count
    requires: Requirement = "none"
    # words within ``window`` characters that mark the matter as already public (開札結果, 公表済み …)
    unless: list[str] = Field(default_factory=list)
    window: int = Field(60, ge=0, le=10_000)
    action: Action = "block"
    score: float = Field(0.85, ge=0.0, le=1.0)

    @field_validator("words", "unless")
    @classmethod
    def _nonempty(cls, v: list[str]) -> list[str]:
        return _no_empty_words(v)


class InternalMatters(_Strict):
    # the shipped default list (gateway/scan/internal_matters_default.yaml) is used unless false
    use_defaults: bool = True
    # the office's own matters, added to (or, with use_defaults: false, replacing) the defaults
    matters: list[InternalMatter] = Field(default_factory=list)


class AllowList(_Strict):
    # public numbers of the office: compared digit by digit (separators ignored)
    phones: list[str] = Field(default_factory=list)
    emails: list[str] = Field(default_factory=list)
    # domains (and their subdomains) whose addresses are organisational, never personal
    email_domains: list[str] = Field(default_factory=list)
    # public addresses (compared after normalisation, spaces ignored; a finding inside one is dropped)
    addresses: list[str] = Field(default_factory=list)
    # any finding whose matched text equals one of these is dropped
    terms: list[str] = Field(default_factory=list)

    @field_validator("phones")
    @classmethod
    def _phones(cls, v: list[str]) -> list[str]:
        for i, p in enumerate(v):
            if len(re.sub(r"[^0-9０-９]", "", p)) < 6:
                raise ValueError(f"phones[{i}] has fewer than 6 digits")
        return v


class ServiceOverride(_Strict):
    # e.g. a contracted (non-約款型) service may receive 機密性2: markings at or below this level
    # (機密性1/2, 自治体機密性1/2) are not counted
    marking_max_level: int | None = Field(None, ge=0, le=4)
    entities: dict[str, EntityPolicyOverride] = Field(default_factory=dict)
    custom_terms_enabled: bool = True


def _p(**kw: Any) -> EntityPolicy:
    return EntityPolicy(**kw)


# built-in policies: used for entities that detectors.yaml does not list (rules/detectors.yaml
# repeats them for admins)
BUILTIN_POLICIES: dict[str, EntityPolicy] = {
    "JP_MY_NUMBER": _p(threshold=0.3, alone="block", alone_score=0.6, with_person="block"),
    "JP_DRIVERS_LICENSE": _p(threshold=0.5, alone="block", alone_score=0.6, with_person="block"),
    "JP_RESIDENT_CODE": _p(threshold=0.6, alone="block", with_person="block"),
    "JP_PASSPORT": _p(threshold=0.3, alone="block", alone_score=0.6, with_person="block"),
    "JP_RESIDENCE_CARD": _p(threshold=0.4, alone="block", alone_score=0.6, with_person="block"),
    "JP_BASIC_PENSION_NUMBER": _p(threshold=0.5, alone="block", alone_score=0.6, with_person="block"),
    "JP_HEALTH_INSURANCE": _p(threshold=0.5, alone="block", alone_score=0.8, with_person="block"),
    "JP_EMPLOYMENT_INSURANCE": _p(threshold=0.35, alone="block", alone_score=0.6, with_person="block"),
    "JP_BANK_ACCOUNT": _p(threshold=0.6, alone="block", with_person="block"),
    "CREDIT_CARD": _p(threshold=0.35, alone="block", alone_score=0.6, with_person="block"),
    "JP_CORPORATE_NUMBER": _p(threshold=0.4),
    "PHONE_NUMBER": _p(threshold=0.4, with_person="block", personal_attribute=True),
    "EMAIL_ADDRESS": _p(threshold=0.4, with_person="block", personal_attribute=True),
    "JP_POSTAL_CODE": _p(threshold=0.35),
    "JP_ADDRESS": _p(threshold=0.5, with_person="block", personal_attribute=True),
    "DATE_OF_BIRTH": _p(threshold=0.5, alone="warn", with_person="block", personal_attribute=True),
    "JP_VEHICLE_PLATE": _p(threshold=0.5, with_person="block", personal_attribute=True),
    "PERSON": _p(threshold=0.5),
    "SENSITIVE_PERSONAL_INFO": _p(threshold=0.5, with_person="block", person_window=80),
    "CLASSIFICATION_MARKING": _p(threshold=0.5, alone="block", with_person="block"),
    "HANDLING_RESTRICTION": _p(threshold=0.5, alone="block", with_person="block"),
    "CREDENTIAL": _p(threshold=0.5, alone="block", with_person="block"),
    "IP_ADDRESS": _p(threshold=0.5, alone="warn", alone_score=0.7),
    "CUSTOM_TERM": _p(threshold=0.5, alone="block", with_person="block"),
    "INTERNAL_MATTER": _p(threshold=0.5, alone="block", with_person="block"),
}


class ScannerConfig(_Strict):
    version: int = 1
    entities: dict[str, EntityPolicy] = Field(default_factory=dict)
    default_entity: EntityPolicy = EntityPolicy(threshold=0.5, alone="block", with_person="block")
    combination: Combination = Combination()
    custom_terms: list[CustomTerm] = Field(default_factory=list)
    internal_matters: InternalMatters = InternalMatters()
    allow_list: AllowList = AllowList()
    services: dict[str, ServiceOverride] = Field(default_factory=dict)
    # presidio recognizer-registry YAML files (relative to the rules dir), language ja
    extra_recognizers: list[str] = Field(default_factory=list)
    # where the file lives (filled in by load_config; not a YAML key)
    rules_dir: str | None = Field(None, exclude=True)

    def policy(self, entity: str, service_id: str | None = None) -> EntityPolicy:
        base = self.entities.get(entity) or BUILTIN_POLICIES.get(entity) or self.default_entity
        if service_id is not None:
            svc = self.services.get(service_id)
            if svc is not None and entity in svc.entities:
                upd = {k: v for k, v in svc.entities[entity].model_dump().items() if v is not None}
                base = base.model_copy(update=upd)
        return base


def _loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def parse_config(data: Any, file: str = DETECTORS_FILE) -> ScannerConfig:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise RulesError(file, None, "top level must be a mapping")
    if "rules_dir" in data:
        raise RulesError(file, "rules_dir", "unknown key")
    try:
        return ScannerConfig.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(p for p in err["loc"] if p not in ("function-after[_one_kind(), CustomTerm]",))
        msg = err["msg"]
        if msg.startswith("Value error, "):
            msg = msg[len("Value error, ") :]
        if err["type"] == "extra_forbidden":
            msg = "unknown key"
        raise RulesError(file, _loc(loc) or None, msg) from None


DEFAULT_INTERNAL_MATTERS_FILE = Path(__file__).with_name("internal_matters_default.yaml")
_DEFAULT_MATTERS: list[InternalMatter] | None = None


def default_internal_matters() -> list[InternalMatter]:
    """The shipped list of non-public internal matters (validated like detectors.yaml)."""
    global _DEFAULT_MATTERS
    if _DEFAULT_MATTERS is None:
        data = yaml.safe_load(DEFAULT_INTERNAL_MATTERS_FILE.read_text(encoding="utf-8")) or {}
        cfg = parse_config({"internal_matters": {"matters": data.get("matters", [])}},
                           DEFAULT_INTERNAL_MATTERS_FILE.name)
        _DEFAULT_MATTERS = list(cfg.internal_matters.matters)
    return _DEFAULT_MATTERS


def active_internal_matters(cfg: ScannerConfig) -> list[InternalMatter]:
    im = cfg.internal_matters
    return (default_internal_matters() if im.use_defaults else []) + list(im.matters)


def matter_actions(cfg: ScannerConfig | None) -> dict[str, str]:
    """The action of each active internal matter by name (a later entry of a name wins: the office's own after the
    defaults); the shipped defaults' when there is no configuration (a recognizer built for a test)."""
    matters = active_internal_matters(cfg) if cfg is not None else default_internal_matters()
    return {m.name: m.action for m in matters}


def load_config(rules_dir: Path) -> ScannerConfig:
    path = Path(rules_dir) / DETECTORS_FILE
    if not path.exists():
        cfg = ScannerConfig()
    else:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 1}" if mark is not None else None
            raise RulesError(DETECTORS_FILE, where, "not valid YAML") from None
        cfg = parse_config(data)
    for i, rel in enumerate(cfg.extra_recognizers):
        if not (Path(rules_dir) / rel).is_file():
            raise RulesError(DETECTORS_FILE, f"extra_recognizers[{i}]", "file not found")
    return cfg.model_copy(update={"rules_dir": str(Path(rules_dir))})
