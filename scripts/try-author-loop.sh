#!/usr/bin/env bash
# Try the author's loop and the drift gate as their users would, in a temporary copy of this repository
# (the working tree is never touched). Each step prints what it expects and exits non-zero on the first surprise.
#
#   scripts/try-author-loop.sh            all steps (about 5 minutes on the project's 2-core machine)
#
# 1. a hand edit of a printed number ("19 deaths" → "18 deaths"): `smnpc check` exits 1 and names the line;
# 2. a template edited without a rebuild: `smnpc check` exits 1;
# 3. the first censored patient followed 7.5 months longer and dead: `dotnet cake` exits 0, the
#    manuscript says 20 deaths, manuscript/changes.md reports 19 → 20, `.ci/run` exits 0, and nothing outside
#    data/cohort.csv and manuscript/ changed;
# 4. data/study.yaml's provenance set to real: no generated file says "synthetic", CI green;
# 5. a fresh clone + `dotnet cake` leaves `git status` clean.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
say() { printf '\n== %s\n' "$*"; }
fail() { printf 'UNEXPECTED: %s\n' "$*" >&2; exit 1; }

say "fresh clone of the committed tree into $work/repo"
git clone -q "$here" "$work/repo"
[ -d "$here/../shared" ] && ln -s "$here/../shared" "$work/shared"
cd "$work/repo"
dotnet tool restore >/dev/null
smnpc() { dotnet src/SmnpcRepro.Cli/bin/Release/net10.0/smnpc.dll "$@"; }

say "5. a fresh clone + dotnet cake leaves git status clean"
start=$(date +%s)
dotnet cake >"$work/cake0.log" 2>&1 || { tail -40 "$work/cake0.log"; fail "dotnet cake failed on a fresh clone"; }
echo "dotnet cake on a fresh clone: $(( $(date +%s) - start )) s"
[ -z "$(git status --porcelain)" ] || { git status --short; fail "a fresh clone is not clean after dotnet cake"; }

say "1. hand edit of a printed number"
cp manuscript/manuscript.md "$work/manuscript.md"
sed -i 's/19 deaths/18 deaths/' manuscript/manuscript.md
if smnpc check >"$work/check1.md"; then fail "check passed a hand edit"; fi
grep -F '18 deaths' "$work/check1.md" || fail "check did not name the edited line"
cp "$work/manuscript.md" manuscript/manuscript.md

say "2. a template edited without a rebuild"
sed -i 's/Ultimately,/In the end,/' manuscript/templates/results-survival.md.scriban
if smnpc check >"$work/check2.md"; then fail "check passed an edited template"; fi
grep -F 'In the end' "$work/check2.md" || fail "check did not show the template's effect"
git checkout -q -- manuscript/templates/results-survival.md.scriban

# The first censored patient (the cohort is regenerated from time to time, so no record id is typed here).
edited=$(awk -F, 'NR > 1 && $NF == 0 { print $1; exit }' data/cohort.csv)
[ -n "$edited" ] || fail "data/cohort.csv has no censored patient to edit"
say "3. patient $edited, censored, is followed 7.5 months longer and dies; dotnet cake regenerates and judges"
awk -F, -v OFS=, -v id="$edited" 'NR > 1 && $1 == id { $(NF - 1) = $(NF - 1) + 7.5; $NF = 1 } { print }' data/cohort.csv >"$work/cohort.csv"
mv "$work/cohort.csv" data/cohort.csv
grep -q "^$edited,.*,1\$" data/cohort.csv || fail "patient $edited was not edited"
start=$(date +%s)
dotnet cake >"$work/cake3.log" 2>&1 || { tail -40 "$work/cake3.log"; fail "dotnet cake failed after a data edit"; }
echo "dotnet cake after a data edit on a built tree: $(( $(date +%s) - start )) s"
grep -F 'Ultimately, 20 deaths' manuscript/manuscript.md || fail "the manuscript does not say 20 deaths"
grep -F 'deaths, n 19 → 20' manuscript/changes.md || fail "changes.md does not report 19 → 20"
grep -A8 'Changed since the previous build' "$work/cake3.log" || true
outside=$(git status --porcelain | awk '{print $2}' | grep -v -E '^(data/cohort\.csv|manuscript/)' || true)
[ -z "$outside" ] || fail "files outside data/cohort.csv and manuscript/ changed: $outside"
start=$(date +%s)
CI=true bash .ci/run >"$work/ci3.log" 2>&1 || { tail -40 "$work/ci3.log"; fail ".ci/run failed after the data edit"; }
echo ".ci/run after the data edit: $(( $(date +%s) - start )) s"; tail -3 "$work/ci3.log"
git checkout -q -- data manuscript && git clean -qfd manuscript

say "4. provenance: real"
sed -i 's/^  provenance: synthetic/  provenance: real/' data/study.yaml
dotnet cake >"$work/cake4.log" 2>&1 || { tail -40 "$work/cake4.log"; fail "dotnet cake failed with real provenance"; }
if grep -ril 'synthetic' manuscript --include='*.md' --include='*.html' --include='*.json' --include='*.svg' --exclude-dir=templates; then
  fail "a generated file still says synthetic"
fi
CI=true bash .ci/run >"$work/ci4.log" 2>&1 || { tail -40 "$work/ci4.log"; fail ".ci/run failed with real provenance"; }

say "all steps behaved as expected"
