#!/usr/bin/env bash
# Renders a backtest report.html to a PNG in headless Chromium (Debian's chromium package), to look at the page
# as an operator's browser shows it. Usage: scripts/screenshot-report.sh outputs/backtest/<date>/report.html [out.png]
set -euo pipefail
page=$(realpath "${1:?usage: $0 report.html [out.png]}")
png=${2:-${page%.html}.png}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "chromium is not installed: apt-get install chromium" >&2
  exit 1
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --window-size=1000,2600 \
  --screenshot="$(realpath -m "$png")" "file://$page" 2>/dev/null
echo "written: $png"
