"""A notice that appears never moves the page's content under the pointer: the
"2 new replies" banner once pushed the Cases page down 46 px and a click on
"New case" missed."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from tutorclient.ui.views.cases import CasesPage


def test_new_case_stays_put_when_a_notice_appears(qtbot, ctx) -> None:
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1110, 690)
    page.show()
    qtbot.waitUntil(lambda: page._partnerships_loaded)
    qtbot.waitExposed(page)
    before = page.new_button.mapToGlobal(QPoint(0, 0))
    page.banner.show_notices(["2 new replies to your cases", "Dr Sarah reviewed “Headache at 36 weeks”"])
    qtbot.wait(50)
    assert page.banner.isVisible()
    assert page.new_button.mapToGlobal(QPoint(0, 0)) == before
    # The notice can be read whole and closed, and covers no part of the button.
    banner = page.banner.geometry()
    assert banner.height() >= page.banner.label.heightForWidth(page.banner.label.width())
    assert not banner.intersects(page.new_button.geometry().translated(
        page.new_button.mapTo(page, QPoint(0, 0)) - page.new_button.pos()))
    assert page.rect().contains(banner)
    page.resize(900, 600)  # it follows the page's size
    qtbot.wait(50)
    assert page.banner.geometry().bottom() == page.height() - 1 - 16
    before = page.new_button.mapToGlobal(QPoint(0, 0))
    page.banner.close_button.click()
    assert not page.banner.isVisible()
    assert page.new_button.mapToGlobal(QPoint(0, 0)) == before
