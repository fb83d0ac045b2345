#pragma once

#include <QString>
#include <QtGlobal>

#include <utility>
#include <variant>

// What a store backend answers: a value, or why there is none (a sentence for
// people that names the cache; the details went to the log, newsdesk.store).
// StoreResult<> says only whether an operation worked.
template <typename T = std::monostate>
class [[nodiscard]] StoreResult
{
public:
    StoreResult(T value = T())
        : m_value(std::move(value))
    {
    }
    static StoreResult failure(QString error)
    {
        Q_ASSERT(!error.isEmpty());
        StoreResult result;
        result.m_error = std::move(error);
        return result;
    }

    bool ok() const { return m_error.isEmpty(); }
    // The value; on failure what "nothing" looks like (0, an empty list).
    const T &value() const { return m_value; }
    T takeValue() { return std::move(m_value); }
    QString error() const { return m_error; }

private:
    T m_value;
    QString m_error;
};
