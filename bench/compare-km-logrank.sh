#!/usr/bin/env bash
# Times `smnpc stats km` (one curve and three) and `smnpc stats logrank` (three groups) against R's
# survival (survfit, survdiff) on the same generated CSV, checks that the numbers agree, and prints a table.
#
#   bench/compare-km-logrank.sh [ROWS ...]        default: 1000000 10000000
#
# Environment: RUNS (smnpc runs per task, the fastest is reported; default 3), WORK_DIR (where the CSVs
# and outputs go; default a new temporary folder), SEED (default 20006).
# Data: `SmnpcRepro.Benchmarks generate-km ROWS SEED FILE` (bench/SmnpcRepro.Benchmarks/KmDataGenerator.cs):
# three groups, exponential event and censoring times, times with 2 decimals, columns time,status,group.
# smnpc is timed as a whole process (Release, ReadyToRun as bench/publish-smnpc.sh publishes it, `dotnet smnpc.dll`: start-up, reading and parsing the
# CSV, the analysis and writing the JSON). R is timed per call on data already in memory (system.time of
# survfit/survdiff, as in the reference README's timing table), so the ratio understates smnpc's lead; R's
# read.csv time is shown too. R is skipped when Rscript is not installed; the comparison needs python3.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
rows=("$@")
[ ${#rows[@]} -eq 0 ] && rows=(1000000 10000000)
runs="${RUNS:-3}"
seed="${SEED:-20006}"
work="${WORK_DIR:-$(mktemp -d)}"
mkdir -p "$work"
times="10,50,100,200"

echo "Publishing smnpc (Release, ReadyToRun) and building the data generator..." >&2
smnpc="$(bench/publish-smnpc.sh "$work/publish")"
dotnet build -c Release bench/SmnpcRepro.Benchmarks -v q -nologo >/dev/null
bench="bench/SmnpcRepro.Benchmarks/bin/Release/net10.0/SmnpcRepro.Benchmarks.dll"
have_r=0
command -v Rscript >/dev/null 2>&1 && have_r=1

# fastest wall time (seconds) of $runs runs of a command whose stdout goes to $1
fastest() {
  local out="$1"; shift
  local best=""
  for _ in $(seq "$runs"); do
    local t0 t1 s
    t0=$(date +%s%N); "$@" >"$out"; t1=$(date +%s%N)
    s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    if [ -z "$best" ] || awk -v x="$s" -v y="$best" 'BEGIN { exit !(x < y) }'; then best="$s"; fi
  done
  echo "$best"
}

report=()
for n in "${rows[@]}"; do
  csv="$work/km_$n.csv"
  [ -f "$csv" ] || { echo "Generating $n rows -> $csv" >&2; dotnet "$bench" generate-km "$n" "$seed" "$csv"; }
  echo "Timing smnpc on $n rows ($runs runs each)..." >&2
  t_km1=$(fastest "$work/smnpc_km1_$n.json" dotnet "$smnpc" stats km --data "$csv" --time time --event status --times "$times" --json)
  t_km3=$(fastest "$work/smnpc_km3_$n.json" dotnet "$smnpc" stats km --data "$csv" --time time --event status --group group --json)
  t_lr=$(fastest "$work/smnpc_lr_$n.json" dotnet "$smnpc" stats logrank --data "$csv" --time time --event status --group group --json)
  r_json="$work/r_$n.json"
  if [ "$have_r" = 1 ]; then
    echo "Timing R on $n rows..." >&2
    Rscript bench/compare-km-logrank.R "$csv" "$times" >"$r_json"
  fi
  report+=("$n $t_km1 $t_km3 $t_lr")
done

python3 - "$work" "$have_r" "${report[@]}" <<'PY'
import json, sys, math
work, have_r, rows = sys.argv[1], sys.argv[2] == "1", [r.split() for r in sys.argv[3:]]
def close(a, b, tol=1e-9):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= tol * max(abs(a), abs(b), 1e-300)
print()
print("| rows | task | smnpc (s, whole CLI) | R (s, call on data in memory) | R read.csv (s) | R / smnpc | numbers agree |")
print("|---:|---|---:|---:|---:|---:|---|")
for n, t1, t3, tl in rows:
    km1 = json.load(open(f"{work}/smnpc_km1_{n}.json"))
    km3 = json.load(open(f"{work}/smnpc_km3_{n}.json"))
    lr = json.load(open(f"{work}/smnpc_lr_{n}.json"))
    r = json.load(open(f"{work}/r_{n}.json")) if have_r else None
    checks = {}
    if r:
        s = km1["strata"][0]
        at = s["at_times"]
        checks["km1"] = all([close(s["median"], r["km1"]["median"]), close(s["0.95LCL"], r["km1"]["lcl"]), close(s["0.95UCL"], r["km1"]["ucl"]),
                             close(s["rmean"], r["km1"]["rmean"]), len(s["curve"]["time"]) == r["km1"]["n_times"],
                             all(close(a, b) for a, b in zip(at["surv"], r["km1"]["surv"])),
                             all(close(a, b) for a, b in zip(at["lower"], r["km1"]["lower"])),
                             all(close(a, b) for a, b in zip(at["upper"], r["km1"]["upper"]))])
        checks["km3"] = all(close(c["median"], m) and close(c["0.95LCL"], l) and close(c["0.95UCL"], u)
                            for c, m, l, u in zip(km3["strata"], r["km3"]["median"], r["km3"]["lcl"], r["km3"]["ucl"]))
        var = [x for row in lr["var"] for x in row]
        checks["lr"] = close(lr["chisq"], r["logrank"]["chisq"]) and all(close(a, b) for a, b in zip(lr["obs"], r["logrank"]["obs"])) \
            and all(close(a, b) for a, b in zip(lr["exp"], r["logrank"]["exp"])) and all(close(a, b, 1e-8) for a, b in zip(var, r["logrank"]["var"]))
    for task, t, key, rkey in [("KM, 1 curve", t1, "km1", "survfit_1"), ("KM, 3 groups", t3, "km3", "survfit_3"), ("log-rank, 3 groups", tl, "lr", "survdiff_3")]:
        if r:
            rt = r["seconds"][rkey]
            print(f"| {int(n):,} | {task} | {float(t):.2f} | {rt:.2f} | {r['seconds']['read.csv']:.2f} | {rt / float(t):.1f}x | {'yes' if checks[key] else 'NO'} |")
        else:
            print(f"| {int(n):,} | {task} | {float(t):.2f} | (no Rscript) | | | |")
if have_r:
    print()
    print("Agreement: medians, their CIs, rmean, the number of curve times, S and its CI at t = 10, 50, 100, 200 (1e-9 relative);")
    print("log-rank chisq, observed and expected (1e-9), variance matrix (1e-8).")
PY
echo "Files in $work" >&2
