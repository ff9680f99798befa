#!/usr/bin/env bash
# Installs the Debian packages the project needs, when running as root on Debian and they
# are missing. Elsewhere it says what to install and carries on.
set -euo pipefail
packages=(tzdata khal hunspell-fr hunspell-en-us hunspell-en-gb libenchant-2-2 chromium)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "note: these system packages are missing: ${missing[*]} (install them with your package manager)" >&2
fi
