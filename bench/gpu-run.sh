#!/usr/bin/env bash
# Everything that needs the GPU machine, in one call (device time is scarce): the OpenCL tests on the NVIDIA GPU,
# then the benchmarks (Adjoint on gpu and on simd, numpy and torch on the CPU pinned to 2 cores as on CI, torch
# CUDA with TF32 off), then the ratios. Run from the repository root on that machine, after bench/gpu-bundle.sh
# here; the run tool must carry .gpu-bundle. Writes logs and JSON under /tmp/gpu-run, and all of it as one
# gpu-run.tgz into $OUT when the run tool sets it (it brings back at most eight files).
#
#   run(command="bash bench/gpu-run.sh gpu", carry=[".gpu-bundle"], timeout_s=600)   tests, GPU figures, torch CUDA
#   run(command="bash bench/gpu-run.sh cpu", carry=[".gpu-bundle"], timeout_s=600)   the 2-core CPU comparisons
set -uo pipefail
part=${1:-all}
out=/tmp/gpu-run
mkdir -p "$out"
run=(bash .gpu-bundle/run.sh)
bench=("${run[@]}" adjoint.engine.bench.Benchmarks --json)
export ADJOINT_BENCH_SECONDS=${ADJOINT_BENCH_SECONDS:-1.5} ADJOINT_BENCH_WARMUP=${ADJOINT_BENCH_WARMUP:-1}
export JAVA_OPTS="${JAVA_OPTS:-} -Dadjoint.bench.warmup=3 -Dadjoint.bench.seconds=1.5"
step() { echo "== $*" >&2; }

step "machine"
{ nvidia-smi -L; nproc; "${run[@]}" --list -version 2>&1 | tail -n 3; python3 -c 'import torch, numpy; print("torch", torch.__version__, "numpy", numpy.__version__)'; } > "$out/machine.txt" 2>&1
cat "$out/machine.txt" >&2

if [[ $part != cpu ]]; then
step "OpenCL tests on the GPU"
CI=1 JAVA_OPTS="$JAVA_OPTS -Dadjoint.shared=$PWD/.gpu-bundle/shared" timeout 150 "${run[@]}" \
  org.junit.platform.console.ConsoleLauncher execute --disable-banner --details=tree \
  --select-class adjoint.engine.backend.opencl.OpenClBackendTest \
  --select-class adjoint.engine.backend.opencl.OpenClGoldenCasesTest \
  --select-class adjoint.engine.backend.opencl.OpenClFallbackTest \
  > "$out/tests.txt" 2>&1
echo "tests exit $?" >> "$out/tests.txt"
tail -n 25 "$out/tests.txt" >&2

step "adjoint on gpu (the large tiling too, on the big product)"
JAVA_OPTS="$JAVA_OPTS -Dadjoint.opencl.tiling=large" timeout 60 "${bench[@]}" --device gpu matmul-f32-4096 > "$out/gpu-large.json" 2> "$out/gpu-large.err"
timeout 240 "${bench[@]}" --device gpu > "$out/adjoint-gpu.json" 2> "$out/adjoint-gpu.err"
cat "$out/gpu-large.json" "$out/adjoint-gpu.json" >&2

step "torch cuda"
timeout 90 python3 bench/workloads.py --cuda matmul-f32-4096 mlp-784-64-10-step-b1024 mlp-784-64-10-step-b64 add-f32-16M landscape-512 > "$out/torch-cuda.json" 2> "$out/torch-cuda.err"

step "adjoint simd on all cores (for the GPU-vs-SIMD target)"
timeout 60 "${bench[@]}" --device simd mlp-784-64-10-step-b1024 matmul-f32-4096 > "$out/adjoint-simd-all.json" 2> "$out/simd-all.err"

fi
if [[ $part != gpu ]]; then
step "adjoint simd, numpy, torch on 2 cores"
timeout 240 taskset -c 0,1 "${bench[@]}" --device simd > "$out/adjoint-simd.json" 2> "$out/simd.err"
timeout 120 taskset -c 0,1 python3 bench/workloads.py > "$out/reference.json" 2> "$out/reference.err"

python3 bench/ratios.py "$out/adjoint-simd.json" "$out/reference.json" | tee "$out/ratios-cpu.txt"
fi
if [[ $part != cpu ]]; then
step "gpu ratios"
python3 bench/ratios.py "$out/adjoint-simd-all.json" "$out/torch-cuda.json" "$out/adjoint-gpu.json" "$out/torch-cuda.json" 2>&1 | tail -n 20 | tee "$out/ratios-gpu.txt"
fi
if [[ -n ${OUT:-} ]]; then
  tar czf "$OUT/gpu-run.tgz" -C "$out" .
fi
