"""The diagnostics zip a trainee sends to support: logs, versions, settings, sync history.

Core module: no Qt. Secrets never leave the computer: every text that goes
into the zip passes through :func:`scrub`, which removes bearer tokens,
``"token": "..."`` values and ``password=...``, plus any exact secret
values the caller names (the profile's own tokens, read from the keyring).
Case content is never included: the outbox appears as kinds, sizes and ages.

The zip is written under a temporary name and renamed, so a power cut never
leaves a half-written file with the real name.
"""

from __future__ import annotations

import collections
import io
import json
import logging
import os
import re
import sqlite3
import sys
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import tutorclient

if TYPE_CHECKING:
    from tutorclient.session import Profile

__all__ = [
    "RecentLog",
    "default_dir",
    "environment_report",
    "export_diagnostics",
    "recent_log",
    "scrub",
    "write_zip",
]

SCRUBBED = "[scrubbed]"
_SECRET_KEYS = r"(?:access_token|refresh_token|token|refresh|password|passwd|secret|api_key|apikey)"
_SCRUB_RULES: list[tuple[re.Pattern[str], str]] = [
    # The scheme goes too: a support reader needs to know a credential was there, not its kind.
    (re.compile(r"\bBearer\s+[^\s'\",;]+", re.IGNORECASE), SCRUBBED),
    (re.compile(r"(\bAuthorization\s*[:=]\s*)\w+\s+[^\s'\",;]+", re.IGNORECASE), r"\1" + SCRUBBED),
    (re.compile(rf"""(["']{_SECRET_KEYS}["']\s*:\s*["'])[^"']*""", re.IGNORECASE), r"\1" + SCRUBBED),
    (re.compile(rf"(\b{_SECRET_KEYS}=)[^&\s'\",;)]+", re.IGNORECASE), r"\1" + SCRUBBED),
]
_SECRET_SETTING = re.compile(_SECRET_KEYS, re.IGNORECASE)
MAX_LOG_LINES = 2000
HISTORY_ROWS = 500


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """Remove bearer tokens, secret-looking values and each exact string in ``secrets``."""
    for secret in sorted({s for s in secrets if s and len(s) >= 6}, key=len, reverse=True):
        text = text.replace(secret, SCRUBBED)
    for pattern, replacement in _SCRUB_RULES:
        text = pattern.sub(replacement, text)
    return text


def _scrub_value(key: str, value: Any) -> Any:
    if _SECRET_SETTING.search(key):
        return SCRUBBED
    if isinstance(value, dict):
        return {k: _scrub_value(str(k), v) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub_value(key, v) for v in value]
    return value


# -- recent log lines, kept in memory ------------------------------------------------------


class RecentLog(logging.Handler):
    """The last log lines, so a diagnostics file works without a log file on disk."""

    def __init__(self, capacity: int = MAX_LOG_LINES) -> None:
        super().__init__(logging.DEBUG)
        self.lines: collections.deque[str] = collections.deque(maxlen=capacity)
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.extend(self.format(record).splitlines())
        except Exception:  # noqa: BLE001 - logging must never raise
            self.handleError(record)


_recent: RecentLog | None = None


def recent_log() -> RecentLog:
    """The process-wide recent-lines handler, attached to the root logger on first use."""
    global _recent
    if _recent is None:
        _recent = RecentLog()
        logging.getLogger().addHandler(_recent)
        for name in ("tutorclient", "sync"):  # our INFO lines (probes, syncs), not every library's
            ours = logging.getLogger(name)
            if ours.level == logging.NOTSET:
                ours.setLevel(logging.INFO)
    return _recent


def log_tail(path: Path, max_lines: int, max_bytes: int = 256 * 1024) -> list[str]:
    # Read only the end: a log on an old laptop can be large and the disk slow.
    try:
        with open(path, "rb") as fh:
            fh.seek(0, os.SEEK_END)
            fh.seek(max(0, fh.tell() - max_bytes))
            data = fh.read()
    except OSError as exc:
        return [f"(log file {path} unreadable: {exc.strerror})"]
    return data.decode("utf-8", "replace").splitlines()[-max_lines:]


# -- what goes in ------------------------------------------------------------------------------


def _version(dist: str) -> str:
    try:
        from importlib import metadata  # slow to import; only a report needs it

        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def environment_report() -> str:
    """Versions and platform. Qt's own version only if the UI already loaded it."""
    import platform

    qt = sys.modules.get("PySide6.QtCore")
    lines = [
        f"tutorclient: {tutorclient.__version__}",
        f"python: {sys.version.split()[0]} ({platform.python_implementation()})",
        f"pyside6: {_version('PySide6')}",
        f"qt: {qt.qVersion() if qt is not None else 'not loaded'}",  # type: ignore[attr-defined]
        f"requests: {_version('requests')}",
        f"sqlite: {sqlite3.sqlite_version}",
        f"platform: {platform.platform()}",
        f"machine: {platform.machine()}",
        f"written: {datetime.now().astimezone().isoformat(timespec='seconds')}",
    ]
    return "\n".join(lines) + "\n"


def settings_report(profile: Profile) -> str:
    rows = profile.store.db.execute("SELECT key, value FROM settings ORDER BY key").fetchall()
    data: dict[str, Any] = {}
    for key, raw in rows:
        try:
            value = json.loads(raw)
        except (TypeError, ValueError):
            value = raw
        data[key] = _scrub_value(key, value)
    data.pop("window_geometry", None)  # noise
    return json.dumps(data, indent=2, sort_keys=True, default=str) + "\n"


def history_csv(profile: Profile, limit: int = HISTORY_ROWS) -> str:
    import csv

    cur = profile.store.db.execute(
        "SELECT id, started_at, finished_at, result, stage, requests, bytes_up, bytes_down, "
        "pushed, pulled, conflicts, blobs, error, via FROM sync_history ORDER BY id DESC LIMIT ?",
        [limit])
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([d[0] for d in cur.description])
    writer.writerows(cur.fetchall())
    return out.getvalue()


def outbox_report(profile: Profile) -> str:
    """What waits to be sent: kinds, states, sizes and ages; never the content."""
    rows = profile.store.db.execute(
        "SELECT kind, action, state, length(payload), attempts, created_at, error FROM outbox "
        "WHERE state != 'done' ORDER BY seq").fetchall()
    lines = ["kind,action,state,bytes,attempts,created_at,error"]
    lines += [",".join("" if v is None else str(v).replace(",", ";") for v in row) for row in rows]
    conflicts = profile.store.db.execute(
        "SELECT count(*) FROM conflicts WHERE resolved_at IS NULL").fetchone()[0]
    lines.append(f"# open conflicts: {conflicts}")
    return "\n".join(lines) + "\n"


def _profile_secrets(profile: Profile) -> list[str]:
    try:
        creds = profile.credentials()
    except Exception:
        logging.getLogger(__name__).debug("credentials unreadable for scrubbing", exc_info=True)
        return []
    return [s for s in ((creds.token, creds.refresh) if creds else ()) if s]


# -- writing -------------------------------------------------------------------------------------


def default_dir() -> Path:
    """The user's Documents folder, where a trainee finds the file; else their home folder.

    Never the profile: the demo's profile is temporary and deleted on exit.
    """
    try:
        import platformdirs

        docs = Path(platformdirs.user_documents_dir())
        if docs.is_dir():
            return docs
    except Exception:
        logging.getLogger(__name__).debug("no Documents folder", exc_info=True)
    return Path.home()


def write_zip(dest_dir: Path | str, files: dict[str, str], *, secrets: Sequence[str] = (),
              prefix: str = "tutorclient-diagnostics") -> Path:
    """Write ``files`` (name → text), each scrubbed, as ``<prefix>-<time>.zip``; return its path."""
    import zipfile  # these imports wait for a report: the app starts without them

    dest = Path(dest_dir)
    dest.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = dest / f"{prefix}-{stamp}.zip"
    n = 1
    while target.exists():
        n += 1
        target = dest / f"{prefix}-{stamp}-{n}.zip"
    partial = target.with_name(target.name + ".part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, text in files.items():
            zf.writestr(name, scrub(text, secrets))
    os.replace(partial, target)
    return target


def export_diagnostics(profile: Profile, dest_dir: Path | str, *, log_lines: Iterable[str] = (),
                       log_path: Path | str | None = None, extra: dict[str, str] | None = None,
                       max_log_lines: int = MAX_LOG_LINES) -> Path:
    """The support zip for ``profile``: ``environment.txt``, ``settings.json``,
    ``sync_history.csv``, ``outbox.csv``, ``log.txt`` and any ``extra`` texts.

    Blocks on disk and keyring: run it on a lane.
    """
    lines = log_tail(Path(log_path), max_log_lines) if log_path else []
    lines += list(log_lines)
    if _recent is not None and not log_lines:
        lines += list(_recent.lines)
    files = {
        "environment.txt": environment_report(),
        "settings.json": settings_report(profile),
        "sync_history.csv": history_csv(profile),
        "outbox.csv": outbox_report(profile),
        "log.txt": "\n".join(lines[-max_log_lines:]) + "\n",
        **(extra or {}),
    }
    return write_zip(dest_dir, files, secrets=_profile_secrets(profile))
