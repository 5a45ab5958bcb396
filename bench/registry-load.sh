#!/usr/bin/env bash
# Registry HTTP load (issue 5): starts the packaged registry (embedded PostgreSQL + anvil, fresh
# data directory) on loopback, runs org.greenvalue.bench.registry.RegistryHttpLoad against it,
# stops it. Called by bench/run.sh; needs bench/target/benchmarks.jar and registry-exec.jar.
#   bench/registry-load.sh <label> <seconds> <callers> <mode> [registry args...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. "$root/scripts/java21.sh"
java_bin="$(java21)"
label="$1"; seconds="$2"; callers="$3"; mode="$4"; shift 4
out="${OUT:-$root/bench/target/results}"
work="$(mktemp -d /tmp/gvr-registry-load.XXXXXX)"
port="${PORT:-18080}"
LOG_FORMAT= "$java_bin" -Xmx768m -Dgvr.anvil="$root/contracts/node_modules/.bin/anvil" \
  -jar registry/target/registry-exec.jar --server.port="$port" \
  --gvr.registry.database.data-dir="$work/db" \
  --gvr.registry.keys.master-key-file="$work/master.key" \
  --logging.level.org.greenvalue.registry.anchoring=WARN "$@" > "$out/registry-$label.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null && break
  kill -0 $pid 2>/dev/null || { echo "registry did not start, see $out/registry-$label.log" >&2; exit 1; }
  sleep 1
done
"$java_bin" -cp bench/target/benchmarks.jar org.greenvalue.bench.registry.RegistryHttpLoad \
  "http://127.0.0.1:$port" "$seconds" "$callers" "$label" "$mode" 2>&1 | grep -v '^SLF4J'
