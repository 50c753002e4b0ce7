"""What a server address is, and why a sign-in failed, in plain words that say what to do.

:func:`server_address` turns what a user typed into a URL, or raises
:class:`BadAddress` saying what a valid address looks like. An address typed
without ``https://`` gets it; if that connection fails, :func:`failure_message`
says so and suggests ``http://``: TutorClient never falls back to http by
itself, because a password sent over http can be read on the way.
"""

from __future__ import annotations

import re
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urlsplit

from sync.errors import AuthError, NetworkError, ProtocolVersionError, TutorClientError

__all__ = ["Address", "BadAddress", "EXAMPLE", "failure_message", "server_address"]

EXAMPLE = "https://tutor.example.org"
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:/")
_HOST = re.compile(r"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
                   r"[A-Za-z0-9])?)*$")


class BadAddress(TutorClientError):
    """What was typed is not a server address."""

    user_message = (f"That is not a server address. A server address looks like {EXAMPLE} "
                    "(or https://192.168.1.10:8443): ask your coordinator for yours.")


@dataclass(frozen=True)
class Address:
    url: str
    assumed_https: bool  # the user typed no scheme; https:// was added


def server_address(typed: str) -> Address:
    """The URL for what the user typed; ``https://`` added when no scheme was given."""
    text = typed.strip()
    assumed = not _SCHEME.match(text)
    url = (f"https://{text}" if assumed else text).rstrip("/")
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError for a port that is not a number
    except ValueError as exc:
        raise BadAddress(f"bad server address {typed!r}: {exc}") from exc
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https"):
        raise BadAddress(f"bad scheme in {typed!r}", user_message=(
            f"A server address starts with https:// or http://, like {EXAMPLE}."))
    ipv6 = host.count(":") >= 2
    if not host or " " in text or (not ipv6 and not _HOST.match(host)) or port == 0 \
            or parts.query or parts.fragment:
        raise BadAddress(f"bad server address {typed!r}")
    return Address(url, assumed)


def _causes(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    stack: list[BaseException | None] = [exc]
    while stack:
        item = stack.pop()
        if item is None or any(item is s for s in seen):
            continue
        seen.append(item)
        stack += [item.__cause__, item.__context__, *[a for a in getattr(item, "args", ())
                                                       if isinstance(a, BaseException)]]
        reason = getattr(item, "reason", None)
        if isinstance(reason, BaseException):
            stack.append(reason)
    return seen


def _kind(exc: BaseException) -> str:
    """'tls', 'dns', 'refused', 'timeout' or 'network' for a failed connection."""
    causes = _causes(exc)
    text = " ".join(str(c) for c in causes)
    if any(isinstance(c, ssl.SSLError) for c in causes) or "TLS verification" in text \
            or "SSLError" in text or "wrong version number" in text:
        return "tls"
    if any(isinstance(c, socket.gaierror) for c in causes) or "NameResolution" in text \
            or "Name or service not known" in text or "getaddrinfo" in text:
        return "dns"
    if any(isinstance(c, ConnectionRefusedError) for c in causes) or "Connection refused" in text:
        return "refused"
    if any(isinstance(c, (TimeoutError, socket.timeout)) for c in causes) or "timed out" in text:
        return "timeout"
    return "network"


def failure_message(exc: BaseException, address: Address | None) -> str:
    """Why a sign-in failed, as one or two plain sentences that say what to do."""
    if isinstance(exc, BadAddress):
        return exc.user_message
    url = address.url if address else "the server"
    host = urlsplit(address.url).hostname if address else "the server"
    if isinstance(exc, AuthError):
        return exc.user_message if "another user" in exc.user_message else (
            "Wrong username or password. Check both (capital letters count) and try again.")
    if isinstance(exc, ProtocolVersionError):
        if "server" in str(exc).lower() and "older" in str(exc).lower():
            return (f"The server at {url} is older than this TutorClient. Ask your coordinator "
                    "to update the server; until then, sign in from a computer with the older app.")
        return exc.user_message
    if not isinstance(exc, NetworkError):
        status = getattr(exc, "status", None)
        if status == 404:
            return (f"No TutorClient server answers at {url}. Check the address with your "
                    "coordinator.")
        return exc.user_message if isinstance(exc, TutorClientError) else (
            f"Signing in to {url} failed unexpectedly. Try again; if it keeps failing, tell "
            "your coordinator.")
    kind = _kind(exc)
    if kind == "dns":
        message = (f"No server called “{host}” was found. Check the spelling of the address; "
                   "if it is right, check that this computer is connected to the internet.")
    elif kind == "tls":
        message = (f"The secure (https) connection to {host} failed: its security certificate "
                   "could not be checked. Ask your coordinator whether the address is right.")
    elif kind == "refused":
        message = (f"{host} refused the connection: no TutorClient server is listening at "
                   f"{url}. Check the address and the port number.")
    elif kind == "timeout":
        message = (f"{host} did not answer in time. Check that this computer is connected, "
                   "then try again.")
    else:
        message = (f"Could not reach {url}. Check the address and that this computer is "
                   "connected, then try again.")
    if address is not None and address.assumed_https and kind in ("tls", "refused", "network", "timeout"):
        message += (f" TutorClient tried {url}, the secure address. If your server uses http://, "
                    f"type the address with http:// at the start (http://{urlsplit(url).netloc}).")
    return message
