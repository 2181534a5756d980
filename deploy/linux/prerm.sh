#!/bin/bash
# The deb's prerm (electron-builder.yml → deb.fpm --before-remove). dpkg calls it as: prerm remove, or
# prerm upgrade <new version>. Removing stops the kiosk and gives tty1 back to a login prompt; an upgrade leaves
# the kiosk running (postinst restarts it on the new version).
set -euo pipefail

case "${1:-}" in
  remove | deconfigure)
    if [ -d /run/systemd/system ]; then
      systemctl stop gov-kiosk.service || true
    fi
    systemctl disable gov-kiosk.service >/dev/null 2>&1 || true
    ;;
  *) ;;
esac
exit 0
