#!/usr/bin/env bash
# Build the manuscript twice more, under a German and a Turkish locale with ICU globalization on, and
# check every generated file (Markdown, HTML, DOCX, SVG, PDF, PNG, JSON) is byte-identical to the first build.
#   scripts/check-determinism.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/SmnpcRepro.Cli -c Release -v q -nologo > /dev/null
smnpc() { dotnet src/SmnpcRepro.Cli/bin/Release/net10.0/smnpc.dll "$@"; }
sums() { (cd manuscript && find . -type f ! -path './templates/*' -print0 | sort -z | xargs -0 sha256sum); }
smnpc build > /dev/null
first="$(sums)"
for locale in de_DE.UTF-8 tr_TR.UTF-8; do
  LANG="$locale" DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=0 smnpc build > /dev/null
  if [ "$(sums)" != "$first" ]; then
    echo "manuscript/ differs under $locale:" >&2
    diff <(echo "$first") <(sums) >&2 || true
    exit 1
  fi
  echo "identical under $locale ($(echo "$first" | wc -l) files)"
done
