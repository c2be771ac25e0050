#!/usr/bin/env bash
# Sets up a fresh machine: the Debian packages the tests and reports need (when missing), then the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
# Liberation Serif 2 (Times New Roman's metrics, every Vietnamese letter): 1.x lacks ắ, ơ, ư and LibreOffice
# and the chart would mix in another font's glyphs.
[ -e /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] || need+=(fonts-liberation2)
command -v fc-query >/dev/null 2>&1 || need+=(fontconfig)

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else sudo="none"; fi
  if [ "$sudo" = "none" ]; then
    echo "Thiếu gói hệ thống: ${need[*]}. Hãy cài bằng: apt-get install ${need[*]}" >&2
  else
    echo "Cài gói hệ thống: ${need[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
fi

# `npm ci`: exactly the locked versions, for every platform the lock lists (tests/install/lock.test.ts keeps it so).
npm ci --no-audit --no-fund

# The command line runs as a prebuilt bundle (npm start rebuilds it too when the sources are newer).
node scripts/build-cli.mjs
