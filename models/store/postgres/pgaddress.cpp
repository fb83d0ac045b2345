#include "models/store/postgres/pgaddress.h"

#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

bool PgAddress::isAddress(const QString &location)
{
    return location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
            || location.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

std::optional<PgAddress> PgAddress::parse(const QString &location, QString &error)
{
    const QUrl url(location, QUrl::StrictMode);
    PgAddress address;
    address.host = url.host();
    address.port = url.port(5432);
    address.user = url.userName();
    address.database = url.path().mid(1);
    if (!url.isValid() || !isAddress(location) || address.host.isEmpty() || address.database.isEmpty()
        || address.database.contains(u'/')) {
        error = tr("%1 is not the address of a shared archive; write it as "
                   "postgresql://USER@HOST:PORT/DATABASE.")
                        .arg(withoutPassword(location));
        return std::nullopt;
    }
    const QUrlQuery query(url);
    address.person = query.queryItemValue(u"person"_s, QUrl::FullyDecoded).trimmed();
    const bool strange = std::any_of(address.person.cbegin(), address.person.cend(),
                                     [](QChar c) { return c == u'/' || !c.isPrint(); });
    if (strange || address.person.size() > MaxPersonLength
        || (query.hasQueryItem(u"person"_s) && address.person.isEmpty())) {
        error = tr("The person named in %1 must be 1 to %2 printable characters without \u201c/\u201d.")
                        .arg(withoutPassword(location))
                        .arg(MaxPersonLength);
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        error = tr("The address %1 holds a password; newsdesk does not keep passwords: give it in PGPASSWORD "
                   "or ~/.pgpass instead.")
                        .arg(address.display());
        return std::nullopt;
    }
    return address;
}

QString PgAddress::withoutPassword(const QString &location)
{
    if (!isAddress(location))
        return location;
    const QUrl url(location, QUrl::TolerantMode);
    return url.password().isEmpty() ? location : url.toString(QUrl::RemovePassword);
}

QString PgAddress::display() const
{
    const QString who = user.isEmpty() ? QString() : user + u'@';
    QString text = u"postgresql://%1%2:%3/%4"_s.arg(who, host).arg(port).arg(database);
    if (!person.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(u"person"_s, person);
        text += u'?' + query.toString(QUrl::FullyEncoded);
    }
    return text;
}
