#!/usr/bin/env bash
# A CUPS daemon with a cups-pdf queue for the printer driver tests (electron/devices/printer, test/integration/devices).
# For a fresh Debian machine's CI, run as root; idempotent (a second run changes nothing and exits 0). Works without
# systemd: cupsd is started directly and left running in the background.
#
#   queue     kiosk-pdf (override with KIOSK_CUPS_QUEUE)   device uri cups-pdf:/
#   output    /var/spool/cups-pdf/kiosk (override with KIOSK_CUPS_PDF_DIR), one PDF per job, named …-job_<id>.pdf
set -euo pipefail

queue="${KIOSK_CUPS_QUEUE:-kiosk-pdf}"
out_dir="${KIOSK_CUPS_PDF_DIR:-/var/spool/cups-pdf/kiosk}"

if [[ $EUID -ne 0 ]]; then
  echo "setup-cups: run as root (it installs packages, writes /etc/cups and starts cupsd)" >&2
  exit 1
fi

# cups-pdf is a virtual name on Debian 12 (printer-driver-cups-pdf provides it), so check for either.
# "install ok installed" only: a removed package keeps a dpkg record (its config files) that `dpkg -s` accepts.
installed() {
  local alt
  for alt in "$@"; do
    [[ "$(dpkg-query -W -f='${Status}' "$alt" 2>/dev/null)" == "install ok installed" ]] && return 0
  done
  return 1
}
missing=()
installed cups || missing+=(cups)
installed cups-bsd || missing+=(cups-bsd)
installed cups-client || missing+=(cups-client)
installed printer-driver-cups-pdf cups-pdf || missing+=(cups-pdf)
if ((${#missing[@]})); then
  echo "setup-cups: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# cups-pdf: every job into one directory the test can read, labelled with the job id so a test finds its own file.
mkdir -p "$out_dir"
chmod 0755 "$out_dir"
conf=/etc/cups/cups-pdf.conf
set_option() { # key value: replace an active or commented-out "Key value" line, or append one
  local key="$1" value="$2"
  if grep -Eq "^[#[:space:]]*${key}[[:space:]]" "$conf"; then
    sed -i -E "0,/^[#[:space:]]*${key}[[:space:]].*/s||${key} ${value}|" "$conf"
  else
    printf '%s %s\n' "$key" "$value" >>"$conf"
  fi
}
set_option Out "$out_dir"
set_option AnonDirName "$out_dir"
set_option Label 2
set_option UserUMask 0022

# cupsd without systemd. lpstat -r answers "scheduler is running" once it accepts requests.
scheduler_up() { lpstat -r 2>/dev/null | grep -q 'is running'; }
if ! scheduler_up; then
  mkdir -p /run/cups /var/spool/cups /var/cache/cups /var/log/cups
  echo "setup-cups: starting cupsd"
  /usr/sbin/cupsd
  for _ in $(seq 1 100); do scheduler_up && break; sleep 0.2; done
  if ! scheduler_up; then
    echo "setup-cups: cupsd did not start; last lines of its log:" >&2
    tail -n 20 /var/log/cups/error_log >&2 || true
    exit 1
  fi
fi

ppd=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
if ! lpstat -v "$queue" >/dev/null 2>&1; then
  echo "setup-cups: creating queue $queue"
  lpadmin -p "$queue" -v cups-pdf:/ -P "$ppd" -o printer-error-policy=abort-job
fi
cupsenable "$queue"
cupsaccept "$queue"
echo "setup-cups: queue $queue ready, PDFs land in $out_dir"
