#!/usr/bin/env bash
# Look at the rebuilt paper as a reader would: render manuscript/manuscript.html in headless Chromium
# and save full-page screenshots (one per viewport height) to artifacts/screenshots/.
# Needs Debian's chromium (apt-get install -y chromium); not part of the build or the tests.
#   scripts/screenshot-manuscript.sh [manuscript/manuscript.html] [width] [height]
set -euo pipefail
cd "$(dirname "$0")/.."
page="${1:-manuscript/manuscript.html}"
width="${2:-1200}"
height="${3:-9000}"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "chromium is not installed (apt-get install -y chromium)" >&2
  exit 2
fi
out="artifacts/screenshots"
mkdir -p "$out"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --hide-scrollbars --user-data-dir="$profile" --window-size="${width},${height}" \
  --screenshot="$out/$(basename "$page" .html).png" "file://$PWD/$page" 2>/dev/null
echo "wrote $out/$(basename "$page" .html).png (${width}x${height})"
