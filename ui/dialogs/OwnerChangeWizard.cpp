#include "dialogs/OwnerChangeWizard.h"

#include "details/PanelText.h"
#include "dialogs/DraftSending.h"
#include "dialogs/ErrorLabel.h"
#include "i18n/Labels.h"
#include "service/PortfolioService.h"
#include "storage/Database.h"
#include "validation/EmailValidator.h"
#include "validation/NifValidator.h"
#include "validation/PhoneValidator.h"
#include "validation/PostcodeValidator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStringBuilder>
#include <QVBoxLayout>

namespace rd::ui {
namespace {

// One line of the field checks: a mark, the field, and the reason when wrong.
QString checkLine(const QString& field, const QString& input, const ValidationResult& result)
{
    if (input.trimmed().isEmpty())
        return QStringLiteral("– ") % PanelText::escaped(field);
    if (result)
        return QStringLiteral("✓ ") % PanelText::escaped(field) % QStringLiteral(": ") %
               PanelText::escaped(result.value);
    return QStringLiteral("<span style=\"color:#c62828\">✖ ") % PanelText::escaped(field) %
           QStringLiteral(": ") % PanelText::escaped(result.reason) % QStringLiteral("</span>");
}

} // namespace

OwnerChangeWizard::OwnerChangeWizard(PortfolioService& service, const Clock& clock,
                                     SessionProvider sessions, const Domain& domain,
                                     QWidget* parent)
    : QWizard(parent)
    , m_service(service)
    , m_clock(clock)
    , m_sessions(std::move(sessions))
    , m_domain(domain)
{
    setObjectName(QStringLiteral("ownerChangeWizard"));
    setWindowTitle(tr("Owner change of %1").arg(domain.uLabel));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(HolderPage, holderPage());
    setPage(PreviewPage, previewPage());
    setPage(SendPage, sendPage());
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == PreviewPage)
            m_preview->setText(preview());
        if (id == SendPage)
            m_sendNote->setVisible(createsContact());
    });
    resize(640, 520);
}

QWizardPage* OwnerChangeWizard::holderPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("holderPage"));
    page->setTitle(tr("The new holder"));
    const std::optional<Contact> current =
        m_service.contacts().findByHandle(m_domain.registrantHandle);
    page->setSubTitle(
        tr("%1 is held by %2. Who takes it over?")
            .arg(m_domain.uLabel, current ? current->name : m_domain.registrantHandle));
    auto* layout = new QVBoxLayout(page);
    m_existing = new QRadioButton(tr("A contact the desk knows"), page);
    m_existing->setObjectName(QStringLiteral("existingRadio"));
    layout->addWidget(m_existing);
    m_contacts = new QComboBox(page);
    m_contacts->setObjectName(QStringLiteral("contactCombo"));
    for (const Contact& c : m_service.contacts().all()) {
        if (c.handle == m_domain.registrantHandle)
            continue; // the change must name someone else
        m_contacts->addItem(QStringLiteral("%1 (%2)").arg(c.name, c.handle), c.handle);
    }
    layout->addWidget(m_contacts);
    m_create = new QRadioButton(tr("A new contact"), page);
    m_create->setObjectName(QStringLiteral("createRadio"));
    layout->addWidget(m_create);

    m_newForm = new QWidget(page);
    auto* form = new QFormLayout(m_newForm);
    const auto addField = [&](const QString& name, const QString& label) {
        auto* edit = new QLineEdit(m_newForm);
        edit->setObjectName(name);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, &OwnerChangeWizard::checkFields);
        return edit;
    };
    m_handle = addField(QStringLiteral("handleEdit"), tr("Handle:"));
    m_handle->setPlaceholderText(QStringLiteral("ABCD-123456-ADNS"));
    m_kind = new QComboBox(m_newForm);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(Labels::of(ContactKind::Person), int(ContactKind::Person));
    m_kind->addItem(Labels::of(ContactKind::Organisation), int(ContactKind::Organisation));
    form->addRow(tr("Kind:"), m_kind);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &OwnerChangeWizard::checkFields);
    m_name = addField(QStringLiteral("nameEdit"), tr("Name:"));
    m_vat = addField(QStringLiteral("vatEdit"), tr("NIF / NIPC:"));
    m_email = addField(QStringLiteral("emailEdit"), tr("E-mail:"));
    m_phone = addField(QStringLiteral("phoneEdit"), tr("Phone:"));
    m_street = addField(QStringLiteral("streetEdit"), tr("Street:"));
    m_city = addField(QStringLiteral("cityEdit"), tr("City:"));
    m_postcode = addField(QStringLiteral("postcodeEdit"), tr("Postcode:"));
    layout->addWidget(m_newForm);
    m_checks = PanelText::richLabel(QStringLiteral("checksLabel"), page);
    layout->addWidget(m_checks);
    m_holderError = errorLabel(page);
    layout->addWidget(m_holderError);
    layout->addStretch(1);

    const auto choose = [this] {
        m_contacts->setEnabled(m_existing->isChecked());
        m_newForm->setEnabled(m_create->isChecked());
        m_checks->setVisible(m_create->isChecked());
        m_holderError->hide();
    };
    connect(m_existing, &QRadioButton::toggled, this, choose);
    (m_contacts->count() > 0 ? m_existing : m_create)->setChecked(true);
    choose();
    checkFields();
    return page;
}

void OwnerChangeWizard::checkFields()
{
    const bool organisation =
        ContactKind(m_kind->currentData().toInt()) == ContactKind::Organisation;
    const QStringList lines = {
        checkLine(organisation ? tr("NIPC") : tr("NIF"), m_vat->text(),
                  organisation ? NifValidator::validateNipc(m_vat->text())
                               : NifValidator::validateNif(m_vat->text())),
        checkLine(tr("E-mail"), m_email->text(), EmailValidator::validate(m_email->text())),
        checkLine(tr("Phone"), m_phone->text(), PhoneValidator::validate(m_phone->text())),
        checkLine(tr("Postcode"), m_postcode->text(),
                  PostcodeValidator::validate(m_postcode->text())),
    };
    m_checks->setText(lines.join(QStringLiteral("<br>")));
}

Contact OwnerChangeWizard::newHolder() const
{
    if (!createsContact()) {
        const std::optional<Contact> known =
            m_service.contacts().findByHandle(m_contacts->currentData().toString());
        return known ? *known : Contact();
    }
    Contact c;
    c.handle = m_handle->text().trimmed();
    c.kind = ContactKind(m_kind->currentData().toInt());
    c.name = m_name->text();
    if (c.kind == ContactKind::Organisation)
        c.organisation = c.name;
    c.vat = m_vat->text();
    c.email = m_email->text();
    c.voice = m_phone->text();
    if (!m_street->text().trimmed().isEmpty())
        c.address.street = {m_street->text().trimmed()};
    c.address.city = m_city->text().trimmed();
    c.address.postcode = m_postcode->text();
    return c;
}

bool OwnerChangeWizard::createsContact() const
{
    return m_create->isChecked();
}

QWizardPage* OwnerChangeWizard::previewPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("previewPage"));
    page->setTitle(tr("What will happen"));
    auto* layout = new QVBoxLayout(page);
    m_preview = PanelText::richLabel(QStringLiteral("previewLabel"), page);
    layout->addWidget(m_preview);
    layout->addStretch(1);
    return page;
}

QString OwnerChangeWizard::preview() const
{
    const Contact holder = newHolder();
    const std::optional<Contact> current =
        m_service.contacts().findByHandle(m_domain.registrantHandle);
    // The deadlines as the engine will compute them, if each party takes all
    // the time it has: the rules are data, so the preview follows them.
    const DomainFacts facts = DomainFacts::of(m_domain);
    PendingAction action;
    action.id = -1;
    action.domainId = m_domain.id;
    action.kind = ActionKind::OwnerChange;
    action.state = ActionState::AwaitingHolder;
    action.steps = {{ActionStepKind::Opened, m_clock.now(), {}, {}}};
    const auto dueOf = [&](DeadlineKind kind) {
        for (const Deadline& d : m_service.engine().evaluate(facts, {action})) {
            if (d.actionId == action.id && d.kind == kind)
                return d.due;
        }
        return QDateTime();
    };
    const QDateTime holderDue = dueOf(DeadlineKind::OwnerChangeHolder);
    action.state = ActionState::AwaitingNewHolder;
    action.steps.append({ActionStepKind::HolderApproved, holderDue, {}, {}});
    const QDateTime newHolderDue = dueOf(DeadlineKind::OwnerChangeNewHolder);
    action.state = ActionState::VerifyingNewHolder;
    action.steps.append({ActionStepKind::NewHolderApproved, newHolderDue, {}, {}});
    const QDateTime verificationDue = dueOf(DeadlineKind::Verification);

    const QString from =
        current ? current->name % QStringLiteral(" (") % current->handle % QLatin1Char(')')
                : m_domain.registrantHandle;
    const QString to = holder.name % QStringLiteral(" (") % holder.handle % QLatin1Char(')');
    QStringList steps;
    if (createsContact())
        steps.append(tr("The desk adds %1 to its contacts.").arg(to));
    steps.append(tr("The registry is asked to change the holder of %1 from %2 to %3.")
                     .arg(m_domain.uLabel, from, to));
    steps.append(tr("The current holder has 8 days to approve: until %1.")
                     .arg(PanelText::moment(holderDue)));
    steps.append(tr("Then the new holder has 8 days from that approval: at the latest until %1.")
                     .arg(PanelText::moment(newHolderDue)));
    steps.append(tr("Then the registry verifies the new holder, who has 2 days to answer: at the "
                    "latest until %1; a failed verification reverses the change.")
                     .arg(PanelText::moment(verificationDue)));
    steps.append(tr("If either holder does not answer in time, the owner change fails and %1 "
                    "stays with %2.")
                     .arg(m_domain.uLabel, from));
    QString html = QStringLiteral("<ol>");
    for (const QString& s : steps)
        html += QStringLiteral("<li>") % PanelText::escaped(s) % QStringLiteral("</li>");
    return html % QStringLiteral("</ol><p>") %
           PanelText::escaped(tr("Nothing is written until you finish. The pending action and "
                                 "its deadlines open when the registry takes the change; record "
                                 "each holder's decision on the action.")) %
           QStringLiteral("</p>");
}

QWizardPage* OwnerChangeWizard::sendPage()
{
    auto* page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("sendPage"));
    page->setTitle(tr("Draft or send"));
    page->setFinalPage(true);
    auto* layout = new QVBoxLayout(page);
    m_keep =
        new QRadioButton(tr("Keep it as a draft; send it later from the domain's drafts"), page);
    m_keep->setObjectName(QStringLiteral("keepRadio"));
    m_keep->setChecked(true);
    layout->addWidget(m_keep);
    m_sendNow = new QRadioButton(tr("Send it to the registry now"), page);
    m_sendNow->setObjectName(QStringLiteral("sendRadio"));
    layout->addWidget(m_sendNow);
    m_sendNote = new QLabel(tr("A contact created here is only in the desk so far: the registry "
                               "refuses the change until the contact exists there too."),
                            page);
    m_sendNote->setObjectName(QStringLiteral("sendNote"));
    m_sendNote->setWordWrap(true);
    layout->addWidget(m_sendNote);
    m_finishError = errorLabel(page);
    layout->addWidget(m_finishError);
    layout->addStretch(1);
    return page;
}

bool OwnerChangeWizard::validateCurrentPage()
{
    if (currentId() == HolderPage) {
        QString error;
        if (!createsContact()) {
            if (m_contacts->currentIndex() < 0)
                error = tr("Pick the new holder.");
        } else {
            Contact c = newHolder();
            if (PortfolioService::validateContact(c, &error) &&
                m_service.contacts().findByHandle(c.handle))
                error = tr("A contact with the handle %1 exists already; pick it from the list.")
                            .arg(c.handle);
            else if (error.isEmpty() && c.handle == m_domain.registrantHandle)
                error = tr("%1 already holds %2.").arg(c.handle, m_domain.uLabel);
        }
        m_holderError->setText(error);
        m_holderError->setVisible(!error.isEmpty());
        return error.isEmpty();
    }
    if (currentId() == SendPage)
        return finish();
    return QWizard::validateCurrentPage();
}

bool OwnerChangeWizard::finish()
{
    QString error;
    Contact holder = newHolder();
    std::optional<qint64> id;
    // The new contact and the draft together, or neither.
    const bool ok = m_service.database().transaction(
        [&] {
            if (createsContact() && !m_service.addContact(holder, &error))
                return false;
            id = m_service.draftChange(m_domain.aLabel, Draft::Kind::OwnerChange, holder.handle,
                                       &error);
            return id.has_value();
        },
        &error);
    if (!ok) {
        m_finishError->setText(error);
        m_finishError->show();
        return false;
    }
    m_draftId = *id;
    if (m_sendNow->isChecked())
        m_outcome = DraftSending::send(parentWidget(), m_service, m_clock, m_sessions, m_draftId);
    return true;
}

} // namespace rd::ui
