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
    // For what cannot be undone: the accepting button stays disabled until
    // the agent types `expected` (a domain name, a count), so a reflex click
    // is not enough.
    static bool askTyped(QWidget* parent, const QString& title, const QString& text,
                         const QString& expected, const QString& acceptText);
};

} // namespace rd::ui
