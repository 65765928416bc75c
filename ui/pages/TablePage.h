#pragma once

#include <QVariantMap>
#include <QWidget>

class QAbstractItemModel;
class QBoxLayout;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace rd::ui {

// What the domain, contact and action pages share: a filter bar with a quick
// text filter (Ctrl+F focuses it, Esc clears it), a table whose columns the
// agent chooses from the header's context menu, saved views (filter, columns
// and sort under a name), all remembered in QSettings under the page's key.
class TablePage : public QWidget
{
    Q_OBJECT

public:
    QAbstractItemModel* visibleModel() const;
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    void setQuickFilter(const QString& text);

    // Saved views, by name.
    QStringList savedViewNames() const;
    void saveView(const QString& name);
    bool applyView(const QString& name);
    void deleteView(const QString& name);

    // Every filter back to "any", the text included.
    void clearFilters();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

    TablePage(const QString& settingsKey, QWidget* parent);
    ~TablePage() override;

    // Call once from the subclass's constructor, after the filter widgets are in.
    // widths: {column, pixels} for the columns wider than their title by default;
    // firstColumns: the columns shown first, in that order (the rest follow).
    void setUpTable(QAbstractItemModel* visible, const QString& tableName,
                    const QList<int>& hiddenByDefault, int sortColumn, Qt::SortOrder order,
                    const QList<QPair<int, int>>& widths = {}, const QList<int>& firstColumns = {});
    // The row under the text filter where subclasses put their choices.
    QHBoxLayout* choicesRow() const { return m_choices; }
    QComboBox* addChoice(const QString& objectName, const QString& toolTip);
    void setCount(const QString& text);
    void addBanner(QWidget* banner);     // a line between the filter bar and the table
    void addToViewsRow(QWidget* widget); // after the saved views' buttons
    void saveColumns() const;

    virtual QVariantMap filterState() const = 0; // text included
    virtual void applyFilterState(const QVariantMap& state) = 0;
    virtual void applyText(const QString& text) = 0;
    virtual void resetChoices() = 0;

private:
    void showColumnMenu(const QPoint& at);
    void refillViews(const QString& current);
    void askAndSaveView();
    QString settingsKey(const char* leaf) const;

    QString m_key;
    QLineEdit* m_filter = nullptr;
    QHBoxLayout* m_choices = nullptr;
    QComboBox* m_views = nullptr;
    QToolButton* m_saveView = nullptr;
    QToolButton* m_deleteView = nullptr;
    QHBoxLayout* m_viewsRow = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QByteArray m_defaultColumns;
};

} // namespace rd::ui
