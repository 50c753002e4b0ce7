"""The case form's field names and hints, shared by the form, the case view and its dialogs."""

from __future__ import annotations

__all__ = ["FIELD_HINTS", "FIELD_LABELS"]

FIELD_LABELS = {
    "title": "Title",
    "presenting_complaint": "Presenting complaint",
    "history": "History",
    "examination": "Examination",
    "investigations": "Investigations",
    "question": "Your question for the tutors",
}
FIELD_HINTS = {
    "title": "A short summary, e.g. “Young man breathless after a motorbike crash”",
    "presenting_complaint": "Age, sex and what brought the patient in. No names or numbers that identify them.",
    "history": "History of the complaint, past history, medicines, allergies, social history.",
    "examination": "What you found: observations (pulse, BP, breathing rate, saturation), then each system.",
    "investigations": "Tests done and results, and tests you could not get.",
    "question": "What would you like the tutors to help you with?",
}
