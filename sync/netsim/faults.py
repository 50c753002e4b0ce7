"""Server-side faults the simulator can inject: garbled bodies and canned error answers.

Both are one-shot and armed from `NetSim` (``set_corrupt``, ``fail_next``).
They act on HTTP message boundaries found by the `MessageCounter`, so they
hit a response *body* or a whole *request*, never a status line or header,
and keep-alive connections stay usable afterwards.
"""

from __future__ import annotations

import http
import json

BodySpan = tuple[int, int, int]  # (start in chunk, end in chunk, offset of start in the body)


def canned_response(status: int, retry_after: float | None, body: bytes | None,
                    head_only: bool) -> bytes:
    """An HTTP/1.1 error answer as our server would write it (JSON body, keep-alive)."""
    try:
        reason = http.HTTPStatus(status).phrase
    except ValueError:
        reason = "Error"
    if body is None:
        code = "unavailable" if status == 503 else "server_error"
        body = json.dumps({"error": code, "message": f"Simulated {status} {reason}."},
                          separators=(",", ":")).encode()
    head = f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\n"
    if retry_after is not None:
        head += f"retry-after: {retry_after:g}\r\n"
    head += f"content-length: {len(body)}\r\n\r\n"
    return head.encode("latin-1") + (b"" if head_only else body)


class Faults:
    """Armed faults and how often they fired; used only on the simulator's loop thread."""

    def __init__(self) -> None:
        self.fail_left = 0
        self.fail_status = 503
        self.fail_retry_after: float | None = None
        self.fail_body: bytes | None = None
        self.corrupt_at: int | None = None
        self.corrupt_left = 0
        self.failed = 0  # requests answered with a canned response
        self.corrupted = 0  # body bytes garbled

    def arm_failures(self, k: int, status: int, retry_after: float | None,
                     body: bytes | None) -> None:
        if k < 0 or not 100 <= status <= 599:
            raise ValueError(f"fail_next needs k >= 0 and an HTTP status, got {k}, {status}")
        self.fail_left, self.fail_status = k, status
        self.fail_retry_after, self.fail_body = retry_after, body

    def take_failure(self) -> bool:
        """Whether the request now starting is to be answered by the simulator."""
        if self.fail_left <= 0:
            return False
        self.fail_left -= 1
        return True

    def failure_response(self, method: bytes) -> bytes:
        self.failed += 1
        return canned_response(self.fail_status, self.fail_retry_after, self.fail_body,
                               head_only=method == b"HEAD")

    def arm_corruption(self, after_bytes: int | None, count: int) -> None:
        if after_bytes is not None and (after_bytes < 0 or count < 1):
            raise ValueError(f"set_corrupt needs after_bytes >= 0 and count >= 1, "
                             f"got {after_bytes}, {count}")
        self.corrupt_at, self.corrupt_left = after_bytes, count if after_bytes is not None else 0

    def corrupt(self, chunk: bytes, spans: list[BodySpan]) -> bytes:
        """XOR the armed body bytes that fall in ``chunk``; disarm when all are done."""
        if self.corrupt_at is None or not spans:
            return chunk
        out: bytearray | None = None
        for start, end, body_offset in spans:
            at = self.corrupt_at
            if at is None:
                break
            first = start + max(0, at - body_offset)
            if first >= end:
                continue  # this body is too short (so far) to reach the armed offset
            n = min(end - first, self.corrupt_left)
            out = out if out is not None else bytearray(chunk)
            for i in range(first, first + n):
                out[i] ^= 0xFF
            self.corrupted += n
            self.corrupt_left -= n
            self.corrupt_at = body_offset + (first - start) + n
            if self.corrupt_left <= 0:
                self.corrupt_at = None
        return bytes(out) if out is not None else chunk
