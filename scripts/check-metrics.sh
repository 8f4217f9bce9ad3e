#!/usr/bin/env bash
# Fetches /metrics from a running `kairos serve` and checks it with Prometheus's own parser and linter
# (`promtool check metrics`, in Debian's prometheus package). Exit 0 when promtool accepts it.
#   scripts/check-metrics.sh [URL]    default URL: http://127.0.0.1:9464/metrics (serve.port)
set -euo pipefail

url="${1:-http://127.0.0.1:9464/metrics}"
if ! command -v promtool >/dev/null 2>&1; then
  echo "check-metrics: promtool is not on the PATH; install it: apt-get install prometheus" >&2
  exit 1
fi
if ! command -v curl >/dev/null 2>&1; then
  echo "check-metrics: curl is not on the PATH; install it: apt-get install curl" >&2
  exit 1
fi
metrics="$(mktemp)"
trap 'rm -f "$metrics"' EXIT
if ! curl --silent --show-error --fail --max-time 60 "$url" -o "$metrics"; then
  echo "check-metrics: cannot GET $url: is kairos serve running (scripts/kairos serve), on that port?" >&2
  exit 1
fi
promtool check metrics <"$metrics"
echo "check-metrics: $(grep -c '^kairos_' "$metrics") samples from $url accepted by promtool"
