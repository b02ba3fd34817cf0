# Windows installer (NSIS) -- ON PAPER: not built or tested here; see
# installer/README.md ("Windows") for everything a Windows build still needs
# before this file is enough. Included by installer/CMakeLists.txt when WIN32.
#
# Build on Windows with MSVC 2019+ and Qt 6.4+ for MSVC (from the Qt online
# installer; Qt HttpServer and Qt PDF are add-ons there), QtKeychain built
# for that Qt (vcpkg port "qtkeychain-qt6"), then from a "x64 Native Tools"
# prompt:
#   cmake --preset release -G Ninja && cmake --build --preset release
#   cpack --config build-release/CPackConfig.cmake -G NSIS      (or -G WIX)

# --- Qt deployment (windeployqt) ------------------------------------------------
# Copies the Qt DLLs and the plugins both programs load at run time next to
# them: platforms/qwindows, tls/qschannelbackend (and qopensslbackend if
# OpenSSL DLLs are shipped), sqldrivers/qsqlite, iconengines/qsvgicon,
# imageformats/qsvg, styles/qwindowsvistastyle; writes a qt.conf. Qt 6.4's
# qt_generate_deploy_app_script() deploys one executable only, so this is the
# same call made by hand for both.
set(branchdesk_deploy_script "${CMAKE_CURRENT_BINARY_DIR}/deploy-windows.cmake")
file(GENERATE OUTPUT "${branchdesk_deploy_script}" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:branchdesk>\"
    ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:branchdesk-sandbox>\"
    GENERATE_QT_CONF)
")
install(SCRIPT "${branchdesk_deploy_script}")
# QtKeychain's DLL (the Windows Credential Manager backend needs nothing else)
# and the MSVC runtime.
install(FILES "$<TARGET_FILE:Qt6Keychain::Qt6Keychain>" DESTINATION bin)
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)
# The training server runs `openssl` to make its certificates, and Windows has
# none: ship an openssl.exe (with its libcrypto/libssl DLLs) in bin/ and have
# TrainingServer pass `--openssl <bin>/openssl.exe` (see README).
# install(PROGRAMS "${BRANCHDESK_OPENSSL_EXE}" DESTINATION bin)

# --- Code signing ---------------------------------------------------------------
# Authenticode: sign bin/*.exe and *.dll before CPack packs them (a
# CPACK_PRE_BUILD_SCRIPTS script running `signtool sign /fd SHA256 /tr <TSA>
# /td SHA256 /f <cert> ...` on CPACK_TEMPORARY_INSTALL_DIRECTORY), and the
# installer itself after (CPACK_POST_BUILD_SCRIPTS, same tool). The
# certificate lives in the bank's signing service or an HSM, never in the
# repository.
# set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/sign-binaries.cmake")
# set(CPACK_POST_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/sign-installer.cmake")

# --- NSIS -------------------------------------------------------------------------
set(CPACK_GENERATOR "NSIS")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "BranchDesk")
set(CPACK_PACKAGE_EXECUTABLES "branchdesk" "BranchDesk")   # Start menu shortcut
set(CPACK_CREATE_DESKTOP_LINKS "branchdesk")
set(CPACK_NSIS_PACKAGE_NAME "BranchDesk")
set(CPACK_NSIS_DISPLAY_NAME "BranchDesk ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\branchdesk.exe")
# Needs resources/icons/branchdesk.ico (not made yet: the SVG at 16-256 px).
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/branchdesk.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/branchdesk.ico")
set(CPACK_NSIS_URL_INFO_ABOUT "${BRANCHDESK_HOMEPAGE}")
set(CPACK_NSIS_CONTACT "${BRANCHDESK_MAINTAINER}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Per-machine install; user data (%APPDATA%\BranchDesk, %LOCALAPPDATA%\BranchDesk,
# the Credential Manager entries "BranchDesk") is never removed by the uninstaller.
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")

# --- WiX (the alternative IT may prefer for Group Policy / Intune deployment) ---
# A stable upgrade code, so a newer MSI replaces the older one.
set(CPACK_WIX_UPGRADE_GUID "8E7A3F2C-51B4-4C1E-9F0D-6B2A7C4E9D13")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/icons/branchdesk.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "BranchDesk")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${BRANCHDESK_HOMEPAGE}")
