"""`medilink dbt run|test|build|docs|freshness|debug`: the dbt project against the configured warehouse.

Options after the subcommand go to dbt unchanged (`medilink dbt build --select staging+`,
`medilink dbt run --full-refresh`); the connection always comes from the platform settings.
"""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from elt.dbt_runner import DbtResult, paths, run_dbt
from elt.settings import get_settings

PASS_THROUGH = {"allow_extra_args": True, "ignore_unknown_options": True}

dbt_app = typer.Typer(
    help="Build and test the dbt models (staging → core → clinical/analytics marts).",
    no_args_is_help=True,
)
console = Console(stderr=True)


def _run(args: list[str]) -> DbtResult:
    """Run dbt (it prints its own progress), then summarise and exit non-zero on failure."""
    result = run_dbt(args, get_settings())
    _summarise(result)
    if not result.success:
        raise typer.Exit(code=1)
    return result


def _summarise(result: DbtResult) -> None:
    if result.error:
        console.print(f"[red]dbt stopped:[/red] {result.error}")
    if result.failed:
        table = Table("node", "status", "message", title="Failed")
        for node in result.failed:
            table.add_row(node.unique_id, node.status, (node.message or "").splitlines()[0][:200])
        console.print(table)
    counts: dict[str, int] = {}
    for node in result.nodes:
        counts[node.status] = counts.get(node.status, 0) + 1
    summary = ", ".join(f"{count} {status}" for status, count in sorted(counts.items())) or "no nodes"
    console.print(f"dbt {' '.join(result.command)}: {'OK' if result.success else 'FAILED'} ({summary}).")


@dbt_app.command(context_settings=PASS_THROUGH)
def run(ctx: typer.Context) -> None:
    """Build the models (incremental facts add only new and changed rows; --full-refresh rebuilds)."""
    _run(["run", *ctx.args])


@dbt_app.command(context_settings=PASS_THROUGH)
def test(ctx: typer.Context) -> None:
    """Run the data tests and unit tests."""
    _run(["test", *ctx.args])


@dbt_app.command(context_settings=PASS_THROUGH)
def build(ctx: typer.Context) -> None:
    """Seed, run and test every node in dependency order (what the DAG runs)."""
    _run(["build", *ctx.args])


@dbt_app.command(context_settings=PASS_THROUGH)
def docs(ctx: typer.Context) -> None:
    """Generate the documentation site (index.html, manifest.json, catalog.json)."""
    _run(["docs", "generate", *ctx.args])
    target = paths(get_settings())["target"]
    console.print(f"Documentation written to {target / 'index.html'}.")


@dbt_app.command(context_settings=PASS_THROUGH)
def freshness(ctx: typer.Context) -> None:
    """Check the sources' freshness (max updated_at against the thresholds in _sources.yml)."""
    _run(["source", "freshness", *ctx.args])


@dbt_app.command(context_settings=PASS_THROUGH)
def debug(ctx: typer.Context) -> None:
    """Check the profile and the database connection."""
    _run(["debug", *ctx.args])


def register(app: typer.Typer) -> None:
    app.add_typer(dbt_app, name="dbt")
