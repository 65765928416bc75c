#include "secrets/CredentialStore.h"

#include <QEventLoop>
#include <QTimer>
#include <memory>
#include <utility>

namespace rd {
namespace {

// Runs start(callback) and waits for the callback or the timeout. The state is
// shared with the callback, so an answer that comes after the timeout lands
// in it harmlessly (and a secret in it is wiped with it).
template <typename Result, typename Start> std::optional<Result> waitFor(Start start, int timeoutMs)
{
    struct State
    {
        std::optional<Result> result;
        QEventLoop* loop = nullptr;
    };
    auto state = std::make_shared<State>();
    start([state](Result result) {
        state->result = std::move(result);
        if (state->loop)
            state->loop->quit();
    });
    if (!state->result) {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        state->loop = &loop;
        timer.start(timeoutMs);
        loop.exec();
        state->loop = nullptr;
    }
    if (!state->result)
        return std::nullopt;
    return std::move(state->result);
}

} // namespace

CredentialStore::~CredentialStore() = default;

CredentialResult CredentialStore::writeNow(const QString& profile, CredentialKey key, Secret secret,
                                           int timeoutMs)
{
    auto result = waitFor<CredentialResult>(
        [&](Done done) { write(profile, key, std::move(secret), std::move(done)); }, timeoutMs);
    return result ? std::move(*result) : timedOut(timeoutMs);
}

CredentialReadResult CredentialStore::readNow(const QString& profile, CredentialKey key,
                                              int timeoutMs)
{
    auto result = waitFor<CredentialReadResult>(
        [&](ReadDone done) { read(profile, key, std::move(done)); }, timeoutMs);
    if (result)
        return std::move(*result);
    CredentialReadResult failed;
    static_cast<CredentialResult&>(failed) = timedOut(timeoutMs);
    return failed;
}

CredentialResult CredentialStore::removeNow(const QString& profile, CredentialKey key,
                                            int timeoutMs)
{
    auto result = waitFor<CredentialResult>(
        [&](Done done) { remove(profile, key, std::move(done)); }, timeoutMs);
    return result ? std::move(*result) : timedOut(timeoutMs);
}

CredentialResult CredentialStore::probeNow(int timeoutMs)
{
    auto result = waitFor<CredentialResult>([&](Done done) { probe(std::move(done)); }, timeoutMs);
    return result ? std::move(*result) : timedOut(timeoutMs);
}

CredentialResult CredentialStore::timedOut(int timeoutMs) const
{
    return CredentialResult::failure(
        CredentialError::Unavailable,
        tr("The %1 did not answer within %n second(s).", nullptr, (timeoutMs + 999) / 1000)
            .arg(description()));
}

QString CredentialStore::serviceName()
{
    return QStringLiteral("Registrar Desk");
}

QString CredentialStore::keyName(CredentialKey key)
{
    switch (key) {
    case CredentialKey::EppPassword:
        return QStringLiteral("epp-password");
    case CredentialKey::ClientKeyPassphrase:
        return QStringLiteral("client-key-passphrase");
    }
    Q_UNREACHABLE();
}

std::optional<CredentialKey> CredentialStore::keyFromName(const QString& name)
{
    for (CredentialKey key : {CredentialKey::EppPassword, CredentialKey::ClientKeyPassphrase}) {
        if (keyName(key) == name)
            return key;
    }
    return std::nullopt;
}

QString CredentialStore::keyLabel(CredentialKey key)
{
    switch (key) {
    case CredentialKey::EppPassword:
        return tr("EPP password");
    case CredentialKey::ClientKeyPassphrase:
        return tr("client key passphrase");
    }
    Q_UNREACHABLE();
}

QString CredentialStore::account(const QString& profile, CredentialKey key)
{
    return profile + QLatin1Char('/') + keyName(key);
}

} // namespace rd
