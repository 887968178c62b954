; Inno Setup script for Acupressure Desktop on Windows.
; build_windows.py runs:
;   iscc /DAppVersion=<version> /DSourceDir=<bundle> /DIconFile=<ico> /DOutputDir=<dist> acupressure-desktop.iss
; Installs for the current user by default (no administrator rights needed); the user may choose
; an installation for everyone instead. Uninstalling keeps the user's history and settings.

#ifndef AppVersion
  #error Pass /DAppVersion=x.y.z
#endif
#ifndef SourceDir
  #error Pass /DSourceDir=<folder built by PyInstaller>
#endif
#ifndef IconFile
  #error Pass /DIconFile=<acupressure-desktop.ico>
#endif
#ifndef OutputDir
  #define OutputDir "."
#endif

[Setup]
AppId={{6F4B8E2A-3C1D-4A57-9E0B-8D2F6A1C7E35}
AppName=Acupressure Desktop
AppVersion={#AppVersion}
AppPublisher=Acupressure Desktop contributors
DefaultDirName={autopf}\Acupressure Desktop
DefaultGroupName=Acupressure Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=acupressure-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\Acupressure Desktop.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
LicenseFile=..\..\LICENSE

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Acupressure Desktop"; Filename: "{app}\Acupressure Desktop.exe"; AppUserModelID: "org.acupressuredesktop.AcupressureDesktop"
Name: "{autodesktop}\Acupressure Desktop"; Filename: "{app}\Acupressure Desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Acupressure Desktop.exe"; Description: "{cm:LaunchProgram,Acupressure Desktop}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; A running copy would keep its files open; ask it to close first.
Filename: "{sys}\taskkill.exe"; Parameters: "/IM ""Acupressure Desktop.exe"""; Flags: runhidden; RunOnceId: "CloseApp"
