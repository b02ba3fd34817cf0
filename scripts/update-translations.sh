#!/bin/sh
# Refreshes the translation sources from the code: every tr() string of the
# app lands in resources/translations/*.ts (new ones unfinished, removed ones
# dropped). Translate the Spanish file with Qt Linguist
# (`linguist resources/translations/branchdesk_es_CO.ts`); the test suite
# fails while a Spanish translation is missing or unfinished.
set -eu
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
"$LUPDATE" -silent -locations none -no-obsolete -extensions cpp,h \
    app ui models services -ts resources/translations/branchdesk_es_CO.ts
# English is the source language: only plural forms need an English entry.
"$LUPDATE" -silent -locations none -no-obsolete -pluralonly -extensions cpp,h \
    app ui models services -ts resources/translations/branchdesk_en.ts
