#!/usr/bin/env bash
# bf: the BreadthFlow command. Builds the runnable application with the Maven wrapper when it is
# missing or older than the sources, then runs it with the given arguments.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$root/cli/target/bf.jar"

stale() {
  [[ ! -f "$jar" ]] && return 0
  local newer
  newer="$(find "$root" \( -path "$root/.git" -o -path '*/target' -o -path "$root/data" \) -prune -o \
    -type f \( -name pom.xml -o -path '*/src/main/*' \) -newer "$jar" -print -quit)"
  [[ -n "$newer" ]]
}

if stale; then
  echo "bf: building BreadthFlow with the Maven wrapper (first run or sources changed)..." >&2
  if ! (cd "$root" && ./mvnw -q -DskipTests -Dspotless.check.skip=true -pl cli -am package) >&2; then
    echo "bf: build failed; run './mvnw -pl cli -am package' to see why" >&2
    exit 1
  fi
fi

exec java ${BF_JAVA_OPTS:-} -jar "$jar" "$@"
