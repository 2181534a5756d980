; Included into electron-builder's NSIS script (electron-builder.yml → nsis.include). The machine lockdown is a
; separate, explicit step (Set-KioskLockdown.ps1, docs/deployment.md); uninstalling reverts it, but an update —
; which runs the old version's uninstaller with the "updated" flag — leaves it in place.
; 64-bit PowerShell from the 32-bit installer: $WINDIR\Sysnative, else (64-bit installer) System32.

!macro customUnInstall
  ${ifNot} ${isUpdated}
    StrCpy $0 "$WINDIR\Sysnative\WindowsPowerShell\v1.0\powershell.exe"
    ${IfNot} ${FileExists} "$0"
      StrCpy $0 "$WINDIR\System32\WindowsPowerShell\v1.0\powershell.exe"
    ${EndIf}
    nsExec::ExecToLog '"$0" -NoProfile -NonInteractive -ExecutionPolicy Bypass -File "$INSTDIR\resources\deploy\Undo-KioskLockdown.ps1"'
    Pop $1
    DetailPrint "GovKiosk lockdown undo: exit $1"
  ${endIf}
!macroend
