#!/usr/bin/env bash
# `make translations` / `make translations-compile` (see scripts/translations.py).
set -euo pipefail
cd "$(dirname "$0")/.."
exec /usr/bin/python3 scripts/translations.py "$@"
