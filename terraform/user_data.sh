#!/bin/bash
# First boot of the Medilink Docker host (Amazon Linux 2023): Docker, the Compose and Buildx CLI
# plugins, and the folder deploy-ec2.sh ships releases into. Safe to run again.
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
