#pragma once

#include "RegistryAccess.h"
#include "pages/TablePage.h"

class QComboBox;
class QLabel;
class QToolButton;

namespace rd {
class Clock;
class PortfolioService;
} // namespace rd

namespace rd::ui {

class DomainFilterProxy;
class DomainTableModel;

// The portfolio as a table: quick text filter across name, holder, handle and
// NIF; filters by deadline window, level, kind, programme, auto-renew and
// registry status; a pasted list of names; chosen columns; saved views;
// several domains selected at once for bulk changes (a button and the
// table's context menu), and transfers in.
class DomainsPage : public TablePage
{
    Q_OBJECT

public:
    explicit DomainsPage(PortfolioService& service, QWidget* parent = nullptr);

    // Reads the portfolio again (DomainTableModel::refresh: a large one in the
    // background, the rows shown meanwhile staying until the new ones arrive).
    void reload();
    // Whether the portfolio is being read: the rest after the first rows (the
    // count line says so) or again after a change; finishLoading() waits.
    bool isLoading() const;
    void finishLoading();
    QStringList selectedDomains() const; // the names people read, in table order
    QString currentDomain() const;
    // Makes the domain's row current where the table shows it. While the
    // portfolio is still arriving and the row is not among the first ones, it
    // becomes current when the rest arrives, unless another row was chosen.
    void selectDomain(qint64 id);
    // Filters the table to the names in text (lines, commas or spaces);
    // returns the names the portfolio does not have.
    QStringList applyNameList(const QString& text);

    // Where bulk changes and transfers in reach the registry; without it the
    // page offers neither.
    void setRegistryAccess(const Clock& clock, SessionProvider sessions);
    // One change for every selected domain (BulkChangeDialog).
    void changeSelected();
    // A domain from another registrar (TransferInDialog).
    void transferIn();

    DomainTableModel* domainModel() const { return m_model; }
    DomainFilterProxy* proxy() const { return m_proxy; }

Q_SIGNALS:
    void domainActivated(const QString& name);
    // Drafts were made or sent from the page: the portfolio changed.
    void portfolioChanged();

protected:
    QVariantMap filterState() const override;
    void applyFilterState(const QVariantMap& state) override;
    void applyText(const QString& text) override;
    void resetChoices() override;

private:
    void choicesChanged();
    void portfolioLoaded(bool ok, const QString& error);
    bool selectRowOf(qint64 id);
    qint64 currentDomainId() const;
    void pasteNames();
    void showNameList(const QStringList& unknown);
    void updateCount();
    void updateChangeButtons();
    void showTableMenu(const QPoint& at);

    PortfolioService& m_service;
    DomainTableModel* m_model = nullptr;
    DomainFilterProxy* m_proxy = nullptr;
    QComboBox* m_window = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_programme = nullptr;
    QComboBox* m_autoRenew = nullptr;
    QComboBox* m_standing = nullptr;
    QToolButton* m_paste = nullptr;
    QToolButton* m_changeSelected = nullptr;
    QToolButton* m_transferIn = nullptr;
    const Clock* m_clock = nullptr;
    SessionProvider m_sessions;
    QWidget* m_namesBar = nullptr;
    QLabel* m_namesLabel = nullptr;
    bool m_applying = false; // choices being set from a saved view
    struct
    {
        qint64 id = 0;      // asked for while loading, not yet shown
        qint64 current = 0; // the current row's domain when it was asked for
    } m_wanted;
};

} // namespace rd::ui
