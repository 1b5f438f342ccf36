; Facilitator's Windows installer: 64-bit, per user (no administrator rights), Swedish texts.
; Built by packaging/windows/build.sh with Debian's makensis:
;   makensis -NOCD -DVERSION=0.1.0 -DBUNDLE=/path/to/dist/facilitator -DOUTFILE=/path/Facilitator-0.1.0-setup.exe
;            -DINSTALLED_KB=123456 -DICON=/path/facilitator.ico installer.nsi
; Silent install: Facilitator-<version>-setup.exe /S   (optionally /D=C:\another\folder, last)
; Silent uninstall: "%LOCALAPPDATA%\Programs\Facilitator\uninstall.exe" /S

Target amd64-unicode                ; a 64-bit stub (a 32-bit one does nothing on 64-bit-only Wine)
SetCompressor /SOLID lzma
SetCompressorDictSize 64
ManifestDPIAware true
RequestExecutionLevel user

!ifndef VERSION | BUNDLE | OUTFILE | INSTALLED_KB | ICON
  !error "define VERSION, BUNDLE, OUTFILE, INSTALLED_KB and ICON (see build.sh)"
!endif

!define APP "Facilitator"
!define PUBLISHER "Facilitator"
!define EXE "facilitator.exe"
!define PROGID "Facilitator.Process"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define CLASSES "Software\Classes"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} installationsprogram"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

!include "MUI2.nsh"
!include "LogicLib.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_NOREBOOTSUPPORT

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Swedish first: it is the default when Windows' language is neither of the two.
!insertmacro MUI_LANGUAGE "Swedish"
!insertmacro MUI_LANGUAGE "English"

LangString FILE_TYPE ${LANG_SWEDISH} "Facilitator-process"
LangString FILE_TYPE ${LANG_ENGLISH} "Facilitator process"
LangString SHORTCUT_DESCRIPTION ${LANG_SWEDISH} "Planera och genomför delaktighetsprocesser"
LangString SHORTCUT_DESCRIPTION ${LANG_ENGLISH} "Plan and run participatory processes"
LangString NOT_OURS ${LANG_SWEDISH} "Mappen $INSTDIR innehåller inte Facilitator. Avinstallationen avbryts."
LangString NOT_OURS ${LANG_ENGLISH} "The folder $INSTDIR does not hold Facilitator. Nothing was removed."

Section "${APP}" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An older version's files go first, so none of them linger beside the new ones.
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}/*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 SW_SHOWNORMAL "" "$(SHORTCUT_DESCRIPTION)"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${INSTALLED_KB}
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1

  ; .facilitator files open in Facilitator (for this user).
  WriteRegStr HKCU "${CLASSES}\.facilitator" "" "${PROGID}"
  WriteRegStr HKCU "${CLASSES}\.facilitator" "Content Type" "application/x-facilitator"
  WriteRegStr HKCU "${CLASSES}\.facilitator\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "${CLASSES}\${PROGID}" "" "$(FILE_TYPE)"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\shell" "" "open"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr HKCU "${CLASSES}\Applications\${EXE}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr HKCU "${CLASSES}\Applications\${EXE}\SupportedTypes" ".facilitator" ""
  ; SHCNE_ASSOCCHANGED, SHCNF_IDLIST: Explorer picks up the new icon and verb.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  ; Only our own files: the folder may have been chosen by the user.
  ${IfNot} ${FileExists} "$INSTDIR\${EXE}"
  ${AndIfNot} ${FileExists} "$INSTDIR\_internal\*.*"
    MessageBox MB_ICONSTOP "$(NOT_OURS)" /SD IDOK
    Abort
  ${EndIf}
  Delete "$INSTDIR\${EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  Delete "$SMPROGRAMS\${APP}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"

  DeleteRegKey HKCU "${CLASSES}\${PROGID}"
  DeleteRegKey HKCU "${CLASSES}\Applications\${EXE}"
  DeleteRegValue HKCU "${CLASSES}\.facilitator\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "${CLASSES}\.facilitator\OpenWithProgids"
  ReadRegStr $0 HKCU "${CLASSES}\.facilitator" ""
  ${If} $0 == "${PROGID}"
    DeleteRegValue HKCU "${CLASSES}\.facilitator" ""
    DeleteRegValue HKCU "${CLASSES}\.facilitator" "Content Type"
  ${EndIf}
  DeleteRegKey /ifempty HKCU "${CLASSES}\.facilitator"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
