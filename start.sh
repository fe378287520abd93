#!/usr/bin/env bash
# Medilink on one machine: ./start.sh [run|stop|status|install|docker|--help] [--with-dashboard]
set -euo pipefail
cd "$(dirname "$0")"

UV_VERSION=0.13.8
VENV=.venv
HOME_DIR=${MEDILINK_HOME:-$PWD/.medilink}
API_PORT=${MEDILINK_API_PORT:-5000}
API_PID_FILE=$HOME_DIR/api.pid
WITH_DASHBOARD=0
# The first start's sample: the default is small and quick; the dashboards need more rows, because
# their research marts release only cells of at least k people (MEDILINK_RESEARCH_K, 5).
SAMPLE_SIZE=()
DASHBOARD_SAMPLE_SIZE=(--patients 10000 --records 20000 --triage 60000)

usage() {
  cat <<'EOF'
Usage: ./start.sh [command] [--with-dashboard]

  run      (default) install, start PostgreSQL + S3 (embedded unless configured), apply the
           migrations, start Airflow (UI on :8088) and the REST API (:5000). On the first start
           it also loads sample data through one DAG run. Ctrl-C stops everything it started.
  stop     stop everything `run` started (data stays under .medilink/)
  status   say what runs where
  install  create .venv and install the locked dependencies (what `make install` runs)
  docker   run the Docker Compose stack instead (needs Docker and a filled-in .env)
  --help   this text

  --with-dashboard  with `run`: also Apache Superset with the five dashboards on :8089 (installed
           into superset/.venv on first use, ~710 MB); a first start then loads a larger sample

Settings come from the environment or .env (see .env.example); with none, everything is local.
EOF
}

python_bin() {
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null && "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
      echo "$candidate"
      return
    fi
  done
  echo "Python 3.11 is required (python3.11 not found)" >&2
  exit 1
}

install() {
  if [ ! -x "$VENV/bin/python" ]; then
    "$(python_bin)" -m venv "$VENV"
  fi
  if [ ! -x "$VENV/bin/uv" ]; then
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "uv==$UV_VERSION"
  fi
  if [ ! -f "$VENV/.installed" ] || [ pyproject.toml -nt "$VENV/.installed" ] || [ uv.lock -nt "$VENV/.installed" ]; then
    UV_PROJECT_ENVIRONMENT=$VENV "$VENV/bin/uv" sync --frozen --python "$VENV/bin/python"
    touch "$VENV/.installed"
  fi
}

medilink() { "$VENV/bin/medilink" "$@"; }

api_running() { [ -f "$API_PID_FILE" ] && kill -0 "$(cat "$API_PID_FILE")" 2>/dev/null; }

start_api() {
  if api_running; then
    echo "REST API already running (pid $(cat "$API_PID_FILE"))."
    return
  fi
  local secrets=$HOME_DIR/api.env
  if [ ! -f "$secrets" ]; then
    # A signing key made here, once, readable by this user only: never a committed default.
    (umask 077 && printf 'API_JWT_SECRET=%s\n' "$("$VENV/bin/python" -c 'import secrets; print(secrets.token_urlsafe(48))')" > "$secrets")
  fi
  mkdir -p "$HOME_DIR/logs"
  (
    set -a
    # shellcheck disable=SC1090
    . "$secrets"
    set +a
    export AIRFLOW_API_URL="http://127.0.0.1:8088"
    # The embedded stack generated the service roles' passwords: the API connects as medilink_api
    # (host, port and database still come from stack.env).
    api_password=$(sed -n 's/^MEDILINK_API_DB_PASSWORD=//p' "$HOME_DIR/stack.env" 2>/dev/null || true)
    if [ -n "$api_password" ]; then
      export DATABASE_URL="" POSTGRES_USER=medilink_api POSTGRES_PASSWORD="$api_password"
    fi
    exec "$VENV/bin/medilink" api serve --host 127.0.0.1 --port "$API_PORT"
  ) >>"$HOME_DIR/logs/api.log" 2>&1 &
  echo $! >"$API_PID_FILE"
  for _ in $(seq 1 60); do
    if "$VENV/bin/python" -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$API_PORT/health', timeout=2)" 2>/dev/null; then
      return
    fi
    api_running || { echo "The REST API did not start; see $HOME_DIR/logs/api.log" >&2; return 1; }
    sleep 1
  done
  echo "The REST API did not answer within 60 s; see $HOME_DIR/logs/api.log" >&2
  return 1
}

first_run() {
  local marker=$HOME_DIR/.sample-loaded
  [ -f "$marker" ] && return
  echo "First start: generating sample data and loading it through one DAG run…"
  medilink sample --out "$HOME_DIR/sample" --seed 42 --bad-rows 0.02 "${SAMPLE_SIZE[@]}"
  medilink upload "$HOME_DIR"/sample/*.csv
  # The run id goes to stdout, progress to stderr; a failed run must not end start.sh.
  if medilink pipeline trigger --wait --timeout 900; then
    touch "$marker"
  else
    echo "The first pipeline run failed: see the Airflow UI and $HOME_DIR/airflow/logs/." >&2
  fi
  medilink airflow login  # the UI address and the generated admin login
}

stop() {
  if api_running; then
    local pid
    pid=$(cat "$API_PID_FILE")
    rm -f "$API_PID_FILE"  # first, so a foreground `run` sees a requested stop, not a crash
    kill "$pid" 2>/dev/null || true
    echo "Stopped the REST API."
  fi
  rm -f "$API_PID_FILE"
  medilink dashboard down || true
  medilink airflow down || true
  medilink stack down || true
}

status() {
  medilink stack status || true
  medilink airflow status || true
  medilink dashboard status || true
  if api_running; then echo "REST API: http://127.0.0.1:$API_PORT (pid $(cat "$API_PID_FILE"))"; else echo "REST API: stopped"; fi
}

run() {
  install
  medilink stack up
  medilink db upgrade
  medilink airflow up
  start_api
  if [ "$WITH_DASHBOARD" = 1 ] && [ ! -f "$HOME_DIR/.sample-loaded" ]; then
    SAMPLE_SIZE=("${DASHBOARD_SAMPLE_SIZE[@]}")
  fi
  first_run
  local dashboard_line=""
  if [ "$WITH_DASHBOARD" = 1 ]; then
    medilink dashboard up
    dashboard_line="  Dashboards      http://127.0.0.1:${MEDILINK_SUPERSET_PORT:-8089}   (login: \`.venv/bin/medilink dashboard login\`)"
  fi
  cat <<EOF

Medilink is running:
  Airflow UI      http://127.0.0.1:8088   (login: \`.venv/bin/medilink airflow login\`)
  REST API        http://127.0.0.1:$API_PORT   (docs at /docs; create a client: \`.venv/bin/medilink clients create --help\`)
$dashboard_line
  Shell settings  eval "\$(.venv/bin/medilink stack env)"
  Logs            $HOME_DIR/logs/ and $HOME_DIR/airflow/logs/

Press Ctrl-C to stop everything (or run ./start.sh stop from another shell).
EOF
  trap 'echo; echo "Stopping…"; stop; exit 0' INT TERM
  while api_running; do sleep 2; done
  if [ ! -f "$API_PID_FILE" ]; then
    echo "Stopped by ./start.sh stop."
    exit 0
  fi
  echo "The REST API exited; see $HOME_DIR/logs/api.log. Stopping the rest." >&2
  stop
  exit 1
}

docker_up() {
  command -v docker >/dev/null || { echo "docker is not installed" >&2; exit 1; }
  [ -f .env ] || { echo "Copy .env.example to .env and fill it in first (docker compose reads it)." >&2; exit 1; }
  docker compose up -d --build
  docker compose ps
}

command=run
for argument in "$@"; do
  case "$argument" in
    --with-dashboard) WITH_DASHBOARD=1 ;;
    *) command=$argument ;;
  esac
done

case "$command" in
  run) run ;;
  stop) stop ;;
  status) status ;;
  install) install ;;
  docker) docker_up ;;
  -h|--help|help) usage ;;
  *) usage >&2; exit 2 ;;
esac
