#!/usr/bin/env bash
# The example's deploy script, run by Trainyard's `command` target with MODEL_NAME, MODEL_VERSION,
# MODEL_PATH, MODEL_DIGEST and DEPLOY_ENVIRONMENT set. It serves the model with server.mjs on
# 127.0.0.1:$SERVE_PORT (default 8080), swapping out the server already there:
#   1. start the new server, which first listens on a private port;
#   2. check it there: up, and serving this version's digest (else stop it; the old one stays);
#   3. stop the old server (its pid is in the state folder's server.pid);
#   4. hand the port to the new server and check it again on the port.
# State (pid file, logs) lives in $SERVE_STATE_DIR, default ${TMPDIR:-/tmp}/trainyard-serving-<port>.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
port="${SERVE_PORT:-8080}"
state="${SERVE_STATE_DIR:-${TMPDIR:-/tmp}/trainyard-serving-$port}"
mkdir -p "$state"
pidfile="$state/server.pid"
ready="$state/starting.port"
log="$state/${MODEL_NAME}-v${MODEL_VERSION}.log"

rm -f "$ready"
SERVE_PORT="$port" SERVE_READY_FILE="$ready" nohup node "$here/server.mjs" >"$log" 2>&1 </dev/null &
new=$!
echo "started $MODEL_NAME v$MODEL_VERSION (pid $new), checking it before the swap"

fail() {
  echo "$1" >&2
  kill "$new" 2>/dev/null || true
  echo "--- server log ($log):" >&2
  cat "$log" >&2 || true
  exit 1
}

for _ in $(seq 1 100); do
  [[ -s "$ready" ]] && break
  kill -0 "$new" 2>/dev/null || fail "the new server exited before it was ready"
  sleep 0.1
done
[[ -s "$ready" ]] || fail "the new server was not ready within 10 s"
node "$here/server.mjs" probe "http://127.0.0.1:$(cat "$ready")/version" "$MODEL_DIGEST" 10 ||
  fail "the new server does not serve $MODEL_DIGEST"

# Only a pid that is still this example's server is stopped (pids are reused).
if [[ -f "$pidfile" ]]; then
  old="$(cat "$pidfile")"
  if [[ "$old" != "$new" ]] && tr '\0' ' ' <"/proc/$old/cmdline" 2>/dev/null | grep -q "server.mjs"; then
    echo "stopping the old server (pid $old)"
    kill "$old" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$old" 2>/dev/null || break
      sleep 0.1
    done
  fi
fi

kill -USR2 "$new"
node "$here/server.mjs" probe "http://127.0.0.1:$port/version" "$MODEL_DIGEST" 10 ||
  fail "the new server did not take port $port"
echo "$new" >"$pidfile"
echo "serving $MODEL_NAME v$MODEL_VERSION on http://127.0.0.1:$port (pid $new)"
