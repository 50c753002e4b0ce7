"""The navigation's counts: "Cases and discussions (3)", "Review queue (2)".

:class:`NavCounts` re-reads them (``notices.nav_counts``, on the parallel lane)
when a window opens and whenever a change could move them, and writes them into
the navigation rows, also before those pages are built.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Slot

from tutorclient.changes import Changes

from .context import AppContext
from .main_window import MainWindow
from .notice_banner import update_nav_counts

# What the counts (new replies, cases to review, cards due, rejected changes) read.
NAV_COUNT_KINDS = ("cases", "threads", "posts", "reviews", "users", "partnerships", "thread_visits",
                   "card_reviews", "kept_questions", "quiz_attempts", "quizzes")


class NavCounts(QObject):
    """Keeps the counts in the current main window's navigation up to date."""

    def __init__(self, ctx: AppContext, window: Callable[[], MainWindow | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navCounts")
        self.ctx = ctx
        self._window = window
        ctx.hub.changed.connect(self._changed)

    def refresh(self) -> None:
        ctx = self.ctx

        def work() -> dict[str, int]:
            from tutorclient import notices

            return notices.nav_counts(ctx.store, ctx.user)

        ctx.query(self, work, self._show, context="navigation", latest="nav_counts")

    @Slot(dict)
    def _show(self, counts: dict[str, int]) -> None:
        window = self._window()
        if window is not None and shiboken6.isValid(window):
            update_nav_counts(window.nav, counts)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(*NAV_COUNT_KINDS) or changes.sync_status or changes.outbox:
            self.refresh()


__all__ = ["NAV_COUNT_KINDS", "NavCounts"]
