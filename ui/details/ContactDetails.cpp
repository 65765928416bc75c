#include "details/ContactDetails.h"

#include "AppIdentity.h"
#include "details/PanelText.h"
#include "i18n/Labels.h"
#include "service/DeskRecords.h"
#include "service/PortfolioService.h"
#include "validation/EmailValidator.h"
#include "validation/NifValidator.h"
#include "validation/PhoneValidator.h"
#include "validation/PostcodeValidator.h"

#include <QGroupBox>
#include <QLabel>
#include <QStringBuilder>
#include <QVBoxLayout>

namespace rd::ui {
namespace {

QString row(const QString& field, const QString& value)
{
    return QStringLiteral("<tr><td><b>") % PanelText::escaped(field) %
           QStringLiteral("</b></td><td>") % value % QStringLiteral("</td></tr>");
}

} // namespace

ContactDetails::ContactDetails(PortfolioService& service, const Clock& clock, QWidget* parent)
    : DetailsPanel(parent)
    , m_service(service)
    , m_clock(clock)
{
    auto* body = PanelText::scrollingBody(this);
    auto* layout = new QVBoxLayout(body);
    m_title = new QLabel(body);
    m_title->setObjectName(QStringLiteral("contactTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_identity = linkedLabel(QStringLiteral("identityLabel"), body);
    layout->addWidget(section(tr("Contact"), m_identity, body));
    m_checks = linkedLabel(QStringLiteral("checksLabel"), body);
    layout->addWidget(section(tr("Validation"), m_checks, body));
    m_domains = linkedLabel(QStringLiteral("domainsLabel"), body);
    layout->addWidget(section(tr("Domains"), m_domains, body));
    layout->addStretch(1);
    showContact(QString());
}

void ContactDetails::showContact(const QString& handle)
{
    m_handle = handle;
    reload();
}

void ContactDetails::reload()
{
    const std::optional<Contact> found =
        m_handle.isEmpty() ? std::nullopt : m_service.contacts().findByHandle(m_handle);
    if (!found) {
        m_title->setText(m_handle.isEmpty()
                             ? tr("No contact selected")
                             : tr("There is no contact with the handle %1.").arg(m_handle));
        m_identity->clear();
        m_checks->clear();
        m_domains->clear();
        return;
    }
    const Contact& c = *found;
    m_title->setText(c.name);

    QString html = QStringLiteral("<table cellpadding=\"2\">");
    html += row(tr("Handle"), PanelText::escaped(c.handle));
    html += row(tr("Kind"), PanelText::escaped(Labels::of(c.kind)));
    if (!c.organisation.isEmpty() && c.organisation != c.name)
        html += row(tr("Organisation"), PanelText::escaped(c.organisation));
    QStringList address = c.address.street;
    address.append(
        QStringList{c.address.postcode, c.address.city}.join(QLatin1Char(' ')).trimmed());
    if (!c.address.province.isEmpty())
        address.append(c.address.province);
    address.append(c.address.countryCode);
    address.removeAll(QString());
    html += row(tr("Address"), PanelText::escaped(address.join(QStringLiteral(", "))));
    html += row(tr("E-mail"), PanelText::escaped(c.email));
    html += row(tr("Phone"), PanelText::escaped(c.voice));
    if (!c.mobile.isEmpty())
        html += row(tr("Mobile"), PanelText::escaped(c.mobile));
    html += row(tr("VAT number"), PanelText::escaped(c.vat));
    if (!c.identityDocument.isEmpty())
        html += row(tr("Identity document"), PanelText::escaped(c.identityDocument));
    html += row(tr("Registry verification"), PanelText::escaped(Labels::of(c.verification)));
    m_identity->setText(html + QStringLiteral("</table>"));

    // What the validators say, field by field; a foreign contact's VAT id and
    // postcode follow its own country's rules, which the desk does not check.
    const bool portuguese =
        c.address.countryCode.isEmpty() ||
        c.address.countryCode.compare(QLatin1String("PT"), Qt::CaseInsensitive) == 0;
    QList<QStringList> checks;
    const auto check = [&](const QString& field, const QString& value,
                           const std::optional<ValidationResult>& result) {
        QString verdict;
        if (value.trimmed().isEmpty())
            verdict = PanelText::escaped(tr("– not given"));
        else if (!result)
            verdict = PanelText::escaped(tr("– not checked (not a Portuguese contact)"));
        else if (result->ok)
            verdict = PanelText::escaped(tr("✓ valid"));
        else
            verdict = QStringLiteral("<span style=\"color:#c62828\">") %
                      PanelText::escaped(tr("✖ %1").arg(result->reason)) %
                      QStringLiteral("</span>");
        checks.append({QStringLiteral("<b>") % PanelText::escaped(field) % QStringLiteral("</b>"),
                       PanelText::escaped(value), verdict});
    };
    const bool organisation = c.kind == ContactKind::Organisation;
    check(organisation ? tr("NIPC") : tr("NIF"), c.vat,
          portuguese
              ? std::optional<ValidationResult>(organisation ? NifValidator::validateNipc(c.vat)
                                                             : NifValidator::validateNif(c.vat))
              : std::nullopt);
    check(tr("E-mail"), c.email, EmailValidator::validate(c.email));
    check(tr("Phone"), c.voice, PhoneValidator::validate(c.voice));
    if (!c.mobile.isEmpty())
        check(tr("Mobile"), c.mobile, PhoneValidator::validate(c.mobile));
    check(tr("Postcode"), c.address.postcode,
          portuguese
              ? std::optional<ValidationResult>(PostcodeValidator::validate(c.address.postcode))
              : std::nullopt);
    m_checks->setText(PanelText::table({tr("Field"), tr("Value"), tr("Result")}, checks));

    QList<QStringList> rows;
    for (const ContactRole& role :
         DeskRecords(m_service, agentName(QStringLiteral("desk"))).rolesOf(c.id)) {
        QStringList roles;
        if (role.holder)
            roles.append(tr("holder"));
        if (role.tech)
            roles.append(tr("technical contact"));
        rows.append({PanelText::domainLink(role.aLabel, role.uLabel),
                     PanelText::escaped(roles.join(QStringLiteral(", ")))});
    }
    m_domains->setText(rows.isEmpty() ? PanelText::none()
                                      : PanelText::table({tr("Domain"), tr("Role")}, rows));
}

} // namespace rd::ui
