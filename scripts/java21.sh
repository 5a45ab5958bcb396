# Sourced by the project's scripts: java21 prints the java binary of a JDK 21 or newer, looking at
# JAVA_HOME first, then every JDK under /usr/lib/jvm; it fails when there is none.
java21() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    if "$candidate/bin/java" -version 2>&1 | head -1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then
      echo "$candidate/bin/java"
      return 0
    fi
  done
  return 1
}
