<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>Working as</source>
        <translation>Ingelogd als</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Inlognaam:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Volledige naam:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>An administrator changes names and roles under Administration &gt; Users; a new role takes effect the next time you unlock.</source>
        <translation>Een beheerder wijzigt namen en rollen onder Beheer &gt; Gebruikers; een nieuwe rol geldt vanaf de volgende keer dat u ontgrendelt.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Wachtwoord &amp;wijzigen</translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation>Uw wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>H&amp;uidig wachtwoord:</translation>
    </message>
    <message>
        <source>Forgot your passphrase? An administrator can give you a new one.</source>
        <translation>Wachtwoord vergeten? Een beheerder kan u een nieuw wachtwoord geven.</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mijn account</translation>
    </message>
    <message>
        <source>Changing your passphrase… This takes a moment.</source>
        <translation>Uw wachtwoord wordt gewijzigd… Dit duurt even.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one the next time you unlock.</source>
        <translation>Uw wachtwoord is gewijzigd. Gebruik het nieuwe wachtwoord voortaan bij het ontgrendelen.</translation>
    </message>
    <message>
        <source>Your current passphrase is not correct. Nothing was changed.</source>
        <translation>Uw huidige wachtwoord klopt niet. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>e.g. calls the school about the absences</source>
        <translation>bijv. belt de school over het verzuim</translation>
    </message>
    <message>
        <source>(a colleague, an attendee or someone of the sociale kaart)</source>
        <translation>(een collega, een deelnemer of iemand van de sociale kaart)</translation>
    </message>
    <message>
        <source>&amp;Due by</source>
        <translation>&amp;Uiterlijk op</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Wie het doet</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Wat:</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>W&amp;ie:</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Actie wijzigen</translation>
    </message>
    <message>
        <source>{name} (our practice)</source>
        <translation>{name} (onze praktijk)</translation>
    </message>
    <message>
        <source>Who does it stays: to give the action to someone else, remove it and add a new one.</source>
        <translation>Wie het doet blijft: om de actie aan iemand anders te geven, verwijder haar en voeg een nieuwe toe.</translation>
    </message>
    <message>
        <source>Fill in what is to be done.</source>
        <translation>Vul in wat er moet gebeuren.</translation>
    </message>
    <message>
        <source>Choose who does it.</source>
        <translation>Kies wie het doet.</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>AdviceBox</name>
    <message>
        <source>Step 2: advice</source>
        <translation>Stap 2: advies</translation>
    </message>
    <message>
        <source>Advice requests</source>
        <translation>Adviesvragen</translation>
    </message>
    <message>
        <source>Advice asked from</source>
        <translation>Advies gevraagd aan</translation>
    </message>
    <message>
        <source>Date of the advice</source>
        <translation>Datum van het advies</translation>
    </message>
    <message>
        <source>A&amp;nonymous</source>
        <translation>A&amp;noniem</translation>
    </message>
    <message>
        <source>What was advised</source>
        <translation>Wat werd geadviseerd</translation>
    </message>
    <message>
        <source>&amp;Add advice request</source>
        <translation>Adviesvraag &amp;toevoegen</translation>
    </message>
    <message>
        <source>Veilig Thuis has not been asked for advice. Record why not (required by the KNMG meldcode):</source>
        <translation>Veilig Thuis is niet om advies gevraagd. Leg vast waarom niet (verplicht volgens de KNMG-meldcode):</translation>
    </message>
    <message>
        <source>Why Veilig Thuis was not asked for advice (required)</source>
        <translation>Waarom Veilig Thuis niet om advies is gevraagd (verplicht)</translation>
    </message>
    <message>
        <source>Required: no decision can be recorded without this reason.</source>
        <translation>Verplicht: zonder deze reden kan geen besluit worden vastgelegd.</translation>
    </message>
    <message>
        <source>Save &amp;reason</source>
        <translation>&amp;Reden opslaan</translation>
    </message>
    <message>
        <source>Saving the advice request…</source>
        <translation>Adviesvraag opslaan…</translation>
    </message>
    <message>
        <source>Advice request recorded ({source}).</source>
        <translation>Adviesvraag vastgelegd ({source}).</translation>
    </message>
    <message>
        <source>Saving the reason…</source>
        <translation>Reden opslaan…</translation>
    </message>
    <message>
        <source>Saved why Veilig Thuis was not asked for advice.</source>
        <translation>Opgeslagen waarom Veilig Thuis niet om advies is gevraagd.</translation>
    </message>
</context>
<context>
    <name>AdviceModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gevraagd aan</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anoniem</translation>
    </message>
</context>
<context>
    <name>AssessmentWidget</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Question {number}: yes</source>
        <translation>Vraag {number}: ja</translation>
    </message>
    <message>
        <source>Question {number}: no</source>
        <translation>Vraag {number}: nee</translation>
    </message>
    <message>
        <source>Advice of the afwegingskader</source>
        <translation>Advies van het afwegingskader</translation>
    </message>
    <message>
        <source>Answer question 1 to get the advice.</source>
        <translation>Beantwoord vraag 1 om het advies te zien.</translation>
    </message>
    <message>
        <source>Advice after question {answered}: answer question {next}.</source>
        <translation>Advies na vraag {answered}: beantwoord vraag {next}.</translation>
    </message>
    <message>
        <source>Advice: {outcome}.</source>
        <translation>Advies: {outcome}.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Attendee</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Organisation and role</source>
        <translation>Organisatie en rol</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Medical secrecy</source>
        <translation>Medisch beroepsgeheim</translation>
    </message>
    <message>
        <source>Details checked</source>
        <translation>Gegevens gecontroleerd</translation>
    </message>
    <message>
        <source>{presence} by {name}</source>
        <translation>{presence} door {name}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Set for this attendee; not from the kind of their organisation.</source>
        <translation>Voor deze deelnemer ingesteld; niet afgeleid van de soort organisatie.</translation>
    </message>
</context>
<context>
    <name>AttendanceTable</name>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>Aan&amp;wezig</translation>
    </message>
    <message>
        <source>Absen&amp;t</source>
        <translation>Afwe&amp;zig</translation>
    </message>
    <message>
        <source>Replaced &amp;or other…</source>
        <translation>V&amp;ervangen of anders…</translation>
    </message>
    <message>
        <source>Add g&amp;uest…</source>
        <translation>Gas&amp;t toevoegen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve guest</source>
        <translation>Gast verwi&amp;jderen</translation>
    </message>
    <message>
        <source>The selected attendee was there</source>
        <translation>De gekozen deelnemer was er</translation>
    </message>
    <message>
        <source>The selected attendee was not there</source>
        <translation>De gekozen deelnemer was er niet</translation>
    </message>
    <message>
        <source>Someone came instead, another role, or medical secrecy set by hand</source>
        <translation>Iemand anders kwam in de plaats, een andere rol, of beroepsgeheim met de hand ingesteld</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <source>(someone of the sociale kaart)</source>
        <translation>(iemand van de sociale kaart)</translation>
    </message>
    <message>
        <source>or only a name, for a guest not on the sociale kaart</source>
        <translation>of alleen een naam, voor een gast die niet op de sociale kaart staat</translation>
    </message>
    <message>
        <source>or only a name</source>
        <translation>of alleen een naam</translation>
    </message>
    <message>
        <source>Guest from the sociale kaart</source>
        <translation>Gast van de sociale kaart</translation>
    </message>
    <message>
        <source>Name of the guest</source>
        <translation>Naam van de gast</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Vervangen door</translation>
    </message>
    <message>
        <source>Name of the replacement</source>
        <translation>Naam van de vervanger</translation>
    </message>
    <message>
        <source>Bound by medical secrecy</source>
        <translation>Gebonden aan medisch beroepsgeheim</translation>
    </message>
    <message>
        <source>Attendee:</source>
        <translation>Deelnemer:</translation>
    </message>
    <message>
        <source>&amp;Guest:</source>
        <translation>&amp;Gast:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Presence:</source>
        <translation>&amp;Aanwezigheid:</translation>
    </message>
    <message>
        <source>Replaced &amp;by:</source>
        <translation>Vervangen &amp;door:</translation>
    </message>
    <message>
        <source>Medical secr&amp;ecy:</source>
        <translation>Medisch &amp;beroepsgeheim:</translation>
    </message>
    <message>
        <source>Add a guest</source>
        <translation>Gast toevoegen</translation>
    </message>
    <message>
        <source>Attendance of {name}</source>
        <translation>Aanwezigheid van {name}</translation>
    </message>
    <message>
        <source>as their organisation's kind: {state}</source>
        <translation>volgens de soort organisatie: {state}</translation>
    </message>
    <message>
        <source>Choose the guest from the sociale kaart or type their name.</source>
        <translation>Kies de gast op de sociale kaart of typ de naam.</translation>
    </message>
    <message>
        <source>Say who came instead.</source>
        <translation>Geef aan wie er in de plaats kwam.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>Object-id</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Record {id}; {time} UTC</source>
        <translation>Record {id}; {time} UTC</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit records</source>
        <translation>Auditrecords</translation>
    </message>
    <message>
        <source>C&amp;heck the chain</source>
        <translation>&amp;Keten controleren</translation>
    </message>
    <message>
        <source>Check that no record was changed or removed afterwards</source>
        <translation>Controleer dat er achteraf geen record is gewijzigd of verwijderd</translation>
    </message>
    <message>
        <source>Every unlock, look and change is recorded here and cannot be altered afterwards. To see who looked at a family's data and when, type its case label under Object or case.</source>
        <translation>Elke ontgrendeling, inzage en wijziging wordt hier vastgelegd en kan achteraf niet worden veranderd. Wilt u weten wie de gegevens van een gezin heeft ingezien en wanneer, typ dan het casuslabel bij Object of casus.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle gebruikers</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle handelingen</translation>
    </message>
    <message>
        <source>case label, login or object</source>
        <translation>casuslabel, inlognaam of object</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <source>&amp;Apply filter</source>
        <translation>Filter &amp;toepassen</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <source>Filter on user</source>
        <translation>Filteren op gebruiker</translation>
    </message>
    <message>
        <source>Filter on action</source>
        <translation>Filteren op handeling</translation>
    </message>
    <message>
        <source>Filter on object or case</source>
        <translation>Filteren op object of casus</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Tot en met datum</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>&amp;Handeling:</translation>
    </message>
    <message>
        <source>&amp;Object or case:</source>
        <translation>&amp;Object of casus:</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>The newest {limit} records are shown; there are more. Narrow the filter, for example by date, to see older ones.</source>
        <translation>De nieuwste {limit} records worden getoond; er zijn er meer. Verfijn het filter, bijvoorbeeld op datum, om oudere te zien.</translation>
    </message>
    <message>
        <source>No records match this filter.</source>
        <translation>Geen records gevonden met dit filter.</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 record</translation>
    </message>
    <message>
        <source>{count} records, newest first</source>
        <translation>{count} records, nieuwste bovenaan</translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation>De auditketen wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>The audit log has been tampered with or damaged:</source>
        <translation>Er is met het auditlog geknoeid of het is beschadigd:</translation>
    </message>
    <message>
        <source>The audit chain is intact: no record was changed or removed.</source>
        <translation>De auditketen is intact: er is geen record gewijzigd of verwijderd.</translation>
    </message>
</context>
<context>
    <name>AvailabilityField</name>
    <message>
        <source>for example ma-vr 08:30-17:00; za 10:00-12:00, or 24/7</source>
        <translation>bijvoorbeeld ma-vr 08:30-17:00; za 10:00-12:00, of 24/7</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Kantoortijden</translation>
    </message>
    <message>
        <source>Add Monday to Friday 08:30-17:00</source>
        <translation>Maandag tot en met vrijdag 08:30-17:00 toevoegen</translation>
    </message>
    <message>
        <source>Evenings</source>
        <translation>Avonden</translation>
    </message>
    <message>
        <source>Add Monday to Friday 17:00-22:00</source>
        <translation>Maandag tot en met vrijdag 17:00-22:00 toevoegen</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>Add Saturday and Sunday 09:00-17:00</source>
        <translation>Zaterdag en zondag 09:00-17:00 toevoegen</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>Always reachable, for example a crisis line</source>
        <translation>Altijd bereikbaar, bijvoorbeeld een crisislijn</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Not known: never shown as reachable</source>
        <translation>Niet bekend: wordt nooit als bereikbaar getoond</translation>
    </message>
    <message>
        <source>Not understood: {reason}.</source>
        <translation>Niet begrepen: {reason}.</translation>
    </message>
    <message>
        <source>Unknown: never shown as reachable.</source>
        <translation>Onbekend: wordt nooit als bereikbaar getoond.</translation>
    </message>
    <message>
        <source>Always reachable, day and night.</source>
        <translation>Altijd bereikbaar, dag en nacht.</translation>
    </message>
    <message>
        <source>Understood as: {hours}</source>
        <translation>Begrepen als: {hours}</translation>
    </message>
</context>
<context>
    <name>BasesModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation>Afweging</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <source>outweighs secrecy</source>
        <translation>weegt zwaarder dan het beroepsgeheim</translation>
    </message>
    <message>
        <source>does not outweigh secrecy</source>
        <translation>weegt niet zwaarder dan het beroepsgeheim</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>onvolledig</translation>
    </message>
    <message>
        <source>Serious interest: {text}</source>
        <translation>Zwaarwegend belang: {text}</translation>
    </message>
    <message>
        <source>Another way: {text}</source>
        <translation>Andere weg: {text}</translation>
    </message>
    <message>
        <source>Why no consent: {text}</source>
        <translation>Waarom geen toestemming: {text}</translation>
    </message>
    <message>
        <source>Who gets what: {text}</source>
        <translation>Wie krijgt wat: {text}</translation>
    </message>
</context>
<context>
    <name>BasisDialog</name>
    <message>
        <source>Share without consent</source>
        <translation>Delen zonder toestemming</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Which serious interest is at stake</source>
        <translation>Welk zwaarwegend belang staat op het spel</translation>
    </message>
    <message>
        <source>Is there another way</source>
        <translation>Is er een andere weg</translation>
    </message>
    <message>
        <source>Why consent cannot be asked</source>
        <translation>Waarom geen toestemming gevraagd kan worden</translation>
    </message>
    <message>
        <source>The interest outweighs secrecy: yes</source>
        <translation>Het belang weegt zwaarder dan het beroepsgeheim: ja</translation>
    </message>
    <message>
        <source>The interest outweighs secrecy: no</source>
        <translation>Het belang weegt zwaarder dan het beroepsgeheim: nee</translation>
    </message>
    <message>
        <source>Who gets which information</source>
        <translation>Wie krijgt welke informatie</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Grondslag:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>Ont&amp;vanger:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Dat&amp;um:</translation>
    </message>
    <message>
        <source>The weighing (conflict of duties)</source>
        <translation>De afweging (conflict van plichten)</translation>
    </message>
    <message>
        <source>Which serious &amp;interest is at stake (the child's safety)?</source>
        <translation>Welk &amp;zwaarwegend belang staat op het spel (de veiligheid van het kind)?</translation>
    </message>
    <message>
        <source>Is there &amp;another way than breaking professional secrecy? Why not?</source>
        <translation>Is er een &amp;andere weg dan het beroepsgeheim doorbreken? Waarom niet?</translation>
    </message>
    <message>
        <source>Why can &amp;consent not be asked, or why was it refused?</source>
        <translation>Waarom kan &amp;toestemming niet gevraagd worden, of waarom is ze geweigerd?</translation>
    </message>
    <message>
        <source>Does that interest &amp;outweigh professional secrecy?</source>
        <translation>&amp;Weegt dat belang zwaarder dan het beroepsgeheim?</translation>
    </message>
    <message>
        <source>&amp;Who gets which information (no more than needed)?</source>
        <translation>Wie &amp;krijgt welke informatie (niet meer dan nodig)?</translation>
    </message>
    <message>
        <source>Breaking professional secrecy without consent: answer every question of the weighing. Sharing is allowed only when the interest outweighs secrecy.</source>
        <translation>Het beroepsgeheim doorbreken zonder toestemming: beantwoord elke vraag van de afweging. Delen mag alleen als het belang zwaarder weegt dan het beroepsgeheim.</translation>
    </message>
    <message>
        <source>The right to report lets you inform Veilig Thuis without consent, breaking secrecy where needed. It holds toward Veilig Thuis only.</source>
        <translation>Met het meldrecht mag u Veilig Thuis zonder toestemming informeren en zo nodig het beroepsgeheim doorbreken. Het geldt alleen richting Veilig Thuis.</translation>
    </message>
    <message>
        <source>Choose a recipient.</source>
        <translation>Kies een ontvanger.</translation>
    </message>
    <message>
        <source>Answer every question of the weighing.</source>
        <translation>Beantwoord elke vraag van de afweging.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Export to calendar</source>
        <translation>Exporteren naar agenda</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>opvolging</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Exporteren naar {name}…</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) exported to {path}.</source>
        <translation>
            <numerusform>%n opvolging geëxporteerd naar {path}.</numerusform>
            <numerusform>%n opvolgingen geëxporteerd naar {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>Make &amp;handover…</source>
        <translation>&amp;Overdracht maken…</translation>
    </message>
    <message>
        <source>A signed overdrachtsdocument for a partner</source>
        <translation>Een ondertekend overdrachtsdocument voor een partner</translation>
    </message>
    <message>
        <source>&amp;Timeline as PDF…</source>
        <translation>&amp;Tijdlijn als PDF…</translation>
    </message>
    <message>
        <source>The case's timeline, signed, for the practice's own file</source>
        <translation>De tijdlijn van de casus, ondertekend, voor het eigen dossier van de praktijk</translation>
    </message>
    <message>
        <source>Handover and timeline as signed PDF ({handover}, {timeline})</source>
        <translation>Overdracht en tijdlijn als ondertekende PDF ({handover}, {timeline})</translation>
    </message>
    <message>
        <source>Making and signing the handover…</source>
        <translation>De overdracht wordt opgemaakt en ondertekend…</translation>
    </message>
    <message>
        <source>Making and signing the timeline…</source>
        <translation>De tijdlijn wordt opgemaakt en ondertekend…</translation>
    </message>
</context>
<context>
    <name>CaseFilters</name>
    <message>
        <source>Pseudonym or concern (Ctrl+F)</source>
        <translation>Pseudoniem of zorg (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open casussen</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Gesloten casussen</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle casussen</translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation>Alleen &amp;mijn casussen</translation>
    </message>
    <message>
        <source>Only cases for which you are responsible</source>
        <translation>Alleen casussen waarvoor u verantwoordelijk bent</translation>
    </message>
    <message>
        <source>Feedback o&amp;verdue</source>
        <translation>Terugkoppeling te &amp;laat</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Only cases where Veilig Thuis's terugkoppeling is late</source>
        <translation>Alleen casussen waarin de terugkoppeling van Veilig Thuis te laat is</translation>
    </message>
    <message>
        <source>Search the cases</source>
        <translation>Casussen doorzoeken</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>← All cases</source>
        <translation>← Alle casussen</translation>
    </message>
    <message>
        <source>Back to the list of cases (Esc, Alt+Left)</source>
        <translation>Terug naar de lijst met casussen (Esc, Alt+Links)</translation>
    </message>
    <message>
        <source>The concern in one sentence</source>
        <translation>De zorg in één zin</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save the responsible practitioner and the concern (Ctrl+S)</source>
        <translation>Verantwoordelijke en zorg opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>A follow-up for this case, filled in with the selected party or timeline entry (Ctrl+Shift+N)</source>
        <translation>Een opvolging voor deze casus, ingevuld met de gekozen partij of tijdlijnregel (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Add fo&amp;llow-up…</source>
        <translation>O&amp;pvolging toevoegen…</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>&amp;Documenten</translation>
    </message>
    <message>
        <source>Responsible practitioner</source>
        <translation>Verantwoordelijke hulpverlener</translation>
    </message>
    <message>
        <source>The concern</source>
        <translation>De zorg</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>Verantwoordeli&amp;jk:</translation>
    </message>
    <message>
        <source>C&amp;oncern:</source>
        <translation>&amp;Zorg:</translation>
    </message>
    <message>
        <source>Closed on {date} — reason: {reason}. The case can be read; reopen it to change it.</source>
        <translation>Gesloten op {date} — reden: {reason}. De casus is in te zien; heropen hem om iets te wijzigen.</translation>
    </message>
    <message>
        <source>Reo&amp;pen case…</source>
        <translation>Casus &amp;heropenen…</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>Casus &amp;sluiten…</translation>
    </message>
</context>
<context>
    <name>CaseLinkDialog</name>
    <message>
        <source>Open or link a case</source>
        <translation>Casus openen of koppelen</translation>
    </message>
    <message>
        <source>Open a &amp;new case, under the pseudonym letter:</source>
        <translation>Een &amp;nieuwe casus openen, met als letter van het pseudoniem:</translation>
    </message>
    <message>
        <source>Pseudonym letter</source>
        <translation>Letter van het pseudoniem</translation>
    </message>
    <message>
        <source>The case is called "Gezin K-2026-014": a letter you choose, the year and a number. Never the family's real initial alone.</source>
        <translation>De casus heet dan "Gezin K-2026-014": een letter die u kiest, het jaar en een nummer. Nooit alleen de echte beginletter van het gezin.</translation>
    </message>
    <message>
        <source>&amp;Link to an open case:</source>
        <translation>&amp;Koppelen aan een open casus:</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open casus</translation>
    </message>
    <message>
        <source>&amp;Open or link</source>
        <translation>&amp;Openen of koppelen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <source>The kindcheck of {patient} on {date} raises concerns. Open a case for this family, or link the kindcheck to a case that is already open; the patient joins its household as a parent.</source>
        <translation>De kindcheck van {patient} op {date} geeft zorgen. Open een casus voor dit gezin, of koppel de kindcheck aan een casus die al open is; de patiënt komt als ouder in het huishouden.</translation>
    </message>
    <message>
        <source>Type the letter for the pseudonym.</source>
        <translation>Typ de letter voor het pseudoniem.</translation>
    </message>
    <message>
        <source>Choose the case to link to.</source>
        <translation>Kies de casus om aan te koppelen.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijk</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Open acties</translation>
    </message>
    <message>
        <source>Meldcode</source>
        <translation>Meldcode</translation>
    </message>
    <message>
        <source>Terugkoppeling</source>
        <translation>Terugkoppeling</translation>
    </message>
    <message>
        <source>{open} ({late} late)</source>
        <translation>{open} ({late} te laat)</translation>
    </message>
    <message>
        <source>step {step} of 5</source>
        <translation>stap {step} van 5</translation>
    </message>
    <message>
        <source>Feedback overdue</source>
        <translation>Terugkoppeling te laat</translation>
    </message>
    <message>
        <source>Veilig Thuis has not given the terugkoppeling on a melding in time</source>
        <translation>Veilig Thuis heeft de terugkoppeling op een melding niet op tijd gegeven</translation>
    </message>
</context>
<context>
    <name>CaseOptions</name>
    <message>
        <source>born {year}</source>
        <translation>geboren {year}</translation>
    </message>
    <message>
        <source>Include the practice's own &amp;weighing</source>
        <translation>Eigen &amp;weging van de praktijk meesturen</translation>
    </message>
    <message>
        <source>The afwegingskader answers, the notes on the meldcode steps and the reasons for decisions. Without it the document names the steps reached and the decisions only.</source>
        <translation>De antwoorden op het afwegingskader, de aantekeningen bij de stappen van de meldcode en de redenen voor besluiten. Zonder weging noemt het document alleen de bereikte stappen en de besluiten.</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a password (to pass on by phone or Siilo)</source>
        <translation>&amp;Versleutelen met een wachtwoord (door te geven per telefoon of Siilo)</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Parts of the case</source>
        <translation>Onderdelen van de casus</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>{label} is saved.</source>
        <translation>{label} is opgeslagen.</translation>
    </message>
    <message>
        <source>{label} is reopened.</source>
        <translation>{label} is heropend.</translation>
    </message>
    <message>
        <source>{label} is closed.</source>
        <translation>{label} is gesloten.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search the cases</source>
        <translation>Casussen doorzoeken</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nieuwe casus…</translation>
    </message>
    <message>
        <source>Start a new case under a pseudonym</source>
        <translation>Een nieuwe casus beginnen onder een pseudoniem</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>De gekozen casus openen</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Terug naar de lijst</translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation>Terug naar de lijst met casussen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <source>Load the cases again</source>
        <translation>De casussen opnieuw laden</translation>
    </message>
    <message>
        <source>{shown} cases shown, loading the others…</source>
        <translation>{shown} casussen getoond, de andere worden geladen…</translation>
    </message>
    <message>
        <source>{shown} of {total} cases</source>
        <translation>{shown} van {total} casussen</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n casus</numerusform>
            <numerusform>%n casussen</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>The concern or responsible practitioner of {label} was changed and not saved.</source>
        <translation>De zorg of de verantwoordelijke van {label} is gewijzigd maar niet opgeslagen.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Niet opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>{label} is created.</source>
        <translation>{label} is aangemaakt.</translation>
    </message>
</context>
<context>
    <name>CertificateBox</name>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} tot en met {end}</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Uitgever</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-vingerafdruk</translation>
    </message>
    <message>
        <source>Certificate for encrypted transfer</source>
        <translation>Certificaat voor versleuteld versturen</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Choose a certificate file</source>
        <translation>Een certificaatbestand kiezen</translation>
    </message>
    <message>
        <source>Remove the certificate</source>
        <translation>Het certificaat verwijderen</translation>
    </message>
    <message>
        <source>A certificate is stored but cannot be read.</source>
        <translation>Er is een certificaat bewaard, maar het kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>No certificate. Add one (PEM or DER) to send encrypted files.</source>
        <translation>Geen certificaat. Voeg er een toe (PEM of DER) om versleutelde bestanden te kunnen sturen.</translation>
    </message>
    <message>
        <source>Choose a certificate</source>
        <translation>Een certificaat kiezen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer *.der);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} lezen…</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}).</source>
        <translation>Het bestand kon niet worden gelezen ({reason}).</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <source>The practice certificate</source>
        <translation>Het praktijkcertificaat</translation>
    </message>
    <message>
        <source>&amp;Import certificate file…</source>
        <translation>Certificaatbestand &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Make a self-signed certificate…</source>
        <translation>Zelfondertekend certificaat &amp;maken…</translation>
    </message>
    <message>
        <source>Use a &amp;card (UZI-pas)…</source>
        <translation>&amp;Pas gebruiken (UZI-pas)…</translation>
    </message>
    <message>
        <source>&amp;Save for partners…</source>
        <translation>&amp;Opslaan voor partners…</translation>
    </message>
    <message>
        <source>Save the certificate (without its key) as a .pem file for partners, so their program trusts the practice's signed documents</source>
        <translation>Sla het certificaat (zonder sleutel) op als .pem-bestand voor partners, zodat hun programma de ondertekende documenten van de praktijk vertrouwt</translation>
    </message>
    <message>
        <source>Current certificate</source>
        <translation>Huidig certificaat</translation>
    </message>
    <message>
        <source>In real use the practice signs with its UZI-servercertificaat (a PKCS#12 file) or a UZI-pas. Until it has one, a self-signed certificate made here signs just as well, but partners must store it themselves to trust it.</source>
        <translation>Normaal ondertekent de praktijk met haar UZI-servercertificaat (een PKCS#12-bestand) of een UZI-pas. Zolang ze dat niet heeft, ondertekent een hier gemaakt zelfondertekend certificaat net zo goed, maar partners moeten het dan zelf opslaan om het te vertrouwen.</translation>
    </message>
    <message>
        <source>Every document the program makes (handover, timeline, lists) is signed with this certificate, so a partner can check that it comes from the practice and was not changed.</source>
        <translation>Elk document dat het programma maakt (overdracht, tijdlijn, lijsten) wordt met dit certificaat ondertekend. Zo kan een partner nagaan dat het van de praktijk komt en niet is gewijzigd.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>The practice has no certificate yet, so no document can be signed. Import one, use a card, or make a self-signed one.</source>
        <translation>De praktijk heeft nog geen certificaat, dus er kan geen document worden ondertekend. Importeer er een, gebruik een pas of maak een zelfondertekend certificaat.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>This certificate expired on {date}. Documents signed with it are not trusted by partners: replace it now.</source>
        <translation>Dit certificaat is verlopen op {date}. Partners vertrouwen documenten die ermee zijn ondertekend niet: vervang het nu.</translation>
    </message>
    <message numerus="yes">
        <source>This certificate expires on {date}, in %n day(s). Request a new one now: a UZI certificate takes weeks to arrive.</source>
        <translation>
            <numerusform>Dit certificaat verloopt op {date}, over %n dag. Vraag nu een nieuw aan: een UZI-certificaat is pas na weken binnen.</numerusform>
            <numerusform>Dit certificaat verloopt op {date}, over %n dagen. Vraag nu een nieuw aan: een UZI-certificaat is pas na weken binnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>On a card (UZI-pas): token {label}, module {module}. The PIN is asked at every signature.</source>
        <translation>Op een pas (UZI-pas): token {label}, module {module}. De pincode wordt bij elke ondertekening gevraagd.</translation>
    </message>
    <message>
        <source>Self-signed, made by the program.</source>
        <translation>Zelfondertekend, gemaakt door het programma.</translation>
    </message>
    <message>
        <source>Imported from a certificate file (PKCS#12).</source>
        <translation>Geïmporteerd uit een certificaatbestand (PKCS#12).</translation>
    </message>
    <message>
        <source>The practice now signs with the certificate of {name}.</source>
        <translation>De praktijk ondertekent nu met het certificaat van {name}.</translation>
    </message>
    <message>
        <source>Checking the certificate file…</source>
        <translation>Het certificaatbestand wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>De pas wordt gelezen…</translation>
    </message>
    <message>
        <source>Make a self-signed certificate</source>
        <translation>Zelfondertekend certificaat maken</translation>
    </message>
    <message>
        <source>Replace the current certificate ({name}) with a new self-signed one? Partners who stored the current certificate need the new one to trust new documents.</source>
        <translation>Het huidige certificaat ({name}) vervangen door een nieuw zelfondertekend certificaat? Partners die het huidige certificaat hebben opgeslagen, hebben het nieuwe nodig om nieuwe documenten te vertrouwen.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Vervangen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Making a certificate…</source>
        <translation>Er wordt een certificaat gemaakt…</translation>
    </message>
    <message>
        <source>Save the certificate for partners</source>
        <translation>Certificaat opslaan voor partners</translation>
    </message>
    <message>
        <source>Certificate (*.pem)</source>
        <translation>Certificaat (*.pem)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Saved as {path}. Send it to partners, who store it with the practice in their contact map.</source>
        <translation>Opgeslagen als {path}. Stuur het naar partners; zij bewaren het bij de praktijk in hun sociale kaart.</translation>
    </message>
</context>
<context>
    <name>ChannelsEditor</name>
    <message>
        <source>preferred</source>
        <translation>voorkeur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Kind of channel {number}</source>
        <translation>Soort kanaal {number}</translation>
    </message>
    <message>
        <source>Channel {number}</source>
        <translation>Kanaal {number}</translation>
    </message>
    <message>
        <source>Channel {number} is preferred</source>
        <translation>Kanaal {number} heeft de voorkeur</translation>
    </message>
    <message>
        <source>Remove channel {number}</source>
        <translation>Kanaal {number} verwijderen</translation>
    </message>
    <message>
        <source>for example 030 123 4567</source>
        <translation>bijvoorbeeld 030 123 4567</translation>
    </message>
    <message>
        <source>for example 06 12345678</source>
        <translation>bijvoorbeeld 06 12345678</translation>
    </message>
    <message>
        <source>name@example.nl</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <source>name@zorgmail.nl</source>
        <translation>naam@zorgmail.nl</translation>
    </message>
    <message>
        <source>&amp;Add a channel</source>
        <translation>&amp;Kanaal toevoegen</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Reopen {label}</source>
        <translation>{label} heropenen</translation>
    </message>
    <message>
        <source>A reopened case can be changed again. Why is it reopened?</source>
        <translation>Een heropende casus kan weer worden gewijzigd. Waarom wordt hij heropend?</translation>
    </message>
    <message>
        <source>&amp;Reason for reopening:</source>
        <translation>&amp;Reden van heropenen:</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Heropenen</translation>
    </message>
    <message>
        <source>Close {label}</source>
        <translation>{label} sluiten</translation>
    </message>
    <message>
        <source>A closed case can still be read, but not changed, until it is reopened. Why is it closed (for example: help is running well, moved away, handed over to Veilig Thuis)?</source>
        <translation>Een gesloten casus blijft in te zien, maar kan pas weer worden gewijzigd als hij is heropend. Waarom wordt hij gesloten (bijvoorbeeld: hulp loopt goed, verhuisd, overgedragen aan Veilig Thuis)?</translation>
    </message>
    <message>
        <source>&amp;Reason for closing:</source>
        <translation>&amp;Reden van sluiten:</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>Casus &amp;sluiten</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>(choose what was said)</source>
        <translation>(kies wat er gezegd is)</translation>
    </message>
    <message>
        <source>orally</source>
        <translation>mondeling</translation>
    </message>
    <message>
        <source>in writing</source>
        <translation>schriftelijk</translation>
    </message>
    <message>
        <source>(not applicable)</source>
        <translation>(niet van toepassing)</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>Gezinslid</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>&amp;Household member:</source>
        <translation>&amp;Gezinslid:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>Ont&amp;vanger:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>&amp;Toestemming:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Dat&amp;um:</translation>
    </message>
    <message>
        <source>Ho&amp;w:</source>
        <translation>&amp;Hoe:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Consent counts from the parents and from children of 12 and older. A new record never replaces an earlier one: the history stays.</source>
        <translation>Toestemming telt van de ouders en van kinderen vanaf 12 jaar. Een nieuwe vastlegging vervangt nooit een eerdere: de geschiedenis blijft bewaard.</translation>
    </message>
    <message>
        <source>Choose a household member and a recipient.</source>
        <translation>Kies een gezinslid en een ontvanger.</translation>
    </message>
    <message>
        <source>Choose whether consent was given, refused, not asked or withdrawn.</source>
        <translation>Kies of toestemming gegeven, geweigerd, niet gevraagd of ingetrokken is.</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>Consent, newest first</source>
        <translation>Toestemming, nieuwste eerst</translation>
    </message>
    <message>
        <source>Sharing without consent</source>
        <translation>Delen zonder toestemming</translation>
    </message>
    <message>
        <source>Record co&amp;nsent…</source>
        <translation>&amp;Toestemming vastleggen…</translation>
    </message>
    <message>
        <source>Share &amp;without consent…</source>
        <translation>Dele&amp;n zonder toestemming…</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Meldrecht (Wmo 2015 art. 5.2.6) holds only toward Veilig Thuis. A conflict of duties needs its weighing recorded.</source>
        <translation>Het meldrecht (Wmo 2015 art. 5.2.6) geldt alleen richting Veilig Thuis. Bij een conflict van plichten wordt de afweging vastgelegd.</translation>
    </message>
    <message>
        <source>Add the household members first.</source>
        <translation>Voeg eerst de gezinsleden toe.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Recorded: {member}, consent {status} for {purpose}.</source>
        <translation>Vastgelegd: {member}, toestemming {status} voor {purpose}.</translation>
    </message>
    <message>
        <source>Recorded the basis: {basis}.</source>
        <translation>Grondslag vastgelegd: {basis}.</translation>
    </message>
</context>
<context>
    <name>ConsentsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>Gezinslid</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>orally</source>
        <translation>mondeling</translation>
    </message>
    <message>
        <source>in writing</source>
        <translation>schriftelijk</translation>
    </message>
</context>
<context>
    <name>ContactChanges</name>
    <message>
        <source>Delete person</source>
        <translation>Persoon verwijderen</translation>
    </message>
    <message>
        <source>Delete {name} from the contact map?</source>
        <translation>{name} van de sociale kaart verwijderen?</translation>
    </message>
    <message>
        <source>This cannot be undone. Someone who only left their job can better be marked as departed.</source>
        <translation>Dit kan niet ongedaan worden gemaakt. Iemand die alleen van baan is gewisseld, kunt u beter als vertrokken markeren.</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Organisatie verwijderen</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Deleting {name}…</source>
        <translation>{name} verwijderen…</translation>
    </message>
    <message>
        <source>{name} is deleted.</source>
        <translation>{name} is verwijderd.</translation>
    </message>
    <message>
        <source>Person is in a case</source>
        <translation>Persoon staat in een casus</translation>
    </message>
    <message>
        <source>Mark as departed…</source>
        <translation>Markeer als vertrokken…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>{name} is marked as departed and no longer shown in the list; check "Show departed" to see them.</source>
        <translation>{name} is gemarkeerd als vertrokken en staat niet meer in de lijst; vink "Vertrokken tonen" aan om deze persoon te zien.</translation>
    </message>
    <message>
        <source>{name} is no longer marked as departed.</source>
        <translation>{name} is niet meer gemarkeerd als vertrokken.</translation>
    </message>
    <message>
        <source>{name} is marked as verified on {date}.</source>
        <translation>{name} is gemarkeerd als gecontroleerd op {date}.</translation>
    </message>
    <message numerus="yes">
        <source>%n people are marked as verified on {date}.</source>
        <translation>
            <numerusform>%n persoon is gemarkeerd als gecontroleerd op {date}.</numerusform>
            <numerusform>%n personen zijn gemarkeerd als gecontroleerd op {date}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ContactEditing</name>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>{name} is saved.</source>
        <translation>{name} is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ContactExchange</name>
    <message>
        <source>Import contacts</source>
        <translation>Contacten importeren</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv);;All files (*)</source>
        <translation>Contacten (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} lezen…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Imported from {source}: {added} added, {merged} merged, {skipped} skipped.</source>
        <translation>Geïmporteerd uit {source}: {added} toegevoegd, {merged} samengevoegd, {skipped} overgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) made.</source>
        <translation>
            <numerusform>%n organisatie aangemaakt.</numerusform>
            <numerusform>%n organisaties aangemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Contacten exporteren</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>sociale-kaart</source>
        <translation>sociale-kaart</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Exporteren naar {name}…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to {path}.</source>
        <translation>
            <numerusform>%n contact geëxporteerd naar {path}.</numerusform>
            <numerusform>%n contacten geëxporteerd naar {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactExtractPdf</name>
    <message numerus="yes">
        <source>Making and signing the extract of %n contact(s)…</source>
        <translation>
            <numerusform>Het uittreksel van %n contact wordt opgemaakt en ondertekend…</numerusform>
            <numerusform>Het uittreksel van %n contacten wordt opgemaakt en ondertekend…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactFilters</name>
    <message>
        <source>Name, organisation, function, municipality or notes (Ctrl+F)</source>
        <translation>Naam, organisatie, functie, gemeente of notities (Ctrl+F)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>&amp;Reachable now</source>
        <translation>&amp;Nu bereikbaar</translation>
    </message>
    <message>
        <source>To &amp;check</source>
        <translation>&amp;Te controleren</translation>
    </message>
    <message>
        <source>People whose details were not verified in the last 12 months</source>
        <translation>Personen van wie de gegevens de afgelopen 12 maanden niet zijn gecontroleerd</translation>
    </message>
    <message>
        <source>Show de&amp;parted</source>
        <translation>&amp;Vertrokken tonen</translation>
    </message>
    <message>
        <source>Search the contact map</source>
        <translation>Zoeken in de sociale kaart</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Soort organisatie</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Zoeken:</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>Ge&amp;meente:</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <source>All functions</source>
        <translation>Alle functies</translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Reachable now</source>
        <translation>Nu bereikbaar</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Function or kind</source>
        <translation>Functie of soort</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Reach via</source>
        <translation>Bereikbaar via</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>departed</source>
        <translation>vertrokken</translation>
    </message>
    <message>
        <source>check</source>
        <translation>controleren</translation>
    </message>
    <message>
        <source>Not verified in the last 12 months: check that these details are still right, then mark them as verified.</source>
        <translation>De afgelopen 12 maanden niet gecontroleerd: ga na of deze gegevens nog kloppen en markeer ze dan als gecontroleerd.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contact map</source>
        <translation>Sociale kaart</translation>
    </message>
    <message>
        <source>Sociale kaart</source>
        <translation>Sociale kaart</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search the contact map</source>
        <translation>Zoeken in de sociale kaart</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nieuwe persoon…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Een persoon toevoegen</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Nieuwe organisatie…</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation>Een organisatie toevoegen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation>Het gekozen contact bewerken</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Delete the selected contact</source>
        <translation>Het gekozen contact verwijderen</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <source>The selected people's details were checked today</source>
        <translation>De gegevens van de gekozen personen zijn vandaag gecontroleerd</translation>
    </message>
    <message>
        <source>Mark as departed…</source>
        <translation>Markeer als vertrokken…</translation>
    </message>
    <message>
        <source>The person no longer works there; kept for the cases that name them</source>
        <translation>De persoon werkt daar niet meer; blijft bewaard voor de casussen waarin hij of zij voorkomt</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Import contacts from a vCard or CSV file</source>
        <translation>Contacten importeren uit een vCard- of CSV-bestand</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Export contacts as vCard or CSV</source>
        <translation>Contacten exporteren als vCard of CSV</translation>
    </message>
    <message>
        <source>PDF of selection…</source>
        <translation>PDF van selectie…</translation>
    </message>
    <message>
        <source>The selected contacts as a signed PDF</source>
        <translation>De gekozen contacten als ondertekende PDF</translation>
    </message>
    <message>
        <source>Not departed</source>
        <translation>Niet vertrokken</translation>
    </message>
    <message>
        <source>{shown} of {total} contacts</source>
        <translation>{shown} van {total} contacten</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <source>Copy of the minutes for one attendee</source>
        <translation>Kopie van het verslag voor één deelnemer</translation>
    </message>
    <message>
        <source>&amp;Make copy…</source>
        <translation>Kopie &amp;maken…</translation>
    </message>
    <message>
        <source>Copy for</source>
        <translation>Kopie voor</translation>
    </message>
    <message>
        <source>The copy leaves out the items this attendee may not receive: a herkenbaar case without their consent, and items withheld from them.</source>
        <translation>De kopie laat de punten weg die deze deelnemer niet mag ontvangen: een herkenbare casus zonder toestemming, en punten die voor hen zijn achtergehouden.</translation>
    </message>
    <message>
        <source>Copy &amp;for:</source>
        <translation>Kopie &amp;voor:</translation>
    </message>
    <message>
        <source>Nobody was present to receive a copy.</source>
        <translation>Er was niemand aanwezig om een kopie te ontvangen.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>"{typed}" is not a date here; the date stays {date}. Type it as 03-12-2026 or 03122026.</source>
        <translation>"{typed}" is hier geen datum; de datum blijft {date}. Typ de datum als 03-12-2026 of 03122026.</translation>
    </message>
</context>
<context>
    <name>DeactivateUser</name>
    <message>
        <source>Deactivate {name} ({login})?</source>
        <translation>{name} ({login}) deactiveren?</translation>
    </message>
    <message>
        <source>{name} can no longer unlock the vault. Everything they did stays in the audit log. You can reactivate them later with a new passphrase.</source>
        <translation>{name} kan de kluis dan niet meer ontgrendelen. Alles wat deze gebruiker heeft gedaan, blijft in het auditlog staan. U kunt de gebruiker later weer activeren met een nieuw wachtwoord.</translation>
    </message>
    <message>
        <source>This is your own account: once this session ends you cannot unlock again.</source>
        <translation>Dit is uw eigen account: als deze sessie eindigt, kunt u niet meer ontgrendelen.</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Gebruiker deactiveren</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactiveren</translation>
    </message>
</context>
<context>
    <name>DecisionBox</name>
    <message>
        <source>Steps 4 and 5: afwegingskader and decision</source>
        <translation>Stap 4 en 5: afwegingskader en besluit</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>Waarom (verplicht)</translation>
    </message>
    <message>
        <source>Required, also when you follow the advice</source>
        <translation>Verplicht, ook als u het advies volgt</translation>
    </message>
    <message>
        <source>Record d&amp;ecision</source>
        <translation>Besluit &amp;vastleggen</translation>
    </message>
    <message>
        <source>Earlier decisions</source>
        <translation>Eerdere besluiten</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>Bes&amp;luit:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Waarom:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Door:</translation>
    </message>
    <message>
        <source>Earlier decisions:</source>
        <translation>Eerdere besluiten:</translation>
    </message>
    <message>
        <source>Differs from the advice ({advice}). Say why below.</source>
        <translation>Wijkt af van het advies ({advice}). Licht hieronder toe waarom.</translation>
    </message>
    <message>
        <source>Recording the decision…</source>
        <translation>Besluit vastleggen…</translation>
    </message>
    <message>
        <source>Decision recorded: {decided}.</source>
        <translation>Besluit vastgelegd: {decided}.</translation>
    </message>
    <message>
        <source>It differs from the advice ({advice}).</source>
        <translation>Het wijkt af van het advies ({advice}).</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Afwijking</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>differs from the advice</source>
        <translation>wijkt af van het advies</translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <source>&amp;Mark as departed</source>
        <translation>&amp;Markeer als vertrokken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Departed on</source>
        <translation>Vertrokken op</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Opvolger</translation>
    </message>
    <message>
        <source>Departed &amp;on:</source>
        <translation>Vertrokken &amp;op:</translation>
    </message>
    <message>
        <source>S&amp;uccessor:</source>
        <translation>Op&amp;volger:</translation>
    </message>
    <message>
        <source>{name} departed</source>
        <translation>{name} vertrokken</translation>
    </message>
    <message>
        <source>{name} stays on the contact map for the cases that name them, out of the everyday list. Who took over is shown on their card.</source>
        <translation>{name} blijft op de sociale kaart voor de casussen die deze persoon noemen, maar staat niet meer in de dagelijkse lijst. Wie het werk overnam, staat op de kaart.</translation>
    </message>
    <message>
        <source>(nobody, or not known)</source>
        <translation>(niemand, of niet bekend)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Details of the selected contact</source>
        <translation>Gegevens van het gekozen contact</translation>
    </message>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>Kies een contact om de gegevens te zien.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>voorkeur</translation>
    </message>
    <message>
        <source>not a Dutch or international number: check it</source>
        <translation>geen Nederlands of internationaal nummer: controleer het</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>check</source>
        <translation>controleren</translation>
    </message>
    <message>
        <source>Reach via</source>
        <translation>Bereikbaar via</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Bereikbaar</translation>
    </message>
    <message>
        <source>Liaison here</source>
        <translation>Contactpersoon bij ons</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <source>Known personally since</source>
        <translation>Persoonlijk bekend sinds</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Departed on {date}</source>
        <translation>Vertrokken op {date}</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <source>kept for the cases that name this person</source>
        <translation>bewaard voor de casussen waarin deze persoon voorkomt</translation>
    </message>
    <message>
        <source>Taken over by {name}</source>
        <translation>Overgenomen door {name}</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>General number</source>
        <translation>Algemeen nummer</translation>
    </message>
    <message>
        <source>Crisis number</source>
        <translation>Crisisnummer</translation>
    </message>
    <message>
        <source>Secure e-mail</source>
        <translation>Beveiligde e-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Openingstijden</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>our practice</source>
        <translation>onze praktijk</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Our practice: {name}</source>
        <translation>Onze praktijk: {name}</translation>
    </message>
    <message>
        <source>{name} (our practice)</source>
        <translation>{name} (onze praktijk)</translation>
    </message>
</context>
<context>
    <name>DocumentIssuer</name>
    <message>
        <source>Preparing…</source>
        <translation>Voorbereiden…</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Ondertekenen…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>DocumentShell</name>
    <message>
        <source>&amp;Check a document…</source>
        <translation>Document &amp;controleren…</translation>
    </message>
    <message>
        <source>Check the signature of a PDF ({keys})</source>
        <translation>De handtekening van een PDF controleren ({keys})</translation>
    </message>
    <message>
        <source>Follow-up &amp;list as PDF…</source>
        <translation>Opvolg&amp;lijst als PDF…</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Volledige naam:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Edit {login}</source>
        <translation>{login} bewerken</translation>
    </message>
    <message>
        <source>A new role takes effect the next time {login} unlocks.</source>
        <translation>Een nieuwe rol geldt vanaf de volgende keer dat {login} ontgrendelt.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Soort notitie</translation>
    </message>
    <message>
        <source>With party</source>
        <translation>Met partij</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>With &amp;party:</source>
        <translation>Met &amp;partij:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Wat er gebeurde:</translation>
    </message>
    <message>
        <source>New timeline entry</source>
        <translation>Nieuwe tijdlijnnotitie</translation>
    </message>
    <message>
        <source>Revise timeline entry</source>
        <translation>Tijdlijnnotitie herzien</translation>
    </message>
    <message>
        <source>The earlier text stays visible in the entry's history.</source>
        <translation>De eerdere tekst blijft zichtbaar in de geschiedenis van de notitie.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation>Schrijf op wat er gebeurde.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export contacts</source>
        <translation>Contacten exporteren</translation>
    </message>
    <message>
        <source>&amp;vCard 4.0 (.vcf), for address books and other programs</source>
        <translation>&amp;vCard 4.0 (.vcf), voor adresboeken en andere programma's</translation>
    </message>
    <message>
        <source>&amp;CSV (.csv), for a spreadsheet</source>
        <translation>&amp;CSV (.csv), voor een spreadsheet</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The file is not encrypted: it holds the names and numbers of your partners. Keep it only where it belongs, and delete it when it has served its purpose.</source>
        <translation>Het bestand is niet versleuteld: het bevat de namen en nummers van uw samenwerkingspartners. Bewaar het alleen waar het hoort en verwijder het als het zijn doel heeft gediend.</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;whole contact map (%n contact(s))</source>
        <translation>
            <numerusform>De &amp;hele sociale kaart (%n contact)</numerusform>
            <numerusform>De &amp;hele sociale kaart (%n contacten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the &amp;selected rows (%n)</source>
        <translation>
            <numerusform>Alleen de &amp;gekozen rij (%n)</numerusform>
            <numerusform>Alleen de &amp;gekozen rijen (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback received</source>
        <translation>Terugkoppeling ontvangen</translation>
    </message>
    <message>
        <source>What Veilig Thuis said</source>
        <translation>Wat Veilig Thuis liet weten</translation>
    </message>
    <message>
        <source>&amp;What Veilig Thuis said:</source>
        <translation>&amp;Wat Veilig Thuis liet weten:</translation>
    </message>
    <message>
        <source>The terugkoppeling on the {kind} of {date} is recorded as received today ({today}).</source>
        <translation>De terugkoppeling op de {kind} van {date} wordt vastgelegd als vandaag ({today}) ontvangen.</translation>
    </message>
    <message>
        <source>melding</source>
        <translation>melding</translation>
    </message>
    <message>
        <source>advice request</source>
        <translation>adviesvraag</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation>Opvolging gedaan</translation>
    </message>
    <message>
        <source>&amp;Result (optional):</source>
        <translation>&amp;Resultaat (niet verplicht):</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>for example: mother called back, home visit planned</source>
        <translation>bijvoorbeeld: moeder teruggebeld, huisbezoek gepland</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>G&amp;edaan</translation>
    </message>
    <message>
        <source>A result is written in the case's timeline.</source>
        <translation>Een resultaat komt in de tijdlijn van de casus.</translation>
    </message>
    <message>
        <source>It recurs {every}: the next one is made at once.</source>
        <translation>Deze opvolging herhaalt {every}: de volgende wordt meteen gemaakt.</translation>
    </message>
    <message>
        <source>Follow-up no longer needed</source>
        <translation>Opvolging vervalt</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reden (verplicht):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>for example: the family moved, handed over to the wijkteam</source>
        <translation>bijvoorbeeld: gezin verhuisd, overgedragen aan het wijkteam</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;Laten vervallen</translation>
    </message>
    <message>
        <source>It stays on record as no longer needed (vervallen), with the reason.</source>
        <translation>De opvolging blijft bewaard als vervallen, met de reden.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>for example: call the gezinsregisseur back about the home visit</source>
        <translation>bijvoorbeeld: gezinsregisseur terugbellen over het huisbezoek</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>O&amp;p</translation>
    </message>
    <message>
        <source>a&amp;t</source>
        <translation>o&amp;m</translation>
    </message>
    <message>
        <source>&amp;Repeat every</source>
        <translation>&amp;Herhalen elke</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;tot</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Herhalen elke</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Wat:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wanneer:</translation>
    </message>
    <message>
        <source>Ow&amp;ner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <source>Contact p&amp;erson:</source>
        <translation>Contactpersoo&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Casus:</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>P&amp;artij:</translation>
    </message>
    <message>
        <source>Recurrence:</source>
        <translation>Herhaling:</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(geen casus)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>(no party)</source>
        <translation>(geen partij)</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nieuwe opvolging</translation>
    </message>
    <message>
        <source>Change follow-up</source>
        <translation>Opvolging wijzigen</translation>
    </message>
    <message>
        <source>Fill in what is to be done.</source>
        <translation>Vul in wat er moet gebeuren.</translation>
    </message>
    <message>
        <source>Choose whose follow-up it is.</source>
        <translation>Kies van wie de opvolging is.</translation>
    </message>
    <message>
        <source>The recurrence ends before the first date.</source>
        <translation>De herhaling eindigt vóór de eerste datum.</translation>
    </message>
</context>
<context>
    <name>FollowUpListDialog</name>
    <message>
        <source>Follow-up list as PDF</source>
        <translation>Opvolglijst als PDF</translation>
    </message>
    <message>
        <source>A signed list of the open follow-ups, to print or to take to a meeting. Cases appear by their pseudonym only.</source>
        <translation>Een ondertekende lijst van de openstaande opvolging, om af te drukken of mee te nemen naar een overleg. Casussen staan er alleen met hun pseudoniem op.</translation>
    </message>
    <message>
        <source>&amp;My follow-ups</source>
        <translation>&amp;Mijn opvolging</translation>
    </message>
    <message>
        <source>The whole &amp;practice</source>
        <translation>De hele &amp;praktijk</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Van wie</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Vanaf</translation>
    </message>
    <message>
        <source>&amp;Up to and including</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <source>Due in the period (nothing ticked: everything open)</source>
        <translation>Te doen in de periode (niets aangevinkt: alles wat openstaat)</translation>
    </message>
    <message>
        <source>Make &amp;list</source>
        <translation>Lijst ma&amp;ken</translation>
    </message>
    <message>
        <source>The end of the period lies before its start.</source>
        <translation>Het einde van de periode ligt vóór het begin.</translation>
    </message>
</context>
<context>
    <name>FollowUpListPdf</name>
    <message>
        <source>Making and signing the follow-up list…</source>
        <translation>De opvolglijst wordt opgemaakt en ondertekend…</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Due</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Automatic, from</source>
        <translation>Automatisch uit</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Reachable now</source>
        <translation>Nu bereikbaar</translation>
    </message>
    <message>
        <source>Recurs {every}</source>
        <translation>Herhaalt {every}</translation>
    </message>
</context>
<context>
    <name>FollowUpShell</name>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>Nieuwe &amp;opvolging…</translation>
    </message>
    <message>
        <source>Add a follow-up, from any page ({keys})</source>
        <translation>Een opvolging toevoegen, vanaf elke pagina ({keys})</translation>
    </message>
    <message>
        <source>&amp;Export to calendar (iCalendar)…</source>
        <translation>&amp;Exporteren naar agenda (iCalendar)…</translation>
    </message>
</context>
<context>
    <name>FollowUpWork</name>
    <message>
        <source>Follow-up added: {what}.</source>
        <translation>Opvolging toegevoegd: {what}.</translation>
    </message>
    <message>
        <source>Follow-up changed: {what}.</source>
        <translation>Opvolging gewijzigd: {what}.</translation>
    </message>
    <message>
        <source>No longer needed: {what}.</source>
        <translation>Vervallen: {what}.</translation>
    </message>
    <message>
        <source>Done: {what}. The next one is on {date}.</source>
        <translation>Gedaan: {what}. De volgende is op {date}.</translation>
    </message>
    <message>
        <source>Done: {what}.</source>
        <translation>Gedaan: {what}.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>belofte</translation>
    </message>
    <message>
        <source>plan van aanpak</source>
        <translation>plan van aanpak</translation>
    </message>
    <message>
        <source>kindcheck</source>
        <translation>kindcheck</translation>
    </message>
    <message>
        <source>automatic: {source}</source>
        <translation>automatisch: {source}</translation>
    </message>
    <message>
        <source>from the meeting: {meeting}</source>
        <translation>uit het overleg: {meeting}</translation>
    </message>
    <message>
        <source>Marking it done records that the terugkoppeling from Veilig Thuis was received.</source>
        <translation>Als gedaan markeren legt vast dat de terugkoppeling van Veilig Thuis binnen is.</translation>
    </message>
    <message>
        <source>Marking it done records that the promise was kept.</source>
        <translation>Als gedaan markeren legt vast dat de belofte is nagekomen.</translation>
    </message>
    <message>
        <source>Marking it done records the item of the plan van aanpak as done.</source>
        <translation>Als gedaan markeren zet het punt van het plan van aanpak op afgerond.</translation>
    </message>
    <message>
        <source>Marking it done clears the date of the next kindcheck.</source>
        <translation>Als gedaan markeren haalt de datum van de volgende kindcheck weg.</translation>
    </message>
    <message>
        <source>Marking it done marks the action of the meeting done.</source>
        <translation>Afvinken zet ook de actie uit het overleg op gedaan.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>{every} until {date}</source>
        <translation>{every} tot {date}</translation>
    </message>
    <message>
        <source>late</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>with {name}</source>
        <translation>met {name}</translation>
    </message>
    <message>
        <source>phone {number}</source>
        <translation>tel. {number}</translation>
    </message>
    <message>
        <source>owner: {name}</source>
        <translation>eigenaar: {name}</translation>
    </message>
    <message>
        <source>recurs {every}</source>
        <translation>herhaalt {every}</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Open follow-ups</source>
        <translation>Openstaande opvolging</translation>
    </message>
    <message>
        <source>My follow-ups</source>
        <translation>Mijn opvolging</translation>
    </message>
    <message>
        <source>Everyone's</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Export to calendar (iCalendar)…</source>
        <translation>Exporteren naar agenda (iCalendar)…</translation>
    </message>
    <message>
        <source>Your own follow-ups with a date, as a file for your agenda</source>
        <translation>Je eigen opvolging met een datum, als bestand voor je agenda</translation>
    </message>
    <message>
        <source>List as PDF…</source>
        <translation>Lijst als PDF…</translation>
    </message>
    <message>
        <source>The open follow-ups as a signed list, to print or take to a meeting</source>
        <translation>De openstaande opvolging als ondertekende lijst, om af te drukken of mee te nemen naar een overleg</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>&amp;Van wie:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>C&amp;ase:</source>
        <translation>C&amp;asus:</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle casussen</translation>
    </message>
    <message>
        <source>Without a case</source>
        <translation>Zonder casus</translation>
    </message>
    <message>
        <source>{shown} of {total} open follow-ups</source>
        <translation>{shown} van {total} open opvolgingen</translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n open opvolging</numerusform>
            <numerusform>%n open opvolgingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Make a handover</source>
        <translation>Overdracht maken</translation>
    </message>
    <message>
        <source>A closing note for the recipient (optional)</source>
        <translation>Een afsluitende toelichting voor de ontvanger (niet verplicht)</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Aan</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>T&amp;oelichting:</translation>
    </message>
    <message>
        <source>&amp;Make document</source>
        <translation>Document ma&amp;ken</translation>
    </message>
    <message>
        <source>Record the consent of the family on the case's Consent tab, or a basis for sharing without consent, and make the handover again.</source>
        <translation>Leg de toestemming van het gezin vast op het tabblad Toestemming van de casus, of een grondslag om zonder toestemming te delen, en maak de overdracht opnieuw.</translation>
    </message>
    <message>
        <source>Record &amp;consent</source>
        <translation>Toestemming &amp;vastleggen</translation>
    </message>
    <message>
        <source>Make a handover of {label}</source>
        <translation>Overdracht maken van {label}</translation>
    </message>
    <message>
        <source>A signed overdrachtsdocument of {label} for a partner. The consent of the family for this recipient is checked first.</source>
        <translation>Een ondertekend overdrachtsdocument van {label} voor een partner. Eerst wordt nagegaan of het gezin toestemming heeft gegeven voor deze ontvanger.</translation>
    </message>
    <message>
        <source>Choose who receives the handover.</source>
        <translation>Kies wie de overdracht ontvangt.</translation>
    </message>
    <message>
        <source>The remarks are too long (at most {count} characters).</source>
        <translation>De toelichting is te lang (hoogstens {count} tekens).</translation>
    </message>
    <message>
        <source>This handover may not be made: {recipient} has no consent or basis for it.</source>
        <translation>Deze overdracht mag niet worden gemaakt: voor {recipient} is er geen toestemming of grondslag.</translation>
    </message>
</context>
<context>
    <name>HouseholdChoice</name>
    <message>
        <source>The family in the document</source>
        <translation>Het gezin in het document</translation>
    </message>
    <message>
        <source>&amp;Pseudonymised: initials and birth years (advised)</source>
        <translation>&amp;Gepseudonimiseerd: initialen en geboortejaren (aangeraden)</translation>
    </message>
    <message>
        <source>More &amp;details: full names, typed here for this document only</source>
        <translation>&amp;Meer gegevens: volledige namen, hier getypt en alleen voor dit document</translation>
    </message>
    <message>
        <source>The case has no household members.</source>
        <translation>De casus heeft geen gezinsleden.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Full name of {member}</source>
        <translation>Volledige naam van {member}</translation>
    </message>
</context>
<context>
    <name>HouseholdTab</name>
    <message>
        <source>Household members</source>
        <translation>Gezinsleden</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Lid toevoegen…</translation>
    </message>
    <message>
        <source>Add a parent, child or other member of the household</source>
        <translation>Een ouder, kind of ander gezinslid toevoegen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bewer&amp;ken…</translation>
    </message>
    <message>
        <source>Edit the selected member</source>
        <translation>Het gekozen gezinslid bewerken</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ver&amp;wijderen…</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Het gekozen gezinslid verwijderen</translation>
    </message>
    <message>
        <source>The family under this pseudonym: initials and birth year only, no BSN.</source>
        <translation>Het gezin onder dit pseudoniem: alleen initialen en geboortejaar, geen BSN.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>{initials} is saved.</source>
        <translation>{initials} is opgeslagen.</translation>
    </message>
    <message>
        <source>Remove household member</source>
        <translation>Gezinslid verwijderen</translation>
    </message>
    <message>
        <source>Remove {initials} ({role}) from this case?</source>
        <translation>{initials} ({role}) uit deze casus verwijderen?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>{initials} is removed.</source>
        <translation>{initials} is verwijderd.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Contacten importeren</translation>
    </message>
    <message>
        <source>{source}: check what will be imported. Rows with problems are skipped. For a contact that is probably already on the map, choose whether to skip it, merge it into the one there, or add it anyway. Nothing is saved until you press Import.</source>
        <translation>{source}: controleer wat er wordt geïmporteerd. Rijen met problemen worden overgeslagen. Kies bij een contact dat waarschijnlijk al op de kaart staat of u het overslaat, samenvoegt met het bestaande of toch toevoegt. Er wordt pas iets opgeslagen als u op Importeren drukt.</translation>
    </message>
    <message>
        <source>Contacts in the file</source>
        <translation>Contacten in het bestand</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Already on the map as</source>
        <translation>Staat al op de kaart als</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Kolommen die niet worden geïmporteerd: {columns}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>row {number} of this file</source>
        <translation>rij {number} van dit bestand</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>add</source>
        <translation>toevoegen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>What to do with row {number}, {name}</source>
        <translation>Wat te doen met rij {number}, {name}</translation>
    </message>
    <message>
        <source>{total} contacts in the file, {invalid} with problems, {duplicates} probably already on the map. Import will add {add}, merge {merge} and skip {skip}.</source>
        <translation>{total} contacten in het bestand, {invalid} met problemen, {duplicates} staan waarschijnlijk al op de kaart. Importeren voegt er {add} toe, voegt er {merge} samen en slaat er {skip} over.</translation>
    </message>
</context>
<context>
    <name>ItemActions</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Open the case or contact of the selected follow-up</source>
        <translation>De casus of het contact van de gekozen opvolging openen</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>Ge&amp;daan…</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done, with its result</source>
        <translation>De gekozen opvolging als gedaan markeren, met het resultaat</translation>
    </message>
    <message>
        <source>No &amp;longer needed…</source>
        <translation>V&amp;ervallen…</translation>
    </message>
    <message>
        <source>Chang&amp;e…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>Drop the selected follow-up, with the reason</source>
        <translation>De gekozen opvolging laten vervallen, met de reden</translation>
    </message>
    <message>
        <source>Change the selected follow-up</source>
        <translation>De gekozen opvolging wijzigen</translation>
    </message>
    <message>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Nieuwe opvolging…</translation>
    </message>
    <message>
        <source>Add a follow-up</source>
        <translation>Een opvolging toevoegen</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>(choose the case)</source>
        <translation>(kies de casus)</translation>
    </message>
    <message>
        <source>e.g. POH-GGZ</source>
        <translation>bijv. POH-GGZ</translation>
    </message>
    <message>
        <source>&amp;Anonymous</source>
        <translation>&amp;Anoniem</translation>
    </message>
    <message>
        <source>&amp;Identifiable (herkenbaar)</source>
        <translation>&amp;Herkenbaar</translation>
    </message>
    <message>
        <source>&amp;Kindcheck repeated in this meeting</source>
        <translation>&amp;Kindcheck herhaald in dit overleg</translation>
    </message>
    <message>
        <source>Coll&amp;egial consultation (meldcode step 2)</source>
        <translation>Collegiale consultatie (meldcode stap &amp;2)</translation>
    </message>
    <message>
        <source>The ticked attendees get a copy of the minutes without this item</source>
        <translation>De aangevinkte deelnemers krijgen een kopie van het verslag zonder dit punt</translation>
    </message>
    <message>
        <source>Record co&amp;nsent…</source>
        <translation>Toestemming vast&amp;leggen…</translation>
    </message>
    <message>
        <source>Discuss anon&amp;ymously</source>
        <translation>Anoniem &amp;bespreken</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>Soort punt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Question to the meeting</source>
        <translation>Vraag aan het overleg</translation>
    </message>
    <message>
        <source>Brought in by</source>
        <translation>Ingebracht door</translation>
    </message>
    <message>
        <source>Why it may not be discussed herkenbaar</source>
        <translation>Waarom het niet herkenbaar besproken mag worden</translation>
    </message>
    <message>
        <source>Left out of the copies for</source>
        <translation>Weggelaten uit de kopieën voor</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Soort punt:</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Casus:</translation>
    </message>
    <message>
        <source>&amp;Question to the meeting:</source>
        <translation>&amp;Vraag aan het overleg:</translation>
    </message>
    <message>
        <source>&amp;Brought in by:</source>
        <translation>&amp;Ingebracht door:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Bespreken:</translation>
    </message>
    <message>
        <source>Left out of the copy &amp;for:</source>
        <translation>&amp;Niet in de kopie voor:</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nieuw agendapunt</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Agendapunt wijzigen</translation>
    </message>
    <message>
        <source>This case may be discussed herkenbaar only when everyone present outside medical secrecy may hear it:</source>
        <translation>Deze casus mag alleen herkenbaar besproken worden als iedereen die er is en niet onder het medisch beroepsgeheim valt, het mag horen:</translation>
    </message>
    <message>
        <source>Now anonymous: check that the question names no one, then save.</source>
        <translation>Nu anoniem: controleer dat de vraag niemand noemt en sla dan op.</translation>
    </message>
    <message>
        <source>Choose what the item is about.</source>
        <translation>Kies waar het punt over gaat.</translation>
    </message>
    <message>
        <source>Choose the case (by its pseudonym).</source>
        <translation>Kies de casus (op pseudoniem).</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Geef het punt een titel.</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Shared in the meeting; goes into the minutes</source>
        <translation>Gedeeld in het overleg; komt in het verslag</translation>
    </message>
    <message>
        <source>Internal notes; stay in the practice</source>
        <translation>Interne notities; blijven in de praktijk</translation>
    </message>
    <message>
        <source>Sa&amp;ve notes</source>
        <translation>Notities op&amp;slaan</translation>
    </message>
    <message>
        <source>Save the notes of this item (Ctrl+S)</source>
        <translation>De notities van dit punt opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>A decision, then Enter</source>
        <translation>Een besluit, dan Enter</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nieuw besluit</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Besluit toevoegen</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Besluit verwijderen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>Nieuwe actie…</translation>
    </message>
    <message>
        <source>Edit action…</source>
        <translation>Actie wijzigen…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>The selected action is done: its follow-up or promise too</source>
        <translation>De gekozen actie is gedaan: de opvolging of afspraak ervan ook</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <source>Shared in &amp;the meeting (in the minutes):</source>
        <translation>Gedeeld in he&amp;t overleg (komt in het verslag):</translation>
    </message>
    <message>
        <source>Internal n&amp;otes (stay in the practice, never on paper):</source>
        <translation>Int&amp;erne notities (blijven in de praktijk, nooit op papier):</translation>
    </message>
    <message>
        <source>De&amp;cisions:</source>
        <translation>Bes&amp;luiten:</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Acties:</translation>
    </message>
    <message>
        <source>Choose an item of the agenda.</source>
        <translation>Kies een punt van de agenda.</translation>
    </message>
    <message>
        <source>Question: {question}</source>
        <translation>Vraag: {question}</translation>
    </message>
    <message>
        <source>Brought in by {name}</source>
        <translation>Ingebracht door {name}</translation>
    </message>
</context>
<context>
    <name>ItemWork</name>
    <message>
        <source>Agenda item saved.</source>
        <translation>Agendapunt opgeslagen.</translation>
    </message>
    <message>
        <source>Asking who may hear it…</source>
        <translation>Nagaan wie het mag horen…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Consent recorded; saving the item herkenbaar…</source>
        <translation>Toestemming vastgelegd; het punt wordt herkenbaar opgeslagen…</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Agendapunt verwijderen</translation>
    </message>
    <message>
        <source>Remove "{item}" from the agenda, with its notes and decisions?</source>
        <translation>"{item}" van de agenda verwijderen, met de notities en besluiten?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Agenda item removed.</source>
        <translation>Agendapunt verwijderd.</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notities opgeslagen.</translation>
    </message>
    <message>
        <source>Decision added.</source>
        <translation>Besluit toegevoegd.</translation>
    </message>
    <message>
        <source>Decision removed.</source>
        <translation>Besluit verwijderd.</translation>
    </message>
    <message>
        <source>Action saved.</source>
        <translation>Actie opgeslagen.</translation>
    </message>
    <message>
        <source>Action done: {what}.</source>
        <translation>Actie gedaan: {what}.</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <source>Remove the action "{what}"? Its open follow-up or promise goes too.</source>
        <translation>De actie "{what}" verwijderen? De open opvolging of afspraak ervan gaat mee.</translation>
    </message>
    <message>
        <source>Action removed: {what}.</source>
        <translation>Actie verwijderd: {what}.</translation>
    </message>
</context>
<context>
    <name>KindcheckForm</name>
    <message>
        <source>Initials, e.g. M.K.</source>
        <translation>Initialen, bijv. M.K.</translation>
    </message>
    <message>
        <source>Which other reason</source>
        <translation>Welke andere reden</translation>
    </message>
    <message>
        <source>Cares for children</source>
        <translation>Zorgt voor kinderen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>e.g. 4, 9</source>
        <translation>bijv. 4, 9</translation>
    </message>
    <message>
        <source>Adequate care</source>
        <translation>Adequate zorg</translation>
    </message>
    <message>
        <source>Can ask for help</source>
        <translation>Kan hulp vragen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>&amp;Next check on</source>
        <translation>&amp;Volgende check op</translation>
    </message>
    <message>
        <source>This kindcheck raises concerns: after saving you can open or link a case.</source>
        <translation>Deze kindcheck geeft zorgen: na het opslaan kunt u een casus openen of koppelen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Aanleiding</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Andere aanleiding</translation>
    </message>
    <message>
        <source>Number of children</source>
        <translation>Aantal kinderen</translation>
    </message>
    <message>
        <source>Ages of the children</source>
        <translation>Leeftijden van de kinderen</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Zorgen</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Volgende check</translation>
    </message>
    <message>
        <source>Ag&amp;es:</source>
        <translation>Leef&amp;tijden:</translation>
    </message>
    <message>
        <source>Asks for he&amp;lp:</source>
        <translation>Kan hu&amp;lp vragen:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patiënt:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Aanleiding:</translation>
    </message>
    <message>
        <source>&amp;Cares for children:</source>
        <translation>&amp;Zorgt voor kinderen:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>Aa&amp;ntal:</translation>
    </message>
    <message>
        <source>&amp;Adequate care:</source>
        <translation>Ade&amp;quate zorg:</translation>
    </message>
    <message>
        <source>Can the parent give adequate care?</source>
        <translation>Kan de ouder adequate zorg geven?</translation>
    </message>
    <message>
        <source>Can the parent ask for help?</source>
        <translation>Kan de ouder om hulp vragen?</translation>
    </message>
    <message>
        <source>Is there a network around the family?</source>
        <translation>Is er een netwerk rond het gezin?</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>Net&amp;werk:</translation>
    </message>
    <message>
        <source>C&amp;oncerns:</source>
        <translation>Zo&amp;rgen:</translation>
    </message>
    <message>
        <source>Action &amp;taken:</source>
        <translation>A&amp;ctie:</translation>
    </message>
    <message>
        <source>Linked to {case}.</source>
        <translation>Gekoppeld aan {case}.</translation>
    </message>
</context>
<context>
    <name>KindcheckOverviewBox</name>
    <message>
        <source>Kindchecks per month</source>
        <translation>Kindchecks per maand</translation>
    </message>
    <message>
        <source>Kindchecks</source>
        <translation>Kindchecks</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per month&lt;/b&gt;</source>
        <translation>&lt;b&gt;Per maand&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Every kindcheck&lt;/b&gt; (Enter opens one in the form)</source>
        <translation>&lt;b&gt;Alle kindchecks&lt;/b&gt; (Enter opent er een in het formulier)</translation>
    </message>
    <message numerus="yes">
        <source>%n kindcheck(s) in all, {concerning} with concerns.</source>
        <translation>
            <numerusform>%n kindcheck in totaal, {concerning} met zorgen.</numerusform>
            <numerusform>%n kindchecks in totaal, {concerning} met zorgen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KindcheckPage</name>
    <message>
        <source>New kindcheck</source>
        <translation>Nieuwe kindcheck</translation>
    </message>
    <message>
        <source>Start a new kindcheck</source>
        <translation>Een nieuwe kindcheck beginnen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save the kindcheck</source>
        <translation>De kindcheck opslaan</translation>
    </message>
    <message>
        <source>Open or link a case…</source>
        <translation>Casus openen of koppelen…</translation>
    </message>
    <message>
        <source>Make this kindcheck part of a case</source>
        <translation>Deze kindcheck onderdeel maken van een casus</translation>
    </message>
    <message>
        <source>Does this adult patient care for children, and can they do so safely? Part of step 1 of the meldcode: at intake, at an evaluation, and at new concerns.</source>
        <translation>Zorgt deze volwassen patiënt voor kinderen, en kan dat veilig? Onderdeel van stap 1 van de meldcode: bij de intake, bij een evaluatie en bij nieuwe zorgen.</translation>
    </message>
    <message>
        <source>Kindcheck</source>
        <translation>Kindcheck</translation>
    </message>
    <message>
        <source>Kindcheck of {date}, {patient}</source>
        <translation>Kindcheck van {date}, {patient}</translation>
    </message>
    <message>
        <source>Saving the kindcheck…</source>
        <translation>Kindcheck opslaan…</translation>
    </message>
    <message>
        <source>Kindcheck of {patient} saved.</source>
        <translation>Kindcheck van {patient} opgeslagen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Case {label} opened from this kindcheck.</source>
        <translation>Casus {label} geopend vanuit deze kindcheck.</translation>
    </message>
    <message>
        <source>Kindcheck linked to {label}.</source>
        <translation>Kindcheck gekoppeld aan {label}.</translation>
    </message>
</context>
<context>
    <name>KindchecksModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Aanleiding</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Zorgen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Volgende check</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren): {ages}</source>
        <translation>
            <numerusform>%n kind: {ages}</numerusform>
            <numerusform>%n kinderen: {ages}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinderen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LateCount</name>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n opvolging te laat</numerusform>
            <numerusform>%n opvolgingen te laat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Making the demo practice…</source>
        <translation>De demopraktijk wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Wijkzorg Desktop</source>
        <translation>&amp;Over Wijkzorg Desktop</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>De kluis wordt geopend…</translation>
    </message>
    <message>
        <source>The vault is damaged: ask the administrator to run "wijkzorg check"</source>
        <translation>De kluis is beschadigd: vraag de beheerder om "wijkzorg check" uit te voeren</translation>
    </message>
    <message>
        <source>The vault is damaged</source>
        <translation>De kluis is beschadigd</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Part of the vault file no longer reads back as it was written, for instance after a disk or copying fault. What is stored there may be missing or wrong. Save nothing more than you must, and ask the administrator to run "wijkzorg check" and to restore the latest backup of the vault.</source>
        <translation>Een deel van het kluisbestand leest niet meer terug zoals het is geschreven, bijvoorbeeld na een schijf- of kopieerfout. Wat daar is opgeslagen, kan ontbreken of niet kloppen. Sla niet meer op dan nodig is, en vraag de beheerder om "wijkzorg check" uit te voeren en de laatste reservekopie van de kluis terug te zetten.</translation>
    </message>
    <message>
        <source>The background check of the vault found damage:</source>
        <translation>De controle van de kluis op de achtergrond vond schade:</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;Tijd:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Proposed dates</source>
        <translation>Voorgestelde data</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Plaats of link</translation>
    </message>
    <message>
        <source>&amp;Proposed:</source>
        <translation>&amp;Voorgesteld:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uur:</translation>
    </message>
    <message>
        <source>P&amp;lace or link:</source>
        <translation>P&amp;laats of link:</translation>
    </message>
    <message>
        <source>New meeting of {series}</source>
        <translation>Nieuw overleg van {series}</translation>
    </message>
    <message>
        <source>Meeting of {series}</source>
        <translation>Overleg van {series}</translation>
    </message>
    <message>
        <source>the place of the series</source>
        <translation>de plaats van de reeks</translation>
    </message>
</context>
<context>
    <name>MeetingLabels</name>
    <message>
        <source>bound</source>
        <translation>gebonden</translation>
    </message>
    <message>
        <source>not bound</source>
        <translation>niet gebonden</translation>
    </message>
</context>
<context>
    <name>MeetingPapers</name>
    <message>
        <source>Making and signing the agenda…</source>
        <translation>Agenda maken en ondertekenen…</translation>
    </message>
    <message>
        <source>Making and signing the minutes…</source>
        <translation>Verslag maken en ondertekenen…</translation>
    </message>
    <message>
        <source>Making and signing the copy of the minutes…</source>
        <translation>Kopie van het verslag maken en ondertekenen…</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>Mar&amp;k as held</source>
        <translation>Als gehouden &amp;markeren</translation>
    </message>
    <message>
        <source>The meeting took place: case items are written in their case timelines</source>
        <translation>Het overleg heeft plaatsgevonden: casuspunten komen in de tijdlijn van hun casus</translation>
    </message>
    <message>
        <source>Minutes fina&amp;l</source>
        <translation>Verslag de&amp;finitief</translation>
    </message>
    <message>
        <source>The minutes are final: nothing in this meeting can be changed after this</source>
        <translation>Het verslag is definitief: daarna kan er niets meer in dit overleg veranderen</translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation>&amp;Agenda…</translation>
    </message>
    <message>
        <source>The agenda as a signed PDF: pseudonyms and questions only</source>
        <translation>De agenda als ondertekende pdf: alleen pseudoniemen en vragen</translation>
    </message>
    <message>
        <source>M&amp;inutes…</source>
        <translation>&amp;Verslag…</translation>
    </message>
    <message>
        <source>The minutes (verslag) as a signed PDF, never the internal notes</source>
        <translation>Het verslag als ondertekende pdf, nooit de interne notities</translation>
    </message>
    <message>
        <source>Cop&amp;y for…</source>
        <translation>Ko&amp;pie voor…</translation>
    </message>
    <message>
        <source>A copy of the minutes for one attendee, with only what they may receive</source>
        <translation>Een kopie van het verslag voor één deelnemer, met alleen wat die mag ontvangen</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Agendapunten</translation>
    </message>
    <message>
        <source>Ne&amp;w item…</source>
        <translation>Nieuw p&amp;unt…</translation>
    </message>
    <message>
        <source>Add an item to the agenda</source>
        <translation>Een punt aan de agenda toevoegen</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>Punt wijzigen…</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Punt verwijderen</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Agenda and notes</source>
        <translation>Agenda en notities</translation>
    </message>
    <message>
        <source>Choose a meeting, or make a new one.</source>
        <translation>Kies een overleg, of maak een nieuw.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Plaats: {place}</translation>
    </message>
    <message>
        <source>Next meeting: {date}</source>
        <translation>Volgend overleg: {date}</translation>
    </message>
    <message>
        <source>The minutes are final: nothing can be changed.</source>
        <translation>Het verslag is definitief: er kan niets meer veranderen.</translation>
    </message>
</context>
<context>
    <name>MeetingWork</name>
    <message>
        <source>{name} saved.</source>
        <translation>{name} opgeslagen.</translation>
    </message>
    <message>
        <source>Meeting of {date} saved.</source>
        <translation>Overleg van {date} opgeslagen.</translation>
    </message>
    <message>
        <source>The meeting of {date} is removed.</source>
        <translation>Het overleg van {date} is verwijderd.</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Overleg verwijderen</translation>
    </message>
    <message>
        <source>Remove the meeting of {date} of {series}?</source>
        <translation>Het overleg van {date} van {series} verwijderen?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Minutes final</source>
        <translation>Verslag definitief</translation>
    </message>
    <message>
        <source>Make the minutes of {date} final? After this nothing in this meeting can be changed: not the attendance, the notes, the decisions or the actions.</source>
        <translation>Het verslag van {date} definitief maken? Daarna kan er niets meer in dit overleg veranderen: niet de aanwezigheid, de notities, de besluiten of de acties.</translation>
    </message>
    <message>
        <source>Make &amp;final</source>
        <translation>&amp;Definitief maken</translation>
    </message>
    <message>
        <source>Marked as held; the case items are in their case timelines.</source>
        <translation>Als gehouden gemarkeerd; de casuspunten staan in de tijdlijn van hun casus.</translation>
    </message>
    <message>
        <source>The minutes are final.</source>
        <translation>Het verslag is definitief.</translation>
    </message>
    <message>
        <source>Attendance saved.</source>
        <translation>Aanwezigheid opgeslagen.</translation>
    </message>
    <message>
        <source>{name} removed from this meeting.</source>
        <translation>{name} verwijderd uit dit overleg.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) marked as checked today.</source>
        <translation>
            <numerusform>%n contact vandaag als gecontroleerd gemarkeerd.</numerusform>
            <numerusform>%n contacten vandaag als gecontroleerd gemarkeerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar file of the series</source>
        <translation>Kalenderbestand van de reeks</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} wordt geschreven…</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) written to {path}.</source>
        <translation>
            <numerusform>%n overleg geschreven naar {path}.</numerusform>
            <numerusform>%n overleggen geschreven naar {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meeting series</source>
        <translation>Reeksen van overleg</translation>
    </message>
    <message>
        <source>Meetings of the series</source>
        <translation>Overleggen van de reeks</translation>
    </message>
    <message>
        <source>&amp;New series…</source>
        <translation>&amp;Nieuwe reeks…</translation>
    </message>
    <message>
        <source>A new series of meetings</source>
        <translation>Een nieuwe reeks overleggen</translation>
    </message>
    <message>
        <source>New &amp;meeting…</source>
        <translation>Nieuw &amp;overleg…</translation>
    </message>
    <message>
        <source>A new meeting of this series</source>
        <translation>Een nieuw overleg van deze reeks</translation>
    </message>
    <message>
        <source>&amp;Edit series…</source>
        <translation>&amp;Reeks wijzigen…</translation>
    </message>
    <message>
        <source>Name, rhythm, place and members</source>
        <translation>Naam, ritme, plaats en leden</translation>
    </message>
    <message>
        <source>Calenda&amp;r file…</source>
        <translation>&amp;Kalenderbestand…</translation>
    </message>
    <message>
        <source>The meetings of this series as an iCalendar file: only the name and the place</source>
        <translation>De overleggen van deze reeks als iCalendar-bestand: alleen de naam en de plaats</translation>
    </message>
    <message>
        <source>&amp;Date and place…</source>
        <translation>&amp;Datum en plaats…</translation>
    </message>
    <message>
        <source>Change the date, time or place of this meeting</source>
        <translation>Datum, tijd of plaats van dit overleg wijzigen</translation>
    </message>
    <message>
        <source>Remove meeting…</source>
        <translation>Overleg verwijderen…</translation>
    </message>
    <message>
        <source>A planned meeting without agenda items</source>
        <translation>Een gepland overleg zonder agendapunten</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Reeksen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>The practice's meetings with its partners: who comes, the agenda, what was shared and decided, and who does what. A case is named by its pseudonym only.</source>
        <translation>Het overleg van de praktijk met haar partners: wie er komt, de agenda, wat er gedeeld en besloten is, en wie wat doet. Een casus wordt alleen bij zijn pseudoniem genoemd.</translation>
    </message>
    <message>
        <source>next {date}</source>
        <translation>volgende {date}</translation>
    </message>
    <message>
        <source>No meetings yet. Start with a series: Ctrl+N.</source>
        <translation>Nog geen overleg. Begin met een reeks: Ctrl+N.</translation>
    </message>
</context>
<context>
    <name>MeldcodeTab</name>
    <message>
        <source>The KNMG meldcode for doctors: map the signals, consult and ask Veilig Thuis for advice, talk with the client, weigh with the afwegingskader, and decide. The program advises; you decide.</source>
        <translation>De KNMG-meldcode voor artsen: signalen in kaart brengen, collegiaal overleggen en Veilig Thuis om advies vragen, in gesprek gaan met de cliënt, wegen met het afwegingskader, en beslissen. Het programma adviseert; u beslist.</translation>
    </message>
    <message>
        <source>Meldcode</source>
        <translation>Meldcode</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>e.g. J.K.</source>
        <translation>bijv. J.K.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>&amp;Patient of this practice</source>
        <translation>&amp;Patiënt van deze praktijk</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>niet verplicht</translation>
    </message>
    <message>
        <source>Role in the household</source>
        <translation>Rol in het gezin</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialen</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <source>HIS patient number</source>
        <translation>HIS-patiëntnummer</translation>
    </message>
    <message>
        <source>Only initials and a birth year: this program keeps no names, dates of birth or BSN of the family. The HIS number helps find the patient in the HIS.</source>
        <translation>Alleen initialen en een geboortejaar: dit programma bewaart geen namen, geboortedata of BSN van het gezin. Het HIS-nummer helpt de patiënt in het HIS terug te vinden.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Initialen:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Geboortejaar:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Leeftijd:</translation>
    </message>
    <message>
        <source>&amp;HIS patient number:</source>
        <translation>&amp;HIS-patiëntnummer:</translation>
    </message>
    <message>
        <source>New household member</source>
        <translation>Nieuw gezinslid</translation>
    </message>
    <message>
        <source>Edit {initials}</source>
        <translation>{initials} bewerken</translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s)</source>
        <translation>
            <numerusform>ongeveer %n jaar</numerusform>
            <numerusform>ongeveer %n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the initials.</source>
        <translation>Vul de initialen in.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialen</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Patient here</source>
        <translation>Patiënt hier</translation>
    </message>
    <message>
        <source>HIS number</source>
        <translation>HIS-nummer</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>From the birth year: this year's birthday may still come.</source>
        <translation>Uit het geboortejaar: de verjaardag van dit jaar kan nog komen.</translation>
    </message>
</context>
<context>
    <name>MonthsModel</name>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Huisarts</translation>
    </message>
    <message>
        <source>VT advice</source>
        <translation>Advies VT</translation>
    </message>
    <message>
        <source>Wijkteam/CJG</source>
        <translation>Wijkteam/CJG</translation>
    </message>
    <message>
        <source>Meldcode</source>
        <translation>Meldcode</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Kindchecks</source>
        <translation>Kindchecks</translation>
    </message>
    <message>
        <source>With concerns</source>
        <translation>Met zorgen</translation>
    </message>
    <message>
        <source>Action taken: {action}</source>
        <translation>Actie: {action}</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nieuwe casus</translation>
    </message>
    <message>
        <source>e.g. worries about the children of a parent with a long depression</source>
        <translation>bijv. zorgen om de kinderen van een depressieve ouder</translation>
    </message>
    <message>
        <source>Letter of the pseudonym</source>
        <translation>Letter van het pseudoniem</translation>
    </message>
    <message>
        <source>The concern</source>
        <translation>De zorg</translation>
    </message>
    <message>
        <source>Responsible practitioner</source>
        <translation>Verantwoordelijke hulpverlener</translation>
    </message>
    <message>
        <source>A case is known only by a pseudonym: "Gezin", a letter you choose, the year and a number. Write no names in the concern.</source>
        <translation>Een casus is alleen bekend onder een pseudoniem: "Gezin", een letter die u kiest, het jaar en een nummer. Schrijf geen namen in de zorg.</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Letter:</translation>
    </message>
    <message>
        <source>Pseudonym:</source>
        <translation>Pseudoniem:</translation>
    </message>
    <message>
        <source>&amp;Concern:</source>
        <translation>&amp;Zorg:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>Verantwoordeli&amp;jk:</translation>
    </message>
    <message>
        <source>Cr&amp;eate</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <source>Gezin {letter}-{year}-… (the number follows when saved)</source>
        <translation>Gezin {letter}-{year}-… (het nummer volgt bij opslaan)</translation>
    </message>
    <message>
        <source>Choose a letter for the pseudonym.</source>
        <translation>Kies een letter voor het pseudoniem.</translation>
    </message>
</context>
<context>
    <name>NewUserForm</name>
    <message>
        <source>New user</source>
        <translation>Nieuwe gebruiker</translation>
    </message>
    <message>
        <source>for example jdevries</source>
        <translation>bijvoorbeeld jdevries</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Gebruiker &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Inlognaam:</translation>
    </message>
    <message>
        <source>F&amp;ull name:</source>
        <translation>&amp;Volledige naam:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ol:</translation>
    </message>
    <message>
        <source>Login of the new user</source>
        <translation>Inlognaam van de nieuwe gebruiker</translation>
    </message>
    <message>
        <source>Full name of the new user</source>
        <translation>Volledige naam van de nieuwe gebruiker</translation>
    </message>
    <message>
        <source>Role of the new user</source>
        <translation>Rol van de nieuwe gebruiker</translation>
    </message>
    <message>
        <source>Adding {login}… Securing the passphrase takes a moment.</source>
        <translation>{login} wordt toegevoegd… Het beveiligen van het wachtwoord duurt even.</translation>
    </message>
    <message>
        <source>{name} ({login}) can now unlock with the passphrase you gave.</source>
        <translation>{name} ({login}) kan nu ontgrendelen met het wachtwoord dat u hebt opgegeven.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>The new language takes effect after a restart of Wijkzorg Desktop.</source>
        <translation>De nieuwe taal gaat in nadat Wijkzorg Desktop opnieuw is gestart.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wijkzorg Desktop&lt;/b&gt; {version}&lt;br&gt;Working together on child safety, offline, in an encrypted vault.</source>
        <translation>&lt;b&gt;Wijkzorg Desktop&lt;/b&gt; {version}&lt;br&gt;Samenwerken aan de veiligheid van kinderen, offline, in een versleutelde kluis.</translation>
    </message>
    <message>
        <source>Practice: {name}</source>
        <translation>Praktijk: {name}</translation>
    </message>
    <message>
        <source>About Wijkzorg Desktop</source>
        <translation>Over Wijkzorg Desktop</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} om {time}</translation>
    </message>
    <message numerus="yes">
        <source>Since you last unlocked, %n failed attempt(s) were made to unlock with your login.</source>
        <translation>
            <numerusform>Sinds u de vorige keer ontgrendelde, is %n keer geprobeerd met uw gebruikersnaam te ontgrendelen.</numerusform>
            <numerusform>Sinds u de vorige keer ontgrendelde, is %n keer geprobeerd met uw gebruikersnaam te ontgrendelen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last one was on {time} at workstation {workstation}.</source>
        <translation>De laatste poging was op {time} op werkplek {workstation}.</translation>
    </message>
    <message>
        <source>They are recorded in the audit log. If this was not you, tell the practice's administrator.</source>
        <translation>Deze pogingen staan in het auditlog. Was u dit niet, meld het dan aan de beheerder van de praktijk.</translation>
    </message>
    <message>
        <source>Failed attempts to unlock</source>
        <translation>Mislukte pogingen om te ontgrendelen</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>for example Utrecht, Nieuwegein</source>
        <translation>bijvoorbeeld Houten, Culemborg</translation>
    </message>
    <message>
        <source>for example 030 123 4567</source>
        <translation>bijvoorbeeld 030 123 4567</translation>
    </message>
    <message>
        <source>reachable outside office hours, if any</source>
        <translation>bereikbaar buiten kantoortijden, als dat er is</translation>
    </message>
    <message>
        <source>name@zorgmail.nl</source>
        <translation>naam@zorgmail.nl</translation>
    </message>
    <message>
        <source>www.example.nl</source>
        <translation>www.voorbeeld.nl</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;General number:</source>
        <translation>&amp;Algemeen nummer:</translation>
    </message>
    <message>
        <source>C&amp;risis number:</source>
        <translation>C&amp;risisnummer:</translation>
    </message>
    <message>
        <source>Secure &amp;e-mail:</source>
        <translation>Beveiligde &amp;e-mail:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>General number</source>
        <translation>Algemeen nummer</translation>
    </message>
    <message>
        <source>Crisis number</source>
        <translation>Crisisnummer</translation>
    </message>
    <message>
        <source>Secure e-mail</source>
        <translation>Beveiligde e-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Soort organisatie</translation>
    </message>
    <message>
        <source>Municipalities served</source>
        <translation>Gemeenten waar de organisatie werkt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Openingstijden</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Municipalities:</source>
        <translation>&amp;Gemeenten:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tities:</translation>
    </message>
    <message>
        <source>&amp;Opening hours:</source>
        <translation>Openingst&amp;ijden:</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bewerken</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Paginanummer</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Page &amp;width</source>
        <translation>Pagina&amp;breedte</translation>
    </message>
    <message>
        <source>Zoom to the width of the window</source>
        <translation>Zoomen tot de breedte van het venster</translation>
    </message>
    <message>
        <source>Pages of the document</source>
        <translation>Pagina's van het document</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation>Pa&amp;gina</translation>
    </message>
    <message>
        <source>Drawing the pages…</source>
        <translation>De pagina's worden getekend…</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Pagina {number} van {total}</translation>
    </message>
    <message>
        <source>of {total}</source>
        <translation>van {total}</translation>
    </message>
    <message>
        <source>The document is protected with a password and cannot be shown.</source>
        <translation>Het document is met een wachtwoord beveiligd en kan niet worden getoond.</translation>
    </message>
    <message>
        <source>This is not a PDF document the program can read.</source>
        <translation>Dit is geen PDF-document dat het programma kan lezen.</translation>
    </message>
</context>
<context>
    <name>PartiesModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Role in this case</source>
        <translation>Rol in deze casus</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Open promises</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>PartiesTab</name>
    <message>
        <source>Parties involved</source>
        <translation>Betrokken partijen</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Wie doet wat</translation>
    </message>
    <message>
        <source>&amp;Add party…</source>
        <translation>P&amp;artij toevoegen…</translation>
    </message>
    <message>
        <source>Add a person or organisation from the sociale kaart</source>
        <translation>Een persoon of organisatie van de sociale kaart toevoegen</translation>
    </message>
    <message>
        <source>&amp;Edit party…</source>
        <translation>Partij be&amp;werken…</translation>
    </message>
    <message>
        <source>Edit the selected party</source>
        <translation>De gekozen partij bewerken</translation>
    </message>
    <message>
        <source>Contact &amp;today</source>
        <translation>&amp;Contact gehad vandaag</translation>
    </message>
    <message>
        <source>Record that you had contact with the selected party today</source>
        <translation>Vastleggen dat u vandaag contact had met de gekozen partij</translation>
    </message>
    <message>
        <source>Take the selected party off this case</source>
        <translation>Haal de gekozen partij van deze casus</translation>
    </message>
    <message>
        <source>New &amp;promise…</source>
        <translation>Nieuwe &amp;toezegging…</translation>
    </message>
    <message>
        <source>Record what a party or our practice promised</source>
        <translation>Vastleggen wat een partij of onze praktijk heeft toegezegd</translation>
    </message>
    <message>
        <source>Edit pro&amp;mise…</source>
        <translation>Toezegging bewer&amp;ken…</translation>
    </message>
    <message>
        <source>Open a&amp;gain</source>
        <translation>&amp;Weer open</translation>
    </message>
    <message>
        <source>Edit the selected promise</source>
        <translation>De gekozen toezegging bewerken</translation>
    </message>
    <message>
        <source>Sho&amp;w kept promises</source>
        <translation>Nagekomen toezeggingen t&amp;onen</translation>
    </message>
    <message>
        <source>Remo&amp;ve party…</source>
        <translation>Partij &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Kept</source>
        <translation>&amp;Nagekomen</translation>
    </message>
    <message>
        <source>The selected promise is kept (or open again)</source>
        <translation>De gekozen toezegging is nagekomen (of staat weer open)</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>{name} is saved as {role}.</source>
        <translation>{name} is opgeslagen als {role}.</translation>
    </message>
    <message>
        <source>Contact with {name} recorded for today.</source>
        <translation>Contact met {name} vastgelegd voor vandaag.</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>Partij verwijderen</translation>
    </message>
    <message>
        <source>Take {name} ({role}) off this case? The timeline keeps what happened.</source>
        <translation>{name} ({role}) van deze casus halen? De tijdlijn houdt vast wat er gebeurd is.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>{name} is taken off the case.</source>
        <translation>{name} is van de casus gehaald.</translation>
    </message>
    <message>
        <source>The promise is saved.</source>
        <translation>De toezegging is opgeslagen.</translation>
    </message>
    <message>
        <source>Kept: {text}.</source>
        <translation>Nagekomen: {text}.</translation>
    </message>
    <message>
        <source>Open again: {text}.</source>
        <translation>Weer open: {text}.</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Name, organisation or function</source>
        <translation>Naam, organisatie of functie</translation>
    </message>
    <message>
        <source>Involved si&amp;nce</source>
        <translation>Betrokken &amp;sinds</translation>
    </message>
    <message>
        <source>&amp;Last contact</source>
        <translation>&amp;Laatste contact</translation>
    </message>
    <message>
        <source>Search the sociale kaart and our practice</source>
        <translation>Zoeken in de sociale kaart en onze praktijk</translation>
    </message>
    <message>
        <source>People, organisations and our practice</source>
        <translation>Personen, organisaties en onze praktijk</translation>
    </message>
    <message>
        <source>Role in this case</source>
        <translation>Rol in deze casus</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <source>&amp;Role in this case:</source>
        <translation>&amp;Rol in deze casus:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>our practice</source>
        <translation>onze praktijk</translation>
    </message>
    <message>
        <source>Add a party</source>
        <translation>Partij toevoegen</translation>
    </message>
    <message>
        <source>Edit party</source>
        <translation>Partij bewerken</translation>
    </message>
    <message>
        <source>Choose from the sociale kaart: a person, or an organisation when you do not know who. Someone missing? Add them on the Sociale kaart page first.</source>
        <translation>Kies uit de sociale kaart: een persoon, of een organisatie als u niet weet wie. Ontbreekt iemand? Voeg die dan eerst toe op de pagina Sociale kaart.</translation>
    </message>
    <message>
        <source>Choose a person, an organisation or someone of our practice from the list.</source>
        <translation>Kies een persoon, een organisatie of iemand van onze praktijk uit de lijst.</translation>
    </message>
    <message>
        <source>Fill in the role in this case.</source>
        <translation>Vul de rol in deze casus in.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase:</source>
        <translation>Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Nogmaals:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Herhaal het nieuwe wachtwoord</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Minstens %n teken.</numerusform>
            <numerusform>Minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>&amp;Verified on</source>
        <translation>&amp;Gecontroleerd op</translation>
    </message>
    <message>
        <source>&amp;Known personally since</source>
        <translation>&amp;Persoonlijk bekend sinds</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Liaison in our practice</source>
        <translation>Contactpersoon in onze praktijk</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>When reachable</source>
        <translation>Wanneer bereikbaar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>O&amp;rganisatie:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>&amp;Liaison here:</source>
        <translation>&amp;Contactpersoon bij ons:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tities:</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>Hoe bereikbaar</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(geen organisatie)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bewerken</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN of the card</source>
        <translation>Pincode van de pas</translation>
    </message>
    <message>
        <source>The practice signs with a card (UZI-pas). Put the card in the reader and type its PIN. The PIN is used for this signature only and is not kept.</source>
        <translation>De praktijk ondertekent met een pas (UZI-pas). Steek de pas in de lezer en typ de pincode. De pincode wordt alleen voor deze ondertekening gebruikt en niet bewaard.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;Pincode:</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Ondertekenen</translation>
    </message>
    <message>
        <source>Type the PIN of the card.</source>
        <translation>Typ de pincode van de pas.</translation>
    </message>
</context>
<context>
    <name>Pkcs12Dialog</name>
    <message>
        <source>Import a certificate file</source>
        <translation>Certificaatbestand importeren</translation>
    </message>
    <message>
        <source>A PKCS#12 file (.p12 or .pfx) holds the certificate with its private key, such as a UZI-servercertificaat. The program keeps it inside the encrypted vault; the password you type here is not kept.</source>
        <translation>Een PKCS#12-bestand (.p12 of .pfx) bevat het certificaat met de privésleutel, zoals een UZI-servercertificaat. Het programma bewaart het in de versleutelde kluis; het wachtwoord dat u hier typt, wordt niet bewaard.</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Certificaatbestand</translation>
    </message>
    <message>
        <source>Certificate files (*.p12 *.pfx);;All files (*)</source>
        <translation>Certificaatbestanden (*.p12 *.pfx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Password of the certificate file</source>
        <translation>Wachtwoord van het certificaatbestand</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Choose the certificate file.</source>
        <translation>Kies het certificaatbestand.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>&amp;Due by</source>
        <translation>&amp;Uiterlijk op</translation>
    </message>
    <message>
        <source>Goal or agreement</source>
        <translation>Doel of afspraak</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Wie doet het</translation>
    </message>
    <message>
        <source>&amp;Goal or agreement:</source>
        <translation>&amp;Doel of afspraak:</translation>
    </message>
    <message>
        <source>&amp;Who does it:</source>
        <translation>&amp;Wie doet het:</translation>
    </message>
    <message>
        <source>New goal or agreement</source>
        <translation>Nieuw doel of nieuwe afspraak</translation>
    </message>
    <message>
        <source>Edit goal or agreement</source>
        <translation>Doel of afspraak bewerken</translation>
    </message>
    <message>
        <source>Fill in the goal or agreement.</source>
        <translation>Vul het doel of de afspraak in.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Goal or agreement</source>
        <translation>Doel of afspraak</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>done {date}</source>
        <translation>gedaan {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Plan van aanpak</source>
        <translation>Plan van aanpak</translation>
    </message>
    <message>
        <source>&amp;New goal or agreement…</source>
        <translation>&amp;Nieuw doel of nieuwe afspraak…</translation>
    </message>
    <message>
        <source>Add a goal or agreement to the plan</source>
        <translation>Een doel of afspraak aan het plan toevoegen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bewer&amp;ken…</translation>
    </message>
    <message>
        <source>Edit the selected goal or agreement</source>
        <translation>Het gekozen doel of de gekozen afspraak bewerken</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>G&amp;edaan</translation>
    </message>
    <message>
        <source>The selected goal or agreement is done (or open again)</source>
        <translation>Het gekozen doel of de gekozen afspraak is gedaan (of staat weer open)</translation>
    </message>
    <message>
        <source>What the partners agreed to do for this family: who does what, by when.</source>
        <translation>Wat de partners voor dit gezin hebben afgesproken: wie doet wat, en wanneer.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan van aanpak</translation>
    </message>
    <message>
        <source>Open a&amp;gain</source>
        <translation>&amp;Weer open</translation>
    </message>
    <message>
        <source>The plan is saved.</source>
        <translation>Het plan is opgeslagen.</translation>
    </message>
    <message>
        <source>Done: {text}.</source>
        <translation>Gedaan: {text}.</translation>
    </message>
    <message>
        <source>Open again: {text}.</source>
        <translation>Weer open: {text}.</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>elke week</numerusform>
            <numerusform>elke %n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>elke dag</numerusform>
            <numerusform>elke %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice name</source>
        <translation>Praktijknaam</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Vergrendelen na minuten zonder gebruik</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Check contacts after months</source>
        <translation>Contacten controleren na maanden</translation>
    </message>
    <message>
        <source>Before a meeting, the members whose details were last checked longer ago are listed to check</source>
        <translation>Voor een overleg staan de leden wier gegevens langer geleden gecontroleerd zijn op de lijst om te controleren</translation>
    </message>
    <message>
        <source>Street 1, 1234 AB Town</source>
        <translation>Straat 1, 1234 AB Plaats</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Wijzigingen &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>Practice &amp;name:</source>
        <translation>Praktijk&amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Vergrendelen na:</translation>
    </message>
    <message>
        <source>&amp;Check contacts after:</source>
        <translation>Contacten &amp;controleren na:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>The practice name appears in the window title of every user. The program locks itself and asks for a passphrase again after this many minutes without keyboard or mouse use; a new time applies from the moment you save it. Keep it short on workstations that patients can see. Address, phone, e-mail and website form the letterhead of the documents the practice signs. Before each meeting, the members whose details on the sociale kaart were checked longer ago than the set number of months are listed to check.</source>
        <translation>De praktijknaam staat in de titelbalk van iedere gebruiker. Het programma vergrendelt zichzelf en vraagt opnieuw om een wachtwoordzin na zoveel minuten zonder toetsenbord- of muisgebruik; een nieuwe tijd geldt vanaf het moment dat u hem opslaat. Houd hem kort op werkplekken die patiënten kunnen zien. Adres, telefoon, e-mail en website vormen het briefhoofd van de documenten die de praktijk ondertekent. Voor elk overleg staan de leden wier gegevens op de sociale kaart langer geleden gecontroleerd zijn dan het ingestelde aantal maanden op de lijst om te controleren.</translation>
    </message>
    <message>
        <source>These settings hold for the whole practice and every user.</source>
        <translation>Deze instellingen gelden voor de hele praktijk en voor elke gebruiker.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praktijk</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Saved. From now on the program locks after {minutes} min without use.</source>
        <translation>Opgeslagen. Het programma vergrendelt nu na {minutes} min zonder gebruik.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: {title}</source>
        <translation>Voorbeeld: {title}</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Opslaan…</translation>
    </message>
    <message>
        <source>Save the signed PDF (Ctrl+S)</source>
        <translation>De ondertekende PDF opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print the document (Ctrl+P)</source>
        <translation>Het document afdrukken (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Case {label}</source>
        <translation>Casus {label}</translation>
    </message>
    <message>
        <source>for {recipient}</source>
        <translation>voor {recipient}</translation>
    </message>
    <message>
        <source>document id {id}</source>
        <translation>document-id {id}</translation>
    </message>
    <message>
        <source>Signed with the practice certificate. Check the pages, then save or print the document.</source>
        <translation>Ondertekend met het praktijkcertificaat. Bekijk de pagina's en sla het document daarna op of druk het af.</translation>
    </message>
    <message>
        <source>Password of the document</source>
        <translation>Wachtwoord van het document</translation>
    </message>
    <message>
        <source>The document is encrypted. Pass this password on to the recipient by another channel than the document itself (by phone, or by Siilo when the document goes by e-mail). It is shown only now: the program keeps no copy.</source>
        <translation>Het document is versleuteld. Geef dit wachtwoord aan de ontvanger door via een ander kanaal dan het document zelf (telefonisch, of via Siilo als het document per e-mail gaat). Het wordt alleen nu getoond: het programma bewaart het niet.</translation>
    </message>
    <message>
        <source>Password to open the document:</source>
        <translation>Wachtwoord om het document te openen:</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Document opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>{name} opslaan…</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Opgeslagen als {path}.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Add a printer in the system settings, or keep the document as a file with Save…</source>
        <translation>Er is geen printer ingesteld op deze computer. Voeg een printer toe in de systeeminstellingen, of bewaar het document als bestand met Opslaan…</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>{title} afdrukken</translation>
    </message>
    <message>
        <source>Printing cancelled: nothing was printed.</source>
        <translation>Afdrukken geannuleerd: er is niets afgedrukt.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message numerus="yes">
        <source>Printed: %n page(s).</source>
        <translation>
            <numerusform>Afgedrukt: %n pagina.</numerusform>
            <numerusform>Afgedrukt: %n pagina's.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>Niet afgedrukt: {reason}</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>calls back</source>
        <translation>belt terug</translation>
    </message>
    <message>
        <source>keeps an eye on things</source>
        <translation>houdt een oogje in het zeil</translation>
    </message>
    <message>
        <source>sends a report</source>
        <translation>stuurt een verslag</translation>
    </message>
    <message>
        <source>plans a home visit</source>
        <translation>plant een huisbezoek</translation>
    </message>
    <message>
        <source>discusses it in the team</source>
        <translation>bespreekt het in het team</translation>
    </message>
    <message>
        <source>&amp;Due by</source>
        <translation>&amp;Uiterlijk op</translation>
    </message>
    <message>
        <source>Who promised</source>
        <translation>Wie het toezegde</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <source>Promised on</source>
        <translation>Toegezegd op</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <source>&amp;Promise:</source>
        <translation>&amp;Toezegging:</translation>
    </message>
    <message>
        <source>Promised &amp;on:</source>
        <translation>Toegezegd o&amp;p:</translation>
    </message>
    <message>
        <source>New promise</source>
        <translation>Nieuwe toezegging</translation>
    </message>
    <message>
        <source>Edit promise</source>
        <translation>Toezegging bewerken</translation>
    </message>
    <message>
        <source>Choose who promised it.</source>
        <translation>Kies wie het heeft toegezegd.</translation>
    </message>
    <message>
        <source>Fill in what was promised.</source>
        <translation>Vul in wat er is toegezegd.</translation>
    </message>
    <message>
        <source>The due date lies before the day it was promised.</source>
        <translation>De uiterste datum ligt vóór de dag van de toezegging.</translation>
    </message>
</context>
<context>
    <name>PromisesModel</name>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <source>Promised on</source>
        <translation>Toegezegd op</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Staat open</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>done {date}</source>
        <translation>nagekomen {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <source>Search by name, function or organisation</source>
        <translation>Zoek op naam, functie of organisatie</translation>
    </message>
    <message>
        <source>Search the sociale kaart</source>
        <translation>Zoeken in de sociale kaart</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Unlock with the recovery key</source>
        <translation>Ontgrendelen met de herstelsleutel</translation>
    </message>
    <message>
        <source>Type the recovery key from the sheet kept in the practice safe, choose whose passphrase is forgotten and give that user a new passphrase. The vault then opens as that user.</source>
        <translation>Typ de herstelsleutel over van het vel uit de brandkast van de praktijk, kies wiens wachtwoord vergeten is en geef die gebruiker een nieuw wachtwoord. De kluis gaat daarna open als die gebruiker.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>New passphrase for this user</source>
        <translation>Nieuw wachtwoord voor deze gebruiker</translation>
    </message>
    <message>
        <source>&amp;Unlock and set passphrase</source>
        <translation>&amp;Ontgrendelen en wachtwoord instellen</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Herstel&amp;sleutel:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>De kluis wordt geopend…</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>Made on {date}</source>
        <translation>Gemaakt op {date}</translation>
    </message>
    <message>
        <source>Keep this sheet in the practice safe. With this key an administrator can open the vault when a passphrase is forgotten and give that user a new one. Whoever holds this sheet can open the vault: never keep it on the computer or send it by e-mail.</source>
        <translation>Bewaar dit vel in de brandkast van de praktijk. Met deze sleutel kan een beheerder de kluis openen als een wachtwoord vergeten is, en die gebruiker een nieuw wachtwoord geven. Wie dit vel heeft, kan de kluis openen: bewaar het nooit op de computer en stuur het nooit per e-mail.</translation>
    </message>
    <message>
        <source>Confidential — medical professional secrecy</source>
        <translation>Vertrouwelijk — medisch beroepsgeheim</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Herstelsleutel afdrukken</translation>
    </message>
</context>
<context>
    <name>RunningCheckPane</name>
    <message>
        <source>Is it going well? (Loopt het?)</source>
        <translation>Loopt het?</translation>
    </message>
    <message>
        <source>Is it going well: parties, open promises and what is overdue</source>
        <translation>Loopt het: partijen, open toezeggingen en wat te laat is</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>no contact recorded</source>
        <translation>geen contact vastgelegd</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(open for %n day(s))</source>
        <translation>
            <numerusform>(%n dag open)</numerusform>
            <numerusform>(%n dagen open)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due {date}: %n day(s) late</source>
        <translation>
            <numerusform>uiterlijk {date}: %n dag te laat</numerusform>
            <numerusform>uiterlijk {date}: %n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>uiterlijk {date}</translation>
    </message>
    <message>
        <source>Last contact: {when}</source>
        <translation>Laatste contact: {when}</translation>
    </message>
    <message>
        <source>No open promises.</source>
        <translation>Geen open toezeggingen.</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan van aanpak</translation>
    </message>
    <message>
        <source>Veilig Thuis feedback (terugkoppeling)</source>
        <translation>Terugkoppeling Veilig Thuis</translation>
    </message>
    <message numerus="yes">
        <source>expected {date}, %n day(s) late</source>
        <translation>
            <numerusform>verwacht {date}, %n dag te laat</numerusform>
            <numerusform>verwacht {date}, %n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Stand van {date}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Niets is te laat.</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>No parties involved yet.</source>
        <translation>Nog geen partijen betrokken.</translation>
    </message>
    <message>
        <source>Our practice</source>
        <translation>Onze praktijk</translation>
    </message>
</context>
<context>
    <name>SafeAtHomeTab</name>
    <message>
        <source>Overdue feedback</source>
        <translation>Te late terugkoppeling</translation>
    </message>
    <message>
        <source>Contacts with Veilig Thuis</source>
        <translation>Contacten met Veilig Thuis</translation>
    </message>
    <message>
        <source>&amp;New advice or report…</source>
        <translation>&amp;Nieuw advies of nieuwe melding…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bewer&amp;ken…</translation>
    </message>
    <message>
        <source>Feedback rece&amp;ived…</source>
        <translation>&amp;Terugkoppeling ontvangen…</translation>
    </message>
    <message>
        <source>Every advice request and melding at Veilig Thuis. As melder the practice is owed terugkoppeling: Veilig Thuis aims to weigh a melding within five working days.</source>
        <translation>Elke adviesvraag en melding bij Veilig Thuis. Als melder heeft de praktijk recht op terugkoppeling: Veilig Thuis streeft ernaar een melding binnen vijf werkdagen te wegen.</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message numerus="yes">
        <source>Terugkoppeling overdue by %n day(s): Veilig Thuis was to report by {expected} on the melding of {date}.</source>
        <translation>
            <numerusform>Terugkoppeling %n dag te laat: Veilig Thuis zou uiterlijk {expected} laten weten wat er met de melding van {date} gebeurt.</numerusform>
            <numerusform>Terugkoppeling %n dagen te laat: Veilig Thuis zou uiterlijk {expected} laten weten wat er met de melding van {date} gebeurt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference: {reference}.</source>
        <translation>Kenmerk: {reference}.</translation>
    </message>
    <message>
        <source>Procesregisseur: {name}.</source>
        <translation>Procesregisseur: {name}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Saved the {kind} of {date}.</source>
        <translation>De {kind} van {date} is opgeslagen.</translation>
    </message>
    <message>
        <source>Terugkoppeling expected by {date}.</source>
        <translation>Terugkoppeling verwacht uiterlijk {date}.</translation>
    </message>
    <message>
        <source>Terugkoppeling received on {date}.</source>
        <translation>Terugkoppeling ontvangen op {date}.</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>A room, an address or a video link</source>
        <translation>Een ruimte, een adres of een videolink</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Medical secrecy</source>
        <translation>Medisch beroepsgeheim</translation>
    </message>
    <message>
        <source>(a person or organisation of the sociale kaart)</source>
        <translation>(een persoon of organisatie van de sociale kaart)</translation>
    </message>
    <message>
        <source>Add &amp;partner</source>
        <translation>&amp;Partner toevoegen</translation>
    </message>
    <message>
        <source>Add &amp;colleague</source>
        <translation>&amp;Collega toevoegen</translation>
    </message>
    <message>
        <source>Remo&amp;ve member</source>
        <translation>Lid &amp;verwijderen</translation>
    </message>
    <message>
        <source>Name of the meeting</source>
        <translation>Naam van het overleg</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Ritme</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Plaats of link</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Partner to add</source>
        <translation>Toe te voegen partner</translation>
    </message>
    <message>
        <source>Colleague to add</source>
        <translation>Toe te voegen collega</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Rhythm:</source>
        <translation>&amp;Ritme:</translation>
    </message>
    <message>
        <source>P&amp;lace or link:</source>
        <translation>P&amp;laats of link:</translation>
    </message>
    <message>
        <source>Standing &amp;members:</source>
        <translation>Vaste le&amp;den:</translation>
    </message>
    <message>
        <source>New meeting series</source>
        <translation>Nieuwe reeks overleggen</translation>
    </message>
    <message>
        <source>Edit meeting series</source>
        <translation>Reeks overleggen wijzigen</translation>
    </message>
    <message>
        <source>Role in the meeting</source>
        <translation>Rol in het overleg</translation>
    </message>
    <message>
        <source>e.g. wijkagent</source>
        <translation>bijv. wijkagent</translation>
    </message>
    <message>
        <source>as its kind: {state}</source>
        <translation>volgens de soort: {state}</translation>
    </message>
    <message>
        <source>Bound by medical secrecy</source>
        <translation>Gebonden aan medisch beroepsgeheim</translation>
    </message>
    <message>
        <source>Choose a person or organisation of the sociale kaart first.</source>
        <translation>Kies eerst een persoon of organisatie van de sociale kaart.</translation>
    </message>
    <message>
        <source>{name} is a member already.</source>
        <translation>{name} is al lid.</translation>
    </message>
    <message>
        <source>Give the meeting a name, such as "Sociaal Wijkoverleg Houten".</source>
        <translation>Geef het overleg een naam, zoals "Sociaal Wijkoverleg Houten".</translation>
    </message>
    <message>
        <source>One member chairs the meeting, not more.</source>
        <translation>Eén lid is voorzitter, niet meer.</translation>
    </message>
    <message>
        <source>One member takes the minutes, not more.</source>
        <translation>Eén lid notuleert, niet meer.</translation>
    </message>
</context>
<context>
    <name>SetupPassphrasePage</name>
    <message>
        <source>Your passphrase</source>
        <translation>Uw wachtwoord</translation>
    </message>
    <message>
        <source>A passphrase opens the vault. Choose a sentence of several words that only you know. Nobody can look it up for you.</source>
        <translation>Met uw wachtwoord opent u de kluis. Kies een zin van een paar woorden die alleen u kent. Niemand kan het voor u opzoeken.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Kluis maken</translation>
    </message>
    <message>
        <source>Making the encrypted vault. This takes a few seconds…</source>
        <translation>De versleutelde kluis wordt gemaakt. Dit duurt enkele seconden…</translation>
    </message>
</context>
<context>
    <name>SetupPracticePage</name>
    <message>
        <source>Welcome to Wijkzorg Desktop</source>
        <translation>Welkom bij Wijkzorg Desktop</translation>
    </message>
    <message>
        <source>This sets up the encrypted vault in which the practice keeps its work on child safety. First: the name of the practice.</source>
        <translation>Hier richt u de versleutelde kluis in waarin de praktijk haar werk rond de veiligheid van kinderen bewaart. Eerst: de naam van de praktijk.</translation>
    </message>
    <message>
        <source>Name of the practice</source>
        <translation>Naam van de praktijk</translation>
    </message>
    <message>
        <source>e.g. Huisartsenpraktijk De Linde</source>
        <translation>bijv. Huisartsenpraktijk De Linde</translation>
    </message>
    <message>
        <source>&amp;Practice name:</source>
        <translation>&amp;Praktijknaam:</translation>
    </message>
</context>
<context>
    <name>SetupRecoveryPage</name>
    <message>
        <source>The recovery key</source>
        <translation>De herstelsleutel</translation>
    </message>
    <message>
        <source>The vault is ready. If a passphrase is ever forgotten, only this key opens the vault. It is shown only now: print it and keep it in the practice safe.</source>
        <translation>De kluis is klaar. Als een wachtwoord ooit vergeten wordt, opent alleen deze sleutel de kluis. Hij wordt alleen nu getoond: druk hem af en bewaar hem in de brandkast van de praktijk.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>I have printed the recovery key or stored it &amp;safely</source>
        <translation>Ik heb de herstelsleutel afgedrukt of &amp;veilig opgeborgen</translation>
    </message>
</context>
<context>
    <name>SetupUserPage</name>
    <message>
        <source>The first user</source>
        <translation>De eerste gebruiker</translation>
    </message>
    <message>
        <source>You become the vault's administrator: you can add the other users of the practice later, under Administration.</source>
        <translation>U wordt de beheerder van de kluis: de andere gebruikers van de praktijk voegt u later toe onder Beheer.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inlognaam</translation>
    </message>
    <message>
        <source>e.g. mjansen</source>
        <translation>bijv. mjansen</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Inlognaam:</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, dot, hyphen or underscore.</source>
        <translation>Kleine letters, cijfers, punt, koppelteken of liggend streepje.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Volledige naam:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Wijkzorg Desktop</source>
        <translation>Wijkzorg Desktop inrichten</translation>
    </message>
</context>
<context>
    <name>SharingChecker</name>
    <message>
        <source>May this be shared?</source>
        <translation>Mag dit gedeeld worden?</translation>
    </message>
    <message>
        <source>Share with</source>
        <translation>Delen met</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>C&amp;ontroleren</translation>
    </message>
    <message>
        <source>Sh&amp;are with:</source>
        <translation>Delen &amp;met:</translation>
    </message>
    <message>
        <source>&amp;purpose:</source>
        <translation>&amp;voor:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Yes, this may be shared, on the basis of: {basis}.</source>
        <translation>Ja, dit mag gedeeld worden, op grond van: {basis}.</translation>
    </message>
    <message>
        <source>No, this may not be shared.</source>
        <translation>Nee, dit mag niet gedeeld worden.</translation>
    </message>
    <message>
        <source>Without consent:</source>
        <translation>Zonder toestemming:</translation>
    </message>
</context>
<context>
    <name>ShellStatusBar</name>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Lock state</source>
        <translation>Vergrendeling</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Opvolgingen te laat</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Ontgrendeld</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
</context>
<context>
    <name>StepsBox</name>
    <message>
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <source>Step {number} done</source>
        <translation>Stap {number} gedaan</translation>
    </message>
    <message>
        <source>Step {number}: date</source>
        <translation>Stap {number}: datum</translation>
    </message>
    <message>
        <source>Step {number}: notes</source>
        <translation>Stap {number}: notities</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>The five steps</source>
        <translation>De vijf stappen</translation>
    </message>
    <message>
        <source>Save s&amp;teps</source>
        <translation>Stappen &amp;opslaan</translation>
    </message>
    <message>
        <source>Save the ticked steps</source>
        <translation>De aangevinkte stappen opslaan</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <source>Saving the steps…</source>
        <translation>Stappen opslaan…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n step(s).</source>
        <translation>
            <numerusform>%n stap opgeslagen.</numerusform>
            <numerusform>%n stappen opgeslagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Timeline as PDF</source>
        <translation>Tijdlijn als PDF</translation>
    </message>
    <message>
        <source>&amp;Make timeline</source>
        <translation>Tijdlijn ma&amp;ken</translation>
    </message>
    <message>
        <source>Timeline of {label} as PDF</source>
        <translation>Tijdlijn van {label} als PDF</translation>
    </message>
    <message>
        <source>Everything dated in {label}, oldest first, signed, for the practice's own file. It does not go to partners: for them, make a handover.</source>
        <translation>Alles met een datum in {label}, oudste eerst, ondertekend, voor het eigen dossier van de praktijk. Het is niet bedoeld voor partners: maak voor hen een overdracht.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Bewerkt</translation>
    </message>
    <message>
        <source>revised</source>
        <translation>bewerkt</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s): select the entry to see them</source>
        <translation>
            <numerusform>%n eerdere versie: kies de notitie om die te zien</numerusform>
            <numerusform>%n eerdere versies: kies de notitie om ze te zien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>The selected entry and its history</source>
        <translation>De gekozen notitie en haar geschiedenis</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Nieuwe notitie…</translation>
    </message>
    <message>
        <source>Write a new entry in the timeline</source>
        <translation>Een nieuwe notitie in de tijdlijn schrijven</translation>
    </message>
    <message>
        <source>Re&amp;vise…</source>
        <translation>He&amp;rzien…</translation>
    </message>
    <message>
        <source>Revise the selected entry; the earlier text is kept</source>
        <translation>De gekozen notitie herzien; de eerdere tekst blijft bewaard</translation>
    </message>
    <message>
        <source>Select an entry to read it in full, with its earlier versions.</source>
        <translation>Kies een notitie om haar helemaal te lezen, met de eerdere versies.</translation>
    </message>
    <message>
        <source>Written by {name}</source>
        <translation>Geschreven door {name}</translation>
    </message>
    <message numerus="yes">
        <source>History: %n earlier version(s)</source>
        <translation>
            <numerusform>Geschiedenis: %n eerdere versie</numerusform>
            <numerusform>Geschiedenis: %n eerdere versies</numerusform>
        </translation>
    </message>
    <message>
        <source>Version {number} ({date}, {kind}) — replaced on {at} by {name}</source>
        <translation>Versie {number} ({date}, {kind}) — vervangen op {at} door {name}</translation>
    </message>
    <message>
        <source>The entry of {date} is saved.</source>
        <translation>De notitie van {date} is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ToCheckBox</name>
    <message>
        <source>Contacts to check before this meeting</source>
        <translation>Contacten om te controleren voor dit overleg</translation>
    </message>
    <message>
        <source>Contacts to check</source>
        <translation>Contacten om te controleren</translation>
    </message>
    <message>
        <source>&amp;Checked</source>
        <translation>Ge&amp;controleerd</translation>
    </message>
    <message>
        <source>The ticked contacts' details are right: today is their date of checking</source>
        <translation>De gegevens van de aangevinkte contacten kloppen: vandaag is hun controledatum</translation>
    </message>
    <message>
        <source>last checked {date}</source>
        <translation>laatst gecontroleerd {date}</translation>
    </message>
    <message>
        <source>never checked</source>
        <translation>nooit gecontroleerd</translation>
    </message>
    <message numerus="yes">
        <source>Not checked in the last %n month(s): is the phone number right, do they still do this work?</source>
        <translation>
            <numerusform>Niet gecontroleerd in de laatste %n maand: klopt het telefoonnummer, doen ze dit werk nog?</numerusform>
            <numerusform>Niet gecontroleerd in de laatste %n maanden: klopt het telefoonnummer, doen ze dit werk nog?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Follow-ups for today</source>
        <translation>Opvolging voor vandaag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Today ({count})</source>
        <translation>Vandaag ({count})</translation>
    </message>
    <message>
        <source>{overdue} overdue, {today} due today, {week} later this week</source>
        <translation>{overdue} te laat, {today} voor vandaag, {week} later deze week</translation>
    </message>
    <message>
        <source>{overdue} overdue · {today} today · {week} this week</source>
        <translation>{overdue} te laat · {today} vandaag · {week} deze week</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Niets te laat.</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Nothing else due today.</source>
        <translation>Verder niets voor vandaag.</translation>
    </message>
    <message>
        <source>Later this week</source>
        <translation>Later deze week</translation>
    </message>
    <message>
        <source>Nothing more this week.</source>
        <translation>Deze week verder niets.</translation>
    </message>
    <message>
        <source>Waiting for others</source>
        <translation>Wachten op anderen</translation>
    </message>
    <message>
        <source>No open promises of others, no terugkoppeling expected.</source>
        <translation>Geen open beloftes van anderen, geen terugkoppeling verwacht.</translation>
    </message>
    <message>
        <source>Kindchecks coming up</source>
        <translation>Kindchecks binnenkort</translation>
    </message>
    <message>
        <source>No kindcheck in the next two weeks.</source>
        <translation>Geen kindcheck in de komende twee weken.</translation>
    </message>
    <message>
        <source>waiting for {name}</source>
        <translation>wacht op {name}</translation>
    </message>
    <message>
        <source>Select a follow-up: Enter opens its case, Space marks it done.</source>
        <translation>Kies een opvolging. Enter: de casus openen · spatie: gedaan.</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Sign with a card (UZI-pas)</source>
        <translation>Ondertekenen met een pas (UZI-pas)</translation>
    </message>
    <message>
        <source>The card reader's software has a PKCS#11 module (a .dll, .so or .dylib file from the card supplier). The PIN is used once now to read the certificate from the card, and is asked again at every signature; it is never kept.</source>
        <translation>De software van de paslezer heeft een PKCS#11-module (een .dll-, .so- of .dylib-bestand van de leverancier van de pas). De pincode wordt nu één keer gebruikt om het certificaat van de pas te lezen en bij elke ondertekening opnieuw gevraagd; hij wordt nooit bewaard.</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>PKCS#11-module</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.so *.dll *.dylib);;All files (*)</source>
        <translation>PKCS#11-modules (*.so *.dll *.dylib);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Naam van de pas (token-label)</translation>
    </message>
    <message>
        <source>The name of the card, as the card software shows it</source>
        <translation>De naam van de pas, zoals de passoftware die toont</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>Token &amp;label:</source>
        <translation>Token-&amp;label:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;Pincode:</translation>
    </message>
    <message>
        <source>&amp;Use card</source>
        <translation>Pas &amp;gebruiken</translation>
    </message>
    <message>
        <source>Choose the PKCS#11 module of the card reader.</source>
        <translation>Kies de PKCS#11-module van de paslezer.</translation>
    </message>
    <message>
        <source>Type the label of the card.</source>
        <translation>Typ het label van de pas.</translation>
    </message>
    <message>
        <source>Type the PIN of the card.</source>
        <translation>Typ de pincode van de pas.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>The vault is locked. Choose your name and type your passphrase.</source>
        <translation>De kluis is vergrendeld. Kies uw naam en typ uw wachtwoord.</translation>
    </message>
    <message>
        <source>Demo practice: every user (beheer, huisarts, poh, assistent) has the passphrase {passphrase}</source>
        <translation>Demopraktijk: elke gebruiker (beheer, huisarts, poh, assistent) heeft het wachtwoord {passphrase}</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Use &amp;recovery key…</source>
        <translation>&amp;Herstelsleutel gebruiken…</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Bezig met ontgrendelen…</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Login</source>
        <translation>Inlognaam</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Gedeactiveerd</translation>
    </message>
    <message>
        <source>Deactivated on {date}</source>
        <translation>Gedeactiveerd op {date}</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bewer&amp;ken…</translation>
    </message>
    <message>
        <source>Give new &amp;passphrase…</source>
        <translation>Nieuw &amp;wachtwoord geven…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deactiveren…</translation>
    </message>
    <message>
        <source>&amp;Reactivate…</source>
        <translation>&amp;Weer activeren…</translation>
    </message>
    <message>
        <source>Everyone who works with the vault has a personal login and passphrase. A deactivated user can no longer unlock; what they did stays in the audit log.</source>
        <translation>Iedereen die met de kluis werkt, heeft een eigen inlognaam en wachtwoord. Een gedeactiveerde gebruiker kan niet meer ontgrendelen; wat die gebruiker heeft gedaan, blijft in het auditlog staan.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Saved the changes to {login}.</source>
        <translation>De wijzigingen voor {login} zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Reactivate {login}</source>
        <translation>{login} weer activeren</translation>
    </message>
    <message>
        <source>{name} can unlock again with this new passphrase. Tell it to them in person.</source>
        <translation>{name} kan weer ontgrendelen met dit nieuwe wachtwoord. Geef het persoonlijk door.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Weer activeren</translation>
    </message>
    <message>
        <source>New passphrase for {login}</source>
        <translation>Nieuw wachtwoord voor {login}</translation>
    </message>
    <message>
        <source>{name} unlocks with this passphrase from now on; the old one stops working. Tell it to them in person.</source>
        <translation>{name} ontgrendelt voortaan met dit wachtwoord; het oude werkt niet meer. Geef het persoonlijk door.</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>Wachtwoord instellen</translation>
    </message>
    <message>
        <source>Securing the passphrase…</source>
        <translation>Het wachtwoord wordt beveiligd…</translation>
    </message>
    <message>
        <source>{login} is active again.</source>
        <translation>{login} is weer actief.</translation>
    </message>
    <message>
        <source>{login} has a new passphrase.</source>
        <translation>{login} heeft een nieuw wachtwoord.</translation>
    </message>
    <message>
        <source>Deactivating {login}…</source>
        <translation>{login} wordt gedeactiveerd…</translation>
    </message>
    <message>
        <source>{login} is deactivated and can no longer unlock.</source>
        <translation>{login} is gedeactiveerd en kan niet meer ontgrendelen.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>This document is not signed.</source>
        <translation>Dit document is niet ondertekend.</translation>
    </message>
    <message>
        <source>Nothing shows who made it or whether it was changed.</source>
        <translation>Niets laat zien wie het heeft gemaakt of of het is gewijzigd.</translation>
    </message>
    <message>
        <source>The signature cannot be read.</source>
        <translation>De handtekening kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The document may be damaged. Ask the sender for it again.</source>
        <translation>Het document is mogelijk beschadigd. Vraag de afzender het opnieuw te sturen.</translation>
    </message>
    <message>
        <source>Changed after signing.</source>
        <translation>Gewijzigd na ondertekening.</translation>
    </message>
    <message>
        <source>The content no longer matches the signature of {signer}: someone changed the document after it was signed. Do not rely on it; ask the sender for it again.</source>
        <translation>De inhoud klopt niet meer met de handtekening van {signer}: iemand heeft het document na de ondertekening gewijzigd. Ga er niet op af; vraag de afzender het opnieuw te sturen.</translation>
    </message>
    <message>
        <source>What {signer} signed is intact, but something was added to the file afterwards. Do not rely on what was added; ask the sender for the document again.</source>
        <translation>Wat {signer} ondertekende is ongeschonden, maar er is daarna iets aan het bestand toegevoegd. Ga niet af op wat is toegevoegd; vraag de afzender het document opnieuw te sturen.</translation>
    </message>
    <message>
        <source>Signer not trusted.</source>
        <translation>Ondertekenaar niet vertrouwd.</translation>
    </message>
    <message>
        <source>The document is unchanged since {signer} signed it, but the practice does not know this certificate: it is not the practice's own and not stored with anyone on the sociale kaart. Check the fingerprint with the sender before relying on it.</source>
        <translation>Het document is ongewijzigd sinds {signer} het ondertekende, maar de praktijk kent dit certificaat niet: het is niet het eigen certificaat en bij niemand op de sociale kaart opgeslagen. Controleer de vingerafdruk met de afzender voordat u erop afgaat.</translation>
    </message>
    <message>
        <source>Signed by {signer} and unchanged.</source>
        <translation>Ondertekend door {signer} en ongewijzigd.</translation>
    </message>
    <message>
        <source>The signature is sound, nothing was changed after signing, and the certificate is known to the practice.</source>
        <translation>De handtekening klopt, er is na de ondertekening niets gewijzigd en de praktijk kent het certificaat.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Check a document</source>
        <translation>Document controleren</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Password of the document</source>
        <translation>Wachtwoord van het document</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Choose document…</source>
        <translation>Document &amp;kiezen…</translation>
    </message>
    <message>
        <source>Choose a PDF to check (Ctrl+O)</source>
        <translation>Een PDF kiezen om te controleren (Ctrl+O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Checks the signature of a PDF: who signed it and when, and whether anything changed since. Trusted are the practice's own certificate and the certificates stored with organisations and people on the sociale kaart.</source>
        <translation>Controleert de handtekening van een PDF: wie heeft ondertekend en wanneer, en of er sindsdien iets is gewijzigd. Vertrouwd zijn het eigen certificaat van de praktijk en de certificaten die bij organisaties en personen op de sociale kaart zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Choose a document to check</source>
        <translation>Een document kiezen om te controleren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF-documenten (*.pdf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Document: {path}</source>
        <translation>Document: {path}</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>{name} controleren…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>This document is protected with a password. Type it to check the signature.</source>
        <translation>Dit document is met een wachtwoord beveiligd. Typ het wachtwoord om de handtekening te controleren.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Ondertekend door:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificaat:</translation>
    </message>
    <message>
        <source>Signed at:</source>
        <translation>Ondertekend op:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>Intact:</source>
        <translation>Ongeschonden:</translation>
    </message>
    <message>
        <source>Trusted:</source>
        <translation>Vertrouwd:</translation>
    </message>
    <message>
        <source>Changed after signing:</source>
        <translation>Gewijzigd na ondertekening:</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Vingerafdruk (SHA-256):</translation>
    </message>
</context>
<context>
    <name>VtContactDialog</name>
    <message>
        <source>&amp;Expected on</source>
        <translation>&amp;Verwacht op</translation>
    </message>
    <message>
        <source>Recei&amp;ved on</source>
        <translation>Ontvan&amp;gen op</translation>
    </message>
    <message>
        <source>Advice or report</source>
        <translation>Advies of melding</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Onze rol</translation>
    </message>
    <message>
        <source>Veilig Thuis reference</source>
        <translation>Kenmerk van Veilig Thuis</translation>
    </message>
    <message>
        <source>Procesregisseur</source>
        <translation>Procesregisseur</translation>
    </message>
    <message>
        <source>Feedback expected on</source>
        <translation>Terugkoppeling verwacht op</translation>
    </message>
    <message>
        <source>Feedback received on</source>
        <translation>Terugkoppeling ontvangen op</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Terugkoppeling</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Our &amp;role:</source>
        <translation>Onze &amp;rol:</translation>
    </message>
    <message>
        <source>VT re&amp;ference:</source>
        <translation>&amp;Kenmerk VT:</translation>
    </message>
    <message>
        <source>&amp;Procesregisseur:</source>
        <translation>&amp;Procesregisseur:</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Terugkoppeling:</translation>
    </message>
    <message>
        <source>&amp;What Veilig Thuis said:</source>
        <translation>&amp;Wat Veilig Thuis liet weten:</translation>
    </message>
    <message>
        <source>A melder is owed terugkoppeling: Veilig Thuis aims to weigh a melding within five working days. An informant hears back only when Veilig Thuis finds it necessary.</source>
        <translation>Een melder heeft recht op terugkoppeling: Veilig Thuis streeft ernaar een melding binnen vijf werkdagen te wegen. Een informant hoort alleen iets terug als Veilig Thuis dat nodig vindt.</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(nog niet bekend)</translation>
    </message>
    <message>
        <source>New contact with Veilig Thuis</source>
        <translation>Nieuw contact met Veilig Thuis</translation>
    </message>
    <message>
        <source>Contact with Veilig Thuis of {date}</source>
        <translation>Contact met Veilig Thuis van {date}</translation>
    </message>
    <message>
        <source>An advice request has no term for terugkoppeling.</source>
        <translation>Voor een adviesvraag geldt geen termijn voor terugkoppeling.</translation>
    </message>
    <message>
        <source>Five working days after the melding: {date}.</source>
        <translation>Vijf werkdagen na de melding: {date}.</translation>
    </message>
</context>
<context>
    <name>VtContactsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Onze rol</translation>
    </message>
    <message>
        <source>VT reference</source>
        <translation>Kenmerk VT</translation>
    </message>
    <message>
        <source>Procesregisseur</source>
        <translation>Procesregisseur</translation>
    </message>
    <message>
        <source>Feedback expected</source>
        <translation>Terugkoppeling verwacht</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>What Veilig Thuis said</source>
        <translation>Wat Veilig Thuis liet weten</translation>
    </message>
    <message>
        <source>{date} (late)</source>
        <translation>{date} (te laat)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>opdrachten</translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation>%(heading)s:</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>toon deze hulp en stop</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>toon het versienummer en stop</translation>
    </message>
    <message>
        <source> (default: %(default)s)</source>
        <translation> (standaard: %(default)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>verplicht maar niet gegeven: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>een van deze is verplicht: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>%(value)r is geen geldige keuze (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)</source>
        <translation>%(value)r is geen geldige keuze; bedoelt u %(closest)r? (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>onbekende opdracht %(parser_name)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige waarde: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>hier hoort één waarde achter</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>hier hoort hoogstens één waarde achter</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>hier hoort minstens één waarde achter</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>hier hoort %s waarde achter</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>hier horen %s waarden achter</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>%(option)s is niet eenduidig: het kan %(matches)s zijn</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>niet samen met %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>deze optie neemt geen waarde: %r</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>onverwachte optie: %s</translation>
    </message>
    <message>
        <source>can't open '%(filename)s': %(error)s</source>
        <translation>kan '%(filename)s' niet openen: %(error)s</translation>
    </message>
    <message>
        <source>option '%(option)s' is deprecated</source>
        <translation>optie '%(option)s' verdwijnt in een volgende versie</translation>
    </message>
    <message>
        <source>argument '%(argument_name)s' is deprecated</source>
        <translation>argument '%(argument_name)s' verdwijnt in een volgende versie</translation>
    </message>
    <message>
        <source>command '%(parser_name)s' is deprecated</source>
        <translation>opdracht '%(parser_name)s' verdwijnt in een volgende versie</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fout: %(message)s
</translation>
    </message>
    <message>
        <source>%(prog)s: warning: %(message)s
</source>
        <translation>%(prog)s: waarschuwing: %(message)s
</translation>
    </message>
</context>
<context>
    <name>assessment</name>
    <message>
        <source>Answer the next question</source>
        <translation>Beantwoord de volgende vraag</translation>
    </message>
    <message>
        <source>Report to Veilig Thuis (melden)</source>
        <translation>Melden bij Veilig Thuis</translation>
    </message>
    <message>
        <source>Give or organise help</source>
        <translation>Hulp bieden of organiseren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Is there a suspicion of (a threat of) domestic violence or child abuse?</source>
        <translation>Is er een vermoeden van (dreiging van) huiselijk geweld of kindermishandeling?</translation>
    </message>
    <message>
        <source>Is there acute or structural unsafety?</source>
        <translation>Is er sprake van acute of structurele onveiligheid?</translation>
    </message>
    <message>
        <source>Are you able to give or organise effective help?</source>
        <translation>Ben ik in staat effectieve hulp te bieden of te organiseren?</translation>
    </message>
    <message>
        <source>Do those involved accept this help and commit themselves to it?</source>
        <translation>Aanvaarden de betrokkenen de hulp en zetten zij zich daarvoor in?</translation>
    </message>
    <message>
        <source>Does the help lead to the necessary results within the desired period?</source>
        <translation>Leidt de hulp binnen de gewenste termijn tot de noodzakelijke resultaten?</translation>
    </message>
    <message>
        <source>No suspicion: close the meldcode track and record why.</source>
        <translation>Geen vermoeden: sluit het meldcodetraject af en leg vast waarom.</translation>
    </message>
    <message>
        <source>Acute or structural unsafety: always report to Veilig Thuis.</source>
        <translation>Acute of structurele onveiligheid: altijd melden bij Veilig Thuis.</translation>
    </message>
    <message>
        <source>No effective help possible from here: report.</source>
        <translation>Geen effectieve hulp mogelijk vanuit de praktijk: melden.</translation>
    </message>
    <message>
        <source>Help is not accepted or not committed to: report.</source>
        <translation>De hulp wordt niet aanvaard of de inzet ontbreekt: melden.</translation>
    </message>
    <message>
        <source>Give or organise help, and follow whether it works (question 5).</source>
        <translation>Hulp bieden of organiseren, en volgen of die werkt (vraag 5).</translation>
    </message>
    <message>
        <source>The help does not bring the needed results: report (again).</source>
        <translation>De hulp leidt niet tot de noodzakelijke resultaten: (opnieuw) melden.</translation>
    </message>
    <message>
        <source>The help works: close, with agreements on following the safety.</source>
        <translation>De hulp werkt: afsluiten, met afspraken over het volgen van de veiligheid.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>records {first} to {last} before it are missing</source>
        <translation>de records {first} tot en met {last} ervoor ontbreken</translation>
    </message>
    <message>
        <source>its link to the previous record is broken</source>
        <translation>de koppeling met het vorige record is verbroken</translation>
    </message>
    <message>
        <source>its content does not match its hash</source>
        <translation>de inhoud past niet bij de hash</translation>
    </message>
    <message>
        <source>the guard {name} is missing</source>
        <translation>de beveiliging {name} ontbreekt</translation>
    </message>
</context>
<context>
    <name>audit_actions</name>
    <message>
        <source>Logged in</source>
        <translation>Ingelogd</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Uitgelogd</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>Mislukte ontgrendeling</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Ingezien</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Searched</source>
        <translation>Gezocht</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Instellingen gewijzigd</translation>
    </message>
</context>
<context>
    <name>audit_objects</name>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Kluis</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Practice settings</source>
        <translation>Praktijkinstellingen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
</context>
<context>
    <name>audit_outcomes</name>
    <message>
        <source>Success</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
</context>
<context>
    <name>bundles</name>
    <message>
        <source>Checking consent…</source>
        <translation>Toestemming nagaan…</translation>
    </message>
    <message>
        <source>Making and signing the handover…</source>
        <translation>Overdrachtsdocument maken en ondertekenen…</translation>
    </message>
    <message>
        <source>Putting the case together…</source>
        <translation>Casus samenstellen…</translation>
    </message>
    <message>
        <source>Signing the transfer file…</source>
        <translation>Overdrachtsbestand ondertekenen…</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Versleutelen…</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Ontsleutelen…</translation>
    </message>
    <message>
        <source>Checking the signature and the sender…</source>
        <translation>Handtekening en afzender controleren…</translation>
    </message>
    <message>
        <source>Checking the content…</source>
        <translation>Inhoud controleren…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>cases</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>ouder</translation>
    </message>
    <message>
        <source>child</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <source>signal</source>
        <translation>signaal</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>gesprek</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>overleg</translation>
    </message>
    <message>
        <source>contact with a partner</source>
        <translation>contact met partner</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>afspraak</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>besluit</translation>
    </message>
    <message>
        <source>This case</source>
        <translation>Deze casus</translation>
    </message>
    <message>
        <source>This household member</source>
        <translation>Dit gezinslid</translation>
    </message>
    <message>
        <source>why the case is closed</source>
        <translation>waarom de casus wordt gesloten</translation>
    </message>
    <message>
        <source>why the case is reopened</source>
        <translation>waarom de casus wordt heropend</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>Deze gebruiker</translation>
    </message>
    <message>
        <source>This party</source>
        <translation>Deze betrokken partij</translation>
    </message>
    <message>
        <source>This timeline entry</source>
        <translation>Deze tijdlijnnotitie</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>SQLCipher cipher_integrity_check</source>
        <translation>SQLCipher cipher_integrity_check</translation>
    </message>
    <message>
        <source>SQLite integrity_check</source>
        <translation>SQLite integrity_check</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Auditketen</translation>
    </message>
    <message>
        <source>SQLCipher cipher_integrity_check: {text}</source>
        <translation>SQLCipher cipher_integrity_check: {text}</translation>
    </message>
    <message>
        <source>SQLite integrity_check: {text}</source>
        <translation>SQLite integrity_check: {text}</translation>
    </message>
    <message>
        <source>{check} could not be completed: {reason}</source>
        <translation>{check} kon niet worden afgerond: {reason}</translation>
    </message>
    <message>
        <source>Checking {check} ({pages} pages)…</source>
        <translation>Controleren: {check} ({pages} pagina's)…</translation>
    </message>
    <message>
        <source>Checking {check}…</source>
        <translation>Controleren: {check}…</translation>
    </message>
    <message>
        <source>Audit chain, record {record}: {reason}</source>
        <translation>Auditketen, record {record}: {reason}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Give --passphrase-file FILE.</source>
        <translation>Geef --passphrase-file BESTAND.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Wachtwoord: </translation>
    </message>
    <message>
        <source>The passphrase file {path} is empty.</source>
        <translation>Het wachtwoordbestand {path} is leeg.</translation>
    </message>
    <message>
        <source>Wijkzorg Desktop. Without a command the window opens.</source>
        <translation>Wijkzorg Desktop. Zonder opdracht opent het venster.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>folder of the vault (default: the user's data folder)</source>
        <translation>map van de kluis (standaard: de gegevensmap van de gebruiker)</translation>
    </message>
    <message>
        <source>open a fresh demo practice in a temporary folder</source>
        <translation>open een nieuwe demopraktijk in een tijdelijke map</translation>
    </message>
    <message>
        <source>Cannot read the passphrase from {path}: {reason}.</source>
        <translation>Kan het wachtwoord niet lezen uit {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase from {path}: it is not UTF-8 text.</source>
        <translation>Kan het wachtwoord niet lezen uit {path}: het is geen UTF-8-tekst.</translation>
    </message>
    <message>
        <source>folder of the vault</source>
        <translation>map van de kluis</translation>
    </message>
    <message>
        <source>login</source>
        <translation>inlognaam</translation>
    </message>
    <message>
        <source>file whose first line is the passphrase; - is stdin</source>
        <translation>bestand met het wachtwoord op de eerste regel; - is standaardinvoer</translation>
    </message>
    <message>
        <source>language of the window and of the commands (default: nl)</source>
        <translation>taal van het venster en van de opdrachten (standaard: nl)</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>OPDRACHT</translation>
    </message>
    <message>
        <source>make a new vault with its first administrator</source>
        <translation>maak een nieuwe kluis met de eerste beheerder</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>name of the practice</source>
        <translation>naam van de praktijk</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>INLOGNAAM</translation>
    </message>
    <message>
        <source>login of the first administrator</source>
        <translation>inlognaam van de eerste beheerder</translation>
    </message>
    <message>
        <source>"FULL NAME"</source>
        <translation>"VOLLEDIGE NAAM"</translation>
    </message>
    <message>
        <source>full name of the first administrator</source>
        <translation>volledige naam van de eerste beheerder</translation>
    </message>
    <message>
        <source>make a demo vault with users beheer, huisarts, poh and assistent</source>
        <translation>maak een demokluis met de gebruikers beheer, huisarts, poh en assistent</translation>
    </message>
    <message>
        <source>check encryption, structure and audit chain of the vault</source>
        <translation>controleer versleuteling, opbouw en auditketen van de kluis</translation>
    </message>
    <message>
        <source>export the whole vault as one JSON document, encrypted (CMS, .p7m) to the practice certificate unless told otherwise</source>
        <translation>de hele kluis exporteren als één JSON-document, versleuteld (CMS, .p7m) voor het praktijkcertificaat tenzij anders gevraagd</translation>
    </message>
    <message>
        <source>encrypt to the practice certificate (the default without --password)</source>
        <translation>versleutelen voor het praktijkcertificaat (standaard zonder --password)</translation>
    </message>
    <message>
        <source>encrypt to a new password of words, printed once (with --to-certificate: to both)</source>
        <translation>versleutelen met een nieuw wachtwoord van woorden, één keer getoond (met --to-certificate: voor beide)</translation>
    </message>
    <message>
        <source>write plain JSON, unencrypted (a warning is printed)</source>
        <translation>gewone JSON schrijven, onversleuteld (met een waarschuwing)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>the window: this user is chosen on the unlock screen</source>
        <translation>het venster: deze gebruiker staat gekozen op het ontgrendelscherm</translation>
    </message>
    <message>
        <source>the window: unlock at once as --user with the passphrase on the first line of this file; - is stdin</source>
        <translation>het venster: meteen ontgrendelen als --user met het wachtwoord op de eerste regel van dit bestand; - is standaardinvoer</translation>
    </message>
    <message>
        <source>Vault made in {path}.</source>
        <translation>Kluis gemaakt in {path}.</translation>
    </message>
    <message>
        <source>Recovery key (shown once; print it and keep it in the practice safe):</source>
        <translation>Herstelsleutel (wordt één keer getoond; druk hem af en bewaar hem in de brandkast van de praktijk):</translation>
    </message>
    <message>
        <source>Demo vault made in {path} (users: beheer, huisarts, poh, assistent).</source>
        <translation>Demokluis gemaakt in {path} (gebruikers: beheer, huisarts, poh, assistent).</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Herstelsleutel:</translation>
    </message>
    <message>
        <source>--plaintext cannot be combined with --password or --to-certificate.</source>
        <translation>--plaintext kan niet samen met --password of --to-certificate.</translation>
    </message>
    <message>
        <source>Warning: the export is written unencrypted; it holds every family of the practice. Keep it on an encrypted disk and remove it when done.</source>
        <translation>Waarschuwing: de export wordt onversleuteld geschreven; hij bevat alle gezinnen van de praktijk. Bewaar hem op een versleutelde schijf en verwijder hem als u klaar bent.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Geëxporteerd naar {path}.</translation>
    </message>
    <message>
        <source>Password of the export (shown once; keep it apart from the file): {password}</source>
        <translation>Wachtwoord van de export (één keer getoond; bewaar het apart van het bestand): {password}</translation>
    </message>
    <message>
        <source>Name a command (see wijkzorg --help).</source>
        <translation>Noem een opdracht (zie wijkzorg --help).</translation>
    </message>
    <message>
        <source>import or export the contact map (vCard or CSV)</source>
        <translation>de sociale kaart importeren of exporteren (vCard of CSV)</translation>
    </message>
    <message>
        <source>import contacts from a vCard (.vcf) or CSV file</source>
        <translation>contacten importeren uit een vCard-bestand (.vcf) of CSV-bestand</translation>
    </message>
    <message>
        <source>vCard or CSV file</source>
        <translation>vCard- of CSV-bestand</translation>
    </message>
    <message>
        <source>show each row and what would happen; change nothing</source>
        <translation>elke rij tonen en wat ermee zou gebeuren; niets wijzigen</translation>
    </message>
    <message>
        <source>import the valid rows and skip the rows with errors</source>
        <translation>de goede rijen importeren en de rijen met fouten overslaan</translation>
    </message>
    <message>
        <source>export the contact map as vCard 4.0 or CSV</source>
        <translation>de sociale kaart exporteren als vCard 4.0 of CSV</translation>
    </message>
    <message>
        <source>vcf or csv (default: from the file name)</source>
        <translation>vcf of csv (standaard: volgens de bestandsnaam)</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>bestand om te schrijven</translation>
    </message>
    <message>
        <source>error: {errors}</source>
        <translation>fout: {errors}</translation>
    </message>
    <message>
        <source>duplicate of {name} (row {row})</source>
        <translation>dubbel van {name} (rij {row})</translation>
    </message>
    <message>
        <source>duplicate of {name}</source>
        <translation>dubbel van {name}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>{number}. {name} ({organisation}): {status}</source>
        <translation>{number}. {name} ({organisation}): {status}</translation>
    </message>
    <message>
        <source>{number}. {name}: {status}</source>
        <translation>{number}. {name}: {status}</translation>
    </message>
    <message>
        <source>Columns not used: {columns}</source>
        <translation>Niet gebruikte kolommen: {columns}</translation>
    </message>
    <message>
        <source>Rows: {rows}; new: {new}; duplicate (skipped): {duplicates}; with errors: {invalid}. Nothing was imported (--dry-run).</source>
        <translation>Rijen: {rows}; nieuw: {new}; dubbel (overgeslagen): {duplicates}; met fouten: {invalid}. Er is niets geïmporteerd (--dry-run).</translation>
    </message>
    <message>
        <source>Rows with errors: {count}. Nothing was imported; correct the file, or give --skip-invalid to import the other rows.</source>
        <translation>Rijen met fouten: {count}. Er is niets geïmporteerd; verbeter het bestand, of geef --skip-invalid om de andere rijen te importeren.</translation>
    </message>
    <message>
        <source>Imported from {file}. Added: {added}. Skipped: {duplicates} duplicate, {invalid} with errors. New organisations: {organisations}.</source>
        <translation>Geïmporteerd uit {file}. Toegevoegd: {added}. Overgeslagen: {duplicates} dubbel, {invalid} met fouten. Nieuwe organisaties: {organisations}.</translation>
    </message>
    <message>
        <source>Contacts exported to {path}: {count}.</source>
        <translation>Contacten geëxporteerd naar {path}: {count}.</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>afgebroken</translation>
    </message>
    <message>
        <source>follow-ups: export them to a calendar</source>
        <translation>opvolging: exporteren naar een agenda</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTIE</translation>
    </message>
    <message>
        <source>write your open follow-ups as an iCalendar (.ics) file; events name only the kind and the case's pseudonym</source>
        <translation>schrijf uw open opvolging als iCalendar-bestand (.ics); afspraken noemen alleen de soort en het pseudoniem van de casus</translation>
    </message>
    <message>
        <source>FILE.ics</source>
        <translation>BESTAND.ics</translation>
    </message>
    <message>
        <source>iCalendar file to write</source>
        <translation>iCalendar-bestand om te schrijven</translation>
    </message>
    <message>
        <source>Follow-ups written to {path}: {count}.</source>
        <translation>Opvolging geschreven naar {path}: {count}.</translation>
    </message>
    <message>
        <source>make a signed PDF: a handover for a partner, or a follow-up list</source>
        <translation>maak een ondertekende PDF: een overdracht voor een partner, of een opvolglijst</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>PDF-bestand om te schrijven</translation>
    </message>
    <message>
        <source>file whose first line is the PIN of the UZI-pas; without it the PIN is asked</source>
        <translation>bestand waarvan de eerste regel de pincode van de UZI-pas is; zonder dit wordt om de pincode gevraagd</translation>
    </message>
    <message>
        <source>the overdrachtsdocument of a case, signed by the practice</source>
        <translation>het overdrachtsdocument van een casus, ondertekend door de praktijk</translation>
    </message>
    <message>
        <source>encrypted transfer files (.p7m): make one for a partner, open or inspect one</source>
        <translation>versleutelde overdrachtsbestanden (.p7m): maken voor een partner, openen of bekijken</translation>
    </message>
    <message>
        <source>make the encrypted transfer file of a case for a partner, signed by the practice</source>
        <translation>het versleutelde overdrachtsbestand van een casus voor een partner maken, ondertekend door de praktijk</translation>
    </message>
    <message>
        <source>the case's pseudonym, e.g. Gezin K-2026-014</source>
        <translation>het pseudoniem van de casus, bijvoorbeeld Gezin K-2026-014</translation>
    </message>
    <message>
        <source>the recipient: a person or organisation of the contact map, by name</source>
        <translation>de ontvanger: een persoon of organisatie van de sociale kaart, bij naam</translation>
    </message>
    <message>
        <source>encrypt to the recipient's certificate in the contact map</source>
        <translation>versleutelen voor het certificaat van de ontvanger in de sociale kaart</translation>
    </message>
    <message>
        <source>encrypt to a new password of words, printed once</source>
        <translation>versleutelen met een nieuw wachtwoord van woorden, één keer getoond</translation>
    </message>
    <message>
        <source>FILE.p7m</source>
        <translation>BESTAND.p7m</translation>
    </message>
    <message>
        <source>file to write, or a folder: then the file is named &lt;document id&gt; &lt;pseudonym&gt;.p7m</source>
        <translation>bestand om te schrijven, of een map: dan heet het bestand &lt;document-id&gt; &lt;pseudoniem&gt;.p7m</translation>
    </message>
    <message>
        <source>the household in detail instead of initials and birth years</source>
        <translation>het gezin in detail in plaats van initialen en geboortejaren</translation>
    </message>
    <message>
        <source>include the practice's weighing (afwegingskader, notes)</source>
        <translation>de afweging van de praktijk meesturen (afwegingskader, toelichtingen)</translation>
    </message>
    <message>
        <source>include the HIS numbers (with --household-detail)</source>
        <translation>de HIS-nummers meesturen (met --household-detail)</translation>
    </message>
    <message>
        <source>open a transfer file: check it, show what it holds, and import it as a new case</source>
        <translation>een overdrachtsbestand openen: controleren, tonen wat erin zit en als nieuwe casus importeren</translation>
    </message>
    <message>
        <source>the transfer file</source>
        <translation>het overdrachtsbestand</translation>
    </message>
    <message>
        <source>file whose first line is the transfer file's password</source>
        <translation>bestand waarvan de eerste regel het wachtwoord van het overdrachtsbestand is</translation>
    </message>
    <message>
        <source>only check and show what it holds; import nothing</source>
        <translation>alleen controleren en tonen wat erin zit; niets importeren</translation>
    </message>
    <message>
        <source>import without asking</source>
        <translation>importeren zonder te vragen</translation>
    </message>
    <message>
        <source>the one-page "Openen zonder Wijkzorg" (PDF): how a partner opens a transfer file with OpenSSL, and the practice certificate to check it against</source>
        <translation>de pagina "Openen zonder Wijkzorg" (PDF): hoe een partner een overdrachtsbestand met OpenSSL opent, en het praktijkcertificaat om het mee te controleren</translation>
    </message>
    <message>
        <source>show who can open a transfer file, without a vault or key</source>
        <translation>tonen wie een overdrachtsbestand kan openen, zonder kluis of sleutel</translation>
    </message>
    <message>
        <source>{path} is too large for a transfer file (at most 200 MB).</source>
        <translation>{path} is te groot voor een overdrachtsbestand (hoogstens 200 MB).</translation>
    </message>
    <message>
        <source>--include-his-numbers needs --household-detail.</source>
        <translation>--include-his-numbers kan alleen met --household-detail.</translation>
    </message>
    <message>
        <source>Transfer file for {recipient} written to {path} (bundle {id}, SHA-256 {sha}).</source>
        <translation>Overdrachtsbestand voor {recipient} geschreven naar {path} (bundel {id}, SHA-256 {sha}).</translation>
    </message>
    <message>
        <source>Password (shown once; pass it on by another channel, such as by phone or Siilo): {password}</source>
        <translation>Wachtwoord (één keer getoond; geef het via een ander kanaal door, zoals telefonisch of via Siilo): {password}</translation>
    </message>
    <message>
        <source>Sender: {owner}</source>
        <translation>Afzender: {owner}</translation>
    </message>
    <message>
        <source>Certificate SHA-256: {sha}</source>
        <translation>Certificaat SHA-256: {sha}</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Waarschuwing: {warning}</translation>
    </message>
    <message>
        <source>Bundle: {id}</source>
        <translation>Bundel: {id}</translation>
    </message>
    <message>
        <source>Their case: {label} (document {document})</source>
        <translation>Casus bij de afzender: {label} (document {document})</translation>
    </message>
    <message>
        <source>Purpose: {purpose}; basis: {basis}</source>
        <translation>Doel: {purpose}; grondslag: {basis}</translation>
    </message>
    <message>
        <source>Holds: {members} household members, {parties} parties, {plan} plan items, {promises} open agreements, the signed handover ({size} kB).</source>
        <translation>Bevat: {members} gezinsleden, {parties} betrokken partijen, {plan} punten van het plan van aanpak, {promises} openstaande afspraken, het ondertekende overdrachtsdocument ({size} kB).</translation>
    </message>
    <message>
        <source>Checked; nothing imported (--dry-run).</source>
        <translation>Gecontroleerd; niets geïmporteerd (--dry-run).</translation>
    </message>
    <message>
        <source>Give --yes to import, or --dry-run to only check; nothing was imported.</source>
        <translation>Geef --yes om te importeren, of --dry-run om alleen te controleren; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Import as a new case? [y/N] </source>
        <translation>Als nieuwe casus importeren? [j/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>Nothing imported.</source>
        <translation>Niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Imported as {label}.</source>
        <translation>Geïmporteerd als {label}.</translation>
    </message>
    <message>
        <source>Transfer file: {size} bytes, SHA-256 {sha}</source>
        <translation>Overdrachtsbestand: {size} bytes, SHA-256 {sha}</translation>
    </message>
    <message>
        <source>Recipient: a password</source>
        <translation>Ontvanger: een wachtwoord</translation>
    </message>
    <message>
        <source>Recipient: a certificate of {issuer}, serial number {serial}</source>
        <translation>Ontvanger: een certificaat van {issuer}, serienummer {serial}</translation>
    </message>
    <message>
        <source>Recipient: another kind (not opened by this program)</source>
        <translation>Ontvanger: een andere soort (niet te openen met dit programma)</translation>
    </message>
    <message>
        <source>also encrypt the PDF; its password is printed once</source>
        <translation>versleutel de PDF ook; het wachtwoord wordt één keer getoond</translation>
    </message>
    <message>
        <source>the follow-up list as a signed PDF</source>
        <translation>de opvolglijst als ondertekende PDF</translation>
    </message>
    <message>
        <source>{value} is not a day; write YYYY-MM-DD</source>
        <translation>{value} is geen datum; schrijf JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>SOORT</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>BESTAND.pdf</translation>
    </message>
    <message>
        <source>PSEUDONYM</source>
        <translation>PSEUDONIEM</translation>
    </message>
    <message>
        <source>everyone's, not only yours (for the care roles: an assistant sees only their own)</source>
        <translation>van iedereen, niet alleen die van u (voor zorgrollen: een assistent ziet alleen de eigen opvolging)</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>DAG</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>eerste dag, JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD</source>
        <translation>laatste dag, JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>check a signed PDF: signer, time, intact and trusted; exit 0 only when intact and trusted</source>
        <translation>controleer een ondertekende PDF: ondertekenaar, tijd, ongewijzigd en vertrouwd; exitcode 0 alleen als hij ongewijzigd en vertrouwd is</translation>
    </message>
    <message>
        <source>the PDF to check</source>
        <translation>de PDF die gecontroleerd wordt</translation>
    </message>
    <message>
        <source>folder of the vault whose trusted certificates count</source>
        <translation>map van de kluis waarvan de vertrouwde certificaten gelden</translation>
    </message>
    <message>
        <source>file whose first line is the PDF's password</source>
        <translation>bestand waarvan de eerste regel het wachtwoord van de PDF is</translation>
    </message>
    <message>
        <source>PIN of the UZI-pas: </source>
        <translation>Pincode van de UZI-pas: </translation>
    </message>
    <message>
        <source>No person or organisation on the contact map is called {name}.</source>
        <translation>Er staat geen persoon of organisatie met de naam {name} op de sociale kaart.</translation>
    </message>
    <message>
        <source>More than one person or organisation is called {name}.</source>
        <translation>Er zijn meerdere personen of organisaties met de naam {name}.</translation>
    </message>
    <message>
        <source>There is no case {label}.</source>
        <translation>Er is geen casus {label}.</translation>
    </message>
    <message>
        <source>--from {start} is after --until {end}; give the first day first.</source>
        <translation>--from {start} valt na --until {end}; geef eerst de eerste dag.</translation>
    </message>
    <message>
        <source>{title} {id} signed and written to {path} (SHA-256 {sha}).</source>
        <translation>{title} {id} ondertekend en geschreven naar {path} (SHA-256 {sha}).</translation>
    </message>
    <message>
        <source>Password of the PDF (shown once; pass it on by another channel): {password}</source>
        <translation>Wachtwoord van de PDF (wordt één keer getoond; geef het via een ander kanaal door): {password}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Kan {path} niet lezen: {reason}.</translation>
    </message>
    <message>
        <source>Give --user with --store.</source>
        <translation>Geef --user bij --store.</translation>
    </message>
    <message>
        <source>Cannot be checked: this is not a PDF document, or it is damaged.</source>
        <translation>Niet te controleren: dit is geen PDF-document, of het is beschadigd.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Niet ondertekend.</translation>
    </message>
    <message>
        <source>Cannot be checked: the signature cannot be read; the file may be damaged.</source>
        <translation>Niet te controleren: de handtekening is niet te lezen; het bestand is misschien beschadigd.</translation>
    </message>
    <message>
        <source>Changed: the document no longer matches the signature of {signer}.</source>
        <translation>Gewijzigd: het document past niet meer bij de handtekening van {signer}.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Signed by: {signer}</source>
        <translation>Ondertekend door: {signer}</translation>
    </message>
    <message>
        <source>Signed at: {when}</source>
        <translation>Ondertekend op: {when}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Reden: {reason}</translation>
    </message>
    <message>
        <source>Intact: {answer}</source>
        <translation>Ongewijzigd: {answer}</translation>
    </message>
    <message>
        <source>Trusted: {answer}</source>
        <translation>Vertrouwd: {answer}</translation>
    </message>
    <message>
        <source>Certificate of: {owner}</source>
        <translation>Certificaat van: {owner}</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): {sha}</source>
        <translation>Vingerafdruk certificaat (SHA-256): {sha}</translation>
    </message>
    <message>
        <source>The file was changed after it was signed.</source>
        <translation>Het bestand is na het ondertekenen gewijzigd.</translation>
    </message>
    <message>
        <source>{problem} (see {prog} --help)</source>
        <translation>{problem} (zie {prog} --help)</translation>
    </message>
    <message>
        <source>{word} is not a command (choose from {choices})</source>
        <translation>{word} is geen opdracht (kies uit {choices})</translation>
    </message>
    <message>
        <source>the command is missing or unknown (choose from {choices}); what stands in its place is not repeated here: it could be a passphrase</source>
        <translation>de opdracht ontbreekt of is onbekend (kies uit {choices}); wat op haar plaats staat wordt hier niet herhaald: het kan een wachtwoord zijn</translation>
    </message>
    <message>
        <source>this option takes no value (what was given is not repeated here)</source>
        <translation>deze optie neemt geen waarde (wat gegeven is wordt hier niet herhaald)</translation>
    </message>
    <message>
        <source>unknown options: {options}</source>
        <translation>onbekende opties: {options}</translation>
    </message>
    <message>
        <source>an unexpected value (not repeated here: it could be a passphrase)</source>
        <translation>een onverwachte waarde (hier niet herhaald: het kan een wachtwoord zijn)</translation>
    </message>
    <message>
        <source>Give --user with --passphrase-file.</source>
        <translation>Geef --user bij --passphrase-file.</translation>
    </message>
    <message>
        <source>{value} is not a number of a meeting or series</source>
        <translation>{value} is geen nummer van een overleg of reeks</translation>
    </message>
    <message>
        <source>meetings (overleg): list them, export their dates, make the agenda or the minutes</source>
        <translation>overleg: de lijst, de data als agendabestand, de agenda of het verslag maken</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>list the meetings by date: number, day, time, series, status and (for the care roles) the number of agenda items</source>
        <translation>de overleggen op datum: nummer, dag, tijd, reeks, stand en (voor de zorgrollen) het aantal agendapunten</translation>
    </message>
    <message>
        <source>write the meetings as an iCalendar (.ics) file; events name only the series and the place</source>
        <translation>schrijf de overleggen als iCalendar-bestand (.ics); afspraken noemen alleen de reeks en de plaats</translation>
    </message>
    <message>
        <source>only the meetings of this series (its number)</source>
        <translation>alleen de overleggen van deze reeks (het nummer)</translation>
    </message>
    <message>
        <source>the meeting's number, as meetings list shows it</source>
        <translation>het nummer van het overleg, zoals meetings list het toont</translation>
    </message>
    <message>
        <source>the agenda of a meeting as a signed PDF</source>
        <translation>de agenda van een overleg als ondertekende pdf</translation>
    </message>
    <message>
        <source>the minutes of a meeting as a signed PDF</source>
        <translation>het verslag van een overleg als ondertekende pdf</translation>
    </message>
    <message>
        <source>a copy for this attendee: items they may not receive are left out</source>
        <translation>een kopie voor deze deelnemer: punten die deze niet mag krijgen blijven weg</translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation>Geen overleggen.</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} punten</translation>
    </message>
    <message>
        <source>Meetings written to {path}: {count}.</source>
        <translation>Overleggen geschreven naar {path}: {count}.</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <source>given</source>
        <translation>gegeven</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>niet gevraagd</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>advice or report to Veilig Thuis</source>
        <translation>advies of melding Veilig Thuis</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>overdracht</translation>
    </message>
    <message>
        <source>discussion in a meeting</source>
        <translation>bespreking in overleg</translation>
    </message>
    <message>
        <source>exchange of information</source>
        <translation>informatie-uitwisseling</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>toestemming</translation>
    </message>
    <message>
        <source>right to report (Wmo 2015 art. 5.2.6)</source>
        <translation>meldrecht (Wmo 2015 art. 5.2.6)</translation>
    </message>
    <message>
        <source>conflict of duties</source>
        <translation>conflict van plichten</translation>
    </message>
    <message>
        <source>{member}: consent {status}</source>
        <translation>{member}: toestemming {status}</translation>
    </message>
    <message>
        <source>the case has no household members yet</source>
        <translation>de casus heeft nog geen gezinsleden</translation>
    </message>
    <message>
        <source>the right to report holds only toward Veilig Thuis</source>
        <translation>het meldrecht geldt alleen richting Veilig Thuis</translation>
    </message>
    <message>
        <source>the weighing for a conflict of duties is not complete</source>
        <translation>de afweging voor een conflict van plichten is niet compleet</translation>
    </message>
</context>
<context>
    <name>contacts</name>
    <message>
        <source>the file is too large for a certificate</source>
        <translation>het bestand is te groot voor een certificaat</translation>
    </message>
    <message>
        <source>this is not an X.509 certificate (PEM or DER)</source>
        <translation>dit is geen X.509-certificaat (PEM of DER)</translation>
    </message>
    <message>
        <source>reachable now</source>
        <translation>nu bereikbaar</translation>
    </message>
    <message>
        <source>not reachable now</source>
        <translation>nu niet bereikbaar</translation>
    </message>
    <message>
        <source>availability unknown</source>
        <translation>bereikbaarheid onbekend</translation>
    </message>
    <message>
        <source>"{text}" is not a time like 08:30</source>
        <translation>"{text}" is geen tijd zoals 08:30</translation>
    </message>
    <message>
        <source>"{text}" is not a day (ma, di, wo, do, vr, za, zo)</source>
        <translation>"{text}" is geen dag (ma, di, wo, do, vr, za, zo)</translation>
    </message>
    <message>
        <source>"{text}" should look like "ma-vr 08:30-17:00"</source>
        <translation>"{text}" moet eruitzien als "ma-vr 08:30-17:00"</translation>
    </message>
    <message>
        <source>"{text}" starts and ends at the same time</source>
        <translation>"{text}" begint en eindigt op hetzelfde tijdstip</translation>
    </message>
    <message>
        <source>Neighbourhood team</source>
        <translation>Wijkteam</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <source>CJG / youth health care</source>
        <translation>CJG / JGZ</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Politie</translation>
    </message>
    <message>
        <source>Social work</source>
        <translation>AMW / maatschappelijk werk</translation>
    </message>
    <message>
        <source>Outreach care</source>
        <translation>Bemoeizorg</translation>
    </message>
    <message>
        <source>Youth work</source>
        <translation>Jongerenwerk</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Mental health care</source>
        <translation>GGZ</translation>
    </message>
    <message>
        <source>GP practice</source>
        <translation>Huisartsenpraktijk</translation>
    </message>
    <message>
        <source>ROS / ZEL</source>
        <translation>ROS / ZEL</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Secure e-mail</source>
        <translation>Beveiligde e-mail</translation>
    </message>
    <message>
        <source>Siilo</source>
        <translation>Siilo</translation>
    </message>
    <message>
        <source>name as found in Siilo, or its phone number</source>
        <translation>naam zoals in Siilo, of het telefoonnummer</translation>
    </message>
    <message>
        <source>"{value}" is not a valid phone number</source>
        <translation>"{value}" is geen geldig telefoonnummer</translation>
    </message>
    <message>
        <source>"{value}" is not a valid e-mail address</source>
        <translation>"{value}" is geen geldig e-mailadres</translation>
    </message>
    <message>
        <source>"{value}" is not a web address</source>
        <translation>"{value}" is geen webadres</translation>
    </message>
    <message>
        <source>"{value}" is not a Dutch or international phone number; it is kept as written: check it</source>
        <translation>"{value}" is geen Nederlands of internationaal telefoonnummer; het is bewaard zoals het er staat: controleer het</translation>
    </message>
    <message>
        <source>choose one preferred channel</source>
        <translation>kies één voorkeurskanaal</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>een naam is verplicht</translation>
    </message>
    <message>
        <source>this organisation no longer exists</source>
        <translation>deze organisatie bestaat niet meer</translation>
    </message>
    <message>
        <source>{value} is not a user of this practice</source>
        <translation>{value} is geen gebruiker van deze praktijk</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>Deze persoon</translation>
    </message>
    <message>
        <source>This organisation</source>
        <translation>Deze organisatie</translation>
    </message>
    <message>
        <source>it holds a control character ({code}), which is not text</source>
        <translation>er staat een stuurteken ({code}) in, en dat is geen tekst</translation>
    </message>
    <message>
        <source>"{value}" is not a date like 2024-03-31</source>
        <translation>"{value}" is geen datum zoals 2024-03-31</translation>
    </message>
    <message>
        <source>"{value}" is not yes or no (ja/nee)</source>
        <translation>"{value}" is geen ja of nee</translation>
    </message>
    <message>
        <source>"{value}" is not a kind of organisation we know</source>
        <translation>"{value}" is geen bekende soort organisatie</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>regel {line}: {problem}</translation>
    </message>
    <message>
        <source>it is not a text file</source>
        <translation>het is geen tekstbestand</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>it is not a readable CSV file ({detail})</source>
        <translation>het is geen leesbaar CSV-bestand ({detail})</translation>
    </message>
    <message>
        <source>its first row has no column for the name (naam) or the organisation (organisatie)</source>
        <translation>de eerste rij heeft geen kolom voor de naam of de organisatie</translation>
    </message>
    <message>
        <source>this row has {found} fields where the first row has {expected}</source>
        <translation>deze rij heeft {found} velden, de eerste rij heeft er {expected}</translation>
    </message>
    <message>
        <source>"{value}" is not a type; use persoon or organisatie</source>
        <translation>"{value}" is geen type; gebruik persoon of organisatie</translation>
    </message>
    <message>
        <source>the preferred channel "{value}" is not in this row</source>
        <translation>het voorkeurskanaal "{value}" staat niet in deze rij</translation>
    </message>
    <message>
        <source>the certificate is neither PEM nor base64</source>
        <translation>het certificaat is geen PEM en geen base64</translation>
    </message>
    <message>
        <source>"{text}" is not a vCard line (name:value)</source>
        <translation>"{text}" is geen vCard-regel (naam:waarde)</translation>
    </message>
    <message>
        <source>the card that starts at line {line} has no END:VCARD</source>
        <translation>de kaart die op regel {line} begint, heeft geen END:VCARD</translation>
    </message>
    <message>
        <source>BEGIN:{name} inside a card cannot be read</source>
        <translation>BEGIN:{name} binnen een kaart kan niet worden gelezen</translation>
    </message>
    <message>
        <source>END:{name} without BEGIN:{name}</source>
        <translation>END:{name} zonder BEGIN:{name}</translation>
    </message>
    <message>
        <source>the certificate (KEY) is not valid base64</source>
        <translation>het certificaat (KEY) is geen geldige base64</translation>
    </message>
    <message>
        <source>there is no vCard in it (BEGIN:VCARD is missing)</source>
        <translation>er staat geen vCard in (BEGIN:VCARD ontbreekt)</translation>
    </message>
    <message>
        <source>add</source>
        <translation>toevoegen</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>overslaan</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>samenvoegen</translation>
    </message>
    <message>
        <source>it cannot be opened ({detail})</source>
        <translation>het kan niet worden geopend ({detail})</translation>
    </message>
    <message>
        <source>it is larger than 20 MB</source>
        <translation>het is groter dan 20 MB</translation>
    </message>
    <message>
        <source>choose vcf or csv</source>
        <translation>kies vcf of csv</translation>
    </message>
    <message>
        <source>A person in the selection</source>
        <translation>Een persoon in de selectie</translation>
    </message>
    <message>
        <source>An organisation in the selection</source>
        <translation>Een organisatie in de selectie</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>This file is not a PKCS#12 certificate file (.p12 or .pfx).</source>
        <translation>Dit bestand is geen PKCS#12-certificaatbestand (.p12 of .pfx).</translation>
    </message>
    <message>
        <source>The password does not open this certificate file.</source>
        <translation>Het wachtwoord opent dit certificaatbestand niet.</translation>
    </message>
    <message>
        <source>This certificate file holds no private key, so it cannot sign. Ask the supplier for the file with the key.</source>
        <translation>Dit certificaatbestand bevat geen privésleutel en kan dus niet ondertekenen. Vraag de leverancier om het bestand met de sleutel.</translation>
    </message>
    <message>
        <source>The card reader software (PKCS#11 module) could not be loaded. Check the path.</source>
        <translation>De software van de kaartlezer (PKCS#11-module) kon niet worden geladen. Controleer het pad.</translation>
    </message>
    <message>
        <source>The card (token) was not found. Is the UZI-pas in the reader, and is the label right?</source>
        <translation>De kaart (token) is niet gevonden. Zit de UZI-pas in de lezer en klopt het label?</translation>
    </message>
    <message>
        <source>The PIN is not correct.</source>
        <translation>De pincode klopt niet.</translation>
    </message>
    <message>
        <source>The card is locked after too many wrong PINs. Unblock it with its PUK.</source>
        <translation>De kaart is geblokkeerd na te veel verkeerde pincodes. Deblokkeer hem met de PUK-code.</translation>
    </message>
    <message>
        <source>The card has no certificate to sign with.</source>
        <translation>De kaart heeft geen certificaat om mee te ondertekenen.</translation>
    </message>
    <message>
        <source>This file is not a PDF document, or it is damaged.</source>
        <translation>Dit bestand is geen PDF-document, of het is beschadigd.</translation>
    </message>
    <message>
        <source>This PDF is protected: give its password.</source>
        <translation>Deze PDF is beveiligd: geef het wachtwoord.</translation>
    </message>
    <message>
        <source>The password does not open this PDF.</source>
        <translation>Het wachtwoord opent deze PDF niet.</translation>
    </message>
    <message>
        <source>This PDF is already signed.</source>
        <translation>Deze PDF is al ondertekend.</translation>
    </message>
    <message>
        <source>Signing the document failed.</source>
        <translation>Het ondertekenen van het document is mislukt.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Er ging iets mis.</translation>
    </message>
    <message>
        <source>Incorrect combination of user and passphrase.</source>
        <translation>Onjuiste combinatie van gebruiker en wachtwoord</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait {seconds} seconds before trying again.</source>
        <translation>Te veel mislukte pogingen. Wacht {seconds} seconden voordat u het opnieuw probeert.</translation>
    </message>
    <message>
        <source>This recovery key does not fit this vault.</source>
        <translation>Deze herstelsleutel past niet bij deze kluis.</translation>
    </message>
    <message>
        <source>There is no vault in {path}.</source>
        <translation>Er is geen kluis in {path}.</translation>
    </message>
    <message>
        <source>There is already a vault in {path}; nothing was changed.</source>
        <translation>Er staat al een kluis in {path}; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The key file {path} is missing. Without it the vault cannot be opened: restore it from a backup.</source>
        <translation>Het sleutelbestand {path} ontbreekt. Zonder dit bestand kan de kluis niet worden geopend: zet het terug uit een reservekopie.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged or is not a Wijkzorg key file ({reason}).</source>
        <translation>Het sleutelbestand {path} is beschadigd of is geen Wijkzorg-sleutelbestand ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not a Wijkzorg vault, is damaged at its start, or belongs to another key file.</source>
        <translation>{path} is geen Wijkzorg-kluis, is aan het begin beschadigd, of hoort bij een ander sleutelbestand.</translation>
    </message>
    <message>
        <source>The vault is damaged ({problems}). Restore it from a backup and call your IT support.</source>
        <translation>De kluis is beschadigd ({problems}). Zet een reservekopie terug en neem contact op met uw ICT-ondersteuning.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Wijkzorg Desktop (schema {found}; this program knows up to {supported}). Install the newer version; nothing was changed.</source>
        <translation>Deze kluis is gemaakt door een nieuwere versie van Wijkzorg Desktop (schema {found}; dit programma kent tot en met {supported}). Installeer de nieuwere versie; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Updating the vault to schema {version} ({name}) failed: {reason}. The vault stays at schema {current}; a copy from before the update is in {backup}.</source>
        <translation>Bijwerken van de kluis naar schema {version} ({name}) is mislukt: {reason}. De kluis blijft op schema {current}; een kopie van vóór het bijwerken staat in {backup}.</translation>
    </message>
    <message>
        <source>The vault is already open: user {login} on workstation {host} (process {pid}).</source>
        <translation>De kluis is al geopend: gebruiker {login} op werkplek {host} (proces {pid}).</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Nothing that was saved has been lost.</source>
        <translation>Kon {path} niet schrijven: {reason}. Er is niets verloren gegaan van wat al was opgeslagen.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation>Het wachtwoord moet minstens {minimum} tekens hebben.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
        <source>A login name has 2 to 32 characters: lower-case letters, digits, dot, hyphen or underscore.</source>
        <translation>Een inlognaam heeft 2 tot 32 tekens: kleine letters, cijfers, punt, koppelteken of liggend streepje.</translation>
    </message>
    <message>
        <source>Fill in: {field}.</source>
        <translation>Vul in: {field}.</translation>
    </message>
    <message>
        <source>{field} is not valid: {reason}.</source>
        <translation>{field} is niet geldig: {reason}.</translation>
    </message>
    <message>
        <source>There is already a user with login {login}.</source>
        <translation>Er is al een gebruiker met inlognaam {login}.</translation>
    </message>
    <message>
        <source>There is no active user with login {login}.</source>
        <translation>Er is geen actieve gebruiker met inlognaam {login}.</translation>
    </message>
    <message>
        <source>{login} is the last active administrator and cannot be deactivated or demoted.</source>
        <translation>{login} is de laatste actieve beheerder en kan niet worden gedeactiveerd of een andere rol krijgen.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this: {what}.</source>
        <translation>Uw rol ({role}) mag dit niet: {what}.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields ({fields}).</source>
        <translation>Niet opgeslagen: verbeter de gemarkeerde velden ({fields}).</translation>
    </message>
    <message>
        <source>{what} no longer exists; perhaps someone else removed it.</source>
        <translation>{what} bestaat niet meer; misschien heeft iemand anders het verwijderd.</translation>
    </message>
    <message>
        <source>{name} is involved in a case and cannot be deleted. Mark the person as departed instead.</source>
        <translation>{name} is betrokken bij een casus en kan niet worden verwijderd. Markeer de persoon in plaats daarvan als vertrokken.</translation>
    </message>
    <message>
        <source>The departure date {day} lies in the future; mark the person as departed on or after that day.</source>
        <translation>De vertrekdatum {day} ligt in de toekomst; markeer de persoon op of na die dag als vertrokken.</translation>
    </message>
    <message>
        <source>A person cannot succeed themselves; choose someone else or no one.</source>
        <translation>Iemand kan niet zijn eigen opvolger zijn; kies een ander of niemand.</translation>
    </message>
    <message>
        <source>{name} still has {count} people on the contact map; delete or move them first.</source>
        <translation>{name} heeft nog {count} personen op de sociale kaart; verwijder of verplaats die eerst.</translation>
    </message>
    <message>
        <source>{path} cannot be imported as contacts: {reason}. Nothing was imported.</source>
        <translation>{path} kan niet als contacten worden geïmporteerd: {reason}. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The import stopped at row {number}: {reason}. Nothing was imported.</source>
        <translation>Het importeren is gestopt bij rij {number}: {reason}. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>{label} is closed and can only be read. Reopen it to change it.</source>
        <translation>{label} is gesloten en kan alleen worden ingezien. Heropen de casus om iets te wijzigen.</translation>
    </message>
    <message>
        <source>Give the reason: {what}.</source>
        <translation>Geef de reden: {what}.</translation>
    </message>
    <message>
        <source>This case may not be shared with {recipient} for this purpose: {reasons}. Record consent, or a basis for sharing without consent, first.</source>
        <translation>Deze casus mag niet voor dit doel met {recipient} worden gedeeld: {reasons}. Leg eerst toestemming vast, of een grondslag om zonder toestemming te delen.</translation>
    </message>
    <message>
        <source>The practice has no signing certificate yet. An administrator sets one up under Beheer.</source>
        <translation>De praktijk heeft nog geen certificaat om te ondertekenen. Een beheerder stelt dat in onder Beheer.</translation>
    </message>
    <message>
        <source>{name} still has {count} promises or plan items in this case; they keep who promised what, so the party stays. Mark them done or give them to someone else first.</source>
        <translation>{name} heeft nog {count} toezeggingen of afspraken in het plan van deze casus; die houden vast wie wat beloofde, dus de partij blijft. Markeer ze eerst als nagekomen of geef ze aan iemand anders.</translation>
    </message>
    <message>
        <source>This case may be discussed only anonymously: {reasons}. Record consent for discussion in a meeting, or a weighing, first; or discuss it anonymously.</source>
        <translation>Deze casus mag alleen anoniem besproken worden: {reasons}. Leg eerst toestemming voor bespreking in een overleg vast, of een afweging; of bespreek de casus anoniem.</translation>
    </message>
    <message>
        <source>An anonymous item may not name {details}: in a small neighbourhood that is enough to recognise the family. Leave them out, or discuss the case identifiably with consent.</source>
        <translation>Een anoniem punt mag {details} niet noemen: in een kleine wijk is dat genoeg om het gezin te herkennen. Laat het weg, of bespreek de casus herkenbaar met toestemming.</translation>
    </message>
    <message>
        <source>The minutes of this meeting are final; nothing in them can be changed.</source>
        <translation>Het verslag van dit overleg is definitief; er kan niets meer in veranderen.</translation>
    </message>
    <message>
        <source>This meeting has {count} agenda items or actions and cannot be deleted. Remove them first.</source>
        <translation>Dit overleg heeft {count} agendapunten of acties en kan niet verwijderd worden. Verwijder die eerst.</translation>
    </message>
    <message>
        <source>This meeting has been held; who came is kept, so it cannot be deleted.</source>
        <translation>Dit overleg is gehouden; wie er waren blijft bewaard, dus het kan niet verwijderd worden.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}). Nothing that was saved has been lost.</source>
        <translation>Er ging onverwacht iets mis ({kind}). Er is niets verloren gegaan van wat al was opgeslagen.</translation>
    </message>
    <message>
        <source>Wijkzorg Desktop</source>
        <translation>Wijkzorg Desktop</translation>
    </message>
    <message>
        <source>The certificate cannot be read.</source>
        <translation>Het certificaat is niet te lezen.</translation>
    </message>
    <message>
        <source>The certificate's key is not an RSA key; transfer files are encrypted to RSA keys only.</source>
        <translation>De sleutel van het certificaat is geen RSA-sleutel; overdrachtsbestanden worden alleen voor RSA-sleutels versleuteld.</translation>
    </message>
    <message>
        <source>The certificate's RSA key is shorter than 2048 bits.</source>
        <translation>De RSA-sleutel van het certificaat is korter dan 2048 bits.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>Het certificaat is verlopen.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet.</source>
        <translation>Het certificaat is nog niet geldig.</translation>
    </message>
    <message>
        <source>The certificate may not be used for encryption (its key usage lacks keyEncipherment).</source>
        <translation>Het certificaat mag niet voor versleutelen worden gebruikt (het sleutelgebruik mist keyEncipherment).</translation>
    </message>
    <message>
        <source>This file is not an encrypted or signed transfer file (CMS, .p7m).</source>
        <translation>Dit bestand is geen versleuteld of ondertekend overdrachtsbestand (CMS, .p7m).</translation>
    </message>
    <message>
        <source>The transfer file is damaged or has been altered; nothing was read from it.</source>
        <translation>Het overdrachtsbestand is beschadigd of gewijzigd; er is niets uit gelezen.</translation>
    </message>
    <message>
        <source>The transfer file is encrypted for someone else: this certificate is not one of its recipients.</source>
        <translation>Het overdrachtsbestand is voor een ander versleuteld: dit certificaat is geen van de ontvangers.</translation>
    </message>
    <message>
        <source>The password does not open this transfer file.</source>
        <translation>Dit wachtwoord opent het overdrachtsbestand niet.</translation>
    </message>
    <message>
        <source>This transfer file cannot be opened with a password: it is encrypted for a certificate.</source>
        <translation>Dit overdrachtsbestand is niet met een wachtwoord te openen: het is versleuteld voor een certificaat.</translation>
    </message>
    <message>
        <source>The signature does not match the content: the file has been altered, or was not signed with the certificate it names.</source>
        <translation>De handtekening klopt niet bij de inhoud: het bestand is gewijzigd, of niet ondertekend met het certificaat dat het noemt.</translation>
    </message>
    <message>
        <source>The transfer file holds no signature.</source>
        <translation>Het overdrachtsbestand bevat geen handtekening.</translation>
    </message>
    <message>
        <source>The transfer file uses an encryption or signature method this program does not accept.</source>
        <translation>Het overdrachtsbestand gebruikt een versleutel- of ondertekenmethode die dit programma niet aanvaardt.</translation>
    </message>
    <message>
        <source>The transfer file is too large (at most 200 MB).</source>
        <translation>Het overdrachtsbestand is te groot (hoogstens 200 MB).</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>The transfer file is damaged or has been altered; nothing was imported.</source>
        <translation>Het overdrachtsbestand is beschadigd of veranderd; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The transfer file does not hold what a Wijkzorg transfer file holds (manifest.json, case.json, overdracht.pdf); nothing was imported.</source>
        <translation>Het overdrachtsbestand bevat niet wat een overdrachtsbestand van Wijkzorg bevat (manifest.json, case.json, overdracht.pdf); er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>This is not a Wijkzorg transfer file (its format is {found}).</source>
        <translation>Dit is geen overdrachtsbestand van Wijkzorg (het formaat is {found}).</translation>
    </message>
    <message>
        <source>The transfer file was made by a newer version of Wijkzorg Desktop (schema {found}; this program knows up to {known}). Install the newer version; nothing was imported.</source>
        <translation>Het overdrachtsbestand is gemaakt door een nieuwere versie van Wijkzorg Desktop (schema {found}; dit programma kent tot en met {known}). Installeer de nieuwere versie; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The transfer file has been altered: {name} does not match its manifest; nothing was imported.</source>
        <translation>Het overdrachtsbestand is veranderd: {name} komt niet overeen met het manifest; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>This recipient has no certificate in the sociale kaart; choose a password instead.</source>
        <translation>Deze ontvanger heeft geen certificaat in de sociale kaart; kies in plaats daarvan een wachtwoord.</translation>
    </message>
    <message>
        <source>This transfer file is opened with a password; give the password that was passed on to you.</source>
        <translation>Dit overdrachtsbestand gaat open met een wachtwoord; geef het wachtwoord dat u is doorgegeven.</translation>
    </message>
    <message>
        <source>The transfer file is signed by {signer} (certificate {sha256}), whom this practice does not trust: {reason} Nothing was imported.</source>
        <translation>Het overdrachtsbestand is ondertekend door {signer} (certificaat {sha256}), die deze praktijk niet vertrouwt: {reason} Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The manifest names another sender certificate than the one that signed the transfer file; nothing was imported.</source>
        <translation>Het manifest noemt een ander certificaat van de afzender dan het certificaat waarmee het overdrachtsbestand is ondertekend; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>This transfer file (bundle {bundle_id}) was already imported on {when}; it is not imported twice.</source>
        <translation>Dit overdrachtsbestand (bundel {bundle_id}) is al geïmporteerd op {when}; het wordt niet twee keer geïmporteerd.</translation>
    </message>
    <message>
        <source>This practice sent this transfer file itself; it is not imported as a new case.</source>
        <translation>Deze praktijk heeft dit overdrachtsbestand zelf verstuurd; het wordt niet als nieuwe casus geïmporteerd.</translation>
    </message>
    <message>
        <source>This transfer file was made for {name}, not for this practice; nothing was imported.</source>
        <translation>Dit overdrachtsbestand is gemaakt voor {name}, niet voor deze praktijk; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The handover inside the transfer file is not a PDF; nothing was imported.</source>
        <translation>Het overdrachtsdocument in het overdrachtsbestand is geen PDF; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>the certificate is unknown.</source>
        <translation>het certificaat is onbekend.</translation>
    </message>
    <message>
        <source>The export could not be encrypted: {reason}</source>
        <translation>De export kon niet worden versleuteld: {reason}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>practice name</source>
        <translation>praktijknaam</translation>
    </message>
    <message>
        <source>lock after minutes</source>
        <translation>vergrendelen na minuten</translation>
    </message>
    <message>
        <source>check contacts after months</source>
        <translation>contacten controleren na maanden</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>volledige naam</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificaat</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>bereikbaarheid</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>kanalen</translation>
    </message>
    <message>
        <source>general number</source>
        <translation>algemeen nummer</translation>
    </message>
    <message>
        <source>crisis number</source>
        <translation>crisisnummer</translation>
    </message>
    <message>
        <source>secure e-mail</source>
        <translation>beveiligde e-mail</translation>
    </message>
    <message>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <source>liaison in our practice</source>
        <translation>contactpersoon in onze praktijk</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formaat</translation>
    </message>
    <message>
        <source>initials</source>
        <translation>initialen</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation>geboortejaar</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patiënt</translation>
    </message>
    <message>
        <source>number of children</source>
        <translation>aantal kinderen</translation>
    </message>
    <message>
        <source>ages of the children</source>
        <translation>leeftijden van de kinderen</translation>
    </message>
    <message>
        <source>next check</source>
        <translation>volgende check</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>grondslag</translation>
    </message>
    <message>
        <source>person or organisation</source>
        <translation>persoon of organisatie</translation>
    </message>
    <message>
        <source>role in this case</source>
        <translation>rol in deze casus</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>toezegging</translation>
    </message>
    <message>
        <source>goal or agreement</source>
        <translation>doel of afspraak</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>meldcode step</source>
        <translation>stap van de meldcode</translation>
    </message>
    <message>
        <source>afwegingskader</source>
        <translation>afwegingskader</translation>
    </message>
    <message>
        <source>who the member is</source>
        <translation>wie het lid is</translation>
    </message>
    <message>
        <source>name of the meeting</source>
        <translation>naam van het overleg</translation>
    </message>
    <message>
        <source>duration in minutes</source>
        <translation>duur in minuten</translation>
    </message>
    <message>
        <source>who the attendee is</source>
        <translation>wie de deelnemer is</translation>
    </message>
    <message>
        <source>replaced by</source>
        <translation>vervangen door</translation>
    </message>
    <message>
        <source>subject of the agenda item</source>
        <translation>onderwerp van het agendapunt</translation>
    </message>
    <message>
        <source>case</source>
        <translation>casus</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>besluit</translation>
    </message>
    <message>
        <source>feedback received</source>
        <translation>terugkoppeling ontvangen</translation>
    </message>
    <message>
        <source>what</source>
        <translation>wat</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>vingerafdruk</translation>
    </message>
    <message>
        <source>how it was checked</source>
        <translation>hoe gecontroleerd</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>folder not found</source>
        <translation>map niet gevonden</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>bestand niet gevonden</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>geen toegang</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>schijf vol</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>is een map</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>een deel van het pad is geen map</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>bestaat al</translation>
    </message>
    <message>
        <source>name too long</source>
        <translation>naam te lang</translation>
    </message>
    <message>
        <source>read or write error on the disk</source>
        <translation>lees- of schrijffout op de schijf</translation>
    </message>
    <message>
        <source>in use by another program</source>
        <translation>in gebruik door een ander programma</translation>
    </message>
    <message>
        <source>too many open files</source>
        <translation>te veel open bestanden</translation>
    </message>
    <message>
        <source>too many symbolic links</source>
        <translation>te veel symbolische koppelingen</translation>
    </message>
    <message>
        <source>file too large</source>
        <translation>bestand te groot</translation>
    </message>
    <message>
        <source>the name is not valid here</source>
        <translation>de naam is hier niet geldig</translation>
    </message>
    <message>
        <source>system error {code}</source>
        <translation>systeemfout {code}</translation>
    </message>
</context>
<context>
    <name>followups</name>
    <message>
        <source>call back</source>
        <translation>terugbellen</translation>
    </message>
    <message>
        <source>feedback from Veilig Thuis</source>
        <translation>terugkoppeling Veilig Thuis</translation>
    </message>
    <message>
        <source>monitor safety agreements</source>
        <translation>monitoring veiligheidsafspraken</translation>
    </message>
    <message>
        <source>repeat the kindcheck</source>
        <translation>kindcheck herhalen</translation>
    </message>
    <message>
        <source>appointment with a partner</source>
        <translation>afspraak partner</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <source>This follow-up</source>
        <translation>Deze opvolging</translation>
    </message>
    <message>
        <source>why it is no longer needed</source>
        <translation>waarom het niet meer nodig is</translation>
    </message>
</context>
<context>
    <name>kindcheck</name>
    <message>
        <source>long-lasting depression</source>
        <translation>langdurige depressie</translation>
    </message>
    <message>
        <source>addiction</source>
        <translation>verslaving</translation>
    </message>
    <message>
        <source>psychosis</source>
        <translation>psychose</translation>
    </message>
    <message>
        <source>suicide attempt</source>
        <translation>suïcidepoging</translation>
    </message>
    <message>
        <source>domestic violence</source>
        <translation>huiselijk geweld</translation>
    </message>
    <message>
        <source>serious physical illness</source>
        <translation>ernstige somatische ziekte</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>doubt</source>
        <translation>twijfel</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>discuss with the GP</source>
        <translation>bespreken met huisarts</translation>
    </message>
    <message>
        <source>ask Veilig Thuis for advice</source>
        <translation>advies Veilig Thuis</translation>
    </message>
    <message>
        <source>contact the wijkteam or CJG</source>
        <translation>contact wijkteam/CJG</translation>
    </message>
    <message>
        <source>start the meldcode</source>
        <translation>meldcode starten</translation>
    </message>
    <message>
        <source>before the kindcheck itself</source>
        <translation>ligt vóór de kindcheck zelf</translation>
    </message>
    <message>
        <source>This kindcheck</source>
        <translation>Deze kindcheck</translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <source>neighbourhood meeting</source>
        <translation>sociaal wijkoverleg</translation>
    </message>
    <message>
        <source>neighbourhood meeting on youth</source>
        <translation>wijkoverleg jeugd</translation>
    </message>
    <message>
        <source>multidisciplinary meeting</source>
        <translation>MDO</translation>
    </message>
    <message>
        <source>GPs and partners</source>
        <translation>huisartsenoverleg met partners</translation>
    </message>
    <message>
        <source>internal meeting</source>
        <translation>intern overleg</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wekelijks</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>elke twee weken</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>maandelijks</translation>
    </message>
    <message>
        <source>every two months</source>
        <translation>elke twee maanden</translation>
    </message>
    <message>
        <source>twice a year</source>
        <translation>halfjaarlijks</translation>
    </message>
    <message>
        <source>when needed</source>
        <translation>wanneer nodig</translation>
    </message>
    <message>
        <source>member</source>
        <translation>lid</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>voorzitter</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>notulist</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <source>minutes final</source>
        <translation>verslag definitief</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>verwacht</translation>
    </message>
    <message>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>vervangen</translation>
    </message>
    <message>
        <source>case</source>
        <translation>casus</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thema</translation>
    </message>
    <message>
        <source>sociale kaart</source>
        <translation>sociale kaart</translation>
    </message>
    <message>
        <source>yearly evaluation</source>
        <translation>jaarevaluatie</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anoniem</translation>
    </message>
    <message>
        <source>identifiable</source>
        <translation>herkenbaar</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>No names, initials, birth years, address or school: in a small neighbourhood a few details are enough to recognise a family.</source>
        <translation>Geen namen, initialen, geboortejaren, adres of school: in een kleine wijk zijn een paar details genoeg om een gezin te herkennen.</translation>
    </message>
    <message>
        <source>This meeting</source>
        <translation>Dit overleg</translation>
    </message>
    <message>
        <source>This meeting series</source>
        <translation>Deze overlegreeks</translation>
    </message>
    <message>
        <source>This agenda item</source>
        <translation>Dit agendapunt</translation>
    </message>
    <message>
        <source>This action</source>
        <translation>Deze actie</translation>
    </message>
    <message>
        <source>a meeting is held before its minutes are made final</source>
        <translation>een overleg wordt eerst gehouden, daarna wordt het verslag definitief</translation>
    </message>
    <message>
        <source>remove the action and add a new one for someone else</source>
        <translation>verwijder de actie en maak een nieuwe voor iemand anders</translation>
    </message>
    <message>
        <source>it is done or dropped already and stays in the minutes</source>
        <translation>die is al gedaan of vervallen en blijft in het verslag</translation>
    </message>
    <message>
        <source>no attendee of this meeting is called {name}</source>
        <translation>geen deelnemer van dit overleg heet {name}</translation>
    </message>
    <message>
        <source>more than one attendee of this meeting is called {name}</source>
        <translation>meer dan één deelnemer van dit overleg heet {name}</translation>
    </message>
    <message>
        <source>Copy for</source>
        <translation>Kopie voor</translation>
    </message>
    <message>
        <source>only an attendee of this meeting gets a copy</source>
        <translation>alleen een deelnemer van dit overleg krijgt een kopie</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>not on the sociale kaart: consent cannot be recorded</source>
        <translation>staat niet op de sociale kaart: toestemming kan niet vastgelegd worden</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>Deze gebruiker</translation>
    </message>
    <message>
        <source>This attendee</source>
        <translation>Deze deelnemer</translation>
    </message>
    <message>
        <source>an item stays about what it was about: remove it and add another</source>
        <translation>een agendapunt blijft over wat het was: verwijder het en voeg een nieuw toe</translation>
    </message>
    <message>
        <source>This decision</source>
        <translation>Dit besluit</translation>
    </message>
</context>
<context>
    <name>meldcode</name>
    <message>
        <source>1. Map the signals (including the kindcheck)</source>
        <translation>1. Signalen in kaart brengen (met de kindcheck)</translation>
    </message>
    <message>
        <source>2. Consult a colleague and ask Veilig Thuis for advice</source>
        <translation>2. Collegiale consultatie en advies Veilig Thuis</translation>
    </message>
    <message>
        <source>3. Talk with the client</source>
        <translation>3. Gesprek met de cliënt</translation>
    </message>
    <message>
        <source>4. Weigh (afwegingskader)</source>
        <translation>4. Wegen (afwegingskader)</translation>
    </message>
    <message>
        <source>5. Decide: report and/or give or organise help</source>
        <translation>5. Beslissen: melden en/of hulp bieden of organiseren</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <source>confidential doctor</source>
        <translation>vertrouwensarts</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>collega</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>advies</translation>
    </message>
    <message>
        <source>report (melding)</source>
        <translation>melding</translation>
    </message>
    <message>
        <source>reporter (melder)</source>
        <translation>melder</translation>
    </message>
    <message>
        <source>informant</source>
        <translation>informant</translation>
    </message>
    <message>
        <source>answer the next question first</source>
        <translation>beantwoord eerst de volgende vraag</translation>
    </message>
    <message>
        <source>why this was decided</source>
        <translation>waarom dit besloten is</translation>
    </message>
    <message>
        <source>why Veilig Thuis was not asked for advice (step 2)</source>
        <translation>waarom geen advies aan Veilig Thuis is gevraagd (stap 2)</translation>
    </message>
    <message>
        <source>before the contact itself</source>
        <translation>ligt vóór het contact zelf</translation>
    </message>
    <message>
        <source>This Veilig Thuis contact</source>
        <translation>Dit contact met Veilig Thuis</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>Very weak: use a sentence of several unrelated words.</source>
        <translation>Zeer zwak: gebruik een zin van meerdere losse woorden.</translation>
    </message>
    <message>
        <source>Weak: add more words or characters.</source>
        <translation>Zwak: voeg meer woorden of tekens toe.</translation>
    </message>
    <message>
        <source>Fair: a few more words make it strong.</source>
        <translation>Redelijk: met een paar woorden meer wordt het sterk.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Zeer sterk.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>The document has no pages.</source>
        <translation>Het document heeft geen pagina's.</translation>
    </message>
    <message>
        <source>The printer does not take A4 paper.</source>
        <translation>De printer kan niet op A4-papier afdrukken.</translation>
    </message>
    <message>
        <source>The printer could not start. Check that it is switched on and connected, or choose another printer.</source>
        <translation>De printer kon niet starten. Controleer of de printer aanstaat en aangesloten is, of kies een andere printer.</translation>
    </message>
    <message>
        <source>The printer stopped after page {page}.</source>
        <translation>De printer is gestopt na pagina {page}.</translation>
    </message>
    <message>
        <source>The document has no pages {first} to {last}.</source>
        <translation>Het document heeft geen pagina {first} tot en met {last}.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Huisarts</translation>
    </message>
    <message>
        <source>Mental-health nurse (POH-GGZ)</source>
        <translation>POH-GGZ</translation>
    </message>
    <message>
        <source>Practice assistant</source>
        <translation>Doktersassistent</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>general practitioner</source>
        <translation>huisarts</translation>
    </message>
    <message>
        <source>mental-health nurse</source>
        <translation>poh-ggz</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>assistent</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gebruikers beheren</translation>
    </message>
    <message>
        <source>change the practice settings</source>
        <translation>de praktijkinstellingen wijzigen</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>het auditlog inzien</translation>
    </message>
    <message>
        <source>export the whole vault</source>
        <translation>de hele kluis exporteren</translation>
    </message>
    <message>
        <source>check the vault</source>
        <translation>de kluis controleren</translation>
    </message>
    <message>
        <source>view the contact map</source>
        <translation>de sociale kaart bekijken</translation>
    </message>
    <message>
        <source>change the contact map</source>
        <translation>de sociale kaart wijzigen</translation>
    </message>
    <message>
        <source>view cases and kindchecks</source>
        <translation>casussen en kindchecks inzien</translation>
    </message>
    <message>
        <source>work on cases and kindchecks</source>
        <translation>aan casussen en kindchecks werken</translation>
    </message>
    <message>
        <source>see follow-ups</source>
        <translation>opvolging inzien</translation>
    </message>
    <message>
        <source>work on follow-ups</source>
        <translation>aan opvolging werken</translation>
    </message>
    <message>
        <source>see meeting dates and attendance</source>
        <translation>overlegdata en aanwezigheid zien</translation>
    </message>
    <message>
        <source>keep meeting dates and attendance</source>
        <translation>overlegdata en aanwezigheid bijhouden</translation>
    </message>
    <message>
        <source>prepare and hold meetings</source>
        <translation>overleggen voorbereiden en houden</translation>
    </message>
    <message>
        <source>sign documents for the practice</source>
        <translation>documenten namens de praktijk ondertekenen</translation>
    </message>
    <message>
        <source>confirm a partner's certificate</source>
        <translation>het certificaat van een partner bevestigen</translation>
    </message>
    <message>
        <source>make the follow-up list of everyone</source>
        <translation>de opvolglijst van iedereen maken</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <source>Administration</source>
        <translation>Beheer</translation>
    </message>
</context>
<context>
    <name>trust</name>
    <message>
        <source>The signature gives the name {signer}, but the certificate belongs to {owner}.</source>
        <translation>De handtekening noemt {signer}, maar het certificaat is van {owner}.</translation>
    </message>
    <message>
        <source>The certificate is stored with {owner}, but its fingerprint has not been confirmed with them; until it is, it vouches for nobody.</source>
        <translation>Het certificaat staat bij {owner}, maar de vingerafdruk is niet met hen gecontroleerd; tot dat gebeurt, staat het voor niemand in.</translation>
    </message>
    <message>
        <source>The practice does not know this certificate: it is not its own, not a confirmed certificate of a contact, and not issued under a trusted root certificate.</source>
        <translation>De praktijk kent dit certificaat niet: het is niet het eigen certificaat, geen gecontroleerd certificaat van een contact en niet uitgegeven onder een vertrouwd basiscertificaat.</translation>
    </message>
    <message>
        <source>A certificate of this contact</source>
        <translation>Een certificaat van dit contact</translation>
    </message>
    <message>
        <source>it is not the fingerprint of the certificate stored with this contact</source>
        <translation>het is niet de vingerafdruk van het certificaat dat bij dit contact staat</translation>
    </message>
    <message>
        <source>say how and with whom the fingerprint was checked</source>
        <translation>vermeld hoe en met wie de vingerafdruk is gecontroleerd</translation>
    </message>
    <message>
        <source>give the root certificate a name the practice recognises</source>
        <translation>geef het basiscertificaat een naam die de praktijk herkent</translation>
    </message>
    <message>
        <source>this root certificate is trusted already</source>
        <translation>dit basiscertificaat wordt al vertrouwd</translation>
    </message>
    <message>
        <source>This root certificate</source>
        <translation>Dit basiscertificaat</translation>
    </message>
</context>
</TS>