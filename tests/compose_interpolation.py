"""Docker Compose's reading of a compose file without Docker: `${VAR…}` interpolation (the rules of
the Compose specification), `environment` keys without a value, and the merge of a second `-f` file.
Shared by tests/deploy and tests/contract.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any


class MissingVariable(Exception):
    pass


_REFERENCE = re.compile(r"\$(?:(?P<escaped>\$)|\{(?P<braced>[^}]*)\}|(?P<named>[A-Za-z_][A-Za-z0-9_]*))")
_BRACED = re.compile(r"(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:?[-?+])(?P<arg>.*))?", re.DOTALL)


def interpolate(text: str, env: Mapping[str, str]) -> str:
    """Compose's interpolation: $$, $VAR, ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}…"""

    def replace(match: re.Match[str]) -> str:
        if match["escaped"]:
            return "$"
        if match["named"]:
            return env.get(match["named"], "")
        braced = _BRACED.fullmatch(match["braced"])
        assert braced, f"not a Compose variable reference: ${{{match['braced']}}}"
        name, op, arg = braced["name"], braced["op"], braced["arg"]
        value, is_set = env.get(name), name in env
        if op is None:
            return value or ""
        if op in (":-", "-"):
            use_default = not value if op == ":-" else not is_set
            return arg if use_default else value
        if op in (":?", "?"):
            if (not value) if op == ":?" else (not is_set):
                raise MissingVariable(f"{name}: {arg}")
            return value
        present = bool(value) if op == ":+" else is_set
        return arg if present else ""

    return _REFERENCE.sub(replace, text)


def resolve(node: Any, env: Mapping[str, str], key: str | None = None) -> Any:
    """Interpolate every string. In an `environment` mapping, a key without a value takes the
    variable's value from the environment (.env) and is left out of the container when unset."""
    if isinstance(node, str):
        return interpolate(node, env)
    if isinstance(node, list):
        return [resolve(item, env) for item in node]
    if isinstance(node, dict):
        if key == "environment":
            return {
                name: resolve(value, env) if value is not None else env[name]
                for name, value in node.items()
                if value is not None or name in env
            }
        return {name: resolve(value, env, name) for name, value in node.items()}
    return node


def merge(base: Any, override: Any) -> Any:
    """Compose's merge of a second -f file: mappings key by key, other values replaced."""
    if isinstance(base, dict) and isinstance(override, dict):
        return {key: merge(base[key], value) if key in base else value for key, value in override.items()} | {
            key: value for key, value in base.items() if key not in override
        }
    return override
