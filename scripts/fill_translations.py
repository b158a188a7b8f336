#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills translations/closeloop_de.ts from the table below and the English
plural forms of closeloop_en.ts. Run after `cmake --build build --target
update_translations`; entries not in the table stay unfinished, so lupdate and
Qt Linguist show what is missing."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DE = {
    "Critical": "Kritisch", "High": "Hoch", "Medium": "Mittel", "Low": "Niedrig", "Info": "Info",
    "Unrated": "Unbewertet", "New": "Neu", "Reopened": "Wieder geöffnet",
    "Gone from scan, pending verification": "Nicht mehr im Scan, Nachweis ausstehend",
    "Resolved (verified)": "Behoben (nachgewiesen)", "Suppressed by the source": "Von der Quelle unterdrückt",
    "Severity": "Schweregrad", "Title": "Titel", "Status": "Status", "Asset": "Asset", "Location": "Ort",
    "Tool": "Werkzeug", "Rule": "Regel", "Last seen": "Zuletzt gesehen",
    "Import scanner feeds": "Scanner-Ergebnisse importieren",
    "Scanner feeds (*.json *.sarif *.xml *.csv *.golden);;All files (*)":
        "Scanner-Ergebnisse (*.json *.sarif *.xml *.csv *.golden);;Alle Dateien (*)",
    "Open or create a workspace": "Arbeitsbereich öffnen oder anlegen",
    "Closeloop workspace (*.sqlite)": "Closeloop-Arbeitsbereich (*.sqlite)",
    "About Closeloop": "Über Closeloop",
    "<h3>Closeloop %1</h3><p>From a flood of security findings to closed exposure: ingest, decide, act, verify, measure.</p><p>Licensed under the GNU General Public License, version 3 or later.</p>":
        "<h3>Closeloop %1</h3><p>Von der Flut an Sicherheitsbefunden zum geschlossenen Risiko: einlesen, entscheiden, handeln, nachweisen, messen.</p><p>Lizenziert unter der GNU General Public License, Version 3 oder später.</p>",
    "&Import feeds…": "Ergebnisse &importieren…",
    "Import scanner feeds; the format is recognized from the content (Ctrl+I)":
        "Scanner-Ergebnisse importieren; das Format wird am Inhalt erkannt (Strg+I)",
    "&Open workspace…": "Arbeitsbereich ö&ffnen…", "&Quit": "&Beenden", "&About Closeloop": "Ü&ber Closeloop",
    "&File": "&Datei", "&View": "&Ansicht", "&Help": "&Hilfe", "Import log": "Importprotokoll",
    "Cancel": "Abbrechen", "Closeloop": "Closeloop", "%1 — Closeloop": "%1 — Closeloop",
    "Import running": "Import läuft",
    "Wait for the running import to finish or cancel it.":
        "Warten Sie, bis der laufende Import fertig ist, oder brechen Sie ihn ab.",
    "Cannot open workspace": "Arbeitsbereich kann nicht geöffnet werden",
    "%1 could not be opened:\n%2": "%1 konnte nicht geöffnet werden:\n%2",
    "Workspace %1": "Arbeitsbereich %1", "No workspace": "Kein Arbeitsbereich",
    "Open a workspace before importing.": "Öffnen Sie vor dem Import einen Arbeitsbereich.",
    "An import is already running.": "Es läuft bereits ein Import.",
    "An import is running. Cancel it and quit? Nothing of the file being imported is stored.":
        "Ein Import läuft. Abbrechen und beenden? Von der gerade importierten Datei wird nichts gespeichert.",
    "No workspace open.": "Kein Arbeitsbereich geöffnet.",
    "Severity: %1": "Schweregrad: %1", "   CVSS %1": "   CVSS %1", "Status: %1": "Status: %1",
    "Tool: %1 %2": "Werkzeug: %1 %2", "Rule: %1": "Regel: %1", "Asset: %1": "Asset: %1", "File: %1": "Datei: %1",
    "Package: %1 %2": "Paket: %1 %2", "Fixed in: %1": "Behoben in: %1",
    "First seen: %1   Last seen: %2": "Zuerst gesehen: %1   Zuletzt gesehen: %2",
    "Remediation: %1": "Behebung: %1", "Fingerprint %1, from:": "Fingerabdruck %1, gebildet aus:",
    "Cannot read the finding: %1": "Der Befund kann nicht gelesen werden: %1",
    "Importing %1 (%2 of %3)…": "Importiere %1 (%2 von %3)…",
    "Import finished: %1 imported, %2 unchanged, %3 rejected, %4 cancelled":
        "Import beendet: %1 importiert, %2 unverändert, %3 abgelehnt, %4 abgebrochen",
    "Some feeds were not imported": "Einige Dateien wurden nicht importiert",
    "Closeloop security findings console": "Closeloop, die Konsole für Sicherheitsbefunde",
    "Workspace database.": "Datenbank des Arbeitsbereichs.",
    "Open the demo workspace (created on first use).":
        "Den Demo-Arbeitsbereich öffnen (wird beim ersten Mal angelegt).",
    "Feeds to import.": "Zu importierende Dateien.", "Demo workspace": "Demo-Arbeitsbereich",
    "The demo workspace could not be created:\n%1": "Der Demo-Arbeitsbereich konnte nicht angelegt werden:\n%1",
    # Queue: statuses, columns and cells.
    "Triaged": "Gesichtet", "In progress": "In Arbeit", "False positive": "Fehlalarm",
    "Accepted risk": "Risiko akzeptiert", "Accepted risk (exception)": "Risiko akzeptiert (Ausnahme)",
    "Pending verification": "Nachweis ausstehend", "Fixed, verified": "Behoben, nachgewiesen",
    "Suppressed": "Unterdrückt", "Service": "Dienst", "Owner": "Verantwortlich", "Assignee": "Bearbeiter",
    "Package": "Paket", "Fixed in": "Behoben in", "CVE": "CVE", "EPSS": "EPSS", "Environment": "Umgebung",
    "First seen": "Zuerst gesehen", "Age": "Alter", "ID": "ID", "KEV": "KEV", "Loading…": "Wird geladen…",
    "Unowned": "Nicht zugeordnet",
    "No catalog entry matched this finding's asset": "Kein Katalogeintrag passt zum Asset dieses Befunds",
    "Known exploited (CISA KEV)": "Bekannt ausgenutzt (CISA KEV)",
    # Main window: menus, actions, filter, saved views, context files.
    "&Import Feeds…": "Ergebnisse &importieren…", "&Open Workspace…": "Arbeitsbereich ö&ffnen…",
    "Load Service &Catalog…": "Dienst&katalog laden…", "Load C&hange Log…": "Än&derungsprotokoll laden…",
    "Load CISA &KEV…": "CISA-KE&V laden…", "Load &EPSS Scores…": "&EPSS-Werte laden…",
    "&Keyboard Shortcuts": "&Tastenkürzel", "&Filter…": "&Filter…", "&Edit": "&Bearbeiten", "&Triage": "&Triage",
    "Next finding": "Nächster Befund", "Previous finding": "Vorheriger Befund", "Open the case": "Fall öffnen",
    "Back to the queue": "Zurück zur Warteschlange", "&Save View…": "Ansicht &speichern…",
    "Save the filter, columns and sort as a view (Ctrl+S)":
        "Filter, Spalten und Sortierung als Ansicht speichern (Strg+S)",
    "&Refresh": "&Aktualisieren", "Reset &Columns": "Spalten &zurücksetzen",
    "Show saved view 1–9": "Gespeicherte Ansicht 1–9 anzeigen",
    "Filter: severity:critical kev:yes owner:team-payments \"free text\"   (/ to focus, Down for suggestions)":
        "Filter: severity:critical kev:yes owner:team-payments \"freier Text\"   (/ zum Fokussieren, Pfeiltaste nach unten für Vorschläge)",
    "Filter: fields such as severity:critical, kev:yes, owner:team, status:new, epss>0.5, first_seen<2026-10-01, free text in quotes; - negates. Press Down for suggestions.":
        "Filter: Felder wie severity:critical, kev:yes, owner:team, status:new, epss>0.5, first_seen<2026-10-01, freier Text in Anführungszeichen; - verneint. Die Pfeiltaste nach unten zeigt Vorschläge.",
    "Column %1: %2": "Spalte %1: %2",
    "The query failed: %1": "Die Abfrage ist fehlgeschlagen: %1", "Triage": "Triage",
    "Service catalog (*.yaml *.yml *.json CODEOWNERS);;All files (*)":
        "Dienstkatalog (*.yaml *.yml *.json CODEOWNERS);;Alle Dateien (*)",
    "Change log (*.jsonl *.ndjson *.json);;All files (*)": "Änderungsprotokoll (*.jsonl *.ndjson *.json);;Alle Dateien (*)",
    "CISA KEV catalog (*.json);;All files (*)": "CISA-KEV-Katalog (*.json);;Alle Dateien (*)",
    "EPSS scores (*.csv *.csv.gz);;All files (*)": "EPSS-Werte (*.csv *.csv.gz);;Alle Dateien (*)",
    "Moving around": "Navigation", "Triage (on the selected findings)": "Triage (für die ausgewählten Befunde)",
    "General": "Allgemein",
    "Saved views could not be read: %1": "Gespeicherte Ansichten konnten nicht gelesen werden: %1",
    "Save View": "Ansicht speichern", "Name of the view:": "Name der Ansicht:",
    "Saved the view \"%1\".": "Ansicht „%1“ gespeichert.", "Delete View": "Ansicht löschen",
    "Delete the view \"%1\"?": "Ansicht „%1“ löschen?",
    "The case could not be read: %1": "Der Fall konnte nicht gelesen werden: %1",
    "No workspace open": "Kein Arbeitsbereich geöffnet", "%1+ findings": "%1+ Befunde", "%1 ms": "%1 ms",
    "Findings matching the filter; time until the first rows showed":
        "Befunde, die zum Filter passen; Zeit bis zur Anzeige der ersten Zeilen",
    "Loaded with warnings": "Mit Warnungen geladen", "Nothing was loaded": "Es wurde nichts geladen",
    "Catalog loaded: %1 entities; %2 findings mapped to a service, %3 unowned.":
        "Katalog geladen: %1 Entitäten; %2 Befunde einem Dienst zugeordnet, %3 nicht zugeordnet.",
    "The catalog was not loaded; the previous one stays in force.":
        "Der Katalog wurde nicht geladen; der bisherige bleibt in Kraft.",
    "%1 of %2 file(s) not loaded; what was loaded before stays in force.":
        "%1 von %2 Datei(en) nicht geladen; was zuvor geladen wurde, bleibt in Kraft.",
    "Saved views": "Gespeicherte Ansichten", "Every finding": "Alle Befunde",
    "Keyboard Shortcuts": "Tastenkürzel", "Keys": "Tasten", "Action": "Aktion",
    # Triage actions and dialog.
    "Mark &Triaged…": "Als &gesichtet markieren…", "Mark &In Progress…": "Als &in Arbeit markieren…",
    "Mark &False Positive…": "Als &Fehlalarm markieren…", "&Accept Risk…": "&Risiko akzeptieren…",
    "Mark Fixed, &Verify…": "Als behoben markieren, &Nachweis abwarten…", "Assign to &Me": "&Mir zuweisen",
    "Assign to &Person…": "Einer &Person zuweisen…", "Assign &Owner…": "&Verantwortlichen zuweisen…",
    "Add &Note…": "Notiz &hinzufügen…", "Apply to &Similar Findings…": "Auf ähnliche Befunde an&wenden…",
    "&Undo Last Triage Decision": "Letzte Triage-Entscheidung &rückgängig machen",
    "Nothing changed: the findings already were that way.": "Nichts geändert: Die Befunde hatten diesen Stand bereits.",
    "Assigned to you. Ctrl+Z undoes it.": "Ihnen zugewiesen. Strg+Z macht es rückgängig.",
    "Already assigned to you.": "Bereits Ihnen zugewiesen.", "Nothing to undo.": "Nichts rückgängig zu machen.",
    "&Status:": "&Status:", "Why (required, kept in the audit trail)":
        "Warum (Pflichtangabe, wird im Prüfprotokoll festgehalten)",
    "&Reason:": "&Begründung:", "Team, e.g. group:default/team-payments": "Team, z. B. group:default/team-payments",
    "Person; empty to unassign": "Person; leer lassen, um die Zuweisung aufzuheben",
    "&Owner:": "&Verantwortlich:", "&Assignee:": "B&earbeiter:", "Optional": "Optional",
    "The note": "Die Notiz", "Optional note": "Optionale Notiz", "&Note:": "&Notiz:", "Apply": "Anwenden",
    "You can undo this with Ctrl+Z.": "Sie können dies mit Strg+Z rückgängig machen.",
    "Cannot preview: %1": "Keine Vorschau möglich: %1",
    # Case view: sections, panels and their vocabulary.
    "Fixed and verified": "Behoben und nachgewiesen", "Exception": "Ausnahme", "Open": "Offen",
    "Import": "Import", "Audit": "Audit", "Note": "Notiz", "Change": "Änderung", "Deploy": "Bereitstellung",
    "Commit": "Commit", "Config": "Konfiguration", "Backup": "Vertretung", "Manager": "Manager",
    "Operations lead": "Betriebsleitung", "Image": "Image", "Repository": "Repository", "Host": "Host",
    "Cloud resource": "Cloud-Ressource", "File path (CODEOWNERS)": "Dateipfad (CODEOWNERS)",
    "Set by hand": "Manuell gesetzt", "Yes": "Ja", "No": "Nein", "%1 UTC": "%1 UTC",
    "No business context: the finding is not mapped to a service of the catalog.":
        "Kein geschäftlicher Kontext: Der Befund ist keinem Dienst des Katalogs zugeordnet.",
    "Description": "Beschreibung", "Criticality": "Kritikalität", "Customer-facing": "Für Kunden zugänglich",
    "Internet-facing": "Aus dem Internet erreichbar", "Data classes": "Datenklassen", "Lifecycle": "Lebenszyklus",
    "System": "System", "Type": "Typ", "Tags": "Tags", "Catalog file": "Katalogdatei",
    "PII": "Personenbezogene Daten", "Deprecated": "Abgekündigt", "Tier %1": "Stufe %1",
    "review in the next maintenance window": "im nächsten Wartungsfenster prüfen",
    "Kind": "Art", "Locations": "Orte", "and more": "und weitere",
    "No repository, image, host, cloud resource or file path of this finding matches an entry of the service catalog or a CODEOWNERS rule.":
        "Weder Repository noch Image, Host, Cloud-Ressource oder Dateipfad dieses Befunds passen zu einem Eintrag des Dienstkatalogs oder einer CODEOWNERS-Regel.",
    "Email": "E-Mail", "Mapped by": "Zugeordnet über", "Why": "Grund", "CODEOWNERS": "CODEOWNERS",
    "Escalation chain": "Eskalationskette", "Role": "Rolle", "Name": "Name", "Contact": "Kontakt",
    "• %1": "• %1", "%1: %2": "%1: %2", "%1 %2": "%1 %2", "%1 (%2)": "%1 (%2)", "from %1": "aus %1",
    "Nothing to match on: the finding names no asset or file.":
        "Nichts zum Abgleichen: Der Befund nennt weder ein Asset noch eine Datei.",
    "Looked up, without a match:": "Ohne Treffer gesucht:",
    "Same": "Gemeinsam", "Outcome": "Ergebnis", "Days": "Tage",
    "Days from first seen to resolved": "Tage vom ersten Auftreten bis zur Behebung",
    "Apply a decision to similar…": "Entscheidung auf ähnliche anwenden…",
    "Choose a status, owner or note and apply it to these similar findings in one step":
        "Status, Verantwortlichen oder Notiz wählen und in einem Schritt auf diese ähnlichen Befunde anwenden",
    "No similar findings: nothing else shares this CVE, rule or package.":
        "Keine ähnlichen Befunde: Kein anderer Befund hat dieselbe CVE, Regel oder dasselbe Paket.",
    "Showing the first %1.": "Die ersten %1 werden angezeigt.",
    "CVSS": "CVSS", "Known exploited": "Bekannt ausgenutzt", "Required action": "Erforderliche Maßnahme",
    "CVEs": "CVEs", "CWEs": "CWEs", "Package URL": "Paket-URL", "Remediation": "Behebung",
    "Detected by": "Erkannt von", "References": "Referenzen", "Untitled finding": "Befund ohne Titel",
    "Finding #%1": "Befund #%1", "%1 — %2": "%1 — %2",
    "Added to the CISA KEV catalog on %1": "Am %1 in den CISA-KEV-Katalog aufgenommen",
    "remediation due %1": "Behebung fällig bis %1",
    "known use in ransomware campaigns": "bekannter Einsatz in Ransomware-Kampagnen",
    "Listed in the CISA KEV catalog": "Im CISA-KEV-Katalog gelistet",
    "%1% chance of exploitation in the next 30 days; higher than %2% of scored CVEs":
        "%1\u00a0% Wahrscheinlichkeit einer Ausnutzung in den nächsten 30 Tagen; höher als bei %2\u00a0% der bewerteten CVEs",
    "%1% chance of exploitation in the next 30 days": "%1\u00a0% Wahrscheinlichkeit einer Ausnutzung in den nächsten 30 Tagen",
    "Scored on %1": "Bewertet am %1", "Rule %1": "Regel %1", "%1, rule %2": "%1, Regel %2",
    "Select a finding to see its case": "Wählen Sie einen Befund aus, um seinen Fall zu sehen",
    "Summary": "Zusammenfassung", "Ownership and escalation": "Zuständigkeit und Eskalation",
    "Business context": "Geschäftlicher Kontext", "Exposure": "Exposition", "Recent changes": "Letzte Änderungen",
    "Similar findings": "Ähnliche Befunde", "Fingerprint": "Fingerabdruck", "Timeline": "Zeitleiste",
    "Raw source": "Rohdaten der Quelle",
    "No changes recorded in the 14 days before first seen":
        "Keine Änderungen in den 14 Tagen vor dem ersten Auftreten erfasst",
    "When": "Zeitpunkt", "Reference": "Referenz", "Author": "Autor",
    "No fingerprint inputs recorded.": "Keine Eingaben für den Fingerabdruck erfasst.",
    "Event": "Ereignis", "Actor": "Akteur", "Notes": "Notizen",
    "The source did not keep a raw record.": "Die Quelle hat keinen Rohdatensatz aufbewahrt.",
    "No events recorded.": "Keine Ereignisse erfasst.",
    "Showing the latest %1 of %2 events.": "Die neuesten %1 von %2 Ereignissen werden angezeigt.",
    "%1 · %2": "%1 · %2",
    "Expanded; press Space to fold": "Ausgeklappt; zum Einklappen die Leertaste drücken",
    "Folded; press Space to expand": "Eingeklappt; zum Ausklappen die Leertaste drücken",
    "Copy": "Kopieren", "Copy this reference": "Diese Referenz kopieren",
    "Open in the web browser": "Im Webbrowser öffnen",
    # Policy, SLA clocks and exceptions. Paths and clocks are nouns (labels);
    # "in force" is "in Kraft", switching a policy on is "in Kraft setzen".
    "Contained": "Eingedämmt", "%1 min": "%1 Min.", "%1 h": "%1 Std.", "%1 d": "%1 Tg.",
    "in under a minute": "in unter einer Minute", "in %1": "in %1", "due now": "jetzt fällig",
    "%1 overdue": "%1 überfällig",
    "Enforce": "Durchsetzung", "Approve": "Genehmigung", "Ticket": "Ticket", "Incident": "Vorfall",
    "Batch": "Sammelbehebung",
    "Acknowledge": "Quittierung", "Contain": "Eindämmung", "Remediate": "Behebung", "Verify": "Nachweis",
    "Not started": "Nicht gestartet", "On track": "Im Plan", "At risk": "Gefährdet", "Breached": "Überschritten",
    "Paused": "Angehalten", "Met": "Erfüllt", "Met late": "Verspätet erfüllt",
    "waiting for acknowledgement": "wartet auf Quittierung", "waiting for approval": "wartet auf Genehmigung",
    "waiting for containment": "wartet auf Eindämmung", "waiting for remediation": "wartet auf Behebung",
    "waiting for verification": "wartet auf Nachweis",
    "waiting for the exception to expire": "wartet auf den Ablauf der Ausnahme",
    "nothing pending": "nichts ausstehend", "waiting for %1": "wartet auf %1",
    "Awaiting decision": "Entscheidung ausstehend", "Active": "Aktiv", "Rejected": "Abgelehnt",
    "Expired": "Abgelaufen", "Revoked": "Widerrufen", "Renewed": "Verlängert",
    "rule %1": "Regel %1", "%1 in all services": "%1 in allen Diensten", "%1 in %2": "%1 in %2",
    "Within 7 days": "Innerhalb von 7 Tagen", "Within 30 days": "Innerhalb von 30 Tagen", "Later": "Später",
    "No expiry": "Kein Ablauf", "Overdue": "Überfällig", "Today": "Heute", "Tomorrow": "Morgen",
    # Case view: the Policy and SLA panel.
    "owner": "Verantwortlicher", "assignee": "Bearbeiter", "backup": "Vertretung", "manager": "Manager",
    "security team": "Sicherheitsteam", "operations lead": "Betriebsleitung",
    "No SLA clocks (not routed yet)": "Keine SLA-Fristen (noch nicht eingeordnet)",
    "(not the policy in force)": "(nicht die geltende Richtlinie)", "Exceptions": "Ausnahmen",
    "State": "Zustand", "Tier": "Stufe", "Expires": "Läuft ab", "Requested by": "Beantragt von",
    "Decided by": "Entschieden von", "Justification": "Begründung",
    "%1 since %2": "%1, seit %2", "held by %1 (%2)": "liegt bei %1 (%2)", "Held by %1 (%2)": "Liegt bei %1 (%2)",
    "Reach %1 at %2": "%1 erreichbar unter %2", "escalation level %1 on %2": "Eskalationsstufe %1 (%2)",
    "Decided by rule %1 of policy '%2' (version %3)": "Entschieden durch Regel %1 der Richtlinie „%2“ (Version %3)",
    "Decided by rule %1 of policy version %2": "Entschieden durch Regel %1 der Richtlinienversion %2",
    "Decided by rule %1": "Entschieden durch Regel %1",
    "Met %1, %2 late": "Erfüllt am %1, %2 zu spät", "Met %1": "Erfüllt am %1",
    "Paused after its deadline": "Nach Fristende angehalten", "Paused with %1 left": "Angehalten, %1 verbleibend",
    "Due %1 · %2": "Fällig am %1 · %2", "Deadline %1": "Fristende %1", "At risk from %1": "Gefährdet ab %1",
    "%1% of the clock's time used": "%1\u00a0% der Frist verbraucht", "Level %1": "Stufe %1",
    "Next escalation %1": "Nächste Eskalation %1", "%1 (VEX)": "%1 (VEX)", "#%1 %2": "#%1 %2",
    "%1 tier": "Stufe %1", "expires %1": "läuft ab %1", "requested by %1": "beantragt von %1",
    "decided by %1": "entschieden von %1", "• %1: %2": "• %1: %2", "Policy and SLA": "Richtlinie und SLA",
    # Exceptions: decision and request dialogs, lists, calendar.
    "Approve exception %1": "Ausnahme %1 genehmigen", "&Approve": "&Genehmigen",
    "Reject exception %1": "Ausnahme %1 ablehnen", "Re&ject": "Ab&lehnen",
    "Revoke exception %1": "Ausnahme %1 widerrufen", "Re&voke": "&Widerrufen",
    "Scope:": "Umfang:", "%1 (policy rule %2)": "%1 (Richtlinienregel %2)", "Tier:": "Stufe:", "State:": "Zustand:",
    "Requested by:": "Beantragt von:", "%1 on %2": "%1 am %2", "Expires:": "Läuft ab:",
    "Justification:": "Begründung:", "Compensating controls:": "Kompensierende Maßnahmen:", "Source:": "Quelle:",
    "VEX statement %1": "VEX-Aussage %1", "Required": "Pflichtangabe",
    "Only a request awaiting a decision can be approved or rejected.":
        "Nur ein Antrag, über den noch nicht entschieden ist, kann genehmigt oder abgelehnt werden.",
    "Only an active or requested exception can be revoked.":
        "Nur eine aktive oder beantragte Ausnahme kann widerrufen werden.",
    "You requested this exception: another manager must decide it (four eyes).":
        "Sie haben diese Ausnahme beantragt: Ein anderer Manager muss darüber entscheiden (Vier-Augen-Prinzip).",
    "Give a reason.": "Geben Sie einen Grund an.",
    "Compensating controls: %1": "Kompensierende Maßnahmen: %1",
    "Past its expiry: the expiry sweep has not handled it yet":
        "Abgelaufen: Die Ablaufprüfung hat sie noch nicht bearbeitet",
    "Set by policy rule %1": "Festgelegt durch Richtlinienregel %1", "Local time (%1)": "Ortszeit (%1)",
    "Due": "Fällig", "Expires at": "Läuft ab um", "Scope": "Umfang", "Requester": "Antragsteller",
    "Request an exception": "Ausnahme beantragen", "Selected findings": "Ausgewählte Befunde",
    "A CVE": "Eine CVE", "A rule": "Eine Regel", "All services": "Alle Dienste",
    "Why the risk is acceptable until the expiry": "Warum das Risiko bis zum Ablauf akzeptabel ist",
    "For example: WAF rule blocks the vulnerable path": "Zum Beispiel: Eine WAF-Regel sperrt den verwundbaren Pfad",
    "&Request": "&Beantragen", "&Scope:": "&Umfang:", "CVE or &rule:": "CVE oder &Regel:", "Ser&vice:": "&Dienst:",
    "&Justification:": "Be&gründung:", "&Compensating controls:": "&Kompensierende Maßnahmen:",
    "&Expires:": "Läuft &ab:", "Renew exception %1": "Ausnahme %1 verlängern",
    "&Request renewal": "Verlängerung &beantragen", "Previous justification: %1": "Bisherige Begründung: %1",
    "Select the findings in the queue first, or choose a CVE or a rule.":
        "Wählen Sie zuerst Befunde in der Warteschlange aus, oder wählen Sie eine CVE oder eine Regel.",
    "Enter a CVE id such as CVE-2024-1234.": "Geben Sie eine CVE-ID wie CVE-2024-1234 ein.",
    "Enter the rule id.": "Geben Sie die Regel-ID ein.",
    "A justification is required.": "Eine Begründung ist erforderlich.",
    "A renewal needs a new justification.": "Eine Verlängerung braucht eine neue Begründung.",
    "The expiry must be in the future.": "Der Ablauf muss in der Zukunft liegen.",
    "The expiry may be at most %1.": "Der Ablauf darf nicht nach %1 liegen.",
    # Exceptions page: its buttons and headings share one set of mnemonics.
    "&Request exception…": "Ausnahme beant&ragen…", "&Open findings": "Be&funde öffnen",
    "&Approve…": "&Genehmigen…", "Re&ject…": "Ab&lehnen…", "Re&new…": "&Verlängern…", "Re&voke…": "&Widerrufen…",
    "Exception expiry calendar": "Ablaufkalender der Ausnahmen",
    "Exceptions expiring on the chosen day": "Ausnahmen, die am gewählten Tag ablaufen",
    "Agenda of expiring exceptions": "Agenda der ablaufenden Ausnahmen",
    "Could not read the exceptions: %1": "Die Ausnahmen konnten nicht gelesen werden: %1",
    "You requested this exception: another manager decides it (four eyes).":
        "Sie haben diese Ausnahme beantragt: Ein anderer Manager entscheidet darüber (Vier-Augen-Prinzip).",
    "Awaiting a manager's decision.": "Wartet auf die Entscheidung eines Managers.",
    "&Expiring on %1": "Ablauf a&m %1", "Nothing &expires on %1": "Kein Ablauf a&m %1",
    "%1: no exception expires": "%1: Keine Ausnahme läuft ab", "Calendar legend": "Kalenderlegende",
    # Main window, notifications, policy controller.
    "Findings": "Befunde", "Similar findings could not be read: %1": "Ähnliche Befunde konnten nicht gelesen werden: %1",
    "Escalation": "Eskalation", "Exception expires soon": "Ausnahme läuft bald ab",
    "Exception expired": "Ausnahme abgelaufen", "Exception awaits decision": "Ausnahme wartet auf Entscheidung",
    "Exception approved": "Ausnahme genehmigt", "Exception approved automatically": "Ausnahme automatisch genehmigt",
    "Exception rejected": "Ausnahme abgelehnt", "Time": "Zeit", "Recipient": "Empfänger", "Subject": "Betreff",
    "Could not read the notifications: %1": "Die Benachrichtigungen konnten nicht gelesen werden: %1",
    "Notifications": "Benachrichtigungen", "&Mark All Read": "Alle als gelesen mar&kieren",
    "all read": "alle gelesen",
    "Select a notification to see it in full.": "Wählen Sie eine Benachrichtigung aus, um sie vollständig zu sehen.",
    "No notifications.": "Keine Benachrichtigungen.",
    "Not written to the outbox yet.": "Noch nicht in den Postausgang geschrieben.",
    "Outbox file: %1": "Postausgangsdatei: %1",
    "Could not mark the notifications read: %1": "Die Benachrichtigungen konnten nicht als gelesen markiert werden: %1",
    "Policy %1 is in force; every finding was evaluated again":
        "Richtlinie %1 ist in Kraft; alle Befunde wurden neu bewertet",
    "Escalations, reminders and exception decisions (Ctrl+Shift+N)":
        "Eskalationen, Erinnerungen und Entscheidungen über Ausnahmen (Strg+Umschalt+N)",
    "New Exception for a CVE or &Rule…": "Neue Ausnahme für eine CVE oder &Regel…",
    "Check Expiry and Escalations &Now": "Ablauf und Eskalationen &jetzt prüfen",
    "E&xceptions Calendar": "Ausnahmen&kalender", "&Policy…": "&Richtlinie…",
    "The policy in force; load a new one, see its backtest and switch it on":
        "Die geltende Richtlinie; eine neue laden, ihre Rückrechnung ansehen und sie in Kraft setzen",
    "Exception #%1 requested (%2 tier): a manager decides": "Ausnahme #%1 beantragt (Stufe %2): Ein Manager entscheidet",
    "Exception not requested: %1": "Ausnahme nicht beantragt: %1", "Exception #%1 rejected": "Ausnahme #%1 abgelehnt",
    "Not done: %1": "Nicht ausgeführt: %1",
    "Renewal #%1 of exception #%2 requested: a manager decides":
        "Verlängerung #%1 der Ausnahme #%2 beantragt: Ein Manager entscheidet",
    "Exception #%1 renewed as #%2": "Ausnahme #%1 als #%2 verlängert", "Not renewed: %1": "Nicht verlängert: %1",
    "Expiry and escalation check failed: %1": "Prüfung von Ablauf und Eskalationen fehlgeschlagen: %1",
    # Policy dialog and its backtest diff.
    "Policy": "Richtlinie", "Policy in force": "Geltende Richtlinie", "Name:": "Name:", "Version:": "Version:",
    "Loaded:": "Geladen:", "Activated:": "In Kraft gesetzt:", "Stored versions": "Gespeicherte Versionen",
    "Version": "Version", "File": "Datei", "Loaded": "Geladen", "Activated": "In Kraft gesetzt",
    "&Open Policy File…": "Richtliniendatei ö&ffnen…", "&Cancel": "&Abbrechen",
    "Open a policy file to see how it would route the workspace's findings and which SLA clocks would have been breached, before switching it on.":
        "Öffnen Sie eine Richtliniendatei, um zu sehen, wie sie die Befunde des Arbeitsbereichs einordnen würde und welche SLA-Fristen überschritten worden wären, bevor Sie sie in Kraft setzen.",
    "&Switch On…": "&In Kraft setzen…", "Close": "Schließen",
    "Could not read the workspace: %1": "Der Arbeitsbereich konnte nicht gelesen werden: %1",
    "shipped default, with the workspace": "mitgelieferte Vorgabe, mit dem Arbeitsbereich",
    "%1 by %2": "%1 von %2", "never switched on": "nie in Kraft gesetzt",
    "shipped default, not stored yet": "mitgelieferte Vorgabe, noch nicht gespeichert", "(in force)": "(in Kraft)",
    "Open Policy File": "Richtliniendatei öffnen",
    "Policy files (*.json);;All files (*)": "Richtliniendateien (*.json);;Alle Dateien (*)",
    "Validating %1…": "Prüfe %1…",
    "Backtesting “%1” over the workspace's history…": "Rückrechnung von „%1“ über die Geschichte des Arbeitsbereichs…",
    "The backtest failed: %1": "Die Rückrechnung ist fehlgeschlagen: %1",
    "Backtest cancelled; nothing changed.": "Rückrechnung abgebrochen; nichts wurde geändert.",
    "Nothing was loaded: the proposal below and the policy in force are unchanged.":
        "Es wurde nichts geladen: Der Vorschlag unten und die geltende Richtlinie bleiben unverändert.",
    "Nothing was loaded: the policy in force is unchanged.":
        "Es wurde nichts geladen: Die geltende Richtlinie bleibt unverändert.",
    "%1 (%2 s)": "%1 (%2 s)", "No proposal open.": "Kein Vorschlag geöffnet.",
    "Proposed: “%1”, version %2, from %3": "Vorgeschlagen: „%1“, Version %2, aus %3",
    "Open a valid policy file first.": "Öffnen Sie zuerst eine gültige Richtliniendatei.",
    "Only a manager can switch a policy on.": "Nur ein Manager kann eine Richtlinie in Kraft setzen.",
    "The policy in force is not known yet.": "Die geltende Richtlinie ist noch nicht bekannt.",
    "This version is already in force.": "Diese Version ist bereits in Kraft.",
    "Wait until the work in progress is done.": "Warten Sie, bis die laufende Arbeit abgeschlossen ist.",
    "Switch this version on after confirming it": "Diese Version nach einer Rückfrage in Kraft setzen",
    "Switch On Policy": "Richtlinie in Kraft setzen", "Switch On": "In Kraft setzen",
    "Switching on version %1…": "Version %1 wird in Kraft gesetzt…", "Not switched on: %1": "Nicht in Kraft gesetzt: %1",
    "“%1” (version %2) was already in force.": "„%1“ (Version %2) war bereits in Kraft.",
    "(none)": "(keine)", "Findings per path": "Befunde je Pfad", "Path": "Pfad", "Current": "Aktuell",
    "Proposed": "Vorgeschlagen",
    "Breached clocks per SLA class (current → proposed)": "Überschrittene Fristen je SLA-Klasse (aktuell → vorgeschlagen)",
    "SLA class": "SLA-Klasse", "From": "Von", "To": "Nach",
    "Findings with a breached clock: %1 (%2)": "Befunde mit überschrittener Frist: %1 (%2)",
    # Queue: the policy columns; triage: contain, and accepting a risk is an exception.
    "paused": "angehalten", "An active exception pauses the SLA clocks": "Eine aktive Ausnahme hält die SLA-Fristen an",
    "No SLA clock is running": "Keine SLA-Frist läuft", "Due %1": "Fällig am %1", "SLA due": "SLA fällig",
    "Mark &Contained…": "Als &eingedämmt markieren…",
    "Request &Exception (Accept Risk)…": "&Ausnahme beantragen (Risiko akzeptieren)…",
}
# Where one English word means different things, the context decides.
DE_IN_CONTEXT = {
    ("closeloop::ReferenceList", "Open"): "Öffnen",  # a button; elsewhere "Open" is a status
    # The decision dialog also shows the request's justification ("Begründung"):
    # its own reason field needs a word of its own and a mnemonic the buttons leave free.
    ("closeloop::ExceptionDecisionDialog", "&Reason:"): "&Entscheidungsgrund:",
}
PLURALS_DE = {
    "%n finding(s)": ["%n Befund", "%n Befunde"],
    "Importing %n file(s)…": ["Importiere %n Datei…", "Importiere %n Dateien…"],
    "%n file(s) could not be imported. Nothing of them was stored.":
        ["%n Datei konnte nicht importiert werden. Nichts davon wurde gespeichert.",
         "%n Dateien konnten nicht importiert werden. Nichts davon wurde gespeichert."],
    "%1 finding(s)": ["%1 Befund", "%1 Befunde"],
    "%1, %n finding(s)": ["%1, %n Befund", "%1, %n Befunde"],
    "Loading %n file(s)…": ["Lade %n Datei…", "Lade %n Dateien…"],
    "%n day(s)": ["%n Tag", "%n Tage"],
    "Open for %n day(s)": ["Seit %n Tag offen", "Seit %n Tagen offen"],
    "%n fixed and verified (median %1 days)":
        ["%n behoben und nachgewiesen (Median %1 Tage)", "%n behoben und nachgewiesen (Median %1 Tage)"],
    "%n fixed and verified": ["%n behoben und nachgewiesen", "%n behoben und nachgewiesen"],
    "%n exception(s)": ["%n Ausnahme", "%n Ausnahmen"],
    "%n false positive(s)": ["%n Fehlalarm", "%n Fehlalarme"],
    "%n open": ["%n offen", "%n offen"],
    "%n similar": ["%n ähnlicher", "%n ähnliche"],
    "Changed %n finding(s). Ctrl+Z undoes it.":
        ["%n Befund geändert. Strg+Z macht es rückgängig.", "%n Befunde geändert. Strg+Z macht es rückgängig."],
    "Undone: %n finding(s) restored.":
        ["Rückgängig gemacht: %n Befund wiederhergestellt.", "Rückgängig gemacht: %n Befunde wiederhergestellt."],
    "%n field(s) changed since were left alone.":
        ["%n seitdem geändertes Feld wurde belassen.", "%n seitdem geänderte Felder wurden belassen."],
    "Set Status of %n Finding(s)": ["Status von %n Befund setzen", "Status von %n Befunden setzen"],
    "Assign Owner to %n Finding(s)":
        ["Verantwortlichen für %n Befund festlegen", "Verantwortlichen für %n Befunde festlegen"],
    "Assign %n Finding(s)": ["%n Befund zuweisen", "%n Befunde zuweisen"],
    "Add a Note to %n Finding(s)": ["Notiz zu %n Befund hinzufügen", "Notiz zu %n Befunden hinzufügen"],
    "%n finding(s) selected": ["%n Befund ausgewählt", "%n Befunde ausgewählt"],
    "%n will change": ["%n wird geändert", "%n werden geändert"],
    "%n no longer exist": ["%n existiert nicht mehr", "%n existieren nicht mehr"],
    "Overdue by %n day(s)": ["Seit %n Tag überfällig", "Seit %n Tagen überfällig"],
    "In %n day(s)": ["In %n Tag", "In %n Tagen"],
    "Keep the reason under %n characters.":
        ["Der Grund muss kürzer als %n Zeichen sein.", "Der Grund muss kürzer als %n Zeichen sein."],
    "%n finding(s) covered now": ["%n Befund derzeit erfasst", "%n Befunde derzeit erfasst"],
    "Selected findings (%n)": ["Ausgewählte Befunde (%n)", "Ausgewählte Befunde (%n)"],
    "Its findings (%n)": ["Befunde der Ausnahme (%n)", "Befunde der Ausnahme (%n)"],
    "Keep the texts under %n characters.":
        ["Die Texte müssen kürzer als %n Zeichen sein.", "Die Texte müssen kürzer als %n Zeichen sein."],
    "&Expiring on %1: %n exception(s)": ["Ablauf a&m %1: %n Ausnahme", "Ablauf a&m %1: %n Ausnahmen"],
    "A&genda, next %n day(s): ": ["Age&nda, nächster %n Tag: ", "Age&nda, nächste %n Tage: "],
    ", %n overdue": [", %n überfällig", ", %n überfällig"],
    "%1: %n exception(s) expiring": ["%1: %n ablaufende Ausnahme", "%1: %n ablaufende Ausnahmen"],
    ", %n awaiting a decision": [", %n wartet auf eine Entscheidung", ", %n warten auf eine Entscheidung"],
    "%n expired": ["%n abgelaufen", "%n abgelaufen"],
    "%n within 7 days": ["%n innerhalb von 7 Tagen", "%n innerhalb von 7 Tagen"],
    "%n within 30 days": ["%n innerhalb von 30 Tagen", "%n innerhalb von 30 Tagen"],
    "%n later": ["%n später", "%n später"],
    "%1: %n exception(s) expire (%2)": ["%1: %n Ausnahme läuft ab (%2)", "%1: %n Ausnahmen laufen ab (%2)"],
    "%n awaiting a decision": ["%n wartet auf eine Entscheidung", "%n warten auf eine Entscheidung"],
    "%n pending": ["%n ausstehend", "%n ausstehend"],
    "%n unread": ["%n ungelesen", "%n ungelesen"],
    "%n unread notification(s)": ["%n ungelesene Benachrichtigung", "%n ungelesene Benachrichtigungen"],
    "Closeloop: %n new notification(s)": ["Closeloop: %n neue Benachrichtigung", "Closeloop: %n neue Benachrichtigungen"],
    "and %n more": ["und %n weitere", "und %n weitere"],
    "Exception #%1 approved by policy (%2 tier): %n finding(s) accepted until %3":
        ["Ausnahme #%1 durch die Richtlinie genehmigt (Stufe %2): %n Befund bis %3 akzeptiert",
         "Ausnahme #%1 durch die Richtlinie genehmigt (Stufe %2): %n Befunde bis %3 akzeptiert"],
    "Exception #%1 approved: %n finding(s) accepted":
        ["Ausnahme #%1 genehmigt: %n Befund akzeptiert", "Ausnahme #%1 genehmigt: %n Befunde akzeptiert"],
    "Exception #%1 revoked: %n finding(s) reopened":
        ["Ausnahme #%1 widerrufen: %n Befund wieder geöffnet", "Ausnahme #%1 widerrufen: %n Befunde wieder geöffnet"],
    "%n exception(s) expired; their findings reopened":
        ["%n Ausnahme abgelaufen; ihre Befunde wurden wieder geöffnet",
         "%n Ausnahmen abgelaufen; ihre Befunde wurden wieder geöffnet"],
    "Switch on “%1”, version %2?\n\nIt replaces “%3” (version %4). Every finding is routed again under it (%n would change path or class), and the switch is audited.":
        ["„%1“, Version %2, in Kraft setzen?\n\nSie ersetzt „%3“ (Version %4). Alle Befunde werden danach neu eingeordnet (bei %n würden sich Pfad oder Klasse ändern), und der Wechsel wird im Prüfprotokoll festgehalten.",
         "„%1“, Version %2, in Kraft setzen?\n\nSie ersetzt „%3“ (Version %4). Alle Befunde werden danach neu eingeordnet (bei %n würden sich Pfad oder Klasse ändern), und der Wechsel wird im Prüfprotokoll festgehalten."],
    "“%1” (version %2) is in force: %n finding(s) evaluated, %3 rerouted.":
        ["„%1“ (Version %2) ist in Kraft: %n Befund bewertet, %3 neu eingeordnet.",
         "„%1“ (Version %2) ist in Kraft: %n Befunde bewertet, %3 neu eingeordnet."],
    "Replayed over %n finding(s) as of %1, against “%2” (version %3) in force.":
        ["Nachgerechnet über %n Befund zum Stand %1, gegenüber der geltenden „%2“ (Version %3).",
         "Nachgerechnet über %n Befunde zum Stand %1, gegenüber der geltenden „%2“ (Version %3)."],
    "%n finding(s) would change path or SLA class":
        ["Bei %n Befund würden sich Pfad oder SLA-Klasse ändern", "Bei %n Befunden würden sich Pfad oder SLA-Klasse ändern"],
    "…and %n more (not listed)": ["…und %n weiterer (nicht aufgeführt)", "…und %n weitere (nicht aufgeführt)"],
}
PLURALS_EN = {
    "%n finding(s)": ["%n finding", "%n findings"],
    "Importing %n file(s)…": ["Importing %n file…", "Importing %n files…"],
    "%n file(s) could not be imported. Nothing of them was stored.":
        ["%n file could not be imported. Nothing of it was stored.",
         "%n files could not be imported. Nothing of them was stored."],
    "%1 finding(s)": ["%1 finding", "%1 findings"],
    "%1, %n finding(s)": ["%1, %n finding", "%1, %n findings"],
    "Loading %n file(s)…": ["Loading %n file…", "Loading %n files…"],
    "%n day(s)": ["%n day", "%n days"],
    "Open for %n day(s)": ["Open for %n day", "Open for %n days"],
    "%n fixed and verified (median %1 days)":
        ["%n fixed and verified (median %1 days)", "%n fixed and verified (median %1 days)"],
    "%n fixed and verified": ["%n fixed and verified", "%n fixed and verified"],
    "%n exception(s)": ["%n exception", "%n exceptions"],
    "%n false positive(s)": ["%n false positive", "%n false positives"],
    "%n open": ["%n open", "%n open"],
    "%n similar": ["%n similar", "%n similar"],
    "Changed %n finding(s). Ctrl+Z undoes it.":
        ["Changed %n finding. Ctrl+Z undoes it.", "Changed %n findings. Ctrl+Z undoes it."],
    "Undone: %n finding(s) restored.": ["Undone: %n finding restored.", "Undone: %n findings restored."],
    "%n field(s) changed since were left alone.":
        ["%n field changed since was left alone.", "%n fields changed since were left alone."],
    "Set Status of %n Finding(s)": ["Set Status of %n Finding", "Set Status of %n Findings"],
    "Assign Owner to %n Finding(s)": ["Assign Owner to %n Finding", "Assign Owner to %n Findings"],
    "Assign %n Finding(s)": ["Assign %n Finding", "Assign %n Findings"],
    "Add a Note to %n Finding(s)": ["Add a Note to %n Finding", "Add a Note to %n Findings"],
    "%n finding(s) selected": ["%n finding selected", "%n findings selected"],
    "%n will change": ["%n will change", "%n will change"],
    "%n no longer exist": ["%n no longer exists", "%n no longer exist"],
    "Overdue by %n day(s)": ["Overdue by %n day", "Overdue by %n days"],
    "In %n day(s)": ["In %n day", "In %n days"],
    "Keep the reason under %n characters.":
        ["Keep the reason under %n character.", "Keep the reason under %n characters."],
    "%n finding(s) covered now": ["%n finding covered now", "%n findings covered now"],
    "Selected findings (%n)": ["Selected findings (%n)", "Selected findings (%n)"],
    "Its findings (%n)": ["Its findings (%n)", "Its findings (%n)"],
    "Keep the texts under %n characters.":
        ["Keep the texts under %n character.", "Keep the texts under %n characters."],
    "&Expiring on %1: %n exception(s)": ["&Expiring on %1: %n exception", "&Expiring on %1: %n exceptions"],
    "A&genda, next %n day(s): ": ["A&genda, next %n day: ", "A&genda, next %n days: "],
    ", %n overdue": [", %n overdue", ", %n overdue"],
    "%1: %n exception(s) expiring": ["%1: %n exception expiring", "%1: %n exceptions expiring"],
    ", %n awaiting a decision": [", %n awaiting a decision", ", %n awaiting a decision"],
    "%n expired": ["%n expired", "%n expired"],
    "%n within 7 days": ["%n within 7 days", "%n within 7 days"],
    "%n within 30 days": ["%n within 30 days", "%n within 30 days"],
    "%n later": ["%n later", "%n later"],
    "%1: %n exception(s) expire (%2)": ["%1: %n exception expires (%2)", "%1: %n exceptions expire (%2)"],
    "%n awaiting a decision": ["%n awaiting a decision", "%n awaiting a decision"],
    "%n pending": ["%n pending", "%n pending"],
    "%n unread": ["%n unread", "%n unread"],
    "%n unread notification(s)": ["%n unread notification", "%n unread notifications"],
    "Closeloop: %n new notification(s)": ["Closeloop: %n new notification", "Closeloop: %n new notifications"],
    "and %n more": ["and %n more", "and %n more"],
    "Exception #%1 approved by policy (%2 tier): %n finding(s) accepted until %3":
        ["Exception #%1 approved by policy (%2 tier): %n finding accepted until %3",
         "Exception #%1 approved by policy (%2 tier): %n findings accepted until %3"],
    "Exception #%1 approved: %n finding(s) accepted":
        ["Exception #%1 approved: %n finding accepted", "Exception #%1 approved: %n findings accepted"],
    "Exception #%1 revoked: %n finding(s) reopened":
        ["Exception #%1 revoked: %n finding reopened", "Exception #%1 revoked: %n findings reopened"],
    "%n exception(s) expired; their findings reopened":
        ["%n exception expired; its findings reopened", "%n exceptions expired; their findings reopened"],
    "Switch on “%1”, version %2?\n\nIt replaces “%3” (version %4). Every finding is routed again under it (%n would change path or class), and the switch is audited.":
        ["Switch on “%1”, version %2?\n\nIt replaces “%3” (version %4). Every finding is routed again under it (%n would change path or class), and the switch is audited.",
         "Switch on “%1”, version %2?\n\nIt replaces “%3” (version %4). Every finding is routed again under it (%n would change path or class), and the switch is audited."],
    "“%1” (version %2) is in force: %n finding(s) evaluated, %3 rerouted.":
        ["“%1” (version %2) is in force: %n finding evaluated, %3 rerouted.",
         "“%1” (version %2) is in force: %n findings evaluated, %3 rerouted."],
    "Replayed over %n finding(s) as of %1, against “%2” (version %3) in force.":
        ["Replayed over %n finding as of %1, against “%2” (version %3) in force.",
         "Replayed over %n findings as of %1, against “%2” (version %3) in force."],
    "%n finding(s) would change path or SLA class":
        ["%n finding would change path or SLA class", "%n findings would change path or SLA class"],
    "…and %n more (not listed)": ["…and %n more (not listed)", "…and %n more (not listed)"],
}


def fill(path, singular, plural, in_context=None):
    tree = ET.parse(path)
    missing = []
    for ctx in tree.iter("context"):
        context = ctx.findtext("name")
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            # Entries lupdate no longer finds in the sources stay as they are:
            # filling one would make it active again.
            if tr.get("type") in ("vanished", "obsolete"):
                continue
            if msg.get("numerus") == "yes":
                forms = plural.get(source)
                if forms is None:
                    missing.append(source)
                    continue
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
                tr.attrib.pop("type", None)
            elif singular is not None:
                text = (in_context or {}).get((context, source), singular.get(source))
                if text is None:
                    missing.append(source)
                    continue
                tr.text = text
                tr.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


root = Path(__file__).resolve().parent.parent / "translations"
for name, singular, plural, in_context in (("closeloop_de.ts", DE, PLURALS_DE, DE_IN_CONTEXT),
                                           ("closeloop_en.ts", None, PLURALS_EN, None)):
    missing = fill(root / name, singular, plural, in_context)
    print(f"{name}: {len(missing)} message(s) without a translation")
    for source in missing:
        print(f"    {source!r}")
sys.exit(0)
