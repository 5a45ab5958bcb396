#!/usr/bin/env bash
# The end-to-end run (the README's first command): builds the services, starts a dev chain
# (anvil) with the contracts, the registry, issuer and verifier (each with an embedded
# PostgreSQL under ~/.gvr/demo), runs the green-value story with progress shown, prints a summary
# and the URLs, and keeps the services running until Ctrl-C. Options: scripts/demo.sh --help.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. "$root/scripts/java21.sh"
java_bin="$(java21)" || { echo "the demo needs a JDK 21 or newer" >&2; exit 2; }

echo "Building the services (the first build downloads dependencies and takes a few minutes)..."
./mvnw -q -B -DskipTests -Djacoco.skip=true -pl demo -am package
exec "$java_bin" -Dgvr.anvil="$root/contracts/node_modules/.bin/anvil" \
  -jar demo/target/demo-exec.jar --root "$root" "$@"
