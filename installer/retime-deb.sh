#!/usr/bin/env bash
# Gives the files inside the .deb the modification times of the trained app-image:
#   installer/retime-deb.sh target/installer/privacydesk_0.1.0_amd64.deb target/installer/PrivacyDesk
# The JDK's AOT cache checks that the jars (and the runtime's modules file) are the ones it was
# trained with, by size and modification time. jpackage copies the app-image into the package with
# new times, so without this the installed launcher would reject its own cache.
set -euo pipefail
deb="${1:?usage: retime-deb.sh DEB APP-IMAGE-DIR}"
app="${2:?usage: retime-deb.sh DEB APP-IMAGE-DIR}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dpkg-deb -R "$deb" "$work/root"
root="$work/root/opt/privacydesk"
[ -d "$root" ] || { echo "retime-deb: no /opt/privacydesk in $deb" >&2; exit 1; }
(cd "$app" && find . -type f) | while read -r f; do
  [ -e "$root/$f" ] && touch -h -r "$app/$f" "$root/$f"
done
fakeroot dpkg-deb -Zxz -z3 -b "$work/root" "$deb" >/dev/null
echo "retime-deb: $(basename "$deb") repacked with the app-image's file times"
