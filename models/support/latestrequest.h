#pragma once

#include <QtGlobal>

#include <atomic>
#include <memory>

// "A newer request supersedes this one": the list's id reads, the category
// counts, a copy to the clipboard. Each next() hands out a Ticket; a ticket is
// current until the next next() or supersede(). A ticket may be copied into a
// job on another thread and asked there, so a job nobody wants any more stops
// early; the owner asks it again when the result arrives.
class LatestRequest final
{
public:
    class Ticket final
    {
    public:
        Ticket() = default; // never current
        bool isCurrent() const { return m_latest && m_latest->load() == m_number; }

    private:
        friend class LatestRequest;
        Ticket(std::shared_ptr<const std::atomic<quint64>> latest, quint64 number)
            : m_latest(std::move(latest)), m_number(number)
        {
        }

        std::shared_ptr<const std::atomic<quint64>> m_latest;
        quint64 m_number = 0;
    };

    LatestRequest() = default;
    Q_DISABLE_COPY_MOVE(LatestRequest)

    // A new request: every earlier ticket stops being current.
    Ticket next() { return Ticket(m_latest, ++*m_latest); }
    // No request is current any more.
    void supersede() { ++*m_latest; }
    // The newest ticket (current until the next next() or supersede()).
    Ticket current() const { return Ticket(m_latest, m_latest->load()); }

private:
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
};
