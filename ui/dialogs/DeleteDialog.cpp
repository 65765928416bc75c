#include "dialogs/DeleteDialog.h"

#include "details/PanelText.h"
#include "dialogs/DraftSending.h"
#include "dialogs/ErrorLabel.h"
#include "service/PortfolioService.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace rd::ui {

namespace {

QString shownName(const Domain& domain)
{
    return domain.uLabel.isEmpty() ? domain.aLabel : domain.uLabel;
}

} // namespace

QString DeleteDialog::consequence(const Domain& domain)
{
    return tr("Delete %1 at the registry?\n\nThe registry removes the domain at once, with its "
              "name servers and DS records: its web sites and e-mail stop working. Deletion is "
              "final: it cannot be undone, and the name becomes free for anyone to register.")
        .arg(shownName(domain));
}

DeleteDialog::DeleteDialog(PortfolioService& service, const Clock& clock, SessionProvider sessions,
                           const Domain& domain, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_clock(clock)
    , m_sessions(std::move(sessions))
    , m_domain(domain)
{
    setObjectName(QStringLiteral("deleteDialog"));
    setWindowTitle(tr("Delete %1").arg(shownName(domain)));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size));
    icon->setAlignment(Qt::AlignTop);
    auto* text = new QLabel(consequence(domain), this);
    text->setObjectName(QStringLiteral("consequenceLabel"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    row->addWidget(icon);
    row->addWidget(text, 1);
    layout->addLayout(row);

    QStringList facts;
    if (!domain.registrantHandle.isEmpty())
        facts.append(tr("Holder: %1").arg(domain.registrantHandle));
    if (domain.expiresAt.isValid())
        facts.append(tr("Expires on %1").arg(PanelText::date(domain.expiresAt)));
    if (!facts.isEmpty()) {
        auto* known = new QLabel(facts.join(QStringLiteral(" · ")), this);
        known->setObjectName(QStringLiteral("factsLabel"));
        known->setTextFormat(Qt::PlainText);
        layout->addWidget(known);
    }
    auto* hint =
        new QLabel(tr("To delete it, type the domain's name, %1:").arg(shownName(domain)), this);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    layout->addWidget(hint);
    m_typed = new QLineEdit(this);
    m_typed->setObjectName(QStringLiteral("confirmNameEdit"));
    layout->addWidget(m_typed);
    m_error = errorLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* keep = buttons->addButton(tr("Keep as draft"), QDialogButtonBox::ActionRole);
    keep->setObjectName(QStringLiteral("keepDraftButton"));
    keep->setAutoDefault(false);
    // Action roles keep the order: the harmless draft first.
    m_delete = buttons->addButton(tr("Delete at the registry"), QDialogButtonBox::ActionRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setEnabled(false);
    m_delete->setAutoDefault(false);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true); // a stray Enter deletes nothing
    connect(m_typed, &QLineEdit::textChanged, this, [this](const QString& now) {
        const QString typed = now.trimmed();
        m_delete->setEnabled(typed.compare(m_domain.aLabel, Qt::CaseInsensitive) == 0 ||
                             typed.compare(shownName(m_domain), Qt::CaseInsensitive) == 0);
    });
    connect(keep, &QPushButton::clicked, this, [this] { commit(false); });
    connect(m_delete, &QPushButton::clicked, this, [this] { commit(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void DeleteDialog::commit(bool send)
{
    if (send && !m_delete->isEnabled())
        return;
    QString error;
    const std::optional<qint64> id =
        m_service.draftChange(m_domain.aLabel, Draft::Kind::Delete, QString(), &error);
    if (!id) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_draftId = *id;
    if (send)
        m_outcome = DraftSending::send(parentWidget(), m_service, m_clock, m_sessions, *id);
    accept();
}

} // namespace rd::ui
