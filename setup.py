"""Build hook: compile the translations (``resources/translations/*.ts``) into the package.

The project is declared in ``pyproject.toml``; this file only adds a ``build_py`` step
that runs PySide6's ``lrelease`` so a built wheel carries ``tutorclient/translations/*.qm``.
An editable install skips it: a checkout compiles them on demand into a cache
(``tutorclient.languages.qm_files``). The ``.qm`` files are never committed.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _languages_module():  # type: ignore[no-untyped-def]
    # tutorclient.languages has no dependencies beyond the standard library (and finds
    # lrelease in the PySide6 of the build environment without importing Qt).
    spec = importlib.util.spec_from_file_location("_tc_languages", ROOT / "tutorclient" / "languages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithTranslations(build_py):
    """``build_py``, then ``lrelease`` every ``.ts`` into ``<build>/tutorclient/translations``."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        languages = _languages_module()
        sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
        if not sources:
            return
        out = Path(self.build_lib) / "tutorclient" / "translations"
        built = languages.compile_ts(sources, out)
        self.announce(f"compiled {len(built)} translations into {out}", level=2)


setup(cmdclass={"build_py": BuildPyWithTranslations})
