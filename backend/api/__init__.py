"""The API's blueprints, one module per resource."""

from backend.serialization import register

register()  # before any blueprint module decorates its views
