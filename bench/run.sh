#!/usr/bin/env bash
# Runs every figure of docs/benchmarks.md on this machine, baselines in the same run.
#   bench/run.sh            full run (about 10 minutes)
#   QUICK=1 bench/run.sh    short iterations, to check the harness
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="${OUT:-$root/bench/target/results}"
mkdir -p "$out"

. "$root/scripts/java21.sh"
java_bin="$(java21)" || { echo "needs a JDK 21+" >&2; exit 2; }
command -v wrk > /dev/null || { echo "needs wrk, the HTTP load client: apt-get install wrk" >&2; exit 2; }

./mvnw -q -B -DskipTests -Djacoco.skip=true -pl bench,verifier -am package
if [ "${QUICK:-0}" = 1 ]; then jmh_args=(-f 1 -wi 1 -w 1 -i 2 -r 2); node_seconds=2; else
  jmh_args=(-f 1 -wi 3 -w 5 -i 5 -r 5); node_seconds=10; fi

echo "== JMH (single thread) =="
"$java_bin" -jar bench/target/benchmarks.jar -t 1 "${jmh_args[@]}" \
  -rf json -rff "$out/jmh.json" "${JMH_FILTER:-.*}" | tee "$out/jmh.txt" | grep -E '^[A-Z].*(thrpt|avgt)|^Benchmark'

echo "== Node.js reference (single thread) =="
(cd bench/node && npm install --no-audit --no-fund --silent && node reference.mjs "$node_seconds") | tee "$out/node.txt"

echo "== Evidence pack hashing vs sha256sum, 1 GiB, heap capped at 64 MiB =="
file="$out/hash-1gib.bin"
[ -f "$file" ] || head -c 1073741824 /dev/urandom > "$file"
cat "$file" > /dev/null
for round in 1 2 3; do
  start=$(date +%s.%N); sha256sum "$file" > /dev/null; end=$(date +%s.%N)
  echo "sha256sum round $round: $(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", 1024 / (e - s) }') MiB/s"
  "$java_bin" -Xmx64m -cp bench/target/benchmarks.jar org.greenvalue.bench.FileHashThroughput "$file"
done | tee "$out/hash.txt"

echo "== Ledger against anvil (anchoring batched vs naive, receipt verification, lot operations) =="
if [ "${QUICK:-0}" = 1 ]; then ledger_args=(20000 5000 200 5 16); else ledger_args=(100000 10000 1000 30 16); fi
"$java_bin" -cp bench/target/benchmarks.jar org.greenvalue.bench.ledger.LedgerLoadScenario \
  "${ledger_args[@]}" 2>&1 | grep -v '^SLF4J' | tee "$out/ledger.txt"

echo "== Lot operations against anvil with interval mining (0.25 s blocks, 300M gas limit) =="
if [ "${QUICK:-0}" = 1 ]; then lot_args=(1 1 1 5 32); else lot_args=(1 1 1 30 128); fi
"$java_bin" -Dgvr.bench.lotsOnly=true -Dgvr.bench.blockTime=0.25 \
  -Dgvr.bench.anvilArgs=--gas-limit=300000000 \
  -cp bench/target/benchmarks.jar org.greenvalue.bench.ledger.LedgerLoadScenario \
  "${lot_args[@]}" 2>&1 | grep -v '^SLF4J' | tee "$out/lots.txt"

echo "== Registry HTTP load (issue 5): anchoring submissions naive vs group commit, status list reads =="
./mvnw -q -B -DskipTests -Djacoco.skip=true -pl registry -am package
if [ "${QUICK:-0}" = 1 ]; then load_seconds=5; else load_seconds=20; fi
{
  bench/registry-load.sh naive "$load_seconds" 64 wrk --gvr.registry.anchoring.group-commit=false
  bench/registry-load.sh group-commit "$load_seconds" 64 wrk
  bench/registry-load.sh status-lists "$load_seconds" 64 status-wrk
  bench/registry-load.sh status-change "$load_seconds" 64 status  # also times change visibility
} | tee "$out/registry-load.txt"

echo "== Verifier over HTTP: POST /credentials/verify vs a Node.js VC-API verify endpoint =="
if [ "${QUICK:-0}" = 1 ]; then http_args=(3 16); else http_args=(15 16); fi
bench/verifier-http.sh "${http_args[@]}" | tee "$out/verifier-http.txt"
echo "== Issuer HTTP load (issue 6): registry and issuer as separate JVMs, client on loopback =="
./mvnw -q -B -DskipTests -Djacoco.skip=true -pl registry,issuer -am package
if [ "${QUICK:-0}" = 1 ]; then issuer_args=(2000 1000 2000 8); else issuer_args=(4000 2000 2000 8); fi
"$java_bin" -cp bench/target/benchmarks.jar org.greenvalue.bench.issuer.IssuerLoadScenario \
  registry/target/registry-exec.jar issuer/target/issuer-exec.jar contracts/node_modules/.bin/anvil \
  "${issuer_args[@]}" 2>&1 | grep -v '^SLF4J' | tee "$out/issuer.txt"
