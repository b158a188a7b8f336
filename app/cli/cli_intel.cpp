// SPDX-License-Identifier: GPL-3.0-or-later
// closeloop-cli intel load kev|epss FILE and changes load FILE: the offline
// threat intelligence and the change log behind the case view.
#include "cli_support.h"

#include "context/change_log_loader.h"
#include "context/intel_loader.h"
#include "feeds/feed_error.h"
#include "store/store_writer.h"

#include <cstdio>

namespace closeloop::cli {

namespace {

// "file:12: reason" for a line, as compilers and grep print places; other
// places (a JSON pointer, "line 3, column 9") follow the file after ": ".
void printFeedError(const std::string& file, const FeedError& e)
{
    std::string where = file;
    const std::string& place = e.place();
    const std::string prefix = "line ";
    if (place.rfind(prefix, 0) == 0 && place.find_first_not_of("0123456789", prefix.size()) == std::string::npos)
        where += ':' + place.substr(prefix.size());
    else if (!place.empty())
        where += ": " + place;
    std::fprintf(stderr, "closeloop-cli: %s: %s\n", where.c_str(), e.reason().c_str());
}

struct LoadArgs
{
    std::string file;
    bool json = false;
};

// Parses "FILE [--json]"; returns the exit code of a usage error, or -1.
int parseLoadArgs(const char* command, const std::vector<std::string>& args, std::size_t first, LoadArgs& out)
{
    for (std::size_t i = first; i < args.size(); ++i) {
        if (args[i] == "--json")
            out.json = true;
        else if (args[i].size() > 1 && args[i][0] == '-')
            return usageError(std::string(command) + ": unknown option " + args[i]);
        else if (out.file.empty())
            out.file = args[i];
        else
            return usageError(std::string(command) + ": one FILE at a time");
    }
    if (out.file.empty())
        return usageError(std::string(command) + ": no FILE given");
    return -1;
}

template<class Load>
int runLoad(const Globals& g, const LoadArgs& a, Load load)
{
    const auto writer = openWriter(g);
    if (!writer)
        return Internal;
    try {
        const auto report = load(*writer);
        if (a.json)
            printJsonLine(report.toJson());
        else
            std::printf("%s\n", report.summary().c_str());
        return Ok;
    } catch (const FeedError& e) {
        printFeedError(a.file, e);
        if (a.json)
            printJsonLine({{"file", a.file}, {"status", "rejected"}, {"place", e.place()}, {"error", e.reason()}});
        return BadInput;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "closeloop-cli: %s: could not store: %s\n", a.file.c_str(), e.what());
        return Internal;
    }
}

int cmdIntel(const Globals& g, const std::vector<std::string>& args)
{
    if (args.size() < 2 || args[0] != "load" || (args[1] != "kev" && args[1] != "epss"))
        return usageError("intel: expected 'intel load kev FILE' or 'intel load epss FILE'");
    LoadArgs a;
    if (const int rc = parseLoadArgs("intel load", args, 2, a); rc >= 0)
        return rc;
    const bool kev = args[1] == "kev";
    return runLoad(g, a, [&](StoreWriter& w) {
        IntelLoader loader(w);
        return kev ? loader.loadKev(a.file) : loader.loadEpss(a.file);
    });
}

int cmdChanges(const Globals& g, const std::vector<std::string>& args)
{
    if (args.empty() || args[0] != "load")
        return usageError("changes: expected 'changes load FILE'");
    LoadArgs a;
    if (const int rc = parseLoadArgs("changes load", args, 1, a); rc >= 0)
        return rc;
    return runLoad(g, a, [&](StoreWriter& w) { return ChangeLogLoader(w).load(a.file); });
}

const CommandRegistration intelCommand{
    "intel", cmdIntel,
    "  intel load kev FILE [--json]\n"
    "        Load the CISA KEV catalog (known_exploited_vulnerabilities.json). Replaces\n"
    "        the previous catalog and flags every finding with a listed CVE as known\n"
    "        exploited (and unflags those no longer listed). With --json one object:\n"
    "        {\"kind\",\"file\",\"sha256\",\"load_id\",\"entries\",\"version\",\"released\",\n"
    "         \"findings\":{\"findings\",\"kev_flagged\",\"kev_cleared\",\"epss_changed\"},\"seconds\"}\n"
    "  intel load epss FILE [--json]\n"
    "        Load FIRST's EPSS scores (CSV: #model_version comment, cve,epss,percentile;\n"
    "        decompress .csv.gz first). Replaces the previous scores; each finding gets\n"
    "        the highest score among its CVEs. --json as for kev.\n"
    "        Bad input changes nothing: exit 2 and FILE:LINE: reason (FILE: PLACE: reason\n"
    "        for JSON) on stderr; with --json also {\"file\",\"status\":\"rejected\",\"place\",\n"
    "        \"error\"} on stdout.\n"};

const CommandRegistration changesCommand{
    "changes", cmdChanges,
    "  changes load FILE [--json]\n"
    "        Add a change log (JSON lines: time, service, kind, reference, author,\n"
    "        summary); changes already known are skipped. With --json one object:\n"
    "        {\"kind\",\"file\",\"sha256\",\"load_id\",\"entries\",\"added\",\"duplicates\",\"seconds\"}\n"
    "        A bad line is reported as FILE:LINE: reason and nothing is stored.\n"};

} // namespace

} // namespace closeloop::cli
