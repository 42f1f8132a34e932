#pragma once

#include "reconresult.h"

#include <QAbstractTableModel>
#include <memory>
#include <vector>

namespace tixsync::recon {

/// A table over a reconciliation result for the GUI page: one row per discrepancy, without
/// copying them. Filtering (event, category, severity, text) and sorting work on a vector of row
/// indexes and reset the model, which stays fast with millions of rows (QSortFilterProxyModel is
/// quadratic at that size, see toolchain.md). Gui-free: colours and icons belong to ui/.
class DiscrepancyModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscrepancyModel)
public:
    enum Column {
        SeverityColumn,
        CategoryColumn,
        TicketIdColumn,
        EventIdColumn,
        S360StatusColumn,
        TixngoStatusColumn,
        AgeColumn,
        FixColumn,
        ExplanationColumn,
        ColumnCount
    };
    enum Role {
        CategoryRole = Qt::UserRole + 1, // int (Category)
        SeverityRole, // int (Severity)
        FixRole, // int (FixKind)
        AgeSecondsRole, // qint64, -1 when unknown
        TicketIdRole, // QString
        EventIdRole, // QString
        ExplanationRole, // QString
        ResultIndexRole, // qsizetype: index in ReconResult::discrepancies
    };

    static constexpr quint32 AllCategories = (1U << CategoryCount) - 1;
    static constexpr quint32 AllSeverities = (1U << SeverityCount) - 1;
    static constexpr quint32 bit(Category c) { return 1U << static_cast<int>(c); }
    static constexpr quint32 bit(Severity s) { return 1U << static_cast<int>(s); }

    struct Filter {
        QString eventId; // exact; empty = all events
        quint32 categories = AllCategories; // bit(Category)…
        quint32 severities = AllSeverities; // bit(Severity)…
        QString text; // in the ticket id, event id or barcode; case-insensitive
        bool operator==(const Filter &) const = default;
    };

    explicit DiscrepancyModel(QObject *parent = nullptr);

    void setResult(std::shared_ptr<const ReconResult> result);
    std::shared_ptr<const ReconResult> result() const { return m_result; }

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    void setEventFilter(const QString &eventId);
    void setCategoryFilter(quint32 categories);
    void setSeverityFilter(quint32 severities);
    void setTextFilter(const QString &text);

    /// Discrepancies before filtering.
    qsizetype totalCount() const { return m_result ? m_result->size() : 0; }
    /// The discrepancy shown in `row` (nullptr when out of range).
    const Discrepancy *discrepancy(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void filterChanged();

private:
    void rebuild();
    void sortRows(std::vector<quint32> &rows) const;

    std::shared_ptr<const ReconResult> m_result;
    Filter m_filter;
    std::vector<quint32> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace tixsync::recon
