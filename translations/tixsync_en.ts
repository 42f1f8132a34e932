<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>TemplateFieldModel</name>
    <message numerus="yes">
        <source>Move %n row(s)</source>
        <translation>
            <numerusform>Move %n row</numerusform>
            <numerusform>Move %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message numerus="yes">
        <source>TIXNGO payload for %1 (%n value(s) changed by the template, highlighted)</source>
        <translation>
            <numerusform>TIXNGO payload for %1 (%n value changed by the template, highlighted)</numerusform>
            <numerusform>TIXNGO payload for %1 (%n values changed by the template, highlighted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TIXNGO payload for %1: %n problem(s) TIXNGO would refuse, see the list</source>
        <translation>
            <numerusform>TIXNGO payload for %1: %n problem TIXNGO would refuse, see the list</numerusform>
            <numerusform>TIXNGO payload for %1: %n problems TIXNGO would refuse, see the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payload for %1 without the template (batch defaults and comfort variables): red lines are replaced by the template, green lines are what the template sets (%n value(s) changed)</source>
        <translation>
            <numerusform>Payload for %1 without the template (batch defaults and comfort variables): red lines are replaced by the template, green lines are what the template sets (%n value changed)</numerusform>
            <numerusform>Payload for %1 without the template (batch defaults and comfort variables): red lines are replaced by the template, green lines are what the template sets (%n values changed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tixsync-cli</name>
    <message numerus="yes">
        <source>%1: %n ticket(s) would be changed (nothing recorded or sent)</source>
        <translation>
            <numerusform>%1: %n ticket would be changed (nothing recorded or sent)</numerusform>
            <numerusform>%1: %n tickets would be changed (nothing recorded or sent)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tixsync::ReconFixRunner</name>
    <message numerus="yes">
        <source>%n ticket(s) added to the skip list of %1.</source>
        <translation>
            <numerusform>%n ticket added to the skip list of %1.</numerusform>
            <numerusform>%n tickets added to the skip list of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not fixed, %1 did not take %n ticket(s): %2.</source>
        <translation>
            <numerusform>Not fixed, %1 did not take %n ticket: %2.</numerusform>
            <numerusform>Not fixed, %1 did not take %n tickets: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refresh from TIXNGO: %n ticket(s) read</source>
        <translation>
            <numerusform>Refresh from TIXNGO: %n ticket read</numerusform>
            <numerusform>Refresh from TIXNGO: %n tickets read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown to TIXNGO (stored as absent)</source>
        <translation>
            <numerusform>%n unknown to TIXNGO (stored as absent)</numerusform>
            <numerusform>%n unknown to TIXNGO (stored as absent)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the feedback skip list (not stored)</source>
        <translation>
            <numerusform>%n on the feedback skip list (not stored)</numerusform>
            <numerusform>%n on the feedback skip list (not stored)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not fixed, S-360 does not have %n ticket(s): %1. The interface functions only send tickets S-360 has: import them from S-360, or delete them in the TIXNGO back-office, or put them on the skip list.</source>
        <translation>
            <numerusform>Not fixed, S-360 does not have %n ticket: %1. The interface functions only send tickets S-360 has: import it from S-360, or delete it in the TIXNGO back-office, or put it on the skip list.</numerusform>
            <numerusform>Not fixed, S-360 does not have %n tickets: %1. The interface functions only send tickets S-360 has: import them from S-360, or delete them in the TIXNGO back-office, or put them on the skip list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reprinted %n ticket(s) in S-360 (old ticket invalidated → new ticket): %1.</source>
        <translation>
            <numerusform>Reprinted %n ticket in S-360 (old ticket invalidated → new ticket): %1.</numerusform>
            <numerusform>Reprinted %n tickets in S-360 (old ticket invalidated → new ticket): %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not fixed, TIXNGO keeps %n deleted ticket(s) deleted: %1. A re-injection only updates a ticket TIXNGO has; reconcile again and use “Reprint and inject” (a new ticket id) or put it on the skip list.</source>
        <translation>
            <numerusform>Not fixed, TIXNGO keeps %n deleted ticket deleted: %1. A re-injection only updates a ticket TIXNGO has; reconcile again and use “Reprint and inject” (a new ticket id) or put it on the skip list.</numerusform>
            <numerusform>Not fixed, TIXNGO keeps %n deleted tickets deleted: %1. A re-injection only updates a ticket TIXNGO has; reconcile again and use “Reprint and inject” (new ticket ids) or put them on the skip list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tixsync::ReconciliationPage</name>
    <message numerus="yes">
        <source>%n duplicated barcode(s) or ticket id(s).</source>
        <translation>
            <numerusform>%n duplicated barcode or ticket id.</numerusform>
            <numerusform>%n duplicated barcodes or ticket ids.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The fixes below apply to the %n selected ticket(s).</source>
        <translation>
            <numerusform>The fixes below apply to the %n selected ticket.</numerusform>
            <numerusform>The fixes below apply to the %n selected tickets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n ticket(s)?</source>
        <translation>
            <numerusform>%1 for %n ticket?</numerusform>
            <numerusform>%1 for %n tickets?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected ticket(s) are left out: their category does not offer this fix.</source>
        <translation>
            <numerusform>%n selected ticket is left out: its category does not offer this fix.</numerusform>
            <numerusform>%n selected tickets are left out: their category does not offer this fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix %n ticket(s)</source>
        <translation>
            <numerusform>Fix %n ticket</numerusform>
            <numerusform>Fix %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discrepancy(ies) exported to %1.</source>
        <translation>
            <numerusform>%n discrepancy exported to %1.</numerusform>
            <numerusform>%n discrepancies exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading TIXNGO&apos;s view: %n ticket(s)…</source>
        <translation>
            <numerusform>Reading TIXNGO&apos;s view: %n ticket…</numerusform>
            <numerusform>Reading TIXNGO&apos;s view: %n tickets…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TIXNGO&apos;s view read: %n ticket(s).</source>
        <translation>
            <numerusform>TIXNGO&apos;s view read: %n ticket.</numerusform>
            <numerusform>TIXNGO&apos;s view read: %n tickets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tixsync::SyncPage</name>
    <message numerus="yes">
        <source>A run now would send %n ticket(s) to TIXNGO. Nothing was sent.</source>
        <translation>
            <numerusform>A run now would send %n ticket to TIXNGO. Nothing was sent.</numerusform>
            <numerusform>A run now would send %n tickets to TIXNGO. Nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2ended with a Warning: %n ticket(s) failed; open the run for the errors by class.</source>
        <translation>
            <numerusform>%1 %2ended with a Warning: %n ticket failed; open the run for the errors by class.</numerusform>
            <numerusform>%1 %2ended with a Warning: %n tickets failed; open the run for the errors by class.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) failed.</source>
        <translation>
            <numerusform>%n ticket failed.</numerusform>
            <numerusform>%n tickets failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This run will change %n ticket(s) in TIXNGO — that is %n spectators&apos; phones.</source>
        <translation>
            <numerusform>This run will change %n ticket in TIXNGO — that is %n spectator&apos;s phone.</numerusform>
            <numerusform>This run will change %n tickets in TIXNGO — that is %n spectators&apos; phones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Runs above %n ticket(s) need this confirmation (Settings: sync/impactThreshold).</source>
        <translation>
            <numerusform>Runs above %n ticket need this confirmation (Settings: sync/impactThreshold).</numerusform>
            <numerusform>Runs above %n tickets need this confirmation (Settings: sync/impactThreshold).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run for %n ticket(s)</source>
        <translation>
            <numerusform>Run for %n ticket</numerusform>
            <numerusform>Run for %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will never send these %n ticket(s) again until they are removed from its skip list (Parameters). Continue?</source>
        <translation>
            <numerusform>%1 will never send these %n ticket again until they are removed from its skip list (Parameters). Continue?</numerusform>
            <numerusform>%1 will never send these %n tickets again until they are removed from its skip list (Parameters). Continue?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next run: %1 (every %n min)</source>
        <translation>
            <numerusform>Next run: %1 (every %n min)</numerusform>
            <numerusform>Next run: %1 (every %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has been running since %2 — more than three periods of %n min.</source>
        <translation>
            <numerusform>%1 has been running since %2 — more than three periods of %n min.</numerusform>
            <numerusform>%1 has been running since %2 — more than three periods of %n min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missed runs: %1 had not run since %2 although it is scheduled every %n min (was the console or the scheduler stopped?). A catch-up run starts now.</source>
        <translation>
            <numerusform>Missed runs: %1 had not run since %2 although it is scheduled every %n min (was the console or the scheduler stopped?). A catch-up run starts now.</numerusform>
            <numerusform>Missed runs: %1 had not run since %2 although it is scheduled every %n min (was the console or the scheduler stopped?). A catch-up run starts now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tixsync::SyncRunView</name>
    <message numerus="yes">
        <source>%1 — %n ticket(s)</source>
        <translation>
            <numerusform>%1 — %n ticket</numerusform>
            <numerusform>%1 — %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n more</numerusform>
            <numerusform>… %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
