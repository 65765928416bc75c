#pragma once

#include "rules/AlertLevel.h"
#include "storage/DomainListing.h"

#include <QAbstractTableModel>
#include <QTimeZone>
#include <array>
#include <memory>

class QThread;

namespace rd {
class PortfolioService;
}

namespace rd::ui {

// The whole portfolio, one row per domain, in order of the next deadline. All
// rows are read at once into compact structs (storage/DomainListing.h), so a
// filter or a sort sees every domain. Cells are computed when a view asks for
// them, i.e. only for the rows on screen.
//
// open() shows the first rows by next deadline at once and reads the whole
// portfolio on a second connection in a worker thread; the model then resets
// to it (DomainFilterProxy turns that into a layout change that keeps the
// filter, the sort, the selection and the current row).
class DomainTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Holder,
        Expires,
        AutoRenew,
        Programme,
        NextDeadline,
        Due,
        DaysLeft,
        Level,
        HolderHandle,
        Nif,
        Standing,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value: numbers and moments sort as such
        AlertLevelRole,              // int(AlertLevel) of the next deadline
        DomainIdRole,
        DomainNameRole, // the name people read (U-label)
    };

    explicit DomainTableModel(PortfolioService& service, QObject* parent = nullptr);
    ~DomainTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads the portfolio again, all of it before returning (a load under way
    // is dropped); false (the model empty) when the database cannot be read.
    bool reload(QString* error = nullptr);
    // Reads the first headRows() rows now and the rest in the background when
    // there are more (isLoading() until loaded() is emitted); false (the model
    // empty) when the database cannot be read. A database without a file of
    // its own (in memory) is read at once, like reload().
    bool open(QString* error = nullptr);
    // Reads the portfolio again after a change. One larger than headRows()
    // is read in the background while the table keeps the rows it has, which
    // the new ones replace when they arrive (loaded()); a smaller one, or one
    // in memory, at once, like reload().
    bool refresh(QString* error = nullptr);
    // A read is under way: of the rest after the first rows, or a refresh.
    bool isLoading() const { return m_thread != nullptr; }
    // Only the first rows are in; the rest is being read (open()).
    bool holdsFirstRowsOnly() const { return m_thread != nullptr && !m_refreshing; }
    // Blocks until a load under way is in place (at once when none is).
    void finishLoading();
    // How many rows open() reads before showing them: a screenful and more.
    int headRows() const { return m_headRows; }
    void setHeadRows(int rows) { m_headRows = std::max(rows, 1); }

    const DomainListRow& row(int row) const { return m_listing.rows[size_t(row)]; }
    const DomainListing& listing() const { return m_listing; }
    QStringView nameView(int row) const { return m_listing.name(this->row(row)); }
    const DomainListHolder* holderOf(int row) const;
    const QList<DomainListHolder>& holders() const { return m_listing.holders; }
    AlertLevel levelOf(int row) const;
    // The level of a deadline of the given kind due at `due`, seen at `now` (seconds).
    AlertLevel levelAt(qint64 due, int kind, qint64 now) const;
    qint64 nowSecs() const; // the service clock's now
    QString nameOf(int row) const { return row < 0 ? QString() : nameView(row).toString(); }
    static QString standingLabel(int standing); // int(RegistryStanding)

Q_SIGNALS:
    // A load started by open() or refresh() ended: the whole portfolio is in
    // the model, or (ok false) the rows before stay, with the reason.
    void loaded(bool ok, const QString& error);

private:
    struct Load;
    void cancelLoad();
    void startLoad(const QString& path, bool refreshing);
    static bool hasFile(const QString& path);
    void takeLoad();

    QString explanation(int row) const;
    qint64 daysLeft(const DomainListRow& row) const;

    PortfolioService& m_service;
    DomainListing m_listing;
    std::array<AlertLevel, 8> m_kindCap{}; // the rule's highest level per DeadlineKind
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    int m_headRows = 2000;
    QThread* m_thread = nullptr;
    quint64 m_generation = 0; // of the load under way
    std::shared_ptr<Load> m_load;
    bool m_refreshing = false; // the load under way replaces a whole portfolio
};

} // namespace rd::ui
