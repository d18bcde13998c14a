; Inno Setup script for Office Planner (Inno Setup 6.3 or later).
;
;   iscc packaging\windows\officeplanner.iss                  (after PyInstaller; see packaging\README.md)
;   iscc /DAppVersion=0.1.0 packaging\windows\officeplanner.iss
;
; Installs dist\OfficePlanner\ (the PyInstaller folder) with a Start-menu entry, opens
; .officeplan files with Office Planner (double-click passes the file as "%1"), and
; uninstalls cleanly from Settings > Apps. Per-user install needs no administrator;
; an administrator may choose "for all users" instead (PrivilegesRequiredOverridesAllowed).
; Output: dist\OfficePlanner-<version>-setup.exe

#define AppName "Office Planner"
#define ExeName "OfficePlanner.exe"
#define ProgId "OfficePlanner.officeplan"
#define BuildDir SourcePath + "..\..\dist\OfficePlanner"
#ifndef AppVersion
  ; The version PyInstaller wrote into the exe's resources (officeplanner.__version__).
  #define AppVersion GetVersionNumbersString(BuildDir + "\" + ExeName)
#endif

[Setup]
; The AppId identifies the app to the uninstaller and to upgrades: never change it.
AppId={{E5DCEFF4-A06C-435A-9891-ABE4D5C730D6}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default (no UAC prompt); the user may switch to an all-users install.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; The .officeplan association is registered below; tell Explorer to refresh its icons.
ChangesAssociations=yes
SetupIconFile=..\build\officeplanner.ico
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=OfficePlanner-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "norwegian"; MessagesFile: "compiler:Languages\Norwegian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A previous version's bundled libraries: the new build brings its own complete set.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#ExeName}"; Comment: "Plan hybrid work offline"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install, HKLM for an all-users one (Software\Classes either way).
; The file type: .officeplan -> OfficePlanner.officeplan -> open with "%1".
Root: HKA; Subkey: "Software\Classes\.officeplan"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.officeplan\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Office Planner office file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ExeName},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""
; "Open with" lists the app for its own file type.
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\SupportedTypes"; ValueType: string; ValueName: ".officeplan"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
