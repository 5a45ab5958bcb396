#!/usr/bin/env bash
# Generates the Besu QBFT network that docker-compose.yml runs (keys, genesis, allowlists):
#   ./mvnw -q -B -pl contracts -am install -DskipTests      # once, builds the generator
#   contracts/network-generate.sh --out network --validators 4 [--chain-id 1337]
# Relative paths are taken from the repository root. --help lists every option.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

. "$root/scripts/java21.sh"
java_bin="$(java21)" || { echo "needs a JDK 21+" >&2; exit 2; }
[ -d contracts/target/classes ] || { echo "build first: ./mvnw -q -B -pl contracts -am install -DskipTests" >&2; exit 2; }

cp_file="contracts/target/network-generate.classpath"
./mvnw -q -B -pl contracts dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$root/$cp_file" > /dev/null
exec "$java_bin" -cp "contracts/target/classes:$(cat "$cp_file")" \
  org.greenvalue.ledger.network.NetworkGenerator "$@"
