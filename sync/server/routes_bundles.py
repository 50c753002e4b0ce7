"""``GET /v1/bundles/<username>``: a coordinator makes a trainee's USB bundle without a terminal.

The same signed ``to-device`` bundle as ``tutorclient-server bundle export``
(:func:`sync.server.bundles.export_to_device`), for coordinators and
administrators only: a coordinator may make one for a user who shares one of
their partnerships (as ``/v1/devices`` lists them), an administrator for
anyone. The bundle holds that user's records, as the stick always did; every
export is logged with who made it for whom.

The file is written to a private temporary file under the data folder, sent
with a ``Content-Length`` and deleted once sent.
"""

from __future__ import annotations

import logging
import os
import tempfile
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from sqlalchemy import select
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.responses import FileResponse, Response

from sync.bundle import BundleError
from sync.protocol import BUNDLES_PATH
from sync.server import bundles
from sync.server import schema as t
from sync.server.auth import Auth
from sync.server.db import Database
from sync.server.http import ApiError
from sync.server.scopes import Viewer
from sync.server.settings import MB, Settings

log = logging.getLogger("tutorclient.server.bundles")

MAX_BUNDLE_MB = 4096.0


def _may_export_for(db: Database, viewer: Viewer, username: str) -> bool:
    """Coordinators: users sharing a partnership; admins: anyone (an unknown name: no)."""
    a = t.accounts
    with db.read() as conn:
        row = conn.execute(select(a.c.partnerships).where(a.c.username == username)).first()
    if row is None:
        return False
    return viewer.is_admin or bool(set(row.partnerships.split()) & viewer.partnerships)


def router(auth: Auth, db: Database, settings: Settings) -> APIRouter:
    """The coordinators' bundle route."""
    r = APIRouter()

    def export(viewer: Viewer, username: str, text_only: bool, max_mb: float | None,
               since_cursor: int | None) -> str:
        if not _may_export_for(db, viewer, username):
            # Same answer for "no such user" and "not in your partnerships".
            raise ApiError(404, "not_found", f"There is no user {username!r} in your "
                           "partnerships.")
        tmp_dir = settings.data_dir / "tmp"
        tmp_dir.mkdir(mode=0o700, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix="bundle-", suffix=".tcb", dir=tmp_dir)
        os.close(fd)
        try:
            budget = int(max_mb * MB) if max_mb else bundles.DEFAULT_EXPORT_BYTES
            bundles.export_to_device(settings, username, name, since_cursor=since_cursor,
                                     text_only=text_only, max_bytes=budget, db=db)
        except BundleError as exc:
            os.unlink(name)
            raise ApiError(409, exc.code, exc.user_message) from exc
        except BaseException:
            os.unlink(name)
            raise
        log.info("bundle for %s made by %s (%s) over HTTP", username, viewer.username,
                 viewer.role)
        return name

    @r.get(BUNDLES_PATH + "/{username}",
           summary="A signed USB bundle for a user (coordinators and admins; docs/bundles.md)",
           responses={200: {"content": {"application/octet-stream": {}},
                            "description": "the bundle file"},
                      401: {"description": "not signed in"},
                      403: {"description": "not a coordinator or admin"},
                      404: {"description": "no such user in the caller's partnerships"},
                      409: {"description": "the user is disabled"}})
    async def bundle_for(
            request: Request,
            username: Annotated[str, Path(min_length=1, max_length=64)],
            text_only: Annotated[bool, Query()] = False,
            max_mb: Annotated[float | None, Query(gt=0, le=MAX_BUNDLE_MB)] = None,
            since_cursor: Annotated[int | None, Query(ge=0, le=2**62)] = None) -> Response:
        viewer = await auth.authenticate(request)
        if viewer.role not in ("coordinator", "admin"):
            raise ApiError(403, "forbidden", "Only coordinators and administrators make "
                           "bundles for others.")
        name = await run_in_threadpool(export, viewer, username, text_only, max_mb,
                                       since_cursor)
        return FileResponse(name, media_type="application/octet-stream",
                            filename=f"{username}.tcb",
                            background=BackgroundTask(os.unlink, name))

    return r


__all__ = ["router"]
