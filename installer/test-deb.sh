#!/usr/bin/env bash
# Installs the built .deb, runs the installed launcher headless, and removes the package again:
#   installer/test-deb.sh [target/installer]
# As root (CI): dpkg -i, then /opt/privacydesk/bin/PrivacyDesk --version and a command against a
# temporary data folder (and, where PRIVACYDESK_TEST_PG_URL names a PostgreSQL test database, the
# same in team mode), then dpkg -r. Not root: the same runs on the app-image instead.
# With STARTUP_RUNS=N (and a display or Xvfb) it also measures the median launch → window shown.
set -euo pipefail
dir="${1:-target/installer}"
deb="$(ls "$dir"/privacydesk_*_amd64.deb 2>/dev/null | head -1)"
[ -n "$deb" ] || { echo "test-deb: no .deb in $dir (build it with installer/build.sh)" >&2; exit 1; }
work="$(mktemp -d)"
# the installation keys of these throw-away databases stay with them (docs/security.md)
export PRIVACYDESK_KEY_DIR="$work/keys"
installed=""
cleanup() {
  rm -rf "$work"
  if [ -n "$installed" ]; then dpkg -r privacydesk >/dev/null || true; fi
}
trap cleanup EXIT

if [ "$(id -u)" = 0 ]; then
  dpkg -i "$deb" >/dev/null
  installed=yes
  launcher=/opt/privacydesk/bin/PrivacyDesk
  echo "test-deb: installed $(basename "$deb") ($(du -h "$deb" | cut -f1))"
  dpkg -s privacydesk | grep -E '^(Version|Depends):'
else
  launcher="$dir/PrivacyDesk/bin/PrivacyDesk"
  echo "test-deb: not root, so the .deb is not installed; running the app-image instead"
fi

version="$("$launcher" --version)"
echo "test-deb: $launcher --version → $version"
[[ "$version" == PrivacyDesk* ]] || { echo "test-deb: unexpected --version output" >&2; exit 1; }

echo 'installed test password' | "$launcher" --data-dir "$work/data" user add --role ADMIN --name admin >/dev/null
out="$("$launcher" --data-dir "$work/data" deadline --type EMAIL_OPT_OUT --received 2026-11-20 --json)"
echo "test-deb: deadline → $out"
[[ "$out" == *'"due":"2026-12-07"'* ]] || { echo "test-deb: wrong deadline from the installed app" >&2; exit 1; }
"$launcher" --data-dir "$work/data" verify-audit

if [ -n "${PRIVACYDESK_TEST_PG_URL:-}" ] && command -v psql >/dev/null; then
  # team mode from the package (its PostgreSQL driver and pool) in a new schema of the test database
  schema="pd_deb_$$"
  base="${PRIVACYDESK_TEST_PG_URL%%\?*}"            # jdbc:postgresql://host:port/db
  hostport="${base#jdbc:postgresql://}"; hostport="${hostport%%/*}"
  [[ "$hostport" == *:* ]] || hostport="$hostport:5432"
  pg=(env PGPASSWORD="${PRIVACYDESK_TEST_PG_PASSWORD:-}" psql -q -h "${hostport%%:*}" -p "${hostport##*:}"
      -U "${PRIVACYDESK_TEST_PG_USER:-}" -d "${base##*/}")
  "${pg[@]}" -c "CREATE SCHEMA $schema"
  team=(env PRIVACYDESK_DB_USER="${PRIVACYDESK_TEST_PG_USER:-}" PRIVACYDESK_DB_PASSWORD="${PRIVACYDESK_TEST_PG_PASSWORD:-}"
        "$launcher" --data-dir "$work/team" --db-url "$base?currentSchema=$schema")
  echo 'installed test password' | "${team[@]}" user add --role ADMIN --name admin >/dev/null
  out="$("${team[@]}" verify-audit)"
  "${pg[@]}" -c "DROP SCHEMA $schema CASCADE"
  echo "test-deb: team mode on PostgreSQL → $out"
  [[ "$out" == "audit chain OK: 2 entries"* ]] || { echo "test-deb: team mode failed in the installed app" >&2; exit 1; }
fi

if [ -n "${STARTUP_RUNS:-}" ]; then
  # shellcheck source=installer/display.sh
  . "$(dirname "$0")/display.sh"
  ensure_display 96
  results=()
  for i in $(seq 1 "$STARTUP_RUNS"); do
    ms=$(JAVA_TOOL_OPTIONS=-Dprivacydesk.exitWhenShown=true "$launcher" --data-dir "$work/data" 2>/dev/null \
      | sed -n 's/^startup-ms=//p')
    echo "run $i: ${ms} ms"
    results+=("$ms")
  done
  stop_display
  printf '%s\n' "${results[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median installed launch -> window shown: %d ms over %d runs (min %d, max %d)\n", a[int((NR+1)/2)], NR, a[1], a[NR]}'
fi
echo "test-deb: OK"
