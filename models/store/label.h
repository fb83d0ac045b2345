#pragma once

#include <QMetaType>
#include <QString>

#include <array>

// A label a person puts on items ("Budget", "Läs senare"): named, coloured,
// in the person's order. Kept in the state database by item identity (key),
// so it survives re-imports and a rebuilt cache.
struct Label
{
    // A name longer than this is refused.
    static constexpr qsizetype MaxNameLength = 200;

    qint64 id = 0;     // 0: not stored
    QString name;      // unique; see normalisedName()
    QString color;     // "#rrggbb"
    int position = 0;  // order in the side pane, 0 first
    // Filled by NewsStore::labelCounts() only: the items that carry the label
    // and pass the filter (present in the cache, not hidden), and how many of
    // them are unread.
    qint64 count = 0;
    qint64 unread = 0;

    // The colours a new label gets when none is given, in turn (the store
    // picks Palette[number of labels % 9]); a label dialog offers them.
    static constexpr std::array<const char *, 9> Palette = {"#e53935", "#fb8c00", "#fdd835", "#43a047", "#00acc1",
                                                            "#1e88e5", "#8e24aa", "#d81b60", "#6d4c41"};

    // The name as stored and compared: whitespace trimmed and runs of it made
    // one space. A label of the same (normalised) name is the same label.
    static QString normalisedName(const QString &name) { return name.simplified(); }

    friend bool operator==(const Label &, const Label &) = default;
};

Q_DECLARE_METATYPE(Label)
