#!/usr/bin/env bash
# The portal as a cluster on this host: two WildFly nodes made from the one provisioned server
# (target/server, Galleon layer web-clustering) and HAProxy in front, with sticky sessions and
# fail-over. Used by ./run.sh --cluster and by the fail-over test (mvn -Pcluster verify).
# Keycloak and PostgreSQL are the caller's: both nodes share one PostgreSQL database.
#
#   cluster.sh start            fresh node directories, both nodes, the balancer; waits until all answer
#   cluster.sh stop             stops the balancer and every node
#   cluster.sh kill N           SIGKILL node N's JVM (what a crash or a pulled plug looks like)
#   cluster.sh start-node N     starts node N again on its directory and waits until it answers
#   cluster.sh stop-node N      stops node N gracefully
#   cluster.sh pin N CPUS       confines node N's JVM to CPUS (taskset), e.g. 0 or 0-1
#
# Environment: QH_HTTP_PORT (8080: the balancer), QH_CLUSTER_DIR (target/cluster),
# QH_NODE_HEAP (-Xms256m -Xmx1g), and the settings the server reads (QH_DB=postgresql,
# POSTGRESQL_*, QH_KEYCLOAK_URL, QH_OIDC_CLIENT_SECRET, QH_DEMO_DATA; README "Configuration").
# Node N listens on 8080+N (HTTP) and 9990+N (management): port offset N.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
project="$(cd "$here/../../.." && pwd)"
server="$project/target/server"
cluster_dir="${QH_CLUSTER_DIR:-$project/target/cluster}"
balancer_port="${QH_HTTP_PORT:-8080}"
nodes=(1 2)

node_dir() { echo "$cluster_dir/node$1"; }

# The node's JVM (not the standalone.sh wrapper, which would leave the JVM running when killed).
node_jvm() { pgrep -f "jboss-modules\.jar.* -Djboss\.node\.name=node$1( |$)" || true; }

require_haproxy() {
  if command -v haproxy > /dev/null; then
    return 0
  fi
  echo "Installing HAProxy from Debian (the cluster's balancer)..."
  local sudo=""
  [[ "$(id -u)" -eq 0 ]] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y haproxy > /dev/null 2>&1 ||
    { $sudo apt-get update > /dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y haproxy > /dev/null; }
}

start_node() {
  local n="$1" dir
  dir="$(node_dir "$n")"
  if [[ -n "$(node_jvm "$n")" ]]; then
    echo "node$n already running"
    return 0
  fi
  echo "Starting node$n on http://127.0.0.1:$((8080 + n)) (log: $dir/log/server.log)"
  # The cluster's members find each other on the loopback interface (jboss.bind.address.private);
  # README "Scaling" shows TCP discovery for nodes on other hosts.
  JBOSS_JAVA_SIZING="${QH_NODE_HEAP:--Xms256m -Xmx1g}" LAUNCH_JBOSS_IN_BACKGROUND=1 \
    setsid "$server/bin/standalone.sh" \
    -Djboss.server.base.dir="$dir" \
    -Djboss.node.name="node$n" -Djboss.tx.node.id="node$n" \
    -Djboss.socket.binding.port-offset="$n" \
    -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.private=127.0.0.1 \
    -Djava.net.preferIPv4Stack=true \
    > "$dir/console.log" 2>&1 < /dev/null &
}

wait_node() {
  local n="$1"
  if ! java "$here/WaitFor.java" 300 "http://127.0.0.1:$((8080 + n))/session-ended.html"; then
    echo "node$n did not come up; last lines of $(node_dir "$n")/log/server.log:" >&2
    tail -n 30 "$(node_dir "$n")/log/server.log" >&2 || true
    return 1
  fi
}

# True when the balancer sends a request pinned to node N (its cookie) to that node: after a restart
# HAProxy takes a node back after two good checks, and until then redispatches its requests.
balancer_routes_to() {
  local n="$1" rc
  exec 3<>"/dev/tcp/127.0.0.1/$balancer_port" 2>/dev/null || return 1
  printf 'GET /session-ended.html HTTP/1.0\r\nHost: 127.0.0.1\r\nCookie: QHNODE=node%s\r\n\r\n' "$n" >&3
  grep -qi "^x-quarterhour-node: node$n" <&3 && rc=0 || rc=1
  exec 3<&-
  return $rc
}

wait_in_balancer() {
  [[ -f "$cluster_dir/haproxy.pid" ]] || return 0
  for _ in $(seq 1 60); do
    balancer_routes_to "$1" && return 0
    sleep 0.5
  done
  echo "the balancer does not send requests to node$1" >&2
  return 1
}

wait_for_cluster() {
  local log
  log="$(node_dir "$1")/log/server.log"
  for _ in $(seq 1 240); do
    grep -q "WFLYCLJG0033" "$log" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "node$1 formed no cluster; see $log" >&2
  return 1
}

stop_node() {
  local n="$1" pid
  pid="$(node_jvm "$n")"
  [[ -n "$pid" ]] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  kill -KILL "$pid" 2>/dev/null || true
}

kill_node() {
  local n="$1" pid
  pid="$(node_jvm "$n")"
  if [[ -z "$pid" ]]; then
    echo "node$n is not running" >&2
    return 1
  fi
  kill -KILL "$pid"
  echo "node$n (pid $pid) killed"
}

# Confines a running node's JVM (all its threads) to the given CPUs, e.g. "0" or "0-1": on one host,
# a node per core stands in for a node per host when measuring what a second node adds.
pin_node() {
  local n="$1" cpus="$2" pid
  pid="$(node_jvm "$n")"
  if [[ -z "$pid" ]]; then
    echo "node$n is not running" >&2
    return 1
  fi
  taskset -a -p -c "$cpus" "$pid" > /dev/null
  echo "node$n runs on CPU $cpus"
}

start_balancer() {
  require_haproxy
  local cfg="$cluster_dir/haproxy.cfg"
  # Sticky by the QHNODE cookie the balancer sets; a request whose node is down goes to another
  # node at its first retry (redispatch 1), which has the session because sessions are replicated. A node counts as
  # down after two failed checks a second apart. The check asks for the one page without login,
  # so it creates no sessions.
  cat > "$cfg" <<CFG
global
    maxconn 4096
defaults
    mode http
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    retries 2
    option redispatch 1
    option http-server-close
backend nodes
    balance roundrobin
    cookie QHNODE insert indirect nocache httponly
    option httpchk GET /session-ended.html
    http-check expect status 200-403
    default-server check inter 1s fall 2 rise 2
$(for n in "${nodes[@]}"; do echo "    server node$n 127.0.0.1:$((8080 + n)) cookie node$n"; done)
frontend portal
    bind 127.0.0.1:${balancer_port}
    default_backend nodes
CFG
  haproxy -c -q -f "$cfg"
  echo "Starting HAProxy on http://127.0.0.1:${balancer_port} (sticky sessions, fail-over)"
  setsid haproxy -db -f "$cfg" > "$cluster_dir/haproxy.log" 2>&1 < /dev/null &
  echo $! > "$cluster_dir/haproxy.pid"
}

stop_balancer() {
  local pid_file="$cluster_dir/haproxy.pid"
  if [[ -f "$pid_file" ]]; then
    kill -TERM "$(cat "$pid_file")" 2>/dev/null || true
    rm -f "$pid_file"
  fi
}

start() {
  if [[ ! -f "$server/standalone/deployments/ROOT.war" ]]; then
    echo "no provisioned server in $server: run mvn package first" >&2
    exit 1
  fi
  if [[ "${QH_DB:-h2}" != "postgresql" ]]; then
    echo "a cluster's nodes share one database: set QH_DB=postgresql and POSTGRESQL_*" >&2
    exit 1
  fi
  stop
  rm -rf "$cluster_dir"
  mkdir -p "$cluster_dir"
  for n in "${nodes[@]}"; do
    # Each node its own copy of the server's base directory (configuration, the WAR, data, logs).
    cp -r "$server/standalone" "$(node_dir "$n")"
    rm -rf "$(node_dir "$n")"/{data,log,tmp} "$(node_dir "$n")"/deployments/*.{deployed,failed,isdeploying,pending}
  done
  # The second node starts once the first has formed the cluster (two members starting the same
  # second each form their own and merge a minute later), while the first is still deploying:
  # Flyway's lock makes the later node wait for the first one's migration, the demo data's lock for
  # its seeding.
  start_node 1
  wait_for_cluster 1
  for n in "${nodes[@]:1}"; do start_node "$n"; done
  for n in "${nodes[@]}"; do wait_node "$n"; done
  start_balancer
  java "$here/WaitFor.java" 30 "http://127.0.0.1:${balancer_port}/session-ended.html"
  echo "Cluster ready: node1, node2 behind http://127.0.0.1:${balancer_port}/"
}

stop() {
  stop_balancer
  for n in "${nodes[@]}"; do stop_node "$n" & done
  wait
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  kill) kill_node "${2:?node number}" ;;
  start-node) start_node "${2:?node number}"; wait_node "$2"; wait_in_balancer "$2" ;;
  stop-node) stop_node "${2:?node number}" ;;
  pin) pin_node "${2:?node number}" "${3:?CPUs, e.g. 0 or 0-1}" ;;
  *) echo "usage: $0 start|stop|kill N|start-node N|stop-node N|pin N CPUS" >&2; exit 2 ;;
esac
