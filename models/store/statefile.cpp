#include "models/store/statefile.h"

#include "models/support/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isHexKey(const QString &text)
{
    if (text.isEmpty() || text.size() % 2 != 0)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

bool isWholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::floor(number) == number && std::abs(number) < 9.0e15;
}

// Reads the parts of a state file, remembering the first field of a wrong
// type: its place ("items[3].read") and what it should have been.
class Reader
{
public:
    QString place;
    QString expected;

    bool failed() const { return !place.isEmpty(); }

    void wrong(const QString &where, const QString &what)
    {
        if (!failed()) {
            place = where;
            expected = what;
        }
    }

    bool boolean(const QJsonObject &object, const QString &where, QLatin1StringView key, bool &out)
    {
        const QJsonValue value = object.value(key);
        if (value.isBool())
            out = value.toBool();
        else if (!value.isUndefined())
            wrong(where + u'.' + key, StateFile::tr("true or false"));
        return !failed();
    }

    bool text(const QJsonObject &object, const QString &where, QLatin1StringView key, QString &out, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isString())
            out = value.toString();
        else if (!(value.isUndefined() && !required) && !(value.isNull() && !required))
            wrong(where + u'.' + key, StateFile::tr("a text"));
        return !failed();
    }

    bool integer(const QJsonObject &object, const QString &where, QLatin1StringView key, qint64 &out)
    {
        const QJsonValue value = object.value(key);
        if (isWholeNumber(value))
            out = qint64(value.toDouble());
        else if (!value.isUndefined())
            wrong(where + u'.' + key, StateFile::tr("a whole number"));
        return !failed();
    }

    bool strings(const QJsonObject &object, const QString &where, QLatin1StringView key, QStringList &out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return true;
        const bool isStrings = value.isArray() && std::all_of(value.toArray().cbegin(), value.toArray().cend(),
                                                              [](const QJsonValue &v) { return v.isString(); });
        if (!isStrings) {
            wrong(where + u'.' + key, StateFile::tr("a list of texts"));
            return false;
        }
        for (const QJsonValue &name : value.toArray())
            out.append(name.toString());
        return true;
    }

    QJsonArray objects(const QJsonObject &json, QLatin1StringView key)
    {
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            return {};
        const QJsonArray array = value.toArray();
        if (!value.isArray()) {
            wrong(key, StateFile::tr("a list"));
            return {};
        }
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                wrong(u"%1[%2]"_s.arg(key).arg(i), StateFile::tr("an object"));
                return {};
            }
        }
        return array;
    }

    void labels(const QJsonObject &json, StateSnapshot &snapshot)
    {
        const QJsonArray array = objects(json, "labels"_L1);
        for (qsizetype i = 0; i < array.size() && !failed(); ++i) {
            const QJsonObject object = array.at(i).toObject();
            const QString where = u"labels[%1]"_s.arg(i);
            Label label;
            qint64 position = i;
            text(object, where, "name"_L1, label.name, true);
            text(object, where, "color"_L1, label.color, false);
            integer(object, where, "position"_L1, position);
            label.position = int(position);
            if (!failed() && Label::normalisedName(label.name).isEmpty())
                wrong(where + u".name"_s, StateFile::tr("a name"));
            snapshot.labels.append(label);
        }
    }

    void views(const QJsonObject &json, StateSnapshot &snapshot)
    {
        const QJsonArray array = objects(json, "views"_L1);
        for (qsizetype i = 0; i < array.size() && !failed(); ++i) {
            const QJsonObject object = array.at(i).toObject();
            const QString where = u"views[%1]"_s.arg(i);
            SavedView view;
            qint64 position = i;
            text(object, where, "name"_L1, view.name, true);
            integer(object, where, "position"_L1, position);
            view.position = int(position);
            const QJsonValue filter = object.value("filter"_L1);
            if (!filter.isUndefined() && !filter.isObject())
                wrong(where + u".filter"_s, StateFile::tr("an object"));
            QString filterError;
            if (!failed())
                view.filter = ItemFilter::fromJson(filter.toObject(), &filterError);
            if (!filterError.isEmpty())
                wrong(where + u".filter"_s, StateFile::tr("a filter (%1)").arg(filterError));
            if (!failed() && Label::normalisedName(view.name).isEmpty())
                wrong(where + u".name"_s, StateFile::tr("a name"));
            snapshot.views.append(view);
        }
    }

    void items(const QJsonObject &json, StateSnapshot &snapshot)
    {
        const QJsonArray array = objects(json, "items"_L1);
        snapshot.items.reserve(array.size());
        for (qsizetype i = 0; i < array.size() && !failed(); ++i) {
            const QJsonObject object = array.at(i).toObject();
            const QString where = u"items[%1]"_s.arg(i);
            StateSnapshot::Item item;
            QString key;
            if (text(object, where, "key"_L1, key, true) && !isHexKey(key))
                wrong(where + u".key"_s, StateFile::tr("a key in hexadecimal digits"));
            item.key = QByteArray::fromHex(key.toLatin1());
            text(object, where, "title"_L1, item.title, false);
            boolean(object, where, "read"_L1, item.read);
            boolean(object, where, "starred"_L1, item.starred);
            boolean(object, where, "hidden"_L1, item.hidden);
            boolean(object, where, "forgotten"_L1, item.forgotten);
            strings(object, where, "labels"_L1, item.labels);
            text(object, where, "note"_L1, item.note, false);
            snapshot.items.append(item);
        }
    }
};

} // namespace

QJsonObject StateFile::toJson(const StateSnapshot &snapshot)
{
    QJsonArray labels;
    for (const Label &label : snapshot.labels) {
        labels.append(QJsonObject{{u"name"_s, label.name}, {u"color"_s, label.color},
                                  {u"position"_s, label.position}});
    }
    QJsonArray views;
    for (const SavedView &view : snapshot.views) {
        views.append(QJsonObject{{u"name"_s, view.name}, {u"position"_s, view.position},
                                 {u"filter"_s, view.filter.toJson()}});
    }
    QJsonArray items;
    for (const StateSnapshot::Item &item : snapshot.items) {
        items.append(QJsonObject{
                {u"key"_s, QString::fromLatin1(item.key.toHex())},
                {u"title"_s, item.title},
                {u"read"_s, item.read},
                {u"starred"_s, item.starred},
                {u"hidden"_s, item.hidden},
                {u"forgotten"_s, item.forgotten},
                {u"labels"_s, QJsonArray::fromStringList(item.labels)},
                {u"note"_s, item.note},
        });
    }
    return QJsonObject{
            {u"format"_s, formatName()},
            {u"version"_s, Version},
            {u"exported"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {u"lastVisit"_s, snapshot.lastVisit},
            {u"labels"_s, labels},
            {u"views"_s, views},
            {u"items"_s, items},
    };
}

std::optional<StateSnapshot> StateFile::fromJson(const QJsonObject &json, const QString &source, QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<StateSnapshot> {
        qCWarning(lcStore) << "State file refused:" << message;
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QJsonValue format = json.value("format"_L1);
    if (format.toString() != formatName()) {
        return fail(format.isString()
                            ? tr("\u201C%1\u201D is not a newsdesk state file: its format is \u201C%2\u201D.")
                                      .arg(source, format.toString())
                            : tr("\u201C%1\u201D is not a newsdesk state file: it does not name its format as \u201C%2\u201D.")
                                      .arg(source, formatName()));
    }
    const QJsonValue version = json.value("version"_L1);
    if (!isWholeNumber(version) || version.toDouble() < 1)
        return fail(tr("\u201C%1\u201D is not a valid state file: its version is missing or not a whole number.")
                            .arg(source));
    if (version.toDouble() > Version) {
        return fail(tr("\u201C%1\u201D was written by a newer newsdesk (state file version %2); this newsdesk "
                       "reads version %3. Update newsdesk to import it.")
                            .arg(source)
                            .arg(qint64(version.toDouble()))
                            .arg(Version));
    }
    StateSnapshot snapshot;
    Reader reader;
    QString exported; // for people; not kept
    reader.text(json, u"$"_s, "exported"_L1, exported, false);
    reader.integer(json, u"$"_s, "lastVisit"_L1, snapshot.lastVisit);
    reader.labels(json, snapshot);
    reader.views(json, snapshot);
    reader.items(json, snapshot);
    if (reader.failed()) {
        const QString place = reader.place.startsWith(u"$."_s) ? reader.place.mid(2) : reader.place;
        return fail(tr("\u201C%1\u201D is not a valid state file: %2 must be %3.")
                            .arg(source, place, reader.expected));
    }
    return snapshot;
}

bool StateFile::write(const StateSnapshot &snapshot, const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(toJson(snapshot)).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const QString message = tr("Could not write \u201C%1\u201D: %2").arg(shownPath(path), file.errorString());
        qCWarning(lcStore) << "Writing the state file failed:" << path << file.errorString();
        if (error)
            *error = message;
        return false;
    }
    qCDebug(lcStore) << "Wrote the state file" << path << snapshot.items.size() << "items";
    return true;
}

std::optional<StateSnapshot> StateFile::read(const QString &path, QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<StateSnapshot> {
        qCWarning(lcStore) << "Reading the state file failed:" << message;
        if (error)
            *error = message;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not read \u201C%1\u201D: %2").arg(shownPath(path), file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(tr("Could not read \u201C%1\u201D: %2").arg(shownPath(path), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = qBound(qsizetype(0), qsizetype(parseError.offset), bytes.size());
        const qsizetype line = bytes.left(offset).count('\n') + 1;
        return fail(tr("\u201C%1\u201D, line %2: not valid JSON (%3).")
                            .arg(shownPath(path))
                            .arg(line)
                            .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return fail(tr("\u201C%1\u201D is not a newsdesk state file: it holds no JSON object.").arg(shownPath(path)));
    return fromJson(document.object(), shownPath(path), error);
}
