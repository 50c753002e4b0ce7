"""The application factory: ``create_app(settings)`` wires database, auth and routes."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from sync.protocol import PROTOCOL_VERSION, SYNC_PATH
from sync.server import auth as auth_mod
from sync.server import routes_blobs, routes_sync, routes_updates, schema as t, tus
from sync.server.auth import Auth, json_response
from sync.server.db import Database, head
from sync.server.http import ApiError, BodyError, api_error_response, error_response, read_json
from sync.server.scopes import Viewer
from sync.server.settings import Settings

log = logging.getLogger("tutorclient.server")


class ServerApp(FastAPI):
    """FastAPI, plus a short lane for ``POST /v1/sync``, the request every client sends most.

    The lane calls the sync handler straight from the ASGI entry, past
    Starlette's middleware stack and FastAPI's routing (a quarter of the
    server's CPU time per no-op sync, measured with py-spy). Its errors go to
    the same exception handlers the app registers, so answers are unchanged.
    """

    sync_lane: Callable[[Request], Awaitable[Response]] | None = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if self.sync_lane is not None and scope["type"] == "http" \
                and scope["method"] == "POST" and _route_path(scope) == SYNC_PATH:
            scope["app"] = self
            request = Request(scope, receive, send)
            try:
                response = await self.sync_lane(request)
            except Exception as exc:  # noqa: BLE001 - handed to the app's own handlers
                response = await self._handler_for(exc)(request, exc)
            await response(scope, receive, send)
            return
        await super().__call__(scope, receive, send)

    def _handler_for(self, exc: Exception) -> Callable[..., Awaitable[Response]]:
        for cls in type(exc).__mro__:
            if cls in self.exception_handlers:
                return self.exception_handlers[cls]
        raise exc  # pragma: no cover - create_app registers a handler for Exception


def _route_path(scope: Any) -> str:
    """The path without the proxy prefix (``root_path``), as Starlette routes it."""
    path, root = scope["path"], scope.get("root_path", "")
    return path[len(root):] if root and path.startswith(root) else path


def create_app(settings: Settings, db: Database | None = None) -> FastAPI:
    """A ready-to-serve FastAPI app; creates the schema if the database is empty."""
    settings.ensure_dirs()
    db = db or Database(settings)
    db.open_schema()  # refuses a database older than the code (sync/server/migrate.py)
    auth = Auth(db, settings)
    service = routes_sync.SyncService(db, settings, auth)

    app = ServerApp(title="TutorClient sync server", version=f"protocol {PROTOCOL_VERSION}",
                  summary="Reference server of the TutorClient sync protocol (docs/protocol.md)")
    app.state.settings, app.state.db, app.state.auth = settings, db, auth

    def _log_rejected(request: Request, status: int, code: str, message: str) -> None:
        if request.method in ("POST", "PUT", "PATCH", "DELETE") and status not in (401, 426):
            log.warning("rejected request: %s %s from %s: %d %s: %s", request.method,
                        request.url.path, request.client.host if request.client else "?",
                        status, code, message)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        _log_rejected(request, exc.status, exc.code, exc.message)
        return api_error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        _log_rejected(request, 422, "invalid_request", str(exc.errors()[:1]))
        errs = exc.errors()
        first = errs[0] if errs else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        what = first.get("msg", "invalid request")
        if first.get("type") == "json_invalid":
            return error_response(400, "bad_json", "The request body is not valid JSON.")
        if first.get("type") == "extra_forbidden":
            return error_response(422, "invalid_request", f"Unknown field {where!r}.")
        text = f"{where}: {what}" if where else str(what)
        return error_response(422, "invalid_request", text.rstrip(".") + ".")

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        if isinstance(exc, BodyError):
            return await _api_error(request, exc.api_error)
        codes = {404: "not_found", 405: "method_not_allowed"}
        return error_response(exc.status_code, codes.get(exc.status_code, "http_error"),
                              str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _crash(_request: Request, exc: Exception) -> Response:
        log.exception("unhandled error")
        return error_response(500, "server_error", "The server failed; please try again later.")

    @app.get("/healthz", status_code=204, summary="Liveness check (no database access)")
    async def healthz() -> Response:
        return Response(status_code=204)

    @app.get("/v1/devices", summary="Devices of my partnerships (coordinators, admins)",
             responses={401: {"description": "not signed in"},
                        403: {"description": "not a coordinator or admin"}})
    async def devices(request: Request) -> Response:
        viewer = await auth.authenticate(request)
        if viewer.role not in ("coordinator", "admin"):
            raise ApiError(403, "forbidden", "Only coordinators and administrators see devices.")
        return json_response({"devices": await run_in_threadpool(list_devices, db, viewer)})

    @app.post("/v1/device-health", status_code=204,
              summary="This device's sync health, reported after a good sync (docs/insight.md)",
              responses={400: {"description": "not a health report"},
                         401: {"description": "not signed in"}})
    async def device_health(request: Request) -> Response:
        from sync.server.insight_jobs import health_problem, save_health

        viewer = await auth.authenticate(request)
        body = await read_json(request, 4096, 4096)
        problem = health_problem(body)
        if problem:
            raise ApiError(400, "bad_request", problem)
        await run_in_threadpool(save_health, db, viewer.id, viewer.device_id, body)
        return Response(status_code=204)

    @app.get("/v1/server-key", summary="The public key that signs USB bundles (docs/bundles.md)")
    async def server_key() -> Response:
        from sync.server.keys import public_info

        return json_response(await run_in_threadpool(public_info, settings.data_dir))

    app.include_router(auth_mod.router(auth))
    app.include_router(routes_sync.router(auth, service, settings))
    app.sync_lane = routes_sync.endpoint(auth, service, settings)
    app.include_router(routes_blobs.router(auth, db, settings))
    app.include_router(tus.router(auth, db, settings))
    app.include_router(routes_updates.router(settings))
    return app


def list_devices(db: Database, viewer: Viewer) -> list[dict[str, Any]]:
    """Devices of users sharing a partnership with ``viewer`` (all, for admins)."""
    d, a = t.devices, t.accounts
    with db.read() as conn:
        top = head(conn)
        rows = conn.execute(select(d, a.c.username, a.c.partnerships).join(
            a, a.c.id == d.c.user_id).order_by(a.c.username, d.c.id)).all()
    out = []
    for row in rows:
        if not viewer.is_admin and not set(row.partnerships.split()) & viewer.partnerships:
            continue
        out.append({
            "id": row.id, "user_id": row.user_id, "username": row.username, "name": row.name,
            "app": row.app_version, "last_login": row.last_login, "last_sync": row.last_sync,
            "behind": None if row.last_cursor is None else max(0, top - row.last_cursor),
        })
    return out
