#!/usr/bin/env bash
# Deploys AnchorRegistry, TrustRegistry and GreenValueLedger once to a running network and writes
# their addresses for the registry (network/contracts.env, read by docker-compose.yml):
#   contracts/contracts-deploy.sh --rpc-url http://localhost:8545 --key-file network/registry/key
# Relative paths are taken from the repository root. --help lists every option.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/ledger-tool.sh"
run_ledger_tool org.greenvalue.ledger.tools.ContractsDeployCommand "$@"
