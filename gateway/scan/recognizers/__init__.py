"""Registry of aigw recognizers.

To add a recognizer: create one file with one ``AigwRecognizer`` subclass (see ``_base.py`` and
README.md) and append ``"module:ClassName"`` to ``RECOGNIZERS`` below. Each class is constructed as
``cls(config)`` where ``config`` is a ``gateway.scan.config.ScannerConfig`` (may be None in tests).
"""

from __future__ import annotations

import importlib
from typing import Any

from gateway.scan.recognizers._base import AigwRecognizer

# "module (relative to this package):ClassName", one per recognizer file
RECOGNIZERS: list[str] = [
    # scanner core (identifiers, contact data, credentials, custom terms)
    "my_number:MyNumberRecognizer",
    "corporate_number:CorporateNumberRecognizer",
    "resident_code:ResidentCodeRecognizer",
    "drivers_license:DriversLicenseRecognizer",
    "passport:PassportRecognizer",
    "residence_card:ResidenceCardRecognizer",
    "basic_pension:BasicPensionNumberRecognizer",
    "health_insurance:HealthInsuranceRecognizer",
    "employment_insurance:EmploymentInsuranceRecognizer",
    "bank_account:BankAccountRecognizer",
    "zengin_record:ZenginRecordRecognizer",
    "reading_record:ReadingRecordRecognizer",
    "fixed_layout:FixedLayoutRecognizer",
    "padded_records:PaddedRecordRecognizer",
    "credit_card:JpCreditCardRecognizer",
    "phone:PhoneNumberRecognizer",
    "email:JpEmailRecognizer",
    "postal_code:PostalCodeRecognizer",
    "vehicle_plate:VehiclePlateRecognizer",
    "credential:CredentialRecognizer",
    "ip_address:IpAddressRecognizer",
    "custom_term:CustomTermRecognizer",
    "internal_matter:InternalMatterRecognizer",
    "kept_matter:KeptMatterRecognizer",
    "selection_pending:SelectionPendingRecognizer",
    "record_number:RecordSubjectRecognizer",
    "unique_subject:UniqueSubjectRecognizer",
    "initials:InitialsRecognizer",
    "latin_bracketed:LatinBracketedRecognizer",
    "described_rows:DescribedRowsRecognizer",
    "writer_self:WriterSelfRecognizer",
    "heading_names:HeadingNameRecognizer",
    "vertical_tables:VerticalTableRecognizer",
    # S2: person, address, date of birth, markings, handling restrictions, sensitive info
    "person:PersonRecognizer",
    "address:AddressRecognizer",
    "address_romaji:RomajiAddressRecognizer",
    "address_dwelling:DwellingAddressRecognizer",
    "address_landmark:LandmarkAddressRecognizer",
    "address_foreign:ForeignAddressRecognizer",
    "date_of_birth:DateOfBirthRecognizer",
    "classification_marking:ClassificationMarkingRecognizer",
    "handling_restriction:HandlingRestrictionRecognizer",
    "sensitive_personal_info:SensitivePersonalInfoRecognizer",
]


def recognizer_classes() -> list[type[AigwRecognizer]]:
    classes: list[type[AigwRecognizer]] = []
    for spec in RECOGNIZERS:
        mod_name, _, cls_name = spec.partition(":")
        mod = importlib.import_module(f"{__name__}.{mod_name}")
        classes.append(getattr(mod, cls_name))
    return classes


def default_recognizers(config: Any = None) -> list[AigwRecognizer]:
    """One instance of every registered recognizer, built from ``config`` (ScannerConfig|None)."""
    return [cls(config) for cls in recognizer_classes()]


__all__ = ["RECOGNIZERS", "AigwRecognizer", "default_recognizers", "recognizer_classes"]
