// SPDX-License-Identifier: GPL-3.0-or-later
// Reading one SARIF rule (reportingDescriptor).
#include "sarif_rule.h"

#include "feed_error.h"
#include "feed_text.h"
#include "json_record_reader.h"
#include "sarif_fields.h"

namespace closeloop {

using nlohmann::json;

SarifRule SarifRule::fromJson(const json& r, const std::string& place)
{
    if (!r.is_object())
        throw FeedError(place, "expected a rule object");
    SarifRule rule;
    const std::string* id = js::optString(r, "id", place);
    if (!id || id->empty())
        throw FeedError(sarif::child(place, "id"), "a rule needs an id");
    rule.id = *id;
    rule.name = js::str(r, "name");
    rule.shortDescription = sarif::textOf(r, "shortDescription");
    rule.fullDescription = sarif::textOf(r, "fullDescription");
    rule.help = sarif::textOf(r, "help");
    rule.helpUri = js::str(r, "helpUri");
    if (const json* config = js::optObject(r, "defaultConfiguration", place)) {
        const std::string configPlace = sarif::child(place, "defaultConfiguration");
        if (const std::string* level = sarif::optWord(*config, "level", configPlace))
            rule.defaultLevel = sarif::levelSeverity(*level, sarif::child(configPlace, "level"));
    }
    if (const json* props = js::optObject(r, "properties", place)) {
        const std::string propsPlace = sarif::child(place, "properties");
        rule.securitySeverity = sarif::securitySeverity(*props, propsPlace);
        sarif::idsFromProperties(props, rule.cwes, rule.cves);
        rule.confidence = sarif::confidenceWord(js::str(*props, "precision"));
        if (rule.confidence.empty())
            rule.confidence = sarif::confidenceWord(js::str(*props, "confidence"));
        sarif::cvssFrom(props, rule.cvssScore, rule.cvssVector);
        // Grype: a rule per vulnerability and package, with that package's purl.
        if (const json* purls = js::find(*props, "purls"); purls && purls->is_array() && purls->size() == 1)
            rule.purl = js::str(&(*purls)[0]);
        sarif::referencesFrom(js::find(*props, "references"), rule.references);
    }
    if (const json* rel = js::find(r, "relationships"); rel && rel->is_array()) {
        for (const auto& e : *rel) {
            if (const json* target = js::find(e, "target"))
                sarif::cweFromTaxon(*target, rule.cwes);
        }
    }
    cvesIn(rule.id, rule.cves);
    // Trivy and Grype help text opens with "Vulnerability CVE-...".
    cvesIn(sarif::lineAfter(rule.help, "Vulnerability "), rule.cves);
    sarif::referencesFrom(js::find(r, "helpUri"), rule.references);
    sarif::referencesFrom(js::path(r, {"help", "text"}), rule.references); // Dockle: help is a bare link
    if (const json* ms = js::find(r, "messageStrings"); ms && ms->is_object())
        rule.messageStrings = *ms;
    return rule;
}

} // namespace closeloop
