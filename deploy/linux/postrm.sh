#!/bin/bash
# The deb's postrm (electron-builder.yml → deb.afterRemove), rendered as a template like postinst.sh; it replaces
# electron-builder's after-remove script and does its work too (the command link, the AppArmor profile).
# dpkg calls it as: postrm remove | purge | upgrade | …
# Never deleted, even on purge: /var/lib/gov-kiosk (the store may hold applications the platform has not
# received yet — docs/deployment.md says how to retire a machine) and the gov-kiosk user (Debian practice).
set -euo pipefail

app_dir='/opt/${sanitizedProductName}'
executable='${executable}'

case "${1:-}" in
  remove | purge)
    if type update-alternatives >/dev/null 2>&1; then
      update-alternatives --remove "$executable" "$app_dir/$executable" || true
    else
      rm -f "/usr/bin/$executable"
    fi
    profile="/etc/apparmor.d/$executable"
    if [ -f "$profile" ]; then
      if apparmor_status --enabled >/dev/null 2>&1 && hash apparmor_parser 2>/dev/null; then
        apparmor_parser --remove "$profile" || true
      fi
      rm -f "$profile"
    fi
    systemctl unmask ctrl-alt-del.target >/dev/null 2>&1 || true
    if [ -d /run/systemd/system ]; then
      systemctl daemon-reload || true
      sysctl -q --system || true
      if command -v udevadm >/dev/null 2>&1; then udevadm control --reload-rules || true; fi
    fi
    ;;
  *) ;;
esac
if [ "${1:-}" = purge ]; then
  rmdir /etc/gov-kiosk 2>/dev/null || true
  echo 'gov-kiosk: /var/lib/gov-kiosk (the kiosk store) and the user gov-kiosk are kept; see docs/deployment.md.'
fi
exit 0
