; Inno Setup 6 script: a per-user installer for the PyInstaller bundle.
;
;   powershell -File packaging\windows\build_windows.ps1       (bundle, self-test, installer)
; or by hand, after PyInstaller made dist\CooperationDesk:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\coopdesk.iss
;
; Gives dist\CooperationDesk-<version>-setup.exe. No administrator rights are asked for:
; the program goes to %LOCALAPPDATA%\Programs\Cooperation Desk, the shortcuts to the user's
; Start menu. The workspace (%LOCALAPPDATA%\Cooperation Desk\workspace, the encrypted
; database and its keys) is the user's data: the installer never writes there and the
; uninstaller only removes the files the installer put in place, so the workspace stays.
; Keep AppVersion equal to the version in pyproject.toml (tests/test_packaging.py checks).

#define AppName "Cooperation Desk"
#define AppVersion "0.1.0"
#define AppExe "coopdesk.exe"
#define CliExe "coopdesk-cli.exe"
#define Bundle "..\..\dist\CooperationDesk"

[Setup]
; The AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{04C8F7DC-6C6E-43A6-AD45-7990652A915E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Cooperation Desk developers
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per-user install, no elevation.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=CooperationDesk-{#AppVersion}-setup
SetupIconFile=coopdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running Cooperation Desk is asked to close before its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle's library folder whole: no file of the old version stays
; to be loaded by the new one. Only inside {app}, never the workspace.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
; A console in the program folder, where coopdesk-cli.exe runs.
Name: "{autoprograms}\{#AppName} command line"; Filename: "{cmd}"; Parameters: "/k {#CliExe} --help"; WorkingDir: "{app}"; IconFilename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes what [Files] installed,
; and the workspace in %LOCALAPPDATA%\Cooperation Desk was never one of those files.

[Code]
{ The program must not be installed inside the workspace's folder: keep the user's data
  and the program apart, so that removing one can never remove the other. }
function InsideDataFolder(Dir: String): Boolean;
var
  Data: String;
begin
  Data := Uppercase(AddBackslash(ExpandConstant('{localappdata}\{#AppName}')));
  Result := Pos(Data, Uppercase(AddBackslash(Dir))) = 1;
end;

function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if (CurPageID = wpSelectDir) and InsideDataFolder(WizardDirValue) then
  begin
    MsgBox(ExpandConstant('{localappdata}\{#AppName}') + ' holds your Cooperation Desk ' +
      'workspace. Please choose another folder for the program.', mbError, MB_OK);
    Result := False;
  end;
end;
