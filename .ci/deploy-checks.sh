#!/usr/bin/env bash
# Static checks of the deployment: terraform fmt (and validate, where the AWS provider is at hand),
# checkov on terraform/ and the Dockerfiles, shellcheck on the shell scripts. Runs every check, then
# exits non-zero if any failed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CHECKOV_VERSION=3.3.30

usage() {
  cat <<'EOF'
Usage: .ci/deploy-checks.sh [-h|--help]

Checks of the deployment files, each reported as ok, FAILED or skipped:
  1. terraform fmt -check -recursive terraform/   (skipped when terraform is not on PATH)
     terraform validate                           (only where the AWS provider can be installed offline:
                                                   TF_PLUGIN_DIR, or /opt/tf-plugins)
     terraform test                               (same condition: terraform/tests/*.tftest.hcl plan the
                                                   configuration against a mocked AWS provider)
  2. checkov on terraform/ and the Dockerfiles: no failed check at all. checkov's severities come from
     an online API that is out of reach, so every check must pass or carry a skip with its reason in
     the code (#checkov:skip=CKV_...:reason). Run isolated: uv tool run --from checkov==3.3.30.
  3. shellcheck on start.sh, deploy-ec2.sh, terraform/*.sh, scripts/*.sh and .ci/*.sh (files not yet
     written are listed as absent; shellcheck is installed from Debian when missing and running as root)
  4. image pins: lists base and service images without a digest (scripts/refresh-image-pins.sh
     --check); a report, not a failure, unless MEDILINK_REQUIRE_IMAGE_PINS=1
Exit status: 0 when nothing failed, 1 otherwise.
EOF
}

case "${1:-}" in
  -h | --help) usage; exit 0 ;;
  "") ;;
  *) usage >&2; exit 2 ;;
esac

cd "$ROOT"
failed=()

step() {
  printf '\n== %s\n' "$*"
}

# --- 1. terraform ---------------------------------------------------------------------------------
step "terraform fmt -check -recursive terraform/"
if command -v terraform >/dev/null; then
  if terraform fmt -check -recursive -diff terraform/; then
    echo "ok"
  else
    failed+=("terraform fmt")
  fi

  plugin_dir=${TF_PLUGIN_DIR:-/opt/tf-plugins}
  step "terraform validate"
  if [[ -d $plugin_dir ]]; then
    # In a scratch copy, so no .terraform/ or lock file lands in the work tree.
    scratch=$(mktemp -d)
    cp terraform/*.tf terraform/*.sh "$scratch/"
    cp -r terraform/tests "$scratch/tests"
    if terraform -chdir="$scratch" init -backend=false -input=false -plugin-dir="$plugin_dir" >"$scratch/init.log" 2>&1 &&
      terraform -chdir="$scratch" validate -no-color; then
      echo "ok"
    else
      cat "$scratch/init.log" >&2
      failed+=("terraform validate")
    fi
    step "terraform test (mocked AWS provider)"
    if terraform -chdir="$scratch" test -no-color; then
      echo "ok"
    else
      failed+=("terraform test")
    fi
    rm -rf "$scratch"
  else
    echo "skipped: no provider mirror at $plugin_dir (set TF_PLUGIN_DIR) and the registry is out of reach"
  fi
else
  echo "skipped: terraform is not on PATH (it is not in Debian's archive)"
fi

# --- 2. checkov -----------------------------------------------------------------------------------
if [[ -x .venv/bin/uv ]]; then
  uv=.venv/bin/uv
elif command -v uv >/dev/null; then
  uv=$(command -v uv)
else
  uv=""
fi

run_checkov() {
  # --skip-download: no Prisma Cloud look-ups (unreachable here); the summary line is kept.
  "$uv" tool run --from "checkov==$CHECKOV_VERSION" checkov --skip-download --compact --quiet "$@"
}

step "checkov terraform/"
if [[ -z $uv ]]; then
  echo "FAILED: uv not found (.venv/bin/uv or on PATH); run 'uv sync' first" >&2
  failed+=("checkov")
else
  if run_checkov --directory terraform --framework terraform; then
    echo "ok"
  else
    failed+=("checkov terraform")
  fi
  step "checkov Dockerfile backend/Dockerfile superset/Dockerfile"
  if run_checkov --file Dockerfile --file backend/Dockerfile --file superset/Dockerfile --framework dockerfile; then
    echo "ok"
  else
    failed+=("checkov dockerfiles")
  fi
fi

# --- 3. shellcheck --------------------------------------------------------------------------------
step "shellcheck"
if ! command -v shellcheck >/dev/null && [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "installing shellcheck from Debian"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq shellcheck >/dev/null
fi
if command -v shellcheck >/dev/null; then
  scripts=()
  for path in start.sh deploy-ec2.sh terraform/*.sh scripts/*.sh .ci/*.sh; do
    if [[ -f $path ]]; then
      scripts+=("$path")
    else
      echo "absent, not checked: $path"
    fi
  done
  if shellcheck --external-sources "${scripts[@]}"; then
    echo "ok: ${scripts[*]}"
  else
    failed+=("shellcheck")
  fi
else
  echo "FAILED: shellcheck is not installed (apt-get install shellcheck)" >&2
  failed+=("shellcheck")
fi

# --- 4. image pins -------------------------------------------------------------------------------
step "image pins (scripts/refresh-image-pins.sh --check)"
pin_args=(--check)
if [[ ${MEDILINK_REQUIRE_IMAGE_PINS:-0} == 1 ]]; then pin_args+=(--strict); fi
if ! bash scripts/refresh-image-pins.sh "${pin_args[@]}"; then
  failed+=("image pins")
fi

# --- summary --------------------------------------------------------------------------------------
echo
if ((${#failed[@]})); then
  echo "deploy checks FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "deploy checks passed"
