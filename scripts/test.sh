#!/usr/bin/env bash
# The project's single test command (CI runs it via .ci/run).
#
# Starts a throwaway PostgreSQL 15 cluster on a free 127.0.0.1 port, exports
# HUB_TEST_POSTGRES for the test fixtures (they create their own databases from
# it), a throwaway Redis (HUB_TEST_REDIS), installs the Node graphql-ws client the
# event tests drive (npm ci), runs `dotnet test Hub.sln`, prints "N passed, N failed" and exits with
# dotnet test's exit code. Postgres, Redis and the temp dir are always cleaned up.
#
# Usage: scripts/test.sh [extra dotnet test args...]
#   e.g. scripts/test.sh --filter "FullyQualifiedName~Care"
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { printf '[test.sh] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# shellcheck source=lib/postgres.sh
source scripts/lib/postgres.sh
# shellcheck source=lib/redis.sh
source scripts/lib/redis.sh

# The event tests drive the reference graphql-ws client through Node, pinned by its package-lock.
install_socket_client() {
  (cd tests/Hub.Api.Tests/Events/ws-client && npm ci --no-audit --no-fund --silent) || die "npm ci of the graphql-ws test client failed"
}

# Stops Redis, then postgres.sh's cleanup, which exits with the run's status (not that of the kills before it).
cleanup_all() {
  local status=$?
  stop_redis
  cleanup "$status"
}

# ---------------------------------------------------------------------------
# Tests
# ---------------------------------------------------------------------------

# Runs dotnet test, teeing output to a log for summarise(). Sets TEST_STATUS
# to dotnet test's own exit code (not tee's).
run_tests() {
  TEST_LOG="$TMP_ROOT/dotnet-test.log"
  export HUB_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=hub;Database=postgres;Include Error Detail=true"
  log "HUB_TEST_POSTGRES=$HUB_TEST_POSTGRES"

  set +e
  dotnet test Hub.sln -c Release --logger "console;verbosity=normal" "$@" 2>&1 | tee "$TEST_LOG"
  TEST_STATUS=${PIPESTATUS[0]}
  set -e
}

# Aggregates per-assembly results. With verbosity=normal dotnet test prints a
# block per assembly ("Total tests: N" / "Passed: N" / "Failed: N"); with
# minimal verbosity (e.g. an extra --logger) it prints one-liners like
# "Passed!  - Failed: 0, Passed: 12, ...". Use the blocks if present, else the
# one-liners, so an assembly is never counted twice.
summarise() {
  awk '
    /^[[:space:]]*Total tests:[[:space:]]*[0-9]+/ { inblock = 1; blocks++; next }
    inblock && /^[[:space:]]*Passed:[[:space:]]*[0-9]+[[:space:]]*$/ { bp += $2; next }
    inblock && /^[[:space:]]*Failed:[[:space:]]*[0-9]+[[:space:]]*$/ { bf += $2; next }
    inblock && /^[[:space:]]*Total time:/ { inblock = 0; next }
    /(Passed|Failed)![[:space:]]+-[[:space:]]+Failed:[[:space:]]*[0-9]+,[[:space:]]*Passed:[[:space:]]*[0-9]+/ {
      s = $0
      sub(/.*Failed:[[:space:]]*/, "", s); lf += s + 0
      s = $0
      sub(/.*Passed:[[:space:]]*/, "", s); lp += s + 0
    }
    END {
      if (blocks > 0) printf "%d passed, %d failed\n", bp, bf
      else            printf "%d passed, %d failed\n", lp, lf
    }
  ' "$TEST_LOG"
}

# ---------------------------------------------------------------------------

main() {
  trap cleanup_all EXIT
  # Turn signals into a normal exit so the EXIT trap does the cleanup.
  trap 'exit 130' INT
  trap 'exit 143' TERM

  ensure_packages
  start_postgres
  start_redis
  install_socket_client

  TEST_STATUS=0
  run_tests "$@"

  echo
  summarise
  exit "$TEST_STATUS"
}

main "$@"
