#include "connectiontest.h"

#include "tixngo/client.h"
#include "tixngo/staticcredentialprovider.h"

#include <QFileInfo>

namespace tixsync::secrets {

ConnectionTest::ConnectionTest(ConnectionProfile profile, QString apiKey, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_key(std::move(apiKey))
{
    QMetaObject::invokeMethod(this, &ConnectionTest::run, Qt::QueuedConnection);
}

ConnectionTest::~ConnectionTest()
{
    m_key.fill(QLatin1Char('\0'));
}

ConnectionTest *ConnectionTest::start(const ConnectionProfile &profile, const QString &apiKey, QObject *parent)
{
    return new ConnectionTest(profile, apiKey, parent);
}

Result<tixngo::ApiProfile> ConnectionTest::apiProfileFor(const ConnectionProfile &profile)
{
    const QString name = profile.apiProfile.trimmed();
    if (name.isEmpty() || name.compare(QLatin1String("default"), Qt::CaseInsensitive) == 0)
        return tixngo::ApiProfile{};
    if (name.compare(QLatin1String("bearer"), Qt::CaseInsensitive) == 0)
        return tixngo::ApiProfile::bearerAuth();
    if (!QFileInfo::exists(name))
        return fail(QStringLiteral("secrets.apiProfile"),
            tr("The API profile \"%1\" is neither \"default\", \"bearer\" nor an existing JSON file; "
               "correct it in the connection profile.")
                .arg(name));
    return tixngo::ApiProfile::load(name);
}

void ConnectionTest::run()
{
    if (m_finished)
        return;
    m_clock.start();
    auto connection = tixngo::Connection::fromUrl(m_profile.url);
    if (!connection) {
        finish(fail(connection.error()), connection.error().message);
        return;
    }
    auto api = apiProfileFor(m_profile);
    if (!api) {
        finish(fail(api.error()), api.error().message);
        return;
    }
    if (m_key.isEmpty()) {
        finish(
            fail(QStringLiteral("tixngo.credentials"), tr("Enter the API key first.")), tr("Enter the API key first."));
        return;
    }
    // A test should answer within seconds, not after the full back-off of a run.
    api->retry.maxAttempts = 2;
    api->retry.maxTotalMs = 15000;
    api->retry.maxRetryAfterMs = 5000;
    api->transferTimeoutMs = qMin(api->transferTimeoutMs, 10000);
    m_client = new tixngo::Client(*connection, *api, std::make_shared<tixngo::StaticCredentialProvider>(m_key), this);
    m_key.fill(QLatin1Char('\0'));
    m_key.clear();
    m_job = m_client->diff(QString(), 1);
    connect(m_job, &tixngo::Job::finished, this, [this] {
        const tixngo::DiffJob *job = m_job;
        if (!job)
            return;
        if (job->isOk()) {
            finish({},
                tr("Connected to %1: the API key was accepted (answer in %2 ms).")
                    .arg(m_client->connection().interfaceUrl().host())
                    .arg(m_clock.elapsed()));
        } else {
            finish(fail(job->error().toError()), job->error().message);
        }
    });
}

void ConnectionTest::cancel()
{
    if (m_job)
        m_job->cancel();
    else
        finish(fail(QStringLiteral("tixngo.cancelled"), tr("The test was cancelled.")), tr("The test was cancelled."));
}

void ConnectionTest::finish(Status result, const QString &summary)
{
    if (m_finished)
        return;
    m_finished = true;
    m_elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_result = std::move(result);
    m_summary = summary;
    emit finished(this);
}

} // namespace tixsync::secrets
