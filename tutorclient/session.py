"""A profile at work: its store, its server account, its token, its syncs.

The token lives in the OS keyring, one entry per profile. Where no secure
keyring exists (headless Linux), :class:`NoSecureStore` says so plainly;
the user may then choose, explicitly, to keep the token in a file readable
only by them (``TUTORCLIENT_TOKEN_FILE=1`` or ``--token-file``). Nothing is
ever written in plain text without that choice.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from sync.errors import AuthError, StorageError, TutorClientError

from . import __version__, locking
from .profiles import ProfileBlobs, secure_dir
from .store import Store

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from sync.engine import Options, Progress, Summary, SyncEngine
    from sync.transport import Transport

log = logging.getLogger(__name__)

# keyring, the sync engine and the HTTP stack (requests) load on first use, off
# the UI's start-up path: opening a cached profile offline needs none of them.

KEYRING_SERVICE = "TutorClient"
TOKEN_FILE_ENV = "TUTORCLIENT_TOKEN_FILE"
TOKEN_FILE = "token.json"
DEVICE_KEY_FILE = "device-key.pem"  # Ed25519, signs this profile's USB bundles (0600)
DEVICE_KEY_SETTING = "device_key"  # {"id": fingerprint} once the server registered it
REVOKE_SLOT = "revoke"  # secure slot: sessions to end on the server (logout while offline)
SERVER_KEY_SETTING = "server_key"  # {"key": base64 Ed25519 public key, "id": fingerprint}
TOKEN_FILE_SETTING = "token_file_allowed"  # the user chose a token file (no keyring)
SIGNED_OUT_SETTING = "signed_out"  # signed out by hand: the app opens on sign-in


class NoSecureStore(StorageError):
    """The OS offers no secure place for the sign-in token."""

    user_message = (
        "This computer has no secure password store (keyring), so TutorClient cannot keep "
        "your sign-in safely. You can allow it to keep the sign-in in a private file in your "
        f"profile instead: set {TOKEN_FILE_ENV}=1 or use --token-file. Anyone with access "
        "to your user account could read that file."
    )


@dataclass
class Credentials:
    token: str
    refresh: str | None = None


def secure_keyring_available() -> bool:
    import keyring

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}".lower()
    if any(bad in name for bad in ("fail", "null", "plaintext", "unencrypted")):
        return False
    try:
        return float(getattr(backend, "priority", 0)) > 0
    except (TypeError, ValueError):
        return False


def revoke_session(server: str, token: str | None, refresh: str | None,
                   ca_bundle: str | None = None) -> bool:
    """Ask ``server`` to end the session of these tokens (``POST /v1/logout``).

    True if it is ended (a session the server no longer knows counts); False if
    the server could not be reached, so the caller keeps the tokens to try again.
    """
    from sync import protocol
    from sync.errors import NetworkError
    from sync.transport import Transport, TransportConfig

    transport = Transport(TransportConfig(server, ca_bundle=ca_bundle), token)
    body = protocol.dumps({"refresh": refresh}) if refresh else None
    try:
        transport.request("POST", protocol.LOGOUT_PATH, body=body, retry=False,
                          headers={"Content-Type": "application/json"} if body else {})
    except NetworkError:
        return False
    except TutorClientError:
        pass  # 401: the server had already ended that session
    finally:
        transport.close()
    return True


class Profile:
    """One user's profile directory, opened."""

    def __init__(self, directory: Path | str, *, token_file: bool | None = None):
        self.dir = secure_dir(Path(directory))  # 0700: other OS users stay out
        self.store = Store.open(self.dir)
        # Course files shared by the home; case files and drafts in the profile.
        self.blobs = ProfileBlobs(self.store, self.dir)
        self.blobs.adopt_legacy_private()
        if token_file is None:
            token_file = os.environ.get(TOKEN_FILE_ENV, "") not in ("", "0")
        self.token_file_allowed = token_file
        # HTTP sessions for the profile's life: a sign-in and the syncs after it
        # reuse one connection and resume TLS (each new connection costs round
        # trips). A pool, since the app's parallel lane runs transports at once.
        self._http: Any = None
        self._http_lock = threading.Lock()

    def close(self) -> None:
        with self._http_lock:
            if self._http is not None:
                self._http.close()
                self._http = None
        self.store.close()

    def _http_pool(self) -> Any:
        """The profile's ``SessionPool`` (made again if the CA bundle changed)."""
        from sync.transport import SessionPool

        ca = self.setting("ca_bundle")
        with self._http_lock:
            if self._http is None or ca != self._http.ca_bundle:
                if self._http is not None:
                    self._http.close()
                self._http = SessionPool(ca)
            return self._http

    # -- settings -----------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        row = self.store.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        with self.store.write() as db:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, json.dumps(value)],
            )

    def display_name(self) -> str:
        """The name people know: the user's own record (the sign-in answer has none),
        else the username."""
        user = self.user or {}
        if user.get("display_name"):
            return str(user["display_name"])
        row = self.store.conn.execute("SELECT display_name FROM users WHERE id = ?",
                                      [str(user.get("id"))]).fetchone()
        return str(row[0]) if row and row[0] else str(user.get("username") or "this profile")

    @property
    def profile_id(self) -> str:
        pid = self.setting("profile_id")
        if pid is None:
            import uuid

            pid = str(uuid.uuid4())
            self.set_setting("profile_id", pid)
        return pid

    @property
    def server(self) -> str | None:
        return self.setting("server")

    @property
    def user(self) -> dict[str, Any] | None:
        return self.setting("user")

    # -- credentials ----------------------------------------------------------------

    def _token_path(self) -> Path:
        return self.dir / TOKEN_FILE

    # Secrets live in one of two slots: the sign-in itself, and the sessions still
    # to end on the server (a logout made offline). Same place, same rules.

    def _secret_name(self, slot: str) -> str:
        return self.profile_id if slot == "token" else f"{self.profile_id}:{slot}"

    def _secret_path(self, slot: str) -> Path:
        return self._token_path() if slot == "token" else self.dir / f"{slot}.json"

    def _put_secret(self, slot: str, payload: str) -> str:
        import keyring

        if secure_keyring_available():
            try:
                keyring.set_password(KEYRING_SERVICE, self._secret_name(slot), payload)
                return "keyring"
            except Exception as exc:  # noqa: BLE001 - a locked or absent service (D-Bus, ...)
                # A backend that is installed but not running is no secure store either.
                if not self.token_file_allowed:
                    raise NoSecureStore(f"The keyring refused the token: {exc}") from exc
        # Where the sign-in was kept in a file by the user's choice, its revocation may be too.
        if not (self.token_file_allowed or (slot != "token" and self._token_path().exists())):
            raise NoSecureStore("No secure keyring backend")
        path = self._secret_path(slot)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
        return "file"

    def _get_secret(self, slot: str) -> str | None:
        import keyring
        import keyring.errors

        raw = None
        if secure_keyring_available():
            try:
                raw = keyring.get_password(KEYRING_SERVICE, self._secret_name(slot))
            except keyring.errors.KeyringError:
                raw = None
        path = self._secret_path(slot)
        if raw is None and path.exists():
            raw = path.read_text("utf-8")
        return raw or None

    def _drop_secret(self, slot: str) -> None:
        import keyring
        import keyring.errors

        if secure_keyring_available():
            try:
                keyring.delete_password(KEYRING_SERVICE, self._secret_name(slot))
            except keyring.errors.PasswordDeleteError:
                pass
        self._secret_path(slot).unlink(missing_ok=True)

    def save_credentials(self, creds: Credentials) -> str:
        """Keep the token; returns where ("keyring" or "file")."""
        return self._put_secret("token", json.dumps({"token": creds.token,
                                                     "refresh": creds.refresh}))

    def credentials(self) -> Credentials | None:
        raw = self._get_secret("token")
        if not raw:
            return None
        data = json.loads(raw)
        return Credentials(data["token"], data.get("refresh"))

    def forget_credentials(self) -> None:
        """Remove the token on this computer only; the work stays. See :meth:`sign_out`."""
        self._drop_secret("token")

    # -- signing out: locally at once, on the server now or at the next connection ------

    def pending_revocations(self) -> list[dict[str, Any]]:
        """Sessions signed out here that the server has not yet been told to end."""
        raw = self._get_secret(REVOKE_SLOT)
        items = json.loads(raw) if raw else []
        return [i for i in items if isinstance(i, dict) and isinstance(i.get("server"), str)]

    def _keep_revocations(self, items: list[dict[str, Any]]) -> None:
        if items:
            self._put_secret(REVOKE_SLOT, json.dumps(items))
        else:
            self._drop_secret(REVOKE_SLOT)

    def sign_out_locally(self) -> bool:
        """Forget the sign-in here, keeping its tokens (securely) to revoke on the server.

        Returns True if a session waits to be ended (see :meth:`send_revocations`).
        The tokens are queued before they are forgotten, so a crash in between
        leaves a revocation to send, never a live session nobody will end.
        """
        creds = self.credentials()
        if creds is not None and self.server:
            items = self.pending_revocations()
            items.append({"server": self.server, "token": creds.token,
                          "refresh": creds.refresh})
            self._keep_revocations(items)
        self.forget_credentials()
        return bool(self.pending_revocations())

    def send_revocations(self) -> bool:
        """Ask the server(s) to end the sessions signed out here; True if none is left.

        A session the server no longer knows counts as ended. With no connection
        the rest stays queued for the next sign-in, sync or logout.
        """
        items = self.pending_revocations()
        left: list[dict[str, Any]] = []
        offline: set[str] = set()
        for item in items:
            if item["server"] in offline or not revoke_session(
                    item["server"], item.get("token"), item.get("refresh"),
                    self.setting("ca_bundle")):
                offline.add(item["server"])
                left.append(item)
        if left != items:
            self._keep_revocations(left)
        return not left

    def sign_out(self) -> bool:
        """Sign out: here at once, and on the server; False if that waits for a connection."""
        self.sign_out_locally()
        return self.send_revocations()

    def _send_revocations_quietly(self) -> None:
        """At a connection: end sessions signed out earlier. Never fails the caller."""
        try:
            if self.pending_revocations():
                self.send_revocations()
        except TutorClientError:
            pass

    # -- local unlock on a shared device (see tutorclient.locking) --------------------

    def set_local_password(self, password: str) -> None:
        """Keep an argon2id verifier of the password, never the password itself."""
        self.set_setting(locking.VERIFIER_SETTING, locking.hash_password(password))

    def has_local_password(self) -> bool:
        return bool(self.setting(locking.VERIFIER_SETTING))

    def verify_local_password(self, password: str) -> bool:
        """Check a password offline against the verifier kept at the last sign-in."""
        verifier = self.setting(locking.VERIFIER_SETTING)
        if not locking.verify_password(verifier, password):
            return False
        if locking.needs_rehash(verifier):  # stronger parameters since: upgrade quietly
            self.set_local_password(password)
        return True

    # -- server calls ---------------------------------------------------------------

    def transport(self, token: str | None = None) -> "Transport":
        from sync.transport import Transport, TransportConfig

        if not self.server:
            raise AuthError("No server configured", user_message="Sign in first.")
        config = TransportConfig(self.server, ca_bundle=self.setting("ca_bundle"))
        return Transport(config, token, pool=self._http_pool())

    def login(self, server: str, username: str, password: str) -> dict[str, Any]:
        """Exchange a password for tokens; keep them; remember the server and user."""
        server = server.rstrip("/")
        if not server.startswith(("http://", "https://")):
            raise TutorClientError(f"Bad server address {server!r}",
                                   user_message="The server address must start with https://")
        # Check where the token can live before asking the server for one.
        if not secure_keyring_available() and not self.token_file_allowed:
            raise NoSecureStore("No secure keyring backend")
        from sync.transport import Transport, TransportConfig

        self._send_revocations_quietly()  # sessions signed out here while offline
        previous = self.user
        transport = Transport(TransportConfig(server, ca_bundle=self.setting("ca_bundle")),
                              pool=self._http_pool())
        try:
            answer = self._login_request(transport, username, password)
        finally:
            transport.close()
        user = answer["user"]
        if previous and previous.get("id") != user.get("id"):
            raise AuthError("Profile belongs to another user", user_message=(
                "This profile belongs to another user. Each person needs their own profile."))
        self.set_setting("server", server)
        self.set_setting("user", user)
        # The server holds our key: this device's bundles can be signed (else: refused).
        key_id = answer.get("device_key")
        self.set_setting(DEVICE_KEY_SETTING, {"id": key_id} if isinstance(key_id, str) else None)
        self.save_credentials(Credentials(answer["token"], answer.get("refresh")))
        self.set_local_password(password)  # for unlocking offline (shared devices)
        # Protocol 2 servers send their bundle key with the sign-in; older ones are asked.
        self.remember_server_key(answer.get("server_key"))
        from .syncstore import reserve_history_note

        reserve_history_note(self.dir)  # room to note a sync the full disk cannot record
        return user

    def _login_request(self, transport: "Transport", username: str,
                       password: str) -> dict[str, Any]:
        from sync import protocol
        from sync.bundle import public_key_text
        from sync.errors import ProtocolVersionError
        from sync.transport import ServerError, json_body

        fields: dict[str, Any] = {
            "username": username, "password": password, "device": self.profile_id,
            "app": f"tutorclient/{__version__}", "v": protocol.PROTOCOL_VERSION,  # a server too old says so
            "device_key": public_key_text(self.device_key().public_key())}
        renewed = False
        while True:
            try:
                response = transport.request("POST", protocol.LOGIN_PATH,
                                             body=protocol.dumps(fields), auth=False,
                                             headers={"Content-Type": "application/json"},
                                             retry=False)
                return json_body(response)
            except AuthError as exc:
                raise AuthError(str(exc), user_message="Wrong username or password.") from exc
            except ServerError as exc:
                if exc.code == "device_key_in_use" and not renewed:
                    # A key file copied from another profile: this device makes its own.
                    (self.dir / DEVICE_KEY_FILE).unlink(missing_ok=True)
                    fields["device_key"] = public_key_text(self.device_key().public_key())
                    renewed = True
                elif exc.status == 422 and "device_key" in fields:
                    fields.pop("device_key")  # a server older than device keys
                else:
                    raise
            except ProtocolVersionError as exc:
                older = protocol.FALLBACK.get(fields["v"])
                if exc.code != "server_too_old" or older is None:
                    raise
                # A server older than this protocol refuses its "v"; sign in with the one
                # before (3, 2, then 1; a server older still refuses that too, and the
                # user is told).
                fields["v"] = older

    # -- this device's key, which signs its USB bundles (docs/bundles.md) -----------------

    def device_key(self) -> "Ed25519PrivateKey":
        """This profile's Ed25519 key, created (0600, in the private profile folder) if none.

        Its public half is registered with the server at each sign-in; the server
        accepts a device bundle only if this key signed it.
        """
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import (
            Encoding,
            NoEncryption,
            PrivateFormat,
            load_pem_private_key,
        )

        path = self.dir / DEVICE_KEY_FILE
        if not path.exists():
            pem = Ed25519PrivateKey.generate().private_bytes(
                Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
            tmp = path.with_name(f".{DEVICE_KEY_FILE}.{os.getpid()}")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(pem)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        try:
            key = load_pem_private_key(path.read_bytes(), password=None)
        except (OSError, ValueError) as exc:
            raise StorageError(f"cannot read the device key {path}: {exc}", user_message=(
                "This profile's signing key is damaged. Move the file "
                f"{path.name} out of the profile folder and sign in again.")) from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise StorageError(f"{path} is not an Ed25519 key")
        return key

    # -- the key that signs this server's USB bundles (docs/bundles.md) -------------------

    def remember_server_key(self, given: str | None = None) -> dict[str, str] | None:
        """Keep the server's bundle-signing public key as a setting.

        ``given``: the key the sign-in answer carried (protocol 2), learnt over the
        same (TLS) connection; without it the key is fetched (``GET /v1/server-key``).
        An older server without the route is no error: bundles are refused until a
        later sign-in.
        """
        from sync.bundle import SERVER_KEY_PATH, BundleError, fingerprint, load_public_key
        from sync.transport import json_body

        if isinstance(given, str):
            try:
                key = load_public_key(given)
            except BundleError:
                given = None  # damaged: ask for it as an older server would have us do
            else:
                kept = {"key": given, "id": fingerprint(key)}
                self.set_setting(SERVER_KEY_SETTING, kept)
                return kept
        transport = self.transport()
        try:
            answer = json_body(transport.request("GET", SERVER_KEY_PATH, auth=False,
                                                 retry=False))
            key = load_public_key(answer["key"])
        except (TutorClientError, KeyError, TypeError):
            return None
        finally:
            transport.close()
        kept = {"key": answer["key"], "id": fingerprint(key)}
        self.set_setting(SERVER_KEY_SETTING, kept)
        return kept

    def _refresh(self, creds: Credentials) -> Credentials:
        from sync import protocol
        from sync.transport import json_body

        if not creds.refresh:
            raise AuthError("No refresh token")
        transport = self.transport()
        try:
            response = transport.request("POST", protocol.REFRESH_PATH, auth=False,
                                         body=protocol.dumps({"refresh": creds.refresh}),
                                         headers={"Content-Type": "application/json"})
            answer = json_body(response)
        finally:
            transport.close()
        fresh = Credentials(answer["token"], answer.get("refresh"))
        self.save_credentials(fresh)
        return fresh

    def sync(self, options: Options | None = None,
             on_progress: Callable[[Progress], None] = lambda p: None,
             engine_ready: Callable[[SyncEngine], None] = lambda e: None) -> Summary:
        """One sync pass, recorded in the sync history. Raises typed errors."""
        creds = self.credentials()
        if creds is None:
            raise AuthError("Not signed in", user_message="Sign in to sync. Your work is kept.")
        self._send_revocations_quietly()
        from sync.errors import DiskFullError, disk_full_becomes_typed

        from .clock import now_iso

        self._record_unrecorded()
        started = now_iso()
        try:
            with disk_full_becomes_typed(self.dir):
                history_id = self._history_start()
        except DiskFullError as exc:
            self._remember_unrecorded(None, started, exc)
            raise
        summary: Summary | None = None
        error: TutorClientError | None = None
        try:
            with disk_full_becomes_typed(self.dir):
                try:
                    summary = self._pass(creds.token, options, on_progress, engine_ready)
                except AuthError:
                    creds = self._refresh(creds)
                    summary = self._pass(creds.token, options, on_progress, engine_ready)
            self._report_health(creds.token)
            return summary
        except TutorClientError as exc:
            error = exc
            summary = getattr(exc, "summary", None)
            raise
        finally:
            try:
                with disk_full_becomes_typed(self.dir):
                    self._history_finish(history_id, summary, error)
            except DiskFullError as full:
                self._remember_unrecorded(history_id, started, error or full)
                if error is None:
                    raise  # the pass is applied; only its history row did not fit
            if summary is not None and summary.clock_skew_s is not None:
                from .notices import record_clock

                record_clock(self.store, summary.clock_skew_s, summary.clock_skew_margin_s or 0.0)

    def _report_health(self, token: str) -> None:
        """After a good pass: this device's sync health, if it changed (docs/insight.md)."""
        from .insight import HEALTH_PATH, health_report_due, health_report_sent

        try:
            summary = health_report_due(self.store)
            if summary is None:
                return
            transport = self.transport(token)
            try:
                transport.request("POST", HEALTH_PATH, body=json.dumps(summary).encode(),
                                  headers={"Content-Type": "application/json"}, retry=False)
            finally:
                transport.close()
            health_report_sent(self.store, summary)
        except Exception:  # a report must never fail the sync it follows; the next one retries
            log.info("device health not reported", exc_info=True)

    # -- a failure the full disk could not record (tutorclient/syncstore.py) ---------------

    _unrecorded: dict[str, Any] | None = None

    def _remember_unrecorded(self, history_id: int | None, started: str,
                             error: TutorClientError) -> None:
        from .clock import now_iso
        from .syncstore import note_unrecorded

        self._unrecorded = {"history_id": history_id, "started_at": started,
                            "finished_at": now_iso(), "result": "failed",
                            "error": error.user_message}
        note_unrecorded(self.dir, self._unrecorded)  # for the next process, if it fits

    def _record_unrecorded(self) -> None:
        """Write a remembered failure into the history now, if the disk lets us."""
        from sync.errors import is_disk_full

        from .syncstore import read_unrecorded, record_unrecorded, reserve_history_note

        entry = self._unrecorded or read_unrecorded(self.dir)
        if entry is not None:
            try:
                record_unrecorded(self.store, self.dir, entry)
            except Exception as exc:
                if not is_disk_full(exc):
                    raise
                return  # still no room: the pass about to run will say so
            self._unrecorded = None
        reserve_history_note(self.dir)

    def _pass(self, token: str, options: Options | None, on_progress, engine_ready) -> Summary:
        import requests

        from sync.engine import SyncEngine
        from sync.transfer import UploadState

        from .syncstore import ProfileSyncStore, upload_state_path

        transport = self.transport(token)
        engine = SyncEngine(ProfileSyncStore(self.store, self.blobs), transport, self.blobs,
                            UploadState(upload_state_path(self.dir)), on_progress)
        engine_ready(engine)
        try:
            return engine.run(options)
        except TutorClientError as exc:
            exc.summary = getattr(engine, "last_summary", None)  # type: ignore[attr-defined]
            raise
        except requests.RequestException as exc:  # pragma: no cover - transport wraps these
            from sync.errors import NetworkError

            raise NetworkError(str(exc)) from exc
        finally:
            transport.close()

    def _history_start(self) -> int:
        from .clock import now_iso

        with self.store.write() as db:
            cur = db.execute("INSERT INTO sync_history (started_at) VALUES (?)", [now_iso()])
            return cur.lastrowid

    def _history_finish(self, history_id: int, summary: Summary | None,
                        error: TutorClientError | None) -> None:
        from sync.engine import Summary

        from .clock import now_iso

        s = summary or Summary(result="failed")
        result = s.result if error is None else ("cancelled" if s.result == "cancelled" else "failed")
        with self.store.write() as db:
            db.execute(
                "UPDATE sync_history SET finished_at = ?, result = ?, stage = ?, requests = ?, "
                "bytes_up = ?, bytes_down = ?, pushed = ?, pulled = ?, conflicts = ?, blobs = ?, "
                "error = ? WHERE id = ?",
                [now_iso(), result, s.stage, s.requests, s.bytes_up, s.bytes_down, s.pushed,
                 s.pulled, s.conflicts, s.blobs_down + s.blobs_up,
                 error.user_message if error else None, history_id],
            )
