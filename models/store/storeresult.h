#pragma once

#include <QString>
#include <QtGlobal>

#include <utility>
#include <variant>

// What kind of failure a store met, so that a caller can react to it (a
// damaged cache is set aside and rebuilt; the others are said and left alone).
enum class StoreFailure {
    None,
    Failed,      // anything else (a locked cache, a full disk, a statement)
    Damaged,     // the cache's file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB, a truncated file,
                 // a damaged header, a write-ahead log of another database)
    StateDamaged, // the state database beside the cache is damaged (the cache is not): it is restored from
                  // its backup at the next open that may write, and the cache is never set aside for it
    NotACache,   // a file that is not a newsdesk cache (another program's SQLite database): never touched
    Newer,       // a cache written by a newer newsdesk
    NotWritable, // the cache or its folder may only be read (and the operation needs to write)
    Password,    // a shared archive's server asks for a password: none was found (PGPASSWORD, ~/.pgpass,
                 // one given in this process) or the one given was refused
    Outdated,    // a change of the items a person was shown found other items by then: nothing was written
};

// What a store backend answers: a value, or why there is none (a sentence for
// people that names the cache; the details went to the log, newsdesk.store)
// and what kind of failure it was. StoreResult<> says only whether an
// operation worked.
template <typename T = std::monostate>
class [[nodiscard]] StoreResult
{
public:
    StoreResult(T value = T())
        : m_value(std::move(value))
    {
    }
    static StoreResult failure(QString error, StoreFailure kind = StoreFailure::Failed)
    {
        Q_ASSERT(!error.isEmpty());
        StoreResult result;
        result.m_error = std::move(error);
        result.m_kind = kind;
        return result;
    }

    bool ok() const { return m_error.isEmpty(); }
    // The value; on failure what "nothing" looks like (0, an empty list).
    const T &value() const { return m_value; }
    T takeValue() { return std::move(m_value); }
    QString error() const { return m_error; }
    StoreFailure kind() const { return m_kind; }

private:
    T m_value;
    QString m_error;
    StoreFailure m_kind = StoreFailure::None;
};
