#!/usr/bin/env bash
# Registry HTTP load (issue 5): starts the packaged registry (embedded PostgreSQL + anvil, fresh
# data directory) on loopback, runs org.greenvalue.bench.registry.RegistryHttpLoad against it,
# stops it. Called by bench/run.sh; needs bench/target/benchmarks.jar and registry-exec.jar.
#   bench/registry-load.sh <label> <seconds> <callers> <mode> [registry args...]
# mode: anchors | status | all (Java load client, <callers> virtual threads), or wrk: POST /anchors
# from wrk with <callers> connections (bench/http/anchors.lua) while RegistryHttpLoad's probe follows
# ten digests a second to ANCHORED; or status-wrk: GET of a status list (public) from wrk, plain
# (200) and with If-None-Match (304).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. "$root/scripts/java21.sh"
java_bin="$(java21)"
label="$1"; seconds="$2"; callers="$3"; mode="$4"; shift 4
out="${OUT:-$root/bench/target/results}"
work="$(mktemp -d /tmp/gvr-registry-load.XXXXXX)"
port="${PORT:-18080}"
LOG_FORMAT= "$java_bin" -Xmx768m ${REGISTRY_JVM:-} -Dgvr.anvil="$root/contracts/node_modules/.bin/anvil" \
  -jar registry/target/registry-exec.jar --server.port="$port" --spring.profiles.active=dev \
  --gvr.database.data-dir="$work/db" \
  --gvr.keys.master-key-file="$work/master.key" \
  --logging.level.org.greenvalue.registry.anchoring=WARN "$@" > "$out/registry-$label.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null && break
  kill -0 $pid 2>/dev/null || { echo "registry did not start, see $out/registry-$label.log" >&2; exit 1; }
  sleep 1
done
# CPU seconds used so far by the registry's process tree (JVM, embedded PostgreSQL, anvil)
tree_cpu() {
  ps -e -o pid=,ppid=,cputimes= | awk -v root="$pid" '
    { parent[$1] = $2; cpu[$1] = $3 }
    END { for (p in cpu) { q = p; while (q != "" && q != 0 && q != root) q = parent[q];
          if (q == root) total += cpu[p] } print total + 0 }'
}
before=$(tree_cpu); start=$(date +%s.%N)
load=("$java_bin" -cp bench/target/benchmarks.jar org.greenvalue.bench.registry.RegistryHttpLoad)
if [ "$mode" = wrk ]; then
  . "$root/bench/http/wrk.sh"
  token=$(client_token "http://127.0.0.1:$port" writer writer-secret registry.write)
  "${load[@]}" "http://127.0.0.1:$port" "$((seconds + ${WRK_WARMUP:-20}))" 1 "$label" probe 2>&1 \
    | grep -v '^SLF4J' > "$work/probe.txt" &
  probe=$!
  TOKEN="$token" wrk_measure "$label: POST /anchors" "$pid" "$seconds" "$callers" \
    -s "$root/bench/http/anchors.lua" "http://127.0.0.1:$port/anchors"
  wait "$probe"
  cat "$work/probe.txt"
elif [ "$mode" = status-wrk ]; then
  . "$root/bench/http/wrk.sh"
  token=$(client_token "http://127.0.0.1:$port" writer writer-secret registry.write)
  # status entries belong to the organisation of their issuer DID (a 409 from an earlier run is fine)
  curl -s -o /dev/null -H "Authorization: Bearer $(client_token "http://127.0.0.1:$port" authority authority-secret trust.authority)" \
    -H "Content-Type: application/json" -H "Idempotency-Key: bench-org-$(date +%s%N)" \
    -d '{"id":"bench","name":"Bench","dids":["did:web:bench.example"],"clients":["writer"]}' \
    "http://127.0.0.1:$port/organisations"
  allocated=$(curl -s -H "Authorization: Bearer $token" -H "Content-Type: application/json" \
    -H "Idempotency-Key: bench-$(date +%s%N)" \
    -d '{"issuer":"did:web:bench.example"}' "http://127.0.0.1:$port/status-lists/revocation/entries")
  list=$(echo "$allocated" | sed -nE 's/.*"statusListCredential" *: *"[^"]*(\/status-lists\/[^"]+)".*/\1/p')
  [ -n "$list" ] || { echo "no status entry allocated: $allocated" >&2; exit 1; }
  url="http://127.0.0.1:$port$list"
  etag=$(curl -sf -D - -o /dev/null "$url" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" { print $2 }')
  wrk_measure "$label: GET $list (200)" "$pid" "$seconds" "$callers" "$url"
  wrk_measure "$label: GET $list, If-None-Match (304)" "$pid" "$seconds" "$callers" \
    -H "If-None-Match: $etag" "$url"
else
  "${load[@]}" "http://127.0.0.1:$port" "$seconds" "$callers" "$label" "$mode" 2>&1 | grep -v '^SLF4J'
fi
after=$(tree_cpu); end=$(date +%s.%N)
echo "[$label] registry process tree (JVM + PostgreSQL + anvil): $((after - before)) CPU s in" \
  "$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.0f", e - s }') s wall (whole scenario," \
  "warm-up and polling included); load average $(cut -d' ' -f1-3 /proc/loadavg)"
