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
    // The colours a label gets when none is chosen (by the number of labels),
    // and the swatches of the label dialog: "#rrggbb", readable on a light
    // and on a dark list.
    static constexpr std::array<const char16_t *, 9> Palette = {
            u"#e5484d", u"#f76b15", u"#e2a336", u"#46a758", u"#12a594",
            u"#0090ff", u"#6e56cf", u"#d6409f", u"#8d8d8d"};

    qint64 id = 0;     // 0: not stored
    QString name;      // unique; see normalisedName()
    QString color;     // "#rrggbb"
    int position = 0;  // order in the side pane, 0 first
    // Filled by NewsStore::labelCounts() only: the items that carry the label
    // and pass the filter (present in the cache, not hidden), and how many of
    // them are unread.
    qint64 count = 0;
    qint64 unread = 0;

    // The name as stored and compared: whitespace trimmed and runs of it made
    // one space. A label of the same (normalised) name is the same label.
    static QString normalisedName(const QString &name) { return name.simplified(); }

    friend bool operator==(const Label &, const Label &) = default;
};

Q_DECLARE_METATYPE(Label)
