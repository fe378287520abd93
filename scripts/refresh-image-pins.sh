#!/usr/bin/env bash
# Pins every base and service image to a digest (name:tag@sha256:...), or reports the ones not pinned.
# The tag stays for people to read; the digest is what Docker pulls, so a re-pushed tag changes nothing
# until this script is run again and the change is reviewed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FILES=(Dockerfile backend/Dockerfile superset/Dockerfile docker-compose.yaml)

usage() {
  cat <<'EOF'
Usage: scripts/refresh-image-pins.sh [--check [--strict]] [-h|--help]

  (no option)  resolve each image's tag to its current digest in the registry and write
               name:tag@sha256:<digest> into Dockerfile, backend/Dockerfile, superset/Dockerfile and
               docker-compose.yaml
               (needs registry access and `docker buildx imagetools` or `crane`)
  --check      list the images that carry no digest; exit 0 (a report), or 1 with --strict
  -h, --help   this text

Images built here (medilink-*) are not pulled and are left alone.
EOF
}

mode=refresh strict=0
while (($#)); do
  case "$1" in
    --check) mode=check; shift ;;
    --strict) strict=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done

cd "$ROOT"

# Prints "file<TAB>reference" for every pulled image: FROM lines (not stage names) and Compose
# `image:` values, where ${VAR:-default} counts as its default.
references() {
  local file
  for file in "${FILES[@]}"; do
    if [[ $file == *Dockerfile ]]; then
      awk -v f="$file" 'toupper($1) == "FROM" {
        ref = $2; if (ref ~ /^--platform=/) ref = $3
        if (!(tolower(ref) in stages)) print f "\t" ref
        if (toupper($(NF - 1)) == "AS") stages[tolower($NF)] = 1
      }' "$file"
    else
      sed -n -E 's/^[[:space:]]*image:[[:space:]]*"?([^"[:space:]]+)"?[[:space:]]*$/\1/p' "$file" |
        sed -E 's/^\$\{[A-Za-z_][A-Za-z0-9_]*:-(.*)\}$/\1/' |
        grep -v '^medilink-' |
        sed "s|^|$file\t|"
    fi
  done
}

digest_of() {
  local ref=$1
  if command -v docker >/dev/null && docker buildx version >/dev/null 2>&1; then
    docker buildx imagetools inspect "$ref" --format '{{json .Manifest.Digest}}' | tr -d '"'
  elif command -v crane >/dev/null; then
    crane digest "$ref"
  else
    echo "refresh-image-pins: needs 'docker buildx imagetools' or 'crane' to resolve $ref" >&2
    return 1
  fi
}

if [[ $mode == check ]]; then
  unpinned=0
  while IFS=$'\t' read -r file ref; do
    if [[ $ref != *@sha256:* ]]; then
      echo "unpinned: $file: $ref"
      unpinned=$((unpinned + 1))
    fi
  done < <(references)
  if ((unpinned)); then
    echo "$unpinned image reference(s) without a digest; run scripts/refresh-image-pins.sh where the registries answer"
    ((strict)) && exit 1
  else
    echo "every image is pinned by digest"
  fi
  exit 0
fi

while IFS=$'\t' read -r file ref; do
  tagged=${ref%@sha256:*}
  digest=$(digest_of "$tagged")
  [[ $digest =~ ^sha256:[0-9a-f]{64}$ ]] || { echo "refresh-image-pins: no digest for $tagged: $digest" >&2; exit 1; }
  pinned="$tagged@$digest"
  if [[ $pinned != "$ref" ]]; then
    # Literal replacement of the whole reference (it holds / : . which sed would read as syntax).
    REF=$ref PINNED=$pinned python3 -c '
import os, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
open(path, "w", encoding="utf-8").write(text.replace(os.environ["REF"], os.environ["PINNED"]))
' "$file"
    echo "pinned: $file: $pinned"
  else
    echo "unchanged: $file: $ref"
  fi
done < <(references)
