#include "models/store/statemergerules.h"

#include "models/store/organiserules.h"

#include <algorithm>

namespace {

template <typename T>
QList<T> byPosition(QList<T> list)
{
    std::stable_sort(list.begin(), list.end(), [](const T &a, const T &b) { return a.position < b.position; });
    return list;
}

} // namespace

QString StateMergeRules::refusal(const StateSnapshot &snapshot)
{
    // A name the store would refuse when typed is refused here too, by name.
    QStringList names;
    for (const Label &label : snapshot.labels)
        names.append(label.name);
    for (const StateSnapshot::Item &item : snapshot.items)
        names += item.labels;
    for (const QString &name : std::as_const(names)) {
        const QString normalised = Label::normalisedName(name);
        if (normalised.isEmpty() || normalised.size() > Label::MaxNameLength)
            return tr("the label name \u201c%1\u201d is empty or longer than %2 characters.")
                    .arg(normalised.left(40), QString::number(Label::MaxNameLength));
    }
    for (const SavedView &view : snapshot.views) {
        const QString normalised = Label::normalisedName(view.name);
        if (normalised.isEmpty() || normalised.size() > SavedView::MaxNameLength)
            return tr("the saved view name \u201c%1\u201d is empty or longer than %2 characters.")
                    .arg(normalised.left(40), QString::number(SavedView::MaxNameLength));
    }
    return {};
}

QList<StateSnapshot::Item> StateMergeRules::joinedItems(const StateSnapshot &snapshot)
{
    QList<StateSnapshot::Item> items;
    QHash<QByteArray, qsizetype> at; // key: its place + 1
    for (const StateSnapshot::Item &item : snapshot.items) {
        if (item.key.isEmpty())
            continue;
        qsizetype &index = at[item.key];
        if (index == 0) {
            items.append(item);
            items.last().labels.clear();
            index = items.size();
        }
        StateSnapshot::Item &joined = items[index - 1];
        joined.read = joined.read || item.read;
        joined.starred = joined.starred || item.starred;
        joined.hidden = joined.hidden || item.hidden || item.forgotten;
        joined.forgotten = joined.forgotten || item.forgotten;
        if (joined.note.isEmpty())
            joined.note = item.note;
        for (const QString &name : item.labels) {
            const QString normalised = Label::normalisedName(name);
            if (!joined.labels.contains(normalised))
                joined.labels.append(normalised);
        }
    }
    return items;
}

QList<Label> StateMergeRules::labelsToAdd(const StateSnapshot &snapshot, QStringList itemLabelNames,
                                          QSet<QString> known)
{
    QList<Label> wanted = byPosition(snapshot.labels);
    itemLabelNames.sort();
    for (const QString &name : std::as_const(itemLabelNames))
        wanted.append(Label{0, name, QString(), 0, 0, 0});
    QList<Label> added;
    for (const Label &label : std::as_const(wanted)) {
        const QString name = Label::normalisedName(label.name);
        if (name.isEmpty() || known.contains(name))
            continue;
        const QString color = OrganiseRules::isColor(label.color)
                ? label.color.toLower()
                : QString::fromLatin1(Label::Palette.at(known.size() % Label::Palette.size()));
        added.append(Label{0, name, color, 0, 0, 0});
        known.insert(name);
    }
    return added;
}

QList<StateMergeRules::ViewChange> StateMergeRules::viewChanges(const QList<SavedView> &views,
                                                                 const QList<SavedView> &known)
{
    QHash<QString, SavedView> byName;
    for (const SavedView &view : known)
        byName.insert(view.name, view);
    QList<ViewChange> changes;
    QHash<QString, qsizetype> added;
    for (const SavedView &view : byPosition(views)) {
        const QString name = Label::normalisedName(view.name);
        ItemFilter filter = view.filter;
        filter.ids = QList<qint64>(); // a view is never a list of items
        if (name.isEmpty())
            continue;
        if (const auto it = added.constFind(name); it != added.constEnd()) {
            changes[*it].filter = filter; // named twice: the later one
        } else if (const auto it = byName.constFind(name); it != byName.constEnd()) {
            if (it->filter != filter)
                changes.append({name, filter, it->id});
        } else {
            added.insert(name, changes.size());
            changes.append({name, filter, 0});
        }
    }
    return changes;
}
