#include "models/store/fileorder.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

void sortBySwedishPath(QList<OrderedFile> &files)
{
    const QCollator swedish{QLocale(QLocale::Swedish, QLocale::Sweden)};
    std::sort(files.begin(), files.end(), [&](const OrderedFile &a, const OrderedFile &b) {
        const int order = swedish.compare(a.path, b.path);
        return order != 0 ? order < 0 : a.path < b.path;
    });
}
