# Throwaway Redis for the test command: the event tests' nodes wake each other
# through it. Sourced after postgres.sh (uses TMP_ROOT, pick_free_port, log, die).
#
# After start_redis: REDIS_PORT, and HUB_TEST_REDIS=127.0.0.1:port exported for
# the tests. stop_redis (for the EXIT trap) stops it.

REDIS_PORT=""
REDIS_PID_FILE=""

start_redis() {
  REDIS_PORT="$(pick_free_port)"
  REDIS_PID_FILE="$TMP_ROOT/redis.pid"
  mkdir -p "$TMP_ROOT/redis"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no \
    --daemonize yes --pidfile "$REDIS_PID_FILE" --dir "$TMP_ROOT/redis" --logfile "$TMP_ROOT/redis/redis.log" ||
    die "redis-server did not start"
  local tries
  for ((tries = 0; tries < 50; tries++)); do
    if [[ "$(redis-cli -p "$REDIS_PORT" ping 2>/dev/null)" == "PONG" ]]; then
      export HUB_TEST_REDIS="127.0.0.1:$REDIS_PORT"
      log "HUB_TEST_REDIS=$HUB_TEST_REDIS"
      return 0
    fi
    sleep 0.1
  done
  die "redis-server did not answer on port $REDIS_PORT"
}

stop_redis() {
  if [[ -n "$REDIS_PID_FILE" && -f "$REDIS_PID_FILE" ]]; then
    kill "$(cat "$REDIS_PID_FILE")" 2>/dev/null || true
  fi
}
