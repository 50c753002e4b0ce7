"""The contribution record as a PDF for an appraisal portfolio, drawn with Qt's own PDF writer.

:func:`render_pdf` lays the record out as a ``QTextDocument`` and prints it to
a ``QPdfWriter`` over a ``QBuffer``: the bytes come back here, and a core
function (:func:`tutorclient.contrib_export.save_export`) writes the file.
Nothing is added to the installer: QtGui already carries the writer.

Privacy: cases are named by :attr:`GivenReview.label` (a title only where it
passed the identifier check, else its specialism); reflections and trainees'
notes pass through :func:`tutorclient.contributions.redact`, so no patient and
no trainee is named. The partnership's name is shown, as an appraiser needs it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from tutorclient.contributions import ContributionRecord, redact

__all__ = ["duration_text", "render_pdf", "record_html"]

translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal") calls


def duration_text(seconds: int | None) -> str:
    """Hours and minutes, as a person reads them ("2 h 30 min", "45 min")."""
    if seconds is None:
        return translate("ContributionPdf", "not measured")
    hours, minutes = divmod(round(seconds / 60), 60)
    if hours:
        return translate("ContributionPdf", "%1 h %2 min").replace(
            "%1", str(hours)).replace("%2", str(minutes))
    return translate("ContributionPdf", "%n min", None, minutes)


def _date(iso: str) -> str:
    return iso[:10]


def _row(*cells: str, head: bool = False) -> str:
    tag = "th" if head else "td"
    return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"


def record_html(rec: ContributionRecord) -> str:
    """The record as the HTML the PDF prints (names already hidden)."""
    e = escape
    name = e(rec.tutor_name or rec.tutor_id)
    partnerships = (e(", ".join(rec.partnerships))
                    or translate("ContributionPdf", "none in this period"))
    period = translate("ContributionPdf", "%1 to %2").replace(
        "%1", str(rec.period.start)).replace("%2", str(rec.period.end))
    summary = " ".join([
        translate("ContributionPdf", "%n case(s) reviewed", None, rec.cases_reviewed) + ",",
        translate("ContributionPdf", "%n reply(s) written", None, len(rec.replies)) + ",",
        translate("ContributionPdf", "%n trainee(s) helped", None, rec.trainees_helped) + "."])
    specialisms = ", ".join(f"{e(s)} ({n})" for s, n in rec.specialisms.items()) or "—"
    figures = [
        (translate("ContributionPdf", "Cases reviewed"), str(rec.cases_reviewed)),
        (translate("ContributionPdf", "Replies written"), str(len(rec.replies))),
        (translate("ContributionPdf", "Trainees helped"), str(rec.trainees_helped)),
        (translate("ContributionPdf", "Partnerships"), partnerships),
        (translate("ContributionPdf", "Specialisms (cases)"), specialisms),
        (translate("ContributionPdf", "Median time to first response"),
         duration_text(rec.median_response_seconds)),
        (translate("ContributionPdf", "Cases with a measured response"),
         translate("ContributionPdf", "%n case(s)", None, len(rec.response_seconds))
         + (" " + translate("ContributionPdf", "(%n not measured)", None, rec.not_measured)
            if rec.not_measured else "")),
        (translate("ContributionPdf", "Time given (estimate)"), duration_text(rec.active_seconds)),
        (translate("ContributionPdf", "Thanks from trainees"), str(len(rec.thanks))),
    ]
    heads = {
        "Tutor contribution record": translate("ContributionPdf", "Tutor contribution record"),
        "Partnership": translate("ContributionPdf", "Partnership"),
        "Period": translate("ContributionPdf", "Period"),
        "Summary": translate("ContributionPdf", "Summary"),
        "Figures": translate("ContributionPdf", "Figures"),
        "Reviews": translate("ContributionPdf", "Reviews"),
        "Reflections": translate("ContributionPdf", "Reflections"),
        "No reflections written in this period.":
            translate("ContributionPdf", "No reflections written in this period."),
        "What trainees said": translate("ContributionPdf", "What trainees said"),
        "No thanks recorded in this period.":
            translate("ContributionPdf", "No thanks recorded in this period."),
        "How these figures are measured": translate("ContributionPdf", "How these figures are measured"),
    }
    parts = [
        "<html><body dir='%s' style='font-family: sans-serif; font-size: 10pt;'>"
        % ("rtl" if QGuiApplication.isRightToLeft() else "ltr"),
        f"<h1>{heads['Tutor contribution record']}</h1>",
        f"<p><b>{name}</b><br/>{heads['Partnership']}: {partnerships}<br/>"
        f"{heads['Period']}: {e(period)}</p>",
        f"<h2>{heads['Summary']}</h2><p>{e(summary)}</p>",
        f"<h2>{heads['Figures']}</h2><table cellpadding='4' border='1' cellspacing='0'>",
        *(_row(k, v) for k, v in figures), "</table>",
        f"<h2>{heads['Reviews']}</h2><table cellpadding='4' border='1' cellspacing='0'>",
        _row(translate("ContributionPdf", "Date"), translate("ContributionPdf", "Case"),
             translate("ContributionPdf", "Specialism"), translate("ContributionPdf", "Time given"),
             head=True),
        *(_row(_date(r.at), e(r.label), e(r.specialism), duration_text(r.active_seconds))
          for r in rec.reviews), "</table>",
        f"<h2>{heads['Reflections']}</h2>",
    ]
    reflections = rec.reflections
    parts += [f"<p><b>{_date(r.at)} · {e(r.label)}</b><br/>{e(redact(r.reflection, rec.people))}</p>"
              for r in reflections] or [f"<p>{heads['No reflections written in this period.']}</p>"]
    parts.append(f"<h2>{heads['What trainees said']}</h2>")
    parts += [f"<p>{_date(t.at)} · {e(t.case_label)}: "
              + (f"“{e(redact(t.note, rec.people))}”" if t.note
                 else translate("ContributionPdf", "This helped me."))
              + "</p>" for t in rec.thanks] or [f"<p>{heads['No thanks recorded in this period.']}</p>"]
    parts += [
        f"<h2>{heads['How these figures are measured']}</h2><p style='font-size: 8pt;'>",
        e(translate("ContributionPdf",
                    "Times to first response run from the case's submission to the tutor's "
                    "first review or reply, both on the server's clock. Time given counts "
                    "15-second slices in which the review form had the focus and was used "
                    "within the last minute, at most 2 hours per review. Cases are named only "
                    "where the title passed the identifier check; no patient or trainee is "
                    "named.")),
        "</p></body></html>"]
    return "".join(parts)


def render_pdf(rec: ContributionRecord) -> bytes:
    """The record as an A4 PDF (bytes)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(translate("ContributionPdf", "Tutor contribution record"))
    writer.setCreator("TutorClient")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     # print_() adds 2 cm of its own on every side
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    doc.setHtml(record_html(rec))  # print_() lays it out on the writer's pages
    doc.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())
