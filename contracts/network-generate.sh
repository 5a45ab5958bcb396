#!/usr/bin/env bash
# Generates the Besu QBFT network that docker-compose.yml runs (keys, genesis, allowlists):
#   ./mvnw -q -B -pl contracts -am install -DskipTests      # once, builds the generator
#   contracts/network-generate.sh --out network --validators 4 [--chain-id 1337]
# Relative paths are taken from the repository root. --help lists every option.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/ledger-tool.sh"
run_ledger_tool org.greenvalue.ledger.tools.NetworkGenerateCommand "$@"
