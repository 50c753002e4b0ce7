"""TLS session resumption for the client: a new connection costs one round trip, not two.

A full TLS 1.3 handshake sends the server's certificate chain down (about a
kilobyte) and a key share each way; on a 600 ms link that is most of a no-op
sync. A *resumed* handshake (RFC 8446 section 2.2) sends a ticket the server
gave last time instead: no certificate, fewer bytes, and still one round trip
before the request.

urllib3 reuses an open connection (keep-alive) but wraps every new socket
without a session, so each new connection shakes hands in full. Here one
:class:`ResumingContext` per profile remembers the last session of each
``(host, port)`` and hands it to the next socket it wraps. TLS 1.3 tickets
arrive after the handshake, with the first bytes of the answer, so the session
is taken from a socket at its first reads rather than right after connecting.

Verification is unchanged: the context is built like urllib3's own (TLS 1.2 at
least, certificate and host name required), and a session is only offered
back to the host and port that issued it; a server that refuses it simply
makes a full handshake.
"""

from __future__ import annotations

import ssl
import threading
from typing import Any

import requests.adapters

#: OpenSSL's SSL_OP_TLSEXT_PADDING (part of OP_ALL, which Python sets; the ssl
#: module has no name for it). It pads a ClientHello of 256-511 bytes to 512,
#: working around a bug of F5 load balancers fixed in 2012 (RFC 7685): on a
#: resumed handshake that is about 180 bytes of zeros up, at every connection.
OP_TLSEXT_PADDING = 0x10
#: Reads after the handshake during which a socket looks for its ticket. A
#: TLS 1.3 server sends its tickets right after the handshake, before any answer.
TICKET_READS = 4


class TLSSessions:
    """The last TLS session per ``(host, port)``, shared by a profile's connections."""

    def __init__(self) -> None:
        self._sessions: dict[tuple[str, int], ssl.SSLSession] = {}
        self._lock = threading.Lock()
        #: Connections that resumed a session / shook hands in full (for benchmarks).
        self.resumed = 0
        self.full = 0

    def get(self, key: tuple[str, int]) -> ssl.SSLSession | None:
        with self._lock:
            return self._sessions.get(key)

    def put(self, key: tuple[str, int], session: ssl.SSLSession, reused: bool) -> None:
        with self._lock:
            self._sessions[key] = session
            if reused:
                self.resumed += 1
            else:
                self.full += 1

    def __len__(self) -> int:
        return len(self._sessions)


class _ResumingSocket(ssl.SSLSocket):
    """An ``SSLSocket`` that files its session (with its ticket) once it has one."""

    _tc_sessions: TLSSessions | None = None
    _tc_key: tuple[str, int] = ("", 0)
    _tc_reads = 0

    def recv_into(self, buffer: Any, nbytes: int | None = None, flags: int = 0) -> int:
        n = super().recv_into(buffer, nbytes, flags)
        if self._tc_sessions is not None and self._tc_reads < TICKET_READS:
            self._file_session()
        return n

    def _file_session(self) -> None:
        self._tc_reads += 1
        session = self.session
        # TLS 1.3: a session without a ticket cannot be resumed; wait for the ticket.
        if session is not None and (session.has_ticket or self.version() != "TLSv1.3"):
            assert self._tc_sessions is not None
            self._tc_sessions.put(self._tc_key, session, self.session_reused)
            self._tc_reads = TICKET_READS  # done with this socket


class ResumingContext(ssl.SSLContext):
    """A client ``SSLContext`` that resumes TLS sessions across connections.

    Pass it to urllib3 (``ssl_context=``) through :class:`ResumingAdapter`.
    """

    sslsocket_class = _ResumingSocket

    def __new__(cls, *args: Any, **kwargs: Any) -> ResumingContext:
        return super().__new__(cls, ssl.PROTOCOL_TLS_CLIENT)

    def __init__(self) -> None:
        super().__init__()
        # As urllib3's default context, minus OP_NO_TICKET: tickets are the point.
        self.minimum_version = ssl.TLSVersion.TLSv1_2
        self.options |= ssl.OP_NO_COMPRESSION
        # Middlebox compatibility mode (a fake session id and ChangeCipherSpec, 70
        # bytes) stays: networks with old middleboxes are where the app is used.
        self.options &= ~OP_TLSEXT_PADDING
        self.verify_mode = ssl.CERT_REQUIRED
        self.check_hostname = True
        self.post_handshake_auth = True
        self.tls_sessions = TLSSessions()

    def wrap_socket(self, sock: Any, server_side: bool = False,
                    do_handshake_on_connect: bool = True, suppress_ragged_eofs: bool = True,
                    server_hostname: str | None = None,
                    session: ssl.SSLSession | None = None) -> ssl.SSLSocket:
        key = (server_hostname or "", sock.getpeername()[1])
        if session is None and not server_side:
            session = self.tls_sessions.get(key)
        wrapped = super().wrap_socket(
            sock, server_side=server_side, do_handshake_on_connect=do_handshake_on_connect,
            suppress_ragged_eofs=suppress_ragged_eofs, server_hostname=server_hostname,
            session=session)
        if isinstance(wrapped, _ResumingSocket) and not server_side:
            wrapped._tc_sessions, wrapped._tc_key = self.tls_sessions, key
        return wrapped


class ResumingAdapter(requests.adapters.HTTPAdapter):
    """A ``requests`` adapter whose HTTPS connections use one :class:`ResumingContext`."""

    def __init__(self, context: ResumingContext, **kwargs: Any) -> None:
        self.tls_context = context
        super().__init__(**kwargs)

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False,
                         **pool_kwargs: Any) -> None:
        pool_kwargs["ssl_context"] = self.tls_context
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)


__all__ = ["ResumingAdapter", "ResumingContext", "TLSSessions"]
