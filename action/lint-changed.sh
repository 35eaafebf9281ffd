#!/usr/bin/env bash
# The GitHub Action's step (action.yml), also runnable locally: lints the drafts changed since
# $SLANT_BASE, reporting only the lines that changed, as SARIF ($SLANT_SARIF, default
# slant.sarif) and as workflow annotations on standard output. Exit codes are slant's: 1 when
# a changed line has an error. $SLANT_PRESET names a house style; $SLANT_CLI another slant.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cli="${SLANT_CLI:-$here/../dist/bin/index.js}"
sarif="$(pwd)/${SLANT_SARIF:-slant.sarif}"
cd "$(git rev-parse --show-toplevel)"

# The base: given, else the previous commit, else (a first commit) the empty tree.
base="${SLANT_BASE:-}"
if [[ -z "$base" || "$base" =~ ^0+$ ]] || ! git rev-parse --verify --quiet "$base^{commit}" >/dev/null; then
  if git rev-parse --verify --quiet 'HEAD~1^{commit}' >/dev/null; then base='HEAD~1'; else base="$(git hash-object -t tree /dev/null)"; fi
fi

list="$(mktemp)"
trap 'rm -f "$list"' EXIT
git diff --name-only -z --diff-filter=ACMR "$base" -- \
  '*.md' '*.markdown' '*.mdown' '*.mkd' '*.mkdn' '*.txt' '*.text' >"$list"

args=(--files-from "$list" --diff="$base" --report "sarif:$sarif" --report github --allow-empty)
if [[ -n "${SLANT_PRESET:-}" ]]; then args+=(--preset "$SLANT_PRESET"); fi
exec node "$cli" "${args[@]}"
