"""The interface language: which one, where it is kept, and its compiled translations.

* ``en``, ``ar`` and ``so`` (:data:`LANGUAGES`). Each profile keeps its own choice
  (the ``language`` setting, :func:`profile_language` / :func:`save_profile_language`);
  the start screen keeps the home's choice (:func:`home_language`), which is also the
  default of a profile that never chose. Without either, the system locale decides
  (:func:`system_language`: ``ar*`` → Arabic, ``so*`` → Somali, else English).
* A language is every ``resources/translations/*_<lang>.ts`` (the areas ``app``,
  ``views``, ... and ``qtbase`` for Qt's own strings in Somali). Qt loads compiled
  ``.qm`` files, which are built, never committed: by the package build
  (``setup.py``), by ``build_installer.py``, and, in a checkout, here on demand into
  a cache when a ``.qm`` is missing or older than its ``.ts`` (:func:`qm_files`).

No Qt here: ``lrelease`` is a program in the PySide6 wheel, run as a subprocess.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: Language code -> its name in that language (what the chooser lists).
LANGUAGES: dict[str, str] = {"en": "English", "ar": "العربية", "so": "Soomaali"}
RTL_LANGUAGES = frozenset({"ar"})
DEFAULT_LANGUAGE = "en"
SETTING = "language"  # the profile setting
HOME_FILE = "language.json"  # beside the profiles of one home
#: Overrides every choice (screenshots in a language, trying a translation).
ENV = "TUTORCLIENT_LANGUAGE"

_PACKAGE = Path(__file__).resolve().parent
#: The sources in a checkout (absent from an installed package).
TS_DIR = _PACKAGE.parent / "resources" / "translations"
#: The compiled files of a built package or bundle (setup.py, build_installer.py).
PACKAGED_QM_DIR = _PACKAGE / "translations"


def normalise(code: str | None) -> str | None:
    """``code`` if it is one of ours, else None."""
    return code if code in LANGUAGES else None


def system_language(locale_name: str | None = None) -> str:
    """The default from the system locale (``ar_PS.UTF-8`` → ``ar``); English otherwise."""
    if locale_name is None:
        for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
            if os.environ.get(var):
                locale_name = os.environ[var].split(":")[0]
                break
        else:
            import locale

            locale_name = locale.getlocale()[0] or ""
    head = locale_name.lower()[:2]
    return head if head in ("ar", "so") else DEFAULT_LANGUAGE


def is_rtl(code: str) -> bool:
    return code in RTL_LANGUAGES


# -- where the choice is kept --------------------------------------------------------


def home_language(root: Path) -> str | None:
    """The start screen's language for the home whose profiles are under ``root``."""
    try:
        return normalise(json.loads((root / HOME_FILE).read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


def save_home_language(root: Path, code: str) -> None:
    root.mkdir(parents=True, exist_ok=True)
    (root / HOME_FILE).write_text(json.dumps(code), encoding="utf-8")


def profile_language(profile: Any) -> str | None:
    """The language a profile chose (``Profile.setting``), None if it never chose."""
    return normalise(profile.setting(SETTING))


def save_profile_language(profile: Any, code: str) -> None:
    """Keep ``code`` as the profile's language (a write: run it on the write lane)."""
    if normalise(code) is None:
        raise ValueError(f"unknown language {code!r}")
    profile.set_setting(SETTING, code)


def language_for(profile_choice: str | None, home_choice: str | None,
                 locale_name: str | None = None) -> str:
    """``$TUTORCLIENT_LANGUAGE``, else the profile's choice, else the home's, else the
    system locale's."""
    forced = normalise(os.environ.get(ENV))
    return forced or profile_choice or home_choice or system_language(locale_name)


# -- compiled translations ------------------------------------------------------------


def lrelease_path() -> Path | None:
    """``lrelease`` from the PySide6 wheel (found without importing Qt)."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for name in ("lrelease", "lrelease.exe"):
            if (Path(folder) / name).is_file():
                return Path(folder) / name
    return None


def ts_files(code: str, ts_dir: Path = TS_DIR) -> list[Path]:
    """The sources of one language: every ``*_<code>.ts``."""
    return sorted(ts_dir.glob(f"*_{code}.ts")) if ts_dir.is_dir() else []


def compile_ts(sources: list[Path], out_dir: Path) -> list[Path]:
    """``lrelease`` each source into ``out_dir`` (one ``.qm`` per ``.ts``)."""
    tool = lrelease_path()
    if tool is None:
        raise RuntimeError("lrelease not found: is PySide6 installed?")
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sources:
        qm = out_dir / (ts.stem + ".qm")
        subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True,
                       stdout=subprocess.DEVNULL)
        built.append(qm)
    return built


def cache_dir() -> Path:
    """platformdirs' user cache folder, spelt out: importing platformdirs costs ~20 ms at start."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "TutorClient" / "Cache"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches" / "TutorClient"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "TutorClient"
    return base / "translations"


def qm_files(code: str, *, ts_dir: Path = TS_DIR, packaged: Path = PACKAGED_QM_DIR,
             cache: Path | None = None) -> list[Path]:
    """The compiled translations of ``code``: packaged ones, else built on demand.

    A checkout compiles a ``.qm`` into the cache when it is missing or older than
    its ``.ts`` (a few milliseconds each); otherwise nothing is run, only stat'ed.
    """
    if code == DEFAULT_LANGUAGE:
        return []
    sources = ts_files(code, ts_dir)
    if not sources:
        return sorted(packaged.glob(f"*_{code}.qm")) if packaged.is_dir() else []
    cache = cache or cache_dir()
    stale = [ts for ts in sources if not _fresh(cache / (ts.stem + ".qm"), ts)]
    if stale:
        try:
            compile_ts(stale, cache)
        except (OSError, RuntimeError, subprocess.CalledProcessError) as exc:
            log.warning("cannot compile translations %s: %s", [p.name for p in stale], exc)
    return [cache / (ts.stem + ".qm") for ts in sources if (cache / (ts.stem + ".qm")).is_file()]


def _fresh(qm: Path, ts: Path) -> bool:
    try:
        return qm.stat().st_mtime >= ts.stat().st_mtime
    except OSError:
        return False


__all__ = ["LANGUAGES", "compile_ts", "home_language", "is_rtl", "language_for",
           "lrelease_path", "profile_language", "qm_files", "save_home_language",
           "save_profile_language", "system_language", "ts_files"]
