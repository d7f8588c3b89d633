#!/usr/bin/env bash
# Runs the benchmark workloads in Adjoint, numpy and PyTorch on this machine in one go and prints the ratios and
# the issue's targets (docs/benchmarks.md says what each workload is).
#
#   bench/compare.sh [--device D] [WORKLOAD...]        Adjoint on D (default simd) against numpy and torch (CPU)
#   bench/compare.sh --cuda [--device gpu] [WORKLOAD...]  also torch with CUDA (TF32 off), for the GPU targets
#
# ADJOINT_BENCH is the command that prints our JSON. By default it is the engine's own entry point on the jars that
# ./adjoint builds; it runs each workload in a JVM of its own with SerialGC, as the launcher's command line does,
# unless the command names a collector (docs/benchmarks.md says why; `./adjoint bench --json` works too).
# The GPU bundle uses "bash .gpu-bundle/run.sh adjoint.engine.bench.Benchmarks --json". PYTHON defaults to
# /usr/bin/python3 (Debian's python3-numpy and python3-torch). To compare as on a 2-core machine, run the whole
# script under taskset -c 0,1.
# Results go to $TMPDIR/adjoint-bench/ (or $BENCH_OUT).
#
# numpy and PyTorch allocate with glibc's malloc, which by default gives large blocks back to the system when they
# are freed and faults fresh pages in on the next allocation; how often depends on which workloads ran before in the
# same process (landscape-512 alone measured 7 ms instead of 1). Python runs with the trim and mmap thresholds
# raised, so freed blocks are reused warm, as in a long-running program: their best time, not an artefact.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${BENCH_OUT:-${TMPDIR:-/tmp}/adjoint-bench}
mkdir -p "$out"
python=${PYTHON:-/usr/bin/python3}
if [[ -z ${ADJOINT_BENCH:-} ]]; then
  "$root/adjoint" --version > /dev/null   # builds app/target/lib on first use
  jdk=$(ls -d /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25* 2>/dev/null | head -n 1)
  ours=("$jdk/bin/java" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xlog:disable
    -cp "$root/app/target/lib/*" adjoint.engine.bench.Benchmarks --json)
else
  read -ra ours <<< "$ADJOINT_BENCH"
fi
device=simd
cuda=0
names=()
while (($#)); do
  case $1 in
    --device) device=$2; shift 2 ;;
    --cuda) cuda=1; shift ;;
    *) names+=("$1"); shift ;;
  esac
done

echo "== adjoint on $device" >&2
"${ours[@]}" --device "$device" "${names[@]}" > "$out/adjoint-$device.json"
if [[ $device != simd ]]; then
  echo "== adjoint on simd (for comparison)" >&2
  "${ours[@]}" --device simd "${names[@]}" > "$out/adjoint-simd.json"
fi
export MALLOC_TRIM_THRESHOLD_=${MALLOC_TRIM_THRESHOLD_:-1073741824} MALLOC_MMAP_THRESHOLD_=${MALLOC_MMAP_THRESHOLD_:-33554432}
echo "== numpy and torch (cpu)" >&2
"$python" "$root/bench/workloads.py" "${names[@]}" > "$out/reference.json"
args=("$out/adjoint-simd.json" "$out/reference.json")
if [[ $device != simd ]]; then
  args+=("$out/adjoint-$device.json")
fi
if ((cuda)); then
  echo "== torch (cuda, TF32 off)" >&2
  "$python" "$root/bench/workloads.py" --cuda "${names[@]}" > "$out/torch-cuda.json"
  args+=("$out/torch-cuda.json")
fi
"$python" "$root/bench/ratios.py" "${args[@]}" | tee "$out/ratios.txt"
