; Inno Setup script: a per-user installer (no administrator rights) for the one-folder build.
; packaging/build.py runs it when ISCC is on the PATH, passing the values below with /D:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\roundtable-desktop /DOutputDir=dist
;        /DIconFile=build\icons\roundtable-desktop.ico packaging\windows\roundtable-desktop.iss
#ifndef AppVersion
  #error Pass the version: /DAppVersion=X.Y.Z
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\roundtable-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\roundtable-desktop.ico"
#endif

[Setup]
AppId={{6C1D2F4E-5B7A-4E0C-9A51-3D2B8E7F4A10}
AppName=Roundtable Desktop
AppVersion={#AppVersion}
AppPublisher=Roundtable Desktop
DefaultDirName={autopf}\Roundtable Desktop
DefaultGroupName=Roundtable Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir={#OutputDir}
OutputBaseFilename=roundtable-desktop-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\roundtable-desktop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Roundtable Desktop"; Filename: "{app}\roundtable-desktop.exe"
Name: "{autodesktop}\Roundtable Desktop"; Filename: "{app}\roundtable-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\roundtable-desktop.exe"; Description: "{cm:LaunchProgram,Roundtable Desktop}"; Flags: nowait postinstall skipifsilent
