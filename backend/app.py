"""The application factory: `create_app(settings)`.

Canonical routes live under /api/v1; the seed's /api/... paths are the same routes (a WSGI alias,
so both share handlers, rate limits and audit). /health, / and the docs need no token.
"""

from __future__ import annotations

import logging
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from apiflask import APIFlask
from werkzeug.exceptions import NotFound
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter

from backend import docs, errors, hooks, metrics, ratelimit_storage
from backend.api import (
    analytics,
    auth,
    batches,
    data_quality,
    facilities,
    health,
    medical_records,
    patients,
    research,
    triage_visits,
    uploads,
    workers,
)
from backend.auth import SECURITY_SCHEMES, VerifiedTokens
from backend.client_cache import ClientCache
from backend.extensions import cors, db, limiter
from backend.fhir import routes as fhir_routes
from backend.fhir.runner import ExportRunner
from backend.paging import CursorCodec
from backend.pipeline_trigger import LocalRunner
from backend.serialization import OrjsonProvider
from elt.s3 import s3_client
from elt.settings import Settings

API_PREFIX = "/api/v1"
LEGACY_PREFIX = "/api/"
MAX_ID = 2**63 - 1
ERROR_REF = "#/components/schemas/HTTPError"
# Multipart framing and the form fields around the file itself.
MULTIPART_OVERHEAD = 64 * 1024

BLUEPRINTS = (
    (auth.bp, "/auth"),
    (facilities.bp, "/facilities"),
    (patients.bp, "/patients"),
    (workers.bp, "/workers"),
    (medical_records.bp, "/medical-records"),
    (triage_visits.bp, "/triage-visits"),
    (analytics.bp, "/analytics"),
    (data_quality.bp, "/analytics"),  # issue 15
    (uploads.bp, "/uploads"),
    (batches.bp, "/batches"),
    (research.bp, "/research"),
)

log = logging.getLogger("backend")


class IdConverter(IntegerConverter):
    """Path ids are positive bigints; anything else is a 404, never a database overflow.

    Out-of-range numbers raise NotFound here rather than failing the match: a failed match makes
    werkzeug answer 405 for methods that only other rules of the same path have.
    """

    def to_python(self, value: str) -> int:
        number = int(value)
        if not 1 <= number <= MAX_ID:
            raise NotFound()
        return number


class LegacyApiPaths:
    """Serve the seed's /api/<resource> paths as /api/v1/<resource>."""

    def __init__(self, wsgi_app: Any) -> None:
        self.wsgi_app = wsgi_app

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        path = environ.get("PATH_INFO", "")
        if path.startswith(LEGACY_PREFIX) and not (path + "/").startswith(API_PREFIX + "/"):
            environ["PATH_INFO"] = API_PREFIX + "/" + path[len(LEGACY_PREFIX) :]
        return self.wsgi_app(environ, start_response)


def _version() -> str:
    try:
        return version("medilink")
    except PackageNotFoundError:
        return "0.0.0"


def _not_null(schema: dict[str, Any]) -> dict[str, Any]:
    """`anyOf: [X, null]` → X: a query parameter is either present with a value or absent."""
    branches = [branch for branch in schema.get("anyOf", []) if branch.get("type") != "null"]
    if len(branches) != 1 or len(schema["anyOf"]) != 2:
        return schema
    rest = {key: value for key, value in schema.items() if key != "anyOf" and not (key == "default" and value is None)}
    return {**branches[0], **rest}


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": {"$ref": ERROR_REF}}}}


def _tidy_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """Describe what every route may answer besides its own responses, and parameters as the server
    treats them: ids in the converter's range, optional query values absent rather than null."""
    for path, operations in spec.get("paths", {}).items():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            if "requestBody" in operation:
                responses.setdefault("400", _error("Malformed body (e.g. invalid JSON)"))
                responses.setdefault("413", _error("Body larger than the server accepts"))
            if path.startswith(API_PREFIX):
                responses.setdefault("503", _error("The database is unavailable"))
            # every route has a rate limit (API_RATE_LIMIT_DEFAULT at least)
            responses.setdefault("429", _error("Rate limit exceeded; see Retry-After"))
            for parameter in operation.get("parameters", []):
                schema = parameter.get("schema", {})
                if parameter.get("in") == "path" and schema.get("type") == "integer":
                    schema.update({"minimum": 1, "maximum": MAX_ID})
                if parameter.get("in") == "query":
                    parameter["schema"] = _not_null(schema)
    return spec


def _development_logging() -> None:
    """FLASK_ENV=development: the API's own log lines at DEBUG level, on stderr."""
    log.setLevel(logging.DEBUG)
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)


def create_app(settings: Settings) -> APIFlask:
    """The API on these settings; raises `ApiSettingsMissing` when an API-only setting is missing."""
    settings.require_api()
    app = APIFlask(
        "backend",
        title="Medilink API",
        version=_version(),
        docs_path="/docs" if settings.api_docs_enabled else None,
        spec_path="/openapi.json",
    )
    app.json = OrjsonProvider(app)
    app.config.update(
        MEDILINK_SETTINGS=settings,
        # The same object under the name API code reads it by (`…["MEDILINK_API_SETTINGS"].api_*`).
        MEDILINK_API_SETTINGS=settings,
        API_VERSION=_version(),
        MAX_CONTENT_LENGTH=settings.max_upload_bytes + MULTIPART_OVERHEAD,
        RATELIMIT_STORAGE_URI=ratelimit_storage.storage_uri(settings.ratelimit_storage),
        RATELIMIT_KEY_PREFIX=settings.api_ratelimit_key_prefix,
        RATELIMIT_STORAGE_OPTIONS={"socket_timeout": 1, "socket_connect_timeout": 1},
        RATELIMIT_IN_MEMORY_FALLBACK_ENABLED=True,
        RATELIMIT_HEADERS_ENABLED=True,
        SECURITY_SCHEMES=SECURITY_SCHEMES,
        DESCRIPTION=(
            "Medilink REST API. Get a token with OAuth2 client credentials at `POST /api/v1/auth/token` and send "
            "it as `Authorization: Bearer <token>`. Errors are `{code, message, details}`. Lists page by "
            "`page`/`per_page` or by `cursor` (keyset; constant cost at any depth)."
        ),
    )
    if settings.flask_env == "development":
        _development_logging()
    app.url_map.converters["int"] = IdConverter
    app.extensions["medilink.cursor"] = CursorCodec(settings.api_jwt_secret.get_secret_value())  # type: ignore[union-attr]
    app.extensions["medilink.s3"] = s3_client(settings)
    app.extensions["medilink.runner"] = LocalRunner(settings)
    app.extensions["medilink.fhir_runner"] = ExportRunner(settings, app.extensions["medilink.s3"])
    app.extensions["medilink.tokens"] = VerifiedTokens()
    app.extensions["medilink.clients"] = ClientCache(settings.libpq_url, settings.api_client_cache_seconds)

    errors.init_app(app)
    db.init_app(app, settings)
    hooks.init_app(app, hsts=settings.api_proxy_hops > 0)  # first: the request id exists before any limit
    limiter.init_app(app)
    if settings.api_docs_enabled:
        docs.init_app(app)
    if settings.api_cors_origins:
        cors.init_app(
            app,
            resources={r"/api/*": {"origins": settings.api_cors_origins}},
            allow_headers=["Authorization", "Content-Type", "X-Request-ID"],
            expose_headers=["X-Request-ID", "Location", "Retry-After"],
            max_age=600,
        )
    metrics.init_app(app)
    app.spec_processor(_tidy_spec)

    app.register_blueprint(health.bp)
    for blueprint, prefix in BLUEPRINTS:
        app.register_blueprint(blueprint, url_prefix=API_PREFIX + prefix)
    app.register_blueprint(fhir_routes.bp, url_prefix="/fhir")
    app.extensions["medilink.fhir_runner"].start()  # export jobs whose runner died; expiry

    app.wsgi_app = LegacyApiPaths(app.wsgi_app)  # type: ignore[method-assign]
    if settings.api_proxy_hops:
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=settings.api_proxy_hops, x_proto=settings.api_proxy_hops
        )
    return app
