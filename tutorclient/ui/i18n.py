"""The interface language in Qt: translators, layout direction, locale, English plurals.

:func:`apply_language` installs every translation of a language
(``tutorclient.languages.qm_files``: our areas and ``qtbase_so``) plus Qt's own
``qtbase_<lang>.qm``, sets the layout direction (right to left for Arabic) and
the default ``QLocale`` (numbers and dates). Installing translators sends every
widget a ``LanguageChange`` event; widgets that build their text in
``retranslate()`` redo it then.

:func:`tr_core` translates what the core wrote (``tutorclient.texts``).
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from tutorclient import languages
from tutorclient.texts import CONTEXT, Text

log = logging.getLogger(__name__)

_LOCALES = {
    "en": "en_GB",
    "ar": "ar_PS",  # Palestine: Arabic-Indic digits, as the glossary says
    "so": "so_SO",
}

_state: dict[str, object] = {"code": languages.DEFAULT_LANGUAGE, "translators": []}

_PLURAL_WORD = re.compile(r"(\w+)\((s|es)\)")
_CHOICE = re.compile(r"\(([^()|]*)\|([^()|]*)\)")


def english_plural(source: str, n: int) -> str:
    """Our plural sources in English for ``n``: "reply(s)" gives "reply" or "replies",
    "box(es)" "boxes", and "(singular|plural)" picks a side ("(It downloads|They download)")."""
    one = n == 1
    source = _CHOICE.sub(lambda m: m.group(1) if one else m.group(2), source)

    def word(match: re.Match[str]) -> str:
        stem, suffix = match.group(1), match.group(2)
        if one:
            return stem
        if suffix == "s" and stem.endswith("y") and len(stem) > 1 and stem[-2] not in "aeiou":
            return stem[:-1] + "ies"
        return stem + suffix

    return _PLURAL_WORD.sub(word, source)


class EnglishPlurals(QTranslator):
    """English plurals of our ``%n ...(s)`` sources, asked last: without a
    translation (English, or a string not yet translated) "1 reply", "2 replies"
    rather than "1 reply(s)". Qt fills in ``%n`` afterwards."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: D102
                  n: int = -1) -> str | None:
        if n is not None and n >= 0 and ("(s)" in source or "(es)" in source or "|" in source):
            return english_plural(source, n)
        return None  # not ours: the source text (an empty string would be shown as is)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return False


def install_english_plurals(app: QCoreApplication) -> None:
    """Once per application, before any other translator (so it is asked last)."""
    if app.property("tutorclientEnglishPlurals"):
        return
    translator = EnglishPlurals(app)
    QCoreApplication.installTranslator(translator)
    app.setProperty("tutorclientEnglishPlurals", True)


def current_language() -> str:
    return str(_state["code"])


def locale_of(code: str | None = None) -> QLocale:
    return QLocale(_LOCALES.get(code or current_language(), _LOCALES["en"]))


def apply_language(code: str) -> str:
    """Switch the running app to ``code`` (unknown codes fall back to English)."""
    code = languages.normalise(code) or languages.DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    unchanged = code == _state["code"] and (_state["translators"] or code == "en")
    if unchanged or app is None:  # English at start: nothing to load, nothing to change
        _state["code"] = code
        return code
    install_english_plurals(app)
    for old in _state["translators"]:  # type: ignore[union-attr]
        QCoreApplication.removeTranslator(old)
    translators: list[QTranslator] = []
    files = [str(p) for p in languages.qm_files(code)]
    if code != languages.DEFAULT_LANGUAGE:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        files.append(f"{qt_dir}/qtbase_{code}.qm")  # absent for Somali: our qtbase_so is above
    for path in files:
        translator = QTranslator(app)
        if translator.load(path):
            QCoreApplication.installTranslator(translator)
            translators.append(translator)
        elif "qtbase_so" not in path:
            log.info("no translation loaded from %s", path)
    _state["translators"] = translators
    _state["code"] = code
    QLocale.setDefault(locale_of(code))
    if isinstance(app, QGuiApplication):
        QGuiApplication.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if languages.is_rtl(code)
            else Qt.LayoutDirection.LeftToRight)
    return code


def tr_core(text: str) -> str:
    """A core sentence (``N_`` string or :class:`~tutorclient.texts.Text`) in the
    current language; anything else unchanged if no translation is known."""
    if isinstance(text, Text):
        if not _translated():
            return str(text)  # English: the core's own rendering
        n = -1 if text.n is None else text.n
        out = QCoreApplication.translate(CONTEXT, text.msgid, None, n)
        for i, arg in enumerate(text.args, 1):
            out = out.replace(f"%{i}", tr_core(arg))
        return out
    return QCoreApplication.translate(CONTEXT, text)


def _translated() -> bool:
    return current_language() != languages.DEFAULT_LANGUAGE


def number(value: float, decimals: int = -1) -> str:
    """A number as the language writes it (Arabic-Indic digits in Arabic)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # "1234", as before
    if decimals < 0:
        return locale.toString(int(value)) if float(value).is_integer() else \
            locale.toString(float(value), "f", 1)
    return locale.toString(float(value), "f", decimals)


_DIGITS = re.compile(r"\d+")


def digits(text: str) -> str:
    """The interface's own digits in ``text`` in the language's digits (Arabic-Indic in Arabic)."""
    zero = QLocale().zeroDigit()
    if zero == "0":
        return text
    base = ord(zero)
    return _DIGITS.sub(lambda m: "".join(chr(base + int(d)) for d in m.group()), text)


__all__ = ["EnglishPlurals", "apply_language", "english_plural", "install_english_plurals", "arg", "short_moment", "current_language", "digits", "locale_of",
           "number", "tr_core"]


def arg(text: str, *values: object) -> str:
    """Qt's ``QString.arg``: ``%1``, ``%2``... in a translated text filled in (numbers
    in the language's digits)."""
    for i, value in reversed(list(enumerate(values, 1))):  # %10 before %1
        shown = number(value) if isinstance(value, int | float) and not isinstance(value, bool) \
            else str(value)
        text = text.replace(f"%{i}", shown)
    return text


def short_moment(moment: object, *, today_word: bool = True) -> str:
    """'today 14:05' or '3 Nov 09:12' in the interface language (a ``datetime``)."""
    from datetime import datetime

    from PySide6.QtCore import QDateTime

    assert isinstance(moment, datetime)
    qt = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    locale = QLocale()
    clock = locale.toString(qt.time(), "HH:mm")
    if today_word and moment.date() == datetime.now().astimezone().date():
        return arg(QCoreApplication.translate("Time", "today %1"), clock)
    return locale.toString(qt, "d MMM HH:mm")
