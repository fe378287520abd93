"""/docs: Swagger UI from the files the flask-swagger-ui package ships, never from a CDN.

A browser opening the docs then fetches nothing from outside this server (no third-party script runs
next to a page that holds a bearer token). Only the package's dist files are used (Swagger UI 5, which
renders the OpenAPI 3.1 document APIFlask generates), not its blueprint. API_DOCS_ENABLED=false leaves
/docs out entirely.
"""

from __future__ import annotations

from pathlib import Path

import flask_swagger_ui
from apiflask import APIFlask
from flask import Blueprint, send_from_directory
from werkzeug.exceptions import NotFound

ASSETS_PATH = "/docs/assets"
ASSETS = Path(flask_swagger_ui.__file__).parent / "dist"
SERVED = frozenset({"swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js", "favicon-32x32.png"})


def _asset(filename: str):
    if filename not in SERVED:
        raise NotFound()
    return send_from_directory(ASSETS, filename, max_age=0)


def init_app(app: APIFlask) -> None:
    app.config.update(
        SWAGGER_UI_CSS=f"{ASSETS_PATH}/swagger-ui.css",
        SWAGGER_UI_BUNDLE_JS=f"{ASSETS_PATH}/swagger-ui-bundle.js",
        SWAGGER_UI_STANDALONE_PRESET_JS=f"{ASSETS_PATH}/swagger-ui-standalone-preset.js",
        DOCS_FAVICON=f"{ASSETS_PATH}/favicon-32x32.png",
    )
    assets = Blueprint("docs_assets", __name__)
    assets.add_url_rule(f"{ASSETS_PATH}/<filename>", "asset", _asset)
    app.register_blueprint(assets)
