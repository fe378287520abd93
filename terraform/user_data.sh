#!/bin/bash
# First boot of the Medilink Docker host (Amazon Linux 2023): Docker, the Compose and Buildx CLI
# plugins, the RDS CA bundle (the services connect with sslmode=verify-full against it) and the
# folder deploy-ec2.sh ships releases into. Safe to run again.
set -euo pipefail

COMPOSE_VERSION="v2.36.2"
BUILDX_VERSION="v0.24.0"
PLUGINS=/usr/local/lib/docker/cli-plugins

dnf install -y docker tar gzip
systemctl enable --now docker
usermod -aG docker ec2-user

case "$(uname -m)" in
  x86_64) compose_arch=x86_64; buildx_arch=amd64 ;;
  aarch64) compose_arch=aarch64; buildx_arch=arm64 ;;
  *) echo "unsupported architecture: $(uname -m)" >&2; exit 1 ;;
esac

# fetch URL FILE: download into FILE, retrying transient failures.
fetch() {
  curl --fail --silent --show-error --location --retry 5 --retry-delay 3 --output "$2" "$1"
}

install -d -m 0755 "$PLUGINS"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

compose_url="https://github.com/docker/compose/releases/download/$COMPOSE_VERSION/docker-compose-linux-$compose_arch"
fetch "$compose_url" "$work/docker-compose"
fetch "$compose_url.sha256" "$work/docker-compose.sha256"
(cd "$work" && echo "$(cut -d' ' -f1 docker-compose.sha256)  docker-compose" | sha256sum --check --strict)
install -m 0755 "$work/docker-compose" "$PLUGINS/docker-compose"

buildx_file="buildx-$BUILDX_VERSION.linux-$buildx_arch"
fetch "https://github.com/docker/buildx/releases/download/$BUILDX_VERSION/$buildx_file" "$work/$buildx_file"
fetch "https://github.com/docker/buildx/releases/download/$BUILDX_VERSION/checksums.txt" "$work/checksums.txt"
expected=$(awk -v f="$buildx_file" '{name = $2; sub(/^\*/, "", name)} name == f {print $1}' "$work/checksums.txt")
[[ -n "$expected" ]] || { echo "no checksum for $buildx_file" >&2; exit 1; }
(cd "$work" && echo "$expected  $buildx_file" | sha256sum --check --strict)
install -m 0755 "$work/$buildx_file" "$PLUGINS/docker-buildx"

docker compose version
docker buildx version

install -d -m 0750 /opt/medilink

# The RDS CA bundle of every region, served by AWS over HTTPS; host-deploy.sh mounts the folder into
# the containers (POSTGRES_SSLROOTCERT) and fetches it again if it is ever missing.
install -d -m 0755 /opt/medilink/certs /opt/medilink/certs/db
fetch https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem "$work/rds-ca.pem"
grep -q -- "-----BEGIN CERTIFICATE-----" "$work/rds-ca.pem" || { echo "the RDS CA bundle is not PEM" >&2; exit 1; }
install -m 0644 "$work/rds-ca.pem" /opt/medilink/certs/db/rds-ca.pem
