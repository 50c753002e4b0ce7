"""The case form's field names and hints, shared by the form, the case view and its dialogs.

The dicts hold the English source texts (marked for lupdate); the functions give
them in the user's language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tutorclient import privacy

__all__ = ["FIELD_HINTS", "FIELD_LABELS", "field_hint", "field_label", "kind_word"]

FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("CaseLabels", "Title"),
    "presenting_complaint": QT_TRANSLATE_NOOP("CaseLabels", "Presenting complaint"),
    "history": QT_TRANSLATE_NOOP("CaseLabels", "History"),
    "examination": QT_TRANSLATE_NOOP("CaseLabels", "Examination"),
    "investigations": QT_TRANSLATE_NOOP("CaseLabels", "Investigations"),
    "question": QT_TRANSLATE_NOOP("CaseLabels", "Your question for the tutors"),
}
FIELD_HINTS = {
    "title": QT_TRANSLATE_NOOP(
        "CaseLabels", "A short summary, e.g. “Young man breathless after a motorbike crash”"),
    "presenting_complaint": QT_TRANSLATE_NOOP(
        "CaseLabels", "Age, sex and what brought the patient in. No names or numbers that "
        "identify them."),
    "history": QT_TRANSLATE_NOOP(
        "CaseLabels", "History of the complaint, past history, medicines, allergies, social "
        "history."),
    "examination": QT_TRANSLATE_NOOP(
        "CaseLabels", "What you found: observations (pulse, BP, breathing rate, saturation), "
        "then each system."),
    "investigations": QT_TRANSLATE_NOOP(
        "CaseLabels", "Tests done and results, and tests you could not get."),
    "question": QT_TRANSLATE_NOOP("CaseLabels", "What would you like the tutors to help you with?"),
}
# privacy.KIND_WORDS (the core's English words for each kind of finding), for lupdate.
_KIND_WORDS = (
    QT_TRANSLATE_NOOP("CaseLabels", "a name"),
    QT_TRANSLATE_NOOP("CaseLabels", "a town or village"),
    QT_TRANSLATE_NOOP("CaseLabels", "a phone number"),
    QT_TRANSLATE_NOOP("CaseLabels", "a date of birth"),
    QT_TRANSLATE_NOOP("CaseLabels", "a record number"),
    QT_TRANSLATE_NOOP("CaseLabels", "an ID number"),
)


def field_label(name: str) -> str:
    text = FIELD_LABELS.get(name)
    return QCoreApplication.translate("CaseLabels", text) if text else ""


def field_hint(name: str) -> str:
    text = FIELD_HINTS.get(name)
    return QCoreApplication.translate("CaseLabels", text) if text else ""


def kind_word(kind: str) -> str:
    """The words for a kind of possible identifier ("a phone number")."""
    return QCoreApplication.translate("CaseLabels", privacy.KIND_WORDS.get(kind, kind))
