#include "runcontroller.h"

#ifdef TIXSYNC_SYNC_HAVE_AUDIT
#include "audit/auditlog.h"
#endif
#include "core/logging.h"

#include "core/store.h"
#include "sync/clienttransport.h"
#include "sync/payloadfactory.h"
#include "sync/syncengine.h"
#ifdef TIXSYNC_SYNC_HAVE_TEMPLATE
#include "template/payloadbuilder.h"
#include "template/templatestore.h"
#endif

#include <QCoreApplication>
#include <QThread>

namespace tixsync::sync {

namespace {
/// dumpTnPRvariables: the variables of the template injections use (the same template and
/// settings as makePayloadFactory()); empty when there is no template engine or the template
/// cannot be loaded (the payload factory then fails the run with the reason).
VariableValues makeVariableValues(Store &store, const RunOptions &options)
{
#ifdef TIXSYNC_SYNC_HAVE_TEMPLATE
    auto base = loadInjectionTemplate(store, options);
    if (!base)
        return {};
    auto builder = std::make_shared<const tpl::PayloadBuilder>(base->tpl, base->options);
    return [builder](const Ticket &t, const Event &e) { return builder->variableValues(t, e); };
#else
    Q_UNUSED(store)
    Q_UNUSED(options)
    return {};
#endif
}
} // namespace

QString organizerFor(const QString &tixngoUrl)
{
    return tixngoUrl.trimmed().isEmpty() ? SyncEngine::defaultOrganizer() : tixngoUrl.trimmed();
}

Result<std::unique_ptr<TixngoTransport>> defaultTransport(Store &store, const QString &urlOverride)
{
    const QString url = urlOverride.isEmpty() ? store.setting(QStringLiteral("tixngo/url")) : urlOverride;
    if (url.isEmpty())
        return fail(QStringLiteral("SYNC_NO_CONNECTION"),
            QCoreApplication::translate("Sync",
                "No TIXNGO interface URL is configured. Set it in the settings (tixngo/url) or pass "
                "--tixngo-url https://…/organizer/tickets."));
    auto t = ClientTransport::fromEnvironment(url);
    if (!t)
        return fail(t.error());
    return std::unique_ptr<TixngoTransport>(std::move(*t));
}

static void recordRunInAuditLog(const Store &store, const RunOptions &options, const RunResult &result)
{
#ifdef TIXSYNC_SYNC_HAVE_AUDIT
    if (result.dryRun || result.impactOnly)
        return; // a dry run or an impact count changes nothing and sends nothing
    QJsonObject parameters = result.toJson();
    parameters.remove(QStringLiteral("errors"));
    parameters.insert(QStringLiteral("options"), options.toJson());
    const QString outcome = result.outcome == RunOutcome::Ok ? audit::AuditLog::outcomeOk()
        : result.outcome == RunOutcome::Warning              ? audit::AuditLog::outcomeWarning()
                                                             : audit::AuditLog::outcomeError();
    const QString detail = result.error ? result.error->message : QString();
    if (auto r = audit::AuditLog::record(store, audit::AuditLog::actionRun(), parameters, outcome, detail); !r)
        qCWarning(lcSync) << "cannot write the audit log:" << r.error().message;
#else
    Q_UNUSED(store)
    Q_UNUSED(options)
    Q_UNUSED(result)
#endif
}

Result<int> impactOf(Store &store, RunOptions options)
{
    options.impactOnly = true;
    options.dryRun = false;
    SyncEngine engine(store, nullptr);
    const RunResult r = engine.run(options);
    if (r.error)
        return fail(*r.error);
    return r.selected;
}

RunResult runFunction(Store &store, TixngoTransport *transport, RunOptions options,
    const std::function<void(const RunProgress &)> &progress, const std::atomic<bool> *cancelFlag)
{
    PayloadFactory payloads;
    // impactOnly builds no payload (selection count only).
    if (!options.impactOnly
        && (options.function == SyncFunction::Inject || options.function == SyncFunction::InjectPrivileges)) {
        auto factory = makePayloadFactory(store, options);
        if (!factory) {
            RunResult r;
            r.function = options.function;
            r.outcome = RunOutcome::Error;
            r.error = factory.error();
            r.failures << TicketFailure{QString(), factory.error().code, factory.error().message, ErrorClass::Mapping};
            r.startedAt = r.endedAt = QDateTime::currentDateTimeUtc();
            return r;
        }
        payloads = std::move(*factory);
    }
    SyncEngine engine(store, transport, std::move(payloads));
    engine.setProgressCallback(progress);
    engine.setCancelFlag(cancelFlag);
    if (options.function == SyncFunction::Inject && options.parameters.dumpTnPRvariables && !options.impactOnly)
        engine.setVariableValues(makeVariableValues(store, options));
    RunResult result = engine.run(options);
    recordRunInAuditLog(store, options, result);
    return result;
}

RunController::RunController(QString databaseLocation, QObject *parent)
    : QObject(parent)
    , m_location(std::move(databaseLocation))
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<tixsync::sync::RunResult>();
    qRegisterMetaType<tixsync::sync::RunProgress>();
}

RunController::~RunController()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool RunController::start(const RunOptions &options)
{
    if (m_thread)
        return false;
    m_cancelled->store(false);
    const QString location = m_location;
    TransportFactory factory
        = m_factory ? m_factory : TransportFactory([](Store &s) { return defaultTransport(s, {}); });
    auto cancelled = m_cancelled;
    QThread *thread = QThread::create([this, location, factory, options, cancelled] {
        RunResult result;
        result.function = options.function;
        auto store = Store::open(location);
        if (!store) {
            result.outcome = RunOutcome::Error;
            result.error = store.error();
        } else {
            std::unique_ptr<TixngoTransport> transport;
            auto t = factory(**store);
            if (t)
                transport = std::move(*t);
            else if (!options.dryRun)
                result.warnings << t.error().message;
            if (!cancelled->load()) {
                result = runFunction(
                    **store, transport.get(), options, [this](const RunProgress &p) { emit progress(p); },
                    cancelled.get());
                if (!t && !options.dryRun && result.error && result.error->code == QLatin1String("SYNC_NO_CONNECTION"))
                    result.error = t.error();
            }
        }
        emit finished(result);
    });
    m_thread = thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        if (m_thread == thread) {
            m_thread = nullptr;
            thread->deleteLater();
        }
    });
    thread->start();
    return true;
}

void RunController::cancel()
{
    m_cancelled->store(true);
}

} // namespace tixsync::sync
