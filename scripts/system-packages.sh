#!/usr/bin/env bash
# Installs the Debian packages the project needs, when running as root on Debian and they are
# missing. Elsewhere it says what to install and carries on (the tests that need a missing
# component then skip with the reason, except under CI where they fail).
# Usage: system-packages.sh run|test  (what the program needs, or that plus what the tests need)
#   tzdata                      time zones
#   hunspell-* libenchant-2-2   spelling (LI009)
# and for the tests:
#   khal                        a real calendar client for the .ics export tests
#   chromium                    the browser the Playwright tests drive (never `playwright install`)
#   postfix dovecot-*           a real SMTP server and IMAP server on loopback for the mail tests
#   spamassassin spamc spamd    an outside judge of the e-mails we write (score below 1.0)
#   faketime                    the suite run again with the machine's date shifted (make test-shifted)
set -euo pipefail
packages=(tzdata hunspell-fr hunspell-en-us hunspell-en-gb libenchant-2-2)
if [ "${1:-test}" = test ]; then
  packages+=(khal chromium postfix dovecot-imapd dovecot-lmtpd openssl spamassassin spamc spamd faketime)
fi
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  # Postfix asks how it should run: local only, and it never starts here (the tests start
  # their own instance on loopback).
  echo "postfix postfix/main_mailer_type select Local only" | debconf-set-selections
  echo "postfix postfix/mailname string localhost" | debconf-set-selections
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "note: these system packages are missing: ${missing[*]} (install them with your package manager)" >&2
fi
