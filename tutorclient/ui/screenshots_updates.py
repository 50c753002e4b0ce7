"""Render the app-update dialog offscreen over the 1366×768 main window's size (issue 17).

    python -m tutorclient.ui.screenshots_updates OUTDIR

Saves ``update-offer.png`` (a code-only release: version, notes, 6 KB) and
``update-offer-qt.png`` (a Qt upgrade, megabytes), each a 1366×768 frame with
the dialog in the middle as a user sees it. Prints the files written.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from .screenshot_kit import SIZE, Shots, run_cli  # noqa: E402


def render_update_screens(outdir: Path | str) -> list[Path]:
    from PySide6.QtGui import QColor, QPainter, QPixmap

    from sync.release.client import Offer

    from .app import make_application
    from .update_dialog import UpdateDialog

    app = make_application()  # noqa: F841 (kept alive for the whole run)
    shots = Shots(outdir)
    offers = {
        "update-offer": Offer("1.0.1", "Fixes the dose check in the postpartum haemorrhage "
                              "case. The search finds Somali words with or without accents.",
                              6_300, 3, manifest={}, steps=[]),
        "update-offer-qt": Offer("1.1.0", "", 19_800_000, 42, manifest={}, steps=[]),
    }
    for name, offer in offers.items():
        dialog = UpdateDialog(offer, "1.0.0")
        dialog.show()
        dialog.adjustSize()
        frame = QPixmap(*SIZE)
        frame.fill(QColor("#e8e8e8"))
        shot = dialog.grab()
        painter = QPainter(frame)
        painter.drawPixmap((SIZE[0] - shot.width()) // 2, (SIZE[1] - shot.height()) // 2, shot)
        painter.end()
        shots.save(frame, name)
        dialog.close()
    return shots.written


if __name__ == "__main__":
    raise SystemExit(run_cli(render_update_screens, __doc__))
