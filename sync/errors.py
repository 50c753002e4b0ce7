"""The one error hierarchy for TutorClient (client, sync engine and server).

Every error carries two texts: the exception message, written for developers and
logs, and ``user_message``, plain language a trainee understands. The UI shows
only ``user_message``; it never parses the developer message. Chain errors with
``raise NewError(...) from exc`` so the cause survives into diagnostics files.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = [
    "TutorClientError",
    "NetworkError",
    "FileStoreUnavailable",
    "AuthError",
    "ConflictError",
    "SyncInterrupted",
    "BadDataError",
    "ProtocolVersionError",
    "StorageError",
    "DiskFullError",
    "CourseFormatError",
    "is_disk_full",
    "disk_full_becomes_typed",
]


class TutorClientError(Exception):
    """Base of every error TutorClient raises on purpose.

    ``user_message`` defaults to a class-level text; pass ``user_message=`` to
    say something more specific for one occurrence.
    """

    user_message: str = "Something went wrong. Your work is saved on this computer."

    def __init__(self, message: str = "", *, user_message: str | None = None) -> None:
        super().__init__(message or type(self).user_message)
        if user_message is not None:
            self.user_message = user_message


class NetworkError(TutorClientError):
    """The server could not be reached or the connection dropped."""

    user_message = "No connection. Your work is saved and will be sent later."


class FileStoreUnavailable(NetworkError):
    """The server answers but its file store does not (``503 blob_store_unavailable``).

    Records still sync; files wait for a later pass, nothing is lost. Not
    retried within the pass: the store is down for longer than a backoff.
    """

    user_message = ("The server cannot take or send files just now. Your records are "
                    "synced; files will follow at a later sync.")


class AuthError(TutorClientError):
    """The server refused our credentials or the session expired."""

    user_message = "Please sign in again. Your work on this computer is kept."


class ConflictError(TutorClientError):
    """A change was rejected because someone else changed the same record first."""

    user_message = (
        "Someone else changed this at the same time. "
        "Your version is kept so you can compare."
    )


class SyncInterrupted(TutorClientError):
    """A sync pass stopped part-way (cancelled, app closed, link lost); it can resume."""

    user_message = "Sync was interrupted. It will continue where it stopped."


class BadDataError(TutorClientError):
    """Data failed validation: a corrupt download, a malformed record or file."""

    user_message = "Some data was damaged and was not used. It will be downloaded again."


class ProtocolVersionError(TutorClientError):
    """Client and server speak incompatible protocol versions.

    ``code`` is the server's reason: ``update_required`` (this client is too old)
    or ``server_too_old`` (the server does not know the version asked for; a
    newer client may then speak an older version to it).
    """

    user_message = "This version of TutorClient is too old for the server. Please update it."

    def __init__(self, message: str = "", *, code: str = "", user_message: str | None = None) -> None:
        super().__init__(message, user_message=user_message)
        self.code = code


class StorageError(TutorClientError):
    """The local database or file store could not be read or written (disk full, locked)."""

    user_message = "TutorClient could not save to this computer. Check that the disk is not full."


#: What a full disk asks the user to free: room for a day's pages, files and the journal.
FREE_AT_LEAST_BYTES = 50 * 1024 * 1024


class DiskFullError(StorageError):
    """The disk (or the user's quota) ran out while TutorClient was writing.

    Nothing is lost: the database rolled back the write that did not fit, and a
    half-written file stays a resumable partial. ``where`` is the drive or folder
    to free space on; ``free_bytes`` how much to free at least.
    """

    def __init__(self, message: str = "", *, where: str | os.PathLike[str] | None = None,
                 free_bytes: int = FREE_AT_LEAST_BYTES, user_message: str | None = None) -> None:
        self.where = mount_point(where) if where is not None else None
        self.free_bytes = free_bytes
        super().__init__(message or "disk full", user_message=user_message or self._text())

    def locate(self, where: str | os.PathLike[str]) -> DiskFullError:
        """Name the drive or folder to free (a lower layer may not know it)."""
        self.where = mount_point(where)
        self.user_message = self._text()
        return self

    def _text(self) -> str:
        return self.text("sync again; nothing was lost")

    def text(self, then: str) -> str:
        """The plain message, ending in what to do once there is room (``then``)."""
        on = f" on {self.where}" if self.where else ""
        return f"The disk is full. Free at least {self.free_bytes // (1024 * 1024)} MB{on} and {then}."

    def __reduce__(self):  # picklable for diagnostics dumps, like CourseFormatError
        return (_rebuild_disk_full, (str(self), self.where, self.free_bytes, self.user_message))


def _rebuild_disk_full(message: str, where: str | None, free_bytes: int,
                       user_message: str) -> DiskFullError:
    return DiskFullError(message, where=where, free_bytes=free_bytes, user_message=user_message)


def mount_point(path: str | os.PathLike[str]) -> str:
    """The drive or mount point holding ``path`` (what a user frees space on)."""
    given = Path(path).absolute()
    if given.drive:  # Windows: C:\ or a UNC share
        return given.drive + "\\"
    p = given
    while not p.exists() and p != p.parent:
        p = p.parent
    while not os.path.ismount(p) and p != p.parent:
        p = p.parent
    # "/" says little on a one-disk laptop: name the folder instead.
    return str(given if p == p.parent else p)


def is_disk_full(exc: BaseException | None) -> bool:
    """Whether ``exc`` (or an error it was raised from) means "no space left"."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, DiskFullError):
            return True
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return True
        if isinstance(exc, sqlite3.Error) and (
                getattr(exc, "sqlite_errorcode", None) == 13  # SQLITE_FULL
                or "database or disk is full" in str(exc)):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


@contextmanager
def disk_full_becomes_typed(where: str | os.PathLike[str] | None) -> Iterator[None]:
    """Turn an ``OSError(ENOSPC)`` or SQLite's "disk is full" into :class:`DiskFullError`."""
    try:
        yield
    except DiskFullError as exc:
        if exc.where is None and where is not None:
            exc.locate(where)
        raise
    except (OSError, sqlite3.Error) as exc:
        if not is_disk_full(exc):
            raise
        raise DiskFullError(f"disk full: {exc}", where=where) from exc


class CourseFormatError(BadDataError):
    """A course folder breaks the authoring format (see docs/authoring.md).

    ``path`` is the offending file and ``line`` its 1-based line number, or
    ``None`` when the problem is the whole file (for example, a missing file).
    ``str(error)`` renders as ``path:line: message`` like a compiler, and
    ``user_message`` is the same text, because the reader is the course author.
    """

    def __init__(self, path: str | os.PathLike[str], line: int | None, message: str) -> None:
        self.path = os.fspath(path)
        self.line = line
        self.message = message
        where = self.path if line is None else f"{self.path}:{line}"
        text = f"{where}: {message}"
        super().__init__(text, user_message=text)

    def __reduce__(self):  # keep the error picklable (multiprocessing, diagnostics dumps)
        return (type(self), (self.path, self.line, self.message))
