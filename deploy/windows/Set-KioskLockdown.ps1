#Requires -Version 5.1
#Requires -RunAsAdministrator
<#
.SYNOPSIS
  Locks a Windows machine down as a GovKiosk terminal, after the silent install (GovKiosk-Setup.exe /S).

.DESCRIPTION
  Each step has its undo in Undo-KioskLockdown.ps1 (Set-Kiosk<Step> / Undo-Kiosk<Step>), which the uninstaller
  runs, and records what it changed in %ProgramData%\gov-kiosk\lockdown-state.json so the undo reverts only that.
  1. Account      a local standard account for the kiosk (created if missing).
  2. Shell        Shell Launcher: GovKiosk.exe is that account's shell instead of Explorer, restarted when it exits;
                  every other account keeps Explorer. Needs Enterprise, Education or IoT Enterprise (the feature
                  Client-EmbeddedShellLauncher, enabled here; a restart may be needed the first time).
  3. AutoLogon    Windows signs the kiosk account in at boot. The password goes to the LSA secret store — through
                  Sysinternals Autologon when -AutologonExe is given, else through LsaStorePrivateData, the same
                  store Autologon uses — never to the registry, a file or the console.
  4. KeyboardFilter  where the edition has it (Client-KeyboardFilter): Ctrl+Alt+Del, Win+L, Alt+Tab, Alt+F4 and
                  the other keys in $BlockedKeys do nothing for the kiosk account; administrators are not filtered.
  The password is never a parameter in plain text: give a SecureString (Read-Host -AsSecureString, or from the
  deployment tool's vault), or none, and a random one nobody knows is generated — auto-logon is then the only
  way in for the kiosk account, which is what a kiosk wants.

.EXAMPLE
  $pw = Read-Host -AsSecureString 'Kiosk account password'
  .\Set-KioskLockdown.ps1 -KioskUser govkiosk -Password $pw -AutologonExe C:\Tools\Autologon64.exe
#>
[CmdletBinding(SupportsShouldProcess)]
param(
  [ValidatePattern('^[A-Za-z0-9._-]{1,20}$')] [string] $KioskUser = 'govkiosk',
  [securestring] $Password,
  [string] $KioskExe = (Join-Path $env:ProgramFiles 'GovKiosk\GovKiosk.exe'),
  [string] $AutologonExe,
  [switch] $SkipKeyboardFilter
)

. (Join-Path $PSScriptRoot 'KioskLockdown.Common.ps1')
Assert-KioskHost
if (-not (Test-Path -LiteralPath $KioskExe)) { throw "GovKiosk is not installed at $KioskExe (install it first: GovKiosk-Setup.exe /S)." }

$state = @{ kioskUser = $KioskUser; kioskExe = $KioskExe; when = (Get-Date).ToString('o') }

function New-RandomPassword {
  $bytes = New-Object byte[] 24
  [Security.Cryptography.RandomNumberGenerator]::Create().GetBytes($bytes)
  $secure = New-Object Security.SecureString
  foreach ($c in [Convert]::ToBase64String($bytes).ToCharArray()) { $secure.AppendChar($c) }
  $secure.AppendChar('!')
  $secure.MakeReadOnly()
  return $secure
}

function Set-KioskAccount {
  $existing = Get-LocalUser -Name $KioskUser -ErrorAction SilentlyContinue
  if ($existing) {
    $state.accountCreated = $false
    if ($Password) { $existing | Set-LocalUser -Password $Password }
  } else {
    New-LocalUser -Name $KioskUser -Password $Password -FullName 'GovKiosk' -Description 'Self-service terminal (GovKiosk)' `
      -PasswordNeverExpires -UserMayNotChangePassword -AccountNeverExpires | Out-Null
    Add-LocalGroupMember -SID 'S-1-5-32-545' -Member $KioskUser # BUILTIN\Users
    $state.accountCreated = $true
  }
  $state.kioskSid = (Get-LocalUser -Name $KioskUser).SID.Value
}

function Set-KioskShell {
  $feature = Get-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -ErrorAction SilentlyContinue
  if (-not $feature) { throw 'This edition has no Shell Launcher (Enterprise, Education or IoT Enterprise needed).' }
  if ($feature.State -ne 'Enabled') {
    Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -NoRestart | Out-Null
    $state.shellLauncherFeatureEnabled = $true
  }
  if (-not (Test-EmbeddedClass 'WESL_UserSetting')) { throw 'Shell Launcher was enabled; restart Windows and run this script again.' }
  $wesl = [wmiclass]"\\.\$($script:EmbeddedNamespace):WESL_UserSetting"
  $state.shellLauncherWasEnabled = [bool]$wesl.IsEnabled().Enabled
  # DefaultAction 0: restart the shell when it exits. Everyone else: Explorer.
  $wesl.SetDefaultShell('explorer.exe', 0) | Out-Null
  $wesl.SetCustomShell($state.kioskSid, "`"$KioskExe`"", $null, $null, 0) | Out-Null
  $wesl.SetEnabled($true) | Out-Null
}

function Set-KioskAutoLogon {
  $plain = $null
  if ($AutologonExe) {
    if (-not (Test-Path -LiteralPath $AutologonExe)) { throw "Autologon not found at $AutologonExe" }
    # Autologon takes the password on its command line; it is decoded only for that call and never stored.
    $bstr = [Runtime.InteropServices.Marshal]::SecureStringToBSTR($Password)
    try {
      $plain = [Runtime.InteropServices.Marshal]::PtrToStringBSTR($bstr)
      & $AutologonExe /accepteula $KioskUser $env:COMPUTERNAME $plain | Out-Null
      if ($LASTEXITCODE -ne 0) { throw "Autologon exited with $LASTEXITCODE" }
    } finally {
      $plain = $null
      [Runtime.InteropServices.Marshal]::ZeroFreeBSTR($bstr)
    }
  } else {
    Set-LsaDefaultPassword $Password
    Set-ItemProperty -LiteralPath $script:WinlogonKey -Name DefaultUserName -Value $KioskUser
    Set-ItemProperty -LiteralPath $script:WinlogonKey -Name DefaultDomainName -Value $env:COMPUTERNAME
    Set-ItemProperty -LiteralPath $script:WinlogonKey -Name AutoAdminLogon -Value '1'
  }
  # A password left in the registry by an older tool would be read before the LSA secret: never keep one.
  Remove-ItemProperty -LiteralPath $script:WinlogonKey -Name DefaultPassword -ErrorAction SilentlyContinue
  $state.autoLogon = $true
}

function Set-KioskKeyboardFilter {
  $state.blockedKeys = @()
  if ($SkipKeyboardFilter) { return }
  $feature = Get-WindowsOptionalFeature -Online -FeatureName Client-KeyboardFilter -ErrorAction SilentlyContinue
  if (-not $feature) { Write-Warning 'This edition has no Keyboard Filter; skipped.'; return }
  if ($feature.State -ne 'Enabled') {
    Enable-WindowsOptionalFeature -Online -FeatureName Client-KeyboardFilter -NoRestart | Out-Null
    $state.keyboardFilterFeatureEnabled = $true
  }
  if (-not (Test-EmbeddedClass 'WEKF_PredefinedKey')) { Write-Warning 'Keyboard Filter needs a restart; run this script again.'; return }
  $settings = Get-CimInstance -Namespace $script:EmbeddedNamespace -ClassName WEKF_Settings |
    Where-Object Name -EQ 'DisableKeyboardFilterForAdministrators'
  if ($settings) { Set-CimInstance -InputObject $settings -Property @{ Value = 'true' } }
  foreach ($id in $script:BlockedKeys) {
    $key = Get-CimInstance -Namespace $script:EmbeddedNamespace -ClassName WEKF_PredefinedKey -Filter "Id='$id'"
    if ($key -and -not $key.Enabled) {
      Set-CimInstance -InputObject $key -Property @{ Enabled = $true }
      $state.blockedKeys += $id
    }
  }
}

if (-not $Password) { $Password = New-RandomPassword }
try {
  Set-KioskAccount
  Set-KioskShell
  Set-KioskAutoLogon
  Set-KioskKeyboardFilter
} finally {
  Write-LockdownState $state
}
Write-Output "GovKiosk lockdown applied for $KioskUser; restart Windows to start the kiosk. Undo: Undo-KioskLockdown.ps1."
