#pragma once

#include <QByteArray>
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
// Deterministic for a seed: every file has its own QRandomGenerator seeded from
// (seed, file index), so the output does not depend on the number of threads.
struct CorpusOptions
{
    qint64 items = 1000;
    int files = 10;
    quint64 seed = 1;
    double overlap = 0.1;
    QString outDir;
    int threads = 0; // 0 = QThread::idealThreadCount()
};

struct CorpusSummary
{
    qint64 distinctItems = 0;
    qint64 entries = 0; // items written, repeats included
    qint64 bytes = 0;
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

private:
    bool writeFile(int index, CorpusSummary &summary, QString &error) const;
    qint64 itemsInFile(int index) const;
    qint64 repeatsInFile(int index) const;

    CorpusOptions m_options;
};
