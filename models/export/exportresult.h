#pragma once

#include <QString>

// How an export ended. A failed or cancelled export to a file left no file
// behind, and an existing file untouched.
struct ExportResult
{
    enum class Status { Finished, Cancelled, Failed };

    Status status = Status::Failed;
    QString error;          // for a person; empty unless Failed
    qsizetype itemCount = 0; // items written

    bool ok() const { return status == Status::Finished; }
    bool isCancelled() const { return status == Status::Cancelled; }
};
