#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// Writes a synthetic corpus of news listings in the exact format of the
// sample files (UTF-8, LF, no final newline):
//
//   Nyheter\n\n • Title\n\n  Paragraph\n\n  Paragraph\n\n  CategoryOneCategoryTwo\n • Title ...
//
// `items` distinct items are spread over `files` files, newest file last (the
// names sort in that order). Each file after the first also repeats the first
// `overlap` share of the previous file's items at its end, as consecutive
// snapshots of one feed overlap, so the files hold items * (1 + overlap)
// entries in all and the cache ends up with `items` distinct items.
//
// With itemsPerFile > 0 the files with new content are items / itemsPerFile,
// rounded up (files is then ignored). A `resaves` share of all files are exact
// re-saves: byte-identical copies of the file before, under the next name (a
// page saved again with nothing new), spread evenly, and added on top of the
// files with new content. Then every file's modification time follows its
// name (a second apart), so a re-save is newer than what it copies.
//
// Deterministic for a seed: every file has its own QRandomGenerator seeded from
// (seed, file index), so the output does not depend on the number of threads.
struct CorpusOptions
{
    qint64 items = 1000;
    int files = 10;
    quint64 seed = 1;
    double overlap = 0.1;
    int itemsPerFile = 0; // > 0: files = items / itemsPerFile, rounded up
    double resaves = 0;   // share of all files that re-save the file before
    QString outDir;
    int threads = 0; // 0 = QThread::idealThreadCount()
};

struct CorpusSummary
{
    qint64 distinctItems = 0;
    qint64 entries = 0; // items written, repeats included
    qint64 bytes = 0;
    qint64 resaves = 0; // files that are copies of the one before
    QStringList files;  // absolute paths, in name order
};

class CorpusGenerator
{
public:
    explicit CorpusGenerator(CorpusOptions options);

    // Creates outDir if needed and writes the files. On failure returns false
    // and sets error.
    bool generate(CorpusSummary &summary, QString &error) const;

    // The ~40 category names the generator draws from, most frequent first.
    static QStringList categoryNames();

    // Words of known frequency (share of items whose title or summary holds
    // them, measured at 100k items), for searches:
    //   "budget" ~28%, "stockholm" ~67%, "kalibrering" ~0.1%, "kalium" ~0.02%;
    // typed letter by letter, "ka" ~45% ("kan"), "kal" ~18%, "kali" ~0.1%.
    static QString commonWord() { return QStringLiteral("budget"); }
    static QString veryCommonWord() { return QStringLiteral("stockholm"); }
    static QString rareWord() { return QStringLiteral("kalibrering"); }
    // Searches by the rules of issue 14, each found in the text the generator
    // writes: 2 letters that start words ("tr": trafiken, trygghet, the
    // trafik* compounds); a part inside compounds ("trafik": kollektivtrafik,
    // sjötrafik, the *trafik* compounds); the phrase it writes ("Region
    // Stockholm"); three words in another order than written; a word with an
    // exclusion; and a word no text holds, only the category name "Politiska
    // sammanträden" (~5% of items).
    static QString twoLetters() { return QStringLiteral("tr"); }
    static QString compoundPart() { return QStringLiteral("trafik"); }
    static QString phrase() { return QStringLiteral("\"region stockholm\""); }
    static QString threeWords() { return QStringLiteral("sjukhus budget stockholm"); }
    static QString withExclusion() { return QStringLiteral("budget -stockholm"); }
    static QString categoryWord() { return QStringLiteral("politiska"); }

private:
    bool writeFile(int index, CorpusSummary &summary, QString &error) const;
    QByteArray content(int contentIndex, quint64 &nameHash) const;
    int totalFiles() const;
    bool isResave(int index) const;
    int contentIndex(int index) const;
    qint64 itemsInFile(int index) const;
    qint64 repeatsInFile(int index) const;

    CorpusOptions m_options;
    QDateTime m_start; // the last file's modification time, when they are set
};
