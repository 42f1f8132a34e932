#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tixsync {
class Store;
}
namespace tixsync::audit {
class AuditLogModel;
struct AuditFilter;
} // namespace tixsync::audit

/// The audit log page: filters (action, operator, time range, text), a read-only table (newest
/// first, at most maxRows() lines per query on an indexed table, so the GUI thread stays quick)
/// and CSV export of what the filters select (all matching lines, not only those shown).
class AuditLogView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogView)
public:
    /// `store` must outlive the view.
    explicit AuditLogView(tixsync::Store *store, QWidget *parent = nullptr);

    static int maxRows() { return 5000; }
    tixsync::audit::AuditFilter filter() const;
    /// Writes the filtered lines to `path`; false with the reason in the status line.
    bool exportTo(const QString &path);

    tixsync::audit::AuditLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *actionBox() const { return m_action; }
    QLineEdit *operatorField() const { return m_operator; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *fromBox() const { return m_fromEnabled; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QCheckBox *toBox() const { return m_toEnabled; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QLabel *statusLabel() const { return m_status; }

public slots:
    /// Re-runs the query (also after each filter change).
    void reload();
    void exportCsv();

private:
    void refreshActions();

    tixsync::Store *m_store;
    tixsync::audit::AuditLogModel *m_model;
    QTableView *m_table;
    QComboBox *m_action;
    QLineEdit *m_operator;
    QLineEdit *m_search;
    QCheckBox *m_fromEnabled;
    QDateTimeEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateTimeEdit *m_to;
    QPushButton *m_refresh;
    QPushButton *m_export;
    QLabel *m_status;
};
