#include "templatefielddelegate.h"

#include "templatefieldmodel.h"

#include "template/payloadschema.h"
#include "template/variablecatalog.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

using namespace tixsync::tpl;

namespace {
// Completes the `${Name` being typed at the end of the text, keeping what comes before it.
class VariableCompleter final : public QCompleter {
public:
    VariableCompleter(const QStringList &words, QLineEdit *edit)
        : QCompleter(words, edit)
        , m_edit(edit)
    {
        setCaseSensitivity(Qt::CaseInsensitive);
        setFilterMode(Qt::MatchStartsWith);
    }
    QStringList splitPath(const QString &path) const override
    {
        const qsizetype open = path.lastIndexOf(QLatin1String("${"));
        if (open < 0 || path.indexOf(QLatin1Char('}'), open) >= 0)
            return {QStringLiteral("\x01")}; // matches nothing: no popup
        return {path.mid(open)};
    }
    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString text = m_edit->text();
        const qsizetype open = text.lastIndexOf(QLatin1String("${"));
        return (open < 0 ? text : text.left(open)) + index.data().toString();
    }

private:
    QLineEdit *m_edit;
};
} // namespace

TemplateFieldDelegate::TemplateFieldDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QStringList TemplateFieldDelegate::pathCompletions()
{
    QStringList paths;
    for (const PayloadPath &p : PayloadSchema::paths())
        if (!p.forbidden)
            paths << QString(p.path).replace(QLatin1Char('#'), QLatin1Char('1'));
    return paths;
}

QStringList TemplateFieldDelegate::variableCompletions()
{
    QStringList vars;
    for (const VariableInfo &v : VariableCatalog::all())
        vars << QStringLiteral("${") + v.name + QLatin1Char('}');
    return vars;
}

QWidget *TemplateFieldDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == TemplateFieldModel::TypeColumn) {
        auto *combo = new QComboBox(parent);
        for (FieldType t : {FieldType::Text, FieldType::Number, FieldType::Boolean, FieldType::Json})
            combo->addItem(fieldTypeName(t));
        return combo;
    }
    auto *edit = qobject_cast<QLineEdit *>(QStyledItemDelegate::createEditor(parent, option, index));
    if (!edit)
        return QStyledItemDelegate::createEditor(parent, option, index);
    // Live preview: every keystroke reaches the model (one undo step per cell, see CellCommand).
    auto *self = const_cast<TemplateFieldDelegate *>(this);
    connect(edit, &QLineEdit::textEdited, self, [self, edit] { emit self->commitData(edit); });
    if (index.column() == TemplateFieldModel::PathColumn) {
        auto *completer = new QCompleter(pathCompletions(), edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
    } else {
        edit->setCompleter(new VariableCompleter(variableCompletions(), edit));
    }
    return edit;
}

void TemplateFieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TemplateFieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
