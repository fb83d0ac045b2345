#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// A problem found while reading a listing file or importing it. Diagnostics are
// values handed to the caller (command line, window, tests), never only logged.
struct Diagnostic
{
    enum class Severity { Warning, Error };

    QString file;
    int line = 0; // 1-based; 0 when the problem concerns the whole file
    Severity severity = Severity::Error;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    // "file:line: error: message", the form compilers use, so editors can jump to it.
    QString toString() const;

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = QList<Diagnostic>;

Q_DECLARE_METATYPE(Diagnostic)
