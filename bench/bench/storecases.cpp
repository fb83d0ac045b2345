#include "storecases.h"

#include "benchsupport.h"
#include "corpusgenerator.h"
#include "models/store/markchange.h"
#include "models/store/newsstore.h"
#include "models/store/storeworker.h"
#include "samples.h"
#include "tests/storeconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>

#include <cmath>
#include <tuple>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 PageSize = 128;   // NewsListModel::PageSize
constexpr qint64 TextLimit = 10000; // what a list row holds of a text

// The CPU time of this process so far: on a machine others share, the wall
// time of a write includes waiting for a core.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000 + double(t.tv_nsec) / 1e6;
}

struct Case
{
    QString key;
    QString label;
    ItemFilter filter;
};

} // namespace

StoreCases::StoreCases(QString cachePath, int runs, QTextStream &out)
    : m_cachePath(std::move(cachePath)), m_runs(runs), m_out(out)
{
}

QJsonObject StoreCases::run()
{
    m_out << u"\n== store cases (issue 15) on %1"_s.arg(m_cachePath) << Qt::endl;
    NewsStore store;
    QElapsedTimer openTimer;
    openTimer.start();
    if (!store.open(m_cachePath))
        return {{u"error"_s, store.errorString()}};
    const double openMs = msSince(openTimer); // a migration (and the mirror's first build) included
    m_out << u"  open (with any migration): %1"_s.arg(formatMs(openMs)) << Qt::endl;
    measureBuildGivingWay(store);
    // What the window's worker builds when idle (no open builds it since session 11).
    openTimer.restart();
    const double buildCpuBefore = cpuMs();
    const NewsStore::Build built = store.buildDerived();
    const double buildMs = msSince(openTimer);
    const double buildCpu = cpuMs() - buildCpuBefore;
    m_out << u"  derived indexes (NewsStore::buildDerived): %1 (CPU %2)%3"_s
                    .arg(formatMs(buildMs), formatMs(buildCpu),
                         built == NewsStore::Build::Done ? QString() : u" FAILED: "_s + store.errorString())
          << Qt::endl;
    const qint64 total = store.itemCount();

    // Some marks, as a person who reads leaves them: every third item of the
    // newest 30,000 read, every 50th starred.
    const QList<qint64> newest = store.itemIds({}, 30000, 0);
    QList<qint64> read, starred;
    for (qsizetype i = 0; i < newest.size(); ++i) {
        if (i % 3 == 0)
            read.append(newest.at(i));
        if (i % 50 == 0)
            starred.append(newest.at(i));
    }
    store.setRead(read, true);
    store.setStarred(starred, true);

    m_result.insert(u"open_ms"_s, round3(openMs));
    m_result.insert(u"build_derived_ms"_s, round3(buildMs));
    m_result.insert(u"build_derived_cpu_ms"_s, round3(buildCpu));
    m_result.insert(u"items"_s, total);
    m_store = &store;
    measureCounts();
    measurePages();
    measureMarks();
    measureOrganise();
    m_store = nullptr;
    return m_result;
}

void StoreCases::measureBuildGivingWay(NewsStore &store)
{
    const auto hasIndex = [&store] {
        QSqlQuery q(storeConnection(store));
        return q.exec(u"SELECT 1 FROM sqlite_schema WHERE name = 'items_by_key_order'"_s) && q.next();
    };
    if (hasIndex()) {
        m_out << u"  (the cache has items_by_key_order: no build to give way)"_s << Qt::endl;
        return;
    }
    const auto spin = [](const std::function<bool()> &until, int ms) {
        QElapsedTimer t;
        t.start();
        while (!until() && t.elapsed() < ms) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            QThread::msleep(5);
        }
    };
    const QList<qint64> one = store.itemIds({}, 1, 0);
    QObject context;
    QElapsedTimer total;
    total.start();
    StoreWorker worker;
    worker.open(m_cachePath);
    QThread::msleep(1500); // the build under way
    // A job (a read mark) posted to the worker meanwhile.
    bool done = false;
    QElapsedTimer timer;
    timer.start();
    worker.write(&context, [one](NewsStore &s) { return s.setRead(one, true); }, [&](bool) { done = true; });
    spin([&] { return done; }, 60000);
    const double jobMs = msSince(timer);
    // A write of another connection (this thread's) once the build runs again.
    QThread::msleep(StoreWorker::RetryMs + 1500);
    timer.restart();
    const bool written = store.setRead(one, false);
    const double writeMs = msSince(timer);
    spin(hasIndex, 300000);
    const double builtMs = msSince(total);
    m_out << u"  while the worker builds items_by_key_order: a job waits %1, another connection's write %2%3; "
             u"built %4 after the worker opened (load %5)"_s
                    .arg(formatMs(jobMs), formatMs(writeMs), written ? QString() : u" (FAILED)"_s,
                         hasIndex() ? formatMs(builtMs) : u"never"_s, loadAverage())
          << Qt::endl;
    m_result.insert(u"build_giving_way"_s, QJsonObject{{u"job_ms"_s, round3(jobMs)},
                                                       {u"write_ms"_s, round3(writeMs)},
                                                       {u"written"_s, written},
                                                       {u"built_after_ms"_s, round3(builtMs)}});
}

void StoreCases::timed(const QString &key, const QString &label, const std::function<qint64()> &work)
{
    Samples samples, cpu;
    qint64 size = 0;
    for (int r = 0; r < m_runs; ++r) {
        QElapsedTimer timer;
        const double cpuBefore = cpuMs();
        timer.start();
        size = work();
        samples.add(msSince(timer));
        cpu.add(cpuMs() - cpuBefore);
    }
    if (m_store->lastReadFailed())
        m_out << u"  %1: FAILED: %2"_s.arg(label, m_store->errorString()) << Qt::endl;
    QJsonObject o = samples.toJson();
    o.insert(u"size"_s, size);
    o.insert(u"cpu"_s, cpu.toJson());
    m_result.insert(key, o);
    // (The CPU: the machine is shared; the time waits on it.)
    m_out << u"  %1: median %2, worst %3 (%4; CPU median %5)"_s
                    .arg(label, formatMs(samples.median()), formatMs(samples.worst()))
                    .arg(size)
                    .arg(formatMs(cpu.median()))
          << Qt::endl;
}

// Counts (the worker's).
void StoreCases::measureCounts()
{
    NewsStore &store = *m_store;
    timed(u"counts_unread"_s, u"category counts with unread, no filter"_s, [&] {
        return qint64(store.categoryCounts().size());
    });
    ItemFilter search;
    search.search = CorpusGenerator::commonWord();
    timed(u"counts_unread_search"_s, u"category counts with unread, search \u201C%1\u201D"_s.arg(search.search), [&] {
        return qint64(store.categoryCounts(search).size());
    });
    ItemFilter rare;
    rare.search = CorpusGenerator::rareWord();
    timed(u"counts_unread_search_rare"_s, u"category counts with unread, search \u201C%1\u201D"_s.arg(rare.search),
          [&] { return qint64(store.categoryCounts(rare).size()); });
    ItemFilter unread;
    unread.unreadOnly = true;
    timed(u"count_unread_total"_s, u"unread total (itemCount, unread only)"_s, [&] { return store.itemCount(unread); });
}

// First pages (the GUI thread's), and the counts of the new filters.
void StoreCases::measurePages()
{
    NewsStore &store = *m_store;
    ItemFilter unread;
    unread.unreadOnly = true;
    qint64 newestAdded = 0;
    {
        QSqlQuery q(storeConnection(store));
        if (q.exec(u"SELECT coalesce(max(added_at), 0) FROM item_arrivals"_s) && q.next())
            newestAdded = q.value(0).toLongLong();
    }
    QList<Case> pages;
    pages.append({u"page_unread_only"_s, u"first page, unread only"_s, unread});
    for (const auto &[key, sort] : {std::pair{u"source"_s, ItemFilter::Sort::Source},
                                    std::pair{u"read_state"_s, ItemFilter::Sort::ReadState},
                                    std::pair{u"starred"_s, ItemFilter::Sort::Starred}}) {
        ItemFilter f;
        f.sort = sort;
        pages.append({u"page_sort_"_s + key, u"first page, sort by "_s + key, f});
    }
    ItemFilter none;
    none.uncategorised = true;
    pages.append({u"page_uncategorised"_s, u"first page, uncategorised"_s, none});
    ItemFilter lastFile;
    lastFile.newSince = newestAdded - 1; // the newest file's items (or none, in a fresh cache of one import)
    pages.append({u"page_new_since_some"_s, u"first page, new since (the newest import)"_s, lastFile});
    ItemFilter nothingNew;
    nothingNew.newSince = newestAdded + 1;
    pages.append({u"page_new_since_none"_s, u"first page, new since (nothing new)"_s, nothingNew});
    ItemFilter everythingNew;
    everythingNew.newSince = 1; // (an upgraded cache: its older items count as before any visit)
    pages.append({u"page_new_since_all"_s, u"first page, new since (everything new)"_s, everythingNew});
    for (const Case &c : std::as_const(pages)) {
        timed(c.key, c.label, [&] {
            const QList<qint64> ids = store.itemIds(c.filter, PageSize, 0);
            return qint64(store.items(ids, TextLimit).size());
        });
    }
    {
        // Their counts, on the worker.
        timed(u"count_uncategorised"_s, u"count, uncategorised"_s, [&] { return store.itemCount(none); });
        timed(u"count_new_since_some"_s, u"count, new since (the newest import)"_s,
              [&] { return store.itemCount(lastFile); });
    }
}

// setMarkWhere of about 300,000 items (the category closest to it), and its undo.
void StoreCases::measureMarks()
{
    NewsStore &store = *m_store;
    QString category;
    qint64 closest = -1;
    for (const CategoryCount &c : store.categoryCounts()) {
        if (!c.name.isEmpty() && (closest < 0 || std::abs(c.count - 300000) < std::abs(closest - 300000))) {
            closest = c.count;
            category = c.name;
        }
    }
    ItemFilter marked;
    marked.categories = {category};
    Samples markSamples, undoSamples, redoSamples, markCpu;
    {
        MarkChange clear{MarkChange::Mark::Read, false, {}}; // every item of it unread first (an earlier run's marks)
        store.setMarkWhere(marked, clear);
    }
    qint64 changed = 0;
    bool ok = true;
    for (int r = 0; r < std::max(2, m_runs / 2); ++r) {
        MarkChange change{MarkChange::Mark::Read, true, {}};
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuMs();
        ok = store.setMarkWhere(marked, change) && ok;
        markSamples.add(msSince(timer));
        markCpu.add(cpuMs() - cpuBefore);
        changed = change.ids.size();
        timer.restart();
        ok = store.setMarks(change, false) && ok;
        undoSamples.add(msSince(timer));
        timer.restart();
        ok = store.setMarks(change, true) && ok;
        redoSamples.add(msSince(timer));
        ok = store.setMarks(change, false) && ok; // as it was, for the next run
    }
    if (!ok)
        m_out << u"  mark writes FAILED: %1"_s.arg(store.errorString()) << Qt::endl;
    m_out << u"  setMarkWhere (read) of \u201C%1\u201D, %2 items changed: median %3, worst %4; undo (setMarks) "
             u"median %5, worst %6; redo median %7"_s
                    .arg(category)
                    .arg(changed)
                    .arg(formatMs(markSamples.median()), formatMs(markSamples.worst()),
                         formatMs(undoSamples.median()), formatMs(undoSamples.worst()),
                         formatMs(redoSamples.median()))
          << u" (CPU of the mark: median %1; load %2)"_s.arg(formatMs(markCpu.median()), loadAverage()) << Qt::endl;
    QJsonObject marks = markSamples.toJson();
    marks.insert(u"category"_s, category);
    marks.insert(u"changed"_s, changed);
    marks.insert(u"undo"_s, undoSamples.toJson());
    marks.insert(u"redo"_s, redoSamples.toJson());
    marks.insert(u"cpu"_s, markCpu.toJson());
    marks.insert(u"ok"_s, ok);
    m_result.insert(u"set_mark_where"_s, marks);
    timed(u"counts_unread_after_marks"_s, u"category counts with unread, after the marks"_s,
          [&] { return qint64(store.categoryCounts().size()); });
}

qint64 StoreCases::freshLabel(const QString &name)
{
    if (const Label old = m_store->labelNamed(name); old.id > 0)
        m_store->deleteLabel(old.id);
    Label label;
    label.name = name;
    if (!m_store->createLabel(label))
        m_out << u"  label FAILED: %1"_s.arg(m_store->errorString()) << Qt::endl;
    return label.id;
}

QString StoreCases::categoryNear(qint64 size) const
{
    QString category;
    qint64 closest = -1;
    for (const CategoryCount &c : m_store->categoryCounts()) {
        if (!c.name.isEmpty() && (closest < 0 || std::abs(c.count - size) < std::abs(closest - size))) {
            closest = c.count;
            category = c.name;
        }
    }
    return category;
}

void StoreCases::measureOrganise()
{
    NewsStore &store = *m_store;
    m_out << u"  -- organising (issue 16)"_s << Qt::endl;
    // Labels of every 10,000th, every 100th item (listing order), and of a
    // category of about 100,000 items (timed: setMarkWhere, its undo).
    const QList<qint64> every = store.itemIds({}, -1, 0);
    const qint64 small = freshLabel(u"bench-100"_s);
    const qint64 medium = freshLabel(u"bench-10000"_s);
    const qint64 large = freshLabel(u"bench-100000"_s);
    MarkChange smallMarks{MarkChange::Mark::Label, true, {}, small};
    MarkChange mediumMarks{MarkChange::Mark::Label, true, {}, medium};
    for (qsizetype i = 0; i < every.size(); i += 100) {
        mediumMarks.ids.append(every.at(i));
        if (i % 10000 == 0)
            smallMarks.ids.append(every.at(i));
    }
    store.setMarks(smallMarks, true);
    store.setMarks(mediumMarks, true);
    ItemFilter near;
    near.categories = {categoryNear(100000)};
    measureOrganiseMarks(near, large);
    MarkChange largeMarks{MarkChange::Mark::Label, true, {}, large};
    store.setMarkWhere(near, largeMarks);

    measureOrganisePages();
    measureHidden(every);
}

void StoreCases::measureOrganiseMarks(const ItemFilter &near, qint64 large)
{
    NewsStore &store = *m_store;
    for (const auto &[key, kind, labelId] : {std::tuple{u"label"_s, MarkChange::Mark::Label, large},
                                             std::tuple{u"hide"_s, MarkChange::Mark::Hidden, qint64(0)}}) {
        Samples markSamples, undoSamples, markCpu, undoCpu;
        qint64 changed = 0;
        bool ok = true;
        for (int r = 0; r < std::max(2, m_runs / 2); ++r) {
            MarkChange change{kind, true, {}, labelId};
            QElapsedTimer timer;
            double cpuBefore = cpuMs();
            timer.start();
            ok = store.setMarkWhere(near, change) && ok;
            markSamples.add(msSince(timer));
            markCpu.add(cpuMs() - cpuBefore);
            changed = change.ids.size();
            cpuBefore = cpuMs();
            timer.restart();
            ok = store.setMarks(change, false) && ok;
            undoSamples.add(msSince(timer));
            undoCpu.add(cpuMs() - cpuBefore);
        }
        m_out << u"  setMarkWhere (%1) of \u201C%2\u201D, %3 items changed: median %4, worst %5; undo median %6, "
                 u"worst %7 (CPU medians %8, undo %9)%10"_s.arg(key, near.categories.first())
                        .arg(changed)
                        .arg(formatMs(markSamples.median()), formatMs(markSamples.worst()),
                             formatMs(undoSamples.median()), formatMs(undoSamples.worst()),
                             formatMs(markCpu.median()), formatMs(undoCpu.median()),
                             ok ? QString() : u" FAILED: "_s + store.errorString())
              << Qt::endl;
        QJsonObject marks = markSamples.toJson();
        marks.insert(u"cpu"_s, markCpu.toJson());
        marks.insert(u"changed"_s, changed);
        QJsonObject undo = undoSamples.toJson();
        undo.insert(u"cpu"_s, undoCpu.toJson());
        marks.insert(u"undo"_s, undo);
        marks.insert(u"ok"_s, ok);
        m_result.insert(u"set_mark_where_"_s + key, marks);
    }
}

void StoreCases::measureOrganisePages()
{
    NewsStore &store = *m_store;
    QList<Case> pages;
    for (const auto &[key, name] : {std::pair{u"100"_s, u"bench-100"_s}, std::pair{u"10000"_s, u"bench-10000"_s},
                                    std::pair{u"100000"_s, u"bench-100000"_s}}) {
        ItemFilter f;
        f.labels = {name};
        pages.append({u"page_label_"_s + key, u"first page, label of %1 items"_s.arg(store.itemCount(f)), f});
    }
    ItemFilter viewFilter;
    viewFilter.labels = {u"bench-10000"_s};
    viewFilter.categories = {categoryNear(300000)};
    viewFilter.unreadOnly = true;
    SavedView view = store.savedView(u"bench view"_s);
    view.name = u"bench view"_s;
    view.filter = viewFilter;
    store.saveView(view);
    pages.append({u"page_saved_view"_s, u"first page, saved view (label of 10,000 + category + unread)"_s,
                  store.savedView(u"bench view"_s).filter});
    // The same walk when few labelled items pass (each of the 10,000 checked).
    ItemFilter fewPass = viewFilter;
    fewPass.categories = {categoryNear(10000)};
    pages.append({u"page_label_small_category"_s,
                  u"first page, label of 10,000 + a category of ~1% (%1 pass)"_s.arg(store.itemCount(fewPass)),
                  fewPass});
    ItemFilter byTitle = viewFilter;
    byTitle.sort = ItemFilter::Sort::Title;
    pages.append({u"page_saved_view_title"_s, u"first page, the saved view by title"_s, byTitle});
    for (const Case &c : std::as_const(pages)) {
        timed(c.key, c.label, [&] {
            const QList<qint64> ids = store.itemIds(c.filter, PageSize, 0);
            return qint64(store.items(ids, TextLimit).size());
        });
    }
    timed(u"label_counts"_s, u"label counts (the worker's)"_s, [&] { return qint64(store.labelCounts().size()); });

}

void StoreCases::measureHidden(const QList<qint64> &every)
{
    NewsStore &store = *m_store;
    // With 1,000 items hidden: the kept counts and a first page.
    MarkChange hidden{MarkChange::Mark::Hidden, true, {}};
    for (qsizetype i = 0; i < every.size() && hidden.ids.size() < 1000; i += 997)
        hidden.ids.append(every.at(i));
    store.setMarks(hidden, true);
    timed(u"hidden_counts_unread"_s, u"category counts with unread, 1,000 hidden"_s,
          [&] { return qint64(store.categoryCounts().size()); });
    ItemFilter unread;
    unread.unreadOnly = true;
    timed(u"hidden_count_unread_total"_s, u"unread total, 1,000 hidden"_s, [&] { return store.itemCount(unread); });
    timed(u"hidden_page"_s, u"first page, 1,000 hidden"_s, [&] {
        return qint64(store.items(store.itemIds({}, PageSize, 0), TextLimit).size());
    });
    timed(u"hidden_page_unread"_s, u"first page, unread only, 1,000 hidden"_s, [&] {
        return qint64(store.items(store.itemIds(unread, PageSize, 0), TextLimit).size());
    });
    store.setMarks(hidden, false);
}
