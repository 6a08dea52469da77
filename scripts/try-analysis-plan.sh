#!/usr/bin/env bash
# The study declared once, tried as a statistician would: each scenario edits only data/ in a temporary clone of
# the committed tree (the working tree is never touched), then runs `dotnet cake` and `.ci/run` and checks what
# the manuscript says. Exits non-zero on the first surprise.
#
#   scripts/try-analysis-plan.sh [a] [b] [c] [d] [e]     (default: all five; about 4 minutes each on 2 cores)
#
# a. KPS cut-point 80 → 70 in data/study.yaml: Table 1, Table 2 and the text say <70/≥70, nothing prints the KPS
#    cut 80, the reproduction report gives the changed cut-point as the reason for KPS's rows; CI green.
# b. a new factor entry {key: metastasis_timing, field: metastasis_timing, label: Metastasis onset}: a Table 2
#    row, counted in the appendix; CI green.
# c. an optional `crp` field added to data/cohort.dictionary.csv after `alb`, with an empty column in the data:
#    builds; CI green.
# d. the KPS entry's field misspelt `kps_pre`: `dotnet cake` fails naming data/study.yaml, its line and kps_pre;
#    manuscript/ unchanged.
# e. metastatic level coded categorical with Thoracic as reference (`coding: categorical`, `reference: Thoracic`):
#    Table 2 prints its joint P and one HR per group against Thoracic, numbers.json has the contrasts' ids, the
#    reproduction report gives the coding as the reason; CI green.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
scenarios=("$@")
[ ${#scenarios[@]} -eq 0 ] && scenarios=(a b c d e)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
say() { printf '\n== %s\n' "$*"; }
fail() { printf 'UNEXPECTED: %s\n' "$*" >&2; exit 1; }

fresh() {
  rm -rf "$work/repo"
  git clone -q "$here" "$work/repo"
  [ -d "$here/../shared" ] && [ ! -e "$work/shared" ] && ln -s "$here/../shared" "$work/shared"
  cd "$work/repo"
  dotnet tool restore >/dev/null
}

regenerate_and_ci() {
  dotnet cake >"$work/cake.log" 2>&1 || { tail -40 "$work/cake.log"; fail "dotnet cake failed"; }
  bash .ci/run >"$work/ci.log" 2>&1 || { tail -60 "$work/ci.log"; fail ".ci/run failed"; }
  echo "dotnet cake and .ci/run: green"
}

for s in "${scenarios[@]}"; do
  case "$s" in
    a)
      say "a. KPS cut-point 80 → 70 (data/study.yaml only)"
      fresh
      python3 - <<'PY'
p = 'data/study.yaml'
s = open(p).read()
old = "    label: Preoperative KPS\n    cut: 80\n"
assert old in s
open(p, 'w').write(s.replace(old, "    label: Preoperative KPS\n    cut: 70\n"))
PY
      regenerate_and_ci
      grep -q '&emsp;<70 |' manuscript/manuscript.md || fail "Table 1 does not show <70"
      grep -q '<70 vs ≥70' manuscript/manuscript.md || fail "Table 2 does not show <70 vs ≥70"
      grep -q 'KPS <70' manuscript/manuscript.md || fail "the text does not say KPS <70"
      if grep -E '(<|≥)80' manuscript/manuscript.md manuscript/appendix-robustness.md; then fail "a KPS cut of 80 is still printed"; fi
      grep -q 'departs from the paper for Preoperative KPS: it cuts it at <70/≥70 (the paper at <80/≥80)' manuscript/reproduction.md \
        || fail "the reproduction report does not give the changed cut-point as the reason"
      ;;
    b)
      say "b. a new factor: metastasis onset"
      fresh
      python3 - <<'PY'
p = 'data/study.yaml'
s = open(p).read()
anchor = "  - key: surgical_option\n"
assert anchor in s
open(p, 'w').write(s.replace(anchor, "  - key: metastasis_timing\n    field: metastasis_timing\n    label: Metastasis onset\n" + anchor))
PY
      regenerate_and_ci
      grep -q '| \*\*Metastasis onset\*\* | | | | | |' manuscript/manuscript.md || fail "no Table 2 row for metastasis onset"
      grep -q 'Metastasis onset' manuscript/appendix-robustness.md || fail "the appendix does not count the new factor"
      grep -q 'adds Metastasis onset' manuscript/reproduction.md || fail "the reproduction report does not name the added factor"
      ;;
    c)
      say "c. an optional crp field in the dictionary, an empty column in the data"
      fresh
      python3 - <<'PY'
p = 'data/cohort.dictionary.csv'
lines = open(p).read().split('\n')
out = []
for l in lines:
    out.append(l)
    if l.startswith('alb,'):
        out.append('crp,laboratory,,text,"CRP",,mg/L,number,0,500,,,,,,,,"C-reactive protein"')
open(p, 'w').write('\n'.join(out))
p = 'data/cohort.csv'
rows = open(p).read().split('\n')
at = rows[0].split(',').index('alb') + 1
for i, r in enumerate(rows):
    if r:
        cells = r.split(',')
        cells.insert(at, 'crp' if i == 0 else '')
        rows[i] = ','.join(cells)
open(p, 'w').write('\n'.join(rows))
PY
      regenerate_and_ci
      ;;
    d)
      say "d. the KPS entry's field misspelt kps_pre"
      fresh
      dotnet cake >"$work/cake-clean.log" 2>&1 || { tail -40 "$work/cake-clean.log"; fail "dotnet cake failed before the edit"; }
      before=$(find manuscript -type f -exec sha256sum {} + | sort | sha256sum)
      python3 - <<'PY'
p = 'data/study.yaml'
s = open(p).read()
old = "  - key: kps_preop\n    field: kps_preop\n"
assert old in s
open(p, 'w').write(s.replace(old, "  - key: kps_preop\n    field: kps_pre\n"))
PY
      if dotnet cake >"$work/cake.log" 2>&1; then fail "dotnet cake accepted a misspelt field"; fi
      grep -E 'data/study\.yaml\([0-9]+,[0-9]+\): error: the data dictionary has no field .kps_pre.' "$work/cake.log" || { tail -30 "$work/cake.log"; fail "no error naming data/study.yaml, its line and kps_pre"; }
      after=$(find manuscript -type f -exec sha256sum {} + | sort | sha256sum)
      [ "$before" = "$after" ] || fail "manuscript/ changed although the plan is wrong"
      echo "refused, manuscript/ unchanged"
      ;;
    e)
      say "e. metastatic level coded categorical, reference Thoracic (data/study.yaml only)"
      fresh
      python3 - <<'PY'
p = 'data/study.yaml'
s = open(p).read()
old = "    coding: ordinal\n    comparison: C vs T vs L\n"
assert old in s
open(p, 'w').write(s.replace(old, "    coding: categorical\n    reference: Thoracic\n    comparison: C vs T vs L\n"))
PY
      regenerate_and_ci
      grep -q 'C vs T vs L <small>(each vs Thoracic; P of all groups)</small>' manuscript/manuscript.md || fail "Table 2 has no line with the joint P"
      grep -q '&nbsp;&nbsp;Cervical vs Thoracic |' manuscript/manuscript.md || fail "Table 2 has no Cervical vs Thoracic row"
      grep -q '"id": "table2.spine_level.lumbar_sacrum.univariate.hr"' manuscript/numbers.json || fail "numbers.json has no id for the Lumbar/sacrum contrast"
      grep -q 'codes it as categorical, one HR per group against Thoracic' manuscript/reproduction.md \
        || fail "the reproduction report does not give the coding as the reason"
      ;;
    *) fail "unknown scenario '$s' (a, b, c, d or e)" ;;
  esac
  cd "$here"
done
say "every scenario behaved as expected"
