#include "storage/Migrations.h"

// The schema, one released step at a time. Conventions, chosen so the same
// tables can move to PostgreSQL later:
// - timestamps are INTEGER seconds since the Unix epoch, UTC (bigint there);
// - booleans are INTEGER 0/1 with a CHECK;
// - enums are the stable text codes of model/Codes.h and rules/Deadline.h. Only
//   ContactKind has a CHECK: the other code lists will grow, and SQLite cannot
//   change a CHECK without rebuilding the table;
// - "id INTEGER PRIMARY KEY" is SQLite's rowid alias (bigint generated identity
//   there). Triggers (v3) are SQLite syntax; PostgreSQL needs a trigger function.
// PRAGMA user_version is written by Database, inside each step's transaction.
// Steps run with foreign keys on: a future step that rebuilds a table (SQLite's
// way to change a column) must take that into account.

namespace rd {

namespace {

QList<MigrationStep> buildSteps()
{
    QList<MigrationStep> steps;

    steps.append(MigrationStep{
        1,
        QStringLiteral("contacts, domains and their related rows, pending actions, history"),
        {
            QStringLiteral("CREATE TABLE contacts ("
                           " id INTEGER PRIMARY KEY,"
                           " handle TEXT NOT NULL UNIQUE,"
                           " kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),"
                           " name TEXT,"
                           " organisation TEXT,"
                           " street1 TEXT,"
                           " street2 TEXT,"
                           " street3 TEXT,"
                           " city TEXT,"
                           " province TEXT,"
                           " postcode TEXT,"
                           " country_code TEXT,"
                           " email TEXT,"
                           " voice TEXT,"
                           " mobile TEXT,"
                           " vat TEXT,"
                           " identity_document TEXT,"
                           " verification TEXT NOT NULL DEFAULT 'unverified',"
                           " notes TEXT,"
                           " created_at INTEGER,"
                           " updated_at INTEGER)"),
            QStringLiteral(
                "CREATE TABLE domains ("
                " id INTEGER PRIMARY KEY,"
                " a_label TEXT NOT NULL UNIQUE,"
                " u_label TEXT NOT NULL,"
                " roid TEXT,"
                " registrant_id INTEGER REFERENCES contacts (id) ON DELETE RESTRICT,"
                " created_at INTEGER,"
                " expires_at INTEGER,"
                " auto_renew INTEGER NOT NULL DEFAULT 0 CHECK (auto_renew IN (0, 1)),"
                " owner_conf INTEGER NOT NULL DEFAULT 0 CHECK (owner_conf IN (0, 1)),"
                " arbitration INTEGER NOT NULL DEFAULT 0 CHECK (arbitration IN (0, 1)),"
                " registry_lock INTEGER NOT NULL DEFAULT 0 CHECK (registry_lock IN (0, 1)),"
                " programme TEXT NOT NULL DEFAULT 'none',"
                " notes TEXT,"
                " updated_at INTEGER)"),
            // EPP status values (RFC 5731 section 2.3), in the order the registry sent them.
            QStringLiteral("CREATE TABLE domain_statuses ("
                           " domain_id INTEGER NOT NULL REFERENCES domains (id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " status TEXT NOT NULL,"
                           " PRIMARY KEY (domain_id, position))"),
            // Tech contacts: .PT v2 has no admin or billing contacts.
            QStringLiteral("CREATE TABLE domain_contacts ("
                           " domain_id INTEGER NOT NULL REFERENCES domains (id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " contact_id INTEGER NOT NULL REFERENCES contacts (id)"
                           " ON DELETE RESTRICT,"
                           " PRIMARY KEY (domain_id, position))"),
            QStringLiteral("CREATE TABLE name_servers ("
                           " id INTEGER PRIMARY KEY,"
                           " domain_id INTEGER NOT NULL REFERENCES domains (id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " host TEXT NOT NULL,"
                           " UNIQUE (domain_id, position))"),
            // Glue (RFC 5731 hostAttr/hostAddr).
            QStringLiteral("CREATE TABLE name_server_addresses ("
                           " name_server_id INTEGER NOT NULL REFERENCES name_servers (id)"
                           " ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " address TEXT NOT NULL,"
                           " PRIMARY KEY (name_server_id, position))"),
            // RFC 5910 DS data interface.
            QStringLiteral("CREATE TABLE ds_records ("
                           " domain_id INTEGER NOT NULL REFERENCES domains (id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " key_tag INTEGER NOT NULL,"
                           " algorithm INTEGER NOT NULL,"
                           " digest_type INTEGER NOT NULL,"
                           " digest TEXT NOT NULL,"
                           " PRIMARY KEY (domain_id, position))"),
            // Actions and history outlive nothing: a domain with either cannot be deleted.
            QStringLiteral("CREATE TABLE actions ("
                           " id INTEGER PRIMARY KEY,"
                           " domain_id INTEGER NOT NULL REFERENCES domains (id) ON DELETE RESTRICT,"
                           " kind TEXT NOT NULL,"
                           " state TEXT NOT NULL,"
                           " new_holder_handle TEXT,"
                           " assignee TEXT,"
                           " notes TEXT,"
                           " outcome TEXT)"),
            QStringLiteral("CREATE TABLE action_steps ("
                           " action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,"
                           " seq INTEGER NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " at INTEGER NOT NULL,"
                           " agent TEXT,"
                           " note TEXT,"
                           " PRIMARY KEY (action_id, seq))"),
            QStringLiteral("CREATE TABLE history ("
                           " id INTEGER PRIMARY KEY,"
                           " domain_id INTEGER NOT NULL REFERENCES domains (id) ON DELETE RESTRICT,"
                           " at INTEGER NOT NULL,"
                           " agent TEXT NOT NULL,"
                           " event TEXT NOT NULL,"
                           " detail TEXT)"),
        },
    });

    steps.append(MigrationStep{
        2,
        QStringLiteral("next deadline kept on the domain row; indexes for lookups and paging"),
        {
            // Filled by PortfolioService; NULL when the domain has no deadline.
            QStringLiteral("ALTER TABLE domains ADD COLUMN next_due INTEGER"),
            QStringLiteral("ALTER TABLE domains ADD COLUMN next_kind TEXT"),
            // Serves DomainRepository::pageByNextDue's keyset paging.
            QStringLiteral("CREATE INDEX domains_next_due ON domains (next_due, a_label)"),
            QStringLiteral("CREATE INDEX domains_registrant ON domains (registrant_id)"),
            // Lets a contact delete check its references without a scan.
            QStringLiteral("CREATE INDEX domain_contacts_contact ON domain_contacts (contact_id)"),
            QStringLiteral("CREATE INDEX actions_domain ON actions (domain_id)"),
            QStringLiteral("CREATE INDEX history_domain_at ON history (domain_id, at)"),
        },
    });

    steps.append(MigrationStep{
        3,
        QStringLiteral("append-only history; shared settings"),
        {
            QStringLiteral("CREATE TRIGGER history_no_update BEFORE UPDATE ON history"
                           " BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"),
            QStringLiteral("CREATE TRIGGER history_no_delete BEFORE DELETE ON history"
                           " BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"),
            // Settings every desk sharing this file must agree on (alert thresholds).
            QStringLiteral("CREATE TABLE settings ("
                           " key TEXT NOT NULL PRIMARY KEY,"
                           " value TEXT)"),
        },
    });

    steps.append(MigrationStep{
        4,
        QStringLiteral("registry sync: when each record was last checked against the registry"),
        {
            // NULL: never compared with the registry (added by hand or imported).
            QStringLiteral("ALTER TABLE domains ADD COLUMN last_synced INTEGER"),
            // What the last refresh found: 'active' (ours at the registry),
            // 'gone' (2303: deleted, or never there), 'elsewhere' (another
            // registrar sponsors it: transferred away). Flagged, never deleted.
            QStringLiteral("ALTER TABLE domains ADD COLUMN registry_state TEXT"),
            QStringLiteral("ALTER TABLE domains ADD COLUMN sponsor TEXT"),
            QStringLiteral("ALTER TABLE contacts ADD COLUMN last_synced INTEGER"),
            // One row per refresh; an unfinished one is resumed: the domains
            // still to do are those not synced since it started.
            QStringLiteral("CREATE TABLE sync_runs ("
                           " id INTEGER PRIMARY KEY,"
                           " started_at INTEGER NOT NULL,"
                           " finished_at INTEGER,"
                           " scope TEXT NOT NULL,"
                           " checked INTEGER NOT NULL DEFAULT 0,"
                           " changed INTEGER NOT NULL DEFAULT 0,"
                           " flagged INTEGER NOT NULL DEFAULT 0,"
                           " failed INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX domains_last_synced ON domains (last_synced)"),
        },
    });

    steps.append(MigrationStep{
        5,
        QStringLiteral("drafts: changes prepared for the registry, and what became of them"),
        {
            // state: draft (not sent), sending (written to the registry, no
            // answer recorded yet), unknown (sent, answer lost), done, failed.
            // A draft in sending or unknown is checked with info before
            // anything is sent again.
            QStringLiteral("CREATE TABLE drafts ("
                           " id INTEGER PRIMARY KEY,"
                           " domain_id INTEGER NOT NULL REFERENCES domains (id) ON DELETE RESTRICT,"
                           " kind TEXT NOT NULL,"
                           " value TEXT NOT NULL,"
                           " state TEXT NOT NULL,"
                           " created_at INTEGER NOT NULL,"
                           " agent TEXT NOT NULL,"
                           " sent_at INTEGER,"
                           " cl_trid TEXT,"
                           " sv_trid TEXT,"
                           " result TEXT)"),
            QStringLiteral("CREATE INDEX drafts_domain ON drafts (domain_id)"),
        },
    });

    steps.append(MigrationStep{
        6,
        QStringLiteral("imports: each batch and what it changed, so the last can be undone"),
        {
            // state: done, undoing (only inside the unit of work that undoes it), undone.
            QStringLiteral("CREATE TABLE import_batches ("
                           " id INTEGER PRIMARY KEY,"
                           " kind TEXT NOT NULL,"
                           " source TEXT,"
                           " at INTEGER NOT NULL,"
                           " agent TEXT NOT NULL,"
                           " added INTEGER NOT NULL DEFAULT 0,"
                           " updated INTEGER NOT NULL DEFAULT 0,"
                           " state TEXT NOT NULL DEFAULT 'done',"
                           " undone_at INTEGER)"),
            // Records the batch added, as runs of consecutive ids (before IS NULL),
            // or one record it updated with its values from before (JSON).
            QStringLiteral(
                "CREATE TABLE import_items ("
                " batch_id INTEGER NOT NULL REFERENCES import_batches (id)"
                " ON DELETE CASCADE,"
                " record_kind TEXT NOT NULL CHECK (record_kind IN ('domain', 'contact')),"
                " first_id INTEGER NOT NULL,"
                " last_id INTEGER NOT NULL,"
                " before TEXT)"),
            QStringLiteral("CREATE INDEX import_items_batch ON import_items (batch_id)"),
            // History stays append-only, with one exception: undoing an import
            // removes the domains it added, and a domain's history goes with it
            // (history rows hold their domain). Only while that batch is undoing.
            QStringLiteral("DROP TRIGGER history_no_delete"),
            QStringLiteral(
                "CREATE TRIGGER history_no_delete BEFORE DELETE ON history"
                " WHEN NOT EXISTS (SELECT 1 FROM import_items i"
                " JOIN import_batches b ON b.id = i.batch_id"
                " WHERE b.state = 'undoing' AND i.record_kind = 'domain' AND i.before IS NULL"
                " AND OLD.domain_id BETWEEN i.first_id AND i.last_id)"
                " BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"),
        },
    });

    return steps;
}

} // namespace

const QList<MigrationStep>& migrationSteps()
{
    static const QList<MigrationStep> steps = buildSteps();
    return steps;
}

} // namespace rd
