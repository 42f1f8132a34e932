#pragma once

#include "core/error.h"
#include "template.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace tixsync {
class Store;
}

namespace tixsync::tpl {

/// One saved version of a template.
struct TemplateVersion {
    int version = 0;
    QString author;
    QDateTime createdAt;
    QString comment;
};

/// Templates in the database (schema version 2: `templates`, `template_versions`). Every save
/// adds a version (who = OS user, when, comment); versions are never changed or deleted.
class TemplateStore {
public:
    explicit TemplateStore(Store &store)
        : m_store(store)
    {
    }

    Result<QStringList> names() const;
    /// Saves `tpl` under its name as a new version; returns the version number (1, 2, …).
    /// `author` empty = the OS user.
    Result<int> save(const Template &tpl, const QString &comment, const QString &author = {});
    /// `version` 0 = the latest.
    Result<Template> load(const QString &name, int version = 0) const;
    Result<QList<TemplateVersion>> versions(const QString &name) const;

    /// The template injection builds payloads with (setting `sync/templateName`); empty = the
    /// template shipped with TixSync.
    QString injectionTemplate() const;
    /// Makes injection use the latest saved version of `name` (empty = back to the shipped
    /// template) and records it in the audit log. Error TPL_NOT_SAVED when `name` has no saved
    /// version: nothing changes.
    Status useForInjection(const QString &name);

    static QString currentUser();

private:
    Store &m_store;
};

} // namespace tixsync::tpl
