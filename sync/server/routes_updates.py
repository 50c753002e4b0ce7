"""``GET /v1/updates/{metadata|targets}/...``: the signed app-update channel, as static files.

``tutorclient-server release publish DIR`` writes the channel under
``<data>/updates`` (sync/release/channel.py). The files need no sign-in: TUF
signatures, not the connection, say whether they are genuine, and a device that
never signed in (a fresh install) may update too. Keys and the plain objects
kept for making patches are never served. Files are served with Range, so an
interrupted download of a large whole file resumes.
"""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter
from starlette.responses import FileResponse, Response

from sync.server.http import ApiError
from sync.server.settings import Settings

SERVED = ("metadata", "targets")


def updates_dir(settings: Settings) -> Path:
    return Path(settings.data_dir) / "updates"


def router(settings: Settings) -> APIRouter:
    """The read-only update channel route."""
    r = APIRouter()
    root = updates_dir(settings)

    @r.get("/v1/updates/{part}/{path:path}", summary="App update channel (TUF metadata, targets)",
           responses={404: {"description": "no such file"}})
    async def update_file(part: str, path: str) -> Response:
        base = (root / part).resolve()
        target = (base / path).resolve()
        if part not in SERVED or not target.is_relative_to(base) or not target.is_file():
            raise ApiError(404, "not_found", "No such update file.")
        # Metadata changes in place (timestamp.json every refresh); targets never do.
        cache = "no-cache" if part == "metadata" else "public, max-age=31536000, immutable"
        if path.endswith(".json.zst"):  # the current manifest changes in place
            cache = "no-cache"
        return FileResponse(target, media_type="application/octet-stream",
                            headers={"Cache-Control": cache}, stat_result=os.stat(target))

    return r
