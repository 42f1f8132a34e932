#include "discrepancymodel.h"

#include <algorithm>
#include <numeric>

namespace tixsync::recon {

namespace {
char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// `needle` already lower-case; ASCII case folding (ids and barcodes are ASCII in practice).
bool containsFolded(QByteArrayView hay, QByteArrayView needle)
{
    if (needle.isEmpty())
        return true;
    const qsizetype n = needle.size();
    for (qsizetype i = 0; i + n <= hay.size(); ++i) {
        qsizetype k = 0;
        while (k < n && lower(hay[i + k]) == needle[k])
            ++k;
        if (k == n)
            return true;
    }
    return false;
}
} // namespace

DiscrepancyModel::DiscrepancyModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DiscrepancyModel::setResult(std::shared_ptr<const ReconResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    rebuild();
    endResetModel();
}

void DiscrepancyModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
    emit filterChanged();
}

void DiscrepancyModel::setEventFilter(const QString &eventId)
{
    Filter f = m_filter;
    f.eventId = eventId;
    setFilter(f);
}

void DiscrepancyModel::setCategoryFilter(quint32 categories)
{
    Filter f = m_filter;
    f.categories = categories;
    setFilter(f);
}

void DiscrepancyModel::setSeverityFilter(quint32 severities)
{
    Filter f = m_filter;
    f.severities = severities;
    setFilter(f);
}

void DiscrepancyModel::setTextFilter(const QString &text)
{
    Filter f = m_filter;
    f.text = text;
    setFilter(f);
}

void DiscrepancyModel::rebuild()
{
    m_rows.clear();
    if (!m_result)
        return;
    const ReconResult &r = *m_result;
    const QStringList &events = r.eventIds();
    // Per event: does it pass the event filter, and does its id contain the text?
    const QByteArray needle = m_filter.text.trimmed().toLower().toUtf8();
    std::vector<char> eventOk(size_t(events.size()), 1), eventText(size_t(events.size()), 0);
    for (int i = 0; i < events.size(); ++i) {
        eventOk[size_t(i)] = m_filter.eventId.isEmpty() || events[i] == m_filter.eventId;
        eventText[size_t(i)] = containsFolded(events[i].toUtf8(), needle);
    }
    const bool allPass = m_filter.eventId.isEmpty() && needle.isEmpty()
        && (m_filter.categories & AllCategories) == AllCategories
        && (m_filter.severities & AllSeverities) == AllSeverities;
    m_rows.reserve(size_t(r.size()));
    for (qsizetype i = 0; i < r.size(); ++i) {
        if (allPass) {
            m_rows.push_back(quint32(i));
            continue;
        }
        const Discrepancy &d = r.at(i);
        if (!(m_filter.categories & bit(d.category)) || !(m_filter.severities & bit(d.severity)))
            continue;
        const quint32 e = r.eventIndex(d);
        if (!eventOk[e])
            continue;
        if (!needle.isEmpty() && !eventText[e]) {
            bool hit;
            if (d.category == Category::UnknownToS360)
                hit = containsFolded(r.unknownTickets[d.row].ticketId.toUtf8(), needle);
            else
                hit = containsFolded(r.snapshot->ticketIdUtf8(d.row), needle)
                    || containsFolded(r.snapshot->barcodeUtf8(d.row), needle);
            if (!hit)
                continue;
        }
        m_rows.push_back(quint32(i));
    }
    m_rows.shrink_to_fit();
    sortRows(m_rows);
}

void DiscrepancyModel::sortRows(std::vector<quint32> &rows) const
{
    if (m_sortColumn < 0 || !m_result)
        return;
    const ReconResult &r = *m_result;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (m_sortColumn == TicketIdColumn) {
        // Compare the UTF-8 bytes in place (ids are ASCII in practice): no QString per comparison.
        std::vector<QByteArray> unknown;
        unknown.reserve(r.unknownTickets.size());
        for (const TixngoTicketState &t : r.unknownTickets)
            unknown.push_back(t.ticketId.toUtf8());
        auto id = [&](quint32 i) {
            const Discrepancy &d = r.at(i);
            return d.category == Category::UnknownToS360 ? QByteArrayView(unknown[d.row])
                                                         : r.snapshot->ticketIdUtf8(d.row);
        };
        std::stable_sort(rows.begin(), rows.end(), [&](quint32 a, quint32 b) {
            const int c = QByteArrayView(id(a)).compare(id(b));
            return ascending ? c < 0 : c > 0;
        });
        return;
    }
    // Every other column sorts by one integer key per discrepancy, computed once.
    std::vector<qint64> key(size_t(r.size()));
    std::vector<quint32> eventRank;
    if (m_sortColumn == EventIdColumn) {
        const QStringList &events = r.eventIds();
        std::vector<quint32> order(size_t(events.size()));
        std::iota(order.begin(), order.end(), 0U);
        std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return events[a] < events[b]; });
        eventRank.resize(order.size());
        for (size_t i = 0; i < order.size(); ++i)
            eventRank[order[i]] = quint32(i);
    }
    for (quint32 i : rows) {
        const Discrepancy &d = r.at(i);
        qint64 k = 0;
        switch (m_sortColumn) {
        case SeverityColumn:
            k = qint64(d.severity);
            break;
        case EventIdColumn:
            k = eventRank[r.eventIndex(d)];
            break;
        case S360StatusColumn: {
            const auto s = r.s360Status(d);
            k = s ? qint64(*s) : -1;
            break;
        }
        case TixngoStatusColumn:
            k = qint64(r.tixngoStatus(d));
            break;
        case AgeColumn:
            k = r.age(d);
            break;
        case FixColumn:
            k = qint64(d.fix);
            break;
        default: // category; the explanation is made on demand, so it sorts by category too
            k = qint64(d.category);
            break;
        }
        key[i] = k;
    }
    if (ascending)
        std::stable_sort(rows.begin(), rows.end(), [&](quint32 a, quint32 b) { return key[a] < key[b]; });
    else
        std::stable_sort(rows.begin(), rows.end(), [&](quint32 a, quint32 b) { return key[a] > key[b]; });
}

void DiscrepancyModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<quint32> before;
    if (!persistent.isEmpty())
        before = m_rows;
    m_sortColumn = column;
    m_sortOrder = order;
    if (column < 0)
        std::sort(m_rows.begin(), m_rows.end());
    else
        sortRows(m_rows);
    if (!persistent.isEmpty()) {
        std::vector<int> newRowOf(size_t(totalCount()), -1);
        for (size_t i = 0; i < m_rows.size(); ++i)
            newRowOf[m_rows[i]] = int(i);
        QModelIndexList to;
        to.reserve(persistent.size());
        for (const QModelIndex &idx : persistent)
            to << index(newRowOf[before[size_t(idx.row())]], idx.column());
        changePersistentIndexList(persistent, to);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

const Discrepancy *DiscrepancyModel::discrepancy(int row) const
{
    if (!m_result || row < 0 || size_t(row) >= m_rows.size())
        return nullptr;
    return &m_result->at(m_rows[size_t(row)]);
}

int DiscrepancyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiscrepancyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiscrepancyModel::data(const QModelIndex &index, int role) const
{
    const Discrepancy *d = index.isValid() ? discrepancy(index.row()) : nullptr;
    if (!d || index.column() >= ColumnCount)
        return {};
    const ReconResult &r = *m_result;
    switch (role) {
    case CategoryRole:
        return int(d->category);
    case SeverityRole:
        return int(d->severity);
    case FixRole:
        return int(d->fix);
    case AgeSecondsRole:
        return r.age(*d);
    case TicketIdRole:
        return r.ticketId(*d);
    case EventIdRole:
        return r.eventId(*d);
    case ExplanationRole:
    case Qt::ToolTipRole:
        return r.explanation(*d);
    case ResultIndexRole:
        return qsizetype(m_rows[size_t(index.row())]);
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const bool edit = role == Qt::EditRole;
        switch (index.column()) {
        case SeverityColumn:
            return edit ? QVariant(severityCode(d->severity)) : QVariant(severityName(d->severity));
        case CategoryColumn:
            return edit ? QVariant(categoryCode(d->category)) : QVariant(categoryName(d->category));
        case TicketIdColumn:
            return r.ticketId(*d);
        case EventIdColumn:
            return r.eventId(*d);
        case S360StatusColumn: {
            const auto s = r.s360Status(*d);
            return s ? toCode(*s) : QString();
        }
        case TixngoStatusColumn:
            return r.tixngoStatusText(*d);
        case AgeColumn:
            return edit ? QVariant(r.age(*d)) : QVariant(formatAge(r.age(*d)));
        case FixColumn:
            return edit ? QVariant(fixCode(d->fix)) : QVariant(fixName(d->fix));
        case ExplanationColumn:
            return r.explanation(*d);
        }
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant DiscrepancyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CategoryColumn:
        return tr("Category");
    case TicketIdColumn:
        return tr("Ticket");
    case EventIdColumn:
        return tr("Event");
    case S360StatusColumn:
        return tr("S-360");
    case TixngoStatusColumn:
        return tr("TIXNGO");
    case AgeColumn:
        return tr("Age");
    case FixColumn:
        return tr("Fix");
    case ExplanationColumn:
        return tr("Explanation");
    }
    return {};
}

} // namespace tixsync::recon
