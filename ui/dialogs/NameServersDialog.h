#pragma once

#include "dialogs/ChangeDialog.h"

class QPlainTextEdit;

namespace rd::ui {

// New name servers for a domain (RFC 5731 host attributes; .PT takes 2 to 13).
class NameServersDialog : public ChangeDialog
{
    Q_OBJECT

public:
    NameServersDialog(PortfolioService& service, const Clock& clock, SessionProvider sessions,
                      const Domain& domain, QWidget* parent = nullptr);

protected:
    std::optional<QString> value(QString* error) const override;
    QString consequence(const QString& value) const override;

private:
    QPlainTextEdit* m_hosts = nullptr;
};

} // namespace rd::ui
