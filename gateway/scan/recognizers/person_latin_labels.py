"""One word after a case note's person label read as a name (issue 13, round 38).

A label names a person only when a full name follows it ("Customer Service", "Patient Care Plan" are headings), except
a case note's labels of one person — ``Child: Mika (Grade 2)``, ``Family: Dela Cruz.``, ``Pupil: Joshua`` — where the
worker writes a given name or the family's surname alone. One capitalised word there is a name unless it is a word such
notes put after those labels (``Child: Male``, ``Client: Unknown``, ``Patient: Adult``)."""

from __future__ import annotations

from gateway.scan import rx as re

_WORD = re.compile(r"[A-Za-z]+")

_ONE_WORD_LABELS = frozenset({"child", "pupil", "student", "client", "patient", "family", "cliente", "paciente", "caller",
                              "victim"})
_NOT_NAMES = frozenset({
    "Male", "Female", "Boy", "Girl", "Infant", "Baby", "Adult", "Adults", "Minor", "Child", "Children", "Unknown", "None",
    "Yes", "No", "New", "Returning", "Anonymous", "Individual", "Japanese", "Foreign", "Foreigner", "Other", "Others",
    "Same", "Single", "Married", "Mother", "Father", "Parent", "Parents", "Guardian", "Both", "All", "Age", "Grade",
    "Details", "Notes", "Note", "See", "Above", "Below", "Pending", "Withheld", "Redacted", "Sample", "Example", "Test",
    "Elementary", "Junior", "Senior", "High", "Nursery", "Kindergarten", "Preschool", "Household", "Members", "Size",
    "Support", "Visit", "Case", "Name", "Information", "Background", "Situation", "Status", "Type", "Total", "Hombre",
    "Mujer", "Masculino", "Femenino", "Nuevo", "Nueva", "Desconocido", "Ninguno", "Sim", "Não", "Homem", "Mulher",
})


def label_word(label: str) -> str:
    """The label's first word, lower-cased (``Child:`` -> ``child``)."""
    m = _WORD.match(label)
    return m.group(0).lower() if m is not None else ""


def one_word_ok(label: str, word: str) -> bool:
    """``word`` (one capitalised word after ``label``) is a name: the label is one of a person's in a case note, with its
    colon (``Student Office`` is a unit's name)."""
    return ((":" in label or "：" in label) and label_word(label) in _ONE_WORD_LABELS and word[:1].isupper() and word not in _NOT_NAMES
            and word.capitalize() not in _NOT_NAMES and len(word) >= 2)
