#include "templatediff.h"

#include <QHash>
#include <algorithm>
#include <vector>

namespace tixsync::tpl {

namespace {
/// LCS table over two sequences; returns the matched index pairs. On a tie, `skipAfterFirst`
/// keeps the element of `a` for a later match (a row dragged to the top is then the one that
/// moved, not every row it passed).
template <typename T>
QList<std::pair<int, int>> lcsPairs(const QList<T> &a, const QList<T> &b, bool skipAfterFirst = false)
{
    const int n = int(a.size());
    const int m = int(b.size());
    std::vector<int> table(size_t(n + 1) * size_t(m + 1), 0);
    auto at = [&](int i, int j) -> int & { return table[size_t(i) * size_t(m + 1) + size_t(j)]; };
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            at(i, j) = a[i] == b[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    QList<std::pair<int, int>> pairs;
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) {
            pairs.append({i, j});
            ++i;
            ++j;
        } else if (at(i + 1, j) > at(i, j + 1) || (at(i + 1, j) == at(i, j + 1) && !skipAfterFirst)) {
            ++i;
        } else {
            ++j;
        }
    }
    return pairs;
}
} // namespace

QList<DiffLine> diffLines(const QStringList &before, const QStringList &after)
{
    QList<DiffLine> out;
    out.reserve(std::max(before.size(), after.size()));
    int i = 0;
    int j = 0;
    const auto pairs = lcsPairs(before, after);
    for (const auto &[pi, pj] : pairs) {
        while (i < pi)
            out.append({DiffLine::Kind::Removed, before[i++]});
        while (j < pj)
            out.append({DiffLine::Kind::Added, after[j++]});
        out.append({DiffLine::Kind::Same, after[j]});
        ++i;
        ++j;
    }
    while (i < before.size())
        out.append({DiffLine::Kind::Removed, before[i++]});
    while (j < after.size())
        out.append({DiffLine::Kind::Added, after[j++]});
    return out;
}

QList<FieldDifference> diffFields(const QList<TemplateField> &before, const QList<TemplateField> &after)
{
    std::vector<bool> usedBefore(size_t(before.size()), false);
    std::vector<bool> usedAfter(size_t(after.size()), false);
    for (const auto &[i, j] : lcsPairs(before, after, true)) {
        usedBefore[size_t(i)] = true;
        usedAfter[size_t(j)] = true;
    }
    QList<FieldDifference> out;
    // Rows that only moved: equal content outside the common sequence.
    for (int j = 0; j < after.size(); ++j) {
        if (usedAfter[size_t(j)])
            continue;
        for (int i = 0; i < before.size(); ++i) {
            if (!usedBefore[size_t(i)] && before[i] == after[j]) {
                usedBefore[size_t(i)] = usedAfter[size_t(j)] = true;
                out.append({FieldDifference::Kind::Moved, i + 1, j + 1, before[i], after[j], {}});
                break;
            }
        }
    }
    // Changed rows: the k-th remaining row of a path on each side.
    for (int j = 0; j < after.size(); ++j) {
        if (usedAfter[size_t(j)])
            continue;
        for (int i = 0; i < before.size(); ++i) {
            if (usedBefore[size_t(i)] || before[i].path != after[j].path)
                continue;
            usedBefore[size_t(i)] = usedAfter[size_t(j)] = true;
            FieldDifference d{FieldDifference::Kind::Changed, i + 1, j + 1, before[i], after[j], {}};
            if (before[i].value != after[j].value)
                d.parts << QStringLiteral("value");
            if (before[i].type != after[j].type)
                d.parts << QStringLiteral("type");
            if (before[i].condition != after[j].condition)
                d.parts << QStringLiteral("condition");
            out.append(d);
            break;
        }
    }
    for (int j = 0; j < after.size(); ++j)
        if (!usedAfter[size_t(j)])
            out.append({FieldDifference::Kind::Added, 0, j + 1, {}, after[j], {}});
    for (int i = 0; i < before.size(); ++i)
        if (!usedBefore[size_t(i)])
            out.append({FieldDifference::Kind::Removed, i + 1, 0, before[i], {}, {}});
    std::stable_sort(out.begin(), out.end(), [](const FieldDifference &a, const FieldDifference &b) {
        const int ka = a.rowAfter > 0 ? a.rowAfter : a.rowBefore;
        const int kb = b.rowAfter > 0 ? b.rowAfter : b.rowBefore;
        if (ka != kb)
            return ka < kb;
        return a.kind == FieldDifference::Kind::Removed && b.kind != FieldDifference::Kind::Removed;
    });
    return out;
}

} // namespace tixsync::tpl
