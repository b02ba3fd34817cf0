# macOS disk image (DragNDrop) -- ON PAPER: not built or tested here; see
# installer/README.md ("macOS") for what a macOS build still needs before this
# file is enough. Included by installer/CMakeLists.txt when APPLE.
#
# Build on macOS with Qt 6.4+ (Qt online installer, with Qt HttpServer and
# Qt PDF), QtKeychain (Homebrew "qtkeychain"), then:
#   cmake --preset release && cmake --build --preset release
#   cpack --config build-release/CPackConfig.cmake -G DragNDrop

# --- The app bundle -------------------------------------------------------------
# branchdesk must become BranchDesk.app: in app/CMakeLists.txt
#   set_target_properties(branchdesk PROPERTIES
#       MACOSX_BUNDLE ON
#       OUTPUT_NAME BranchDesk
#       MACOSX_BUNDLE_GUI_IDENTIFIER co.branchdesk.BranchDesk
#       MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
#       MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
#       MACOSX_BUNDLE_ICON_FILE branchdesk.icns)
#   install(TARGETS branchdesk BUNDLE DESTINATION .)
# and branchdesk-sandbox installed into BranchDesk.app/Contents/MacOS, next to
# the app's executable, where TrainingServer looks for it:
#   install(TARGETS branchdesk-sandbox RUNTIME DESTINATION BranchDesk.app/Contents/MacOS)
# resources/icons/branchdesk.icns (iconutil from a .iconset of the PNGs) is not made yet.

# --- Qt deployment (macdeployqt) ----------------------------------------------
# Copies the Qt frameworks and plugins (platforms/libqcocoa, tls/libqsecuretransportbackend,
# sqldrivers/libqsqlite, iconengines/libqsvgicon, imageformats/libqsvg) and
# QtKeychain into the bundle, and rewrites the install names; the sandbox is
# passed as an extra executable so its Qt HttpServer/WebSockets come along.
if(TARGET branchdesk AND QT_DEPLOY_SUPPORT)
    set(branchdesk_deploy_script "${CMAKE_CURRENT_BINARY_DIR}/deploy-macos.cmake")
    file(GENERATE OUTPUT "${branchdesk_deploy_script}" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE \"$<TARGET_FILE_NAME:branchdesk>.app\"
    ADDITIONAL_EXECUTABLES \"$<TARGET_FILE_NAME:branchdesk>.app/Contents/MacOS/branchdesk-sandbox\")
")
    install(SCRIPT "${branchdesk_deploy_script}")
endif()

# --- Keychain -------------------------------------------------------------------
# QtKeychain uses the macOS Keychain (Security framework) on its own: no
# Secret Service, nothing to ship. Entries: service "BranchDesk", accounts
# "<Environment>/client_id" and "<Environment>/client_secret".

# --- Code signing and notarization ---------------------------------------------
# Gatekeeper blocks an unsigned app. Sign everything inside the bundle, then
# the bundle, with a "Developer ID Application" certificate and the hardened
# runtime, before the DMG is made; then sign and notarize the DMG:
#   codesign --force --options runtime --timestamp --sign "Developer ID Application: <bank>" \
#            BranchDesk.app/Contents/MacOS/branchdesk-sandbox BranchDesk.app
#   xcrun notarytool submit BranchDesk-<version>.dmg --keychain-profile <profile> --wait
#   xcrun stapler staple BranchDesk-<version>.dmg
# (a CPACK_PRE_BUILD_SCRIPTS script for the bundle, CPACK_POST_BUILD_SCRIPTS for the DMG).

# --- DragNDrop ------------------------------------------------------------------
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "BranchDesk")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_FILE_NAME "BranchDesk-${PROJECT_VERSION}")
# The license is shown before the disk image mounts.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE ON)
