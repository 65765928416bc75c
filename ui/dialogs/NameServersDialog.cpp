#include "dialogs/NameServersDialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace rd::ui {

NameServersDialog::NameServersDialog(PortfolioService& service, const Clock& clock,
                                     SessionProvider sessions, const Domain& domain,
                                     QWidget* parent)
    : ChangeDialog(service, clock, std::move(sessions), domain, Draft::Kind::NameServers, parent)
{
    setObjectName(QStringLiteral("nameServersDialog"));
    setWindowTitle(tr("Name servers of %1").arg(domain.uLabel));
    auto* form = new QWidget(this);
    auto* layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* help = new QLabel(tr("One host name per line, 2 to 13 in all. They replace the "
                               "domain's name servers at the registry."),
                            form);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_hosts = new QPlainTextEdit(form);
    m_hosts->setObjectName(QStringLiteral("nameServersEdit"));
    QStringList hosts;
    for (const NameServer& ns : domain.nameServers)
        hosts.append(ns.host);
    m_hosts->setPlainText(hosts.join(QLatin1Char('\n')));
    layout->addWidget(m_hosts);
    finishLayout(form);
    resize(460, 320);
}

std::optional<QString> NameServersDialog::value(QString*) const
{
    // The service checks the names and their number, and says which is wrong.
    QStringList hosts = m_hosts->toPlainText().split(QRegularExpression(QStringLiteral("[\\s,]+")),
                                                     Qt::SkipEmptyParts);
    return hosts.join(QLatin1Char(','));
}

QString NameServersDialog::consequence(const QString& value) const
{
    QStringList before;
    for (const NameServer& ns : m_domain.nameServers)
        before.append(ns.host);
    return tr("The registry will replace the name servers of %1:\n%2\nwith:\n%3\nThe domain's "
              "DNS answers from the new servers as soon as the change is published.")
        .arg(m_domain.uLabel, before.isEmpty() ? tr("(none)") : before.join(QStringLiteral(", ")),
             value.split(QLatin1Char(',')).join(QStringLiteral(", ")));
}

} // namespace rd::ui
