#include "dialogs/BulkChangeDialog.h"

#include "BlockingSession.h"
#include "details/PanelText.h"
#include "dialogs/Confirm.h"
#include "dialogs/ErrorLabel.h"
#include "service/PortfolioService.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStringBuilder>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rd::ui {

namespace {

// The first of the domains' dates (deletion or expiry) and whose it is.
struct FirstDate
{
    QDateTime when;
    QString name;
    void offer(const QDateTime& candidate, const QString& of)
    {
        if (candidate.isValid() && (!when.isValid() || candidate < when)) {
            when = candidate;
            name = of;
        }
    }
};

// Offers the portfolio's contacts for the handle being typed after the last
// comma, found by handle or name, so a tech contact is picked rather than
// recalled; choosing one puts its handle in place of what was typed.
void offerHandles(QLineEdit* edit, const QList<Contact>& contacts)
{
    constexpr int searchRole = Qt::UserRole;
    constexpr int handleRole = Qt::UserRole + 1;
    auto* model = new QStandardItemModel(edit);
    for (const Contact& contact : contacts) {
        const QString name =
            contact.organisation.isEmpty()
                ? contact.name
                : contact.name % QStringLiteral(" (") % contact.organisation % QLatin1Char(')');
        auto* item = new QStandardItem(contact.handle % QStringLiteral(" — ") % name);
        item->setData(QString(contact.handle % QLatin1Char(' ') % name), searchRole);
        item->setData(contact.handle, handleRole);
        model->appendRow(item);
    }
    auto* completer = new QCompleter(model, edit);
    completer->setCompletionRole(searchRole);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setWidget(edit);
    const auto lastComma = [edit] { return edit->text().lastIndexOf(QLatin1Char(',')); };
    QObject::connect(edit, &QLineEdit::textEdited, completer, [=] {
        const QString typed = edit->text().mid(lastComma() + 1).trimmed();
        completer->setCompletionPrefix(typed);
        if (typed.isEmpty() || completer->completionCount() == 0)
            completer->popup()->hide();
        else
            completer->complete();
    });
    QObject::connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), edit,
                     [=](const QModelIndex& index) {
                         const QString before = edit->text().left(lastComma() + 1);
                         edit->setText((before.isEmpty() ? QString() : before + QLatin1Char(' ')) +
                                       index.data(handleRole).toString() + QStringLiteral(", "));
                     });
}

} // namespace

BulkChangeDialog::BulkChangeDialog(PortfolioService& service, const Clock& clock,
                                   SessionProvider sessions, const QStringList& names,
                                   QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_clock(clock)
    , m_sessions(std::move(sessions))
{
    setObjectName(QStringLiteral("bulkChangeDialog"));
    setWindowTitle(tr("Change %n domain(s)", nullptr, int(names.size())));
    for (const QString& name : names)
        m_entries.append({name, 0});

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The change is drafted for each domain, can be reviewed against "
                                "the registry, and is sent after a confirmation, one domain after "
                                "the other. Cancel stops between two domains; the rest stay "
                                "drafts."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_form = new QFormLayout;
    m_change = new QComboBox(this);
    m_change->setObjectName(QStringLiteral("changeCombo"));
    m_change->addItem(tr("Name servers"), int(Change::NameServers));
    m_change->addItem(tr("Turn auto-renew on"), int(Change::AutoRenewOn));
    m_change->addItem(tr("Turn auto-renew off"), int(Change::AutoRenewOff));
    m_change->addItem(tr("Renew"), int(Change::Renew));
    m_change->addItem(tr("Tech contacts"), int(Change::TechContacts));
    m_change->addItem(tr("Delete at the registry"), int(Change::Delete));
    m_form->addRow(tr("&Change:"), m_change);
    m_hosts = new QLineEdit(this);
    m_hosts->setObjectName(QStringLiteral("nameServersEdit"));
    m_hosts->setPlaceholderText(tr("ns1.example.pt, ns2.example.pt"));
    m_form->addRow(tr("&Name servers:"), m_hosts);
    m_years = new QComboBox(this);
    m_years->setObjectName(QStringLiteral("yearsCombo"));
    // .PT renews for 1, 3 or 5 years (pt-registry.md 2.2).
    for (int years : {1, 3, 5})
        m_years->addItem(tr("%n year(s)", nullptr, years), years);
    m_form->addRow(tr("&Renew for:"), m_years);
    m_tech = new QLineEdit(this);
    m_tech->setObjectName(QStringLiteral("techEdit"));
    m_tech->setPlaceholderText(tr("NIC-handles, separated by commas: type a handle or a name"));
    m_form->addRow(tr("&Tech contacts:"), m_tech);
    layout->addLayout(m_form);
    connect(m_change, &QComboBox::currentIndexChanged, this, &BulkChangeDialog::changeChosen);

    m_error = errorLabel(this);
    layout->addWidget(m_error);

    m_lines = new QTreeWidget(this);
    m_lines->setObjectName(QStringLiteral("resultList"));
    m_lines->setRootIsDecorated(false);
    m_lines->setWordWrap(true); // a review says a sentence or two per domain
    m_lines->setHeaderLabels({tr("Domain"), tr("Result"), tr("Detail")});
    m_lines->header()->setStretchLastSection(true);
    m_lines->setColumnWidth(NameColumn, 200);
    m_lines->setColumnWidth(ResultColumn, 130);
    for (const Entry& entry : std::as_const(m_entries))
        m_lines->addTopLevelItem(new QTreeWidgetItem(QStringList{entry.name, {}, {}}));
    layout->addWidget(m_lines, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setRange(0, int(m_entries.size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->hide();
    layout->addWidget(m_summary);

    auto* buttons = new QDialogButtonBox(this);
    m_review = buttons->addButton(tr("Review"), QDialogButtonBox::ActionRole);
    m_review->setObjectName(QStringLiteral("reviewButton"));
    m_review->setToolTip(tr("Ask the registry what each domain has now and show what would "
                            "change; nothing is sent."));
    m_keep = buttons->addButton(tr("Keep as drafts"), QDialogButtonBox::ActionRole);
    m_keep->setObjectName(QStringLiteral("keepDraftsButton"));
    // Action roles keep the order: review, keep, send; Cancel apart.
    m_send = buttons->addButton(tr("Send…"), QDialogButtonBox::ActionRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_close = buttons->addButton(tr("Close"), QDialogButtonBox::AcceptRole);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->hide();
    for (QPushButton* b : {m_review, m_keep, m_send, m_close})
        b->setAutoDefault(false);
    connect(m_review, &QPushButton::clicked, this, &BulkChangeDialog::review);
    connect(m_keep, &QPushButton::clicked, this, &BulkChangeDialog::keepDrafts);
    connect(m_send, &QPushButton::clicked, this, &BulkChangeDialog::sendAll);
    connect(m_cancel, &QPushButton::clicked, this, &BulkChangeDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    layout->addWidget(buttons);

    changeChosen();
    resize(720, 520);
}

BulkChangeDialog::~BulkChangeDialog() = default;

QList<qint64> BulkChangeDialog::draftIds() const
{
    QList<qint64> ids;
    for (const Entry& entry : m_entries) {
        if (entry.draftId != 0)
            ids.append(entry.draftId);
    }
    return ids;
}

void BulkChangeDialog::changeChosen()
{
    const auto change = Change(m_change->currentData().toInt());
    m_form->setRowVisible(m_hosts, change == Change::NameServers);
    m_form->setRowVisible(m_years, change == Change::Renew);
    m_form->setRowVisible(m_tech, change == Change::TechContacts);
    // The portfolio's contacts are read when they are first wanted, not for
    // every bulk change.
    if (change == Change::TechContacts && !m_tech->findChild<QCompleter*>())
        offerHandles(m_tech, m_service.contacts().all());
    m_error->hide();
}

Draft::Kind BulkChangeDialog::kind() const
{
    switch (Change(m_change->currentData().toInt())) {
    case Change::NameServers:
        return Draft::Kind::NameServers;
    case Change::AutoRenewOn:
    case Change::AutoRenewOff:
        return Draft::Kind::AutoRenew;
    case Change::Renew:
        return Draft::Kind::Renew;
    case Change::TechContacts:
        return Draft::Kind::TechContacts;
    case Change::Delete:
        break;
    }
    return Draft::Kind::Delete;
}

std::optional<QString> BulkChangeDialog::value(QString* error) const
{
    switch (Change(m_change->currentData().toInt())) {
    case Change::NameServers: {
        // One host per line is pasted as often as a list with commas.
        QString hosts = m_hosts->text();
        hosts.replace(QLatin1Char(' '), QLatin1Char(','));
        if (hosts.trimmed().isEmpty()) {
            *error = tr("Give the name servers, separated by commas.");
            return std::nullopt;
        }
        return hosts;
    }
    case Change::AutoRenewOn:
        return QStringLiteral("on");
    case Change::AutoRenewOff:
        return QStringLiteral("off");
    case Change::Renew:
        return QString::number(m_years->currentData().toInt());
    case Change::TechContacts:
        if (m_tech->text().trimmed().isEmpty()) {
            *error = tr("Give at least one tech contact's NIC-handle.");
            return std::nullopt;
        }
        return m_tech->text();
    case Change::Delete:
        break;
    }
    return QString();
}

bool BulkChangeDialog::makeDrafts()
{
    if (m_drafted)
        return !draftIds().isEmpty();
    QString error;
    const std::optional<QString> wanted = value(&error);
    if (!wanted) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    // Each domain on its own: one that cannot take the change does not stop
    // the others.
    QStringList reasons;
    for (Entry& entry : m_entries) {
        const std::optional<qint64> id = m_service.draftChange(entry.name, kind(), *wanted, &error);
        if (id)
            entry.draftId = *id;
        else
            reasons.append(error);
    }
    if (draftIds().isEmpty()) {
        // Nothing was written: the change itself is wrong, or no domain takes it.
        reasons.removeDuplicates();
        m_error->setText(reasons.join(QLatin1Char('\n')));
        m_error->show();
        return false;
    }
    m_drafted = true;
    m_error->hide();
    int row = 0;
    int failedAt = 0;
    for (const Entry& entry : std::as_const(m_entries)) {
        if (entry.draftId != 0)
            setLine(row, tr("Drafted"), tr("Draft %1, not sent yet.").arg(entry.draftId));
        else
            setLine(row, tr("Skipped"), reasons.value(failedAt++));
        ++row;
    }
    // The change is fixed once drafted: the drafts say what will be sent.
    for (QWidget* w : std::initializer_list<QWidget*>{m_change, m_hosts, m_years, m_tech})
        w->setEnabled(false);
    return true;
}

void BulkChangeDialog::keepDrafts()
{
    if (makeDrafts())
        accept();
}

QString BulkChangeDialog::consequence() const
{
    FirstDate deletion;
    FirstDate expiry;
    QStringList names;
    int count = 0;
    QString wanted;
    for (const Entry& entry : m_entries) {
        const std::optional<Draft> draft =
            entry.draftId ? m_service.drafts().findById(entry.draftId) : std::nullopt;
        const std::optional<Domain> domain =
            draft ? m_service.domains().findById(draft->domainId) : std::nullopt;
        if (!domain)
            continue;
        ++count;
        wanted = draft->value;
        names.append(domain->uLabel);
        expiry.offer(domain->expiresAt, domain->uLabel);
        // The deletion date comes from the same rule the deadlines use.
        DomainFacts facts = DomainFacts::of(*domain);
        facts.autoRenew = false;
        QDateTime deleted =
            domain->expiresAt.isValid() ? domain->expiresAt.addDays(-30) : QDateTime();
        for (const Deadline& d : m_service.engine().evaluate(facts, {})) {
            if (d.kind == DeadlineKind::Deletion)
                deleted = d.due;
        }
        deletion.offer(deleted, domain->uLabel);
    }
    const auto firstOf = [](const FirstDate& first) {
        return first.when.isValid() ? PanelText::moment(first.when) : QStringLiteral("-");
    };
    switch (Change(m_change->currentData().toInt())) {
    case Change::NameServers:
        return tr("Replace the name servers of %n domain(s) with %1?\n\nEach domain then "
                  "resolves through these servers only: a wrong one takes its web sites and "
                  "e-mail off line.",
                  nullptr, count)
            .arg(wanted.split(QLatin1Char(',')).join(QStringLiteral(", ")));
    case Change::AutoRenewOn:
        return tr("Turn auto-renew on for %n domain(s)?\n\nThe registry then renews each one "
                  "when it expires, and charges the renewal; the first expiry is %1 on %2.",
                  nullptr, count)
            .arg(expiry.name, firstOf(expiry));
    case Change::AutoRenewOff:
        // .PT deletes a domain without auto-renew 30 days before it expires
        // (pt-registry.md 2.2).
        return tr("Turn auto-renew off for %n domain(s)?\n\nThe registry then DELETES each one "
                  "30 days before it expires, unless it is renewed before that date; the first "
                  "deletion would be %1 on %2.",
                  nullptr, count)
            .arg(deletion.name, firstOf(deletion));
    case Change::Renew:
        return tr("Renew %n domain(s) now?\n\nThe registry adds %1 to each expiry date and "
                  "charges each renewal at once; the first expiry is %2 on %3.",
                  nullptr, count)
            .arg(tr("%n year(s)", nullptr, wanted.toInt()), expiry.name, firstOf(expiry));
    case Change::TechContacts:
        return tr("Set the tech contacts of %n domain(s) to %1?\n\nThe tech contacts they have "
                  "now are taken off them.",
                  nullptr, count)
            .arg(wanted.split(QLatin1Char(',')).join(QStringLiteral(", ")));
    case Change::Delete:
        break;
    }
    // A long list is cut: the count says how many there are.
    const QStringList shown = names.mid(0, 12);
    return tr("Delete %n domain(s) at the registry?\n\n%1\n\nDeletion is final: it cannot be "
              "undone, and each name becomes free for anyone to register.",
              nullptr, count)
        .arg(shown.join(QStringLiteral(", ")) +
             (names.size() > shown.size() ? QStringLiteral(", …") : QString()));
}

std::unique_ptr<BlockingSession> BulkChangeDialog::openSession(QString* clientId)
{
    QString error;
    std::optional<SessionOptions> options =
        m_sessions ? m_sessions(&error) : std::optional<SessionOptions>();
    std::unique_ptr<BlockingSession> session;
    if (options) {
        *clientId = options->clientId;
        session = std::make_unique<BlockingSession>(std::move(*options));
        if (!session->open(&error))
            session.reset();
    } else if (error.isEmpty()) {
        error = tr("No registry connection is set up.");
    }
    if (!session) {
        m_error->setText(tr("Cannot reach the registry: %1").arg(error));
        m_error->show();
    }
    return session;
}

void BulkChangeDialog::review()
{
    if (m_busy || !makeDrafts())
        return;
    setBusy(true);
    QString clientId;
    std::unique_ptr<BlockingSession> session = openSession(&clientId);
    if (session) {
        ChangeSender sender(m_service, m_clock, *session, clientId);
        m_progress->setValue(int(m_entries.size() - draftIds().size()));
        int done = 0;
        for (int row = 0; row < m_entries.size() && !m_stop; ++row) {
            const Entry& entry = m_entries.at(row);
            if (entry.draftId == 0)
                continue;
            QString error;
            const QStringList lines = sender.review(entry.draftId, &error);
            if (lines.isEmpty())
                setLine(row, tr("Cannot review"), error);
            else
                setLine(row, tr("Would change"), lines.join(QLatin1Char('\n')));
            m_progress->setValue(m_progress->value() + 1);
            Q_EMIT progressed(++done, int(draftIds().size()));
        }
        session->close();
    }
    setBusy(false);
}

void BulkChangeDialog::sendAll()
{
    if (m_busy || !makeDrafts())
        return;
    const int count = int(draftIds().size());
    const bool deleting = kind() == Draft::Kind::Delete;
    const QString title = windowTitle();
    // A deletion cannot be undone: the count is typed, not just clicked.
    const bool confirmed =
        deleting ? Confirm::askTyped(this, title, consequence(), QString::number(count),
                                     tr("Delete %n domain(s)", nullptr, count))
                 : Confirm::ask(this, title, consequence(),
                                tr("Send %n change(s) to the registry", nullptr, count));
    if (!confirmed)
        return;

    setBusy(true);
    m_progress->setValue(0);
    int done = 0, skipped = 0, failed = 0, unknown = 0, notSent = 0;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).draftId == 0) {
            ++skipped; // the draft could not be made: its line says why
            m_progress->setValue(m_progress->value() + 1);
        }
    }
    QString clientId;
    std::unique_ptr<BlockingSession> session = m_stop ? nullptr : openSession(&clientId);
    std::optional<ChangeSender> sender;
    if (session)
        sender.emplace(m_service, m_clock, *session, clientId);
    int handled = 0;
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry& entry = m_entries.at(row);
        if (entry.draftId == 0)
            continue;
        if (!sender || m_stop) {
            ++notSent;
            setLine(row, tr("Not sent"),
                    m_stop ? tr("Cancelled before it was sent; the draft is kept.")
                           : tr("No session with the registry; the draft is kept."));
            continue;
        }
        const ChangeSender::Outcome outcome = sender->send(entry.draftId);
        switch (outcome.state) {
        case Draft::State::Done:
            if (outcome.sent) {
                ++done;
                setLine(row, tr("Done"), outcome.message);
            } else {
                ++skipped;
                setLine(row, tr("Skipped"), outcome.message);
            }
            break;
        case Draft::State::Failed:
            ++failed;
            setLine(row, tr("Failed"), outcome.message);
            break;
        case Draft::State::Unknown:
        case Draft::State::Sending:
            ++unknown;
            setLine(row, tr("Outcome unknown"),
                    tr("%1 The desk asks the registry whether it was applied before it sends "
                       "it again.")
                        .arg(outcome.message));
            break;
        case Draft::State::Draft:
            ++notSent;
            setLine(row, tr("Not sent"), outcome.message);
            break;
        }
        m_progress->setValue(m_progress->value() + 1);
        Q_EMIT progressed(++handled, count);
    }
    if (session)
        session->close();
    showSummary(done, skipped, failed, unknown, notSent);
    setBusy(false);
    // What was sent is final: the dialog only closes now.
    for (QPushButton* b : {m_review, m_keep, m_send, m_cancel})
        b->hide();
    m_close->show();
    m_close->setDefault(true);
}

void BulkChangeDialog::reject()
{
    if (m_busy) {
        m_stop = true;
        m_cancel->setEnabled(false);
        m_cancel->setText(tr("Stopping…"));
        return;
    }
    QDialog::reject();
}

void BulkChangeDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_stop = false;
    for (QPushButton* b : {m_review, m_keep, m_send})
        b->setEnabled(!busy);
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(busy ? tr("Stop after the domain being sent; the rest stay drafts.")
                              : QString());
}

void BulkChangeDialog::setLine(int row, const QString& result, const QString& detail)
{
    QTreeWidgetItem* item = m_lines->topLevelItem(row);
    item->setText(ResultColumn, result);
    item->setText(DetailColumn, detail);
    item->setToolTip(DetailColumn, detail);
}

void BulkChangeDialog::showSummary(int done, int skipped, int failed, int unknown, int notSent)
{
    m_summary->setText(tr("%1 done, %2 skipped, %3 failed, %4 with an unknown outcome, %5 not "
                          "sent.")
                           .arg(done)
                           .arg(skipped)
                           .arg(failed)
                           .arg(unknown)
                           .arg(notSent));
    m_summary->show();
}

} // namespace rd::ui
