#!/usr/bin/env bash
# Look at the Word documents as a reader would: convert manuscript/*.docx to PDF with LibreOffice (headless),
# then each page to a PNG, into artifacts/docx/. A document LibreOffice cannot open fails the script.
# Needs Debian's libreoffice-writer-nogui and poppler-utils (apt-get install -y libreoffice-writer-nogui
# poppler-utils); not part of the build or the tests.
#   scripts/render-docx.sh [file.docx ...] [--dpi 80]
set -euo pipefail
cd "$(dirname "$0")/.."
dpi=80
files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --dpi) dpi="$2"; shift 2 ;;
    *) files+=("$1"); shift ;;
  esac
done
[ ${#files[@]} -gt 0 ] || files=(manuscript/*.docx)
office="$(command -v soffice || command -v libreoffice || true)"
if [ -z "$office" ] || ! command -v pdftoppm > /dev/null; then
  echo "needs soffice and pdftoppm (apt-get install -y libreoffice-writer-nogui poppler-utils)" >&2
  exit 2
fi
out="artifacts/docx"
mkdir -p "$out"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for docx in "${files[@]}"; do
  stem="$(basename "$docx" .docx)"
  rm -f "$out/$stem.pdf" "$out/$stem"-*.png
  "$office" -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$docx" > /dev/null 2>&1
  if [ ! -s "$out/$stem.pdf" ]; then
    echo "LibreOffice could not convert $docx" >&2
    exit 1
  fi
  pdftoppm -r "$dpi" -png "$out/$stem.pdf" "$out/$stem"
  echo "$docx: $(ls "$out/$stem"-*.png | wc -l) pages in $out/$stem-*.png"
done
