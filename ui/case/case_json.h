// SPDX-License-Identifier: GPL-3.0-or-later
// Lenient reading of the case JSON for display. The case comes from the core,
// but its values come from feeds and catalogs: any key may be missing, null or
// of an unexpected type, and none of that may throw in a paint-ready widget.
#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <utility>
#include <vector>

namespace closeloop::casejson {

// Longest text shown in one label or cell; a feed can put megabytes in a field.
inline constexpr qsizetype MaxFieldChars = 4000;
// Longest raw record shown; the rest is cut with a note.
inline constexpr std::size_t MaxRawBytes = 512 * 1024;

// The member, or a null value when obj is not an object or lacks the key.
const nlohmann::json& member(const nlohmann::json& obj, const char* key);
// Strings as they are, numbers formatted, booleans as "true"/"false", null as
// empty, arrays of scalars joined with ", ", anything else compact JSON. Cut at
// MaxFieldChars.
QString text(const nlohmann::json& value);
inline QString text(const nlohmann::json& obj, const char* key) { return text(member(obj, key)); }
// Numbers, and strings that hold a number.
std::optional<double> number(const nlohmann::json& value);
inline std::optional<double> number(const nlohmann::json& obj, const char* key) { return number(member(obj, key)); }
// A severity given as a number (-1 .. 4) or a name ("critical"); -1 unrated.
int severityOf(const nlohmann::json& obj, const char* key);
// true, non-zero numbers and the words true/yes/y/1/known; nullopt when absent
// or not recognisable, so "unknown" stays distinguishable from "no".
std::optional<bool> flag(const nlohmann::json& value);
inline std::optional<bool> flag(const nlohmann::json& obj, const char* key) { return flag(member(obj, key)); }
// A list of strings from a JSON array, a JSON string holding an array, or a
// string separated by spaces, commas or newlines. At most maxItems entries.
QStringList list(const nlohmann::json& value, int maxItems = 200);
inline QStringList list(const nlohmann::json& obj, const char* key, int maxItems = 200)
{
    return list(member(obj, key), maxItems);
}
// The elements of an array (a JSON string holding an array is parsed), at most
// maxItems; anything else gives none.
std::vector<nlohmann::json> items(const nlohmann::json& value, std::size_t maxItems);
// Whatever object or array describes the fingerprint inputs, flattened to
// name/value rows: {"family":..,"inputs":[[name,value],..]}, [{"name","value"}],
// plain objects and nested mixes. At most maxRows rows.
std::vector<std::pair<QString, QString>> nameValueRows(const nlohmann::json& value, std::size_t maxRows = 200);
// The raw record as people read it: JSON (also JSON inside a string)
// pretty-printed with two spaces, anything else as it is.
QString prettyRaw(const nlohmann::json& raw);
// How deep a case may nest; deeper parts are replaced by "…" in bounded().
inline constexpr int MaxCaseDepth = 48;
// A copy of value cut at maxDepth levels. nlohmann's copy and dump recurse, so
// a value nested a hundred thousand levels deep (which its parser accepts)
// would overflow the stack; the view keeps only bounded copies.
nlohmann::json bounded(const nlohmann::json& value, int maxDepth = MaxCaseDepth);
// A JSON dump that never throws on invalid UTF-8 from a feed.
std::string safeDump(const nlohmann::json& value, int indent = -1);

} // namespace closeloop::casejson
