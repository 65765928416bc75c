#pragma once

#include "TodayData.h"

#include <QWidget>

namespace rd::ui {

// Deletions and expiries per week for the next weeks, as pairs of bars painted
// with QPainter: a legend, the week's Monday under each pair, a count scale at
// the left. Colours come from the palette's own roles mixed with two hues that
// stay apart for colour-blind readers (blue and orange), and every bar carries
// its number, so nothing depends on colour alone.
class WeekChart : public QWidget
{
    Q_OBJECT

public:
    explicit WeekChart(QWidget* parent = nullptr);

    void setWeeks(const QList<TodayData::Week>& weeks);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QColor deletionColour() const;
    QColor expiryColour() const;

    QList<TodayData::Week> m_weeks;
};

} // namespace rd::ui
