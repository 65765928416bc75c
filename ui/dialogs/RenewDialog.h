#pragma once

#include "dialogs/ChangeDialog.h"

class QButtonGroup;
class QLabel;

namespace rd::ui {

// A renewal for 1, 3 or 5 years (.PT periods, pt-registry.md 2.2).
class RenewDialog : public ChangeDialog
{
    Q_OBJECT

public:
    RenewDialog(PortfolioService& service, const Clock& clock, SessionProvider sessions,
                const Domain& domain, QWidget* parent = nullptr);

protected:
    std::optional<QString> value(QString* error) const override;
    QString consequence(const QString& value) const override;

private:
    void updatePreview();
    int years() const;

    QButtonGroup* m_years = nullptr;
    QLabel* m_preview = nullptr;
};

} // namespace rd::ui
