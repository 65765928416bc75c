#pragma once

#include "ChangeSender.h"
#include "RegistryAccess.h"
#include "model/Contact.h"
#include "model/Domain.h"

#include <QWizard>
#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace rd {
class Clock;
class PortfolioService;
} // namespace rd

namespace rd::ui {

// Owner change of a domain (.PT policy 2.4): pick an existing contact as the
// new holder or create one (checked with the project's validators), see what
// will happen and by when (8 days for each holder, then 2 days for the
// registry's verification of the new holder), then keep it as a draft or send
// it at once.
class OwnerChangeWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page
    {
        HolderPage,
        PreviewPage,
        SendPage
    };

    OwnerChangeWizard(PortfolioService& service, const Clock& clock, SessionProvider sessions,
                      const Domain& domain, QWidget* parent = nullptr);

    qint64 draftId() const { return m_draftId; }
    std::optional<ChangeSender::Outcome> outcome() const { return m_outcome; }

    // The new holder as chosen or typed (not yet stored); the handle of the
    // existing contact when one was picked.
    Contact newHolder() const;
    bool createsContact() const;
    // The preview's text.
    QString preview() const;

    bool validateCurrentPage() override;

private:
    QWizardPage* holderPage();
    QWizardPage* previewPage();
    QWizardPage* sendPage();
    void checkFields();
    bool finish();

    PortfolioService& m_service;
    const Clock& m_clock;
    SessionProvider m_sessions;
    Domain m_domain;

    QRadioButton* m_existing = nullptr;
    QRadioButton* m_create = nullptr;
    QComboBox* m_contacts = nullptr;
    QWidget* m_newForm = nullptr;
    QLineEdit* m_handle = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_vat = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_postcode = nullptr;
    QLabel* m_checks = nullptr;
    QLabel* m_holderError = nullptr;
    QLabel* m_preview = nullptr;
    QRadioButton* m_keep = nullptr;
    QRadioButton* m_sendNow = nullptr;
    QLabel* m_sendNote = nullptr;
    QLabel* m_finishError = nullptr;

    qint64 m_draftId = 0;
    std::optional<ChangeSender::Outcome> m_outcome;
};

} // namespace rd::ui
