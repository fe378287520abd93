"""Superset's configuration for Medilink (SUPERSET_CONFIG_PATH points here).

Superset reads this module when it starts; everything secret or per-installation comes from the
environment that `medilink dashboard up` (or the Compose `dashboard` profile) sets, so nothing
secret is committed and nothing has a default.
"""

import os

SECRET_KEY = os.environ["SUPERSET_SECRET_KEY"]
SQLALCHEMY_DATABASE_URI = os.environ["SUPERSET_METADATA_URI"]

# Dashboards carry the roles that may open them (the analyst role or Admin): see medilink_superset.py.
FEATURE_FLAGS = {"DASHBOARD_RBAC": True}

# No anonymous access, no self-registration, no example data, no file uploads into a database.
PUBLIC_ROLE_LIKE = None
AUTH_USER_REGISTRATION = False
# (Superset derives ALLOWED_EXTENSIONS from its own defaults before reading this file: set it too.)
CSV_EXTENSIONS: set[str] = set()
EXCEL_EXTENSIONS: set[str] = set()
COLUMNAR_EXTENSIONS: set[str] = set()
ALLOWED_EXTENSIONS: set[str] = set()
# Superset limits login attempts (AUTH_RATE_LIMIT) only when its limiter is on, and turns it on
# only for SUPERSET_ENV=production by default.
RATELIMIT_ENABLED = True
PREVENT_UNSAFE_DB_CONNECTIONS = True

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = os.environ.get("SUPERSET_COOKIE_SECURE", "false").lower() == "true"
WTF_CSRF_ENABLED = True

# SQL Lab: bounded results; the database roles, not these limits, keep analysts inside research.
SQL_MAX_ROW = 100_000
DISPLAY_MAX_ROW = 10_000
SQLLAB_TIMEOUT = 60
SUPERSET_WEBSERVER_TIMEOUT = 120

# The map charts draw OpenStreetMap tiles when the browser can reach them; offline, the points
# still render on a blank background.
MAPBOX_API_KEY = ""

LOG_LEVEL = os.environ.get("SUPERSET_LOG_LEVEL", "WARNING")
