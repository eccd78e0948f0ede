"""``syncdoctor serve``: the classifier over HTTP (FastAPI), beside the help site.

Optional: ``pip install 'syncdoctor[server]'``.  Answers are the CLI's answers
(both print ``Decision.to_dict()``); errors are JSON with one clear message and
never a traceback.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field

from .errors import SyncdoctorError
from .models import Match

if TYPE_CHECKING:
    from .kb import KnowledgeBase

MAX_BODY_BYTES = 1_000_000
MAX_BATCH = 1_000
MAX_MESSAGE_CHARS = 1_000_000


class ClassifyRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    message: str = Field(max_length=MAX_MESSAGE_CHARS, description="The raw alert text, as pasted or logged.")


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    messages: list[str] = Field(description=f"Up to {MAX_BATCH} messages; more is answered with 413.")


class BatchResponse(BaseModel):
    results: list[Match]


class Problem(BaseModel):
    error: str
    detail: Any = None


class BodyLimit:
    """Refuses request bodies over the limit with 413, whether or not a Content-Length was sent.

    The body is read first (at most the limit, so memory stays bounded) and then
    handed to the app, so no framework layer can turn the refusal into another error.
    """

    def __init__(self, app, limit: int = MAX_BODY_BYTES) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await _too_large(send, self.limit)
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                chunks.append(message)  # a disconnect: pass it on
                break
            size += len(message.get("body", b""))
            if size > self.limit:
                await _too_large(send, self.limit)
                return
            chunks.append(message)
            if not message.get("more_body"):
                break
        body = b"".join(m.get("body", b"") for m in chunks if m["type"] == "http.request")
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _too_large(send, limit: int) -> None:
    body = json.dumps({"error": f"request body larger than {limit} bytes"}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def create_app(kb: "KnowledgeBase", site_dir: Path | None = None) -> FastAPI:
    from . import __version__

    app = FastAPI(title="syncdoctor", version=__version__, docs_url=None, redoc_url=None,
                  description="Classify Dynamics 365 server-side synchronization alerts and explain them.")
    _add_error_handlers(app)
    _add_docs(app)

    @app.get("/healthz", tags=["service"])
    def healthz() -> dict:
        return {"status": "ok", "rules": len(kb)}

    @app.post("/v1/classify", response_model=Match, tags=["classify"],
              responses={413: {"model": Problem}, 422: {"model": Problem}})
    def classify(request: ClassifyRequest) -> dict:
        return kb.decide(request.message).to_dict()

    @app.post("/v1/classify/batch", response_model=BatchResponse, tags=["classify"],
              responses={413: {"model": Problem}, 422: {"model": Problem}})
    def classify_batch(request: BatchRequest) -> dict:
        if len(request.messages) > MAX_BATCH:
            raise HTTPException(413, f"at most {MAX_BATCH} messages a batch, got {len(request.messages)}")
        return {"results": [kb.decide(message).to_dict() for message in request.messages]}

    @app.get("/v1/rules", tags=["rules"])
    def rules() -> dict:
        return {"rules": [kb.record(rule_id) for rule_id in kb.ids]}

    @app.get("/v1/rules/{rule_id}", tags=["rules"], responses={404: {"model": Problem}})
    def rule(rule_id: str) -> dict:
        record = kb.record(rule_id)
        if record is None:
            meant = kb.ids_meant(rule_id)
            raise HTTPException(404, f"no rule '{rule_id}'" + (f": did you mean {' or '.join(meant)}?" if meant else ""))
        return record

    @app.get("/v1/explain", tags=["explain"], responses={200: {"content": {"text/html": {}, "text/markdown": {}}}})
    def explain(message: str = Query(min_length=1, max_length=MAX_MESSAGE_CHARS),
                format: Literal["html", "markdown", "json"] = "json") -> Response:
        from .render import render_match

        page = render_match(kb, kb.decide(message), format, message=message[:4000])
        media = {"html": "text/html", "markdown": "text/markdown", "json": "application/json"}[format]
        return Response(page, media_type=f"{media}; charset=utf-8")

    if site_dir is not None and (site_dir / "index.html").is_file():
        app.mount("/", StaticFiles(directory=str(site_dir), html=True), name="site")
    return app


def _add_docs(app: FastAPI) -> None:
    """Interactive docs from Swagger UI files served here: nothing is loaded from another host."""
    import swagger_ui_bundle

    app.mount("/_docs", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        page = get_swagger_ui_html(openapi_url="/openapi.json", title="syncdoctor API",
                                   swagger_js_url="/_docs/swagger-ui-bundle.js",
                                   swagger_css_url="/_docs/swagger-ui.css", swagger_favicon_url="/_docs/favicon-32x32.png")
        return page


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [{"where": ".".join(str(p) for p in error.get("loc", ())), "problem": error.get("msg", "")}
                    for error in exc.errors()]
        first = problems[0] if problems else {"where": "body", "problem": "invalid request"}
        return JSONResponse({"error": f"{first['where']}: {first['problem']}", "detail": problems}, status_code=422)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code)

    from starlette.exceptions import HTTPException as StarletteHTTPException

    @app.exception_handler(StarletteHTTPException)
    async def starlette_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> PlainTextResponse:
        # Logged on the server's side; the client gets one line and no traceback.
        import logging

        logging.getLogger("syncdoctor.server").exception("internal error")
        return JSONResponse({"error": "internal error"}, status_code=500)


def asgi_app(kb: "KnowledgeBase", site_dir: Path | None = None):
    return BodyLimit(create_app(kb, site_dir))


def serve(kb: "KnowledgeBase", host: str, port: int, site_dir: Path | None) -> None:
    import uvicorn

    _check_listening(host, port)
    try:
        uvicorn.run(asgi_app(kb, site_dir), host=host, port=port, log_level="info")
    except SystemExit as exc:  # uvicorn ends with its own code (3) when it cannot start: the CLI's are 0, 1 and 2
        if exc.code:
            raise SyncdoctorError(f"the server could not start on {host}:{port} (see its log above)") from None


def _check_listening(host: str, port: int) -> None:
    """Fail in one line, before the server starts, when the address cannot be listened on (in use, or unknown)."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(infos[0][4])
    except OSError as exc:
        raise SyncdoctorError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
