#pragma once

#include "pages/TablePage.h"

class QComboBox;
class QLabel;
class QToolButton;

namespace rd {
class PortfolioService;
}

namespace rd::ui {

class DomainFilterProxy;
class DomainTableModel;

// The portfolio as a table: quick text filter across name, holder, handle and
// NIF; filters by deadline window, level, kind, programme, auto-renew and
// registry status; a pasted list of names; chosen columns; saved views;
// several domains selected at once for bulk changes.
class DomainsPage : public TablePage
{
    Q_OBJECT

public:
    explicit DomainsPage(PortfolioService& service, QWidget* parent = nullptr);

    // Reads the portfolio again, all of it before returning.
    void reload();
    // Whether the table holds only the first rows while the rest is read
    // (the count line says so); finishLoading() waits for the rest.
    bool isLoading() const;
    void finishLoading();
    QStringList selectedDomains() const; // the names people read, in table order
    QString currentDomain() const;
    // Filters the table to the names in text (lines, commas or spaces);
    // returns the names the portfolio does not have.
    QStringList applyNameList(const QString& text);

    DomainTableModel* domainModel() const { return m_model; }
    DomainFilterProxy* proxy() const { return m_proxy; }

Q_SIGNALS:
    void domainActivated(const QString& name);

protected:
    QVariantMap filterState() const override;
    void applyFilterState(const QVariantMap& state) override;
    void applyText(const QString& text) override;
    void resetChoices() override;

private:
    void choicesChanged();
    void portfolioLoaded(bool ok, const QString& error);
    void pasteNames();
    void showNameList(const QStringList& unknown);
    void updateCount();

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
    QWidget* m_namesBar = nullptr;
    QLabel* m_namesLabel = nullptr;
    bool m_applying = false; // choices being set from a saved view
};

} // namespace rd::ui
