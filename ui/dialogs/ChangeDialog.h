#pragma once

#include "ChangeSender.h"
#include "RegistryAccess.h"
#include "model/Domain.h"

#include <QDialog>
#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace rd {
class Clock;
class PortfolioService;
} // namespace rd

namespace rd::ui {

// A change of one domain for the registry: kept as a draft, or drafted and
// sent at once. Subclasses give the form, the value and, for sending, the
// sentence that says what the registry will do.
class ChangeDialog : public QDialog
{
    Q_OBJECT

public:
    qint64 draftId() const { return m_draftId; } // 0 until drafted
    std::optional<ChangeSender::Outcome> outcome() const { return m_outcome; }

protected:
    ChangeDialog(PortfolioService& service, const Clock& clock, SessionProvider sessions,
                 const Domain& domain, Draft::Kind kind, QWidget* parent);
    // Call once from the subclass constructor, after building the form.
    void finishLayout(QWidget* form);
    // The draft's value, or nullopt with a reason shown under the form.
    virtual std::optional<QString> value(QString* error) const = 0;
    // What sending will do, for the confirmation; empty: no question asked.
    virtual QString consequence(const QString& value) const = 0;

    PortfolioService& m_service;
    const Clock& m_clock;
    Domain m_domain;

private:
    void commit(bool send);

    SessionProvider m_sessions;
    Draft::Kind m_kind;
    QLabel* m_error = nullptr;
    qint64 m_draftId = 0;
    std::optional<ChangeSender::Outcome> m_outcome;
};

} // namespace rd::ui
