# Sourced by contracts/network-generate.sh and contracts/contracts-deploy.sh: runs one of the
# ledger-tools module's commands on a JDK 21+ with that module's runtime class path.
# Usage: run_ledger_tool <main class> [args...]; relative paths are taken from the repository root.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. "$root/scripts/java21.sh"

run_ledger_tool() {
  local main="$1"
  shift
  local java_bin
  java_bin="$(java21)" || { echo "needs a JDK 21+" >&2; exit 2; }
  [ -d ledger-tools/target/classes ] || { echo "build first: ./mvnw -q -B -pl ledger-tools -am package -DskipTests" >&2; exit 2; }
  local cp_file="ledger-tools/target/ledger-tool.classpath"
  ./mvnw -q -B -pl ledger-tools -am dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$root/$cp_file" > /dev/null
  exec "$java_bin" -cp "ledger-tools/target/classes:$(cat "$cp_file")" "$main" "$@"
}
