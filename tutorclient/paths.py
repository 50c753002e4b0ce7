"""Where profiles and the shared blob cache live on disk.

Layout under the application home (``TUTORCLIENT_HOME``, or the platform's
user data directory)::

    <home>/profiles/<name>/profile.db   one SQLite database per user profile
    <home>/profiles/<name>/settings.json
    <home>/blobs/ab/abcdef...           course blobs, shared by every profile

A profile given explicitly (``--profile DIR``) may live anywhere; when it is
not inside a ``profiles`` folder it keeps its blobs in ``DIR/blobs``.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

APP_NAME = "TutorClient"
HOME_ENV = "TUTORCLIENT_HOME"
DEFAULT_PROFILE = "default"
_PROFILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def app_home() -> Path:
    """The application home: ``$TUTORCLIENT_HOME`` or the user data dir."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs  # only when no TUTORCLIENT_HOME says where

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def profiles_dir() -> Path:
    return app_home() / "profiles"


def profile_dir(name: str = DEFAULT_PROFILE) -> Path:
    """The directory of a named profile under the application home."""
    if not _PROFILE_NAME.match(name):
        raise ValueError(
            f"Profile names use letters, digits, '.', '_' and '-' only: {name!r}"
        )
    return profiles_dir() / name


def resolve_profile(explicit: str | os.PathLike | None) -> Path:
    """The profile directory for a command: ``--profile DIR`` or the default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    return profile_dir(DEFAULT_PROFILE)


def blob_root_for(profile: Path) -> Path:
    """Course blobs are shared by the profiles of one home, deduplicated by hash."""
    profile = Path(profile)
    if profile.parent.name == "profiles":
        return profile.parent.parent / "blobs"
    return profile / "blobs"


@contextmanager
def scratch_dir(prefix: str) -> Iterator[Path]:
    """A new private temporary folder, removed with everything in it on exit
    (demo and self-test profiles, screenshot runs)."""
    with tempfile.TemporaryDirectory(prefix=prefix, ignore_cleanup_errors=True) as tmp:
        yield Path(tmp)


def output_dir(path: str | os.PathLike) -> Path:
    """A folder the user named for files we write (screenshots), created if missing."""
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


#: The folders a file picker may open in (platformdirs' names without "user_" and "_dir").
START_FOLDERS = ("pictures", "documents")


def start_folder(kind: str = "documents") -> Path:
    """Where a file picker opens: the user's Pictures or Documents folder, else their home.

    Never the working folder: started from a shortcut that is often the program's own.
    """
    if kind not in START_FOLDERS:
        raise ValueError(f"start_folder: {kind!r} is not one of {START_FOLDERS}")
    try:
        import platformdirs

        folder = Path(getattr(platformdirs, f"user_{kind}_dir")())
        if folder.is_dir():
            return folder
    except Exception:  # an odd desktop configuration: home is still a good start
        pass
    return Path.home()

