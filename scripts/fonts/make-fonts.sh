#!/usr/bin/env bash
# Rebuilds assets/fonts from Debian's fonts-noto-cjk (SIL Open Font License 1.1):
#   apt-get install fonts-noto-cjk python3-fonttools python3-brotli
# The kiosk embeds its own font so printed documents and screens never depend on what a machine has installed.
set -euo pipefail
cd "$(dirname "$0")/../.."
src=/usr/share/fonts/opentype/noto
out=assets/fonts
tmp=$(mktemp -d)
/usr/bin/python3 scripts/fonts/charset.py > "$tmp/chars.txt"
for weight in Regular Bold; do
  # Face 2 of the collection is Simplified Chinese.
  /usr/bin/python3 -m fontTools.subset "$src/NotoSansCJK-$weight.ttc" --font-number=2 \
    --text-file="$tmp/chars.txt" --layout-features='*' --no-hinting --desubroutinize \
    --output-file="$out/NotoSansSC-$weight.otf"
  /usr/bin/python3 -m fontTools.subset "$out/NotoSansSC-$weight.otf" --text-file="$tmp/chars.txt" \
    --layout-features='*' --flavor=woff2 --output-file="$out/NotoSansSC-$weight.woff2"
done
rm -rf "$tmp"
ls -l "$out"
