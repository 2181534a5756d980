# Shared by Set-KioskLockdown.ps1 and Undo-KioskLockdown.ps1 (dot-sourced). Windows PowerShell 5.1, 64-bit,
# as an administrator. Nothing here writes a password anywhere but the LSA secret store.
Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

$script:EmbeddedNamespace = 'root\standardcimv2\embedded'
$script:WinlogonKey = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon'
$script:StateDir = Join-Path $env:ProgramData 'gov-kiosk'
$script:StateFile = Join-Path $script:StateDir 'lockdown-state.json'

# Keys the Keyboard Filter blocks for the kiosk account: no task switching, no Start menu, no lock or sign-out
# screen, no Run box, no closing the window. Names are WEKF_PredefinedKey ids.
$script:BlockedKeys = @(
  'Ctrl+Alt+Del', 'Win+L', 'Alt+Tab', 'Alt+F4', 'Ctrl+Esc', 'Ctrl+Shift+Esc', 'Win+R', 'Win+E', 'Win+D',
  'Win+Tab', 'Windows', 'LaunchApp1', 'LaunchApp2', 'LaunchMail', 'BrowserHome'
)

function Assert-KioskHost {
  if (-not [Environment]::Is64BitProcess) { throw 'Run the 64-bit Windows PowerShell (registry and WMI views differ).' }
  $principal = [Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()
  if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) { throw 'Run as an administrator.' }
}

function Read-LockdownState {
  if (Test-Path -LiteralPath $script:StateFile) {
    return Get-Content -LiteralPath $script:StateFile -Raw | ConvertFrom-Json
  }
  return $null
}

function Write-LockdownState([hashtable] $State) {
  New-Item -ItemType Directory -Force -Path $script:StateDir | Out-Null
  $State | ConvertTo-Json | Set-Content -LiteralPath $script:StateFile -Encoding UTF8
}

function Test-EmbeddedClass([string] $ClassName) {
  return $null -ne (Get-CimClass -Namespace $script:EmbeddedNamespace -ClassName $ClassName -ErrorAction SilentlyContinue)
}

# The LSA secret 'DefaultPassword' is where Winlogon reads the auto-logon password from when it is not in the
# registry: the approach Sysinternals Autologon takes. LsaStorePrivateData with a null value deletes it.
Add-Type -TypeDefinition @'
using System;
using System.Runtime.InteropServices;
public static class KioskLsa {
  [StructLayout(LayoutKind.Sequential)] struct LSA_UNICODE_STRING { public ushort Length; public ushort MaximumLength; public IntPtr Buffer; }
  [StructLayout(LayoutKind.Sequential)] struct LSA_OBJECT_ATTRIBUTES { public int Length; public IntPtr RootDirectory; public IntPtr ObjectName; public uint Attributes; public IntPtr SecurityDescriptor; public IntPtr SecurityQualityOfService; }
  [DllImport("advapi32.dll")] static extern uint LsaOpenPolicy(IntPtr system, ref LSA_OBJECT_ATTRIBUTES attributes, uint access, out IntPtr handle);
  [DllImport("advapi32.dll")] static extern uint LsaStorePrivateData(IntPtr policy, ref LSA_UNICODE_STRING key, IntPtr data);
  [DllImport("advapi32.dll")] static extern uint LsaClose(IntPtr handle);
  [DllImport("advapi32.dll")] static extern int LsaNtStatusToWinError(uint status);
  const uint POLICY_CREATE_SECRET = 0x20;
  static LSA_UNICODE_STRING Text(IntPtr buffer, int chars) {
    return new LSA_UNICODE_STRING { Buffer = buffer, Length = (ushort)(chars * 2), MaximumLength = (ushort)(chars * 2 + 2) };
  }
  // secret: a BSTR from SecureStringToBSTR (zeroed by the caller), or IntPtr.Zero to delete.
  public static void Store(string name, IntPtr secret, int secretChars) {
    var attributes = new LSA_OBJECT_ATTRIBUTES();
    IntPtr policy;
    uint status = LsaOpenPolicy(IntPtr.Zero, ref attributes, POLICY_CREATE_SECRET, out policy);
    if (status != 0) throw new System.ComponentModel.Win32Exception(LsaNtStatusToWinError(status));
    IntPtr nameBuffer = Marshal.StringToHGlobalUni(name);
    IntPtr value = IntPtr.Zero;
    try {
      var key = Text(nameBuffer, name.Length);
      if (secret != IntPtr.Zero) {
        value = Marshal.AllocHGlobal(Marshal.SizeOf(typeof(LSA_UNICODE_STRING)));
        Marshal.StructureToPtr(Text(secret, secretChars), value, false);
      }
      status = LsaStorePrivateData(policy, ref key, value);
      if (status != 0 && !(secret == IntPtr.Zero && status == 0xC0000034)) // deleting what is not there is fine
        throw new System.ComponentModel.Win32Exception(LsaNtStatusToWinError(status));
    } finally {
      if (value != IntPtr.Zero) Marshal.FreeHGlobal(value);
      Marshal.FreeHGlobal(nameBuffer);
      LsaClose(policy);
    }
  }
}
'@

function Set-LsaDefaultPassword([securestring] $Password) {
  $bstr = [Runtime.InteropServices.Marshal]::SecureStringToBSTR($Password)
  try { [KioskLsa]::Store('DefaultPassword', $bstr, $Password.Length) }
  finally { [Runtime.InteropServices.Marshal]::ZeroFreeBSTR($bstr) }
}

function Remove-LsaDefaultPassword {
  [KioskLsa]::Store('DefaultPassword', [IntPtr]::Zero, 0)
}
