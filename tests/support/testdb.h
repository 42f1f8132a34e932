#pragma once
// Test databases on either backend. A test executable registered twice — once plain, once with
// TIXSYNC_TEST_BACKEND=pg (label pg) — gets a fresh SQLite file or a fresh PostgreSQL database
// per call, so the same test body proves both backends. The pg cluster is started by
// scripts/test, which exports TIXSYNC_TEST_PG_URL.
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

namespace tixsync::test {

inline bool usePostgres()
{
    return qEnvironmentVariable("TIXSYNC_TEST_BACKEND") == QLatin1String("pg");
}

/// A location for Store::open(): a new file in `dir`, or a new PostgreSQL database. Empty (and
/// `*why` set) when the pg backend is asked for but no cluster is reachable.
inline QString freshDatabase(const QTemporaryDir &dir, const QString &name, QString *why = nullptr)
{
    if (!usePostgres())
        return dir.filePath(name + QStringLiteral(".sqlite"));
    const QString base = qEnvironmentVariable("TIXSYNC_TEST_PG_URL");
    if (base.isEmpty()) {
        if (why)
            *why = QStringLiteral("TIXSYNC_TEST_PG_URL is not set (scripts/test starts the cluster)");
        return {};
    }
    QUrl url(base);
    const QString dbName = QStringLiteral("t_%1_%2")
                               .arg(QString(name).replace(QLatin1Char('-'), QLatin1Char('_')).toLower())
                               .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tixsync-test-admin"));
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setDatabaseName(url.path().mid(1));
        if (!admin.open()) {
            if (why)
                *why = admin.lastError().text();
            return {};
        }
        QSqlQuery q(admin);
        // The name is generated here from [a-z0-9_]; identifiers cannot be bound parameters.
        if (!q.exec(QStringLiteral("CREATE DATABASE ") + dbName)) {
            if (why)
                *why = q.lastError().text();
            return {};
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tixsync-test-admin"));
    url.setPath(QStringLiteral("/") + dbName);
    return url.toString();
}

} // namespace tixsync::test

/// In a test function: QString loc = TIXSYNC_FRESH_DB(m_dir, "name"); (fails the test when the
/// requested backend is unreachable — never silently skips).
#define TIXSYNC_FRESH_DB(dir, name)                                                                                    \
    [&] {                                                                                                              \
        QString why;                                                                                                   \
        const QString loc = tixsync::test::freshDatabase(dir, QStringLiteral(name), &why);                             \
        if (loc.isEmpty())                                                                                             \
            qFatal("cannot create a test database: %s", qPrintable(why));                                              \
        return loc;                                                                                                    \
    }()
