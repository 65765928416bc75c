#pragma once

#include <QAbstractProxyModel>
#include <QSet>
#include <QStringView>
#include <QVariantMap>
#include <vector>

namespace rd::ui {

class DomainTableModel;

// Deadline windows of the filter bar. Every window counts overdue deadlines
// in, like PortfolioService::deadlines(withinDays): what is late is also due soon.
enum class DeadlineWindow
{
    Any,
    Overdue,
    Day,
    Week,
    Month,
    TwoMonths,
    Quarter
};

// How far ahead of now a window reaches, in seconds (Any: no end).
qint64 windowReach(DeadlineWindow window);

// What the agent narrows the domain table to. -1 in a choice means "any".
struct DomainFilter
{
    static constexpr int NoDeadline = -2; // kind: domains without a deadline

    QString text;       // across name (both forms), holder, holder handle, NIF
    int level = -1;     // int(AlertLevel)
    int kind = -1;      // int(DeadlineKind) of the next deadline, or NoDeadline
    int programme = -1; // int(Programme)
    int standing = -1;  // int(RegistryStanding)
    int autoRenew = -1; // 0 off, 1 on
    DeadlineWindow window = DeadlineWindow::Any;
    bool useNames = false; // only the names below (a pasted list)
    QStringList names;

    QVariantMap toMap() const; // for saved views
    static DomainFilter fromMap(const QVariantMap& map);
    bool operator==(const DomainFilter& other) const;
    bool operator!=(const DomainFilter& other) const { return !(*this == other); }

    // A pasted list: names separated by lines, commas, semicolons or spaces,
    // lower-cased, without a trailing dot; duplicates dropped, order kept.
    static QStringList parseNames(const QString& text);
};

// Filters and sorts DomainTableModel's rows for the views. A
// QSortFilterProxyModel would map and sort through QVariant cells and announce
// each removed range: seconds on a million rows. This proxy works on the
// model's compact rows directly: a sort is one std::stable_sort over row
// numbers (ties keep the next-deadline order), a filter change one pass over
// the sorted rows, and views hear a single layout change, so selections and
// the current row follow their domains.
class DomainFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit DomainFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override; // a DomainTableModel
    DomainTableModel* domainModel() const { return m_model; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const DomainFilter& filter() const { return m_filter; }
    void setFilter(const DomainFilter& filter);
    void setText(const QString& text);
    // Keeps only the names given (see DomainFilter::parseNames); returns those
    // the portfolio does not have. An empty list clears the name filter.
    QStringList setNameList(const QStringList& names);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    int sourceRow(int proxyRow) const { return m_visible[size_t(proxyRow)]; }

private:
    void rebuild(bool resort, QAbstractItemModel::LayoutChangeHint hint);
    void sourceAboutToBeReset();
    void sourceReset();
    void sortAll();
    void sortByName(bool descending);
    void filterSorted();

    DomainTableModel* m_model = nullptr;
    DomainFilter m_filter;
    QSet<QStringView> m_names;         // the pasted list (views of m_filter.names)
    std::vector<char> m_nameMatches;   // per row: its name holds the text
    std::vector<char> m_holderMatches; // per holder: name, handle or NIF holds the text
    std::vector<int> m_sorted;         // every source row, in the sort order
    std::vector<int> m_visible;        // proxy row -> source row
    std::vector<int> m_proxyOf;        // source row -> proxy row, -1 when filtered out
    int m_sortColumn = -1;             // -1: the model's own order (by next deadline)
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QModelIndexList m_persistent;        // while the model resets
    std::vector<qint64> m_persistentIds; // their domains
};

} // namespace rd::ui
