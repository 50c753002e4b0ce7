"""Count HTTP/1.x messages in a TCP byte stream, incrementally.

The proxy feeds each direction's bytes, as they are forwarded, to one
`MessageCounter`. It finds message boundaries (Content-Length, chunked,
read-until-close), so keep-alive and pipelining count correctly. Anything
that does not look like HTTP/1.x switches the counter off for the rest of
the connection rather than guessing.
"""

from __future__ import annotations

import re
from collections import deque

_REQUEST_LINE = re.compile(rb"^([A-Z][A-Z0-9_-]*) \S+ HTTP/1\.[01]$")
_STATUS_LINE = re.compile(rb"^HTTP/1\.[01] (\d{3})(?: .*)?$")
MAX_HEAD = 64 * 1024
MAX_LINE = 8 * 1024

# States
_HEAD, _BODY, _CHUNK_SIZE, _CHUNK_DATA, _CHUNK_CRLF, _TRAILERS, _UNTIL_CLOSE, _OPAQUE = range(8)


class HttpExchange:
    """Shared state of one connection's two directions.

    The response side needs the request methods (a response to HEAD has
    no body) and both sides stop after a protocol switch.
    """

    def __init__(self) -> None:
        self.methods: deque[bytes] = deque()
        self.opaque = False


class MessageCounter:
    """Counts request heads (``is_request``) or final response heads.

    `feed` returns how many message heads completed in the data given.
    Interim 1xx responses are not counted, so requests and responses pair
    up one to one.
    """

    def __init__(self, exchange: HttpExchange, is_request: bool) -> None:
        self._ex = exchange
        self._is_request = is_request
        self._state = _HEAD
        self._buf = bytearray()
        self._remaining = 0
        self._body_seen = 0
        #: Where the last `feed` carried body bytes: (start, end, offset in the body).
        self.body_spans: list[tuple[int, int, int]] = []

    @property
    def idle(self) -> bool:
        """Between messages: the next byte fed starts a new one."""
        return self._state == _HEAD and not self._buf

    def feed(self, data: bytes) -> int:
        """Consume forwarded bytes; return the number of heads completed."""
        count = 0
        pos, end = 0, len(data)
        self.body_spans = []
        while pos < end:
            if self._ex.opaque:
                self._state = _OPAQUE
            state = self._state
            if state == _UNTIL_CLOSE:
                self._note_body(pos, end)
                return count
            if state == _OPAQUE:
                return count
            if state in (_BODY, _CHUNK_DATA):
                take = min(self._remaining, end - pos)
                self._note_body(pos, pos + take)
                pos += take
                self._remaining -= take
                if self._remaining == 0:
                    self._state = _HEAD if state == _BODY else _CHUNK_CRLF
                    self._remaining = 2 if state == _CHUNK_DATA else 0
                continue
            if state == _CHUNK_CRLF:
                take = min(self._remaining, end - pos)
                pos += take
                self._remaining -= take
                if self._remaining == 0:
                    self._state = _CHUNK_SIZE
                continue
            # Line-oriented states: buffer up to the terminator.
            terminator = b"\r\n\r\n" if state == _HEAD else b"\r\n"
            limit = MAX_HEAD if state in (_HEAD, _TRAILERS) else MAX_LINE
            start_len = len(self._buf)
            self._buf += data[pos:]
            # Search from a few bytes back so a terminator split across feeds is found.
            idx = self._buf.find(terminator, max(0, start_len - len(terminator) + 1))
            if idx < 0:
                if len(self._buf) > limit:
                    self._go_opaque()
                return count
            consumed = idx + len(terminator) - start_len
            pos += consumed
            chunk = bytes(self._buf[:idx])
            self._buf.clear()
            if state == _HEAD:
                # lstrip: stray CRLFs between messages are allowed (RFC 9112 §2.2).
                count += self._on_head(chunk.lstrip(b"\r\n"))
            elif state == _CHUNK_SIZE:
                self._on_chunk_size(chunk)
            else:  # _TRAILERS: line by line until the empty one
                if chunk == b"":
                    self._state = _HEAD
        return count

    def _note_body(self, start: int, end: int) -> None:
        self.body_spans.append((start, end, self._body_seen))
        self._body_seen += end - start

    def _go_opaque(self) -> None:
        self._state = _OPAQUE
        self._buf.clear()

    def _on_chunk_size(self, line: bytes) -> None:
        try:
            size = int(line.split(b";", 1)[0].strip(), 16)
        except ValueError:
            self._go_opaque()
            return
        if size == 0:
            self._state = _TRAILERS
        else:
            self._state, self._remaining = _CHUNK_DATA, size

    def _on_head(self, head: bytes) -> int:
        self._body_seen = 0
        lines = head.split(b"\r\n")
        headers = _parse_headers(lines[1:])
        if self._is_request:
            match = _REQUEST_LINE.match(lines[0])
            if not match:
                self._go_opaque()
                return 0
            self._ex.methods.append(match.group(1))
            self._set_body(headers, has_body=True, until_close=False)
            return 1
        match = _STATUS_LINE.match(lines[0])
        if not match:
            self._go_opaque()
            return 0
        status = int(match.group(1))
        if status == 101:
            self._ex.opaque = True
            return 0
        if 100 <= status < 200:
            self._state = _HEAD  # interim response, final one follows
            return 0
        method = self._ex.methods.popleft() if self._ex.methods else b""
        if method == b"CONNECT" and 200 <= status < 300:
            self._ex.opaque = True
            return 1
        no_body = method == b"HEAD" or status in (204, 304)
        self._set_body(headers, has_body=not no_body, until_close=True)
        return 1

    def _set_body(self, headers: dict[bytes, bytes], has_body: bool, until_close: bool) -> None:
        self._state = _HEAD
        if not has_body:
            return
        if b"chunked" in headers.get(b"transfer-encoding", b"").lower():
            self._state = _CHUNK_SIZE
        elif b"content-length" in headers:
            try:
                length = int(headers[b"content-length"].split(b",")[0])
            except ValueError:
                self._go_opaque()
                return
            if length > 0:
                self._state, self._remaining = _BODY, length
        elif until_close:
            self._state = _UNTIL_CLOSE


def _parse_headers(lines: list[bytes]) -> dict[bytes, bytes]:
    headers: dict[bytes, bytes] = {}
    for line in lines:
        name, sep, value = line.partition(b":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    return headers
