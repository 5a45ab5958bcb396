#!/usr/bin/env bash
# POST /credentials/verify over loopback HTTP: the verifier service against a VC-API verify
# endpoint on the Node.js reference libraries (bench/node/verify-server.mjs), same eddsa-rdfc-2022
# credential, same load client (wrk), same run; then the verifier with a vc+jwt.
#   bench/verifier-http.sh [seconds] [connections]     (needs bench and verifier packaged, and wrk)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. "$root/scripts/java21.sh"
. "$root/bench/http/wrk.sh"
java_bin="$(java21)"
seconds="${1:-15}"
connections="${2:-16}"
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
PORT=$java_port "$java_bin" -jar verifier/target/verifier-exec.jar --spring.profiles.active=dev \
  --gvr.database.data-dir="$work/db" --gvr.keys.master-key-file="$work/master.key" \
  --logging.level.root=WARN > "$work/verifier.log" 2>&1 &
java_pid=$!
for _ in $(seq 1 90); do
  curl -sf "http://127.0.0.1:$java_port/actuator/health" > /dev/null && [ -s "$work/rdfc-body.json" ] && break
  sleep 2
done
"$java_bin" -cp bench/target/benchmarks.jar org.greenvalue.bench.http.JwtBody "$work/jwt-body.json" 2>/dev/null
token=$(client_token "http://127.0.0.1:$java_port" verifier verifier-secret verifier.verify)

verify_url="http://127.0.0.1:$java_port/credentials/verify"
for body in rdfc jwt; do  # each body verifies before it is measured
  curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    --data-binary "@$work/$body-body.json" "$verify_url" | grep -q '"verified":true' \
    || { echo "the $body body does not verify on the verifier" >&2; exit 1; }
done
curl -sf -H 'Content-Type: application/json' --data-binary "@$work/rdfc-body.json" \
  "http://127.0.0.1:$node_port/credentials/verify" | grep -q '"verified":true' \
  || { echo "the rdfc body does not verify on the Node.js endpoint" >&2; exit 1; }

script="$root/bench/http/post.lua"
BODY="$work/rdfc-body.json" TOKEN= wrk_measure "node @digitalbazaar/vc, eddsa-rdfc-2022" "$node_pid" \
  "$seconds" "$connections" -s "$script" "http://127.0.0.1:$node_port/credentials/verify"
BODY="$work/rdfc-body.json" TOKEN="$token" wrk_measure "verifier, eddsa-rdfc-2022" "$java_pid" \
  "$seconds" "$connections" -s "$script" "$verify_url"
BODY="$work/jwt-body.json" TOKEN="$token" wrk_measure "verifier, vc+jwt" "$java_pid" \
  "$seconds" "$connections" -s "$script" "$verify_url"
