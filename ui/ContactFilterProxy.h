#pragma once

#include <QSortFilterProxyModel>

namespace rd::ui {

// Contacts by a text (handle, name, organisation, NIF, e-mail), kind,
// verification state and whether they hold domains. Contacts are far fewer
// than domains, so the stock proxy is fast enough; it reads the model's
// contacts directly instead of going through cells.
class ContactFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ContactFilterProxy(QObject* parent = nullptr);

    void setText(const QString& text);
    void setKind(int kind);                 // int(ContactKind), -1 any
    void setVerification(int verification); // int(VerificationState), -1 any
    void setHolding(int holding);           // 1 holders of domains, 0 holders of none, -1 any
    QString text() const { return m_text; }
    int kind() const { return m_kind; }
    int verification() const { return m_verification; }
    int holding() const { return m_holding; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    int m_kind = -1;
    int m_verification = -1;
    int m_holding = -1;
};

} // namespace rd::ui
