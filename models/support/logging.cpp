#include "models/support/logging.h"

Q_LOGGING_CATEGORY(lcListing, "newsdesk.listing", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "newsdesk.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "newsdesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "newsdesk.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "newsdesk.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcI18n, "newsdesk.i18n", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "newsdesk.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "newsdesk.cli", QtInfoMsg)
