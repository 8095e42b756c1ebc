#!/usr/bin/env bash
# What the tests need from Debian: chromium for the browser tests, CJK fonts so Chinese renders,
# PostgreSQL for the integration tests, nginx for the reverse-proxy tests. Skips what is there; installs the rest when run as root.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
# The browser's own words (file pickers, date fields) in Chinese in the screenshots, as a town office sees them.
[ -f /usr/lib/chromium/locales/zh-CN.pak ] || need+=(chromium-l10n)
[ -d /usr/share/fonts/opentype/noto ] || need+=(fonts-noto-cjk)
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/sbin/nginx ] || need+=(nginx-light)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "Please install: ${need[*]} (apt-get install ${need[*]})" >&2; exit 1; fi
  echo "Installing ${need[*]} ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
