; Inno Setup script: installs dist\wijkzorg (from packaging/wijkzorg.spec) for all users.
; Build on Windows: iscc packaging\windows\wijkzorg.iss
#define AppVersion "0.1.0"

[Setup]
AppId={{6F1D2B4E-3C1A-4B8E-9D21-7A5C2E0F9B13}
AppName=Wijkzorg Desktop
AppVersion={#AppVersion}
AppPublisher=Wijkzorg
DefaultDirName={autopf}\Wijkzorg Desktop
DefaultGroupName=Wijkzorg Desktop
OutputBaseFilename=wijkzorg-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
PrivilegesRequired=admin
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[Files]
Source: "..\..\dist\wijkzorg\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Wijkzorg Desktop"; Filename: "{app}\wijkzorg.exe"
Name: "{commondesktop}\Wijkzorg Desktop"; Filename: "{app}\wijkzorg.exe"

[Run]
Filename: "{app}\wijkzorg.exe"; Description: "Wijkzorg Desktop starten"; Flags: nowait postinstall skipifsilent
