#!/usr/bin/env bash
# Builds .gpu-bundle/ for bench/gpu-run.sh: the engine (main and test classes), JOCL, the JUnit console launcher and
# the test libraries, through ../shared/tools/gpu-bundle.sh, plus the golden cases the tests read.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
m2=${M2:-$HOME/.m2/repository}
mvn -B -q -o install -Dmaven.test.skip=true -pl engine
mvn -B -q -o test-compile -pl engine
jars=(
  "$m2/org/jocl/jocl/2.0.6/jocl-2.0.6.jar"
  "$m2/org/junit/platform/junit-platform-console-standalone/1.14.4/junit-platform-console-standalone-1.14.4.jar"
  "$m2/org/assertj/assertj-core/3.27.7/assertj-core-3.27.7.jar"
  "$m2/net/bytebuddy/byte-buddy/1.18.3/byte-buddy-1.18.3.jar"
  "$m2/tools/jackson/core/jackson-databind/3.2.4/jackson-databind-3.2.4.jar"
  "$m2/tools/jackson/core/jackson-core/3.2.4/jackson-core-3.2.4.jar"
  "$m2/com/fasterxml/jackson/core/jackson-annotations/2.22/jackson-annotations-2.22.jar"
)
# Jars, not class folders: the shared tool names every folder's jar classes-0.jar (its counter runs in a subshell).
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
jdk=${JDK25:-$(ls -d /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25* 2>/dev/null | head -n 1)}
"$jdk/bin/jar" cf "$tmp/adjoint-engine.jar" -C engine/target/classes .
"$jdk/bin/jar" cf "$tmp/adjoint-engine-tests.jar" -C engine/target/test-classes .
bash "${GPU_BUNDLE_TOOL:-$root/../shared/tools/gpu-bundle.sh}" "$tmp/adjoint-engine.jar" "$tmp/adjoint-engine-tests.jar" "${jars[@]}"
mkdir -p .gpu-bundle/shared
cp -r "${SHARED:-$root/../shared}/golden" .gpu-bundle/shared/
du -sh .gpu-bundle
