// SPDX-License-Identifier: GPL-3.0-or-later
// The few core calls the window makes, with Qt types on the window's side:
// the filter language (check and complete), the case context, similar
// findings, and loading context files.
#pragma once

#include "queue/filter_edit.h"
#include "store/database.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <optional>

namespace closeloop {

class StoreWriter;

// reader (may be null) lets the compiler size terms and pick the plan that
// shows a first page fastest; typing makes the last word a prefix.
FilterCheck checkFilter(const QString& text, const QString& currentUser, Database* reader = nullptr, bool typing = false);
// valuesDb: a reader connection for field values (owners, services, tools);
// may be null.
FilterSuggestions completeFilter(const QString& text, int cursor, Database* valuesDb);

std::optional<nlohmann::json> loadCaseContext(Database& db, std::int64_t findingId);
// Findings like this one (same CVE, else rule, else package) that are still open.
std::vector<std::int64_t> similarOpenFindings(Database& db, std::int64_t findingId);

enum class ContextKind { Catalog, ChangeLog, Kev, Epss };
struct ContextLoadOutcome
{
    bool ok = false;
    QString summary;   // one line for the status bar
    QString details;   // errors or warnings, one per line
};
// Runs on the calling thread (the window calls it off the GUI thread).
ContextLoadOutcome loadContextFiles(StoreWriter& writer, ContextKind kind, const QStringList& files, const QString& actor);

} // namespace closeloop
