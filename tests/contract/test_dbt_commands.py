"""The dbt commands of the design document, run as written in the dbt project folder with
dbt/profiles.yml copied to a profiles folder of its own, as the image copies it to /root/.dbt.

The only change to each command: the profiles folder's path (/root/.dbt here is a temporary
folder). The connection comes from the POSTGRES_* variables the profile reads; artifacts go to a
temporary target folder, so the repository's dbt/ stays clean.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from contract_support import empty
from design_document import dbt_commands

from elt.dbt_runner import DBT_PROJECT_DIR, profile_env, research_env
from elt.settings import Settings

DOCUMENT_PROFILES_DIR = "/root/.dbt"
DBT = Path(sys.executable).with_name("dbt")
COMMANDS = dbt_commands()

pytestmark = pytest.mark.slow


def test_the_document_shows_run_test_docs_and_debug_commands() -> None:
    assert "dbt run --models stg_patients --profiles-dir /root/.dbt" in COMMANDS
    assert {command.split()[1] for command in COMMANDS} >= {"run", "test", "docs", "debug"}
    assert all(DOCUMENT_PROFILES_DIR in command for command in COMMANDS)


def test_every_documented_dbt_command_works_with_the_profile_copied_elsewhere(
    settings: Settings, database_url: str, tmp_path: Path
) -> None:
    empty(database_url)
    profiles = tmp_path / "dot-dbt"
    profiles.mkdir()
    shutil.copy(DBT_PROJECT_DIR / "profiles.yml", profiles / "profiles.yml")
    target = tmp_path / "target"
    env = {
        **os.environ,
        **profile_env(settings),
        # as in the webserver container: the research marts' key reaches PostgreSQL through PGOPTIONS
        **research_env(settings),
        "DBT_TARGET_PATH": str(target),
        "DBT_LOG_PATH": str(tmp_path / "logs"),
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
    }
    for command in COMMANDS:
        words = [str(profiles) if word == DOCUMENT_PROFILES_DIR else word for word in shlex.split(command)]
        result = subprocess.run(
            [str(DBT), *words[1:]],
            cwd=DBT_PROJECT_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert result.returncode == 0, (command, result.stdout[-3000:], result.stderr[-2000:])
    results = json.loads((target / "run_results.json").read_text())
    assert results["args"]["which"] == "generate"  # the last command: dbt docs generate
    catalog = json.loads((target / "catalog.json").read_text())
    assert "model.medilink.stg_patients" in catalog["nodes"]
