// SPDX-License-Identifier: GPL-3.0-or-later
// Triage decisions over one finding or a selection of many: assign an owner
// or assignee, set a status with a reason, add a note. Each decision is one
// change set: the before and after value of every field it changed, one
// audit entry carrying a digest of those rows, all in one transaction. Undo
// is a new change set that restores the before values of the fields nobody
// has changed since.
#pragma once

#include "store/store_writer.h"
#include "util/clock.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace closeloop {

enum class TriageField { Owner, Assignee, Status };

struct TriageChange
{
    TriageField field = TriageField::Status;
    std::string value;  // new owner/assignee (may be empty to clear) or status
};

struct TriageRequest
{
    std::vector<std::int64_t> findingIds;
    std::vector<TriageChange> changes; // may be empty when only a note is added
    std::string note;                  // added to every finding when not empty
    std::string reason;                // required for a status change
    std::string actor;
    std::string role = "analyst";
};

struct TriagePreview
{
    std::int64_t selected = 0;  // ids that exist
    std::int64_t changing = 0;  // findings at least one field of which would change
    std::int64_t missing = 0;   // ids given that are not findings
};

struct TriageResult
{
    std::int64_t changeSetId = 0;   // 0 when nothing changed
    std::int64_t findingsChanged = 0;
    std::int64_t notesAdded = 0;
    std::int64_t notesRemoved = 0;  // undo of a change set that added notes
    std::int64_t conflicts = 0;     // undo: fields changed again since, left alone
};

class TriageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The statuses an analyst may set by hand; the others (reopened,
// resolved_verified, suppressed) come from imports and verification.
const std::vector<std::string>& manualStatuses();
bool isKnownStatus(std::string_view status);

class TriageService
{
public:
    explicit TriageService(StoreWriter& writer, const Clock& clock = systemClock()) : m_writer(writer), m_clock(clock) {}

    // How many findings the request would change, before it is made.
    TriagePreview preview(const TriageRequest& request);
    // Throws TriageError for a bad request (unknown status, no reason, no
    // actor, nothing to do); StoreError if the workspace fails.
    TriageResult apply(const TriageRequest& request);
    // Restores what change set id changed. Throws TriageError when it does
    // not exist, was undone already, or is itself an undo.
    TriageResult undo(std::int64_t changeSetId, const std::string& actor);
    // The newest change set of this actor that can still be undone.
    std::optional<std::int64_t> lastUndoable(const std::string& actor);

private:
    StoreWriter& m_writer;
    const Clock& m_clock;
};

} // namespace closeloop
