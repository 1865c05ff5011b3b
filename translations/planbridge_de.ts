<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Grids</name>
    <message>
        <source>create: the ERP holds nothing; the release sends %1 %2</source>
        <translation>Anlegen: Das ERP enthält nichts; die Freigabe sendet %1 %2</translation>
    </message>
    <message>
        <source>change: %1 → %2 %3</source>
        <translation>Ändern: %1 → %2 %3</translation>
    </message>
    <message>
        <source>zero-out: %1 → 0 %2</source>
        <translation>Auf null setzen: %1 → 0 %2</translation>
    </message>
    <message>
        <source>unchanged: the ERP already holds %1 %2</source>
        <translation>Unverändert: Das ERP enthält bereits %1 %2</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>unzustellbar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
</context>
<context>
    <name>ReasonText</name>
    <message>
        <source>A field is missing, has the wrong type or holds an invalid date.</source>
        <translation>Ein Feld fehlt, hat den falschen Typ oder enthält ein ungültiges Datum.</translation>
    </message>
    <message>
        <source>The quantity is not a number, is negative, too large or has more than 3 decimals.</source>
        <translation>Die Menge ist keine Zahl, negativ, zu groß oder hat mehr als 3 Nachkommastellen.</translation>
    </message>
    <message>
        <source>The bucket does not start where a bucket of the version&apos;s type starts.</source>
        <translation>Der Zeitraum beginnt nicht dort, wo ein Zeitraum dieses Versionstyps beginnt.</translation>
    </message>
    <message>
        <source>The item is not in the master data.</source>
        <translation>Der Artikel ist nicht in den Stammdaten.</translation>
    </message>
    <message>
        <source>The location is not in the master data.</source>
        <translation>Der Standort ist nicht in den Stammdaten.</translation>
    </message>
    <message>
        <source>The channel is not in the master data&apos;s channel list.</source>
        <translation>Der Kanal steht nicht in der Kanalliste der Stammdaten.</translation>
    </message>
    <message>
        <source>The item is inactive.</source>
        <translation>Der Artikel ist inaktiv.</translation>
    </message>
    <message>
        <source>The location is blocked.</source>
        <translation>Der Standort ist gesperrt.</translation>
    </message>
    <message>
        <source>The item is not planned at this location.</source>
        <translation>Der Artikel wird an diesem Standort nicht geplant.</translation>
    </message>
    <message>
        <source>No conversion leads from the unit sent to the item&apos;s base unit.</source>
        <translation>Keine Umrechnung führt von der gesendeten Einheit zur Basiseinheit des Artikels.</translation>
    </message>
    <message>
        <source>The bucket starts after the location&apos;s planning horizon.</source>
        <translation>Der Zeitraum beginnt nach dem Planungshorizont des Standorts.</translation>
    </message>
    <message>
        <source>The bucket ends before the item&apos;s lead time has passed.</source>
        <translation>Der Zeitraum endet, bevor die Wiederbeschaffungszeit des Artikels vergangen ist.</translation>
    </message>
    <message>
        <source>The item is bought at this location but has no supplier.</source>
        <translation>Der Artikel wird an diesem Standort zugekauft, hat aber keinen Lieferanten.</translation>
    </message>
    <message>
        <source>An earlier row has the same item, location, channel and bucket.</source>
        <translation>Eine frühere Zeile hat denselben Artikel, Standort, Kanal und Zeitraum.</translation>
    </message>
    <message>
        <source>The plant calendar has no working day in the bucket.</source>
        <translation>Der Werkskalender hat in diesem Zeitraum keinen Arbeitstag.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>planner</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>scheduler</source>
        <translation>Fertigungssteuerer</translation>
    </message>
    <message>
        <source>procurement</source>
        <translation>Einkauf</translation>
    </message>
    <message>
        <source>integration support</source>
        <translation>Integrationssupport</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Master data JSON to validate against.</source>
        <translation>Stammdaten (JSON), gegen die geprüft wird.</translation>
    </message>
    <message>
        <source>Forecast version (JSON or CSV) to validate.</source>
        <translation>Zu prüfende Prognoseversion (JSON oder CSV).</translation>
    </message>
    <message>
        <source>Save a picture of the window after the first validation, then quit.</source>
        <translation>Nach der ersten Prüfung ein Bild des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <source>Language of the user interface, e.g. de.</source>
        <translation>Sprache der Benutzeroberfläche, z. B. de.</translation>
    </message>
    <message>
        <source>PlanBridge: forecast-to-ERP operations console.</source>
        <translation>PlanBridge: Betriebskonsole von der Prognose bis ins ERP.</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>--master and --input go together</source>
        <translation>--master und --input gehören zusammen</translation>
    </message>
    <message>
        <source>Bucket of the version: day, week or month (overrides the file; required for CSV).</source>
        <translation>Zeitraster der Version: day, week oder month (ersetzt den Wert der Datei; für CSV erforderlich).</translation>
    </message>
    <message>
        <source>As-of date of the version (overrides the file; required for CSV).</source>
        <translation>Stand der Version als Datum (ersetzt den Wert der Datei; für CSV erforderlich).</translation>
    </message>
    <message>
        <source>Version id (overrides the file&apos;s).</source>
        <translation>Versions-ID (ersetzt die der Datei).</translation>
    </message>
    <message>
        <source>Priority: normal or high (overrides the file; default normal).</source>
        <translation>Priorität: normal oder high (ersetzt den Wert der Datei; Standard normal).</translation>
    </message>
    <message>
        <source>--bucket, --as-of, --version-id and --priority need --master and --input</source>
        <translation>--bucket, --as-of, --version-id und --priority brauchen --master und --input</translation>
    </message>
    <message>
        <source>Run on the built-in sandbox with a seeded scenario, signed in as the demo planner (another demo user with --user).</source>
        <translation>In der eingebauten Sandbox mit einem vorbereiteten Szenario starten, angemeldet als Demo-Planer (anderer Demo-Benutzer mit --user).</translation>
    </message>
    <message>
        <source>The local cache (default: in the user&apos;s data folder).</source>
        <translation>Der lokale Cache (Standard: im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>Base URL of the ERP (S/4HANA).</source>
        <translation>Basis-URL des ERP (S/4HANA).</translation>
    </message>
    <message>
        <source>Base URL of the planning system (IBP).</source>
        <translation>Basis-URL des Planungssystems (IBP).</translation>
    </message>
    <message>
        <source>User to sign in as.</source>
        <translation>Benutzer, mit dem angemeldet wird.</translation>
    </message>
    <message>
        <source>Colours: system (default), light or dark.</source>
        <translation>Farben: system (Standard), light oder dark.</translation>
    </message>
    <message>
        <source>the demo could not start: %1</source>
        <translation>die Demo konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>cannot open the cache %1: %2</source>
        <translation>der Cache %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::AcceptedRecordsModel</name>
    <message>
        <source>Input rows (0-based) summed into this record: %1</source>
        <translation>In diesem Satz summierte Eingabezeilen (ab 0 gezählt): %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source> … and %1 more</source>
        <translation> … und %1 weitere</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>ERP plant</source>
        <translation>ERP-Werk</translation>
    </message>
    <message>
        <source>MRP area</source>
        <translation>Dispobereich</translation>
    </message>
    <message>
        <source>Period type</source>
        <translation>Periodentyp</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Periodenbeginn</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>UoM</source>
        <translation>ME</translation>
    </message>
    <message>
        <source>Source rows</source>
        <translation>Quellzeilen</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::AuditPage</name>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Search who, action, subject or detail (Enter)</source>
        <translation>Wer, Aktion, Objekt oder Details suchen (Enter)</translation>
    </message>
    <message>
        <source>Export JSON lines…</source>
        <translation>JSON Lines exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>The audit trail is in %1.</source>
        <translation>Das Prüfprotokoll liegt in %1.</translation>
    </message>
    <message>
        <source>Export the shown entries</source>
        <translation>Angezeigte Einträge exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Audit trail&lt;/b&gt;: every sign-in, decision and delivery, hash-chained</source>
        <translation>&lt;b&gt;Prüfprotokoll&lt;/b&gt;: jede Anmeldung, Entscheidung und Übermittlung, per Hash verkettet</translation>
    </message>
    <message>
        <source>Your roles do not include the audit trail.</source>
        <translation>Ihre Rollen umfassen das Prüfprotokoll nicht.</translation>
    </message>
    <message>
        <source>newest %1 of %2 entries</source>
        <translation>die neuesten %1 von %2 Einträgen</translation>
    </message>
    <message>
        <source>✔ Chain intact: %1 entries, head hash %2</source>
        <translation>✔ Kette intakt: %1 Einträge, Kopf-Hash %2</translation>
    </message>
    <message>
        <source>✘ Chain broken at entry %1: %2</source>
        <translation>✘ Kette unterbrochen bei Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Entries: %L1</source>
        <translation>Einträge: %L1</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::ChartPanel</name>
    <message>
        <source>No data yet: this chart fills in as versions are released.</source>
        <translation>Noch keine Daten: Dieses Diagramm füllt sich, sobald Versionen freigegeben werden.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show the numbers behind the chart</source>
        <translation>Die Zahlen hinter dem Diagramm anzeigen</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the chart as a PNG picture</source>
        <translation>Diagramm als PNG-Bild exportieren</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>%1 als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation>%1 konnte nicht exportiert werden: %2</translation>
    </message>
    <message>
        <source>Export %1 as PNG</source>
        <translation>%1 als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::ConsoleWindow</name>
    <message>
        <source>%1: online</source>
        <translation>%1: online</translation>
    </message>
    <message>
        <source>%1: OFFLINE</source>
        <translation>%1: OFFLINE</translation>
    </message>
    <message>
        <source>%1: not configured</source>
        <translation>%1: nicht konfiguriert</translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation>%1: wird geprüft…</translation>
    </message>
    <message>
        <source>PlanBridge</source>
        <translation>PlanBridge</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Ablehnungen</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Execution feedback</source>
        <translation>Ausführungsrückmeldung</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import version…</source>
        <translation>Version &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Ab&amp;melden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About PlanBridge</source>
        <translation>Ü&amp;ber PlanBridge</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>The ERP and the planning system are unreachable.</source>
        <translation>Das ERP und das Planungssystem sind nicht erreichbar.</translation>
    </message>
    <message>
        <source>The ERP is unreachable.</source>
        <translation>Das ERP ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The planning system is unreachable.</source>
        <translation>Das Planungssystem ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Offline mode. %1 Review, resolutions, submission and approval keep working from the local cache; releases stay queued and go out by themselves when the ERP is back.</source>
        <translation>Offline-Modus. %1 Durchsicht, Korrekturen, Einreichung und Genehmigung funktionieren weiter mit dem lokalen Cache; Freigaben bleiben in der Warteschlange und werden automatisch gesendet, sobald das ERP wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Warteschlange: %1</translation>
    </message>
    <message>
        <source>Dead letters: %1</source>
        <translation>Unzustellbar: %1</translation>
    </message>
    <message>
        <source>About PlanBridge</source>
        <translation>Über PlanBridge</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PlanBridge %1&lt;/h3&gt;&lt;p&gt;Moves approved demand forecasts into ERP execution and brings the execution feedback back to the people who plan.&lt;/p&gt;&lt;p&gt;Cache: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PlanBridge %1&lt;/h3&gt;&lt;p&gt;Überführt genehmigte Bedarfsprognosen in die Ausführung im ERP und bringt die Rückmeldung aus der Ausführung zurück zu den Planern.&lt;/p&gt;&lt;p&gt;Cache: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::DashboardsPage</name>
    <message>
        <source>Approval → posting latency (s) against the SLA</source>
        <translation>Latenz Genehmigung → Verbuchung (s) gegenüber dem SLA</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Latency s</source>
        <translation>Latenz s</translation>
    </message>
    <message>
        <source>p50 s</source>
        <translation>p50 s</translation>
    </message>
    <message>
        <source>p95 s</source>
        <translation>p95 s</translation>
    </message>
    <message>
        <source>Acceptance rate (%)</source>
        <translation>Annahmequote (%)</translation>
    </message>
    <message>
        <source>Acceptance %</source>
        <translation>Annahme %</translation>
    </message>
    <message>
        <source>Rows in</source>
        <translation>Eingangszeilen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejects by reason</source>
        <translation>Ablehnungen nach Grund</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation>Ablehnungen</translation>
    </message>
    <message>
        <source>Retry volume and queue depth</source>
        <translation>Wiederholungen und Länge der Warteschlange</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Unzustellbare Nachrichten</translation>
    </message>
    <message>
        <source>Feedback completion</source>
        <translation>Vollständigkeit der Rückmeldung</translation>
    </message>
    <message>
        <source>Posted versions</source>
        <translation>Verbuchte Versionen</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Shortages by plant</source>
        <translation>Fehlmengen nach Werk</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Shortages</source>
        <translation>Fehlmengen</translation>
    </message>
    <message>
        <source>Planned orders</source>
        <translation>Planaufträge</translation>
    </message>
    <message>
        <source>Requisitions</source>
        <translation>Bestellanforderungen</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dashboards&lt;/b&gt;: the measures of every version in the cache</source>
        <translation>&lt;b&gt;Dashboards&lt;/b&gt;: die Kennzahlen aller Versionen im Cache</translation>
    </message>
    <message>
        <source>SLA (high priority)</source>
        <translation>SLA (hohe Priorität)</translation>
    </message>
    <message>
        <source>feedback complete</source>
        <translation>Rückmeldung vollständig</translation>
    </message>
    <message>
        <source>waiting for feedback</source>
        <translation>wartet auf Rückmeldung</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Latency p50 %1, p95 %2 · %3 SLA breaches · acceptance %4% · %5 retries · queue %6 · %7 dead letters · feedback complete for %8% of posted versions</source>
        <translation>Latenz p50 %1, p95 %2 · %3 SLA-Verletzungen · Annahme %4 % · %5 Wiederholungen · Warteschlange %6 · %7 unzustellbar · Rückmeldung vollständig für %8 % der verbuchten Versionen</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::ExceptionsPage</name>
    <message>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>UNREACHABLE</source>
        <translation>NICHT ERREICHBAR</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>nicht konfiguriert</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Re&amp;play selected…</source>
        <translation>Auswahl erneut &amp;senden…</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dead letters and retries</source>
        <translation>Unzustellbare Nachrichten und Wiederholungen</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Unzustellbare Nachrichten</translation>
    </message>
    <message>
        <source>Retries (queued)</source>
        <translation>Wiederholungen (in Warteschlange)</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Technical and business</source>
        <translation>Technisch und fachlich</translation>
    </message>
    <message>
        <source>Technical only</source>
        <translation>Nur technisch</translation>
    </message>
    <message>
        <source>Business only</source>
        <translation>Nur fachlich</translation>
    </message>
    <message>
        <source>Correlation id, idempotency key, product or plant</source>
        <translation>Korrelations-ID, Idempotenzschlüssel, Produkt oder Werk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exceptions&lt;/b&gt;: messages the ERP did not take, and their retries</source>
        <translation>&lt;b&gt;Ausnahmen&lt;/b&gt;: Nachrichten, die das ERP nicht angenommen hat, und ihre Wiederholungen</translation>
    </message>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>Your roles do not include viewing exceptions.</source>
        <translation>Ihre Rollen erlauben nicht, Ausnahmen anzuzeigen.</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>wird wiederholt</translation>
    </message>
    <message>
        <source>Correlation id: %1
Idempotency key (Repeatability-Request-ID): %2
Attempts: %3, next attempt: %4

Request payload:
%5
ERP answer: %6 %7
%8</source>
        <translation>Korrelations-ID: %1
Idempotenzschlüssel (Repeatability-Request-ID): %2
Versuche: %3, nächster Versuch: %4

Anfragedaten:
%5
Antwort des ERP: %6 %7
%8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Your roles do not include replaying messages.</source>
        <translation>Ihre Rollen erlauben nicht, Nachrichten erneut zu senden.</translation>
    </message>
    <message>
        <source>Select a message to see its request and the ERP&apos;s answer.</source>
        <translation>Wählen Sie eine Nachricht, um ihre Anfrage und die Antwort des ERP zu sehen.</translation>
    </message>
    <message>
        <source>Select one or more dead letters to replay.</source>
        <translation>Wählen Sie eine oder mehrere unzustellbare Nachrichten zum erneuten Senden.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Replay of %1 refused: %2</source>
        <translation>Erneutes Senden von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>business</source>
        <translation>fachlich</translation>
    </message>
    <message>
        <source>technical</source>
        <translation>technisch</translation>
    </message>
    <message>
        <source>Replayed. The releases now hold acknowledged writes: %1, dead letters: %2, queued: %3.</source>
        <translation>Erneut gesendet. Die Freigaben haben jetzt bestätigte Schreibvorgänge: %1, unzustellbare Nachrichten: %2, in der Warteschlange: %3.</translation>
    </message>
    <message>
        <source>Messages: %L1</source>
        <translation>Nachrichten: %L1</translation>
    </message>
    <message>
        <source>Replay the selected dead letters (%1)?

Each one is resent with its original idempotency key (Repeatability-Request-ID). If an earlier attempt did reach the ERP, the ERP recognises the key and applies the write only once, so replaying never doubles a requirement.</source>
        <translation>Die ausgewählten unzustellbaren Nachrichten (%1) erneut senden?

Jede wird mit ihrem ursprünglichen Idempotenzschlüssel (Repeatability-Request-ID) erneut gesendet. Hat ein früherer Versuch das ERP doch erreicht, erkennt das ERP den Schlüssel und verbucht den Schreibvorgang nur einmal; erneutes Senden verdoppelt also nie einen Bedarf.</translation>
    </message>
    <message>
        <source>Replaying the selected dead letters (%1)…</source>
        <translation>Die ausgewählten unzustellbaren Nachrichten (%1) werden erneut gesendet…</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::FeedbackPage</name>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>Run &amp;MRP and collect feedback</source>
        <translation>&amp;MRP ausführen und Rückmeldung abholen</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Planned orders</source>
        <translation>Planaufträge</translation>
    </message>
    <message>
        <source>Purchase requisitions</source>
        <translation>Bestellanforderungen</translation>
    </message>
    <message>
        <source>Shortages</source>
        <translation>Fehlmengen</translation>
    </message>
    <message>
        <source>Materials released</source>
        <translation>Freigegebene Materialien</translation>
    </message>
    <message>
        <source>Coverage %</source>
        <translation>Abdeckung %</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Select a planned order, requisition or shortage to trace it back to the forecast.</source>
        <translation>Wählen Sie einen Planauftrag, eine Bestellanforderung oder eine Fehlmenge, um sie bis zur Prognose zurückzuverfolgen.</translation>
    </message>
    <message>
        <source>Release:</source>
        <translation>Freigabe:</translation>
    </message>
    <message>
        <source>Plant:</source>
        <translation>Werk:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Execution feedback&lt;/b&gt;: what MRP proposed from the released requirements</source>
        <translation>&lt;b&gt;Ausführungsrückmeldung&lt;/b&gt;: was MRP aus den freigegebenen Bedarfen vorgeschlagen hat</translation>
    </message>
    <message>
        <source>planned order</source>
        <translation>Planauftrag</translation>
    </message>
    <message>
        <source>purchase requisition</source>
        <translation>Bestellanforderung</translation>
    </message>
    <message>
        <source>shortage</source>
        <translation>Fehlmenge</translation>
    </message>
    <message>
        <source>All plants</source>
        <translation>Alle Werke</translation>
    </message>
    <message>
        <source>MRP is running for the plants of %1…</source>
        <translation>MRP läuft für die Werke von %1…</translation>
    </message>
    <message>
        <source>MRP feedback not collected: %1</source>
        <translation>MRP-Rückmeldung nicht abgeholt: %1</translation>
    </message>
    <message>
        <source>Tracing %1 %2 (%3 @ %4)…</source>
        <translation>Verfolge %1 %2 (%3 @ %4)…</translation>
    </message>
    <message>
        <source>Back: %1 %2 of %3 @ %4</source>
        <translation>Rückwärts: %1 %2 zu %3 @ %4</translation>
    </message>
    <message>
        <source>PIR write #%1 (%2, %3) key %4</source>
        <translation>Schreibvorgang Planprimärbedarf #%1 (%2, %3), Schlüssel %4</translation>
    </message>
    <message>
        <source>ERP record %1: %2 @ %3, period %4, %5 %6</source>
        <translation>ERP-Satz %1: %2 @ %3, Periode %4, %5 %6</translation>
    </message>
    <message>
        <source>forecast row %1</source>
        <translation>Prognosezeile %1</translation>
    </message>
    <message>
        <source>forecast row %1: %2 @ %3, %4, %5, %6 %7</source>
        <translation>Prognosezeile %1: %2 @ %3, %4, %5, %6 %7</translation>
    </message>
    <message>
        <source>planned order %1: %2 %3 available %4</source>
        <translation>Planauftrag %1: %2 %3, verfügbar %4</translation>
    </message>
    <message>
        <source>purchase requisition %1/%2: %3 %4 delivery %5</source>
        <translation>Bestellanforderung %1/%2: %3 %4, Lieferung %5</translation>
    </message>
    <message>
        <source>shortage from %1: %2 %3</source>
        <translation>Fehlmenge ab %1: %2 %3</translation>
    </message>
    <message>
        <source>MRP run %1. Planned orders: %2, purchase requisitions: %3, shortages: %4.</source>
        <translation>MRP-Lauf %1. Planaufträge: %2, Bestellanforderungen: %3, Fehlmengen: %4.</translation>
    </message>
    <message>
        <source>%1 %2 traced to version %6. PIR writes: %3, ERP records: %4, forecast rows: %5.</source>
        <translation>%1 %2 zurückverfolgt bis Version %6. PIR-Schreibvorgänge: %3, ERP-Sätze: %4, Prognosezeilen: %5.</translation>
    </message>
    <message>
        <source>Forward: what MRP proposed at %1 @ %2 (forecast rows: %3)</source>
        <translation>Vorwärts: was die Disposition bei %1 @ %2 vorschlug (Prognosezeilen: %3)</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::LoginDialog</name>
    <message>
        <source>Sign in to PlanBridge</source>
        <translation>Bei PlanBridge anmelden</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in with your PlanBridge account. What you can see and do follows your roles.</source>
        <translation>Melden Sie sich mit Ihrem PlanBridge-Konto an. Was Sie sehen und tun können, richtet sich nach Ihren Rollen.</translation>
    </message>
    <message>
        <source>Sign-in refused: %1</source>
        <translation>Anmeldung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::MainWindow</name>
    <message>
        <source>PlanBridge</source>
        <translation>PlanBridge</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open version…</source>
        <translation>Version ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Validate a forecast version file against a master data file</source>
        <translation>Eine Prognoseversion gegen eine Stammdatendatei prüfen</translation>
    </message>
    <message>
        <source>&amp;Reload sample</source>
        <translation>Beispiel neu &amp;laden</translation>
    </message>
    <message>
        <source>Validate the bundled sample version again</source>
        <translation>Die mitgelieferte Beispielversion erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About PlanBridge</source>
        <translation>Ü&amp;ber PlanBridge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running validation and keep the version shown</source>
        <translation>Die laufende Prüfung abbrechen und die angezeigte Version behalten</translation>
    </message>
    <message>
        <source>Validating %1…</source>
        <translation>Prüfe %1…</translation>
    </message>
    <message>
        <source>Validated %1 in %2 ms</source>
        <translation>%1 in %2 ms geprüft</translation>
    </message>
    <message>
        <source>Validation cancelled; still showing %1</source>
        <translation>Prüfung abgebrochen; weiterhin angezeigt: %1</translation>
    </message>
    <message>
        <source>Validation cancelled</source>
        <translation>Prüfung abgebrochen</translation>
    </message>
    <message>
        <source>About PlanBridge</source>
        <translation>Über PlanBridge</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PlanBridge %1&lt;/h3&gt;&lt;p&gt;Forecast-to-ERP operations console.&lt;/p&gt;&lt;p&gt;Validates approved demand forecasts against master data and turns them into ERP planned independent requirements.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PlanBridge %1&lt;/h3&gt;&lt;p&gt;Betriebskonsole von der Prognose bis ins ERP.&lt;/p&gt;&lt;p&gt;Prüft genehmigte Bedarfsprognosen gegen Stammdaten und wandelt sie in Planprimärbedarfe für das ERP um.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Could not validate: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Validation of %1 failed</source>
        <translation>Prüfung von %1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::OpenVersionDialog</name>
    <message>
        <source>Open forecast version</source>
        <translation>Prognoseversion öffnen</translation>
    </message>
    <message>
        <source>Master data JSON file</source>
        <translation>Stammdaten als JSON-Datei</translation>
    </message>
    <message>
        <source>Forecast version, JSON or CSV</source>
        <translation>Prognoseversion, JSON oder CSV</translation>
    </message>
    <message>
        <source>&amp;Master data:</source>
        <translation>&amp;Stammdaten:</translation>
    </message>
    <message>
        <source>Choose the master data file</source>
        <translation>Stammdatendatei auswählen</translation>
    </message>
    <message>
        <source>&amp;Version file:</source>
        <translation>&amp;Versionsdatei:</translation>
    </message>
    <message>
        <source>Choose the forecast version file</source>
        <translation>Datei der Prognoseversion auswählen</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Open master data</source>
        <translation>Stammdaten öffnen</translation>
    </message>
    <message>
        <source>Master data (*.json);;All files (*)</source>
        <translation>Stammdaten (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Forecast versions (*.json *.csv);;All files (*)</source>
        <translation>Prognoseversionen (*.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A CSV file carries no version fields: choose the bucket and the as-of date.</source>
        <translation>Eine CSV-Datei enthält keine Versionsfelder: Wählen Sie Zeitraster und Stand.</translation>
    </message>
    <message>
        <source>Choose the master data file and the forecast version file.</source>
        <translation>Wählen Sie die Stammdatendatei und die Datei der Prognoseversion.</translation>
    </message>
    <message>
        <source>There is no master data file at %1.</source>
        <translation>Unter %1 gibt es keine Stammdatendatei.</translation>
    </message>
    <message>
        <source>There is no version file at %1.</source>
        <translation>Unter %1 gibt es keine Versionsdatei.</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::ReasonChartView</name>
    <message>
        <source>No rejected rows</source>
        <translation>Keine abgelehnten Zeilen</translation>
    </message>
    <message>
        <source>Rejected rows by reason</source>
        <translation>Abgelehnte Zeilen nach Grund</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::ReasonCountModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Share of rejects</source>
        <translation>Anteil an Ablehnungen</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::RecordTableModel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Bucket start</source>
        <translation>Zeitraumbeginn</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::RejectionsPage</name>
    <message>
        <source>location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>row %1: %2 = %3</source>
        <translation>Zeile %1: %2 = %3</translation>
    </message>
    <message>
        <source>&amp;Map codes…</source>
        <translation>Codes &amp;zuordnen…</translation>
    </message>
    <message>
        <source>Map the selected rows&apos; unknown codes to canonical ones</source>
        <translation>Unbekannte Codes der ausgewählten Zeilen kanonischen Codes zuordnen</translation>
    </message>
    <message>
        <source>&amp;Convert units…</source>
        <translation>Einheiten &amp;umrechnen…</translation>
    </message>
    <message>
        <source>Add a unit conversion for the selected rows&apos; unit</source>
        <translation>Eine Einheitenumrechnung für die Einheit der ausgewählten Zeilen hinzufügen</translation>
    </message>
    <message>
        <source>E&amp;xclude…</source>
        <translation>&amp;Ausschließen…</translation>
    </message>
    <message>
        <source>Leave the selected rows out of the version, with a reason</source>
        <translation>Die ausgewählten Zeilen mit Begründung aus der Version ausschließen</translation>
    </message>
    <message>
        <source>&amp;Fix field…</source>
        <translation>Feld &amp;korrigieren…</translation>
    </message>
    <message>
        <source>Replace one field of the selected row</source>
        <translation>Ein Feld der ausgewählten Zeile ersetzen</translation>
    </message>
    <message>
        <source>&amp;Re-validate</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the re-validation</source>
        <translation>Erneute Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Rejects by reason</source>
        <translation>Ablehnungen nach Grund</translation>
    </message>
    <message>
        <source>Rejected rows of the chosen reason (select many)</source>
        <translation>Abgelehnte Zeilen des gewählten Grunds (Mehrfachauswahl)</translation>
    </message>
    <message>
        <source>Resolutions of this version</source>
        <translation>Korrekturen dieser Version</translation>
    </message>
    <message>
        <source>Choose a version on the Versions page.</source>
        <translation>Wählen Sie auf der Seite „Versionen“ eine Version.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejections&lt;/b&gt; of version %1 (%2)</source>
        <translation>&lt;b&gt;Ablehnungen&lt;/b&gt; der Version %1 (%2)</translation>
    </message>
    <message>
        <source>This version has no validation result yet.</source>
        <translation>Diese Version hat noch kein Prüfergebnis.</translation>
    </message>
    <message>
        <source>%1 rows in: %2 accepted, %3 rejected, %4 excluded by resolutions.</source>
        <translation>%1 Eingangszeilen: %2 angenommen, %3 abgelehnt, %4 durch Korrekturen ausgeschlossen.</translation>
    </message>
    <message>
        <source>Your roles do not include resolving rejects.</source>
        <translation>Ihre Rollen erlauben nicht, Ablehnungen zu korrigieren.</translation>
    </message>
    <message>
        <source>The resolution was not recorded: %1</source>
        <translation>Die Korrektur wurde nicht erfasst: %1</translation>
    </message>
    <message>
        <source>Re-validation stopped: %1</source>
        <translation>Erneute Prüfung abgebrochen: %1</translation>
    </message>
    <message>
        <source>Validate the version again with every resolution applied (Ctrl+Shift+V)</source>
        <translation>Die Version mit allen Korrekturen erneut prüfen (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>Rejects can be resolved only while the version is validated; this one is %1.</source>
        <translation>Ablehnungen lassen sich nur korrigieren, solange die Version geprüft ist; diese ist %1.</translation>
    </message>
    <message>
        <source>Re-validated %1. Rejects before: %2, now: %3.</source>
        <translation>%1 erneut geprüft. Ablehnungen vorher: %2, jetzt: %3.</translation>
    </message>
    <message>
        <source>rows: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::RejectsModel</name>
    <message>
        <source>Position of the record in the input, counting from 0</source>
        <translation>Position des Satzes in der Eingabe, ab 0 gezählt</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::ReleasePage</name>
    <message>
        <source>%1 of %2 writes done · %3 writes/s · %4 retries · %5 dead letters</source>
        <translation>%1 von %2 Schreibvorgängen erledigt · %3 Schreibvorgänge/s · %4 Wiederholungen · %5 unzustellbar</translation>
    </message>
    <message>
        <source> · about %1 s left</source>
        <translation> · noch etwa %1 s</translation>
    </message>
    <message>
        <source>&amp;Submit for approval</source>
        <translation>Zur Genehmigung &amp;einreichen</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>&amp;Zurücksenden…</translation>
    </message>
    <message>
        <source>&amp;Preview ERP impact</source>
        <translation>&amp;Vorschau ERP-Auswirkung</translation>
    </message>
    <message>
        <source>&amp;Release to ERP</source>
        <translation>An ERP &amp;freigeben</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Fort&amp;setzen</translation>
    </message>
    <message>
        <source>&amp;Cancel release…</source>
        <translation>Freigabe a&amp;bbrechen…</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Zurücksenden</translation>
    </message>
    <message>
        <source>Why does version %1 go back to the planners?</source>
        <translation>Warum geht Version %1 an die Planer zurück?</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>ERP impact before release</source>
        <translation>ERP-Auswirkung vor der Freigabe</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>High priority · SLA %1</source>
        <translation>Hohe Priorität · SLA %1</translation>
    </message>
    <message>
        <source>%1: %2 acknowledged, %3 queued, %4 dead letters</source>
        <translation>%1: %2 bestätigt, %3 in Warteschlange, %4 unzustellbar</translation>
    </message>
    <message>
        <source>Choose a version on the Versions page.</source>
        <translation>Wählen Sie auf der Seite „Versionen“ eine Version.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Release&lt;/b&gt; of version %1 (%2, %3 priority)</source>
        <translation>&lt;b&gt;Freigabe&lt;/b&gt; der Version %1 (%2, Priorität %3)</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>You submitted this version. Four-eyes rule: another user with the approver role must approve it; your own approval will be refused.</source>
        <translation>Sie haben diese Version eingereicht. Vier-Augen-Prinzip: Ein anderer Benutzer mit der Genehmigerrolle muss sie genehmigen; Ihre eigene Genehmigung wird abgelehnt.</translation>
    </message>
    <message>
        <source>Submitted by %1. Approve it if it is right, or send it back with a reason.</source>
        <translation>Eingereicht von %1. Genehmigen Sie sie, wenn sie stimmt, oder senden Sie sie mit Begründung zurück.</translation>
    </message>
    <message>
        <source>A planner submits a validated version; a different user with the approver role approves it (four-eyes); then it can be released.</source>
        <translation>Ein Planer reicht eine geprüfte Version ein; ein anderer Benutzer mit der Genehmigerrolle genehmigt sie (Vier-Augen-Prinzip); danach kann sie freigegeben werden.</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>Nicht eingereicht: %1</translation>
    </message>
    <message>
        <source>Version %1 is submitted and waits for an approver.</source>
        <translation>Version %1 ist eingereicht und wartet auf einen Genehmiger.</translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation>Nicht genehmigt: %1</translation>
    </message>
    <message>
        <source>Version %1 is approved and can be released.</source>
        <translation>Version %1 ist genehmigt und kann freigegeben werden.</translation>
    </message>
    <message>
        <source>Not sent back: %1</source>
        <translation>Nicht zurückgesendet: %1</translation>
    </message>
    <message>
        <source>Version %1 went back to the planners.</source>
        <translation>Version %1 ging an die Planer zurück.</translation>
    </message>
    <message>
        <source>Reading the ERP&apos;s PIRs…</source>
        <translation>Lese die Planprimärbedarfe aus dem ERP…</translation>
    </message>
    <message>
        <source>Version %1 has no validation result.</source>
        <translation>Version %1 hat kein Prüfergebnis.</translation>
    </message>
    <message>
        <source>The ERP is not reachable, so the impact is unknown: %1</source>
        <translation>Das ERP ist nicht erreichbar, die Auswirkung ist daher unbekannt: %1</translation>
    </message>
    <message>
        <source>Not released: %1</source>
        <translation>Nicht freigegeben: %1</translation>
    </message>
    <message>
        <source>Resuming %1…</source>
        <translation>Setze %1 fort…</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>Sende %1…</translation>
    </message>
    <message>
        <source>Release %1 stopped: %2</source>
        <translation>Freigabe %1 gestoppt: %2</translation>
    </message>
    <message>
        <source>Cancel release</source>
        <translation>Freigabe abbrechen</translation>
    </message>
    <message>
        <source>A release can be cancelled only while nothing of it was sent. Why cancel %1?</source>
        <translation>Eine Freigabe kann nur abgebrochen werden, solange nichts davon gesendet wurde. Warum %1 abbrechen?</translation>
    </message>
    <message>
        <source>Not cancelled: %1</source>
        <translation>Nicht abgebrochen: %1</translation>
    </message>
    <message>
        <source>Release %1 is cancelled; nothing of it reached the ERP.</source>
        <translation>Freigabe %1 ist abgebrochen; nichts davon hat das ERP erreicht.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Set to zero</source>
        <translation>Auf null gesetzt</translation>
    </message>
    <message>
        <source>PIR buckets in all: new %1, changed %2, set to zero %3, unchanged %4.</source>
        <translation>PIR-Zeiträume insgesamt: neu %1, geändert %2, auf null gesetzt %3, unverändert %4.</translation>
    </message>
    <message>
        <source>Release %1 paused; writes still queued: %2.</source>
        <translation>Freigabe %1 angehalten; Schreibvorgänge noch in der Warteschlange: %2.</translation>
    </message>
    <message>
        <source>The ERP is not answering. Writes of %2 that stay queued and go out when it is back: %1.</source>
        <translation>Das ERP antwortet nicht. Schreibvorgänge von %2, die in der Warteschlange bleiben und gesendet werden, sobald es wieder erreichbar ist: %1.</translation>
    </message>
    <message>
        <source>Release %1 finished; writes the ERP refused or never took (dead letters): %2. See Exceptions.</source>
        <translation>Freigabe %1 beendet; vom ERP abgelehnte oder nie übernommene Schreibvorgänge (unzustellbare Nachrichten): %2. Siehe Ausnahmen.</translation>
    </message>
    <message>
        <source>Release %1 is posted; writes acknowledged: %2.</source>
        <translation>Freigabe %1 ist verbucht; bestätigte Schreibvorgänge: %2.</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::ResolutionDialog</name>
    <message>
        <source>Map codes</source>
        <translation>Codes zuordnen</translation>
    </message>
    <message>
        <source>Every row of this version that uses one of these codes will use the canonical code instead.</source>
        <translation>Jede Zeile dieser Version, die einen dieser Codes verwendet, erhält stattdessen den kanonischen Code.</translation>
    </message>
    <message>
        <source>Item codes</source>
        <translation>Artikelcodes</translation>
    </message>
    <message>
        <source>Location codes</source>
        <translation>Standortcodes</translation>
    </message>
    <message>
        <source>Codes of:</source>
        <translation>Codes für:</translation>
    </message>
    <message>
        <source>&amp;Map these codes:</source>
        <translation>&amp;Diese Codes zuordnen:</translation>
    </message>
    <message>
        <source>&amp;To the canonical code:</source>
        <translation>Zum &amp;kanonischen Code:</translation>
    </message>
    <message>
        <source>Convert units</source>
        <translation>Einheiten umrechnen</translation>
    </message>
    <message>
        <source>1 unit of “from” is “factor” units of “to”, for one item or every item (*).</source>
        <translation>1 Einheit „Von“ entspricht „Faktor“ Einheiten „Nach“, für einen Artikel oder alle Artikel (*).</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Artikel:</translation>
    </message>
    <message>
        <source>&amp;From unit:</source>
        <translation>&amp;Von Einheit:</translation>
    </message>
    <message>
        <source>&amp;To unit:</source>
        <translation>&amp;Nach Einheit:</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;Faktor:</translation>
    </message>
    <message>
        <source>Exclude rows</source>
        <translation>Zeilen ausschließen</translation>
    </message>
    <message>
        <source>Fix a field</source>
        <translation>Feld korrigieren</translation>
    </message>
    <message>
        <source>Replace one field of row %1 for this version.</source>
        <translation>Ein Feld der Zeile %1 für diese Version ersetzen.</translation>
    </message>
    <message>
        <source>F&amp;ield:</source>
        <translation>F&amp;eld:</translation>
    </message>
    <message>
        <source>New &amp;value:</source>
        <translation>Neuer &amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Why, for the audit trail (required)</source>
        <translation>Begründung für das Prüfprotokoll (Pflicht)</translation>
    </message>
    <message>
        <source>Apply and re-validate</source>
        <translation>Anwenden und erneut prüfen</translation>
    </message>
    <message>
        <source>Give a reason: every resolution is recorded with who, when and why.</source>
        <translation>Geben Sie einen Grund an: Jede Korrektur wird mit Wer, Wann und Warum protokolliert.</translation>
    </message>
    <message>
        <source>Name the codes to map and the canonical code.</source>
        <translation>Geben Sie die zuzuordnenden Codes und den kanonischen Code an.</translation>
    </message>
    <message>
        <source>Name both units and the factor.</source>
        <translation>Geben Sie beide Einheiten und den Faktor an.</translation>
    </message>
    <message>
        <source>Select the rows to exclude first.</source>
        <translation>Wählen Sie zuerst die auszuschließenden Zeilen.</translation>
    </message>
    <message>
        <source>The selected rows (%1) will be left out of the version. They keep their numbers, so lineage still points at the input as it came in.</source>
        <translation>Die ausgewählten Zeilen (%1) werden aus der Version ausgeschlossen. Sie behalten ihre Nummern, sodass die Herkunft weiter auf die Eingabe verweist, wie sie ankam.</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::ResolutionListModel</name>
    <message>
        <source>Resolution</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::ResultTabs</name>
    <message>
        <source>Filter by reason, field, value or message</source>
        <translation>Nach Grund, Feld, Wert oder Meldung filtern</translation>
    </message>
    <message>
        <source>Double-click a reason to see its rejected rows</source>
        <translation>Doppelklick auf einen Grund zeigt seine abgelehnten Zeilen</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Accepted records (%1)</source>
        <translation>Angenommene Sätze (%1)</translation>
    </message>
    <message>
        <source>Rejects (%1)</source>
        <translation>Ablehnungen (%1)</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::SettingsPage</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Release workflow (admin, for everyone using this cache)</source>
        <translation>Freigabe-Workflow (Admin, für alle Benutzer dieses Caches)</translation>
    </message>
    <message>
        <source>High-priority SLA, approval to posting:</source>
        <translation>SLA bei hoher Priorität, Genehmigung bis Verbuchung:</translation>
    </message>
    <message>
        <source>This console</source>
        <translation>Diese Konsole</translation>
    </message>
    <message>
        <source>Language (at the next start):</source>
        <translation>Sprache (ab dem nächsten Start):</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>Endpunkte:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Einstellungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Only an admin changes workflow settings.</source>
        <translation>Nur ein Admin kann Workflow-Einstellungen ändern.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>ERP %1 · planning %2 · cache %3</source>
        <translation>ERP %1 · Planung %2 · Cache %3</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>nicht konfiguriert</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The console uses the new language from its next start.</source>
        <translation>Die Konsole verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>The high-priority SLA is now %1 min.</source>
        <translation>Das SLA für hohe Priorität beträgt jetzt %1 min.</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::SummaryHeader</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Rows in</source>
        <translation>Eingangszeilen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>ERP records out</source>
        <translation>ERP-Sätze erzeugt</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Annahmequote</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(ohne ID)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::ValidationJob</name>
    <message>
        <source>bundled sample</source>
        <translation>mitgeliefertes Beispiel</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::VersionFieldsBox</name>
    <message>
        <source>Version fields</source>
        <translation>Versionsfelder</translation>
    </message>
    <message>
        <source>From file</source>
        <translation>Aus der Datei</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Zeitraster:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>S&amp;tand:</translation>
    </message>
    <message>
        <source>Version &amp;id:</source>
        <translation>Versions-&amp;ID:</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Default (normal)</source>
        <translation>Standard (normal)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::VersionListModel</name>
    <message>
        <source>pulled</source>
        <translation>abgerufen</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>resolving</source>
        <translation>in Korrektur</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>eingereicht</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>released</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>posting</source>
        <translation>wird verbucht</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>verbucht</translation>
    </message>
    <message>
        <source>partially posted</source>
        <translation>teilweise verbucht</translation>
    </message>
    <message>
        <source>MRP triggered</source>
        <translation>MRP angestoßen</translation>
    </message>
    <message>
        <source>feedback complete</source>
        <translation>Rückmeldung vollständig</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>starts at approval</source>
        <translation>ab Genehmigung</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>noch %1:%2</translation>
    </message>
    <message numerus="yes">
        <source>breached %n min ago</source>
        <translation>
            <numerusform>seit %n Min. überschritten</numerusform>
            <numerusform>seit %n Min. überschritten</numerusform>
        </translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>planbridge::ui::VersionsPage</name>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Bucket start (YYYY-MM-DD)</source>
        <translation>Zeitraumbeginn (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Search item, location or channel</source>
        <translation>Artikel, Standort oder Kanal suchen</translation>
    </message>
    <message>
        <source>Compare with the ERP</source>
        <translation>Mit dem ERP vergleichen</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Datensätze</translation>
    </message>
    <message>
        <source>&amp;Pivot</source>
        <translation>&amp;Pivot</translation>
    </message>
    <message>
        <source>ERP &amp;diff</source>
        <translation>ERP-&amp;Abgleich</translation>
    </message>
    <message>
        <source>&amp;Import version…</source>
        <translation>Version &amp;importieren…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Versions&lt;/b&gt; in the local cache</source>
        <translation>&lt;b&gt;Versionen&lt;/b&gt; im lokalen Cache</translation>
    </message>
    <message>
        <source>Compare version %1 with the PIRs the ERP holds now.</source>
        <translation>Version %1 mit den Planprimärbedarfen vergleichen, die jetzt im ERP stehen.</translation>
    </message>
    <message>
        <source>(the first %1 rows; %2 more not shown)</source>
        <translation>(die ersten %1 Zeilen; %2 weitere nicht angezeigt)</translation>
    </message>
    <message>
        <source>Version %1 has no validation result.</source>
        <translation>Version %1 hat kein Prüfergebnis.</translation>
    </message>
    <message>
        <source>No ERP is configured: start the console with --erp URL or --demo.</source>
        <translation>Kein ERP konfiguriert: Starten Sie die Konsole mit --erp URL oder --demo.</translation>
    </message>
    <message>
        <source>The ERP could not be read: %1</source>
        <translation>Das ERP konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Version %1 imported: %2</source>
        <translation>Version %1 importiert: %2</translation>
    </message>
    <message>
        <source>Compare the version with the PIRs the ERP holds now: new buckets are green, changed ones amber, those set to zero red.</source>
        <translation>Vergleichen Sie die Version mit den Planprimärbedarfen im ERP: neue Zeiträume sind grün, geänderte gelb, auf null gesetzte rot.</translation>
    </message>
    <message>
        <source>Releasing %1, PIR buckets: new %2, changed %3, set to zero %4, unchanged %5; ERP buckets it leaves alone: %6.</source>
        <translation>Freigabe von %1, PIR-Zeiträume: neu %2, geändert %3, auf null gesetzt %4, unverändert %5; ERP-Zeiträume, die sie nicht berührt: %6.</translation>
    </message>
    <message>
        <source>Rows: %L1</source>
        <translation>Zeilen: %L1</translation>
    </message>
    <message>
        <source>ERP records by item @ plant and period, in base units: %L1.</source>
        <translation>ERP-Sätze nach Artikel @ Werk und Zeitraum, in Basiseinheiten: %L1.</translation>
    </message>
</context>
</TS>
