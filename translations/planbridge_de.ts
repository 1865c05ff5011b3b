<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>&lt;h3&gt;PlanBridge %1&lt;/h3&gt;&lt;p&gt;Betriebskonsole von der Prognose bis ins ERP.&lt;/p&gt;&lt;p&gt;Prüft freigegebene Bedarfsprognosen gegen Stammdaten und wandelt sie in Planprimärbedarfe für das ERP um.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
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
</TS>
