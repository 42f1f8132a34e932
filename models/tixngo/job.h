#pragma once

#include "apierror.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkReply;
class QTimer;

namespace tixsync::tixngo {

class Client;

/// One TIXNGO API call as seen by its user: created by a Client method, started on the next
/// event-loop turn, it emits finished() exactly once — with a result (see the subclass) or an
/// error() — after every retry the contract allows (tixngo-api-contract.md "Errors and limits").
/// A job is a child of its Client; delete it (deleteLater()) once its result is read.
/// Jobs live in the Client's thread; cancel them from another thread with
/// QMetaObject::invokeMethod(job, &Job::cancel).
class Job : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)
public:
    ~Job() override;

    bool isFinished() const { return m_finished; }
    /// Finished without error.
    bool isOk() const { return m_finished && !m_error.isError(); }
    /// Kind None while running and on success.
    const ApiError &error() const { return m_error; }
    /// HTTP requests this job sent so far, retries and 413 halves included.
    int requestCount() const { return m_requests; }

public slots:
    /// Aborts every request in flight and every pending retry at once; finished() is emitted
    /// before this returns, with error kind Cancelled — or with the error that had already ended
    /// the job while it waited for its last calls. Nothing happens when already finished.
    /// Delete a job with deleteLater(), never `delete` inside a slot connected to finished().
    void cancel();

signals:
    void finished();

protected:
    explicit Job(Client *client);

    /// One HTTP call; batch jobs split their tickets into several (ticket range first..first+count).
    struct Call {
        QByteArray verb; // "GET" or "POST"
        QString endpoint; // the profile path, for messages
        QUrl url;
        QByteArray body;
        int first = 0;
        int count = 0;
        int attempts = 0;
    };

    Client *client() const { return m_client; }
    /// Queue the calls of this job (called once, after the key was obtained).
    virtual void begin() = 0;
    /// A 2xx answer: parse it; return an error (usually Protocol) to end the job with it.
    virtual ApiError handleOk(const Call &call, const QByteArray &body) = 0;
    /// Non-2xx statuses a job treats as a result (404 on read-one). Default: none.
    virtual bool handleStatus(const Call &call, int httpStatus, const QByteArray &body);
    /// HTTP 413 (rule API-4): replace the call by smaller ones. Default: not possible.
    virtual bool split(const Call &call, QList<Call> *parts);
    /// How many calls may be in flight together (batch jobs: ApiProfile::callsInFlight).
    virtual int maxInFlight() const { return 1; }

    void enqueue(Call call);
    /// Ends the job with an error detected before or without a request (Config, Protocol…).
    void fail(ApiError error);
    /// A Protocol error with the parse position (rule API-7).
    ApiError protocolError(const Call &call, const QString &what, qint64 position = -1) const;

private:
    friend class Client;
    void start();
    void pump();
    void send(Call call);
    void onReply(QNetworkReply *reply);
    void retryLater(Call call, int delayMs, ApiError ifExhausted);
    int backoffMs(int attempts) const;
    ApiError httpError(
        const Call &call, ApiError::Kind kind, int status, const QByteArray &body, const QString &reason) const;
    QString redact(QString text) const;
    void maybeFinish();
    void finish();
    void abortAll();

    Client *m_client;
    QString m_key;
    QList<Call> m_queue;
    QHash<QNetworkReply *, Call> m_inFlight;
    QList<QTimer *> m_retryTimers;
    QElapsedTimer m_clock;
    ApiError m_error;
    int m_requests = 0;
    bool m_started = false;
    bool m_stopping = false;
    bool m_finished = false;
};

} // namespace tixsync::tixngo
