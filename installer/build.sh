#!/usr/bin/env bash
# Builds the app-image (with its trained AOT cache) and the .deb into target/installer/:
#   installer/build.sh
# Needs JDK 25 (found like ./dev does), fakeroot and dpkg-deb, and for the AOT training a display
# or Xvfb and GTK 3 (apt-get install -y fakeroot xvfb libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
./dev mvn -B -ntp -Pinstaller -DskipTests verify "$@"
ls -la target/installer/*.deb
