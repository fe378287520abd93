"""Shared pieces of the request models: field rules from elt.rules, as Pydantic errors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, create_model, field_validator
from pydantic_core import PydanticCustomError

from elt.rules import RuleError

T = TypeVar("T")

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=4000)]
Id = Annotated[int, Field(ge=1, le=2**63 - 1)]


def rule(func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run one elt.rules check; its RuleError becomes a Pydantic error with the same reason code."""
    try:
        return func(*args, **kwargs)
    except RuleError as error:
        raise PydanticCustomError(error.code, error.message) from None


def blank_to_none(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


def as_utc(value: datetime | None) -> datetime | None:
    """Query bounds without a zone mean UTC, like timestamps in the CSV contract."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def _storable(value: Any) -> bool:
    """PostgreSQL text holds neither NUL characters nor lone surrogates (invalid UTF-8)."""
    if isinstance(value, str):
        if "\x00" in value:
            return False
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
    elif isinstance(value, list | tuple):
        return all(_storable(item) for item in value)
    return True


class StorableText(BaseModel):
    """Rejects text the database cannot store, as a validation error naming the field."""

    @field_validator("*", mode="before")
    @classmethod
    def _storable_text(cls, value: Any) -> Any:
        if not _storable(value):
            raise PydanticCustomError("bad_text", "text must be valid UTF-8 without NUL characters")
        return value


class InputModel(StorableText):
    """Request bodies: unknown fields are an error (a typo must not be silently ignored)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class OutputModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


def patch_model(create: type[BaseModel], name: str, overrides: dict[str, Any] | None = None) -> type[BaseModel]:
    """The PATCH body for `create`: the same fields, all optional, types only.

    The rules run afterwards on the merged row (stored values overlaid with the patch) through the
    create model, so cross-field checks (an LGA must lie in the state) see the final values.
    `overrides` loosens types that the create model narrows in a before-validator (aliases like
    "male" for sex, DD/MM/YYYY dates).
    """
    overrides = overrides or {}
    fields: dict[str, Any] = {}
    for field_name, info in create.model_fields.items():
        annotation = overrides.get(field_name, info.annotation)
        fields[field_name] = (annotation | None, Field(None, description=info.description))
    return create_model(name, __base__=InputModel, **fields)
