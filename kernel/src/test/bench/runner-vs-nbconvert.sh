#!/usr/bin/env bash
# Side-by-side timing: a notebook of N trivial cells through `suanli run` (in-process) and through
# `jupyter nbconvert --execute` with the Suanli kernel (installed into a temporary Jupyter data folder).
# Not a test: timings are noisy. Runs each ROUNDS times, alternating, and prints every time and the medians.
#   kernel/src/test/bench/runner-vs-nbconvert.sh [N=50] [ROUNDS=5]
# SUANLI_JAVA_OPTS applies to `suanli run` (the launcher reads it); KERNEL_JVM_OPTS (space-separated) is
# given to `suanli install --jvm-opt` for the kernel that nbconvert starts.
# Needs: the built jar (./suanli builds it), Debian's jupyter-nbconvert and python3-nbclient.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
cells="${1:-50}"
rounds="${2:-5}"
work="$(mktemp -d "${TMPDIR:-/tmp}/suanli-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export LANG=C.UTF-8 JUPYTER_DATA_DIR="$work/jupyter" JUPYTER_PATH="$work/prefix/share/jupyter" \
       JUPYTER_CONFIG_DIR="$work/config" JUPYTER_RUNTIME_DIR="$work/runtime" IPYTHONDIR="$work/ipython"

"$here/suanli" --version >/dev/null   # builds the jar if the sources changed
jvm_opts=()
for opt in ${KERNEL_JVM_OPTS:-}; do jvm_opts+=("--jvm-opt=$opt"); done
"$here/suanli" install --prefix "$work/prefix" "${jvm_opts[@]}" >/dev/null

/usr/bin/python3 - "$work/bench.ipynb" "$cells" <<'PY'
import json, sys
path, n = sys.argv[1], int(sys.argv[2])
cells = [{"cell_type": "code", "id": f"c{i}", "metadata": {}, "execution_count": None, "outputs": [],
          "source": f"{i} + 1"} for i in range(n)]
nb = {"cells": cells, "nbformat": 4, "nbformat_minor": 5,
      "metadata": {"kernelspec": {"name": "suanli", "display_name": "Java (Suanli)", "language": "java"}}}
json.dump(nb, open(path, "w"), indent=1)
PY

now() { date +%s.%N; }
runner_times=(); nbconvert_times=()
for r in $(seq "$rounds"); do
  t0=$(now)
  "$here/suanli" run "$work/bench.ipynb" -o "$work/out-runner" --no-html --progress none >/dev/null
  t1=$(now)
  jupyter nbconvert --to notebook --execute "$work/bench.ipynb" --ExecutePreprocessor.kernel_name=suanli \
      --output-dir "$work/out-nbconvert" >/dev/null 2>&1
  t2=$(now)
  runner_times+=("$(echo "$t1 - $t0" | bc)"); nbconvert_times+=("$(echo "$t2 - $t1" | bc)")
  echo "round $r: suanli run ${runner_times[-1]} s, nbconvert ${nbconvert_times[-1]} s"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
mr=$(median "${runner_times[@]}"); mn=$(median "${nbconvert_times[@]}")
echo "cells=$cells rounds=$rounds median: suanli run $mr s, nbconvert $mn s, ratio $(echo "scale=2; $mn / $mr" | bc)x"
# both executed every cell: the last cell's result must be N
/usr/bin/python3 - "$work/out-runner/bench.ipynb" "$work/out-nbconvert/bench.ipynb" "$cells" <<'PY'
import json, sys
for path in sys.argv[1:3]:
    nb = json.load(open(path))
    last = nb["cells"][-1]["outputs"][0]["data"]["text/plain"]
    assert "".join(last).strip() == sys.argv[3], (path, last)
print("both outputs checked: the last cell gave", sys.argv[3])
PY
