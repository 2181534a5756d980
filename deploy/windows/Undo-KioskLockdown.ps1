#Requires -Version 5.1
#Requires -RunAsAdministrator
<#
.SYNOPSIS
  Reverts Set-KioskLockdown.ps1. The uninstaller runs it (deploy/windows/installer.nsh), except when an update
  replaces the installed version; an administrator may run it by hand.

.DESCRIPTION
  Undoes each step of the lockdown in reverse order (Undo-Kiosk<Step> for each Set-Kiosk<Step>), as far as
  %ProgramData%\gov-kiosk\lockdown-state.json says it changed things: the Keyboard Filter keys it turned on, the
  kiosk account's auto-logon (LSA secret and Winlogon values), its Shell Launcher entry (and Shell Launcher itself
  when it was off before), and the account when the lockdown created it (-KeepAccount keeps it). Windows
  features the lockdown enabled stay enabled: turning them off needs a restart and harms nothing.
  Safe to run twice, or without a state file (then only what is clearly the kiosk's is removed).
#>
[CmdletBinding(SupportsShouldProcess)]
param(
  [string] $KioskUser,
  [switch] $KeepAccount
)

. (Join-Path $PSScriptRoot 'KioskLockdown.Common.ps1')
Assert-KioskHost

$state = Read-LockdownState
if (-not $KioskUser) { $KioskUser = if ($state) { $state.kioskUser } else { 'govkiosk' } }
$account = Get-LocalUser -Name $KioskUser -ErrorAction SilentlyContinue
$sid = if ($account) { $account.SID.Value } elseif ($state -and $state.PSObject.Properties['kioskSid']) { $state.kioskSid } else { $null }

function Undo-KioskKeyboardFilter {
  if (-not (Test-EmbeddedClass 'WEKF_PredefinedKey')) { return }
  $keys = if ($state -and $state.PSObject.Properties['blockedKeys']) { @($state.blockedKeys) } else { @() }
  foreach ($id in $keys) {
    $key = Get-CimInstance -Namespace $script:EmbeddedNamespace -ClassName WEKF_PredefinedKey -Filter "Id='$id'"
    if ($key -and $key.Enabled) { Set-CimInstance -InputObject $key -Property @{ Enabled = $false } }
  }
}

function Undo-KioskAutoLogon {
  $current = (Get-ItemProperty -LiteralPath $script:WinlogonKey -Name DefaultUserName -ErrorAction SilentlyContinue).DefaultUserName
  if ($current -ne $KioskUser) { return } # someone else's auto-logon: not ours to remove
  Set-ItemProperty -LiteralPath $script:WinlogonKey -Name AutoAdminLogon -Value '0'
  Remove-ItemProperty -LiteralPath $script:WinlogonKey -Name DefaultUserName -ErrorAction SilentlyContinue
  Remove-ItemProperty -LiteralPath $script:WinlogonKey -Name DefaultDomainName -ErrorAction SilentlyContinue
  Remove-ItemProperty -LiteralPath $script:WinlogonKey -Name DefaultPassword -ErrorAction SilentlyContinue
  Remove-LsaDefaultPassword
}

function Undo-KioskShell {
  if (-not (Test-EmbeddedClass 'WESL_UserSetting') -or -not $sid) { return }
  $wesl = [wmiclass]"\\.\$($script:EmbeddedNamespace):WESL_UserSetting"
  $wesl.RemoveCustomShell($sid) | Out-Null
  $wasEnabled = $state -and $state.PSObject.Properties['shellLauncherWasEnabled'] -and $state.shellLauncherWasEnabled
  if (-not $wasEnabled) { $wesl.SetEnabled($false) | Out-Null }
}

function Undo-KioskAccount {
  $created = $state -and $state.PSObject.Properties['accountCreated'] -and $state.accountCreated
  if ($account -and $created -and -not $KeepAccount) { Remove-LocalUser -Name $KioskUser }
}

Undo-KioskKeyboardFilter
Undo-KioskAutoLogon
Undo-KioskShell
Undo-KioskAccount
if (Test-Path -LiteralPath $script:StateFile) { Remove-Item -LiteralPath $script:StateFile }
Write-Output "GovKiosk lockdown removed for $KioskUser."
