"""Issue 14: in Arabic and in Somali, no English is left on screen.

For each language and each role (trainee, tutor, coordinator) the real app starts on a
synced profile with that language chosen, and every place a user reaches is opened: each
navigation page, the search results, the menus (with View > Language), the lock screen,
the login dialog, the data settings, an error message, and the start screen and
remove-user dialog of a shared computer. Every widget is walked: visible text, tooltips,
placeholders, accessible names, window titles, tab and combo-box texts, item views'
headers and rows, and menu and toolbar actions.

In Arabic any text with a Latin letter fails unless what is Latin in it is on
:data:`ALLOWED` (with its reason) or is the user's own data (course, lesson and case
titles, names, posts). Somali is written in Latin letters, so there a text fails when it
holds an English word: one of the English sources' words (all ``*_so.ts``) that no
Somali translation uses, or a common English word. The failure lists every such
string, where it was found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tutorclient import languages
from tutorclient.profiles import list_profiles
from tutorclient.session import Profile
from tutorclient.ui.app import TutorApp
from tutorclient.ui.i18n import apply_language
from tutorclient.ui.lock_screen import LockScreen
from tutorclient.ui.login import LoginDialog
from tutorclient.ui.messages import show_error
from tutorclient.ui.start_screen import StartScreen

LANGS = ("ar", "so")
ROLES = {"trainee": "amina", "tutor": "dr.sarah", "coordinator": "coord.hodan"}

#: Latin text that may stay, and why. Checked as whole words or exact strings.
ALLOWED: dict[str, str] = {
    "TutorClient": "the product's name is never translated (glossary)",
    "KB": "unit", "MB": "unit", "GB": "unit", "px": "unit (picture sizes)",
    "USB": "international abbreviation (glossary: USB bundle)",
    "PDF": "file format name",
    "CSV": "file format name (spreadsheets)",
    "xAPI": "the name of a learning-record standard (Experience API), kept as is",
    "https://tutor.example.org": "an example server address, the address field's placeholder",
    "English": "View > Language names each language in itself, so anyone finds their own",
    "Soomaali": "View > Language names each language in itself, so anyone finds their own",
}

#: User data: what users and authors wrote, shown as they wrote it.
_USER_COLUMNS = {
    "courses": ("title", "summary"), "modules": ("title",), "lessons": ("title",),
    "cases": ("title", "specialism"), "threads": ("title",), "posts": ("body",),
    "users": ("display_name", "username"), "partnerships": ("name",),
    "attachments": ("filename",), "quizzes": ("title",),
}
_LATIN = re.compile(r"[A-Za-z]")
_TAGS = re.compile(r"<[^>]+>|&\w+;")
_WORD = re.compile(r"[A-Za-z']{3,}")
TS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
#: Common English words that are not Somali words, besides the sources' own.
_ENGLISH = set("""the and your you are this that with for not was will from have has its can
all what when who which there their they them been were would could should about after
before every never none sync save cancel open close search lesson lessons case cases
course courses review sent send waiting download settings data limit daily monthly files
file picture screen lock shared computer password user sign automatically connection
metered ask treat summary problem note notes reply replies post posts new today""".split())


def _words(texts: Iterator[str]) -> set[str]:
    return {w.lower() for text in texts for w in _WORD.findall(text)}


def english_words() -> set[str]:
    """Words of the English sources that no Somali translation uses (plus common ones)."""
    import xml.etree.ElementTree as ET

    sources: list[str] = []
    translations: list[str] = []
    for ts in TS_DIR.glob("*_so.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            sources.append(message.findtext("source") or "")
            translations += [t.text or "" for t in message.iter("translation")]
            translations += [t.text or "" for t in message.iter("numerusform")]
    return (_words(iter(sources)) | _ENGLISH) - _words(iter(translations)) - {
        w.lower() for w in ALLOWED}


def user_data(profile: Profile) -> list[str]:
    db = profile.store.db
    found: set[str] = {profile.server or ""}
    for table, columns in _USER_COLUMNS.items():
        have = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        for column in (c for c in columns if c in have):
            for (value,) in db.execute(f"SELECT {column} FROM {table}"):
                if value:  # as stored, and as a list shows a code ("obstetrics" → "Obstetrics")
                    found.update((str(value), str(value).capitalize()))
    return sorted((s for s in found if s), key=len, reverse=True)


def untranslated(text: str, data: list[str], english: set[str] | None = None) -> bool:
    """Whether Latin letters (Arabic: ``english`` None) or English words (Somali) are
    left once allowed words and user data are taken out."""
    rest = _TAGS.sub(" ", text)
    for item in data:
        if item in rest:
            rest = rest.replace(item, " ")
    for word in ALLOWED:
        rest = re.sub(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", " ", rest)
    rest = re.sub(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*…", " ", rest)  # elided user titles
    # Keyboard shortcuts: key names are printed on the keys in Latin letters.
    rest = re.sub(r"\b(?:(?:Ctrl|Alt|Shift)\+)+(?:F\d{1,2}|[A-Z0-9]|[A-Z][a-z]+)\b", " ", rest)
    if english is not None:
        return bool(_words(iter([rest])) & english)
    return bool(_LATIN.search(rest))


# -- walking the widgets ----------------------------------------------------------------


def _model_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    def count(method: Callable[..., int], parent: QModelIndex) -> int:
        try:
            return method(parent)
        except TypeError:  # a list widget's model keeps columnCount to itself: one column
            return 1

    for section in range(count(model.columnCount, QModelIndex())):
        yield "header", str(model.headerData(section, Qt.Orientation.Horizontal) or "")
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
             Qt.ItemDataRole.AccessibleTextRole)

    def rows(parent: QModelIndex, depth: int) -> Iterator[tuple[str, str]]:
        for row in range(min(count(model.rowCount, parent), 40)):
            for column in range(count(model.columnCount, parent)):
                index = model.index(row, column, parent)
                for role in roles:
                    value = index.data(role)
                    if isinstance(value, str):
                        yield "item", value
                if depth < 2 and column == 0 and count(model.rowCount, index) > 0:
                    yield from rows(index, depth + 1)

    yield from rows(QModelIndex(), 0)


def _action_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    for action in widget.actions():
        if not action.isVisible() or action.isSeparator():
            continue
        yield "action", action.text().replace("&", "")
        if action.toolTip() != action.text().replace("&", ""):
            yield "action tooltip", action.toolTip()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from _action_texts(menu)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str, str]]:
    """(where, what, text) of everything a user sees or hears in ``root``."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        where = widget.objectName() or type(widget).__name__
        found: list[tuple[str, str]] = [("accessible name", widget.accessibleName()),
                                        ("tooltip", widget.toolTip())]
        if widget.isWindow():
            found.append(("window title", widget.windowTitle()))
        if isinstance(widget, QLabel):
            found.append(("text", widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append(("text", widget.text().replace("&", "")))
        elif isinstance(widget, QLineEdit):
            found.append(("placeholder", widget.placeholderText()))
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            found.append(("placeholder", widget.placeholderText()))
        elif isinstance(widget, QGroupBox):
            found.append(("title", widget.title()))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                found += [("tab", widget.tabText(i).replace("&", "")), ("tab tooltip", widget.tabToolTip(i))]
        elif isinstance(widget, QComboBox):
            found += [("choice", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView):
            found += list(_model_texts(widget))
        found += list(_action_texts(widget))
        for what, text in found:
            if text and text.strip():
                yield where, what, text


class Findings:
    """The untranslated strings found, once each, with where they were seen."""

    def __init__(self, lang: str, data: list[str]) -> None:
        self.lang, self.data = lang, data
        self.english = english_words() if lang == "so" else None
        self.seen: dict[str, str] = {}

    def walk(self, place: str, root: QWidget) -> None:
        QApplication.processEvents()
        for where, what, text in visible_texts(root):
            if untranslated(text, self.data, self.english):
                self.seen.setdefault(text.strip(), f"{place}: {where} ({what})")

    def report(self) -> str:
        lines = [f"{len(self.seen)} untranslated strings in '{self.lang}':"]
        lines += [f"  {where}: {text!r}" for text, where in sorted(self.seen.items(), key=lambda kv: kv[1])]
        return "\n".join(lines)


# -- the app in a language ------------------------------------------------------------------


@pytest.fixture
def app_in(qtbot, open_app, sign_in, server: str, tmp_path: Path) -> Callable[[str, str], TutorApp]:
    def make(lang: str, role: str) -> TutorApp:
        directory = sign_in(tmp_path / "profiles" / role, server, ROLES[role])
        profile = Profile(directory)
        try:
            languages.save_profile_language(profile, lang)
        finally:
            profile.close()
        app = open_app(directory)
        with qtbot.waitSignal(app.main_window_shown):
            app.start()
        return app

    yield make
    apply_language("en")


def _settle(qtbot, ms: int = 400) -> None:
    qtbot.wait(ms)


def _walk_app(qtbot, app: TutorApp, found: Findings, role: str) -> None:
    window = app.window
    assert window is not None
    for key in list(window.pages):
        window.show_page(key)
        _settle(qtbot)
        found.walk(f"{role} {key} page", window)
    search = app.search
    if search is not None and hasattr(app.navigation, "_show_search"):
        app.navigation._show_search()
        _settle(qtbot, 200)
        found.walk(f"{role} search", window)
        app.navigation._hide_search()
    sync_page = window.pages.get("sync") if "sync" in window.pages else None
    if sync_page is not None and hasattr(sync_page, "edit_settings"):
        sync_page.edit_settings()
        _settle(qtbot, 200)
        for dialog in QApplication.topLevelWidgets():
            if dialog.isVisible() and dialog.objectName() == "dataSettingsDialog":
                found.walk(f"{role} data settings", dialog)
                dialog.close()
    box = show_error(window, RuntimeError("boom"), "sync")
    found.walk(f"{role} error message", box)
    box.close()
    if app.profile.has_local_password():
        app.profile_lock.lock_now()
        _settle(qtbot, 200)
        found.walk(f"{role} locked window", window)


@pytest.mark.parametrize("lang", LANGS)
def test_every_reachable_string_is_translated(qtbot, app_in, lang: str) -> None:
    found: Findings | None = None
    for role in ROLES:
        app = app_in(lang, role)
        assert app.window.layoutDirection() == (
            Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight)
        if found is None:
            found = Findings(lang, user_data(app.profile))
        else:
            found.data = sorted({*found.data, *user_data(app.profile)}, key=len, reverse=True)
        _walk_app(qtbot, app, found, role)
        root = app.profile.dir.parent
        login = LoginDialog(app.profile)
        qtbot.addWidget(login)
        login.show()
        found.walk(f"{role} login dialog", login)
        prompt = LockScreen(app.profile, can_switch_user=True)
        qtbot.addWidget(prompt)
        prompt.show()
        _settle(qtbot, 300)
        found.walk(f"{role} lock screen", prompt)
    assert found is not None
    start = StartScreen(root=root)
    qtbot.addWidget(start)
    start.show()
    start.load()
    qtbot.waitUntil(lambda: start.model.rowCount() == len(ROLES))
    found.walk("start screen", start)
    dialog = start.remove_selected()
    if dialog is not None and shiboken6.isValid(dialog):
        qtbot.waitUntil(lambda: dialog.work is not None)
        found.walk("remove-user dialog", dialog)
        dialog.close()
    assert len(list_profiles(root)) == len(ROLES)
    assert not found.seen, found.report()


def test_the_checker_finds_english(qtbot) -> None:
    """The walk is no rubber stamp: an English label, tooltip or action fails it."""
    from PySide6.QtGui import QAction

    root = QWidget(objectName="probe")
    qtbot.addWidget(root)
    label = QLabel("المكتبة", root)
    label.setToolTip("Open the lesson")
    QLabel("Sync now", root, objectName="english")
    root.addAction(QAction("Quit", root))
    root.show()
    texts = {text for _w, _what, text in visible_texts(root) if untranslated(text, ["Khadra Ali"])}
    assert texts == {"Open the lesson", "Sync now", "Quit"}
    assert not untranslated("TutorClient — Khadra Ali", ["Khadra Ali"])
    assert not untranslated("١٢ MB", [])
    assert untranslated("١٢ MB waiting", [])
    english = english_words()  # Somali: Latin letters, so English words are looked for
    assert untranslated("Sync now", [], english) and untranslated("Changes waiting to be sent", [], english)
    assert not untranslated("Hadda isku waafaji", [], english)
    assert not untranslated("Ka saar Amina Warsame (demo trainee)", ["Amina Warsame (demo trainee)"], english)


def test_switching_language_applies_at_once_keeps_typing_and_is_kept_per_profile(
        qtbot, app_in) -> None:
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    from tutorclient.ui.app import _fields

    app = app_in("en", "trainee")
    window = app.window
    window.show_page("cases")
    qtbot.wait(300)
    page = window.pages["cases"]
    fields = [f for f in _fields(page) if f.isVisibleTo(page)] or _fields(page)
    assert fields, "the cases page has a text field to type in"
    field = fields[0]
    typed = "Amlodipine 5 mg — ضغط الدم"
    if isinstance(field, QLineEdit):
        field.setText(typed)
    else:
        assert isinstance(field, QPlainTextEdit | QTextEdit)
        field.setPlainText(typed)
    name = field.objectName()

    app.switch_language("ar")

    new = app.window
    assert new is not window and new.isVisible()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert new.nav.item(0).text() == "المكتبة"
    assert new.current_page() == "cases"
    again = new.pages["cases"].findChild(QWidget, name)
    text = again.text() if isinstance(again, QLineEdit) else again.toPlainText()
    assert text == typed  # nothing typed is lost
    qtbot.waitUntil(lambda: languages.profile_language(app.profile) == "ar")


# -- the .ts files themselves ----------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
_APP_SOURCES = sorted(p for p in [*ROOT.glob("tutorclient/ui/*.py"), *ROOT.glob("tutorclient/ui/models/*.py")]
                      if not p.name.startswith("screenshot"))


def _messages(ts: Path) -> list:  # type: ignore[type-arg]
    import xml.etree.ElementTree as ET

    return [(ctx.findtext("name"), m) for ctx in ET.parse(ts).getroot().iter("context")
            for m in ctx.iter("message")]


def test_the_core_sentences_list_for_lupdate_is_up_to_date() -> None:
    from tutorclient.texts import source_list

    assert (ROOT / "tutorclient" / "ui" / "core_texts.py").read_text(encoding="utf-8") == source_list(), \
        "run: python -m tutorclient.texts > tutorclient/ui/core_texts.py (docs/translations.md)"


@pytest.mark.parametrize(("lang", "forms"), [("ar", 6), ("so", 2)])
def test_app_translations_are_complete_with_real_plurals(lang: str, forms: int, tmp_path: Path) -> None:
    import subprocess

    from tutorclient.languages import lrelease_path

    committed = _messages(TS_DIR / f"app_{lang}.ts")
    for ctx, message in committed:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (ctx, message.findtext("source"))
        if message.get("numerus") == "yes":
            numerus = [f.text for f in translation.iter("numerusform")]
            assert len(numerus) == forms and all(numerus), (ctx, message.findtext("source"))
        else:
            assert (translation.text or "").strip(), (ctx, message.findtext("source"))
    # Every string in the code is in the .ts: lupdate over the same files finds no other.
    fresh = tmp_path / f"app_{lang}.ts"
    lupdate = lrelease_path().with_name(lrelease_path().name.replace("lrelease", "lupdate"))
    subprocess.run([str(lupdate), *map(str, _APP_SOURCES), "-target-language", lang, "-ts", str(fresh)],
                   check=True, capture_output=True)
    wanted = {(ctx, m.findtext("source")) for ctx, m in _messages(fresh)}
    have = {(ctx, m.findtext("source")) for ctx, m in committed}
    # A string may live in another area's file (cards_ar.ts, contrib_ar.ts...): all of a
    # language's files together form it (tutorclient/languages.py).
    anywhere = {(ctx, m.findtext("source")) for path in _language_files(lang)
                for ctx, m in _messages(path)}
    assert wanted - anywhere == set(), ("regenerate the .ts (docs/translations.md)",
                                        wanted - anywhere)
    assert have - wanted == set(), ("strings no longer in the code", have - wanted)


def _language_files(lang: str) -> list[Path]:
    """Every area's translation file of ``lang`` (Qt's own strings excluded)."""
    return [p for p in sorted(TS_DIR.glob(f"*_{lang}.ts")) if not p.name.startswith("qtbase_")]


@pytest.mark.parametrize(("lang", "forms"), [("ar", 6), ("so", 2)])
def test_every_area_file_is_finished(lang: str, forms: int) -> None:
    """No area's file (app, views, cards, contrib, ...) ships an empty or unfinished string."""
    files = _language_files(lang)
    assert len(files) >= 2
    for path in files:
        import xml.etree.ElementTree as ET

        assert ET.parse(path).getroot().get("language") == lang, path.name
        for ctx, message in _messages(path):
            translation = message.find("translation")
            where = (path.name, ctx, message.findtext("source"))
            assert translation is not None and translation.get("type") in (None, "vanished",
                                                                           "obsolete"), where
            if translation.get("type"):
                continue
            if message.get("numerus") == "yes":
                numerus = [f.text for f in translation.iter("numerusform")]
                assert len(numerus) == forms and all(numerus), where
            else:
                assert (translation.text or "").strip(), where
