#pragma once

#include <QWizardPage>
#include <functional>

namespace rd::ui {

// A wizard page whose Next button follows a condition the wizard owns (a file
// that reads, a complete mapping, a finished check). Call completeChanged()
// when the condition may have changed.
class GatedPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit GatedPage(std::function<bool()> complete, QWidget* parent = nullptr)
        : QWizardPage(parent)
        , m_complete(std::move(complete))
    {}

    bool isComplete() const override { return m_complete(); }

private:
    std::function<bool()> m_complete;
};

} // namespace rd::ui
