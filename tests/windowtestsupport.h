#pragma once

#include <QList>
#include <QPalette>
#include <QString>

class MainWindow;

// What the window tests share: settings kept out of the user's home, a cache
// filled with the sample news, and checking a category in the category pane.
namespace WindowTestSupport {

// One item of a listing a test writes.
struct Listed
{
    QString title;
    QString summary;
    QString categories; // as the listing writes them, names run together
};

// Writes items in the listing format (header, bullets, indented paragraphs).
bool writeListing(const QString &path, const QList<Listed> &items);

// Test mode for QStandardPaths, QSettings under settingsDir, Fusion style.
void isolate(const QString &settingsDir, const QString &applicationName);

// Imports the bundled sample into the cache at path; the number of items in
// the cache afterwards, or -1 with error set.
qint64 importSample(const QString &cachePath, QString *error);

// Imports a newest listing (written at listingPath) of count items that all
// hold the word "vattenfall", titled "Vattenfall nummer <i>": more matches of
// a search than the list reads at once, so the worker counts them.
bool importMatches(const QString &cachePath, const QString &listingPath, int count);

// Writes items as a listing at listingPath and imports it into the cache at
// cachePath; false when writing, opening or importing fails.
bool importListing(const QString &cachePath, const QString &listingPath, const QList<Listed> &items);

// Types text in the window's search box and presses Return: the search
// applies at once (a count the worker makes comes later).
void search(MainWindow &window, const QString &text);

// Checks (or unchecks) a category in the window's category pane, waiting for
// its row: the counts come from a worker thread.
bool checkCategory(MainWindow &window, const QString &name, bool checked = true);

// A dark palette like a dark desktop theme's (Breeze Dark, Adwaita dark
// through the GTK platform theme): dark bases, light text.
QPalette darkPalette();

} // namespace WindowTestSupport
