#!/usr/bin/env bash
# Step-time comparison of Conserve (ND4J) with the PyTorch reference, one thread each, same machine,
# same run. Usage: bench/pytorch/compare.sh [steps (200)] [warmup (30)] [rounds (3)]
# Runs the two alternately `rounds` times and compares the medians of their per-round medians,
# which damps the effect of other load on the machine. Needs Debian's python3-torch and
# libopenblas0-pthread (apt-get install -y python3-torch libopenblas0-pthread) and a compiled engine
# (mvn -o -q -pl engine -am compile).
set -euo pipefail
cd "$(dirname "$0")/../.."
steps=${1:-200}; warmup=${2:-30}; rounds=${3:-3}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
# ND4J's bundled OpenBLAS 0.3.19 misdetects newer CPUs and falls back to slow kernels (1000x64x64 dgemm:
# 319 us without, 179 us with SkylakeX on this AMD EPYC); name the kernel family for both sides.
if [[ -z "${OPENBLAS_CORETYPE:-}" ]]; then
  if grep -qw avx512f /proc/cpuinfo; then export OPENBLAS_CORETYPE=SkylakeX
  elif grep -qw avx2 /proc/cpuinfo; then export OPENBLAS_CORETYPE=Haswell; fi
fi
echo "OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-unset}"
python=/usr/bin/python3   # Debian's interpreter, where python3-torch lives (not a pyenv shim)
cp_file=$(mktemp)
mvn -o -q -B -pl engine dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
classpath="engine/target/classes:$(cat "$cp_file")"
rm -f "$cp_file"
ours=(); theirs=(); ours_cpu=(); theirs_cpu=()
for ((r = 1; r <= rounds; r++)); do
  out=$(java -cp "$classpath" org.conserve.engine.neural.StepBenchmark "$steps" "$warmup" 2>/dev/null)
  echo "$out" | head -1
  ours+=("$(echo "$out" | awk '/^conserve median step ms:/ {print $NF}')")
  ours_cpu+=("$(echo "$out" | awk '/^conserve median step cpu ms:/ {print $NF}')")
  out=$("$python" bench/pytorch/step.py "$steps" "$warmup")
  echo "$out" | head -1
  theirs+=("$(echo "$out" | awk '/^pytorch median step ms:/ {print $NF}')")
  theirs_cpu+=("$(echo "$out" | awk '/^pytorch median step cpu ms:/ {print $NF}')")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
c=$(median "${ours[@]}"); p=$(median "${theirs[@]}")
cc=$(median "${ours_cpu[@]}"); pc=$(median "${theirs_cpu[@]}")
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "CPU time per step: conserve $cc ms, pytorch $pc ms (ratio $(awk -v a="$cc" -v b="$pc" 'BEGIN {printf "%.3f", a / b}'))"
echo "conserve median step: $c ms; pytorch median step: $p ms (medians of $rounds rounds of $steps steps)"
awk -v c="$c" -v p="$p" 'BEGIN {printf "step-time ratio conserve/pytorch: %.3f\n", c / p}'
