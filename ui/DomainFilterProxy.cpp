#include "DomainFilterProxy.h"

#include "DomainTableModel.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringMatcher>
#include <algorithm>
#include <numeric>

namespace rd::ui {

namespace {

constexpr qint64 Day = 24 * 60 * 60;

} // namespace

qint64 windowReach(DeadlineWindow window)
{
    switch (window) {
    case DeadlineWindow::Any:
        break;
    case DeadlineWindow::Overdue:
        return 0;
    case DeadlineWindow::Day:
        return Day;
    case DeadlineWindow::Week:
        return 7 * Day;
    case DeadlineWindow::Month:
        return 30 * Day;
    case DeadlineWindow::TwoMonths:
        return 60 * Day;
    case DeadlineWindow::Quarter:
        return 90 * Day;
    }
    return DomainListRow::NoMoment;
}

namespace {

const char* const keyText = "text";
const char* const keyLevel = "level";
const char* const keyKind = "kind";
const char* const keyProgramme = "programme";
const char* const keyStanding = "standing";
const char* const keyAutoRenew = "autoRenew";
const char* const keyWindow = "window";
const char* const keyNames = "names";

} // namespace

QVariantMap DomainFilter::toMap() const
{
    QVariantMap map;
    map.insert(QLatin1String(keyText), text);
    map.insert(QLatin1String(keyLevel), level);
    map.insert(QLatin1String(keyKind), kind);
    map.insert(QLatin1String(keyProgramme), programme);
    map.insert(QLatin1String(keyStanding), standing);
    map.insert(QLatin1String(keyAutoRenew), autoRenew);
    map.insert(QLatin1String(keyWindow), int(window));
    if (useNames)
        map.insert(QLatin1String(keyNames), names);
    return map;
}

DomainFilter DomainFilter::fromMap(const QVariantMap& map)
{
    DomainFilter filter;
    const auto number = [&map](const char* key) {
        return map.value(QLatin1String(key), -1).toInt();
    };
    filter.text = map.value(QLatin1String(keyText)).toString();
    filter.level = number(keyLevel);
    filter.kind = number(keyKind);
    filter.programme = number(keyProgramme);
    filter.standing = number(keyStanding);
    filter.autoRenew = number(keyAutoRenew);
    const int window = map.value(QLatin1String(keyWindow), 0).toInt();
    filter.window = window >= int(DeadlineWindow::Any) && window <= int(DeadlineWindow::Quarter)
                        ? static_cast<DeadlineWindow>(window)
                        : DeadlineWindow::Any;
    filter.useNames = map.contains(QLatin1String(keyNames));
    filter.names = map.value(QLatin1String(keyNames)).toStringList();
    return filter;
}

bool DomainFilter::operator==(const DomainFilter& other) const
{
    return text == other.text && level == other.level && kind == other.kind &&
           programme == other.programme && standing == other.standing &&
           autoRenew == other.autoRenew && window == other.window && useNames == other.useNames &&
           names == other.names;
}

QStringList DomainFilter::parseNames(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList names;
    QSet<QString> seen;
    for (QString name : text.split(separators, Qt::SkipEmptyParts)) {
        name = name.toLower();
        while (name.endsWith(QLatin1Char('.')))
            name.chop(1);
        if (!name.isEmpty() && !seen.contains(name)) {
            seen.insert(name);
            names.append(name);
        }
    }
    return names;
}

DomainFilterProxy::DomainFilterProxy(QObject* parent)
    : QAbstractProxyModel(parent)
{}

void DomainFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    beginResetModel();
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = qobject_cast<DomainTableModel*>(model);
    Q_ASSERT(!model || m_model);
    QAbstractProxyModel::setSourceModel(m_model);
    if (m_model) {
        // The model changes only by a reset (a reload, or the whole portfolio
        // arriving after its first rows). Views see a layout change instead:
        // the rows they point at follow their domains, so the selection, the
        // current row and the scroll position survive it.
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
                &DomainFilterProxy::sourceAboutToBeReset);
        connect(m_model, &QAbstractItemModel::modelReset, this, &DomainFilterProxy::sourceReset);
        connect(m_model, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged);
        connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
            if (!m_visible.empty())
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        });
    }
    sortAll();
    filterSorted();
    endResetModel();
}

QModelIndex DomainFilterProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex DomainFilterProxy::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex DomainFilterProxy::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int DomainFilterProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int DomainFilterProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool DomainFilterProxy::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_visible.empty() && columnCount() > 0;
}

QModelIndex DomainFilterProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    return m_model->index(m_visible[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex DomainFilterProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_model ||
        size_t(sourceIndex.row()) >= m_proxyOf.size())
        return {};
    const int row = m_proxyOf[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant DomainFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    return m_model ? m_model->headerData(section, orientation, role) : QVariant();
}

void DomainFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    rebuild(true, QAbstractItemModel::VerticalSortHint);
}

void DomainFilterProxy::setFilter(const DomainFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_names.clear();
    for (const QString& name : std::as_const(m_filter.names))
        m_names.insert(name);
    rebuild(false, QAbstractItemModel::NoLayoutChangeHint);
}

void DomainFilterProxy::setText(const QString& text)
{
    DomainFilter filter = m_filter;
    filter.text = text;
    setFilter(filter);
}

QStringList DomainFilterProxy::setNameList(const QStringList& names)
{
    DomainFilter filter = m_filter;
    filter.useNames = !names.isEmpty();
    filter.names = names;
    QStringList unknown;
    if (!names.isEmpty() && m_model) {
        QSet<QStringView> wanted;
        for (const QString& name : names)
            wanted.insert(name);
        QSet<QStringView> found;
        const DomainListing& listing = m_model->listing();
        for (const DomainListRow& r : listing.rows) {
            for (const QStringView name : {listing.aLabel(r), listing.uLabel(r)}) {
                const auto at = wanted.constFind(name);
                if (!name.isEmpty() && at != wanted.cend())
                    found.insert(*at);
            }
        }
        for (const QString& name : names) {
            if (!found.contains(name))
                unknown.append(name);
        }
    }
    setFilter(filter);
    return unknown;
}

void DomainFilterProxy::rebuild(bool resort, QAbstractItemModel::LayoutChangeHint hint)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<int> before;
    before.reserve(size_t(persistent.size()));
    for (const QModelIndex& index : persistent)
        before.push_back(m_visible[size_t(index.row())]);
    if (resort)
        sortAll();
    filterSorted();
    QModelIndexList after;
    after.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const int row = m_proxyOf[size_t(before[size_t(i)])];
        after.append(row < 0 ? QModelIndex() : createIndex(row, persistent.at(i).column()));
    }
    changePersistentIndexList(persistent, after);
    Q_EMIT layoutChanged({}, hint);
}

void DomainFilterProxy::sourceAboutToBeReset()
{
    Q_EMIT layoutAboutToBeChanged();
    m_persistent = persistentIndexList();
    m_persistentIds.clear();
    m_persistentIds.reserve(size_t(m_persistent.size()));
    for (const QModelIndex& index : std::as_const(m_persistent))
        m_persistentIds.push_back(m_model->row(m_visible[size_t(index.row())]).id);
}

void DomainFilterProxy::sourceReset()
{
    sortAll();
    filterSorted();
    // The domains' new rows: one pass over the model for the few ids wanted.
    QHash<qint64, int> rowOfId;
    for (const qint64 id : m_persistentIds)
        rowOfId.insert(id, -1);
    const int rows = m_model->rowCount();
    for (int row = 0, found = 0; row < rows && found < rowOfId.size(); ++row) {
        const auto at = rowOfId.find(m_model->row(row).id);
        if (at != rowOfId.end()) {
            *at = row;
            ++found;
        }
    }
    QModelIndexList after;
    after.reserve(m_persistent.size());
    for (qsizetype i = 0; i < m_persistent.size(); ++i) {
        const int source = rowOfId.value(m_persistentIds[size_t(i)], -1);
        const int row = source < 0 ? -1 : m_proxyOf[size_t(source)];
        after.append(row < 0 ? QModelIndex() : createIndex(row, m_persistent.at(i).column()));
    }
    changePersistentIndexList(m_persistent, after);
    m_persistent.clear();
    m_persistentIds.clear();
    Q_EMIT layoutChanged();
}

void DomainFilterProxy::sortAll()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    m_sorted.resize(size_t(rows));
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    // The model's own order is by next deadline: days left and due need no sort.
    const bool byDue = m_sortColumn < 0 || m_sortColumn == DomainTableModel::Due ||
                       m_sortColumn == DomainTableModel::DaysLeft;
    if (!m_model || rows == 0 || (byDue && m_sortOrder == Qt::AscendingOrder))
        return;
    const DomainTableModel& model = *m_model;
    const bool descending = m_sortOrder == Qt::DescendingOrder;

    if (m_sortColumn == DomainTableModel::Name) {
        sortByName(descending);
        return;
    }

    // One integer key per row, then one sort. Holders (far fewer than domains)
    // are ranked once by the text shown.
    std::vector<qint64> holderRank;
    const QList<DomainListHolder>& holders = model.holders();
    if (m_sortColumn == DomainTableModel::Holder || m_sortColumn == DomainTableModel::Nif) {
        std::vector<int> order(static_cast<size_t>(holders.size()));
        std::iota(order.begin(), order.end(), 0);
        const bool byName = m_sortColumn == DomainTableModel::Holder;
        const auto text = [&](int i) -> const QString& {
            const DomainListHolder& h = holders.at(i);
            return byName ? (h.name.isEmpty() ? h.handle : h.name) : h.vat;
        };
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return QString::localeAwareCompare(text(a), text(b)) < 0;
        });
        holderRank.resize(order.size());
        for (size_t rank = 0; rank < order.size(); ++rank)
            holderRank[size_t(order[rank])] = qint64(rank);
    }
    const qint64 now = model.nowSecs();
    std::vector<qint64> key(static_cast<size_t>(rows));
    for (int row = 0; row < rows; ++row) {
        const DomainListRow& r = model.row(row);
        qint64& k = key[size_t(row)];
        switch (m_sortColumn) {
        case DomainTableModel::Holder:
        case DomainTableModel::Nif:
            k = r.holder < 0 ? -1 : holderRank[size_t(r.holder)];
            break;
        case DomainTableModel::HolderHandle:
            k = r.holder; // holders come by handle
            break;
        case DomainTableModel::Expires:
            k = r.expiresAt;
            break;
        case DomainTableModel::AutoRenew:
            k = r.autoRenew;
            break;
        case DomainTableModel::Programme:
            k = r.programme;
            break;
        case DomainTableModel::Standing:
            k = r.standing;
            break;
        case DomainTableModel::NextDeadline:
            k = r.nextKind;
            break;
        case DomainTableModel::Level:
            k = int(model.levelAt(r.nextDue, r.nextKind, now));
            break;
        default: // by due: the rows' own order
            k = row;
            break;
        }
    }
    if (descending)
        std::stable_sort(m_sorted.begin(), m_sorted.end(),
                         [&key](int a, int b) { return key[size_t(b)] < key[size_t(a)]; });
    else
        std::stable_sort(m_sorted.begin(), m_sorted.end(),
                         [&key](int a, int b) { return key[size_t(a)] < key[size_t(b)]; });
}

void DomainFilterProxy::sortByName(bool descending)
{
    // Comparing the names themselves means two random reads in the name
    // buffer per comparison, some twenty million of them for a million rows
    // (seconds). Each row gets a key of its first 16 characters instead,
    // packed in two integers (a character above U+00FE counts as U+00FF, and
    // a name shorter than 16 is padded with 0, which no name holds), and the
    // keys are sorted; only equal keys compare the names.
    struct Key
    {
        quint64 high;
        quint64 low;
        int row;
    };
    const DomainTableModel& model = *m_model;
    std::vector<Key> keys(m_sorted.size());
    for (size_t i = 0; i < keys.size(); ++i) {
        const int row = m_sorted[i];
        const QStringView name = model.nameView(row);
        quint64 packed[2] = {0, 0};
        const qsizetype length = std::min<qsizetype>(name.size(), 16);
        for (qsizetype at = 0; at < length; ++at) {
            const quint64 unit = std::min<quint64>(name[at].unicode(), 0xFF);
            packed[at / 8] |= unit << (8 * (7 - at % 8));
        }
        keys[i] = {packed[0], packed[1], row};
    }
    const auto less = [&model](const Key& a, const Key& b) {
        if (a.high != b.high)
            return a.high < b.high;
        if (a.low != b.low)
            return a.low < b.low;
        return model.nameView(a.row) < model.nameView(b.row);
    };
    // Names are unique: no ties, so an unstable sort gives the one order.
    if (descending)
        std::sort(keys.begin(), keys.end(),
                  [&less](const Key& a, const Key& b) { return less(b, a); });
    else
        std::sort(keys.begin(), keys.end(), less);
    for (size_t i = 0; i < keys.size(); ++i)
        m_sorted[i] = keys[i].row;
}

void DomainFilterProxy::filterSorted()
{
    m_visible.clear();
    const int rows = m_model ? m_model->rowCount() : 0;
    m_proxyOf.assign(size_t(rows), -1);
    if (rows == 0)
        return;
    const DomainTableModel& model = *m_model;
    const DomainListing& listing = model.listing();
    const DomainFilter& f = m_filter;

    const QString folded = f.text.trimmed().toCaseFolded();
    const bool byText = !folded.isEmpty();
    if (byText) {
        // Names are stored lower-case (validation folds them) in one buffer:
        // one case-sensitive search through it finds every row whose name
        // holds the text, however many rows there are.
        m_nameMatches.assign(size_t(rows), 0);
        if (!folded.contains(QLatin1Char('\n'))) {
            const QStringMatcher matcher(folded, Qt::CaseSensitive);
            const QStringView names(listing.names);
            const std::vector<qint32>& starts = listing.starts;
            qsizetype from = 0;
            qsizetype at;
            while ((at = matcher.indexIn(names, from)) >= 0) {
                const auto entry =
                    size_t(std::upper_bound(starts.begin(), starts.end(), qint32(at)) -
                           starts.begin() - 1);
                m_nameMatches[size_t(listing.rowOf[entry])] = 1;
                // The rest of that entry can only match again: go to the next one.
                from = entry + 1 < starts.size() ? starts[entry + 1] : names.size();
            }
        }
        // Holders are matched once each, domains then look theirs up.
        const QStringMatcher anyCase(folded, Qt::CaseInsensitive);
        const QList<DomainListHolder>& holders = model.holders();
        m_holderMatches.assign(size_t(holders.size()), 0);
        for (qsizetype i = 0; i < holders.size(); ++i) {
            const DomainListHolder& h = holders.at(i);
            m_holderMatches[size_t(i)] = anyCase.indexIn(h.name) >= 0 ||
                                         anyCase.indexIn(h.handle) >= 0 ||
                                         anyCase.indexIn(h.vat) >= 0;
        }
    }
    const qint64 now = model.nowSecs();
    const qint64 reach = windowReach(f.window);
    const qint64 windowEnd =
        reach == DomainListRow::NoMoment ? DomainListRow::NoMoment : now + reach;

    const auto accepts = [&](const DomainListRow& r) {
        if (f.window != DeadlineWindow::Any && (!r.hasDeadline() || r.nextDue >= windowEnd))
            return false;
        if (f.kind == DomainFilter::NoDeadline ? r.hasDeadline()
                                               : f.kind >= 0 && r.nextKind != f.kind)
            return false;
        if (f.programme >= 0 && r.programme != f.programme)
            return false;
        if (f.standing >= 0 && r.standing != f.standing)
            return false;
        if (f.autoRenew >= 0 && int(r.autoRenew) != f.autoRenew)
            return false;
        if (f.level >= 0 && int(model.levelAt(r.nextDue, r.nextKind, now)) != f.level)
            return false;
        if (f.useNames && !m_names.contains(listing.aLabel(r)) &&
            (r.uLength == 0 || !m_names.contains(listing.uLabel(r))))
            return false;
        return true;
    };

    m_visible.reserve(size_t(rows));
    for (const int row : m_sorted) {
        const DomainListRow& r = model.row(row);
        if (byText && !m_nameMatches[size_t(row)] &&
            !(r.holder >= 0 && m_holderMatches[size_t(r.holder)]))
            continue;
        if (accepts(r)) {
            m_proxyOf[size_t(row)] = int(m_visible.size());
            m_visible.push_back(row);
        }
    }
}

} // namespace rd::ui
