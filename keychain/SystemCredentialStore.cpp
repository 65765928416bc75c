#include "SystemCredentialStore.h"

#include <qt6keychain/keychain.h>

#include <utility>

namespace rd {
namespace {

const QString ProbeAccount = QStringLiteral("probe/never-written");

CredentialError errorKind(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return CredentialError::None;
    case QKeychain::EntryNotFound:
        return CredentialError::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialError::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialError::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return CredentialError::Other;
}

// The keychain's own words, unless they could echo the secret back.
QString detailOf(const QKeychain::Job& job, const QByteArray& secret = QByteArray())
{
    const QString detail = job.errorString();
    if (!secret.isEmpty() && detail.toUtf8().contains(secret))
        return QString();
    return detail;
}

// A sentence of ours, then the keychain's detail, which we cannot translate.
CredentialResult failure(const QKeychain::Job& job, const QString& sentence,
                         const QByteArray& secret = QByteArray())
{
    const QString detail = detailOf(job, secret);
    return CredentialResult::failure(
        errorKind(job.error()),
        detail.isEmpty() ? sentence : sentence + QStringLiteral(" (") + detail + QLatin1Char(')'));
}

template <typename Job> Job* newJob(const QString& service, const QString& account)
{
    auto* job = new Job(service);
    job->setAutoDelete(true);        // the job deletes itself once it has finished
    job->setInsecureFallback(false); // never a plaintext file instead of the keychain
    job->setKey(account);
    return job;
}

} // namespace

SystemCredentialStore::SystemCredentialStore(const QString& service)
    : m_service(service)
{}

SystemCredentialStore::~SystemCredentialStore() = default;

QString SystemCredentialStore::description() const
{
    return tr("system keychain");
}

void SystemCredentialStore::write(const QString& profile, CredentialKey key, Secret secret,
                                  Done done)
{
    auto* job = newJob<QKeychain::WritePasswordJob>(m_service, account(profile, key));
    // Binary data: no QString copy of the secret is made on the way in. The
    // closure keeps the secret until the job has finished, to keep it out of
    // the error message.
    job->setBinaryData(secret.bytes());
    QObject::connect(job, &QKeychain::Job::finished, &m_receiver,
                     [this, profile, key, done = std::move(done),
                      secret = std::move(secret)](QKeychain::Job* finished) {
                         if (!done)
                             return;
                         if (finished->error() == QKeychain::NoError) {
                             done(CredentialResult::success());
                             return;
                         }
                         done(failure(*finished,
                                      tr("Cannot save the %1 of the profile %2 in the %3.")
                                          .arg(keyLabel(key), profile, description()),
                                      secret.bytes()));
                     });
    job->start();
}

void SystemCredentialStore::read(const QString& profile, CredentialKey key, ReadDone done)
{
    auto* job = newJob<QKeychain::ReadPasswordJob>(m_service, account(profile, key));
    QObject::connect(job, &QKeychain::Job::finished, &m_receiver,
                     [this, profile, key, done = std::move(done)](QKeychain::Job* finished) {
                         if (!done)
                             return;
                         CredentialReadResult result;
                         auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
                         if (finished->error() == QKeychain::NoError) {
                             result.secret = Secret(readJob->binaryData());
                         } else if (finished->error() == QKeychain::EntryNotFound) {
                             result.error = CredentialError::NotFound;
                             result.message = tr("No %1 is stored for the profile %2 in the %3.")
                                                  .arg(keyLabel(key), profile, description());
                         } else {
                             static_cast<CredentialResult&>(result) = failure(
                                 *finished, tr("Cannot read the %1 of the profile %2 from the %3.")
                                                .arg(keyLabel(key), profile, description()));
                         }
                         done(std::move(result));
                     });
    job->start();
}

void SystemCredentialStore::remove(const QString& profile, CredentialKey key, Done done)
{
    auto* job = newJob<QKeychain::DeletePasswordJob>(m_service, account(profile, key));
    QObject::connect(
        job, &QKeychain::Job::finished, &m_receiver,
        [this, profile, key, done = std::move(done)](QKeychain::Job* finished) {
            if (!done)
                return;
            // Not there is as good as removed (and some backends say so).
            if (finished->error() == QKeychain::NoError ||
                finished->error() == QKeychain::EntryNotFound) {
                done(CredentialResult::success());
                return;
            }
            done(failure(*finished, tr("Cannot remove the %1 of the profile %2 from the %3.")
                                        .arg(keyLabel(key), profile, description())));
        });
    job->start();
}

void SystemCredentialStore::probe(Done done)
{
    auto* job = newJob<QKeychain::ReadPasswordJob>(m_service, ProbeAccount);
    QObject::connect(job, &QKeychain::Job::finished, &m_receiver,
                     [this, done = std::move(done)](QKeychain::Job* finished) {
                         if (!done)
                             return;
                         if (finished->error() == QKeychain::NoError ||
                             finished->error() == QKeychain::EntryNotFound) {
                             done(CredentialResult::success());
                             return;
                         }
                         // No bus, no Secret Service, a D-Bus error: QtKeychain calls
                         // most of these OtherError, but to the caller they all
                         // mean a keychain that cannot be used.
                         CredentialResult result =
                             failure(*finished, tr("The %1 does not answer.").arg(description()));
                         if (result.error != CredentialError::Denied)
                             result.error = CredentialError::Unavailable;
                         done(std::move(result));
                     });
    job->start();
}

} // namespace rd
