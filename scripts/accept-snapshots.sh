#!/usr/bin/env bash
# Accept every snapshot as the code now makes it, and remove orphans (snapshots no test uses any more).
#
#   scripts/accept-snapshots.sh                      all test projects
#   scripts/accept-snapshots.sh tests/SmnpcRepro.Manuscript.Tests   one project
#
# A failing snapshot test reports every mismatch of its run and writes the new text beside the old one in
# __snapshots__/__mismatch__/. Read those diffs first (`git diff` after this script shows them again): a snapshot
# that moved is a question — did this number mean to move? Then run this script. It deletes the project's
# snapshots, runs the tests once without strict mode (Snapshooter writes each snapshot a test takes, so only
# the ones still used come back), then once more in strict mode, as CI does, to prove they all match.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(find tests -maxdepth 2 -name '*.Tests.csproj' -printf '%h\n' | sort)
fi

for project in "${targets[@]}"; do
  find "$project" -path '*/bin' -prune -o -path '*/obj' -prune -o -type d -name '__snapshots__' -print |
    while read -r folder; do
      find "$folder" -maxdepth 1 -type f -name '*.snap' -delete
      rm -rf "$folder/__mismatch__"
    done
done

for project in "${targets[@]}"; do
  echo "== writing the snapshots of $project"
  SNAPSHOOTER_STRICT_MODE=false dotnet test "$project" --nologo -v quiet || true
done

status=0
for project in "${targets[@]}"; do
  echo "== checking $project in strict mode (as CI)"
  SNAPSHOOTER_STRICT_MODE=true dotnet test "$project" --nologo -v quiet || status=1
done

git status --short -- 'tests/**/__snapshots__/*' || true
exit $status
