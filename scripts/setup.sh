#!/usr/bin/env bash
# First set-up of a Kairos checkout (docs/QUICKSTART.md): checks the prerequisites, builds the binary, creates the
# working folders and .env (from .env.example, readable by you only), then runs preflight in paper mode.
# Safe to run again: it never overwrites .env or touches data/.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"

fail() { echo "setup: $*" >&2; exit 1; }

echo "== prerequisites"
command -v java >/dev/null || fail "java is not on the PATH: install a JDK 17 or newer (e.g. apt install openjdk-17-jdk)"
java_major=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
[[ "${java_major%%.*}" -ge 17 ]] || fail "java $java_major is too old: Kairos needs 17 or newer"
command -v javac >/dev/null || fail "javac is missing: install a JDK, not only a JRE"
command -v mvn >/dev/null || fail "mvn is not on the PATH: install Maven 3.8 or newer (e.g. apt install maven)"
command -v make >/dev/null || fail "make is not on the PATH (e.g. apt install make)"
echo "java $java_major, $(mvn -v 2>/dev/null | head -1 | sed "s/\x1b\[[0-9;]*m//g"), $(make -v | head -1)"

echo "== build"
make build

echo "== folders"
mkdir -p data outputs logs state
echo "data/ outputs/ logs/ state/ under $root"

echo "== .env"
if [[ -f .env ]]; then
  echo ".env exists: left as it is"
else
  cp .env.example .env
  chmod 600 .env
  echo "created .env from .env.example (mode 600): put your Nasdaq Data Link and Alpaca keys there"
fi

echo "== preflight (paper)"
status=0
scripts/kairos preflight --mode paper || status=$?
if [[ $status -eq 0 ]]; then
  echo "setup done: ready for paper trading"
elif [[ $status -eq 3 ]]; then
  echo "setup done; preflight is not passing yet (expected before the first download and model): see the FAIL lines"
  echo "above, and docs/QUICKSTART.md for the first run (make pipeline, or make demo for the synthetic market)"
else
  fail "preflight could not run (exit $status)"
fi
