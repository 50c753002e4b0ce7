"""Every string the views hand to Qt's translator has a finished Arabic and Somali translation.

The sources are read from the code itself (``self.tr``, ``QCoreApplication.translate`` and
``QT_TRANSLATE_NOOP`` calls under ``tutorclient/ui/views/``), so a new string without a
translation fails here, before a trainee sees it in English.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout

from tutorclient.ui.views.direction import back, forward, pointing, set_margins
from tutorclient.ui.views.plurals import english_plural
from tutorclient.ui.views.search import hit_mark

ROOT = Path(__file__).resolve().parents[2]
VIEWS = ROOT / "tutorclient" / "ui" / "views"
TS = {lang: ROOT / "resources" / "translations" / f"views_{lang}.ts" for lang in ("ar", "so")}
FORMS = {"ar": 6, "so": 2}  # Arabic: zero, one, two, few, many, other; Somali: one, other
PLACEHOLDER = re.compile(r"\{\w+\}")

Key = tuple[str, str, bool]  # context, source, plural


def _text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _calls(path: Path) -> tuple[set[Key], list[str]]:
    """The (context, source, plural) of every literal translation call in ``path``, and any
    call that hands the translator a built string (an f-string: never found in a .ts)."""
    found: set[Key] = set()
    built: list[str] = []

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                args = child.args
                if name == "tr" and isinstance(func, ast.Attribute) and args:
                    context, text = cls, args[0]
                    plural = len(args) >= 3
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                    context, text = _text(args[0]), args[1]
                    plural = len(args) >= 4
                else:
                    context = text = None
                if text is not None:
                    if isinstance(text, ast.JoinedStr):
                        built.append(f"{path.name}:{child.lineno}")
                    elif _text(text) is not None and context:
                        found.add((context, _text(text), plural))
            visit(child, cls)

    visit(ast.parse(path.read_text(encoding="utf-8")), None)
    return found, built


def _code_strings() -> tuple[set[Key], list[str]]:
    keys: set[Key] = set()
    built: list[str] = []
    for path in sorted(VIEWS.glob("*.py")):
        found, bad = _calls(path)
        keys |= found
        built += bad
    return keys, built


def _ts(lang: str) -> dict[Key, list[str]]:
    """(context, source, plural) -> its translation (one text, or every plural form)."""
    out: dict[Key, list[str]] = {}
    # All of a language's files form it: a view of another area (cards, contributions...)
    # keeps its strings in that area's file.
    files = [TS[lang]] + [p for p in sorted(TS[lang].parent.glob(f"*_{lang}.ts"))
                          if p != TS[lang] and not p.name.startswith("qtbase_")]
    for context in (c for f in files for c in ET.parse(f).getroot().iter("context")):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            plural = message.get("numerus") == "yes"
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                out[(name, message.findtext("source") or "", plural)] = []
                continue
            texts = ([form.text or "" for form in translation.iter("numerusform")] if plural
                     else [translation.text or ""])
            out[(name, message.findtext("source") or "", plural)] = texts
    return out


def test_views_hand_the_translator_fixed_strings() -> None:
    keys, built = _code_strings()
    assert len(keys) > 500  # the views' strings were found at all
    assert built == [], "tr() of an f-string is never translated; use tr('… {x}').format(x=…)"


@pytest.mark.parametrize("lang", ["ar", "so"])
def test_every_view_string_is_translated(lang: str) -> None:
    ts = _ts(lang)
    header = ET.parse(TS[lang]).getroot().get("language")
    assert header == lang
    keys, _built = _code_strings()
    missing = sorted(k for k in keys if k not in ts)
    assert missing == [], f"not in any *_{lang}.ts (run lupdate, then translate): {missing[:10]}"
    ts = {k: v for k, v in ts.items() if k in keys}  # the views' strings, wherever they live
    unfinished = sorted(k for k, texts in ts.items() if not texts or not all(t.strip() for t in texts))
    assert unfinished == [], f"unfinished in views_{lang}.ts: {unfinished[:10]}"
    for (context, source, plural), texts in ts.items():
        if plural:
            assert len(texts) == FORMS[lang], (context, source, texts)
            if "%n" in source:  # the forms used for counts above two say the number
                assert all("%n" in t or "%Ln" in t for t in texts[-2:]), (context, source)
        wanted = set(PLACEHOLDER.findall(source))
        for number, text in enumerate(texts):
            got = set(PLACEHOLDER.findall(text))
            # Arabic zero/one/two forms are whole words ("ملفان") and may drop a placeholder
            if plural and lang == "ar" and number < 3:
                assert got <= wanted, (context, source, text)
            else:
                assert got == wanted, (context, source, text)
        if lang == "ar":
            assert all(_latin_ok(text) for text in texts), (context, source, texts)


def _latin_ok(text: str) -> bool:
    """Latin words an Arabic translation keeps: product, formats, units, keys, file patterns."""
    kept = {"TutorClient", "Ctrl", "Shift", "Enter", "Left", "Right", "PgUp", "PgDn", "Alt", "Wi-Fi",
            "jpeg", "webp", "tiff", "xAPI"}
    words = re.findall(r"[A-Za-z]{4,}", PLACEHOLDER.sub("", text))
    return all(w in kept for w in words)


def test_english_plurals_read_as_before_without_a_translation() -> None:
    assert english_plural("%n file(s)".replace("%n", "1"), 1) == "1 file"
    assert english_plural("2 file(s) and 3 box(es)", 2) == "2 files and 3 boxes"
    assert english_plural("(This picture downloads|These pictures download) first", 1) \
        == "This picture downloads first"
    assert english_plural("(This picture downloads|These pictures download) first", 4) \
        == "These pictures download first"
    assert english_plural("ملفان", 2) == "ملفان"  # a translation passes through unchanged


def test_arrows_point_the_way_the_layout_reads(qapp) -> None:
    assert (back("Back"), forward("Next"), pointing("←")) == ("◀  Back", "Next  ▶", "←")
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert (back("رجوع"), forward("التالي"), pointing("←")) == ("▶  رجوع", "التالي  ◀", "→")
        layout = QHBoxLayout()
        set_margins(layout, 0, 1, 10, 2)  # the gap for a scroll bar goes to its side
        margins = layout.contentsMargins()
        assert (margins.left(), margins.top(), margins.right(), margins.bottom()) == (10, 1, 0, 2)
        # the search hit's mark points into its heading, whose direction is its own
        assert (hit_mark("Khadra Ali · today"), hit_mark("خضرة علي · اليوم")) == ("▶", "◀")
    finally:
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("lang", ["ar", "so"])
def test_the_compiled_translation_is_used(qapp, tmp_path: Path, lang: str) -> None:
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    if not lrelease.exists() and shutil.which("lrelease") is None:
        pytest.skip("lrelease is not installed")
    qm = tmp_path / f"views_{lang}.qm"
    subprocess.run([str(lrelease if lrelease.exists() else "lrelease"), str(TS[lang]), "-qm", str(qm)],
                   check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        from tutorclient.ui.views.sync_stages import attachments_text

        sync_now = {"ar": "مزامنة الآن", "so": "Hadda isku waafaji"}[lang]
        assert QCoreApplication.translate("SyncPage", "Sync now") == sync_now
        one, many = attachments_text(1, 3_100_000), attachments_text(5, 3_100_000)
        assert "(s)" not in one + many and "attachment" not in one + many
        assert one != many if lang == "ar" else "5" in many
    finally:
        QCoreApplication.removeTranslator(translator)


def test_counts_and_times_use_the_languages_digits(qapp) -> None:
    from datetime import datetime

    from PySide6.QtCore import QLocale

    from tutorclient.ui.views.plurals import clock_text, ltr, num_text

    before = QLocale()
    try:
        QLocale.setDefault(QLocale("en_US"))
        assert (num_text(1234), clock_text(datetime(2026, 1, 2, 9, 5)), ltr("23 KB")) \
            == ("1234", "09:05", "23 KB")  # English reads as it always did
        QLocale.setDefault(QLocale("ar"))
        assert (num_text(12), clock_text(datetime(2026, 1, 2, 9, 5))) == ("١٢", "٠٩:٠٥")
        assert num_text("–") == "–"  # not a count: left alone
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        assert ltr("23 KB") == "\u200e23 KB\u200e"  # else shown as "KB 23"
    finally:
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(before)
