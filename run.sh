#!/usr/bin/env bash
# Starts the whole Quarterhour portal for development: builds if needed, starts Keycloak with the
# demo realm, starts WildFly with the portal and demo data on embedded H2, prints the URL and the
# demo logins. Ctrl-C stops both servers. Settings: see README.md, "Configuration".
#   ./run.sh --cluster   two WildFly nodes behind HAProxy on one PostgreSQL database instead
#                        (README, "Scaling"); Ctrl-C stops the balancer, the nodes and Keycloak.
set -euo pipefail
cd "$(dirname "$0")"
project="$PWD"

cluster=false
case "${1:-}" in
  "") ;;
  --cluster) cluster=true ;;
  *) echo "usage: ./run.sh [--cluster]" >&2; exit 2 ;;
esac
if $cluster; then
  # The nodes share one PostgreSQL database (development defaults: the local server's postgres user).
  export QH_DB=postgresql
  export POSTGRESQL_HOST="${POSTGRESQL_HOST:-127.0.0.1}" POSTGRESQL_PORT="${POSTGRESQL_PORT:-5432}"
  export POSTGRESQL_DATABASE="${POSTGRESQL_DATABASE:-quarterhour_cluster}"
  export POSTGRESQL_USER="${POSTGRESQL_USER:-postgres}" POSTGRESQL_PASSWORD="${POSTGRESQL_PASSWORD:-postgres}"
fi

export QH_HTTP_PORT="${QH_HTTP_PORT:-8080}"
export QH_KEYCLOAK_PORT="${QH_KEYCLOAK_PORT:-8180}"
export QH_KEYCLOAK_URL="${QH_KEYCLOAK_URL:-http://127.0.0.1:${QH_KEYCLOAK_PORT}}"
export QH_MANAGEMENT_PORT="${QH_MANAGEMENT_PORT:-9990}"
export QH_DB="${QH_DB:-h2}"
export QH_DATA_DIR="${QH_DATA_DIR:-$project/data}"
export QH_DEMO_DATA="${QH_DEMO_DATA:-true}"
# The development realm's portal secret (realm-config/, development only); production sets its own.
export QH_OIDC_CLIENT_SECRET="${QH_OIDC_CLIENT_SECRET:-dev-portal-secret-not-for-production}"
mkdir -p "$QH_DATA_DIR"

# Build when there is no server yet or a source file is newer than the last build.
if [[ ! -f target/server/standalone/deployments/ROOT.war ]] ||
   [[ -n "$(find pom.xml src wildfly realm-config -newer target/server/standalone/deployments/ROOT.war -type f -print -quit)" ]]; then
  echo "Building the portal (mvn package)..."
  mvn -B -q package -DskipTests
fi

kc_home="$(ls -d target/keycloak/keycloak-* | head -n 1)"
export QH_KEYCLOAK_HOME="$project/$kc_home"

wildfly_pid=""
stop_all() {
  trap - EXIT INT TERM
  echo
  echo "Stopping..."
  if $cluster; then
    bash src/main/scripts/cluster.sh stop || true
  fi
  if [[ -n "$wildfly_pid" ]] && kill -0 "$wildfly_pid" 2>/dev/null; then
    kill -TERM "$wildfly_pid" 2>/dev/null || true
    wait "$wildfly_pid" 2>/dev/null || true
  fi
  bash src/main/scripts/keycloak.sh stop || true
}
trap stop_all EXIT INT TERM

started=$(date +%s)
if $cluster; then
  java -cp target/server/modules/org/postgresql/main/postgresql.jar src/main/scripts/CreateDatabase.java \
    "$POSTGRESQL_HOST" "$POSTGRESQL_PORT" "$POSTGRESQL_DATABASE" "$POSTGRESQL_USER" "$POSTGRESQL_PASSWORD"
fi
bash src/main/scripts/keycloak.sh start

if $cluster; then
  bash src/main/scripts/cluster.sh start
  cat <<INFO

Quarterhour is running as a cluster ($(( $(date +%s) - started )) s to ready), database: PostgreSQL ${POSTGRESQL_DATABASE}.

  Portal:    http://127.0.0.1:${QH_HTTP_PORT}/   (HAProxy; X-Quarterhour-Node names the node that answered)
  Nodes:     node1 http://127.0.0.1:8081/, node2 http://127.0.0.1:8082/ (logs: target/cluster/nodeN/log/)
  Keycloak:  ${QH_KEYCLOAK_URL}  (realm quarterhour)
  Stop one:  bash src/main/scripts/cluster.sh kill 1   (start it again: ... start-node 1)

  Demo logins (development only, password "demo" for each):
    therapist1, therapist2   therapist
    coder1, coder2           coder
    supervisor1              supervisor
    admin1                   admin

Press Ctrl-C to stop the balancer, both nodes and Keycloak.
INFO
  # wait, unlike a foreground sleep, returns at once on Ctrl-C, so the trap stops everything.
  while true; do sleep 3600 & wait $!; done
fi

echo "Starting WildFly on http://127.0.0.1:${QH_HTTP_PORT} (log: target/server/standalone/log/server.log)"
# LAUNCH_JBOSS_IN_BACKGROUND makes standalone.sh pass SIGTERM on to the JVM.
LAUNCH_JBOSS_IN_BACKGROUND=1 target/server/bin/standalone.sh \
  -Djboss.bind.address=127.0.0.1 -Djboss.http.port="$QH_HTTP_PORT" \
  -Djboss.management.http.port="$QH_MANAGEMENT_PORT" > /dev/null 2>&1 &
wildfly_pid=$!

if ! java src/main/scripts/WaitFor.java 300 "http://127.0.0.1:${QH_HTTP_PORT}/"; then
  echo "WildFly did not come up; see target/server/standalone/log/server.log" >&2
  exit 1
fi

cat <<INFO

Quarterhour is running ($(( $(date +%s) - started )) s to ready), database: ${QH_DB}.

  Portal:    http://127.0.0.1:${QH_HTTP_PORT}/
  Keycloak:  ${QH_KEYCLOAK_URL}  (realm quarterhour)

  Demo logins (development only, password "demo" for each):
    therapist1, therapist2   therapist
    coder1, coder2           coder
    supervisor1              supervisor
    admin1                   admin

Press Ctrl-C to stop both servers.
INFO
wait "$wildfly_pid"
