#pragma once

#include <QSortFilterProxyModel>

namespace rd::ui {

// Sorts by the model's raw values and filters on a text typed by the agent,
// matched against the domain (either form) and the holder.
class DomainFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DomainFilterProxy(QObject* parent = nullptr);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
};

} // namespace rd::ui
