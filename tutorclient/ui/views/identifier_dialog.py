"""The identifier check's dialog: each possible identifier, highlighted in its sentence."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from .. import widgets
from .direction import text_dir
from .case_labels import field_label
from .plurals import english_plural

__all__ = ["IdentifierCheckDialog"]


class IdentifierCheckDialog(QDialog):
    """Each possible identifier, highlighted in its sentence; edit the case or send anyway."""

    def __init__(self, findings: list[Any], texts: dict[str, str], parent: QWidget | None = None,
                 confirm_text: str | None = None):
        super().__init__(parent)
        confirm_text = confirm_text or self.tr("Send anyway: none of this identifies anyone")
        self.setObjectName("identifierCheckDialog")
        self.setAccessibleName(self.tr("Check for details that identify the patient"))
        self.setWindowTitle(self.tr("Check before sending"))
        self.findings = list(findings)
        self.resize(640, 460)
        heading = QLabel(self.tr("<b>This case may identify the patient.</b>"),
                         objectName="identifierCheckHeading")
        heading.setAccessibleName(self.tr("This case may identify the patient"))
        intro = QLabel(
            english_plural(self.tr(
                "TutorClient found %n thing(s) that could identify someone. Tutors in another country "
                "will read this case: remove names, phone numbers, dates of birth and record numbers "
                "unless the patient agreed to share them.", "", len(findings)), len(findings)),
            objectName="identifierCheckIntro", wordWrap=True)
        self.browser = QTextBrowser(objectName="identifierFindings")
        self.browser.setAccessibleName(self.tr("What was found"))
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self.findings_html(texts))
        self.edit_button = widgets.button(self.tr("Edit the case"), "editCaseButton",
                                          self.tr("Go back and edit the case"))
        self.confirm_button = widgets.button(confirm_text, "confirmSubmitButton", confirm_text)
        self.edit_button.setDefault(True)
        self.edit_button.clicked.connect(self.reject)
        self.confirm_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.confirm_button)
        row.addStretch(1)
        row.addWidget(self.edit_button)
        box = QVBoxLayout(self)
        box.setSpacing(10)
        box.addWidget(heading)
        box.addWidget(intro)
        box.addWidget(self.browser, 1)
        box.addLayout(row)

    def findings_html(self, texts: dict[str, str]) -> str:
        def esc(text: str) -> str:
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

        parts = []
        for f in self.findings:
            text = texts.get(f.field, "")
            lo, hi = max(0, f.start - 50), min(len(text), f.end + 50)
            before = ("…" if lo else "") + esc(text[lo:f.start])
            after = esc(text[f.end:hi]) + ("…" if hi < len(text) else "")
            found = esc(text[f.start:f.end] or f.text)
            # The trainee's words and the checker's message keep their own direction in a
            # mirrored window: an English sentence stays left to right, its "…" in place.
            parts.append(
                f"<p style='margin-bottom:0'><b>{esc(field_label(f.field) or f.field)}</b></p>"
                f"<p dir='{text_dir(text)}' style='margin:0'>{before}<span style='background:#ffe08a; "
                f"color:#6b1d00; font-weight:bold;'>{found}</span>{after}</p>"
                f"<p dir='{text_dir(f.message)}' style='margin-top:0'>"
                f"<span style='color:#5b6675'>{esc(f.message)}</span></p>")
        return "".join(parts)

