#!/usr/bin/env bash
# Times `smnpc stats cox` (Release, ReadyToRun: bench/publish-smnpc.sh) against R's coxph on the shared 10^6 x 10 benchmark file and checks the
# coefficients against R's fit stored beside it.
#
#   bench/compare-cox.sh [DATA.csv.gz] [RUNS]
#
# DATA defaults to ../shared/reference/timing/coxph_n1e6_p10.csv.gz relative to the repository root; R's fit
# is read from DATA with _fit.json in place of .csv.gz. Each tie method is run RUNS times (default 3); the
# median elapsed time and the largest peak memory are reported, with the split into reading, fitting and
# writing that the CLI prints with --timings. R's figures are those of shared/reference/README.md; when
# Rscript is installed, R is also timed here on the same file (read.csv excluded from its coxph time).
# Needs python3 for the JSON comparison.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-$root/../shared/reference/timing/coxph_n1e6_p10.csv.gz}"
runs="${2:-3}"
fit_json="${data%.csv.gz}_fit.json"
[[ -f "$data" ]] || { echo "compare-cox: no data file $data" >&2; exit 2; }
[[ -f "$fit_json" ]] || { echo "compare-cox: no R fit $fit_json" >&2; exit 2; }
command -v python3 >/dev/null || { echo "compare-cox: python3 is needed to compare the JSON" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "Publishing smnpc (Release, ReadyToRun; bench/publish-smnpc.sh)..."
smnpc="$("$root/bench/publish-smnpc.sh" "$work/publish")"
covariates="x1,x2,x3,x4,x5,x6,x7,x8,x9,x10"

# Runs a command; prints "elapsed_seconds peak_kib" (GNU time -v if present, else VmHWM polled from /proc).
measure() {
    local out="$1"; shift
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -v "$@" >"$out" 2>"$out.err"
        local elapsed peak
        elapsed=$(grep "Elapsed (wall clock)" "$out.err" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
        peak=$(grep "Maximum resident set size" "$out.err" | awk '{print $NF}')
        echo "$elapsed $peak"
    else
        local start end peak=0 pid hwm
        start=$(date +%s.%N)
        "$@" >"$out" 2>"$out.err" &
        pid=$!
        while kill -0 "$pid" 2>/dev/null; do
            hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
            [[ -n "$hwm" && "$hwm" -gt "$peak" ]] && peak=$hwm
            sleep 0.02
        done
        wait "$pid"
        end=$(date +%s.%N)
        echo "$(echo "$end - $start" | bc) $peak"
    fi
}

report=()
declare -A whole_median fit_median
for ties in efron breslow; do
    key="time_2dec_$ties"
    times=(); peaks=(); splits=()
    for ((r = 1; r <= runs; r++)); do
        read -r elapsed peak < <(measure "$work/$ties.json" dotnet "$smnpc" stats cox --data "$data" --time time --event status \
            --covariates "$covariates" --ties "$ties" --json --timings)
        times+=("$elapsed"); peaks+=("$peak"); splits+=("$(grep '^timings' "$work/$ties.json.err" || true)")
    done
    median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    fits=$(printf '%s\n' "${splits[@]}" | sed -n 's/.* fit \([0-9]*\) .*/\1/p' | tr '\n' ' ')
    fit_ms=$(printf '%s\n' $fits | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    whole_median[$ties]=$median; fit_median[$ties]=$fit_ms
    peak=$(printf '%s\n' "${peaks[@]}" | sort -g | tail -1)
    check=$(python3 - "$work/$ties.json" "$fit_json" "$key" <<'PY'
import json, sys
ours = json.load(open(sys.argv[1]))
ref = json.load(open(sys.argv[2]))[sys.argv[3]]
worst = 0.0
for c in ours["coefficients"]:
    r = ref["coef"][c["name"]]
    worst = max(worst, abs(c["coef"] - r) / abs(r))
se = max(abs(c["se"] - ref["se"][c["name"]]) / ref["se"][c["name"]] for c in ours["coefficients"])
ll = abs(ours["loglik"][1] - ref["loglik_final"]) / abs(ref["loglik_final"])
ok = worst <= 1e-9 and ours["n"] == ref["n"] and ours["nevent"] == ref["nevent"]
print(f"{'OK' if ok else 'MISMATCH'} max rel. diff coef {worst:.1e}, se {se:.1e}, loglik {ll:.1e}; n {ours['n']}, events {ours['nevent']}, iter {ours['iter']}")
sys.exit(0 if ok else 1)
PY
) || { echo "$ties: $check" >&2; exit 1; }
    report+=("$(printf '%-8s %8.2f s %8.0f MiB   %s\n           fit (median of the runs) %s ms; fit per run: %s ms; last run: %s' "$ties" "$median" "$((peak / 1024))" "$check" "$fit_ms" "$fits" "${splits[-1]}")")
done

echo
echo "smnpc stats cox on $(basename "$data") ($runs runs each; median elapsed, largest peak memory, whole process)"
printf '%s\n' "${report[@]}"
echo "R 4.2.2 / survival 3.5-3 (shared/reference/README.md): coxph 8.36 s Efron, 6.14 s Breslow; whole R process ~858 MiB"

if command -v Rscript >/dev/null; then
    echo
    echo "R on this machine now (coxph only; read.csv excluded):"
    for ties in efron breslow; do
        read -r elapsed peak < <(measure "$work/r_$ties.txt" Rscript -e "
            suppressMessages(library(survival)); d <- read.csv(gzfile('$data'))
            t <- system.time(fit <- coxph(Surv(time, status) ~ x1 + x2 + x3 + x4 + x5 + x6 + x7 + x8 + x9 + x10, data = d, ties = '$ties'))
            cat(sprintf('coxph %.2f s', t[['elapsed']]))")
        r_fit=$(sed -n 's/coxph \([0-9.]*\) s/\1/p' "$work/r_$ties.txt")
        printf '%-8s %s (whole Rscript %.1f s, %d MiB); R / smnpc: fit %.1fx (coxph / smnpc fit median), whole %.1fx (Rscript / smnpc median)\n' \
            "$ties" "$(cat "$work/r_$ties.txt")" "$elapsed" "$((peak / 1024))" \
            "$(echo "$r_fit * 1000 / ${fit_median[$ties]}" | bc -l)" "$(echo "$elapsed / ${whole_median[$ties]}" | bc -l)"
    done
fi
