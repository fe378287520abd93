#!/usr/bin/env bash
# Runs ON the EC2 host, as root, from the release that deploy-ec2.sh unpacked into /opt/medilink/app.
# Writes the stack's .env (Airflow's secrets generated once and kept in /opt/medilink/secrets.env; the
# warehouse owner's credentials read from the RDS-managed secret; the service roles' passwords and the
# pseudonymisation key read from their Secrets Manager entries, generated there on the first deploy),
# fetches the RDS CA bundle for verify-full TLS, builds the images and starts Compose (airflow-init
# migrates and runs `medilink db roles`), then waits until the API and Airflow answer. Safe to run
# any number of times.
#
# --refresh (run hourly by a systemd timer) only re-reads the secrets, rewrites .env and lets
# `docker compose up -d` recreate what changed: RDS rotates its master password every 7 days.
set -euo pipefail

BASE=/opt/medilink
CONF="$BASE/deploy.conf"
SECRETS="$BASE/secrets.env"
APP_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WAIT_SECONDS=900
DB_CA_DIR="$BASE/certs/db"
# The RDS CA bundle covering every region (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL.html).
RDS_CA_URL=https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem
DB_ROLES=(medilink_api medilink_pipeline medilink_dbt medilink_analyst medilink_reporting)

usage() {
  cat <<'EOF'
Usage: host-deploy.sh --region R --secret-arn ARN --secrets-prefix P --db-host H --db-port P
                      --db-name N --bucket B --s3-prefix P [--workers N] [--proxy-hops N]
                      [--airflow-base-url URL]
       host-deploy.sh --refresh
       host-deploy.sh --help

Deploy the Medilink Compose stack on this host (run by deploy-ec2.sh, as root).

  --region R       AWS region (Secrets Manager, S3)
  --secret-arn ARN Secrets Manager secret holding the RDS master username and password
  --secrets-prefix P  prefix of the service roles' secrets (<P>db/<role>) and the pseudonymisation
                   key (<P>pseudonym-key); empty ones get a generated value on the first deploy
  --db-host H      RDS address of the warehouse      --db-port P    its port
  --db-name N      warehouse database name
  --bucket B       S3 bucket of the medical-records files
  --s3-prefix P    key prefix inside the bucket
  --workers N      0 (default): LocalExecutor; N > 0: the `scale` profile, CeleryExecutor, N workers
  --proxy-hops N   proxies in front of the API that set X-Forwarded-For (1 behind the ALB; default 0)
  --airflow-base-url URL  Airflow's public URL behind the load balancer (https://airflow.<domain>)
  --refresh        re-read the secret and settings saved by the last deploy, rewrite .env, `up -d`
  -h, --help       this text
EOF
}

die() {
  echo "host-deploy: $*" >&2
  exit 1
}

log() {
  echo "host-deploy: $*"
}

mode=deploy
region="" secret_arn="" secrets_prefix="" db_host="" db_port="" db_name="" bucket="" s3_prefix="" workers=0
proxy_hops=0 airflow_base_url=""
while (($#)); do
  case "$1" in
    --region) region=${2:?--region needs a value}; shift 2 ;;
    --secret-arn) secret_arn=${2:?--secret-arn needs a value}; shift 2 ;;
    --secrets-prefix) secrets_prefix=${2:?--secrets-prefix needs a value}; shift 2 ;;
    --proxy-hops) proxy_hops=${2:?--proxy-hops needs a value}; shift 2 ;;
    --airflow-base-url) airflow_base_url=${2:?--airflow-base-url needs a value}; shift 2 ;;
    --db-host) db_host=${2:?--db-host needs a value}; shift 2 ;;
    --db-port) db_port=${2:?--db-port needs a value}; shift 2 ;;
    --db-name) db_name=${2:?--db-name needs a value}; shift 2 ;;
    --bucket) bucket=${2:?--bucket needs a value}; shift 2 ;;
    --s3-prefix) s3_prefix=${2:?--s3-prefix needs a value}; shift 2 ;;
    --workers) workers=${2:?--workers needs a value}; shift 2 ;;
    --refresh) mode=refresh; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done

[[ $EUID -eq 0 ]] || die "run as root"

if [[ $mode == refresh ]]; then
  [[ -f $CONF ]] || die "$CONF is missing: run deploy-ec2.sh first"
  # shellcheck source=/dev/null
  source "$CONF"
else
  for name in region secret_arn secrets_prefix db_host db_port db_name bucket s3_prefix; do
    [[ -n ${!name} ]] || die "--${name//_/-} is required"
  done
  [[ $workers =~ ^[0-9]+$ ]] || die "--workers must be a whole number"
  [[ $proxy_hops =~ ^[0-9]$ ]] || die "--proxy-hops must be a number from 0 to 9"
  [[ -z $airflow_base_url || $airflow_base_url =~ ^https://[A-Za-z0-9.-]+$ ]] ||
    die "--airflow-base-url must be https://<host name>"
fi
command -v docker >/dev/null || die "docker is not installed (user_data.sh has not finished?)"
command -v aws >/dev/null || die "the AWS CLI is not installed"
if [[ $mode == deploy ]]; then
  # Saved for --refresh.
  install -d -m 0750 "$BASE"
  (umask 077 && declare -p region secret_arn secrets_prefix db_host db_port db_name bucket s3_prefix workers \
    proxy_hops airflow_base_url >"$CONF")
fi

# Secrets the stack generates for itself, once: later runs reuse them (Airflow's Fernet key must
# never change under an existing metadata database).
ensure_generated_secrets() {
  local name value
  (umask 077 && touch "$SECRETS")
  for name in AIRFLOW_ADMIN_PASSWORD AIRFLOW_DB_PASSWORD API_JWT_SECRET AIRFLOW__API_AUTH__JWT_SECRET \
    AIRFLOW__CORE__FERNET_KEY; do
    grep -q "^$name=" "$SECRETS" && continue
    if [[ $name == AIRFLOW__CORE__FERNET_KEY ]]; then
      value=$(python3 -c 'import base64, os; print(base64.urlsafe_b64encode(os.urandom(32)).decode())')
    else
      value=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
    fi
    printf "%s='%s'\n" "$name" "$value" >>"$SECRETS"
    log "generated $name (kept in $SECRETS)"
  done
}

# Prints the RDS master username and password, one per line, refusing characters that .env quoting
# or the JSON connection in docker-compose.yaml cannot carry.
read_db_secret() {
  aws secretsmanager get-secret-value --region "$region" --secret-id "$secret_arn" \
    --query SecretString --output text |
    python3 -c '
import json, sys
secret = json.load(sys.stdin)
for key in ("username", "password"):
    value = secret[key]
    if any(c in value for c in "\x27\"\\\n"):
        sys.exit(f"the RDS {key} holds a quote, backslash or newline; rotate it in Secrets Manager")
    print(value)
'
}

# service_secret ID: prints the value of a service secret, generating and storing it first when the
# secret (created empty by Terraform, so no value is in its state) has none yet. The value goes to the
# AWS CLI through a private file, never on a command line.
service_secret() {
  local id=$1 versions tmp
  # shellcheck disable=SC2016 # the backquotes are JMESPath literals, not shell
  versions=$(aws secretsmanager list-secret-version-ids --region "$region" --secret-id "$id" \
    --query 'length(Versions[?contains(VersionStages, `AWSCURRENT`)])' --output text) ||
    die "could not read the secret $id (terraform apply creates it)"
  if [[ $versions == 0 ]]; then
    tmp=$(umask 077 && mktemp)
    python3 -c 'import secrets; print(secrets.token_hex(32), end="")' >"$tmp"
    aws secretsmanager put-secret-value --region "$region" --secret-id "$id" \
      --secret-string "file://$tmp" >/dev/null || { rm -f "$tmp"; die "could not store a value in $id"; }
    rm -f "$tmp"
    log "generated a value for $id"
  fi
  aws secretsmanager get-secret-value --region "$region" --secret-id "$id" \
    --query SecretString --output text | python3 -c '
import sys
value = sys.stdin.read().strip()
if not value or any(c in value for c in "\x27\"\\\n$ "):
    sys.exit("the secret is empty or holds a quote, backslash, dollar, space or newline; put a plain value in it")
print(value)
' || die "the secret $id cannot be used"
}

# The RDS CA bundle that verify-full checks the warehouse's certificate against (user_data.sh fetched
# it at first boot; fetched again here when missing).
ensure_db_ca() {
  local tmp
  [[ -s $DB_CA_DIR/rds-ca.pem ]] && return 0
  install -d -m 0755 "$DB_CA_DIR"
  tmp=$(mktemp)
  curl --fail --silent --show-error --location --retry 5 --output "$tmp" "$RDS_CA_URL" ||
    die "could not fetch the RDS CA bundle from $RDS_CA_URL"
  grep -q -- "-----BEGIN CERTIFICATE-----" "$tmp" || die "$RDS_CA_URL did not return PEM certificates"
  install -m 0644 "$tmp" "$DB_CA_DIR/rds-ca.pem"
  rm -f "$tmp"
  log "fetched the RDS CA bundle into $DB_CA_DIR"
}

write_env() {
  local creds db_user db_password pseudonym_key executor=LocalExecutor profiles="" tmp role var
  local -A role_password=()
  creds=$(read_db_secret) || die "could not read the warehouse secret $secret_arn"
  db_user=$(sed -n 1p <<<"$creds")
  db_password=$(sed -n 2p <<<"$creds")
  for role in "${DB_ROLES[@]}"; do
    role_password[$role]=$(service_secret "${secrets_prefix}db/$role")
  done
  pseudonym_key=$(service_secret "${secrets_prefix}pseudonym-key")
  if ((workers > 0)); then
    executor=CeleryExecutor
    profiles=scale
  fi
  tmp=$(mktemp "$APP_DIR/.env.XXXXXX")
  chmod 0600 "$tmp"
  {
    echo "# Written by terraform/host-deploy.sh; edits are overwritten on the next deploy or refresh."
    echo "COMPOSE_PROJECT_NAME=medilink"
    echo "COMPOSE_FILE=docker-compose.yaml:docker-compose.production.yaml"
    echo "COMPOSE_PROFILES=$profiles"
    echo "MEDILINK_BIND_ADDRESS=0.0.0.0"
    echo "AIRFLOW_EXECUTOR=$executor"
    echo "AIRFLOW_ADMIN_USER=admin"
    echo "POSTGRES_HOST=$db_host"
    echo "POSTGRES_PORT=$db_port"
    echo "POSTGRES_DB=$db_name"
    echo "POSTGRES_SSLMODE=verify-full"
    echo "POSTGRES_SSLROOTCERT=/etc/medilink/db-ca/rds-ca.pem"
    echo "MEDILINK_DB_CA_DIR=$DB_CA_DIR"
    # The owner's login: airflow-init only (migrations, medilink db roles).
    echo "POSTGRES_USER='$db_user'"
    echo "POSTGRES_PASSWORD='$db_password'"
    for role in "${DB_ROLES[@]}"; do
      var=${role#medilink_}
      echo "MEDILINK_${var^^}_DB_PASSWORD='${role_password[$role]}'"
    done
    echo "MEDILINK_PSEUDONYM_KEY='$pseudonym_key'"
    echo "API_PROXY_HOPS=$proxy_hops"
    # The pipeline's daily heartbeat for the CloudWatch alarm: Deployment=<project>-<environment>.
    echo "MEDILINK_CLOUDWATCH_HEARTBEAT=${secrets_prefix%/}"
    if [[ -n $airflow_base_url ]]; then echo "AIRFLOW__API__BASE_URL=$airflow_base_url"; fi
    echo "S3_BUCKET=$bucket"
    echo "S3_PREFIX=$s3_prefix"
    echo "AWS_DEFAULT_REGION=$region"
    echo "AWS_REGION=$region"
    cat "$SECRETS"
  } >"$tmp"
  if cmp -s "$tmp" "$APP_DIR/.env"; then
    rm -f "$tmp"
    log ".env unchanged"
  else
    mv "$tmp" "$APP_DIR/.env"
    log ".env written"
  fi
}

# From the app folder: .env and its relative COMPOSE_FILE list resolve there whatever the caller's cwd.
compose() {
  (cd "$APP_DIR" && docker compose --project-directory "$APP_DIR" "$@")
}

wait_until_healthy() {
  local waited=0
  until curl --fail --silent --max-time 5 http://127.0.0.1:5000/health >/dev/null &&
    curl --fail --silent --max-time 5 http://127.0.0.1:8088/api/v2/version >/dev/null; do
    if ((waited >= WAIT_SECONDS)); then
      compose ps >&2
      die "the API or Airflow did not answer within ${WAIT_SECONDS}s (see: docker compose logs)"
    fi
    ((waited % 60 == 0)) && log "waiting for the API (:5000) and Airflow (:8088) ... ${waited}s"
    sleep 15
    waited=$((waited + 15))
  done
  log "the API and Airflow answer"
}

install_refresh_timer() {
  cat >/etc/systemd/system/medilink-refresh.service <<EOF
[Unit]
Description=Re-read the Medilink warehouse secrets and restart what changed
After=docker.service
Requires=docker.service

[Service]
Type=oneshot
ExecStart=/usr/bin/bash $BASE/app/terraform/host-deploy.sh --refresh
EOF
  cat >/etc/systemd/system/medilink-refresh.timer <<'EOF'
[Unit]
Description=Hourly refresh of the Medilink stack's database credentials

[Timer]
OnBootSec=5min
OnUnitActiveSec=1h
Persistent=true

[Install]
WantedBy=timers.target
EOF
  systemctl daemon-reload
  systemctl enable --now medilink-refresh.timer >/dev/null
}

# Starts (or updates) the stack; back at 0 workers, the scale profile's containers are removed too,
# since `up` leaves services of an inactive profile running.
start_stack() {
  if ((workers > 0)); then
    compose up --detach --remove-orphans --scale "airflow-worker=$workers"
  else
    compose up --detach --remove-orphans
    compose --profile scale rm --stop --force airflow-worker
  fi
}

ensure_generated_secrets
ensure_db_ca
write_env

if [[ $mode == refresh ]]; then
  start_stack
  exit 0
fi

log "building images (first build takes several minutes)"
compose build --pull
log "starting the stack"
start_stack
wait_until_healthy
install_refresh_timer
log "deployed $(basename "$APP_DIR") with $workers Celery worker(s)"
