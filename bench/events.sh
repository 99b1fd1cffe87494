#!/usr/bin/env bash
# Benchmark: event delivery (issue 13, "Must show").
#
# Starts a throwaway PostgreSQL and Redis (as scripts/test.sh does) and two hub nodes on them in
# Production mode (node B joins node A's database; commits reach the other node through Redis), then
# runs bench/lib/events-load.mjs (the reference graphql-ws client, from the event tests' pinned install)
# three times, each filing discharge requests over HTTP on node A and timing their first event at
# every subscriber:
#   one node      EVENTS events, WRITERS writers, 1 subscriber on node A
#   two nodes     the same, the subscriber on node B
#   1,000 subs    LATENCY_EVENTS events, 1 writer, SUBSCRIBERS subscribers on node A
# and prints, for each, events/s from the first write to the last delivery and the delivery latency
# p50/p99 (from the write's acknowledgement, which follows its commit, and from its sending).
# Each delivery runs the subscriber's document under its own scope and audits it, as in production.
#
# Usage: bench/events.sh [EVENTS] [WRITERS] [SUBSCRIBERS] [LATENCY_EVENTS]
#   BENCH_HUB_LOG=/path keeps node A's log.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

EVENTS="${1:-300}"
WRITERS="${2:-8}"
SUBSCRIBERS="${3:-1000}"
LATENCY_EVENTS="${4:-20}"
HUB_PIDS=()

log() { printf '[bench] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# shellcheck source=../scripts/lib/postgres.sh
source scripts/lib/postgres.sh
# shellcheck source=../scripts/lib/redis.sh
source scripts/lib/redis.sh

stop_all() {
  local status=$?
  [[ -n "${BENCH_HUB_LOG:-}" && -n "$TMP_ROOT" && -f "$TMP_ROOT/hub-a.log" ]] && cp "$TMP_ROOT/hub-a.log" "$BENCH_HUB_LOG"
  stop_processes "${HUB_PIDS[@]}"
  stop_redis
  cleanup "$status"
}

psql_hub() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U hub -d hub_bench -Atc "$1"; }

# start_node NAME PORT: a hub on the shared database and Redis; waits until it is ready.
start_node() {
  local name="$1" port="$2"
  dotnet run --project src/Hub.Api -c Release --no-build -- --urls "http://127.0.0.1:$port" >"$TMP_ROOT/hub-$name.log" 2>&1 &
  HUB_PIDS+=($!)
  local deadline=$((SECONDS + 180))
  until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do
    ((SECONDS < deadline)) || { tail -n 30 "$TMP_ROOT/hub-$name.log" >&2; die "hub $name did not start"; }
    sleep 0.5
  done
}

main() {
  trap stop_all EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  ensure_packages
  start_postgres
  start_redis
  (cd tests/Hub.Api.Tests/Events/ws-client && npm ci --no-audit --no-fund --silent) || die "npm ci of the graphql-ws client failed"
  export ASPNETCORE_ENVIRONMENT=Production
  export Hub__Database__Provider=Postgres Hub__Database__ConnectionString="Host=127.0.0.1;Port=$PG_PORT;Username=hub;Database=hub_bench"
  export Hub__Seed__Demo=true Hub__Seed__Persons=600
  export Hub__Events__Redis="$HUB_TEST_REDIS"
  # The bench measures delivery, not the limits: one subject holds every socket, and writes are not rate-limited.
  export Hub__Events__MaxSocketsPerSubject=$((SUBSCRIBERS + 10)) Hub__Events__MaxSubscriptionsPerSubject=$((SUBSCRIBERS + 10))
  export Hub__RateLimit__Enabled=false
  Hub__Auth__SigningKey="$(head -c 32 /dev/urandom | base64)"
  export Hub__Auth__SigningKey

  dotnet build src/Hub.Api -c Release -v quiet -nologo >/dev/null
  local port_a port_b
  port_a="$(pick_free_port)"
  start_node a "$port_a"
  port_b="$(pick_free_port)"
  start_node b "$port_b"

  local hospital token hospital_id
  hospital="$(psql_hub "select \"Id\" from \"Organizations\" where \"Kind\" = 'Hospital' order by \"Name\" limit 1")"
  [[ -n "$hospital" ]] || die "no hospital in the demo data"
  psql_hub "select \"Identifier\" from \"Persons\" where \"IdentifierKind\" = 'FiscalCode' and \"DeathDate\" is null" >"$TMP_ROOT/codes.txt"
  token="$(dotnet run --project src/Hub.Api -c Release --no-build -- token --sub bench-events --org "$hospital" \
    --org-kind HOSPITAL --roles discharge-planner | tail -n 1)"
  # A global id: base64url of "Organization:<uuid without dashes>", unpadded.
  hospital_id="$(printf 'Organization:%s' "${hospital//-/}" | base64 -w0 | tr '+/' '-_' | tr -d '=')"

  local http_a="http://127.0.0.1:$port_a/graphql" ws_a="ws://127.0.0.1:$port_a/graphql" ws_b="ws://127.0.0.1:$port_b/graphql"
  run() { node bench/lib/events-load.mjs "$1" "$http_a" "$token" "$hospital_id" "$TMP_ROOT/codes.txt" "$2" "$3" "$4"; }
  log "one node: $EVENTS events, $WRITERS writers, 1 subscriber"
  printf 'one node      %s\n' "$(run "$ws_a" 1 "$EVENTS" "$WRITERS")"
  log "two nodes: $EVENTS events written on A, 1 subscriber on B"
  printf 'two nodes     %s\n' "$(run "$ws_b" 1 "$EVENTS" "$WRITERS")"
  log "$SUBSCRIBERS subscribers on A, $LATENCY_EVENTS events, 1 writer"
  printf '%s subs    %s\n' "$SUBSCRIBERS" "$(run "$ws_a" "$SUBSCRIBERS" "$LATENCY_EVENTS" 1)"
}

main "$@"
