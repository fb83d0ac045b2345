#pragma once

#include <QString>

// A key that sorts titles in Swedish order by plain byte comparison, so SQLite
// can index it without a custom collation: case and accents are folded
// (é -> e, ü -> y as Swedish dictionaries do), and å, ä, ö (also æ, ø) sort
// after z in that order.
QString titleSortKey(const QString &title);
