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
        <location filename="../ui/case/case_vocabulary.cpp" line="14" />
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="15" />
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="16" />
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="17" />
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="18" />
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="21" />
        <source>Unrated</source>
        <translation>Unbewertet</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="26" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="27" />
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="28" />
        <source>Triaged</source>
        <translation>Gesichtet</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="29" />
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="30" />
        <source>Contained</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="31" />
        <location filename="../ui/case/case_vocabulary.cpp" line="47" />
        <source>False positive</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="32" />
        <source>Accepted risk (exception)</source>
        <translation>Risiko akzeptiert (Ausnahme)</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="33" />
        <source>Pending verification</source>
        <translation>Nachweis ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="34" />
        <source>Resolved (verified)</source>
        <translation>Behoben (nachgewiesen)</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="35" />
        <source>Suppressed by the source</source>
        <translation>Von der Quelle unterdrückt</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="43" />
        <source>Fixed and verified</source>
        <translation>Behoben und nachgewiesen</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="45" />
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="49" />
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="55" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="56" />
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="57" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="58" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="64" />
        <source>Deploy</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="65" />
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="66" />
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="72" />
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="73" />
        <source>Backup</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="74" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="76" />
        <source>Operations lead</source>
        <translation>Betriebsleitung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="82" />
        <source>CVE</source>
        <translation>CVE</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="83" />
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="84" />
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="85" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="86" />
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="87" />
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="88" />
        <source>Cloud resource</source>
        <translation>Cloud-Ressource</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="89" />
        <source>File path (CODEOWNERS)</source>
        <translation>Dateipfad (CODEOWNERS)</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="90" />
        <source>Set by hand</source>
        <translation>Manuell gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="96" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="96" />
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="109" />
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="127" />
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="129" />
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="130" />
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="136" />
        <source>in under a minute</source>
        <translation>in unter einer Minute</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="138" />
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="140" />
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="141" />
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="146" />
        <source>Enforce</source>
        <translation>Durchsetzung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="147" />
        <source>Approve</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="148" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="149" />
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="150" />
        <source>Batch</source>
        <translation>Sammelbehebung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="156" />
        <source>Acknowledge</source>
        <translation>Quittierung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="157" />
        <source>Contain</source>
        <translation>Eindämmung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="158" />
        <source>Remediate</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="159" />
        <source>Verify</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="165" />
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="166" />
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="167" />
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="168" />
        <source>Breached</source>
        <translation>Überschritten</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="169" />
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="170" />
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="171" />
        <source>Met late</source>
        <translation>Verspätet erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="177" />
        <source>waiting for acknowledgement</source>
        <translation>wartet auf Quittierung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="178" />
        <source>waiting for approval</source>
        <translation>wartet auf Genehmigung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="179" />
        <source>waiting for containment</source>
        <translation>wartet auf Eindämmung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="180" />
        <source>waiting for remediation</source>
        <translation>wartet auf Behebung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="181" />
        <source>waiting for verification</source>
        <translation>wartet auf Nachweis</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="182" />
        <source>waiting for the exception to expire</source>
        <translation>wartet auf den Ablauf der Ausnahme</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="183" />
        <source>nothing pending</source>
        <translation>nichts ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/case/case_vocabulary.cpp" line="184" />
        <source>waiting for %1</source>
        <translation>wartet auf %1</translation>
    </message>
</context>
<context>
    <name>ExceptionVocabulary</name>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="10" />
        <source>Awaiting decision</source>
        <translation>Entscheidung ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="11" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="12" />
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="13" />
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="44" />
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="14" />
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="15" />
        <source>Renewed</source>
        <translation>Verlängert</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="21" />
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="22" />
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="23" />
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="32" />
        <source>%n finding(s)</source>
        <translation><numerusform>%n Befund</numerusform><numerusform>%n Befunde</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="35" />
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="38" />
        <source>%1 in all services</source>
        <translation>%1 in allen Diensten</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="38" />
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="45" />
        <source>Within 7 days</source>
        <translation>Innerhalb von 7 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="46" />
        <source>Within 30 days</source>
        <translation>Innerhalb von 30 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="47" />
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="55" />
        <source>No expiry</source>
        <translation>Kein Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="58" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="58" />
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>Seit %n Tag überfällig</numerusform><numerusform>Seit %n Tagen überfällig</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="60" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="62" />
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exception_vocabulary.cpp" line="63" />
        <source>In %n day(s)</source>
        <translation><numerusform>In %n Tag</numerusform><numerusform>In %n Tagen</numerusform></translation>
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
        <source>Catalog loaded: %1 entities; %2 findings mapped to a service, %3 unowned.</source>
        <translation type="vanished">Katalog geladen: %1 Entitäten; %2 Befunde einem Dienst zugeordnet, %3 nicht zugeordnet.</translation>
    </message>
    <message>
        <source>The catalog was not loaded; the previous one stays in force.</source>
        <translation type="vanished">Der Katalog wurde nicht geladen; der bisherige bleibt in Kraft.</translation>
    </message>
    <message>
        <source>%1 of %2 file(s) not loaded; what was loaded before stays in force.</source>
        <translation type="vanished">%1 von %2 Datei(en) nicht geladen; was zuvor geladen wurde, bleibt in Kraft.</translation>
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
    <name>closeloop::CasePolicyPanel</name>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="50" />
        <source>owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="51" />
        <source>assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="52" />
        <source>backup</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="53" />
        <source>manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="54" />
        <source>security team</source>
        <translation>Sicherheitsteam</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="56" />
        <source>operations lead</source>
        <translation>Betriebsleitung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="166" />
        <source>No SLA clocks (not routed yet)</source>
        <translation>Keine SLA-Fristen (noch nicht eingeordnet)</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="167" />
        <source>(not the policy in force)</source>
        <translation>(nicht die geltende Richtlinie)</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="168" />
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="169" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="169" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="169" />
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="169" />
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="169" />
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="169" />
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="170" />
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="208" />
        <source>%1 since %2</source>
        <translation>%1, seit %2</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="214" />
        <source>held by %1 (%2)</source>
        <translation>liegt bei %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="222" />
        <source>Held by %1 (%2)</source>
        <translation>Liegt bei %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="223" />
        <source>Reach %1 at %2</source>
        <translation>%1 erreichbar unter %2</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="225" />
        <source>escalation level %1 on %2</source>
        <translation>Eskalationsstufe %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="263" />
        <source>Decided by rule %1 of policy '%2' (version %3)</source>
        <translation>Entschieden durch Regel %1 der Richtlinie „%2“ (Version %3)</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="265" />
        <source>Decided by rule %1 of policy version %2</source>
        <translation>Entschieden durch Regel %1 der Richtlinienversion %2</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="267" />
        <source>Decided by rule %1</source>
        <translation>Entschieden durch Regel %1</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="302" />
        <source>Met %1, %2 late</source>
        <translation>Erfüllt am %1, %2 zu spät</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="303" />
        <source>Met %1</source>
        <translation>Erfüllt am %1</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="307" />
        <source>Paused after its deadline</source>
        <translation>Nach Fristende angehalten</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="308" />
        <source>Paused with %1 left</source>
        <translation>Angehalten, %1 verbleibend</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="313" />
        <source>Due %1 · %2</source>
        <translation>Fällig am %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="329" />
        <source>Deadline %1</source>
        <translation>Fristende %1</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="332" />
        <source>At risk from %1</source>
        <translation>Gefährdet ab %1</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="339" />
        <source>%1% of the clock's time used</source>
        <translation>%1 % der Frist verbraucht</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="344" />
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="346" />
        <source>Next escalation %1</source>
        <translation>Nächste Eskalation %1</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="374" />
        <source>%1 (VEX)</source>
        <translation>%1 (VEX)</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="383" />
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="383" />
        <source>%1 tier</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="384" />
        <source>expires %1</source>
        <translation>läuft ab %1</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="386" />
        <source>requested by %1</source>
        <translation>beantragt von %1</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="388" />
        <source>decided by %1</source>
        <translation>entschieden von %1</translation>
    </message>
    <message>
        <location filename="../ui/case/case_policy_panel.cpp" line="389" />
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
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
        <location filename="../ui/case/case_view.cpp" line="179" />
        <source>Select a finding to see its case</source>
        <translation>Wählen Sie einen Befund aus, um seinen Fall zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="180" />
        <location filename="../ui/case/case_view.cpp" line="191" />
        <location filename="../ui/case/case_view.cpp" line="194" />
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="181" />
        <source>Policy and SLA</source>
        <translation>Richtlinie und SLA</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="182" />
        <source>Ownership and escalation</source>
        <translation>Zuständigkeit und Eskalation</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="183" />
        <source>Business context</source>
        <translation>Geschäftlicher Kontext</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="184" />
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="185" />
        <source>Recent changes</source>
        <translation>Letzte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="186" />
        <source>Similar findings</source>
        <translation>Ähnliche Befunde</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="187" />
        <location filename="../ui/case/case_view.cpp" line="192" />
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="188" />
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="189" />
        <source>Raw source</source>
        <translation>Rohdaten der Quelle</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="190" />
        <source>No changes recorded in the 14 days before first seen</source>
        <translation>Keine Änderungen in den 14 Tagen vor dem ersten Auftreten erfasst</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="191" />
        <location filename="../ui/case/case_view.cpp" line="194" />
        <location filename="../ui/case/case_view.cpp" line="196" />
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="191" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="191" />
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="191" />
        <location filename="../ui/case/case_view.cpp" line="196" />
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="193" />
        <source>No fingerprint inputs recorded.</source>
        <translation>Keine Eingaben für den Fingerabdruck erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="194" />
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="194" />
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="195" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="196" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="197" />
        <source>The source did not keep a raw record.</source>
        <translation>Die Quelle hat keinen Rohdatensatz aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="332" />
        <source>No events recorded.</source>
        <translation>Keine Ereignisse erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/case/case_view.cpp" line="333" />
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
    <name>closeloop::ExceptionDecisionDialog</name>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="40" />
        <source>Approve exception %1</source>
        <translation>Ausnahme %1 genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="41" />
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="44" />
        <source>Reject exception %1</source>
        <translation>Ausnahme %1 ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="45" />
        <source>Re&amp;ject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="48" />
        <source>Revoke exception %1</source>
        <translation>Ausnahme %1 widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="49" />
        <source>Re&amp;voke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="56" />
        <source>Scope:</source>
        <translation>Umfang:</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="59" />
        <source>%1 (policy rule %2)</source>
        <translation>%1 (Richtlinienregel %2)</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="60" />
        <source>Tier:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="61" />
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="62" />
        <source>Requested by:</source>
        <translation>Beantragt von:</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="63" />
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="66" />
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="73" />
        <source>Justification:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="75" />
        <source>Compensating controls:</source>
        <translation>Kompensierende Maßnahmen:</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="77" />
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="77" />
        <source>VEX statement %1</source>
        <translation>VEX-Aussage %1</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="83" />
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="83" />
        <source>Required</source>
        <translation>Pflichtangabe</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="84" />
        <source>&amp;Reason:</source>
        <translation>&amp;Entscheidungsgrund:</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="124" />
        <source>Only a request awaiting a decision can be approved or rejected.</source>
        <translation>Nur ein Antrag, über den noch nicht entschieden ist, kann genehmigt oder abgelehnt werden.</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="126" />
        <source>Only an active or requested exception can be revoked.</source>
        <translation>Nur eine aktive oder beantragte Ausnahme kann widerrufen werden.</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="128" />
        <source>You requested this exception: another manager must decide it (four eyes).</source>
        <translation>Sie haben diese Ausnahme beantragt: Ein anderer Manager muss darüber entscheiden (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="130" />
        <source>Give a reason.</source>
        <translation>Geben Sie einen Grund an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exception_decision_dialog.cpp" line="132" />
        <source>Keep the reason under %n characters.</source>
        <translation><numerusform>Der Grund muss kürzer als %n Zeichen sein.</numerusform><numerusform>Der Grund muss kürzer als %n Zeichen sein.</numerusform></translation>
    </message>
</context>
<context>
    <name>closeloop::ExceptionListModel</name>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="165" />
        <source>Compensating controls: %1</source>
        <translation>Kompensierende Maßnahmen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exception_list_model.cpp" line="171" />
        <source>%n finding(s) covered now</source>
        <translation><numerusform>%n Befund derzeit erfasst</numerusform><numerusform>%n Befunde derzeit erfasst</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="182" />
        <source>Past its expiry: the expiry sweep has not handled it yet</source>
        <translation>Abgelaufen: Die Ablaufprüfung hat sie noch nicht bearbeitet</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="190" />
        <source>Set by policy rule %1</source>
        <translation>Festgelegt durch Richtlinienregel %1</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="224" />
        <source>Local time (%1)</source>
        <translation>Ortszeit (%1)</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="228" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="229" />
        <source>Expires at</source>
        <translation>Läuft ab um</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="229" />
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="230" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="231" />
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="232" />
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="233" />
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="234" />
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_list_model.cpp" line="235" />
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>closeloop::ExceptionRequestDialog</name>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="38" />
        <source>Request an exception</source>
        <translation>Ausnahme beantragen</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="42" />
        <source>Selected findings</source>
        <translation>Ausgewählte Befunde</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="43" />
        <source>A CVE</source>
        <translation>Eine CVE</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="44" />
        <source>A rule</source>
        <translation>Eine Regel</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="53" />
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="55" />
        <source>Why the risk is acceptable until the expiry</source>
        <translation>Warum das Risiko bis zum Ablauf akzeptabel ist</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="62" />
        <source>For example: WAF rule blocks the vulnerable path</source>
        <translation>Zum Beispiel: Eine WAF-Regel sperrt den verwundbaren Pfad</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="73" />
        <source>&amp;Request</source>
        <translation>&amp;Beantragen</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="76" />
        <source>&amp;Scope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="77" />
        <source>CVE or &amp;rule:</source>
        <translation>CVE oder &amp;Regel:</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="80" />
        <source>Ser&amp;vice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="81" />
        <source>&amp;Justification:</source>
        <translation>Be&amp;gründung:</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="83" />
        <source>&amp;Compensating controls:</source>
        <translation>&amp;Kompensierende Maßnahmen:</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="84" />
        <source>&amp;Expires:</source>
        <translation>Läuft &amp;ab:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="111" />
        <source>Selected findings (%n)</source>
        <translation><numerusform>Ausgewählte Befunde (%n)</numerusform><numerusform>Ausgewählte Befunde (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="142" />
        <source>Renew exception %1</source>
        <translation>Ausnahme %1 verlängern</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="143" />
        <source>&amp;Request renewal</source>
        <translation>Verlängerung &amp;beantragen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="147" />
        <source>Its findings (%n)</source>
        <translation><numerusform>Befunde der Ausnahme (%n)</numerusform><numerusform>Befunde der Ausnahme (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="157" />
        <source>Previous justification: %1</source>
        <translation>Bisherige Begründung: %1</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="185" />
        <source>Select the findings in the queue first, or choose a CVE or a rule.</source>
        <translation>Wählen Sie zuerst Befunde in der Warteschlange aus, oder wählen Sie eine CVE oder eine Regel.</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="190" />
        <source>Enter a CVE id such as CVE-2024-1234.</source>
        <translation>Geben Sie eine CVE-ID wie CVE-2024-1234 ein.</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="193" />
        <source>Enter the rule id.</source>
        <translation>Geben Sie die Regel-ID ein.</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="196" />
        <source>A justification is required.</source>
        <translation>Eine Begründung ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="198" />
        <source>A renewal needs a new justification.</source>
        <translation>Eine Verlängerung braucht eine neue Begründung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="200" />
        <source>Keep the texts under %n characters.</source>
        <translation><numerusform>Die Texte müssen kürzer als %n Zeichen sein.</numerusform><numerusform>Die Texte müssen kürzer als %n Zeichen sein.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="203" />
        <source>The expiry must be in the future.</source>
        <translation>Der Ablauf muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exception_request_dialog.cpp" line="205" />
        <source>The expiry may be at most %1.</source>
        <translation>Der Ablauf darf nicht nach %1 liegen.</translation>
    </message>
</context>
<context>
    <name>closeloop::ExceptionsView</name>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="183" />
        <source>&amp;Request exception…</source>
        <translation>Ausnahme beant&amp;ragen…</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="184" />
        <source>&amp;Open findings</source>
        <translation>Be&amp;funde öffnen</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="185" />
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="186" />
        <source>Re&amp;ject…</source>
        <translation>Ab&amp;lehnen…</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="187" />
        <source>Re&amp;new…</source>
        <translation>&amp;Verlängern…</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="188" />
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="189" />
        <source>Exception expiry calendar</source>
        <translation>Ablaufkalender der Ausnahmen</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="190" />
        <source>Exceptions expiring on the chosen day</source>
        <translation>Ausnahmen, die am gewählten Tag ablaufen</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="191" />
        <source>Agenda of expiring exceptions</source>
        <translation>Agenda der ablaufenden Ausnahmen</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="297" />
        <source>Could not read the exceptions: %1</source>
        <translation>Die Ausnahmen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="401" />
        <source>You requested this exception: another manager decides it (four eyes).</source>
        <translation>Sie haben diese Ausnahme beantragt: Ein anderer Manager entscheidet darüber (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="403" />
        <source>Awaiting a manager's decision.</source>
        <translation>Wartet auf die Entscheidung eines Managers.</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="415" />
        <source>&amp;Expiring on %1</source>
        <translation>Ablauf a&amp;m %1</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/exceptions_view.cpp" line="417" />
        <source>Nothing &amp;expires on %1</source>
        <translation>Kein Ablauf a&amp;m %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exceptions_view.cpp" line="419" />
        <source>&amp;Expiring on %1: %n exception(s)</source>
        <translation><numerusform>Ablauf a&amp;m %1: %n Ausnahme</numerusform><numerusform>Ablauf a&amp;m %1: %n Ausnahmen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exceptions_view.cpp" line="422" />
        <source>A&amp;genda, next %n day(s): </source>
        <translation><numerusform>Age&amp;nda, nächster %n Tag: </numerusform><numerusform>Age&amp;nda, nächste %n Tage: </numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exceptions_view.cpp" line="423" />
        <source>%n exception(s)</source>
        <translation><numerusform>%n Ausnahme</numerusform><numerusform>%n Ausnahmen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exceptions_view.cpp" line="425" />
        <source>, %n overdue</source>
        <translation><numerusform>, %n überfällig</numerusform><numerusform>, %n überfällig</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exceptions_view.cpp" line="439" />
        <source>%1: %n exception(s) expiring</source>
        <translation><numerusform>%1: %n ablaufende Ausnahme</numerusform><numerusform>%1: %n ablaufende Ausnahmen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/exceptions_view.cpp" line="441" />
        <source>, %n awaiting a decision</source>
        <translation><numerusform>, %n wartet auf eine Entscheidung</numerusform><numerusform>, %n warten auf eine Entscheidung</numerusform></translation>
    </message>
</context>
<context>
    <name>closeloop::ExpiryCalendarWidget</name>
    <message>
        <location filename="../ui/exceptions/expiry_calendar_widget.cpp" line="94" />
        <source>%1: no exception expires</source>
        <translation>%1: Keine Ausnahme läuft ab</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/expiry_calendar_widget.cpp" line="97" />
        <source>%n expired</source>
        <translation><numerusform>%n abgelaufen</numerusform><numerusform>%n abgelaufen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/expiry_calendar_widget.cpp" line="99" />
        <source>%n within 7 days</source>
        <translation><numerusform>%n innerhalb von 7 Tagen</numerusform><numerusform>%n innerhalb von 7 Tagen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/expiry_calendar_widget.cpp" line="101" />
        <source>%n within 30 days</source>
        <translation><numerusform>%n innerhalb von 30 Tagen</numerusform><numerusform>%n innerhalb von 30 Tagen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/expiry_calendar_widget.cpp" line="103" />
        <source>%n later</source>
        <translation><numerusform>%n später</numerusform><numerusform>%n später</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/expiry_calendar_widget.cpp" line="104" />
        <source>%1: %n exception(s) expire (%2)</source>
        <translation><numerusform>%1: %n Ausnahme läuft ab (%2)</numerusform><numerusform>%1: %n Ausnahmen laufen ab (%2)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/expiry_calendar_widget.cpp" line="106" />
        <source>%n awaiting a decision</source>
        <translation><numerusform>%n wartet auf eine Entscheidung</numerusform><numerusform>%n warten auf eine Entscheidung</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exceptions/expiry_calendar_widget.cpp" line="165" />
        <source>%n pending</source>
        <translation><numerusform>%n ausstehend</numerusform><numerusform>%n ausstehend</numerusform></translation>
    </message>
</context>
<context>
    <name>closeloop::ExpiryLegend</name>
    <message>
        <location filename="../ui/exceptions/expiry_legend.cpp" line="21" />
        <source>Calendar legend</source>
        <translation>Kalenderlegende</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/expiry_legend.cpp" line="27" />
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/expiry_legend.cpp" line="28" />
        <source>Within 7 days</source>
        <translation>Innerhalb von 7 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/expiry_legend.cpp" line="29" />
        <source>Within 30 days</source>
        <translation>Innerhalb von 30 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/expiry_legend.cpp" line="30" />
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/expiry_legend.cpp" line="31" />
        <source>Awaiting decision</source>
        <translation>Entscheidung ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/exceptions/expiry_legend.cpp" line="32" />
        <source>Today</source>
        <translation>Heute</translation>
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
        <location filename="../ui/main/main_window.cpp" line="265" />
        <source>Import scanner feeds</source>
        <translation>Scanner-Ergebnisse importieren</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="266" />
        <source>Scanner feeds (*.json *.sarif *.xml *.csv *.golden);;All files (*)</source>
        <translation>Scanner-Ergebnisse (*.json *.sarif *.xml *.csv *.golden);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="270" />
        <source>Open or create a workspace</source>
        <translation>Arbeitsbereich öffnen oder anlegen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="271" />
        <source>Closeloop workspace (*.sqlite)</source>
        <translation>Closeloop-Arbeitsbereich (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="296" />
        <source>About Closeloop</source>
        <translation>Über Closeloop</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="297" />
        <source>&lt;h3&gt;Closeloop %1&lt;/h3&gt;&lt;p&gt;From a flood of security findings to closed exposure: ingest, decide, act, verify, measure.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Closeloop %1&lt;/h3&gt;&lt;p&gt;Von der Flut an Sicherheitsbefunden zum geschlossenen Risiko: einlesen, entscheiden, handeln, nachweisen, messen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import feeds…</source>
        <translation type="vanished">Ergebnisse &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="403" />
        <source>Import scanner feeds; the format is recognized from the content (Ctrl+I)</source>
        <translation>Scanner-Ergebnisse importieren; das Format wird am Inhalt erkannt (Strg+I)</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="vanished">Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="77" />
        <source>The query failed: %1</source>
        <translation>Die Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="104" />
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="112" />
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="287" />
        <source>Service catalog (*.yaml *.yml *.json CODEOWNERS);;All files (*)</source>
        <translation>Dienstkatalog (*.yaml *.yml *.json CODEOWNERS);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="289" />
        <source>Change log (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>Änderungsprotokoll (*.jsonl *.ndjson *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="290" />
        <source>CISA KEV catalog (*.json);;All files (*)</source>
        <translation>CISA-KEV-Katalog (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="291" />
        <source>EPSS scores (*.csv *.csv.gz);;All files (*)</source>
        <translation>EPSS-Werte (*.csv *.csv.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="349" />
        <source>Moving around</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="349" />
        <source>Triage (on the selected findings)</source>
        <translation>Triage (für die ausgewählten Befunde)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="350" />
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="402" />
        <source>&amp;Import Feeds…</source>
        <translation>Ergebnisse &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="404" />
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="405" />
        <source>Load Service &amp;Catalog…</source>
        <translation>Dienst&amp;katalog laden…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="406" />
        <source>Load C&amp;hange Log…</source>
        <translation>Än&amp;derungsprotokoll laden…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="407" />
        <source>Load CISA &amp;KEV…</source>
        <translation>CISA-KE&amp;V laden…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="408" />
        <source>Load &amp;EPSS Scores…</source>
        <translation>&amp;EPSS-Werte laden…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="409" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="410" />
        <source>&amp;About Closeloop</source>
        <translation>Ü&amp;ber Closeloop</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="411" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="412" />
        <source>&amp;Filter…</source>
        <translation>&amp;Filter…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="413" />
        <source>Next finding</source>
        <translation>Nächster Befund</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="414" />
        <source>Previous finding</source>
        <translation>Vorheriger Befund</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="415" />
        <source>Open the case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="416" />
        <source>Back to the queue</source>
        <translation>Zurück zur Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="417" />
        <source>&amp;Save View…</source>
        <translation>Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="418" />
        <source>Save the filter, columns and sort as a view (Ctrl+S)</source>
        <translation>Filter, Spalten und Sortierung als Ansicht speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="419" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="420" />
        <source>Reset &amp;Columns</source>
        <translation>Spalten &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="422" />
        <source>Show saved view 1–9</source>
        <translation>Gespeicherte Ansicht 1–9 anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="423" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="424" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="425" />
        <source>&amp;Triage</source>
        <translation>&amp;Triage</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="426" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="427" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="428" />
        <source>Import log</source>
        <translation>Importprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="429" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="430" />
        <source>Filter: severity:critical kev:yes owner:team-payments "free text"   (/ to focus, Down for suggestions)</source>
        <translation>Filter: severity:critical kev:yes owner:team-payments "freier Text"   (/ zum Fokussieren, Pfeiltaste nach unten für Vorschläge)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="433" />
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="434" />
        <source>Closeloop</source>
        <translation>Closeloop</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="434" />
        <source>%1 — Closeloop</source>
        <translation>%1 — Closeloop</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="448" />
        <location filename="../ui/main/main_window.cpp" line="842" />
        <source>Import running</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="448" />
        <source>Wait for the running import to finish or cancel it.</source>
        <translation>Warten Sie, bis der laufende Import fertig ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="483" />
        <source>Similar findings could not be read: %1</source>
        <translation>Ähnliche Befunde konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="496" />
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="497" />
        <source>%1 could not be opened:
%2</source>
        <translation>%1 konnte nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="503" />
        <source>Workspace %1</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="516" />
        <source>Saved views could not be read: %1</source>
        <translation>Gespeicherte Ansichten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="625" />
        <location filename="../ui/main/main_window.cpp" line="643" />
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="625" />
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="648" />
        <source>Saved the view "%1".</source>
        <translation>Ansicht „%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="655" />
        <source>Delete View</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="655" />
        <source>Delete the view "%1"?</source>
        <translation>Ansicht „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="698" />
        <source>The case could not be read: %1</source>
        <translation>Der Fall konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="757" />
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="761" />
        <source>%1 finding(s)</source>
        <translation><numerusform>%1 Befund</numerusform><numerusform>%1 Befunde</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="762" />
        <source>%1+ findings</source>
        <translation>%1+ Befunde</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="764" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="766" />
        <source>Findings matching the filter; time until the first rows showed</source>
        <translation>Befunde, die zum Filter passen; Zeit bis zur Anzeige der ersten Zeilen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="775" />
        <source>Loading %n file(s)…</source>
        <translation><numerusform>Lade %n Datei…</numerusform><numerusform>Lade %n Dateien…</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="785" />
        <source>Loaded with warnings</source>
        <translation>Mit Warnungen geladen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="785" />
        <source>Nothing was loaded</source>
        <translation>Es wurde nichts geladen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="805" />
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="805" />
        <source>Open a workspace before importing.</source>
        <translation>Öffnen Sie vor dem Import einen Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="809" />
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="842" />
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
        <location filename="../ui/main/main_window.cpp" line="861" />
        <source>Importing %n file(s)…</source>
        <translation><numerusform>Importiere %n Datei…</numerusform><numerusform>Importiere %n Dateien…</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="868" />
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importiere %1 (%2 von %3)…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="894" />
        <source>Import finished: %1 imported, %2 unchanged, %3 rejected, %4 cancelled</source>
        <translation>Import beendet: %1 importiert, %2 unverändert, %3 abgelehnt, %4 abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="901" />
        <source>Some feeds were not imported</source>
        <translation>Einige Dateien wurden nicht importiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="902" />
        <source>%n file(s) could not be imported. Nothing of them was stored.</source>
        <translation><numerusform>%n Datei konnte nicht importiert werden. Nichts davon wurde gespeichert.</numerusform><numerusform>%n Dateien konnten nicht importiert werden. Nichts davon wurde gespeichert.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/core_bridge.cpp" line="116" />
        <source>Catalog loaded: %1 entities; %2 findings mapped to a service, %3 unowned.</source>
        <translation>Katalog geladen: %1 Entitäten; %2 Befunde einem Dienst zugeordnet, %3 nicht zugeordnet.</translation>
    </message>
    <message>
        <location filename="../ui/main/core_bridge.cpp" line="120" />
        <source>The catalog was not loaded; the previous one stays in force.</source>
        <translation>Der Katalog wurde nicht geladen; der bisherige bleibt in Kraft.</translation>
    </message>
    <message>
        <location filename="../ui/main/core_bridge.cpp" line="142" />
        <source>%1 of %2 file(s) not loaded; what was loaded before stays in force.</source>
        <translation>%1 von %2 Datei(en) nicht geladen; was zuvor geladen wurde, bleibt in Kraft.</translation>
    </message>
</context>
<context>
    <name>closeloop::NotificationModel</name>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="224" />
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="226" />
        <source>Exception expires soon</source>
        <translation>Ausnahme läuft bald ab</translation>
    </message>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="228" />
        <source>Exception expired</source>
        <translation>Ausnahme abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="230" />
        <source>Exception awaits decision</source>
        <translation>Ausnahme wartet auf Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="232" />
        <source>Exception approved</source>
        <translation>Ausnahme genehmigt</translation>
    </message>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="234" />
        <source>Exception approved automatically</source>
        <translation>Ausnahme automatisch genehmigt</translation>
    </message>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="236" />
        <source>Exception rejected</source>
        <translation>Ausnahme abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="238" />
        <source>Known exploited</source>
        <translation>Bekannt ausgenutzt</translation>
    </message>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="300" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="301" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="302" />
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../ui/notifications/notification_model.cpp" line="303" />
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
</context>
<context>
    <name>closeloop::NotificationPanel</name>
    <message>
        <location filename="../ui/notifications/notification_panel.cpp" line="178" />
        <source>Could not read the notifications: %1</source>
        <translation>Die Benachrichtigungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/notifications/notification_panel.cpp" line="191" />
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../ui/notifications/notification_panel.cpp" line="192" />
        <source>&amp;Mark All Read</source>
        <translation>Alle als gelesen mar&amp;kieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/notifications/notification_panel.cpp" line="228" />
        <source>%n unread</source>
        <translation><numerusform>%n ungelesen</numerusform><numerusform>%n ungelesen</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/notifications/notification_panel.cpp" line="228" />
        <source>all read</source>
        <translation>alle gelesen</translation>
    </message>
    <message>
        <location filename="../ui/notifications/notification_panel.cpp" line="236" />
        <source>Select a notification to see it in full.</source>
        <translation>Wählen Sie eine Benachrichtigung aus, um sie vollständig zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/notification_panel.cpp" line="237" />
        <source>No notifications.</source>
        <translation>Keine Benachrichtigungen.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/notification_panel.cpp" line="246" />
        <source>Not written to the outbox yet.</source>
        <translation>Noch nicht in den Postausgang geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/notification_panel.cpp" line="247" />
        <source>Outbox file: %1</source>
        <translation>Postausgangsdatei: %1</translation>
    </message>
    <message>
        <location filename="../ui/notifications/notification_panel.cpp" line="332" />
        <source>Could not mark the notifications read: %1</source>
        <translation>Die Benachrichtigungen konnten nicht als gelesen markiert werden: %1</translation>
    </message>
</context>
<context>
    <name>closeloop::PolicyController</name>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="103" />
        <source>Policy %1 is in force; every finding was evaluated again</source>
        <translation>Richtlinie %1 ist in Kraft; alle Befunde wurden neu bewertet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/policy_controller.cpp" line="116" />
        <source>%n unread notification(s)</source>
        <translation><numerusform>%n ungelesene Benachrichtigung</numerusform><numerusform>%n ungelesene Benachrichtigungen</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="116" />
        <location filename="../ui/main/policy_controller.cpp" line="142" />
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="117" />
        <source>Escalations, reminders and exception decisions (Ctrl+Shift+N)</source>
        <translation>Eskalationen, Erinnerungen und Entscheidungen über Ausnahmen (Strg+Umschalt+N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/policy_controller.cpp" line="124" />
        <source>Closeloop: %n new notification(s)</source>
        <translation><numerusform>Closeloop: %n neue Benachrichtigung</numerusform><numerusform>Closeloop: %n neue Benachrichtigungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/policy_controller.cpp" line="128" />
        <source>and %n more</source>
        <translation><numerusform>und %n weitere</numerusform><numerusform>und %n weitere</numerusform></translation>
    </message>
    <message>
        <source>Request &amp;Exception…</source>
        <translation type="vanished">Ausnahme &amp;beantragen…</translation>
    </message>
    <message>
        <source>Check &amp;Expiry and Escalations Now</source>
        <translation type="vanished">Ab&amp;lauf und Eskalationen jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="137" />
        <source>New Exception for a CVE or &amp;Rule…</source>
        <translation>Neue Ausnahme für eine CVE oder &amp;Regel…</translation>
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="138" />
        <source>Check Expiry and Escalations &amp;Now</source>
        <translation>Ablauf und Eskalationen &amp;jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="139" />
        <source>E&amp;xceptions Calendar</source>
        <translation>Ausnahmen&amp;kalender</translation>
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="140" />
        <source>&amp;Policy…</source>
        <translation>&amp;Richtlinie…</translation>
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="141" />
        <source>The policy in force; load a new one, see its backtest and switch it on</source>
        <translation>Die geltende Richtlinie; eine neue laden, ihre Rückrechnung ansehen und sie in Kraft setzen</translation>
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="145" />
        <location filename="../ui/main/policy_controller.cpp" line="176" />
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="279" />
        <source>Exception #%1 requested (%2 tier): a manager decides</source>
        <translation>Ausnahme #%1 beantragt (Stufe %2): Ein Manager entscheidet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/policy_controller.cpp" line="280" />
        <source>Exception #%1 approved by policy (%2 tier): %n finding(s) accepted until %3</source>
        <translation><numerusform>Ausnahme #%1 durch die Richtlinie genehmigt (Stufe %2): %n Befund bis %3 akzeptiert</numerusform><numerusform>Ausnahme #%1 durch die Richtlinie genehmigt (Stufe %2): %n Befunde bis %3 akzeptiert</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="285" />
        <source>Exception not requested: %1</source>
        <translation>Ausnahme nicht beantragt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/policy_controller.cpp" line="312" />
        <source>Exception #%1 approved: %n finding(s) accepted</source>
        <translation><numerusform>Ausnahme #%1 genehmigt: %n Befund akzeptiert</numerusform><numerusform>Ausnahme #%1 genehmigt: %n Befunde akzeptiert</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="313" />
        <source>Exception #%1 rejected</source>
        <translation>Ausnahme #%1 abgelehnt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/policy_controller.cpp" line="314" />
        <source>Exception #%1 revoked: %n finding(s) reopened</source>
        <translation><numerusform>Ausnahme #%1 widerrufen: %n Befund wieder geöffnet</numerusform><numerusform>Ausnahme #%1 widerrufen: %n Befunde wieder geöffnet</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="316" />
        <source>Not done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="336" />
        <source>Renewal #%1 of exception #%2 requested: a manager decides</source>
        <translation>Verlängerung #%1 der Ausnahme #%2 beantragt: Ein Manager entscheidet</translation>
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="337" />
        <source>Exception #%1 renewed as #%2</source>
        <translation>Ausnahme #%1 als #%2 verlängert</translation>
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="339" />
        <source>Not renewed: %1</source>
        <translation>Nicht verlängert: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/policy_controller.cpp" line="357" />
        <source>Expiry and escalation check failed: %1</source>
        <translation>Prüfung von Ablauf und Eskalationen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/policy_controller.cpp" line="368" />
        <source>%n exception(s) expired; their findings reopened</source>
        <translation><numerusform>%n Ausnahme abgelaufen; ihre Befunde wurden wieder geöffnet</numerusform><numerusform>%n Ausnahmen abgelaufen; ihre Befunde wurden wieder geöffnet</numerusform></translation>
    </message>
</context>
<context>
    <name>closeloop::PolicyDialog</name>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="259" />
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="260" />
        <source>Policy in force</source>
        <translation>Geltende Richtlinie</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="261" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="262" />
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="263" />
        <source>Loaded:</source>
        <translation>Geladen:</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="264" />
        <source>Activated:</source>
        <translation>In Kraft gesetzt:</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="265" />
        <source>Stored versions</source>
        <translation>Gespeicherte Versionen</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="266" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="266" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="266" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="266" />
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="266" />
        <source>Activated</source>
        <translation>In Kraft gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="267" />
        <source>&amp;Open Policy File…</source>
        <translation>Richtliniendatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="268" />
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="269" />
        <source>Open a policy file to see how it would route the workspace's findings and which SLA clocks would have been breached, before switching it on.</source>
        <translation>Öffnen Sie eine Richtliniendatei, um zu sehen, wie sie die Befunde des Arbeitsbereichs einordnen würde und welche SLA-Fristen überschritten worden wären, bevor Sie sie in Kraft setzen.</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="271" />
        <source>&amp;Switch On…</source>
        <translation>&amp;In Kraft setzen…</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="272" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="381" />
        <location filename="../ui/policy/policy_dialog.cpp" line="514" />
        <source>Could not read the workspace: %1</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="396" />
        <source>shipped default, with the workspace</source>
        <translation>mitgelieferte Vorgabe, mit dem Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="397" />
        <location filename="../ui/policy/policy_dialog.cpp" line="402" />
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="401" />
        <location filename="../ui/policy/policy_dialog.cpp" line="409" />
        <source>never switched on</source>
        <translation>nie in Kraft gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="408" />
        <source>shipped default, not stored yet</source>
        <translation>mitgelieferte Vorgabe, noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="420" />
        <source>(in force)</source>
        <translation>(in Kraft)</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="441" />
        <source>Open Policy File</source>
        <translation>Richtliniendatei öffnen</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="442" />
        <source>Policy files (*.json);;All files (*)</source>
        <translation>Richtliniendateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="458" />
        <source>Validating %1…</source>
        <translation>Prüfe %1…</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="486" />
        <source>Backtesting “%1” over the workspace's history…</source>
        <translation>Rückrechnung von „%1“ über die Geschichte des Arbeitsbereichs…</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="499" />
        <source>The backtest failed: %1</source>
        <translation>Die Rückrechnung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="527" />
        <source>Backtest cancelled; nothing changed.</source>
        <translation>Rückrechnung abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="538" />
        <source>Nothing was loaded: the proposal below and the policy in force are unchanged.</source>
        <translation>Es wurde nichts geladen: Der Vorschlag unten und die geltende Richtlinie bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="539" />
        <source>Nothing was loaded: the policy in force is unchanged.</source>
        <translation>Es wurde nichts geladen: Die geltende Richtlinie bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="582" />
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="590" />
        <source>No proposal open.</source>
        <translation>Kein Vorschlag geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="594" />
        <source>Proposed: “%1”, version %2, from %3</source>
        <translation>Vorgeschlagen: „%1“, Version %2, aus %3</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="607" />
        <source>Open a valid policy file first.</source>
        <translation>Öffnen Sie zuerst eine gültige Richtliniendatei.</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="609" />
        <source>Only a manager can switch a policy on.</source>
        <translation>Nur ein Manager kann eine Richtlinie in Kraft setzen.</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="611" />
        <source>The policy in force is not known yet.</source>
        <translation>Die geltende Richtlinie ist noch nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="613" />
        <source>This version is already in force.</source>
        <translation>Diese Version ist bereits in Kraft.</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="615" />
        <source>Wait until the work in progress is done.</source>
        <translation>Warten Sie, bis die laufende Arbeit abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="617" />
        <source>Switch this version on after confirming it</source>
        <translation>Diese Version nach einer Rückfrage in Kraft setzen</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="627" />
        <source>Switch On Policy</source>
        <translation>Richtlinie in Kraft setzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/policy/policy_dialog.cpp" line="628" />
        <source>Switch on “%1”, version %2?

It replaces “%3” (version %4). Every finding is routed again under it (%n would change path or class), and the switch is audited.</source>
        <translation><numerusform>„%1“, Version %2, in Kraft setzen?

Sie ersetzt „%3“ (Version %4). Alle Befunde werden danach neu eingeordnet (bei %n würden sich Pfad oder Klasse ändern), und der Wechsel wird im Prüfprotokoll festgehalten.</numerusform><numerusform>„%1“, Version %2, in Kraft setzen?

Sie ersetzt „%3“ (Version %4). Alle Befunde werden danach neu eingeordnet (bei %n würden sich Pfad oder Klasse ändern), und der Wechsel wird im Prüfprotokoll festgehalten.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="637" />
        <source>Switch On</source>
        <translation>In Kraft setzen</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="653" />
        <source>Switching on version %1…</source>
        <translation>Version %1 wird in Kraft gesetzt…</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="677" />
        <source>Not switched on: %1</source>
        <translation>Nicht in Kraft gesetzt: %1</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_dialog.cpp" line="695" />
        <source>“%1” (version %2) was already in force.</source>
        <translation>„%1“ (Version %2) war bereits in Kraft.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/policy/policy_dialog.cpp" line="697" />
        <source>“%1” (version %2) is in force: %n finding(s) evaluated, %3 rerouted.</source>
        <translation><numerusform>„%1“ (Version %2) ist in Kraft: %n Befund bewertet, %3 neu eingeordnet.</numerusform><numerusform>„%1“ (Version %2) ist in Kraft: %n Befunde bewertet, %3 neu eingeordnet.</numerusform></translation>
    </message>
</context>
<context>
    <name>closeloop::PolicyDiffView</name>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="206" />
        <source>Enforce</source>
        <translation>Durchsetzung</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="208" />
        <source>Approve</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="210" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="212" />
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="214" />
        <source>Batch</source>
        <translation>Sammelbehebung</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="215" />
        <location filename="../ui/policy/policy_diff_view.cpp" line="327" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="221" />
        <source>Acknowledge</source>
        <translation>Quittierung</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="222" />
        <source>Contain</source>
        <translation>Eindämmung</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="223" />
        <source>Remediate</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="224" />
        <source>Verify</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="238" />
        <source>Findings per path</source>
        <translation>Befunde je Pfad</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="239" />
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="239" />
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="239" />
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="239" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="241" />
        <source>Breached clocks per SLA class (current → proposed)</source>
        <translation>Überschrittene Fristen je SLA-Klasse (aktuell → vorgeschlagen)</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="242" />
        <source>SLA class</source>
        <translation>SLA-Klasse</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="242" />
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="247" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="247" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="247" />
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="247" />
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="247" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="247" />
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/policy/policy_diff_view.cpp" line="271" />
        <source>Replayed over %n finding(s) as of %1, against “%2” (version %3) in force.</source>
        <translation><numerusform>Nachgerechnet über %n Befund zum Stand %1, gegenüber der geltenden „%2“ (Version %3).</numerusform><numerusform>Nachgerechnet über %n Befunde zum Stand %1, gegenüber der geltenden „%2“ (Version %3).</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="360" />
        <source>Findings with a breached clock: %1 (%2)</source>
        <translation>Befunde mit überschrittener Frist: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/policy/policy_diff_view.cpp" line="371" />
        <source>%n finding(s) would change path or SLA class</source>
        <translation><numerusform>Bei %n Befund würden sich Pfad oder SLA-Klasse ändern</numerusform><numerusform>Bei %n Befunden würden sich Pfad oder SLA-Klasse ändern</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/policy/policy_diff_view.cpp" line="385" />
        <location filename="../ui/policy/policy_diff_view.cpp" line="386" />
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/policy/policy_diff_view.cpp" line="398" />
        <source>…and %n more (not listed)</source>
        <translation><numerusform>…und %n weiterer (nicht aufgeführt)</numerusform><numerusform>…und %n weitere (nicht aufgeführt)</numerusform></translation>
    </message>
</context>
<context>
    <name>closeloop::QueueModel</name>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="336" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="357" />
        <location filename="../ui/queue/queue_model.cpp" line="445" />
        <source>KEV</source>
        <translation>KEV</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="360" />
        <source>Unowned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_model.cpp" line="377" />
        <source>%n day(s)</source>
        <translation><numerusform>%n Tag</numerusform><numerusform>%n Tage</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="384" />
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="394" />
        <source>No catalog entry matched this finding's asset</source>
        <translation>Kein Katalogeintrag passt zum Asset dieses Befunds</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="397" />
        <source>Known exploited (CISA KEV)</source>
        <translation>Bekannt ausgenutzt (CISA KEV)</translation>
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
        <source>Triaged</source>
        <translation type="vanished">Gesichtet</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="vanished">In Arbeit</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation type="vanished">Fehlalarm</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation type="vanished">Risiko akzeptiert</translation>
    </message>
    <message>
        <source>Pending verification</source>
        <translation type="vanished">Nachweis ausstehend</translation>
    </message>
    <message>
        <source>Fixed, verified</source>
        <translation type="vanished">Behoben, nachgewiesen</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation type="vanished">Unterdrückt</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="400" />
        <source>An active exception pauses the SLA clocks</source>
        <translation>Eine aktive Ausnahme hält die SLA-Fristen an</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="400" />
        <source>No SLA clock is running</source>
        <translation>Keine SLA-Frist läuft</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="401" />
        <source>Due %1</source>
        <translation>Fällig am %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="444" />
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="446" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="447" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="448" />
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="449" />
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="450" />
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="451" />
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="452" />
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="453" />
        <source>Fixed in</source>
        <translation>Behoben in</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="454" />
        <source>CVE</source>
        <translation>CVE</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="455" />
        <source>EPSS</source>
        <translation>EPSS</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="456" />
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="457" />
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="458" />
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="459" />
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="460" />
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="461" />
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="462" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="463" />
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="464" />
        <source>SLA class</source>
        <translation>SLA-Klasse</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_model.cpp" line="465" />
        <source>SLA due</source>
        <translation>SLA fällig</translation>
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
        <location filename="../ui/triage/triage_actions.cpp" line="72" />
        <source>Mark &amp;Triaged…</source>
        <translation>Als &amp;gesichtet markieren…</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="73" />
        <source>Mark &amp;In Progress…</source>
        <translation>Als &amp;in Arbeit markieren…</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="74" />
        <source>Mark &amp;False Positive…</source>
        <translation>Als &amp;Fehlalarm markieren…</translation>
    </message>
    <message>
        <source>&amp;Accept Risk…</source>
        <translation type="vanished">&amp;Risiko akzeptieren…</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="75" />
        <source>Mark &amp;Contained…</source>
        <translation>Als &amp;eingedämmt markieren…</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="76" />
        <source>Request &amp;Exception (Accept Risk)…</source>
        <translation>&amp;Ausnahme beantragen (Risiko akzeptieren)…</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="77" />
        <source>Mark Fixed, &amp;Verify…</source>
        <translation>Als behoben markieren, &amp;Nachweis abwarten…</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="78" />
        <source>Assign to &amp;Me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="79" />
        <source>Assign to &amp;Person…</source>
        <translation>Einer &amp;Person zuweisen…</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="80" />
        <source>Assign &amp;Owner…</source>
        <translation>&amp;Verantwortlichen zuweisen…</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="81" />
        <source>Add &amp;Note…</source>
        <translation>Notiz &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="82" />
        <source>Apply to &amp;Similar Findings…</source>
        <translation>Auf ähnliche Befunde an&amp;wenden…</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="142" />
        <source>Nothing changed: the findings already were that way.</source>
        <translation>Nichts geändert: Die Befunde hatten diesen Stand bereits.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_actions.cpp" line="144" />
        <source>Changed %n finding(s). Ctrl+Z undoes it.</source>
        <translation><numerusform>%n Befund geändert. Strg+Z macht es rückgängig.</numerusform><numerusform>%n Befunde geändert. Strg+Z macht es rückgängig.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="165" />
        <source>Assigned to you. Ctrl+Z undoes it.</source>
        <translation>Ihnen zugewiesen. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="165" />
        <source>Already assigned to you.</source>
        <translation>Bereits Ihnen zugewiesen.</translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="194" />
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_actions.cpp" line="199" />
        <source>Undone: %n finding(s) restored.</source>
        <translation><numerusform>Rückgängig gemacht: %n Befund wiederhergestellt.</numerusform><numerusform>Rückgängig gemacht: %n Befunde wiederhergestellt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/triage/triage_actions.cpp" line="201" />
        <source>%n field(s) changed since were left alone.</source>
        <translation><numerusform>%n seitdem geändertes Feld wurde belassen.</numerusform><numerusform>%n seitdem geänderte Felder wurden belassen.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/triage/triage_actions.cpp" line="210" />
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