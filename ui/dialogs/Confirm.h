#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace rd::ui {

// The question a risky step asks before it happens: the text names exactly
// what will happen, the accepting button says what it does.
class Confirm
{
    Q_DECLARE_TR_FUNCTIONS(Confirm)

public:
    static bool ask(QWidget* parent, const QString& title, const QString& text,
                    const QString& acceptText);
};

} // namespace rd::ui
