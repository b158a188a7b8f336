// SPDX-License-Identifier: GPL-3.0-or-later
#include "change_log_loader.h"

#include "feeds/feed_error.h"
#include "ingest/feed_import.h"
#include "intel_line_reader.h"
#include "util/ascii_text.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <vector>

namespace closeloop {

using nlohmann::json;

namespace {

constexpr int MaxDepth = 16;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A word such as deploy, commit, config, feature-flag.
bool isKind(std::string_view s)
{
    if (s.empty() || s.size() > 32)
        return false;
    for (char c : s) {
        if (!((c >= 'a' && c <= 'z') || isDigit(c) || c == '-' || c == '_'))
            return false;
    }
    return true;
}

std::string field(const json& obj, const char* key, bool required, std::size_t maxBytes, const std::string& place)
{
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) {
        if (required)
            throw FeedError(place, std::string("\"") + key + "\" is missing");
        return {};
    }
    if (!it->is_string())
        throw FeedError(place, std::string("\"") + key + "\" must be a string");
    std::string v = it->get<std::string>();
    if (required && v.empty())
        throw FeedError(place, std::string("\"") + key + "\" is empty");
    if (v.size() > maxBytes)
        throw FeedError(place, std::string("\"") + key + "\" is longer than " + std::to_string(maxBytes) + " bytes");
    return v;
}

} // namespace

std::optional<std::string> utcIsoTime(std::string_view text)
{
    // Qt alone would read a time without a zone as local time, and a date
    // alone as midnight; a change log is compared against UTC times, so both
    // are refused rather than guessed.
    const std::size_t t = text.find('T');
    if (text.size() < 17 || text.size() > 40 || t != 10)
        return std::nullopt;
    const std::string_view clock = text.substr(t + 1);
    const bool zulu = clock.back() == 'Z' || clock.back() == 'z';
    const std::size_t sign = clock.find_first_of("+-");
    if (!zulu && sign == std::string_view::npos)
        return std::nullopt;
    QString s = QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (zulu)
        s[s.size() - 1] = QLatin1Char('Z');
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

ChangeEntry ChangeEntry::parse(std::string_view line, const std::string& place)
{
    // A line is small (64 KiB at most) but could still nest deeply enough to
    // hurt later copies; nothing in a change is nested.
    auto depthGuard = [&place](int depth, json::parse_event_t, json&) {
        if (depth > MaxDepth)
            throw FeedError(place, "nesting too deep");
        return true;
    };
    json obj;
    try {
        obj = json::parse(line.begin(), line.end(), depthGuard);
    } catch (const json::parse_error& e) {
        // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error ..."
        const std::string what = e.what();
        const std::size_t col = what.find("column ");
        const std::size_t colon = col == std::string::npos ? col : what.find(": ", col);
        throw FeedError(place, "invalid JSON at column " + std::to_string(e.byte) + ": " +
                                   (colon == std::string::npos ? what : what.substr(colon + 2)));
    }
    if (!obj.is_object())
        throw FeedError(place, "expected a JSON object");
    ChangeEntry e;
    const std::string time = field(obj, "time", true, 64, place);
    const auto at = utcIsoTime(time);
    if (!at)
        throw FeedError(place, "\"time\" \"" + time + "\" is not an ISO 8601 date and time with a zone "
                                                       "(e.g. 2026-11-02T14:05:00Z)");
    e.at = *at;
    e.service = asciiLower(field(obj, "service", true, 256, place));
    e.kind = asciiLower(field(obj, "kind", true, 32, place));
    if (!isKind(e.kind))
        throw FeedError(place, "\"kind\" \"" + e.kind + "\" is not a word such as deploy, commit or config");
    e.reference = field(obj, "reference", false, 512, place);
    e.author = field(obj, "author", false, 256, place);
    e.summary = field(obj, "summary", false, 4096, place);
    return e;
}

nlohmann::json ChangeLogReport::toJson() const
{
    return {{"kind", "changes"}, {"file", file},       {"sha256", sha256},         {"load_id", loadId},
            {"entries", entries}, {"added", added},    {"duplicates", duplicates}, {"seconds", seconds}};
}

std::string ChangeLogReport::summary() const
{
    return file + ": loaded " + std::to_string(entries) + " changes: " + std::to_string(added) + " new, " +
           std::to_string(duplicates) + " already known";
}

ChangeLogReport ChangeLogLoader::load(const std::string& path, const ContextLoadOptions& options)
{
    const auto started = std::chrono::steady_clock::now();
    ChangeLogReport report;
    report.file = path;
    report.sha256 = fileSha256(path);
    ByteSource src = ByteSource::fromFile(path);
    if (src.size() > MaxFileBytes)
        throw FeedError({}, "larger than " + std::to_string(MaxFileBytes >> 20) + " MiB: not a change log");
    std::vector<ChangeEntry> entries;
    LineReader lines(src, MaxLineBytes);
    std::string line;
    while (lines.next(line)) {
        if (line.find_first_not_of(" \t") == std::string::npos)
            continue;
        entries.push_back(ChangeEntry::parse(line, lines.place()));
    }
    if (entries.empty())
        throw FeedError(lines.place(), "no changes in the file");
    report.entries = std::int64_t(entries.size());

    const ContextLoadRecord load{.kind = "changes", .filePath = path, .sha256 = report.sha256, .count = report.entries};
    report.loadId = storeContextLoad(m_writer, options, load, [&](Database& db, ContextLoadRecord& rec) {
        auto ins = db.prepare("INSERT OR IGNORE INTO change_log (at, service, kind, reference, author, summary,"
                              " source_file) VALUES (?,?,?,?,?,?,?)");
        for (const ChangeEntry& e : entries) {
            ins.bind(1, e.at).bind(2, e.service).bind(3, e.kind).bind(4, e.reference).bind(5, e.author);
            ins.bind(6, e.summary).bind(7, path);
            ins.exec();
            report.added += db.changes();
        }
        report.duplicates = report.entries - report.added;
        rec.meta = {{"added", report.added}, {"duplicates", report.duplicates}};
        rec.audit = rec.meta;
    });
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

} // namespace closeloop
