"""The embedded web server phones talk to: aiohttp on its own thread and event loop.

Why aiohttp: one well-kept, pure-asyncio library gives the HTTP server, strict body-size limits
and streaming responses for server-sent events, with no ASGI server to add (starlette would
need uvicorn) and nothing tied to the GUI's event loop, so a slow or hostile phone can never
stall the facilitator's window.

Routes are a fixed list: the page (`/`, `/app.js`, `/app.css`, read once from
`resources/web`), `POST /api/join`, `GET /api/state`, `POST /api/cards`, `POST /api/votes`
and the event stream `GET /api/events`. Nothing else is served: no directory listing, no file
access. Every API call but joining needs the device's token.

A submission is handed to the `dispatch` callable, which must be thread-safe and return a
`concurrent.futures.Future`; the app completes it on the GUI thread after the model change
(and so the file's commit) returned. Only then is the phone told "stored". A retried request
with the same idempotency key gets the first answer, or waits for the first attempt.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from aiohttp import web

from .devices import Device, DeviceBook
from .messages import (
    CardSubmission,
    RequestError,
    VoteSubmission,
    clean,
    malformed,
    parse_json,
)
from .policy import (
    APPLY_TIMEOUT_S,
    BODY_TIMEOUT_S,
    MAX_BODY,
    RoundPolicy,
    RoundState,
)

Submission = CardSubmission | VoteSubmission
Dispatch = Callable[[Device, Submission], "concurrent.futures.Future[dict[str, Any]]"]

#: Open event streams at most (one per phone, with room for reloads).
MAX_STREAMS = 400
#: Seconds between keep-alive comments on an idle event stream.
KEEPALIVE_S = 15.0

_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
                               "connect-src 'self'; img-src 'self' data:; "
                               "form-action 'none'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}

_PAGES = {"/": ("index.html", "text/html"), "/app.js": ("app.js", "text/javascript"),
          "/app.css": ("app.css", "text/css")}


def load_pages(language: str) -> dict[str, tuple[bytes, str]]:
    """The participant page's three files, in memory (the page's language set in index)."""
    folder = resources.files("coi_desktop") / "resources" / "web"
    pages = {}
    for route, (name, mime) in _PAGES.items():
        data = (folder / name).read_bytes()
        if name == "index.html":
            data = data.replace(b'lang="en"', f'lang="{language}"'.encode(), 1)
        pages[route] = (data, mime)
    return pages


@dataclass
class Timeouts:
    body_s: float = BODY_TIMEOUT_S
    apply_s: float = APPLY_TIMEOUT_S


class RoomServer:
    """See the module docstring. `start()` binds (raising OSError if it cannot), `stop()`
    closes every connection and ends the thread; both are called from the owner's thread."""

    def __init__(self, policy: RoundPolicy, dispatch: Dispatch, *, host: str = "127.0.0.1",
                 port: int = 0, language: str = "da", book: DeviceBook | None = None,
                 timeouts: Timeouts | None = None) -> None:
        self.host = host
        self.port = port
        self.language = language
        self.book = book or DeviceBook()
        self.dispatch = dispatch
        self.timeouts = timeouts or Timeouts()
        # Swapped whole from the owner's thread, read on the server's (immutable values).
        self.policy = policy
        self.state = RoundState.OPEN
        self._public: dict[str, Any] = {}
        self._public_json = "{}"
        self._pages = load_pages(language)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._changed: asyncio.Event | None = None
        self._closing = False
        self._streams = 0
        self._pending: dict[tuple[str, str], asyncio.Future[tuple[int, dict[str, Any]]]] = {}

    # -- life -----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    def join_url(self) -> str:
        return f"{self.url}?code={self.book.code}"

    def start(self) -> None:
        ready: concurrent.futures.Future[None] = concurrent.futures.Future()
        self._thread = threading.Thread(target=self._run, args=(ready,), name="room-server",
                                        daemon=True)
        self._thread.start()
        ready.result(timeout=30)  # re-raises the bind error

    def _run(self, ready: concurrent.futures.Future[None]) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._serve())
        except BaseException as exc:  # the bind failed: tell start() and end the thread
            ready.set_exception(exc)
            loop.close()
            return
        ready.set_result(None)
        loop.run_forever()
        loop.close()

    async def _serve(self) -> None:
        self._changed = asyncio.Event()
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._errors])
        app.router.add_get("/", self._page)
        app.router.add_get("/app.js", self._page)
        app.router.add_get("/app.css", self._page)
        app.router.add_post("/api/join", self._join)
        app.router.add_get("/api/state", self._state)
        app.router.add_post("/api/cards", self._cards)
        app.router.add_post("/api/votes", self._votes)
        app.router.add_get("/api/events", self._events)
        self._runner = web.AppRunner(app, access_log=None, keepalive_timeout=20,
                                     max_line_size=4096, max_field_size=4096,
                                     shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        server = getattr(site, "_server", None)
        if server is not None and server.sockets:
            self.port = server.sockets[0].getsockname()[1]

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None or not thread.is_alive():
            return
        self._closing = True

        async def shutdown() -> None:
            if self._changed is not None:
                self._changed.set()  # event streams see _closing and end
            if self._runner is not None:
                await self._runner.cleanup()

        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(shutdown(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)

    # -- what the owner changes -----------------------------------------------------------

    def publish(self, public: dict[str, Any], policy: RoundPolicy | None = None,
                state: RoundState | None = None) -> None:
        """New round state for every phone (thread-safe; pushed over the event streams)."""
        if policy is not None:
            self.policy = policy
        if state is not None:
            self.state = state
        public = {**public, "round": {**public.get("round", {}), "state": str(self.state)}}
        self._public, self._public_json = public, json.dumps(public)
        loop = self._loop
        if loop is not None and not self._closing:
            with contextlib.suppress(RuntimeError):  # the loop just closed
                loop.call_soon_threadsafe(self._notify)

    def _notify(self) -> None:
        old, self._changed = self._changed, asyncio.Event()
        if old is not None:
            old.set()

    def new_code(self) -> str:
        return self.book.new_code()

    # -- plumbing -------------------------------------------------------------------------

    def _reply(self, status: int, body: dict[str, Any]) -> web.Response:
        return web.json_response(body, status=status, headers=_HEADERS)

    @web.middleware
    async def _errors(self, request: web.Request, handler: Any) -> web.StreamResponse:
        try:
            response: web.StreamResponse = await handler(request)
            return response
        except RequestError as exc:
            return self._reply(exc.status, exc.body(self.language))
        except web.HTTPRequestEntityTooLarge:
            return self._reply(413, RequestError(
                413, "too_large", "The request is too large.",
                "Forespørgslen er for stor.").body(self.language))
        except web.HTTPException as exc:
            if exc.status in (404, 405):
                return self._reply(exc.status, RequestError(
                    exc.status, "not_found", "There is nothing here.",
                    "Her er intet.").body(self.language))
            raise

    async def _body(self, request: web.Request) -> dict[str, Any]:
        if request.content_length is not None and request.content_length > MAX_BODY:
            raise web.HTTPRequestEntityTooLarge(max_size=MAX_BODY,
                                                actual_size=request.content_length)
        try:
            async with asyncio.timeout(self.timeouts.body_s):
                raw = await request.read()
        except TimeoutError:
            raise RequestError(408, "slow", "The request took too long to arrive.",
                               "Forespørgslen var for længe undervejs.") from None
        return parse_json(raw)

    def _device(self, request: web.Request, token: str | None = None) -> Device:
        if token is None:
            auth = request.headers.get("Authorization", "")
            token = auth[7:].strip() if auth.startswith("Bearer ") else ""
        device = self.book.device(token)
        if device is None:
            raise RequestError(401, "unknown_device", "Please join with the code again.",
                               "Deltag venligst med koden igen.")
        return device

    def _view(self, device: Device) -> dict[str, Any]:
        return {"ok": True, "state": self._public, "mine": {
            "number": device.number, "name": device.name,
            "cards": device.submissions[-50:], "dots": device.dots,
            "dots_left": device.dots_left}}

    # -- routes ---------------------------------------------------------------------------

    async def _page(self, request: web.Request) -> web.Response:
        data, mime = self._pages[request.path]
        return web.Response(body=data, content_type=mime, charset="utf-8", headers=_HEADERS)

    async def _join(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        code = body.get("code")
        if not isinstance(code, str) or len(code) > 12:
            raise malformed()
        verdict = self.book.check_code(code, request.remote or "")
        if verdict == "too_many":
            raise RequestError(429, "too_many", "Too many wrong codes. Wait a minute.",
                               "For mange forkerte koder. Vent et minut.")
        if verdict == "expired":
            raise RequestError(403, "expired", "That join code has expired. Ask for the new "
                               "one on the screen.", "Den kode er udløbet. Se den nye kode på "
                               "skærmen.")
        if verdict != "ok":
            raise RequestError(403, "wrong_code", "That is not the join code.",
                               "Det er ikke den rigtige kode.")
        name = clean(body.get("name"), 80, "name", "navn", required=False)
        # A name is kept only in a named round and only with the participant's consent.
        keep = bool(name) and body.get("consent") is True and not self.policy.anonymous
        device = self.book.join(name if keep else "")
        answer = self._view(device)
        answer["token"] = device.token
        return self._reply(200, answer)

    async def _state(self, request: web.Request) -> web.Response:
        return self._reply(200, self._view(self._device(request)))

    async def _cards(self, request: web.Request) -> web.Response:
        device = self._device(request)
        body = await self._body(request)
        return await self._submit(device, body, CardSubmission.parse)

    async def _votes(self, request: web.Request) -> web.Response:
        device = self._device(request)
        body = await self._body(request)
        return await self._submit(device, body, VoteSubmission.parse)

    async def _submit(self, device: Device, body: dict[str, Any],
                      parse: Callable[[dict[str, Any], RoundPolicy], Submission]
                      ) -> web.Response:
        submission = parse(body, self.policy)
        known = device.answers.get(submission.key)
        if known is not None:  # a retry: the first answer again, nothing applied twice
            return self._reply(known[0], known[1])
        slot = (device.token, submission.key)
        pending = self._pending.get(slot)
        if pending is None:
            if self.state != RoundState.OPEN:
                raise RequestError(409, "round_" + str(self.state),
                                   "The round is paused." if self.state == RoundState.PAUSED
                                   else "The round has ended.",
                                   "Runden er sat på pause." if self.state == RoundState.PAUSED
                                   else "Runden er slut.")
            if not device.limiter.allow():
                raise RequestError(429, "rate_limited",
                                   f"Slow down a little: try again in "
                                   f"{device.limiter.retry_after()} s.",
                                   f"Lidt langsommere: prøv igen om "
                                   f"{device.limiter.retry_after()} s.")
            pending = self._pending[slot] = asyncio.ensure_future(
                self._apply(device, submission))
        try:
            status, answer = await asyncio.wait_for(asyncio.shield(pending),
                                                    self.timeouts.apply_s)
        except TimeoutError:
            raise RequestError(503, "busy", "The workshop is busy; your phone will try again.",
                               "Workshoppen er optaget; telefonen prøver igen.") from None
        return self._reply(status, answer)

    async def _apply(self, device: Device, submission: Submission) -> tuple[int, dict[str, Any]]:
        """Run one submission through the owner; remember the answer under its key."""
        try:
            result = await asyncio.wrap_future(self.dispatch(device, submission))
            # What the phone shows as its own: kept here, on the server's thread.
            if "card" in result:
                device.submissions.append(result["card"])
            if "dots" in result:
                device.dots = dict(result["dots"])
            if "dots_left" in result:
                device.dots_left = result["dots_left"]
            status, answer = 200, {"ok": True, **result}
        except RequestError as exc:
            status, answer = exc.status, exc.body(self.language)
        except Exception:  # the owner failed unexpectedly: a retry may succeed
            self._pending.pop((device.token, submission.key), None)
            return 500, RequestError(500, "failed", "Something went wrong; try again.",
                                     "Noget gik galt; prøv igen.").body(self.language)
        answer["mine"] = self._view(device)["mine"]
        device.remember(submission.key, status, answer)
        self._pending.pop((device.token, submission.key), None)
        return status, answer

    async def _events(self, request: web.Request) -> web.StreamResponse:
        self._device(request, request.query.get("token", ""))
        if self._streams >= MAX_STREAMS:
            raise RequestError(503, "busy", "Too many open pages.", "For mange åbne sider.")
        response = web.StreamResponse(headers={
            **_HEADERS, "Content-Type": "text/event-stream", "X-Accel-Buffering": "no"})
        await response.prepare(request)
        self._streams += 1
        try:
            sent = ""
            while not self._closing:
                if self._public_json != sent:
                    sent = self._public_json
                    await response.write(f"event: state\ndata: {sent}\n\n".encode())
                changed = self._changed
                assert changed is not None
                try:
                    await asyncio.wait_for(changed.wait(), KEEPALIVE_S)
                except TimeoutError:
                    await response.write(b": keep-alive\n\n")
        except ConnectionResetError:
            pass  # the phone went away
        finally:
            self._streams -= 1
        return response
