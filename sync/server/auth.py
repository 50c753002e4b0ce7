"""Passwords, tokens, sessions, the failed-login limiter and the auth routes.

Passwords are argon2id hashes. A login opens a *session* for one device with
two random tokens: a short access token (``Authorization: Bearer``) and a
refresh token. Only their sha256 digests are stored, so a stolen database
cannot be replayed against the server.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import secrets
import time
from typing import Annotated, Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import APIRouter, Request
from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from sqlalchemy import Connection, delete, func, insert, select, update
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from sync.protocol import MIN_PROTOCOL_VERSION, PROTOCOL_VERSION, dumps
from sync.server import schema as t
from sync.server.db import Database, now
from sync.server.fastpath import TokenCache, read_epoch
from sync.server.http import ApiError, BoundedJsonRoute, client_ip, parse_networks
from sync.server.scopes import Viewer
from sync.server.settings import Settings

log = logging.getLogger("tutorclient.server.auth")

_HASHERS = {
    "default": PasswordHasher(),
    # Real argon2id, cheap enough for test suites that create many users.
    "test": PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1),
}


def hasher(settings: Settings) -> PasswordHasher:
    return _HASHERS.get(settings.argon2_profile, _HASHERS["default"])


def hash_password(settings: Settings, password: str) -> str:
    """An argon2id hash of ``password``."""
    return hasher(settings).hash(password)


def verify_password(settings: Settings, stored: str, password: str) -> bool:
    try:
        return hasher(settings).verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


@functools.cache
def _dummy_hash(profile: str) -> str:
    # Verified against when the username is unknown, so timing does not reveal it.
    return _HASHERS.get(profile, _HASHERS["default"]).hash("not a password")


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def new_token() -> str:
    """22 URL-safe characters, 128 bits of randomness."""
    return secrets.token_urlsafe(16)


class LoginLimiter:
    """Counts failed logins per (username, IP) and per IP in a sliding window.

    The counts live in the database (``login_failures``), not in one process:
    a guesser whose tries a load balancer spreads over N workers must not get
    N times the tries. Each failure is a row; each failure first drops the
    rows whose window has passed, so the table holds one window's failures.
    """

    def __init__(self, db: Database, per_user: int, window: int,
                 per_ip: int | None = None) -> None:
        self.db, self.per_user, self.window = db, per_user, window
        self.per_ip = per_ip or per_user * 10

    def __len__(self) -> int:
        """How many failures are held (each counts for its pair and its address)."""
        with self.db.read() as conn:
            return int(conn.execute(select(func.count()).select_from(t.login_failures))
                       .scalar_one())

    def retry_after(self, username: str, ip: str) -> int:
        """Seconds until another try is allowed; 0 if allowed now."""
        f = t.login_failures
        t0 = time.time()
        waits = []
        with self.db.read() as conn:
            for name, limit in ((username.lower(), self.per_user), ("", self.per_ip)):
                count, oldest = conn.execute(select(func.count(), func.min(f.c.at)).where(
                    f.c.username == name, f.c.ip == ip, f.c.at > t0 - self.window)).one()
                if count >= limit:
                    waits.append(int(oldest + self.window - t0) + 1)
        return max(waits, default=0)

    def failed(self, username: str, ip: str) -> None:
        f = t.login_failures
        t0 = time.time()
        with self.db.write_raw() as conn:
            conn.execute(delete(f).where(f.c.at <= t0 - self.window))
            conn.execute(insert(f), [{"username": username.lower(), "ip": ip, "at": t0},
                                     {"username": "", "ip": ip, "at": t0}])

    def succeeded(self, username: str, ip: str) -> None:
        f = t.login_failures
        with self.db.write_raw() as conn:
            conn.execute(delete(f).where(f.c.username == username.lower(), f.c.ip == ip))


def _plain_text(value: str | None) -> str | None:
    """Refuse control characters and unpaired surrogates (unstorable, never legitimate)."""
    if value is None:
        return value
    if any(ord(ch) < 32 or ord(ch) == 127 or 0xD800 <= ord(ch) <= 0xDFFF for ch in value):
        raise ValueError("must be plain text without control characters")
    return value


Text = Annotated[str, AfterValidator(_plain_text)]


class LoginIn(BaseModel):
    """``POST /v1/login`` body."""

    model_config = ConfigDict(extra="forbid")
    username: Text = Field(min_length=1, max_length=64)
    password: Text = Field(min_length=1, max_length=1024)
    device: Text | None = Field(default=None, min_length=1, max_length=64)
    name: Text | None = Field(default=None, max_length=128)
    app: Text | None = Field(default=None, max_length=64)
    #: base64 of the device's raw Ed25519 public key: it signs the device's USB bundles.
    device_key: Text | None = Field(default=None, min_length=44, max_length=44)
    v: int | None = None


class RefreshIn(BaseModel):
    """``POST /v1/refresh`` body."""

    model_config = ConfigDict(extra="forbid")
    refresh: Text = Field(min_length=1, max_length=128)


def check_version(v: int | None) -> None:
    """426 for a client too old (or too new) to speak our protocol."""
    if v is None:
        return
    if v < MIN_PROTOCOL_VERSION:
        raise ApiError(426, "update_required",
                       "This version of TutorClient is too old for the server. "
                       "Please update TutorClient.")
    if v > PROTOCOL_VERSION:
        raise ApiError(426, "server_too_old",
                       "The server is older than this TutorClient. "
                       "Ask your administrator to update the TutorClient server.")


class Auth:
    """Session store and request authentication over one :class:`Database`."""

    def __init__(self, db: Database, settings: Settings) -> None:
        self.db, self.settings = db, settings
        self.limiter = LoginLimiter(db, settings.login_failures, settings.login_window)
        #: Proxies whose X-Forwarded-For the limiter believes (settings.trusted_proxies).
        self.trusted_proxies = parse_networks(settings.trusted_proxies)
        #: Tokens verified lately, believed while the auth epoch stands (fastpath.py).
        self.tokens = TokenCache()

    def login(self, body: LoginIn, ip: str) -> dict[str, Any]:
        wait = self.limiter.retry_after(body.username, ip)
        if wait:
            log.warning("login rate-limited: user=%s ip=%s", body.username, ip)
            raise ApiError(429, "too_many_attempts",
                           f"Too many failed sign-ins. Try again in {wait} seconds.",
                           {"Retry-After": str(wait)})
        with self.db.read() as conn:
            acct = conn.execute(select(t.accounts).where(
                t.accounts.c.username == body.username)).first()
        stored = acct.password_hash if acct else _dummy_hash(self.settings.argon2_profile)
        good = verify_password(self.settings, stored, body.password) and acct is not None
        if not good or acct.disabled:
            self.limiter.failed(body.username, ip)
            log.warning("login failed: user=%s ip=%s", body.username, ip)
            raise ApiError(401, "bad_credentials", "Wrong username or password.")
        self.limiter.succeeded(body.username, ip)
        device = body.device or "default"
        key = None
        if body.device_key is not None:
            from sync.bundle import BundleError, load_public_key

            try:
                key = load_public_key(body.device_key)
            except BundleError:
                raise ApiError(422, "invalid_request",
                               "The device key is not a valid Ed25519 public key.") from None
        answer = self._open_session(acct, device, body.name or device, body.app or "", key)
        if body.v is not None and body.v >= 2:
            # Version 2: the bundle-signing key comes with the sign-in, saving the
            # client a second request (GET /v1/server-key) on a 600 ms link.
            from sync.server.keys import public_info

            answer["server_key"] = public_info(self.settings.data_dir)["key"]
        return answer

    def _open_session(self, acct: Any, device: str, name: str, app: str,
                      device_key: Any = None) -> dict[str, Any]:
        access, refresh, sid = new_token(), new_token(), secrets.token_hex(8)
        ts = now()
        dev_id = f"{acct.id}:{device}"
        with self.db.write_raw() as conn:
            conn.execute(delete(t.spent_refresh).where(t.spent_refresh.c.expires < ts))
            conn.execute(insert(t.sessions).values(
                id=sid, user_id=acct.id, device_id=dev_id, access_hash=token_digest(access),
                access_expires=ts + self.settings.access_ttl, refresh_hash=token_digest(refresh),
                refresh_expires=ts + self.settings.refresh_ttl))
            have = conn.execute(select(t.devices.c.id).where(t.devices.c.id == dev_id)).first()
            values = dict(user_id=acct.id, name=name[:128], app_version=app[:64], last_login=ts)
            if have:
                conn.execute(update(t.devices).where(t.devices.c.id == dev_id).values(**values))
            else:
                conn.execute(insert(t.devices).values(id=dev_id, **values))
            key_id = self._register_device_key(conn, acct.id, dev_id, device_key, ts)
        viewer = Viewer.from_account(acct)
        answer = {"token": access, "refresh": refresh, "expires_in": self.settings.access_ttl,
                  "user": viewer.public()}
        if key_id is not None:
            answer["device_key"] = key_id
        return answer

    @staticmethod
    def _register_device_key(conn: Connection, user_id: str, dev_id: str, key: Any,
                             ts: int) -> str | None:
        """Remember the device's bundle-signing key for this user and device.

        Proven by the password just checked: only a device signed in as the user
        can register a key that the server accepts bundles of in that user's name.
        """
        if key is None:
            return None
        from sync.bundle import fingerprint, public_key_text

        key_id = fingerprint(key)
        row = conn.execute(select(t.device_keys.c.user_id, t.device_keys.c.device_id).where(
            t.device_keys.c.id == key_id)).first()
        if row is None:
            conn.execute(insert(t.device_keys).values(
                id=key_id, user_id=user_id, device_id=dev_id, public_key=public_key_text(key),
                created_at=ts))
        elif (row.user_id, row.device_id) != (user_id, dev_id):
            # One key, one device of one user: a profile copied to another account
            # or device must make its own key.
            raise ApiError(409, "device_key_in_use",
                           "This device key belongs to another device or user. "
                           "Sign in again to make a new one.")
        return key_id

    def refresh(self, body: RefreshIn) -> dict[str, Any]:
        """Rotate the session's tokens; a spent refresh token revokes the session.

        A refresh token is good once. If a spent one comes back, two parties hold
        copies (the user and a thief, in either role), so the session it was
        rotated into ends for both (RFC 9700 s.4.14): its current access and
        refresh tokens stop working and the user signs in again.
        """
        ts = now()
        access, refresh = new_token(), new_token()
        digest = token_digest(body.refresh)
        revoked = None
        q = select(t.sessions, t.accounts).join(
            t.accounts, t.accounts.c.id == t.sessions.c.user_id).where(
            t.sessions.c.refresh_hash == digest)
        if not self.db.is_sqlite:
            # Two refreshes with one token: the second waits, then finds it spent.
            q = q.with_for_update(of=t.sessions)
        with self.db.write_raw() as conn:
            row = conn.execute(q).first()
            if row is None:
                revoked = conn.execute(select(t.spent_refresh.c.session_id).where(
                    t.spent_refresh.c.refresh_hash == digest)).scalar()
                if revoked is not None:
                    self._end_session(conn, revoked)
            elif row.refresh_expires >= ts and not row.disabled:
                conn.execute(update(t.sessions).where(t.sessions.c.id == row.id).values(
                    access_hash=token_digest(access), access_expires=ts + self.settings.access_ttl,
                    refresh_hash=token_digest(refresh),
                    refresh_expires=ts + self.settings.refresh_ttl))
                conn.execute(insert(t.spent_refresh).values(
                    refresh_hash=digest, session_id=row.id, expires=row.refresh_expires))
                return {"token": access, "refresh": refresh,
                        "expires_in": self.settings.access_ttl}
        # Raised after the commit: the revocation above must stand.
        if revoked is not None:
            log.warning("spent refresh token presented again: session %s revoked", revoked)
        raise ApiError(401, "bad_refresh", "Your sign-in has ended. Please sign in again.")

    def _end_session(self, conn: Connection, session_id: str) -> None:
        """Delete a session and its spent refresh tokens, in one transaction.

        On PostgreSQL every path that changes a session (rotation, revocation,
        log out) locks its ``sessions`` row first, so two revocations of one
        session queue behind each other instead of deadlocking on the
        ``spent_refresh`` rows (seen with four refreshes racing on one token).
        The second finds the session gone, with its spent tokens, and does nothing.
        """
        if not self.db.is_sqlite:
            held = conn.execute(select(t.sessions.c.id).where(
                t.sessions.c.id == session_id).with_for_update()).first()
            if held is None:
                return
        conn.execute(delete(t.spent_refresh).where(t.spent_refresh.c.session_id == session_id))
        conn.execute(delete(t.sessions).where(t.sessions.c.id == session_id))

    def logout(self, viewer: Viewer) -> None:
        with self.db.write_raw() as conn:
            self._end_session(conn, viewer.session_id)

    def revoke_refresh(self, refresh: str) -> bool:
        """End the session ``refresh`` belongs to (current or spent); False if none.

        Works after the access token expired, so a device that signed out
        offline can still end its session at the next connection.
        """
        digest = token_digest(refresh)
        with self.db.write_raw() as conn:
            sid = conn.execute(select(t.sessions.c.id).where(
                t.sessions.c.refresh_hash == digest)).scalar()
            if sid is None:
                sid = conn.execute(select(t.spent_refresh.c.session_id).where(
                    t.spent_refresh.c.refresh_hash == digest)).scalar()
            if sid is None:
                return False
            self._end_session(conn, sid)
            return True

    def viewer_for(self, token: str) -> Viewer:
        """The viewer holding ``token``; 401 if unknown or expired."""
        with self.db.read() as conn:
            return self.viewer_in(conn, token)

    def viewer_in(self, conn: Connection, token: str) -> Viewer:
        """Like :meth:`viewer_for`, inside the caller's transaction.

        A token verified before is believed from the cache while no session or
        account has changed since (the auth epoch) and it has not expired.
        """
        digest = token_digest(token)
        # The epoch first: a revocation committed after it moves it again, so a
        # viewer cached with this epoch is never believed past that revocation.
        epoch = read_epoch(conn)
        ts = now()
        cached = self.tokens.get(digest, epoch, ts)
        if cached is not None:
            return cached
        s, a = t.sessions, t.accounts
        row = conn.execute(
            select(s.c.id.label("sid"), s.c.device_id, s.c.access_expires, a.c.id,
                   a.c.username, a.c.role, a.c.partnerships, a.c.specialisms, a.c.disabled)
            .join(a, a.c.id == s.c.user_id)
            .where(s.c.access_hash == digest)).first()
        if row is None or row.disabled:
            raise ApiError(401, "unauthorized", "Please sign in again.")
        if row.access_expires < ts:
            raise ApiError(401, "token_expired", "Your session expired; TutorClient will renew it.")
        viewer = Viewer.from_account(row, session_id=row.sid, device_id=row.device_id)
        self.tokens.put(digest, viewer, row.access_expires, epoch)
        return viewer

    @staticmethod
    def bearer(request: Request) -> str:
        """The Bearer token of ``request`` (401 if there is none)."""
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token or len(token) > 128:
            raise ApiError(401, "unauthorized", "Please sign in.")
        return token

    async def authenticate(self, request: Request) -> Viewer:
        """The caller of ``request`` from its Bearer token (401 otherwise)."""
        return await run_in_threadpool(self.viewer_for, self.bearer(request))


def json_response(obj: Any, status: int = 200) -> Response:
    return Response(dumps(obj), status_code=status, media_type="application/json")


def router(auth: Auth) -> APIRouter:
    """``/v1/login``, ``/v1/refresh`` and ``/v1/logout``."""
    r = APIRouter(route_class=BoundedJsonRoute)  # bodies nested past MAX_DEPTH: 400

    @r.post("/v1/login", summary="Sign in: username+password -> tokens",
            responses={401: {"description": "wrong credentials"},
                       429: {"description": "too many failed attempts"}})
    async def login(body: LoginIn, request: Request) -> Response:
        check_version(body.v)
        result = await run_in_threadpool(auth.login, body,
                                         client_ip(request, auth.trusted_proxies))
        return json_response(result)

    @r.post("/v1/refresh", summary="Trade a refresh token for new tokens",
            responses={401: {"description": "refresh token unknown or expired"}})
    async def refresh(body: RefreshIn) -> Response:
        return json_response(await run_in_threadpool(auth.refresh, body))

    @r.post("/v1/logout", status_code=204, summary="End this device's session",
            responses={401: {"description": "not signed in (and no refresh token given)"}})
    async def logout(request: Request, body: RefreshIn | None = None) -> Response:
        # With a refresh token the session ends even if the access token expired
        # (a logout queued offline); an unknown token is no error (RFC 7009 s.2.2).
        if body is not None:
            await run_in_threadpool(auth.revoke_refresh, body.refresh)
            if not request.headers.get("authorization"):
                return Response(status_code=204)
            try:
                viewer = await auth.authenticate(request)
            except ApiError:
                return Response(status_code=204)
        else:
            viewer = await auth.authenticate(request)
        await run_in_threadpool(auth.logout, viewer)
        return Response(status_code=204)

    return r
