#include "DomainTableModel.h"
#include "UiPortfolio.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace rd;
using rd::ui::DomainTableModel;

class tst_DomainTableModel : public QObject
{
    Q_OBJECT

private:
    static int rowOf(const DomainTableModel& model, const QString& name)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.nameOf(row) == name)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void everyDomainInOrderOfTheNextDeadline()
    {
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        DomainTableModel model(p.service);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY2(model.reload(&error), qPrintable(error));
        const QStringList expected = {
            QStringLiteral("atrasado.pt"), QStringLiteral("amanha.pt"),
            QStringLiteral("semana.pt"),   QStringLiteral("semtitular.pt"),
            QStringLiteral("promo.pt"),    QStringLiteral("renova.pt"),
            QString::fromUtf8("café.pt")};
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names << model.index(row, DomainTableModel::Name).data().toString();
        QCOMPARE(names, expected);
        // A reload under the tester: same rows, a consistent reset.
        QVERIFY(model.reload(&error));
        QCOMPARE(model.rowCount(), test::UiPortfolio::domainCount);
    }

    // open(): the first rows by next deadline at once, then all of them from
    // the worker thread, under the tester.
    void openShowsTheFirstRowsThenAll_data()
    {
        QTest::addColumn<int>("headRows");
        QTest::addColumn<bool>("loading");
        QTest::newRow("one row first") << 1 << true;
        QTest::newRow("three rows first") << 3 << true;
        // As many as the portfolio has: the head cannot know it is all.
        QTest::newRow("exactly all first") << test::UiPortfolio::domainCount << true;
        QTest::newRow("more than all") << 50 << false;
    }
    void openShowsTheFirstRowsThenAll()
    {
        QFETCH(int, headRows);
        QFETCH(bool, loading);
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        DomainTableModel model(p.service);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &DomainTableModel::loaded);
        model.setHeadRows(headRows);
        QVERIFY2(model.open(&error), qPrintable(error));
        QCOMPARE(model.isLoading(), loading);
        const QStringList expected = {
            QStringLiteral("atrasado.pt"), QStringLiteral("amanha.pt"),
            QStringLiteral("semana.pt"),   QStringLiteral("semtitular.pt"),
            QStringLiteral("promo.pt"),    QStringLiteral("renova.pt"),
            QString::fromUtf8("café.pt")};
        const auto names = [&model] {
            QStringList shown;
            for (int row = 0; row < model.rowCount(); ++row)
                shown << model.index(row, DomainTableModel::Name).data().toString();
            return shown;
        };
        QCOMPARE(names(), expected.mid(0, std::min(headRows, int(expected.size()))));
        if (loading) {
            QVERIFY(loaded.wait(10000));
            QCOMPARE(loaded.constFirst().at(0).toBool(), true);
        }
        QVERIFY(!model.isLoading());
        QCOMPARE(names(), expected);
        // The holders came with the rest.
        QCOMPARE(model.index(6, DomainTableModel::HolderHandle).data().toString(),
                 QStringLiteral("GAMA-100003-ADNS"));
    }

    void aReloadOrTheEndDropsALoadUnderWay_data()
    {
        QTest::addColumn<bool>("reload");
        QTest::newRow("reload") << true;
        QTest::newRow("model destroyed") << false;
    }
    void aReloadOrTheEndDropsALoadUnderWay()
    {
        QFETCH(bool, reload);
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        auto model = std::make_unique<DomainTableModel>(p.service);
        QSignalSpy loaded(model.get(), &DomainTableModel::loaded);
        model->setHeadRows(2);
        QVERIFY(model->open(&error));
        QVERIFY(model->isLoading());
        if (reload) {
            QVERIFY(model->reload(&error));
            QVERIFY(!model->isLoading());
            QCOMPARE(model->rowCount(), test::UiPortfolio::domainCount);
        } else {
            model.reset();
        }
        // Nothing arrives later from the dropped load.
        QTest::qWait(50);
        QCOMPARE(loaded.count(), 0);
        if (model)
            QCOMPARE(model->rowCount(), test::UiPortfolio::domainCount);
    }

    void finishLoadingWaitsForTheRest()
    {
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        DomainTableModel model(p.service);
        QSignalSpy loaded(&model, &DomainTableModel::loaded);
        model.setHeadRows(4);
        QVERIFY(model.open(&error));
        QCOMPARE(model.rowCount(), 4);
        model.finishLoading();
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), test::UiPortfolio::domainCount);
        QCOMPARE(loaded.count(), 1);
    }

    void cells_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("role");
        QTest::addColumn<QVariant>("expected");

        const int display = Qt::DisplayRole;
        const int level = DomainTableModel::AlertLevelRole;
        const auto at = [](const char* name) { return QString::fromUtf8(name); };
        QTest::newRow("overdue level") << at("atrasado.pt") << int(DomainTableModel::Level) << level
                                       << QVariant(int(AlertLevel::Overdue));
        QTest::newRow("overdue word") << at("atrasado.pt") << int(DomainTableModel::Level)
                                      << display << QVariant(QStringLiteral("Overdue"));
        // Calendar days in Lisbon: due on the 20th, seen on the 23rd.
        QTest::newRow("days late") << at("atrasado.pt") << int(DomainTableModel::DaysLeft)
                                   << display << QVariant(QStringLiteral("-3"));
        QTest::newRow("due tomorrow") << at("amanha.pt") << int(DomainTableModel::DaysLeft)
                                      << display << QVariant(QStringLiteral("1"));
        QTest::newRow("critical") << at("amanha.pt") << int(DomainTableModel::Level) << level
                                  << QVariant(int(AlertLevel::Critical));
        QTest::newRow("warning") << at("semana.pt") << int(DomainTableModel::Level) << level
                                 << QVariant(int(AlertLevel::Warning));
        QTest::newRow("notice") << at("semtitular.pt") << int(DomainTableModel::Level) << level
                                << QVariant(int(AlertLevel::Notice));
        QTest::newRow("calm") << at("café.pt") << int(DomainTableModel::Level) << level
                              << QVariant(int(AlertLevel::None));
        QTest::newRow("holder name") << at("semana.pt") << int(DomainTableModel::Holder) << display
                                     << QVariant(QStringLiteral("Padaria Alfa, Lda."));
        QTest::newRow("holder handle") << at("renova.pt") << int(DomainTableModel::HolderHandle)
                                       << display << QVariant(QStringLiteral("GAMA-100003-ADNS"));
        QTest::newRow("nif") << at("amanha.pt") << int(DomainTableModel::Nif) << display
                             << QVariant(QStringLiteral("213456788"));
        QTest::newRow("no holder") << at("semtitular.pt") << int(DomainTableModel::Holder)
                                   << display << QVariant(QString());
        QTest::newRow("kind") << at("promo.pt") << int(DomainTableModel::NextDeadline) << display
                              << QVariant(QStringLiteral("End of free year"));
        QTest::newRow("renewal") << at("renova.pt") << int(DomainTableModel::NextDeadline)
                                 << display << QVariant(QStringLiteral("Automatic renewal"));
        QTest::newRow("programme") << at("promo.pt") << int(DomainTableModel::Programme) << display
                                   << QVariant(QStringLiteral("3em1.pt"));
        QTest::newRow("auto-renew") << at("renova.pt") << int(DomainTableModel::AutoRenew)
                                    << display << QVariant(QStringLiteral("Yes"));
        QTest::newRow("never synced") << at("renova.pt") << int(DomainTableModel::Standing)
                                      << display << QVariant(QStringLiteral("Not synced"));
        QTest::newRow("A-label tip")
            << at("café.pt") << int(DomainTableModel::Name) << int(Qt::ToolTipRole)
            << QVariant(QStringLiteral("xn--caf-dma.pt"));
        QTest::newRow("days sort as numbers")
            << at("amanha.pt") << int(DomainTableModel::DaysLeft) << int(DomainTableModel::SortRole)
            << QVariant(test::utc("2026-11-24T00:00:00Z").toSecsSinceEpoch());
    }

    void cells()
    {
        QFETCH(QString, domain);
        QFETCH(int, column);
        QFETCH(int, role);
        QFETCH(QVariant, expected);
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        DomainTableModel model(p.service);
        QVERIFY(model.reload(&error));
        const int row = rowOf(model, domain);
        QVERIFY(row >= 0);
        const QVariant value = model.index(row, column).data(role);
        if (expected.typeId() == QMetaType::QString)
            QCOMPARE(value.toString(), expected.toString());
        else
            QCOMPARE(value.toLongLong(), expected.toLongLong());
    }

    void urgentRowsAreTinted()
    {
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        DomainTableModel model(p.service);
        QVERIFY(model.reload(&error));
        QVERIFY(model.index(rowOf(model, QStringLiteral("atrasado.pt")), 0)
                    .data(Qt::BackgroundRole)
                    .isValid());
        QVERIFY(!model.index(rowOf(model, QStringLiteral("renova.pt")), 0)
                     .data(Qt::BackgroundRole)
                     .isValid());
        // The explanation names the rule in a sentence.
        QVERIFY(model.index(rowOf(model, QStringLiteral("atrasado.pt")), DomainTableModel::Due)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("atrasado.pt")));
    }

    void levelsFollowTheClock()
    {
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        DomainTableModel model(p.service);
        QVERIFY(model.reload(&error));
        const int row = rowOf(model, QStringLiteral("semana.pt"));
        QCOMPARE(model.levelOf(row), AlertLevel::Warning);
        p.clock.advanceSecs(4 * 24 * 3600); // a day and a half before the deletion
        QCOMPARE(model.levelOf(row), AlertLevel::Critical);
        p.clock.advanceSecs(2 * 24 * 3600);
        QCOMPARE(model.levelOf(row), AlertLevel::Overdue);
    }
};

QTEST_MAIN(tst_DomainTableModel)
#include "tst_domaintablemodel.moc"
