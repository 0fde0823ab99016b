"""The web edge: confirm pages for approval links, the one-time credential page, /healthz, /metrics.

Only a POST decides or reveals (mail scanners prefetch links); a GET or HEAD only shows. A POST
must carry the form's CSRF field, HMAC-SHA256(secret_key, "csrf:" + token), and, when the
browser sends an Origin or a Referer, come from `public_url`'s host. Our pages are served with
`Referrer-Policy: no-referrer`, so a browser posting our own form sends `Origin: null` and no
Referer: that is taken as "not present" and the CSRF field alone must do.

Everything the daemon knows comes through a `daemon.web.contract.Desk`, called from a worker
thread. Tokens and passwords are never logged: a log line names the request number only (and
uvicorn's access log, which would print paths, is off in `daemon.web.server`).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import re
import time
from collections.abc import Awaitable, Callable
from importlib import resources
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from daemon.core.password_policy import grouped
from daemon.errors import OperationError, TokenRejected
from daemon.web.contract import ACTIONS, REJECT, ApprovalPage, Desk
from daemon.web.throttle import FailedAttempts, LinkGuard

log = logging.getLogger(__name__)

T = TypeVar("T")

TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{16,128}")
MAX_FORM_BYTES = 16 * 1024
MAX_REASON_CHARS = 2000
LANGUAGES = ("id", "en")
METRICS_TYPE = "text/plain; version=0.0.4; charset=utf-8"
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS: dict[str, str] = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
}
_RAW_HEADERS = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS.items()]
_HEADER_NAMES = {k for k, _ in _RAW_HEADERS}


class SecurityHeaders:
    """ASGI middleware: every HTTP response carries `SECURITY_HEADERS` (replacing the app's own)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in _HEADER_NAMES]
                message = {**message, "headers": kept + _RAW_HEADERS}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def csrf_value(secret_key: bytes, token: str) -> str:
    """The CSRF field of the form on the page of `token`."""
    return hmac.new(secret_key, b"csrf:" + token.encode("ascii"), hashlib.sha256).hexdigest()


def _host(url: str) -> str | None:
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.lower() if host else None


def _peer(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _root(request: Request) -> str:
    """The relative path back to the site's root, so pages work behind a proxy's path prefix."""
    return "../" * max(request.url.path.count("/") - 1, 0)


class _Site:
    """The endpoints, bound to one desk, one key and one public host."""

    def __init__(
        self, desk: Desk, secret_key: bytes, public_url: str, office_name: str, contact: str, guard: LinkGuard
    ) -> None:
        if not secret_key:
            raise ValueError("secret_key must not be empty")
        self.desk = desk
        self.secret_key = secret_key
        self.public_host = _host(public_url)
        if self.public_host is None:
            raise ValueError(f"public_url has no host: {public_url!r}")
        self.office_name = office_name
        self.contact = contact
        self.guard = guard
        self.pages = Environment(
            loader=PackageLoader("daemon.web", "pages"),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.pages.filters["grouped"] = grouped  # a password read back in groups of four
        self.stylesheet = resources.files("daemon.web.pages").joinpath("style.css").read_text("utf-8")

    # -- rendering -------------------------------------------------------------------------

    def render(self, request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("lang", "id")
        context.setdefault("office_name", self.office_name)
        html = self.pages.get_template(name).render(root=_root(request), contact=self.contact, **context)
        return HTMLResponse(html, status_code=status)

    def localized(self, request: Request, name: str, lang: str, status: int = 200, **context: Any) -> HTMLResponse:
        """Render `<name>.<lang>.html`, Bahasa Indonesia when the language is not one we have."""
        lang = lang if lang in LANGUAGES else "id"
        return self.render(request, f"{name}.{lang}.html", status, lang=lang, **context)

    def gone(self, request: Request, status: int = 410) -> HTMLResponse:
        return self.render(request, "gone.html", status)

    def approval(self, request: Request, page: ApprovalPage, token: str, error: str = "") -> HTMLResponse:
        return self.localized(
            request,
            "approval",
            page.lang,
            400 if error else 200,
            page=page,
            office_name=page.office_name,
            csrf=csrf_value(self.secret_key, token),
            error=error,
            is_reject=page.action == REJECT,
            max_reason=MAX_REASON_CHARS,
        )

    def address(self, request: Request) -> str:
        return self.guard.address(_peer(request), request.headers.get("x-forwarded-for"))

    def client(self, request: Request) -> str:
        """Who is asking, for the audit: the client's address (behind a trusted proxy, the forwarded one) and agent."""
        agent = request.headers.get("user-agent", "")
        return f"{self.address(request)} {agent}".strip()[:200]

    # -- refused links, counted per address ------------------------------------------------------

    async def guarded(self, request: Request, endpoint: Callable[[Request], Awaitable[Response]]) -> Response:
        """Serve a link's endpoint unless its address is over its budget of refusals; count a refusal."""
        address = self.address(request)
        verdict = self.guard.attempts.check(address)
        if not verdict.allowed:
            return self.too_many(request, verdict.retry_after)
        response = await endpoint(request)
        if response.status_code in (404, 410):
            counted = self.guard.attempts.failed(address)
            if counted.burst_started:
                log.warning("link attempts from %s refused %d times: it must wait %d s", address, self.guard.attempts.limit, counted.retry_after)
                try:
                    await asyncio.to_thread(
                        self.desk.report_link_attempts, address, attempts=self.guard.attempts.limit, window=self.guard.attempts.window
                    )
                except Exception:  # noqa: BLE001 - the alarm must never fail the page; the log line above stays
                    log.exception("could not tell the admins about the link attempts")
        return response

    def too_many(self, request: Request, retry_after: int) -> HTMLResponse:
        response = self.render(request, "too_many.html", 429, minutes=max(1, -(-retry_after // 60)))
        response.headers["Retry-After"] = str(retry_after)
        return response

    # -- the desk, off the event loop --------------------------------------------------------

    async def ask(self, request: Request, call: Callable[[], T]) -> T | HTMLResponse:
        """Run one desk call in a thread; its refusals become the 410 or the 409 page."""
        try:
            return await asyncio.to_thread(call)
        except TokenRejected:
            return self.gone(request)
        except OperationError as exc:
            return self.render(request, "conflict.html", 409, detail=str(exc))

    async def check_post(self, request: Request, token: str) -> dict[str, str] | HTMLResponse:
        """The posted form when it is ours (origin, size, CSRF); else the page that refuses it."""
        for header in ("origin", "referer"):
            value = request.headers.get(header)
            if value and value != "null":
                if _host(value) != self.public_host:
                    log.warning("POST refused: %s from another host", header)
                    return self.render(request, "refused.html", 403)
                break
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_FORM_BYTES:
                return self.render(request, "unreadable.html", 413)
        try:
            form = dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=10))
        except ValueError:  # bad UTF-8 or too many fields
            return self.render(request, "unreadable.html", 400)
        given = form.get("csrf", "").encode("utf-8")
        if not hmac.compare_digest(given, csrf_value(self.secret_key, token).encode("ascii")):
            log.warning("POST refused: CSRF field missing or wrong")
            return self.render(request, "refused.html", 403)
        return form

    # -- endpoints ---------------------------------------------------------------------------

    async def index(self, request: Request) -> Response:
        return self.render(request, "index.html")

    async def style(self, request: Request) -> Response:
        return Response(self.stylesheet, media_type="text/css")

    async def approval_get(self, request: Request) -> Response:
        token = request.path_params["token"]
        if not TOKEN_PATTERN.fullmatch(token):
            return self.gone(request, 404)
        page = await self.ask(request, lambda: self.desk.approval_page(token))
        if isinstance(page, HTMLResponse):
            return page
        return self.approval(request, page, token)

    async def approval_post(self, request: Request) -> Response:
        token = request.path_params["token"]
        if not TOKEN_PATTERN.fullmatch(token):
            return self.gone(request, 404)
        form = await self.check_post(request, token)
        if isinstance(form, HTMLResponse):
            return form
        page = await self.ask(request, lambda: self.desk.approval_page(token))
        if isinstance(page, HTMLResponse):
            return page
        if page.action not in ACTIONS or form.get("action", page.action) != page.action:
            return self.render(request, "unreadable.html", 400)
        reason = form.get("reason", "").strip()
        if page.action == REJECT and not reason:
            return self.approval(request, page, token, error="reason_missing")
        if len(reason) > MAX_REASON_CHARS:
            return self.approval(request, page, token, error="reason_too_long")
        client = self.client(request)
        outcome = await self.ask(
            request,
            lambda: self.desk.decide(token, action=page.action, reason=reason or None, client=client),
        )
        if isinstance(outcome, HTMLResponse):
            log.info("decision on %s through a link refused (%s)", page.number, outcome.status_code)
            return outcome
        log.info("decision on %s through a link: %s", outcome.number, outcome.action)
        return self.localized(request, "result", page.lang, outcome=outcome, office_name=page.office_name)

    async def credential_get(self, request: Request) -> Response:
        token = request.path_params["token"]
        if not TOKEN_PATTERN.fullmatch(token):
            return self.gone(request, 404)
        page = await self.ask(request, lambda: self.desk.credential_page(token))
        if isinstance(page, HTMLResponse):
            return page
        csrf = csrf_value(self.secret_key, token)
        return self.localized(request, "credential", page.lang, page=page, office_name=page.office_name, csrf=csrf)

    async def credential_post(self, request: Request) -> Response:
        token = request.path_params["token"]
        if not TOKEN_PATTERN.fullmatch(token):
            return self.gone(request, 404)
        form = await self.check_post(request, token)
        if isinstance(form, HTMLResponse):
            return form
        client = self.client(request)
        shown = await self.ask(request, lambda: self.desk.reveal_credential(token, client=client))
        if isinstance(shown, HTMLResponse):
            return shown
        log.info("credential of %s revealed through its link", shown.number)
        return self.localized(request, "revealed", shown.lang, shown=shown, office_name=shown.office_name)

    async def healthz(self, request: Request) -> Response:
        health = await asyncio.to_thread(self.desk.health)
        return JSONResponse({"ok": health.ok, "checks": health.checks}, status_code=200 if health.ok else 503)

    async def metrics(self, request: Request) -> Response:
        text = await asyncio.to_thread(self.desk.metrics)
        return Response(text, media_type=METRICS_TYPE)

    async def failed(self, request: Request, exc: Exception) -> Response:
        """The 500 page; sent outside the middleware, so it sets the security headers itself."""
        response = self.render(request, "failed.html", 500)
        response.headers.update(SECURITY_HEADERS)
        return response


def create_app(
    desk: Desk,
    *,
    secret_key: bytes,
    public_url: str,
    office_name: str = "LPSE",
    contact: str = "",
    failed_link_limit: int = 20,
    failed_link_window: float = 600.0,
    trusted_proxies: tuple[str, ...] = (),
    clock: Callable[[], float] = time.monotonic,
) -> Starlette:
    """The web app over `desk`. `contact` (e.g. the admins' address) is shown on refusal pages;
    an address whose links were refused `failed_link_limit` times in `failed_link_window` seconds waits (429)."""
    guard = LinkGuard(FailedAttempts(failed_link_limit, failed_link_window, clock), trusted_proxies)
    site = _Site(desk, secret_key, public_url, office_name, contact, guard)

    def link(endpoint: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
        async def guarded(request: Request) -> Response:
            return await site.guarded(request, endpoint)

        return guarded

    routes = [
        Route("/", site.index, methods=["GET"]),
        Route("/style.css", site.style, methods=["GET"]),
        Route("/a/{token}", link(site.approval_get), methods=["GET"]),
        Route("/a/{token}", link(site.approval_post), methods=["POST"]),
        Route("/c/{token}", link(site.credential_get), methods=["GET"]),
        Route("/c/{token}", link(site.credential_post), methods=["POST"]),
        Route("/healthz", site.healthz, methods=["GET"]),
        Route("/metrics", site.metrics, methods=["GET"]),
    ]
    return Starlette(
        routes=routes,
        middleware=[Middleware(SecurityHeaders)],
        exception_handlers={Exception: site.failed},
    )
