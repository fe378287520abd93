"""The response path: orjson, and Pydantic models serialized straight to JSON bytes.

APIFlask's Pydantic adapter validates what a view returns against the output model, turns it into
Python dicts (`model_dump(mode="json")`), and Flask then encodes those with the standard json module.
A view here already returns models built by the output model itself, so in production
(API_VALIDATE_RESPONSES=false) the adapter skips the second validation and hands each model to
orjson as a ready JSON fragment (`model_dump_json`, Pydantic's own Rust serializer): the same bytes,
one pass. With API_VALIDATE_RESPONSES=true (tests, debugging) every response is validated first.
"""

from __future__ import annotations

from typing import Any

import orjson
from apiflask.schema_adapters.pydantic import PydanticAdapter
from flask import current_app
from flask.json.provider import JSONProvider
from pydantic import BaseModel

OPTIONS = orjson.OPT_NON_STR_KEYS


def _default(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return orjson.Fragment(value.__pydantic_serializer__.to_json(value, by_alias=True))
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def dumps_bytes(value: Any) -> bytes:
    return orjson.dumps(value, default=_default, option=OPTIONS)


class OrjsonProvider(JSONProvider):
    """Flask's JSON provider on orjson: `jsonify` and error bodies go through here."""

    mimetype = "application/json"

    def dumps(self, obj: Any, **kwargs: Any) -> str:
        return dumps_bytes(obj).decode()

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        return orjson.loads(s)

    def response(self, *args: Any, **kwargs: Any):
        value = self._prepare_response_obj(args, kwargs)
        return self._app.response_class(dumps_bytes(value) + b"\n", mimetype=self.mimetype)


def _validating() -> bool:
    return current_app.config["MEDILINK_API_SETTINGS"].api_validate_responses


class FastPydanticAdapter(PydanticAdapter):
    """APIFlask's adapter, minus the second validation and the dict round trip in production."""

    def serialize_output(self, data: Any, many: bool = False) -> Any:
        if _validating():
            return super().serialize_output(data, many=many)
        if isinstance(data, BaseModel) or (isinstance(data, dict) and all(map(_ready, data.values()))):
            return data  # models become fragments in OrjsonProvider (see _default)
        return super().serialize_output(data, many=many)


PLAIN = (str, int, float, bool, type(None), BaseModel)


def _ready(value: Any) -> bool:
    """Encodes as the output model would: a JSON primitive, a model, or a list of models."""
    if isinstance(value, PLAIN):
        return True
    return isinstance(value, list) and all(isinstance(item, BaseModel) for item in value)


def register() -> None:
    """Make APIFlask build FastPydanticAdapter for Pydantic schemas (before the views are decorated)."""
    from apiflask.schema_adapters import registry

    registry.register("pydantic", FastPydanticAdapter)
