#include "TodayView.h"

#include "AlertPalette.h"
#include "WeekChart.h"
#include "details/PanelText.h"
#include "i18n/Labels.h"
#include "rules/TimeFormat.h"
#include "service/PortfolioService.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace rd::ui {

namespace {

constexpr int DomainRole = Qt::UserRole + 1;
constexpr int VisibleRows = 4;

// Lines as wide as the card and elided there (the tooltip has them whole),
// rather than a horizontal scroll bar in every card.
class ElidingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        return {1, QStyledItemDelegate::sizeHint(option, index).height()};
    }
};

// Short enough for a card: both languages write the day before the month.
QString shortMoment(const QDateTime& moment, const QLocale& locale)
{
    return locale.toString(moment.toLocalTime(), QStringLiteral("dd/MM HH:mm"));
}
constexpr int ActionRole = Qt::UserRole + 2;

QString draftKindLabel(Draft::Kind kind)
{
    switch (kind) {
    case Draft::Kind::NameServers:
        return TodayView::tr("name servers");
    case Draft::Kind::AutoRenew:
        return TodayView::tr("auto-renew");
    case Draft::Kind::Renew:
        return TodayView::tr("renewal");
    case Draft::Kind::OwnerChange:
        return TodayView::tr("owner change");
    case Draft::Kind::TechContacts:
        return TodayView::tr("tech contacts");
    case Draft::Kind::DsRecords:
        return TodayView::tr("DS records");
    case Draft::Kind::TransferIn:
        return TodayView::tr("transfer in");
    case Draft::Kind::Delete:
        return TodayView::tr("deletion");
    case Draft::Kind::ContactData:
        return TodayView::tr("contact data");
    }
    return {};
}

} // namespace

TodayView::TodayView(PortfolioService& service, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("todayView"));
    QWidget* content = PanelText::scrollingBody(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    m_heading = new QLabel(content);
    m_heading->setObjectName(QStringLiteral("todayHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    layout->addWidget(m_heading);
    m_sync = new QLabel(content);
    m_sync->setObjectName(QStringLiteral("todaySync"));
    m_sync->setWordWrap(true);
    layout->addWidget(m_sync);

    auto* grid = new QGridLayout;
    grid->setSpacing(10);
    static const char* const names[CardCount] = {
        "overdue",           "within24h",         "within7d",
        "deletionsThisWeek", "deletionsNextWeek", "verifications",
        "awaitingHolder",    "awaitingNewHolder", "troubledDrafts"};
    for (int i = 0; i < CardCount; ++i) {
        m_cards[i] = makeCard(QString::fromLatin1(names[i]));
        grid->addWidget(m_cards[i].frame, i / 3, i % 3);
    }
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    layout->addLayout(grid);

    m_chartTitle = new QLabel(content);
    QFont bold = m_chartTitle->font();
    bold.setBold(true);
    m_chartTitle->setFont(bold);
    layout->addWidget(m_chartTitle);
    m_chart = new WeekChart(content);
    layout->addWidget(m_chart);
    layout->addStretch(1);

    retranslate();
    reload();
}

TodayView::Card TodayView::makeCard(const QString& objectName)
{
    Card card;
    auto* frame = new QFrame(this);
    frame->setObjectName(objectName + QStringLiteral("Card"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    auto* header = new QHBoxLayout;
    card.title = new QLabel(frame);
    card.title->setWordWrap(true);
    QFont bold = card.title->font();
    bold.setBold(true);
    card.title->setFont(bold);
    card.count = new QLabel(frame);
    card.count->setObjectName(objectName + QStringLiteral("Count"));
    card.count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(card.title, 1);
    header->addWidget(card.count);
    layout->addLayout(header);
    card.list = new QListWidget(frame);
    card.list->setObjectName(objectName + QStringLiteral("List"));
    card.list->setFrameShape(QFrame::NoFrame);
    card.list->setUniformItemSizes(true);
    card.list->setTextElideMode(Qt::ElideRight);
    card.list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    card.list->setItemDelegate(new ElidingDelegate(card.list));
    card.list->setFixedHeight(VisibleRows * (card.list->fontMetrics().height() + 4) + 6);
    connect(card.list, &QListWidget::itemActivated, this, &TodayView::activate);
    connect(card.list, &QListWidget::itemClicked, this, &TodayView::activate);
    layout->addWidget(card.list);
    card.frame = frame;
    return card;
}

void TodayView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void TodayView::retranslate()
{
    m_cards[Overdue].title->setText(tr("Overdue"));
    m_cards[Within24h].title->setText(tr("Due in 24 hours"));
    m_cards[Within7d].title->setText(tr("Due in 7 days"));
    m_cards[DeletionsThisWeek].title->setText(tr("Deletions this week"));
    m_cards[DeletionsNextWeek].title->setText(tr("Deletions next week"));
    m_cards[Verifications].title->setText(tr("Open verifications"));
    m_cards[AwaitingHolder].title->setText(tr("Owner changes waiting on the current holder"));
    m_cards[AwaitingNewHolder].title->setText(tr("Owner changes waiting on the new holder"));
    m_cards[TroubledDrafts].title->setText(tr("Changes refused or without an answer"));
    m_chartTitle->setText(tr("Deletions and expiries per week, next 12 weeks"));
}

void TodayView::reload()
{
    m_data = TodayData::collect(m_service, m_clock.now());
    const QLocale locale;
    m_heading->setText(
        tr("Today, %1").arg(locale.toString(m_data.now.toLocalTime().date(), QLocale::LongFormat)));
    m_sync->setText(syncText());

    fillDeadlines(m_cards[Overdue], m_data.overdue);
    fillDeadlines(m_cards[Within24h], m_data.within24h);
    fillDeadlines(m_cards[Within7d], m_data.within7d);
    fillDeadlines(m_cards[DeletionsThisWeek], m_data.deletionsThisWeek);
    fillDeadlines(m_cards[DeletionsNextWeek], m_data.deletionsNextWeek);
    fillActions(m_cards[Verifications], m_data.verifications);
    fillActions(m_cards[AwaitingHolder], m_data.awaitingHolder);
    fillActions(m_cards[AwaitingNewHolder], m_data.awaitingNewHolder);
    fillDrafts(m_cards[TroubledDrafts], m_data.troubledDrafts);
    m_chart->setWeeks(m_data.weeks);
}

void TodayView::fillDeadlines(Card& card, const QList<Deadline>& deadlines)
{
    card.count->setText(tr("%n deadline(s)", nullptr, int(deadlines.size())));
    card.list->clear();
    const QLocale locale;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const AlertPalette colours(palette());
    for (const Deadline& deadline : deadlines) {
        const AlertLevel level = m_service.engine().levelAt(deadline, m_data.now);
        auto* item = new QListWidgetItem(QStringLiteral("%1 %2  %3 · %4")
                                             .arg(AlertPalette::symbol(level),
                                                  shortMoment(deadline.due, locale),
                                                  deadline.uLabel, Labels::of(deadline.kind)),
                                         card.list);
        item->setToolTip(QStringLiteral("%1 · %2 · %3\n%4")
                             .arg(deadline.uLabel, Labels::of(deadline.kind), Labels::of(level),
                                  m_service.engine().explain(deadline, zone, locale)));
        item->setData(DomainRole, deadline.aLabel);
        if (deadline.actionId != 0)
            item->setData(ActionRole, deadline.actionId);
        const QColor tint = colours.rowTint(level);
        if (tint.isValid())
            item->setBackground(tint);
    }
    if (deadlines.isEmpty())
        new QListWidgetItem(tr("Nothing here."), card.list);
}

void TodayView::fillActions(Card& card, const QList<TodayData::ActionItem>& items)
{
    card.count->setText(tr("%n action(s)", nullptr, int(items.size())));
    card.list->clear();
    const QLocale locale;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    for (const TodayData::ActionItem& entry : items) {
        QString text =
            entry.due.isValid()
                ? QStringLiteral("%1  %2").arg(shortMoment(entry.due, locale), entry.domain)
                : entry.domain;
        if (!entry.action.assignee.isEmpty())
            text += QStringLiteral(" · ") + entry.action.assignee;
        auto* item = new QListWidgetItem(text, card.list);
        QString tip =
            tr("Opened %1").arg(timeformat::forPeople(entry.action.openedAt(), zone, locale));
        if (entry.due.isValid())
            tip = tr("%1 · answer by %2")
                      .arg(entry.domain, timeformat::forPeople(entry.due, zone, locale)) +
                  QLatin1Char('\n') + tip;
        item->setToolTip(tip);
        item->setData(ActionRole, entry.action.id);
    }
    if (items.isEmpty())
        new QListWidgetItem(tr("Nothing here."), card.list);
}

void TodayView::fillDrafts(Card& card, const QList<TodayData::DraftItem>& items)
{
    card.count->setText(tr("%n change(s)", nullptr, int(items.size())));
    card.list->clear();
    for (const TodayData::DraftItem& entry : items) {
        const QString state = entry.draft.state == Draft::State::Failed
                                  ? tr("refused")
                                  : tr("outcome unknown, check before sending again");
        auto* item =
            new QListWidgetItem(QStringLiteral("%1 · %2 · %3")
                                    .arg(entry.domain, draftKindLabel(entry.draft.kind), state),
                                card.list);
        item->setToolTip(entry.domain + QLatin1Char('\n') + entry.draft.result);
        // The domain: its panel shows the drafts.
        const std::optional<DomainFacts> facts = m_service.domains().facts(entry.draft.domainId);
        item->setData(DomainRole, facts ? facts->aLabel : QString());
    }
    if (items.isEmpty())
        new QListWidgetItem(tr("Nothing here."), card.list);
}

void TodayView::activate(QListWidgetItem* item)
{
    if (!item)
        return;
    const QVariant action = item->data(ActionRole);
    if (action.isValid())
        Q_EMIT actionRequested(action.toLongLong());
    else if (!item->data(DomainRole).toString().isEmpty())
        Q_EMIT domainRequested(item->data(DomainRole).toString());
}

QString TodayView::syncText() const
{
    if (!m_data.lastSync)
        return tr("Never synced with the registry.");
    const SyncRun& run = *m_data.lastSync;
    const QString when =
        timeformat::forPeople(run.finishedAt.isValid() ? run.finishedAt : run.startedAt,
                              QTimeZone::systemTimeZone(), QLocale());
    if (!run.finishedAt.isValid())
        return tr("Last sync started %1 and did not finish; the next one continues it.").arg(when);
    return tr("Last sync %1: %2 checked, %3 changed, %4 flagged, %5 failed.")
        .arg(when)
        .arg(run.checked)
        .arg(run.changed)
        .arg(run.flagged)
        .arg(run.failed);
}

} // namespace rd::ui
