#!/usr/bin/env bash
# POST /credentials/verify over loopback HTTP: the verifier service against a VC-API verify
# endpoint on the Node.js reference libraries (bench/node/verify-server.mjs), same eddsa-rdfc-2022
# credential, same load client, same run; then the verifier with a vc+jwt.
#   bench/verifier-http.sh [seconds] [concurrency]     (needs bench and verifier packaged)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. "$root/scripts/java21.sh"
java_bin="$(java21)"
seconds="${1:-15}"
concurrency="${2:-16}"
work="$(mktemp -d)"
node_port=18090
java_port=18082
cleanup() {
  [ -n "${node_pid:-}" ] && kill "$node_pid" 2>/dev/null || true
  [ -n "${java_pid:-}" ] && kill "$java_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

(cd bench/node && npm install --no-audit --no-fund --silent)
node bench/node/verify-server.mjs "$node_port" "$work/rdfc-body.json" > "$work/node.log" 2>&1 &
node_pid=$!
PORT=$java_port "$java_bin" -jar verifier/target/verifier-exec.jar \
  --gvr.database.data-dir="$work/db" --gvr.keys.master-key-file="$work/master.key" \
  --logging.level.root=WARN > "$work/verifier.log" 2>&1 &
java_pid=$!
for _ in $(seq 1 90); do
  curl -sf "http://127.0.0.1:$java_port/actuator/health" > /dev/null && [ -s "$work/rdfc-body.json" ] && break
  sleep 2
done
"$java_bin" -cp bench/target/benchmarks.jar org.greenvalue.bench.http.JwtBody "$work/jwt-body.json" 2>/dev/null

load=("$java_bin" -cp bench/target/benchmarks.jar org.greenvalue.bench.http.VerifyHttpLoad)
token=("http://127.0.0.1:$java_port/oauth2/token" verifier verifier-secret verifier.verify)
"${load[@]}" "http://127.0.0.1:$node_port/credentials/verify" "$work/rdfc-body.json" "$seconds" "$concurrency" 2>/dev/null
"${load[@]}" "http://127.0.0.1:$java_port/credentials/verify" "$work/rdfc-body.json" "$seconds" "$concurrency" "${token[@]}" 2>/dev/null
"${load[@]}" "http://127.0.0.1:$java_port/credentials/verify" "$work/jwt-body.json" "$seconds" "$concurrency" "${token[@]}" 2>/dev/null
