"""The WSGI entry point for gunicorn: `gunicorn backend.wsgi:app` (or `medilink api serve`)."""

from backend.app import create_app
from elt.settings import get_settings

app = create_app(get_settings())
