#include "dialogs/RenewDialog.h"

#include "details/PanelText.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rd::ui {

RenewDialog::RenewDialog(PortfolioService& service, const Clock& clock, SessionProvider sessions,
                         const Domain& domain, QWidget* parent)
    : ChangeDialog(service, clock, std::move(sessions), domain, Draft::Kind::Renew, parent)
{
    setObjectName(QStringLiteral("renewDialog"));
    setWindowTitle(tr("Renew %1").arg(domain.uLabel));
    auto* form = new QWidget(this);
    auto* layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(
        tr("It expires on %1. Renew it for:").arg(PanelText::date(domain.expiresAt)), form));
    auto* row = new QHBoxLayout;
    m_years = new QButtonGroup(this);
    for (int n : {1, 3, 5}) {
        auto* radio = new QRadioButton(tr("%n year(s)", nullptr, n), form);
        radio->setObjectName(QStringLiteral("years%1").arg(n));
        m_years->addButton(radio, n);
        row->addWidget(radio);
    }
    m_years->button(1)->setChecked(true);
    row->addStretch(1);
    layout->addLayout(row);
    m_preview = new QLabel(form);
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setWordWrap(true);
    layout->addWidget(m_preview);
    connect(m_years, &QButtonGroup::idClicked, this, &RenewDialog::updatePreview);
    updatePreview();
    finishLayout(form);
}

int RenewDialog::years() const
{
    return m_years->checkedId();
}

void RenewDialog::updatePreview()
{
    m_preview->setText(
        tr("New expiry date: %1.").arg(PanelText::date(m_domain.expiresAt.addYears(years()))));
}

std::optional<QString> RenewDialog::value(QString*) const
{
    return QString::number(years());
}

QString RenewDialog::consequence(const QString& value) const
{
    const int n = value.toInt();
    return tr("The registry will renew %1 for %n year(s) and charge the renewal; it will then "
              "expire on %2.",
              nullptr, n)
        .arg(m_domain.uLabel, PanelText::date(m_domain.expiresAt.addYears(n)));
}

} // namespace rd::ui
