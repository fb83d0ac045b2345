#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// Where a shared archive lives: postgresql://user@host:port/dbname (QUrl
// reads it; "postgres://" too), optionally ?person=NAME. The password is never part of it: libpq
// takes it from PGPASSWORD or ~/.pgpass when none is given, and newsdesk
// never stores one.
class PgAddress
{
    Q_DECLARE_TR_FUNCTIONS(PgAddress)

public:
    QString host;
    int port = 5432;
    QString user; // empty: libpq's default (PGUSER, or the login name)
    QString database;
    // ?person=NAME: whose marks, labels, notes and views these are, within
    // the role (people sharing one role); empty: the role's own.
    QString person;
    static constexpr int MaxPersonLength = 64;

    // Whether location names a shared archive (not a cache file).
    static bool isAddress(const QString &location);
    // The address in location; nullopt with error set (a sentence for people)
    // when it is not a valid one.
    static std::optional<PgAddress> parse(const QString &location, QString &error);
    // The address as messages name it (no password).
    QString display() const;
    // location as a message or the log may show it: an address's password
    // (which newsdesk refuses) left out; anything else as it is.
    static QString withoutPassword(const QString &location);
};
