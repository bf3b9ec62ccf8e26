#!/usr/bin/env bash
# Starts or stops the development Keycloak (the real server from Maven's keycloak-quarkus-dist)
# with the quarterhour realm imported. Used by ./run.sh and by the test suite (pom.xml).
#   keycloak.sh start   start in the background and wait until the realm answers
#   keycloak.sh stop    stop the server this script started
# Environment: QH_KEYCLOAK_HOME (unpacked distribution, required), QH_KEYCLOAK_PORT (8180),
# QH_KEYCLOAK_MGMT_PORT (9180), QH_HTTP_PORT (8080, the portal's port for the redirect URIs).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
project="$(cd "$here/../../.." && pwd)"
kc_home="${QH_KEYCLOAK_HOME:?set QH_KEYCLOAK_HOME to the unpacked Keycloak distribution}"
port="${QH_KEYCLOAK_PORT:-8180}"
mgmt_port="${QH_KEYCLOAK_MGMT_PORT:-9180}"
app_port="${QH_HTTP_PORT:-8080}"
pid_file="$kc_home/quarterhour-keycloak.pid"
log_file="$kc_home/quarterhour-keycloak.log"

is_running() { [[ -f "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null; }

start() {
  if is_running; then
    echo "Keycloak already running (pid $(cat "$pid_file"))"
    return 0
  fi
  # An in-memory database: every start imports the realm file afresh, so edits to it always count.
  mkdir -p "$kc_home/data/import"
  sed "s#127.0.0.1:8080#127.0.0.1:${app_port}#g" "$project/realm-config/quarterhour-realm.json" \
    > "$kc_home/data/import/quarterhour-realm.json"
  echo "Starting Keycloak on http://127.0.0.1:${port} (log: $log_file)"
  # setsid: its own process group, so stop reaches kc.sh and the JVM it starts.
  setsid bash "$kc_home/bin/kc.sh" start-dev \
    --db=dev-mem --import-realm \
    --http-host=127.0.0.1 --http-port="$port" --hostname="http://127.0.0.1:${port}" \
    --health-enabled=true --http-management-port="$mgmt_port" \
    > "$log_file" 2>&1 < /dev/null &
  echo $! > "$pid_file"
  if ! java "$here/WaitFor.java" 300 \
      "http://127.0.0.1:${mgmt_port}/health/ready" \
      "http://127.0.0.1:${port}/realms/quarterhour/.well-known/openid-configuration"; then
    echo "Keycloak did not become ready; last lines of $log_file:" >&2
    tail -n 40 "$log_file" >&2
    stop
    return 1
  fi
  echo "Keycloak ready"
}

stop() {
  if ! is_running; then
    rm -f "$pid_file"
    return 0
  fi
  local pid
  pid="$(cat "$pid_file")"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
  rm -f "$pid_file"
  echo "Keycloak stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
