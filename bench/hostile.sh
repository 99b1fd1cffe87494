#!/usr/bin/env bash
# Cost bombs (issue 11 §1): starts the hub in Production mode on a fresh SQLite
# file, sends each bomb RUNS times after a warm-up, and prints per bomb the
# HTTP status, the error code, the hub's CPU time spent on it (utime + stime
# from /proc/<pid>/stat) and its RSS growth (VmRSS before and after), worst of
# the runs. Targets: each bomb refused in under 100 ms of CPU, RSS growth under
# 50 MB. Then a burst of 400 requests, 50 at a time, from one token: how many
# were rate-limited (429).
#
# Usage: bench/hostile.sh [RUNS]
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

RUNS="${1:-3}"
HUB_PID=""
TMP_ROOT="$(mktemp -d)"

log() { printf '[hostile] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

stop_all() {
  [[ -n "$HUB_PID" ]] && kill "$HUB_PID" 2>/dev/null && wait "$HUB_PID" 2>/dev/null
  [[ -n "${KEEP:-}" ]] || rm -rf "$TMP_ROOT"
}

pick_free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%d\n", ($14 + $15) * 1000 / hz }' "/proc/$HUB_PID/stat"; }
rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$HUB_PID/status"; }

# Writes one JSON body per bomb into $TMP_ROOT/bombs/NN-name.json.
write_bombs() {
  mkdir -p "$TMP_ROOT/bombs"
  python3 - "$TMP_ROOT/bombs" <<'PY'
import json, sys, os
out = sys.argv[1]
def save(name, query, variables=None):
    with open(os.path.join(out, name + ".json"), "w") as f:
        json.dump({"query": query, "variables": variables}, f)
frags = "query { ...F0 }" + "".join(f" fragment F{i} on Query {{ ...F{i+1} ...F{i+1} }}" for i in range(28)) \
    + " fragment F28 on Query { zones(first: 1) { nodes { code } } }"
save("01-fragment-fan-out", frags)
save("02-nested-schema", "{ __schema { types { " + "interfaces { possibleTypes { " * 5 + "name" + "}" * 12 + " }")
save("03-or-filter-3000", "{persons(first:10,where:{or:[" + ",".join(f'{{lastName:{{eq:"{i}"}}}}' for i in range(3000)) + "]}){nodes{lastName}}}")
save("04-in-list-3000-variables", "query($n: [String!]) { persons(first: 10, where: { lastName: { in: $n } }) { nodes { lastName } } }",
     {"n": [f"N{i}" for i in range(3000)]})
save("05-planning-aliases-1150", "{ " + " ".join(f"a{i}: zoneOccupancy {{ contractedPlaces }}" for i in range(1150)) + " }")
save("06-introspection-aliases", "{ __schema { types { " + " ".join(f"f{i}: fields {{ name }}" for i in range(50)) + " } } }")
save("07-nested-not-200", "{ persons(first: 1, where: " + "{ not: " * 200 + '{ lastName: { eq: "x" } }' + "}" * 200 + ") { nodes { lastName } } }")
levels = ["household", "members", "person"]
save("08-selections-50-deep", "{ persons(first: 1) { nodes { " + "".join(levels[i % 3] + " { " for i in range(48)) + "__typename" + "}" * 48 + " } } }")
save("09-nested-lists-200", '{ nodes(ids: ' + "[" * 200 + '"x"' + "]" * 200 + ") { id } }")
save("00-baseline-typename", "{ __typename }")
save("10-page-of-pages", "{ zones(first: 100) { nodes { structures(first: 100) { nodes { modules { name kind } } } } } }")
PY
}

post() { curl -s -o "$2" -w '%{http_code}' "http://127.0.0.1:$HUB_PORT/graphql" -H 'content-type: application/json' "${AUTH[@]}" --data-binary "@$1"; }

measure_bomb() {
  local file="$1" name status code worst_cpu=0 worst_rss=0 i
  name="$(basename "$file" .json)"
  for ((i = 0; i < RUNS; i++)); do
    local cpu0 rss0 cpu1 rss1
    cpu0="$(cpu_ms)"; rss0="$(rss_kb)"
    status="$(post "$file" "$TMP_ROOT/response.json")"
    cpu1="$(cpu_ms)"; rss1="$(rss_kb)"
    ((cpu1 - cpu0 > worst_cpu)) && worst_cpu=$((cpu1 - cpu0))
    ((rss1 - rss0 > worst_rss)) && worst_rss=$((rss1 - rss0))
  done
  code="$(python3 -c 'import json,sys; b=json.load(open(sys.argv[1])); print(b["errors"][0]["extensions"]["code"] if b.get("errors") else "-")' "$TMP_ROOT/response.json" 2>/dev/null || echo '?')"
  printf '%-28s %6s  %-24s %7d %9.1f %7s\n' "$name" "$status" "$code" "$worst_cpu" "$(echo "$worst_rss / 1024" | bc -l)" "$(wc -c <"$file")"
}

burst() {
  local body='{"query":"{ zones(first: 1) { nodes { code } } }"}'
  seq 400 | xargs -P 50 -I{} curl -s -o /dev/null -w '%{http_code}\n' "http://127.0.0.1:$HUB_PORT/graphql" \
    -H 'content-type: application/json' "${AUTH[@]}" --data-binary "$body" | sort | uniq -c | awk '{ printf "  %s × %s\n", $2, $1 }'
}

main() {
  trap stop_all EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  export ASPNETCORE_ENVIRONMENT=Production
  export Hub__Database__Provider=Sqlite Hub__Database__ConnectionString="Data Source=$TMP_ROOT/hub.db" Hub__Seed__Persons=500
  Hub__Auth__SigningKey="$(head -c 32 /dev/urandom | base64)"
  export Hub__Auth__SigningKey

  dotnet build src/Hub.Api -c Release -v quiet -nologo >/dev/null
  local dll=src/Hub.Api/bin/Release/net10.0/Hub.Api.dll
  HUB_PORT="$(pick_free_port)"
  # The hub's own process (not `dotnet run`'s), so /proc shows its CPU and memory.
  dotnet "$dll" --urls "http://127.0.0.1:$HUB_PORT" >"$TMP_ROOT/hub.log" 2>&1 &
  HUB_PID=$!
  local deadline=$((SECONDS + 120))
  until curl -sf "http://127.0.0.1:$HUB_PORT/health/ready" >/dev/null; do
    ((SECONDS < deadline)) || { tail -n 30 "$TMP_ROOT/hub.log" >&2; die "hub did not start"; }
    sleep 0.5
  done
  local token region
  # A token's organisation must be in the registry: the seeded Region.
  region="$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("select Id from Organizations where Kind = ? limit 1", ("Region",)).fetchone()[0])' "$TMP_ROOT/hub.db")"
  token="$(dotnet "$dll" token --sub hostile --org "$region" --org-kind REGION --roles registry-admin,analyst | tail -n 1)"
  AUTH=(-H "Authorization: Bearer $token")

  write_bombs
  log "warming up"
  for file in "$TMP_ROOT"/bombs/*.json; do post "$file" /dev/null >/dev/null; done
  printf '{"query":"{ zones(first: 5) { nodes { code name } } zoneOccupancy { contractedPlaces } }"}' >"$TMP_ROOT/warm.json"
  post "$TMP_ROOT/warm.json" /dev/null >/dev/null

  printf '%-28s %6s  %-24s %7s %9s %7s\n' bomb status code cpu_ms rss_mb bytes
  for file in "$TMP_ROOT"/bombs/*.json; do measure_bomb "$file"; done
  printf 'peak RSS of the hub: %d MB\n' "$(($(awk '/^VmHWM/ { print $2 }' "/proc/$HUB_PID/status") / 1024))"
  echo "burst of 400 requests, 50 concurrent, one token:"
  burst
}

main "$@"
