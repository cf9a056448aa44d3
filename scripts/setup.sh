#!/usr/bin/env bash
# Installs what Corridor's demo, tests and benchmarks need on Debian 12, and nothing when it is all there.
#   scripts/setup.sh runtime   QGIS, numpy/pandas/scipy, GDAL tools (for `make demo`)
#   scripts/setup.sh dev       runtime + test tools, PostgreSQL/PostGIS, fonts, LibreOffice, Qt tools, .venv
set -euo pipefail
cd "$(dirname "$0")/.."
MODE="${1:-dev}"

# Runtime: QGIS and its Python, the numeric stack, GDAL tools; Qt's lrelease to compile the translations
# and CJK/Cyrillic fonts so the demo's reports render in every language.
RUNTIME_PACKAGES="python3-qgis qgis-providers qgis qgis-common python3-numpy python3-pandas python3-scipy
 python3-psycopg2 gdal-bin python3-venv qttools5-dev-tools fonts-noto-cjk fonts-dejavu"
# The PostgreSQL major version the distribution ships (15 on Debian 12, 17 on 13, 18 on unstable): the one
# installed with PostGIS if any, else the one Debian's `postgresql` metapackage depends on.
postgresql_major() {
  local installed
  installed=$(ls -d /usr/share/postgresql/*/extension/postgis.control 2>/dev/null \
    | sed -n 's|^/usr/share/postgresql/\([0-9]*\)/.*|\1|p' | sort -n | tail -1)
  if [ -n "$installed" ]; then echo "$installed"; return; fi
  apt-cache depends postgresql 2>/dev/null | sed -n 's/^ *Depends: postgresql-\([0-9][0-9]*\)$/\1/p' | head -1
}

# Tests: PostgreSQL/PostGIS server, pdftoppm/pdftotext, LibreOffice (template checks), pylupdate5, Xvfb (the
# real QGIS desktop of tests/desktop) and ImageMagick's `import` (its screen when QGIS hangs).
DEV_PACKAGES="xvfb imagemagick pyqt5-dev-tools poppler-utils libreoffice-calc python3-pip"

want="$RUNTIME_PACKAGES"
if [ "$MODE" = "dev" ]; then
  pg=$(postgresql_major)
  if [ -z "$pg" ]; then  # no package lists yet (a fresh system)
    if [ "$(id -u)" -eq 0 ]; then apt-get update -qq; else sudo apt-get update -qq; fi
    pg=$(postgresql_major)
  fi
  [ -n "$pg" ] || { echo "setup: cannot tell which PostgreSQL version this system ships" >&2; exit 1; }
  want="$want $DEV_PACKAGES postgresql-$pg postgresql-$pg-postgis-3"
fi

missing=()
for pkg in $want; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "$MODE" = "dev" ]; then
  # Debian's python3 (not a pyenv or conda one) is the one QGIS's bindings are built for.
  if [ ! -x .venv/bin/python ]; then
    echo "setup: creating .venv (with Debian's system site-packages, for QGIS)"
    /usr/bin/python3 -m venv --system-site-packages .venv
  fi
  stamp=.venv/.requirements-dev.sha
  want_sha=$(sha256sum requirements-dev.txt | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want_sha" ]; then
    echo "setup: installing test tools from requirements-dev.txt"
    .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt 2>&1 \
      | { grep -v "is ignored: it is neither a file nor a directory" || true; }
    echo "$want_sha" > "$stamp"
  fi
fi
