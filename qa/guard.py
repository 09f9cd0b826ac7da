"""What stands between the web app and the network: a Host/Origin check and a login throttle.

Both are plain objects so they are tested without a server; `qa.app.launch` plugs them into Gradio
(the check as ASGI middleware, the throttle as Gradio's `auth` callable).
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import socket
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
_WILDCARDS = {"0.0.0.0", "::", ""}


def allowed_hosts(bind_host: str, extra: str = "") -> frozenset[str]:
    """Host names a browser may legitimately use to reach this server.

    Loopback names always; the bound address; for a wildcard bind, this machine's names and
    addresses; plus `QA_ALLOWED_HOSTS` (comma-separated) for a proxy's public name.
    """
    names = set(LOOPBACK_NAMES)
    if bind_host not in _WILDCARDS:
        names.add(bind_host.lower())
    else:
        for name in (socket.gethostname(), socket.getfqdn()):
            names.add(name.lower())
            with contextlib.suppress(OSError):
                names.update(str(info[4][0]) for info in socket.getaddrinfo(name, None))
    names.update(h.strip().lower() for h in extra.split(",") if h.strip())
    return frozenset(names)


def host_of(value: str) -> str:
    """'example.org:7860' → 'example.org'; '[::1]:7860' → '::1'; a full origin URL is accepted too."""
    value = value.strip().lower()
    if "://" in value:
        value = urlsplit(value).netloc
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    if value.count(":") == 1:
        value = value.split(":", 1)[0]
    return value


class HostGuard:
    """ASGI middleware refusing requests that name a host or origin this server is not.

    A page on another site (or a DNS-rebinding name resolving to 127.0.0.1) can make a browser
    talk to the app; it cannot make the browser send our own host name as Host/Origin.
    """

    def __init__(self, app: Callable, allowed: frozenset[str]) -> None:
        self.app = app
        self.allowed = allowed

    def refusal(self, headers: dict[bytes, bytes]) -> str:
        """Why a request with these headers is refused, or '' when it is not."""
        host = host_of(headers.get(b"host", b"").decode("latin-1"))
        if host not in self.allowed:
            return f"host {host!r} is not served here (add it to QA_ALLOWED_HOSTS)"
        origin = headers.get(b"origin", b"").decode("latin-1").strip()
        if origin and origin != "null" and host_of(origin) not in self.allowed:
            return f"requests from origin {origin!r} are refused"
        return ""

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] in ("http", "websocket"):
            reason = self.refusal(dict(scope.get("headers") or []))
            if reason:
                client = (scope.get("client") or ("?", 0))[0]
                log.warning("refused a request from %s: %s", client, reason)
                if scope["type"] == "websocket":
                    await send({"type": "websocket.close", "code": 1008})
                    return
                body = f"403 Forbidden: {reason}\n".encode()
                await send({"type": "http.response.start", "status": 403,
                            "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                        (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


class LoginThrottle:
    """Checks the one configured login; after a few failures every attempt waits longer.

    Attempts are taken one at a time, so parallel guessing gains nothing: after `free` failures
    each try waits `base` seconds, doubling up to `ceiling`, until a correct login resets it.
    """

    def __init__(self, user: str, password: str, free: int = 3, base: float = 0.5, ceiling: float = 10.0,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self._user, self._password = user.encode(), password.encode()
        self.free, self.base, self.ceiling = free, base, ceiling
        self.failures = 0
        self._sleep = sleep
        self._turn: asyncio.Lock | None = None

    def delay(self) -> float:
        if self.failures < self.free:
            return 0.0
        return min(self.base * 2 ** (self.failures - self.free), self.ceiling)

    async def check(self, username: str, password: str) -> bool:
        if self._turn is None:
            self._turn = asyncio.Lock()
        async with self._turn:
            wait = self.delay()
            if wait:
                await self._sleep(wait)
            ok = hmac.compare_digest(username.encode(), self._user) & hmac.compare_digest(
                password.encode(), self._password)
            if ok:
                self.failures = 0
            else:
                self.failures += 1
                log.warning("failed login for %r (%d in a row)", username[:40], self.failures)
            return bool(ok)


def parse_auth(value: str) -> tuple[str, str] | None:
    """`QA_AUTH` as (user, password); '' means no login. Raises ValueError with a one-line message."""
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user.strip() or not password:
        raise ValueError("QA_AUTH must look like user:password")
    return user.strip(), password
