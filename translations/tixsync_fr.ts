<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditLogView</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ction :</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Search parameters and details</source>
        <translation>Rechercher dans les paramètres et les détails</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>The newest %1 lines are shown; narrow the filters or export to CSV to see all.</source>
        <translation>Les %1 lignes les plus récentes sont affichées ; affinez les filtres ou exportez en CSV pour tout voir.</translation>
    </message>
    <message>
        <source>1 line.</source>
        <translation>1 ligne.</translation>
    </message>
    <message>
        <source>%1 lines, newest first.</source>
        <translation>%1 lignes, les plus récentes en premier.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>BulkUpsert</name>
    <message>
        <source>Database error while preparing the bulk write: %1</source>
        <translation>Erreur de base de données lors de la préparation de l&apos;écriture groupée : %1</translation>
    </message>
    <message>
        <source>preparing the bulk write</source>
        <translation>préparation de l&apos;écriture groupée</translation>
    </message>
    <message>
        <source>Database error while writing: %1</source>
        <translation>Erreur de base de données lors de l&apos;écriture : %1</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>écriture</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 — is a quote unterminated? Close the quote, or shorten the line.</source>
        <translation>La ligne %1 dépasse %2 — un guillemet n&apos;est-il pas fermé ? Fermez le guillemet ou raccourcissez la ligne.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>Line %1, column %2 is not valid UTF-8. Save the file as UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;) or fix the character there.</source>
        <translation>Ligne %1, colonne %2 : ce n&apos;est pas de l&apos;UTF-8 valide. Enregistrez le fichier en UTF-8 (dans un tableur : « CSV UTF-8 ») ou corrigez le caractère à cet endroit.</translation>
    </message>
    <message>
        <source>The quote opened at line %1, column %2 is never closed. Add the closing quote (&quot;) at the end of that field, and double any quote inside it (&quot;&quot;).</source>
        <translation>Le guillemet ouvert ligne %1, colonne %2 n&apos;est jamais fermé. Ajoutez le guillemet fermant (&quot;) à la fin de ce champ et doublez tout guillemet qu&apos;il contient (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1, column %2: text follows the closing quote of a field. Put the whole field in quotes and double the quotes inside it (&quot;&quot;).</source>
        <translation>Ligne %1, colonne %2 : du texte suit le guillemet fermant d&apos;un champ. Mettez tout le champ entre guillemets et doublez les guillemets qu&apos;il contient (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quote inside a field that does not start with a quote. Put the whole field in quotes and double the quote (&quot;&quot;).</source>
        <translation>Ligne %1, colonne %2 : guillemet dans un champ qui ne commence pas par un guillemet. Mettez tout le champ entre guillemets et doublez le guillemet (&quot;&quot;).</translation>
    </message>
</context>
<context>
    <name>CustomParameters</name>
    <message>
        <source>Line %1 is not a &quot;key=value&quot; line: &quot;%2&quot;. Write it as key=value, or start it with # to make it a comment.</source>
        <translation>La ligne %1 n&apos;est pas une ligne &quot;key=value&quot; : « %2 ». Écrivez-la sous la forme key=value, ou commencez-la par # pour en faire un commentaire.</translation>
    </message>
    <message>
        <source>Line %1: %2 must be true or false, not &quot;%3&quot;.</source>
        <translation>Ligne %1 : %2 doit valoir true ou false, pas « %3 ».</translation>
    </message>
    <message>
        <source>Line %1: %2 must be a whole number of at least %3, not &quot;%4&quot;.</source>
        <translation>Ligne %1 : %2 doit être un nombre entier d&apos;au moins %3, pas « %4 ».</translation>
    </message>
    <message>
        <source>Line %1: killRatio must be a ratio between 0 and 1 (or a percentage like 50%), not &quot;%2&quot;.</source>
        <translation>Ligne %1 : killRatio doit être un ratio entre 0 et 1 (ou un pourcentage comme 50%), pas « %2 ».</translation>
    </message>
    <message>
        <source>Line %1: TIXNGO_LIFECYCLE_MODE supports only &quot;lifecycle&quot;, not &quot;%2&quot;.</source>
        <translation>Ligne %1 : TIXNGO_LIFECYCLE_MODE n&apos;accepte que &quot;lifecycle&quot;, pas « %2 ».</translation>
    </message>
    <message>
        <source>Line %1: unknown custom parameter &quot;%2&quot; is ignored. Known keys: %3.</source>
        <translation>Ligne %1 : le paramètre personnalisé inconnu « %2 » est ignoré. Clés connues : %3.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demo data needs at least one event and zero or more tickets per event.</source>
        <translation>Les données de démonstration exigent au moins une manifestation et zéro billet ou plus par manifestation.</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled; nothing was changed.</source>
        <translation>La génération des données de démonstration a été annulée ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ProductionBanner</name>
    <message>
        <source>Production environment</source>
        <translation>Environnement de production</translation>
    </message>
    <message>
        <source>⚠ PRODUCTION — %1 — pushes, fixes and test injections reach real spectators&apos; tickets</source>
        <translation>⚠ PRODUCTION — %1 — les envois, corrections et injections de test atteignent les billets de vrais spectateurs</translation>
    </message>
</context>
<context>
    <name>ProductionConfirmation</name>
    <message>
        <source>Confirm on production</source>
        <translation>Confirmer en production</translation>
    </message>
    <message>
        <source>You are about to %1 1 ticket on the PRODUCTION environment &quot;%2&quot;.</source>
        <translation>Vous êtes sur le point de %1 1 billet sur l&apos;environnement de PRODUCTION « %2 ».</translation>
    </message>
    <message>
        <source>You are about to %1 %2 tickets on the PRODUCTION environment &quot;%3&quot;.</source>
        <translation>Vous êtes sur le point de %1 %2 billets sur l&apos;environnement de PRODUCTION « %3 ».</translation>
    </message>
    <message>
        <source>This changes real spectators&apos; tickets on %1 and cannot be undone from TixSync.</source>
        <translation>Cela modifie les billets de vrais spectateurs sur %1 et ne peut pas être annulé depuis TixSync.</translation>
    </message>
    <message>
        <source>Type the number of tickets (%1) to confirm:</source>
        <translation>Saisissez le nombre de billets (%1) pour confirmer :</translation>
    </message>
    <message>
        <source>Proceed on production</source>
        <translation>Continuer en production</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>The reconciliation was cancelled.</source>
        <translation>Le rapprochement a été annulé.</translation>
    </message>
    <message>
        <source>Cannot write the reconciliation report: %1. Check the disk space and the file&apos;s permissions.</source>
        <translation>Impossible d&apos;écrire le rapport de rapprochement : %1. Vérifiez l&apos;espace disque et les droits du fichier.</translation>
    </message>
    <message>
        <source>The TIXNGO ticket list is not valid JSON at character %1: %2.</source>
        <translation>La liste de billets TIXNGO n&apos;est pas du JSON valide au caractère %1 : %2.</translation>
    </message>
    <message>
        <source>The TIXNGO ticket list must be a JSON array or an object with a &quot;tickets&quot; array.</source>
        <translation>La liste de billets TIXNGO doit être un tableau JSON ou un objet contenant un tableau &quot;tickets&quot;.</translation>
    </message>
    <message>
        <source>Ticket %1 of the TIXNGO ticket list has no &quot;ticketId&quot;: add it.</source>
        <translation>Le billet %1 de la liste de billets TIXNGO n&apos;a pas de &quot;ticketId&quot; : ajoutez-le.</translation>
    </message>
    <message>
        <source>Ticket %1 (%2) of the TIXNGO ticket list has the unknown status &quot;%3&quot;: use a TIXNGO status such as DOWNLOADED or DELETED.</source>
        <translation>Le billet %1 (%2) de la liste de billets TIXNGO a le statut inconnu « %3 » : utilisez un statut TIXNGO tel que DOWNLOADED ou DELETED.</translation>
    </message>
    <message>
        <source>Ticket %1 (%2) of the TIXNGO ticket list has the date &quot;%3&quot;, which is not RFC 3339: write it like 2026-06-01T18:02:11Z.</source>
        <translation>Le billet %1 (%2) de la liste de billets TIXNGO a la date « %3 », qui n&apos;est pas au format RFC 3339 : écrivez-la comme 2026-06-01T18:02:11Z.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une heure inconnue</translation>
    </message>
    <message>
        <source>S-360 says %1 (since %2).</source>
        <translation>S-360 indique %1 (depuis %2).</translation>
    </message>
    <message>
        <source>S-360 has no ticket with this id.</source>
        <translation>S-360 n&apos;a aucun billet avec cet identifiant.</translation>
    </message>
    <message>
        <source>TIXNGO does not have it, as far as the last feedback knows.</source>
        <translation>TIXNGO ne l&apos;a pas, d&apos;après le dernier retour de statut.</translation>
    </message>
    <message>
        <source>TIXNGO says %1 (last update %2).</source>
        <translation>TIXNGO indique %1 (dernière mise à jour %2).</translation>
    </message>
    <message>
        <source>Expected: the ticket must not exist in TIXNGO, since S-360 has not printed it.</source>
        <translation>Attendu : le billet ne doit pas exister dans TIXNGO, car S-360 ne l&apos;a pas imprimé.</translation>
    </message>
    <message>
        <source>Expected: the ticket in TIXNGO (INJECTED or later), since S-360 printed it; the injection was lost.</source>
        <translation>Attendu : le billet dans TIXNGO (INJECTED ou plus loin), car S-360 l&apos;a imprimé ; l&apos;injection a été perdue.</translation>
    </message>
    <message>
        <source>Expected: a live ticket in TIXNGO. It was deleted in the TIXNGO back-office or resold without S-360 knowing.</source>
        <translation>Attendu : un billet actif dans TIXNGO. Il a été supprimé dans le back-office TIXNGO ou revendu à l&apos;insu de S-360.</translation>
    </message>
    <message>
        <source>Expected: DELETION_PENDING, then DELETED, since S-360 cancelled or invalidated it; spectators can still use it.</source>
        <translation>Attendu : DELETION_PENDING, puis DELETED, car S-360 l&apos;a annulé ou invalidé ; les spectateurs peuvent encore l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Expected: DELETED. The deletion has waited for the phones for more than %1 (phones offline?).</source>
        <translation>Attendu : DELETED. La suppression attend les téléphones depuis plus de %1 (téléphones hors ligne ?).</translation>
    </message>
    <message>
        <source>Expected: CONTROLLED in TIXNGO, since the ticket was scanned in S-360 (at %1).</source>
        <translation>Attendu : CONTROLLED dans TIXNGO, car le billet a été scanné dans S-360 (à %1).</translation>
    </message>
    <message>
        <source>Expected: not controlled. The ticket was scanned outside S-360.</source>
        <translation>Attendu : non contrôlé. Le billet a été scanné en dehors de S-360.</translation>
    </message>
    <message>
        <source>Expected: the TIXNGO owner is the S-360 cultural contact; they differ and no transfer is pending.</source>
        <translation>Attendu : le propriétaire TIXNGO est le contact culturel S-360 ; ils diffèrent et aucun transfert n&apos;est en attente.</translation>
    </message>
    <message>
        <source>Expected: no such ticket in TIXNGO, since S-360 does not know this ticket id.</source>
        <translation>Attendu : aucun billet de ce type dans TIXNGO, car S-360 ne connaît pas cet identifiant de billet.</translation>
    </message>
    <message>
        <source>Pending until %1: the push or the feedback may not have run yet; after that it is an error.</source>
        <translation>En attente jusqu&apos;à %1 : l&apos;envoi ou le retour de statut n&apos;a peut-être pas encore eu lieu ; ensuite, c&apos;est une erreur.</translation>
    </message>
    <message>
        <source>Fix: re-inject the ticket (injection with the force list id:%1).</source>
        <translation>Correction : réinjecter le billet (injection avec la liste forcée id:%1).</translation>
    </message>
    <message>
        <source>Fix: push the deletion to TIXNGO (push cancelled with the force list id:%1).</source>
        <translation>Correction : envoyer la suppression à TIXNGO (envoi des annulations avec la liste forcée id:%1).</translation>
    </message>
    <message>
        <source>Fix: push the control to TIXNGO (push controlled with the force list id:%1).</source>
        <translation>Correction : envoyer le contrôle à TIXNGO (envoi des contrôles avec la liste forcée id:%1).</translation>
    </message>
    <message>
        <source>Fix: refresh the ticket from TIXNGO, then reconcile again; if it still disagrees, put it on the skip list.</source>
        <translation>Correction : actualiser le billet depuis TIXNGO, puis refaire le rapprochement ; s&apos;il diverge encore, mettez-le sur la liste d&apos;exclusion.</translation>
    </message>
    <message>
        <source>Fix: import the ticket from S-360 if it exists there; otherwise, after checking, put id:%1 on the skip list or delete it in TIXNGO.</source>
        <translation>Correction : importer le billet depuis S-360 s&apos;il y existe ; sinon, après vérification, mettez id:%1 sur la liste d&apos;exclusion ou supprimez-le dans TIXNGO.</translation>
    </message>
    <message>
        <source>Fix: after checking, put id:%1 on the skip list.</source>
        <translation>Correction : après vérification, mettez id:%1 sur la liste d&apos;exclusion.</translation>
    </message>
    <message>
        <source>Should not exist</source>
        <translation>Ne devrait pas exister</translation>
    </message>
    <message>
        <source>Missing in TIXNGO</source>
        <translation>Absent de TIXNGO</translation>
    </message>
    <message>
        <source>Deleted in TIXNGO only</source>
        <translation>Supprimé dans TIXNGO uniquement</translation>
    </message>
    <message>
        <source>Still live after cancel</source>
        <translation>Encore actif après annulation</translation>
    </message>
    <message>
        <source>Deletion stuck</source>
        <translation>Suppression bloquée</translation>
    </message>
    <message>
        <source>Control not propagated</source>
        <translation>Contrôle non propagé</translation>
    </message>
    <message>
        <source>Controlled only in TIXNGO</source>
        <translation>Contrôlé dans TIXNGO uniquement</translation>
    </message>
    <message>
        <source>Owner drift</source>
        <translation>Divergence de propriétaire</translation>
    </message>
    <message>
        <source>Unknown to S-360</source>
        <translation>Inconnu de S-360</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Re-inject</source>
        <translation>Réinjecter</translation>
    </message>
    <message>
        <source>Push deletion</source>
        <translation>Envoyer la suppression</translation>
    </message>
    <message>
        <source>Push control</source>
        <translation>Envoyer le contrôle</translation>
    </message>
    <message>
        <source>Refresh from TIXNGO</source>
        <translation>Actualiser depuis TIXNGO</translation>
    </message>
    <message>
        <source>Put on the skip list</source>
        <translation>Mettre sur la liste d&apos;exclusion</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>This database has no sync markers yet.</source>
        <translation>Cette base de données n&apos;a pas encore de marqueurs de synchronisation.</translation>
    </message>
    <message>
        <source>reading the sync markers</source>
        <translation>lecture des marqueurs de synchronisation</translation>
    </message>
    <message>
        <source>Cannot read the tickets for reconciliation: %1</source>
        <translation>Impossible de lire les billets pour le rapprochement : %1</translation>
    </message>
    <message>
        <source>reading the tickets for reconciliation</source>
        <translation>lecture des billets pour le rapprochement</translation>
    </message>
    <message>
        <source>The custom parameters of %1 are invalid (%2): correct them on the Sync page, then fix again.</source>
        <translation>Les paramètres personnalisés de %1 ne sont pas valides (%2) : corrigez-les sur la page Synchronisation, puis relancez la correction.</translation>
    </message>
    <message>
        <source>(no event: TIXNGO only)</source>
        <translation>(aucune manifestation : TIXNGO uniquement)</translation>
    </message>
    <message>
        <source>Reading TIXNGO was cancelled; nothing was changed.</source>
        <translation>La lecture de TIXNGO a été annulée ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1: S-360 does not have this ticket; reconcile again.</source>
        <translation>%1 : S-360 n&apos;a pas ce billet ; refaites le rapprochement.</translation>
    </message>
    <message>
        <source>%1: not reprinted, it is no longer deleted in TIXNGO only (S-360 %2, TIXNGO %3); reconcile again.</source>
        <translation>%1 : non réimprimé, il n&apos;est plus supprimé uniquement dans TIXNGO (S-360 %2, TIXNGO %3) ; refaites le rapprochement.</translation>
    </message>
    <message>
        <source>Fix: reprint the ticket and inject the new one. TIXNGO keeps a deleted ticket id deleted, so re-injecting id:%1 changes nothing; the reprint invalidates %1 in S-360 (reason %2) and makes a new ticket with a new id and barcode for the spectator, which an injection sends to TIXNGO.</source>
        <translation>Correction : réimprimer le billet et injecter le nouveau. Dans TIXNGO, un identifiant de billet supprimé le reste, donc réinjecter id:%1 ne change rien ; la réimpression invalide %1 dans S-360 (motif %2) et crée pour le spectateur un nouveau billet avec un nouvel identifiant et un nouveau code-barres, qu&apos;une injection envoie à TIXNGO.</translation>
    </message>
    <message>
        <source>Reprint and inject</source>
        <translation>Réimprimer et injecter</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation>Rendre &amp;actif</translation>
    </message>
    <message>
        <source>Validation, Pre-production, Production…</source>
        <translation>Validation, Préproduction, Production…</translation>
    </message>
    <message>
        <source>admin@organizer.example (informational)</source>
        <translation>admin@organizer.example (à titre informatif)</translation>
    </message>
    <message>
        <source>default, bearer or a JSON file</source>
        <translation>default, bearer ou un fichier JSON</translation>
    </message>
    <message>
        <source>&amp;Production environment (banner, confirmation before changes)</source>
        <translation>Environnement de &amp;production (bandeau, confirmation avant modification)</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Laisser vide pour conserver la clé enregistrée</translation>
    </message>
    <message>
        <source>Use this key for this session only (do not store it)</source>
        <translation>Utiliser cette clé pour cette session uniquement (ne pas l&apos;enregistrer)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Interface &amp;URL:</source>
        <translation>&amp;URL de l&apos;interface :</translation>
    </message>
    <message>
        <source>&amp;Login (e-mail):</source>
        <translation>&amp;Identifiant (e-mail) :</translation>
    </message>
    <message>
        <source>API p&amp;rofile:</source>
        <translation>P&amp;rofil d&apos;API :</translation>
    </message>
    <message>
        <source>&amp;Organizer id:</source>
        <translation>ID de l&apos;&amp;organisateur :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API :</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>This build has no TIXNGO client.</source>
        <translation>Cette version n&apos;a pas de client TIXNGO.</translation>
    </message>
    <message>
        <source>TixSync keeps its data in a SQLite file on this computer, or in a shared PostgreSQL database (postgresql://user@host:port/dbname) that several operators use together. Put the PostgreSQL password in ~/.pgpass or PGPASSWORD, never in the URL.</source>
        <translation>TixSync conserve ses données dans un fichier SQLite sur cet ordinateur, ou dans une base PostgreSQL partagée (postgresql://user@host:port/dbname) utilisée par plusieurs opérateurs. Mettez le mot de passe PostgreSQL dans ~/.pgpass ou PGPASSWORD, jamais dans l&apos;URL.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Applies when TixSync restarts. Leave empty for the default file. The --db option of tixsync and tixsync-cli overrides this setting.</source>
        <translation>S&apos;applique au redémarrage de TixSync. Laisser vide pour le fichier par défaut. L&apos;option --db de tixsync et de tixsync-cli remplace ce réglage.</translation>
    </message>
    <message>
        <source>Save &amp;database setting</source>
        <translation>Enregistrer le réglage de la &amp;base de données</translation>
    </message>
    <message>
        <source>(active)</source>
        <translation>(actif)</translation>
    </message>
    <message>
        <source>Production environment</source>
        <translation>Environnement de production</translation>
    </message>
    <message>
        <source>The key is stored in the OS keychain when you save the profile.</source>
        <translation>La clé est enregistrée dans le trousseau du système lorsque vous enregistrez le profil.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>✓ API key stored in the keychain (enter a new one to replace it).</source>
        <translation>✓ Clé d&apos;API enregistrée dans le trousseau (saisissez-en une nouvelle pour la remplacer).</translation>
    </message>
    <message>
        <source>No API key stored yet: enter it above and save.</source>
        <translation>Aucune clé d&apos;API enregistrée : saisissez-la ci-dessus et enregistrez.</translation>
    </message>
    <message>
        <source>connection profile added</source>
        <translation>profil de connexion ajouté</translation>
    </message>
    <message>
        <source>connection profile changed</source>
        <translation>profil de connexion modifié</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil « %1 » enregistré.</translation>
    </message>
    <message>
        <source>The key is used for this session only; it is not stored.</source>
        <translation>La clé est utilisée pour cette session uniquement ; elle n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>Enregistrement de la clé dans le trousseau…</translation>
    </message>
    <message>
        <source>✓ API key stored in the keychain.</source>
        <translation>✓ Clé d&apos;API enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>connection profile removed</source>
        <translation>profil de connexion supprimé</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed, but its key could not be deleted from the keychain: %2</source>
        <translation>Profil « %1 » supprimé, mais sa clé n&apos;a pas pu être effacée du trousseau : %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>Profil « %1 » supprimé.</translation>
    </message>
    <message>
        <source>active connection profile changed</source>
        <translation>profil de connexion actif modifié</translation>
    </message>
    <message>
        <source>Enter the API key first.</source>
        <translation>Saisissez d&apos;abord la clé d&apos;API.</translation>
    </message>
    <message>
        <source>Reading the key from the keychain…</source>
        <translation>Lecture de la clé dans le trousseau…</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <source>database location changed (applies on restart)</source>
        <translation>emplacement de la base de données modifié (appliqué au redémarrage)</translation>
    </message>
    <message>
        <source>Saved. TixSync uses this database from its next start.</source>
        <translation>Enregistré. TixSync utilisera cette base de données à son prochain démarrage.</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>Fichier de base de données SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>Bases de données SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Runs, ticket statuses and audit lines written by other operators or scheduled runs appear without reloading. Applies when TixSync restarts.</source>
        <translation>Les exécutions, statuts de billets et lignes d&apos;audit écrits par d&apos;autres opérateurs ou par des exécutions planifiées apparaissent sans rechargement. S&apos;applique au redémarrage de TixSync.</translation>
    </message>
    <message>
        <source>Show other operators&apos; changes: check the database</source>
        <translation>Afficher les modifications des autres opérateurs : vérifier la base de données</translation>
    </message>
    <message>
        <source>every </source>
        <translation>toutes les </translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>The database URL &quot;%1&quot; is not valid. Use postgresql://user@host:port/dbname.</source>
        <translation>L&apos;URL de base de données « %1 » n&apos;est pas valide. Utilisez postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation>Impossible de se connecter à la base PostgreSQL %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation>Impossible d&apos;ouvrir le fichier de base de données %1 : %2</translation>
    </message>
    <message>
        <source>The file %1 is not a TixSync database (%2).</source>
        <translation>Le fichier %1 n&apos;est pas une base de données TixSync (%2).</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Erreur de base de données (%1) : %2</translation>
    </message>
    <message>
        <source>preparing the schema</source>
        <translation>préparation du schéma</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this TixSync knows only up to version %3. Use a newer TixSync with this database, or open another database with --db.</source>
        <translation>La base de données %1 a la version de schéma %2, mais ce TixSync ne connaît que jusqu&apos;à la version %3. Utilisez un TixSync plus récent avec cette base, ou ouvrez une autre base avec --db.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>lecture de la version du schéma</translation>
    </message>
    <message>
        <source>applying schema migration %1</source>
        <translation>application de la migration de schéma %1</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>préparation d&apos;une requête</translation>
    </message>
    <message>
        <source>running a statement</source>
        <translation>exécution d&apos;une requête</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>Cannot commit the transaction: %1</source>
        <translation>Impossible de valider la transaction : %1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This TixSync was built without the template engine; it cannot build ticket payloads.</source>
        <translation>Ce TixSync a été compilé sans moteur de modèles ; il ne peut pas construire les charges utiles des billets.</translation>
    </message>
    <message>
        <source>Cannot load the ticket template &quot;%1&quot; (setting sync/templateName): %2</source>
        <translation>Impossible de charger le modèle de billet « %1 » (réglage sync/templateName) : %2</translation>
    </message>
    <message>
        <source>The ticket template cannot be used: %1 Fix it in the template editor.</source>
        <translation>Le modèle de billet est inutilisable : %1 Corrigez-le dans l&apos;éditeur de modèles.</translation>
    </message>
    <message>
        <source>The feedback data is not valid JSON at byte %1: %2.</source>
        <translation>Les données de retour de statut ne sont pas du JSON valide à l&apos;octet %1 : %2.</translation>
    </message>
    <message>
        <source>The feedback data has no &quot;tickets&quot; list. Use the diff format: {&quot;tickets&quot;: [{&quot;ticketId&quot;: …, &quot;status&quot;: …}, …]}.</source>
        <translation>Les données de retour de statut n&apos;ont pas de liste &quot;tickets&quot;. Utilisez le format diff : {&quot;tickets&quot;: [{&quot;ticketId&quot;: …, &quot;status&quot;: …}, …]}.</translation>
    </message>
    <message>
        <source>The run lease of %1 vanished; try again.</source>
        <translation>Le verrou d&apos;exécution de %1 a disparu ; réessayez.</translation>
    </message>
    <message>
        <source>%1 is already running for organizer &quot;%2&quot; (held by %3 until %4). Only one instance per function and organizer may run; wait for it to end, or retry after the lease expires.</source>
        <translation>%1 est déjà en cours pour l&apos;organisateur « %2 » (verrou détenu par %3 jusqu&apos;à %4). Une seule instance par fonction et par organisateur peut s&apos;exécuter ; attendez qu&apos;elle se termine, ou réessayez après l&apos;expiration du verrou.</translation>
    </message>
    <message>
        <source>The run lease is not held.</source>
        <translation>Le verrou d&apos;exécution n&apos;est pas détenu.</translation>
    </message>
    <message>
        <source>Another process took over the run lease of %1 (this run was too slow to renew it); the run stops.</source>
        <translation>Un autre processus a repris le verrou d&apos;exécution de %1 (cette exécution a été trop lente pour le renouveler) ; l&apos;exécution s&apos;arrête.</translation>
    </message>
    <message>
        <source>No TIXNGO interface URL is configured. Set it in the settings (tixngo/url) or pass --tixngo-url https://…/organizer/tickets.</source>
        <translation>Aucune URL d&apos;interface TIXNGO n&apos;est configurée. Définissez-la dans les réglages (tixngo/url) ou passez --tixngo-url https://…/organizer/tickets.</translation>
    </message>
    <message>
        <source>Ticket injection</source>
        <translation>Injection des billets</translation>
    </message>
    <message>
        <source>Retrieve ticket status (feedback)</source>
        <translation>Récupération des statuts (retour de statut)</translation>
    </message>
    <message>
        <source>Push cancelled and invalidated tickets</source>
        <translation>Envoi des billets annulés et invalidés</translation>
    </message>
    <message>
        <source>Push controlled tickets</source>
        <translation>Envoi des billets contrôlés</translation>
    </message>
    <message>
        <source>Digital privileges injection</source>
        <translation>Injection des privilèges numériques</translation>
    </message>
    <message>
        <source>Unknown interface function &quot;%1&quot;.</source>
        <translation>Fonction d&apos;interface inconnue « %1 ».</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>préparation d&apos;une requête</translation>
    </message>
    <message>
        <source>running a statement</source>
        <translation>exécution d&apos;une requête</translation>
    </message>
    <message>
        <source>Date from is set on an automatic schedule: every run re-sends the same tickets and floods spectators&apos; phones with notifications. Clear Date from once the catch-up run is done.</source>
        <translation>La date de départ est définie sur une planification automatique : chaque exécution renvoie les mêmes billets et inonde de notifications les téléphones des spectateurs. Effacez la date de départ une fois l&apos;exécution de rattrapage terminée.</translation>
    </message>
    <message>
        <source>No TIXNGO connection is configured. Set the interface URL (setting tixngo/url or --tixngo-url) and the API key (TIXNGO_API_KEY).</source>
        <translation>Aucune connexion TIXNGO n&apos;est configurée. Définissez l&apos;URL de l&apos;interface (réglage tixngo/url ou --tixngo-url) et la clé d&apos;API (TIXNGO_API_KEY).</translation>
    </message>
    <message>
        <source>The process ended before the run finished (crash or kill); the next run resolved its tickets in flight.</source>
        <translation>Le processus s&apos;est terminé avant la fin de l&apos;exécution (plantage ou arrêt forcé) ; l&apos;exécution suivante a résolu ses billets en cours.</translation>
    </message>
    <message>
        <source>Cannot record the run.</source>
        <translation>Impossible d&apos;enregistrer l&apos;exécution.</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2.</source>
        <translation>Impossible de lire le fichier %1 : %2.</translation>
    </message>
    <message>
        <source>Checking %1 tickets left in flight by an interrupted run</source>
        <translation>Vérification de %1 billets laissés en cours par une exécution interrompue</translation>
    </message>
    <message>
        <source>Sent by an interrupted run; TIXNGO has it, so it is not sent again.</source>
        <translation>Envoyé par une exécution interrompue ; TIXNGO l&apos;a reçu, il n&apos;est donc pas renvoyé.</translation>
    </message>
    <message>
        <source>Checking tickets left in flight</source>
        <translation>Vérification des billets laissés en cours</translation>
    </message>
    <message>
        <source>%1 tickets were in flight when a previous run was interrupted: %2 had reached TIXNGO and are now recorded, %3 had not and are sent again, %4 could not be checked.</source>
        <translation>%1 billets étaient en cours lorsqu&apos;une exécution précédente a été interrompue : %2 avaient atteint TIXNGO et sont maintenant enregistrés, %3 non et sont renvoyés, %4 n&apos;ont pas pu être vérifiés.</translation>
    </message>
    <message>
        <source>Unknown mandatory ticket-holder field &quot;%1&quot;. Use a subset of FIRSTNAME, LASTNAME, BIRTHDATE, ID_NUMBER, COUNTRY_CODE, BIRTH_REGION, BIRTH_PLACE.</source>
        <translation>Champ obligatoire du titulaire inconnu « %1 ». Utilisez un sous-ensemble de FIRSTNAME, LASTNAME, BIRTHDATE, ID_NUMBER, COUNTRY_CODE, BIRTH_REGION, BIRTH_PLACE.</translation>
    </message>
    <message>
        <source>Selecting tickets</source>
        <translation>Sélection des billets</translation>
    </message>
    <message>
        <source>Ticket %1 (number %2): the holder has no %3.</source>
        <translation>Billet %1 (numéro %2) : le titulaire n&apos;a pas de %3.</translation>
    </message>
    <message>
        <source>No ticket was sent: %1 tickets lack mandatory ticket-holder fields. Complete them in S-360, or set enforceMandatoryParameters=false to skip these tickets.
%2</source>
        <translation>Aucun billet n&apos;a été envoyé : %1 billets n&apos;ont pas tous les champs obligatoires du titulaire. Complétez-les dans S-360, ou définissez enforceMandatoryParameters=false pour ignorer ces billets.
%2</translation>
    </message>
    <message>
        <source>The privilege definition of product %1 changed and was updated.</source>
        <translation>La définition du privilège du produit %1 a changé et a été mise à jour.</translation>
    </message>
    <message>
        <source>The privilege definition of product %1 was created (first run).</source>
        <translation>La définition du privilège du produit %1 a été créée (première exécution).</translation>
    </message>
    <message>
        <source>Building payloads</source>
        <translation>Construction des charges utiles</translation>
    </message>
    <message>
        <source>Ticket %1 refers to event %2, which is not in the database. Import the event.</source>
        <translation>Le billet %1 se rapporte à la manifestation %2, qui n&apos;est pas dans la base de données. Importez la manifestation.</translation>
    </message>
    <message>
        <source>No payload builder is configured.</source>
        <translation>Aucun constructeur de charge utile n&apos;est configuré.</translation>
    </message>
    <message>
        <source>The run was cancelled after %1 of %2 tickets; the tickets already synced are kept.</source>
        <translation>L&apos;exécution a été annulée après %1 billets sur %2 ; les billets déjà synchronisés sont conservés.</translation>
    </message>
    <message>
        <source>Sending to TIXNGO</source>
        <translation>Envoi à TIXNGO</translation>
    </message>
    <message>
        <source>The run stopped: %1 of %2 tickets failed, more than killRatio %3 allows. Check the failing tickets and the TIXNGO connection.</source>
        <translation>L&apos;exécution s&apos;est arrêtée : %1 billets sur %2 ont échoué, plus que ne le permet killRatio %3. Vérifiez les billets en échec et la connexion à TIXNGO.</translation>
    </message>
    <message>
        <source>Not sent: the run stopped before this ticket (%1).</source>
        <translation>Non envoyé : l&apos;exécution s&apos;est arrêtée avant ce billet (%1).</translation>
    </message>
    <message>
        <source>TIXNGO returned no result for this ticket.</source>
        <translation>TIXNGO n&apos;a renvoyé aucun résultat pour ce billet.</translation>
    </message>
    <message>
        <source>%1 (field %2)</source>
        <translation>%1 (champ %2)</translation>
    </message>
    <message>
        <source>Cannot read the feedback file %1: %2.</source>
        <translation>Impossible de lire le fichier de retour de statut %1 : %2.</translation>
    </message>
    <message>
        <source>The feedback run was cancelled; the pages already stored are kept.</source>
        <translation>L&apos;exécution du retour de statut a été annulée ; les pages déjà enregistrées sont conservées.</translation>
    </message>
    <message>
        <source>Reading the TIXNGO feed</source>
        <translation>Lecture du flux TIXNGO</translation>
    </message>
    <message>
        <source>TIXNGO reports ticket %1, which is not in the S-360 data. Import it, or check the organizer this connection points to.</source>
        <translation>TIXNGO signale le billet %1, qui n&apos;est pas dans les données S-360. Importez-le, ou vérifiez l&apos;organisateur vers lequel pointe cette connexion.</translation>
    </message>
    <message>
        <source>The feed stops here (doContinueInCaseOfSyncError=false); the pagination key was not moved.</source>
        <translation>Le flux s&apos;arrête ici (doContinueInCaseOfSyncError=false) ; la clé de pagination n&apos;a pas été déplacée.</translation>
    </message>
    <message>
        <source>The comfort variables of product %1 cannot be used: %2 Correct them in S-360 and import the product again.</source>
        <translation>Les variables de confort du produit %1 sont inutilisables : %2 Corrigez-les dans S-360 et importez de nouveau le produit.</translation>
    </message>
    <message>
        <source>dumpTnPRvariables=true dumps nothing while maxLengthDumpedCallsInKbs is 0: set maxLengthDumpedCallsInKbs to the size of the dump to keep (in KB).</source>
        <translation>dumpTnPRvariables=true n&apos;enregistre rien tant que maxLengthDumpedCallsInKbs vaut 0 : réglez maxLengthDumpedCallsInKbs sur la taille du dump à conserver (en Ko).</translation>
    </message>
    <message>
        <source>dumpTnPRvariables=true, but this TixSync has no template engine to read the variables from.</source>
        <translation>dumpTnPRvariables=true, mais ce TixSync n&apos;a pas de moteur de modèles où lire les variables.</translation>
    </message>
    <message>
        <source>forcedOnly applies to injection and the pushes, not to feedback, which reads what TIXNGO reports. Untick &quot;only the forced tickets&quot; or choose another function.</source>
        <translation>forcedOnly s&apos;applique à l&apos;injection et aux envois, pas au retour de statut, qui lit ce que TIXNGO signale. Décochez « uniquement les billets forcés » ou choisissez une autre fonction.</translation>
    </message>
    <message>
        <source>forcedOnly needs a force list: name the tickets to process (&quot;id:123456789, 12300123&quot;) or give a file listing them. Nothing was sent.</source>
        <translation>forcedOnly nécessite une liste forcée : indiquez les billets à traiter (&quot;id:123456789, 12300123&quot;) ou donnez un fichier qui les liste. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>forcedOnly needs a force list: the file %1 names no ticket. Nothing was sent.</source>
        <translation>forcedOnly nécessite une liste forcée : le fichier %1 ne mentionne aucun billet. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Feedback changes no S-360 status; how many tickets it reads is known only from the TIXNGO feed.</source>
        <translation>Le retour de statut ne modifie aucun statut S-360 ; le nombre de billets qu&apos;il lit n&apos;est connu que par le flux TIXNGO.</translation>
    </message>
    <message>
        <source>Ticket %1 reprints ticket %2, invalidated for %3 (resetInjectionInvalidationReasons): it goes to the cultural contact, not to the last TIXNGO owner.</source>
        <translation>Le billet %1 réimprime le billet %2, invalidé pour le motif %3 (resetInjectionInvalidationReasons) : il va au contact culturel, pas au dernier propriétaire TIXNGO.</translation>
    </message>
    <message>
        <source>Contact distributions (enableTicketDistributionToCulturalContact): %1 pending, %2 confirmed (contact changed), %3 cancelled.</source>
        <translation>Distributions aux contacts (enableTicketDistributionToCulturalContact) : %1 en attente, %2 confirmées (contact modifié), %3 annulées.</translation>
    </message>
    <message>
        <source>Cannot record a contact.</source>
        <translation>Impossible d&apos;enregistrer un contact.</translation>
    </message>
</context>
<context>
    <name>SyncSupportBundle</name>
    <message>
        <source>Run %1 does not exist; pick a run in the history.</source>
        <translation>L&apos;exécution %1 n&apos;existe pas ; choisissez une exécution dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Run %1 not found.</source>
        <translation>Exécution %1 introuvable.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>SyncZipWriter</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>TemplateFieldModel</name>
    <message>
        <source>Edit row %1</source>
        <translation>Modifier la ligne %1</translation>
    </message>
    <message>
        <source>Add row %1</source>
        <translation>Ajouter la ligne %1</translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation>Supprimer la ligne %1</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message numerus="yes">
        <source>Move %n row(s)</source>
        <translation>
            <numerusform>Déplacer %n ligne</numerusform>
            <numerusform>Déplacer %n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save version…</source>
        <translation>Enregistrer une version…</translation>
    </message>
    <message>
        <source>Save the template in the database as a new version</source>
        <translation>Enregistrer le modèle dans la base de données comme nouvelle version</translation>
    </message>
    <message>
        <source>Open saved</source>
        <translation>Ouvrir un modèle enregistré</translation>
    </message>
    <message>
        <source>Sample data…</source>
        <translation>Données d&apos;exemple…</translation>
    </message>
    <message>
        <source>Load a variable set (JSON) to preview the payload with</source>
        <translation>Charger un jeu de variables (JSON) pour prévisualiser la charge utile</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>charge utile</translation>
    </message>
    <message>
        <source>The template has errors: the preview shows the last valid payload. Click a problem to go to it.</source>
        <translation>Le modèle contient des erreurs : l&apos;aperçu montre la dernière charge utile valide. Cliquez sur un problème pour y accéder.</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>Exporter le modèle</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Modèles (*.json)</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Données d&apos;exemple</translation>
    </message>
    <message>
        <source>Variable sets (*.json)</source>
        <translation>Jeux de variables (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Enregistrer une version</translation>
    </message>
    <message>
        <source>Open saved template</source>
        <translation>Ouvrir un modèle enregistré</translation>
    </message>
    <message>
        <source>What changed in &quot;%1&quot;? (kept with the version, your user name and the time)</source>
        <translation>Qu&apos;est-ce qui a changé dans « %1 » ? (conservé avec la version, votre nom d&apos;utilisateur et l&apos;heure)</translation>
    </message>
    <message>
        <source>No saved templates</source>
        <translation>Aucun modèle enregistré</translation>
    </message>
    <message>
        <source>Version %1 — %2, %3: %4</source>
        <translation>Version %1 — %2, %3 : %4</translation>
    </message>
    <message>
        <source>Use for injection…</source>
        <translation>Utiliser pour l&apos;injection…</translation>
    </message>
    <message>
        <source>Make ticket injection (by a click, a schedule or tixsync-cli) build payloads with the latest saved version of this template</source>
        <translation>Faire que l&apos;injection des billets (par un clic, une planification ou tixsync-cli) construise les charges utiles avec la dernière version enregistrée de ce modèle</translation>
    </message>
    <message>
        <source>Click a row number to select the row, then drag one of its cells to move it</source>
        <translation>Cliquez sur un numéro de ligne pour sélectionner la ligne, puis faites glisser l&apos;une de ses cellules pour la déplacer</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Enregistrée par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show the selected version&apos;s rows in the editor</source>
        <translation>Afficher les lignes de la version sélectionnée dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Select two versions to compare them, or one to compare it with the rows in the editor</source>
        <translation>Sélectionnez deux versions pour les comparer, ou une seule pour la comparer aux lignes de l&apos;éditeur</translation>
    </message>
    <message>
        <source>Revert to…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Save the selected version&apos;s rows as a new version</source>
        <translation>Enregistrer les lignes de la version sélectionnée comme nouvelle version</translation>
    </message>
    <message>
        <source>Sends the picked ticket to TIXNGO as an injection run does: the run history, the ledger and the audit log record it, and the ticket becomes PRINTED.</source>
        <translation>Envoie le billet choisi à TIXNGO comme le fait une exécution de l&apos;injection : l&apos;historique des exécutions, le registre et le journal d&apos;audit l&apos;enregistrent, et le billet passe à PRINTED.</translation>
    </message>
    <message>
        <source>Send this ticket to TIXNGO…</source>
        <translation>Envoyer ce billet à TIXNGO…</translation>
    </message>
    <message>
        <source>Pick a ticket (search above the preview) to send it.</source>
        <translation>Choisissez un billet (recherche au-dessus de l&apos;aperçu) pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Test injection</source>
        <translation>Injection de test</translation>
    </message>
    <message>
        <source>Preview a ticket: search by ticket id, number, holder name or barcode</source>
        <translation>Prévisualiser un billet : recherche par identifiant, numéro, nom du titulaire ou code-barres</translation>
    </message>
    <message>
        <source>Empty: the preview uses the sample data (variable set)</source>
        <translation>Vide : l&apos;aperçu utilise les données d&apos;exemple (jeu de variables)</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>Without template</source>
        <translation>Sans modèle</translation>
    </message>
    <message>
        <source>Versus last injected</source>
        <translation>Par rapport à la dernière injection</translation>
    </message>
    <message>
        <source>The payload; the lines the template set are highlighted</source>
        <translation>La charge utile ; les lignes définies par le modèle sont surlignées</translation>
    </message>
    <message>
        <source>The payload from batch defaults and comfort variables only, with the template&apos;s changes: red = replaced by the template, green = set by the template</source>
        <translation>La charge utile issue uniquement des valeurs par défaut du lot et des variables de confort, avec les changements du modèle : rouge = remplacé par le modèle, vert = défini par le modèle</translation>
    </message>
    <message>
        <source>What a re-injection of the picked ticket would change: red = as last injected, green = as it would be sent now</source>
        <translation>Ce qu&apos;une réinjection du billet choisi changerait : rouge = tel qu&apos;injecté la dernière fois, vert = tel qu&apos;il serait envoyé maintenant</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>le billet %1</translation>
    </message>
    <message>
        <source>the sample data &quot;%1&quot;</source>
        <translation>les données d&apos;exemple « %1 »</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message numerus="yes">
        <source>TIXNGO payload for %1 (%n value(s) changed by the template, highlighted)</source>
        <translation>
            <numerusform>Charge utile TIXNGO pour %1 (%n valeur modifiée par le modèle, surlignée)</numerusform>
            <numerusform>Charge utile TIXNGO pour %1 (%n valeurs modifiées par le modèle, surlignées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TIXNGO payload for %1: %n problem(s) TIXNGO would refuse, see the list</source>
        <translation>
            <numerusform>Charge utile TIXNGO pour %1 : %n problème que TIXNGO refuserait, voir la liste</numerusform>
            <numerusform>Charge utile TIXNGO pour %1 : %n problèmes que TIXNGO refuserait, voir la liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payload for %1 without the template (batch defaults and comfort variables): red lines are replaced by the template, green lines are what the template sets (%n value(s) changed)</source>
        <translation>
            <numerusform>Charge utile pour %1 sans le modèle (valeurs par défaut du lot et variables de confort) : les lignes rouges sont remplacées par le modèle, les lignes vertes sont ce que le modèle définit (%n valeur modifiée)</numerusform>
            <numerusform>Charge utile pour %1 sans le modèle (valeurs par défaut du lot et variables de confort) : les lignes rouges sont remplacées par le modèle, les lignes vertes sont ce que le modèle définit (%n valeurs modifiées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a ticket (search above) to compare with the payload last injected for it.</source>
        <translation>Choisissez un billet (recherche ci-dessus) pour le comparer à la dernière charge utile injectée pour lui.</translation>
    </message>
    <message>
        <source>Cannot read what was last injected: %1</source>
        <translation>Impossible de lire ce qui a été injecté la dernière fois : %1</translation>
    </message>
    <message>
        <source>Ticket %1 was never injected: an injection would send the whole payload below.</source>
        <translation>Le billet %1 n&apos;a jamais été injecté : une injection enverrait toute la charge utile ci-dessous.</translation>
    </message>
    <message>
        <source>Ticket %1 is in TIXNGO (status %2), but no injection run of TixSync recorded what was sent, so there is nothing to compare with: a re-injection would send the payload below.</source>
        <translation>Le billet %1 est dans TIXNGO (statut %2), mais aucune exécution d&apos;injection de TixSync n&apos;a enregistré ce qui a été envoyé, il n&apos;y a donc rien à comparer : une réinjection enverrait la charge utile ci-dessous.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Last injected on %1 (run %2): a re-injection would send exactly the same payload.</source>
        <translation>Dernière injection le %1 (exécution %2) : une réinjection enverrait exactement la même charge utile.</translation>
    </message>
    <message>
        <source>Last injected on %1 (run %2): a re-injection would send a different payload.</source>
        <translation>Dernière injection le %1 (exécution %2) : une réinjection enverrait une charge utile différente.</translation>
    </message>
    <message>
        <source>The run did not keep the whole JSON sent, so the lines that differ cannot be shown (custom parameter maxLengthDumpedCallsInKbs).</source>
        <translation>L&apos;exécution n&apos;a pas conservé tout le JSON envoyé ; les lignes qui diffèrent ne peuvent donc pas être affichées (paramètre personnalisé maxLengthDumpedCallsInKbs).</translation>
    </message>
    <message>
        <source>Last injected on %1 (run %2): red lines as sent then, green lines as a re-injection would send them now.</source>
        <translation>Dernière injection le %1 (exécution %2) : en rouge les lignes telles qu&apos;envoyées alors, en vert telles qu&apos;une réinjection les enverrait maintenant.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>No ticket matches &quot;%1&quot;</source>
        <translation>Aucun billet ne correspond à « %1 »</translation>
    </message>
    <message>
        <source>Ticket %1 is not in the database any more: search again.</source>
        <translation>Le billet %1 n&apos;est plus dans la base de données : relancez la recherche.</translation>
    </message>
    <message>
        <source>Ready to send ticket %1.</source>
        <translation>Prêt à envoyer le billet %1.</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Versions of &quot;%1&quot; (%2)</source>
        <translation>Versions de « %1 » (%2)</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparer des versions</translation>
    </message>
    <message>
        <source>the editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacée</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>modifiée : %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>no difference</source>
        <translation>aucune différence</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Revert &quot;%1&quot;</source>
        <translation>Restaurer « %1 »</translation>
    </message>
    <message>
        <source>Revert &quot;%1&quot; to version %2?</source>
        <translation>Restaurer la version %2 de « %1 » ?</translation>
    </message>
    <message>
        <source>This saves version %1&apos;s rows as a new version with the comment &quot;Revert to v%1&quot;; no version is deleted. Changes in the editor that are not saved are lost.</source>
        <translation>Les lignes de la version %1 sont enregistrées comme nouvelle version avec le commentaire « Restauration de la v%1 » ; aucune version n&apos;est supprimée. Les modifications de l&apos;éditeur qui ne sont pas enregistrées sont perdues.</translation>
    </message>
    <message>
        <source>Revert to v%1</source>
        <translation>Restauration de la v%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no saved version: save a version first, then use it for injection.</source>
        <translation>« %1 » n&apos;a aucune version enregistrée : enregistrez d&apos;abord une version, puis utilisez-la pour l&apos;injection.</translation>
    </message>
    <message>
        <source>The editor has changes that are not saved as a version of &quot;%1&quot;. Injection uses saved versions only: save a version first, then use it for injection.</source>
        <translation>L&apos;éditeur contient des modifications qui ne sont pas enregistrées comme version de « %1 ». L&apos;injection n&apos;utilise que des versions enregistrées : enregistrez d&apos;abord une version, puis utilisez-la pour l&apos;injection.</translation>
    </message>
    <message>
        <source>Use for injection</source>
        <translation>Utiliser pour l&apos;injection</translation>
    </message>
    <message>
        <source>Build every injection payload with &quot;%1&quot;?</source>
        <translation>Construire toutes les charges utiles d&apos;injection avec « %1 » ?</translation>
    </message>
    <message>
        <source>Injection uses the template shipped with TixSync today.</source>
        <translation>Actuellement, l&apos;injection utilise le modèle fourni avec TixSync.</translation>
    </message>
    <message>
        <source>Injection uses &quot;%1&quot; today.</source>
        <translation>Actuellement, l&apos;injection utilise « %1 ».</translation>
    </message>
    <message>
        <source>From now on, every injection — by a click, a schedule or tixsync-cli — uses the latest saved version of &quot;%1&quot;. The change is recorded in the audit log.</source>
        <translation>Désormais, toute injection — par un clic, une planification ou tixsync-cli — utilise la dernière version enregistrée de « %1 ». Le changement est consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Use &quot;%1&quot;</source>
        <translation>Utiliser « %1 »</translation>
    </message>
    <message>
        <source>Injection now uses &quot;%1&quot;.</source>
        <translation>L&apos;injection utilise désormais « %1 ».</translation>
    </message>
    <message>
        <source>Injection uses the template &quot;%1&quot; (setting sync/templateName), which cannot be loaded: %2</source>
        <translation>L&apos;injection utilise le modèle « %1 » (réglage sync/templateName), qui ne peut pas être chargé : %2</translation>
    </message>
    <message>
        <source>Injection builds the payload with the template shipped with TixSync (no sync/templateName is set), not with the rows in the editor: the ticket is sent as that template makes it.</source>
        <translation>L&apos;injection construit la charge utile avec le modèle fourni avec TixSync (aucun sync/templateName n&apos;est défini), et non avec les lignes de l&apos;éditeur : le billet est envoyé tel que ce modèle le produit.</translation>
    </message>
    <message>
        <source>Injection builds the payload with the latest saved version of &quot;%1&quot; (setting sync/templateName), not with the rows in the editor: save a version of it first to send what the preview shows.</source>
        <translation>L&apos;injection construit la charge utile avec la dernière version enregistrée de « %1 » (réglage sync/templateName), et non avec les lignes de l&apos;éditeur : enregistrez-en d&apos;abord une version pour envoyer ce que montre l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Pick a ticket first: search for it above the preview.</source>
        <translation>Choisissez d&apos;abord un billet : recherchez-le au-dessus de l&apos;aperçu.</translation>
    </message>
    <message>
        <source>A test injection is already running.</source>
        <translation>Une injection de test est déjà en cours.</translation>
    </message>
    <message>
        <source>send a test injection of</source>
        <translation>faire une injection de test de</translation>
    </message>
    <message>
        <source>Test injection cancelled: nothing was sent.</source>
        <translation>Injection de test annulée : rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Send ticket %1 to TIXNGO%2 now?</source>
        <translation>Envoyer maintenant le billet %1 à TIXNGO%2 ?</translation>
    </message>
    <message>
        <source>The ticket is injected like in a run: it appears in the spectator&apos;s wallet and becomes PRINTED in TixSync.</source>
        <translation>Le billet est injecté comme lors d&apos;une exécution : il apparaît dans le wallet du spectateur et passe à PRINTED dans TixSync.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>The injection&apos;s custom parameters are invalid: %1 Fix them on the Sync page.</source>
        <translation>Les paramètres personnalisés de l&apos;injection ne sont pas valides : %1 Corrigez-les sur la page Synchronisation.</translation>
    </message>
    <message>
        <source>Sending ticket %1 to TIXNGO…</source>
        <translation>Envoi du billet %1 à TIXNGO…</translation>
    </message>
    <message>
        <source>The test injection could not start.</source>
        <translation>L&apos;injection de test n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>OK: TIXNGO accepted ticket %1 (run %2). It is PRINTED in TixSync; the run history, the ledger and the audit log record it.</source>
        <translation>OK : TIXNGO a accepté le billet %1 (exécution %2). Il est PRINTED dans TixSync ; l&apos;historique des exécutions, le registre et le journal d&apos;audit l&apos;enregistrent.</translation>
    </message>
    <message>
        <source>TIXNGO did not take ticket %1 (run %2): %3 — %4</source>
        <translation>TIXNGO n&apos;a pas pris en charge le billet %1 (exécution %2) : %3 — %4</translation>
    </message>
    <message>
        <source>The test injection failed (run %1): %2 — %3</source>
        <translation>L&apos;injection de test a échoué (exécution %1) : %2 — %3</translation>
    </message>
    <message>
        <source>Ticket %1 was not sent: injection does not select it (only NOT_PRINTED, PRINTED or CONTROLLED tickets of the injected kinds are sent).</source>
        <translation>Le billet %1 n&apos;a pas été envoyé : l&apos;injection ne le sélectionne pas (seuls les billets NOT_PRINTED, PRINTED ou CONTROLLED des types injectés sont envoyés).</translation>
    </message>
    <message>
        <source>Ticket %1 was not sent (run %2: %3).</source>
        <translation>Le billet %1 n&apos;a pas été envoyé (exécution %2 : %3).</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>The template &quot;%1&quot; has no saved version: save a version first, then use it for injection.</source>
        <translation>Le modèle « %1 » n&apos;a aucune version enregistrée : enregistrez d&apos;abord une version, puis utilisez-la pour l&apos;injection.</translation>
    </message>
</context>
<context>
    <name>TicketActions</name>
    <message>
        <source>Name at least one ticket id.</source>
        <translation>Indiquez au moins un identifiant de billet.</translation>
    </message>
    <message>
        <source>There is no ticket with id &quot;%1&quot;. Check the id (not the ticket number).</source>
        <translation>Il n&apos;y a aucun billet avec l&apos;identifiant « %1 ». Vérifiez l&apos;identifiant (pas le numéro de billet).</translation>
    </message>
    <message>
        <source>Ticket %1 is already cancelled.</source>
        <translation>Le billet %1 est déjà annulé.</translation>
    </message>
    <message>
        <source>An invalidation needs a reason (for example RESALE or LOST); give it with --reason.</source>
        <translation>Une invalidation exige un motif (par exemple RESALE ou LOST) ; indiquez-le avec --reason.</translation>
    </message>
    <message>
        <source>Ticket %1 is cancelled; a cancelled ticket cannot be invalidated.</source>
        <translation>Le billet %1 est annulé ; un billet annulé ne peut pas être invalidé.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2; only a printed ticket can be controlled.</source>
        <translation>Le billet %1 est %2 ; seul un billet imprimé peut être contrôlé.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2; only a valid ticket can be reprinted.</source>
        <translation>Le billet %1 est %2 ; seul un billet valide peut être réimprimé.</translation>
    </message>
</context>
<context>
    <name>TicketImporter</name>
    <message>
        <source>The file is empty. It needs a header row naming the columns, at least: %1.</source>
        <translation>Le fichier est vide. Il lui faut une ligne d&apos;en-tête nommant les colonnes, au minimum : %1.</translation>
    </message>
    <message>
        <source>%1:%2:%3: the column &quot;%4&quot; is not a TixSync column and was ignored (see docs/import-format.md).</source>
        <translation>%1:%2:%3 : la colonne « %4 » n&apos;est pas une colonne TixSync et a été ignorée (voir docs/import-format.md).</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header (columns %2 and %3). Remove or rename one of them.</source>
        <translation>La colonne « %1 » apparaît deux fois dans l&apos;en-tête (colonnes %2 et %3). Supprimez ou renommez l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <source>The header has no column %1. The header must name at least these columns, in any order: %2 (optional columns: see docs/import-format.md).</source>
        <translation>L&apos;en-tête n&apos;a pas de colonne %1. L&apos;en-tête doit nommer au moins ces colonnes, dans n&apos;importe quel ordre : %2 (colonnes facultatives : voir docs/import-format.md).</translation>
    </message>
    <message>
        <source>%1 is empty; every ticket needs one. Fill in the %1 column on this line.</source>
        <translation>%1 est vide ; chaque billet en a besoin. Remplissez la colonne %1 sur cette ligne.</translation>
    </message>
    <message>
        <source>ticket_id is empty; every ticket needs one. Fill in the ticket_id column on this line.</source>
        <translation>ticket_id est vide ; chaque billet en a besoin. Remplissez la colonne ticket_id sur cette ligne.</translation>
    </message>
    <message>
        <source>The ticket id is longer than 256 characters, which TIXNGO refuses. Shorten it.</source>
        <translation>L&apos;identifiant du billet dépasse 256 caractères, ce que TIXNGO refuse. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>The ticket id &quot;%1&quot; contains &quot;%2&quot;; TIXNGO accepts only letters, digits, space and * . - _ + / ( ). Change the ticket id.</source>
        <translation>L&apos;identifiant de billet « %1 » contient « %2 » ; TIXNGO n&apos;accepte que les lettres, les chiffres, l&apos;espace et * . - _ + / ( ). Modifiez l&apos;identifiant du billet.</translation>
    </message>
    <message>
        <source>%1 is empty; every ticket needs one. Write a date such as 2027-03-14T16:30:00+01:00 or 14/03/27 16:30.</source>
        <translation>%1 est vide ; chaque billet en a besoin. Écrivez une date telle que 2027-03-14T16:30:00+01:00 ou 14/03/27 16:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column %2 is not a date. Write RFC 3339 (2027-03-14T16:30:00+01:00) or DD/MM/YY hh:mm (14/03/27 16:30, read in the event&apos;s time_zone).</source>
        <translation>« %1 » dans la colonne %2 n&apos;est pas une date. Écrivez au format RFC 3339 (2027-03-14T16:30:00+01:00) ou JJ/MM/AA hh:mm (14/03/27 16:30, lu dans le time_zone de la manifestation).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column %2 is not a date. Write it as yyyy-MM-dd (1990-05-31) or leave it empty.</source>
        <translation>« %1 » dans la colonne %2 n&apos;est pas une date. Écrivez-la au format yyyy-MM-dd (1990-05-31) ou laissez-la vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column %2 is not a number. Write digits with a dot for decimals (12.50), without thousands separators or currency.</source>
        <translation>« %1 » dans la colonne %2 n&apos;est pas un nombre. Écrivez des chiffres avec un point pour les décimales (12.50), sans séparateur de milliers ni devise.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column %2 is not a whole number of minutes. Write digits only (90).</source>
        <translation>« %1 » dans la colonne %2 n&apos;est pas un nombre entier de minutes. Écrivez uniquement des chiffres (90).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an S-360 status. Use one of: %2.</source>
        <translation>« %1 » n&apos;est pas un statut S-360. Utilisez l&apos;un de : %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TIXNGO status. Leave it empty (not in TIXNGO) or use one of: %2.</source>
        <translation>« %1 » n&apos;est pas un statut TIXNGO. Laissez vide (absent de TIXNGO) ou utilisez l&apos;un de : %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column %2 is not a gender TIXNGO accepts. Use M, F, U or X, or leave it empty.</source>
        <translation>« %1 » dans la colonne %2 n&apos;est pas un genre accepté par TIXNGO. Utilisez M, F, U ou X, ou laissez vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column %2 is not a product kind. Use TICKET, MEMBERSHIP or SEASON_CARD, or leave it empty (TICKET).</source>
        <translation>« %1 » dans la colonne %2 n&apos;est pas un type de produit. Utilisez TICKET, MEMBERSHIP ou SEASON_CARD, ou laissez vide (TICKET).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column %2 is not true or false. Write true, false, 1 or 0.</source>
        <translation>« %1 » dans la colonne %2 n&apos;est ni true ni false. Écrivez true, false, 1 ou 0.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3. Check for a missing or extra comma, and put fields that contain commas in quotes.</source>
        <translation>La ligne %1 a %2 champs mais l&apos;en-tête en a %3. Cherchez une virgule manquante ou en trop, et mettez entre guillemets les champs qui contiennent des virgules.</translation>
    </message>
    <message>
        <source>The ticket id %1 is on line %2 and again on line %3. Each ticket must appear once: remove one of the two lines.</source>
        <translation>L&apos;identifiant de billet %1 figure à la ligne %2 et de nouveau à la ligne %3. Chaque billet ne doit apparaître qu&apos;une fois : supprimez l&apos;une des deux lignes.</translation>
    </message>
    <message>
        <source>event_id is empty; every ticket needs one. Fill in the event_id column on this line.</source>
        <translation>event_id est vide ; chaque billet en a besoin. Remplissez la colonne event_id sur cette ligne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows. Write an IANA time zone such as Europe/Zurich, or leave it empty.</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire connu de ce système. Écrivez un fuseau horaire IANA tel que Europe/Zurich, ou laissez vide.</translation>
    </message>
    <message>
        <source>%1:%2: the event %3 has different event columns here than on line %4; line %4 was used. Make the event columns the same on every row of an event.</source>
        <translation>%1:%2 : la manifestation %3 a ici des colonnes de manifestation différentes de celles de la ligne %4 ; la ligne %4 a été utilisée. Rendez les colonnes de manifestation identiques sur toutes les lignes d&apos;une manifestation.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Check the path and that you may read the file.</source>
        <translation>Impossible d&apos;ouvrir %1 : %2. Vérifiez le chemin et que vous avez le droit de lire le fichier.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>L&apos;import de %1 a été annulé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>…and %1 more warnings.</source>
        <translation>…et %1 avertissements de plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column %2 is not a date dd/mm/yy hh:mm. Write a real day and time with two digits each, e.g. 22/10/23 21:15 (year 2023).</source>
        <translation>« %1 » dans la colonne %2 n&apos;est pas une date dd/mm/yy hh:mm. Écrivez un jour et une heure réels, chacun sur deux chiffres, p. ex. 22/10/23 21:15 (année 2023).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column %2 is not a comfort value. Write start_of_season, end_of_season, an offset from the performance start such as +1d, -1w, 2w or +3h (h = hours, d = days, w = weeks), or a date dd/mm/yy hh:mm such as 22/10/23 21:15.</source>
        <translation>« %1 » dans la colonne %2 n&apos;est pas une valeur de confort. Écrivez start_of_season, end_of_season, un décalage par rapport au début de la séance tel que +1d, -1w, 2w ou +3h (h = heures, d = jours, w = semaines), ou une date dd/mm/yy hh:mm telle que 22/10/23 21:15.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column TIXRGrp has %2 characters; TIXNGO takes at most 50 for a group id. Shorten it.</source>
        <translation>« %1 » dans la colonne TIXRGrp compte %2 caractères ; TIXNGO accepte au plus 50 caractères pour un identifiant de groupe. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column %2 is not a date. Write yyyy-MM-dd (2026-07-01) or dd/mm/yy (01/07/26), or leave it empty.</source>
        <translation>« %1 » dans la colonne %2 n&apos;est pas une date. Écrivez yyyy-MM-dd (2026-07-01) ou dd/mm/yy (01/07/26), ou laissez vide.</translation>
    </message>
    <message>
        <source>The column %1 belongs to a product, but the header has no column &quot;product_code&quot;. Add product_code (the S-360 product the value is set on) or remove %1.</source>
        <translation>La colonne %1 concerne un produit, mais l&apos;en-tête n&apos;a pas de colonne « product_code ». Ajoutez product_code (le produit S-360 sur lequel la valeur est définie) ou supprimez %1.</translation>
    </message>
    <message>
        <source>%1 is set but product_code is empty on this line: comfort variables and season dates are set on a product. Fill in product_code or clear %1.</source>
        <translation>%1 est renseigné mais product_code est vide sur cette ligne : les variables de confort et les dates de saison sont définies sur un produit. Renseignez product_code ou videz %1.</translation>
    </message>
    <message>
        <source>%1:%2: the product %3 has different comfort variables or season dates here than on line %4; line %4 was used. Make them the same on every row of a product.</source>
        <translation>%1:%2 : le produit %3 a ici des variables de confort ou des dates de saison différentes de celles de la ligne %4 ; la ligne %4 a été utilisée. Rendez-les identiques sur toutes les lignes d&apos;un produit.</translation>
    </message>
    <message>
        <source>The season of product %1 ends (%2) before it starts (%3). Correct season_start or season_end.</source>
        <translation>La saison du produit %1 se termine (%2) avant de commencer (%3). Corrigez season_start ou season_end.</translation>
    </message>
    <message>
        <source>%1 of product %2 is %3, but the product has no %4. Write the season&apos;s %5 in the %4 column (yyyy-MM-dd), or give %1 another value.</source>
        <translation>%1 du produit %2 vaut %3, mais le produit n&apos;a pas de %4. Écrivez le %5 de la saison dans la colonne %4 (yyyy-MM-dd), ou donnez une autre valeur à %1.</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>premier jour</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Loading the tickets was cancelled.</source>
        <translation>Le chargement des billets a été annulé.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Erreur de base de données (%1) : %2</translation>
    </message>
    <message>
        <source>reading the events</source>
        <translation>lecture des manifestations</translation>
    </message>
    <message>
        <source>reading the tickets</source>
        <translation>lecture des billets</translation>
    </message>
</context>
<context>
    <name>tixngo-sim</name>
    <message>
        <source>cannot write the state file %1: %2</source>
        <translation>impossible d&apos;écrire le fichier d&apos;état %1 : %2</translation>
    </message>
    <message>
        <source>Simulates the TIXNGO organizer API on 127.0.0.1 for tests and demos. The first line on stdout is &quot;listening on &lt;interface URL&gt;&quot;.</source>
        <translation>Simule l&apos;API organisateur de TIXNGO sur 127.0.0.1 pour les tests et les démonstrations. La première ligne sur stdout est &quot;listening on &lt;interface URL&gt;&quot;.</translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1; 0 picks a free one (default 0).</source>
        <translation>Port TCP sur 127.0.0.1 ; 0 en choisit un libre (par défaut 0).</translation>
    </message>
    <message>
        <source>The organizer API key to accept (else $TIXNGO_SIM_API_KEY; with neither, any non-empty key is accepted).</source>
        <translation>La clé d&apos;API organisateur à accepter (sinon $TIXNGO_SIM_API_KEY ; sans l&apos;une ni l&apos;autre, toute clé non vide est acceptée).</translation>
    </message>
    <message>
        <source>Header carrying the key (default X-Api-Key; Authorization: Bearer always works).</source>
        <translation>En-tête portant la clé (par défaut X-Api-Key ; Authorization: Bearer fonctionne toujours).</translation>
    </message>
    <message>
        <source>API root path (default /api/v3/).</source>
        <translation>Chemin racine de l&apos;API (par défaut /api/v3/).</translation>
    </message>
    <message>
        <source>Tickets per call before 413 BATCH_TOO_LARGE (default 10000).</source>
        <translation>Billets par appel avant 413 BATCH_TOO_LARGE (par défaut 10000).</translation>
    </message>
    <message>
        <source>Delay before every API answer.</source>
        <translation>Délai avant chaque réponse de l&apos;API.</translation>
    </message>
    <message>
        <source>Share (0..1) of API calls answered 500/502/503/504.</source>
        <translation>Part (0..1) des appels d&apos;API répondus par 500/502/503/504.</translation>
    </message>
    <message>
        <source>API calls per second before 429 with Retry-After (0 = no limit).</source>
        <translation>Appels d&apos;API par seconde avant 429 avec Retry-After (0 = pas de limite).</translation>
    </message>
    <message>
        <source>Share (0..1) of API calls whose connection is closed without an answer.</source>
        <translation>Part (0..1) des appels d&apos;API dont la connexion est fermée sans réponse.</translation>
    </message>
    <message>
        <source>Share (0..1) of 200 answers sent truncated or as HTML.</source>
        <translation>Part (0..1) des réponses 200 envoyées tronquées ou en HTML.</translation>
    </message>
    <message>
        <source>Share (0..1) of tickets failing with a per-ticket INTERNAL_ERROR.</source>
        <translation>Part (0..1) des billets en échec avec une erreur INTERNAL_ERROR par billet.</translation>
    </message>
    <message>
        <source>Seed of the random generators (default 42).</source>
        <translation>Graine des générateurs aléatoires (par défaut 42).</translation>
    </message>
    <message>
        <source>Random spectator actions per second: downloads, assignments, transfers, activations near the event start (default 0).</source>
        <translation>Actions aléatoires de spectateurs par seconde : téléchargements, attributions, transferts, activations proches du début de la manifestation (par défaut 0).</translation>
    </message>
    <message>
        <source>Delay before DELETION_PENDING becomes DELETED; -1 = never (default 1000).</source>
        <translation>Délai avant que DELETION_PENDING devienne DELETED ; -1 = jamais (par défaut 1000).</translation>
    </message>
    <message>
        <source>Keep the simulated data in this JSON file: loaded at start, saved every 10 s and at exit (SIGINT/SIGTERM).</source>
        <translation>Conserver les données simulées dans ce fichier JSON : chargé au démarrage, enregistré toutes les 10 s et à la sortie (SIGINT/SIGTERM).</translation>
    </message>
    <message>
        <source>Do not keep the injected ticket texts (saves about 1 KB per ticket for million-ticket runs; GET /_sim/tickets/{id} then shows payload null).</source>
        <translation>Ne pas conserver les textes des billets injectés (économise environ 1 Ko par billet pour les exécutions à un million de billets ; GET /_sim/tickets/{id} affiche alors payload null).</translation>
    </message>
    <message>
        <source>Log one line per request on stderr.</source>
        <translation>Écrire une ligne par requête sur stderr.</translation>
    </message>
    <message>
        <source>unexpected argument %1; see --help</source>
        <translation>argument inattendu %1 ; voir --help</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3</source>
        <translation>--%1 doit être un nombre de %2 à %3</translation>
    </message>
    <message>
        <source>--seed must be a whole number ≥ 0</source>
        <translation>--seed doit être un nombre entier ≥ 0</translation>
    </message>
    <message>
        <source>cannot read the state file %1: %2</source>
        <translation>impossible de lire le fichier d&apos;état %1 : %2</translation>
    </message>
    <message>
        <source>cannot load the state file %1: %2. Move it away to start empty.</source>
        <translation>impossible de charger le fichier d&apos;état %1 : %2. Déplacez-le pour démarrer à vide.</translation>
    </message>
    <message>
        <source>no API key given (--api-key or TIXNGO_SIM_API_KEY): any non-empty key is accepted</source>
        <translation>aucune clé d&apos;API fournie (--api-key ou TIXNGO_SIM_API_KEY) : toute clé non vide est acceptée</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1 (port in use?); pick another --port or 0</source>
        <translation>impossible d&apos;écouter sur 127.0.0.1:%1 (port déjà utilisé ?) ; choisissez un autre --port ou 0</translation>
    </message>
</context>
<context>
    <name>tixsync</name>
    <message>
        <source>TixSync: the console for the SecuTix 360 / TIXNGO interface.</source>
        <translation>TixSync : la console de l&apos;interface SecuTix 360 / TIXNGO.</translation>
    </message>
    <message>
        <source>SQLite file or postgresql://user@host:port/dbname (default: %1).</source>
        <translation>Fichier SQLite ou postgresql://user@host:port/dbname (par défaut : %1).</translation>
    </message>
    <message>
        <source>Language: en, fr or de (default: the system&apos;s).</source>
        <translation>Langue : en, fr ou de (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>Demo mode: a demo database (demo.sqlite in the application data folder unless --db is given, filled with demo data when empty) and a simulated TIXNGO (tixngo-sim) started for the session.</source>
        <translation>Mode démo : une base de démonstration (demo.sqlite dans le dossier de données de l&apos;application, sauf si --db est indiqué, remplie de données de démonstration si elle est vide) et un TIXNGO simulé (tixngo-sim) lancé pour la session.</translation>
    </message>
    <message>
        <source>TixSync cannot open its database</source>
        <translation>TixSync ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <source>%1

Check the --db option, the file&apos;s permissions and, for PostgreSQL, that the server is running.</source>
        <translation>%1

Vérifiez l&apos;option --db, les droits du fichier et, pour PostgreSQL, que le serveur est démarré.</translation>
    </message>
    <message>
        <source>TixSync cannot start the demo</source>
        <translation>TixSync ne peut pas lancer la démo</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
</context>
<context>
    <name>tixsync-cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation>Lancez « %1 --help » pour l&apos;utilisation.</translation>
    </message>
    <message>
        <source>Shows the audit log (newest first): who imported, ran, fixed, changed templates or settings, when, with which parameters.</source>
        <translation>Affiche le journal d&apos;audit (le plus récent en premier) : qui a importé, exécuté, corrigé, modifié des modèles ou des réglages, quand, avec quels paramètres.</translation>
    </message>
    <message>
        <source>Only this action (import, run, fix, ticket-action, template-save, settings-change…).</source>
        <translation>Seulement cette action (import, run, fix, ticket-action, template-save, settings-change…).</translation>
    </message>
    <message>
        <source>Only lines of this operator.</source>
        <translation>Seulement les lignes de cet opérateur.</translation>
    </message>
    <message>
        <source>Only lines at or after this RFC 3339 time.</source>
        <translation>Seulement les lignes à partir de cette heure RFC 3339.</translation>
    </message>
    <message>
        <source>Only lines before this RFC 3339 time.</source>
        <translation>Seulement les lignes avant cette heure RFC 3339.</translation>
    </message>
    <message>
        <source>Only lines containing this text (any case).</source>
        <translation>Seulement les lignes contenant ce texte (sans tenir compte de la casse).</translation>
    </message>
    <message>
        <source>At most N lines (default: all).</source>
        <translation>Au plus N lignes (par défaut : toutes).</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>Écrire un seul tableau JSON.</translation>
    </message>
    <message>
        <source>Write CSV to FILE (- for standard output).</source>
        <translation>Écrire le CSV dans FILE (- pour la sortie standard).</translation>
    </message>
    <message>
        <source>Choose either --json or --csv, not both.</source>
        <translation>Choisissez --json ou --csv, pas les deux.</translation>
    </message>
    <message>
        <source>--%1 needs an RFC 3339 time such as 2026-06-01T00:00:00Z (got &quot;%2&quot;).</source>
        <translation>--%1 attend une heure RFC 3339 telle que 2026-06-01T00:00:00Z (reçu « %2 »).</translation>
    </message>
    <message>
        <source>--limit needs a positive number (got &quot;%1&quot;).</source>
        <translation>--limit attend un nombre positif (reçu « %1 »).</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>%1 lines written to %2.</source>
        <translation>%1 lignes écrites dans %2.</translation>
    </message>
    <message>
        <source>No audit log lines match.</source>
        <translation>Aucune ligne du journal d&apos;audit ne correspond.</translation>
    </message>
    <message>
        <source>Usage: tixsync-cli profiles list [--json] [--check-keys]
       tixsync-cli profiles add NAME --url URL [--login EMAIL] [--api-profile P] [--organizer ID] [--production]
       tixsync-cli profiles remove NAME
       tixsync-cli profiles use NAME
       tixsync-cli profiles set-key NAME      (the key is read from standard input)
       tixsync-cli profiles delete-key NAME
       tixsync-cli profiles test NAME         (key from TIXNGO_API_KEY or the keychain)</source>
        <translation>Usage : tixsync-cli profiles list [--json] [--check-keys]
        tixsync-cli profiles add NAME --url URL [--login EMAIL] [--api-profile P] [--organizer ID] [--production]
        tixsync-cli profiles remove NAME
        tixsync-cli profiles use NAME
        tixsync-cli profiles set-key NAME      (la clé est lue sur l&apos;entrée standard)
        tixsync-cli profiles delete-key NAME
        tixsync-cli profiles test NAME         (clé depuis TIXNGO_API_KEY ou le trousseau)</translation>
    </message>
    <message>
        <source>Connection profiles (TIXNGO environments) and their API keys in the OS keychain. Sub-commands: list, add, remove, use, set-key, delete-key, test.</source>
        <translation>Profils de connexion (environnements TIXNGO) et leurs clés d&apos;API dans le trousseau du système. Sous-commandes : list, add, remove, use, set-key, delete-key, test.</translation>
    </message>
    <message>
        <source>list, add, remove, use, set-key, delete-key or test</source>
        <translation>list, add, remove, use, set-key, delete-key ou test</translation>
    </message>
    <message>
        <source>The profile name.</source>
        <translation>Le nom du profil.</translation>
    </message>
    <message>
        <source>list: print one JSON array.</source>
        <translation>list : écrire un seul tableau JSON.</translation>
    </message>
    <message>
        <source>list: ask the keychain whether each profile has a key (up to 5 s each).</source>
        <translation>list : demander au trousseau si chaque profil a une clé (jusqu&apos;à 5 s chacun).</translation>
    </message>
    <message>
        <source>add: the TIXNGO interface URL (ends with organizer/tickets).</source>
        <translation>add : l&apos;URL de l&apos;interface TIXNGO (se termine par organizer/tickets).</translation>
    </message>
    <message>
        <source>add: the organizer ADMIN e-mail (informational).</source>
        <translation>add : l&apos;e-mail ADMIN de l&apos;organisateur (à titre informatif).</translation>
    </message>
    <message>
        <source>add: API profile: default, bearer or a JSON file.</source>
        <translation>add : profil d&apos;API : default, bearer ou un fichier JSON.</translation>
    </message>
    <message>
        <source>add: the organizer id.</source>
        <translation>add : l&apos;identifiant de l&apos;organisateur.</translation>
    </message>
    <message>
        <source>add: mark it as a production environment.</source>
        <translation>add : le marquer comme environnement de production.</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation>clé : %1</translation>
    </message>
    <message>
        <source>No connection profiles yet. Add one with: tixsync-cli profiles add NAME --url URL</source>
        <translation>Aucun profil de connexion pour l&apos;instant. Ajoutez-en un avec : tixsync-cli profiles add NAME --url URL</translation>
    </message>
    <message>
        <source>The API key is read from standard input, never from the command line. Run: tixsync-cli profiles set-key NAME, then type or pipe the key.</source>
        <translation>La clé d&apos;API est lue sur l&apos;entrée standard, jamais sur la ligne de commande. Lancez : tixsync-cli profiles set-key NAME, puis saisissez la clé ou transmettez-la par un tube.</translation>
    </message>
    <message>
        <source>connection profile added</source>
        <translation>profil de connexion ajouté</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added. Store its API key with: tixsync-cli profiles set-key &quot;%1&quot;</source>
        <translation>Profil « %1 » ajouté. Enregistrez sa clé d&apos;API avec : tixsync-cli profiles set-key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>connection profile removed</source>
        <translation>profil de connexion supprimé</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed, but its key could not be deleted from the keychain: %2</source>
        <translation>Profil « %1 » supprimé, mais sa clé n&apos;a pas pu être effacée du trousseau : %2</translation>
    </message>
    <message>
        <source>active connection profile changed</source>
        <translation>profil de connexion actif modifié</translation>
    </message>
    <message>
        <source>There is no connection profile called &quot;%1&quot;. Check the name with: tixsync-cli profiles list</source>
        <translation>Il n&apos;existe aucun profil de connexion nommé « %1 ». Vérifiez le nom avec : tixsync-cli profiles list</translation>
    </message>
    <message>
        <source>API key for &quot;%1&quot;: </source>
        <translation>Clé d&apos;API pour « %1 » : </translation>
    </message>
    <message>
        <source>No key was read from standard input; type or pipe the API key.</source>
        <translation>Aucune clé n&apos;a été lue sur l&apos;entrée standard ; saisissez la clé d&apos;API ou transmettez-la par un tube.</translation>
    </message>
    <message>
        <source>For scripts and schedulers, set the environment variable TIXNGO_API_KEY instead.</source>
        <translation>Pour les scripts et planificateurs, définissez plutôt la variable d&apos;environnement TIXNGO_API_KEY.</translation>
    </message>
    <message>
        <source>API key stored in the keychain</source>
        <translation>clé d&apos;API enregistrée dans le trousseau</translation>
    </message>
    <message>
        <source>The API key of &quot;%1&quot; is stored in the keychain.</source>
        <translation>La clé d&apos;API de « %1 » est enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>API key deleted from the keychain</source>
        <translation>clé d&apos;API supprimée du trousseau</translation>
    </message>
    <message>
        <source>Show or export the audit log</source>
        <translation>Afficher ou exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Connection profiles and their API keys in the keychain</source>
        <translation>Profils de connexion et leurs clés d&apos;API dans le trousseau</translation>
    </message>
    <message>
        <source>Imports an S-360 ticket export (CSV, UTF-8, one row per ticket; see docs/import-format.md). Tickets are upserted by ticket id; the whole file is imported or nothing is.</source>
        <translation>Importe un export de billets S-360 (CSV, UTF-8, une ligne par billet ; voir docs/import-format.md). Les billets sont insérés ou mis à jour selon leur identifiant ; tout le fichier est importé, ou rien.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Le fichier CSV à importer.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Écrire le résultat sous forme d&apos;un seul objet JSON.</translation>
    </message>
    <message>
        <source>import needs exactly one FILE.csv. Run &quot;tixsync-cli import --help&quot; for usage.</source>
        <translation>import attend exactement un FILE.csv. Lancez « tixsync-cli import --help » pour l&apos;utilisation.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 inserted, %3 updated, %4 events.</source>
        <translation>%1 lignes importées : %2 insérées, %3 mises à jour, %4 manifestations.</translation>
    </message>
    <message>
        <source>Fills the database with realistic demo events and tickets. The same seed always gives the same data; running it again with the same seed updates the same tickets.</source>
        <translation>Remplit la base de données de manifestations et de billets de démonstration réalistes. La même graine donne toujours les mêmes données ; relancer avec la même graine met à jour les mêmes billets.</translation>
    </message>
    <message>
        <source>Number of events (default 12).</source>
        <translation>Nombre de manifestations (par défaut 12).</translation>
    </message>
    <message>
        <source>Tickets per event (default 500).</source>
        <translation>Billets par manifestation (par défaut 500).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Graine aléatoire (par défaut 1).</translation>
    </message>
    <message>
        <source>--events needs a whole number from 1 to 100000, not &quot;%1&quot;.</source>
        <translation>--events attend un nombre entier de 1 à 100000, pas « %1 ».</translation>
    </message>
    <message>
        <source>--tickets-per-event needs a whole number from 0 to 10000000, not &quot;%1&quot;.</source>
        <translation>--tickets-per-event attend un nombre entier de 0 à 10000000, pas « %1 ».</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>--seed attend un nombre entier de 0 à 4294967295, pas « %1 ».</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Génération en cours…</translation>
    </message>
    <message>
        <source>Generated %1 events and %2 tickets (seed %3).</source>
        <translation>%1 manifestations et %2 billets générés (graine %3).</translation>
    </message>
    <message>
        <source>Lists the events with their number of tickets in each S-360 status.</source>
        <translation>Liste les manifestations avec leur nombre de billets dans chaque statut S-360.</translation>
    </message>
    <message>
        <source>Print one JSON array of objects: eventId, name, eventType, startTime, venue, city, tickets and counts (one entry per S-360 status).</source>
        <translation>Écrire un seul tableau JSON d&apos;objets : eventId, name, eventType, startTime, venue, city, tickets et counts (une entrée par statut S-360).</translation>
    </message>
    <message>
        <source>EVENT ID</source>
        <translation>ID MANIFESTATION</translation>
    </message>
    <message>
        <source>START</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>VENUE</source>
        <translation>LIEU</translation>
    </message>
    <message>
        <source>TICKETS</source>
        <translation>BILLETS</translation>
    </message>
    <message>
        <source>Lists tickets, in ticket-id order, with their S-360 and TIXNGO status.</source>
        <translation>Liste les billets, par ordre d&apos;identifiant, avec leur statut S-360 et TIXNGO.</translation>
    </message>
    <message>
        <source>Only the tickets of this event id.</source>
        <translation>Seulement les billets de cet identifiant de manifestation.</translation>
    </message>
    <message>
        <source>Only tickets in this S-360 status (%1).</source>
        <translation>Seulement les billets dans ce statut S-360 (%1).</translation>
    </message>
    <message>
        <source>Only tickets whose id, number, order, barcode, buyer or holder (name or e-mail) contains TEXT, ignoring case.</source>
        <translation>Seulement les billets dont l&apos;identifiant, le numéro, la commande, le code-barres, l&apos;acheteur ou le titulaire (nom ou e-mail) contient TEXT, sans tenir compte de la casse.</translation>
    </message>
    <message>
        <source>Print one JSON array of objects: ticketId, ticketNumber, fileNumber, eventId, s360Status, reason, tixngoStatus, shipmentMode, category, price, currency, contact, holder, owner.</source>
        <translation>Écrire un seul tableau JSON d&apos;objets : ticketId, ticketNumber, fileNumber, eventId, s360Status, reason, tixngoStatus, shipmentMode, category, price, currency, contact, holder, owner.</translation>
    </message>
    <message>
        <source>At most N tickets (default 100; 0 = all).</source>
        <translation>Au plus N billets (par défaut 100 ; 0 = tous).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an S-360 status. Use one of: %2.</source>
        <translation>« %1 » n&apos;est pas un statut S-360. Utilisez l&apos;un de : %2.</translation>
    </message>
    <message>
        <source>--limit needs a whole number (0 = all), not &quot;%1&quot;.</source>
        <translation>--limit attend un nombre entier (0 = tous), pas « %1 ».</translation>
    </message>
    <message>
        <source>TICKET ID</source>
        <translation>ID BILLET</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>MANIFESTATION</translation>
    </message>
    <message>
        <source>S-360</source>
        <translation>S-360</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <source>TIXNGO</source>
        <translation>TIXNGO</translation>
    </message>
    <message>
        <source>HOLDER</source>
        <translation>TITULAIRE</translation>
    </message>
    <message>
        <source>TIXNGO OWNER</source>
        <translation>PROPRIÉTAIRE TIXNGO</translation>
    </message>
    <message>
        <source>Showing the first %1 tickets; use --limit 0 to show all.</source>
        <translation>Affichage des %1 premiers billets ; utilisez --limit 0 pour tout afficher.</translation>
    </message>
    <message>
        <source>Import an S-360 ticket export (CSV)</source>
        <translation>Importer un export de billets S-360 (CSV)</translation>
    </message>
    <message>
        <source>Generate realistic demo events and tickets</source>
        <translation>Générer des manifestations et des billets de démonstration réalistes</translation>
    </message>
    <message>
        <source>List events with ticket counts per S-360 status</source>
        <translation>Lister les manifestations avec le nombre de billets par statut S-360</translation>
    </message>
    <message>
        <source>List tickets with their S-360 and TIXNGO status</source>
        <translation>Lister les billets avec leur statut S-360 et TIXNGO</translation>
    </message>
    <message>
        <source>Reconciliation of %1 tickets in %2 events at %3</source>
        <translation>Rapprochement de %1 billets dans %2 manifestations au %3</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All discrepancies</source>
        <translation>Tous les écarts</translation>
    </message>
    <message>
        <source>Events needing attention first:</source>
        <translation>Manifestations à traiter en priorité :</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 pending, %4 info of %5 tickets</source>
        <translation>%1 erreurs, %2 avertissements, %3 en attente, %4 infos sur %5 billets</translation>
    </message>
    <message>
        <source>Duplicates (%1):</source>
        <translation>Doublons (%1) :</translation>
    </message>
    <message>
        <source>barcode %1 on tickets %2</source>
        <translation>code-barres %1 sur les billets %2</translation>
    </message>
    <message>
        <source>ticket id %1 on %2 rows</source>
        <translation>identifiant de billet %1 sur %2 lignes</translation>
    </message>
    <message>
        <source>ticket id %1 twice in the TIXNGO list (%2)</source>
        <translation>identifiant de billet %1 deux fois dans la liste TIXNGO (%2)</translation>
    </message>
    <message>
        <source>%1 tickets have an unknown S-360 or TIXNGO status code and were not reconciled; fix their status in the database.</source>
        <translation>%1 billets ont un code de statut S-360 ou TIXNGO inconnu et n&apos;ont pas été rapprochés ; corrigez leur statut dans la base de données.</translation>
    </message>
    <message>
        <source>--refresh needs a TIXNGO connection profile: make one active or name it with --profile.</source>
        <translation>--refresh nécessite un profil de connexion TIXNGO : activez-en un ou nommez-le avec --profile.</translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot;; check the name (profiles are listed by &quot;tixsync-cli profiles list&quot;).</source>
        <translation>Il n&apos;existe aucun profil de connexion « %1 » ; vérifiez le nom (les profils sont listés par « tixsync-cli profiles list »).</translation>
    </message>
    <message>
        <source>The API profile &quot;%1&quot; of connection &quot;%2&quot; is neither &quot;default&quot;, &quot;bearer&quot; nor an existing file; correct the connection profile.</source>
        <translation>Le profil d&apos;API « %1 » de la connexion « %2 » n&apos;est ni &quot;default&quot;, ni &quot;bearer&quot;, ni un fichier existant ; corrigez le profil de connexion.</translation>
    </message>
    <message>
        <source>Reading TIXNGO: page %1, %2 tickets</source>
        <translation>Lecture de TIXNGO : page %1, %2 billets</translation>
    </message>
    <message>
        <source>Compares every ticket&apos;s S-360 status with its TIXNGO status as last known (interface doc §4) and prints the discrepancies per category. Exit code 3 when --fail-on matches.</source>
        <translation>Compare le statut S-360 de chaque billet avec son dernier statut TIXNGO connu (doc. d&apos;interface §4) et affiche les écarts par catégorie. Code de sortie 3 lorsque --fail-on est atteint.</translation>
    </message>
    <message>
        <source>Only the tickets of this event.</source>
        <translation>Seulement les billets de cette manifestation.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Print one JSON object with counts and discrepancies.</source>
        <translation>Écrire un seul objet JSON avec les totaux et les écarts.</translation>
    </message>
    <message>
        <source>Write the discrepancies to this CSV file.</source>
        <translation>Écrire les écarts dans ce fichier CSV.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Exit with code 3 when a discrepancy of this severity or worse exists: error or warning.</source>
        <translation>Sortir avec le code 3 s&apos;il existe un écart de cette gravité ou pire : error ou warning.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SEVERITY</translation>
    </message>
    <message>
        <source>Reconcile as if it were this time (RFC 3339).</source>
        <translation>Faire le rapprochement comme s&apos;il était cette heure-là (RFC 3339).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>Report owner drift (contact distribution is enabled).</source>
        <translation>Signaler les divergences de propriétaire (la distribution aux contacts est activée).</translation>
    </message>
    <message>
        <source>Minutes a cancelled ticket may stay live before it is an error.</source>
        <translation>Minutes pendant lesquelles un billet annulé peut rester actif avant d&apos;être une erreur.</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>Minutes a control may take to reach TIXNGO before it is an error.</source>
        <translation>Minutes que peut prendre un contrôle pour atteindre TIXNGO avant d&apos;être une erreur.</translation>
    </message>
    <message>
        <source>Minutes after which DELETION_PENDING is reported as stuck.</source>
        <translation>Minutes après lesquelles DELETION_PENDING est signalé comme bloqué.</translation>
    </message>
    <message>
        <source>TIXNGO&apos;s view of the tickets (JSON, diff-feed shape): ids S-360 does not have are reported as UNKNOWN_TO_S360.</source>
        <translation>La vue TIXNGO des billets (JSON, au format du flux diff) : les identifiants inconnus de S-360 sont signalés comme UNKNOWN_TO_S360.</translation>
    </message>
    <message>
        <source>Only tickets of these shipment modes (the TIXNGO ones; comma-separated, repeatable). Default: the setting recon.shipmentModes, else every ticket.</source>
        <translation>Seulement les billets de ces modes d&apos;expédition (ceux de TIXNGO ; séparés par des virgules, répétable). Par défaut : le réglage recon.shipmentModes, sinon tous les billets.</translation>
    </message>
    <message>
        <source>MODES</source>
        <translation>MODES</translation>
    </message>
    <message>
        <source>Read TIXNGO&apos;s whole view first (its diff feed from the start; the feedback position is not moved): finds tickets S-360 does not have.</source>
        <translation>Lire d&apos;abord toute la vue TIXNGO (son flux diff depuis le début ; la position du retour de statut n&apos;est pas déplacée) : trouve les billets que S-360 n&apos;a pas.</translation>
    </message>
    <message>
        <source>Connection profile for --refresh (default: the active one).</source>
        <translation>Profil de connexion pour --refresh (par défaut : le profil actif).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run &quot;tixsync-cli reconcile --help&quot; for usage.</source>
        <translation>Argument inattendu « %1 ». Lancez « tixsync-cli reconcile --help » pour l&apos;utilisation.</translation>
    </message>
    <message>
        <source>Use either --json or --csv, not both.</source>
        <translation>Utilisez --json ou --csv, pas les deux.</translation>
    </message>
    <message>
        <source>Use either --refresh or --tixngo-file, not both.</source>
        <translation>Utilisez --refresh ou --tixngo-file, pas les deux.</translation>
    </message>
    <message>
        <source>--profile only applies with --refresh.</source>
        <translation>--profile ne s&apos;applique qu&apos;avec --refresh.</translation>
    </message>
    <message>
        <source>--fail-on takes &quot;error&quot; or &quot;warning&quot;, not &quot;%1&quot;.</source>
        <translation>--fail-on accepte &quot;error&quot; ou &quot;warning&quot;, pas « %1 ».</translation>
    </message>
    <message>
        <source>--now takes an RFC 3339 time such as 2026-06-01T20:00:00Z, not &quot;%1&quot;.</source>
        <translation>--now accepte une heure RFC 3339 telle que 2026-06-01T20:00:00Z, pas « %1 ».</translation>
    </message>
    <message>
        <source>--%1 takes a number of minutes (0 or more), not &quot;%2&quot;.</source>
        <translation>--%1 accepte un nombre de minutes (0 ou plus), pas « %2 ».</translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot; in the database. Check the id with &quot;tixsync-cli events&quot;.</source>
        <translation>Il n&apos;y a aucune manifestation « %1 » dans la base de données. Vérifiez l&apos;identifiant avec « tixsync-cli events ».</translation>
    </message>
    <message>
        <source>Cannot read the TIXNGO ticket list %1: %2</source>
        <translation>Impossible de lire la liste de billets TIXNGO %1 : %2</translation>
    </message>
    <message>
        <source>--refresh is not available: this tixsync-cli was built without the TIXNGO client.</source>
        <translation>--refresh n&apos;est pas disponible : ce tixsync-cli a été compilé sans le client TIXNGO.</translation>
    </message>
    <message>
        <source>Cannot write to the standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>Cannot write the CSV file %1: %2. Choose a folder you can write to.</source>
        <translation>Impossible d&apos;écrire le fichier CSV %1 : %2. Choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>Show every ticket where S-360 and TIXNGO disagree</source>
        <translation>Afficher tous les billets pour lesquels S-360 et TIXNGO divergent</translation>
    </message>
    <message>
        <source>Opens the database (applying pending migrations) and prints where it is and its schema version.</source>
        <translation>Ouvre la base de données (en appliquant les migrations en attente) et affiche son emplacement et sa version de schéma.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Écrire un seul objet JSON.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program knows up to %2)</source>
        <translation>Version du schéma : %1 (ce programme connaît jusqu&apos;à la %2)</translation>
    </message>
    <message>
        <source>Show the database location and schema version</source>
        <translation>Afficher l&apos;emplacement et la version de schéma de la base de données</translation>
    </message>
    <message>
        <source>Tickets external printing: injects NOT_PRINTED tickets into TIXNGO; accepted tickets become PRINTED.</source>
        <translation>Impression externe des billets : injecte les billets NOT_PRINTED dans TIXNGO ; les billets acceptés passent à PRINTED.</translation>
    </message>
    <message>
        <source>Retrieves ticket statuses from the TIXNGO diff feed and stores them; never changes an S-360 status.</source>
        <translation>Récupère les statuts des billets depuis le flux diff TIXNGO et les enregistre ; ne modifie jamais un statut S-360.</translation>
    </message>
    <message>
        <source>Pushes cancelled and invalidated tickets to TIXNGO (deletion).</source>
        <translation>Envoie les billets annulés et invalidés à TIXNGO (suppression).</translation>
    </message>
    <message>
        <source>Pushes tickets controlled in S-360 to TIXNGO.</source>
        <translation>Envoie à TIXNGO les billets contrôlés dans S-360.</translation>
    </message>
    <message>
        <source>Injects NOT_PRINTED membership and season cards (digital privileges) into TIXNGO.</source>
        <translation>Injecte dans TIXNGO les abonnements et cartes de saison NOT_PRINTED (privilèges numériques).</translation>
    </message>
    <message>
        <source>Inject NOT_PRINTED tickets into TIXNGO</source>
        <translation>Injecter les billets NOT_PRINTED dans TIXNGO</translation>
    </message>
    <message>
        <source>Retrieve ticket statuses from TIXNGO</source>
        <translation>Récupérer les statuts des billets depuis TIXNGO</translation>
    </message>
    <message>
        <source>Push cancelled and invalidated tickets to TIXNGO</source>
        <translation>Envoyer à TIXNGO les billets annulés et invalidés</translation>
    </message>
    <message>
        <source>Push controlled tickets to TIXNGO</source>
        <translation>Envoyer à TIXNGO les billets contrôlés</translation>
    </message>
    <message>
        <source>Inject membership and season cards into TIXNGO</source>
        <translation>Injecter les abonnements et cartes de saison dans TIXNGO</translation>
    </message>
    <message>
        <source>Cancel, invalidate, control or reprint S-360 tickets</source>
        <translation>Annuler, invalider, contrôler ou réimprimer des billets S-360</translation>
    </message>
    <message>
        <source>List the last runs or one run&apos;s ledger</source>
        <translation>Lister les dernières exécutions ou le registre d&apos;une exécution</translation>
    </message>
    <message>
        <source>Show or set the schedules of the functions</source>
        <translation>Afficher ou définir les planifications des fonctions</translation>
    </message>
    <message>
        <source>Run the automatic schedules that are due</source>
        <translation>Lancer les planifications automatiques arrivées à échéance</translation>
    </message>
    <message>
        <source>Check or render a ticket template (check, render, variables, default)</source>
        <translation>Vérifier ou générer un modèle de billet (check, render, variables, default)</translation>
    </message>
    <message>
        <source>Usage: tixsync-cli [--db PATH|URL] [--lang fr|de|en] COMMAND [options]</source>
        <translation>Usage : tixsync-cli [--db PATH|URL] [--lang fr|de|en] COMMAND [options]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales :</translation>
    </message>
    <message>
        <source>SQLite file or postgresql://user@host:port/dbname (default: %1)</source>
        <translation>Fichier SQLite ou postgresql://user@host:port/dbname (par défaut : %1)</translation>
    </message>
    <message>
        <source>Language of messages: en, fr or de</source>
        <translation>Langue des messages : en, fr ou de</translation>
    </message>
    <message>
        <source>Show this help; COMMAND --help shows the options of a command.</source>
        <translation>Afficher cette aide ; COMMAND --help affiche les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 warning, 2 failure, 3 reconciliation threshold met, 64 usage error.</source>
        <translation>Codes de sortie : 0 succès, 1 avertissement, 2 échec, 3 seuil de rapprochement atteint, 64 erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 attend une valeur.</translation>
    </message>
    <message>
        <source>Unknown option %1. Run &quot;tixsync-cli --help&quot; for usage.</source>
        <translation>Option inconnue %1. Lancez « tixsync-cli --help » pour l&apos;utilisation.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;tixsync-cli --help&quot; for the list.</source>
        <translation>Commande inconnue « %1 ». Lancez « tixsync-cli --help » pour la liste.</translation>
    </message>
    <message>
        <source>%1: %2%3 — run %4: %5 selected, %6 succeeded, %7 failed, %8 skipped</source>
        <translation>%1 : %2%3 — exécution %4 : %5 sélectionnés, %6 réussis, %7 en échec, %8 ignorés</translation>
    </message>
    <message>
        <source> (dry run, nothing sent)</source>
        <translation> (simulation, rien n&apos;a été envoyé)</translation>
    </message>
    <message>
        <source>… and more; see &quot;tixsync-cli runs --run %1&quot;.</source>
        <translation>… et d&apos;autres ; voir « tixsync-cli runs --run %1 ».</translation>
    </message>
    <message>
        <source>Only tickets of this event / performance id (repeatable).</source>
        <translation>Seulement les billets de cet identifiant de manifestation / séance (répétable).</translation>
    </message>
    <message>
        <source>Only the tickets of this S-360 order (file); other filters are then ignored.</source>
        <translation>Seulement les billets de cette commande (dossier) S-360 ; les autres filtres sont alors ignorés.</translation>
    </message>
    <message>
        <source>Only this product code.</source>
        <translation>Seulement ce code produit.</translation>
    </message>
    <message>
        <source>Only this product family.</source>
        <translation>Seulement cette famille de produits.</translation>
    </message>
    <message>
        <source>Only events of this season.</source>
        <translation>Seulement les manifestations de cette saison.</translation>
    </message>
    <message>
        <source>Only this sales channel.</source>
        <translation>Seulement ce canal de vente.</translation>
    </message>
    <message>
        <source>Only this tariff.</source>
        <translation>Seulement ce tarif.</translation>
    </message>
    <message>
        <source>Only this seat category.</source>
        <translation>Seulement cette catégorie de places.</translation>
    </message>
    <message>
        <source>At most N tickets in this run (default: the function&apos;s).</source>
        <translation>Au plus N billets dans cette exécution (par défaut : celui de la fonction).</translation>
    </message>
    <message>
        <source>Process these tickets even if already processed: &quot;id:123456789, 12300123&quot; (id: = ticket id, bare = ticket number).</source>
        <translation>Traiter ces billets même s&apos;ils sont déjà traités : &quot;id:123456789, 12300123&quot; (id: = identifiant de billet, sans préfixe = numéro de billet).</translation>
    </message>
    <message>
        <source>Never process these tickets in this run (same syntax as --force).</source>
        <translation>Ne jamais traiter ces billets dans cette exécution (même syntaxe que --force).</translation>
    </message>
    <message>
        <source>Pushes: re-send as if the last successful run had been at this local time.</source>
        <translation>Envois : renvoyer comme si la dernière exécution réussie avait eu lieu à cette heure locale.</translation>
    </message>
    <message>
        <source>Pushes: only tickets of these shipment modes (comma-separated; default all).</source>
        <translation>Envois : seulement les billets de ces modes d&apos;expédition (séparés par des virgules ; par défaut tous).</translation>
    </message>
    <message>
        <source>Push cancelled: show the deleted ticket to the spectator (showDeletedTicket).</source>
        <translation>Envoi des annulations : afficher le billet supprimé au spectateur (showDeletedTicket).</translation>
    </message>
    <message>
        <source>Injection: ticket-holder fields that must be filled (FIRSTNAME,LASTNAME,BIRTHDATE,ID_NUMBER,COUNTRY_CODE,BIRTH_REGION,BIRTH_PLACE).</source>
        <translation>Injection : champs du titulaire du billet qui doivent être remplis (FIRSTNAME,LASTNAME,BIRTHDATE,ID_NUMBER,COUNTRY_CODE,BIRTH_REGION,BIRTH_PLACE).</translation>
    </message>
    <message>
        <source>Injection: the point of sale that prints, &quot;salesChannelCode;posCode&quot;.</source>
        <translation>Injection : le point de vente qui imprime, &quot;salesChannelCode;posCode&quot;.</translation>
    </message>
    <message>
        <source>Feedback: process this file (diff format) as if TIXNGO had returned it; pushes: a file listing tickets to process.</source>
        <translation>Retour de statut : traiter ce fichier (format diff) comme si TIXNGO l&apos;avait renvoyé ; envois : un fichier listant les billets à traiter.</translation>
    </message>
    <message>
        <source>key=value custom parameters (default: those stored for the function).</source>
        <translation>Paramètres personnalisés key=value (par défaut : ceux enregistrés pour la fonction).</translation>
    </message>
    <message>
        <source>Scope of leases and watermarks (default: the TIXNGO URL).</source>
        <translation>Portée des verrous d&apos;exécution et des marqueurs de synchronisation (par défaut : l&apos;URL TIXNGO).</translation>
    </message>
    <message>
        <source>Select and build everything, send nothing; print the payloads.</source>
        <translation>Tout sélectionner et construire, ne rien envoyer ; afficher les charges utiles.</translation>
    </message>
    <message>
        <source>TIXNGO interface URL ending with organizer/tickets (default: the setting tixngo/url). The API key is read from TIXNGO_API_KEY.</source>
        <translation>URL de l&apos;interface TIXNGO se terminant par organizer/tickets (par défaut : le réglage tixngo/url). La clé d&apos;API est lue dans TIXNGO_API_KEY.</translation>
    </message>
    <message>
        <source>--batch needs a positive whole number, not &quot;%1&quot;.</source>
        <translation>--batch attend un nombre entier positif, pas « %1 ».</translation>
    </message>
    <message>
        <source>--date-from must look like &quot;25/12/26 18:30&quot; (DD/MM/YY hh:mm), not &quot;%1&quot;.</source>
        <translation>--date-from doit avoir la forme &quot;25/12/26 18:30&quot; (JJ/MM/AA hh:mm), pas « %1 ».</translation>
    </message>
    <message>
        <source>Cannot read the custom parameters file %1: %2.</source>
        <translation>Impossible de lire le fichier de paramètres personnalisés %1 : %2.</translation>
    </message>
    <message>
        <source>Exit codes: 0 OK, 1 Warning (some tickets failed), 2 Error (the run could not proceed, or another instance is running), 64 usage.</source>
        <translation>Codes de sortie : 0 OK, 1 avertissement (certains billets ont échoué), 2 erreur (l&apos;exécution n&apos;a pas pu se faire, ou une autre instance est en cours), 64 utilisation.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run &quot;%2 --help&quot; for usage.</source>
        <translation>Argument inattendu « %1 ». Lancez « %2 --help » pour l&apos;utilisation.</translation>
    </message>
    <message>
        <source>Cancellation / invalidation reason.</source>
        <translation>Motif d&apos;annulation / d&apos;invalidation.</translation>
    </message>
    <message>
        <source>cancel, invalidate, control or reprint</source>
        <translation>cancel, invalidate, control ou reprint</translation>
    </message>
    <message>
        <source>Ticket ids</source>
        <translation>Identifiants des billets</translation>
    </message>
    <message>
        <source>Give an action and at least one ticket id, e.g. &quot;ticket-action invalidate 1001 --reason LOST&quot;.</source>
        <translation>Indiquez une action et au moins un identifiant de billet, p. ex. « ticket-action invalidate 1001 --reason LOST ».</translation>
    </message>
    <message>
        <source>Ticket %1 reprinted as %2 (NOT_PRINTED; the next injection sends it).</source>
        <translation>Billet %1 réimprimé sous %2 (NOT_PRINTED ; la prochaine injection l&apos;envoie).</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;. Use cancel, invalidate, control or reprint.</source>
        <translation>Action inconnue « %1 ». Utilisez cancel, invalidate, control ou reprint.</translation>
    </message>
    <message>
        <source>%1: %2 ticket(s) done.</source>
        <translation>%1 : %2 billet(s) traité(s).</translation>
    </message>
    <message>
        <source>Lists the last runs of the interface functions, or the per-ticket ledger of one run.</source>
        <translation>Liste les dernières exécutions des fonctions d&apos;interface, ou le registre par billet d&apos;une exécution.</translation>
    </message>
    <message>
        <source>How many runs (default 20).</source>
        <translation>Nombre d&apos;exécutions (par défaut 20).</translation>
    </message>
    <message>
        <source>Only this function (inject, feedback…).</source>
        <translation>Seulement cette fonction (inject, feedback…).</translation>
    </message>
    <message>
        <source>Print the ledger of this run.</source>
        <translation>Écrire le registre de cette exécution.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Écrire du JSON.</translation>
    </message>
    <message>
        <source>Unknown function &quot;%1&quot;.</source>
        <translation>Fonction inconnue « %1 ».</translation>
    </message>
    <message>
        <source>%1 selected, %2 ok, %3 failed, %4 skipped</source>
        <translation>%1 sélectionnés, %2 OK, %3 en échec, %4 ignorés</translation>
    </message>
    <message>
        <source>Shows or sets the schedule of a function. Automatic schedules are run by &quot;tixsync-cli run-due&quot; (from cron or a systemd timer).
  schedule                      list schedules and their next run
  schedule FUNCTION --every MIN [--start …] [--end …] [run options]
  schedule FUNCTION --manual</source>
        <translation>Affiche ou définit la planification d&apos;une fonction. Les planifications automatiques sont exécutées par « tixsync-cli run-due » (depuis cron ou un timer systemd).
  schedule                      liste les planifications et leur prochaine exécution
  schedule FUNCTION --every MIN [--start …] [--end …] [options d&apos;exécution]
  schedule FUNCTION --manual</translation>
    </message>
    <message>
        <source>Run automatically every MIN minutes.</source>
        <translation>Exécuter automatiquement toutes les MIN minutes.</translation>
    </message>
    <message>
        <source>Manual only (no automatic runs).</source>
        <translation>Manuelle uniquement (pas d&apos;exécution automatique).</translation>
    </message>
    <message>
        <source>First automatic run not before (DD/MM/YY hh:mm).</source>
        <translation>Première exécution automatique pas avant (JJ/MM/AA hh:mm).</translation>
    </message>
    <message>
        <source>No automatic run after (DD/MM/YY hh:mm).</source>
        <translation>Aucune exécution automatique après (JJ/MM/AA hh:mm).</translation>
    </message>
    <message>
        <source>inject, feedback, push-cancelled, push-controlled, inject-privileges</source>
        <translation>inject, feedback, push-cancelled, push-controlled, inject-privileges</translation>
    </message>
    <message>
        <source>every %1 min</source>
        <translation>toutes les %1 min</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>prochaine : %1</translation>
    </message>
    <message>
        <source>Give --every MIN (a positive number of minutes) or --manual.</source>
        <translation>Indiquez --every MIN (un nombre positif de minutes) ou --manual.</translation>
    </message>
    <message>
        <source>--start must look like &quot;25/12/26 18:30&quot;.</source>
        <translation>--start doit avoir la forme &quot;25/12/26 18:30&quot;.</translation>
    </message>
    <message>
        <source>--end must look like &quot;25/12/26 18:30&quot;.</source>
        <translation>--end doit avoir la forme &quot;25/12/26 18:30&quot;.</translation>
    </message>
    <message>
        <source>warning: Date from on an automatic schedule re-sends the same tickets at every run and floods phones with notifications.</source>
        <translation>avertissement : une date de départ sur une planification automatique renvoie les mêmes billets à chaque exécution et inonde les téléphones de notifications.</translation>
    </message>
    <message>
        <source>Schedule of %1 saved.</source>
        <translation>Planification de %1 enregistrée.</translation>
    </message>
    <message>
        <source>Runs every automatic schedule that is due now, one after the other; meant for cron or a systemd timer every minute. Exit code: the worst outcome.</source>
        <translation>Lance l&apos;une après l&apos;autre toutes les planifications automatiques arrivées à échéance ; prévu pour cron ou un timer systemd chaque minute. Code de sortie : le pire résultat.</translation>
    </message>
    <message>
        <source>Print one JSON object per run.</source>
        <translation>Écrire un objet JSON par exécution.</translation>
    </message>
    <message>
        <source>TIXNGO interface URL (default: the setting tixngo/url).</source>
        <translation>URL de l&apos;interface TIXNGO (par défaut : le réglage tixngo/url).</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Rien n&apos;est à échéance.</translation>
    </message>
    <message>
        <source>Checks a template file. Problems are printed as row:column: message (row = field, 1-based; column = character in the value, path or condition, 1-based). Exit 2 on errors, 1 on warnings only.</source>
        <translation>Vérifie un fichier de modèle. Les problèmes sont affichés sous la forme ligne:colonne: message (ligne = champ, à partir de 1 ; colonne = caractère dans la valeur, le chemin ou la condition, à partir de 1). Sortie 2 en cas d&apos;erreurs, 1 s&apos;il n&apos;y a que des avertissements.</translation>
    </message>
    <message>
        <source>Template JSON file.</source>
        <translation>Fichier JSON du modèle.</translation>
    </message>
    <message>
        <source>template check needs exactly one FILE. Run &quot;tixsync-cli template check --help&quot;.</source>
        <translation>template check attend exactement un FILE. Lancez « tixsync-cli template check --help ».</translation>
    </message>
    <message>
        <source>%1: no problems</source>
        <translation>%1 : aucun problème</translation>
    </message>
    <message>
        <source>Renders the TIXNGO ticket JSON for a stored ticket or a variable set.</source>
        <translation>Génère le JSON de billet TIXNGO pour un billet enregistré ou un jeu de variables.</translation>
    </message>
    <message>
        <source>Template JSON file (&quot;-&quot; = the default template).</source>
        <translation>Fichier JSON du modèle (&quot;-&quot; = le modèle par défaut).</translation>
    </message>
    <message>
        <source>Ticket id in the database.</source>
        <translation>Identifiant du billet dans la base de données.</translation>
    </message>
    <message>
        <source>Variable set JSON file.</source>
        <translation>Fichier JSON du jeu de variables.</translation>
    </message>
    <message>
        <source>Use the catalogue&apos;s example values.</source>
        <translation>Utiliser les valeurs d&apos;exemple du catalogue.</translation>
    </message>
    <message>
        <source>Comma-separated languages; the first is the institution language.</source>
        <translation>Langues séparées par des virgules ; la première est la langue de l&apos;institution.</translation>
    </message>
    <message>
        <source>sendMultilingualAsJsonObject=true.</source>
        <translation>sendMultilingualAsJsonObject=true.</translation>
    </message>
    <message>
        <source>Comfort variable, repeatable: TIXAct=-1d.</source>
        <translation>Variable de confort, répétable : TIXAct=-1d.</translation>
    </message>
    <message>
        <source>Season start (yyyy-MM-dd).</source>
        <translation>Début de saison (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>Season end (yyyy-MM-dd).</source>
        <translation>Fin de saison (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>Barcode prefix.</source>
        <translation>Préfixe du code-barres.</translation>
    </message>
    <message>
        <source>Barcode postfix.</source>
        <translation>Suffixe du code-barres.</translation>
    </message>
    <message>
        <source>Print compact JSON on one line.</source>
        <translation>Écrire un JSON compact sur une seule ligne.</translation>
    </message>
    <message>
        <source>Also print the values the template changed (on stderr).</source>
        <translation>Écrire aussi les valeurs modifiées par le modèle (sur stderr).</translation>
    </message>
    <message>
        <source>template render needs exactly one FILE. Run &quot;tixsync-cli template render --help&quot;.</source>
        <translation>template render attend exactement un FILE. Lancez « tixsync-cli template render --help ».</translation>
    </message>
    <message>
        <source>Give exactly one of --ticket ID, --variables VARS.json or --example.</source>
        <translation>Indiquez exactement une option parmi --ticket ID, --variables VARS.json ou --example.</translation>
    </message>
    <message>
        <source>--comfort takes NAME=VALUE, e.g. --comfort TIXAct=-1d.</source>
        <translation>--comfort attend NAME=VALUE, p. ex. --comfort TIXAct=-1d.</translation>
    </message>
    <message>
        <source>--%1 takes a date yyyy-MM-dd.</source>
        <translation>--%1 attend une date yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>There is no ticket %1 in the database.</source>
        <translation>Il n&apos;y a aucun billet %1 dans la base de données.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>row %1: %2: %3 -&gt; %4</source>
        <translation>ligne %1 : %2 : %3 -&gt; %4</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>Lists the template variables: name, type, example, description.</source>
        <translation>Liste les variables de modèle : nom, type, exemple, description.</translation>
    </message>
    <message>
        <source>Prints the default template (a starting point for your own).</source>
        <translation>Affiche le modèle par défaut (un point de départ pour le vôtre).</translation>
    </message>
    <message>
        <source>Usage: tixsync-cli template check FILE
       tixsync-cli template render FILE (--ticket ID | --variables VARS.json | --example) [options]
       tixsync-cli template variables
       tixsync-cli template default
Run &quot;tixsync-cli template SUBCOMMAND --help&quot; for the options.</source>
        <translation>Usage : tixsync-cli template check FILE
        tixsync-cli template render FILE (--ticket ID | --variables VARS.json | --example) [options]
        tixsync-cli template variables
        tixsync-cli template default
Lancez « tixsync-cli template SUBCOMMAND --help » pour les options.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;.
%2</source>
        <translation>Sous-commande inconnue « %1 ».
%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s) would be changed (nothing recorded or sent)</source>
        <translation>
            <numerusform>%1 : %n billet serait modifié (rien n&apos;est enregistré ni envoyé)</numerusform>
            <numerusform>%1 : %n billets seraient modifiés (rien n&apos;est enregistré ni envoyé)</numerusform>
        </translation>
    </message>
    <message>
        <source>Process only the tickets of --force (or --upload): nothing else that is due, skip lists ignored. Injection re-injects printed tickets; push-cancelled also deletes NOT_PRINTED tickets TIXNGO has; push-controlled re-sends processed ones.</source>
        <translation>Traiter uniquement les billets de --force (ou --upload) : rien d&apos;autre de ce qui est à traiter, listes d&apos;exclusion ignorées. L&apos;injection réinjecte les billets imprimés ; push-cancelled supprime aussi les billets NOT_PRINTED que TIXNGO possède ; push-controlled renvoie ceux déjà traités.</translation>
    </message>
    <message>
        <source>Only count the tickets the run would change (&quot;selected&quot;); records and sends nothing.</source>
        <translation>Seulement compter les billets que l&apos;exécution modifierait (« sélectionnés ») ; n&apos;enregistre et n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>Changes the S-360 status of tickets and records who and when:
  cancel ID…       → CANCELLED (reason optional)
  invalidate ID…   → INVALIDATED (--reason required)
  control ID…      → CONTROLLED
  reprint ID…      → old INVALIDATED (--reason, default REPRINT), new NOT_PRINTED ticket</source>
        <translation>Modifie le statut S-360 de billets et enregistre qui et quand :
  cancel ID…       → CANCELLED (motif facultatif)
  invalidate ID…   → INVALIDATED (--reason obligatoire)
  control ID…      → CONTROLLED
  reprint ID…      → ancien INVALIDATED (--reason, par défaut REPRINT), nouveau billet NOT_PRINTED</translation>
    </message>
    <message>
        <source>Lists the contact distributions feedback recorded with enableTicketDistributionToCulturalContact=true (rule FB-10): PENDING, CONFIRMED (the ticket&apos;s contact became the recipient) or CANCELLED, oldest first.</source>
        <translation>Liste les distributions aux contacts enregistrées par le retour de statut avec enableTicketDistributionToCulturalContact=true (règle FB-10) : PENDING, CONFIRMED (le contact du billet est devenu le destinataire) ou CANCELLED, les plus anciennes en premier.</translation>
    </message>
    <message>
        <source>Only the distributions of this ticket id.</source>
        <translation>Seulement les distributions de cet identifiant de billet.</translation>
    </message>
    <message>
        <source>--impact-only and --forced-only are for one run, not for a schedule: a scheduled run processes what is due. Remove them.</source>
        <translation>--impact-only et --forced-only valent pour une exécution, pas pour une planification : une exécution planifiée traite ce qui est arrivé à échéance. Retirez-les.</translation>
    </message>
    <message>
        <source>List contact distributions from transfers (FB-10)</source>
        <translation>Lister les distributions aux contacts issues des transferts (FB-10)</translation>
    </message>
</context>
<context>
    <name>tixsync::DemoBanner</name>
    <message>
        <source>Demo — simulated TIXNGO at %1. Nothing reaches real spectators.</source>
        <translation>Démo — TIXNGO simulé à %1. Rien n&apos;atteint de vrais spectateurs.</translation>
    </message>
    <message>
        <source>Demo — %1</source>
        <translation>Démo — %1</translation>
    </message>
</context>
<context>
    <name>tixsync::DemoDataDialog</name>
    <message>
        <source>Generate demo data</source>
        <translation>Générer des données de démonstration</translation>
    </message>
    <message>
        <source>%1 tickets in all</source>
        <translation>%1 billets au total</translation>
    </message>
    <message>
        <source>Adds realistic events and tickets with every S-360 and TIXNGO status to the open database. The same seed gives the same data; generating it again updates those tickets instead of adding more.</source>
        <translation>Ajoute à la base ouverte des manifestations et des billets réalistes avec tous les statuts S-360 et TIXNGO. La même graine donne les mêmes données ; générer à nouveau met à jour ces billets au lieu d&apos;en ajouter.</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>&amp;Manifestations :</translation>
    </message>
    <message>
        <source>&amp;Tickets per event:</source>
        <translation>&amp;Billets par manifestation :</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>Grai&amp;ne :</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
</context>
<context>
    <name>tixsync::DemoMode</name>
    <message>
        <source>The TIXNGO simulator stopped (%1 %2); restart tixsync --demo.</source>
        <translation>Le simulateur TIXNGO s&apos;est arrêté (%1 %2) ; relancez tixsync --demo.</translation>
    </message>
    <message>
        <source>crash</source>
        <translation>plantage</translation>
    </message>
    <message>
        <source>exit code</source>
        <translation>code de sortie</translation>
    </message>
    <message>
        <source>The TIXNGO simulator %1 is missing: build the tixngo-sim target (it must sit next to tixsync).</source>
        <translation>Le simulateur TIXNGO %1 est introuvable : compilez la cible tixngo-sim (elle doit se trouver à côté de tixsync).</translation>
    </message>
    <message>
        <source>Cannot start the TIXNGO simulator: %1</source>
        <translation>Impossible de lancer le simulateur TIXNGO : %1</translation>
    </message>
    <message>
        <source>The TIXNGO simulator did not say where it listens (first line: &quot;%1&quot;).</source>
        <translation>Le simulateur TIXNGO n&apos;a pas indiqué où il écoute (première ligne : « %1 »).</translation>
    </message>
    <message>
        <source>Cannot fill the TIXNGO simulator with the demo tickets: %1. Restart tixsync --demo.</source>
        <translation>Impossible de remplir le simulateur TIXNGO avec les billets de démonstration : %1. Relancez tixsync --demo.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>The TIXNGO simulator is not running; restart tixsync --demo.</source>
        <translation>Le simulateur TIXNGO ne fonctionne pas ; relancez tixsync --demo.</translation>
    </message>
</context>
<context>
    <name>tixsync::EventTableModel</name>
    <message>
        <source>Event</source>
        <translation>Manifestation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimés</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimés</translation>
    </message>
    <message>
        <source>Controlled</source>
        <translation>Contrôlés</translation>
    </message>
    <message>
        <source>Invalidated</source>
        <translation>Invalidés</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tickets with the S-360 status %1</source>
        <translation>Billets au statut S-360 %1</translation>
    </message>
    <message>
        <source>All tickets of the event</source>
        <translation>Tous les billets de la manifestation</translation>
    </message>
</context>
<context>
    <name>tixsync::MainWindow</name>
    <message>
        <source>TixSync — %1</source>
        <translation>TixSync — %1</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Billets</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>Impossible de lire la base de données</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import tickets…</source>
        <translation>&amp;Importer des billets…</translation>
    </message>
    <message>
        <source>Import an S-360 ticket export (CSV) into this database</source>
        <translation>Importer un export de billets S-360 (CSV) dans cette base de données</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Generate &amp;demo data…</source>
        <translation>Générer des données de &amp;démonstration…</translation>
    </message>
    <message>
        <source>Fill this database with realistic demo events and tickets</source>
        <translation>Remplir cette base de données de manifestations et de billets de démonstration réalistes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About TixSync</source>
        <translation>À &amp;propos de TixSync</translation>
    </message>
    <message>
        <source>Not available in this build</source>
        <translation>Non disponible dans cette version</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 manifestation</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 manifestations</translation>
    </message>
    <message>
        <source>1 ticket</source>
        <translation>1 billet</translation>
    </message>
    <message>
        <source>%1 tickets</source>
        <translation>%1 billets</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 affichés</translation>
    </message>
    <message>
        <source>Import S-360 tickets</source>
        <translation>Importer des billets S-360</translation>
    </message>
    <message>
        <source>S-360 ticket exports (*.csv *.txt)</source>
        <translation>Exports de billets S-360 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import tickets</source>
        <translation>Importer des billets</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Imported %1: %2 rows, %3 new and %4 updated tickets, events: %5.</source>
        <translation>%1 importé : %2 lignes, %3 billets nouveaux et %4 mis à jour, manifestations : %5.</translation>
    </message>
    <message>
        <source>Warnings: %1, the first: %2</source>
        <translation>Avertissements : %1, le premier : %2</translation>
    </message>
    <message>
        <source>This build has no importer.</source>
        <translation>Cette version n&apos;a pas d&apos;importateur.</translation>
    </message>
    <message>
        <source>Generate demo data</source>
        <translation>Générer des données de démonstration</translation>
    </message>
    <message>
        <source>Generating %1 tickets of demo data…</source>
        <translation>Génération de %1 billets de démonstration…</translation>
    </message>
    <message>
        <source>Demo data: %1 events, %2 tickets.</source>
        <translation>Données de démonstration : %1 manifestations, %2 billets.</translation>
    </message>
    <message>
        <source>This build has no demo-data generator.</source>
        <translation>Cette version n&apos;a pas de générateur de données de démonstration.</translation>
    </message>
    <message>
        <source>Another import or demo-data run is still working. Wait for it to finish.</source>
        <translation>Un autre import ou une autre génération de données de démonstration est en cours. Attendez qu&apos;il se termine.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1: cancelled, nothing was changed.</source>
        <translation>%1 : annulé, rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>About TixSync</source>
        <translation>À propos de TixSync</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TixSync %1&lt;/h3&gt;&lt;p&gt;The console for the interface between SecuTix 360 and TIXNGO: tickets, synchronisation runs, templates and reconciliation.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Qt %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TixSync %1&lt;/h3&gt;&lt;p&gt;La console de l&apos;interface entre SecuTix 360 et TIXNGO : billets, exécutions de synchronisation, modèles et rapprochement.&lt;/p&gt;&lt;p&gt;Base de données : %2&lt;br&gt;Qt %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tixsync::ReconChart</name>
    <message>
        <source>Discrepancies per category (click a bar to filter the table)</source>
        <translation>Écarts par catégorie (cliquez sur une barre pour filtrer le tableau)</translation>
    </message>
</context>
<context>
    <name>tixsync::ReconFixRunner</name>
    <message>
        <source>the local TixSync database</source>
        <translation>la base de données TixSync locale</translation>
    </message>
    <message>
        <source>TIXNGO</source>
        <translation>TIXNGO</translation>
    </message>
    <message>
        <source>%1: %2 tickets</source>
        <translation>%1 : %2 billets</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) added to the skip list of %1.</source>
        <translation>
            <numerusform>%n billet ajouté à la liste d&apos;exclusion de %1.</numerusform>
            <numerusform>%n billets ajoutés à la liste d&apos;exclusion de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 sent, %3 failed, %4 skipped.</source>
        <translation>%1 : %2 envoyés, %3 en échec, %4 ignorés.</translation>
    </message>
    <message>
        <source>The fix could not start.</source>
        <translation>La correction n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Push controlled takes only tickets CONTROLLED in S-360 and injected: choose another fix.</source>
        <translation>L&apos;envoi des contrôles ne prend que les billets CONTROLLED dans S-360 et déjà injectés : choisissez une autre correction.</translation>
    </message>
    <message>
        <source>Its selection rules exclude their S-360 status: choose another fix.</source>
        <translation>Ses règles de sélection excluent leur statut S-360 : choisissez une autre correction.</translation>
    </message>
    <message numerus="yes">
        <source>Not fixed, %1 did not take %n ticket(s): %2.</source>
        <translation>
            <numerusform>Non corrigé : %1 n&apos;a pas pris en charge %n billet : %2.</numerusform>
            <numerusform>Non corrigés : %1 n&apos;a pas pris en charge %n billets : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback: %1 ticket(s) read from the TIXNGO feed, %2 failed, %3 skipped.</source>
        <translation>Retour de statut : %1 billet(s) lu(s) depuis le flux TIXNGO, %2 en échec, %3 ignoré(s).</translation>
    </message>
    <message numerus="yes">
        <source>Refresh from TIXNGO: %n ticket(s) read</source>
        <translation>
            <numerusform>Actualisation depuis TIXNGO : %n billet lu</numerusform>
            <numerusform>Actualisation depuis TIXNGO : %n billets lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown to TIXNGO (stored as absent)</source>
        <translation>
            <numerusform>%n inconnu de TIXNGO (enregistré comme absent)</numerusform>
            <numerusform>%n inconnus de TIXNGO (enregistrés comme absents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the feedback skip list (not stored)</source>
        <translation>
            <numerusform>%n sur la liste d&apos;exclusion du retour de statut (non enregistré)</numerusform>
            <numerusform>%n sur la liste d&apos;exclusion du retour de statut (non enregistrés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not fixed, S-360 does not have %n ticket(s): %1. The interface functions only send tickets S-360 has: import them from S-360, or delete them in the TIXNGO back-office, or put them on the skip list.</source>
        <translation>
            <numerusform>Non corrigé : S-360 n&apos;a pas %n billet : %1. Les fonctions d&apos;interface n&apos;envoient que des billets que S-360 possède : importez-le depuis S-360, supprimez-le dans le back-office TIXNGO ou mettez-le sur la liste d&apos;exclusion.</numerusform>
            <numerusform>Non corrigés : S-360 n&apos;a pas %n billets : %1. Les fonctions d&apos;interface n&apos;envoient que des billets que S-360 possède : importez-les depuis S-360, supprimez-les dans le back-office TIXNGO ou mettez-les sur la liste d&apos;exclusion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Push cancelled deletes only tickets CANCELLED or INVALIDATED in S-360 and injected, or NOT_PRINTED tickets that TIXNGO has: refresh them from TIXNGO first, or choose another fix.</source>
        <translation>L&apos;envoi des annulations ne supprime que les billets CANCELLED ou INVALIDATED dans S-360 et déjà injectés, ou les billets NOT_PRINTED que TIXNGO possède : actualisez-les d&apos;abord depuis TIXNGO, ou choisissez une autre correction.</translation>
    </message>
    <message>
        <source>both systems: S-360 (the ticket is reprinted) and TIXNGO (the new ticket is injected)</source>
        <translation>les deux systèmes : S-360 (le billet est réimprimé) et TIXNGO (le nouveau billet est injecté)</translation>
    </message>
    <message numerus="yes">
        <source>Reprinted %n ticket(s) in S-360 (old ticket invalidated → new ticket): %1.</source>
        <translation>
            <numerusform>%n billet réimprimé dans S-360 (ancien billet invalidé → nouveau billet) : %1.</numerusform>
            <numerusform>%n billets réimprimés dans S-360 (ancien billet invalidé → nouveau billet) : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket was reprinted:</source>
        <translation>Aucun billet n&apos;a été réimprimé :</translation>
    </message>
    <message>
        <source>Not reprinted:</source>
        <translation>Non réimprimés :</translation>
    </message>
    <message>
        <source>A reprinted ticket that did not reach TIXNGO stays NOT_PRINTED in S-360 and is in no wallet yet: send it with an injection run on the Sync page (force list %1).</source>
        <translation>Un billet réimprimé qui n&apos;a pas atteint TIXNGO reste NOT_PRINTED dans S-360 et n&apos;est encore dans aucun wallet : envoyez-le par une exécution de l&apos;injection sur la page Synchronisation (liste forcée %1).</translation>
    </message>
    <message numerus="yes">
        <source>Not fixed, TIXNGO keeps %n deleted ticket(s) deleted: %1. A re-injection only updates a ticket TIXNGO has; reconcile again and use “Reprint and inject” (a new ticket id) or put it on the skip list.</source>
        <translation>
            <numerusform>Non corrigé : %n billet supprimé reste supprimé dans TIXNGO : %1. Une réinjection ne met à jour qu&apos;un billet que TIXNGO possède ; refaites le rapprochement et utilisez « Réimprimer et injecter » (nouvel identifiant de billet) ou mettez-le sur la liste d&apos;exclusion.</numerusform>
            <numerusform>Non corrigés : %n billets supprimés restent supprimés dans TIXNGO : %1. Une réinjection ne met à jour qu&apos;un billet que TIXNGO possède ; refaites le rapprochement et utilisez « Réimprimer et injecter » (nouveaux identifiants de billet) ou mettez-les sur la liste d&apos;exclusion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was reprinted: the tickets could not be read from TIXNGO first (%1).</source>
        <translation>Rien n&apos;a été réimprimé : les billets n&apos;ont pas pu être lus d&apos;abord dans TIXNGO (%1).</translation>
    </message>
    <message>
        <source>%1: not reprinted, it could not be read from TIXNGO (%2).</source>
        <translation>%1 : non réimprimé, il n&apos;a pas pu être lu dans TIXNGO (%2).</translation>
    </message>
    <message>
        <source>Nothing was reprinted: %1</source>
        <translation>Rien n&apos;a été réimprimé : %1</translation>
    </message>
</context>
<context>
    <name>tixsync::ReconStyledModel</name>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>On skip list (%1)</source>
        <translation>Sur la liste d&apos;exclusion (%1)</translation>
    </message>
</context>
<context>
    <name>tixsync::ReconciliationPage</name>
    <message>
        <source>They are added to the skip list of the function that would otherwise act on them; no run will send them until you remove them from it. Nothing is sent to TIXNGO.</source>
        <translation>Ils sont ajoutés à la liste d&apos;exclusion de la fonction qui agirait sinon sur eux ; aucune exécution ne les enverra tant que vous ne les en retirez pas. Rien n&apos;est envoyé à TIXNGO.</translation>
    </message>
    <message>
        <source>&amp;Reconcile</source>
        <translation>&amp;Rapprocher</translation>
    </message>
    <message>
        <source>&amp;Export view to CSV…</source>
        <translation>&amp;Exporter la vue en CSV…</translation>
    </message>
    <message>
        <source>Compare every ticket&apos;s S-360 status with its TIXNGO state again</source>
        <translation>Comparer à nouveau le statut S-360 de chaque billet avec son état TIXNGO</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events needing attention first&lt;/b&gt; (click to filter)</source>
        <translation>&lt;b&gt;Manifestations à traiter en priorité&lt;/b&gt; (cliquez pour filtrer)</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Toutes les manifestations</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>Ticket id, event id or barcode…</source>
        <translation>ID de billet, ID de manifestation ou code-barres…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Manifestation :</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Gravité :</translation>
    </message>
    <message>
        <source>Reconciliation failed: %1</source>
        <translation>Échec du rapprochement : %1</translation>
    </message>
    <message>
        <source>Not reconciled yet.</source>
        <translation>Pas encore rapproché.</translation>
    </message>
    <message>
        <source>Reconciling…</source>
        <translation>Rapprochement en cours…</translation>
    </message>
    <message>
        <source>%1 tickets compared, %2 disagree: %3 errors, %4 warnings, %5 pending, %6 info (as of %7).</source>
        <translation>%1 billets comparés, %2 divergent : %3 erreurs, %4 avertissements, %5 en attente, %6 infos (au %7).</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicated barcode(s) or ticket id(s).</source>
        <translation>
            <numerusform>%n code-barres ou identifiant de billet en double.</numerusform>
            <numerusform>%n codes-barres ou identifiants de billet en double.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more tickets in the table to fix them.</source>
        <translation>Sélectionnez un ou plusieurs billets dans le tableau pour les corriger.</translation>
    </message>
    <message numerus="yes">
        <source>The fixes below apply to the %n selected ticket(s).</source>
        <translation>
            <numerusform>Les corrections ci-dessous s&apos;appliquent au billet sélectionné (%n).</numerusform>
            <numerusform>Les corrections ci-dessous s&apos;appliquent aux %n billets sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a discrepancy to see what S-360 and TIXNGO say, what is expected and what will fix it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un écart pour voir ce qu&apos;indiquent S-360 et TIXNGO, ce qui est attendu et ce qui le corrigera.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>manifestation %1</translation>
    </message>
    <message>
        <source>disagreeing for %1</source>
        <translation>en divergence depuis %1</translation>
    </message>
    <message>
        <source>Fixes:</source>
        <translation>Corrections :</translation>
    </message>
    <message>
        <source>S-360 status changes</source>
        <translation>Changements de statut S-360</translation>
    </message>
    <message>
        <source>No status change recorded.</source>
        <translation>Aucun changement de statut enregistré.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>TIXNGO status log</source>
        <translation>Historique des statuts TIXNGO</translation>
    </message>
    <message>
        <source>No TIXNGO status history stored.</source>
        <translation>Aucun historique de statut TIXNGO enregistré.</translation>
    </message>
    <message>
        <source>None of the selected tickets offers “%1”: choose another fix.</source>
        <translation>Aucun des billets sélectionnés ne propose « %1 » : choisissez une autre correction.</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n ticket(s)?</source>
        <translation>
            <numerusform>%1 pour %n billet ?</numerusform>
            <numerusform>%1 pour %n billets ?</numerusform>
        </translation>
    </message>
    <message>
        <source>This changes %1.</source>
        <translation>Cela modifie %1.</translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>Billets : %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected ticket(s) are left out: their category does not offer this fix.</source>
        <translation>
            <numerusform>%n billet sélectionné est laissé de côté : sa catégorie ne propose pas cette correction.</numerusform>
            <numerusform>%n billets sélectionnés sont laissés de côté : leur catégorie ne propose pas cette correction.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix %n ticket(s)</source>
        <translation>
            <numerusform>Corriger %n billet</numerusform>
            <numerusform>Corriger %n billets</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the free disk space.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Vérifiez l&apos;espace disque disponible.</translation>
    </message>
    <message>
        <source>Export the reconciliation view</source>
        <translation>Exporter la vue de rapprochement</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n discrepancy(ies) exported to %1.</source>
        <translation>
            <numerusform>%n écart exporté vers %1.</numerusform>
            <numerusform>%n écarts exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>An injection run of the sync engine sends only these tickets to TIXNGO again (S-360 is the master).</source>
        <translation>Une exécution de l&apos;injection par le moteur de synchronisation renvoie uniquement ces billets à TIXNGO (S-360 fait foi).</translation>
    </message>
    <message>
        <source>A push-cancelled run of the sync engine asks TIXNGO to delete only these tickets from the wallets.</source>
        <translation>Une exécution de l&apos;envoi des annulations par le moteur de synchronisation demande à TIXNGO de supprimer uniquement ces billets des wallets.</translation>
    </message>
    <message>
        <source>A push-controlled run of the sync engine marks only these tickets controlled in TIXNGO.</source>
        <translation>Une exécution de l&apos;envoi des contrôles par le moteur de synchronisation marque uniquement ces billets comme contrôlés dans TIXNGO.</translation>
    </message>
    <message>
        <source>Each ticket is read from TIXNGO and its status, owners and history are stored locally, as feedback does (above %1 tickets, a feedback run reads TIXNGO&apos;s latest changes instead). Nothing is sent to TIXNGO.</source>
        <translation>Chaque billet est lu depuis TIXNGO, et son statut, ses propriétaires et son historique sont enregistrés localement, comme le fait le retour de statut (au-delà de %1 billets, une exécution du retour de statut lit plutôt les dernières modifications de TIXNGO). Rien n&apos;est envoyé à TIXNGO.</translation>
    </message>
    <message>
        <source>Read &amp;TIXNGO&apos;s view</source>
        <translation>Lire la vue &amp;TIXNGO</translation>
    </message>
    <message>
        <source>Read every ticket TIXNGO has (its whole feed, from the start) and reconcile against it: finds tickets S-360 does not have. Nothing is changed; the feedback position is not moved.</source>
        <translation>Lire tous les billets que possède TIXNGO (tout son flux, depuis le début) et faire le rapprochement avec eux : trouve les billets que S-360 n&apos;a pas. Rien n&apos;est modifié ; la position du retour de statut n&apos;est pas déplacée.</translation>
    </message>
    <message>
        <source>Cancel reading TIXNGO</source>
        <translation>Annuler la lecture de TIXNGO</translation>
    </message>
    <message>
        <source>Reading TIXNGO&apos;s view…</source>
        <translation>Lecture de la vue TIXNGO…</translation>
    </message>
    <message numerus="yes">
        <source>Reading TIXNGO&apos;s view: %n ticket(s)…</source>
        <translation>
            <numerusform>Lecture de la vue TIXNGO : %n billet…</numerusform>
            <numerusform>Lecture de la vue TIXNGO : %n billets…</numerusform>
        </translation>
    </message>
    <message>
        <source>TIXNGO&apos;s view was not read: %1</source>
        <translation>La vue TIXNGO n&apos;a pas été lue : %1</translation>
    </message>
    <message numerus="yes">
        <source>TIXNGO&apos;s view read: %n ticket(s).</source>
        <translation>
            <numerusform>Vue TIXNGO lue : %n billet.</numerusform>
            <numerusform>Vue TIXNGO lue : %n billets.</numerusform>
        </translation>
    </message>
    <message>
        <source>With TIXNGO&apos;s view read at %1.</source>
        <translation>Avec la vue TIXNGO lue à %1.</translation>
    </message>
    <message>
        <source>Fix cancelled: nothing was changed.</source>
        <translation>Correction annulée : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>re-inject</source>
        <translation>réinjecter</translation>
    </message>
    <message>
        <source>push the deletion of</source>
        <translation>envoyer la suppression de</translation>
    </message>
    <message>
        <source>push the control of</source>
        <translation>envoyer le contrôle de</translation>
    </message>
    <message>
        <source>refresh from TIXNGO</source>
        <translation>mettre à jour depuis TIXNGO</translation>
    </message>
    <message>
        <source>put on the skip list</source>
        <translation>mettre sur la liste d&apos;exclusion</translation>
    </message>
    <message>
        <source>reprint (new ticket id and barcode) and inject</source>
        <translation>réimprimer (nouvel identifiant et nouveau code-barres) et injecter</translation>
    </message>
    <message>
        <source>The spectator gets a new ticket, with a new ticket id and a new barcode. Each ticket is read from TIXNGO first; each one still deleted there is reprinted in S-360 and the old ticket becomes INVALIDATED (reason %1) — its barcode no longer admits. An injection run of the sync engine then sends only the new tickets to TIXNGO, into the spectators&apos; wallets.</source>
        <translation>Le spectateur reçoit un nouveau billet, avec un nouvel identifiant et un nouveau code-barres. Chaque billet est d&apos;abord lu dans TIXNGO ; ceux qui y sont toujours supprimés sont réimprimés dans S-360 et l&apos;ancien billet passe à INVALIDATED (motif %1) — son code-barres ne donne plus accès. Une exécution de l&apos;injection par le moteur de synchronisation envoie ensuite uniquement les nouveaux billets à TIXNGO, dans les wallets des spectateurs.</translation>
    </message>
</context>
<context>
    <name>tixsync::SyncFunctionCard</name>
    <message>
        <source>Run now</source>
        <translation>Exécuter maintenant</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Shows what a run would send, without sending anything.</source>
        <translation>Montre ce qu&apos;une exécution enverrait, sans rien envoyer.</translation>
    </message>
    <message>
        <source>Parameters &amp;&amp; schedule…</source>
        <translation>Paramètres &amp;&amp; planification…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stops after the call in flight; what was synced stays synced.</source>
        <translation>S&apos;arrête après l&apos;appel en cours ; ce qui a été synchronisé le reste.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Jamais exécuté</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>Aucune exécution pour l&apos;instant.</translation>
    </message>
    <message>
        <source>still going</source>
        <translation>toujours en cours</translation>
    </message>
    <message>
        <source>Last run%1: %2 — %3 selected, %4 synced, %5 failed, %6 skipped</source>
        <translation>Dernière exécution%1 : %2 — %3 sélectionnés, %4 synchronisés, %5 en échec, %6 ignorés</translation>
    </message>
    <message>
        <source> (dry run)</source>
        <translation> (simulation)</translation>
    </message>
    <message>
        <source> — about %1:%2 left</source>
        <translation> — encore environ %1:%2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 tickets%4</source>
        <translation>%1 : %2 billets sur %3%4</translation>
    </message>
</context>
<context>
    <name>tixsync::SyncLedgerModel</name>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Classe d&apos;erreur</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>S-360 before</source>
        <translation>S-360 avant</translation>
    </message>
    <message>
        <source>S-360 after</source>
        <translation>S-360 après</translation>
    </message>
    <message>
        <source>TIXNGO before</source>
        <translation>TIXNGO avant</translation>
    </message>
    <message>
        <source>TIXNGO after</source>
        <translation>TIXNGO après</translation>
    </message>
    <message>
        <source>Bytes sent</source>
        <translation>Octets envoyés</translation>
    </message>
</context>
<context>
    <name>tixsync::SyncPage</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Sélectionnés</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique des exécutions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 cannot start: %2</source>
        <translation>%1 ne peut pas démarrer : %2</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>%1 is already running.</source>
        <translation>%1 est déjà en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Counting the tickets this run will change…</source>
        <translation>Comptage des billets que cette exécution va modifier…</translation>
    </message>
    <message>
        <source>Dry run: nothing is sent…</source>
        <translation>Simulation : rien n&apos;est envoyé…</translation>
    </message>
    <message>
        <source>Cancelling after the call in flight…</source>
        <translation>Annulation après l&apos;appel en cours…</translation>
    </message>
    <message>
        <source>Dry run — %1</source>
        <translation>Simulation — %1</translation>
    </message>
    <message>
        <source>The run would stop: %1</source>
        <translation>L&apos;exécution s&apos;arrêterait : %1</translation>
    </message>
    <message numerus="yes">
        <source>A run now would send %n ticket(s) to TIXNGO. Nothing was sent.</source>
        <translation>
            <numerusform>Une exécution maintenant enverrait %n billet à TIXNGO. Rien n&apos;a été envoyé.</numerusform>
            <numerusform>Une exécution maintenant enverrait %n billets à TIXNGO. Rien n&apos;a été envoyé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>see the run&apos;s errors</source>
        <translation>voir les erreurs de l&apos;exécution</translation>
    </message>
    <message>
        <source>%1 %2ended in Error: %3</source>
        <translation>%1 %2— terminé en erreur : %3</translation>
    </message>
    <message>
        <source>(scheduled) </source>
        <translation>(exécution planifiée) </translation>
    </message>
    <message>
        <source>TixSync: %1 failed</source>
        <translation>TixSync : échec de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2ended with a Warning: %n ticket(s) failed; open the run for the errors by class.</source>
        <translation>
            <numerusform>%1 %2— terminé avec un avertissement : %n billet en échec ; ouvrez l&apos;exécution pour voir les erreurs par classe.</numerusform>
            <numerusform>%1 %2— terminé avec un avertissement : %n billets en échec ; ouvrez l&apos;exécution pour voir les erreurs par classe.</numerusform>
        </translation>
    </message>
    <message>
        <source>TixSync: %1 — some tickets failed</source>
        <translation>TixSync : %1 — certains billets ont échoué</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) failed.</source>
        <translation>
            <numerusform>%n billet en échec.</numerusform>
            <numerusform>%n billets en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not start: the check before it failed: %2</source>
        <translation>%1 n&apos;a pas démarré : la vérification préalable a échoué : %2</translation>
    </message>
    <message>
        <source>it is a push: each ticket changes on a spectator&apos;s phone</source>
        <translation>c&apos;est un envoi : chaque billet change sur le téléphone d&apos;un spectateur</translation>
    </message>
    <message>
        <source>Date from is set (%1): already processed tickets are sent again</source>
        <translation>La date de départ est définie (%1) : les billets déjà traités sont renvoyés</translation>
    </message>
    <message>
        <source>a force list is set</source>
        <translation>une liste forcée est définie</translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation>Confirmer : %1</translation>
    </message>
    <message numerus="yes">
        <source>This run will change %n ticket(s) in TIXNGO — that is %n spectators&apos; phones.</source>
        <translation>
            <numerusform>Cette exécution va modifier %n billet dans TIXNGO, soit le téléphone de %n spectateur.</numerusform>
            <numerusform>Cette exécution va modifier %n billets dans TIXNGO, soit les téléphones de %n spectateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why it matters: %1.</source>
        <translation>Pourquoi c&apos;est important : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Runs above %n ticket(s) need this confirmation (Settings: sync/impactThreshold).</source>
        <translation>
            <numerusform>Les exécutions de plus de %n billet demandent cette confirmation (Paramètres : sync/impactThreshold).</numerusform>
            <numerusform>Les exécutions de plus de %n billets demandent cette confirmation (Paramètres : sync/impactThreshold).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run for %n ticket(s)</source>
        <translation>
            <numerusform>Exécuter pour %n billet</numerusform>
            <numerusform>Exécuter pour %n billets</numerusform>
        </translation>
    </message>
    <message>
        <source>Run cancelled at the impact check.</source>
        <translation>Exécution annulée lors du contrôle d&apos;impact.</translation>
    </message>
    <message>
        <source>Add to the skip list</source>
        <translation>Ajouter à la liste d&apos;exclusion</translation>
    </message>
    <message numerus="yes">
        <source>%1 will never send these %n ticket(s) again until they are removed from its skip list (Parameters). Continue?</source>
        <translation>
            <numerusform>%1 n&apos;enverra plus jamais ce billet (%n) tant qu&apos;il n&apos;est pas retiré de sa liste d&apos;exclusion (Paramètres). Continuer ?</numerusform>
            <numerusform>%1 n&apos;enverra plus jamais ces %n billets tant qu&apos;ils ne sont pas retirés de sa liste d&apos;exclusion (Paramètres). Continuer ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameters not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>Save the support bundle</source>
        <translation>Enregistrer le paquet de support</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <source>Support bundle</source>
        <translation>Paquet de support</translation>
    </message>
    <message>
        <source> (dry run)</source>
        <translation> (simulation)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Since the last execution: %1</source>
        <translation>Depuis la dernière exécution : %1</translation>
    </message>
    <message>
        <source>never (first run takes all)</source>
        <translation>jamais (la première exécution prend tout)</translation>
    </message>
    <message>
        <source> · backlog %1 ticket(s) at %2</source>
        <translation> · %1 billet(s) en attente à %2</translation>
    </message>
    <message>
        <source>Runs (&amp;#9679; moved it, &amp;#9675; did not): </source>
        <translation>Exécutions (&amp;#9679; l&apos;a fait avancer, &amp;#9675; non) : </translation>
    </message>
    <message>
        <source>Schedule: manual</source>
        <translation>Planification : manuelle</translation>
    </message>
    <message numerus="yes">
        <source>Next run: %1 (every %n min)</source>
        <translation>
            <numerusform>Prochaine exécution : %1 (toutes les %n min)</numerusform>
            <numerusform>Prochaine exécution : %1 (toutes les %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule ended</source>
        <translation>Planification terminée</translation>
    </message>
    <message>
        <source>⚠ Date from is set on this automatic schedule: it re-sends the same tickets every run.</source>
        <translation>⚠ La date de départ est définie sur cette planification automatique : chaque exécution renvoie les mêmes billets.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has been running since %2 — more than three periods of %n min.</source>
        <translation>
            <numerusform>%1 est en cours depuis %2 — plus de trois périodes de %n min.</numerusform>
            <numerusform>%1 est en cours depuis %2 — plus de trois périodes de %n min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missed runs: %1 had not run since %2 although it is scheduled every %n min (was the console or the scheduler stopped?). A catch-up run starts now.</source>
        <translation>
            <numerusform>Exécutions manquées : %1 ne s&apos;était pas exécuté depuis %2 alors qu&apos;il est planifié toutes les %n min (la console ou le planificateur étaient-ils arrêtés ?). Une exécution de rattrapage démarre maintenant.</numerusform>
            <numerusform>Exécutions manquées : %1 ne s&apos;était pas exécuté depuis %2 alors qu&apos;il est planifié toutes les %n min (la console ou le planificateur étaient-ils arrêtés ?). Une exécution de rattrapage démarre maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>it runs against the production environment &quot;%1&quot;</source>
        <translation>elle s&apos;exécute sur l&apos;environnement de production « %1 »</translation>
    </message>
    <message>
        <source>Pagination key not reset</source>
        <translation>Clé de pagination non réinitialisée</translation>
    </message>
    <message>
        <source>feedback pagination key reset: the next feedback rereads the whole diff feed</source>
        <translation>clé de pagination du retour de statut réinitialisée : le prochain retour de statut relit tout le flux diff</translation>
    </message>
</context>
<context>
    <name>tixsync::SyncParametersDialog</name>
    <message>
        <source>%1 — parameters and schedule</source>
        <translation>%1 — paramètres et planification</translation>
    </message>
    <message>
        <source>Selection (filters combine with AND; a file number ignores the others)</source>
        <translation>Sélection (les filtres se combinent par ET ; un numéro de dossier ignore les autres)</translation>
    </message>
    <message>
        <source>event ids, comma-separated</source>
        <translation>identifiants de manifestation, séparés par des virgules</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Manifestations :</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produit :</translation>
    </message>
    <message>
        <source>Product family:</source>
        <translation>Famille de produits :</translation>
    </message>
    <message>
        <source>Season:</source>
        <translation>Saison :</translation>
    </message>
    <message>
        <source>Sales channel:</source>
        <translation>Canal de vente :</translation>
    </message>
    <message>
        <source>Tariff:</source>
        <translation>Tarif :</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <source>File number:</source>
        <translation>Numéro de dossier :</translation>
    </message>
    <message>
        <source>Mandatory holder fields:</source>
        <translation>Champs obligatoires du titulaire :</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Recommended (%1)</source>
        <translation>Recommandé (%1)</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Taille des lots :</translation>
    </message>
    <message>
        <source>id:123456789, 12300123 — sent again even if already processed</source>
        <translation>id:123456789, 12300123 — renvoyés même s&apos;ils sont déjà traités</translation>
    </message>
    <message>
        <source>Force list:</source>
        <translation>Liste forcée :</translation>
    </message>
    <message>
        <source>id:123456789, 12300123 — never sent by this function</source>
        <translation>id:123456789, 12300123 — jamais envoyés par cette fonction</translation>
    </message>
    <message>
        <source>Skip list (kept):</source>
        <translation>Liste d&apos;exclusion (conservée) :</translation>
    </message>
    <message>
        <source>every shipment mode</source>
        <translation>tous les modes d&apos;expédition</translation>
    </message>
    <message>
        <source>Shipment modes:</source>
        <translation>Modes d&apos;expédition :</translation>
    </message>
    <message>
        <source>Date from:</source>
        <translation>Date de départ :</translation>
    </message>
    <message>
        <source>Notify the spectator (show the deleted ticket)</source>
        <translation>Avertir le spectateur (afficher le billet supprimé)</translation>
    </message>
    <message>
        <source>Custom parameters (key=value lines)</source>
        <translation>Paramètres personnalisés (lignes key=value)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Toutes les :</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <source>Date from is set on an automatic schedule: every run will re-send the same tickets and flood spectators&apos; phones with notifications. Clear Date from, or run it once by hand.</source>
        <translation>La date de départ est définie sur une planification automatique : chaque exécution renverra les mêmes billets et inondera de notifications les téléphones des spectateurs. Effacez la date de départ, ou lancez l&apos;exécution une seule fois à la main.</translation>
    </message>
    <message>
        <source>Defaults.</source>
        <translation>Valeurs par défaut.</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Valide.</translation>
    </message>
    <message>
        <source>salesChannelCode;posCode — empty: the default point of sale</source>
        <translation>salesChannelCode;posCode — vide : le point de vente par défaut</translation>
    </message>
    <message>
        <source>Point of sale:</source>
        <translation>Point de vente :</translation>
    </message>
    <message>
        <source>none — read the diff feed from TIXNGO</source>
        <translation>aucun — lire le flux diff de TIXNGO</translation>
    </message>
    <message>
        <source>none — the cancelled tickets</source>
        <translation>aucun — les billets annulés</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Upload file:</source>
        <translation>Fichier à traiter :</translation>
    </message>
    <message>
        <source>none — the next feedback reads the whole diff feed</source>
        <translation>aucune — le prochain retour de statut lit tout le flux diff</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Réinitialiser…</translation>
    </message>
    <message>
        <source>Forget the stored key: the next feedback rereads the whole diff feed.</source>
        <translation>Oublier la clé enregistrée : le prochain retour de statut relit tout le flux diff.</translation>
    </message>
    <message>
        <source>Pagination key:</source>
        <translation>Clé de pagination :</translation>
    </message>
    <message>
        <source>Write the point of sale as salesChannelCode;posCode (two codes, one semicolon, no blanks), e.g. INTERNET;POS01 — or leave it empty for the default point of sale.</source>
        <translation>Écrivez le point de vente sous la forme salesChannelCode;posCode (deux codes, un point-virgule, sans espaces), p. ex. INTERNET;POS01 — ou laissez vide pour le point de vente par défaut.</translation>
    </message>
    <message>
        <source>Reset the feedback pagination key?</source>
        <translation>Réinitialiser la clé de pagination du retour de statut ?</translation>
    </message>
    <message>
        <source>The next feedback will reread the whole diff feed from its start: every ticket TIXNGO knows for this organizer is read and written again, which can take long on a large organizer.</source>
        <translation>Le prochain retour de statut relira tout le flux diff depuis le début : chaque billet que TIXNGO connaît pour cet organisateur est relu et réécrit, ce qui peut être long pour un gros organisateur.</translation>
    </message>
    <message>
        <source>Do it when the key is refused (INVALID_PAGINATION_KEY) or TIXNGO&apos;s data was reset. The reset is recorded in the audit log.</source>
        <translation>À faire lorsque la clé est refusée (INVALID_PAGINATION_KEY) ou que les données de TIXNGO ont été réinitialisées. La réinitialisation est consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Reset the key</source>
        <translation>Réinitialiser la clé</translation>
    </message>
    <message>
        <source>Upload file</source>
        <translation>Fichier à traiter</translation>
    </message>
    <message>
        <source>Diff feed (*.json);;All files (*)</source>
        <translation>Flux diff (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Ticket lists (*.txt *.csv);;All files (*)</source>
        <translation>Listes de billets (*.txt *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is not a readable file: choose another one or clear the field.</source>
        <translation>%1 n&apos;est pas un fichier lisible : choisissez-en un autre ou videz le champ.</translation>
    </message>
    <message>
        <source>Every run processes this file instead of reading TIXNGO, until you clear it.</source>
        <translation>Chaque exécution traite ce fichier au lieu de lire TIXNGO, jusqu&apos;à ce que vous le retiriez.</translation>
    </message>
    <message>
        <source>Every run also deletes the tickets this file lists, until you clear it.</source>
        <translation>Chaque exécution supprime aussi les billets listés dans ce fichier, jusqu&apos;à ce que vous le retiriez.</translation>
    </message>
</context>
<context>
    <name>tixsync::SyncRunView</name>
    <message>
        <source>Open a run in the history to see its tickets and errors.</source>
        <translation>Ouvrez une exécution dans l&apos;historique pour voir ses billets et ses erreurs.</translation>
    </message>
    <message>
        <source>Class / ticket</source>
        <translation>Classe / billet</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Errors by class</source>
        <translation>Erreurs par classe</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Select a ticket to see the JSON sent.</source>
        <translation>Sélectionnez un billet pour voir le JSON envoyé.</translation>
    </message>
    <message>
        <source>Tickets (ledger)</source>
        <translation>Billets (registre)</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Relancer les échecs</translation>
    </message>
    <message>
        <source>Runs the function again for the failed tickets only (force list).</source>
        <translation>Relance la fonction uniquement pour les billets en échec (liste forcée).</translation>
    </message>
    <message>
        <source>Add failed to skip list</source>
        <translation>Ajouter les échecs à la liste d&apos;exclusion</translation>
    </message>
    <message>
        <source>Support bundle…</source>
        <translation>Paquet de support…</translation>
    </message>
    <message>
        <source>A zip of this run for support; the API key and personal data are removed.</source>
        <translation>Un zip de cette exécution pour le support ; la clé d&apos;API et les données personnelles sont retirées.</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1&lt;/b&gt; — %2 — %3 — started %4, ended %5 — %6 selected, %7 synced, %8 failed, %9 skipped</source>
        <translation>&lt;b&gt;Exécution %1&lt;/b&gt; — %2 — %3 — début %4, fin %5 — %6 sélectionnés, %7 synchronisés, %8 en échec, %9 ignorés</translation>
    </message>
    <message>
        <source> (dry run)</source>
        <translation> (simulation)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Cannot read the ledger: %1</source>
        <translation>Impossible de lire le registre : %1</translation>
    </message>
    <message>
        <source>External (TIXNGO refused)</source>
        <translation>Externe (refusé par TIXNGO)</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Mapping (template / data)</source>
        <translation>Mapping (modèle / données)</translation>
    </message>
    <message>
        <source>Technical (network / server)</source>
        <translation>Technique (réseau / serveur)</translation>
    </message>
    <message>
        <source>Cascade (stopped by an earlier error)</source>
        <translation>Cascade (arrêté par une erreur antérieure)</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <source>TIXNGO refused these tickets: read each message, correct the ticket in S-360 (or ask TIXNGO), then Retry failed — or add them to the skip list.</source>
        <translation>TIXNGO a refusé ces billets : lisez chaque message, corrigez le billet dans S-360 (ou contactez TIXNGO), puis Relancer les échecs — ou ajoutez-les à la liste d&apos;exclusion.</translation>
    </message>
    <message>
        <source>The interface is misconfigured (URL, API key, organizer, parameters): fix the settings, then Retry failed.</source>
        <translation>L&apos;interface est mal configurée (URL, clé d&apos;API, organisateur, paramètres) : corrigez les réglages, puis Relancer les échecs.</translation>
    </message>
    <message>
        <source>The payload could not be built or misses mandatory data: fix the ticket template or the ticket data, then Retry failed.</source>
        <translation>La charge utile n&apos;a pas pu être construite ou il manque des données obligatoires : corrigez le modèle de billet ou les données du billet, puis Relancer les échecs.</translation>
    </message>
    <message>
        <source>Network or server trouble: Retry failed in a few minutes; if it persists, check the connection and TIXNGO&apos;s status.</source>
        <translation>Problème de réseau ou de serveur : Relancer les échecs dans quelques minutes ; si cela persiste, vérifiez la connexion et l&apos;état de TIXNGO.</translation>
    </message>
    <message>
        <source>Not processed because an earlier error stopped the run: fix the first error; Retry failed then sends them.</source>
        <translation>Non traités car une erreur antérieure a arrêté l&apos;exécution : corrigez la première erreur ; Relancer les échecs les enverra ensuite.</translation>
    </message>
    <message>
        <source>Read the message; Retry failed, or add the tickets to the skip list.</source>
        <translation>Lisez le message ; Relancer les échecs, ou ajoutez les billets à la liste d&apos;exclusion.</translation>
    </message>
    <message>
        <source>Run stopped — %1</source>
        <translation>Exécution arrêtée — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n ticket(s)</source>
        <translation>
            <numerusform>%1 — %n billet</numerusform>
            <numerusform>%1 — %n billets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n de plus</numerusform>
            <numerusform>… %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>No error in this run.</source>
        <translation>Aucune erreur dans cette exécution.</translation>
    </message>
    <message>
        <source>%1 bytes sent (hash %2). The JSON itself is kept only with the custom parameter maxLengthDumpedCallsInKbs (for example maxLengthDumpedCallsInKbs=1024).</source>
        <translation>%1 octets envoyés (hash %2). Le JSON lui-même n&apos;est conservé qu&apos;avec le paramètre personnalisé maxLengthDumpedCallsInKbs (par exemple maxLengthDumpedCallsInKbs=1024).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Recommended action: %1</source>
        <translation>Action recommandée : %1</translation>
    </message>
</context>
<context>
    <name>tixsync::SyncTicketActions</name>
    <message>
        <source>Ticket %1 in S-360</source>
        <translation>Billet %1 dans S-360</translation>
    </message>
    <message>
        <source>Cancel ticket…</source>
        <translation>Annuler le billet…</translation>
    </message>
    <message>
        <source>Cancel ticket</source>
        <translation>Annuler le billet</translation>
    </message>
    <message>
        <source>Cancel ticket %1 in S-360? The next &quot;push cancelled&quot; run removes it from the spectator&apos;s wallet.</source>
        <translation>Annuler le billet %1 dans S-360 ? La prochaine exécution de l&apos;envoi des annulations le retire du wallet du spectateur.</translation>
    </message>
    <message>
        <source>Invalidate with reason…</source>
        <translation>Invalider avec un motif…</translation>
    </message>
    <message>
        <source>Invalidate ticket</source>
        <translation>Invalider le billet</translation>
    </message>
    <message>
        <source>Reason for invalidating ticket %1 (sent to TIXNGO as the deletion reason):</source>
        <translation>Motif d&apos;invalidation du billet %1 (envoyé à TIXNGO comme motif de suppression) :</translation>
    </message>
    <message>
        <source>Give a reason: invalidation needs one.</source>
        <translation>Indiquez un motif : une invalidation en exige un.</translation>
    </message>
    <message>
        <source>Invalidate ticket %1 with reason &quot;%2&quot;?</source>
        <translation>Invalider le billet %1 avec le motif « %2 » ?</translation>
    </message>
    <message>
        <source>Mark controlled</source>
        <translation>Marquer comme contrôlé</translation>
    </message>
    <message>
        <source>Mark ticket %1 as controlled (scanned)? The next &quot;push controlled&quot; run hides its QR code in the wallet.</source>
        <translation>Marquer le billet %1 comme contrôlé (scanné) ? La prochaine exécution de l&apos;envoi des contrôles masque son code QR dans le wallet.</translation>
    </message>
    <message>
        <source>Reprint…</source>
        <translation>Réimprimer…</translation>
    </message>
    <message>
        <source>Reprint ticket</source>
        <translation>Réimprimer le billet</translation>
    </message>
    <message>
        <source>Reprint ticket %1? It is invalidated (reason REPRINT) and a new ticket with a new barcode is created for the next injection.</source>
        <translation>Réimprimer le billet %1 ? Il est invalidé (motif REPRINT) et un nouveau billet avec un nouveau code-barres est créé pour la prochaine injection.</translation>
    </message>
    <message>
        <source>Ticket action failed</source>
        <translation>Échec de l&apos;action sur le billet</translation>
    </message>
</context>
<context>
    <name>tixsync::TicketDetailPanel</name>
    <message>
        <source>No ticket selected</source>
        <translation>Aucun billet sélectionné</translation>
    </message>
    <message>
        <source>Select a ticket in the table to see all its fields and its TIXNGO history.</source>
        <translation>Sélectionnez un billet dans le tableau pour voir tous ses champs et son historique TIXNGO.</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Billet %1</translation>
    </message>
    <message>
        <source>not in TIXNGO</source>
        <translation>absent de TIXNGO</translation>
    </message>
    <message>
        <source>S-360 %1 &amp;nbsp; TIXNGO %2</source>
        <translation>S-360 %1 &amp;nbsp; TIXNGO %2</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Ticket id</source>
        <translation>ID du billet</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Product family</source>
        <translation>Famille de produits</translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation>Canal de vente</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Shipment mode</source>
        <translation>Mode d&apos;expédition</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Manifestation</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>ID de la manifestation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Compétition</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Contact (buyer)</source>
        <translation>Contact (acheteur)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Id number</source>
        <translation>N° de pièce d&apos;identité</translation>
    </message>
    <message>
        <source>S-360 status</source>
        <translation>Statut S-360</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Controlled</source>
        <translation>Contrôlé</translation>
    </message>
    <message>
        <source>TIXNGO</source>
        <translation>TIXNGO</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Initial owner</source>
        <translation>Propriétaire initial</translation>
    </message>
    <message>
        <source>Previous owner</source>
        <translation>Propriétaire précédent</translation>
    </message>
    <message>
        <source>Deletion reason</source>
        <translation>Motif de suppression</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour le</translation>
    </message>
    <message>
        <source>Injected</source>
        <translation>Injecté le</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>tixsync::TicketTableModel</name>
    <message>
        <source>S-360 status %1, reason: %2</source>
        <translation>Statut S-360 %1, motif : %2</translation>
    </message>
    <message>
        <source>Not in TIXNGO</source>
        <translation>Absent de TIXNGO</translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Ticket id</source>
        <translation>ID du billet</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Manifestation</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>S-360 status</source>
        <translation>Statut S-360</translation>
    </message>
    <message>
        <source>TIXNGO status</source>
        <translation>Statut TIXNGO</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <source>Gate · block · row · seat</source>
        <translation>Porte · bloc · rang · place</translation>
    </message>
    <message>
        <source>Ticket status in SecuTix 360, with the cancellation or invalidation reason</source>
        <translation>Statut du billet dans SecuTix 360, avec le motif d&apos;annulation ou d&apos;invalidation</translation>
    </message>
    <message>
        <source>Ticket status in TIXNGO as last known here (— = not in TIXNGO)</source>
        <translation>Statut du billet dans TIXNGO tel que connu ici en dernier (— = absent de TIXNGO)</translation>
    </message>
    <message>
        <source>When the ticket was last sent to or read from TIXNGO</source>
        <translation>Date du dernier envoi du billet à TIXNGO ou de sa dernière lecture depuis TIXNGO</translation>
    </message>
</context>
<context>
    <name>tixsync::TicketsPage</name>
    <message>
        <source>Select one or more events to see their tickets; none selected shows all.</source>
        <translation>Sélectionnez une ou plusieurs manifestations pour voir leurs billets ; sans sélection, tous sont affichés.</translation>
    </message>
    <message>
        <source>All S-360 statuses</source>
        <translation>Tous les statuts S-360</translation>
    </message>
    <message>
        <source>Show only tickets with this status in SecuTix 360</source>
        <translation>Afficher uniquement les billets ayant ce statut dans SecuTix 360</translation>
    </message>
    <message>
        <source>All TIXNGO statuses</source>
        <translation>Tous les statuts TIXNGO</translation>
    </message>
    <message>
        <source>Not in TIXNGO</source>
        <translation>Absent de TIXNGO</translation>
    </message>
    <message>
        <source>Show only tickets with this status in TIXNGO, as last known here</source>
        <translation>Afficher uniquement les billets ayant ce statut dans TIXNGO, tel que connu ici en dernier</translation>
    </message>
    <message>
        <source>Search ticket id, number, holder, contact, e-mail, seat…</source>
        <translation>Rechercher ID de billet, numéro, titulaire, contact, e-mail, place…</translation>
    </message>
    <message>
        <source>Case-insensitive; several words must all match</source>
        <translation>Insensible à la casse ; tous les mots doivent correspondre</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 affichés</translation>
    </message>
</context>
<context>
    <name>tixsync::audit::AuditLog</name>
    <message>
        <source>An audit log line needs an action name.</source>
        <translation>Une ligne du journal d&apos;audit nécessite un nom d&apos;action.</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>écriture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>Impossible d&apos;écrire le fichier CSV : %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2. Choose a folder you can write to.</source>
        <translation>Impossible de créer %1 : %2. Choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the free space and permissions.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Vérifiez l&apos;espace libre et les droits.</translation>
    </message>
</context>
<context>
    <name>tixsync::audit::AuditLogModel</name>
    <message>
        <source>Database user %1, OS user %2</source>
        <translation>Utilisateur de base de données %1, utilisateur système %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>tixsync::recon::DiscrepancyModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Manifestation</translation>
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
        <translation>Âge</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
</context>
<context>
    <name>tixsync::recon::ReconEventModel</name>
    <message>
        <source>Event</source>
        <translation>Manifestation</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Billets</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>tixsync::secrets::ConnectionProfile</name>
    <message>
        <source>Give the connection profile a name, e.g. Validation, Pre-production or Production.</source>
        <translation>Donnez un nom au profil de connexion, p. ex. Validation, Préproduction ou Production.</translation>
    </message>
    <message>
        <source>The profile name &quot;%1&quot; starts or ends with spaces; remove them.</source>
        <translation>Le nom de profil « %1 » commence ou se termine par des espaces ; supprimez-les.</translation>
    </message>
</context>
<context>
    <name>tixsync::secrets::ConnectionProfiles</name>
    <message>
        <source>There is no connection profile called &quot;%1&quot;. Check the name with: tixsync-cli profiles list</source>
        <translation>Il n&apos;existe aucun profil de connexion nommé « %1 ». Vérifiez le nom avec : tixsync-cli profiles list</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1. Check that the folder exists and is writable.</source>
        <translation>Impossible d&apos;écrire le fichier de réglages %1. Vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>A connection profile called &quot;%1&quot; exists already; choose another name.</source>
        <translation>Un profil de connexion nommé « %1 » existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is not valid. Use postgresql://user@host:port/dbname.</source>
        <translation>L&apos;URL de base de données « %1 » n&apos;est pas valide. Utilisez postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>Remove the password from the database URL: it would be stored in plain text. Put it in ~/.pgpass or the PGPASSWORD environment variable instead.</source>
        <translation>Retirez le mot de passe de l&apos;URL de base de données : il serait enregistré en clair. Mettez-le plutôt dans ~/.pgpass ou dans la variable d&apos;environnement PGPASSWORD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a file path nor a postgresql:// URL.</source>
        <translation>« %1 » n&apos;est ni un chemin de fichier ni une URL postgresql://.</translation>
    </message>
</context>
<context>
    <name>tixsync::secrets::ConnectionTest</name>
    <message>
        <source>The API profile &quot;%1&quot; is neither &quot;default&quot;, &quot;bearer&quot; nor an existing JSON file; correct it in the connection profile.</source>
        <translation>Le profil d&apos;API « %1 » n&apos;est ni &quot;default&quot;, ni &quot;bearer&quot;, ni un fichier JSON existant ; corrigez-le dans le profil de connexion.</translation>
    </message>
    <message>
        <source>Enter the API key first.</source>
        <translation>Saisissez d&apos;abord la clé d&apos;API.</translation>
    </message>
    <message>
        <source>Connected to %1: the API key was accepted (answer in %2 ms).</source>
        <translation>Connecté à %1 : la clé d&apos;API a été acceptée (réponse en %2 ms).</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
</context>
<context>
    <name>tixsync::secrets::KeychainCredentialProvider</name>
    <message>
        <source>The API key of the connection profile &quot;%1&quot; is still being read from the keychain; try again in a moment.</source>
        <translation>La clé d&apos;API du profil de connexion « %1 » est encore en cours de lecture dans le trousseau ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The API key of the connection profile &quot;%1&quot; has not been read from the keychain yet.</source>
        <translation>La clé d&apos;API du profil de connexion « %1 » n&apos;a pas encore été lue dans le trousseau.</translation>
    </message>
    <message>
        <source>key entered for this session (profile &quot;%1&quot;)</source>
        <translation>clé saisie pour cette session (profil « %1 »)</translation>
    </message>
    <message>
        <source>the keychain entry of the connection profile &quot;%1&quot;</source>
        <translation>l&apos;entrée du trousseau du profil de connexion « %1 »</translation>
    </message>
    <message>
        <source>No TIXNGO API key: set the environment variable TIXNGO_API_KEY, or choose a connection profile whose key is in the keychain (tixsync-cli profiles set-key NAME).</source>
        <translation>Aucune clé d&apos;API TIXNGO : définissez la variable d&apos;environnement TIXNGO_API_KEY, ou choisissez un profil de connexion dont la clé est dans le trousseau (tixsync-cli profiles set-key NAME).</translation>
    </message>
</context>
<context>
    <name>tixsync::secrets::KeychainJob</name>
    <message>
        <source>You can use the key for this session only.</source>
        <translation>Vous pouvez utiliser la clé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>No API key is stored in the keychain for the connection profile &quot;%1&quot;. Enter it in Settings &gt; Connections, or run: tixsync-cli profiles set-key &quot;%1&quot;</source>
        <translation>Aucune clé d&apos;API n&apos;est enregistrée dans le trousseau pour le profil de connexion « %1 ». Saisissez-la dans Paramètres &gt; Connexions, ou lancez : tixsync-cli profiles set-key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Access to the keychain was refused (%1). Allow TixSync when the keyring asks. %2</source>
        <translation>L&apos;accès au trousseau a été refusé (%1). Autorisez TixSync lorsque le trousseau le demande. %2</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access (%1). Unlock your login keyring (log in again or use your desktop&apos;s password manager) and try again. %2</source>
        <translation>Le trousseau est verrouillé ou a refusé l&apos;accès (%1). Déverrouillez votre trousseau de session (reconnectez-vous ou utilisez le gestionnaire de mots de passe de votre bureau) et réessayez. %2</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Start a Secret Service such as GNOME Keyring or KWallet in your desktop session, or use the key for this session only.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1). Démarrez un Secret Service tel que GNOME Keyring ou KWallet dans votre session de bureau, ou utilisez la clé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>no Secret Service answered</source>
        <translation>aucun Secret Service n&apos;a répondu</translation>
    </message>
    <message>
        <source>The keychain could not %1 the API key of &quot;%2&quot; (%3). %4</source>
        <translation>Le trousseau n&apos;a pas pu %1 la clé d&apos;API de « %2 » (%3). %4</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>store</source>
        <translation>enregistrer</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lire</translation>
    </message>
    <message>
        <source>the login keyring is locked</source>
        <translation>le trousseau de session est verrouillé</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s: it may be locked and waiting for a password prompt, or no Secret Service is running. Unlock your keyring and try again. %2</source>
        <translation>Le trousseau n&apos;a pas répondu dans les %1 s : il est peut-être verrouillé et attend une saisie de mot de passe, ou aucun Secret Service n&apos;est démarré. Déverrouillez votre trousseau et réessayez. %2</translation>
    </message>
</context>
<context>
    <name>tixsync::tixngo::ApiProfile</name>
    <message>
        <source>API profile: &quot;%1&quot; must be a path relative to the API root such as &quot;organizer/tickets&quot; (no leading &apos;/&apos;, no scheme, query or spaces); got &quot;%2&quot;.</source>
        <translation>Profil d&apos;API : « %1 » doit être un chemin relatif à la racine de l&apos;API tel que &quot;organizer/tickets&quot; (sans &apos;/&apos; initial, ni schéma, ni requête, ni espaces) ; reçu « %2 ».</translation>
    </message>
    <message>
        <source>API profile: &quot;%1&quot; must be between %2 and %3; got %4.</source>
        <translation>Profil d&apos;API : « %1 » doit être compris entre %2 et %3 ; reçu %4.</translation>
    </message>
    <message>
        <source>API profile: &quot;%1&quot; %2</source>
        <translation>Profil d&apos;API : « %1 » %2</translation>
    </message>
    <message>
        <source>must be a JSON object.</source>
        <translation>doit être un objet JSON.</translation>
    </message>
    <message>
        <source>is not a known key; known keys here: %1.</source>
        <translation>n&apos;est pas une clé connue ; clés connues ici : %1.</translation>
    </message>
    <message>
        <source>must be a text value in quotes.</source>
        <translation>doit être une valeur texte entre guillemets.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>doit valoir true ou false.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>doit être un nombre entier.</translation>
    </message>
    <message>
        <source>API profile: &quot;paths.readTicket&quot; must contain the placeholder {ticketId}; got &quot;%1&quot;.</source>
        <translation>Profil d&apos;API : &quot;paths.readTicket&quot; doit contenir l&apos;espace réservé {ticketId} ; reçu « %1 ».</translation>
    </message>
    <message>
        <source>API profile: &quot;auth.header&quot; must be an HTTP header name such as X-Api-Key or Authorization (letters, digits, &apos;-&apos;); got &quot;%1&quot;.</source>
        <translation>Profil d&apos;API : &quot;auth.header&quot; doit être un nom d&apos;en-tête HTTP tel que X-Api-Key ou Authorization (lettres, chiffres, &apos;-&apos;) ; reçu « %1 ».</translation>
    </message>
    <message>
        <source>API profile: &quot;auth.scheme&quot; must be empty or one word such as Bearer; got &quot;%1&quot;.</source>
        <translation>Profil d&apos;API : &quot;auth.scheme&quot; doit être vide ou un seul mot tel que Bearer ; reçu « %1 ».</translation>
    </message>
    <message>
        <source>API profile is not valid JSON: %1.</source>
        <translation>Le profil d&apos;API n&apos;est pas du JSON valide : %1.</translation>
    </message>
    <message>
        <source>API profile must be a JSON object with the sections paths, auth, limits, timeouts, retry and transport.</source>
        <translation>Le profil d&apos;API doit être un objet JSON avec les sections paths, auth, limits, timeouts, retry et transport.</translation>
    </message>
    <message>
        <source>is not a known section; known sections: %1.</source>
        <translation>n&apos;est pas une section connue ; sections connues : %1.</translation>
    </message>
    <message>
        <source>Cannot read the API profile: %1.</source>
        <translation>Impossible de lire le profil d&apos;API : %1.</translation>
    </message>
    <message>
        <source>Cannot write the API profile: %1.</source>
        <translation>Impossible d&apos;écrire le profil d&apos;API : %1.</translation>
    </message>
</context>
<context>
    <name>tixsync::tixngo::BatchJob</name>
    <message>
        <source>Internal error: %1 ticket ids for %2 ticket payloads.</source>
        <translation>Erreur interne : %1 identifiants de billet pour %2 charges utiles de billet.</translation>
    </message>
    <message>
        <source>A ticket without a ticket id cannot be sent to TIXNGO.</source>
        <translation>Un billet sans identifiant ne peut pas être envoyé à TIXNGO.</translation>
    </message>
    <message>
        <source>Ticket id %1 appears twice in one call to TIXNGO; results are matched by ticket id, so each ticket may appear once.</source>
        <translation>L&apos;identifiant de billet %1 apparaît deux fois dans un même appel à TIXNGO ; les résultats sont associés par identifiant de billet, chaque billet ne peut donc apparaître qu&apos;une fois.</translation>
    </message>
    <message>
        <source>TIXNGO sent a result for a ticket id this call did not send.</source>
        <translation>TIXNGO a renvoyé un résultat pour un identifiant de billet que cet appel n&apos;a pas envoyé.</translation>
    </message>
    <message>
        <source>TIXNGO sent two results for this ticket; its state is unknown.</source>
        <translation>TIXNGO a renvoyé deux résultats pour ce billet ; son état est inconnu.</translation>
    </message>
    <message>
        <source>TIXNGO&apos;s result for this ticket has neither a status nor an error.</source>
        <translation>Le résultat de TIXNGO pour ce billet n&apos;a ni statut ni erreur.</translation>
    </message>
    <message>
        <source>TIXNGO sent no result for this ticket; its state is unknown.</source>
        <translation>TIXNGO n&apos;a renvoyé aucun résultat pour ce billet ; son état est inconnu.</translation>
    </message>
</context>
<context>
    <name>tixsync::tixngo::Client</name>
    <message>
        <source>Enter a ticket id to read from TIXNGO.</source>
        <translation>Saisissez un identifiant de billet à lire dans TIXNGO.</translation>
    </message>
    <message>
        <source>The status log report needs a start and an end date (from, to).</source>
        <translation>Le rapport d&apos;historique des statuts nécessite une date de début et de fin (from, to).</translation>
    </message>
</context>
<context>
    <name>tixsync::tixngo::Connection</name>
    <message>
        <source>The TIXNGO interface URL &quot;%1&quot; is not a valid web address; enter it like https://tixngo.example/api/v3/organizer/tickets.</source>
        <translation>L&apos;URL de l&apos;interface TIXNGO « %1 » n&apos;est pas une adresse web valide ; saisissez-la comme https://tixngo.example/api/v3/organizer/tickets.</translation>
    </message>
    <message>
        <source>The TIXNGO interface URL must start with https:// (got &quot;%1&quot;).</source>
        <translation>L&apos;URL de l&apos;interface TIXNGO doit commencer par https:// (reçu « %1 »).</translation>
    </message>
    <message>
        <source>The TIXNGO interface URL must not contain a user name, password, &apos;?&apos; query or &apos;#&apos; part; remove them (the API key is entered separately).</source>
        <translation>L&apos;URL de l&apos;interface TIXNGO ne doit contenir ni nom d&apos;utilisateur, ni mot de passe, ni requête &apos;?&apos;, ni partie &apos;#&apos; ; supprimez-les (la clé d&apos;API est saisie séparément).</translation>
    </message>
    <message>
        <source>The TIXNGO interface URL must end with &quot;organizer/tickets&quot;, e.g. https://tixngo.example/api/v3/organizer/tickets (got &quot;%1&quot;).</source>
        <translation>L&apos;URL de l&apos;interface TIXNGO doit se terminer par &quot;organizer/tickets&quot;, p. ex. https://tixngo.example/api/v3/organizer/tickets (reçu « %1 »).</translation>
    </message>
    <message>
        <source>The TIXNGO interface URL must use https://; plain http:// is accepted only for this computer (localhost, 127.0.0.1, ::1) because the API key would travel unencrypted.</source>
        <translation>L&apos;URL de l&apos;interface TIXNGO doit utiliser https:// ; http:// simple n&apos;est accepté que pour cet ordinateur (localhost, 127.0.0.1, ::1), car la clé d&apos;API circulerait en clair.</translation>
    </message>
</context>
<context>
    <name>tixsync::tixngo::EnvCredentialProvider</name>
    <message>
        <source>No TIXNGO API key: set the environment variable %1 to the API key of the organizer ADMIN account.</source>
        <translation>Aucune clé d&apos;API TIXNGO : définissez la variable d&apos;environnement %1 avec la clé d&apos;API du compte ADMIN de l&apos;organisateur.</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>variable d&apos;environnement %1</translation>
    </message>
</context>
<context>
    <name>tixsync::tixngo::Job</name>
    <message>
        <source>TIXNGO authentication refused (HTTP %1): check the API key of the organizer ADMIN account (%2).</source>
        <translation>Authentification TIXNGO refusée (HTTP %1) : vérifiez la clé d&apos;API du compte ADMIN de l&apos;organisateur (%2).</translation>
    </message>
    <message>
        <source>TIXNGO endpoint not found — check the URL (HTTP 404 for %1).</source>
        <translation>Point d&apos;accès TIXNGO introuvable — vérifiez l&apos;URL (HTTP 404 pour %1).</translation>
    </message>
    <message>
        <source>TIXNGO refused the request to %1 (HTTP %2): %3</source>
        <translation>TIXNGO a refusé la requête vers %1 (HTTP %2) : %3</translation>
    </message>
    <message>
        <source>TIXNGO server error (HTTP %1) at %2 after %3 attempts: %4</source>
        <translation>Erreur du serveur TIXNGO (HTTP %1) sur %2 après %3 tentatives : %4</translation>
    </message>
    <message>
        <source>TIXNGO kept answering HTTP 429 (too many requests) at %1 after %2 attempts; try again later or lower the number of calls in flight.</source>
        <translation>TIXNGO a continué de répondre HTTP 429 (trop de requêtes) sur %1 après %2 tentatives ; réessayez plus tard ou réduisez le nombre d&apos;appels simultanés.</translation>
    </message>
    <message>
        <source>Secure connection to %1 failed after %2 attempts: %3. TLS errors are never ignored: correct the URL or install the server&apos;s certificate authority on this computer.</source>
        <translation>La connexion sécurisée à %1 a échoué après %2 tentatives : %3. Les erreurs TLS ne sont jamais ignorées : corrigez l&apos;URL ou installez l&apos;autorité de certification du serveur sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Cannot reach TIXNGO at %1 after %2 attempts: %3</source>
        <translation>Impossible de joindre TIXNGO à %1 après %2 tentatives : %3</translation>
    </message>
    <message>
        <source>TIXNGO answered %1 with a body that is not the documented JSON: %2 at byte %3.</source>
        <translation>TIXNGO a répondu à %1 avec un contenu qui n&apos;est pas le JSON documenté : %2 à l&apos;octet %3.</translation>
    </message>
    <message>
        <source>TIXNGO answered %1 with a body that is not the documented JSON: %2.</source>
        <translation>TIXNGO a répondu à %1 avec un contenu qui n&apos;est pas le JSON documenté : %2.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse dans les %1 s</translation>
    </message>
    <message>
        <source>the request is too large even for a single ticket</source>
        <translation>la requête est trop volumineuse, même pour un seul billet</translation>
    </message>
    <message>
        <source>TIXNGO asks to wait %1 s before the next call (HTTP 429), longer than the %2 s allowed; try again later.</source>
        <translation>TIXNGO demande d&apos;attendre %1 s avant l&apos;appel suivant (HTTP 429), plus que les %2 s autorisées ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>redirected to %1; enter that address as the interface URL</source>
        <translation>redirigé vers %1 ; saisissez cette adresse comme URL de l&apos;interface</translation>
    </message>
    <message>
        <source>The TIXNGO call was cancelled.</source>
        <translation>L&apos;appel à TIXNGO a été annulé.</translation>
    </message>
</context>
<context>
    <name>tixsync::tixngo::StaticCredentialProvider</name>
    <message>
        <source>No TIXNGO API key was entered: enter the API key of the organizer ADMIN account.</source>
        <translation>Aucune clé d&apos;API TIXNGO n&apos;a été saisie : saisissez la clé d&apos;API du compte ADMIN de l&apos;organisateur.</translation>
    </message>
    <message>
        <source>key entered in this session</source>
        <translation>clé saisie pendant cette session</translation>
    </message>
</context>
<context>
    <name>tixsync::tpl::DatePattern</name>
    <message>
        <source>The quote opened here is not closed: add a closing &apos; or write &apos;&apos; for a literal quote.</source>
        <translation>Le guillemet ouvert ici n&apos;est pas fermé : ajoutez un &apos; fermant ou écrivez &apos;&apos; pour une apostrophe littérale.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a supported date pattern letter: put literal text in single quotes, e.g. &apos;at&apos;.</source>
        <translation>&apos;%1&apos; n&apos;est pas une lettre de format de date prise en charge : mettez le texte littéral entre apostrophes, p. ex. &apos;à&apos;.</translation>
    </message>
</context>
<context>
    <name>tixsync::tpl::Expression</name>
    <message>
        <source>&quot;${&quot; is not closed: add &quot;}&quot; after the variable name, or write &quot;$${&quot; for a literal &quot;${&quot;.</source>
        <translation>&quot;${&quot; n&apos;est pas fermé : ajoutez &quot;}&quot; après le nom de la variable, ou écrivez &quot;$${&quot; pour un &quot;${&quot; littéral.</translation>
    </message>
    <message>
        <source>A variable name is expected after &quot;${&quot;: write e.g. ${Product_externalName}, or &quot;$${&quot; for a literal &quot;${&quot;.</source>
        <translation>Un nom de variable est attendu après &quot;${&quot; : écrivez p. ex. ${Product_externalName}, ou &quot;$${&quot; pour un &quot;${&quot; littéral.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot appear in a variable name: close it with &quot;}&quot; or add modifiers after &quot;;&quot;.</source>
        <translation>« %1 » ne peut pas figurer dans un nom de variable : fermez-le avec &quot;}&quot; ou ajoutez des modificateurs après &quot;;&quot;.</translation>
    </message>
    <message>
        <source>Unknown variable &quot;%1&quot;: pick one from the variable catalogue (names are case-sensitive).</source>
        <translation>Variable inconnue « %1 » : choisissez-en une dans le catalogue des variables (les noms sont sensibles à la casse).</translation>
    </message>
    <message>
        <source>&quot;${&quot; is not closed: add &quot;}&quot; at the end of the modifiers.</source>
        <translation>&quot;${&quot; n&apos;est pas fermé : ajoutez &quot;}&quot; à la fin des modificateurs.</translation>
    </message>
    <message>
        <source>&quot;${&quot; is not closed: add &quot;}&quot; after the value of %1=.</source>
        <translation>&quot;${&quot; n&apos;est pas fermé : ajoutez &quot;}&quot; après la valeur de %1=.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; in a modifier: write modifiers as ;format=…, ;language=…, ;min=N, ;max=N, ;upperCase or ;lowerCase.</source>
        <translation>« %1 » inattendu dans un modificateur : écrivez les modificateurs sous la forme ;format=…, ;language=…, ;min=N, ;max=N, ;upperCase ou ;lowerCase.</translation>
    </message>
    <message>
        <source>format= needs a date pattern, e.g. format=dd/MM/yyyy.</source>
        <translation>format= nécessite un format de date, p. ex. format=dd/MM/yyyy.</translation>
    </message>
    <message>
        <source>format= applies to date variables only; %1 is a %2 variable: remove the modifier.</source>
        <translation>format= ne s&apos;applique qu&apos;aux variables de type date ; %1 est une variable de type %2 : supprimez le modificateur.</translation>
    </message>
    <message>
        <source>language= needs a language code (en, fr, de…) or a variable such as ${Institution_language}.</source>
        <translation>language= nécessite un code de langue (en, fr, de…) ou une variable telle que ${Institution_language}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code: write e.g. en, fr or de.</source>
        <translation>« %1 » n&apos;est pas un code de langue : écrivez p. ex. en, fr ou de.</translation>
    </message>
    <message>
        <source>%1= needs a whole number of 0 or more, e.g. %1=4.</source>
        <translation>%1= nécessite un nombre entier supérieur ou égal à 0, p. ex. %1=4.</translation>
    </message>
    <message>
        <source>min=%1 is greater than max=%2: min is the first character kept (from 0), max the position after the last one.</source>
        <translation>min=%1 est supérieur à max=%2 : min est le premier caractère conservé (à partir de 0), max la position après le dernier.</translation>
    </message>
    <message>
        <source>%1 takes no value: remove &quot;=…&quot;.</source>
        <translation>%1 n&apos;accepte pas de valeur : supprimez « =… ».</translation>
    </message>
    <message>
        <source>Unknown modifier &quot;%1&quot;: use format=, language=, min=, max=, upperCase or lowerCase.</source>
        <translation>Modificateur inconnu « %1 » : utilisez format=, language=, min=, max=, upperCase ou lowerCase.</translation>
    </message>
    <message>
        <source>Something to compare is missing: write e.g. ${Seat_gate} == &quot;A&quot;.</source>
        <translation>Il manque un terme à comparer : écrivez p. ex. ${Seat_gate} == &quot;A&quot;.</translation>
    </message>
</context>
<context>
    <name>tixsync::tpl::PayloadBuilder</name>
    <message>
        <source>%1 is required by TIXNGO but has no value: fill it in S-360 or set it in the template.</source>
        <translation>%1 est exigé par TIXNGO mais n&apos;a pas de valeur : renseignez-le dans S-360 ou définissez-le dans le modèle.</translation>
    </message>
    <message>
        <source>Ticket %1 breaks TIXNGO rules: %2</source>
        <translation>Le billet %1 enfreint les règles de TIXNGO : %2</translation>
    </message>
    <message>
        <source>%1 is a single value in the TIXNGO payload, so nothing can go under it: change the path.</source>
        <translation>%1 est une valeur simple dans la charge utile TIXNGO, rien ne peut donc se trouver en dessous : modifiez le chemin.</translation>
    </message>
    <message>
        <source>The template has errors; first: %1</source>
        <translation>Le modèle contient des erreurs ; la première : %1</translation>
    </message>
    <message>
        <source>Row %1 gives &quot;%2&quot; for %3, which is not a number.</source>
        <translation>La ligne %1 donne « %2 » pour %3, qui n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Row %1 gives &quot;%2&quot; for %3, which is not true or false.</source>
        <translation>La ligne %1 donne « %2 » pour %3, qui n&apos;est ni true ni false.</translation>
    </message>
    <message>
        <source>Row %1 gives invalid JSON for %2: %3.</source>
        <translation>La ligne %1 donne un JSON non valide pour %2 : %3.</translation>
    </message>
    <message>
        <source>%1 has %2 characters; TIXNGO accepts at most %3.</source>
        <translation>%1 compte %2 caractères ; TIXNGO en accepte au plus %3.</translation>
    </message>
    <message>
        <source>ticketId &quot;%1&quot; may only hold letters, digits, space and *.-_+/().</source>
        <translation>ticketId « %1 » ne peut contenir que des lettres, des chiffres, l&apos;espace et *.-_+/().</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an RFC 3339 date such as 2027-03-14T20:30:00+01:00.</source>
        <translation>%1 « %2 » n&apos;est pas une date RFC 3339 telle que 2027-03-14T20:30:00+01:00.</translation>
    </message>
    <message>
        <source>gender &quot;%1&quot; must be M, F, U or X.</source>
        <translation>Le genre « %1 » doit valoir M, F, U ou X.</translation>
    </message>
    <message>
        <source>activation method &quot;%1&quot; must be online or offline.</source>
        <translation>La méthode d&apos;activation « %1 » doit valoir online ou offline.</translation>
    </message>
    <message>
        <source>%1 must be a number: set the row type to number.</source>
        <translation>%1 doit être un nombre : définissez le type de la ligne sur number.</translation>
    </message>
    <message>
        <source>%1 must be true or false: set the row type to boolean.</source>
        <translation>%1 doit valoir true ou false : définissez le type de la ligne sur boolean.</translation>
    </message>
    <message>
        <source>%1 has the wrong type: set the row type to text.</source>
        <translation>%1 n&apos;a pas le bon type : définissez le type de la ligne sur text.</translation>
    </message>
    <message>
        <source>TIXRGrp &quot;%1&quot; is longer than the 50 characters TIXNGO accepts for a group id.</source>
        <translation>TIXRGrp « %1 » dépasse les 50 caractères que TIXNGO accepte pour un identifiant de groupe.</translation>
    </message>
    <message>
        <source>%1 is start_of_season but no season start date is set: set the season dates.</source>
        <translation>%1 vaut start_of_season mais aucune date de début de saison n&apos;est définie : définissez les dates de la saison.</translation>
    </message>
    <message>
        <source>%1 is end_of_season but no season end date is set: set the season dates.</source>
        <translation>%1 vaut end_of_season mais aucune date de fin de saison n&apos;est définie : définissez les dates de la saison.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not understood: write start_of_season, end_of_season, an offset from the performance start such as +1d, -1w, 2w or +3h, or a date dd/mm/yy hh:mm (22/10/23 21:15).</source>
        <translation>%1 « %2 » n&apos;est pas compris : écrivez start_of_season, end_of_season, un décalage par rapport au début de la séance tel que +1d, -1w, 2w ou +3h, ou une date dd/mm/yy hh:mm (22/10/23 21:15).</translation>
    </message>
</context>
<context>
    <name>tixsync::tpl::Template</name>
    <message>
        <source>The path is empty: write a TIXNGO field such as event.name or ticketDetails.main.1.value.</source>
        <translation>Le chemin est vide : écrivez un champ TIXNGO tel que event.name ou ticketDetails.main.1.value.</translation>
    </message>
    <message>
        <source>Empty name in the path: remove the extra dot (write e.g. event.address.city).</source>
        <translation>Nom vide dans le chemin : supprimez le point en trop (écrivez p. ex. event.address.city).</translation>
    </message>
    <message>
        <source>A path cannot start with a list index: start with a field name such as ticketDetails.</source>
        <translation>Un chemin ne peut pas commencer par un indice de liste : commencez par un nom de champ tel que ticketDetails.</translation>
    </message>
    <message>
        <source>The list index %1 is too large: use small numbers such as 0, 1, 2.</source>
        <translation>L&apos;indice de liste %1 est trop grand : utilisez de petits nombres tels que 0, 1, 2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot appear in a path: use field names of letters and digits separated by dots, list indexes as numbers (ticketDetails.main.1.key).</source>
        <translation>« %1 » ne peut pas figurer dans un chemin : utilisez des noms de champs composés de lettres et de chiffres séparés par des points, et des indices de liste sous forme de nombres (ticketDetails.main.1.key).</translation>
    </message>
    <message>
        <source>event.startTime cannot be set by the template: remove this row and set the comfort variable TIXStart on the product instead.</source>
        <translation>event.startTime ne peut pas être défini par le modèle : supprimez cette ligne et définissez plutôt la variable de confort TIXStart sur le produit.</translation>
    </message>
    <message>
        <source>event.expirationDate cannot be set by the template: remove this row and set the comfort variable TIXExp on the product instead.</source>
        <translation>event.expirationDate ne peut pas être défini par le modèle : supprimez cette ligne et définissez plutôt la variable de confort TIXExp sur le produit.</translation>
    </message>
    <message>
        <source>%1 is the S-360 performance id and cannot be set by the template: remove this row.</source>
        <translation>%1 est l&apos;identifiant de séance S-360 et ne peut pas être défini par le modèle : supprimez cette ligne.</translation>
    </message>
    <message>
        <source>%1 is not a documented TIXNGO field: check the spelling (it is sent as written).</source>
        <translation>%1 n&apos;est pas un champ TIXNGO documenté : vérifiez l&apos;orthographe (il est envoyé tel quel).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number: write digits such as 45.50, or change the type to text.</source>
        <translation>« %1 » n&apos;est pas un nombre : écrivez des chiffres tels que 45.50, ou changez le type en text.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a boolean: write true or false, or change the type to text.</source>
        <translation>« %1 » n&apos;est pas un booléen : écrivez true ou false, ou changez le type en text.</translation>
    </message>
    <message>
        <source>The value is not valid JSON (%1): fix it or change the type to text.</source>
        <translation>La valeur n&apos;est pas du JSON valide (%1) : corrigez-la ou changez le type en text.</translation>
    </message>
    <message>
        <source>%1 is set as a value in row %2, so nothing can go under it: remove one of the two rows.</source>
        <translation>%1 est défini comme valeur à la ligne %2, rien ne peut donc se trouver en dessous : supprimez l&apos;une des deux lignes.</translation>
    </message>
    <message>
        <source>%1 holds named fields in row %2, so it cannot be a list here: use names, not numbers.</source>
        <translation>%1 contient des champs nommés à la ligne %2, il ne peut donc pas être une liste ici : utilisez des noms, pas des nombres.</translation>
    </message>
    <message>
        <source>%1 is a list in row %2, so it needs a number here (e.g. %1.1.key).</source>
        <translation>%1 est une liste à la ligne %2, il lui faut donc un nombre ici (p. ex. %1.1.key).</translation>
    </message>
    <message>
        <source>%1 already has fields under it (row %2), so it cannot also be a value: remove this row or those fields.</source>
        <translation>%1 a déjà des champs en dessous (ligne %2), il ne peut donc pas être aussi une valeur : supprimez cette ligne ou ces champs.</translation>
    </message>
    <message>
        <source>%1 is already set in row %2 without a condition, so this row never applies: remove one of the rows, or give row %2 a condition.</source>
        <translation>%1 est déjà défini à la ligne %2 sans condition, cette ligne ne s&apos;applique donc jamais : supprimez l&apos;une des lignes, ou donnez une condition à la ligne %2.</translation>
    </message>
    <message>
        <source>%1 has no index %2 before %3: the list is compacted, so this entry is sent at position %4. Renumber the rows to silence this warning.</source>
        <translation>%1 n&apos;a pas d&apos;indice %2 avant %3 : la liste est compactée, cette entrée est donc envoyée à la position %4. Renumérotez les lignes pour faire disparaître cet avertissement.</translation>
    </message>
    <message>
        <source>The template file is not a JSON object (%1 at character %2): it must look like {&quot;name&quot;: &quot;…&quot;, &quot;fields&quot;: [{&quot;path&quot;: …, &quot;value&quot;: …}]}.</source>
        <translation>Le fichier de modèle n&apos;est pas un objet JSON (%1 au caractère %2) : il doit ressembler à {&quot;name&quot;: &quot;…&quot;, &quot;fields&quot;: [{&quot;path&quot;: …, &quot;value&quot;: …}]}.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>The template file has no &quot;fields&quot; list: add &quot;fields&quot;: [ … ].</source>
        <translation>Le fichier de modèle n&apos;a pas de liste &quot;fields&quot; : ajoutez &quot;fields&quot;: [ … ].</translation>
    </message>
    <message>
        <source>Field %1 is not an object: write {&quot;path&quot;: …, &quot;value&quot;: …}.</source>
        <translation>Le champ %1 n&apos;est pas un objet : écrivez {&quot;path&quot;: …, &quot;value&quot;: …}.</translation>
    </message>
    <message>
        <source>The value of field %1 must be a string.</source>
        <translation>La valeur du champ %1 doit être une chaîne.</translation>
    </message>
    <message>
        <source>Field %1 has the unknown type &quot;%2&quot;: use text, number, boolean or json.</source>
        <translation>Le champ %1 a le type inconnu « %2 » : utilisez text, number, boolean ou json.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement : </translation>
    </message>
</context>
<context>
    <name>tixsync::tpl::TemplateStore</name>
    <message>
        <source>The template has no name: give it one before saving.</source>
        <translation>Le modèle n&apos;a pas de nom : donnez-lui-en un avant de l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>The template could not be created.</source>
        <translation>Le modèle n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; has no version %2.</source>
        <translation>Le modèle « %1 » n&apos;a pas de version %2.</translation>
    </message>
    <message>
        <source>There is no template named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun modèle nommé « %1 ».</translation>
    </message>
</context>
<context>
    <name>tixsync::tpl::VariableCatalog</name>
    <message>
        <source>Product name shown to customers</source>
        <translation>Nom du produit affiché aux clients</translation>
    </message>
    <message>
        <source>Host team of the match</source>
        <translation>Équipe qui reçoit</translation>
    </message>
    <message>
        <source>Opposing (visiting) team</source>
        <translation>Équipe adverse (visiteuse)</translation>
    </message>
    <message>
        <source>Start of the performance (use format= to shape it)</source>
        <translation>Début de la séance (utilisez format= pour la mettre en forme)</translation>
    </message>
    <message>
        <source>Venue (site) name</source>
        <translation>Nom du lieu (site)</translation>
    </message>
    <message>
        <source>City of the venue</source>
        <translation>Ville du lieu</translation>
    </message>
    <message>
        <source>Venue address, line 1</source>
        <translation>Adresse du lieu, ligne 1</translation>
    </message>
    <message>
        <source>Venue address, line 2</source>
        <translation>Adresse du lieu, ligne 2</translation>
    </message>
    <message>
        <source>Venue address, line 3</source>
        <translation>Adresse du lieu, ligne 3</translation>
    </message>
    <message>
        <source>Title of the cultural contact (buyer)</source>
        <translation>Civilité du contact culturel (acheteur)</translation>
    </message>
    <message>
        <source>First name of the cultural contact</source>
        <translation>Prénom du contact culturel</translation>
    </message>
    <message>
        <source>Last name of the cultural contact</source>
        <translation>Nom du contact culturel</translation>
    </message>
    <message>
        <source>Ticket price, two decimals (45.00)</source>
        <translation>Prix du billet, deux décimales (45.00)</translation>
    </message>
    <message>
        <source>Currency code of the price</source>
        <translation>Code de devise du prix</translation>
    </message>
    <message>
        <source>Language of the institution (first language of the run options)</source>
        <translation>Langue de l&apos;institution (première langue des options d&apos;exécution)</translation>
    </message>
    <message>
        <source>Voucher code (not stored with tickets: empty unless a variable set gives it)</source>
        <translation>Code de bon (non enregistré avec les billets : vide sauf si un jeu de variables le fournit)</translation>
    </message>
    <message>
        <source>S-360 ticket id (TIXNGO ticketId)</source>
        <translation>Identifiant de billet S-360 (ticketId TIXNGO)</translation>
    </message>
    <message>
        <source>Ticket (tax) number</source>
        <translation>Numéro du billet (fiscal)</translation>
    </message>
    <message>
        <source>Order (file) number</source>
        <translation>Numéro de commande (dossier)</translation>
    </message>
    <message>
        <source>Barcode, without prefix or postfix</source>
        <translation>Code-barres, sans préfixe ni suffixe</translation>
    </message>
    <message>
        <source>TICKET, MEMBERSHIP or SEASON_CARD</source>
        <translation>TICKET, MEMBERSHIP ou SEASON_CARD</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Code produit</translation>
    </message>
    <message>
        <source>Product family</source>
        <translation>Famille de produits</translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation>Canal de vente</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Seat category</source>
        <translation>Catégorie de places</translation>
    </message>
    <message>
        <source>Shipment mode</source>
        <translation>Mode d&apos;expédition</translation>
    </message>
    <message>
        <source>When S-360 issued the ticket</source>
        <translation>Date d&apos;émission du billet par S-360</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Area / level</source>
        <translation>Zone / niveau</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Seat number</source>
        <translation>Numéro de place</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>E-mail of the cultural contact</source>
        <translation>E-mail du contact culturel</translation>
    </message>
    <message>
        <source>Title of the ticket holder</source>
        <translation>Civilité du titulaire du billet</translation>
    </message>
    <message>
        <source>First name of the ticket holder</source>
        <translation>Prénom du titulaire du billet</translation>
    </message>
    <message>
        <source>Last name of the ticket holder</source>
        <translation>Nom du titulaire du billet</translation>
    </message>
    <message>
        <source>E-mail of the ticket holder</source>
        <translation>E-mail du titulaire du billet</translation>
    </message>
    <message>
        <source>Gender of the holder: M, F, U or X</source>
        <translation>Genre du titulaire : M, F, U ou X</translation>
    </message>
    <message>
        <source>Birth date of the holder (yyyy-MM-dd)</source>
        <translation>Date de naissance du titulaire (yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>Identity document number of the holder</source>
        <translation>Numéro de la pièce d&apos;identité du titulaire</translation>
    </message>
    <message>
        <source>Country code of the holder</source>
        <translation>Code pays du titulaire</translation>
    </message>
    <message>
        <source>S-360 performance id (TIXNGO event id)</source>
        <translation>Identifiant de séance S-360 (identifiant de manifestation TIXNGO)</translation>
    </message>
    <message>
        <source>Performance (event) name</source>
        <translation>Nom de la séance (manifestation)</translation>
    </message>
    <message>
        <source>MATCH, CONCERT, SERVICE…</source>
        <translation>MATCH, CONCERT, SERVICE…</translation>
    </message>
    <message>
        <source>Competition or tour</source>
        <translation>Compétition ou tournée</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Saison</translation>
    </message>
    <message>
        <source>End of the performance, if known</source>
        <translation>Fin de la séance, si connue</translation>
    </message>
    <message>
        <source>Duration in minutes (0 = unknown)</source>
        <translation>Durée en minutes (0 = inconnue)</translation>
    </message>
    <message>
        <source>Event web site</source>
        <translation>Site web de la manifestation</translation>
    </message>
    <message>
        <source>IANA time zone of the venue</source>
        <translation>Fuseau horaire IANA du lieu</translation>
    </message>
    <message>
        <source>Country code of the venue</source>
        <translation>Code pays du lieu</translation>
    </message>
    <message>
        <source>Region of the venue</source>
        <translation>Région du lieu</translation>
    </message>
    <message>
        <source>Postal code of the venue</source>
        <translation>Code postal du lieu</translation>
    </message>
    <message>
        <source>The variable set is not a JSON object (%1 at character %2): write {&quot;Variable_name&quot;: &quot;value&quot;, …}.</source>
        <translation>Le jeu de variables n&apos;est pas un objet JSON (%1 au caractère %2) : écrivez {&quot;Variable_name&quot;: &quot;value&quot;, …}.</translation>
    </message>
    <message>
        <source>Unknown variable &quot;%1&quot; in the variable set: remove it or correct its name.</source>
        <translation>Variable inconnue « %1 » dans le jeu de variables : supprimez-la ou corrigez son nom.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be a string or a number.</source>
        <translation>La valeur de « %1 » doit être une chaîne ou un nombre.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is not an RFC 3339 date: write e.g. 2027-03-14T20:30:00+01:00.</source>
        <translation>La valeur de « %1 » n&apos;est pas une date RFC 3339 : écrivez p. ex. 2027-03-14T20:30:00+01:00.</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
</context>
</TS>
