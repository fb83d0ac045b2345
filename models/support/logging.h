#pragma once

#include <QLoggingCategory>

// One logging category per room of newsdesk (docs/ARCHITECTURE.md). Every
// failure is logged here with its details (a failed statement with its SQL
// error, a file with its path) and passed to the caller, who decides what the
// person sees. Debug messages are off unless QT_LOGGING_RULES turns them on:
//
//   QT_LOGGING_RULES="newsdesk.*.debug=true" newsdesk
Q_DECLARE_LOGGING_CATEGORY(lcListing) // newsdesk.listing: reading listing files
Q_DECLARE_LOGGING_CATEGORY(lcImport)  // newsdesk.import: importing files and folders
Q_DECLARE_LOGGING_CATEGORY(lcStore)   // newsdesk.store: the cache and its SQL
Q_DECLARE_LOGGING_CATEGORY(lcModels)  // newsdesk.models: the item models
Q_DECLARE_LOGGING_CATEGORY(lcExport)  // newsdesk.export: exports, print and copy
Q_DECLARE_LOGGING_CATEGORY(lcI18n)    // newsdesk.i18n: catalogues and the language choice
Q_DECLARE_LOGGING_CATEGORY(lcUi)      // newsdesk.ui: the window
Q_DECLARE_LOGGING_CATEGORY(lcCli)     // newsdesk.cli: the command line
