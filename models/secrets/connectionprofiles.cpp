#include "connectionprofiles.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

namespace tixsync::secrets {

namespace {

const QString &arrayName()
{
    static const QString n = QStringLiteral("connections/profiles");
    return n;
}
const QString &activeKey()
{
    static const QString k = QStringLiteral("connections/active");
    return k;
}

Error notFound(const QString &name)
{
    return makeError(QStringLiteral("secrets.profile.unknown"),
        QCoreApplication::translate("tixsync::secrets::ConnectionProfiles",
            "There is no connection profile called \"%1\". Check the name with: tixsync-cli profiles list")
            .arg(name));
}
} // namespace

ConnectionProfiles::ConnectionProfiles()
    : m_settings(std::make_unique<QSettings>(
        QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("TixSync"), QStringLiteral("tixsync")))
{
}

ConnectionProfiles::ConnectionProfiles(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

ConnectionProfiles::~ConnectionProfiles() = default;

QString ConnectionProfiles::fileName() const
{
    return m_settings->fileName();
}

QList<ConnectionProfile> ConnectionProfiles::list() const
{
    m_settings->sync();
    QList<ConnectionProfile> out;
    const int n = m_settings->beginReadArray(arrayName());
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile p;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.url = m_settings->value(QStringLiteral("url")).toString();
        p.login = m_settings->value(QStringLiteral("login")).toString();
        p.apiProfile = m_settings->value(QStringLiteral("apiProfile")).toString();
        p.organizerId = m_settings->value(QStringLiteral("organizerId")).toString();
        p.production = m_settings->value(QStringLiteral("production"), false).toBool();
        if (!p.name.isEmpty())
            out.append(p);
    }
    m_settings->endArray();
    return out;
}

std::optional<ConnectionProfile> ConnectionProfiles::find(const QString &name) const
{
    for (const ConnectionProfile &p : list())
        if (p.name == name)
            return p;
    return std::nullopt;
}

Status ConnectionProfiles::save(const QList<ConnectionProfile> &profiles)
{
    m_settings->remove(arrayName());
    m_settings->beginWriteArray(arrayName(), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &p = profiles[i];
        m_settings->setArrayIndex(i);
        // Deliberately no key field: the API key lives in the keychain only.
        m_settings->setValue(QStringLiteral("name"), p.name);
        m_settings->setValue(QStringLiteral("url"), p.url.trimmed());
        m_settings->setValue(QStringLiteral("login"), p.login.trimmed());
        m_settings->setValue(QStringLiteral("apiProfile"), p.apiProfile.trimmed());
        m_settings->setValue(QStringLiteral("organizerId"), p.organizerId.trimmed());
        m_settings->setValue(QStringLiteral("production"), p.production);
    }
    m_settings->endArray();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return fail(QStringLiteral("secrets.settings"),
            QCoreApplication::translate("tixsync::secrets::ConnectionProfiles",
                "Cannot write the settings file %1. Check that the folder exists and is writable.")
                .arg(m_settings->fileName()));
    return {};
}

Status ConnectionProfiles::add(const ConnectionProfile &profile)
{
    if (auto ok = profile.validate(); !ok)
        return ok;
    QList<ConnectionProfile> all = list();
    for (const ConnectionProfile &p : all)
        if (p.name.compare(profile.name, Qt::CaseInsensitive) == 0)
            return fail(QStringLiteral("secrets.profile.exists"),
                QCoreApplication::translate("tixsync::secrets::ConnectionProfiles",
                    "A connection profile called \"%1\" exists already; choose another name.")
                    .arg(p.name));
    all.append(profile);
    return save(all);
}

Status ConnectionProfiles::update(const QString &name, const ConnectionProfile &profile)
{
    if (auto ok = profile.validate(); !ok)
        return ok;
    QList<ConnectionProfile> all = list();
    qsizetype index = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].name == name)
            index = i;
        else if (all[i].name.compare(profile.name, Qt::CaseInsensitive) == 0)
            return fail(QStringLiteral("secrets.profile.exists"),
                QCoreApplication::translate("tixsync::secrets::ConnectionProfiles",
                    "A connection profile called \"%1\" exists already; choose another name.")
                    .arg(all[i].name));
    }
    if (index < 0)
        return fail(notFound(name));
    all[index] = profile;
    if (auto ok = save(all); !ok)
        return ok;
    if (name != profile.name && activeName() == name)
        return setActive(profile.name);
    return {};
}

Status ConnectionProfiles::remove(const QString &name)
{
    QList<ConnectionProfile> all = list();
    const auto removed = all.removeIf([&](const ConnectionProfile &p) { return p.name == name; });
    if (removed == 0)
        return fail(notFound(name));
    if (auto ok = save(all); !ok)
        return ok;
    if (activeName() == name)
        return setActive({});
    return {};
}

QString ConnectionProfiles::activeName() const
{
    m_settings->sync();
    return m_settings->value(activeKey()).toString();
}

std::optional<ConnectionProfile> ConnectionProfiles::active() const
{
    const QString name = activeName();
    return name.isEmpty() ? std::nullopt : find(name);
}

Status ConnectionProfiles::setActive(const QString &name)
{
    if (!name.isEmpty() && !find(name))
        return fail(notFound(name));
    if (name.isEmpty())
        m_settings->remove(activeKey());
    else
        m_settings->setValue(activeKey(), name);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return fail(QStringLiteral("secrets.settings"),
            QCoreApplication::translate("tixsync::secrets::ConnectionProfiles",
                "Cannot write the settings file %1. Check that the folder exists and is writable.")
                .arg(m_settings->fileName()));
    return {};
}

int ConnectionProfiles::refreshSeconds() const
{
    m_settings->sync();
    return qMax(0, m_settings->value(QStringLiteral("mainWindow/refreshSeconds"), 5).toInt());
}

void ConnectionProfiles::setRefreshSeconds(int seconds)
{
    m_settings->setValue(QStringLiteral("mainWindow/refreshSeconds"), qMax(0, seconds));
    m_settings->sync();
}

QString ConnectionProfiles::databaseLocation() const
{
    m_settings->sync();
    return m_settings->value(QStringLiteral("database/location")).toString();
}

Status ConnectionProfiles::setDatabaseLocation(const QString &location)
{
    const QString trimmed = location.trimmed();
    if (trimmed.startsWith(QLatin1String("postgresql://")) || trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
            return fail(QStringLiteral("secrets.database"),
                QCoreApplication::translate("tixsync::secrets::ConnectionProfiles",
                    "The database URL \"%1\" is not valid. Use postgresql://user@host:port/dbname.")
                    .arg(url.toString(QUrl::RemovePassword)));
        if (!url.password().isEmpty())
            return fail(QStringLiteral("secrets.database"),
                QCoreApplication::translate("tixsync::secrets::ConnectionProfiles",
                    "Remove the password from the database URL: it would be stored in plain text. Put it in "
                    "~/.pgpass or the PGPASSWORD environment variable instead."));
    } else if (trimmed.contains(QLatin1String("://"))) {
        return fail(QStringLiteral("secrets.database"),
            QCoreApplication::translate(
                "tixsync::secrets::ConnectionProfiles", "\"%1\" is neither a file path nor a postgresql:// URL.")
                .arg(trimmed));
    }
    if (trimmed.isEmpty())
        m_settings->remove(QStringLiteral("database/location"));
    else
        m_settings->setValue(QStringLiteral("database/location"), trimmed);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return fail(QStringLiteral("secrets.settings"),
            QCoreApplication::translate("tixsync::secrets::ConnectionProfiles",
                "Cannot write the settings file %1. Check that the folder exists and is writable.")
                .arg(m_settings->fileName()));
    return {};
}

} // namespace tixsync::secrets
