#include "registry/RegistryProfiles.h"
#include "secrets/MemoryCredentialStore.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

QString fieldName(RegistryProfileField field)
{
    switch (field) {
    case RegistryProfileField::Name:
        return QStringLiteral("name");
    case RegistryProfileField::Host:
        return QStringLiteral("host");
    case RegistryProfileField::Port:
        return QStringLiteral("port");
    case RegistryProfileField::LoginId:
        return QStringLiteral("loginId");
    case RegistryProfileField::CaFile:
        return QStringLiteral("caFile");
    case RegistryProfileField::ClientCertFile:
        return QStringLiteral("clientCertFile");
    case RegistryProfileField::ClientKeyFile:
        return QStringLiteral("clientKeyFile");
    }
    return QStringLiteral("?");
}

QStringList fieldsOf(const QList<RegistryProfileProblem>& problems)
{
    QStringList fields;
    for (const RegistryProfileProblem& problem : problems)
        fields.append(fieldName(problem.field));
    return fields;
}

QString reasonsOf(const QList<RegistryProfileProblem>& problems)
{
    QStringList reasons;
    for (const RegistryProfileProblem& problem : problems)
        reasons.append(problem.reason);
    return reasons.join(QLatin1Char('\n'));
}

} // namespace

class tst_RegistryProfiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // "@pem" is a readable file, "@dir" a folder, "@missing" nothing at all.
    QString path(const QString& placeholder) const
    {
        if (placeholder == QLatin1String("@pem"))
            return m_dir.filePath(QStringLiteral("registrar.pem"));
        if (placeholder == QLatin1String("@dir"))
            return m_dir.path();
        if (placeholder == QLatin1String("@missing"))
            return m_dir.filePath(QStringLiteral("no-such.pem"));
        return placeholder;
    }

    RegistryProfile sample() const
    {
        RegistryProfile profile;
        profile.name = QStringLiteral("registo-b");
        profile.host = QStringLiteral("epp.test.example");
        profile.port = 7000;
        profile.loginId = QStringLiteral("registrar-42");
        profile.caFile = path(QStringLiteral("@pem"));
        profile.clientCertFile = path(QStringLiteral("@pem"));
        profile.clientKeyFile = path(QStringLiteral("@pem"));
        profile.sandbox = true;
        return profile;
    }

    QString iniPath() const { return m_dir.filePath(QStringLiteral("desk.ini")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile pem(path(QStringLiteral("@pem")));
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
    }

    void init() { QFile::remove(iniPath()); }

    void validate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("loginId");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("certFile");
        QTest::addColumn<QString>("keyFile");
        QTest::addColumn<QStringList>("problems");

        const QStringList none;
        auto row = [](const char* title) { return &QTest::newRow(title); };
        *row("complete") << "ote"
                         << "epp.test.example" << 700 << "registrar-42"
                         << "@pem"
                         << "@pem"
                         << "@pem" << none;
        *row("no files: system CAs, no client certificate") << "sandbox"
                                                            << "127.0.0.1" << 700 << "abc"
                                                            << ""
                                                            << ""
                                                            << "" << none;
        *row("IPv6 address") << "sandbox"
                             << "::1" << 700 << "abc"
                             << ""
                             << ""
                             << "" << none;

        *row("name empty") << ""
                           << "h" << 700 << "abc"
                           << ""
                           << ""
                           << "" << QStringList{"name"};
        *row("name with slash") << "a/b"
                                << "h" << 700 << "abc"
                                << ""
                                << ""
                                << "" << QStringList{"name"};
        *row("name with space") << "my ote"
                                << "h" << 700 << "abc"
                                << ""
                                << ""
                                << "" << QStringList{"name"};
        *row("name starting with a dot") << ".ote"
                                         << "h" << 700 << "abc"
                                         << ""
                                         << ""
                                         << "" << QStringList{"name"};
        *row("name of 33") << QString(33, QLatin1Char('a')) << "h" << 700 << "abc"
                           << ""
                           << ""
                           << "" << QStringList{"name"};
        *row("name of 32") << QString(32, QLatin1Char('a')) << "h" << 700 << "abc"
                           << ""
                           << ""
                           << "" << none;

        *row("host empty") << "ote"
                           << "" << 700 << "abc"
                           << ""
                           << ""
                           << "" << QStringList{"host"};
        *row("host with space") << "ote"
                                << "epp .example" << 700 << "abc"
                                << ""
                                << ""
                                << "" << QStringList{"host"};
        *row("host as URL") << "ote"
                            << "epp://epp.example" << 700 << "abc"
                            << ""
                            << ""
                            << "" << QStringList{"host"};

        *row("port 0") << "ote"
                       << "h" << 0 << "abc"
                       << ""
                       << ""
                       << "" << QStringList{"port"};
        *row("port 1") << "ote"
                       << "h" << 1 << "abc"
                       << ""
                       << ""
                       << "" << none;
        *row("port 65535") << "ote"
                           << "h" << 65535 << "abc"
                           << ""
                           << ""
                           << "" << none;
        *row("port 65536") << "ote"
                           << "h" << 65536 << "abc"
                           << ""
                           << ""
                           << "" << QStringList{"port"};
        *row("port negative") << "ote"
                              << "h" << -700 << "abc"
                              << ""
                              << ""
                              << "" << QStringList{"port"};

        // clIDType: token, minLength 3, maxLength 16 (RFC 5730, eppcom-1.0.xsd).
        *row("login empty") << "ote"
                            << "h" << 700 << ""
                            << ""
                            << ""
                            << "" << QStringList{"loginId"};
        *row("login of 2") << "ote"
                           << "h" << 700 << "ab"
                           << ""
                           << ""
                           << "" << QStringList{"loginId"};
        *row("login of 16") << "ote"
                            << "h" << 700 << "abcdefghijklmnop"
                            << ""
                            << ""
                            << "" << none;
        *row("login of 17") << "ote"
                            << "h" << 700 << "abcdefghijklmnopq"
                            << ""
                            << ""
                            << "" << QStringList{"loginId"};
        *row("login of 3 non-ASCII") << "ote"
                                     << "h" << 700 << "ção"
                                     << ""
                                     << ""
                                     << "" << none;
        *row("login of 3 beyond the BMP: characters, not UTF-16 units")
            << "ote"
            << "h" << 700 << "a\U0001D11Eb"
            << ""
            << ""
            << "" << none;
        *row("login with inner space") << "ote"
                                       << "h" << 700 << "reg 42"
                                       << ""
                                       << ""
                                       << "" << none;
        *row("login with leading space") << "ote"
                                         << "h" << 700 << " reg42"
                                         << ""
                                         << ""
                                         << "" << QStringList{"loginId"};
        *row("login with trailing space") << "ote"
                                          << "h" << 700 << "reg42 "
                                          << ""
                                          << ""
                                          << "" << QStringList{"loginId"};
        *row("login with two spaces") << "ote"
                                      << "h" << 700 << "reg  42"
                                      << ""
                                      << ""
                                      << "" << QStringList{"loginId"};
        *row("login with tab") << "ote"
                               << "h" << 700 << "reg\t42"
                               << ""
                               << ""
                               << "" << QStringList{"loginId"};
        *row("login with line break") << "ote"
                                      << "h" << 700 << "reg\n42"
                                      << ""
                                      << ""
                                      << "" << QStringList{"loginId"};

        *row("CA file missing") << "ote"
                                << "h" << 700 << "abc"
                                << "@missing"
                                << ""
                                << "" << QStringList{"caFile"};
        *row("CA file is a folder") << "ote"
                                    << "h" << 700 << "abc"
                                    << "@dir"
                                    << ""
                                    << "" << QStringList{"caFile"};
        *row("certificate missing") << "ote"
                                    << "h" << 700 << "abc"
                                    << ""
                                    << "@missing"
                                    << "@pem" << QStringList{"clientCertFile"};
        *row("key missing") << "ote"
                            << "h" << 700 << "abc"
                            << ""
                            << "@pem"
                            << "@missing" << QStringList{"clientKeyFile"};

        *row("built-in production as shipped: host and login to fill in")
            << "production"
            << "" << 700 << ""
            << ""
            << ""
            << "" << QStringList{"host", "loginId"};
        *row("everything wrong") << "a b"
                                 << "" << 0 << "x"
                                 << "@missing"
                                 << "@dir"
                                 << "@missing"
                                 << QStringList{"name",         "host",   "port",
                                                "loginId",      "caFile", "clientCertFile",
                                                "clientKeyFile"};
    }

    void validate()
    {
        QFETCH(QString, name);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, loginId);
        QFETCH(QString, caFile);
        QFETCH(QString, certFile);
        QFETCH(QString, keyFile);
        QFETCH(QStringList, problems);

        RegistryProfile profile;
        profile.name = name;
        profile.host = host;
        profile.port = port;
        profile.loginId = loginId;
        profile.caFile = path(caFile);
        profile.clientCertFile = path(certFile);
        profile.clientKeyFile = path(keyFile);
        const QList<RegistryProfileProblem> found = RegistryProfiles::validate(profile);
        QCOMPARE(fieldsOf(found), problems);
        for (const RegistryProfileProblem& problem : found)
            QVERIFY2(problem.reason.endsWith(QLatin1Char('.')), qPrintable(problem.reason));
        if (!caFile.isEmpty() && problems.contains(QStringLiteral("caFile")))
            QVERIFY2(reasonsOf(found).contains(profile.caFile), qPrintable(reasonsOf(found)));
    }

    void builtIns()
    {
        const QList<RegistryProfile> builtIns = RegistryProfiles::builtIns();
        QCOMPARE(builtIns.size(), 3);
        QCOMPARE(builtIns.at(0).name, QStringLiteral("production"));
        QCOMPARE(builtIns.at(1).name, QStringLiteral("ote"));
        QCOMPARE(builtIns.at(2).name, QStringLiteral("sandbox"));
        // No registry host is made up: the user fills in what the registry gave them.
        QVERIFY(builtIns.at(0).host.isEmpty());
        QVERIFY(builtIns.at(1).host.isEmpty());
        QCOMPARE(builtIns.at(2).host, QStringLiteral("127.0.0.1"));
        QVERIFY(!builtIns.at(0).sandbox);
        QVERIFY(builtIns.at(1).sandbox);
        QVERIFY(builtIns.at(2).sandbox);
        for (const RegistryProfile& profile : builtIns) {
            QCOMPARE(profile.port, 700);
            QVERIFY(RegistryProfiles::isBuiltIn(profile.name));
        }
        QVERIFY(!RegistryProfiles::isBuiltIn(QStringLiteral("registo-b")));
    }

    void freshSettingsHoldTheBuiltIns()
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        const RegistryProfiles profiles(settings);
        QCOMPARE(profiles.names(), (QStringList{"production", "ote", "sandbox"}));
        QCOMPARE(profiles.all(), RegistryProfiles::builtIns());
        QVERIFY(!profiles.isSaved(QStringLiteral("production")));
        QVERIFY(!profiles.profile(QStringLiteral("registo-b")));
    }

    void roundTrip()
    {
        RegistryProfile production = RegistryProfiles::builtIns().at(0);
        production.host = QStringLiteral("epp.test.example");
        production.loginId = QStringLiteral("registrar-42");
        const RegistryProfile custom = sample();
        RegistryProfile plain = sample();
        plain.name = QStringLiteral("a-plain.one");
        plain.caFile.clear();
        plain.clientCertFile.clear();
        plain.clientKeyFile.clear();
        plain.sandbox = false;
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            RegistryProfiles profiles(settings);
            QString error;
            QVERIFY2(profiles.save(custom, &error), qPrintable(error));
            QVERIFY2(profiles.save(production, &error), qPrintable(error));
            QVERIFY2(profiles.save(plain, &error), qPrintable(error));
        }
        QSettings settings(iniPath(), QSettings::IniFormat);
        RegistryProfiles profiles(settings);
        QCOMPARE(profiles.names(),
                 (QStringList{"production", "ote", "sandbox", "a-plain.one", "registo-b"}));
        QCOMPARE(profiles.profile(QStringLiteral("registo-b")), std::optional(custom));
        QCOMPARE(profiles.profile(QStringLiteral("a-plain.one")), std::optional(plain));
        QCOMPARE(profiles.profile(QStringLiteral("production")), std::optional(production));
        QCOMPARE(profiles.profile(QStringLiteral("ote")),
                 std::optional(RegistryProfiles::builtIns().at(1)));
        QVERIFY(profiles.isSaved(QStringLiteral("production")));
        QVERIFY(!profiles.isSaved(QStringLiteral("ote")));

        // A built-in comes back to its defaults; a profile of the user's goes.
        QString error;
        QVERIFY2(profiles.remove(QStringLiteral("production"), &error), qPrintable(error));
        QCOMPARE(profiles.profile(QStringLiteral("production")),
                 std::optional(RegistryProfiles::builtIns().at(0)));
        QVERIFY2(profiles.remove(QStringLiteral("registo-b"), &error), qPrintable(error));
        QVERIFY(!profiles.profile(QStringLiteral("registo-b")));
        QVERIFY(profiles.remove(QStringLiteral("ote"), &error));
        QVERIFY(!profiles.remove(QStringLiteral("registo-b"), &error));
        QVERIFY2(error.contains(QStringLiteral("registo-b")), qPrintable(error));

        QSettings reread(iniPath(), QSettings::IniFormat);
        QCOMPARE(RegistryProfiles(reread).names(),
                 (QStringList{"production", "ote", "sandbox", "a-plain.one"}));
    }

    void missingKeysKeepTheBuiltInValues()
    {
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            settings.setValue(QStringLiteral("registry-profiles/sandbox/login-id"),
                              QStringLiteral("tester"));
        }
        QSettings settings(iniPath(), QSettings::IniFormat);
        const RegistryProfile sandbox =
            *RegistryProfiles(settings).profile(QStringLiteral("sandbox"));
        QCOMPARE(sandbox.loginId, QStringLiteral("tester"));
        QCOMPARE(sandbox.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(sandbox.port, 700);
        QVERIFY(sandbox.sandbox);
    }

    void invalidIsNotSaved()
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        RegistryProfiles profiles(settings);
        RegistryProfile broken = sample();
        broken.port = 0;
        broken.loginId = QStringLiteral("x");
        QString error;
        QVERIFY(!profiles.save(broken, &error));
        QVERIFY2(error.contains(QStringLiteral("registo-b")), qPrintable(error));
        QCOMPARE(error.count(QLatin1Char('\n')), 2); // a heading and the two problems
        QVERIFY(!profiles.isSaved(QStringLiteral("registo-b")));
        QVERIFY(settings.allKeys().isEmpty());
    }

    void settingsNeverHoldTheSecrets()
    {
        const QByteArray password = QByteArrayLiteral("Tr0ub4dor&3-registo-b");
        const QByteArray passphrase = QByteArrayLiteral("key-passphrase-registo-b");
        const RegistryProfile profile = sample();
        MemoryCredentialStore store;
        QVERIFY(store.writeNow(profile.name, CredentialKey::EppPassword, Secret(password)).ok());
        QVERIFY(store.writeNow(profile.name, CredentialKey::ClientKeyPassphrase, Secret(passphrase))
                    .ok());
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            RegistryProfiles profiles(settings);
            QString error;
            QVERIFY2(profiles.save(profile, &error), qPrintable(error));
        }

        QFile ini(iniPath());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray written = ini.readAll();
        QVERIFY2(written.contains(profile.host.toUtf8()), written.constData()); // not vacuous
        for (const QByteArray& secret : {password, passphrase}) {
            QVERIFY(!written.contains(secret));
            QVERIFY(!written.contains(secret.toBase64()));
        }

        // Exactly the documented keys, and nothing that could hold a password.
        QSettings settings(iniPath(), QSettings::IniFormat);
        settings.beginGroup(QStringLiteral("registry-profiles/registo-b"));
        QStringList keys = settings.allKeys();
        keys.sort();
        QCOMPARE(keys, (QStringList{"ca-file", "client-cert-file", "client-key-file", "host",
                                    "login-id", "port", "sandbox"}));
    }
};

QTEST_GUILESS_MAIN(tst_RegistryProfiles)
#include "tst_registryprofiles.moc"
