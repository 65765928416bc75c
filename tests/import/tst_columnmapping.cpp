#include "import/ColumnMapping.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rd::import;

Q_DECLARE_METATYPE(rd::import::Field)

class tst_ColumnMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headers_data()
    {
        QTest::addColumn<bool>("contacts");
        QTest::addColumn<QString>("header");
        QTest::addColumn<Field>("field");

        const auto d = [](const char* name, const char* header, Field field) {
            QTest::newRow(name) << false << QString::fromUtf8(header) << field;
        };
        const auto c = [](const char* name, const char* header, Field field) {
            QTest::newRow(name) << true << QString::fromUtf8(header) << field;
        };
        d("Domínio", "Domínio", Field::DomainName);
        d("DOMINIO", "DOMINIO", Field::DomainName);
        d("Domain", "Domain", Field::DomainName);
        d("Nome de domínio", "Nome de domínio", Field::DomainName);
        d("domain_name", "domain_name", Field::DomainName);
        d("Titular", "Titular", Field::Registrant);
        d("Holder", "Holder", Field::Registrant);
        d("Registrant", "Registrant", Field::Registrant);
        d("Data de expiração", "Data de expiração", Field::Expiry);
        d("data de expiracao", "data de expiracao", Field::Expiry);
        d("Expiry date", "Expiry date", Field::Expiry);
        d("Expira", "Expira", Field::Expiry);
        d("Expira em:", "Expira em:", Field::Expiry);
        d("Data de registo", "Data de registo", Field::Created);
        d("Creation date", "Creation date", Field::Created);
        d("Renovação automática", "Renovação automática", Field::AutoRenew);
        d("Auto-renew", "Auto-renew", Field::AutoRenew);
        d("AUTO RENEW", "AUTO RENEW", Field::AutoRenew);
        d("Programa", "Programa", Field::Programme);
        d("Notas", "Notas", Field::Notes);
        d("Observações", "Observações", Field::Notes);
        d("unknown", "Preço", Field::Ignore);
        d("NIF in a domain import", "NIF", Field::Ignore);
        c("Handle", "Handle", Field::Handle);
        c("NIC-handle", "NIC-handle", Field::Handle);
        c("NIF", "NIF", Field::Vat);
        c("Contribuinte", "Contribuinte", Field::Vat);
        c("VAT", "VAT", Field::Vat);
        c("NIPC", "NIPC", Field::Vat);
        c("N.º Contribuinte", "N.º Contribuinte", Field::Vat);
        c("Nome", "Nome", Field::Name);
        c("Titular (contacts)", "Titular", Field::Name);
        c("E-mail", "E-mail", Field::Email);
        c("email", "email", Field::Email);
        c("Telefone", "Telefone", Field::Phone);
        c("Telemóvel", "Telemóvel", Field::Mobile);
        c("Código postal", "Código postal", Field::Postcode);
        c("Postcode", "Postcode", Field::Postcode);
        c("Localidade", "Localidade", Field::City);
        c("City", "City", Field::City);
        c("País", "País", Field::Country);
        c("Morada", "Morada", Field::Street);
        c("Organização", "Organização", Field::Organisation);
        c("Tipo", "Tipo", Field::Kind);
        c("Cartão de Cidadão", "Cartão de Cidadão", Field::IdentityDocument);
    }
    void headers()
    {
        QFETCH(bool, contacts);
        QFETCH(QString, header);
        QFETCH(Field, field);
        QCOMPARE(ColumnMapping::guessField(contacts ? ImportKind::Contacts : ImportKind::Domains,
                                           header),
                 field);
    }

    void guessTakesTheFirstColumnOfAField()
    {
        const QStringList header = {QStringLiteral("Domain"), QStringLiteral("Domínio"),
                                    QStringLiteral("Expira")};
        const ColumnMapping mapping = ColumnMapping::guess(ImportKind::Domains, header);
        QCOMPARE(mapping.columnOf(Field::DomainName), 0);
        QCOMPARE(mapping.fieldAt(1), Field::Ignore);
        QCOMPARE(mapping.columnOf(Field::Expiry), 2);
        QString error;
        QVERIFY2(mapping.isComplete(header, &error), qPrintable(error));
    }

    void incompleteMappings_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<bool>("contacts");
        QTest::addColumn<QString>("part");
        QTest::newRow("no domain column") << QStringList{"Expira", "Notas"} << false << "domain";
        QTest::newRow("no handle column") << QStringList{"Nome", "NIF"} << true << "handle";
    }
    void incompleteMappings()
    {
        QFETCH(QStringList, header);
        QFETCH(bool, contacts);
        QFETCH(QString, part);
        const ColumnMapping mapping =
            ColumnMapping::guess(contacts ? ImportKind::Contacts : ImportKind::Domains, header);
        QString error;
        QVERIFY(!mapping.isComplete(header, &error));
        QVERIFY2(error.contains(part), qPrintable(error));
    }

    void doubledField()
    {
        const QStringList header = {QStringLiteral("A"), QStringLiteral("B")};
        ColumnMapping mapping(ImportKind::Domains);
        mapping.set(0, Field::DomainName);
        mapping.set(1, Field::DomainName);
        QString error;
        QVERIFY(!mapping.isComplete(header, &error));
        QVERIFY2(error.contains(QStringLiteral("\"A\" and \"B\"")), qPrintable(error));
        mapping.set(1, Field::Vat);
        QVERIFY(!mapping.isComplete(header, &error));
    }

    // A saved mapping names columns by header: it applies to a file with the
    // columns in another order, and overrides what the header alone would say.
    void savedMappingsFollowTheHeader()
    {
        const QStringList first = {QStringLiteral("Coluna A"), QStringLiteral("Fim"),
                                   QStringLiteral("Domain")};
        ColumnMapping mapping = ColumnMapping::guess(ImportKind::Domains, first);
        mapping.set(0, Field::DomainName);
        mapping.set(2, Field::Ignore);
        mapping.set(1, Field::Expiry);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mapping.json"));
        QString error;
        QVERIFY2(mapping.save(path, first, &error), qPrintable(error));

        const QStringList second = {QStringLiteral("Domain"), QStringLiteral("Fim"),
                                    QStringLiteral("Coluna A"), QStringLiteral("Notas")};
        const std::optional<ColumnMapping> loaded = ColumnMapping::load(path, second, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->kind(), ImportKind::Domains);
        QCOMPARE(loaded->fieldAt(0), Field::Ignore);
        QCOMPARE(loaded->fieldAt(1), Field::Expiry);
        QCOMPARE(loaded->fieldAt(2), Field::DomainName);
        QCOMPARE(loaded->fieldAt(3), Field::Notes); // not in the file: guessed
    }

    void badMappingFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("part");
        QTest::newRow("not JSON") << QByteArray("{") << "not a JSON object";
        QTest::newRow("no kind") << QByteArray("{\"columns\": {}}") << "kind";
        QTest::newRow("unknown field")
            << QByteArray("{\"kind\": \"domains\", \"columns\": {\"A\": \"price\"}}") << "price";
    }
    void badMappingFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, part);
        QString error;
        QVERIFY(!ColumnMapping::fromJson(json, {QStringLiteral("A")}, &error));
        QVERIFY2(error.contains(part), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_ColumnMapping)
#include "tst_columnmapping.moc"
