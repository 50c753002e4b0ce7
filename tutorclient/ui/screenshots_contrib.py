"""Render the tutor's contribution record offscreen: the page at 1366×768 and its PDF.

    python -m tutorclient.ui.screenshots_contrib OUTDIR

Seeds a temporary profile with a year of a tutor's work
(:mod:`tutorclient.contrib_sample`), signed in as that tutor. Saves
``contributions-page.png`` (the main window on "My contributions"),
``contributions-review-form.png`` (the review form with its private reflection),
``contributions-thanks.png`` (a trainee's case with "This helped me"), and
``contributions-pdf-1.png`` ... (each PDF page rendered by QtPdf, 1366 px wide).
Prints the files written, one a line.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tutorclient.paths import scratch_dir

from .screenshot_kit import SIZE, Shots, no_keyring, run_cli, settle, wait


def render_contribution_screens(outdir: Path | str) -> list[Path]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QPixmap
    from PySide6.QtPdf import QPdfDocument

    from tutorclient import contrib_sample
    from tutorclient.session import Profile

    from .app import default_pages, make_application
    from .context import AppContext
    from .contrib_pdf import render_pdf
    from .main_window import PAGE_CONTRIB, MainWindow
    from .operations import ChangeHub, set_change_hub, shutdown
    from .views.cases import CaseDetail
    from .views.contributions import ContributionsPage
    from .views.review import ReviewPage

    no_keyring()
    app = make_application()  # noqa: F841 (kept alive for the whole run)
    shots = Shots(outdir)
    hub = ChangeHub()
    set_change_hub(hub)
    with scratch_dir("tutorclient-shots-") as tmp:
        profiles = []

        def open_as(user_id: str, role: str, name: str) -> AppContext:
            profile = Profile(Path(tmp) / user_id, token_file=True)
            profiles.append(profile)
            contrib_sample.seed(profile.store)
            profile.set_setting("user", {"id": user_id, "role": role, "username": user_id[2:],
                                         "display_name": name})
            profile.set_setting("server", "https://tutor.example")
            return AppContext(profile, hub)

        ctx = open_as(contrib_sample.TUTOR, "tutor", "Dr Sarah Bennett")
        pages = default_pages(ctx, {PAGE_CONTRIB: lambda c: ContributionsPage(
            c, today=lambda: date(2026, 12, 7))})
        window = MainWindow(ctx, pages)
        window.resize(*SIZE)
        window.show()
        window.show_page(PAGE_CONTRIB)
        page = window.pages[PAGE_CONTRIB]
        assert isinstance(page, ContributionsPage)
        wait(lambda: page.record is not None, what="the contribution record")
        shots.grab(window, "contributions-page")

        review = ReviewPage(ctx)
        review.resize(*SIZE)
        review.show()
        review.select_case("c-chest")
        wait(lambda: review.form.reflection.toPlainText() != "", what="the reflection")
        review.tabs.setCurrentWidget(review.form)
        review.form.reflection.setFocus()
        shots.grab(review, "contributions-review-form")
        review.close()

        trainee = open_as(contrib_sample.HODAN, "trainee", "Hodan Yusuf")
        detail = CaseDetail(trainee)
        detail.resize(*SIZE)
        detail.show()
        detail.show_case("c-crash")
        wait(detail.thanks.isVisible, what="the thanks box")
        detail.thanks.note.setText("Mahadsanid, dhakhtar. Waxay ii caawisay.")
        shots.grab(detail, "contributions-thanks")
        detail.close()

        assert page.record is not None
        data = QByteArray(render_pdf(page.record))
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        pdf = QPdfDocument(None)
        pdf.load(buffer)
        wait(lambda: pdf.status() == QPdfDocument.Status.Ready, what="the PDF")
        for n in range(pdf.pageCount()):
            points = pdf.pagePointSize(n)
            width = SIZE[0]
            size = QSize(width, round(width * points.height() / points.width()))
            shots.save(QPixmap.fromImage(pdf.render(n, size)), f"contributions-pdf-{n + 1}")
        pdf.close()
        buffer.close()
        window.close()
        shutdown()
        # Widgets go before the application does, on this thread: left to the
        # interpreter's exit they are freed after it, which crashes.
        for widget in (review, detail, window):
            widget.deleteLater()
        settle(100)
        for profile in profiles:
            profile.close()
    set_change_hub(None)
    return shots.written


if __name__ == "__main__":
    sys.exit(run_cli(render_contribution_screens, __doc__))
