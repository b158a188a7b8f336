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
}
# Where one English word means different things, the context decides.
DE_IN_CONTEXT = {
    ("closeloop::ReferenceList", "Open"): "Öffnen",  # a button; elsewhere "Open" is a status
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
