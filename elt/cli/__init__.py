"""The `medilink` command: one entry point for the stack, the schema, the pipeline and the API."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="medilink",
    help="Medilink data platform: local stack, schema, ingest pipeline, dbt and the REST API.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Each command group lives beside the code it drives and adds itself through `register(app)`.
COMMAND_MODULES = (
    "elt.cli.stack",
    "elt.cli.db",
    "elt.cli.sample",
    "elt.cli.pipeline",
    "elt.cli.airflow",
    "elt.cli.dashboard",
    "elt.cli.dbt",
    "elt.cli.fhir",
    "elt.cli.status",
    "elt.cli.retention",
    "backend.cli",
)

for module_name in COMMAND_MODULES:
    importlib.import_module(module_name).register(app)


def main() -> None:
    app()
