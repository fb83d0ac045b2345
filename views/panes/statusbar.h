#pragma once

#include <QStatusBar>

#include <optional>

class ElidingLabel;
class QLabel;
class QTimer;

// The window's status bar: a message that goes away after a while on the
// left, the import's progress and the count of items on the right. The
// window says what to count (showCounts()); the bar words it, also again
// after a change of language.
class StatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBar)

public:
    // What the count label says.
    struct Counts
    {
        bool cacheOpen = false;
        bool counting = false; // the worker is counting the matches
        bool filtered = false; // a search or a filter is set
        int shown = 0;
        qint64 total = 0;      // items in the cache
        qsizetype selected = 0;
        std::optional<qint64> unread = std::nullopt; // of the items shown; unknown: not said
    };

    // progress and cancel (the import's progress bar and its cancel button)
    // stand left of the count.
    StatusBar(QWidget *progress, QWidget *cancel, QWidget *parent = nullptr);
    // A message until timeoutMs passes (0: until the next one).
    void showStatus(const QString &text, int timeoutMs = DefaultTimeoutMs);
    void showCounts(const Counts &counts);
    // The shared archive the window shows ("alice@host/news"), at the right;
    // empty: the local cache (nothing shown).
    void setArchive(const QString &name);

    void retranslate();

    static constexpr int DefaultTimeoutMs = 6000;

private:
    QString countText() const;

    ElidingLabel *m_messageLabel;
    QLabel *m_countLabel;
    QLabel *m_archiveLabel;
    QString m_archive;
    QTimer *m_messageTimer;
    Counts m_counts;
    bool m_hasCounts = false;
};
