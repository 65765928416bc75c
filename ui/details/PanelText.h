#pragma once

#include "storage/DraftRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QLabel;
class QWidget;

namespace rd::ui {

// Small pieces of rich text shared by the details panels. Links use
// the schemes domain:, contact: and action:, which the panels turn into their
// navigation signals.
class PanelText
{
    Q_DECLARE_TR_FUNCTIONS(PanelText)

public:
    static QString escaped(const QString& text);
    static QString domainLink(const QString& aLabel, const QString& shown);
    static QString contactLink(const QString& handle, const QString& shown);
    static QString actionLink(qint64 id, const QString& shown);

    static QString moment(const QDateTime& utc); // in the desk's zone and locale
    static QString date(const QDateTime& utc);

    // A history event code ("action.opened", "draft.done") as people read it.
    static QString event(const QString& code);
    static QString draftValue(const Draft& draft);

    // An HTML table; rows are already escaped cells.
    static QString table(const QStringList& headers, const QList<QStringList>& rows);
    static QString none(); // "None." in grey

    // A label for rich text with links, wrapping, selectable.
    static QLabel* richLabel(const QString& objectName, QWidget* parent);
    // A frameless scroll area filling `owner` (which must have no layout yet);
    // returns the widget to lay the content on.
    static QWidget* scrollingBody(QWidget* owner);
};

} // namespace rd::ui
