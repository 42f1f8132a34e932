<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditLogView</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Search parameters and details</source>
        <translation>Parameter und Details durchsuchen</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>The newest %1 lines are shown; narrow the filters or export to CSV to see all.</source>
        <translation>Die neuesten %1 Zeilen werden angezeigt; schränken Sie die Filter ein oder exportieren Sie als CSV, um alle zu sehen.</translation>
    </message>
    <message>
        <source>1 line.</source>
        <translation>1 Zeile.</translation>
    </message>
    <message>
        <source>%1 lines, newest first.</source>
        <translation>%1 Zeilen, neueste zuerst.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>BulkUpsert</name>
    <message>
        <source>Database error while preparing the bulk write: %1</source>
        <translation>Datenbankfehler beim Vorbereiten des Sammelschreibvorgangs: %1</translation>
    </message>
    <message>
        <source>preparing the bulk write</source>
        <translation>Vorbereiten des Sammelschreibvorgangs</translation>
    </message>
    <message>
        <source>Database error while writing: %1</source>
        <translation>Datenbankfehler beim Schreiben: %1</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>Schreiben</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 — is a quote unterminated? Close the quote, or shorten the line.</source>
        <translation>Zeile %1 ist länger als %2 – ist ein Anführungszeichen nicht geschlossen? Schließen Sie das Anführungszeichen oder kürzen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Line %1, column %2 is not valid UTF-8. Save the file as UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;) or fix the character there.</source>
        <translation>Zeile %1, Spalte %2 ist kein gültiges UTF-8. Speichern Sie die Datei als UTF-8 (in einer Tabellenkalkulation: „CSV UTF-8“) oder korrigieren Sie das Zeichen an dieser Stelle.</translation>
    </message>
    <message>
        <source>The quote opened at line %1, column %2 is never closed. Add the closing quote (&quot;) at the end of that field, and double any quote inside it (&quot;&quot;).</source>
        <translation>Das in Zeile %1, Spalte %2 geöffnete Anführungszeichen wird nie geschlossen. Fügen Sie am Ende dieses Feldes das schließende Anführungszeichen (&quot;) hinzu und verdoppeln Sie jedes Anführungszeichen darin (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1, column %2: text follows the closing quote of a field. Put the whole field in quotes and double the quotes inside it (&quot;&quot;).</source>
        <translation>Zeile %1, Spalte %2: Nach dem schließenden Anführungszeichen eines Feldes folgt noch Text. Setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie die Anführungszeichen darin (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quote inside a field that does not start with a quote. Put the whole field in quotes and double the quote (&quot;&quot;).</source>
        <translation>Zeile %1, Spalte %2: ein Anführungszeichen in einem Feld, das nicht mit einem Anführungszeichen beginnt. Setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen (&quot;&quot;).</translation>
    </message>
</context>
<context>
    <name>CustomParameters</name>
    <message>
        <source>Line %1 is not a &quot;key=value&quot; line: &quot;%2&quot;. Write it as key=value, or start it with # to make it a comment.</source>
        <translation>Zeile %1 ist keine Zeile im Format &quot;key=value&quot;: „%2“. Schreiben Sie sie als key=value oder beginnen Sie sie mit #, um sie zu einem Kommentar zu machen.</translation>
    </message>
    <message>
        <source>Line %1: %2 must be true or false, not &quot;%3&quot;.</source>
        <translation>Zeile %1: %2 muss true oder false sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>Line %1: %2 must be a whole number of at least %3, not &quot;%4&quot;.</source>
        <translation>Zeile %1: %2 muss eine ganze Zahl von mindestens %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <source>Line %1: killRatio must be a ratio between 0 and 1 (or a percentage like 50%), not &quot;%2&quot;.</source>
        <translation>Zeile %1: killRatio muss ein Verhältnis zwischen 0 und 1 sein (oder ein Prozentsatz wie 50%), nicht „%2“.</translation>
    </message>
    <message>
        <source>Line %1: TIXNGO_LIFECYCLE_MODE supports only &quot;lifecycle&quot;, not &quot;%2&quot;.</source>
        <translation>Zeile %1: TIXNGO_LIFECYCLE_MODE unterstützt nur &quot;lifecycle&quot;, nicht „%2“.</translation>
    </message>
    <message>
        <source>Line %1: unknown custom parameter &quot;%2&quot; is ignored. Known keys: %3.</source>
        <translation>Zeile %1: Unbekannter benutzerdefinierter Parameter „%2“ wird ignoriert. Bekannte Schlüssel: %3.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demo data needs at least one event and zero or more tickets per event.</source>
        <translation>Demodaten benötigen mindestens eine Veranstaltung und null oder mehr Tickets pro Veranstaltung.</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled; nothing was changed.</source>
        <translation>Die Erzeugung der Demodaten wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ProductionBanner</name>
    <message>
        <source>Production environment</source>
        <translation>Produktionsumgebung</translation>
    </message>
    <message>
        <source>⚠ PRODUCTION — %1 — pushes, fixes and test injections reach real spectators&apos; tickets</source>
        <translation>⚠ PRODUKTION – %1 – Pushes, Korrekturen und Testinjektionen betreffen echte Tickets von Zuschauern</translation>
    </message>
</context>
<context>
    <name>ProductionConfirmation</name>
    <message>
        <source>Confirm on production</source>
        <translation>Auf Produktion bestätigen</translation>
    </message>
    <message>
        <source>You are about to %1 1 ticket on the PRODUCTION environment &quot;%2&quot;.</source>
        <translation>Sie sind im Begriff, in der PRODUKTIONSUMGEBUNG „%2“ für 1 Ticket folgende Aktion auszuführen: %1.</translation>
    </message>
    <message>
        <source>You are about to %1 %2 tickets on the PRODUCTION environment &quot;%3&quot;.</source>
        <translation>Sie sind im Begriff, in der PRODUKTIONSUMGEBUNG „%3“ für %2 Tickets folgende Aktion auszuführen: %1.</translation>
    </message>
    <message>
        <source>This changes real spectators&apos; tickets on %1 and cannot be undone from TixSync.</source>
        <translation>Dies ändert echte Tickets von Zuschauern auf %1 und kann in TixSync nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Type the number of tickets (%1) to confirm:</source>
        <translation>Geben Sie zur Bestätigung die Anzahl Tickets (%1) ein:</translation>
    </message>
    <message>
        <source>Proceed on production</source>
        <translation>Auf Produktion ausführen</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>The reconciliation was cancelled.</source>
        <translation>Der Abgleich wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot write the reconciliation report: %1. Check the disk space and the file&apos;s permissions.</source>
        <translation>Der Abgleichsbericht kann nicht geschrieben werden: %1. Prüfen Sie den freien Speicherplatz und die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>The TIXNGO ticket list is not valid JSON at character %1: %2.</source>
        <translation>Die TIXNGO-Ticketliste ist bei Zeichen %1 kein gültiges JSON: %2.</translation>
    </message>
    <message>
        <source>The TIXNGO ticket list must be a JSON array or an object with a &quot;tickets&quot; array.</source>
        <translation>Die TIXNGO-Ticketliste muss ein JSON-Array sein oder ein Objekt mit einem Array &quot;tickets&quot;.</translation>
    </message>
    <message>
        <source>Ticket %1 of the TIXNGO ticket list has no &quot;ticketId&quot;: add it.</source>
        <translation>Ticket %1 der TIXNGO-Ticketliste hat keine &quot;ticketId&quot;: Ergänzen Sie sie.</translation>
    </message>
    <message>
        <source>Ticket %1 (%2) of the TIXNGO ticket list has the unknown status &quot;%3&quot;: use a TIXNGO status such as DOWNLOADED or DELETED.</source>
        <translation>Ticket %1 (%2) der TIXNGO-Ticketliste hat den unbekannten Status „%3“: Verwenden Sie einen TIXNGO-Status wie DOWNLOADED oder DELETED.</translation>
    </message>
    <message>
        <source>Ticket %1 (%2) of the TIXNGO ticket list has the date &quot;%3&quot;, which is not RFC 3339: write it like 2026-06-01T18:02:11Z.</source>
        <translation>Ticket %1 (%2) der TIXNGO-Ticketliste hat das Datum „%3“, das nicht RFC 3339 entspricht: Schreiben Sie es z. B. als 2026-06-01T18:02:11Z.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>S-360 says %1 (since %2).</source>
        <translation>S-360 meldet %1 (seit: %2).</translation>
    </message>
    <message>
        <source>S-360 has no ticket with this id.</source>
        <translation>S-360 hat kein Ticket mit dieser ID.</translation>
    </message>
    <message>
        <source>TIXNGO does not have it, as far as the last feedback knows.</source>
        <translation>TIXNGO hat es nicht, soweit die letzte Statusrückmeldung weiß.</translation>
    </message>
    <message>
        <source>TIXNGO says %1 (last update %2).</source>
        <translation>TIXNGO meldet %1 (letzte Aktualisierung: %2).</translation>
    </message>
    <message>
        <source>Expected: the ticket must not exist in TIXNGO, since S-360 has not printed it.</source>
        <translation>Erwartet: Das Ticket darf in TIXNGO nicht existieren, da S-360 es nicht gedruckt hat.</translation>
    </message>
    <message>
        <source>Expected: the ticket in TIXNGO (INJECTED or later), since S-360 printed it; the injection was lost.</source>
        <translation>Erwartet: das Ticket in TIXNGO (INJECTED oder später), da S-360 es gedruckt hat; die Injektion ging verloren.</translation>
    </message>
    <message>
        <source>Expected: a live ticket in TIXNGO. It was deleted in the TIXNGO back-office or resold without S-360 knowing.</source>
        <translation>Erwartet: ein aktives Ticket in TIXNGO. Es wurde im TIXNGO-Backoffice gelöscht oder ohne Wissen von S-360 weiterverkauft.</translation>
    </message>
    <message>
        <source>Expected: DELETION_PENDING, then DELETED, since S-360 cancelled or invalidated it; spectators can still use it.</source>
        <translation>Erwartet: DELETION_PENDING, dann DELETED, da S-360 es storniert oder ungültig gemacht hat; Zuschauer können es noch verwenden.</translation>
    </message>
    <message>
        <source>Expected: DELETED. The deletion has waited for the phones for more than %1 (phones offline?).</source>
        <translation>Erwartet: DELETED. Die Löschung wartet seit mehr als %1 auf die Telefone (Telefone offline?).</translation>
    </message>
    <message>
        <source>Expected: CONTROLLED in TIXNGO, since the ticket was scanned in S-360 (at %1).</source>
        <translation>Erwartet: CONTROLLED in TIXNGO, da das Ticket in S-360 gescannt wurde (Zeitpunkt: %1).</translation>
    </message>
    <message>
        <source>Expected: not controlled. The ticket was scanned outside S-360.</source>
        <translation>Erwartet: nicht kontrolliert. Das Ticket wurde außerhalb von S-360 gescannt.</translation>
    </message>
    <message>
        <source>Expected: the TIXNGO owner is the S-360 cultural contact; they differ and no transfer is pending.</source>
        <translation>Erwartet: Der TIXNGO-Besitzer ist der S-360-Kulturkontakt; sie unterscheiden sich, und es ist keine Übertragung ausstehend.</translation>
    </message>
    <message>
        <source>Expected: no such ticket in TIXNGO, since S-360 does not know this ticket id.</source>
        <translation>Erwartet: kein solches Ticket in TIXNGO, da S-360 diese Ticket-ID nicht kennt.</translation>
    </message>
    <message>
        <source>Pending until %1: the push or the feedback may not have run yet; after that it is an error.</source>
        <translation>Ausstehend bis %1: Der Push oder die Statusrückmeldung ist eventuell noch nicht gelaufen; danach ist es ein Fehler.</translation>
    </message>
    <message>
        <source>Fix: re-inject the ticket (injection with the force list id:%1).</source>
        <translation>Korrektur: Ticket erneut injizieren (Injektion mit der Erzwingungsliste id:%1).</translation>
    </message>
    <message>
        <source>Fix: push the deletion to TIXNGO (push cancelled with the force list id:%1).</source>
        <translation>Korrektur: Löschung an TIXNGO pushen (Push-Lauf für stornierte Tickets mit der Erzwingungsliste id:%1).</translation>
    </message>
    <message>
        <source>Fix: push the control to TIXNGO (push controlled with the force list id:%1).</source>
        <translation>Korrektur: Kontrolle an TIXNGO pushen (Push-Lauf für kontrollierte Tickets mit der Erzwingungsliste id:%1).</translation>
    </message>
    <message>
        <source>Fix: refresh the ticket from TIXNGO, then reconcile again; if it still disagrees, put it on the skip list.</source>
        <translation>Korrektur: Ticket aus TIXNGO aktualisieren, dann erneut abgleichen; falls es weiterhin abweicht, auf die Ausschlussliste setzen.</translation>
    </message>
    <message>
        <source>Fix: import the ticket from S-360 if it exists there; otherwise, after checking, put id:%1 on the skip list or delete it in TIXNGO.</source>
        <translation>Korrektur: Ticket aus S-360 importieren, falls es dort existiert; andernfalls nach Prüfung id:%1 auf die Ausschlussliste setzen oder in TIXNGO löschen.</translation>
    </message>
    <message>
        <source>Fix: after checking, put id:%1 on the skip list.</source>
        <translation>Korrektur: nach Prüfung id:%1 auf die Ausschlussliste setzen.</translation>
    </message>
    <message>
        <source>Should not exist</source>
        <translation>Sollte nicht existieren</translation>
    </message>
    <message>
        <source>Missing in TIXNGO</source>
        <translation>Fehlt in TIXNGO</translation>
    </message>
    <message>
        <source>Deleted in TIXNGO only</source>
        <translation>Nur in TIXNGO gelöscht</translation>
    </message>
    <message>
        <source>Still live after cancel</source>
        <translation>Nach Storno noch aktiv</translation>
    </message>
    <message>
        <source>Deletion stuck</source>
        <translation>Löschung hängt</translation>
    </message>
    <message>
        <source>Control not propagated</source>
        <translation>Kontrolle nicht übertragen</translation>
    </message>
    <message>
        <source>Controlled only in TIXNGO</source>
        <translation>Nur in TIXNGO kontrolliert</translation>
    </message>
    <message>
        <source>Owner drift</source>
        <translation>Besitzerabweichung</translation>
    </message>
    <message>
        <source>Unknown to S-360</source>
        <translation>In S-360 unbekannt</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Re-inject</source>
        <translation>Erneut injizieren</translation>
    </message>
    <message>
        <source>Push deletion</source>
        <translation>Löschung pushen</translation>
    </message>
    <message>
        <source>Push control</source>
        <translation>Kontrolle pushen</translation>
    </message>
    <message>
        <source>Refresh from TIXNGO</source>
        <translation>Aus TIXNGO aktualisieren</translation>
    </message>
    <message>
        <source>Put on the skip list</source>
        <translation>Auf die Ausschlussliste setzen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 h</translation>
    </message>
    <message>
        <source>This database has no sync markers yet.</source>
        <translation>Diese Datenbank hat noch keine Synchronisationsmarken.</translation>
    </message>
    <message>
        <source>reading the sync markers</source>
        <translation>Lesen der Synchronisationsmarken</translation>
    </message>
    <message>
        <source>Cannot read the tickets for reconciliation: %1</source>
        <translation>Die Tickets für den Abgleich können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>reading the tickets for reconciliation</source>
        <translation>Lesen der Tickets für den Abgleich</translation>
    </message>
    <message>
        <source>The custom parameters of %1 are invalid (%2): correct them on the Sync page, then fix again.</source>
        <translation>Die benutzerdefinierten Parameter von %1 sind ungültig (%2): Korrigieren Sie sie auf der Seite „Synchronisation“ und starten Sie die Korrektur dann erneut.</translation>
    </message>
    <message>
        <source>(no event: TIXNGO only)</source>
        <translation>(keine Veranstaltung: nur in TIXNGO)</translation>
    </message>
    <message>
        <source>Reading TIXNGO was cancelled; nothing was changed.</source>
        <translation>Das Lesen von TIXNGO wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: S-360 does not have this ticket; reconcile again.</source>
        <translation>%1: S-360 hat dieses Ticket nicht; gleichen Sie erneut ab.</translation>
    </message>
    <message>
        <source>%1: not reprinted, it is no longer deleted in TIXNGO only (S-360 %2, TIXNGO %3); reconcile again.</source>
        <translation>%1: nicht nachgedruckt, es ist nicht mehr nur in TIXNGO gelöscht (S-360 %2, TIXNGO %3); gleichen Sie erneut ab.</translation>
    </message>
    <message>
        <source>Fix: reprint the ticket and inject the new one. TIXNGO keeps a deleted ticket id deleted, so re-injecting id:%1 changes nothing; the reprint invalidates %1 in S-360 (reason %2) and makes a new ticket with a new id and barcode for the spectator, which an injection sends to TIXNGO.</source>
        <translation>Korrektur: Ticket nachdrucken und das neue injizieren. TIXNGO lässt eine gelöschte Ticket-ID gelöscht, daher ändert ein erneutes Injizieren von id:%1 nichts; der Nachdruck macht %1 in S-360 ungültig (Grund %2) und erzeugt für den Zuschauer ein neues Ticket mit neuer ID und neuem Barcode, das eine Injektion an TIXNGO sendet.</translation>
    </message>
    <message>
        <source>Reprint and inject</source>
        <translation>Nachdrucken und injizieren</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Validation, Pre-production, Production…</source>
        <translation>Validierung, Vorproduktion, Produktion…</translation>
    </message>
    <message>
        <source>admin@organizer.example (informational)</source>
        <translation>admin@organizer.example (zur Information)</translation>
    </message>
    <message>
        <source>default, bearer or a JSON file</source>
        <translation>default, bearer oder eine JSON-Datei</translation>
    </message>
    <message>
        <source>&amp;Production environment (banner, confirmation before changes)</source>
        <translation>&amp;Produktionsumgebung (Banner, Bestätigung vor Änderungen)</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
        <source>Use this key for this session only (do not store it)</source>
        <translation>Diesen Schlüssel nur für diese Sitzung verwenden (nicht speichern)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Interface &amp;URL:</source>
        <translation>Schnittstellen-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Login (e-mail):</source>
        <translation>&amp;Login (E-Mail):</translation>
    </message>
    <message>
        <source>API p&amp;rofile:</source>
        <translation>API-P&amp;rofil:</translation>
    </message>
    <message>
        <source>&amp;Organizer id:</source>
        <translation>&amp;Veranstalter-ID:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Profil spei&amp;chern</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>This build has no TIXNGO client.</source>
        <translation>Dieser Build enthält keinen TIXNGO-Client.</translation>
    </message>
    <message>
        <source>TixSync keeps its data in a SQLite file on this computer, or in a shared PostgreSQL database (postgresql://user@host:port/dbname) that several operators use together. Put the PostgreSQL password in ~/.pgpass or PGPASSWORD, never in the URL.</source>
        <translation>TixSync speichert seine Daten in einer SQLite-Datei auf diesem Computer oder in einer gemeinsamen PostgreSQL-Datenbank (postgresql://user@host:port/dbname), die mehrere Bearbeiter zusammen nutzen. Hinterlegen Sie das PostgreSQL-Passwort in ~/.pgpass oder PGPASSWORD, niemals in der URL.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Applies when TixSync restarts. Leave empty for the default file. The --db option of tixsync and tixsync-cli overrides this setting.</source>
        <translation>Gilt nach dem Neustart von TixSync. Leer lassen für die Standarddatei. Die Option --db von tixsync und tixsync-cli hat Vorrang vor dieser Einstellung.</translation>
    </message>
    <message>
        <source>Save &amp;database setting</source>
        <translation>&amp;Datenbankeinstellung speichern</translation>
    </message>
    <message>
        <source>(active)</source>
        <translation>(aktiv)</translation>
    </message>
    <message>
        <source>Production environment</source>
        <translation>Produktionsumgebung</translation>
    </message>
    <message>
        <source>The key is stored in the OS keychain when you save the profile.</source>
        <translation>Der Schlüssel wird beim Speichern des Profils im Schlüsselbund des Betriebssystems abgelegt.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>✓ API key stored in the keychain (enter a new one to replace it).</source>
        <translation>✓ API-Schlüssel im Schlüsselbund gespeichert (geben Sie einen neuen ein, um ihn zu ersetzen).</translation>
    </message>
    <message>
        <source>No API key stored yet: enter it above and save.</source>
        <translation>Noch kein API-Schlüssel gespeichert: Geben Sie ihn oben ein und speichern Sie.</translation>
    </message>
    <message>
        <source>connection profile added</source>
        <translation>Verbindungsprofil hinzugefügt</translation>
    </message>
    <message>
        <source>connection profile changed</source>
        <translation>Verbindungsprofil geändert</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The key is used for this session only; it is not stored.</source>
        <translation>Der Schlüssel wird nur für diese Sitzung verwendet; er wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>Schlüssel wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>✓ API key stored in the keychain.</source>
        <translation>✓ API-Schlüssel im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>connection profile removed</source>
        <translation>Verbindungsprofil entfernt</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed, but its key could not be deleted from the keychain: %2</source>
        <translation>Profil „%1“ entfernt, aber sein Schlüssel konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
    <message>
        <source>active connection profile changed</source>
        <translation>Aktives Verbindungsprofil geändert</translation>
    </message>
    <message>
        <source>Enter the API key first.</source>
        <translation>Geben Sie zuerst den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Reading the key from the keychain…</source>
        <translation>Schlüssel wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>database location changed (applies on restart)</source>
        <translation>Datenbankspeicherort geändert (gilt nach Neustart)</translation>
    </message>
    <message>
        <source>Saved. TixSync uses this database from its next start.</source>
        <translation>Gespeichert. TixSync verwendet diese Datenbank ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Runs, ticket statuses and audit lines written by other operators or scheduled runs appear without reloading. Applies when TixSync restarts.</source>
        <translation>Läufe, Ticketstatus und Audit-Zeilen, die andere Bearbeiter oder geplante Läufe geschrieben haben, erscheinen ohne Neuladen. Gilt nach dem Neustart von TixSync.</translation>
    </message>
    <message>
        <source>Show other operators&apos; changes: check the database</source>
        <translation>Änderungen anderer Bearbeiter anzeigen: Datenbank prüfen</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>The database URL &quot;%1&quot; is not valid. Use postgresql://user@host:port/dbname.</source>
        <translation>Die Datenbank-URL „%1“ ist ungültig. Verwenden Sie postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation>Keine Verbindung zur PostgreSQL-Datenbank %1 möglich: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation>Die Datenbankdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a TixSync database (%2).</source>
        <translation>Die Datei %1 ist keine TixSync-Datenbank (%2).</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Datenbankfehler beim %1: %2</translation>
    </message>
    <message>
        <source>preparing the schema</source>
        <translation>Vorbereiten des Schemas</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this TixSync knows only up to version %3. Use a newer TixSync with this database, or open another database with --db.</source>
        <translation>Die Datenbank %1 hat die Schemaversion %2, diese TixSync-Version kennt aber nur Versionen bis %3. Verwenden Sie für diese Datenbank eine neuere TixSync-Version oder öffnen Sie mit --db eine andere Datenbank.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>applying schema migration %1</source>
        <translation>Anwenden der Schemamigration %1</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>Vorbereiten einer Anweisung</translation>
    </message>
    <message>
        <source>running a statement</source>
        <translation>Ausführen einer Anweisung</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Eine Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot commit the transaction: %1</source>
        <translation>Die Transaktion kann nicht festgeschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This TixSync was built without the template engine; it cannot build ticket payloads.</source>
        <translation>Diese TixSync-Version wurde ohne die Vorlagen-Engine erstellt; sie kann keine Ticket-Payloads erzeugen.</translation>
    </message>
    <message>
        <source>Cannot load the ticket template &quot;%1&quot; (setting sync/templateName): %2</source>
        <translation>Die Ticketvorlage „%1“ kann nicht geladen werden (Einstellung sync/templateName): %2</translation>
    </message>
    <message>
        <source>The ticket template cannot be used: %1 Fix it in the template editor.</source>
        <translation>Die Ticketvorlage kann nicht verwendet werden: %1 Korrigieren Sie sie im Vorlageneditor.</translation>
    </message>
    <message>
        <source>The feedback data is not valid JSON at byte %1: %2.</source>
        <translation>Die Statusrückmeldungsdaten sind bei Byte %1 kein gültiges JSON: %2.</translation>
    </message>
    <message>
        <source>The feedback data has no &quot;tickets&quot; list. Use the diff format: {&quot;tickets&quot;: [{&quot;ticketId&quot;: …, &quot;status&quot;: …}, …]}.</source>
        <translation>Die Statusrückmeldungsdaten enthalten keine Liste &quot;tickets&quot;. Verwenden Sie das Diff-Format: {&quot;tickets&quot;: [{&quot;ticketId&quot;: …, &quot;status&quot;: …}, …]}.</translation>
    </message>
    <message>
        <source>The run lease of %1 vanished; try again.</source>
        <translation>Die Laufsperre von %1 ist verschwunden; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is already running for organizer &quot;%2&quot; (held by %3 until %4). Only one instance per function and organizer may run; wait for it to end, or retry after the lease expires.</source>
        <translation>%1 läuft bereits für den Veranstalter „%2“ (gehalten von %3 bis %4). Pro Funktion und Veranstalter darf nur eine Instanz laufen; warten Sie, bis sie endet, oder versuchen Sie es nach Ablauf der Sperre erneut.</translation>
    </message>
    <message>
        <source>The run lease is not held.</source>
        <translation>Die Laufsperre wird nicht gehalten.</translation>
    </message>
    <message>
        <source>Another process took over the run lease of %1 (this run was too slow to renew it); the run stops.</source>
        <translation>Ein anderer Prozess hat die Laufsperre von %1 übernommen (dieser Lauf war zu langsam, um sie zu erneuern); der Lauf wird gestoppt.</translation>
    </message>
    <message>
        <source>No TIXNGO interface URL is configured. Set it in the settings (tixngo/url) or pass --tixngo-url https://…/organizer/tickets.</source>
        <translation>Es ist keine TIXNGO-Schnittstellen-URL konfiguriert. Legen Sie sie in den Einstellungen fest (tixngo/url) oder übergeben Sie --tixngo-url https://…/organizer/tickets.</translation>
    </message>
    <message>
        <source>Ticket injection</source>
        <translation>Ticket-Injektion</translation>
    </message>
    <message>
        <source>Retrieve ticket status (feedback)</source>
        <translation>Ticketstatus abrufen (Statusrückmeldung)</translation>
    </message>
    <message>
        <source>Push cancelled and invalidated tickets</source>
        <translation>Push stornierter und ungültig gemachter Tickets</translation>
    </message>
    <message>
        <source>Push controlled tickets</source>
        <translation>Push kontrollierter Tickets</translation>
    </message>
    <message>
        <source>Digital privileges injection</source>
        <translation>Injektion digitaler Berechtigungen</translation>
    </message>
    <message>
        <source>Unknown interface function &quot;%1&quot;.</source>
        <translation>Unbekannte Schnittstellenfunktion „%1“.</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>Vorbereiten einer Anweisung</translation>
    </message>
    <message>
        <source>running a statement</source>
        <translation>Ausführen einer Anweisung</translation>
    </message>
    <message>
        <source>Date from is set on an automatic schedule: every run re-sends the same tickets and floods spectators&apos; phones with notifications. Clear Date from once the catch-up run is done.</source>
        <translation>„Datum ab“ ist in einem automatischen Zeitplan gesetzt: Jeder Lauf sendet dieselben Tickets erneut und überflutet die Telefone der Zuschauer mit Benachrichtigungen. Leeren Sie „Datum ab“, sobald der Nachhollauf abgeschlossen ist.</translation>
    </message>
    <message>
        <source>No TIXNGO connection is configured. Set the interface URL (setting tixngo/url or --tixngo-url) and the API key (TIXNGO_API_KEY).</source>
        <translation>Es ist keine TIXNGO-Verbindung konfiguriert. Legen Sie die Schnittstellen-URL (Einstellung tixngo/url oder --tixngo-url) und den API-Schlüssel (TIXNGO_API_KEY) fest.</translation>
    </message>
    <message>
        <source>The process ended before the run finished (crash or kill); the next run resolved its tickets in flight.</source>
        <translation>Der Prozess wurde beendet, bevor der Lauf fertig war (Absturz oder Abbruch); der nächste Lauf hat seine noch offenen Tickets geklärt.</translation>
    </message>
    <message>
        <source>Cannot record the run.</source>
        <translation>Der Lauf kann nicht erfasst werden.</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2.</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Checking %1 tickets left in flight by an interrupted run</source>
        <translation>%1 Tickets werden geprüft, die ein unterbrochener Lauf offen gelassen hat</translation>
    </message>
    <message>
        <source>Sent by an interrupted run; TIXNGO has it, so it is not sent again.</source>
        <translation>Von einem unterbrochenen Lauf gesendet; TIXNGO hat es bereits, daher wird es nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Checking tickets left in flight</source>
        <translation>Offen gebliebene Tickets werden geprüft</translation>
    </message>
    <message>
        <source>%1 tickets were in flight when a previous run was interrupted: %2 had reached TIXNGO and are now recorded, %3 had not and are sent again, %4 could not be checked.</source>
        <translation>%1 Tickets waren offen, als ein früherer Lauf unterbrochen wurde: %2 hatten TIXNGO erreicht und sind jetzt erfasst, %3 nicht und werden erneut gesendet, %4 konnten nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Unknown mandatory ticket-holder field &quot;%1&quot;. Use a subset of FIRSTNAME, LASTNAME, BIRTHDATE, ID_NUMBER, COUNTRY_CODE, BIRTH_REGION, BIRTH_PLACE.</source>
        <translation>Unbekanntes Pflichtfeld für Ticketinhaber „%1“. Verwenden Sie eine Teilmenge von FIRSTNAME, LASTNAME, BIRTHDATE, ID_NUMBER, COUNTRY_CODE, BIRTH_REGION, BIRTH_PLACE.</translation>
    </message>
    <message>
        <source>Selecting tickets</source>
        <translation>Tickets werden ausgewählt</translation>
    </message>
    <message>
        <source>Ticket %1 (number %2): the holder has no %3.</source>
        <translation>Ticket %1 (Nummer %2): Beim Inhaber fehlt %3.</translation>
    </message>
    <message>
        <source>No ticket was sent: %1 tickets lack mandatory ticket-holder fields. Complete them in S-360, or set enforceMandatoryParameters=false to skip these tickets.
%2</source>
        <translation>Es wurde kein Ticket gesendet: Bei %1 Tickets fehlen Pflichtfelder des Ticketinhabers. Ergänzen Sie sie in S-360 oder setzen Sie enforceMandatoryParameters=false, um diese Tickets zu überspringen.
%2</translation>
    </message>
    <message>
        <source>The privilege definition of product %1 changed and was updated.</source>
        <translation>Die Berechtigungsdefinition von Produkt %1 hat sich geändert und wurde aktualisiert.</translation>
    </message>
    <message>
        <source>The privilege definition of product %1 was created (first run).</source>
        <translation>Die Berechtigungsdefinition von Produkt %1 wurde erstellt (erster Lauf).</translation>
    </message>
    <message>
        <source>Building payloads</source>
        <translation>Payloads werden erstellt</translation>
    </message>
    <message>
        <source>Ticket %1 refers to event %2, which is not in the database. Import the event.</source>
        <translation>Ticket %1 verweist auf Veranstaltung %2, die nicht in der Datenbank ist. Importieren Sie die Veranstaltung.</translation>
    </message>
    <message>
        <source>No payload builder is configured.</source>
        <translation>Es ist kein Payload-Builder konfiguriert.</translation>
    </message>
    <message>
        <source>The run was cancelled after %1 of %2 tickets; the tickets already synced are kept.</source>
        <translation>Der Lauf wurde nach %1 von %2 Tickets abgebrochen; die bereits synchronisierten Tickets bleiben erhalten.</translation>
    </message>
    <message>
        <source>Sending to TIXNGO</source>
        <translation>Senden an TIXNGO</translation>
    </message>
    <message>
        <source>The run stopped: %1 of %2 tickets failed, more than killRatio %3 allows. Check the failing tickets and the TIXNGO connection.</source>
        <translation>Der Lauf wurde gestoppt: %1 von %2 Tickets sind fehlgeschlagen, mehr als killRatio %3 zulässt. Prüfen Sie die fehlgeschlagenen Tickets und die TIXNGO-Verbindung.</translation>
    </message>
    <message>
        <source>Not sent: the run stopped before this ticket (%1).</source>
        <translation>Nicht gesendet: Der Lauf wurde vor diesem Ticket gestoppt (%1).</translation>
    </message>
    <message>
        <source>TIXNGO returned no result for this ticket.</source>
        <translation>TIXNGO hat für dieses Ticket kein Ergebnis geliefert.</translation>
    </message>
    <message>
        <source>%1 (field %2)</source>
        <translation>%1 (Feld %2)</translation>
    </message>
    <message>
        <source>Cannot read the feedback file %1: %2.</source>
        <translation>Die Statusrückmeldungsdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The feedback run was cancelled; the pages already stored are kept.</source>
        <translation>Der Statusrückmeldungslauf wurde abgebrochen; die bereits gespeicherten Seiten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Reading the TIXNGO feed</source>
        <translation>TIXNGO-Feed wird gelesen</translation>
    </message>
    <message>
        <source>TIXNGO reports ticket %1, which is not in the S-360 data. Import it, or check the organizer this connection points to.</source>
        <translation>TIXNGO meldet Ticket %1, das nicht in den S-360-Daten ist. Importieren Sie es oder prüfen Sie, auf welchen Veranstalter diese Verbindung zeigt.</translation>
    </message>
    <message>
        <source>The feed stops here (doContinueInCaseOfSyncError=false); the pagination key was not moved.</source>
        <translation>Der Feed stoppt hier (doContinueInCaseOfSyncError=false); der Paginierungsschlüssel wurde nicht verschoben.</translation>
    </message>
    <message>
        <source>The comfort variables of product %1 cannot be used: %2 Correct them in S-360 and import the product again.</source>
        <translation>Die Komfortvariablen des Produkts %1 können nicht verwendet werden: %2 Korrigieren Sie sie in S-360 und importieren Sie das Produkt erneut.</translation>
    </message>
    <message>
        <source>dumpTnPRvariables=true dumps nothing while maxLengthDumpedCallsInKbs is 0: set maxLengthDumpedCallsInKbs to the size of the dump to keep (in KB).</source>
        <translation>dumpTnPRvariables=true schreibt nichts mit, solange maxLengthDumpedCallsInKbs 0 ist: Setzen Sie maxLengthDumpedCallsInKbs auf die Größe des aufzubewahrenden Dumps (in KB).</translation>
    </message>
    <message>
        <source>dumpTnPRvariables=true, but this TixSync has no template engine to read the variables from.</source>
        <translation>dumpTnPRvariables=true, aber diese TixSync-Version hat keine Vorlagen-Engine, aus der die Variablen gelesen werden könnten.</translation>
    </message>
    <message>
        <source>forcedOnly applies to injection and the pushes, not to feedback, which reads what TIXNGO reports. Untick &quot;only the forced tickets&quot; or choose another function.</source>
        <translation>forcedOnly gilt für die Injektion und die Pushes, nicht für die Statusrückmeldung, die liest, was TIXNGO meldet. Deaktivieren Sie „nur die erzwungenen Tickets“ oder wählen Sie eine andere Funktion.</translation>
    </message>
    <message>
        <source>forcedOnly needs a force list: name the tickets to process (&quot;id:123456789, 12300123&quot;) or give a file listing them. Nothing was sent.</source>
        <translation>forcedOnly benötigt eine Erzwingungsliste: Geben Sie die zu verarbeitenden Tickets an (&quot;id:123456789, 12300123&quot;) oder eine Datei, die sie auflistet. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>forcedOnly needs a force list: the file %1 names no ticket. Nothing was sent.</source>
        <translation>forcedOnly benötigt eine Erzwingungsliste: Die Datei %1 nennt kein Ticket. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Feedback changes no S-360 status; how many tickets it reads is known only from the TIXNGO feed.</source>
        <translation>Die Statusrückmeldung ändert keinen S-360-Status; wie viele Tickets sie liest, ergibt sich erst aus dem TIXNGO-Feed.</translation>
    </message>
    <message>
        <source>Ticket %1 reprints ticket %2, invalidated for %3 (resetInjectionInvalidationReasons): it goes to the cultural contact, not to the last TIXNGO owner.</source>
        <translation>Ticket %1 ist ein Nachdruck von Ticket %2, das wegen %3 ungültig gemacht wurde (resetInjectionInvalidationReasons): Es geht an den Kulturkontakt, nicht an den letzten TIXNGO-Besitzer.</translation>
    </message>
    <message>
        <source>Contact distributions (enableTicketDistributionToCulturalContact): %1 pending, %2 confirmed (contact changed), %3 cancelled.</source>
        <translation>Kontaktverteilungen (enableTicketDistributionToCulturalContact): %1 ausstehend, %2 bestätigt (Kontakt geändert), %3 abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot record a contact.</source>
        <translation>Ein Kontakt kann nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>SyncSupportBundle</name>
    <message>
        <source>Run %1 does not exist; pick a run in the history.</source>
        <translation>Lauf %1 existiert nicht; wählen Sie einen Lauf im Verlauf aus.</translation>
    </message>
    <message>
        <source>Run %1 not found.</source>
        <translation>Lauf %1 nicht gefunden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>SyncZipWriter</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>TemplateFieldModel</name>
    <message>
        <source>Edit row %1</source>
        <translation>Zeile %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add row %1</source>
        <translation>Zeile %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation>Zeile %1 entfernen</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message numerus="yes">
        <source>Move %n row(s)</source>
        <translation>
            <numerusform>%n Zeile verschieben</numerusform>
            <numerusform>%n Zeilen verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save version…</source>
        <translation>Version speichern…</translation>
    </message>
    <message>
        <source>Save the template in the database as a new version</source>
        <translation>Vorlage als neue Version in der Datenbank speichern</translation>
    </message>
    <message>
        <source>Open saved</source>
        <translation>Gespeicherte öffnen</translation>
    </message>
    <message>
        <source>Sample data…</source>
        <translation>Beispieldaten…</translation>
    </message>
    <message>
        <source>Load a variable set (JSON) to preview the payload with</source>
        <translation>Variablensatz (JSON) laden, um damit die Payload-Vorschau zu erzeugen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>The template has errors: the preview shows the last valid payload. Click a problem to go to it.</source>
        <translation>Die Vorlage enthält Fehler: Die Vorschau zeigt die letzte gültige Payload. Klicken Sie auf ein Problem, um dorthin zu springen.</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Vorlage importieren</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>Vorlage exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Vorlagen (*.json)</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <source>Variable sets (*.json)</source>
        <translation>Variablensätze (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <source>Open saved template</source>
        <translation>Gespeicherte Vorlage öffnen</translation>
    </message>
    <message>
        <source>What changed in &quot;%1&quot;? (kept with the version, your user name and the time)</source>
        <translation>Was hat sich in „%1“ geändert? (wird mit der Version, Ihrem Benutzernamen und der Uhrzeit gespeichert)</translation>
    </message>
    <message>
        <source>No saved templates</source>
        <translation>Keine gespeicherten Vorlagen</translation>
    </message>
    <message>
        <source>Version %1 — %2, %3: %4</source>
        <translation>Version %1 – %2, %3: %4</translation>
    </message>
    <message>
        <source>Use for injection…</source>
        <translation>Für die Injektion verwenden…</translation>
    </message>
    <message>
        <source>Make ticket injection (by a click, a schedule or tixsync-cli) build payloads with the latest saved version of this template</source>
        <translation>Die Ticket-Injektion (per Klick, Zeitplan oder tixsync-cli) die Payloads mit der zuletzt gespeicherten Version dieser Vorlage erstellen lassen</translation>
    </message>
    <message>
        <source>Click a row number to select the row, then drag one of its cells to move it</source>
        <translation>Klicken Sie auf eine Zeilennummer, um die Zeile auszuwählen, und ziehen Sie dann eine ihrer Zellen, um sie zu verschieben</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Gespeichert von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show the selected version&apos;s rows in the editor</source>
        <translation>Die Zeilen der ausgewählten Version im Editor anzeigen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Select two versions to compare them, or one to compare it with the rows in the editor</source>
        <translation>Wählen Sie zwei Versionen aus, um sie zu vergleichen, oder eine, um sie mit den Zeilen im Editor zu vergleichen</translation>
    </message>
    <message>
        <source>Revert to…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Save the selected version&apos;s rows as a new version</source>
        <translation>Die Zeilen der ausgewählten Version als neue Version speichern</translation>
    </message>
    <message>
        <source>Sends the picked ticket to TIXNGO as an injection run does: the run history, the ledger and the audit log record it, and the ticket becomes PRINTED.</source>
        <translation>Sendet das gewählte Ticket wie ein Injektionslauf an TIXNGO: Laufverlauf, Journal und Audit-Protokoll halten es fest, und das Ticket wird PRINTED.</translation>
    </message>
    <message>
        <source>Send this ticket to TIXNGO…</source>
        <translation>Dieses Ticket an TIXNGO senden…</translation>
    </message>
    <message>
        <source>Pick a ticket (search above the preview) to send it.</source>
        <translation>Wählen Sie ein Ticket (Suche über der Vorschau), um es zu senden.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Test injection</source>
        <translation>Testinjektion</translation>
    </message>
    <message>
        <source>Preview a ticket: search by ticket id, number, holder name or barcode</source>
        <translation>Ticket-Vorschau: Suche nach Ticket-ID, Nummer, Name des Inhabers oder Barcode</translation>
    </message>
    <message>
        <source>Empty: the preview uses the sample data (variable set)</source>
        <translation>Leer: Die Vorschau verwendet die Beispieldaten (Variablensatz)</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Without template</source>
        <translation>Ohne Vorlage</translation>
    </message>
    <message>
        <source>Versus last injected</source>
        <translation>Gegenüber der letzten Injektion</translation>
    </message>
    <message>
        <source>The payload; the lines the template set are highlighted</source>
        <translation>Die Payload; die von der Vorlage gesetzten Zeilen sind hervorgehoben</translation>
    </message>
    <message>
        <source>The payload from batch defaults and comfort variables only, with the template&apos;s changes: red = replaced by the template, green = set by the template</source>
        <translation>Die Payload nur aus den Batch-Standardwerten und Komfortvariablen, mit den Änderungen der Vorlage: rot = von der Vorlage ersetzt, grün = von der Vorlage gesetzt</translation>
    </message>
    <message>
        <source>What a re-injection of the picked ticket would change: red = as last injected, green = as it would be sent now</source>
        <translation>Was eine erneute Injektion des gewählten Tickets ändern würde: rot = wie zuletzt injiziert, grün = wie es jetzt gesendet würde</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>the sample data &quot;%1&quot;</source>
        <translation>die Beispieldaten „%1“</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message numerus="yes">
        <source>TIXNGO payload for %1 (%n value(s) changed by the template, highlighted)</source>
        <translation>
            <numerusform>TIXNGO-Payload für %1 (%n Wert von der Vorlage geändert, hervorgehoben)</numerusform>
            <numerusform>TIXNGO-Payload für %1 (%n Werte von der Vorlage geändert, hervorgehoben)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TIXNGO payload for %1: %n problem(s) TIXNGO would refuse, see the list</source>
        <translation>
            <numerusform>TIXNGO-Payload für %1: %n Problem, das TIXNGO ablehnen würde, siehe Liste</numerusform>
            <numerusform>TIXNGO-Payload für %1: %n Probleme, die TIXNGO ablehnen würde, siehe Liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payload for %1 without the template (batch defaults and comfort variables): red lines are replaced by the template, green lines are what the template sets (%n value(s) changed)</source>
        <translation>
            <numerusform>Payload für %1 ohne die Vorlage (Batch-Standardwerte und Komfortvariablen): Rote Zeilen werden von der Vorlage ersetzt, grüne Zeilen setzt die Vorlage (%n Wert geändert)</numerusform>
            <numerusform>Payload für %1 ohne die Vorlage (Batch-Standardwerte und Komfortvariablen): Rote Zeilen werden von der Vorlage ersetzt, grüne Zeilen setzt die Vorlage (%n Werte geändert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a ticket (search above) to compare with the payload last injected for it.</source>
        <translation>Wählen Sie ein Ticket (Suche oben), um es mit der zuletzt dafür injizierten Payload zu vergleichen.</translation>
    </message>
    <message>
        <source>Cannot read what was last injected: %1</source>
        <translation>Die zuletzt injizierten Daten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Ticket %1 was never injected: an injection would send the whole payload below.</source>
        <translation>Ticket %1 wurde nie injiziert: Eine Injektion würde die gesamte Payload unten senden.</translation>
    </message>
    <message>
        <source>Ticket %1 is in TIXNGO (status %2), but no injection run of TixSync recorded what was sent, so there is nothing to compare with: a re-injection would send the payload below.</source>
        <translation>Ticket %1 ist in TIXNGO (Status %2), aber kein Injektionslauf von TixSync hat festgehalten, was gesendet wurde, daher gibt es nichts zu vergleichen: Eine erneute Injektion würde die Payload unten senden.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Last injected on %1 (run %2): a re-injection would send exactly the same payload.</source>
        <translation>Zuletzt injiziert am %1 (Lauf %2): Eine erneute Injektion würde genau dieselbe Payload senden.</translation>
    </message>
    <message>
        <source>Last injected on %1 (run %2): a re-injection would send a different payload.</source>
        <translation>Zuletzt injiziert am %1 (Lauf %2): Eine erneute Injektion würde eine andere Payload senden.</translation>
    </message>
    <message>
        <source>The run did not keep the whole JSON sent, so the lines that differ cannot be shown (custom parameter maxLengthDumpedCallsInKbs).</source>
        <translation>Der Lauf hat das gesendete JSON nicht vollständig aufbewahrt, daher können die abweichenden Zeilen nicht angezeigt werden (benutzerdefinierter Parameter maxLengthDumpedCallsInKbs).</translation>
    </message>
    <message>
        <source>Last injected on %1 (run %2): red lines as sent then, green lines as a re-injection would send them now.</source>
        <translation>Zuletzt injiziert am %1 (Lauf %2): rote Zeilen wie damals gesendet, grüne Zeilen so, wie eine erneute Injektion sie jetzt senden würde.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No ticket matches &quot;%1&quot;</source>
        <translation>Kein Ticket passt zu „%1“</translation>
    </message>
    <message>
        <source>Ticket %1 is not in the database any more: search again.</source>
        <translation>Ticket %1 ist nicht mehr in der Datenbank: Suchen Sie erneut.</translation>
    </message>
    <message>
        <source>Ready to send ticket %1.</source>
        <translation>Bereit, Ticket %1 zu senden.</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Versions of &quot;%1&quot; (%2)</source>
        <translation>Versionen von „%1“ (%2)</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>the editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>no difference</source>
        <translation>kein Unterschied</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Revert &quot;%1&quot;</source>
        <translation>„%1“ wiederherstellen</translation>
    </message>
    <message>
        <source>Revert &quot;%1&quot; to version %2?</source>
        <translation>Version %2 von „%1“ wiederherstellen?</translation>
    </message>
    <message>
        <source>This saves version %1&apos;s rows as a new version with the comment &quot;Revert to v%1&quot;; no version is deleted. Changes in the editor that are not saved are lost.</source>
        <translation>Dadurch werden die Zeilen von Version %1 als neue Version mit dem Kommentar „Wiederherstellung von v%1“ gespeichert; keine Version wird gelöscht. Nicht gespeicherte Änderungen im Editor gehen verloren.</translation>
    </message>
    <message>
        <source>Revert to v%1</source>
        <translation>Wiederherstellung von v%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no saved version: save a version first, then use it for injection.</source>
        <translation>„%1“ hat keine gespeicherte Version: Speichern Sie zuerst eine Version und verwenden Sie sie dann für die Injektion.</translation>
    </message>
    <message>
        <source>The editor has changes that are not saved as a version of &quot;%1&quot;. Injection uses saved versions only: save a version first, then use it for injection.</source>
        <translation>Der Editor enthält Änderungen, die nicht als Version von „%1“ gespeichert sind. Die Injektion verwendet nur gespeicherte Versionen: Speichern Sie zuerst eine Version und verwenden Sie sie dann für die Injektion.</translation>
    </message>
    <message>
        <source>Use for injection</source>
        <translation>Für die Injektion verwenden</translation>
    </message>
    <message>
        <source>Build every injection payload with &quot;%1&quot;?</source>
        <translation>Alle Injektions-Payloads mit „%1“ erstellen?</translation>
    </message>
    <message>
        <source>Injection uses the template shipped with TixSync today.</source>
        <translation>Derzeit verwendet die Injektion die mit TixSync ausgelieferte Vorlage.</translation>
    </message>
    <message>
        <source>Injection uses &quot;%1&quot; today.</source>
        <translation>Derzeit verwendet die Injektion „%1“.</translation>
    </message>
    <message>
        <source>From now on, every injection — by a click, a schedule or tixsync-cli — uses the latest saved version of &quot;%1&quot;. The change is recorded in the audit log.</source>
        <translation>Ab jetzt verwendet jede Injektion – per Klick, Zeitplan oder tixsync-cli – die zuletzt gespeicherte Version von „%1“. Die Änderung wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Use &quot;%1&quot;</source>
        <translation>„%1“ verwenden</translation>
    </message>
    <message>
        <source>Injection now uses &quot;%1&quot;.</source>
        <translation>Die Injektion verwendet jetzt „%1“.</translation>
    </message>
    <message>
        <source>Injection uses the template &quot;%1&quot; (setting sync/templateName), which cannot be loaded: %2</source>
        <translation>Die Injektion verwendet die Vorlage „%1“ (Einstellung sync/templateName), die nicht geladen werden kann: %2</translation>
    </message>
    <message>
        <source>Injection builds the payload with the template shipped with TixSync (no sync/templateName is set), not with the rows in the editor: the ticket is sent as that template makes it.</source>
        <translation>Die Injektion erstellt die Payload mit der mit TixSync ausgelieferten Vorlage (sync/templateName ist nicht gesetzt), nicht mit den Zeilen im Editor: Das Ticket wird so gesendet, wie diese Vorlage es erzeugt.</translation>
    </message>
    <message>
        <source>Injection builds the payload with the latest saved version of &quot;%1&quot; (setting sync/templateName), not with the rows in the editor: save a version of it first to send what the preview shows.</source>
        <translation>Die Injektion erstellt die Payload mit der zuletzt gespeicherten Version von „%1“ (Einstellung sync/templateName), nicht mit den Zeilen im Editor: Speichern Sie zuerst eine Version davon, um zu senden, was die Vorschau zeigt.</translation>
    </message>
    <message>
        <source>Pick a ticket first: search for it above the preview.</source>
        <translation>Wählen Sie zuerst ein Ticket: Suchen Sie es über der Vorschau.</translation>
    </message>
    <message>
        <source>A test injection is already running.</source>
        <translation>Eine Testinjektion läuft bereits.</translation>
    </message>
    <message>
        <source>send a test injection of</source>
        <translation>Testinjektion senden</translation>
    </message>
    <message>
        <source>Test injection cancelled: nothing was sent.</source>
        <translation>Testinjektion abgebrochen: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Send ticket %1 to TIXNGO%2 now?</source>
        <translation>Ticket %1 jetzt an TIXNGO%2 senden?</translation>
    </message>
    <message>
        <source>The ticket is injected like in a run: it appears in the spectator&apos;s wallet and becomes PRINTED in TixSync.</source>
        <translation>Das Ticket wird wie in einem Lauf injiziert: Es erscheint in der Wallet des Zuschauers und wird in TixSync PRINTED.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>The injection&apos;s custom parameters are invalid: %1 Fix them on the Sync page.</source>
        <translation>Die benutzerdefinierten Parameter der Injektion sind ungültig: %1 Korrigieren Sie sie auf der Seite „Synchronisation“.</translation>
    </message>
    <message>
        <source>Sending ticket %1 to TIXNGO…</source>
        <translation>Ticket %1 wird an TIXNGO gesendet…</translation>
    </message>
    <message>
        <source>The test injection could not start.</source>
        <translation>Die Testinjektion konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>OK: TIXNGO accepted ticket %1 (run %2). It is PRINTED in TixSync; the run history, the ledger and the audit log record it.</source>
        <translation>OK: TIXNGO hat Ticket %1 angenommen (Lauf %2). Es ist in TixSync PRINTED; Laufverlauf, Journal und Audit-Protokoll halten es fest.</translation>
    </message>
    <message>
        <source>TIXNGO did not take ticket %1 (run %2): %3 — %4</source>
        <translation>TIXNGO hat Ticket %1 nicht übernommen (Lauf %2): %3 – %4</translation>
    </message>
    <message>
        <source>The test injection failed (run %1): %2 — %3</source>
        <translation>Die Testinjektion ist fehlgeschlagen (Lauf %1): %2 – %3</translation>
    </message>
    <message>
        <source>Ticket %1 was not sent: injection does not select it (only NOT_PRINTED, PRINTED or CONTROLLED tickets of the injected kinds are sent).</source>
        <translation>Ticket %1 wurde nicht gesendet: Die Injektion wählt es nicht aus (nur Tickets der injizierten Arten mit NOT_PRINTED, PRINTED oder CONTROLLED werden gesendet).</translation>
    </message>
    <message>
        <source>Ticket %1 was not sent (run %2: %3).</source>
        <translation>Ticket %1 wurde nicht gesendet (Lauf %2: %3).</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>The template &quot;%1&quot; has no saved version: save a version first, then use it for injection.</source>
        <translation>Die Vorlage „%1“ hat keine gespeicherte Version: Speichern Sie zuerst eine Version und verwenden Sie sie dann für die Injektion.</translation>
    </message>
</context>
<context>
    <name>TicketActions</name>
    <message>
        <source>Name at least one ticket id.</source>
        <translation>Geben Sie mindestens eine Ticket-ID an.</translation>
    </message>
    <message>
        <source>There is no ticket with id &quot;%1&quot;. Check the id (not the ticket number).</source>
        <translation>Es gibt kein Ticket mit der ID „%1“. Prüfen Sie die ID (nicht die Ticketnummer).</translation>
    </message>
    <message>
        <source>Ticket %1 is already cancelled.</source>
        <translation>Ticket %1 ist bereits storniert.</translation>
    </message>
    <message>
        <source>An invalidation needs a reason (for example RESALE or LOST); give it with --reason.</source>
        <translation>Eine Ungültigmachung erfordert einen Grund (zum Beispiel RESALE oder LOST); geben Sie ihn mit --reason an.</translation>
    </message>
    <message>
        <source>Ticket %1 is cancelled; a cancelled ticket cannot be invalidated.</source>
        <translation>Ticket %1 ist storniert; ein storniertes Ticket kann nicht ungültig gemacht werden.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2; only a printed ticket can be controlled.</source>
        <translation>Ticket %1 ist %2; nur ein gedrucktes Ticket kann kontrolliert werden.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2; only a valid ticket can be reprinted.</source>
        <translation>Ticket %1 ist %2; nur ein gültiges Ticket kann nachgedruckt werden.</translation>
    </message>
</context>
<context>
    <name>TicketImporter</name>
    <message>
        <source>The file is empty. It needs a header row naming the columns, at least: %1.</source>
        <translation>Die Datei ist leer. Sie braucht eine Kopfzeile mit den Spaltennamen, mindestens: %1.</translation>
    </message>
    <message>
        <source>%1:%2:%3: the column &quot;%4&quot; is not a TixSync column and was ignored (see docs/import-format.md).</source>
        <translation>%1:%2:%3: Die Spalte „%4“ ist keine TixSync-Spalte und wurde ignoriert (siehe docs/import-format.md).</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header (columns %2 and %3). Remove or rename one of them.</source>
        <translation>Die Spalte „%1“ kommt in der Kopfzeile zweimal vor (Spalten %2 und %3). Entfernen oder benennen Sie eine davon um.</translation>
    </message>
    <message>
        <source>The header has no column %1. The header must name at least these columns, in any order: %2 (optional columns: see docs/import-format.md).</source>
        <translation>In der Kopfzeile fehlt die Spalte %1. Die Kopfzeile muss mindestens diese Spalten enthalten, in beliebiger Reihenfolge: %2 (optionale Spalten: siehe docs/import-format.md).</translation>
    </message>
    <message>
        <source>%1 is empty; every ticket needs one. Fill in the %1 column on this line.</source>
        <translation>%1 ist leer; jedes Ticket braucht einen Wert. Füllen Sie in dieser Zeile die Spalte %1 aus.</translation>
    </message>
    <message>
        <source>ticket_id is empty; every ticket needs one. Fill in the ticket_id column on this line.</source>
        <translation>ticket_id ist leer; jedes Ticket braucht eine. Füllen Sie in dieser Zeile die Spalte ticket_id aus.</translation>
    </message>
    <message>
        <source>The ticket id is longer than 256 characters, which TIXNGO refuses. Shorten it.</source>
        <translation>Die Ticket-ID ist länger als 256 Zeichen, was TIXNGO ablehnt. Kürzen Sie sie.</translation>
    </message>
    <message>
        <source>The ticket id &quot;%1&quot; contains &quot;%2&quot;; TIXNGO accepts only letters, digits, space and * . - _ + / ( ). Change the ticket id.</source>
        <translation>Die Ticket-ID „%1“ enthält „%2“; TIXNGO akzeptiert nur Buchstaben, Ziffern, Leerzeichen und * . - _ + / ( ). Ändern Sie die Ticket-ID.</translation>
    </message>
    <message>
        <source>%1 is empty; every ticket needs one. Write a date such as 2027-03-14T16:30:00+01:00 or 14/03/27 16:30.</source>
        <translation>%1 ist leer; jedes Ticket braucht einen Wert. Schreiben Sie ein Datum wie 2027-03-14T16:30:00+01:00 oder 14/03/27 16:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column %2 is not a date. Write RFC 3339 (2027-03-14T16:30:00+01:00) or DD/MM/YY hh:mm (14/03/27 16:30, read in the event&apos;s time_zone).</source>
        <translation>„%1“ in Spalte %2 ist kein Datum. Schreiben Sie RFC 3339 (2027-03-14T16:30:00+01:00) oder DD/MM/YY hh:mm (14/03/27 16:30, gelesen in der time_zone der Veranstaltung).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column %2 is not a date. Write it as yyyy-MM-dd (1990-05-31) or leave it empty.</source>
        <translation>„%1“ in Spalte %2 ist kein Datum. Schreiben Sie es als yyyy-MM-dd (1990-05-31) oder lassen Sie es leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column %2 is not a number. Write digits with a dot for decimals (12.50), without thousands separators or currency.</source>
        <translation>„%1“ in Spalte %2 ist keine Zahl. Schreiben Sie Ziffern mit einem Punkt als Dezimaltrennzeichen (12.50), ohne Tausendertrennzeichen oder Währung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column %2 is not a whole number of minutes. Write digits only (90).</source>
        <translation>„%1“ in Spalte %2 ist keine ganze Zahl von Minuten. Schreiben Sie nur Ziffern (90).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an S-360 status. Use one of: %2.</source>
        <translation>„%1“ ist kein S-360-Status. Verwenden Sie einen der folgenden: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TIXNGO status. Leave it empty (not in TIXNGO) or use one of: %2.</source>
        <translation>„%1“ ist kein TIXNGO-Status. Lassen Sie das Feld leer (nicht in TIXNGO) oder verwenden Sie einen der folgenden: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column %2 is not a gender TIXNGO accepts. Use M, F, U or X, or leave it empty.</source>
        <translation>„%1“ in Spalte %2 ist kein Geschlecht, das TIXNGO akzeptiert. Verwenden Sie M, F, U oder X, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column %2 is not a product kind. Use TICKET, MEMBERSHIP or SEASON_CARD, or leave it empty (TICKET).</source>
        <translation>„%1“ in Spalte %2 ist keine Produktart. Verwenden Sie TICKET, MEMBERSHIP oder SEASON_CARD, oder lassen Sie das Feld leer (TICKET).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column %2 is not true or false. Write true, false, 1 or 0.</source>
        <translation>„%1“ in Spalte %2 ist weder true noch false. Schreiben Sie true, false, 1 oder 0.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3. Check for a missing or extra comma, and put fields that contain commas in quotes.</source>
        <translation>Zeile %1 hat %2 Felder, die Kopfzeile aber %3. Prüfen Sie, ob ein Komma fehlt oder zu viel ist, und setzen Sie Felder, die Kommas enthalten, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>The ticket id %1 is on line %2 and again on line %3. Each ticket must appear once: remove one of the two lines.</source>
        <translation>Die Ticket-ID %1 steht in Zeile %2 und nochmals in Zeile %3. Jedes Ticket darf nur einmal vorkommen: Entfernen Sie eine der beiden Zeilen.</translation>
    </message>
    <message>
        <source>event_id is empty; every ticket needs one. Fill in the event_id column on this line.</source>
        <translation>event_id ist leer; jedes Ticket braucht eine. Füllen Sie in dieser Zeile die Spalte event_id aus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows. Write an IANA time zone such as Europe/Zurich, or leave it empty.</source>
        <translation>„%1“ ist keine Zeitzone, die dieses System kennt. Schreiben Sie eine IANA-Zeitzone wie Europe/Zurich oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>%1:%2: the event %3 has different event columns here than on line %4; line %4 was used. Make the event columns the same on every row of an event.</source>
        <translation>%1:%2: Die Veranstaltung %3 hat hier andere Veranstaltungsspalten als in Zeile %4; Zeile %4 wurde verwendet. Füllen Sie die Veranstaltungsspalten in jeder Zeile einer Veranstaltung gleich aus.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Check the path and that you may read the file.</source>
        <translation>%1 kann nicht geöffnet werden: %2. Prüfen Sie den Pfad und ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>Der Import von %1 wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>…and %1 more warnings.</source>
        <translation>…und %1 weitere Warnungen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column %2 is not a date dd/mm/yy hh:mm. Write a real day and time with two digits each, e.g. 22/10/23 21:15 (year 2023).</source>
        <translation>„%1“ in Spalte %2 ist kein Datum im Format dd/mm/yy hh:mm. Schreiben Sie einen gültigen Tag und eine gültige Uhrzeit mit je zwei Ziffern, z. B. 22/10/23 21:15 (Jahr 2023).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column %2 is not a comfort value. Write start_of_season, end_of_season, an offset from the performance start such as +1d, -1w, 2w or +3h (h = hours, d = days, w = weeks), or a date dd/mm/yy hh:mm such as 22/10/23 21:15.</source>
        <translation>„%1“ in Spalte %2 ist kein Komfortwert. Schreiben Sie start_of_season, end_of_season, einen Versatz zum Vorstellungsbeginn wie +1d, -1w, 2w oder +3h (h = Stunden, d = Tage, w = Wochen) oder ein Datum dd/mm/yy hh:mm wie 22/10/23 21:15.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column TIXRGrp has %2 characters; TIXNGO takes at most 50 for a group id. Shorten it.</source>
        <translation>„%1“ in Spalte TIXRGrp hat %2 Zeichen; TIXNGO akzeptiert für eine Gruppen-ID höchstens 50. Kürzen Sie den Wert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column %2 is not a date. Write yyyy-MM-dd (2026-07-01) or dd/mm/yy (01/07/26), or leave it empty.</source>
        <translation>„%1“ in Spalte %2 ist kein Datum. Schreiben Sie yyyy-MM-dd (2026-07-01) oder dd/mm/yy (01/07/26), oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>The column %1 belongs to a product, but the header has no column &quot;product_code&quot;. Add product_code (the S-360 product the value is set on) or remove %1.</source>
        <translation>Die Spalte %1 gehört zu einem Produkt, aber die Kopfzeile hat keine Spalte „product_code“. Fügen Sie product_code hinzu (das S-360-Produkt, an dem der Wert gesetzt wird), oder entfernen Sie %1.</translation>
    </message>
    <message>
        <source>%1 is set but product_code is empty on this line: comfort variables and season dates are set on a product. Fill in product_code or clear %1.</source>
        <translation>%1 ist gesetzt, aber product_code ist in dieser Zeile leer: Komfortvariablen und Saisondaten werden an einem Produkt gesetzt. Füllen Sie product_code aus oder leeren Sie %1.</translation>
    </message>
    <message>
        <source>%1:%2: the product %3 has different comfort variables or season dates here than on line %4; line %4 was used. Make them the same on every row of a product.</source>
        <translation>%1:%2: Das Produkt %3 hat hier andere Komfortvariablen oder Saisondaten als in Zeile %4; Zeile %4 wurde verwendet. Gleichen Sie sie in allen Zeilen eines Produkts an.</translation>
    </message>
    <message>
        <source>The season of product %1 ends (%2) before it starts (%3). Correct season_start or season_end.</source>
        <translation>Die Saison des Produkts %1 endet (%2), bevor sie beginnt (%3). Korrigieren Sie season_start oder season_end.</translation>
    </message>
    <message>
        <source>%1 of product %2 is %3, but the product has no %4. Write the season&apos;s %5 in the %4 column (yyyy-MM-dd), or give %1 another value.</source>
        <translation>%1 des Produkts %2 ist %3, aber das Produkt hat kein %4. Schreiben Sie den %5 der Saison in die Spalte %4 (yyyy-MM-dd), oder geben Sie %1 einen anderen Wert.</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>ersten Tag</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>letzten Tag</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Loading the tickets was cancelled.</source>
        <translation>Das Laden der Tickets wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Datenbankfehler (%1): %2</translation>
    </message>
    <message>
        <source>reading the events</source>
        <translation>Lesen der Veranstaltungen</translation>
    </message>
    <message>
        <source>reading the tickets</source>
        <translation>Lesen der Tickets</translation>
    </message>
</context>
<context>
    <name>tixngo-sim</name>
    <message>
        <source>cannot write the state file %1: %2</source>
        <translation>Zustandsdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Simulates the TIXNGO organizer API on 127.0.0.1 for tests and demos. The first line on stdout is &quot;listening on &lt;interface URL&gt;&quot;.</source>
        <translation>Simuliert die TIXNGO-Veranstalter-API auf 127.0.0.1 für Tests und Demos. Die erste Zeile auf stdout lautet &quot;listening on &lt;interface URL&gt;&quot;.</translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1; 0 picks a free one (default 0).</source>
        <translation>TCP-Port auf 127.0.0.1; 0 wählt einen freien Port (Standard 0).</translation>
    </message>
    <message>
        <source>The organizer API key to accept (else $TIXNGO_SIM_API_KEY; with neither, any non-empty key is accepted).</source>
        <translation>Der zu akzeptierende Veranstalter-API-Schlüssel (sonst $TIXNGO_SIM_API_KEY; ohne beide wird jeder nicht leere Schlüssel akzeptiert).</translation>
    </message>
    <message>
        <source>Header carrying the key (default X-Api-Key; Authorization: Bearer always works).</source>
        <translation>Header mit dem Schlüssel (Standard X-Api-Key; Authorization: Bearer funktioniert immer).</translation>
    </message>
    <message>
        <source>API root path (default /api/v3/).</source>
        <translation>API-Stammpfad (Standard /api/v3/).</translation>
    </message>
    <message>
        <source>Tickets per call before 413 BATCH_TOO_LARGE (default 10000).</source>
        <translation>Tickets pro Aufruf vor 413 BATCH_TOO_LARGE (Standard 10000).</translation>
    </message>
    <message>
        <source>Delay before every API answer.</source>
        <translation>Verzögerung vor jeder API-Antwort.</translation>
    </message>
    <message>
        <source>Share (0..1) of API calls answered 500/502/503/504.</source>
        <translation>Anteil (0..1) der API-Aufrufe, die mit 500/502/503/504 beantwortet werden.</translation>
    </message>
    <message>
        <source>API calls per second before 429 with Retry-After (0 = no limit).</source>
        <translation>API-Aufrufe pro Sekunde vor 429 mit Retry-After (0 = keine Begrenzung).</translation>
    </message>
    <message>
        <source>Share (0..1) of API calls whose connection is closed without an answer.</source>
        <translation>Anteil (0..1) der API-Aufrufe, deren Verbindung ohne Antwort geschlossen wird.</translation>
    </message>
    <message>
        <source>Share (0..1) of 200 answers sent truncated or as HTML.</source>
        <translation>Anteil (0..1) der 200-Antworten, die abgeschnitten oder als HTML gesendet werden.</translation>
    </message>
    <message>
        <source>Share (0..1) of tickets failing with a per-ticket INTERNAL_ERROR.</source>
        <translation>Anteil (0..1) der Tickets, die mit einem INTERNAL_ERROR pro Ticket fehlschlagen.</translation>
    </message>
    <message>
        <source>Seed of the random generators (default 42).</source>
        <translation>Startwert der Zufallsgeneratoren (Standard 42).</translation>
    </message>
    <message>
        <source>Random spectator actions per second: downloads, assignments, transfers, activations near the event start (default 0).</source>
        <translation>Zufällige Zuschaueraktionen pro Sekunde: Downloads, Zuweisungen, Übertragungen, Aktivierungen kurz vor Veranstaltungsbeginn (Standard 0).</translation>
    </message>
    <message>
        <source>Delay before DELETION_PENDING becomes DELETED; -1 = never (default 1000).</source>
        <translation>Verzögerung, bevor DELETION_PENDING zu DELETED wird; -1 = nie (Standard 1000).</translation>
    </message>
    <message>
        <source>Keep the simulated data in this JSON file: loaded at start, saved every 10 s and at exit (SIGINT/SIGTERM).</source>
        <translation>Simulierte Daten in dieser JSON-Datei halten: beim Start geladen, alle 10 s und beim Beenden (SIGINT/SIGTERM) gespeichert.</translation>
    </message>
    <message>
        <source>Do not keep the injected ticket texts (saves about 1 KB per ticket for million-ticket runs; GET /_sim/tickets/{id} then shows payload null).</source>
        <translation>Die injizierten Tickettexte nicht aufbewahren (spart etwa 1 KB pro Ticket bei Läufen mit Millionen Tickets; GET /_sim/tickets/{id} zeigt dann payload null).</translation>
    </message>
    <message>
        <source>Log one line per request on stderr.</source>
        <translation>Eine Zeile pro Anfrage auf stderr protokollieren.</translation>
    </message>
    <message>
        <source>unexpected argument %1; see --help</source>
        <translation>Unerwartetes Argument %1; siehe --help</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3</source>
        <translation>--%1 muss eine Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>--seed must be a whole number ≥ 0</source>
        <translation>--seed muss eine ganze Zahl ≥ 0 sein</translation>
    </message>
    <message>
        <source>cannot read the state file %1: %2</source>
        <translation>Zustandsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot load the state file %1: %2. Move it away to start empty.</source>
        <translation>Zustandsdatei %1 kann nicht geladen werden: %2. Verschieben Sie sie, um leer zu starten.</translation>
    </message>
    <message>
        <source>no API key given (--api-key or TIXNGO_SIM_API_KEY): any non-empty key is accepted</source>
        <translation>kein API-Schlüssel angegeben (--api-key oder TIXNGO_SIM_API_KEY): Jeder nicht leere Schlüssel wird akzeptiert</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1 (port in use?); pick another --port or 0</source>
        <translation>Lauschen auf 127.0.0.1:%1 nicht möglich (Port belegt?); wählen Sie einen anderen --port oder 0</translation>
    </message>
</context>
<context>
    <name>tixsync</name>
    <message>
        <source>TixSync: the console for the SecuTix 360 / TIXNGO interface.</source>
        <translation>TixSync: die Konsole für die Schnittstelle SecuTix 360 / TIXNGO.</translation>
    </message>
    <message>
        <source>SQLite file or postgresql://user@host:port/dbname (default: %1).</source>
        <translation>SQLite-Datei oder postgresql://user@host:port/dbname (Standard: %1).</translation>
    </message>
    <message>
        <source>Language: en, fr or de (default: the system&apos;s).</source>
        <translation>Sprache: en, fr oder de (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>Demo mode: a demo database (demo.sqlite in the application data folder unless --db is given, filled with demo data when empty) and a simulated TIXNGO (tixngo-sim) started for the session.</source>
        <translation>Demomodus: eine Demodatenbank (demo.sqlite im Anwendungsdatenordner, sofern nicht --db angegeben ist; wird mit Demodaten gefüllt, wenn sie leer ist) und ein simuliertes TIXNGO (tixngo-sim), das für die Sitzung gestartet wird.</translation>
    </message>
    <message>
        <source>TixSync cannot open its database</source>
        <translation>TixSync kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>%1

Check the --db option, the file&apos;s permissions and, for PostgreSQL, that the server is running.</source>
        <translation>%1

Prüfen Sie die Option --db, die Zugriffsrechte der Datei und, bei PostgreSQL, ob der Server läuft.</translation>
    </message>
    <message>
        <source>TixSync cannot start the demo</source>
        <translation>TixSync kann die Demo nicht starten</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>tixsync-cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation>Führen Sie &quot;%1 --help&quot; aus, um die Verwendung anzuzeigen.</translation>
    </message>
    <message>
        <source>Shows the audit log (newest first): who imported, ran, fixed, changed templates or settings, when, with which parameters.</source>
        <translation>Zeigt das Audit-Protokoll (neueste zuerst): wer importiert, Läufe gestartet, korrigiert, Vorlagen oder Einstellungen geändert hat, wann und mit welchen Parametern.</translation>
    </message>
    <message>
        <source>Only this action (import, run, fix, ticket-action, template-save, settings-change…).</source>
        <translation>Nur diese Aktion (import, run, fix, ticket-action, template-save, settings-change…).</translation>
    </message>
    <message>
        <source>Only lines of this operator.</source>
        <translation>Nur Zeilen dieses Bearbeiters.</translation>
    </message>
    <message>
        <source>Only lines at or after this RFC 3339 time.</source>
        <translation>Nur Zeilen ab dieser RFC-3339-Zeit.</translation>
    </message>
    <message>
        <source>Only lines before this RFC 3339 time.</source>
        <translation>Nur Zeilen vor dieser RFC-3339-Zeit.</translation>
    </message>
    <message>
        <source>Only lines containing this text (any case).</source>
        <translation>Nur Zeilen, die diesen Text enthalten (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>At most N lines (default: all).</source>
        <translation>Höchstens N Zeilen (Standard: alle).</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>Write CSV to FILE (- for standard output).</source>
        <translation>CSV in FILE schreiben (- für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Choose either --json or --csv, not both.</source>
        <translation>Wählen Sie entweder --json oder --csv, nicht beides.</translation>
    </message>
    <message>
        <source>--%1 needs an RFC 3339 time such as 2026-06-01T00:00:00Z (got &quot;%2&quot;).</source>
        <translation>--%1 benötigt eine RFC-3339-Zeit wie 2026-06-01T00:00:00Z (erhalten: „%2“).</translation>
    </message>
    <message>
        <source>--limit needs a positive number (got &quot;%1&quot;).</source>
        <translation>--limit benötigt eine positive Zahl (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 lines written to %2.</source>
        <translation>%1 Zeilen in %2 geschrieben.</translation>
    </message>
    <message>
        <source>No audit log lines match.</source>
        <translation>Keine passenden Zeilen im Audit-Protokoll.</translation>
    </message>
    <message>
        <source>Usage: tixsync-cli profiles list [--json] [--check-keys]
       tixsync-cli profiles add NAME --url URL [--login EMAIL] [--api-profile P] [--organizer ID] [--production]
       tixsync-cli profiles remove NAME
       tixsync-cli profiles use NAME
       tixsync-cli profiles set-key NAME      (the key is read from standard input)
       tixsync-cli profiles delete-key NAME
       tixsync-cli profiles test NAME         (key from TIXNGO_API_KEY or the keychain)</source>
        <translation>Verwendung: tixsync-cli profiles list [--json] [--check-keys]
       tixsync-cli profiles add NAME --url URL [--login EMAIL] [--api-profile P] [--organizer ID] [--production]
       tixsync-cli profiles remove NAME
       tixsync-cli profiles use NAME
       tixsync-cli profiles set-key NAME      (der Schlüssel wird von der Standardeingabe gelesen)
       tixsync-cli profiles delete-key NAME
       tixsync-cli profiles test NAME         (Schlüssel aus TIXNGO_API_KEY oder dem Schlüsselbund)</translation>
    </message>
    <message>
        <source>Connection profiles (TIXNGO environments) and their API keys in the OS keychain. Sub-commands: list, add, remove, use, set-key, delete-key, test.</source>
        <translation>Verbindungsprofile (TIXNGO-Umgebungen) und ihre API-Schlüssel im Schlüsselbund des Betriebssystems. Unterbefehle: list, add, remove, use, set-key, delete-key, test.</translation>
    </message>
    <message>
        <source>list, add, remove, use, set-key, delete-key or test</source>
        <translation>list, add, remove, use, set-key, delete-key oder test</translation>
    </message>
    <message>
        <source>The profile name.</source>
        <translation>Der Profilname.</translation>
    </message>
    <message>
        <source>list: print one JSON array.</source>
        <translation>list: ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>list: ask the keychain whether each profile has a key (up to 5 s each).</source>
        <translation>list: beim Schlüsselbund nachfragen, ob jedes Profil einen Schlüssel hat (jeweils bis zu 5 s).</translation>
    </message>
    <message>
        <source>add: the TIXNGO interface URL (ends with organizer/tickets).</source>
        <translation>add: die TIXNGO-Schnittstellen-URL (endet mit organizer/tickets).</translation>
    </message>
    <message>
        <source>add: the organizer ADMIN e-mail (informational).</source>
        <translation>add: die E-Mail-Adresse des Veranstalter-ADMIN (zur Information).</translation>
    </message>
    <message>
        <source>add: API profile: default, bearer or a JSON file.</source>
        <translation>add: API-Profil: default, bearer oder eine JSON-Datei.</translation>
    </message>
    <message>
        <source>add: the organizer id.</source>
        <translation>add: die Veranstalter-ID.</translation>
    </message>
    <message>
        <source>add: mark it as a production environment.</source>
        <translation>add: als Produktionsumgebung kennzeichnen.</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>No connection profiles yet. Add one with: tixsync-cli profiles add NAME --url URL</source>
        <translation>Noch keine Verbindungsprofile. Fügen Sie eines hinzu mit: tixsync-cli profiles add NAME --url URL</translation>
    </message>
    <message>
        <source>The API key is read from standard input, never from the command line. Run: tixsync-cli profiles set-key NAME, then type or pipe the key.</source>
        <translation>Der API-Schlüssel wird von der Standardeingabe gelesen, niemals von der Befehlszeile. Führen Sie aus: tixsync-cli profiles set-key NAME, und tippen Sie dann den Schlüssel ein oder leiten Sie ihn per Pipe weiter.</translation>
    </message>
    <message>
        <source>connection profile added</source>
        <translation>Verbindungsprofil hinzugefügt</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added. Store its API key with: tixsync-cli profiles set-key &quot;%1&quot;</source>
        <translation>Profil „%1“ hinzugefügt. Speichern Sie seinen API-Schlüssel mit: tixsync-cli profiles set-key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>connection profile removed</source>
        <translation>Verbindungsprofil entfernt</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed, but its key could not be deleted from the keychain: %2</source>
        <translation>Profil „%1“ entfernt, aber sein Schlüssel konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <source>active connection profile changed</source>
        <translation>Aktives Verbindungsprofil geändert</translation>
    </message>
    <message>
        <source>There is no connection profile called &quot;%1&quot;. Check the name with: tixsync-cli profiles list</source>
        <translation>Es gibt kein Verbindungsprofil namens „%1“. Prüfen Sie den Namen mit: tixsync-cli profiles list</translation>
    </message>
    <message>
        <source>API key for &quot;%1&quot;: </source>
        <translation>API-Schlüssel für „%1“: </translation>
    </message>
    <message>
        <source>No key was read from standard input; type or pipe the API key.</source>
        <translation>Von der Standardeingabe wurde kein Schlüssel gelesen; tippen Sie den API-Schlüssel ein oder leiten Sie ihn per Pipe weiter.</translation>
    </message>
    <message>
        <source>For scripts and schedulers, set the environment variable TIXNGO_API_KEY instead.</source>
        <translation>Für Skripte und Planer setzen Sie stattdessen die Umgebungsvariable TIXNGO_API_KEY.</translation>
    </message>
    <message>
        <source>API key stored in the keychain</source>
        <translation>API-Schlüssel im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>The API key of &quot;%1&quot; is stored in the keychain.</source>
        <translation>Der API-Schlüssel von „%1“ ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>API key deleted from the keychain</source>
        <translation>API-Schlüssel aus dem Schlüsselbund gelöscht</translation>
    </message>
    <message>
        <source>Show or export the audit log</source>
        <translation>Audit-Protokoll anzeigen oder exportieren</translation>
    </message>
    <message>
        <source>Connection profiles and their API keys in the keychain</source>
        <translation>Verbindungsprofile und ihre API-Schlüssel im Schlüsselbund</translation>
    </message>
    <message>
        <source>Imports an S-360 ticket export (CSV, UTF-8, one row per ticket; see docs/import-format.md). Tickets are upserted by ticket id; the whole file is imported or nothing is.</source>
        <translation>Importiert einen S-360-Ticketexport (CSV, UTF-8, eine Zeile pro Ticket; siehe docs/import-format.md). Tickets werden anhand der Ticket-ID eingefügt oder aktualisiert; entweder wird die ganze Datei importiert oder nichts.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>import needs exactly one FILE.csv. Run &quot;tixsync-cli import --help&quot; for usage.</source>
        <translation>import benötigt genau eine FILE.csv. Führen Sie &quot;tixsync-cli import --help&quot; aus, um die Verwendung anzuzeigen.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 inserted, %3 updated, %4 events.</source>
        <translation>%1 Zeilen importiert: %2 eingefügt, %3 aktualisiert, %4 Veranstaltungen.</translation>
    </message>
    <message>
        <source>Fills the database with realistic demo events and tickets. The same seed always gives the same data; running it again with the same seed updates the same tickets.</source>
        <translation>Füllt die Datenbank mit realistischen Demo-Veranstaltungen und -Tickets. Derselbe Startwert ergibt immer dieselben Daten; ein erneuter Aufruf mit demselben Startwert aktualisiert dieselben Tickets.</translation>
    </message>
    <message>
        <source>Number of events (default 12).</source>
        <translation>Anzahl der Veranstaltungen (Standard 12).</translation>
    </message>
    <message>
        <source>Tickets per event (default 500).</source>
        <translation>Tickets pro Veranstaltung (Standard 500).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Zufallsstartwert (Standard 1).</translation>
    </message>
    <message>
        <source>--events needs a whole number from 1 to 100000, not &quot;%1&quot;.</source>
        <translation>--events benötigt eine ganze Zahl von 1 bis 100000, nicht „%1“.</translation>
    </message>
    <message>
        <source>--tickets-per-event needs a whole number from 0 to 10000000, not &quot;%1&quot;.</source>
        <translation>--tickets-per-event benötigt eine ganze Zahl von 0 bis 10000000, nicht „%1“.</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>--seed benötigt eine ganze Zahl von 0 bis 4294967295, nicht „%1“.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird erzeugt…</translation>
    </message>
    <message>
        <source>Generated %1 events and %2 tickets (seed %3).</source>
        <translation>%1 Veranstaltungen und %2 Tickets erzeugt (Startwert %3).</translation>
    </message>
    <message>
        <source>Lists the events with their number of tickets in each S-360 status.</source>
        <translation>Listet die Veranstaltungen mit ihrer Anzahl Tickets in jedem S-360-Status auf.</translation>
    </message>
    <message>
        <source>Print one JSON array of objects: eventId, name, eventType, startTime, venue, city, tickets and counts (one entry per S-360 status).</source>
        <translation>Ein JSON-Array von Objekten ausgeben: eventId, name, eventType, startTime, venue, city, tickets und counts (ein Eintrag pro S-360-Status).</translation>
    </message>
    <message>
        <source>EVENT ID</source>
        <translation>VERANSTALTUNGS-ID</translation>
    </message>
    <message>
        <source>START</source>
        <translation>BEGINN</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>VENUE</source>
        <translation>ORT</translation>
    </message>
    <message>
        <source>TICKETS</source>
        <translation>TICKETS</translation>
    </message>
    <message>
        <source>Lists tickets, in ticket-id order, with their S-360 and TIXNGO status.</source>
        <translation>Listet Tickets nach Ticket-ID sortiert auf, mit ihrem S-360- und TIXNGO-Status.</translation>
    </message>
    <message>
        <source>Only the tickets of this event id.</source>
        <translation>Nur die Tickets dieser Veranstaltungs-ID.</translation>
    </message>
    <message>
        <source>Only tickets in this S-360 status (%1).</source>
        <translation>Nur Tickets in diesem S-360-Status (%1).</translation>
    </message>
    <message>
        <source>Only tickets whose id, number, order, barcode, buyer or holder (name or e-mail) contains TEXT, ignoring case.</source>
        <translation>Nur Tickets, deren ID, Nummer, Bestellung, Barcode, Käufer oder Inhaber (Name oder E-Mail) TEXT enthält, ohne Beachtung der Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <source>Print one JSON array of objects: ticketId, ticketNumber, fileNumber, eventId, s360Status, reason, tixngoStatus, shipmentMode, category, price, currency, contact, holder, owner.</source>
        <translation>Ein JSON-Array von Objekten ausgeben: ticketId, ticketNumber, fileNumber, eventId, s360Status, reason, tixngoStatus, shipmentMode, category, price, currency, contact, holder, owner.</translation>
    </message>
    <message>
        <source>At most N tickets (default 100; 0 = all).</source>
        <translation>Höchstens N Tickets (Standard 100; 0 = alle).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an S-360 status. Use one of: %2.</source>
        <translation>„%1“ ist kein S-360-Status. Verwenden Sie einen der folgenden: %2.</translation>
    </message>
    <message>
        <source>--limit needs a whole number (0 = all), not &quot;%1&quot;.</source>
        <translation>--limit benötigt eine ganze Zahl (0 = alle), nicht „%1“.</translation>
    </message>
    <message>
        <source>TICKET ID</source>
        <translation>TICKET-ID</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>VERANSTALTUNG</translation>
    </message>
    <message>
        <source>S-360</source>
        <translation>S-360</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>TIXNGO</source>
        <translation>TIXNGO</translation>
    </message>
    <message>
        <source>HOLDER</source>
        <translation>INHABER</translation>
    </message>
    <message>
        <source>TIXNGO OWNER</source>
        <translation>TIXNGO-BESITZER</translation>
    </message>
    <message>
        <source>Showing the first %1 tickets; use --limit 0 to show all.</source>
        <translation>Die ersten %1 Tickets werden angezeigt; mit --limit 0 werden alle angezeigt.</translation>
    </message>
    <message>
        <source>Import an S-360 ticket export (CSV)</source>
        <translation>S-360-Ticketexport (CSV) importieren</translation>
    </message>
    <message>
        <source>Generate realistic demo events and tickets</source>
        <translation>Realistische Demo-Veranstaltungen und -Tickets erzeugen</translation>
    </message>
    <message>
        <source>List events with ticket counts per S-360 status</source>
        <translation>Veranstaltungen mit Ticketanzahl pro S-360-Status auflisten</translation>
    </message>
    <message>
        <source>List tickets with their S-360 and TIXNGO status</source>
        <translation>Tickets mit ihrem S-360- und TIXNGO-Status auflisten</translation>
    </message>
    <message>
        <source>Reconciliation of %1 tickets in %2 events at %3</source>
        <translation>Abgleich von %1 Tickets in %2 Veranstaltungen, Stand %3</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>All discrepancies</source>
        <translation>Alle Abweichungen</translation>
    </message>
    <message>
        <source>Events needing attention first:</source>
        <translation>Veranstaltungen mit dem größten Handlungsbedarf zuerst:</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 pending, %4 info of %5 tickets</source>
        <translation>%1 Fehler, %2 Warnungen, %3 ausstehend, %4 Info bei %5 Tickets</translation>
    </message>
    <message>
        <source>Duplicates (%1):</source>
        <translation>Duplikate (%1):</translation>
    </message>
    <message>
        <source>barcode %1 on tickets %2</source>
        <translation>Barcode %1 auf Tickets %2</translation>
    </message>
    <message>
        <source>ticket id %1 on %2 rows</source>
        <translation>Ticket-ID %1 in %2 Zeilen</translation>
    </message>
    <message>
        <source>ticket id %1 twice in the TIXNGO list (%2)</source>
        <translation>Ticket-ID %1 doppelt in der TIXNGO-Liste (%2)</translation>
    </message>
    <message>
        <source>%1 tickets have an unknown S-360 or TIXNGO status code and were not reconciled; fix their status in the database.</source>
        <translation>%1 Tickets haben einen unbekannten S-360- oder TIXNGO-Statuscode und wurden nicht abgeglichen; korrigieren Sie ihren Status in der Datenbank.</translation>
    </message>
    <message>
        <source>--refresh needs a TIXNGO connection profile: make one active or name it with --profile.</source>
        <translation>--refresh benötigt ein TIXNGO-Verbindungsprofil: Aktivieren Sie eines oder geben Sie es mit --profile an.</translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot;; check the name (profiles are listed by &quot;tixsync-cli profiles list&quot;).</source>
        <translation>Es gibt kein Verbindungsprofil „%1“; prüfen Sie den Namen (die Profile listet &quot;tixsync-cli profiles list&quot; auf).</translation>
    </message>
    <message>
        <source>The API profile &quot;%1&quot; of connection &quot;%2&quot; is neither &quot;default&quot;, &quot;bearer&quot; nor an existing file; correct the connection profile.</source>
        <translation>Das API-Profil „%1“ der Verbindung „%2“ ist weder &quot;default&quot; noch &quot;bearer&quot; noch eine vorhandene Datei; korrigieren Sie das Verbindungsprofil.</translation>
    </message>
    <message>
        <source>Reading TIXNGO: page %1, %2 tickets</source>
        <translation>TIXNGO wird gelesen: Seite %1, %2 Tickets</translation>
    </message>
    <message>
        <source>Compares every ticket&apos;s S-360 status with its TIXNGO status as last known (interface doc §4) and prints the discrepancies per category. Exit code 3 when --fail-on matches.</source>
        <translation>Vergleicht den S-360-Status jedes Tickets mit seinem zuletzt bekannten TIXNGO-Status (Schnittstellendokumentation §4) und gibt die Abweichungen pro Kategorie aus. Exit-Code 3, wenn --fail-on zutrifft.</translation>
    </message>
    <message>
        <source>Only the tickets of this event.</source>
        <translation>Nur die Tickets dieser Veranstaltung.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Print one JSON object with counts and discrepancies.</source>
        <translation>Ein JSON-Objekt mit Anzahlen und Abweichungen ausgeben.</translation>
    </message>
    <message>
        <source>Write the discrepancies to this CSV file.</source>
        <translation>Die Abweichungen in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Exit with code 3 when a discrepancy of this severity or worse exists: error or warning.</source>
        <translation>Mit Code 3 beenden, wenn eine Abweichung dieses oder eines höheren Schweregrads vorliegt: error oder warning.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>Reconcile as if it were this time (RFC 3339).</source>
        <translation>Abgleichen, als wäre es dieser Zeitpunkt (RFC 3339).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Report owner drift (contact distribution is enabled).</source>
        <translation>Besitzerabweichungen melden (Kontaktverteilung ist aktiviert).</translation>
    </message>
    <message>
        <source>Minutes a cancelled ticket may stay live before it is an error.</source>
        <translation>Minuten, die ein storniertes Ticket aktiv bleiben darf, bevor es ein Fehler ist.</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>Minutes a control may take to reach TIXNGO before it is an error.</source>
        <translation>Minuten, die eine Kontrolle bis zu TIXNGO brauchen darf, bevor es ein Fehler ist.</translation>
    </message>
    <message>
        <source>Minutes after which DELETION_PENDING is reported as stuck.</source>
        <translation>Minuten, nach denen DELETION_PENDING als hängend gemeldet wird.</translation>
    </message>
    <message>
        <source>TIXNGO&apos;s view of the tickets (JSON, diff-feed shape): ids S-360 does not have are reported as UNKNOWN_TO_S360.</source>
        <translation>Die Sicht von TIXNGO auf die Tickets (JSON im Diff-Feed-Format): IDs, die S-360 nicht hat, werden als UNKNOWN_TO_S360 gemeldet.</translation>
    </message>
    <message>
        <source>Only tickets of these shipment modes (the TIXNGO ones; comma-separated, repeatable). Default: the setting recon.shipmentModes, else every ticket.</source>
        <translation>Nur Tickets dieser Versandarten (die von TIXNGO; kommagetrennt, wiederholbar). Standard: die Einstellung recon.shipmentModes, sonst alle Tickets.</translation>
    </message>
    <message>
        <source>MODES</source>
        <translation>MODI</translation>
    </message>
    <message>
        <source>Read TIXNGO&apos;s whole view first (its diff feed from the start; the feedback position is not moved): finds tickets S-360 does not have.</source>
        <translation>Zuerst die gesamte Sicht von TIXNGO lesen (seinen Diff-Feed von Anfang an; die Position der Statusrückmeldung wird nicht verschoben): findet Tickets, die S-360 nicht hat.</translation>
    </message>
    <message>
        <source>Connection profile for --refresh (default: the active one).</source>
        <translation>Verbindungsprofil für --refresh (Standard: das aktive).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run &quot;tixsync-cli reconcile --help&quot; for usage.</source>
        <translation>Unerwartetes Argument „%1“. Führen Sie &quot;tixsync-cli reconcile --help&quot; aus, um die Verwendung anzuzeigen.</translation>
    </message>
    <message>
        <source>Use either --json or --csv, not both.</source>
        <translation>Verwenden Sie entweder --json oder --csv, nicht beides.</translation>
    </message>
    <message>
        <source>Use either --refresh or --tixngo-file, not both.</source>
        <translation>Verwenden Sie entweder --refresh oder --tixngo-file, nicht beides.</translation>
    </message>
    <message>
        <source>--profile only applies with --refresh.</source>
        <translation>--profile gilt nur zusammen mit --refresh.</translation>
    </message>
    <message>
        <source>--fail-on takes &quot;error&quot; or &quot;warning&quot;, not &quot;%1&quot;.</source>
        <translation>--fail-on akzeptiert &quot;error&quot; oder &quot;warning&quot;, nicht „%1“.</translation>
    </message>
    <message>
        <source>--now takes an RFC 3339 time such as 2026-06-01T20:00:00Z, not &quot;%1&quot;.</source>
        <translation>--now akzeptiert eine RFC-3339-Zeit wie 2026-06-01T20:00:00Z, nicht „%1“.</translation>
    </message>
    <message>
        <source>--%1 takes a number of minutes (0 or more), not &quot;%2&quot;.</source>
        <translation>--%1 akzeptiert eine Anzahl Minuten (0 oder mehr), nicht „%2“.</translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot; in the database. Check the id with &quot;tixsync-cli events&quot;.</source>
        <translation>Es gibt keine Veranstaltung „%1“ in der Datenbank. Prüfen Sie die ID mit &quot;tixsync-cli events&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the TIXNGO ticket list %1: %2</source>
        <translation>Die TIXNGO-Ticketliste %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--refresh is not available: this tixsync-cli was built without the TIXNGO client.</source>
        <translation>--refresh ist nicht verfügbar: Dieses tixsync-cli wurde ohne den TIXNGO-Client erstellt.</translation>
    </message>
    <message>
        <source>Cannot write to the standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write the CSV file %1: %2. Choose a folder you can write to.</source>
        <translation>Die CSV-Datei %1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Show every ticket where S-360 and TIXNGO disagree</source>
        <translation>Alle Tickets anzeigen, bei denen S-360 und TIXNGO voneinander abweichen</translation>
    </message>
    <message>
        <source>Opens the database (applying pending migrations) and prints where it is and its schema version.</source>
        <translation>Öffnet die Datenbank (wendet ausstehende Migrationen an) und gibt ihren Speicherort und ihre Schemaversion aus.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program knows up to %2)</source>
        <translation>Schemaversion: %1 (dieses Programm kennt Versionen bis %2)</translation>
    </message>
    <message>
        <source>Show the database location and schema version</source>
        <translation>Speicherort und Schemaversion der Datenbank anzeigen</translation>
    </message>
    <message>
        <source>Tickets external printing: injects NOT_PRINTED tickets into TIXNGO; accepted tickets become PRINTED.</source>
        <translation>Externer Ticketdruck: injiziert NOT_PRINTED-Tickets in TIXNGO; akzeptierte Tickets werden PRINTED.</translation>
    </message>
    <message>
        <source>Retrieves ticket statuses from the TIXNGO diff feed and stores them; never changes an S-360 status.</source>
        <translation>Ruft Ticketstatus aus dem TIXNGO-Diff-Feed ab und speichert sie; ändert nie einen S-360-Status.</translation>
    </message>
    <message>
        <source>Pushes cancelled and invalidated tickets to TIXNGO (deletion).</source>
        <translation>Pusht stornierte und ungültig gemachte Tickets an TIXNGO (Löschung).</translation>
    </message>
    <message>
        <source>Pushes tickets controlled in S-360 to TIXNGO.</source>
        <translation>Pusht in S-360 kontrollierte Tickets an TIXNGO.</translation>
    </message>
    <message>
        <source>Injects NOT_PRINTED membership and season cards (digital privileges) into TIXNGO.</source>
        <translation>Injiziert NOT_PRINTED-Mitgliedschaften und -Saisonkarten (digitale Berechtigungen) in TIXNGO.</translation>
    </message>
    <message>
        <source>Inject NOT_PRINTED tickets into TIXNGO</source>
        <translation>NOT_PRINTED-Tickets in TIXNGO injizieren</translation>
    </message>
    <message>
        <source>Retrieve ticket statuses from TIXNGO</source>
        <translation>Ticketstatus aus TIXNGO abrufen</translation>
    </message>
    <message>
        <source>Push cancelled and invalidated tickets to TIXNGO</source>
        <translation>Stornierte und ungültig gemachte Tickets an TIXNGO pushen</translation>
    </message>
    <message>
        <source>Push controlled tickets to TIXNGO</source>
        <translation>Kontrollierte Tickets an TIXNGO pushen</translation>
    </message>
    <message>
        <source>Inject membership and season cards into TIXNGO</source>
        <translation>Mitgliedschaften und Saisonkarten in TIXNGO injizieren</translation>
    </message>
    <message>
        <source>Cancel, invalidate, control or reprint S-360 tickets</source>
        <translation>S-360-Tickets stornieren, ungültig machen, kontrollieren oder nachdrucken</translation>
    </message>
    <message>
        <source>List the last runs or one run&apos;s ledger</source>
        <translation>Die letzten Läufe oder das Journal eines Laufs auflisten</translation>
    </message>
    <message>
        <source>Show or set the schedules of the functions</source>
        <translation>Zeitpläne der Funktionen anzeigen oder festlegen</translation>
    </message>
    <message>
        <source>Run the automatic schedules that are due</source>
        <translation>Fällige automatische Zeitpläne ausführen</translation>
    </message>
    <message>
        <source>Check or render a ticket template (check, render, variables, default)</source>
        <translation>Ticketvorlage prüfen oder rendern (check, render, variables, default)</translation>
    </message>
    <message>
        <source>Usage: tixsync-cli [--db PATH|URL] [--lang fr|de|en] COMMAND [options]</source>
        <translation>Verwendung: tixsync-cli [--db PATH|URL] [--lang fr|de|en] COMMAND [Optionen]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>SQLite file or postgresql://user@host:port/dbname (default: %1)</source>
        <translation>SQLite-Datei oder postgresql://user@host:port/dbname (Standard: %1)</translation>
    </message>
    <message>
        <source>Language of messages: en, fr or de</source>
        <translation>Sprache der Meldungen: en, fr oder de</translation>
    </message>
    <message>
        <source>Show this help; COMMAND --help shows the options of a command.</source>
        <translation>Diese Hilfe anzeigen; COMMAND --help zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 warning, 2 failure, 3 reconciliation threshold met, 64 usage error.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Warnung, 2 Fehler, 3 Abgleichsschwelle erreicht, 64 Verwendungsfehler.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>Unknown option %1. Run &quot;tixsync-cli --help&quot; for usage.</source>
        <translation>Unbekannte Option %1. Führen Sie &quot;tixsync-cli --help&quot; aus, um die Verwendung anzuzeigen.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;tixsync-cli --help&quot; for the list.</source>
        <translation>Unbekannter Befehl „%1“. Führen Sie &quot;tixsync-cli --help&quot; aus, um die Liste anzuzeigen.</translation>
    </message>
    <message>
        <source>%1: %2%3 — run %4: %5 selected, %6 succeeded, %7 failed, %8 skipped</source>
        <translation>%1: %2%3 – Lauf %4: %5 ausgewählt, %6 erfolgreich, %7 fehlgeschlagen, %8 übersprungen</translation>
    </message>
    <message>
        <source> (dry run, nothing sent)</source>
        <translation> (Probelauf, nichts gesendet)</translation>
    </message>
    <message>
        <source>… and more; see &quot;tixsync-cli runs --run %1&quot;.</source>
        <translation>… und weitere; siehe &quot;tixsync-cli runs --run %1&quot;.</translation>
    </message>
    <message>
        <source>Only tickets of this event / performance id (repeatable).</source>
        <translation>Nur Tickets dieser Veranstaltungs-/Vorstellungs-ID (wiederholbar).</translation>
    </message>
    <message>
        <source>Only the tickets of this S-360 order (file); other filters are then ignored.</source>
        <translation>Nur die Tickets dieser S-360-Bestellung (Dossier); andere Filter werden dann ignoriert.</translation>
    </message>
    <message>
        <source>Only this product code.</source>
        <translation>Nur dieser Produktcode.</translation>
    </message>
    <message>
        <source>Only this product family.</source>
        <translation>Nur diese Produktfamilie.</translation>
    </message>
    <message>
        <source>Only events of this season.</source>
        <translation>Nur Veranstaltungen dieser Saison.</translation>
    </message>
    <message>
        <source>Only this sales channel.</source>
        <translation>Nur dieser Verkaufskanal.</translation>
    </message>
    <message>
        <source>Only this tariff.</source>
        <translation>Nur dieser Tarif.</translation>
    </message>
    <message>
        <source>Only this seat category.</source>
        <translation>Nur diese Sitzplatzkategorie.</translation>
    </message>
    <message>
        <source>At most N tickets in this run (default: the function&apos;s).</source>
        <translation>Höchstens N Tickets in diesem Lauf (Standard: der Wert der Funktion).</translation>
    </message>
    <message>
        <source>Process these tickets even if already processed: &quot;id:123456789, 12300123&quot; (id: = ticket id, bare = ticket number).</source>
        <translation>Diese Tickets verarbeiten, auch wenn sie bereits verarbeitet wurden: &quot;id:123456789, 12300123&quot; (id: = Ticket-ID, ohne Präfix = Ticketnummer).</translation>
    </message>
    <message>
        <source>Never process these tickets in this run (same syntax as --force).</source>
        <translation>Diese Tickets in diesem Lauf nie verarbeiten (gleiche Syntax wie --force).</translation>
    </message>
    <message>
        <source>Pushes: re-send as if the last successful run had been at this local time.</source>
        <translation>Pushes: erneut senden, als ob der letzte erfolgreiche Lauf zu dieser lokalen Zeit stattgefunden hätte.</translation>
    </message>
    <message>
        <source>Pushes: only tickets of these shipment modes (comma-separated; default all).</source>
        <translation>Pushes: nur Tickets dieser Versandarten (kommagetrennt; Standard: alle).</translation>
    </message>
    <message>
        <source>Push cancelled: show the deleted ticket to the spectator (showDeletedTicket).</source>
        <translation>Push stornierter Tickets: dem Zuschauer das gelöschte Ticket anzeigen (showDeletedTicket).</translation>
    </message>
    <message>
        <source>Injection: ticket-holder fields that must be filled (FIRSTNAME,LASTNAME,BIRTHDATE,ID_NUMBER,COUNTRY_CODE,BIRTH_REGION,BIRTH_PLACE).</source>
        <translation>Injektion: Inhaberfelder, die ausgefüllt sein müssen (FIRSTNAME,LASTNAME,BIRTHDATE,ID_NUMBER,COUNTRY_CODE,BIRTH_REGION,BIRTH_PLACE).</translation>
    </message>
    <message>
        <source>Injection: the point of sale that prints, &quot;salesChannelCode;posCode&quot;.</source>
        <translation>Injektion: die druckende Verkaufsstelle, &quot;salesChannelCode;posCode&quot;.</translation>
    </message>
    <message>
        <source>Feedback: process this file (diff format) as if TIXNGO had returned it; pushes: a file listing tickets to process.</source>
        <translation>Statusrückmeldung: diese Datei (Diff-Format) verarbeiten, als hätte TIXNGO sie geliefert; Pushes: eine Datei mit den zu verarbeitenden Tickets.</translation>
    </message>
    <message>
        <source>key=value custom parameters (default: those stored for the function).</source>
        <translation>Benutzerdefinierte Parameter key=value (Standard: die für die Funktion gespeicherten).</translation>
    </message>
    <message>
        <source>Scope of leases and watermarks (default: the TIXNGO URL).</source>
        <translation>Geltungsbereich von Laufsperren und Fortschrittsmarken (Standard: die TIXNGO-URL).</translation>
    </message>
    <message>
        <source>Select and build everything, send nothing; print the payloads.</source>
        <translation>Alles auswählen und erstellen, nichts senden; die Payloads ausgeben.</translation>
    </message>
    <message>
        <source>TIXNGO interface URL ending with organizer/tickets (default: the setting tixngo/url). The API key is read from TIXNGO_API_KEY.</source>
        <translation>TIXNGO-Schnittstellen-URL, endend mit organizer/tickets (Standard: die Einstellung tixngo/url). Der API-Schlüssel wird aus TIXNGO_API_KEY gelesen.</translation>
    </message>
    <message>
        <source>--batch needs a positive whole number, not &quot;%1&quot;.</source>
        <translation>--batch benötigt eine positive ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>--date-from must look like &quot;25/12/26 18:30&quot; (DD/MM/YY hh:mm), not &quot;%1&quot;.</source>
        <translation>--date-from muss wie &quot;25/12/26 18:30&quot; aussehen (DD/MM/YY hh:mm), nicht wie „%1“.</translation>
    </message>
    <message>
        <source>Cannot read the custom parameters file %1: %2.</source>
        <translation>Die Datei mit benutzerdefinierten Parametern %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Exit codes: 0 OK, 1 Warning (some tickets failed), 2 Error (the run could not proceed, or another instance is running), 64 usage.</source>
        <translation>Exit-Codes: 0 OK, 1 Warnung (einige Tickets fehlgeschlagen), 2 Fehler (der Lauf konnte nicht fortgesetzt werden, oder eine andere Instanz läuft), 64 Verwendungsfehler.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run &quot;%2 --help&quot; for usage.</source>
        <translation>Unerwartetes Argument „%1“. Führen Sie &quot;%2 --help&quot; aus, um die Verwendung anzuzeigen.</translation>
    </message>
    <message>
        <source>Cancellation / invalidation reason.</source>
        <translation>Storno-/Ungültigkeitsgrund.</translation>
    </message>
    <message>
        <source>cancel, invalidate, control or reprint</source>
        <translation>cancel, invalidate, control oder reprint</translation>
    </message>
    <message>
        <source>Ticket ids</source>
        <translation>Ticket-IDs</translation>
    </message>
    <message>
        <source>Give an action and at least one ticket id, e.g. &quot;ticket-action invalidate 1001 --reason LOST&quot;.</source>
        <translation>Geben Sie eine Aktion und mindestens eine Ticket-ID an, z. B. &quot;ticket-action invalidate 1001 --reason LOST&quot;.</translation>
    </message>
    <message>
        <source>Ticket %1 reprinted as %2 (NOT_PRINTED; the next injection sends it).</source>
        <translation>Ticket %1 als %2 nachgedruckt (NOT_PRINTED; die nächste Injektion sendet es).</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;. Use cancel, invalidate, control or reprint.</source>
        <translation>Unbekannte Aktion „%1“. Verwenden Sie cancel, invalidate, control oder reprint.</translation>
    </message>
    <message>
        <source>%1: %2 ticket(s) done.</source>
        <translation>%1: %2 Ticket(s) erledigt.</translation>
    </message>
    <message>
        <source>Lists the last runs of the interface functions, or the per-ticket ledger of one run.</source>
        <translation>Listet die letzten Läufe der Schnittstellenfunktionen oder das Journal pro Ticket eines Laufs auf.</translation>
    </message>
    <message>
        <source>How many runs (default 20).</source>
        <translation>Wie viele Läufe (Standard 20).</translation>
    </message>
    <message>
        <source>Only this function (inject, feedback…).</source>
        <translation>Nur diese Funktion (inject, feedback…).</translation>
    </message>
    <message>
        <source>Print the ledger of this run.</source>
        <translation>Das Journal dieses Laufs ausgeben.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Unknown function &quot;%1&quot;.</source>
        <translation>Unbekannte Funktion „%1“.</translation>
    </message>
    <message>
        <source>%1 selected, %2 ok, %3 failed, %4 skipped</source>
        <translation>%1 ausgewählt, %2 OK, %3 fehlgeschlagen, %4 übersprungen</translation>
    </message>
    <message>
        <source>Shows or sets the schedule of a function. Automatic schedules are run by &quot;tixsync-cli run-due&quot; (from cron or a systemd timer).
  schedule                      list schedules and their next run
  schedule FUNCTION --every MIN [--start …] [--end …] [run options]
  schedule FUNCTION --manual</source>
        <translation>Zeigt oder setzt den Zeitplan einer Funktion. Automatische Zeitpläne werden von &quot;tixsync-cli run-due&quot; ausgeführt (per cron oder systemd-Timer).
  schedule                      Zeitpläne und ihren nächsten Lauf auflisten
  schedule FUNCTION --every MIN [--start …] [--end …] [Laufoptionen]
  schedule FUNCTION --manual</translation>
    </message>
    <message>
        <source>Run automatically every MIN minutes.</source>
        <translation>Automatisch alle MIN Minuten ausführen.</translation>
    </message>
    <message>
        <source>Manual only (no automatic runs).</source>
        <translation>Nur manuell (keine automatischen Läufe).</translation>
    </message>
    <message>
        <source>First automatic run not before (DD/MM/YY hh:mm).</source>
        <translation>Erster automatischer Lauf nicht vor (DD/MM/YY hh:mm).</translation>
    </message>
    <message>
        <source>No automatic run after (DD/MM/YY hh:mm).</source>
        <translation>Kein automatischer Lauf nach (DD/MM/YY hh:mm).</translation>
    </message>
    <message>
        <source>inject, feedback, push-cancelled, push-controlled, inject-privileges</source>
        <translation>inject, feedback, push-cancelled, push-controlled, inject-privileges</translation>
    </message>
    <message>
        <source>every %1 min</source>
        <translation>alle %1 min</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>nächster %1</translation>
    </message>
    <message>
        <source>Give --every MIN (a positive number of minutes) or --manual.</source>
        <translation>Geben Sie --every MIN (eine positive Anzahl Minuten) oder --manual an.</translation>
    </message>
    <message>
        <source>--start must look like &quot;25/12/26 18:30&quot;.</source>
        <translation>--start muss wie &quot;25/12/26 18:30&quot; aussehen.</translation>
    </message>
    <message>
        <source>--end must look like &quot;25/12/26 18:30&quot;.</source>
        <translation>--end muss wie &quot;25/12/26 18:30&quot; aussehen.</translation>
    </message>
    <message>
        <source>warning: Date from on an automatic schedule re-sends the same tickets at every run and floods phones with notifications.</source>
        <translation>Warnung: „Datum ab“ in einem automatischen Zeitplan sendet bei jedem Lauf dieselben Tickets erneut und überflutet die Telefone mit Benachrichtigungen.</translation>
    </message>
    <message>
        <source>Schedule of %1 saved.</source>
        <translation>Zeitplan von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Runs every automatic schedule that is due now, one after the other; meant for cron or a systemd timer every minute. Exit code: the worst outcome.</source>
        <translation>Führt jeden automatischen Zeitplan aus, der jetzt fällig ist, einen nach dem anderen; gedacht für cron oder einen systemd-Timer im Minutentakt. Exit-Code: das schlechteste Ergebnis.</translation>
    </message>
    <message>
        <source>Print one JSON object per run.</source>
        <translation>Ein JSON-Objekt pro Lauf ausgeben.</translation>
    </message>
    <message>
        <source>TIXNGO interface URL (default: the setting tixngo/url).</source>
        <translation>TIXNGO-Schnittstellen-URL (Standard: die Einstellung tixngo/url).</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nichts ist fällig.</translation>
    </message>
    <message>
        <source>Checks a template file. Problems are printed as row:column: message (row = field, 1-based; column = character in the value, path or condition, 1-based). Exit 2 on errors, 1 on warnings only.</source>
        <translation>Prüft eine Vorlagendatei. Probleme werden als Zeile:Spalte: Meldung ausgegeben (Zeile = Feld, ab 1; Spalte = Zeichen im Wert, Pfad oder in der Bedingung, ab 1). Exit-Code 2 bei Fehlern, 1 bei nur Warnungen.</translation>
    </message>
    <message>
        <source>Template JSON file.</source>
        <translation>JSON-Datei der Vorlage.</translation>
    </message>
    <message>
        <source>template check needs exactly one FILE. Run &quot;tixsync-cli template check --help&quot;.</source>
        <translation>template check benötigt genau eine FILE. Führen Sie &quot;tixsync-cli template check --help&quot; aus.</translation>
    </message>
    <message>
        <source>%1: no problems</source>
        <translation>%1: keine Probleme</translation>
    </message>
    <message>
        <source>Renders the TIXNGO ticket JSON for a stored ticket or a variable set.</source>
        <translation>Rendert das TIXNGO-Ticket-JSON für ein gespeichertes Ticket oder einen Variablensatz.</translation>
    </message>
    <message>
        <source>Template JSON file (&quot;-&quot; = the default template).</source>
        <translation>JSON-Datei der Vorlage (&quot;-&quot; = die Standardvorlage).</translation>
    </message>
    <message>
        <source>Ticket id in the database.</source>
        <translation>Ticket-ID in der Datenbank.</translation>
    </message>
    <message>
        <source>Variable set JSON file.</source>
        <translation>JSON-Datei mit Variablensatz.</translation>
    </message>
    <message>
        <source>Use the catalogue&apos;s example values.</source>
        <translation>Die Beispielwerte des Katalogs verwenden.</translation>
    </message>
    <message>
        <source>Comma-separated languages; the first is the institution language.</source>
        <translation>Kommagetrennte Sprachen; die erste ist die Sprache der Institution.</translation>
    </message>
    <message>
        <source>sendMultilingualAsJsonObject=true.</source>
        <translation>sendMultilingualAsJsonObject=true.</translation>
    </message>
    <message>
        <source>Comfort variable, repeatable: TIXAct=-1d.</source>
        <translation>Komfortvariable, wiederholbar: TIXAct=-1d.</translation>
    </message>
    <message>
        <source>Season start (yyyy-MM-dd).</source>
        <translation>Saisonbeginn (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>Season end (yyyy-MM-dd).</source>
        <translation>Saisonende (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>Barcode prefix.</source>
        <translation>Barcode-Präfix.</translation>
    </message>
    <message>
        <source>Barcode postfix.</source>
        <translation>Barcode-Suffix.</translation>
    </message>
    <message>
        <source>Print compact JSON on one line.</source>
        <translation>Kompaktes JSON in einer Zeile ausgeben.</translation>
    </message>
    <message>
        <source>Also print the values the template changed (on stderr).</source>
        <translation>Zusätzlich die von der Vorlage geänderten Werte ausgeben (auf stderr).</translation>
    </message>
    <message>
        <source>template render needs exactly one FILE. Run &quot;tixsync-cli template render --help&quot;.</source>
        <translation>template render benötigt genau eine FILE. Führen Sie &quot;tixsync-cli template render --help&quot; aus.</translation>
    </message>
    <message>
        <source>Give exactly one of --ticket ID, --variables VARS.json or --example.</source>
        <translation>Geben Sie genau eine der Optionen --ticket ID, --variables VARS.json oder --example an.</translation>
    </message>
    <message>
        <source>--comfort takes NAME=VALUE, e.g. --comfort TIXAct=-1d.</source>
        <translation>--comfort erwartet NAME=VALUE, z. B. --comfort TIXAct=-1d.</translation>
    </message>
    <message>
        <source>--%1 takes a date yyyy-MM-dd.</source>
        <translation>--%1 erwartet ein Datum yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>There is no ticket %1 in the database.</source>
        <translation>Es gibt kein Ticket %1 in der Datenbank.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>row %1: %2: %3 -&gt; %4</source>
        <translation>Zeile %1: %2: %3 -&gt; %4</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>Lists the template variables: name, type, example, description.</source>
        <translation>Listet die Vorlagenvariablen auf: Name, Typ, Beispiel, Beschreibung.</translation>
    </message>
    <message>
        <source>Prints the default template (a starting point for your own).</source>
        <translation>Gibt die Standardvorlage aus (ein Ausgangspunkt für Ihre eigene).</translation>
    </message>
    <message>
        <source>Usage: tixsync-cli template check FILE
       tixsync-cli template render FILE (--ticket ID | --variables VARS.json | --example) [options]
       tixsync-cli template variables
       tixsync-cli template default
Run &quot;tixsync-cli template SUBCOMMAND --help&quot; for the options.</source>
        <translation>Verwendung: tixsync-cli template check FILE
       tixsync-cli template render FILE (--ticket ID | --variables VARS.json | --example) [Optionen]
       tixsync-cli template variables
       tixsync-cli template default
Führen Sie &quot;tixsync-cli template SUBCOMMAND --help&quot; aus, um die Optionen anzuzeigen.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;.
%2</source>
        <translation>Unbekannter Unterbefehl „%1“.
%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s) would be changed (nothing recorded or sent)</source>
        <translation>
            <numerusform>%1: %n Ticket würde geändert (nichts wird gespeichert oder gesendet)</numerusform>
            <numerusform>%1: %n Tickets würden geändert (nichts wird gespeichert oder gesendet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Process only the tickets of --force (or --upload): nothing else that is due, skip lists ignored. Injection re-injects printed tickets; push-cancelled also deletes NOT_PRINTED tickets TIXNGO has; push-controlled re-sends processed ones.</source>
        <translation>Nur die Tickets von --force (oder --upload) verarbeiten: nichts anderes, was fällig ist; Ausschlusslisten werden ignoriert. Die Injektion injiziert gedruckte Tickets erneut; push-cancelled löscht auch NOT_PRINTED-Tickets, die TIXNGO hat; push-controlled sendet bereits verarbeitete erneut.</translation>
    </message>
    <message>
        <source>Only count the tickets the run would change (&quot;selected&quot;); records and sends nothing.</source>
        <translation>Nur die Tickets zählen, die der Lauf ändern würde („ausgewählt“); speichert und sendet nichts.</translation>
    </message>
    <message>
        <source>Changes the S-360 status of tickets and records who and when:
  cancel ID…       → CANCELLED (reason optional)
  invalidate ID…   → INVALIDATED (--reason required)
  control ID…      → CONTROLLED
  reprint ID…      → old INVALIDATED (--reason, default REPRINT), new NOT_PRINTED ticket</source>
        <translation>Ändert den S-360-Status von Tickets und protokolliert, wer es wann getan hat:
  cancel ID…       → CANCELLED (Grund optional)
  invalidate ID…   → INVALIDATED (--reason erforderlich)
  control ID…      → CONTROLLED
  reprint ID…      → altes Ticket INVALIDATED (--reason, Standard REPRINT), neues Ticket NOT_PRINTED</translation>
    </message>
    <message>
        <source>Lists the contact distributions feedback recorded with enableTicketDistributionToCulturalContact=true (rule FB-10): PENDING, CONFIRMED (the ticket&apos;s contact became the recipient) or CANCELLED, oldest first.</source>
        <translation>Listet die Kontaktverteilungen auf, die die Statusrückmeldung mit enableTicketDistributionToCulturalContact=true aufgezeichnet hat (Regel FB-10): PENDING, CONFIRMED (der Kontakt des Tickets wurde zum Empfänger) oder CANCELLED, älteste zuerst.</translation>
    </message>
    <message>
        <source>Only the distributions of this ticket id.</source>
        <translation>Nur die Verteilungen dieser Ticket-ID.</translation>
    </message>
    <message>
        <source>--impact-only and --forced-only are for one run, not for a schedule: a scheduled run processes what is due. Remove them.</source>
        <translation>--impact-only und --forced-only gelten für einen einzelnen Lauf, nicht für einen Zeitplan: Ein geplanter Lauf verarbeitet, was fällig ist. Entfernen Sie sie.</translation>
    </message>
    <message>
        <source>List contact distributions from transfers (FB-10)</source>
        <translation>Kontaktverteilungen aus Übertragungen auflisten (FB-10)</translation>
    </message>
</context>
<context>
    <name>tixsync::DemoBanner</name>
    <message>
        <source>Demo — simulated TIXNGO at %1. Nothing reaches real spectators.</source>
        <translation>Demo – simuliertes TIXNGO unter %1. Nichts erreicht echte Zuschauer.</translation>
    </message>
    <message>
        <source>Demo — %1</source>
        <translation>Demo – %1</translation>
    </message>
</context>
<context>
    <name>tixsync::DemoDataDialog</name>
    <message>
        <source>Generate demo data</source>
        <translation>Demodaten erzeugen</translation>
    </message>
    <message>
        <source>%1 tickets in all</source>
        <translation>%1 Tickets insgesamt</translation>
    </message>
    <message>
        <source>Adds realistic events and tickets with every S-360 and TIXNGO status to the open database. The same seed gives the same data; generating it again updates those tickets instead of adding more.</source>
        <translation>Fügt der geöffneten Datenbank realistische Veranstaltungen und Tickets mit allen S-360- und TIXNGO-Status hinzu. Derselbe Startwert ergibt dieselben Daten; ein erneutes Erzeugen aktualisiert diese Tickets, statt weitere hinzuzufügen.</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>&amp;Veranstaltungen:</translation>
    </message>
    <message>
        <source>&amp;Tickets per event:</source>
        <translation>&amp;Tickets pro Veranstaltung:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
</context>
<context>
    <name>tixsync::DemoMode</name>
    <message>
        <source>The TIXNGO simulator stopped (%1 %2); restart tixsync --demo.</source>
        <translation>Der TIXNGO-Simulator wurde beendet (%1 %2); starten Sie tixsync --demo neu.</translation>
    </message>
    <message>
        <source>crash</source>
        <translation>Absturz</translation>
    </message>
    <message>
        <source>exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>The TIXNGO simulator %1 is missing: build the tixngo-sim target (it must sit next to tixsync).</source>
        <translation>Der TIXNGO-Simulator %1 fehlt: Erstellen Sie das Target tixngo-sim (es muss neben tixsync liegen).</translation>
    </message>
    <message>
        <source>Cannot start the TIXNGO simulator: %1</source>
        <translation>Der TIXNGO-Simulator kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The TIXNGO simulator did not say where it listens (first line: &quot;%1&quot;).</source>
        <translation>Der TIXNGO-Simulator hat nicht gemeldet, wo er lauscht (erste Zeile: „%1“).</translation>
    </message>
    <message>
        <source>Cannot fill the TIXNGO simulator with the demo tickets: %1. Restart tixsync --demo.</source>
        <translation>Der TIXNGO-Simulator kann nicht mit den Demo-Tickets befüllt werden: %1. Starten Sie tixsync --demo neu.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>The TIXNGO simulator is not running; restart tixsync --demo.</source>
        <translation>Der TIXNGO-Simulator läuft nicht; starten Sie tixsync --demo neu.</translation>
    </message>
</context>
<context>
    <name>tixsync::EventTableModel</name>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>Controlled</source>
        <translation>Kontrolliert</translation>
    </message>
    <message>
        <source>Invalidated</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Tickets with the S-360 status %1</source>
        <translation>Tickets mit dem S-360-Status %1</translation>
    </message>
    <message>
        <source>All tickets of the event</source>
        <translation>Alle Tickets der Veranstaltung</translation>
    </message>
</context>
<context>
    <name>tixsync::MainWindow</name>
    <message>
        <source>TixSync — %1</source>
        <translation>TixSync – %1</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>Die Datenbank kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import tickets…</source>
        <translation>Tickets &amp;importieren…</translation>
    </message>
    <message>
        <source>Import an S-360 ticket export (CSV) into this database</source>
        <translation>S-360-Ticketexport (CSV) in diese Datenbank importieren</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Generate &amp;demo data…</source>
        <translation>&amp;Demodaten erzeugen…</translation>
    </message>
    <message>
        <source>Fill this database with realistic demo events and tickets</source>
        <translation>Diese Datenbank mit realistischen Demo-Veranstaltungen und -Tickets füllen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About TixSync</source>
        <translation>Ü&amp;ber TixSync</translation>
    </message>
    <message>
        <source>Not available in this build</source>
        <translation>In diesem Build nicht verfügbar</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Veranstaltung</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Veranstaltungen</translation>
    </message>
    <message>
        <source>1 ticket</source>
        <translation>1 Ticket</translation>
    </message>
    <message>
        <source>%1 tickets</source>
        <translation>%1 Tickets</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
    <message>
        <source>Import S-360 tickets</source>
        <translation>S-360-Tickets importieren</translation>
    </message>
    <message>
        <source>S-360 ticket exports (*.csv *.txt)</source>
        <translation>S-360-Ticketexporte (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import tickets</source>
        <translation>Tickets importieren</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Imported %1: %2 rows, %3 new and %4 updated tickets, events: %5.</source>
        <translation>%1 importiert: %2 Zeilen, %3 neue und %4 aktualisierte Tickets, Veranstaltungen: %5.</translation>
    </message>
    <message>
        <source>Warnings: %1, the first: %2</source>
        <translation>Warnungen: %1, die erste: %2</translation>
    </message>
    <message>
        <source>This build has no importer.</source>
        <translation>Dieser Build enthält keinen Importer.</translation>
    </message>
    <message>
        <source>Generate demo data</source>
        <translation>Demodaten erzeugen</translation>
    </message>
    <message>
        <source>Generating %1 tickets of demo data…</source>
        <translation>%1 Tickets Demodaten werden erzeugt…</translation>
    </message>
    <message>
        <source>Demo data: %1 events, %2 tickets.</source>
        <translation>Demodaten: %1 Veranstaltungen, %2 Tickets.</translation>
    </message>
    <message>
        <source>This build has no demo-data generator.</source>
        <translation>Dieser Build enthält keinen Demodaten-Generator.</translation>
    </message>
    <message>
        <source>Another import or demo-data run is still working. Wait for it to finish.</source>
        <translation>Ein anderer Import oder eine andere Demodaten-Erzeugung läuft noch. Warten Sie, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1: cancelled, nothing was changed.</source>
        <translation>%1: abgebrochen, es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>About TixSync</source>
        <translation>Über TixSync</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TixSync %1&lt;/h3&gt;&lt;p&gt;The console for the interface between SecuTix 360 and TIXNGO: tickets, synchronisation runs, templates and reconciliation.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Qt %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TixSync %1&lt;/h3&gt;&lt;p&gt;Die Konsole für die Schnittstelle zwischen SecuTix 360 und TIXNGO: Tickets, Synchronisationsläufe, Vorlagen und Abgleich.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;br&gt;Qt %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tixsync::ReconChart</name>
    <message>
        <source>Discrepancies per category (click a bar to filter the table)</source>
        <translation>Abweichungen pro Kategorie (klicken Sie auf einen Balken, um die Tabelle zu filtern)</translation>
    </message>
</context>
<context>
    <name>tixsync::ReconFixRunner</name>
    <message>
        <source>the local TixSync database</source>
        <translation>die lokale TixSync-Datenbank</translation>
    </message>
    <message>
        <source>TIXNGO</source>
        <translation>TIXNGO</translation>
    </message>
    <message>
        <source>%1: %2 tickets</source>
        <translation>%1: %2 Tickets</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) added to the skip list of %1.</source>
        <translation>
            <numerusform>%n Ticket zur Ausschlussliste von %1 hinzugefügt.</numerusform>
            <numerusform>%n Tickets zur Ausschlussliste von %1 hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 sent, %3 failed, %4 skipped.</source>
        <translation>%1: %2 gesendet, %3 fehlgeschlagen, %4 übersprungen.</translation>
    </message>
    <message>
        <source>The fix could not start.</source>
        <translation>Die Korrektur konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Push controlled takes only tickets CONTROLLED in S-360 and injected: choose another fix.</source>
        <translation>Der Push-Lauf für kontrollierte Tickets nimmt nur Tickets, die in S-360 CONTROLLED und bereits injiziert sind: Wählen Sie eine andere Korrektur.</translation>
    </message>
    <message>
        <source>Its selection rules exclude their S-360 status: choose another fix.</source>
        <translation>Die Auswahlregeln der Funktion schließen den S-360-Status dieser Tickets aus: Wählen Sie eine andere Korrektur.</translation>
    </message>
    <message numerus="yes">
        <source>Not fixed, %1 did not take %n ticket(s): %2.</source>
        <translation>
            <numerusform>Nicht korrigiert, %1 hat %n Ticket nicht übernommen: %2.</numerusform>
            <numerusform>Nicht korrigiert, %1 hat %n Tickets nicht übernommen: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback: %1 ticket(s) read from the TIXNGO feed, %2 failed, %3 skipped.</source>
        <translation>Statusrückmeldung: %1 Ticket(s) aus dem TIXNGO-Feed gelesen, %2 fehlgeschlagen, %3 übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>Refresh from TIXNGO: %n ticket(s) read</source>
        <translation>
            <numerusform>Aus TIXNGO aktualisiert: %n Ticket gelesen</numerusform>
            <numerusform>Aus TIXNGO aktualisiert: %n Tickets gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown to TIXNGO (stored as absent)</source>
        <translation>
            <numerusform>%n in TIXNGO unbekannt (als fehlend gespeichert)</numerusform>
            <numerusform>%n in TIXNGO unbekannt (als fehlend gespeichert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the feedback skip list (not stored)</source>
        <translation>
            <numerusform>%n auf der Ausschlussliste der Statusrückmeldung (nicht gespeichert)</numerusform>
            <numerusform>%n auf der Ausschlussliste der Statusrückmeldung (nicht gespeichert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not fixed, S-360 does not have %n ticket(s): %1. The interface functions only send tickets S-360 has: import them from S-360, or delete them in the TIXNGO back-office, or put them on the skip list.</source>
        <translation>
            <numerusform>Nicht korrigiert, S-360 hat %n Ticket nicht: %1. Die Schnittstellenfunktionen senden nur Tickets, die S-360 hat: Importieren Sie es aus S-360, löschen Sie es im TIXNGO-Backoffice oder setzen Sie es auf die Ausschlussliste.</numerusform>
            <numerusform>Nicht korrigiert, S-360 hat %n Tickets nicht: %1. Die Schnittstellenfunktionen senden nur Tickets, die S-360 hat: Importieren Sie sie aus S-360, löschen Sie sie im TIXNGO-Backoffice oder setzen Sie sie auf die Ausschlussliste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Push cancelled deletes only tickets CANCELLED or INVALIDATED in S-360 and injected, or NOT_PRINTED tickets that TIXNGO has: refresh them from TIXNGO first, or choose another fix.</source>
        <translation>Der Push-Lauf für stornierte Tickets löscht nur Tickets, die in S-360 CANCELLED oder INVALIDATED und bereits injiziert sind, oder NOT_PRINTED-Tickets, die TIXNGO hat: Aktualisieren Sie sie zuerst aus TIXNGO, oder wählen Sie eine andere Korrektur.</translation>
    </message>
    <message>
        <source>both systems: S-360 (the ticket is reprinted) and TIXNGO (the new ticket is injected)</source>
        <translation>beide Systeme: S-360 (das Ticket wird nachgedruckt) und TIXNGO (das neue Ticket wird injiziert)</translation>
    </message>
    <message numerus="yes">
        <source>Reprinted %n ticket(s) in S-360 (old ticket invalidated → new ticket): %1.</source>
        <translation>
            <numerusform>%n Ticket in S-360 nachgedruckt (altes Ticket ungültig gemacht → neues Ticket): %1.</numerusform>
            <numerusform>%n Tickets in S-360 nachgedruckt (altes Ticket ungültig gemacht → neues Ticket): %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket was reprinted:</source>
        <translation>Es wurde kein Ticket nachgedruckt:</translation>
    </message>
    <message>
        <source>Not reprinted:</source>
        <translation>Nicht nachgedruckt:</translation>
    </message>
    <message>
        <source>A reprinted ticket that did not reach TIXNGO stays NOT_PRINTED in S-360 and is in no wallet yet: send it with an injection run on the Sync page (force list %1).</source>
        <translation>Ein nachgedrucktes Ticket, das TIXNGO nicht erreicht hat, bleibt in S-360 NOT_PRINTED und ist noch in keiner Wallet: Senden Sie es mit einem Injektionslauf auf der Seite „Synchronisation“ (Erzwingungsliste %1).</translation>
    </message>
    <message numerus="yes">
        <source>Not fixed, TIXNGO keeps %n deleted ticket(s) deleted: %1. A re-injection only updates a ticket TIXNGO has; reconcile again and use “Reprint and inject” (a new ticket id) or put it on the skip list.</source>
        <translation>
            <numerusform>Nicht korrigiert, %n gelöschtes Ticket bleibt in TIXNGO gelöscht: %1. Eine erneute Injektion aktualisiert nur ein Ticket, das TIXNGO hat; gleichen Sie erneut ab und verwenden Sie „Nachdrucken und injizieren“ (neue Ticket-ID), oder setzen Sie es auf die Ausschlussliste.</numerusform>
            <numerusform>Nicht korrigiert, %n gelöschte Tickets bleiben in TIXNGO gelöscht: %1. Eine erneute Injektion aktualisiert nur ein Ticket, das TIXNGO hat; gleichen Sie erneut ab und verwenden Sie „Nachdrucken und injizieren“ (neue Ticket-IDs), oder setzen Sie sie auf die Ausschlussliste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was reprinted: the tickets could not be read from TIXNGO first (%1).</source>
        <translation>Nichts wurde nachgedruckt: Die Tickets konnten vorher nicht aus TIXNGO gelesen werden (%1).</translation>
    </message>
    <message>
        <source>%1: not reprinted, it could not be read from TIXNGO (%2).</source>
        <translation>%1: nicht nachgedruckt, es konnte nicht aus TIXNGO gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Nothing was reprinted: %1</source>
        <translation>Nichts wurde nachgedruckt: %1</translation>
    </message>
</context>
<context>
    <name>tixsync::ReconStyledModel</name>
    <message>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>On skip list (%1)</source>
        <translation>Auf der Ausschlussliste (%1)</translation>
    </message>
</context>
<context>
    <name>tixsync::ReconciliationPage</name>
    <message>
        <source>They are added to the skip list of the function that would otherwise act on them; no run will send them until you remove them from it. Nothing is sent to TIXNGO.</source>
        <translation>Sie werden zur Ausschlussliste der Funktion hinzugefügt, die sonst auf sie wirken würde; kein Lauf sendet sie, bis Sie sie wieder daraus entfernen. An TIXNGO wird nichts gesendet.</translation>
    </message>
    <message>
        <source>&amp;Reconcile</source>
        <translation>&amp;Abgleichen</translation>
    </message>
    <message>
        <source>&amp;Export view to CSV…</source>
        <translation>Ansicht als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Compare every ticket&apos;s S-360 status with its TIXNGO state again</source>
        <translation>Den S-360-Status jedes Tickets erneut mit seinem TIXNGO-Zustand vergleichen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events needing attention first&lt;/b&gt; (click to filter)</source>
        <translation>&lt;b&gt;Veranstaltungen mit dem größten Handlungsbedarf zuerst&lt;/b&gt; (zum Filtern klicken)</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Veranstaltungen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Ticket id, event id or barcode…</source>
        <translation>Ticket-ID, Veranstaltungs-ID oder Barcode…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Veranstaltung:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>Reconciliation failed: %1</source>
        <translation>Abgleich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not reconciled yet.</source>
        <translation>Noch nicht abgeglichen.</translation>
    </message>
    <message>
        <source>Reconciling…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <source>%1 tickets compared, %2 disagree: %3 errors, %4 warnings, %5 pending, %6 info (as of %7).</source>
        <translation>%1 Tickets verglichen, %2 weichen ab: %3 Fehler, %4 Warnungen, %5 ausstehend, %6 Info (Stand %7).</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicated barcode(s) or ticket id(s).</source>
        <translation>
            <numerusform>%n doppelter Barcode bzw. doppelte Ticket-ID.</numerusform>
            <numerusform>%n doppelte Barcodes bzw. Ticket-IDs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more tickets in the table to fix them.</source>
        <translation>Wählen Sie ein oder mehrere Tickets in der Tabelle aus, um sie zu korrigieren.</translation>
    </message>
    <message numerus="yes">
        <source>The fixes below apply to the %n selected ticket(s).</source>
        <translation>
            <numerusform>Die folgenden Korrekturen gelten für das %n ausgewählte Ticket.</numerusform>
            <numerusform>Die folgenden Korrekturen gelten für die %n ausgewählten Tickets.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a discrepancy to see what S-360 and TIXNGO say, what is expected and what will fix it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Abweichung aus, um zu sehen, was S-360 und TIXNGO melden, was erwartet wird und was sie behebt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>Veranstaltung %1</translation>
    </message>
    <message>
        <source>disagreeing for %1</source>
        <translation>weicht seit %1 ab</translation>
    </message>
    <message>
        <source>Fixes:</source>
        <translation>Korrekturen:</translation>
    </message>
    <message>
        <source>S-360 status changes</source>
        <translation>S-360-Statusänderungen</translation>
    </message>
    <message>
        <source>No status change recorded.</source>
        <translation>Keine Statusänderung erfasst.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>TIXNGO status log</source>
        <translation>TIXNGO-Statusprotokoll</translation>
    </message>
    <message>
        <source>No TIXNGO status history stored.</source>
        <translation>Kein TIXNGO-Statusverlauf gespeichert.</translation>
    </message>
    <message>
        <source>None of the selected tickets offers “%1”: choose another fix.</source>
        <translation>Keines der ausgewählten Tickets bietet „%1“ an: Wählen Sie eine andere Korrektur.</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n ticket(s)?</source>
        <translation>
            <numerusform>%1 für %n Ticket?</numerusform>
            <numerusform>%1 für %n Tickets?</numerusform>
        </translation>
    </message>
    <message>
        <source>This changes %1.</source>
        <translation>Dies ändert %1.</translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>Tickets: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected ticket(s) are left out: their category does not offer this fix.</source>
        <translation>
            <numerusform>%n ausgewähltes Ticket wird ausgelassen: Seine Kategorie bietet diese Korrektur nicht an.</numerusform>
            <numerusform>%n ausgewählte Tickets werden ausgelassen: Ihre Kategorie bietet diese Korrektur nicht an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix %n ticket(s)</source>
        <translation>
            <numerusform>%n Ticket korrigieren</numerusform>
            <numerusform>%n Tickets korrigieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the free disk space.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Export the reconciliation view</source>
        <translation>Abgleichsansicht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n discrepancy(ies) exported to %1.</source>
        <translation>
            <numerusform>%n Abweichung nach %1 exportiert.</numerusform>
            <numerusform>%n Abweichungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>An injection run of the sync engine sends only these tickets to TIXNGO again (S-360 is the master).</source>
        <translation>Ein Injektionslauf der Synchronisation sendet nur diese Tickets erneut an TIXNGO (S-360 ist das führende System).</translation>
    </message>
    <message>
        <source>A push-cancelled run of the sync engine asks TIXNGO to delete only these tickets from the wallets.</source>
        <translation>Ein Push-Lauf für stornierte Tickets fordert TIXNGO auf, nur diese Tickets aus den Wallets zu löschen.</translation>
    </message>
    <message>
        <source>A push-controlled run of the sync engine marks only these tickets controlled in TIXNGO.</source>
        <translation>Ein Push-Lauf für kontrollierte Tickets markiert nur diese Tickets in TIXNGO als kontrolliert.</translation>
    </message>
    <message>
        <source>Each ticket is read from TIXNGO and its status, owners and history are stored locally, as feedback does (above %1 tickets, a feedback run reads TIXNGO&apos;s latest changes instead). Nothing is sent to TIXNGO.</source>
        <translation>Jedes Ticket wird aus TIXNGO gelesen, und sein Status, seine Besitzer und sein Verlauf werden lokal gespeichert, wie bei der Statusrückmeldung (bei mehr als %1 Tickets liest stattdessen ein Statusrückmeldungslauf die neuesten Änderungen von TIXNGO). An TIXNGO wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Read &amp;TIXNGO&apos;s view</source>
        <translation>&amp;TIXNGO-Sicht lesen</translation>
    </message>
    <message>
        <source>Read every ticket TIXNGO has (its whole feed, from the start) and reconcile against it: finds tickets S-360 does not have. Nothing is changed; the feedback position is not moved.</source>
        <translation>Alle Tickets lesen, die TIXNGO hat (seinen gesamten Feed, von Anfang an), und damit abgleichen: findet Tickets, die S-360 nicht hat. Es wird nichts geändert; die Position der Statusrückmeldung wird nicht verschoben.</translation>
    </message>
    <message>
        <source>Cancel reading TIXNGO</source>
        <translation>Lesen von TIXNGO abbrechen</translation>
    </message>
    <message>
        <source>Reading TIXNGO&apos;s view…</source>
        <translation>TIXNGO-Sicht wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Reading TIXNGO&apos;s view: %n ticket(s)…</source>
        <translation>
            <numerusform>TIXNGO-Sicht wird gelesen: %n Ticket…</numerusform>
            <numerusform>TIXNGO-Sicht wird gelesen: %n Tickets…</numerusform>
        </translation>
    </message>
    <message>
        <source>TIXNGO&apos;s view was not read: %1</source>
        <translation>Die TIXNGO-Sicht wurde nicht gelesen: %1</translation>
    </message>
    <message numerus="yes">
        <source>TIXNGO&apos;s view read: %n ticket(s).</source>
        <translation>
            <numerusform>TIXNGO-Sicht gelesen: %n Ticket.</numerusform>
            <numerusform>TIXNGO-Sicht gelesen: %n Tickets.</numerusform>
        </translation>
    </message>
    <message>
        <source>With TIXNGO&apos;s view read at %1.</source>
        <translation>Mit der um %1 gelesenen TIXNGO-Sicht.</translation>
    </message>
    <message>
        <source>Fix cancelled: nothing was changed.</source>
        <translation>Korrektur abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>re-inject</source>
        <translation>erneut injizieren</translation>
    </message>
    <message>
        <source>push the deletion of</source>
        <translation>Löschung pushen</translation>
    </message>
    <message>
        <source>push the control of</source>
        <translation>Kontrolle pushen</translation>
    </message>
    <message>
        <source>refresh from TIXNGO</source>
        <translation>aus TIXNGO aktualisieren</translation>
    </message>
    <message>
        <source>put on the skip list</source>
        <translation>auf die Ausschlussliste setzen</translation>
    </message>
    <message>
        <source>reprint (new ticket id and barcode) and inject</source>
        <translation>nachdrucken (neue Ticket-ID und neuer Barcode) und injizieren</translation>
    </message>
    <message>
        <source>The spectator gets a new ticket, with a new ticket id and a new barcode. Each ticket is read from TIXNGO first; each one still deleted there is reprinted in S-360 and the old ticket becomes INVALIDATED (reason %1) — its barcode no longer admits. An injection run of the sync engine then sends only the new tickets to TIXNGO, into the spectators&apos; wallets.</source>
        <translation>Der Zuschauer erhält ein neues Ticket mit neuer Ticket-ID und neuem Barcode. Jedes Ticket wird zuerst aus TIXNGO gelesen; jedes, das dort weiterhin gelöscht ist, wird in S-360 nachgedruckt, und das alte Ticket wird INVALIDATED (Grund %1) – sein Barcode gewährt keinen Einlass mehr. Ein Injektionslauf der Synchronisation sendet danach nur die neuen Tickets an TIXNGO, in die Wallets der Zuschauer.</translation>
    </message>
</context>
<context>
    <name>tixsync::SyncFunctionCard</name>
    <message>
        <source>Run now</source>
        <translation>Jetzt ausführen</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Shows what a run would send, without sending anything.</source>
        <translation>Zeigt, was ein Lauf senden würde, ohne etwas zu senden.</translation>
    </message>
    <message>
        <source>Parameters &amp;&amp; schedule…</source>
        <translation>Parameter &amp;&amp; Zeitplan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stops after the call in flight; what was synced stays synced.</source>
        <translation>Stoppt nach dem laufenden Aufruf; bereits Synchronisiertes bleibt synchronisiert.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Nie ausgeführt</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>Noch kein Lauf.</translation>
    </message>
    <message>
        <source>still going</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>Last run%1: %2 — %3 selected, %4 synced, %5 failed, %6 skipped</source>
        <translation>Letzter Lauf%1: %2 – %3 ausgewählt, %4 synchronisiert, %5 fehlgeschlagen, %6 übersprungen</translation>
    </message>
    <message>
        <source> (dry run)</source>
        <translation> (Probelauf)</translation>
    </message>
    <message>
        <source> — about %1:%2 left</source>
        <translation> – noch etwa %1:%2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 tickets%4</source>
        <translation>%1: %2 von %3 Tickets%4</translation>
    </message>
</context>
<context>
    <name>tixsync::SyncLedgerModel</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Fehlerklasse</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>S-360 before</source>
        <translation>S-360 vorher</translation>
    </message>
    <message>
        <source>S-360 after</source>
        <translation>S-360 nachher</translation>
    </message>
    <message>
        <source>TIXNGO before</source>
        <translation>TIXNGO vorher</translation>
    </message>
    <message>
        <source>TIXNGO after</source>
        <translation>TIXNGO nachher</translation>
    </message>
    <message>
        <source>Bytes sent</source>
        <translation>Gesendete Bytes</translation>
    </message>
</context>
<context>
    <name>tixsync::SyncPage</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Laufverlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 cannot start: %2</source>
        <translation>%1 kann nicht starten: %2</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>%1 is already running.</source>
        <translation>%1 läuft bereits.</translation>
    </message>
    <message>
        <source>Counting the tickets this run will change…</source>
        <translation>Die Tickets, die dieser Lauf ändern wird, werden gezählt…</translation>
    </message>
    <message>
        <source>Dry run: nothing is sent…</source>
        <translation>Probelauf: Es wird nichts gesendet…</translation>
    </message>
    <message>
        <source>Cancelling after the call in flight…</source>
        <translation>Abbruch nach dem laufenden Aufruf…</translation>
    </message>
    <message>
        <source>Dry run — %1</source>
        <translation>Probelauf – %1</translation>
    </message>
    <message>
        <source>The run would stop: %1</source>
        <translation>Der Lauf würde stoppen: %1</translation>
    </message>
    <message numerus="yes">
        <source>A run now would send %n ticket(s) to TIXNGO. Nothing was sent.</source>
        <translation>
            <numerusform>Ein Lauf würde jetzt %n Ticket an TIXNGO senden. Es wurde nichts gesendet.</numerusform>
            <numerusform>Ein Lauf würde jetzt %n Tickets an TIXNGO senden. Es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>see the run&apos;s errors</source>
        <translation>siehe die Fehler des Laufs</translation>
    </message>
    <message>
        <source>%1 %2ended in Error: %3</source>
        <translation>%1 %2endete mit Fehler: %3</translation>
    </message>
    <message>
        <source>(scheduled) </source>
        <translation>(geplant) </translation>
    </message>
    <message>
        <source>TixSync: %1 failed</source>
        <translation>TixSync: %1 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2ended with a Warning: %n ticket(s) failed; open the run for the errors by class.</source>
        <translation>
            <numerusform>%1 %2endete mit einer Warnung: %n Ticket ist fehlgeschlagen; öffnen Sie den Lauf, um die Fehler nach Klasse zu sehen.</numerusform>
            <numerusform>%1 %2endete mit einer Warnung: %n Tickets sind fehlgeschlagen; öffnen Sie den Lauf, um die Fehler nach Klasse zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>TixSync: %1 — some tickets failed</source>
        <translation>TixSync: %1 – einige Tickets fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) failed.</source>
        <translation>
            <numerusform>%n Ticket fehlgeschlagen.</numerusform>
            <numerusform>%n Tickets fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not start: the check before it failed: %2</source>
        <translation>%1 wurde nicht gestartet: Die vorherige Prüfung ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>it is a push: each ticket changes on a spectator&apos;s phone</source>
        <translation>es ist ein Push: Jedes Ticket ändert sich auf dem Telefon eines Zuschauers</translation>
    </message>
    <message>
        <source>Date from is set (%1): already processed tickets are sent again</source>
        <translation>„Datum ab“ ist gesetzt (%1): Bereits verarbeitete Tickets werden erneut gesendet</translation>
    </message>
    <message>
        <source>a force list is set</source>
        <translation>eine Erzwingungsliste ist gesetzt</translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation>Bestätigen: %1</translation>
    </message>
    <message numerus="yes">
        <source>This run will change %n ticket(s) in TIXNGO — that is %n spectators&apos; phones.</source>
        <translation>
            <numerusform>Dieser Lauf ändert %n Ticket in TIXNGO – das ist das Telefon von %n Zuschauer.</numerusform>
            <numerusform>Dieser Lauf ändert %n Tickets in TIXNGO – das sind die Telefone von %n Zuschauern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why it matters: %1.</source>
        <translation>Warum das wichtig ist: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Runs above %n ticket(s) need this confirmation (Settings: sync/impactThreshold).</source>
        <translation>
            <numerusform>Läufe mit mehr als %n Ticket erfordern diese Bestätigung (Einstellungen: sync/impactThreshold).</numerusform>
            <numerusform>Läufe mit mehr als %n Tickets erfordern diese Bestätigung (Einstellungen: sync/impactThreshold).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run for %n ticket(s)</source>
        <translation>
            <numerusform>Für %n Ticket ausführen</numerusform>
            <numerusform>Für %n Tickets ausführen</numerusform>
        </translation>
    </message>
    <message>
        <source>Run cancelled at the impact check.</source>
        <translation>Lauf bei der Auswirkungsprüfung abgebrochen.</translation>
    </message>
    <message>
        <source>Add to the skip list</source>
        <translation>Zur Ausschlussliste hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%1 will never send these %n ticket(s) again until they are removed from its skip list (Parameters). Continue?</source>
        <translation>
            <numerusform>%1 wird dieses %n Ticket nie wieder senden, bis es von seiner Ausschlussliste entfernt wird (Parameter). Fortfahren?</numerusform>
            <numerusform>%1 wird diese %n Tickets nie wieder senden, bis sie von seiner Ausschlussliste entfernt werden (Parameter). Fortfahren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameters not saved</source>
        <translation>Parameter nicht gespeichert</translation>
    </message>
    <message>
        <source>Save the support bundle</source>
        <translation>Support-Paket speichern</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>Support bundle</source>
        <translation>Support-Paket</translation>
    </message>
    <message>
        <source> (dry run)</source>
        <translation> (Probelauf)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Since the last execution: %1</source>
        <translation>Seit der letzten Ausführung: %1</translation>
    </message>
    <message>
        <source>never (first run takes all)</source>
        <translation>nie (der erste Lauf nimmt alle)</translation>
    </message>
    <message>
        <source> · backlog %1 ticket(s) at %2</source>
        <translation> · Rückstand %1 Ticket(s) um %2</translation>
    </message>
    <message>
        <source>Runs (&amp;#9679; moved it, &amp;#9675; did not): </source>
        <translation>Läufe (&amp;#9679; hat die Marke verschoben, &amp;#9675; nicht): </translation>
    </message>
    <message>
        <source>Schedule: manual</source>
        <translation>Zeitplan: manuell</translation>
    </message>
    <message numerus="yes">
        <source>Next run: %1 (every %n min)</source>
        <translation>
            <numerusform>Nächster Lauf: %1 (alle %n min)</numerusform>
            <numerusform>Nächster Lauf: %1 (alle %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule ended</source>
        <translation>Zeitplan beendet</translation>
    </message>
    <message>
        <source>⚠ Date from is set on this automatic schedule: it re-sends the same tickets every run.</source>
        <translation>⚠ „Datum ab“ ist in diesem automatischen Zeitplan gesetzt: Er sendet bei jedem Lauf dieselben Tickets erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has been running since %2 — more than three periods of %n min.</source>
        <translation>
            <numerusform>%1 läuft seit %2 – länger als drei Perioden von %n min.</numerusform>
            <numerusform>%1 läuft seit %2 – länger als drei Perioden von je %n min.</numerusform>
        </translation>
    </message>
    <message>
        <source>it runs against the production environment &quot;%1&quot;</source>
        <translation>der Lauf erfolgt in der Produktionsumgebung „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Missed runs: %1 had not run since %2 although it is scheduled every %n min (was the console or the scheduler stopped?). A catch-up run starts now.</source>
        <translation>
            <numerusform>Verpasste Läufe: %1 war seit %2 nicht gelaufen, obwohl es alle %n min geplant ist (wurden die Konsole oder der Planer gestoppt?). Ein Nachhollauf startet jetzt.</numerusform>
            <numerusform>Verpasste Läufe: %1 war seit %2 nicht gelaufen, obwohl es alle %n min geplant ist (wurden die Konsole oder der Planer gestoppt?). Ein Nachhollauf startet jetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pagination key not reset</source>
        <translation>Paginierungsschlüssel nicht zurückgesetzt</translation>
    </message>
    <message>
        <source>feedback pagination key reset: the next feedback rereads the whole diff feed</source>
        <translation>Paginierungsschlüssel der Statusrückmeldung zurückgesetzt: Die nächste Statusrückmeldung liest den gesamten Diff-Feed erneut</translation>
    </message>
</context>
<context>
    <name>tixsync::SyncParametersDialog</name>
    <message>
        <source>%1 — parameters and schedule</source>
        <translation>%1 – Parameter und Zeitplan</translation>
    </message>
    <message>
        <source>Selection (filters combine with AND; a file number ignores the others)</source>
        <translation>Auswahl (Filter werden mit UND kombiniert; eine Dossiernummer ignoriert die anderen)</translation>
    </message>
    <message>
        <source>event ids, comma-separated</source>
        <translation>Veranstaltungs-IDs, kommagetrennt</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Veranstaltungen:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <source>Product family:</source>
        <translation>Produktfamilie:</translation>
    </message>
    <message>
        <source>Season:</source>
        <translation>Saison:</translation>
    </message>
    <message>
        <source>Sales channel:</source>
        <translation>Verkaufskanal:</translation>
    </message>
    <message>
        <source>Tariff:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>File number:</source>
        <translation>Dossiernummer:</translation>
    </message>
    <message>
        <source>Mandatory holder fields:</source>
        <translation>Pflichtfelder Inhaber:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Recommended (%1)</source>
        <translation>Empfohlen (%1)</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Batchgröße:</translation>
    </message>
    <message>
        <source>id:123456789, 12300123 — sent again even if already processed</source>
        <translation>id:123456789, 12300123 – werden erneut gesendet, auch wenn bereits verarbeitet</translation>
    </message>
    <message>
        <source>Force list:</source>
        <translation>Erzwingungsliste:</translation>
    </message>
    <message>
        <source>id:123456789, 12300123 — never sent by this function</source>
        <translation>id:123456789, 12300123 – werden von dieser Funktion nie gesendet</translation>
    </message>
    <message>
        <source>Skip list (kept):</source>
        <translation>Ausschlussliste (bleibt erhalten):</translation>
    </message>
    <message>
        <source>every shipment mode</source>
        <translation>alle Versandarten</translation>
    </message>
    <message>
        <source>Shipment modes:</source>
        <translation>Versandarten:</translation>
    </message>
    <message>
        <source>Date from:</source>
        <translation>Datum ab:</translation>
    </message>
    <message>
        <source>Notify the spectator (show the deleted ticket)</source>
        <translation>Zuschauer benachrichtigen (gelöschtes Ticket anzeigen)</translation>
    </message>
    <message>
        <source>Custom parameters (key=value lines)</source>
        <translation>Benutzerdefinierte Parameter (Zeilen key=value)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Alle:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <source>Date from is set on an automatic schedule: every run will re-send the same tickets and flood spectators&apos; phones with notifications. Clear Date from, or run it once by hand.</source>
        <translation>„Datum ab“ ist in einem automatischen Zeitplan gesetzt: Jeder Lauf sendet dieselben Tickets erneut und überflutet die Telefone der Zuschauer mit Benachrichtigungen. Leeren Sie „Datum ab“ oder führen Sie den Lauf einmal manuell aus.</translation>
    </message>
    <message>
        <source>Defaults.</source>
        <translation>Standardwerte.</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Gültig.</translation>
    </message>
    <message>
        <source>salesChannelCode;posCode — empty: the default point of sale</source>
        <translation>salesChannelCode;posCode – leer: die Standard-Verkaufsstelle</translation>
    </message>
    <message>
        <source>Point of sale:</source>
        <translation>Verkaufsstelle:</translation>
    </message>
    <message>
        <source>none — read the diff feed from TIXNGO</source>
        <translation>keine – Diff-Feed von TIXNGO lesen</translation>
    </message>
    <message>
        <source>none — the cancelled tickets</source>
        <translation>keine – die stornierten Tickets</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Upload file:</source>
        <translation>Upload-Datei:</translation>
    </message>
    <message>
        <source>none — the next feedback reads the whole diff feed</source>
        <translation>keiner – die nächste Statusrückmeldung liest den gesamten Diff-Feed</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Zurücksetzen…</translation>
    </message>
    <message>
        <source>Forget the stored key: the next feedback rereads the whole diff feed.</source>
        <translation>Den gespeicherten Schlüssel verwerfen: Die nächste Statusrückmeldung liest den gesamten Diff-Feed erneut.</translation>
    </message>
    <message>
        <source>Pagination key:</source>
        <translation>Paginierungsschlüssel:</translation>
    </message>
    <message>
        <source>Write the point of sale as salesChannelCode;posCode (two codes, one semicolon, no blanks), e.g. INTERNET;POS01 — or leave it empty for the default point of sale.</source>
        <translation>Schreiben Sie die Verkaufsstelle als salesChannelCode;posCode (zwei Codes, ein Semikolon, keine Leerzeichen), z. B. INTERNET;POS01 – oder lassen Sie das Feld für die Standard-Verkaufsstelle leer.</translation>
    </message>
    <message>
        <source>Reset the feedback pagination key?</source>
        <translation>Paginierungsschlüssel der Statusrückmeldung zurücksetzen?</translation>
    </message>
    <message>
        <source>The next feedback will reread the whole diff feed from its start: every ticket TIXNGO knows for this organizer is read and written again, which can take long on a large organizer.</source>
        <translation>Die nächste Statusrückmeldung liest den gesamten Diff-Feed von Anfang an erneut: Jedes Ticket, das TIXNGO für diesen Veranstalter kennt, wird erneut gelesen und geschrieben, was bei einem großen Veranstalter lange dauern kann.</translation>
    </message>
    <message>
        <source>Do it when the key is refused (INVALID_PAGINATION_KEY) or TIXNGO&apos;s data was reset. The reset is recorded in the audit log.</source>
        <translation>Tun Sie dies, wenn der Schlüssel abgelehnt wird (INVALID_PAGINATION_KEY) oder die Daten von TIXNGO zurückgesetzt wurden. Das Zurücksetzen wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Reset the key</source>
        <translation>Schlüssel zurücksetzen</translation>
    </message>
    <message>
        <source>Upload file</source>
        <translation>Upload-Datei</translation>
    </message>
    <message>
        <source>Diff feed (*.json);;All files (*)</source>
        <translation>Diff-Feed (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Ticket lists (*.txt *.csv);;All files (*)</source>
        <translation>Ticketlisten (*.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is not a readable file: choose another one or clear the field.</source>
        <translation>%1 ist keine lesbare Datei: Wählen Sie eine andere oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>Every run processes this file instead of reading TIXNGO, until you clear it.</source>
        <translation>Jeder Lauf verarbeitet diese Datei, statt TIXNGO zu lesen, bis Sie sie entfernen.</translation>
    </message>
    <message>
        <source>Every run also deletes the tickets this file lists, until you clear it.</source>
        <translation>Jeder Lauf löscht auch die Tickets, die diese Datei auflistet, bis Sie sie entfernen.</translation>
    </message>
</context>
<context>
    <name>tixsync::SyncRunView</name>
    <message>
        <source>Open a run in the history to see its tickets and errors.</source>
        <translation>Öffnen Sie einen Lauf im Verlauf, um seine Tickets und Fehler zu sehen.</translation>
    </message>
    <message>
        <source>Class / ticket</source>
        <translation>Klasse / Ticket</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Errors by class</source>
        <translation>Fehler nach Klasse</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Select a ticket to see the JSON sent.</source>
        <translation>Wählen Sie ein Ticket aus, um das gesendete JSON zu sehen.</translation>
    </message>
    <message>
        <source>Tickets (ledger)</source>
        <translation>Tickets (Journal)</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Runs the function again for the failed tickets only (force list).</source>
        <translation>Führt die Funktion nur für die fehlgeschlagenen Tickets erneut aus (Erzwingungsliste).</translation>
    </message>
    <message>
        <source>Add failed to skip list</source>
        <translation>Fehlgeschlagene zur Ausschlussliste hinzufügen</translation>
    </message>
    <message>
        <source>Support bundle…</source>
        <translation>Support-Paket…</translation>
    </message>
    <message>
        <source>A zip of this run for support; the API key and personal data are removed.</source>
        <translation>Ein ZIP dieses Laufs für den Support; API-Schlüssel und personenbezogene Daten werden entfernt.</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>Journal exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1&lt;/b&gt; — %2 — %3 — started %4, ended %5 — %6 selected, %7 synced, %8 failed, %9 skipped</source>
        <translation>&lt;b&gt;Lauf %1&lt;/b&gt; – %2 – %3 – gestartet %4, beendet %5 – %6 ausgewählt, %7 synchronisiert, %8 fehlgeschlagen, %9 übersprungen</translation>
    </message>
    <message>
        <source> (dry run)</source>
        <translation> (Probelauf)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Cannot read the ledger: %1</source>
        <translation>Das Journal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>External (TIXNGO refused)</source>
        <translation>Extern (von TIXNGO abgelehnt)</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Mapping (template / data)</source>
        <translation>Mapping (Vorlage / Daten)</translation>
    </message>
    <message>
        <source>Technical (network / server)</source>
        <translation>Technisch (Netzwerk / Server)</translation>
    </message>
    <message>
        <source>Cascade (stopped by an earlier error)</source>
        <translation>Folgefehler (durch einen früheren Fehler gestoppt)</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Nicht klassifiziert</translation>
    </message>
    <message>
        <source>TIXNGO refused these tickets: read each message, correct the ticket in S-360 (or ask TIXNGO), then Retry failed — or add them to the skip list.</source>
        <translation>TIXNGO hat diese Tickets abgelehnt: Lesen Sie jede Meldung, korrigieren Sie das Ticket in S-360 (oder fragen Sie bei TIXNGO nach) und wählen Sie dann „Fehlgeschlagene wiederholen“ – oder fügen Sie sie zur Ausschlussliste hinzu.</translation>
    </message>
    <message>
        <source>The interface is misconfigured (URL, API key, organizer, parameters): fix the settings, then Retry failed.</source>
        <translation>Die Schnittstelle ist falsch konfiguriert (URL, API-Schlüssel, Veranstalter, Parameter): Korrigieren Sie die Einstellungen und wählen Sie dann „Fehlgeschlagene wiederholen“.</translation>
    </message>
    <message>
        <source>The payload could not be built or misses mandatory data: fix the ticket template or the ticket data, then Retry failed.</source>
        <translation>Die Payload konnte nicht erstellt werden oder es fehlen Pflichtdaten: Korrigieren Sie die Ticketvorlage oder die Ticketdaten und wählen Sie dann „Fehlgeschlagene wiederholen“.</translation>
    </message>
    <message>
        <source>Network or server trouble: Retry failed in a few minutes; if it persists, check the connection and TIXNGO&apos;s status.</source>
        <translation>Netzwerk- oder Serverprobleme: Wählen Sie in einigen Minuten „Fehlgeschlagene wiederholen“; falls das Problem bestehen bleibt, prüfen Sie die Verbindung und den Status von TIXNGO.</translation>
    </message>
    <message>
        <source>Not processed because an earlier error stopped the run: fix the first error; Retry failed then sends them.</source>
        <translation>Nicht verarbeitet, weil ein früherer Fehler den Lauf gestoppt hat: Beheben Sie den ersten Fehler; „Fehlgeschlagene wiederholen“ sendet sie dann.</translation>
    </message>
    <message>
        <source>Read the message; Retry failed, or add the tickets to the skip list.</source>
        <translation>Lesen Sie die Meldung; wählen Sie „Fehlgeschlagene wiederholen“ oder fügen Sie die Tickets zur Ausschlussliste hinzu.</translation>
    </message>
    <message>
        <source>Run stopped — %1</source>
        <translation>Lauf gestoppt – %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n ticket(s)</source>
        <translation>
            <numerusform>%1 – %n Ticket</numerusform>
            <numerusform>%1 – %n Tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n weiteres</numerusform>
            <numerusform>… %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No error in this run.</source>
        <translation>Kein Fehler in diesem Lauf.</translation>
    </message>
    <message>
        <source>%1 bytes sent (hash %2). The JSON itself is kept only with the custom parameter maxLengthDumpedCallsInKbs (for example maxLengthDumpedCallsInKbs=1024).</source>
        <translation>%1 Byte gesendet (Hash %2). Das JSON selbst wird nur mit dem benutzerdefinierten Parameter maxLengthDumpedCallsInKbs aufbewahrt (zum Beispiel maxLengthDumpedCallsInKbs=1024).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Recommended action: %1</source>
        <translation>Empfohlene Maßnahme: %1</translation>
    </message>
</context>
<context>
    <name>tixsync::SyncTicketActions</name>
    <message>
        <source>Ticket %1 in S-360</source>
        <translation>Ticket %1 in S-360</translation>
    </message>
    <message>
        <source>Cancel ticket…</source>
        <translation>Ticket stornieren…</translation>
    </message>
    <message>
        <source>Cancel ticket</source>
        <translation>Ticket stornieren</translation>
    </message>
    <message>
        <source>Cancel ticket %1 in S-360? The next &quot;push cancelled&quot; run removes it from the spectator&apos;s wallet.</source>
        <translation>Ticket %1 in S-360 stornieren? Der nächste Push-Lauf für stornierte Tickets entfernt es aus der Wallet des Zuschauers.</translation>
    </message>
    <message>
        <source>Invalidate with reason…</source>
        <translation>Mit Grund ungültig machen…</translation>
    </message>
    <message>
        <source>Invalidate ticket</source>
        <translation>Ticket ungültig machen</translation>
    </message>
    <message>
        <source>Reason for invalidating ticket %1 (sent to TIXNGO as the deletion reason):</source>
        <translation>Grund für die Ungültigmachung von Ticket %1 (wird als Löschgrund an TIXNGO gesendet):</translation>
    </message>
    <message>
        <source>Give a reason: invalidation needs one.</source>
        <translation>Geben Sie einen Grund an: Eine Ungültigmachung erfordert einen.</translation>
    </message>
    <message>
        <source>Invalidate ticket %1 with reason &quot;%2&quot;?</source>
        <translation>Ticket %1 mit dem Grund „%2“ ungültig machen?</translation>
    </message>
    <message>
        <source>Mark controlled</source>
        <translation>Als kontrolliert markieren</translation>
    </message>
    <message>
        <source>Mark ticket %1 as controlled (scanned)? The next &quot;push controlled&quot; run hides its QR code in the wallet.</source>
        <translation>Ticket %1 als kontrolliert (gescannt) markieren? Der nächste Push-Lauf für kontrollierte Tickets blendet seinen QR-Code in der Wallet aus.</translation>
    </message>
    <message>
        <source>Reprint…</source>
        <translation>Nachdrucken…</translation>
    </message>
    <message>
        <source>Reprint ticket</source>
        <translation>Ticket nachdrucken</translation>
    </message>
    <message>
        <source>Reprint ticket %1? It is invalidated (reason REPRINT) and a new ticket with a new barcode is created for the next injection.</source>
        <translation>Ticket %1 nachdrucken? Es wird ungültig gemacht (Grund REPRINT), und für die nächste Injektion wird ein neues Ticket mit neuem Barcode erstellt.</translation>
    </message>
    <message>
        <source>Ticket action failed</source>
        <translation>Ticketaktion fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>tixsync::TicketDetailPanel</name>
    <message>
        <source>No ticket selected</source>
        <translation>Kein Ticket ausgewählt</translation>
    </message>
    <message>
        <source>Select a ticket in the table to see all its fields and its TIXNGO history.</source>
        <translation>Wählen Sie ein Ticket in der Tabelle aus, um alle seine Felder und seinen TIXNGO-Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>not in TIXNGO</source>
        <translation>nicht in TIXNGO</translation>
    </message>
    <message>
        <source>S-360 %1 &amp;nbsp; TIXNGO %2</source>
        <translation>S-360 %1 &amp;nbsp; TIXNGO %2</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Ticket id</source>
        <translation>Ticket-ID</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Dossiernummer</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Product family</source>
        <translation>Produktfamilie</translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation>Verkaufskanal</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Shipment mode</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Veranstaltungs-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Wettbewerb</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Contact (buyer)</source>
        <translation>Kontakt (Käufer)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Id number</source>
        <translation>Ausweisnummer</translation>
    </message>
    <message>
        <source>S-360 status</source>
        <translation>S-360-Status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Controlled</source>
        <translation>Kontrolliert</translation>
    </message>
    <message>
        <source>TIXNGO</source>
        <translation>TIXNGO</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Initial owner</source>
        <translation>Ursprünglicher Besitzer</translation>
    </message>
    <message>
        <source>Previous owner</source>
        <translation>Vorheriger Besitzer</translation>
    </message>
    <message>
        <source>Deletion reason</source>
        <translation>Löschgrund</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Injected</source>
        <translation>Injiziert</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisation</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>tixsync::TicketTableModel</name>
    <message>
        <source>S-360 status %1, reason: %2</source>
        <translation>S-360-Status %1, Grund: %2</translation>
    </message>
    <message>
        <source>Not in TIXNGO</source>
        <translation>Nicht in TIXNGO</translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <source>Ticket id</source>
        <translation>Ticket-ID</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>S-360 status</source>
        <translation>S-360-Status</translation>
    </message>
    <message>
        <source>TIXNGO status</source>
        <translation>TIXNGO-Status</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisation</translation>
    </message>
    <message>
        <source>Gate · block · row · seat</source>
        <translation>Tor · Block · Reihe · Platz</translation>
    </message>
    <message>
        <source>Ticket status in SecuTix 360, with the cancellation or invalidation reason</source>
        <translation>Ticketstatus in SecuTix 360, mit dem Storno- oder Ungültigkeitsgrund</translation>
    </message>
    <message>
        <source>Ticket status in TIXNGO as last known here (— = not in TIXNGO)</source>
        <translation>Ticketstatus in TIXNGO, wie hier zuletzt bekannt (— = nicht in TIXNGO)</translation>
    </message>
    <message>
        <source>When the ticket was last sent to or read from TIXNGO</source>
        <translation>Wann das Ticket zuletzt an TIXNGO gesendet oder aus TIXNGO gelesen wurde</translation>
    </message>
</context>
<context>
    <name>tixsync::TicketsPage</name>
    <message>
        <source>Select one or more events to see their tickets; none selected shows all.</source>
        <translation>Wählen Sie eine oder mehrere Veranstaltungen aus, um ihre Tickets zu sehen; ohne Auswahl werden alle angezeigt.</translation>
    </message>
    <message>
        <source>All S-360 statuses</source>
        <translation>Alle S-360-Status</translation>
    </message>
    <message>
        <source>Show only tickets with this status in SecuTix 360</source>
        <translation>Nur Tickets mit diesem Status in SecuTix 360 anzeigen</translation>
    </message>
    <message>
        <source>All TIXNGO statuses</source>
        <translation>Alle TIXNGO-Status</translation>
    </message>
    <message>
        <source>Not in TIXNGO</source>
        <translation>Nicht in TIXNGO</translation>
    </message>
    <message>
        <source>Show only tickets with this status in TIXNGO, as last known here</source>
        <translation>Nur Tickets mit diesem Status in TIXNGO anzeigen, wie hier zuletzt bekannt</translation>
    </message>
    <message>
        <source>Search ticket id, number, holder, contact, e-mail, seat…</source>
        <translation>Ticket-ID, Nummer, Inhaber, Kontakt, E-Mail, Platz suchen…</translation>
    </message>
    <message>
        <source>Case-insensitive; several words must all match</source>
        <translation>Groß-/Kleinschreibung wird ignoriert; mehrere Wörter müssen alle vorkommen</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
</context>
<context>
    <name>tixsync::audit::AuditLog</name>
    <message>
        <source>An audit log line needs an action name.</source>
        <translation>Eine Zeile im Audit-Protokoll braucht einen Aktionsnamen.</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>Schreiben des Audit-Protokolls</translation>
    </message>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>Die CSV-Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2. Choose a folder you can write to.</source>
        <translation>%1 kann nicht angelegt werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the free space and permissions.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz und die Zugriffsrechte.</translation>
    </message>
</context>
<context>
    <name>tixsync::audit::AuditLogModel</name>
    <message>
        <source>Database user %1, OS user %2</source>
        <translation>Datenbankbenutzer %1, Betriebssystembenutzer %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>tixsync::recon::DiscrepancyModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>S-360</source>
        <translation>S-360</translation>
    </message>
    <message>
        <source>TIXNGO</source>
        <translation>TIXNGO</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
</context>
<context>
    <name>tixsync::recon::ReconEventModel</name>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>tixsync::secrets::ConnectionProfile</name>
    <message>
        <source>Give the connection profile a name, e.g. Validation, Pre-production or Production.</source>
        <translation>Geben Sie dem Verbindungsprofil einen Namen, z. B. Validierung, Vorproduktion oder Produktion.</translation>
    </message>
    <message>
        <source>The profile name &quot;%1&quot; starts or ends with spaces; remove them.</source>
        <translation>Der Profilname „%1“ beginnt oder endet mit Leerzeichen; entfernen Sie diese.</translation>
    </message>
</context>
<context>
    <name>tixsync::secrets::ConnectionProfiles</name>
    <message>
        <source>There is no connection profile called &quot;%1&quot;. Check the name with: tixsync-cli profiles list</source>
        <translation>Es gibt kein Verbindungsprofil namens „%1“. Prüfen Sie den Namen mit: tixsync-cli profiles list</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1. Check that the folder exists and is writable.</source>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>A connection profile called &quot;%1&quot; exists already; choose another name.</source>
        <translation>Ein Verbindungsprofil namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is not valid. Use postgresql://user@host:port/dbname.</source>
        <translation>Die Datenbank-URL „%1“ ist ungültig. Verwenden Sie postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>Remove the password from the database URL: it would be stored in plain text. Put it in ~/.pgpass or the PGPASSWORD environment variable instead.</source>
        <translation>Entfernen Sie das Passwort aus der Datenbank-URL: Es würde im Klartext gespeichert. Hinterlegen Sie es stattdessen in ~/.pgpass oder in der Umgebungsvariablen PGPASSWORD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a file path nor a postgresql:// URL.</source>
        <translation>„%1“ ist weder ein Dateipfad noch eine postgresql://-URL.</translation>
    </message>
</context>
<context>
    <name>tixsync::secrets::ConnectionTest</name>
    <message>
        <source>The API profile &quot;%1&quot; is neither &quot;default&quot;, &quot;bearer&quot; nor an existing JSON file; correct it in the connection profile.</source>
        <translation>Das API-Profil „%1“ ist weder &quot;default&quot; noch &quot;bearer&quot; noch eine vorhandene JSON-Datei; korrigieren Sie es im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>Enter the API key first.</source>
        <translation>Geben Sie zuerst den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Connected to %1: the API key was accepted (answer in %2 ms).</source>
        <translation>Verbunden mit %1: Der API-Schlüssel wurde akzeptiert (Antwort in %2 ms).</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>tixsync::secrets::KeychainCredentialProvider</name>
    <message>
        <source>The API key of the connection profile &quot;%1&quot; is still being read from the keychain; try again in a moment.</source>
        <translation>Der API-Schlüssel des Verbindungsprofils „%1“ wird noch aus dem Schlüsselbund gelesen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The API key of the connection profile &quot;%1&quot; has not been read from the keychain yet.</source>
        <translation>Der API-Schlüssel des Verbindungsprofils „%1“ wurde noch nicht aus dem Schlüsselbund gelesen.</translation>
    </message>
    <message>
        <source>key entered for this session (profile &quot;%1&quot;)</source>
        <translation>für diese Sitzung eingegebener Schlüssel (Profil „%1“)</translation>
    </message>
    <message>
        <source>the keychain entry of the connection profile &quot;%1&quot;</source>
        <translation>der Schlüsselbund-Eintrag des Verbindungsprofils „%1“</translation>
    </message>
    <message>
        <source>No TIXNGO API key: set the environment variable TIXNGO_API_KEY, or choose a connection profile whose key is in the keychain (tixsync-cli profiles set-key NAME).</source>
        <translation>Kein TIXNGO-API-Schlüssel: Setzen Sie die Umgebungsvariable TIXNGO_API_KEY oder wählen Sie ein Verbindungsprofil, dessen Schlüssel im Schlüsselbund liegt (tixsync-cli profiles set-key NAME).</translation>
    </message>
</context>
<context>
    <name>tixsync::secrets::KeychainJob</name>
    <message>
        <source>You can use the key for this session only.</source>
        <translation>Sie können den Schlüssel nur für diese Sitzung verwenden.</translation>
    </message>
    <message>
        <source>No API key is stored in the keychain for the connection profile &quot;%1&quot;. Enter it in Settings &gt; Connections, or run: tixsync-cli profiles set-key &quot;%1&quot;</source>
        <translation>Für das Verbindungsprofil „%1“ ist kein API-Schlüssel im Schlüsselbund gespeichert. Geben Sie ihn unter Einstellungen &gt; Verbindungen ein oder führen Sie aus: tixsync-cli profiles set-key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Access to the keychain was refused (%1). Allow TixSync when the keyring asks. %2</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert (%1). Erlauben Sie TixSync den Zugriff, wenn der Schlüsselbund nachfragt. %2</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access (%1). Unlock your login keyring (log in again or use your desktop&apos;s password manager) and try again. %2</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert (%1). Entsperren Sie Ihren Anmelde-Schlüsselbund (melden Sie sich erneut an oder verwenden Sie die Passwortverwaltung Ihres Desktops) und versuchen Sie es erneut. %2</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Start a Secret Service such as GNOME Keyring or KWallet in your desktop session, or use the key for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Starten Sie in Ihrer Desktop-Sitzung einen Secret Service wie GNOME Keyring oder KWallet, oder verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>no Secret Service answered</source>
        <translation>kein Secret Service hat geantwortet</translation>
    </message>
    <message>
        <source>The keychain could not %1 the API key of &quot;%2&quot; (%3). %4</source>
        <translation>Der Schlüsselbund konnte den API-Schlüssel von „%2“ nicht %1 (%3). %4</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>store</source>
        <translation>speichern</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>the login keyring is locked</source>
        <translation>der Anmelde-Schlüsselbund ist gesperrt</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s: it may be locked and waiting for a password prompt, or no Secret Service is running. Unlock your keyring and try again. %2</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet: Er ist möglicherweise gesperrt und wartet auf eine Passworteingabe, oder es läuft kein Secret Service. Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut. %2</translation>
    </message>
</context>
<context>
    <name>tixsync::tixngo::ApiProfile</name>
    <message>
        <source>API profile: &quot;%1&quot; must be a path relative to the API root such as &quot;organizer/tickets&quot; (no leading &apos;/&apos;, no scheme, query or spaces); got &quot;%2&quot;.</source>
        <translation>API-Profil: „%1“ muss ein Pfad relativ zum API-Stamm sein, z. B. &quot;organizer/tickets&quot; (ohne führendes &apos;/&apos;, ohne Schema, Abfrage oder Leerzeichen); erhalten: „%2“.</translation>
    </message>
    <message>
        <source>API profile: &quot;%1&quot; must be between %2 and %3; got %4.</source>
        <translation>API-Profil: „%1“ muss zwischen %2 und %3 liegen; erhalten: %4.</translation>
    </message>
    <message>
        <source>API profile: &quot;%1&quot; %2</source>
        <translation>API-Profil: „%1“ %2</translation>
    </message>
    <message>
        <source>must be a JSON object.</source>
        <translation>muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>is not a known key; known keys here: %1.</source>
        <translation>ist kein bekannter Schlüssel; bekannte Schlüssel hier: %1.</translation>
    </message>
    <message>
        <source>must be a text value in quotes.</source>
        <translation>muss ein Textwert in Anführungszeichen sein.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>muss true oder false sein.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>API profile: &quot;paths.readTicket&quot; must contain the placeholder {ticketId}; got &quot;%1&quot;.</source>
        <translation>API-Profil: &quot;paths.readTicket&quot; muss den Platzhalter {ticketId} enthalten; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>API profile: &quot;auth.header&quot; must be an HTTP header name such as X-Api-Key or Authorization (letters, digits, &apos;-&apos;); got &quot;%1&quot;.</source>
        <translation>API-Profil: &quot;auth.header&quot; muss ein HTTP-Header-Name wie X-Api-Key oder Authorization sein (Buchstaben, Ziffern, &apos;-&apos;); erhalten: „%1“.</translation>
    </message>
    <message>
        <source>API profile: &quot;auth.scheme&quot; must be empty or one word such as Bearer; got &quot;%1&quot;.</source>
        <translation>API-Profil: &quot;auth.scheme&quot; muss leer sein oder ein einzelnes Wort wie Bearer; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>API profile is not valid JSON: %1.</source>
        <translation>Das API-Profil ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>API profile must be a JSON object with the sections paths, auth, limits, timeouts, retry and transport.</source>
        <translation>Das API-Profil muss ein JSON-Objekt mit den Abschnitten paths, auth, limits, timeouts, retry und transport sein.</translation>
    </message>
    <message>
        <source>is not a known section; known sections: %1.</source>
        <translation>ist kein bekannter Abschnitt; bekannte Abschnitte: %1.</translation>
    </message>
    <message>
        <source>Cannot read the API profile: %1.</source>
        <translation>Das API-Profil kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Cannot write the API profile: %1.</source>
        <translation>Das API-Profil kann nicht geschrieben werden: %1.</translation>
    </message>
</context>
<context>
    <name>tixsync::tixngo::BatchJob</name>
    <message>
        <source>Internal error: %1 ticket ids for %2 ticket payloads.</source>
        <translation>Interner Fehler: %1 Ticket-IDs für %2 Ticket-Payloads.</translation>
    </message>
    <message>
        <source>A ticket without a ticket id cannot be sent to TIXNGO.</source>
        <translation>Ein Ticket ohne Ticket-ID kann nicht an TIXNGO gesendet werden.</translation>
    </message>
    <message>
        <source>Ticket id %1 appears twice in one call to TIXNGO; results are matched by ticket id, so each ticket may appear once.</source>
        <translation>Die Ticket-ID %1 kommt in einem Aufruf an TIXNGO zweimal vor; Ergebnisse werden über die Ticket-ID zugeordnet, daher darf jedes Ticket nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>TIXNGO sent a result for a ticket id this call did not send.</source>
        <translation>TIXNGO hat ein Ergebnis für eine Ticket-ID gesendet, die dieser Aufruf nicht gesendet hat.</translation>
    </message>
    <message>
        <source>TIXNGO sent two results for this ticket; its state is unknown.</source>
        <translation>TIXNGO hat zwei Ergebnisse für dieses Ticket gesendet; sein Zustand ist unbekannt.</translation>
    </message>
    <message>
        <source>TIXNGO&apos;s result for this ticket has neither a status nor an error.</source>
        <translation>Das Ergebnis von TIXNGO für dieses Ticket enthält weder einen Status noch einen Fehler.</translation>
    </message>
    <message>
        <source>TIXNGO sent no result for this ticket; its state is unknown.</source>
        <translation>TIXNGO hat kein Ergebnis für dieses Ticket gesendet; sein Zustand ist unbekannt.</translation>
    </message>
</context>
<context>
    <name>tixsync::tixngo::Client</name>
    <message>
        <source>Enter a ticket id to read from TIXNGO.</source>
        <translation>Geben Sie eine Ticket-ID ein, die aus TIXNGO gelesen werden soll.</translation>
    </message>
    <message>
        <source>The status log report needs a start and an end date (from, to).</source>
        <translation>Der Statusprotokoll-Bericht benötigt ein Start- und ein Enddatum (from, to).</translation>
    </message>
</context>
<context>
    <name>tixsync::tixngo::Connection</name>
    <message>
        <source>The TIXNGO interface URL &quot;%1&quot; is not a valid web address; enter it like https://tixngo.example/api/v3/organizer/tickets.</source>
        <translation>Die TIXNGO-Schnittstellen-URL „%1“ ist keine gültige Webadresse; geben Sie sie z. B. als https://tixngo.example/api/v3/organizer/tickets ein.</translation>
    </message>
    <message>
        <source>The TIXNGO interface URL must start with https:// (got &quot;%1&quot;).</source>
        <translation>Die TIXNGO-Schnittstellen-URL muss mit https:// beginnen (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>The TIXNGO interface URL must not contain a user name, password, &apos;?&apos; query or &apos;#&apos; part; remove them (the API key is entered separately).</source>
        <translation>Die TIXNGO-Schnittstellen-URL darf keinen Benutzernamen, kein Passwort, keine &apos;?&apos;-Abfrage und keinen &apos;#&apos;-Teil enthalten; entfernen Sie diese (der API-Schlüssel wird separat eingegeben).</translation>
    </message>
    <message>
        <source>The TIXNGO interface URL must end with &quot;organizer/tickets&quot;, e.g. https://tixngo.example/api/v3/organizer/tickets (got &quot;%1&quot;).</source>
        <translation>Die TIXNGO-Schnittstellen-URL muss mit &quot;organizer/tickets&quot; enden, z. B. https://tixngo.example/api/v3/organizer/tickets (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>The TIXNGO interface URL must use https://; plain http:// is accepted only for this computer (localhost, 127.0.0.1, ::1) because the API key would travel unencrypted.</source>
        <translation>Die TIXNGO-Schnittstellen-URL muss https:// verwenden; unverschlüsseltes http:// wird nur für diesen Computer akzeptiert (localhost, 127.0.0.1, ::1), weil der API-Schlüssel sonst unverschlüsselt übertragen würde.</translation>
    </message>
</context>
<context>
    <name>tixsync::tixngo::EnvCredentialProvider</name>
    <message>
        <source>No TIXNGO API key: set the environment variable %1 to the API key of the organizer ADMIN account.</source>
        <translation>Kein TIXNGO-API-Schlüssel: Setzen Sie die Umgebungsvariable %1 auf den API-Schlüssel des Veranstalter-ADMIN-Kontos.</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
</context>
<context>
    <name>tixsync::tixngo::Job</name>
    <message>
        <source>TIXNGO authentication refused (HTTP %1): check the API key of the organizer ADMIN account (%2).</source>
        <translation>TIXNGO-Authentifizierung abgelehnt (HTTP %1): Prüfen Sie den API-Schlüssel des Veranstalter-ADMIN-Kontos (%2).</translation>
    </message>
    <message>
        <source>TIXNGO endpoint not found — check the URL (HTTP 404 for %1).</source>
        <translation>TIXNGO-Endpunkt nicht gefunden – prüfen Sie die URL (HTTP 404 für %1).</translation>
    </message>
    <message>
        <source>TIXNGO refused the request to %1 (HTTP %2): %3</source>
        <translation>TIXNGO hat die Anfrage an %1 abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <source>TIXNGO server error (HTTP %1) at %2 after %3 attempts: %4</source>
        <translation>TIXNGO-Serverfehler (HTTP %1) bei %2 nach %3 Versuchen: %4</translation>
    </message>
    <message>
        <source>TIXNGO kept answering HTTP 429 (too many requests) at %1 after %2 attempts; try again later or lower the number of calls in flight.</source>
        <translation>TIXNGO hat bei %1 nach %2 Versuchen weiterhin mit HTTP 429 (zu viele Anfragen) geantwortet; versuchen Sie es später erneut oder verringern Sie die Anzahl gleichzeitiger Aufrufe.</translation>
    </message>
    <message>
        <source>Secure connection to %1 failed after %2 attempts: %3. TLS errors are never ignored: correct the URL or install the server&apos;s certificate authority on this computer.</source>
        <translation>Die sichere Verbindung zu %1 ist nach %2 Versuchen fehlgeschlagen: %3. TLS-Fehler werden nie ignoriert: Korrigieren Sie die URL oder installieren Sie die Zertifizierungsstelle des Servers auf diesem Computer.</translation>
    </message>
    <message>
        <source>Cannot reach TIXNGO at %1 after %2 attempts: %3</source>
        <translation>TIXNGO ist unter %1 nach %2 Versuchen nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>TIXNGO answered %1 with a body that is not the documented JSON: %2 at byte %3.</source>
        <translation>TIXNGO hat auf %1 mit einem Inhalt geantwortet, der nicht das dokumentierte JSON ist: %2 bei Byte %3.</translation>
    </message>
    <message>
        <source>TIXNGO answered %1 with a body that is not the documented JSON: %2.</source>
        <translation>TIXNGO hat auf %1 mit einem Inhalt geantwortet, der nicht das dokumentierte JSON ist: %2.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the request is too large even for a single ticket</source>
        <translation>die Anfrage ist selbst für ein einzelnes Ticket zu groß</translation>
    </message>
    <message>
        <source>TIXNGO asks to wait %1 s before the next call (HTTP 429), longer than the %2 s allowed; try again later.</source>
        <translation>TIXNGO verlangt, vor dem nächsten Aufruf %1 s zu warten (HTTP 429), länger als die zulässigen %2 s; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>redirected to %1; enter that address as the interface URL</source>
        <translation>umgeleitet auf %1; geben Sie diese Adresse als Schnittstellen-URL ein</translation>
    </message>
    <message>
        <source>The TIXNGO call was cancelled.</source>
        <translation>Der TIXNGO-Aufruf wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>tixsync::tixngo::StaticCredentialProvider</name>
    <message>
        <source>No TIXNGO API key was entered: enter the API key of the organizer ADMIN account.</source>
        <translation>Es wurde kein TIXNGO-API-Schlüssel eingegeben: Geben Sie den API-Schlüssel des Veranstalter-ADMIN-Kontos ein.</translation>
    </message>
    <message>
        <source>key entered in this session</source>
        <translation>in dieser Sitzung eingegebener Schlüssel</translation>
    </message>
</context>
<context>
    <name>tixsync::tpl::DatePattern</name>
    <message>
        <source>The quote opened here is not closed: add a closing &apos; or write &apos;&apos; for a literal quote.</source>
        <translation>Das hier geöffnete Anführungszeichen wird nicht geschlossen: Fügen Sie ein schließendes &apos; hinzu oder schreiben Sie &apos;&apos; für ein literales Anführungszeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a supported date pattern letter: put literal text in single quotes, e.g. &apos;at&apos;.</source>
        <translation>&apos;%1&apos; ist kein unterstützter Buchstabe für Datumsmuster: Setzen Sie literalen Text in einfache Anführungszeichen, z. B. &apos;um&apos;.</translation>
    </message>
</context>
<context>
    <name>tixsync::tpl::Expression</name>
    <message>
        <source>&quot;${&quot; is not closed: add &quot;}&quot; after the variable name, or write &quot;$${&quot; for a literal &quot;${&quot;.</source>
        <translation>&quot;${&quot; ist nicht geschlossen: Fügen Sie nach dem Variablennamen &quot;}&quot; hinzu oder schreiben Sie &quot;$${&quot; für ein literales &quot;${&quot;.</translation>
    </message>
    <message>
        <source>A variable name is expected after &quot;${&quot;: write e.g. ${Product_externalName}, or &quot;$${&quot; for a literal &quot;${&quot;.</source>
        <translation>Nach &quot;${&quot; wird ein Variablenname erwartet: Schreiben Sie z. B. ${Product_externalName} oder &quot;$${&quot; für ein literales &quot;${&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot appear in a variable name: close it with &quot;}&quot; or add modifiers after &quot;;&quot;.</source>
        <translation>„%1“ darf nicht in einem Variablennamen vorkommen: Schließen Sie ihn mit &quot;}&quot; oder fügen Sie nach &quot;;&quot; Modifikatoren hinzu.</translation>
    </message>
    <message>
        <source>Unknown variable &quot;%1&quot;: pick one from the variable catalogue (names are case-sensitive).</source>
        <translation>Unbekannte Variable „%1“: Wählen Sie eine aus dem Variablenkatalog (bei Namen wird zwischen Groß- und Kleinschreibung unterschieden).</translation>
    </message>
    <message>
        <source>&quot;${&quot; is not closed: add &quot;}&quot; at the end of the modifiers.</source>
        <translation>&quot;${&quot; ist nicht geschlossen: Fügen Sie am Ende der Modifikatoren &quot;}&quot; hinzu.</translation>
    </message>
    <message>
        <source>&quot;${&quot; is not closed: add &quot;}&quot; after the value of %1=.</source>
        <translation>&quot;${&quot; ist nicht geschlossen: Fügen Sie nach dem Wert von %1= ein &quot;}&quot; hinzu.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; in a modifier: write modifiers as ;format=…, ;language=…, ;min=N, ;max=N, ;upperCase or ;lowerCase.</source>
        <translation>Unerwartetes „%1“ in einem Modifikator: Schreiben Sie Modifikatoren als ;format=…, ;language=…, ;min=N, ;max=N, ;upperCase oder ;lowerCase.</translation>
    </message>
    <message>
        <source>format= needs a date pattern, e.g. format=dd/MM/yyyy.</source>
        <translation>format= benötigt ein Datumsmuster, z. B. format=dd/MM/yyyy.</translation>
    </message>
    <message>
        <source>format= applies to date variables only; %1 is a %2 variable: remove the modifier.</source>
        <translation>format= gilt nur für Datumsvariablen; %1 ist eine Variable vom Typ %2: Entfernen Sie den Modifikator.</translation>
    </message>
    <message>
        <source>language= needs a language code (en, fr, de…) or a variable such as ${Institution_language}.</source>
        <translation>language= benötigt einen Sprachcode (en, fr, de…) oder eine Variable wie ${Institution_language}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code: write e.g. en, fr or de.</source>
        <translation>„%1“ ist kein Sprachcode: Schreiben Sie z. B. en, fr oder de.</translation>
    </message>
    <message>
        <source>%1= needs a whole number of 0 or more, e.g. %1=4.</source>
        <translation>%1= benötigt eine ganze Zahl von 0 oder mehr, z. B. %1=4.</translation>
    </message>
    <message>
        <source>min=%1 is greater than max=%2: min is the first character kept (from 0), max the position after the last one.</source>
        <translation>min=%1 ist größer als max=%2: min ist das erste beibehaltene Zeichen (ab 0), max die Position nach dem letzten.</translation>
    </message>
    <message>
        <source>%1 takes no value: remove &quot;=…&quot;.</source>
        <translation>%1 nimmt keinen Wert an: Entfernen Sie &quot;=…&quot;.</translation>
    </message>
    <message>
        <source>Unknown modifier &quot;%1&quot;: use format=, language=, min=, max=, upperCase or lowerCase.</source>
        <translation>Unbekannter Modifikator „%1“: Verwenden Sie format=, language=, min=, max=, upperCase oder lowerCase.</translation>
    </message>
    <message>
        <source>Something to compare is missing: write e.g. ${Seat_gate} == &quot;A&quot;.</source>
        <translation>Es fehlt etwas zum Vergleichen: Schreiben Sie z. B. ${Seat_gate} == &quot;A&quot;.</translation>
    </message>
</context>
<context>
    <name>tixsync::tpl::PayloadBuilder</name>
    <message>
        <source>%1 is required by TIXNGO but has no value: fill it in S-360 or set it in the template.</source>
        <translation>%1 wird von TIXNGO verlangt, hat aber keinen Wert: Füllen Sie es in S-360 aus oder setzen Sie es in der Vorlage.</translation>
    </message>
    <message>
        <source>Ticket %1 breaks TIXNGO rules: %2</source>
        <translation>Ticket %1 verstößt gegen TIXNGO-Regeln: %2</translation>
    </message>
    <message>
        <source>%1 is a single value in the TIXNGO payload, so nothing can go under it: change the path.</source>
        <translation>%1 ist in der TIXNGO-Payload ein Einzelwert, darunter kann also nichts stehen: Ändern Sie den Pfad.</translation>
    </message>
    <message>
        <source>The template has errors; first: %1</source>
        <translation>Die Vorlage enthält Fehler; der erste: %1</translation>
    </message>
    <message>
        <source>Row %1 gives &quot;%2&quot; for %3, which is not a number.</source>
        <translation>Zeile %1 liefert „%2“ für %3, was keine Zahl ist.</translation>
    </message>
    <message>
        <source>Row %1 gives &quot;%2&quot; for %3, which is not true or false.</source>
        <translation>Zeile %1 liefert „%2“ für %3, was weder true noch false ist.</translation>
    </message>
    <message>
        <source>Row %1 gives invalid JSON for %2: %3.</source>
        <translation>Zeile %1 liefert ungültiges JSON für %2: %3.</translation>
    </message>
    <message>
        <source>%1 has %2 characters; TIXNGO accepts at most %3.</source>
        <translation>%1 hat %2 Zeichen; TIXNGO akzeptiert höchstens %3.</translation>
    </message>
    <message>
        <source>ticketId &quot;%1&quot; may only hold letters, digits, space and *.-_+/().</source>
        <translation>ticketId „%1“ darf nur Buchstaben, Ziffern, Leerzeichen und *.-_+/() enthalten.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an RFC 3339 date such as 2027-03-14T20:30:00+01:00.</source>
        <translation>%1 „%2“ ist kein RFC-3339-Datum wie 2027-03-14T20:30:00+01:00.</translation>
    </message>
    <message>
        <source>gender &quot;%1&quot; must be M, F, U or X.</source>
        <translation>gender „%1“ muss M, F, U oder X sein.</translation>
    </message>
    <message>
        <source>activation method &quot;%1&quot; must be online or offline.</source>
        <translation>Aktivierungsmethode „%1“ muss online oder offline sein.</translation>
    </message>
    <message>
        <source>%1 must be a number: set the row type to number.</source>
        <translation>%1 muss eine Zahl sein: Setzen Sie den Zeilentyp auf number.</translation>
    </message>
    <message>
        <source>%1 must be true or false: set the row type to boolean.</source>
        <translation>%1 muss true oder false sein: Setzen Sie den Zeilentyp auf boolean.</translation>
    </message>
    <message>
        <source>%1 has the wrong type: set the row type to text.</source>
        <translation>%1 hat den falschen Typ: Setzen Sie den Zeilentyp auf text.</translation>
    </message>
    <message>
        <source>TIXRGrp &quot;%1&quot; is longer than the 50 characters TIXNGO accepts for a group id.</source>
        <translation>TIXRGrp „%1“ ist länger als die 50 Zeichen, die TIXNGO für eine Gruppen-ID akzeptiert.</translation>
    </message>
    <message>
        <source>%1 is start_of_season but no season start date is set: set the season dates.</source>
        <translation>%1 ist start_of_season, aber es ist kein Saisonbeginn gesetzt: Legen Sie die Saisondaten fest.</translation>
    </message>
    <message>
        <source>%1 is end_of_season but no season end date is set: set the season dates.</source>
        <translation>%1 ist end_of_season, aber es ist kein Saisonende gesetzt: Legen Sie die Saisondaten fest.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not understood: write start_of_season, end_of_season, an offset from the performance start such as +1d, -1w, 2w or +3h, or a date dd/mm/yy hh:mm (22/10/23 21:15).</source>
        <translation>%1 „%2“ wird nicht verstanden: Schreiben Sie start_of_season, end_of_season, einen Versatz zum Vorstellungsbeginn wie +1d, -1w, 2w oder +3h, oder ein Datum dd/mm/yy hh:mm (22/10/23 21:15).</translation>
    </message>
</context>
<context>
    <name>tixsync::tpl::Template</name>
    <message>
        <source>The path is empty: write a TIXNGO field such as event.name or ticketDetails.main.1.value.</source>
        <translation>Der Pfad ist leer: Schreiben Sie ein TIXNGO-Feld wie event.name oder ticketDetails.main.1.value.</translation>
    </message>
    <message>
        <source>Empty name in the path: remove the extra dot (write e.g. event.address.city).</source>
        <translation>Leerer Name im Pfad: Entfernen Sie den überzähligen Punkt (schreiben Sie z. B. event.address.city).</translation>
    </message>
    <message>
        <source>A path cannot start with a list index: start with a field name such as ticketDetails.</source>
        <translation>Ein Pfad kann nicht mit einem Listenindex beginnen: Beginnen Sie mit einem Feldnamen wie ticketDetails.</translation>
    </message>
    <message>
        <source>The list index %1 is too large: use small numbers such as 0, 1, 2.</source>
        <translation>Der Listenindex %1 ist zu groß: Verwenden Sie kleine Zahlen wie 0, 1, 2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot appear in a path: use field names of letters and digits separated by dots, list indexes as numbers (ticketDetails.main.1.key).</source>
        <translation>„%1“ darf nicht in einem Pfad vorkommen: Verwenden Sie Feldnamen aus Buchstaben und Ziffern, getrennt durch Punkte, und Listenindizes als Zahlen (ticketDetails.main.1.key).</translation>
    </message>
    <message>
        <source>event.startTime cannot be set by the template: remove this row and set the comfort variable TIXStart on the product instead.</source>
        <translation>event.startTime kann nicht von der Vorlage gesetzt werden: Entfernen Sie diese Zeile und setzen Sie stattdessen die Komfortvariable TIXStart am Produkt.</translation>
    </message>
    <message>
        <source>event.expirationDate cannot be set by the template: remove this row and set the comfort variable TIXExp on the product instead.</source>
        <translation>event.expirationDate kann nicht von der Vorlage gesetzt werden: Entfernen Sie diese Zeile und setzen Sie stattdessen die Komfortvariable TIXExp am Produkt.</translation>
    </message>
    <message>
        <source>%1 is the S-360 performance id and cannot be set by the template: remove this row.</source>
        <translation>%1 ist die S-360-Vorstellungs-ID und kann nicht von der Vorlage gesetzt werden: Entfernen Sie diese Zeile.</translation>
    </message>
    <message>
        <source>%1 is not a documented TIXNGO field: check the spelling (it is sent as written).</source>
        <translation>%1 ist kein dokumentiertes TIXNGO-Feld: Prüfen Sie die Schreibweise (es wird so gesendet, wie es geschrieben ist).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number: write digits such as 45.50, or change the type to text.</source>
        <translation>„%1“ ist keine Zahl: Schreiben Sie Ziffern wie 45.50 oder ändern Sie den Typ auf text.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a boolean: write true or false, or change the type to text.</source>
        <translation>„%1“ ist kein boolescher Wert: Schreiben Sie true oder false oder ändern Sie den Typ auf text.</translation>
    </message>
    <message>
        <source>The value is not valid JSON (%1): fix it or change the type to text.</source>
        <translation>Der Wert ist kein gültiges JSON (%1): Korrigieren Sie ihn oder ändern Sie den Typ auf text.</translation>
    </message>
    <message>
        <source>%1 is set as a value in row %2, so nothing can go under it: remove one of the two rows.</source>
        <translation>%1 ist in Zeile %2 als Wert gesetzt, darunter kann also nichts stehen: Entfernen Sie eine der beiden Zeilen.</translation>
    </message>
    <message>
        <source>%1 holds named fields in row %2, so it cannot be a list here: use names, not numbers.</source>
        <translation>%1 enthält in Zeile %2 benannte Felder und kann hier daher keine Liste sein: Verwenden Sie Namen, keine Zahlen.</translation>
    </message>
    <message>
        <source>%1 is a list in row %2, so it needs a number here (e.g. %1.1.key).</source>
        <translation>%1 ist in Zeile %2 eine Liste und braucht hier daher eine Zahl (z. B. %1.1.key).</translation>
    </message>
    <message>
        <source>%1 already has fields under it (row %2), so it cannot also be a value: remove this row or those fields.</source>
        <translation>%1 hat bereits Felder darunter (Zeile %2) und kann daher nicht auch ein Wert sein: Entfernen Sie diese Zeile oder jene Felder.</translation>
    </message>
    <message>
        <source>%1 is already set in row %2 without a condition, so this row never applies: remove one of the rows, or give row %2 a condition.</source>
        <translation>%1 ist bereits in Zeile %2 ohne Bedingung gesetzt, daher greift diese Zeile nie: Entfernen Sie eine der Zeilen oder geben Sie Zeile %2 eine Bedingung.</translation>
    </message>
    <message>
        <source>%1 has no index %2 before %3: the list is compacted, so this entry is sent at position %4. Renumber the rows to silence this warning.</source>
        <translation>%1 hat vor %3 keinen Index %2: Die Liste wird verdichtet, daher wird dieser Eintrag an Position %4 gesendet. Nummerieren Sie die Zeilen neu, um diese Warnung zu beseitigen.</translation>
    </message>
    <message>
        <source>The template file is not a JSON object (%1 at character %2): it must look like {&quot;name&quot;: &quot;…&quot;, &quot;fields&quot;: [{&quot;path&quot;: …, &quot;value&quot;: …}]}.</source>
        <translation>Die Vorlagendatei ist kein JSON-Objekt (%1 bei Zeichen %2): Sie muss so aussehen: {&quot;name&quot;: &quot;…&quot;, &quot;fields&quot;: [{&quot;path&quot;: …, &quot;value&quot;: …}]}.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>The template file has no &quot;fields&quot; list: add &quot;fields&quot;: [ … ].</source>
        <translation>Die Vorlagendatei hat keine Liste &quot;fields&quot;: Fügen Sie &quot;fields&quot;: [ … ] hinzu.</translation>
    </message>
    <message>
        <source>Field %1 is not an object: write {&quot;path&quot;: …, &quot;value&quot;: …}.</source>
        <translation>Feld %1 ist kein Objekt: Schreiben Sie {&quot;path&quot;: …, &quot;value&quot;: …}.</translation>
    </message>
    <message>
        <source>The value of field %1 must be a string.</source>
        <translation>Der Wert von Feld %1 muss ein String sein.</translation>
    </message>
    <message>
        <source>Field %1 has the unknown type &quot;%2&quot;: use text, number, boolean or json.</source>
        <translation>Feld %1 hat den unbekannten Typ „%2“: Verwenden Sie text, number, boolean oder json.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
</context>
<context>
    <name>tixsync::tpl::TemplateStore</name>
    <message>
        <source>The template has no name: give it one before saving.</source>
        <translation>Die Vorlage hat keinen Namen: Geben Sie ihr vor dem Speichern einen.</translation>
    </message>
    <message>
        <source>The template could not be created.</source>
        <translation>Die Vorlage konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; has no version %2.</source>
        <translation>Vorlage „%1“ hat keine Version %2.</translation>
    </message>
    <message>
        <source>There is no template named &quot;%1&quot;.</source>
        <translation>Es gibt keine Vorlage namens „%1“.</translation>
    </message>
</context>
<context>
    <name>tixsync::tpl::VariableCatalog</name>
    <message>
        <source>Product name shown to customers</source>
        <translation>Produktname, wie er Kunden angezeigt wird</translation>
    </message>
    <message>
        <source>Host team of the match</source>
        <translation>Heimmannschaft des Spiels</translation>
    </message>
    <message>
        <source>Opposing (visiting) team</source>
        <translation>Gegnerische Mannschaft (Gäste)</translation>
    </message>
    <message>
        <source>Start of the performance (use format= to shape it)</source>
        <translation>Beginn der Vorstellung (mit format= formatieren)</translation>
    </message>
    <message>
        <source>Venue (site) name</source>
        <translation>Name des Veranstaltungsorts</translation>
    </message>
    <message>
        <source>City of the venue</source>
        <translation>Stadt des Veranstaltungsorts</translation>
    </message>
    <message>
        <source>Venue address, line 1</source>
        <translation>Adresse des Veranstaltungsorts, Zeile 1</translation>
    </message>
    <message>
        <source>Venue address, line 2</source>
        <translation>Adresse des Veranstaltungsorts, Zeile 2</translation>
    </message>
    <message>
        <source>Venue address, line 3</source>
        <translation>Adresse des Veranstaltungsorts, Zeile 3</translation>
    </message>
    <message>
        <source>Title of the cultural contact (buyer)</source>
        <translation>Anrede des Kulturkontakts (Käufer)</translation>
    </message>
    <message>
        <source>First name of the cultural contact</source>
        <translation>Vorname des Kulturkontakts</translation>
    </message>
    <message>
        <source>Last name of the cultural contact</source>
        <translation>Nachname des Kulturkontakts</translation>
    </message>
    <message>
        <source>Ticket price, two decimals (45.00)</source>
        <translation>Ticketpreis, zwei Dezimalstellen (45.00)</translation>
    </message>
    <message>
        <source>Currency code of the price</source>
        <translation>Währungscode des Preises</translation>
    </message>
    <message>
        <source>Language of the institution (first language of the run options)</source>
        <translation>Sprache der Institution (erste Sprache der Laufoptionen)</translation>
    </message>
    <message>
        <source>Voucher code (not stored with tickets: empty unless a variable set gives it)</source>
        <translation>Gutscheincode (wird nicht mit den Tickets gespeichert: leer, sofern kein Variablensatz ihn liefert)</translation>
    </message>
    <message>
        <source>S-360 ticket id (TIXNGO ticketId)</source>
        <translation>S-360-Ticket-ID (TIXNGO ticketId)</translation>
    </message>
    <message>
        <source>Ticket (tax) number</source>
        <translation>Ticketnummer (Steuernummer)</translation>
    </message>
    <message>
        <source>Order (file) number</source>
        <translation>Bestellnummer (Dossier)</translation>
    </message>
    <message>
        <source>Barcode, without prefix or postfix</source>
        <translation>Barcode, ohne Präfix oder Suffix</translation>
    </message>
    <message>
        <source>TICKET, MEMBERSHIP or SEASON_CARD</source>
        <translation>TICKET, MEMBERSHIP oder SEASON_CARD</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Produktcode</translation>
    </message>
    <message>
        <source>Product family</source>
        <translation>Produktfamilie</translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation>Verkaufskanal</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Seat category</source>
        <translation>Sitzplatzkategorie</translation>
    </message>
    <message>
        <source>Shipment mode</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <source>When S-360 issued the ticket</source>
        <translation>Zeitpunkt, zu dem S-360 das Ticket ausgestellt hat</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Area / level</source>
        <translation>Bereich / Ebene</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>Seat number</source>
        <translation>Platznummer</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>E-mail of the cultural contact</source>
        <translation>E-Mail des Kulturkontakts</translation>
    </message>
    <message>
        <source>Title of the ticket holder</source>
        <translation>Anrede des Ticketinhabers</translation>
    </message>
    <message>
        <source>First name of the ticket holder</source>
        <translation>Vorname des Ticketinhabers</translation>
    </message>
    <message>
        <source>Last name of the ticket holder</source>
        <translation>Nachname des Ticketinhabers</translation>
    </message>
    <message>
        <source>E-mail of the ticket holder</source>
        <translation>E-Mail des Ticketinhabers</translation>
    </message>
    <message>
        <source>Gender of the holder: M, F, U or X</source>
        <translation>Geschlecht des Inhabers: M, F, U oder X</translation>
    </message>
    <message>
        <source>Birth date of the holder (yyyy-MM-dd)</source>
        <translation>Geburtsdatum des Inhabers (yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>Identity document number of the holder</source>
        <translation>Ausweisnummer des Inhabers</translation>
    </message>
    <message>
        <source>Country code of the holder</source>
        <translation>Ländercode des Inhabers</translation>
    </message>
    <message>
        <source>S-360 performance id (TIXNGO event id)</source>
        <translation>S-360-Vorstellungs-ID (TIXNGO-Veranstaltungs-ID)</translation>
    </message>
    <message>
        <source>Performance (event) name</source>
        <translation>Name der Vorstellung (Veranstaltung)</translation>
    </message>
    <message>
        <source>MATCH, CONCERT, SERVICE…</source>
        <translation>MATCH, CONCERT, SERVICE…</translation>
    </message>
    <message>
        <source>Competition or tour</source>
        <translation>Wettbewerb oder Tournee</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Saison</translation>
    </message>
    <message>
        <source>End of the performance, if known</source>
        <translation>Ende der Vorstellung, falls bekannt</translation>
    </message>
    <message>
        <source>Duration in minutes (0 = unknown)</source>
        <translation>Dauer in Minuten (0 = unbekannt)</translation>
    </message>
    <message>
        <source>Event web site</source>
        <translation>Website der Veranstaltung</translation>
    </message>
    <message>
        <source>IANA time zone of the venue</source>
        <translation>IANA-Zeitzone des Veranstaltungsorts</translation>
    </message>
    <message>
        <source>Country code of the venue</source>
        <translation>Ländercode des Veranstaltungsorts</translation>
    </message>
    <message>
        <source>Region of the venue</source>
        <translation>Region des Veranstaltungsorts</translation>
    </message>
    <message>
        <source>Postal code of the venue</source>
        <translation>Postleitzahl des Veranstaltungsorts</translation>
    </message>
    <message>
        <source>The variable set is not a JSON object (%1 at character %2): write {&quot;Variable_name&quot;: &quot;value&quot;, …}.</source>
        <translation>Der Variablensatz ist kein JSON-Objekt (%1 bei Zeichen %2): Schreiben Sie {&quot;Variable_name&quot;: &quot;value&quot;, …}.</translation>
    </message>
    <message>
        <source>Unknown variable &quot;%1&quot; in the variable set: remove it or correct its name.</source>
        <translation>Unbekannte Variable „%1“ im Variablensatz: Entfernen Sie sie oder korrigieren Sie ihren Namen.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be a string or a number.</source>
        <translation>Der Wert von „%1“ muss ein String oder eine Zahl sein.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is not an RFC 3339 date: write e.g. 2027-03-14T20:30:00+01:00.</source>
        <translation>Der Wert von „%1“ ist kein RFC-3339-Datum: Schreiben Sie z. B. 2027-03-14T20:30:00+01:00.</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
</context>
</TS>
