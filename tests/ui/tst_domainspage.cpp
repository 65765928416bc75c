#include "DomainFilterProxy.h"
#include "DomainTableModel.h"
#include "UiPortfolio.h"
#include "i18n/Language.h"
#include "pages/DomainsPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace rd;
using rd::ui::DomainsPage;
using rd::ui::DomainTableModel;

class tst_DomainsPage : public QObject
{
    Q_OBJECT

private:
    static QStringList visible(const DomainsPage& page)
    {
        QStringList names;
        const QAbstractItemModel* model = page.visibleModel();
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, DomainTableModel::Name).data().toString();
        return names;
    }

    static void pick(QComboBox* combo, const QString& text)
    {
        const int at = combo->findText(text);
        QVERIFY2(at >= 0, qPrintable(text));
        // As the agent does: open the list, move to the entry, press Enter.
        combo->setFocus();
        combo->setCurrentIndex(0);
        for (int i = 0; i < at; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentIndex(), at);
    }

private Q_SLOTS:
    void initTestCase() { i18n::install(*qApp, QStringLiteral("en")); }
    void init() { QSettings().clear(); }

    void typingFilters()
    {
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        DomainsPage page(p.service);
        QAbstractItemModelTester tester(page.visibleModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto* count = page.findChild<QLabel*>(QStringLiteral("countLabel"));
        QVERIFY(count);
        QCOMPARE(count->text(), QStringLiteral("7 of 7 domains"));

        // Ctrl+F from the table focuses the filter.
        page.table()->setFocus();
        QTest::keyClick(page.table(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(page.filterEdit()->hasFocus());
        QTest::keyClicks(page.filterEdit(), QStringLiteral("alfa"));
        QCOMPARE(visible(page),
                 (QStringList{QStringLiteral("atrasado.pt"), QStringLiteral("semana.pt")}));
        QCOMPARE(count->text(), QStringLiteral("2 of 7 domains"));
        QTest::keyClick(page.filterEdit(), Qt::Key_Backspace);
        QTest::keyClicks(page.filterEdit(), QStringLiteral("x"));
        QCOMPARE(visible(page), QStringList());
        // Esc clears the text.
        QTest::keyClick(page.filterEdit(), Qt::Key_Escape);
        QCOMPARE(page.filterEdit()->text(), QString());
        QCOMPARE(page.visibleModel()->rowCount(), 7);
        page.setQuickFilter(QStringLiteral("gama"));
        QCOMPARE(page.filterEdit()->text(), QStringLiteral("gama"));
        QCOMPARE(page.visibleModel()->rowCount(), 2);
    }

    void choices_data()
    {
        QTest::addColumn<QString>("combo");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QStringList>("expected");
        const auto names = [](const char* list) {
            return QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        QTest::newRow("overdue") << QStringLiteral("windowCombo") << QStringLiteral("Overdue")
                                 << names("atrasado.pt");
        QTest::newRow("24 hours") << QStringLiteral("windowCombo")
                                  << QStringLiteral("Within 24 hours")
                                  << names("atrasado.pt amanha.pt");
        QTest::newRow("7 days") << QStringLiteral("windowCombo") << QStringLiteral("Within 7 days")
                                << names("atrasado.pt amanha.pt semana.pt");
        QTest::newRow("30 days") << QStringLiteral("windowCombo")
                                 << QStringLiteral("Within 30 days")
                                 << names("atrasado.pt amanha.pt semana.pt semtitular.pt");
        QTest::newRow("60 days") << QStringLiteral("windowCombo")
                                 << QStringLiteral("Within 60 days")
                                 << names("atrasado.pt amanha.pt semana.pt semtitular.pt promo.pt");
        QTest::newRow("90 days") << QStringLiteral("windowCombo")
                                 << QStringLiteral("Within 90 days")
                                 << names("atrasado.pt amanha.pt semana.pt semtitular.pt promo.pt "
                                          "renova.pt");
        QTest::newRow("critical") << QStringLiteral("levelCombo") << QStringLiteral("Critical")
                                  << names("amanha.pt");
        QTest::newRow("on track") << QStringLiteral("levelCombo") << QStringLiteral("On track")
                                  << names("promo.pt renova.pt café.pt");
        QTest::newRow("renewal") << QStringLiteral("kindCombo")
                                 << QStringLiteral("Automatic renewal") << names("renova.pt");
        QTest::newRow("free year") << QStringLiteral("kindCombo")
                                   << QStringLiteral("End of free year") << names("promo.pt");
        QTest::newRow("no deadline")
            << QStringLiteral("kindCombo") << QStringLiteral("No deadline") << QStringList();
        QTest::newRow("programme")
            << QStringLiteral("programmeCombo") << QStringLiteral("3em1.pt") << names("promo.pt");
        QTest::newRow("auto-renew on")
            << QStringLiteral("autoRenewCombo") << QStringLiteral("Auto-renew on")
            << names("promo.pt renova.pt");
        QTest::newRow("auto-renew off")
            << QStringLiteral("autoRenewCombo") << QStringLiteral("Auto-renew off")
            << names("atrasado.pt amanha.pt semana.pt semtitular.pt café.pt");
        QTest::newRow("transferred away")
            << QStringLiteral("statusCombo") << QStringLiteral("Transferred away") << QStringList();
    }

    void choices()
    {
        QFETCH(QString, combo);
        QFETCH(QString, entry);
        QFETCH(QStringList, expected);
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        DomainsPage page(p.service);
        QAbstractItemModelTester tester(page.visibleModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* box = page.findChild<QComboBox*>(combo);
        QVERIFY(box);
        pick(box, entry);
        QCOMPARE(visible(page), expected);
        // Esc twice in the filter: the text, then every filter.
        QTest::keyClicks(page.filterEdit(), QStringLiteral("zz"));
        QTest::keyClick(page.filterEdit(), Qt::Key_Escape);
        QCOMPARE(visible(page), expected);
        QTest::keyClick(page.filterEdit(), Qt::Key_Escape);
        QCOMPARE(box->currentIndex(), 0);
        QCOMPARE(page.visibleModel()->rowCount(), test::UiPortfolio::domainCount);
    }

    void pastedList()
    {
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        DomainsPage page(p.service);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* button = page.findChild<QToolButton*>(QStringLiteral("pasteNamesButton"));
        QVERIFY(button);
        // The dialog, filled and accepted as the agent would.
        bool filled = false;
        QTimer::singleShot(0, &page, [&] {
            auto* dialog = page.findChild<QDialog*>(QStringLiteral("pasteNamesDialog"));
            QVERIFY(dialog);
            auto* edit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("namesEdit"));
            QVERIFY(edit);
            edit->setPlainText(QStringLiteral("amanha.pt, renova.pt\n"));
            edit->moveCursor(QTextCursor::End);
            QTest::keyClicks(edit, QStringLiteral("perdido.pt "));
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            filled = true;
        });
        button->click();
        QVERIFY(filled);
        QCOMPARE(visible(page),
                 (QStringList{QStringLiteral("amanha.pt"), QStringLiteral("renova.pt")}));
        auto* label = page.findChild<QLabel*>(QStringLiteral("namesLabel"));
        QVERIFY(label && label->isVisible());
        QCOMPARE(label->text(), QStringLiteral("Only the 3 pasted names. 1 not in the portfolio: "
                                               "perdido.pt"));
        // The text filter narrows the list further.
        QTest::keyClicks(page.filterEdit(), QStringLiteral("gama"));
        QCOMPARE(visible(page), QStringList{QStringLiteral("renova.pt")});
        page.findChild<QPushButton*>(QStringLiteral("clearNamesButton"))->click();
        QVERIFY(!label->isVisible());
        QCOMPARE(visible(page),
                 (QStringList{QStringLiteral("renova.pt"), QString::fromUtf8("café.pt")}));
        QCOMPARE(page.applyNameList(QStringLiteral("x.pt y.pt")),
                 (QStringList{QStringLiteral("x.pt"), QStringLiteral("y.pt")}));
        QCOMPARE(label->text(), QStringLiteral("Only the 2 pasted names. 2 not in the portfolio: "
                                               "x.pt, y.pt"));
    }

    void selectionAndActivation()
    {
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        DomainsPage page(p.service);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy activated(&page, &DomainsPage::domainActivated);
        QTableView* table = page.table();
        const auto centre = [table](int row) {
            return table->visualRect(table->model()->index(row, DomainTableModel::Name)).center();
        };
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre(1));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.takeFirst().at(0).toString(), QStringLiteral("amanha.pt"));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, centre(6));
        QCOMPARE(page.selectedDomains(),
                 (QStringList{QStringLiteral("amanha.pt"), QString::fromUtf8("café.pt")}));
        QCOMPARE(activated.takeFirst().at(0).toString(), QString::fromUtf8("café.pt"));
        // Shift+Down extends from the current row.
        QTest::keyClick(table, Qt::Key_Up, Qt::ShiftModifier);
        QCOMPARE(page.selectedDomains().size(), 3);
        // The selection follows its domains through a filter and a reload.
        QTest::keyClicks(page.filterEdit(), QStringLiteral("gama"));
        QCOMPARE(page.selectedDomains(),
                 (QStringList{QStringLiteral("renova.pt"), QString::fromUtf8("café.pt")}));
        page.reload();
        QCOMPARE(page.visibleModel()->rowCount(), 2);
    }

    void sortByDaysLeftFromTheHeader()
    {
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        DomainsPage page(p.service);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QHeaderView* header = page.table()->horizontalHeader();
        const int x = header->sectionViewportPosition(DomainTableModel::DaysLeft) + 10;
        // Sorted by due already: a click on days left sorts it the other way round.
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        QList<int> days;
        for (int row = 0; row < page.visibleModel()->rowCount(); ++row)
            days << page.visibleModel()->index(row, DomainTableModel::DaysLeft).data().toInt();
        QCOMPARE(days, (QList<int>{160, 70, 48, 20, 5, 1, -3}));
    }

    void columnsAreRemembered()
    {
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        {
            DomainsPage page(p.service);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QHeaderView* header = page.table()->horizontalHeader();
            QVERIFY(header->isSectionHidden(DomainTableModel::Nif));
            QVERIFY(!header->isSectionHidden(DomainTableModel::Programme));
            // The header's context menu: show NIF, hide Programme.
            int rounds = 0;
            const auto toggle = [&](const QString& title) {
                QTimer::singleShot(0, &page, [&, title] {
                    auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
                    QVERIFY(menu);
                    for (QAction* action : menu->actions()) {
                        if (action->text() == title)
                            action->trigger();
                    }
                    menu->close();
                    ++rounds;
                });
                Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
            };
            toggle(QStringLiteral("NIF"));
            toggle(QStringLiteral("Programme"));
            QCOMPARE(rounds, 2);
            QVERIFY(!header->isSectionHidden(DomainTableModel::Nif));
            QVERIFY(header->isSectionHidden(DomainTableModel::Programme));
            header->moveSection(header->visualIndex(DomainTableModel::Level), 0);
            header->resizeSection(DomainTableModel::Name, 333);
        }
        DomainsPage again(p.service);
        QHeaderView* header = again.table()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(DomainTableModel::Nif));
        QVERIFY(header->isSectionHidden(DomainTableModel::Programme));
        QCOMPARE(header->visualIndex(DomainTableModel::Level), 0);
        QCOMPARE(header->sectionSize(DomainTableModel::Name), 333);
    }

    // The first rows show while the rest loads; what the agent does meanwhile
    // (a filter typed, a window chosen, a sort, a pasted list, a row picked)
    // holds for the whole portfolio once it is in.
    void whileLoading_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("window");
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QStringList>("firstShown");
        QTest::addColumn<QStringList>("allShown");
        QTest::addColumn<QString>("namesLabel");

        const QString any = QStringLiteral("Any time");
        const int due = DomainTableModel::Due;
        const QString cafe = QString::fromUtf8("café.pt");
        QTest::newRow("nothing done")
            << QString() << any << due << QString()
            << QStringList{QStringLiteral("atrasado.pt"), QStringLiteral("amanha.pt"),
                           QStringLiteral("semana.pt")}
            << QStringList{QStringLiteral("atrasado.pt"),
                           QStringLiteral("amanha.pt"),
                           QStringLiteral("semana.pt"),
                           QStringLiteral("semtitular.pt"),
                           QStringLiteral("promo.pt"),
                           QStringLiteral("renova.pt"),
                           cafe}
            << QString();
        QTest::newRow("text typed: a holder further down")
            << QStringLiteral("gama") << any << due << QString() << QStringList{}
            << QStringList{QStringLiteral("renova.pt"), cafe} << QString();
        QTest::newRow("text typed: names")
            << QStringLiteral("a.pt") << any << due << QString()
            << QStringList{QStringLiteral("amanha.pt"), QStringLiteral("semana.pt")}
            // café.pt by its A-label, xn--caf-dma.pt.
            << QStringList{QStringLiteral("amanha.pt"), QStringLiteral("semana.pt"),
                           QStringLiteral("renova.pt"), QString::fromUtf8("café.pt")}
            << QString();
        QTest::newRow("window chosen")
            << QString() << QStringLiteral("Within 60 days") << due << QString()
            << QStringList{QStringLiteral("atrasado.pt"), QStringLiteral("amanha.pt"),
                           QStringLiteral("semana.pt")}
            << QStringList{QStringLiteral("atrasado.pt"), QStringLiteral("amanha.pt"),
                           QStringLiteral("semana.pt"), QStringLiteral("semtitular.pt"),
                           QStringLiteral("promo.pt")}
            << QString();
        QTest::newRow("sorted by name")
            << QString() << any << int(DomainTableModel::Name) << QString()
            << QStringList{QStringLiteral("amanha.pt"), QStringLiteral("atrasado.pt"),
                           QStringLiteral("semana.pt")}
            << QStringList{QStringLiteral("amanha.pt"),
                           QStringLiteral("atrasado.pt"),
                           cafe,
                           QStringLiteral("promo.pt"),
                           QStringLiteral("renova.pt"),
                           QStringLiteral("semana.pt"),
                           QStringLiteral("semtitular.pt")}
            << QString();
        QTest::newRow("text and window")
            << QStringLiteral("beta") << QStringLiteral("Within 90 days") << due << QString()
            << QStringList{QStringLiteral("amanha.pt")}
            << QStringList{QStringLiteral("amanha.pt"), QStringLiteral("promo.pt")} << QString();
        QTest::newRow("pasted list")
            << QString() << any << due << QStringLiteral("renova.pt amanha.pt nenhum.pt")
            << QStringList{QStringLiteral("amanha.pt")}
            << QStringList{QStringLiteral("amanha.pt"), QStringLiteral("renova.pt")}
            << QStringLiteral("Only the 3 pasted names. 1 not in the portfolio: nenhum.pt");
    }
    void whileLoading()
    {
        QFETCH(QString, text);
        QFETCH(QString, window);
        QFETCH(int, sortColumn);
        QFETCH(QString, pasted);
        QFETCH(QStringList, firstShown);
        QFETCH(QStringList, allShown);
        QFETCH(QString, namesLabel);

        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        DomainsPage page(p.service);
        QAbstractItemModelTester tester(page.visibleModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.isLoading());
        // Opened again as over a large portfolio: three rows first.
        DomainTableModel* model = page.domainModel();
        QSignalSpy loaded(model, &DomainTableModel::loaded);
        model->setHeadRows(3);
        QVERIFY(model->open(&error));
        QVERIFY(page.isLoading());
        auto* count = page.findChild<QLabel*>(QStringLiteral("countLabel"));
        QCOMPARE(count->text(), QStringLiteral("3 of the first 3 domains by deadline; reading the "
                                               "rest of the portfolio…"));

        // The agent filters and sorts, then picks amanha.pt where it is shown.
        QTableView* table = page.table();
        if (!text.isEmpty())
            QTest::keyClicks(page.filterEdit(), text);
        pick(page.findChild<QComboBox*>(QStringLiteral("windowCombo")), window);
        table->horizontalHeader()->setSortIndicator(sortColumn, Qt::AscendingOrder);
        if (!pasted.isEmpty())
            page.applyNameList(pasted);
        QCOMPARE(visible(page), firstShown);
        const auto amanha = firstShown.indexOf(QStringLiteral("amanha.pt"));
        if (amanha >= 0) {
            table->setCurrentIndex(page.visibleModel()->index(int(amanha), 0));
            QCOMPARE(page.currentDomain(), QStringLiteral("amanha.pt"));
        }
        QVERIFY(page.isLoading());

        QVERIFY(loaded.wait(10000));
        QVERIFY(!page.isLoading());
        QCOMPARE(visible(page), allShown);
        QCOMPARE(page.findChild<QComboBox*>(QStringLiteral("windowCombo"))->currentText(), window);
        QCOMPARE(page.filterEdit()->text(), text);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), sortColumn);
        // The row picked stays current where it is still shown.
        if (amanha >= 0) {
            QCOMPARE(page.currentDomain(), QStringLiteral("amanha.pt"));
            QCOMPARE(table->currentIndex().row(),
                     int(allShown.indexOf(QStringLiteral("amanha.pt"))));
        }
        QCOMPARE(count->text(), QStringLiteral("%1 of 7 domains").arg(allShown.size()));
        auto* label = page.findChild<QLabel*>(QStringLiteral("namesLabel"));
        QCOMPARE(label->isVisible(), !namesLabel.isEmpty());
        if (!namesLabel.isEmpty())
            QCOMPARE(label->text(), namesLabel);
    }

    void theSelectionFollowsItsDomainsWhenTheRestArrives()
    {
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        DomainsPage page(p.service);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        DomainTableModel* model = page.domainModel();
        QSignalSpy loaded(model, &DomainTableModel::loaded);
        model->setHeadRows(4);
        QVERIFY(model->open(&error));
        // Sorted by name, semtitular.pt and semana.pt are last of the four
        // first rows and last but one and last of all seven.
        page.table()->horizontalHeader()->setSortIndicator(DomainTableModel::Name,
                                                           Qt::AscendingOrder);
        page.table()->selectRow(2);
        page.table()->selectionModel()->select(page.visibleModel()->index(3, 0),
                                               QItemSelectionModel::Select |
                                                   QItemSelectionModel::Rows);
        QCOMPARE(page.selectedDomains(),
                 (QStringList{QStringLiteral("semana.pt"), QStringLiteral("semtitular.pt")}));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.selectedDomains(),
                 (QStringList{QStringLiteral("semana.pt"), QStringLiteral("semtitular.pt")}));
        QCOMPARE(page.table()->currentIndex().row(), 5);
    }

    // A domain asked for from elsewhere (Today, a link) while only the first
    // rows are in becomes current when it arrives, unless the agent has
    // picked another row by then.
    void askedForDomainArrivesLater_data()
    {
        QTest::addColumn<QString>("pickedMeanwhile");
        QTest::addColumn<QString>("currentAtTheEnd");
        QTest::newRow("nothing picked meanwhile") << QString() << QStringLiteral("café.pt");
        QTest::newRow("another row picked meanwhile")
            << QStringLiteral("semana.pt") << QStringLiteral("semana.pt");
    }
    void askedForDomainArrivesLater()
    {
        QFETCH(QString, pickedMeanwhile);
        QFETCH(QString, currentAtTheEnd);
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        DomainsPage page(p.service);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        DomainTableModel* model = page.domainModel();
        QSignalSpy loaded(model, &DomainTableModel::loaded);
        model->setHeadRows(3);
        QVERIFY(model->open(&error));
        page.table()->setCurrentIndex(page.visibleModel()->index(1, 0));
        QCOMPARE(page.currentDomain(), QStringLiteral("amanha.pt"));

        // café.pt has the last deadline: not among the first three.
        page.selectDomain(p.service.findDomain(QStringLiteral("café.pt"))->id);
        QCOMPARE(page.currentDomain(), QStringLiteral("amanha.pt"));
        if (!pickedMeanwhile.isEmpty()) {
            const QStringList shown = visible(page);
            page.table()->setCurrentIndex(
                page.visibleModel()->index(int(shown.indexOf(pickedMeanwhile)), 0));
        }
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.currentDomain(), currentAtTheEnd);

        // Once everything is in, a domain asked for is current at once.
        page.selectDomain(p.service.findDomain(QStringLiteral("renova.pt"))->id);
        QCOMPARE(page.currentDomain(), QStringLiteral("renova.pt"));
    }

    // After a change a large portfolio is read again in the background: the
    // table keeps its rows, count line and current row until the new rows
    // arrive; a small one is read at once.
    void reloadInTheBackground()
    {
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        DomainsPage page(p.service);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* count = page.findChild<QLabel*>(QStringLiteral("countLabel"));
        page.table()->setCurrentIndex(page.visibleModel()->index(2, 0));
        QCOMPARE(page.currentDomain(), QStringLiteral("semana.pt"));

        Domain added;
        added.uLabel = QStringLiteral("chegou-agora.pt");
        added.expiresAt = test::utc("2026-11-25T00:00:00Z");
        QVERIFY2(p.service.addDomain(added, &error), qPrintable(error));
        // Seven domains fit in the first rows: read again at once.
        page.reload();
        QVERIFY(!page.isLoading());
        QCOMPARE(visible(page).size(), 8);
        QCOMPARE(page.currentDomain(), QStringLiteral("semana.pt"));

        // As if the portfolio were larger than the first rows.
        DomainTableModel* model = page.domainModel();
        model->setHeadRows(3);
        QSignalSpy loaded(model, &DomainTableModel::loaded);
        Domain another;
        another.uLabel = QStringLiteral("mais-um.pt");
        another.expiresAt = test::utc("2027-08-01T00:00:00Z");
        QVERIFY2(p.service.addDomain(another, &error), qPrintable(error));
        page.reload();
        QVERIFY(page.isLoading());
        QVERIFY(!model->holdsFirstRowsOnly());
        QCOMPARE(visible(page).size(), 8);
        QVERIFY(!visible(page).contains(QStringLiteral("mais-um.pt")));
        QCOMPARE(count->text(), QStringLiteral("8 of 8 domains"));
        QVERIFY(loaded.wait(10000));
        QVERIFY(!page.isLoading());
        QCOMPARE(visible(page).size(), 9);
        QVERIFY(visible(page).contains(QStringLiteral("mais-um.pt")));
        QCOMPARE(count->text(), QStringLiteral("9 of 9 domains"));
        QCOMPARE(page.currentDomain(), QStringLiteral("semana.pt"));
    }

    void savedViewsRoundTrip()
    {
        test::UiPortfolio p;
        QString error;
        QVERIFY2(p.seed(&error), qPrintable(error));
        const QStringList urgent = {QStringLiteral("semana.pt"), QStringLiteral("atrasado.pt")};
        {
            DomainsPage page(p.service);
            QAbstractItemModelTester tester(page.visibleModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            pick(page.findChild<QComboBox*>(QStringLiteral("windowCombo")),
                 QStringLiteral("Within 7 days"));
            QTest::keyClicks(page.filterEdit(), QStringLiteral("alfa"));
            page.table()->sortByColumn(DomainTableModel::Name, Qt::DescendingOrder);
            page.table()->horizontalHeader()->setSectionHidden(DomainTableModel::Holder, true);
            QCOMPARE(visible(page), urgent);
            page.saveView(QStringLiteral("Urgent Alfa"));
            page.applyNameList(QStringLiteral("amanha.pt"));
            page.saveView(QStringLiteral("One name"));
            page.clearFilters();
            page.table()->sortByColumn(DomainTableModel::Due, Qt::AscendingOrder);
            page.table()->horizontalHeader()->setSectionHidden(DomainTableModel::Holder, false);
            QCOMPARE(page.visibleModel()->rowCount(), 7);
            QVERIFY(page.applyView(QStringLiteral("Urgent Alfa")));
            QCOMPARE(visible(page), urgent);
            QCOMPARE(page.filterEdit()->text(), QStringLiteral("alfa"));
        }
        // Another page instance finds them, through the combo.
        DomainsPage page(p.service);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.savedViewNames(),
                 (QStringList{QStringLiteral("One name"), QStringLiteral("Urgent Alfa")}));
        auto* views = page.findChild<QComboBox*>(QStringLiteral("viewsCombo"));
        QVERIFY(views);
        page.clearFilters();
        page.table()->sortByColumn(DomainTableModel::Due, Qt::AscendingOrder);
        QCOMPARE(page.visibleModel()->rowCount(), 7);
        const int at = views->findText(QStringLiteral("Urgent Alfa"));
        QVERIFY(at > 0);
        views->setFocus();
        views->setCurrentIndex(0);
        for (int i = 0; i < at; ++i)
            QTest::keyClick(views, Qt::Key_Down);
        QCOMPARE(visible(page), urgent);
        QCOMPARE(page.findChild<QComboBox*>(QStringLiteral("windowCombo"))->currentText(),
                 QStringLiteral("Within 7 days"));
        QVERIFY(page.table()->horizontalHeader()->isSectionHidden(DomainTableModel::Holder));
        QVERIFY(page.applyView(QStringLiteral("One name")));
        QCOMPARE(visible(page), QStringList());
        page.findChild<QLineEdit*>(QStringLiteral("filterEdit"))->clear();
        QCOMPARE(visible(page), QStringList{QStringLiteral("amanha.pt")});
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("namesLabel"))->isVisible());
        auto* remove = page.findChild<QToolButton*>(QStringLiteral("deleteViewButton"));
        QVERIFY(remove->isEnabled());
        remove->click();
        QCOMPARE(page.savedViewNames(), QStringList{QStringLiteral("Urgent Alfa")});
        QVERIFY(!page.applyView(QStringLiteral("One name")));
    }
};

QTEST_MAIN(tst_DomainsPage)
#include "tst_domainspage.moc"
