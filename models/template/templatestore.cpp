#include "templatestore.h"

#ifdef TIXSYNC_TEMPLATE_HAVE_AUDIT
#include "audit/auditlog.h"
#endif
#include "core/logging.h"

#include <QJsonObject>

#include "core/datetime.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tixsync::tpl {

namespace {
} // namespace

QString TemplateStore::currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

Result<QStringList> TemplateStore::names() const
{
    auto q = m_store.exec(QStringLiteral("SELECT name FROM templates ORDER BY name"));
    if (!q)
        return fail(q.error());
    QStringList names;
    while (q->next())
        names << q->value(0).toString();
    return names;
}

Result<int> TemplateStore::save(const Template &tpl, const QString &comment, const QString &author)
{
    if (tpl.name().trimmed().isEmpty())
        return fail(QStringLiteral("template.name"),
            QCoreApplication::translate(
                "tixsync::tpl::TemplateStore", "The template has no name: give it one before saving."));
    int version = 0;
    auto st = m_store.transaction([&]() -> Status {
        auto id = m_store.exec(QStringLiteral("SELECT id FROM templates WHERE name = ?"), {tpl.name()});
        if (!id)
            return fail(id.error());
        if (!id->next()) {
            if (auto ins = m_store.exec(QStringLiteral("INSERT INTO templates(name) VALUES (?)"), {tpl.name()}); !ins)
                return fail(ins.error());
            id = m_store.exec(QStringLiteral("SELECT id FROM templates WHERE name = ?"), {tpl.name()});
            if (!id)
                return fail(id.error());
            if (!id->next())
                return fail(QStringLiteral("template.store"),
                    QCoreApplication::translate("tixsync::tpl::TemplateStore", "The template could not be created."));
        }
        const qint64 templateId = id->value(0).toLongLong();
        auto last = m_store.exec(
            QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM template_versions WHERE template_id = ?"),
            {templateId});
        if (!last)
            return fail(last.error());
        version = last->next() ? last->value(0).toInt() + 1 : 1;
        auto ins = m_store.exec(QStringLiteral("INSERT INTO template_versions(template_id, version, body_json, author, "
                                               "created_at, comment) VALUES (?, ?, ?, ?, ?, ?)"),
            {templateId, version, QString::fromUtf8(tpl.toJson()), author.isEmpty() ? currentUser() : author,
                toRfc3339(QDateTime::currentDateTimeUtc()), comment});
        if (!ins)
            return fail(ins.error());
        return {};
    });
#ifdef TIXSYNC_TEMPLATE_HAVE_AUDIT
    const QJsonObject parameters{{QStringLiteral("template"), tpl.name()}, {QStringLiteral("version"), version},
        {QStringLiteral("comment"), comment}, {QStringLiteral("fields"), int(tpl.fields().size())}};
    if (auto r = audit::AuditLog::record(m_store, audit::AuditLog::actionTemplateSave(), parameters,
            st ? audit::AuditLog::outcomeOk() : audit::AuditLog::outcomeError(), st ? QString() : st.error().message);
        !r)
        qCWarning(lcTemplate) << "cannot write the audit log:" << r.error().message;
#endif
    if (!st)
        return fail(st.error());
    return version;
}

QString TemplateStore::injectionTemplate() const
{
    return m_store.setting(QStringLiteral("sync/templateName"));
}

Status TemplateStore::useForInjection(const QString &name)
{
    if (!name.isEmpty()) {
        auto saved = versions(name);
        if (!saved)
            return fail(saved.error());
        if (saved->isEmpty())
            return fail(QStringLiteral("TPL_NOT_SAVED"),
                QCoreApplication::translate("TemplateStore",
                    "The template \"%1\" has no saved version: save a version first, then use it for injection.")
                    .arg(name));
    }
    const QString previous = injectionTemplate();
    const Status st = m_store.setSetting(QStringLiteral("sync/templateName"), name);
#ifdef TIXSYNC_TEMPLATE_HAVE_AUDIT
    const QJsonObject parameters{{QStringLiteral("setting"), QStringLiteral("sync/templateName")},
        {QStringLiteral("value"), name}, {QStringLiteral("previous"), previous}};
    if (auto r = audit::AuditLog::record(m_store, audit::AuditLog::actionSettingsChange(), parameters,
            st ? audit::AuditLog::outcomeOk() : audit::AuditLog::outcomeError(), st ? QString() : st.error().message);
        !r)
        qCWarning(lcTemplate) << "cannot write the audit log:" << r.error().message;
#endif
    return st;
}

Result<Template> TemplateStore::load(const QString &name, int version) const
{
    auto q = version > 0
        ? m_store.exec(QStringLiteral("SELECT v.body_json FROM template_versions v JOIN templates t ON t.id = "
                                      "v.template_id WHERE t.name = ? AND v.version = ?"),
            {name, version})
        : m_store.exec(QStringLiteral("SELECT v.body_json FROM template_versions v JOIN templates t ON t.id = "
                                      "v.template_id WHERE t.name = ? ORDER BY v.version DESC LIMIT 1"),
            {name});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(QStringLiteral("template.not-found"),
            version > 0
                ? QCoreApplication::translate("tixsync::tpl::TemplateStore", "Template \"%1\" has no version %2.")
                      .arg(name)
                      .arg(version)
                : QCoreApplication::translate("tixsync::tpl::TemplateStore", "There is no template named \"%1\".")
                      .arg(name));
    return Template::fromJson(q->value(0).toString().toUtf8());
}

Result<QList<TemplateVersion>> TemplateStore::versions(const QString &name) const
{
    auto q
        = m_store.exec(QStringLiteral("SELECT v.version, v.author, v.created_at, v.comment FROM template_versions v "
                                      "JOIN templates t ON t.id = v.template_id WHERE t.name = ? ORDER BY v.version"),
            {name});
    if (!q)
        return fail(q.error());
    QList<TemplateVersion> list;
    while (q->next())
        list.append({q->value(0).toInt(), q->value(1).toString(), parseRfc3339(q->value(2).toString()),
            q->value(3).toString()});
    return list;
}

} // namespace tixsync::tpl
