#!/usr/bin/env bash
# Install the outside programs the client tests run the exports in (tests/test_clients_*.py):
#   chromium          headless browser for TimelineJS (driven by Playwright for Python)
#   libreoffice-calc  headless spreadsheet conversion of timeline.csv / .xlsx / sheet CSV
#   calcurse          a terminal calendar that imports timeline.ics
#   @knight-lab/timelinejs  TimelineJS3 from npm, into .clients/node (gitignored)
# Idempotent and quiet: what is already there is left alone. Without root (and without
# password-less sudo) it prints what to install and exits 0, so the client tests skip.
# Nothing here is vendored: every program comes from its registry at set-up time.
set -euo pipefail

cd "$(dirname "$0")/.."
CLIENTS_DIR="${TIMELINE_CLIENTS_DIR:-$PWD/.clients}"
TIMELINEJS_VERSION="${TIMELINEJS_VERSION:-3.9.11}"

log() { printf 'setup-test-clients: %s\n' "$*"; }

# Debian packages, each wanted for the command it provides.
declare -A WANT=(
  [chromium]=chromium
  [soffice]="libreoffice-calc libreoffice-core"
  [calcurse]=calcurse
)
packages=()
for cmd in "${!WANT[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || packages+=(${WANT[$cmd]})
done
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
# Fonts, so the screenshot shows letters (Latin and CJK) instead of boxes.
if command -v chromium >/dev/null 2>&1 || ((${#packages[@]})); then
  dpkg -s fonts-liberation >/dev/null 2>&1 || packages+=(fonts-liberation)
  dpkg -s fonts-wqy-zenhei >/dev/null 2>&1 || packages+=(fonts-wqy-zenhei)
fi

if ((${#packages[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    SUDO=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
  else
    SUDO=none
  fi
  if [[ "${SUDO[*]}" == none ]] || ! command -v apt-get >/dev/null 2>&1; then
    log "cannot install system packages here (need root and apt-get)."
    log "please install: ${packages[*]}"
    log "the client tests that need them will be skipped."
  else
    log "installing ${packages[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt_log=$(mktemp)
    trap 'rm -f "$apt_log"' EXIT
    if ! { "${SUDO[@]}" apt-get update -qq &&
           "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}"; } \
         >"$apt_log" 2>&1; then
      cat "$apt_log" >&2
      log "apt-get failed (output above)"
      exit 1
    fi
  fi
fi

# TimelineJS3 from npm, served to the browser test from a local http server.
if command -v npm >/dev/null 2>&1; then
  pkg="$CLIENTS_DIR/node/node_modules/@knight-lab/timelinejs"
  installed=""
  [[ -f "$pkg/package.json" ]] && installed=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$pkg/package.json" | head -n1)
  if [[ "$installed" != "$TIMELINEJS_VERSION" ]]; then
    log "installing @knight-lab/timelinejs@$TIMELINEJS_VERSION into ${CLIENTS_DIR#$PWD/}/node"
    mkdir -p "$CLIENTS_DIR/node"
    npm install --no-save --no-audit --no-fund --no-update-notifier --loglevel=error --ignore-scripts \
      --prefix "$CLIENTS_DIR/node" "@knight-lab/timelinejs@$TIMELINEJS_VERSION" >/dev/null ||
      log "npm install failed: the TimelineJS browser tests will be skipped."
  fi
else
  log "npm is missing: install nodejs and npm, then run this again."
fi
exit 0
