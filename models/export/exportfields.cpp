#include "models/export/exportfields.h"

using namespace Qt::StringLiterals;

QStringList ExportFields::names()
{
    return {u"read"_s, u"starred"_s, u"labels"_s, u"note"_s};
}

std::optional<ExportFields> ExportFields::parse(const QString &commaList, QString *error)
{
    ExportFields fields;
    if (commaList.trimmed().isEmpty())
        return fields;
    const QStringList parts = commaList.split(u',');
    for (const QString &part : parts) {
        const QString name = part.trimmed().toLower();
        if (name == "all"_L1)
            fields = all();
        else if (name == "read"_L1)
            fields.read = true;
        else if (name == "starred"_L1)
            fields.starred = true;
        else if (name == "labels"_L1)
            fields.labels = true;
        else if (name == "note"_L1)
            fields.note = true;
        else {
            if (error) {
                *error = name.isEmpty()
                        ? tr("An empty field in \u201C%1\u201D; the fields are %2, or all.")
                                  .arg(commaList, names().join(u", "_s))
                        : tr("Unknown field \u201C%1\u201D; the fields are %2, or all.")
                                  .arg(part.trimmed(), names().join(u", "_s));
            }
            return std::nullopt;
        }
    }
    return fields;
}

QString ExportFields::toString() const
{
    QStringList chosen;
    const bool flags[] = {read, starred, labels, note};
    const QStringList all = names();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (flags[i])
            chosen.append(all.at(i));
    }
    return chosen.join(u',');
}
