#!/usr/bin/env bash
# Ships this repository to the EC2 host that Terraform created and (re)starts Docker Compose there.
# Transport: SSH when Terraform opened it (ssh_ingress_cidr + ec2_key_name) and a key is given,
# otherwise S3 (the deploy bucket, which the host can read but not write) + SSM Run Command (no
# inbound port needed). Either way the host checks the tarball's SHA-256, sent with the command,
# before unpacking it (as root, with --no-same-owner). Safe to run twice: the release is replaced,
# generated secrets are kept, and `docker compose up -d` only recreates what changed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TF_DIR="$ROOT/terraform"
TRANSPORT=auto
SSH_KEY=${MEDILINK_SSH_KEY:-}
SSH_USER=ec2-user
WORKERS=0
TIMEOUT=3600

usage() {
  cat <<'EOF'
Usage: ./deploy-ec2.sh [options]

Ship the repository to the EC2 host named by `terraform -chdir=terraform output` and start the
Docker Compose stack there. The host writes its .env itself: the warehouse credentials from the
RDS-managed secret, the service roles' passwords and the pseudonymisation key from their Secrets
Manager entries, other secrets generated once and kept on the host. The release tarball's SHA-256
travels with the command and the host refuses a tarball that does not match it.

Options:
  --transport auto|ssh|ssm  auto (default): ssh when Terraform's ssh_enabled output is true and a key
                            is given, else ssm (tarball through the deploy bucket, SSM Run Command)
  --ssh-key PATH            private key for SSH (default: $MEDILINK_SSH_KEY)
  --ssh-user USER           SSH user (default: ec2-user)
  --workers N               0 (default): LocalExecutor; N > 0: the `scale` profile, CeleryExecutor
                            with Redis and N Airflow workers
  --tf-dir DIR              Terraform directory (default: terraform/ beside this script)
  --timeout SECONDS         how long to wait for the host (default: 3600)
  -h, --help                this text

Needs: terraform (with state for this deployment), the AWS CLI v2 with credentials for the account,
git, tar, python3; ssh and scp for --transport ssh.
EOF
}

die() {
  echo "deploy-ec2: $*" >&2
  exit 1
}

log() {
  echo "deploy-ec2: $*"
}

while (($#)); do
  case "$1" in
    --transport) TRANSPORT=${2:?--transport needs a value}; shift 2 ;;
    --ssh-key) SSH_KEY=${2:?--ssh-key needs a value}; shift 2 ;;
    --ssh-user) SSH_USER=${2:?--ssh-user needs a value}; shift 2 ;;
    --workers) WORKERS=${2:?--workers needs a value}; shift 2 ;;
    --tf-dir) TF_DIR=${2:?--tf-dir needs a value}; shift 2 ;;
    --timeout) TIMEOUT=${2:?--timeout needs a value}; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "deploy-ec2: unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

case "$TRANSPORT" in auto | ssh | ssm) ;; *) die "--transport must be auto, ssh or ssm" ;; esac
[[ $WORKERS =~ ^[0-9]+$ ]] || die "--workers must be a whole number"
[[ $TIMEOUT =~ ^[0-9]+$ ]] || die "--timeout must be a number of seconds"

for tool in terraform aws git tar python3; do
  command -v "$tool" >/dev/null || die "$tool not found on PATH"
done

tf_output() {
  terraform -chdir="$TF_DIR" output -raw "$1" 2>/dev/null ||
    die "terraform output '$1' is missing: run 'terraform -chdir=$TF_DIR apply' first"
}

region=$(tf_output aws_region)
instance_id=$(tf_output instance_id)
host=$(tf_output instance_public_dns)
bucket=$(tf_output s3_bucket_name)
deploy_bucket=$(tf_output deploy_bucket_name)
deploy_log_group=$(tf_output deploy_log_group)
secrets_prefix=$(tf_output secrets_prefix)
behind_load_balancer=$(tf_output behind_load_balancer)
s3_prefix=$(tf_output s3_prefix)
db_host=$(tf_output rds_address)
db_port=$(tf_output rds_port)
db_name=$(tf_output db_name)
secret_arn=$(tf_output db_master_secret_arn)
ssh_enabled=$(tf_output ssh_enabled)

if [[ $TRANSPORT == auto ]]; then
  if [[ $ssh_enabled == true && -n $SSH_KEY ]]; then TRANSPORT=ssh; else TRANSPORT=ssm; fi
fi
if [[ $TRANSPORT == ssh ]]; then
  [[ $ssh_enabled == true ]] || die "Terraform did not open SSH (set ssh_ingress_cidr and ec2_key_name)"
  [[ -r $SSH_KEY ]] || die "--ssh-key (or MEDILINK_SSH_KEY) must name a readable private key"
  for tool in ssh scp; do
    command -v "$tool" >/dev/null || die "$tool is needed for --transport ssh"
  done
fi

# --- the release: tracked and new (not ignored) files of the work tree, never .env ---------------
release="$(git -C "$ROOT" rev-parse --short=12 HEAD 2>/dev/null || echo nogit)"
if [[ -n $(git -C "$ROOT" status --porcelain 2>/dev/null) ]]; then
  release="$release-dirty-$(date -u +%Y%m%dT%H%M%SZ)"
fi
tarball_name="medilink-$release.tar.gz"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball="$work/$tarball_name"

git -C "$ROOT" ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' path; do
    case "$path" in
      .env.example) ;;
      .env | .env.* | terraform/*.tfvars | terraform/*.tfstate* | terraform/.terraform/*) continue ;;
    esac
    # Deleted but still tracked files are skipped.
    if [[ -e "$ROOT/$path" ]]; then printf '%s\0' "$path"; fi
  done |
  tar -C "$ROOT" --null --files-from=- -czf "$tarball"
tarball_sha256=$(python3 -c '
import hashlib, sys
digest = hashlib.sha256()
with open(sys.argv[1], "rb") as f:
    for chunk in iter(lambda: f.read(1 << 20), b""):
        digest.update(chunk)
print(digest.hexdigest())
' "$tarball")
log "release $release: $(du -h "$tarball" | cut -f1) packed, sha256 $tarball_sha256"
proxy_hops=0 airflow_base_url=""
if [[ $behind_load_balancer == true ]]; then
  proxy_hops=1
  airflow_base_url=$(tf_output airflow_url)
fi

# --- the script the host runs (as root) -------------------------------------------------------
q() { printf '%q' "$1"; }
remote_script() {
  local fetch=$1
  cat <<EOF
set -euo pipefail
# First boot: user_data.sh installs Docker; wait for it.
if command -v cloud-init >/dev/null; then cloud-init status --wait >/dev/null || true; fi
base=/opt/medilink
install -d -m 0750 "\$base/releases"
$fetch
# The tarball must be the one built on the operator's machine: its SHA-256 came with this command.
release="\$base/releases/$(q "$tarball_name")"
if ! echo "$tarball_sha256  \$release" | sha256sum --check --strict --quiet; then
  rm -f "\$release"
  echo "deploy: \$release does not match the SHA-256 sent with the command; nothing was unpacked" >&2
  exit 1
fi
rm -rf "\$base/app.new"
mkdir -p "\$base/app.new"
# Files belong to root, whatever owner the archive names.
tar --no-same-owner -xzf "\$release" -C "\$base/app.new"
rm -rf "\$base/app.old"
if [ -d "\$base/app" ]; then mv "\$base/app" "\$base/app.old"; fi
mv "\$base/app.new" "\$base/app"
# Keep the five newest releases.
ls -1t "\$base"/releases/*.tar.gz | tail -n +6 | xargs -r rm -f
bash "\$base/app/terraform/host-deploy.sh" --region $(q "$region") --secret-arn $(q "$secret_arn") \\
  --secrets-prefix $(q "$secrets_prefix") \\
  --db-host $(q "$db_host") --db-port $(q "$db_port") --db-name $(q "$db_name") \\
  --bucket $(q "$bucket") --s3-prefix $(q "$s3_prefix") --workers $(q "$WORKERS") \\
  --proxy-hops $(q "$proxy_hops")$(if [[ -n $airflow_base_url ]]; then printf ' --airflow-base-url %q' "$airflow_base_url"; fi)
EOF
}

deploy_ssh() {
  local target="$SSH_USER@$host"
  local opts=(-i "$SSH_KEY" -o BatchMode=yes -o StrictHostKeyChecking=accept-new -o ConnectTimeout=20)
  log "copying the release to $target over SSH"
  scp -q "${opts[@]}" "$tarball" "$target:/tmp/$tarball_name"
  log "running the deploy on $target"
  remote_script "install -m 0640 /tmp/$(q "$tarball_name") \"\$base/releases/\" && rm -f /tmp/$(q "$tarball_name")" |
    ssh "${opts[@]}" "$target" 'sudo bash -s'
}

wait_for_ssm_agent() {
  local waited=0 status
  while :; do
    status=$(aws ssm describe-instance-information --region "$region" \
      --filters "Key=InstanceIds,Values=$instance_id" \
      --query 'InstanceInformationList[0].PingStatus' --output text 2>/dev/null || true)
    [[ $status == Online ]] && return 0
    ((waited >= 600)) && die "instance $instance_id is not online in SSM after 600s (status: ${status:-unknown})"
    log "waiting for the SSM agent on $instance_id ... ${waited}s"
    sleep 15
    waited=$((waited + 15))
  done
}

deploy_ssm() {
  local key="releases/$tarball_name" params command_id status waited=0
  log "uploading the release to s3://$deploy_bucket/$key"
  aws s3 cp "$tarball" "s3://$deploy_bucket/$key" --region "$region" --only-show-errors
  wait_for_ssm_agent

  params="$work/ssm-parameters.json"
  remote_script "aws s3 cp $(q "s3://$deploy_bucket/$key") \"\$base/releases/$(q "$tarball_name")\" --region $(q "$region") --only-show-errors" |
    python3 -c 'import json, sys; json.dump({"commands": [sys.stdin.read()], "executionTimeout": [sys.argv[1]]}, sys.stdout)' \
      "$TIMEOUT" >"$params"

  command_id=$(aws ssm send-command --region "$region" --instance-ids "$instance_id" \
    --document-name AWS-RunShellScript --comment "medilink deploy $release" \
    --parameters "file://$params" \
    --cloud-watch-output-config "CloudWatchLogGroupName=$deploy_log_group,CloudWatchOutputEnabled=true" \
    --query Command.CommandId --output text)
  log "SSM command $command_id sent to $instance_id; full output in the log group $deploy_log_group"

  while :; do
    status=$(aws ssm get-command-invocation --region "$region" --command-id "$command_id" \
      --instance-id "$instance_id" --query Status --output text 2>/dev/null || echo Pending)
    case "$status" in
      Pending | InProgress | Delayed) ;;
      *) break ;;
    esac
    ((waited >= TIMEOUT)) && die "the deploy did not finish within ${TIMEOUT}s (SSM command $command_id)"
    ((waited % 60 == 0)) && log "deploy running on the host ($status) ... ${waited}s"
    sleep 10
    waited=$((waited + 10))
  done

  aws ssm get-command-invocation --region "$region" --command-id "$command_id" \
    --instance-id "$instance_id" --query StandardOutputContent --output text
  if [[ $status != Success ]]; then
    aws ssm get-command-invocation --region "$region" --command-id "$command_id" \
      --instance-id "$instance_id" --query StandardErrorContent --output text >&2
    die "the deploy failed on the host: $status"
  fi
}

"deploy_$TRANSPORT"
log "done: API $(tf_output api_url)  Airflow $(tf_output airflow_url)"
log "closed ports? forward them: aws ssm start-session --region $region --target $instance_id \\"
log "  --document-name AWS-StartPortForwardingSession --parameters portNumber=8088,localPortNumber=8088"
