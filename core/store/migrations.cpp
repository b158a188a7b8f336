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

constexpr const char* Migrations[] = {V1, V2, V3};
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
