"""The one error hierarchy for TutorClient (client, sync engine and server).

Every error carries two texts: the exception message, written for developers and
logs, and ``user_message``, plain language a trainee understands. The UI shows
only ``user_message``; it never parses the developer message. Chain errors with
``raise NewError(...) from exc`` so the cause survives into diagnostics files.
"""

from __future__ import annotations

import os

__all__ = [
    "TutorClientError",
    "NetworkError",
    "AuthError",
    "ConflictError",
    "SyncInterrupted",
    "BadDataError",
    "ProtocolVersionError",
    "StorageError",
    "CourseFormatError",
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
    """Client and server speak incompatible protocol versions."""

    user_message = "This version of TutorClient is too old for the server. Please update it."


class StorageError(TutorClientError):
    """The local database or file store could not be read or written (disk full, locked)."""

    user_message = "TutorClient could not save to this computer. Check that the disk is not full."


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
