#include "migrations.h"

namespace tixsync {

namespace {
// Version 1: events, tickets (S-360 side plus the TIXNGO side as last known), TIXNGO history,
// S-360 status history, and a key/value table for settings that belong to the database.
Migration v1()
{
    return {1, QStringLiteral("events and tickets"),
        {
            QStringLiteral(R"(CREATE TABLE events (
            event_id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            event_type TEXT NOT NULL DEFAULT '',
            host_team TEXT NOT NULL DEFAULT '',
            opposing_team TEXT NOT NULL DEFAULT '',
            group_name TEXT NOT NULL DEFAULT '',
            season TEXT NOT NULL DEFAULT '',
            start_time TEXT NOT NULL,
            end_time TEXT NOT NULL DEFAULT '',
            duration_minutes INTEGER NOT NULL DEFAULT 0,
            site TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            address_line1 TEXT NOT NULL DEFAULT '',
            address_line2 TEXT NOT NULL DEFAULT '',
            address_line3 TEXT NOT NULL DEFAULT '',
            country_code TEXT NOT NULL DEFAULT '',
            region TEXT NOT NULL DEFAULT '',
            zip TEXT NOT NULL DEFAULT '',
            latitude DOUBLE PRECISION NOT NULL DEFAULT 0,
            longitude DOUBLE PRECISION NOT NULL DEFAULT 0,
            website TEXT NOT NULL DEFAULT '',
            time_zone TEXT NOT NULL DEFAULT ''
        ))"),
            QStringLiteral(R"(CREATE TABLE tickets (
            ticket_id TEXT PRIMARY KEY,
            ticket_number TEXT NOT NULL,
            file_number TEXT NOT NULL DEFAULT '',
            event_id TEXT NOT NULL REFERENCES events(event_id),
            barcode TEXT NOT NULL DEFAULT '',
            product_kind TEXT NOT NULL DEFAULT 'TICKET',
            product_code TEXT NOT NULL DEFAULT '',
            product_name TEXT NOT NULL DEFAULT '',
            product_family TEXT NOT NULL DEFAULT '',
            sales_channel TEXT NOT NULL DEFAULT '',
            tariff TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL DEFAULT '',
            price DOUBLE PRECISION NOT NULL DEFAULT 0,
            currency TEXT NOT NULL DEFAULT '',
            seat_gate TEXT NOT NULL DEFAULT '',
            seat_area TEXT NOT NULL DEFAULT '',
            seat_block TEXT NOT NULL DEFAULT '',
            seat_row TEXT NOT NULL DEFAULT '',
            seat_number TEXT NOT NULL DEFAULT '',
            entrance TEXT NOT NULL DEFAULT '',
            contact_title TEXT NOT NULL DEFAULT '',
            contact_first_name TEXT NOT NULL DEFAULT '',
            contact_last_name TEXT NOT NULL DEFAULT '',
            contact_email TEXT NOT NULL DEFAULT '',
            holder_title TEXT NOT NULL DEFAULT '',
            holder_first_name TEXT NOT NULL DEFAULT '',
            holder_last_name TEXT NOT NULL DEFAULT '',
            holder_email TEXT NOT NULL DEFAULT '',
            holder_gender TEXT NOT NULL DEFAULT '',
            holder_birth_date TEXT NOT NULL DEFAULT '',
            holder_id_number TEXT NOT NULL DEFAULT '',
            holder_country_code TEXT NOT NULL DEFAULT '',
            holder_birth_region TEXT NOT NULL DEFAULT '',
            holder_birth_place TEXT NOT NULL DEFAULT '',
            shipment_mode TEXT NOT NULL DEFAULT '',
            s360_status TEXT NOT NULL,
            s360_reason TEXT NOT NULL DEFAULT '',
            s360_status_changed_at TEXT NOT NULL DEFAULT '',
            controlled_at TEXT NOT NULL DEFAULT '',
            issued_at TEXT NOT NULL DEFAULT '',
            tixngo_status TEXT NOT NULL DEFAULT '',
            tixngo_owner_first_name TEXT NOT NULL DEFAULT '',
            tixngo_owner_last_name TEXT NOT NULL DEFAULT '',
            tixngo_owner_email TEXT NOT NULL DEFAULT '',
            tixngo_initial_owner TEXT NOT NULL DEFAULT '',
            tixngo_previous_owner TEXT NOT NULL DEFAULT '',
            tixngo_holder_first_name TEXT NOT NULL DEFAULT '',
            tixngo_holder_last_name TEXT NOT NULL DEFAULT '',
            tixngo_deletion_reason TEXT NOT NULL DEFAULT '',
            tixngo_controlled INTEGER NOT NULL DEFAULT 0,
            tixngo_updated_at TEXT NOT NULL DEFAULT '',
            last_sync_at TEXT NOT NULL DEFAULT '',
            injected_at TEXT NOT NULL DEFAULT ''
        ))"),
            QStringLiteral("CREATE INDEX tickets_event ON tickets(event_id, s360_status)"),
            QStringLiteral("CREATE INDEX tickets_status ON tickets(s360_status)"),
            QStringLiteral("CREATE INDEX tickets_tixngo_status ON tickets(tixngo_status)"),
            QStringLiteral("CREATE INDEX tickets_number ON tickets(ticket_number)"),
            QStringLiteral("CREATE INDEX tickets_file ON tickets(file_number)"),
            QStringLiteral("CREATE INDEX tickets_barcode ON tickets(barcode)"),
            QStringLiteral(R"(CREATE TABLE tixngo_history (
            id {{AUTOID}},
            ticket_id TEXT NOT NULL,
            status TEXT NOT NULL,
            at TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT ''
        ))"),
            QStringLiteral("CREATE INDEX tixngo_history_ticket ON tixngo_history(ticket_id, at)"),
            QStringLiteral(R"(CREATE TABLE s360_status_changes (
            id {{AUTOID}},
            ticket_id TEXT NOT NULL,
            status TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT ''
        ))"),
            QStringLiteral("CREATE INDEX s360_status_changes_ticket ON s360_status_changes(ticket_id, at)"),
            QStringLiteral(R"(CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ))"),
        }};
}

// Version 2: ticket templates with versions (models/template). A template is a name; each save
// adds a version with its JSON body, who saved it (OS user), when (RFC 3339) and a comment.
Migration v2()
{
    return {2, QStringLiteral("ticket templates"),
        {
            QStringLiteral(R"(CREATE TABLE templates (
            id {{AUTOID}},
            name TEXT NOT NULL UNIQUE
        ))"),
            QStringLiteral(R"(CREATE TABLE template_versions (
            id {{AUTOID}},
            template_id BIGINT NOT NULL REFERENCES templates(id),
            version INTEGER NOT NULL,
            body_json TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            comment TEXT NOT NULL DEFAULT '',
            UNIQUE (template_id, version)
        ))"),
        }};
}

// Version 3: the interface functions' bookkeeping (sync engine, models/sync): runs and their
// per-ticket ledger, processed markers, in-flight records (kill -9 safety), watermarks, the
// feedback pagination key, leases, schedules, skip lists, custom parameters and privilege
// definitions. Times are RFC 3339 text; lease expiry is epoch seconds so that it compares
// portably.
Migration v3()
{
    return {3, QStringLiteral("sync runs, ledger, leases and schedules"),
        {
            QStringLiteral(R"(CREATE TABLE sync_runs (
            id {{AUTOID}},
            function TEXT NOT NULL,
            organizer TEXT NOT NULL DEFAULT '',
            started_at TEXT NOT NULL,
            ended_at TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL DEFAULT 'RUNNING',
            selected INTEGER NOT NULL DEFAULT 0,
            succeeded INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,
            parameters TEXT NOT NULL DEFAULT '{}',
            error_code TEXT NOT NULL DEFAULT '',
            error_text TEXT NOT NULL DEFAULT '',
            dry_run INTEGER NOT NULL DEFAULT 0,
            holder TEXT NOT NULL DEFAULT '',
            actor TEXT NOT NULL DEFAULT ''
        ))"),
            QStringLiteral("CREATE INDEX sync_runs_function ON sync_runs(function, organizer, id)"),
            QStringLiteral(R"(CREATE TABLE sync_run_tickets (
            id {{AUTOID}},
            run_id INTEGER NOT NULL,
            ticket_id TEXT NOT NULL,
            action TEXT NOT NULL,
            payload_hash TEXT NOT NULL DEFAULT '',
            payload_size INTEGER NOT NULL DEFAULT 0,
            payload TEXT NOT NULL DEFAULT '',
            result TEXT NOT NULL,
            error_code TEXT NOT NULL DEFAULT '',
            error_class TEXT NOT NULL DEFAULT '',
            error_message TEXT NOT NULL DEFAULT '',
            s360_before TEXT NOT NULL DEFAULT '',
            s360_after TEXT NOT NULL DEFAULT '',
            tixngo_before TEXT NOT NULL DEFAULT '',
            tixngo_after TEXT NOT NULL DEFAULT ''
        ))"),
            QStringLiteral("CREATE INDEX sync_run_tickets_run ON sync_run_tickets(run_id, ticket_id)"),
            QStringLiteral("CREATE INDEX sync_run_tickets_ticket ON sync_run_tickets(ticket_id)"),
            QStringLiteral(R"(CREATE TABLE sync_processed (
            function TEXT NOT NULL,
            ticket_id TEXT NOT NULL,
            processed_at TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            run_id INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (function, ticket_id)
        ))"),
            QStringLiteral(R"(CREATE TABLE sync_in_flight (
            function TEXT NOT NULL,
            ticket_id TEXT NOT NULL,
            run_id INTEGER NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            payload_hash TEXT NOT NULL DEFAULT '',
            sent_at TEXT NOT NULL,
            PRIMARY KEY (function, ticket_id)
        ))"),
            QStringLiteral(R"(CREATE TABLE sync_open_errors (
            function TEXT NOT NULL,
            ticket_id TEXT NOT NULL,
            run_id INTEGER NOT NULL,
            error_code TEXT NOT NULL DEFAULT '',
            error_class TEXT NOT NULL DEFAULT '',
            error_message TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            PRIMARY KEY (function, ticket_id)
        ))"),
            QStringLiteral(R"(CREATE TABLE sync_watermarks (
            function TEXT NOT NULL,
            organizer TEXT NOT NULL,
            last_ok_at TEXT NOT NULL,
            run_id INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (function, organizer)
        ))"),
            QStringLiteral(R"(CREATE TABLE sync_feedback_keys (
            organizer TEXT PRIMARY KEY,
            pagination_key TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ))"),
            QStringLiteral(R"(CREATE TABLE sync_leases (
            function TEXT NOT NULL,
            organizer TEXT NOT NULL,
            holder TEXT NOT NULL,
            expires_at BIGINT NOT NULL,
            PRIMARY KEY (function, organizer)
        ))"),
            QStringLiteral(R"(CREATE TABLE sync_schedules (
            function TEXT NOT NULL,
            organizer TEXT NOT NULL,
            mode TEXT NOT NULL DEFAULT 'MANUAL',
            frequency_minutes INTEGER NOT NULL DEFAULT 5,
            start_at TEXT NOT NULL DEFAULT '',
            end_at TEXT NOT NULL DEFAULT '',
            options TEXT NOT NULL DEFAULT '{}',
            last_started_at TEXT NOT NULL DEFAULT '',
            last_ended_at TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (function, organizer)
        ))"),
            QStringLiteral(R"(CREATE TABLE sync_skip_lists (
            function TEXT NOT NULL,
            entry TEXT NOT NULL,
            added_at TEXT NOT NULL,
            PRIMARY KEY (function, entry)
        ))"),
            QStringLiteral(R"(CREATE TABLE sync_custom_parameters (
            function TEXT PRIMARY KEY,
            text TEXT NOT NULL
        ))"),
            QStringLiteral(R"(CREATE TABLE sync_privilege_definitions (
            product_code TEXT PRIMARY KEY,
            definition_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ))"),
        }};
}

// Version 4: the append-only audit log (models/audit). Times as epoch milliseconds (filters,
// order) and RFC 3339 text (people). The database refuses UPDATE and DELETE on the table.
Migration v4()
{
    return {4, QStringLiteral("audit log"),
        {
            QStringLiteral(R"(CREATE TABLE audit_log (
            id {{AUTOID}},
            at_ms BIGINT NOT NULL,
            at TEXT NOT NULL,
            operator TEXT NOT NULL,
            os_user TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            parameters TEXT NOT NULL DEFAULT '{}',
            outcome TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT ''
        ))"),
            QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at_ms)"),
            QStringLiteral("CREATE INDEX audit_log_action ON audit_log(action, at_ms)"),
            QStringLiteral("{{SQLITE}}CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            QStringLiteral("{{SQLITE}}CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            QStringLiteral("{{POSTGRES}}CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                           "$$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$"),
            QStringLiteral("{{POSTGRES}}CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
                           "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"),
            QStringLiteral("{{POSTGRES}}CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                           "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"),
        }};
}

// Version 5: products with their injection settings (models/import, models/sync): the comfort
// variables S-360 sets on a product (TIXAct, TIXStart, TIXExp, TIXRGrp, rule TPL-9) as the text
// the organizer wrote, and the season dates that start_of_season / end_of_season stand for
// (yyyy-MM-dd, empty = not set). A product is the product_code of its tickets.
Migration v5()
{
    return {5, QStringLiteral("product comfort variables and season dates"),
        {
            QStringLiteral(R"(CREATE TABLE products (
            product_code TEXT PRIMARY KEY,
            tix_act TEXT NOT NULL DEFAULT '',
            tix_start TEXT NOT NULL DEFAULT '',
            tix_exp TEXT NOT NULL DEFAULT '',
            tix_rgrp TEXT NOT NULL DEFAULT '',
            season_start TEXT NOT NULL DEFAULT '',
            season_end TEXT NOT NULL DEFAULT ''
        ))"),
        }};
}

// Version 6 (models/sync): the template variables of each injected ticket in the run ledger
// (custom parameter dumpTnPRvariables, capped like the payload dumps), and contact distributions
// (enableTicketDistributionToCulturalContact, rule FB-10): contacts matched by e-mail (stored
// lower-case, unique: never duplicated) and one distribution entry per transfer of a ticket,
// PENDING → CONFIRMED or CANCELLED.
Migration v6()
{
    return {6, QStringLiteral("ledger variable dumps and contact distributions"),
        {
            QStringLiteral("ALTER TABLE sync_run_tickets ADD COLUMN variables TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(R"(CREATE TABLE contacts (
            id {{AUTOID}},
            email TEXT NOT NULL UNIQUE,
            first_name TEXT NOT NULL DEFAULT '',
            last_name TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ))"),
            QStringLiteral(R"(CREATE TABLE contact_distributions (
            id {{AUTOID}},
            ticket_id TEXT NOT NULL,
            status TEXT NOT NULL,
            from_email TEXT NOT NULL DEFAULT '',
            contact_id INTEGER NOT NULL DEFAULT 0,
            recipient_email TEXT NOT NULL DEFAULT '',
            tixngo_status TEXT NOT NULL DEFAULT '',
            run_id INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ))"),
            QStringLiteral("CREATE INDEX contact_distributions_ticket ON contact_distributions(ticket_id, id)"),
        }};
}
} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        v1(),
        v2(), // ticket templates (models/template)
        v3(), // sync engine (models/sync)
        v4(), // audit log (models/audit)
        v5(), // product comfort variables (models/import, models/sync)
        v6(), // ledger variable dumps, contact distributions (models/sync)
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace tixsync
