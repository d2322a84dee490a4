# Sourced by the installer scripts and ./dev: ensure_display N makes sure a display is there,
# starting Xvfb on :N (apt-get install xvfb) when $DISPLAY is unset; stop_display stops that Xvfb.
ensure_display() {
  display_pid=""
  if [ -z "${DISPLAY:-}" ]; then
    command -v Xvfb >/dev/null || { echo "needs a display or Xvfb (apt-get install xvfb)" >&2; return 1; }
    Xvfb ":$1" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    display_pid=$!
    export DISPLAY=":$1"
    sleep 1
  fi
}

stop_display() {
  if [ -n "${display_pid:-}" ]; then
    kill "$display_pid" 2>/dev/null || true
    display_pid=""
  fi
}
