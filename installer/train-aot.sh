#!/usr/bin/env bash
# Trains the JDK 25 AOT cache of a PrivacyDesk app-image and ships it in the image.
#   installer/train-aot.sh target/installer/PrivacyDesk
# The training run is the real start-up: the launcher opens the window on a fresh data folder, the
# database is created and migrated (Flyway), the first queries run (jOOQ, H2) and the sign-in shows;
# then it quits (-Dprivacydesk.exitWhenReady). The classes it loaded and linked go into
# lib/app/privacydesk.aot, which the launcher's .cfg names with -XX:AOTCache. A cache that does not
# fit (another JVM) is ignored by the JVM, never fatal.
# Needs a display: uses $DISPLAY, else starts Xvfb (apt-get install xvfb) on :98.
set -euo pipefail
app="${1:?usage: train-aot.sh APP-IMAGE-DIR}"
app="$(cd "$app" && pwd)"
launcher="$app/bin/PrivacyDesk"
cfg="$app/lib/app/PrivacyDesk.cfg"
cache="$app/lib/app/privacydesk.aot"
[ -x "$launcher" ] && [ -f "$cfg" ] || { echo "train-aot: no app-image at $app" >&2; exit 1; }

# shellcheck source=installer/display.sh
. "$(dirname "$0")/display.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"; stop_display' EXIT
ensure_display 98

# Whole-second file times (a package keeps seconds only): the cache remembers them, and
# retime-deb.sh gives the installed files the same ones.
stamp="${SOURCE_DATE_EPOCH:-$(date +%s)}"
find "$app" -exec touch -h -d "@$stamp" {} +

# A data folder with an account, so that the training reaches the sign-in like a daily start.
echo 'aot training password' | "$launcher" --data-dir "$work/data" user add --role ADMIN --name trainer >/dev/null

# Train from scratch: no cache, and no cache options left in the .cfg from an earlier run.
rm -f "$cache"
sed -i -e '/-XX:AOTCache=/d' -e '/-Xlog:disable/d' -e '/-Xlog:all=warning:stderr/d' "$cfg"
JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$work/app.aotconf -Dprivacydesk.exitWhenReady=true" \
  "$launcher" --data-dir "$work/data" 2>&1 | grep -v -e '^Picked up JAVA_TOOL_OPTIONS' -e '\[warning\]\[aot' || true
[ -s "$work/app.aotconf" ] || { echo "train-aot: the training run recorded nothing" >&2; exit 1; }
JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$work/app.aotconf -XX:AOTCache=$cache" \
  "$launcher" --version 2>&1 | grep -v -e '^Picked up JAVA_TOOL_OPTIONS' -e '\[warning\]\[aot' || true
[ -s "$cache" ] || { echo "train-aot: no AOT cache was created" >&2; exit 1; }

# Name the cache in the launcher's options. JVM warnings go to standard error, never into a
# command's output (the JVM's default is standard output).
grep -q '^\[JavaOptions\]' "$cfg" || printf '\n[JavaOptions]\n' >> "$cfg"
sed -i '/^\[JavaOptions\]/a java-options=-XX:AOTCache=$APPDIR/privacydesk.aot' "$cfg"
sed -i '/^\[JavaOptions\]/a java-options=-Xlog:all=warning:stderr' "$cfg"
sed -i '/^\[JavaOptions\]/a java-options=-Xlog:disable' "$cfg"
echo "train-aot: $(du -h "$cache" | cut -f1) AOT cache in $cache"
