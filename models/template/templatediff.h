#pragma once

#include "template.h"

#include <QList>
#include <QStringList>

namespace tixsync::tpl {

/// One line of a line diff between two texts (the JSON preview's diff views).
struct DiffLine {
    enum class Kind { Same, Added, Removed };
    Kind kind = Kind::Same;
    QString text;
};
/// Longest-common-subsequence line diff: the lines of `before` and `after` interleaved, each
/// marked Same, Removed (only in `before`) or Added (only in `after`). Removed lines come before
/// the Added lines that replace them.
QList<DiffLine> diffLines(const QStringList &before, const QStringList &after);

/// A field-level difference between two versions of a template.
struct FieldDifference {
    enum class Kind { Added, Removed, Changed, Moved };
    Kind kind = Kind::Changed;
    int rowBefore = 0; // 1-based; 0 when added
    int rowAfter = 0; // 1-based; 0 when removed
    TemplateField before;
    TemplateField after;
    /// Which parts changed (Changed): "path", "value", "type", "condition".
    QStringList parts;
};
/// Rows are matched by equality first (a row only moved is Moved), then rows with the same path
/// (and, for repeated paths, the same occurrence) are Changed; the rest are Added or Removed.
/// Sorted by the row in `after` (removed rows at their old place).
QList<FieldDifference> diffFields(const QList<TemplateField> &before, const QList<TemplateField> &after);

} // namespace tixsync::tpl
