// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include <string>

namespace closeloop {

namespace {

// Version 1: findings, the imports that brought them, and the audit trail.
constexpr const char* V1 = R"SQL(
CREATE TABLE imports (
    id              INTEGER PRIMARY KEY,
    file_path       TEXT NOT NULL,
    file_sha256     TEXT NOT NULL,
    file_size       INTEGER NOT NULL,
    format          TEXT NOT NULL,
    tool            TEXT NOT NULL,
    tool_version    TEXT NOT NULL DEFAULT '',
    started_at      TEXT NOT NULL,           -- ISO 8601, UTC
    finished_at     TEXT NOT NULL,
    actor           TEXT NOT NULL,
    count_findings  INTEGER NOT NULL DEFAULT 0,  -- records delivered by the feed
    count_new       INTEGER NOT NULL DEFAULT 0,
    count_updated   INTEGER NOT NULL DEFAULT 0,
    count_unchanged INTEGER NOT NULL DEFAULT 0,
    count_duplicate INTEGER NOT NULL DEFAULT 0,  -- same fingerprint twice in one file
    count_closed    INTEGER NOT NULL DEFAULT 0,
    count_reopened  INTEGER NOT NULL DEFAULT 0,
    count_rejected  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX imports_by_sha ON imports(file_sha256);

CREATE TABLE import_scopes (
    import_id INTEGER NOT NULL REFERENCES imports(id),
    tool      TEXT NOT NULL,
    target    TEXT NOT NULL,
    PRIMARY KEY (import_id, tool, target)
) WITHOUT ROWID;

CREATE TABLE findings (
    id                  INTEGER PRIMARY KEY,
    fingerprint         TEXT NOT NULL UNIQUE,
    content_hash        TEXT NOT NULL,   -- tells an updated finding from an unchanged one
    status              TEXT NOT NULL,   -- new, reopened, pending_verification, suppressed, ...
    status_changed_at   TEXT NOT NULL,
    tool                TEXT NOT NULL,
    tool_version        TEXT NOT NULL,
    scope_target        TEXT NOT NULL,
    rule_id             TEXT NOT NULL,
    cves                TEXT NOT NULL,   -- space separated
    cwes                TEXT NOT NULL,
    title               TEXT NOT NULL,
    description         TEXT NOT NULL,
    severity            INTEGER NOT NULL,  -- -1 unknown, 0 info .. 4 critical
    cvss_score          REAL,
    cvss_vector         TEXT NOT NULL,
    asset_kind          TEXT NOT NULL,
    asset               TEXT NOT NULL,
    location_file       TEXT NOT NULL,
    location_line       INTEGER NOT NULL,
    package             TEXT NOT NULL,
    package_version     TEXT NOT NULL,
    purl                TEXT NOT NULL,
    fix_version         TEXT NOT NULL,
    remediation         TEXT NOT NULL,
    refs                TEXT NOT NULL,   -- JSON array of URLs
    environment         TEXT NOT NULL,
    confidence          TEXT NOT NULL,
    source_state        TEXT NOT NULL,
    source_state_reason TEXT NOT NULL,
    first_seen          TEXT NOT NULL,
    last_seen           TEXT NOT NULL,
    first_import_id     INTEGER NOT NULL REFERENCES imports(id),
    last_import_id      INTEGER NOT NULL REFERENCES imports(id),
    fingerprint_inputs  TEXT NOT NULL,   -- JSON: family and ordered inputs
    raw                 TEXT NOT NULL
);
-- Coverage-aware closing looks findings up by tool and target.
CREATE INDEX findings_by_scope ON findings(tool, scope_target, status);

-- Hash-chained: hash = SHA-256(prev_hash || canonical JSON of the entry).
CREATE TABLE audit_log (
    id             INTEGER PRIMARY KEY,
    at             TEXT NOT NULL,
    actor          TEXT NOT NULL,
    role           TEXT NOT NULL,
    action         TEXT NOT NULL,
    object_type    TEXT NOT NULL,
    object_id      TEXT NOT NULL,
    before         TEXT NOT NULL,
    after          TEXT NOT NULL,
    reason         TEXT NOT NULL,
    policy_version TEXT NOT NULL,
    prev_hash      TEXT NOT NULL,
    hash           TEXT NOT NULL
);
)SQL";

// Version 2: VEX statements, and the severity index the queue sorts on.
constexpr const char* V2 = R"SQL(
CREATE TABLE vex_statements (
    id               INTEGER PRIMARY KEY,
    import_id        INTEGER NOT NULL REFERENCES imports(id),
    document_id      TEXT NOT NULL,
    author           TEXT NOT NULL,
    vulnerability    TEXT NOT NULL,
    products         TEXT NOT NULL,   -- JSON array of purls or product ids
    status           TEXT NOT NULL,   -- not_affected, affected, fixed, under_investigation
    justification    TEXT NOT NULL,
    impact_statement TEXT NOT NULL,
    action_statement TEXT NOT NULL,
    stated_at        TEXT NOT NULL,
    raw              TEXT NOT NULL
);
CREATE INDEX vex_by_vulnerability ON vex_statements(vulnerability);
ALTER TABLE imports ADD COLUMN count_vex INTEGER NOT NULL DEFAULT 0;
CREATE INDEX findings_by_severity ON findings(severity, id);
)SQL";

// Version 3: the EPSS score some feeds carry (Grype, ASFF), and the time the
// feed says it first saw the finding (GitHub alerts, ASFF FirstObservedAt).
constexpr const char* V3 = R"SQL(
ALTER TABLE findings ADD COLUMN epss REAL;
ALTER TABLE findings ADD COLUMN first_seen_in_feed TEXT NOT NULL DEFAULT '';
)SQL";

// Version 4: context (service catalog, ownership, change log, threat
// intelligence), the queue's triage columns and indexes, full-text search,
// notes, reversible bulk changes and saved views.
constexpr const char* V4 = R"SQL(
-- Backstage entities (Component, Resource, System, Group, User) plus our own
-- annotations; a catalog load replaces the whole set in one transaction.
CREATE TABLE catalog_entities (
    ref             TEXT PRIMARY KEY,        -- kind:namespace/name, lower case
    kind            TEXT NOT NULL,           -- component, resource, system, group, user
    name            TEXT NOT NULL,
    title           TEXT NOT NULL DEFAULT '',
    description     TEXT NOT NULL DEFAULT '',
    owner_ref       TEXT NOT NULL DEFAULT '',   -- group:default/team-payments
    system_ref      TEXT NOT NULL DEFAULT '',
    type            TEXT NOT NULL DEFAULT '',
    lifecycle       TEXT NOT NULL DEFAULT '',   -- production, experimental, deprecated
    tier            INTEGER,                 -- criticality 1 (highest) .. 4, NULL unknown
    customer_facing INTEGER,                 -- 1, 0, NULL unknown
    internet_facing INTEGER,
    data_classes    TEXT NOT NULL DEFAULT '',   -- space separated: pii pci phi ...
    environment     TEXT NOT NULL DEFAULT '',   -- prod, staging, dev ...
    email           TEXT NOT NULL DEFAULT '',
    escalation      TEXT NOT NULL DEFAULT '[]', -- JSON [{role, name, contact}], in order
    members         TEXT NOT NULL DEFAULT '[]', -- JSON refs (groups: members; users: memberOf)
    tags            TEXT NOT NULL DEFAULT '[]',
    annotations     TEXT NOT NULL DEFAULT '{}',
    source_file     TEXT NOT NULL,
    source_line     INTEGER NOT NULL,
    raw             TEXT NOT NULL            -- the document as JSON
) WITHOUT ROWID;

-- How an asset names a service: kind is repository, image, host, resource or
-- path; key is normalised (lower case, no scheme, no tag).
CREATE TABLE ownership_keys (
    kind       TEXT NOT NULL,
    key        TEXT NOT NULL,
    entity_ref TEXT NOT NULL,
    source     TEXT NOT NULL,                -- e.g. annotation github.com/project-slug
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;

-- CODEOWNERS rules in file order (the last match wins), per repository.
CREATE TABLE codeowners_rules (
    id          INTEGER PRIMARY KEY,
    repository  TEXT NOT NULL,               -- normalised repository key, '' for any
    position    INTEGER NOT NULL,
    pattern     TEXT NOT NULL,
    owners      TEXT NOT NULL,               -- space separated, as written
    source_file TEXT NOT NULL,
    source_line INTEGER NOT NULL
);

CREATE TABLE change_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,               -- ISO 8601 UTC
    service     TEXT NOT NULL,               -- catalog ref or the name as given
    kind        TEXT NOT NULL,               -- deploy, commit, ...
    reference   TEXT NOT NULL,
    author      TEXT NOT NULL,
    summary     TEXT NOT NULL,
    source_file TEXT NOT NULL,
    UNIQUE (service, at, kind, reference)
);
CREATE INDEX change_log_by_service ON change_log(service, at);

CREATE TABLE kev (
    cve             TEXT PRIMARY KEY,
    vendor          TEXT NOT NULL,
    product         TEXT NOT NULL,
    name            TEXT NOT NULL,
    date_added      TEXT NOT NULL,
    due_date        TEXT NOT NULL,
    ransomware      INTEGER NOT NULL,        -- knownRansomwareCampaignUse = Known
    required_action TEXT NOT NULL,
    notes           TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE epss_scores (
    cve           TEXT PRIMARY KEY,
    score         REAL NOT NULL,
    percentile    REAL NOT NULL,
    scored_on     TEXT NOT NULL,             -- score_date from the file's header
    model_version TEXT NOT NULL
) WITHOUT ROWID;

-- Every catalog, change log and intelligence file loaded.
CREATE TABLE context_loads (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,               -- catalog, changes, kev, epss
    file_path   TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    loaded_at   TEXT NOT NULL,
    actor       TEXT NOT NULL,
    count       INTEGER NOT NULL,
    meta        TEXT NOT NULL DEFAULT '{}'
);

-- Derived from context (rewritten whenever it changes) and from triage.
ALTER TABLE findings ADD COLUMN service TEXT NOT NULL DEFAULT '';      -- catalog ref, '' unowned
ALTER TABLE findings ADD COLUMN owner TEXT NOT NULL DEFAULT '';        -- owning group ref or name
ALTER TABLE findings ADD COLUMN owner_manual INTEGER NOT NULL DEFAULT 0; -- set by an analyst: mapping keeps it
ALTER TABLE findings ADD COLUMN ownership TEXT NOT NULL DEFAULT '';    -- JSON: what matched, or why nothing did
ALTER TABLE findings ADD COLUMN kev INTEGER NOT NULL DEFAULT 0;
ALTER TABLE findings ADD COLUMN epss_percentile REAL;
ALTER TABLE findings ADD COLUMN assignee TEXT NOT NULL DEFAULT '';
ALTER TABLE findings ADD COLUMN status_reason TEXT NOT NULL DEFAULT '';

-- The queue sorts and filters on these; each ends with id so a page is an
-- index range scan.
CREATE INDEX findings_by_status ON findings(status, severity, id);
CREATE INDEX findings_by_first_seen ON findings(first_seen, id);
CREATE INDEX findings_by_service ON findings(service, id);
CREATE INDEX findings_by_owner ON findings(owner, id);
CREATE INDEX findings_by_assignee ON findings(assignee) WHERE assignee <> '';
CREATE INDEX findings_by_kev ON findings(kev) WHERE kev = 1;
-- What an import touched, for the context it brings along (intelligence).
CREATE INDEX findings_by_last_import ON findings(last_import_id);
CREATE INDEX audit_by_object ON audit_log(object_type, object_id);

-- Free text over what an analyst searches for. External content: the import
-- adds its new rows in one statement at the end (per-row triggers are 2.6x
-- slower, see limits.md); text changes of existing rows go through triggers.
CREATE VIRTUAL TABLE findings_fts USING fts5(
    title, description, package, asset, cves, rule_id,
    content='findings', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
INSERT INTO findings_fts(rowid, title, description, package, asset, cves, rule_id)
    SELECT id, title, description, package, asset, cves, rule_id FROM findings;
CREATE TRIGGER findings_fts_update AFTER UPDATE OF title, description, package, asset, cves, rule_id ON findings
WHEN old.title IS NOT new.title OR old.description IS NOT new.description OR old.package IS NOT new.package
  OR old.asset IS NOT new.asset OR old.cves IS NOT new.cves OR old.rule_id IS NOT new.rule_id
BEGIN
    INSERT INTO findings_fts(findings_fts, rowid, title, description, package, asset, cves, rule_id)
        VALUES ('delete', old.id, old.title, old.description, old.package, old.asset, old.cves, old.rule_id);
    INSERT INTO findings_fts(rowid, title, description, package, asset, cves, rule_id)
        VALUES (new.id, new.title, new.description, new.package, new.asset, new.cves, new.rule_id);
END;
CREATE TRIGGER findings_fts_delete AFTER DELETE ON findings BEGIN
    INSERT INTO findings_fts(findings_fts, rowid, title, description, package, asset, cves, rule_id)
        VALUES ('delete', old.id, old.title, old.description, old.package, old.asset, old.cves, old.rule_id);
END;

CREATE TABLE finding_notes (
    id         INTEGER PRIMARY KEY,
    finding_id INTEGER NOT NULL REFERENCES findings(id),
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    text       TEXT NOT NULL,
    change_set INTEGER REFERENCES change_sets(id)
);
CREATE INDEX notes_by_finding ON finding_notes(finding_id, at);

-- A triage decision over one or many findings; the before values make it
-- reversible (undo writes a new change set that restores them).
CREATE TABLE change_sets (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,                 -- assign, set_status, note, undo
    reason    TEXT NOT NULL,
    count     INTEGER NOT NULL,
    undoes    INTEGER REFERENCES change_sets(id),
    undone_by INTEGER REFERENCES change_sets(id)
);
CREATE TABLE finding_changes (
    change_set INTEGER NOT NULL REFERENCES change_sets(id),
    finding_id INTEGER NOT NULL REFERENCES findings(id),
    field      TEXT NOT NULL,
    before     TEXT NOT NULL,
    after      TEXT NOT NULL,
    PRIMARY KEY (change_set, finding_id, field)
) WITHOUT ROWID;
CREATE INDEX finding_changes_by_finding ON finding_changes(finding_id);

-- Saved views: definition is JSON {filter, columns, sort}.
CREATE TABLE saved_views (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    position   INTEGER NOT NULL,
    definition TEXT NOT NULL,
    builtin    INTEGER NOT NULL DEFAULT 0
);
)SQL";

// Version 5: policy as code. The policies loaded (one active), what each
// finding was routed to and under which version, the events its SLA clocks
// are replayed from, the clocks themselves, exceptions with their
// lifecycle, roles, and notifications.
constexpr const char* V5 = R"SQL(
CREATE TABLE policies (
    version      TEXT PRIMARY KEY,           -- SHA-256 of the file's bytes
    name         TEXT NOT NULL,
    text         TEXT NOT NULL,
    source_file  TEXT NOT NULL,
    loaded_at    TEXT NOT NULL,
    loaded_by    TEXT NOT NULL,
    activated_at TEXT,                       -- last time it was switched on
    activated_by TEXT
) WITHOUT ROWID;

-- Small facts of the workspace: active_policy, last_sweep_at.
CREATE TABLE workspace_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

ALTER TABLE findings ADD COLUMN path TEXT NOT NULL DEFAULT '';           -- enforce, approve, ticket, incident, batch
ALTER TABLE findings ADD COLUMN sla_class TEXT NOT NULL DEFAULT '';
ALTER TABLE findings ADD COLUMN policy_rule TEXT NOT NULL DEFAULT '';    -- the routing rule that decided
ALTER TABLE findings ADD COLUMN policy_version TEXT NOT NULL DEFAULT '';
ALTER TABLE findings ADD COLUMN sla_due TEXT;                            -- earliest deadline of its running clocks
ALTER TABLE findings ADD COLUMN exception_id INTEGER;                    -- the active exception covering it
CREATE INDEX findings_by_sla_due ON findings(sla_due, id) WHERE sla_due IS NOT NULL;
CREATE INDEX findings_by_path ON findings(path, id);
CREATE INDEX findings_by_exception ON findings(exception_id) WHERE exception_id IS NOT NULL;

-- What happened to a finding after it was detected (first_seen), in the
-- terms the clocks are replayed from: reopened, acknowledged, contained,
-- remediated, verified, closed, paused, resumed.
CREATE TABLE finding_events (
    id         INTEGER PRIMARY KEY,
    finding_id INTEGER NOT NULL REFERENCES findings(id),
    at         TEXT NOT NULL,
    kind       TEXT NOT NULL,
    source     TEXT NOT NULL DEFAULT ''      -- e.g. import:12, change_set:4, exception:7
);
CREATE INDEX finding_events_by_finding ON finding_events(finding_id, at);

-- The four clocks of each routed finding, derived by replaying its events
-- under the active policy (rewritten whenever those change).
CREATE TABLE sla_clocks (
    finding_id         INTEGER NOT NULL REFERENCES findings(id),
    clock              TEXT NOT NULL,        -- acknowledge, contain, remediate, verify
    budget_s           INTEGER NOT NULL,
    started_at         TEXT NOT NULL,
    consumed_s         INTEGER NOT NULL,
    running_since      TEXT,                 -- NULL when paused or stopped
    due_at             TEXT,                 -- running: deadline; stopped: the deadline it had
    risk_at            TEXT,
    stopped_at         TEXT,
    escalation_level   INTEGER NOT NULL DEFAULT 0,  -- thresholds already notified
    next_escalation_at TEXT,                 -- when the next threshold is reached
    PRIMARY KEY (finding_id, clock)
) WITHOUT ROWID;
CREATE INDEX sla_clocks_by_escalation ON sla_clocks(next_escalation_at) WHERE next_escalation_at IS NOT NULL;
CREATE INDEX sla_clocks_by_due ON sla_clocks(clock, due_at) WHERE stopped_at IS NULL;

-- Risk acceptance. scope_kind: findings (the listed ones), cve or rule (every
-- finding with it, in service or, when service is '', everywhere; findings
-- that arrive later join while it is active).
CREATE TABLE exceptions (
    id                    INTEGER PRIMARY KEY,
    scope_kind            TEXT NOT NULL,
    scope_value           TEXT NOT NULL DEFAULT '',
    service               TEXT NOT NULL DEFAULT '',
    justification         TEXT NOT NULL,
    compensating_controls TEXT NOT NULL DEFAULT '',
    tier                  TEXT NOT NULL,      -- low, medium, high
    tier_rule             TEXT NOT NULL,
    state                 TEXT NOT NULL,      -- requested, active, rejected, expired, revoked, renewed
    requested_by          TEXT NOT NULL,
    requested_at          TEXT NOT NULL,
    requested_expiry      TEXT NOT NULL,
    expires_at            TEXT NOT NULL,      -- when approved: the expiry granted
    decided_by            TEXT NOT NULL DEFAULT '',
    decided_at            TEXT,
    decision_reason       TEXT NOT NULL DEFAULT '',
    ended_at              TEXT,               -- expired, revoked or renewed
    ended_by              TEXT NOT NULL DEFAULT '',
    renewal_of            INTEGER REFERENCES exceptions(id),
    reminded_days         INTEGER,            -- the last reminder sent (days ahead)
    source                TEXT NOT NULL DEFAULT 'manual',  -- manual, vex
    provenance            TEXT NOT NULL DEFAULT '{}',      -- VEX: document, author, justification, statement id
    policy_version        TEXT NOT NULL
);
CREATE INDEX exceptions_by_state_expiry ON exceptions(state, expires_at);
CREATE INDEX exceptions_by_scope ON exceptions(scope_kind, scope_value);

CREATE TABLE exception_findings (
    exception_id INTEGER NOT NULL REFERENCES exceptions(id),
    finding_id   INTEGER NOT NULL REFERENCES findings(id),
    PRIMARY KEY (exception_id, finding_id)
) WITHOUT ROWID;
CREATE INDEX exception_findings_by_finding ON exception_findings(finding_id);

-- Roles from the roles file: OS user name -> analyst, manager, auditor.
CREATE TABLE user_roles (
    user  TEXT PRIMARY KEY,
    roles TEXT NOT NULL                    -- space separated
) WITHOUT ROWID;

-- In-app notifications; each is also written to the outbox as JSON.
CREATE TABLE notifications (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    kind        TEXT NOT NULL,               -- escalation, exception_reminder, exception_expired, ...
    recipient   TEXT NOT NULL,               -- name or team
    contact     TEXT NOT NULL DEFAULT '',
    subject     TEXT NOT NULL,
    body        TEXT NOT NULL,               -- JSON
    read_at     TEXT,
    outbox_file TEXT NOT NULL DEFAULT ''     -- set once written
);
CREATE INDEX notifications_unwritten ON notifications(id) WHERE outbox_file = '';
)SQL";

constexpr const char* Migrations[] = {V1, V2, V3, V4, V5};
static_assert(std::size(Migrations) == SchemaVersion);

} // namespace

void migrate(Database& db, int target)
{
    const int current = db.userVersion();
    if (current > SchemaVersion)
        throw StoreError("the workspace was written by a newer Closeloop (schema " + std::to_string(current) +
                         ", this build knows " + std::to_string(SchemaVersion) + ")");
    for (int v = current + 1; v <= target; ++v) {
        Transaction tx(db);
        db.exec(Migrations[v - 1]);
        db.exec("PRAGMA user_version = " + std::to_string(v));
        tx.commit();
    }
}

} // namespace closeloop
