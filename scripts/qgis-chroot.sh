#!/usr/bin/env bash
# Runs Corridor's `make test` and `make demo` on another Debian's QGIS, in a debootstrap chroot.
#   scripts/qgis-chroot.sh SUITE [make targets…]      (`make test-qgis SUITE=trixie`)
#   SUITE: trixie (Debian 13, QGIS 3.40 LTR) or sid (Debian unstable, QGIS 3.44); targets default to "test demo".
# The chroot is built once from Debian's archive and reused (CORRIDOR_CHROOTS, default
# /var/cache/corridor-chroots/SUITE); scripts/setup.sh installs QGIS and the test tools in it, as on the host.
# The repository's files (tracked and untracked, not ignored) are copied into the chroot for each run, so a
# run sees exactly the working tree and never writes into it; the chroot's .venv is kept between runs.
# Needs root (debootstrap, chroot, mounts). Prints pytest's exit code to build/qgis-SUITE/pytest.exitcode.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)

SUITE="${1:?usage: scripts/qgis-chroot.sh SUITE [make targets…]}"
shift
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(test demo)
MIRROR="${CORRIDOR_MIRROR:-http://deb.debian.org/debian}"
ROOT="${CORRIDOR_CHROOTS:-/var/cache/corridor-chroots}/$SUITE"
OUT="$REPO/build/qgis-$SUITE"
WORK=/root/corridor

[ "$(id -u)" -eq 0 ] || { echo "qgis-chroot: needs root (debootstrap, chroot, mount)" >&2; exit 1; }
command -v debootstrap >/dev/null || {
  echo "qgis-chroot: installing debootstrap"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
}

mounted=()
unmount_all() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
  mounted=()
}
trap unmount_all EXIT
mount_into() {  # mount_into TARGET mount-args…
  local target="$ROOT/$1"; shift
  mkdir -p "$target"
  mountpoint -q "$target" || { mount "$@" "$target"; mounted+=("$target"); }
}
in_chroot() {
  chroot "$ROOT" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 LC_ALL=C.UTF-8 PIP_CERT=/etc/ssl/certs/host-ca-certificates.crt \
    DEBIAN_FRONTEND=noninteractive "$@"
}

if [ ! -f "$ROOT/.corridor-base" ]; then
  echo "qgis-chroot: $(date +%T) debootstrap $SUITE into $ROOT (once)"
  rm -rf "$ROOT"
  mkdir -p "$(dirname "$ROOT")"
  debootstrap --variant=minbase "$SUITE" "$ROOT" "$MIRROR" > "$ROOT.debootstrap.log" 2>&1 || {
    tail -20 "$ROOT.debootstrap.log" >&2; exit 1; }
  # sid's Release file can be past its Valid-Until date; services never start inside the chroot.
  echo 'Acquire::Check-Valid-Until "false";' > "$ROOT/etc/apt/apt.conf.d/99corridor"
  printf '#!/bin/sh\nexit 101\n' > "$ROOT/usr/sbin/policy-rc.d"
  chmod 755 "$ROOT/usr/sbin/policy-rc.d"
  touch "$ROOT/.corridor-base"
fi
# pip inside the chroot verifies PyPI with the host's CA bundle (the chroot may not have one yet).
mkdir -p "$ROOT/etc/ssl/certs"
cp /etc/ssl/certs/ca-certificates.crt "$ROOT/etc/ssl/certs/host-ca-certificates.crt"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true

mount_into proc -t proc proc
mount_into sys -t sysfs sys
mount_into dev --bind /dev
mount_into dev/pts --bind /dev/pts
mount_into dev/shm -t tmpfs -o mode=1777 tmpfs

# The working tree (what git would commit plus untracked files), without .venv/ and build/.
echo "qgis-chroot: $(date +%T) copying the working tree into $SUITE:$WORK"
mkdir -p "$ROOT$WORK"
find "$ROOT$WORK" -mindepth 1 -maxdepth 1 ! -name .venv -exec rm -rf {} +
git ls-files -z --cached --others --exclude-standard \
  | xargs -0 -r sh -c 'for f; do [ -e "$f" ] && printf "%s\0" "$f"; done' sh \
  | tar --null -T - -cf - | tar -C "$ROOT$WORK" -xf -

mkdir -p "$OUT"
# Debian's minimal system lacks make, sudo-less apt works as root; setup.sh installs the rest once.
in_chroot sh -c "command -v make >/dev/null || { apt-get update -qq && apt-get install -y -qq --no-install-recommends make ca-certificates >/dev/null; }"
versions() {
  in_chroot sh -c "dpkg-query -W -f='\${Package} \${Version}\n' qgis python3 libgdal[0-9]* python3-numpy 2>/dev/null" || true
}
status=0
for target in "${TARGETS[@]}"; do
  echo "qgis-chroot: $(date +%T) make $target on $SUITE"
  set +e
  in_chroot sh -c "cd $WORK && make $target PYTEST_ARGS='${PYTEST_ARGS:-}'" 2>&1 | tee "$OUT/make-$target.log"
  rc=${PIPESTATUS[0]}
  set -e
  if [ "$target" = test ]; then
    rm -f "$OUT/pytest.exitcode"
    [ -f "$ROOT$WORK/build/pytest.exitcode" ] && cp "$ROOT$WORK/build/pytest.exitcode" "$OUT/"
    # pytest exits 5 when it collected no test (a PYTEST_ARGS that selects nothing): not a failure
    if [ "$rc" -ne 0 ] && [ "$(cat "$OUT/pytest.exitcode" 2>/dev/null)" = 5 ]; then
      echo "qgis-chroot: pytest collected no tests"
      rc=0
    fi
  fi
  echo "qgis-chroot: $(date +%T) make $target on $SUITE: exit $rc"
  [ "$rc" -eq 0 ] || status=$rc
done
versions > "$OUT/versions.txt"
echo "qgis-chroot: $SUITE ran on: $(tr '\n' ';' < "$OUT/versions.txt")"
# The demo's outputs, for a look from the host.
[ -d "$ROOT$WORK/build/demo" ] && { rm -rf "$OUT/demo"; cp -r "$ROOT$WORK/build/demo" "$OUT/demo"; }
exit "$status"
