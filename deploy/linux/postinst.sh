#!/bin/bash
# The deb's postinst (electron-builder.yml → deb.afterInstall). electron-builder renders it as a template first:
# the two macros in braces below become the executable name and /opt folder name; shell variables in this file
# are written without braces so they are left alone. It replaces electron-builder's own after-install script,
# so it does that script's work too (the command link, the Chromium sandbox helper, the AppArmor profile),
# then sets up the machine: the service user, the configuration's permissions, udev, the kiosk service.
# dpkg calls it as: postinst configure [<version installed before>].
set -euo pipefail

app_dir='/opt/${sanitizedProductName}'
executable='${executable}'
kiosk_user=gov-kiosk
home=/var/lib/gov-kiosk
config_dir=/etc/gov-kiosk
systemd_running=false
if [ -d /run/systemd/system ]; then systemd_running=true; fi

# --- electron-builder's own steps -------------------------------------------------------------------------
if type update-alternatives >/dev/null 2>&1; then
  if [ -L "/usr/bin/$executable" ] && [ -e "/usr/bin/$executable" ] \
    && [ "$(readlink "/usr/bin/$executable")" != "/etc/alternatives/$executable" ]; then
    rm -f "/usr/bin/$executable"
  fi
  update-alternatives --install "/usr/bin/$executable" "$executable" "$app_dir/$executable" 100 \
    || ln -sf "$app_dir/$executable" "/usr/bin/$executable"
else
  ln -sf "$app_dir/$executable" "/usr/bin/$executable"
fi

# Chromium's sandbox: setuid helper only where the kernel has no working user namespaces (Kylin V10 may not).
if ! { [ -L /proc/self/ns/user ] && unshare --user true; } 2>/dev/null; then
  chmod 4755 "$app_dir/chrome-sandbox" || true
else
  chmod 0755 "$app_dir/chrome-sandbox" || true
fi

if apparmor_status --enabled >/dev/null 2>&1; then
  profile_source="$app_dir/resources/apparmor-profile"
  profile_target="/etc/apparmor.d/$executable"
  if apparmor_parser --skip-kernel-load --debug "$profile_source" >/dev/null 2>&1; then
    cp -f "$profile_source" "$profile_target"
    if ! { [ -x /usr/bin/ischroot ] && /usr/bin/ischroot; } && hash apparmor_parser 2>/dev/null; then
      apparmor_parser --replace --write-cache --skip-read-cache "$profile_target"
    fi
  fi
fi

# --- the machine -------------------------------------------------------------------------------------------
# The service user: a system account without a login shell or password, its home the data folder.
if ! getent passwd "$kiosk_user" >/dev/null; then
  useradd --system --user-group --home-dir "$home" --shell /usr/sbin/nologin \
    --comment 'GovKiosk self-service terminal' "$kiosk_user"
fi
# Serial ports on other bridges, USB printers, cameras, sound, GPU rendering — only the groups that exist here.
for group in dialout lp video audio render; do
  if getent group "$group" >/dev/null; then usermod -a -G "$group" "$kiosk_user"; fi
done
install -d -m 0700 -o "$kiosk_user" -g "$kiosk_user" "$home"

# The configuration holds the platform token: readable by the kiosk, writable by root only. dpkg keeps a
# changed file on upgrade (a conffile); these permissions are set again each time.
install -d -m 0750 -o root -g "$kiosk_user" "$config_dir"
if [ -f "$config_dir/kiosk.config.json" ]; then
  chown root:"$kiosk_user" "$config_dir/kiosk.config.json"
  chmod 0640 "$config_dir/kiosk.config.json"
fi

# Ctrl+Alt+Del must not reboot a public machine (before cage owns the keyboard, the kernel passes it on).
systemctl mask ctrl-alt-del.target >/dev/null 2>&1 || true
systemctl enable gov-kiosk.service >/dev/null 2>&1 || true

if [ "$systemd_running" = true ]; then
  systemctl daemon-reload
  sysctl -q -p /usr/lib/sysctl.d/90-gov-kiosk.conf || true
  if command -v udevadm >/dev/null 2>&1; then
    udevadm control --reload-rules || true
    udevadm trigger --action=change --subsystem-match=tty --subsystem-match=hidraw --subsystem-match=usbmisc || true
  fi
  # A fresh install takes tty1 over now; an upgrade restarts a running kiosk on the new version.
  if [ -z "${2:-}" ]; then
    systemctl start --no-block gov-kiosk.service || true
  else
    systemctl try-restart --no-block gov-kiosk.service || true
  fi
fi
exit 0
