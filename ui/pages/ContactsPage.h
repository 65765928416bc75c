#pragma once

#include "pages/TablePage.h"

class QComboBox;

namespace rd {
class PortfolioService;
}

namespace rd::ui {

class ContactFilterProxy;
class ContactTableModel;

// The portfolio's contacts: quick text filter across handle, name,
// organisation, NIF and e-mail; filters by kind, verification and holding.
class ContactsPage : public TablePage
{
    Q_OBJECT

public:
    explicit ContactsPage(PortfolioService& service, QWidget* parent = nullptr);

    void reload();
    QString currentContact() const;
    ContactTableModel* contactModel() const { return m_model; }

Q_SIGNALS:
    void contactActivated(const QString& handle);

protected:
    QVariantMap filterState() const override;
    void applyFilterState(const QVariantMap& state) override;
    void applyText(const QString& text) override;
    void resetChoices() override;

private:
    void updateCount();

    ContactTableModel* m_model = nullptr;
    ContactFilterProxy* m_proxy = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_verification = nullptr;
    QComboBox* m_holding = nullptr;
};

} // namespace rd::ui
