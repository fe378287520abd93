"""Medilink's side of Superset, run with Superset's own Python (superset/.venv): `medilink dashboard`
calls it; it never runs in the project's venv (Superset's pins conflict with Airflow's).

    sync    the admin login, the two database connections, the dashboards of superset/assets/
            (imported with overwrite, so a changed bundle updates its dashboard), the datasets'
            columns and the "Medilink Analyst" role
    user    create or update a login with a role (analyst or admin)
    export  write every dashboard back to superset/assets/ as YAML, without passwords or hosts

Settings come from the environment (see elt/dashboard/local.py, which sets them):
    MEDILINK_SUPERSET_ADMIN_PASSWORD, MEDILINK_RESEARCH_DB_URI (medilink_analyst),
    MEDILINK_OPERATIONS_DB_URI (medilink_reporting) and Superset's own SUPERSET_* variables.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

import yaml

ASSETS = Path(__file__).resolve().parent / "assets"
ADMIN = "admin"
ANALYST_ROLE = "Medilink Analyst"
# The file name of each connection in the bundle and the variable that holds its real URI.
DATABASES = {
    "databases/Medilink_research.yaml": "MEDILINK_RESEARCH_DB_URI",
    "databases/Medilink_operations.yaml": "MEDILINK_OPERATIONS_DB_URI",
}
# What a committed bundle says instead of a host and password (export writes it, sync replaces it).
PLACEHOLDER_HOST = "medilink-postgres"
MASKED_PASSWORD = "XXXXXXXXXX"  # noqa: S105 - Superset's own mask, not a password
ANALYST_DASHBOARDS = ("triage", "facilities", "conditions")
ADMIN_DASHBOARDS = ("data-quality", "pipeline-runs")
# Built-in roles an analyst login also holds: Gamma (read dashboards and charts) and sql_lab.
ANALYST_BASE_ROLES = ("Gamma", "sql_lab")


def _app():
    from superset.app import create_app

    return create_app()


def _read_bundle(assets: Path) -> dict[str, str]:
    contents = {}
    for path in sorted(assets.rglob("*.yaml")):
        contents[str(path.relative_to(assets))] = path.read_text(encoding="utf-8")
    if "metadata.yaml" not in contents:
        raise SystemExit(f"{assets}/metadata.yaml is missing: not a Superset export bundle")
    return contents


def _with_real_connections(contents: dict[str, str]) -> dict[str, str]:
    """The bundle's connections with this installation's URIs (password included) put in."""
    result = dict(contents)
    for file_name, variable in DATABASES.items():
        if file_name not in result:
            raise SystemExit(f"The bundle has no {file_name}")
        config = yaml.safe_load(result[file_name])
        config["sqlalchemy_uri"] = os.environ[variable]
        result[file_name] = yaml.safe_dump(config, sort_keys=False)
    return result


def _ensure_admin(security_manager: Any) -> Any:
    from werkzeug.security import generate_password_hash

    password = os.environ["MEDILINK_SUPERSET_ADMIN_PASSWORD"]
    admin_role = security_manager.find_role("Admin")
    user = security_manager.find_user(username=ADMIN)
    if user is None:
        user = security_manager.add_user(ADMIN, "Medilink", "Admin", "admin@medilink.invalid", admin_role, password)
        if not user:
            raise SystemExit("Could not create the Superset admin user")
    else:
        # The generated password is the one source: a changed file changes the login.
        user.password = generate_password_hash(password)
        user.active = True
        security_manager.update_user(user)
    return user


def _analyst_role(security_manager: Any, database: Any) -> None:
    """Access to the research connection only: every dataset on it, and SQL Lab on it."""
    role = security_manager.add_role(ANALYST_ROLE)
    wanted = {("database_access", database.perm)}
    current = {(pv.permission.name, pv.view_menu.name) for pv in role.permissions}
    for permission, view in wanted - current:
        pv = security_manager.add_permission_view_menu(permission, view)
        security_manager.add_permission_role(role, pv)
    for pv in list(role.permissions):
        if (pv.permission.name, pv.view_menu.name) not in wanted:
            security_manager.del_permission_role(role, pv)


def sync(assets: Path) -> None:
    contents = _with_real_connections(_read_bundle(assets))
    metadata = yaml.safe_load(contents["metadata.yaml"])
    contents["metadata.yaml"] = yaml.safe_dump({**metadata, "type": "assets"})
    app = _app()
    from flask import g
    from superset.commands.importers.v1.assets import ImportAssetsCommand
    from superset.connectors.sqla.models import SqlaTable
    from superset.models.core import Database
    from superset.models.dashboard import Dashboard
    from superset.utils.core import override_user

    from superset import db, security_manager

    with app.app_context():
        admin = _ensure_admin(security_manager)
        db.session.commit()
        g.user = admin
        with override_user(admin):
            # The assets importer overwrites connections, datasets and charts too (the dashboard
            # importer keeps existing ones), so an edited bundle always wins.
            ImportAssetsCommand(contents).run()
        # Columns follow the dbt models: a column a model gained or lost shows up after the next sync.
        for dataset in db.session.query(SqlaTable).all():
            dataset.fetch_metadata()
        research = db.session.query(Database).filter_by(database_name="Medilink research").one()
        _analyst_role(security_manager, research)
        analyst_role = security_manager.find_role(ANALYST_ROLE)
        admin_role = security_manager.find_role("Admin")
        for dashboard in db.session.query(Dashboard).all():
            if dashboard.slug in ANALYST_DASHBOARDS:
                dashboard.roles = [analyst_role]
            elif dashboard.slug in ADMIN_DASHBOARDS:
                dashboard.roles = [admin_role]
            dashboard.published = True
        db.session.commit()
        names = sorted(d.dashboard_title for d in db.session.query(Dashboard).all())
    print(f"Dashboards: {', '.join(names)}")


def user(username: str, role: str) -> None:
    app = _app()
    from werkzeug.security import generate_password_hash

    from superset import db, security_manager

    password = sys.stdin.readline().rstrip("\n")
    if len(password) < 12:
        raise SystemExit("The password (read from standard input) must have at least 12 characters")
    with app.app_context():
        names = ("Admin",) if role == "admin" else (*ANALYST_BASE_ROLES, ANALYST_ROLE)
        roles = [security_manager.find_role(name) for name in names]
        if any(found is None for found in roles):
            raise SystemExit("Run `medilink dashboard up` first: the roles do not exist yet")
        existing = security_manager.find_user(username=username)
        if existing is None:
            created = security_manager.add_user(
                username, username, role.title(), f"{username}@medilink.invalid", roles, password
            )
            if not created:
                raise SystemExit(f"Could not create the user {username}")
        else:
            existing.roles = roles
            existing.password = generate_password_hash(password)
            existing.active = True
            security_manager.update_user(existing)
        db.session.commit()
    print(f"{username}: {role}")


def export(target: Path) -> None:
    app = _app()
    from flask import g
    from superset.commands.dashboard.export import ExportDashboardsCommand
    from superset.models.dashboard import Dashboard
    from superset.utils.core import override_user

    from superset import db, security_manager

    with app.app_context():
        admin = security_manager.find_user(username=ADMIN)
        g.user = admin
        with override_user(admin):
            ids = [dashboard_id for (dashboard_id,) in db.session.query(Dashboard.id).all()]
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w") as bundle:
                for file_name, content in ExportDashboardsCommand(ids).run():
                    bundle.writestr(file_name, content())
    files: dict[str, str] = {}
    with zipfile.ZipFile(buffer) as bundle:
        for name in bundle.namelist():
            files[name] = bundle.read(name).decode("utf-8")
    for old in target.rglob("*.yaml"):
        old.unlink()
    for name, text in files.items():
        name, text = _portable(name, text)
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"Wrote {len(files)} files to {target}")


def _portable(name: str, text: str) -> tuple[str, str]:
    """One file of an export without what only this installation knows: database ids in names
    and chart parameters, the connection's host and password. Re-exports then diff cleanly."""
    config = yaml.safe_load(text)
    folder, _, file_name = name.rpartition("/")
    if folder.split("/")[0] in ("charts", "dashboards", "datasets"):
        stem = file_name.removesuffix(".yaml")
        name = f"{folder}/{re.sub(r'_[0-9]+$', '', stem)}.yaml"
    if folder == "charts":
        for key in ("datasource", "slice_id", "dashboards"):
            config["params"].pop(key, None)
    if folder == "databases":
        config["sqlalchemy_uri"] = _placeholder_uri(config["sqlalchemy_uri"])
    if name == "metadata.yaml":
        config.pop("timestamp", None)  # optional, and a diff on every export
    return name, yaml.safe_dump(config, sort_keys=False, allow_unicode=True)


def _placeholder_uri(uri: str) -> str:
    """Host, port and password of this installation out; role and database kept."""
    from sqlalchemy.engine import make_url

    url = make_url(uri)
    return url.set(host=PLACEHOLDER_HOST, port=5432, password=MASKED_PASSWORD).render_as_string(hide_password=False)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="medilink_superset", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    sync_parser = commands.add_parser("sync", help="admin login, connections, dashboards, analyst role")
    sync_parser.add_argument("--assets", type=Path, default=ASSETS, help="the bundle folder to import")
    user_parser = commands.add_parser("user", help="create or update a login (password on stdin)")
    user_parser.add_argument("username")
    user_parser.add_argument("--role", choices=("analyst", "admin"), required=True)
    export_parser = commands.add_parser("export", help="write the dashboards back as YAML")
    export_parser.add_argument("--to", type=Path, default=ASSETS)
    args = parser.parse_args(argv)
    if args.command == "sync":
        sync(args.assets)
    elif args.command == "user":
        user(args.username, args.role)
    else:
        export(args.to)


if __name__ == "__main__":
    main()
