#include "settingsdialog.h"

#include "audit/auditlog.h"
#include "core/store.h"
#include "secrets/connectionprofiles.h"
#include "secrets/keychainjob.h"
#ifdef TIXSYNC_HAVE_TIXNGO
#include "secrets/connectiontest.h"
#endif

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using tixsync::secrets::ConnectionProfile;
using tixsync::secrets::ConnectionProfiles;
using tixsync::secrets::KeychainJob;

namespace {
const char *const errorStyle = "color: #b3001b;";
const char *const okStyle = "color: #1b7f3b;";
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : SettingsDialog(std::make_unique<ConnectionProfiles>(), parent)
{
}

SettingsDialog::SettingsDialog(std::unique_ptr<ConnectionProfiles> profiles, QWidget *parent)
    : QDialog(parent)
    , m_profiles(std::move(profiles))
{
    setWindowTitle(tr("Settings"));
    build();
    reloadList(m_profiles->activeName());
}

SettingsDialog::~SettingsDialog()
{
    if (m_key)
        m_key->clear();
}

void SettingsDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildConnectionsPage(), tr("Connections"));
    m_tabs->addTab(buildDatabasePage(), tr("Database"));
    layout->addWidget(m_tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 520);
}

QWidget *SettingsDialog::buildConnectionsPage()
{
    auto *page = new QWidget(this);
    auto *row = new QHBoxLayout(page);

    auto *left = new QVBoxLayout;
    m_list = new QListWidget(page);
    m_list->setMinimumWidth(200);
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    m_add = new QPushButton(tr("&New"), page);
    m_remove = new QPushButton(tr("&Remove"), page);
    m_activate = new QPushButton(tr("Make &active"), page);
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);
    left->addWidget(m_activate);
    row->addLayout(left);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_name = new QLineEdit(page);
    m_name->setPlaceholderText(tr("Validation, Pre-production, Production…"));
    m_url = new QLineEdit(page);
    m_url->setPlaceholderText(QStringLiteral("https://tixngo.example/api/v3/organizer/tickets"));
    m_login = new QLineEdit(page);
    m_login->setPlaceholderText(tr("admin@organizer.example (informational)"));
    m_apiProfile = new QLineEdit(page);
    m_apiProfile->setPlaceholderText(tr("default, bearer or a JSON file"));
    m_organizer = new QLineEdit(page);
    m_production = new QCheckBox(tr("&Production environment (banner, confirmation before changes)"), page);
    m_key = new QLineEdit(page);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Leave empty to keep the stored key"));
    m_key->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_sessionOnly = new QCheckBox(tr("Use this key for this session only (do not store it)"), page);
    m_keyStatus = new QLabel(page);
    m_keyStatus->setWordWrap(true);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Interface &URL:"), m_url);
    form->addRow(tr("&Login (e-mail):"), m_login);
    form->addRow(tr("API p&rofile:"), m_apiProfile);
    form->addRow(tr("&Organizer id:"), m_organizer);
    form->addRow(QString(), m_production);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(QString(), m_sessionOnly);
    form->addRow(QString(), m_keyStatus);
    right->addLayout(form);

    auto *actions = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save profile"), page);
    m_save->setDefault(true);
    m_test = new QPushButton(tr("&Test connection"), page);
    actions->addWidget(m_save);
    actions->addWidget(m_test);
    actions->addStretch(1);
    right->addLayout(actions);
    m_message = new QLabel(page);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_testResult = new QLabel(page);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    right->addWidget(m_message);
    right->addWidget(m_testResult);
    right->addStretch(1);
    row->addLayout(right, 1);

#ifndef TIXSYNC_HAVE_TIXNGO
    m_test->setEnabled(false);
    m_test->setToolTip(tr("This build has no TIXNGO client."));
#endif
    connect(m_list, &QListWidget::currentRowChanged, this, &SettingsDialog::onCurrentRowChanged);
    connect(m_add, &QPushButton::clicked, this, &SettingsDialog::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &SettingsDialog::removeProfile);
    connect(m_activate, &QPushButton::clicked, this, &SettingsDialog::makeActive);
    connect(m_save, &QPushButton::clicked, this, &SettingsDialog::saveProfile);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    return page;
}

QWidget *SettingsDialog::buildDatabasePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("TixSync keeps its data in a SQLite file on this computer, or in a shared PostgreSQL "
                                "database (postgresql://user@host:port/dbname) that several operators use together. "
                                "Put the PostgreSQL password in ~/.pgpass or PGPASSWORD, never in the URL."),
        page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *row = new QHBoxLayout;
    m_database = new QLineEdit(page);
    m_database->setPlaceholderText(tixsync::Store::defaultLocation());
    m_database->setText(m_profiles->databaseLocation());
    auto *browse = new QPushButton(tr("&Browse…"), page);
    row->addWidget(m_database, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    auto *note = new QLabel(tr("Applies when TixSync restarts. Leave empty for the default file. The --db option "
                               "of tixsync and tixsync-cli overrides this setting."),
        page);
    note->setWordWrap(true);
    layout->addWidget(note);
    // Several operators on one database: how often the window looks for the others' changes.
    auto *refreshRow = new QHBoxLayout;
    auto *refreshLabel = new QLabel(tr("Show other operators' changes: check the database"), page);
    m_refresh = new QSpinBox(page);
    m_refresh->setObjectName(QStringLiteral("refreshSeconds"));
    m_refresh->setRange(0, 3600);
    m_refresh->setPrefix(tr("every "));
    m_refresh->setSuffix(tr(" s"));
    m_refresh->setSpecialValueText(tr("never")); // shown alone, without the prefix and the suffix
    m_refresh->setValue(m_profiles->refreshSeconds());
    m_refresh->setToolTip(tr("Runs, ticket statuses and audit lines written by other operators or scheduled runs "
                             "appear without reloading. Applies when TixSync restarts."));
    refreshLabel->setBuddy(m_refresh);
    refreshRow->addWidget(refreshLabel);
    refreshRow->addWidget(m_refresh);
    refreshRow->addStretch(1);
    layout->addLayout(refreshRow);
    m_databaseSave = new QPushButton(tr("Save &database setting"), page);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_databaseSave);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_databaseMessage = new QLabel(page);
    m_databaseMessage->setWordWrap(true);
    m_databaseMessage->setTextFormat(Qt::PlainText);
    layout->addWidget(m_databaseMessage);
    layout->addStretch(1);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseDatabaseFile);
    connect(m_databaseSave, &QPushButton::clicked, this, &SettingsDialog::saveDatabase);
    return page;
}

void SettingsDialog::showDatabasePage()
{
    m_tabs->setCurrentIndex(1);
}

void SettingsDialog::reloadList(const QString &select)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    const QString active = m_profiles->activeName();
    int selectRow = -1;
    for (const ConnectionProfile &p : m_profiles->list()) {
        QString label = p.name;
        if (p.name == active)
            label += QLatin1Char(' ') + tr("(active)");
        if (p.production)
            label += QStringLiteral(" \u26A0");
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, p.name);
        if (p.production)
            item->setToolTip(tr("Production environment"));
        if (p.name == select)
            selectRow = m_list->count() - 1;
    }
    if (selectRow < 0 && m_list->count() > 0 && !select.isNull())
        selectRow = 0;
    m_list->setCurrentRow(selectRow);
    onCurrentRowChanged(selectRow);
}

void SettingsDialog::selectProfile(const QString &name)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == name) {
            m_list->setCurrentRow(i);
            return;
        }
    }
    m_list->setCurrentRow(-1);
    onCurrentRowChanged(-1);
}

void SettingsDialog::onCurrentRowChanged(int row)
{
    ConnectionProfile p;
    if (row >= 0) {
        if (auto found = m_profiles->find(m_list->item(row)->data(Qt::UserRole).toString()))
            p = *found;
    }
    m_current = p.name;
    m_name->setText(p.name);
    m_url->setText(p.url);
    m_login->setText(p.login);
    m_apiProfile->setText(p.apiProfile);
    m_organizer->setText(p.organizerId);
    m_production->setChecked(p.production);
    m_key->clear();
    m_sessionOnly->setChecked(false);
    m_testResult->clear();
    setMessage({}, false);
    m_remove->setEnabled(!m_current.isEmpty());
    m_activate->setEnabled(!m_current.isEmpty() && m_current != m_profiles->activeName());
    refreshKeyStatus(m_current);
}

ConnectionProfile SettingsDialog::formProfile() const
{
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.url = m_url->text().trimmed();
    p.login = m_login->text().trimmed();
    p.apiProfile = m_apiProfile->text().trimmed();
    p.organizerId = m_organizer->text().trimmed();
    p.production = m_production->isChecked();
    return p;
}

void SettingsDialog::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(QLatin1String(error ? errorStyle : okStyle));
}

void SettingsDialog::setKeyStatus(const QString &text, bool error)
{
    m_keyStatus->setText(text);
    m_keyStatus->setStyleSheet(error ? QLatin1String(errorStyle) : QString());
}

// Asks the keychain whether a key is stored (the key read is dropped at once, never shown).
void SettingsDialog::refreshKeyStatus(const QString &name)
{
    if (name.isEmpty()) {
        setKeyStatus(tr("The key is stored in the OS keychain when you save the profile."), false);
        return;
    }
    setKeyStatus(tr("Checking the keychain…"), false);
    ++m_pendingKeychain;
    KeychainJob *job = KeychainJob::read(name, this);
    connect(job, &KeychainJob::finished, this, [this, name](KeychainJob *j) {
        --m_pendingKeychain;
        const bool stored = j->result().has_value();
        m_stored.insert(name, stored);
        if (name == m_current) {
            if (stored)
                setKeyStatus(tr("\u2713 API key stored in the keychain (enter a new one to replace it)."), false);
            else if (j->result().error().code == QLatin1String("keychain.not-found"))
                setKeyStatus(tr("No API key stored yet: enter it above and save."), false);
            else
                setKeyStatus(j->result().error().message, true);
        }
        emit keychainIdle();
    });
}

void SettingsDialog::addProfile()
{
    m_list->setCurrentRow(-1);
    onCurrentRowChanged(-1);
    m_name->setFocus();
}

void SettingsDialog::saveProfile()
{
    const ConnectionProfile p = formProfile();
    const QString oldName = m_current;
    const std::optional<ConnectionProfile> before = oldName.isEmpty() ? std::nullopt : m_profiles->find(oldName);
    const tixsync::Status ok = oldName.isEmpty() ? m_profiles->add(p) : m_profiles->update(oldName, p);
    if (!ok) {
        setMessage(ok.error().message, true);
        return;
    }
    QJsonObject params{{QStringLiteral("profile"), p.name}, {QStringLiteral("url"), p.url},
        {QStringLiteral("production"), p.production}};
    if (!oldName.isEmpty() && oldName != p.name)
        params.insert(QStringLiteral("renamedFrom"), oldName);
    if (before && before->production != p.production)
        params.insert(QStringLiteral("productionChanged"), true);
    const QString key = m_key->text();
    const bool sessionOnly = m_sessionOnly->isChecked();
    m_key->clear();
    params.insert(QStringLiteral("keyChanged"), !key.isEmpty());
    recordChange(params, oldName.isEmpty() ? tr("connection profile added") : tr("connection profile changed"));

    m_current = p.name;
    reloadList(p.name);
    setMessage(tr("Profile \"%1\" saved.").arg(p.name), false);
    if (!key.isEmpty()) {
        if (sessionOnly) {
            emit sessionKeyEntered(p.name, key);
            setKeyStatus(tr("The key is used for this session only; it is not stored."), false);
        } else {
            storeKey(p.name, key, oldName);
        }
    } else if (!oldName.isEmpty() && oldName != p.name) {
        moveKey(oldName, p.name);
    }
    emit profilesChanged();
    if (m_profiles->activeName() == p.name)
        emit activeProfileChanged(p.name);
}

void SettingsDialog::storeKey(const QString &profile, const QString &key, const QString &oldName)
{
    setKeyStatus(tr("Storing the key in the keychain…"), false);
    ++m_pendingKeychain;
    KeychainJob *job = KeychainJob::write(profile, key, this);
    connect(job, &KeychainJob::finished, this, [this, profile, key, oldName](KeychainJob *j) {
        --m_pendingKeychain;
        if (j->result()) {
            m_stored.insert(profile, true);
            if (profile == m_current)
                setKeyStatus(tr("\u2713 API key stored in the keychain."), false);
            if (!oldName.isEmpty() && oldName != profile) {
                ++m_pendingKeychain;
                connect(KeychainJob::remove(oldName, this), &KeychainJob::finished, this, [this] {
                    --m_pendingKeychain;
                    emit keychainIdle();
                });
            }
        } else {
            // Not stored: offer the session-only key instead (the user decides; no silent fallback).
            if (profile == m_current) {
                setKeyStatus(j->result().error().message, true);
                m_sessionOnly->setChecked(true);
                m_key->setText(key);
            }
        }
        emit keychainIdle();
    });
}

void SettingsDialog::moveKey(const QString &from, const QString &to)
{
    ++m_pendingKeychain;
    KeychainJob *read = KeychainJob::read(from, this);
    connect(read, &KeychainJob::finished, this, [this, from, to](KeychainJob *j) {
        --m_pendingKeychain;
        if (j->result())
            storeKey(to, *j->result(), from);
        else
            refreshKeyStatus(to);
        emit keychainIdle();
    });
}

void SettingsDialog::removeProfile()
{
    const QString name = m_current;
    if (name.isEmpty())
        return;
    if (auto ok = m_profiles->remove(name); !ok) {
        setMessage(ok.error().message, true);
        return;
    }
    recordChange({{QStringLiteral("profile"), name}}, tr("connection profile removed"));
    ++m_pendingKeychain;
    connect(KeychainJob::remove(name, this), &KeychainJob::finished, this, [this, name](KeychainJob *j) {
        --m_pendingKeychain;
        if (!j->result())
            setMessage(tr("Profile \"%1\" removed, but its key could not be deleted from the keychain: %2")
                           .arg(name, j->result().error().message),
                true);
        emit keychainIdle();
    });
    m_stored.remove(name);
    reloadList(QString());
    setMessage(tr("Profile \"%1\" removed.").arg(name), false);
    emit profilesChanged();
}

void SettingsDialog::makeActive()
{
    if (m_current.isEmpty())
        return;
    if (auto ok = m_profiles->setActive(m_current); !ok) {
        setMessage(ok.error().message, true);
        return;
    }
    recordChange({{QStringLiteral("activeProfile"), m_current}}, tr("active connection profile changed"));
    const QString name = m_current;
    reloadList(name);
    emit profilesChanged();
    emit activeProfileChanged(name);
}

void SettingsDialog::recordChange(const QJsonObject &parameters, const QString &detail)
{
    if (!m_store)
        return;
    // Audit parameters are redacted by AuditLog; the key is never part of them anyway.
    auto r = tixsync::audit::AuditLog::record(*m_store, tixsync::audit::AuditLog::actionSettingsChange(), parameters,
        tixsync::audit::AuditLog::outcomeOk(), detail);
    if (!r)
        setMessage(r.error().message, true);
}

void SettingsDialog::testConnection()
{
    const ConnectionProfile p = formProfile();
    if (auto ok = ConnectionProfile::validateUrl(p.url); !ok) {
        m_testResult->setText(ok.error().message);
        m_testResult->setStyleSheet(QLatin1String(errorStyle));
        emit connectionTestFinished(false);
        return;
    }
    m_test->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    const QString typed = m_key->text();
    if (!typed.isEmpty()) {
        runTest(p, typed);
        return;
    }
    if (m_current.isEmpty()) {
        m_test->setEnabled(true);
        m_testResult->setText(tr("Enter the API key first."));
        m_testResult->setStyleSheet(QLatin1String(errorStyle));
        emit connectionTestFinished(false);
        return;
    }
    m_testResult->setText(tr("Reading the key from the keychain…"));
    KeychainJob *job = KeychainJob::read(m_current, this);
    connect(job, &KeychainJob::finished, this, [this, p](KeychainJob *j) {
        if (!j->result()) {
            m_test->setEnabled(true);
            m_testResult->setText(j->result().error().message);
            m_testResult->setStyleSheet(QLatin1String(errorStyle));
            emit connectionTestFinished(false);
            return;
        }
        runTest(p, *j->result());
    });
}

void SettingsDialog::runTest(const ConnectionProfile &profile, const QString &key)
{
#ifdef TIXSYNC_HAVE_TIXNGO
    m_testResult->setText(tr("Testing the connection to %1…").arg(profile.url));
    if (m_runningTest)
        m_runningTest->cancel();
    m_runningTest = tixsync::secrets::ConnectionTest::start(profile, key, this);
    connect(m_runningTest, &tixsync::secrets::ConnectionTest::finished, this,
        [this, name = profile.name, url = profile.url](tixsync::secrets::ConnectionTest *t) {
            if (t != m_runningTest)
                return; // superseded
            const bool ok = t->result().has_value();
            // It talks to TIXNGO with the key: recorded (the parameters never hold the key).
            if (m_store) {
                if (auto r
                    = tixsync::audit::AuditLog::record(*m_store, tixsync::audit::AuditLog::actionConnectionTest(),
                        {{QStringLiteral("profile"), name}, {QStringLiteral("url"), url}},
                        ok ? tixsync::audit::AuditLog::outcomeOk() : tixsync::audit::AuditLog::outcomeError(),
                        t->summary());
                    !r)
                    setMessage(r.error().message, true);
            }
            m_testResult->setText((ok ? QStringLiteral("\u2713 ") : QStringLiteral("\u2717 ")) + t->summary());
            m_testResult->setStyleSheet(QLatin1String(ok ? okStyle : errorStyle));
            m_test->setEnabled(true);
            t->deleteLater();
            emit connectionTestFinished(ok);
        });
#else
    Q_UNUSED(profile);
    Q_UNUSED(key);
    m_test->setEnabled(true);
    emit connectionTestFinished(false);
#endif
}

void SettingsDialog::saveDatabase()
{
    const QString location = m_database->text().trimmed();
    if (auto ok = m_profiles->setDatabaseLocation(location); !ok) {
        m_databaseMessage->setText(ok.error().message);
        m_databaseMessage->setStyleSheet(QLatin1String(errorStyle));
        return;
    }
    m_profiles->setRefreshSeconds(m_refresh->value());
    recordChange(
        {{QStringLiteral("databaseLocation"), location.isEmpty() ? tixsync::Store::defaultLocation() : location},
            {QStringLiteral("refreshSeconds"), m_refresh->value()}},
        tr("database location changed (applies on restart)"));
    m_databaseMessage->setText(tr("Saved. TixSync uses this database from its next start."));
    m_databaseMessage->setStyleSheet(QLatin1String(okStyle));
}

void SettingsDialog::chooseDatabaseFile()
{
    auto *dialog = new QFileDialog(this, tr("SQLite database file"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->setNameFilter(tr("SQLite databases (*.sqlite *.db)"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { m_database->setText(file); });
    dialog->open();
}
