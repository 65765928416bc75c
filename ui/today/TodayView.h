#pragma once

#include "TodayData.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QGridLayout;

namespace rd {
class Clock;
class PortfolioService;
} // namespace rd

namespace rd::ui {

class WeekChart;

// The first thing the agent sees: what is late, what falls due today and this
// week, deletions this week and next, open verifications, owner changes
// waiting on each party, changes the registry refused or never answered, the
// last sync, and a 12-week chart. Every line leads to its domain or action.
class TodayView : public QWidget
{
    Q_OBJECT

public:
    TodayView(PortfolioService& service, const Clock& clock, QWidget* parent = nullptr);

    const TodayData& data() const { return m_data; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void domainRequested(const QString& name);
    void actionRequested(qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Card
    {
        QWidget* frame = nullptr;
        QLabel* title = nullptr;
        QLabel* count = nullptr;
        QListWidget* list = nullptr;
    };
    enum CardId
    {
        Overdue,
        Within24h,
        Within7d,
        DeletionsThisWeek,
        DeletionsNextWeek,
        Verifications,
        AwaitingHolder,
        AwaitingNewHolder,
        TroubledDrafts,
        CardCount
    };

    Card makeCard(const QString& objectName);
    void retranslate();
    void fillDeadlines(Card& card, const QList<Deadline>& deadlines);
    void fillActions(Card& card, const QList<TodayData::ActionItem>& items);
    void fillDrafts(Card& card, const QList<TodayData::DraftItem>& items);
    void activate(QListWidgetItem* item);
    QString syncText() const;

    PortfolioService& m_service;
    const Clock& m_clock;
    TodayData m_data;
    QLabel* m_heading = nullptr;
    QLabel* m_sync = nullptr;
    QLabel* m_chartTitle = nullptr;
    WeekChart* m_chart = nullptr;
    Card m_cards[CardCount];
};

} // namespace rd::ui
