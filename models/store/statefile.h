#pragma once

#include "models/store/statesnapshot.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// The state file: everything the person made (labels, saved views, read,
// starred, hidden, notes — StateSnapshot), as JSON a person can read and
// another newsdesk can merge (`newsdesk state export FILE`, `state import
// FILE`, File ▸ Export Your Data…):
//
//   {"format": "newsdesk-state", "version": 1, "exported": "2026-12-05T12:00:00Z",
//    "lastVisit": 1764936000000,
//    "labels": [{"name": "Budget", "color": "#3465a4", "position": 0}],
//    "views": [{"name": "Kultur", "position": 0, "filter": {...ItemFilter::toJson()}}],
//    "items": [{"key": "9f0c…", "title": "…", "read": true, "starred": false, "hidden": false,
//               "forgotten": false, "labels": ["Budget"], "note": "…"}]}
//
// QtCore only, no SQL: the store makes and merges the snapshot
// (NewsStore::stateSnapshot(), mergeState()). Writing goes through QSaveFile
// (the file appears whole or not at all); reading checks the format, the
// version (a newer one is refused by name) and the type of every field.
// Every error names the file, a JSON syntax error also its line.
class StateFile final
{
    Q_DECLARE_TR_FUNCTIONS(StateFile)

public:
    static constexpr int Version = 1;
    static QString formatName() { return QStringLiteral("newsdesk-state"); }

    static bool write(const StateSnapshot &snapshot, const QString &path, QString *error = nullptr);
    static std::optional<StateSnapshot> read(const QString &path, QString *error = nullptr);

    // The JSON form without a file (write() and read() use them). fromJson's
    // errors do not name a file; "source" names what is read in them.
    static QJsonObject toJson(const StateSnapshot &snapshot);
    static std::optional<StateSnapshot> fromJson(const QJsonObject &json, const QString &source,
                                                 QString *error = nullptr);
};
