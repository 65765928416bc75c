#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <functional>

namespace rd::test {

// Answers a modal window the code under test is about to open: when the
// window named `windowName` becomes the active modal widget, `act` runs on it
// (inside the window's own event loop). Checks every few milliseconds, as
// long as the owning test lives; `done` tells whether it ran.
class ModalAnswer : public QObject
{
public:
    ModalAnswer(const QString& windowName, std::function<void(QWidget*)> act)
        : m_name(windowName)
        , m_act(std::move(act))
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || modal->objectName() != m_name)
                return;
            m_timer.stop();
            m_done = true;
            m_act(modal);
        });
        m_timer.start();
    }
    bool done() const { return m_done; }

    // Clicks the child button named `buttonName` of the window.
    static std::function<void(QWidget*)> click(const QString& buttonName)
    {
        return [buttonName](QWidget* window) {
            if (auto* b = window->findChild<QAbstractButton*>(buttonName))
                b->click();
            else
                window->close();
        };
    }

private:
    QString m_name;
    std::function<void(QWidget*)> m_act;
    QTimer m_timer;
    bool m_done = false;
};

} // namespace rd::test
