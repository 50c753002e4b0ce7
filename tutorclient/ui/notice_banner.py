"""A quiet, dismissible banner for news after a sync, and counts on the navigation.

The banner never blocks: it floats over the bottom of a page (never moving the
page's content under the pointer) until the user closes it or the next notices
replace it. :func:`update_nav_counts` adds counts to the
navigation's section names ("Cases and discussions (3)").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot, QCoreApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QToolButton,
    QWidget,
)

__all__ = ["NoticeBanner", "nav_title", "update_nav_counts"]

_KIND_STYLES = {
    "info": ("#eaf2fb", "#9bbbe0", "#1d3557"),
    "warning": ("#fff4dc", "#e3bf6a", "#4d3600"),
}


class NoticeBanner(QFrame):
    """One or more short sentences, an optional action button, and a close button."""

    dismissed = Signal()
    action_clicked = Signal()

    def __init__(self, object_name: str = "noticeBanner", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(QCoreApplication.translate("NoticeBanner", "Notice"))
        self.label = QLabel(objectName=f"{object_name}Text", wordWrap=True)
        self.label.setAccessibleName(QCoreApplication.translate("NoticeBanner", "Notice text"))
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton(objectName=f"{object_name}Action")
        self.action_button.setAccessibleName(QCoreApplication.translate("NoticeBanner", "Notice action"))
        self.action_button.hide()
        self.action_button.clicked.connect(self.action_clicked)
        self.close_button = QToolButton(objectName=f"{object_name}Close", text="✕")
        self.close_button.setAccessibleName(QCoreApplication.translate("NoticeBanner", "Dismiss notice"))
        self.close_button.setToolTip(QCoreApplication.translate("NoticeBanner", "Dismiss"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 6, 6)
        row.setSpacing(10)
        row.addWidget(self.label, 1)
        row.addWidget(self.action_button)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._kind = ""
        self._page: QWidget | None = None  # set by float_over
        self._margin = 0
        self._style("info")
        self.hide()

    def float_over(self, page: QWidget, margin: int = 16) -> None:
        """Float at the bottom of ``page``, over it, instead of taking room in its layout.

        A banner in the layout pushed the whole page down under the pointer when it
        appeared (a click meant for "New case" landed elsewhere). Floating, it moves
        nothing, and the bottom of a page is where least is covered.
        """
        self._page, self._margin = page, margin
        self.setParent(page)
        page.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._page and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def _place(self) -> None:
        page = self._page
        if page is None:
            return
        width = max(100, page.width() - 2 * self._margin)
        layout = self.layout()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() \
            else self.sizeHint().height()
        height = max(height, self.minimumSizeHint().height())
        self.setGeometry(self._margin, page.height() - height - self._margin, width, height)
        self.raise_()

    def _style(self, kind: str) -> None:
        if kind == self._kind:
            return
        self._kind = kind
        bg, border, fg = _KIND_STYLES.get(kind, _KIND_STYLES["info"])
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ background: {bg}; border: 1px solid {border};"
                           f" border-radius: 4px; }} QLabel {{ color: {fg}; background: transparent;"
                           f" border: none; }}")

    def show_notices(self, notices: Sequence[str], *, kind: str = "info", action: str = "") -> None:
        """Show ``notices`` (one per line); nothing to say hides the banner."""
        lines = [n.strip() for n in notices if n and n.strip()]
        if not lines:
            self.dismiss()
            return
        self._style(kind)
        text = "\n".join(lines)
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.action_button.setText(action)
        self.action_button.setAccessibleName(action or QCoreApplication.translate("NoticeBanner", "Notice action"))
        self.action_button.setVisible(bool(action))
        self.show()
        self._place()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    @Slot()
    def dismiss(self) -> None:
        was_shown = self.isVisible()
        self.hide()
        self.label.clear()
        if was_shown:
            self.dismissed.emit()


def nav_title(base: str, count: int) -> str:
    from .i18n import number

    return f"{base} ({number(count)})" if count > 0 else base


def update_nav_counts(nav: QListWidget, counts: Mapping[str, int],
                      titles: Mapping[str, str] | None = None) -> None:
    """Put ``counts[page_key]`` after each navigation item's title; 0 shows no number.

    Items carry their page key in ``Qt.UserRole`` (as ``MainWindow.add_page`` sets it).
    """
    if titles is None:
        from .main_window import PAGE_TITLES

        titles = PAGE_TITLES
    for row in range(nav.count()):
        item = nav.item(row)
        key = item.data(Qt.ItemDataRole.UserRole)
        if key not in counts:
            continue
        base = QCoreApplication.translate("MainWindow", titles[key]) if key in titles \
            else str(key).title()
        text = nav_title(base, int(counts.get(key) or 0))
        item.setText(text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
