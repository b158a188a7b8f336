<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>CaseOwnershipPanel</name>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="35" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CaseVocabulary</name>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="12" />
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="13" />
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="14" />
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="15" />
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="16" />
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="19" />
        <source>Unrated</source>
        <translation>Unbewertet</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="24" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="25" />
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="26" />
        <source>Triaged</source>
        <translation>Gesichtet</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="27" />
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="28" />
        <location filename="../ui/case/case_vocabulary.cpp" line="44" />
        <source>False positive</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="29" />
        <source>Accepted risk (exception)</source>
        <translation>Risiko akzeptiert (Ausnahme)</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="30" />
        <source>Pending verification</source>
        <translation>Nachweis ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="31" />
        <source>Resolved (verified)</source>
        <translation>Behoben (nachgewiesen)</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="32" />
        <source>Suppressed by the source</source>
        <translation>Von der Quelle unterdrückt</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="40" />
        <source>Fixed and verified</source>
        <translation>Behoben und nachgewiesen</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="42" />
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="46" />
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="52" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="53" />
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="54" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="55" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="61" />
        <source>Deploy</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="62" />
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="63" />
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="69" />
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="70" />
        <source>Backup</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="71" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="73" />
        <source>Operations lead</source>
        <translation>Betriebsleitung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="79" />
        <source>CVE</source>
        <translation>CVE</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="80" />
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="81" />
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="82" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="83" />
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="84" />
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="85" />
        <source>Cloud resource</source>
        <translation>Cloud-Ressource</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="86" />
        <source>File path (CODEOWNERS)</source>
        <translation>Dateipfad (CODEOWNERS)</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="87" />
        <source>Set by hand</source>
        <translation>Manuell gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="93" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="93" />
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="106" />
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>FilterEdit</name>
    <message>
        <location filename="../ui/main/core_bridge.cpp" line="45" />
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
</context>
<context>
    <name>closeloop</name>
    <message>
        <location filename="../ui/main/core_bridge.cpp" line="117" />
        <source>Catalog loaded: %1 entities; %2 findings mapped to a service, %3 unowned.</source>
        <translation>Katalog geladen: %1 Entitäten; %2 Befunde einem Dienst zugeordnet, %3 nicht zugeordnet.</translation>
    </message>
    <message>
        <location filename="../ui/main/core_bridge.cpp" line="121" />
        <source>The catalog was not loaded; the previous one stays in force.</source>
        <translation>Der Katalog wurde nicht geladen; der bisherige bleibt in Kraft.</translation>
    </message>
    <message>
        <location filename="../ui/main/core_bridge.cpp" line="143" />
        <source>%1 of %2 file(s) not loaded; what was loaded before stays in force.</source>
        <translation>%1 von %2 Datei(en) nicht geladen; was zuvor geladen wurde, bleibt in Kraft.</translation>
    </message>
</context>
<context>
    <name>closeloop::CaseBusinessPanel</name>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="78" />
        <source>No business context: the finding is not mapped to a service of the catalog.</source>
        <translation>Kein geschäftlicher Kontext: Der Befund ist keinem Dienst des Katalogs zugeordnet.</translation>
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="79" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="80" />
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="81" />
        <source>Customer-facing</source>
        <translation>Für Kunden zugänglich</translation>
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="82" />
        <source>Internet-facing</source>
        <translation>Aus dem Internet erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="83" />
        <source>Data classes</source>
        <translation>Datenklassen</translation>
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="84" />
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="85" />
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="86" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="87" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="88" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="89" />
        <source>Catalog file</source>
        <translation>Katalogdatei</translation>
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="90" />
        <source>PII</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="91" />
        <source>Deprecated</source>
        <translation>Abgekündigt</translation>
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="106" />
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../ui/case/case_business_panel.cpp" line="129" />
        <source>review in the next maintenance window</source>
        <translation>im nächsten Wartungsfenster prüfen</translation>
    </message>
</context>
<context>
    <name>closeloop::CaseExposurePanel</name>
    <message>
        <location filename="../ui/case/case_exposure_panel.cpp" line="56" />
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../ui/case/case_exposure_panel.cpp" line="57" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/case/case_exposure_panel.cpp" line="58" />
        <source>Locations</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../ui/case/case_exposure_panel.cpp" line="59" />
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <location filename="../ui/case/case_exposure_panel.cpp" line="60" />
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../ui/case/case_exposure_panel.cpp" line="61" />
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case/case_exposure_panel.cpp" line="62" />
        <location filename="../ui/case/case_exposure_panel.cpp" line="97" />
        <source>Open for %n day(s)</source>
        <translation><numerusform>Seit %n Tag offen</numerusform><numerusform>Seit %n Tagen offen</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/case/case_exposure_panel.cpp" line="84" />
        <source>and more</source>
        <translation>und weitere</translation>
    </message>
</context>
<context>
    <name>closeloop::CaseOwnershipPanel</name>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="92" />
        <source>No repository, image, host, cloud resource or file path of this finding matches an entry of the service catalog or a CODEOWNERS rule.</source>
        <translation>Weder Repository noch Image, Host, Cloud-Ressource oder Dateipfad dieses Befunds passen zu einem Eintrag des Dienstkatalogs oder einer CODEOWNERS-Regel.</translation>
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="98" />
        <source>Unowned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="101" />
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="102" />
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="103" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="104" />
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="105" />
        <source>Mapped by</source>
        <translation>Zugeordnet über</translation>
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="106" />
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="107" />
        <source>CODEOWNERS</source>
        <translation>CODEOWNERS</translation>
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="108" />
        <source>Escalation chain</source>
        <translation>Eskalationskette</translation>
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="109" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="109" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="109" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="135" />
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="135" />
        <location filename="../ui/case/case_ownership_panel.cpp" line="157" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="137" />
        <source>Nothing to match on: the finding names no asset or file.</source>
        <translation>Nichts zum Abgleichen: Der Befund nennt weder ein Asset noch eine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="138" />
        <source>Looked up, without a match:</source>
        <translation>Ohne Treffer gesucht:</translation>
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="149" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/case/case_ownership_panel.cpp" line="151" />
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
</context>
<context>
    <name>closeloop::CaseSimilarPanel</name>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="85" />
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="85" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="85" />
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="85" />
        <source>Same</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="85" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="85" />
        <source>Fixed in</source>
        <translation>Behoben in</translation>
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="85" />
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="86" />
        <source>Days from first seen to resolved</source>
        <translation>Tage vom ersten Auftreten bis zur Behebung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="87" />
        <source>Apply a decision to similar…</source>
        <translation>Entscheidung auf ähnliche anwenden…</translation>
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="88" />
        <source>Choose a status, owner or note and apply it to these similar findings in one step</source>
        <translation>Status, Verantwortlichen oder Notiz wählen und in einem Schritt auf diese ähnlichen Befunde anwenden</translation>
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="95" />
        <source>No similar findings: nothing else shares this CVE, rule or package.</source>
        <translation>Keine ähnlichen Befunde: Kein anderer Befund hat dieselbe CVE, Regel oder dasselbe Paket.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case/case_similar_panel.cpp" line="100" />
        <source>%n fixed and verified (median %1 days)</source>
        <translation><numerusform>%n behoben und nachgewiesen (Median %1 Tage)</numerusform><numerusform>%n behoben und nachgewiesen (Median %1 Tage)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case/case_similar_panel.cpp" line="102" />
        <source>%n fixed and verified</source>
        <translation><numerusform>%n behoben und nachgewiesen</numerusform><numerusform>%n behoben und nachgewiesen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case/case_similar_panel.cpp" line="105" />
        <source>%n exception(s)</source>
        <translation><numerusform>%n Ausnahme</numerusform><numerusform>%n Ausnahmen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case/case_similar_panel.cpp" line="107" />
        <source>%n false positive(s)</source>
        <translation><numerusform>%n Fehlalarm</numerusform><numerusform>%n Fehlalarme</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case/case_similar_panel.cpp" line="109" />
        <source>%n open</source>
        <translation><numerusform>%n offen</numerusform><numerusform>%n offen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case/case_similar_panel.cpp" line="110" />
        <location filename="../ui/case/case_similar_panel.cpp" line="111" />
        <source>%n similar</source>
        <translation><numerusform>%n ähnlicher</numerusform><numerusform>%n ähnliche</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="111" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/case/case_similar_panel.cpp" line="113" />
        <source>Showing the first %1.</source>
        <translation>Die ersten %1 werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>closeloop::CaseSummaryPanel</name>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="120" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="121" />
        <source>CVSS</source>
        <translation>CVSS</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="122" />
        <location filename="../ui/case/case_summary_panel.cpp" line="133" />
        <source>Known exploited</source>
        <translation>Bekannt ausgenutzt</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="123" />
        <source>Required action</source>
        <translation>Erforderliche Maßnahme</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="124" />
        <source>EPSS</source>
        <translation>EPSS</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="125" />
        <source>CVEs</source>
        <translation>CVEs</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="126" />
        <source>CWEs</source>
        <translation>CWEs</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="127" />
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="128" />
        <source>Package URL</source>
        <translation>Paket-URL</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="129" />
        <source>Fixed in</source>
        <translation>Behoben in</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="130" />
        <source>Remediation</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="131" />
        <source>Detected by</source>
        <translation>Erkannt von</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="132" />
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="145" />
        <source>Untitled finding</source>
        <translation>Befund ohne Titel</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="152" />
        <source>Finding #%1</source>
        <translation>Befund #%1</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="161" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="174" />
        <source>Added to the CISA KEV catalog on %1</source>
        <translation>Am %1 in den CISA-KEV-Katalog aufgenommen</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="175" />
        <source>remediation due %1</source>
        <translation>Behebung fällig bis %1</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="176" />
        <source>known use in ransomware campaigns</source>
        <translation>bekannter Einsatz in Ransomware-Kampagnen</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="180" />
        <location filename="../ui/case/case_summary_panel.cpp" line="182" />
        <source>Listed in the CISA KEV catalog</source>
        <translation>Im CISA-KEV-Katalog gelistet</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="192" />
        <source>%1% chance of exploitation in the next 30 days; higher than %2% of scored CVEs</source>
        <translation>%1 % Wahrscheinlichkeit einer Ausnutzung in den nächsten 30 Tagen; höher als bei %2 % der bewerteten CVEs</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="194" />
        <source>%1% chance of exploitation in the next 30 days</source>
        <translation>%1 % Wahrscheinlichkeit einer Ausnutzung in den nächsten 30 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="197" />
        <source>Scored on %1</source>
        <translation>Bewertet am %1</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="211" />
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <location filename="../ui/case/case_summary_panel.cpp" line="212" />
        <source>%1, rule %2</source>
        <translation>%1, Regel %2</translation>
    </message>
</context>
<context>
    <name>closeloop::CaseView</name>
    <message>
        <location filename="../ui/case/case_view.cpp" line="174" />
        <source>Select a finding to see its case</source>
        <translation>Wählen Sie einen Befund aus, um seinen Fall zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="175" />
        <location filename="../ui/case/case_view.cpp" line="185" />
        <location filename="../ui/case/case_view.cpp" line="188" />
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="176" />
        <source>Ownership and escalation</source>
        <translation>Zuständigkeit und Eskalation</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="177" />
        <source>Business context</source>
        <translation>Geschäftlicher Kontext</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="178" />
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="179" />
        <source>Recent changes</source>
        <translation>Letzte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="180" />
        <source>Similar findings</source>
        <translation>Ähnliche Befunde</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="181" />
        <location filename="../ui/case/case_view.cpp" line="186" />
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="182" />
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="183" />
        <source>Raw source</source>
        <translation>Rohdaten der Quelle</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="184" />
        <source>No changes recorded in the 14 days before first seen</source>
        <translation>Keine Änderungen in den 14 Tagen vor dem ersten Auftreten erfasst</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="185" />
        <location filename="../ui/case/case_view.cpp" line="188" />
        <location filename="../ui/case/case_view.cpp" line="190" />
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="185" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="185" />
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="185" />
        <location filename="../ui/case/case_view.cpp" line="190" />
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="187" />
        <source>No fingerprint inputs recorded.</source>
        <translation>Keine Eingaben für den Fingerabdruck erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="188" />
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="188" />
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="189" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="190" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="191" />
        <source>The source did not keep a raw record.</source>
        <translation>Die Quelle hat keinen Rohdatensatz aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="323" />
        <source>No events recorded.</source>
        <translation>Keine Ereignisse erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="324" />
        <source>Showing the latest %1 of %2 events.</source>
        <translation>Die neuesten %1 von %2 Ereignissen werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>closeloop::CollapsibleSection</name>
    <message>
        <location filename="../ui/case/collapsible_section.cpp" line="84" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/case/collapsible_section.cpp" line="86" />
        <source>Expanded; press Space to fold</source>
        <translation>Ausgeklappt; zum Einklappen die Leertaste drücken</translation>
    </message>
    <message>
        <location filename="../ui/case/collapsible_section.cpp" line="86" />
        <source>Folded; press Space to expand</source>
        <translation>Eingeklappt; zum Ausklappen die Leertaste drücken</translation>
    </message>
</context>
<context>
    <name>closeloop::FilterEdit</name>
    <message>
        <location filename="../ui/queue/filter_edit.cpp" line="67" />
        <source>Filter: fields such as severity:critical, kev:yes, owner:team, status:new, epss&gt;0.5, first_seen&lt;2026-10-01, free text in quotes; - negates. Press Down for suggestions.</source>
        <translation>Filter: Felder wie severity:critical, kev:yes, owner:team, status:new, epss&gt;0.5, first_seen&lt;2026-10-01, freier Text in Anführungszeichen; - verneint. Die Pfeiltaste nach unten zeigt Vorschläge.</translation>
    </message>
</context>
<context>
    <name>closeloop::FindingTableModel</name>
    <message>
        <source>Critical</source>
        <translation type="vanished">Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation type="vanished">Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="vanished">Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="vanished">Niedrig</translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="vanished">Info</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation type="vanished">Unbewertet</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="vanished">Neu</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="vanished">Wieder geöffnet</translation>
    </message>
    <message>
        <source>Gone from scan, pending verification</source>
        <translation type="vanished">Nicht mehr im Scan, Nachweis ausstehend</translation>
    </message>
    <message>
        <source>Resolved (verified)</source>
        <translation type="vanished">Behoben (nachgewiesen)</translation>
    </message>
    <message>
        <source>Suppressed by the source</source>
        <translation type="vanished">Von der Quelle unterdrückt</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="vanished">Schweregrad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="vanished">Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="vanished">Asset</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="vanished">Ort</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="vanished">Werkzeug</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="vanished">Regel</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="vanished">Zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>closeloop::MainWindow</name>
    <message>
        <location filename="../ui/main/main_window.cpp" line="242" />
        <source>Import scanner feeds</source>
        <translation>Scanner-Ergebnisse importieren</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="243" />
        <source>Scanner feeds (*.json *.sarif *.xml *.csv *.golden);;All files (*)</source>
        <translation>Scanner-Ergebnisse (*.json *.sarif *.xml *.csv *.golden);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="247" />
        <source>Open or create a workspace</source>
        <translation>Arbeitsbereich öffnen oder anlegen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="248" />
        <source>Closeloop workspace (*.sqlite)</source>
        <translation>Closeloop-Arbeitsbereich (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="273" />
        <source>About Closeloop</source>
        <translation>Über Closeloop</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="274" />
        <source>&lt;h3&gt;Closeloop %1&lt;/h3&gt;&lt;p&gt;From a flood of security findings to closed exposure: ingest, decide, act, verify, measure.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Closeloop %1&lt;/h3&gt;&lt;p&gt;Von der Flut an Sicherheitsbefunden zum geschlossenen Risiko: einlesen, entscheiden, handeln, nachweisen, messen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import feeds…</source>
        <translation type="vanished">Ergebnisse &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="370" />
        <source>Import scanner feeds; the format is recognized from the content (Ctrl+I)</source>
        <translation>Scanner-Ergebnisse importieren; das Format wird am Inhalt erkannt (Strg+I)</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="vanished">Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="80" />
        <source>The query failed: %1</source>
        <translation>Die Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="102" />
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="264" />
        <source>Service catalog (*.yaml *.yml *.json CODEOWNERS);;All files (*)</source>
        <translation>Dienstkatalog (*.yaml *.yml *.json CODEOWNERS);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="266" />
        <source>Change log (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>Änderungsprotokoll (*.jsonl *.ndjson *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="267" />
        <source>CISA KEV catalog (*.json);;All files (*)</source>
        <translation>CISA-KEV-Katalog (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="268" />
        <source>EPSS scores (*.csv *.csv.gz);;All files (*)</source>
        <translation>EPSS-Werte (*.csv *.csv.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="326" />
        <source>Moving around</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="326" />
        <source>Triage (on the selected findings)</source>
        <translation>Triage (für die ausgewählten Befunde)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="327" />
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="369" />
        <source>&amp;Import Feeds…</source>
        <translation>Ergebnisse &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="371" />
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="372" />
        <source>Load Service &amp;Catalog…</source>
        <translation>Dienst&amp;katalog laden…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="373" />
        <source>Load C&amp;hange Log…</source>
        <translation>Än&amp;derungsprotokoll laden…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="374" />
        <source>Load CISA &amp;KEV…</source>
        <translation>CISA-KE&amp;V laden…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="375" />
        <source>Load &amp;EPSS Scores…</source>
        <translation>&amp;EPSS-Werte laden…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="376" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="377" />
        <source>&amp;About Closeloop</source>
        <translation>Ü&amp;ber Closeloop</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="378" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="379" />
        <source>&amp;Filter…</source>
        <translation>&amp;Filter…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="380" />
        <source>Next finding</source>
        <translation>Nächster Befund</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="381" />
        <source>Previous finding</source>
        <translation>Vorheriger Befund</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="382" />
        <source>Open the case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="383" />
        <source>Back to the queue</source>
        <translation>Zurück zur Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="384" />
        <source>&amp;Save View…</source>
        <translation>Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="385" />
        <source>Save the filter, columns and sort as a view (Ctrl+S)</source>
        <translation>Filter, Spalten und Sortierung als Ansicht speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="386" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="387" />
        <source>Reset &amp;Columns</source>
        <translation>Spalten &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="389" />
        <source>Show saved view 1–9</source>
        <translation>Gespeicherte Ansicht 1–9 anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="390" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="391" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="392" />
        <source>&amp;Triage</source>
        <translation>&amp;Triage</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="393" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="394" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="395" />
        <source>Import log</source>
        <translation>Importprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="396" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="397" />
        <source>Filter: severity:critical kev:yes owner:team-payments "free text"   (/ to focus, Down for suggestions)</source>
        <translation>Filter: severity:critical kev:yes owner:team-payments "freier Text"   (/ zum Fokussieren, Pfeiltaste nach unten für Vorschläge)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="399" />
        <source>Closeloop</source>
        <translation>Closeloop</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="399" />
        <source>%1 — Closeloop</source>
        <translation>%1 — Closeloop</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="413" />
        <location filename="../ui/main/main_window.cpp" line="849" />
        <source>Import running</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="413" />
        <source>Wait for the running import to finish or cancel it.</source>
        <translation>Warten Sie, bis der laufende Import fertig ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="442" />
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="443" />
        <source>%1 could not be opened:
%2</source>
        <translation>%1 konnte nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="449" />
        <source>Workspace %1</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="462" />
        <source>Saved views could not be read: %1</source>
        <translation>Gespeicherte Ansichten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="563" />
        <location filename="../ui/main/main_window.cpp" line="581" />
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="563" />
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="586" />
        <source>Saved the view "%1".</source>
        <translation>Ansicht „%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="593" />
        <source>Delete View</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="593" />
        <source>Delete the view "%1"?</source>
        <translation>Ansicht „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="636" />
        <source>The case could not be read: %1</source>
        <translation>Der Fall konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="764" />
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="768" />
        <source>%1 finding(s)</source>
        <translation><numerusform>%1 Befund</numerusform><numerusform>%1 Befunde</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="769" />
        <source>%1+ findings</source>
        <translation>%1+ Befunde</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="771" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="773" />
        <source>Findings matching the filter; time until the first rows showed</source>
        <translation>Befunde, die zum Filter passen; Zeit bis zur Anzeige der ersten Zeilen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="782" />
        <source>Loading %n file(s)…</source>
        <translation><numerusform>Lade %n Datei…</numerusform><numerusform>Lade %n Dateien…</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="792" />
        <source>Loaded with warnings</source>
        <translation>Mit Warnungen geladen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="792" />
        <source>Nothing was loaded</source>
        <translation>Es wurde nichts geladen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="812" />
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="812" />
        <source>Open a workspace before importing.</source>
        <translation>Öffnen Sie vor dem Import einen Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="816" />
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="849" />
        <source>An import is running. Cancel it and quit? Nothing of the file being imported is stored.</source>
        <translation>Ein Import läuft. Abbrechen und beenden? Von der gerade importierten Datei wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>No workspace open.</source>
        <translation type="vanished">Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="vanished">Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation type="vanished">Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="vanished">Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="vanished">Niedrig</translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="vanished">Info</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation type="vanished">Unbewertet</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation type="vanished">
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation type="vanished">Schweregrad: %1</translation>
    </message>
    <message>
        <source>   CVSS %1</source>
        <translation type="vanished">   CVSS %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="vanished">Status: %1</translation>
    </message>
    <message>
        <source>Tool: %1 %2</source>
        <translation type="vanished">Werkzeug: %1 %2</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation type="vanished">Regel: %1</translation>
    </message>
    <message>
        <source>Asset: %1</source>
        <translation type="vanished">Asset: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="vanished">Datei: %1</translation>
    </message>
    <message>
        <source>Package: %1 %2</source>
        <translation type="vanished">Paket: %1 %2</translation>
    </message>
    <message>
        <source>Fixed in: %1</source>
        <translation type="vanished">Behoben in: %1</translation>
    </message>
    <message>
        <source>First seen: %1   Last seen: %2</source>
        <translation type="vanished">Zuerst gesehen: %1   Zuletzt gesehen: %2</translation>
    </message>
    <message>
        <source>Remediation: %1</source>
        <translation type="vanished">Behebung: %1</translation>
    </message>
    <message>
        <source>Fingerprint %1, from:</source>
        <translation type="vanished">Fingerabdruck %1, gebildet aus:</translation>
    </message>
    <message>
        <source>Cannot read the finding: %1</source>
        <translation type="vanished">Der Befund kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="868" />
        <source>Importing %n file(s)…</source>
        <translation><numerusform>Importiere %n Datei…</numerusform><numerusform>Importiere %n Dateien…</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="875" />
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importiere %1 (%2 von %3)…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="901" />
        <source>Import finished: %1 imported, %2 unchanged, %3 rejected, %4 cancelled</source>
        <translation>Import beendet: %1 importiert, %2 unverändert, %3 abgelehnt, %4 abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="908" />
        <source>Some feeds were not imported</source>
        <translation>Einige Dateien wurden nicht importiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="909" />
        <source>%n file(s) could not be imported. Nothing of them was stored.</source>
        <translation><numerusform>%n Datei konnte nicht importiert werden. Nichts davon wurde gespeichert.</numerusform><numerusform>%n Dateien konnten nicht importiert werden. Nichts davon wurde gespeichert.</numerusform></translation>
    </message>
</context>
<context>
    <name>closeloop::QueueModel</name>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="290" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="311" />
        <location filename="../ui/queue/queue_model.cpp" line="388" />
        <source>KEV</source>
        <translation>KEV</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="314" />
        <source>Unowned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_model.cpp" line="331" />
        <source>%n day(s)</source>
        <translation><numerusform>%n Tag</numerusform><numerusform>%n Tage</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="340" />
        <source>No catalog entry matched this finding's asset</source>
        <translation>Kein Katalogeintrag passt zum Asset dieses Befunds</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="343" />
        <source>Known exploited (CISA KEV)</source>
        <translation>Bekannt ausgenutzt (CISA KEV)</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="372" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="373" />
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="374" />
        <source>Triaged</source>
        <translation>Gesichtet</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="375" />
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="376" />
        <source>False positive</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="377" />
        <source>Accepted risk</source>
        <translation>Risiko akzeptiert</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="378" />
        <source>Pending verification</source>
        <translation>Nachweis ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="379" />
        <source>Fixed, verified</source>
        <translation>Behoben, nachgewiesen</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="380" />
        <source>Suppressed</source>
        <translation>Unterdrückt</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="387" />
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="389" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="390" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="391" />
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="392" />
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="393" />
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="394" />
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="395" />
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="396" />
        <source>Fixed in</source>
        <translation>Behoben in</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="397" />
        <source>CVE</source>
        <translation>CVE</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="398" />
        <source>EPSS</source>
        <translation>EPSS</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="399" />
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="400" />
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="401" />
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="402" />
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="403" />
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="404" />
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="405" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>closeloop::ReferenceList</name>
    <message>
        <location filename="../ui/case/reference_list.cpp" line="100" />
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/case/reference_list.cpp" line="101" />
        <source>Copy this reference</source>
        <translation>Diese Referenz kopieren</translation>
    </message>
    <message>
        <location filename="../ui/case/reference_list.cpp" line="102" />
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/case/reference_list.cpp" line="103" />
        <source>Open in the web browser</source>
        <translation>Im Webbrowser öffnen</translation>
    </message>
</context>
<context>
    <name>closeloop::ShortcutSheet</name>
    <message>
        <location filename="../ui/main/shortcut_sheet.cpp" line="16" />
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/main/shortcut_sheet.cpp" line="20" />
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../ui/main/shortcut_sheet.cpp" line="20" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>closeloop::TriageActions</name>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="65" />
        <source>Mark &amp;Triaged…</source>
        <translation>Als &amp;gesichtet markieren…</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="66" />
        <source>Mark &amp;In Progress…</source>
        <translation>Als &amp;in Arbeit markieren…</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="67" />
        <source>Mark &amp;False Positive…</source>
        <translation>Als &amp;Fehlalarm markieren…</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="68" />
        <source>&amp;Accept Risk…</source>
        <translation>&amp;Risiko akzeptieren…</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="69" />
        <source>Mark Fixed, &amp;Verify…</source>
        <translation>Als behoben markieren, &amp;Nachweis abwarten…</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="70" />
        <source>Assign to &amp;Me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="71" />
        <source>Assign to &amp;Person…</source>
        <translation>Einer &amp;Person zuweisen…</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="72" />
        <source>Assign &amp;Owner…</source>
        <translation>&amp;Verantwortlichen zuweisen…</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="73" />
        <source>Add &amp;Note…</source>
        <translation>Notiz &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="74" />
        <source>Apply to &amp;Similar Findings…</source>
        <translation>Auf ähnliche Befunde an&amp;wenden…</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="134" />
        <source>Nothing changed: the findings already were that way.</source>
        <translation>Nichts geändert: Die Befunde hatten diesen Stand bereits.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_actions.cpp" line="136" />
        <source>Changed %n finding(s). Ctrl+Z undoes it.</source>
        <translation><numerusform>%n Befund geändert. Strg+Z macht es rückgängig.</numerusform><numerusform>%n Befunde geändert. Strg+Z macht es rückgängig.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="157" />
        <source>Assigned to you. Ctrl+Z undoes it.</source>
        <translation>Ihnen zugewiesen. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="157" />
        <source>Already assigned to you.</source>
        <translation>Bereits Ihnen zugewiesen.</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="188" />
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_actions.cpp" line="193" />
        <source>Undone: %n finding(s) restored.</source>
        <translation><numerusform>Rückgängig gemacht: %n Befund wiederhergestellt.</numerusform><numerusform>Rückgängig gemacht: %n Befunde wiederhergestellt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_actions.cpp" line="195" />
        <source>%n field(s) changed since were left alone.</source>
        <translation><numerusform>%n seitdem geändertes Feld wurde belassen.</numerusform><numerusform>%n seitdem geänderte Felder wurden belassen.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="204" />
        <source>&amp;Undo Last Triage Decision</source>
        <translation>Letzte Triage-Entscheidung &amp;rückgängig machen</translation>
    </message>
</context>
<context>
    <name>closeloop::TriageDialog</name>
    <message numerus="yes">
        <location filename="../ui/triage/triage_dialog.cpp" line="33" />
        <source>Set Status of %n Finding(s)</source>
        <translation><numerusform>Status von %n Befund setzen</numerusform><numerusform>Status von %n Befunden setzen</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="37" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="39" />
        <source>Why (required, kept in the audit trail)</source>
        <translation>Warum (Pflichtangabe, wird im Prüfprotokoll festgehalten)</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="40" />
        <location filename="../ui/triage/triage_dialog.cpp" line="52" />
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_dialog.cpp" line="44" />
        <source>Assign Owner to %n Finding(s)</source>
        <translation><numerusform>Verantwortlichen für %n Befund festlegen</numerusform><numerusform>Verantwortlichen für %n Befunde festlegen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_dialog.cpp" line="45" />
        <source>Assign %n Finding(s)</source>
        <translation><numerusform>%n Befund zuweisen</numerusform><numerusform>%n Befunde zuweisen</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="47" />
        <source>Team, e.g. group:default/team-payments</source>
        <translation>Team, z. B. group:default/team-payments</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="48" />
        <source>Person; empty to unassign</source>
        <translation>Person; leer lassen, um die Zuweisung aufzuheben</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="49" />
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="49" />
        <source>&amp;Assignee:</source>
        <translation>B&amp;earbeiter:</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="51" />
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_dialog.cpp" line="55" />
        <source>Add a Note to %n Finding(s)</source>
        <translation><numerusform>Notiz zu %n Befund hinzufügen</numerusform><numerusform>Notiz zu %n Befunden hinzufügen</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="60" />
        <source>The note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="60" />
        <source>Optional note</source>
        <translation>Optionale Notiz</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="62" />
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="71" />
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_dialog.cpp" line="171" />
        <source>%n finding(s) selected</source>
        <translation><numerusform>%n Befund ausgewählt</numerusform><numerusform>%n Befunde ausgewählt</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_dialog.cpp" line="172" />
        <source>%n will change</source>
        <translation><numerusform>%n wird geändert</numerusform><numerusform>%n werden geändert</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_dialog.cpp" line="174" />
        <source>%n no longer exist</source>
        <translation><numerusform>%n existiert nicht mehr</numerusform><numerusform>%n existieren nicht mehr</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="177" />
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Sie können dies mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_dialog.cpp" line="180" />
        <source>Cannot preview: %1</source>
        <translation>Keine Vorschau möglich: %1</translation>
    </message>
</context>
<context>
    <name>closeloop::ViewList</name>
    <message>
        <location filename="../ui/views/view_list.cpp" line="73" />
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <location filename="../ui/views/view_list.cpp" line="98" />
        <source>Every finding</source>
        <translation>Alle Befunde</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/view_list.cpp" line="112" />
        <source>%1, %n finding(s)</source>
        <translation><numerusform>%1, %n Befund</numerusform><numerusform>%1, %n Befunde</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/views/view_list.cpp" line="148" />
        <source>Delete View</source>
        <translation>Ansicht löschen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="41" />
        <source>Closeloop security findings console</source>
        <translation>Closeloop, die Konsole für Sicherheitsbefunde</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="44" />
        <source>Workspace database.</source>
        <translation>Datenbank des Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="47" />
        <source>Open the demo workspace (created on first use).</source>
        <translation>Den Demo-Arbeitsbereich öffnen (wird beim ersten Mal angelegt).</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="50" />
        <source>Feeds to import.</source>
        <translation>Zu importierende Dateien.</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="61" />
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_main.cpp" line="62" />
        <source>The demo workspace could not be created:
%1</source>
        <translation>Der Demo-Arbeitsbereich konnte nicht angelegt werden:
%1</translation>
    </message>
</context>
</TS>