<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>&amp;New measure</source>
        <translation>&amp;Ny åtgärd</translation>
    </message>
    <message>
        <source>A new measure (Ctrl+Shift+E)</source>
        <translation>En ny åtgärd (Ctrl+Skift+E)</translation>
    </message>
    <message>
        <source>&amp;Add a measure here</source>
        <translation>Lägg till åtgärd &amp;här</translation>
    </message>
    <message>
        <source>A new measure in the chosen cell of the grid (Ctrl+Shift+G)</source>
        <translation>En ny åtgärd i den valda rutan i rutnätet (Ctrl+Skift+G)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ppna</translation>
    </message>
    <message>
        <source>Open the chosen measure (Enter)</source>
        <translation>Öppna den valda åtgärden (Retur)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Delete the chosen measures (Delete). Undo brings them back.</source>
        <translation>Ta bort de valda åtgärderna (Delete). Ångra tar tillbaka dem.</translation>
    </message>
    <message>
        <source>&amp;Labels of points and tracks…</source>
        <translation>&amp;Benämningar på punkter och spår…</translation>
    </message>
    <message>
        <source>Follow-up &amp;round</source>
        <translation>Uppföljnings&amp;runda</translation>
    </message>
    <message>
        <source>Forms for the departments&apos; reporting on their measures</source>
        <translation>Formulär för förvaltningarnas rapportering om sina åtgärder</translation>
    </message>
    <message>
        <source>Export follow-up forms…</source>
        <translation>Exportera uppföljningsformulär…</translation>
    </message>
    <message>
        <source>Read in filled forms…</source>
        <translation>Läs in ifyllda formulär…</translation>
    </message>
    <message>
        <source>Coverage: ECCAR points × tracks (cancelled measures not counted)</source>
        <translation>Täckning: ECCAR-punkter × spår (avbrutna åtgärder räknas inte)</translation>
    </message>
    <message>
        <source>&amp;Point:</source>
        <translation>P&amp;unkt:</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>&amp;Spår:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>&amp;Förvaltning:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>Ans&amp;varig:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Möte:</translation>
    </message>
    <message>
        <source>Only o&amp;verdue</source>
        <translation>Endast försena&amp;de</translation>
    </message>
    <message>
        <source>Search measures…</source>
        <translation>Sök åtgärder…</translation>
    </message>
    <message>
        <source>Sho&amp;w all</source>
        <translation>Visa a&amp;lla</translation>
    </message>
    <message>
        <source>Goals and measures:</source>
        <translation>Mål och åtgärder:</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n measure(s) shown</source>
        <translation>
            <numerusform>%1 av %n åtgärd visas</numerusform>
            <numerusform>%1 av %n åtgärder visas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty cell(s) of 40.</source>
        <translation>
            <numerusform>%n tom ruta av 40.</numerusform>
            <numerusform>%n tomma rutor av 40.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing effort(s) from the mapping shown beside the measures.</source>
        <translation>
            <numerusform>%n befintlig insats från kartläggningen visas bredvid åtgärderna.</numerusform>
            <numerusform>%n befintliga insatser från kartläggningen visas bredvid åtgärderna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Points without any measure: %1.</source>
        <translation>Punkter utan någon åtgärd: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) without an ECCAR point.</source>
        <translation>
            <numerusform>%n åtgärd utan ECCAR-punkt.</numerusform>
            <numerusform>%n åtgärder utan ECCAR-punkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Any point</source>
        <translation>Alla punkter</translation>
    </message>
    <message>
        <source>No point yet</source>
        <translation>Ingen punkt ännu</translation>
    </message>
    <message>
        <source>Any track</source>
        <translation>Alla spår</translation>
    </message>
    <message>
        <source>No track yet</source>
        <translation>Inget spår ännu</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Open (not done or cancelled)</source>
        <translation>Öppna (ej genomförda eller avbrutna)</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>Alla förvaltningar</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alla ansvariga</translation>
    </message>
    <message>
        <source>Any meeting</source>
        <translation>Alla möten</translation>
    </message>
    <message>
        <source>No meeting of origin</source>
        <translation>Inget ursprungsmöte</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Ny åtgärd</translation>
    </message>
</context>
<context>
    <name>AddAttendeesDialog</name>
    <message>
        <source>Add participants to the meeting</source>
        <translation>Lägg till deltagare i mötet</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrera…</translation>
    </message>
    <message>
        <source>Choose &amp;all shown</source>
        <translation>Välj &amp;alla som visas</translation>
    </message>
    <message>
        <source>Choose &amp;none</source>
        <translation>Välj &amp;ingen</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n vald</numerusform>
            <numerusform>%n valda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Add agenda &amp;item</source>
        <translation>Lägg till &amp;punkt</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Ta bort punkt</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) in all</source>
        <translation>
            <numerusform>%n minut totalt</numerusform>
            <numerusform>%n minuter totalt</numerusform>
        </translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Ny punkt</translation>
    </message>
</context>
<context>
    <name>AgendaTemplate</name>
    <message>
        <source>Welcome and what happens with the results</source>
        <translation>Välkomna – vad händer med resultatet?</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Omgång %1</translation>
    </message>
    <message>
        <source>Change tables</source>
        <translation>Bordsbyte</translation>
    </message>
    <message>
        <source>Plenary harvest</source>
        <translation>Skörd i helgrupp</translation>
    </message>
    <message>
        <source>Next steps and closing</source>
        <translation>Nästa steg och avslutning</translation>
    </message>
    <message>
        <source>Follow-up: what have you done so far?</source>
        <translation>Uppföljning: vad har ni gjort hittills?</translation>
    </message>
    <message>
        <source>Decisions and next steps</source>
        <translation>Beslut och nästa steg</translation>
    </message>
    <message>
        <source>Discussion of the guiding questions</source>
        <translation>Diskussion om de vägledande frågorna</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Paus</translation>
    </message>
    <message>
        <source>Summary: goals and measures</source>
        <translation>Sammanfattning: mål och åtgärder</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Open the log folder</source>
        <extracomment>Object names, so tests (and accessibility tools) can find the two crash dialogs.</extracomment>
        <translation>Öppna loggmappen</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your work is saved. The details are in the log file:
%1</source>
        <translation>Något oväntat gick fel. Ditt arbete är sparat. Detaljerna finns i loggfilen:
%1</translation>
    </message>
    <message>
        <source>Facilitator stopped unexpectedly last time. The report was saved in %1.</source>
        <translation>Facilitator avslutades oväntat förra gången. Felrapporten sparades i %1.</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>True</source>
        <translation>Stämmer</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Delvis</translation>
    </message>
    <message>
        <source>Not true</source>
        <translation>Stämmer inte</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Ej bedömd</translation>
    </message>
    <message>
        <source>Internal evaluation</source>
        <extracomment>The ratings that are gaps: a goal can be made from them.</extracomment>
        <translation>Intern utvärdering</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Utvärdering utförd av kollegor</translation>
    </message>
    <message>
        <source>Preparing an action plan</source>
        <translation>Förbereda en handlingsplan</translation>
    </message>
    <message>
        <source>Evaluation group</source>
        <translation>Utvärderingsgrupp</translation>
    </message>
    <message>
        <source>Colleague from another city</source>
        <translation>Kollega från annan stad</translation>
    </message>
    <message>
        <source>Lead expert</source>
        <translation>Ledande expert</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Intressent</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Inte beslutat</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Samförstånd</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Omröstning</translation>
    </message>
    <message>
        <source>Coordinator decided</source>
        <translation>Samordnaren beslutade</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Information meeting</source>
        <translation>Informationsmöte</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Årsrapport</translation>
    </message>
    <message>
        <source>Monitoring data</source>
        <translation>Övervakningsdata</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>Pressmeddelande</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Intervju</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Fokusgrupp</translation>
    </message>
    <message>
        <source>Minutes of a meeting in this process</source>
        <translation>Minnesanteckningar från ett möte i processen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Not answered</source>
        <extracomment>Kinds whose notes are kept whole (the peer review saves all information from interviews).</extracomment>
        <translation>Inte besvarad</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Better than the baseline</source>
        <translation>Bättre än baslinjen</translation>
    </message>
    <message>
        <source>Worse than the baseline</source>
        <translation>Sämre än baslinjen</translation>
    </message>
    <message>
        <source>Same as the baseline</source>
        <translation>Som baslinjen</translation>
    </message>
    <message>
        <source>Not in the baseline</source>
        <translation>Fanns inte i baslinjen</translation>
    </message>
    <message>
        <source>Not assessed now</source>
        <translation>Inte bedömd nu</translation>
    </message>
</context>
<context>
    <name>AssessmentEdits</name>
    <message>
        <source>Only a self-assessment meeting or a World Café holds an assessment.</source>
        <translation>Bara ett möte för självskattning eller ett World Café kan ha en självskattning.</translation>
    </message>
    <message>
        <source>This meeting already has an assessment.</source>
        <translation>Mötet har redan en självskattning.</translation>
    </message>
    <message>
        <source>The assessment or the item no longer exists.</source>
        <translation>Självskattningen eller posten finns inte längre.</translation>
    </message>
    <message>
        <source>That value is not one the assessment knows.</source>
        <translation>Värdet är inte ett som självskattningen känner till.</translation>
    </message>
    <message>
        <source>That theme is not in the assessment&apos;s scope.</source>
        <translation>Temat ingår inte i den här självskattningen.</translation>
    </message>
    <message>
        <source>An open question is answered in words, not yes or no.</source>
        <translation>En öppen fråga besvaras med ord, inte med ja eller nej.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 2027-03-04.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-03-04.</translation>
    </message>
    <message>
        <source>Give the evidence a title, or choose the meeting whose minutes it is.</source>
        <translation>Ge belägget en titel, eller välj mötet vars minnesanteckningar det är.</translation>
    </message>
    <message>
        <source>The baseline must be an earlier assessment with the same framework.</source>
        <translation>Baslinjen måste vara en tidigare självskattning med samma ramverk.</translation>
    </message>
    <message>
        <source>Choose at least one theme to assess.</source>
        <translation>Välj minst ett tema att bedöma.</translation>
    </message>
    <message>
        <source>Write the person&apos;s name.</source>
        <translation>Skriv personens namn.</translation>
    </message>
    <message>
        <source>The process already has a framework with the key &quot;%1&quot;. Change the key in the file.</source>
        <translation>Processen har redan ett ramverk med nyckeln ”%1”. Ändra nyckeln i filen.</translation>
    </message>
    <message>
        <source>That table is not one of this meeting&apos;s café tables.</source>
        <translation>Bordet hör inte till det här mötets cafébord.</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Assess where the municipality stands against the key factors of the Integrating Cities toolkit. Choose how you work, then start.</source>
        <translation>Bedöm var kommunen står i förhållande till nyckelfaktorerna i Integrating Cities verktygslåda. Välj arbetssätt och börja.</translation>
    </message>
    <message>
        <source>&amp;Start the self-assessment</source>
        <translation>&amp;Börja självskattningen</translation>
    </message>
    <message>
        <source>Add a framework…</source>
        <translation>Lägg till ramverk…</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>Ramver&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>Arbets&amp;sätt:</translation>
    </message>
    <message>
        <source>Or continue the assessment of an earlier meeting (a series):</source>
        <translation>Eller fortsätt självskattningen från ett tidigare möte (en serie):</translation>
    </message>
    <message>
        <source>&amp;Continue it here</source>
        <translation>&amp;Fortsätt här</translation>
    </message>
    <message>
        <source>A list of your own, as a JSON file of the same shape as the built-in Integrating Cities framework.</source>
        <translation>En egen lista, som en JSON-fil med samma uppbyggnad som det inbyggda ramverket från Integrating Cities.</translation>
    </message>
    <message>
        <source>Key factors</source>
        <translation>Nyckelfaktorer</translation>
    </message>
    <message>
        <source>Scope, group and context</source>
        <translation>Omfattning, grupp och sammanhang</translation>
    </message>
    <message>
        <source>M&amp;ode</source>
        <translation>Arbets&amp;sätt</translation>
    </message>
    <message>
        <source>&amp;Baseline</source>
        <translation>Bas&amp;linje</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>&amp;Bedömning</translation>
    </message>
    <message>
        <source>Co&amp;nfirm</source>
        <translation>Be&amp;kräfta</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutat av</translation>
    </message>
    <message>
        <source>Who decided</source>
        <translation>Vem beslutade</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrkor</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Svagheter</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belägg</translation>
    </message>
    <message>
        <source>&amp;Attach evidence…</source>
        <translation>Lägg &amp;till belägg…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a piece of evidence whole.</source>
        <translation>Dubbelklicka eller tryck Enter för att öppna ett belägg i sin helhet.</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Vägledande frågor</translation>
    </message>
    <message>
        <source>Continues the assessment begun at %1</source>
        <translation>Fortsätter självskattningen som började %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>preliminary</source>
        <translation>preliminär</translation>
    </message>
    <message>
        <source>Examples from other cities: %1</source>
        <translation>Exempel från andra städer: %1</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Inte bedömd än</translation>
    </message>
    <message>
        <source>Preliminary: attach evidence or confirm</source>
        <translation>Preliminär: lägg till belägg eller bekräfta</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekräftad</translation>
    </message>
    <message>
        <source>Backed by evidence</source>
        <translation>Styrkt med belägg</translation>
    </message>
    <message>
        <source>From the room: %1</source>
        <translation>Från rummet: %1</translation>
    </message>
    <message>
        <source>Answer in words</source>
        <translation>Svara med ord</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Självskattning</translation>
    </message>
    <message>
        <source>Add a framework</source>
        <translation>Lägg till ramverk</translation>
    </message>
    <message>
        <source>Frameworks (*.json)</source>
        <translation>Ramverk (*.json)</translation>
    </message>
    <message>
        <source>The file %1 could not be read (%2). Nothing was added.</source>
        <translation>Filen %1 kunde inte läsas (%2). Inget lades till.</translation>
    </message>
    <message>
        <source>The framework was not added: %1</source>
        <translation>Ramverket lades inte till: %1</translation>
    </message>
</context>
<context>
    <name>AssessmentQuestionChoice</name>
    <message>
        <source>Self-assessment, &amp;guiding question:</source>
        <translation>Självskattning, vä&amp;gledande fråga:</translation>
    </message>
    <message>
        <source>The note is kept under this guiding question of the self-assessment.</source>
        <translation>Anteckningen sparas under den här vägledande frågan i självskattningen.</translation>
    </message>
    <message>
        <source>No guiding question</source>
        <translation>Ingen vägledande fråga</translation>
    </message>
</context>
<context>
    <name>AssessmentSetup</name>
    <message>
        <source>Themes assessed</source>
        <translation>Teman som bedöms</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation or city</source>
        <translation>Organisation eller stad</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove from the group</source>
        <translation>Ta bort ur gruppen</translation>
    </message>
    <message>
        <source>A theme per café table</source>
        <translation>Ett tema per cafébord</translation>
    </message>
    <message>
        <source>Environmental factors that explain the context</source>
        <translation>Miljöfaktorer som förklarar sammanhanget</translation>
    </message>
    <message>
        <source>Recommendations of the peer review</source>
        <translation>Den kollegiala granskningens rekommendationer</translation>
    </message>
    <message>
        <source>What the colleagues from other cities recommend; it becomes the follow-up report.</source>
        <translation>Vad kollegorna från andra städer rekommenderar; det blir uppföljningsrapporten.</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(inget tema)</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>&amp;Add from register…</source>
        <translation>&amp;Lägg till från registret…</translation>
    </message>
    <message>
        <source>&amp;Remove from meeting</source>
        <translation>&amp;Ta bort från mötet</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Importera lista…</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the list</source>
        <translation>
            <numerusform>%n på listan</numerusform>
            <numerusform>%n på listan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Facilitator keeps the latest backups of this process automatically. Restoring one replaces the content of the process; the current content is backed up first.</source>
        <translation>Facilitator sparar automatiskt de senaste säkerhetskopiorna av den här processen. Om du återställer en säkerhetskopia ersätts processens innehåll; det nuvarande innehållet säkerhetskopieras först.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
</context>
<context>
    <name>Cafe</name>
    <message>
        <source>Hosts this table in every round</source>
        <translation>Värd vid det här bordet i alla omgångar</translation>
    </message>
</context>
<context>
    <name>CafeSettings</name>
    <message>
        <source>World Café</source>
        <extracomment>Soft colours, one per table, readable with black text.</extracomment>
        <translation>World Café</translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation>&amp;Omgångar</translation>
    </message>
    <message>
        <source>Minutes per round</source>
        <translation>Minuter per omgång</translation>
    </message>
    <message>
        <source>Minutes to change tables</source>
        <translation>Minuter för bordsbyte</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>At each table</source>
        <translation>Vid varje bord</translation>
    </message>
    <message>
        <source>One question per round</source>
        <translation>En fråga per omgång</translation>
    </message>
    <message>
        <source>One question per table</source>
        <translation>En fråga per bord</translation>
    </message>
    <message>
        <source>A table host who stays</source>
        <translation>En bordsvärd som stannar</translation>
    </message>
    <message>
        <source>A moderator at each table</source>
        <translation>En moderator vid varje bord</translation>
    </message>
    <message>
        <source>Spread organisations over the tables</source>
        <translation>Sprid organisationerna över borden</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Due: %1</source>
        <extracomment>The calendar&apos;s PRODID (RFC 5545 §3.7.3). How far ahead the reminders reach (committee meetings and reporting rounds).</extracomment>
        <translation>Klart senast: %1</translation>
    </message>
    <message>
        <source>Committee meeting</source>
        <translation>Kommittémöte</translation>
    </message>
    <message>
        <source>%1: the departments report</source>
        <translation>%1: förvaltningarna rapporterar</translation>
    </message>
    <message>
        <source>Report to ECCAR</source>
        <translation>Rapport till ECCAR</translation>
    </message>
    <message>
        <source>Revision of the plan</source>
        <translation>Revidering av planen</translation>
    </message>
    <message>
        <source>Committee meeting (to be called)</source>
        <translation>Kommittémöte (ska kallas till)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <source>Measure: %1</source>
        <translation>Åtgärd: %1</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Ansvarig: %1</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Förvaltning: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Time frame: %1</source>
        <translation>Tidsram: %1</translation>
    </message>
    <message>
        <source>The deadline has passed.</source>
        <translation>Klart senast-datumet har passerats.</translation>
    </message>
    <message>
        <source>The departments report how far their measures have come (%1 – %2).</source>
        <translation>Förvaltningarna rapporterar hur långt de har kommit med sina åtgärder (%1 – %2).</translation>
    </message>
    <message>
        <source>ECCAR asks its members for a report every other year.</source>
        <translation>ECCAR kräver att medlemmarna lämnar in en rapport vartannat år.</translation>
    </message>
    <message>
        <source>The plan is reviewed and updated regularly.</source>
        <translation>Handlingsplanen granskas, uppdateras och anpassas regelbundet.</translation>
    </message>
    <message>
        <source>The implementation committee reviews the open measures: what have you done so far?</source>
        <translation>Genomförandekommittén går igenom de öppna åtgärderna: vad har ni gjort hittills?</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>the action plan</source>
        <translation>handlingsplanen</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Uppföljning: %1</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
</context>
<context>
    <name>CaptureOverviewModel</name>
    <message>
        <source>Round %1</source>
        <translation>Omgång %1</translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation>Ingen dagordningspunkt</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>No question</source>
        <translation>Ingen fråga</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Nothing captured here yet</source>
        <translation>Inget antecknat här ännu</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>%n bidrag</numerusform>
            <numerusform>%n bidrag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Omgång:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Bord:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Fråga:</translation>
    </message>
    <message>
        <source>&amp;Agenda item:</source>
        <translation>&amp;Dagordningspunkt:</translation>
    </message>
    <message>
        <source>&amp;Follow the running round</source>
        <translation>Följ &amp;pågående omgång</translation>
    </message>
    <message>
        <source>Switches to the round the timer is in as soon as it starts</source>
        <translation>Byter till den omgång som timern är i så fort den startar</translation>
    </message>
    <message>
        <source>Previous/next round: Ctrl+Up / Ctrl+Down in the text field</source>
        <translation>Föregående/nästa omgång: Ctrl+Upp / Ctrl+Ned i textfältet</translation>
    </message>
    <message>
        <source>Next/previous table: Tab / Shift+Tab in the text field</source>
        <translation>Nästa/föregående bord: Tabb / Skift+Tabb i textfältet</translation>
    </message>
    <message>
        <source>Next/previous agenda item: Tab / Shift+Tab in the text field</source>
        <translation>Nästa/föregående dagordningspunkt: Tabb / Skift+Tabb i textfältet</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>Det som &amp;sägs:</translation>
    </message>
    <message>
        <source>Type and press Enter to save. Shift+Enter: new line. Tab: next table. Ctrl+1…6: kind.</source>
        <translation>Skriv och tryck Enter för att spara. Skift+Enter: ny rad. Tabb: nästa bord. Ctrl+1…6: typ.</translation>
    </message>
    <message>
        <source>&amp;Mitigations:</source>
        <translation>Ris&amp;kåtgärder:</translation>
    </message>
    <message>
        <source>One way to reduce the risk per line. Ctrl+Enter saves the risk with them. Shift+Tab: back to the risk.</source>
        <translation>Ett sätt att minska risken per rad. Ctrl+Enter sparar risken med dem. Skift+Tabb: tillbaka till risken.</translation>
    </message>
    <message>
        <source>&amp;Captured</source>
        <translation>&amp;Antecknat</translation>
    </message>
    <message>
        <source>&amp;Edit text</source>
        <translation>Ändra te&amp;xt</translation>
    </message>
    <message>
        <source>Edit the text of the chosen contribution (F2)</source>
        <translation>Ändra texten i det valda bidraget (F2)</translation>
    </message>
    <message>
        <source>Miti&amp;gations…</source>
        <translation>Riskåt&amp;gärder…</translation>
    </message>
    <message>
        <source>Edit the mitigations of the chosen risk (Ctrl+Shift+R)</source>
        <translation>Ändra riskåtgärderna för den valda risken (Ctrl+Skift+R)</translation>
    </message>
    <message>
        <source>Mo&amp;ve to…</source>
        <translation>Fl&amp;ytta till…</translation>
    </message>
    <message>
        <source>Move the chosen contributions to another table, round or question (Ctrl+Shift+M)</source>
        <translation>Flytta de valda bidragen till ett annat bord, en annan omgång eller fråga (Ctrl+Skift+M)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Delete the chosen contributions (Delete); Undo brings them back</source>
        <translation>Ta bort de valda bidragen (Delete); Ångra tar tillbaka dem</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ö&amp;versikt</translation>
    </message>
    <message>
        <source>&amp;Overview: tables × rounds</source>
        <translation>&amp;Översikt: bord × omgångar</translation>
    </message>
    <message>
        <source>O&amp;nly this table and round</source>
        <translation>Visa &amp;endast detta bord och denna omgång</translation>
    </message>
    <message>
        <source>O&amp;nly this agenda item and question</source>
        <translation>Visa &amp;endast denna dagordningspunkt och fråga</translation>
    </message>
    <message>
        <source>Type the risk. Tab: its mitigations. Enter saves. Shift+Enter: new line. Ctrl+1…6: kind.</source>
        <translation>Skriv risken. Tabb: dess riskåtgärder. Enter sparar. Skift+Enter: ny rad. Ctrl+1…6: typ.</translation>
    </message>
    <message>
        <source>Type and press Enter to save. Shift+Enter: new line. Tab: next agenda item. Ctrl+1…6: kind.</source>
        <translation>Skriv och tryck Enter för att spara. Skift+Enter: ny rad. Tabb: nästa dagordningspunkt. Ctrl+1…6: typ.</translation>
    </message>
    <message>
        <source>Previous/next question: Ctrl+Up / Ctrl+Down in the text field</source>
        <translation>Föregående/nästa fråga: Ctrl+Upp / Ctrl+Ned i textfältet</translation>
    </message>
    <message>
        <source>Tables × rounds; amber: nothing captured yet. Click a cell to capture there.</source>
        <translation>Bord × omgångar; gult: inget antecknat ännu. Klicka på en ruta för att anteckna där.</translation>
    </message>
    <message>
        <source>Agenda items × questions; amber: nothing captured yet. Click a cell to capture there.</source>
        <translation>Dagordningspunkter × frågor; gult: inget antecknat ännu. Klicka på en ruta för att anteckna där.</translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation>Ingen dagordningspunkt</translation>
    </message>
    <message>
        <source>No question</source>
        <translation>Ingen fråga</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Omgång %1</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (pågår)</translation>
    </message>
    <message>
        <source>Not saved. %1 Press Enter to try again.</source>
        <translation>Inte sparat. %1 Tryck Enter för att försöka igen.</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Riskåtgärder</translation>
    </message>
    <message>
        <source>Ways to reduce the risk, one per line:</source>
        <translation>Sätt att minska risken, ett per rad:</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>%n bidrag</numerusform>
            <numerusform>%n bidrag</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 av %2 visas</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Risks and how to reduce them</source>
        <translation>Risker och åtgärder för att minimera dem</translation>
    </message>
    <message>
        <source>No risks were noted in the meetings.</source>
        <translation>Inga risker antecknades vid mötena.</translation>
    </message>
    <message>
        <source>Catalogue of measures</source>
        <translation>Åtgärdskatalog</translation>
    </message>
    <message>
        <source>ECCAR, action plan, measures</source>
        <translation>ECCAR, handlingsplan, åtgärder</translation>
    </message>
    <message>
        <source>Draft action plan</source>
        <translation>Utkast till handlingsplan</translation>
    </message>
    <message>
        <source>Action plan: consultation version</source>
        <translation>Handlingsplan: remissversion</translation>
    </message>
    <message>
        <source>Action plan approved by the departments</source>
        <translation>Handlingsplan godkänd av förvaltningarna</translation>
    </message>
    <message>
        <source>Adopted action plan</source>
        <translation>Antagen handlingsplan</translation>
    </message>
    <message>
        <source>(cancelled measures, not included: %1)</source>
        <translation>(avbrutna åtgärder, ingår inte: %1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Täckning</translation>
    </message>
    <message>
        <source>%1 of the 10 ECCAR points have at least one measure</source>
        <translation>%1 av ECCAR:s 10 punkter har minst en åtgärd</translation>
    </message>
    <message>
        <source>Coverage: ten points and four tracks</source>
        <translation>Täckning: tio punkter och fyra spår</translation>
    </message>
    <message>
        <source>Every point should have at least one measure and combine the four tracks, from information and advice to data collection and research. The number in a cell is the number of measures; shaded cells are gaps.</source>
        <translation>Varje punkt bör ha minst en åtgärd och kombinera de fyra spåren, från information och råd till informationsinsamling och forskning. Talet i en ruta är antalet åtgärder; skuggade rutor är luckor.</translation>
    </message>
    <message>
        <source>ECCAR point</source>
        <translation>ECCAR-punkt</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Spår %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>No point given</source>
        <translation>Ingen punkt angiven</translation>
    </message>
    <message>
        <source>Measures with a point but no track: %1.</source>
        <translation>Åtgärder med punkt men utan spår: %1.</translation>
    </message>
    <message>
        <source>Points without a measure: %1.</source>
        <translation>Punkter utan åtgärd: %1.</translation>
    </message>
    <message>
        <source>Measures without an ECCAR point</source>
        <translation>Åtgärder utan ECCAR-punkt</translation>
    </message>
    <message>
        <source>No measure yet under this point.</source>
        <translation>Ingen åtgärd ännu under den här punkten.</translation>
    </message>
    <message>
        <source>No track given</source>
        <translation>Inget spår angivet</translation>
    </message>
    <message>
        <source>Owners and deadlines</source>
        <translation>Ansvariga och tidsplan</translation>
    </message>
    <message>
        <source>There are no measures yet.</source>
        <translation>Det finns inga åtgärder ännu.</translation>
    </message>
    <message>
        <source>No department given</source>
        <translation>Ingen förvaltning angiven</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Appendix: where each measure came from</source>
        <translation>Bilaga: åtgärdernas ursprung</translation>
    </message>
    <message>
        <source>Each measure with the meetings and the contributions or themes it was built on.</source>
        <translation>Varje åtgärd med de möten och de bidrag eller teman den bygger på.</translation>
    </message>
    <message>
        <source>No contribution linked.</source>
        <translation>Inget bidrag kopplat.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Contribution or theme</source>
        <translation>Bidrag eller tema</translation>
    </message>
    <message numerus="yes">
        <source>The plan was drawn up from %n meeting(s) held on %1.</source>
        <translation>
            <numerusform>Planen togs fram vid %n möte den %1.</numerusform>
            <numerusform>Planen togs fram vid %n möten den %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan was drawn up from %n meeting(s) held between %1 and %2.</source>
        <translation>
            <numerusform>Planen togs fram vid %n möte mellan %1 och %2.</numerusform>
            <numerusform>Planen togs fram vid %n möten mellan %1 och %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all, %n different people took part, by category of organisation: %1.</source>
        <translation>
            <numerusform>Sammanlagt deltog %n person, efter typ av organisation: %1.</numerusform>
            <numerusform>Sammanlagt deltog %n olika personer, efter typ av organisation: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) name no resources.</source>
        <translation>
            <numerusform>%n åtgärd anger inga resurser.</numerusform>
            <numerusform>%n åtgärder anger inga resurser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The measures are reviewed at committee and follow-up meetings: %n so far, the latest on %1.</source>
        <translation>
            <numerusform>Åtgärderna följs upp på kommitté- och uppföljningsmöten: %n hittills, det senaste den %1.</numerusform>
            <numerusform>Åtgärderna följs upp på kommitté- och uppföljningsmöten: %n hittills, det senaste den %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Background and commission</source>
        <translation>Bakgrund och uppdrag</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>No background, commission or purpose has been written for the plan yet.</source>
        <translation>Ingen bakgrund, inget uppdrag och inget syfte har skrivits för planen ännu.</translation>
    </message>
    <message>
        <source>How the plan was made</source>
        <translation>Så togs planen fram</translation>
    </message>
    <message>
        <source>No meetings with a date have been recorded for this plan.</source>
        <translation>Inga daterade möten har registrerats för planen.</translation>
    </message>
    <message>
        <source>Meetings by format: %1.</source>
        <translation>Möten efter form: %1.</translation>
    </message>
    <message>
        <source>The plan names no participants; the minutes of each meeting say who took part.</source>
        <translation>Planen namnger inga deltagare; minnesanteckningarna från varje möte visar vilka som deltog.</translation>
    </message>
    <message>
        <source>No attendance recorded</source>
        <translation>Ingen närvaro antecknad</translation>
    </message>
    <message>
        <source>Took part</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <source>The plan&apos;s way to a decision</source>
        <translation>Planens väg till beslut</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutat av</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Follow-up and revision</source>
        <translation>Uppföljning och revidering</translation>
    </message>
    <message>
        <source>Who follows up</source>
        <translation>Vem följer upp</translation>
    </message>
    <message>
        <source>Each measure has a responsible department and contact person, who carry it out and report on it; how each measure is followed up is written in its table. The coordinator gathers the reports.</source>
        <translation>Varje åtgärd har en ansvarig förvaltning och kontaktperson som genomför den och rapporterar om den; hur varje åtgärd följs upp står i dess tabell. Samordnaren sammanställer rapporterna.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Hur ofta</translation>
    </message>
    <message>
        <source>Following the ECCAR toolkit, the implementation committee meets about once a month and reviews the open measures; the departments report on their measures two to four times a year.</source>
        <translation>Enligt ECCAR:s verktygslåda träffas genomförandekommittén ungefär en gång i månaden och går igenom de åtgärder som pågår; förvaltningarna rapporterar om sina åtgärder två till fyra gånger om året.</translation>
    </message>
    <message>
        <source>Revision and reporting to ECCAR</source>
        <translation>Revidering och rapportering till ECCAR</translation>
    </message>
    <message>
        <source>The plan covers %1 and is revised every two to three years, and before its period ends in %2 at the latest.</source>
        <translation>Planen gäller %1 och revideras vart annat till vart tredje år, och senast innan perioden löper ut %2.</translation>
    </message>
    <message>
        <source>The plan is revised every two to three years, by %1 at the latest.</source>
        <translation>Planen revideras vart annat till vart tredje år, senast %1.</translation>
    </message>
    <message>
        <source>The plan is revised every two to three years after it is adopted.</source>
        <translation>Planen revideras vart annat till vart tredje år efter att den antagits.</translation>
    </message>
    <message>
        <source>The municipality reports to ECCAR every two years; the first report is due in %1.</source>
        <translation>Kommunen rapporterar till ECCAR vartannat år; den första rapporten lämnas %1.</translation>
    </message>
    <message>
        <source>The municipality reports to ECCAR every two years, counted from the plan&apos;s adoption.</source>
        <translation>Kommunen rapporterar till ECCAR vartannat år, räknat från att planen antogs.</translation>
    </message>
    <message>
        <source>Follow-up of each measure</source>
        <translation>Uppföljning av varje åtgärd</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Neither the plan nor its measures name resources yet.</source>
        <translation>Varken planen eller dess åtgärder anger resurser ännu.</translation>
    </message>
    <message>
        <source>Resources per measure</source>
        <translation>Resurser per åtgärd</translation>
    </message>
    <message>
        <source>Amounts per department</source>
        <translation>Belopp per förvaltning</translation>
    </message>
    <message>
        <source>The amounts in kronor that the measures name in their resources, added up per department, in alphabetical order. Working time and resources without an amount are not included.</source>
        <translation>De belopp i kronor som åtgärderna anger under resurser, summerade per förvaltning i bokstavsordning. Arbetstid och resurser utan belopp ingår inte.</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Engångsbelopp</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Per år</translation>
    </message>
    <message>
        <source>Measures with an amount</source>
        <translation>Åtgärder med belopp</translation>
    </message>
    <message>
        <source>%1 kr</source>
        <translation>%1 kr</translation>
    </message>
</context>
<context>
    <name>CleanCommand</name>
    <message>
        <source>save a cleaned copy of a refused process file</source>
        <translation>spara en rensad kopia av en processfil som inte kunde öppnas</translation>
    </message>
    <message>
        <source>Saves a copy of a process file with only what Facilitator makes: views, triggers and tables of other programs are left out. The original is not changed.</source>
        <translation>Sparar en kopia av en processfil med bara det som Facilitator skapar: vyer, triggrar och tabeller från andra program utelämnas. Originalet ändras inte.</translation>
    </message>
    <message>
        <source>the process file</source>
        <translation>processfilen</translation>
    </message>
    <message>
        <source>where to save the copy</source>
        <translation>var kopian ska sparas</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Meetings:</source>
        <translation>Möten:</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting from phones</source>
        <translation>
            <numerusform>%n väntar från mobiler</numerusform>
            <numerusform>%n väntar från mobiler</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-assessments:</source>
        <translation>Självskattningar:</translation>
    </message>
    <message>
        <source>(preliminary)</source>
        <translation>(preliminär)</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Deltagare: %1</translation>
    </message>
    <message>
        <source>Contributions: %1</source>
        <translation>Bidrag: %1</translation>
    </message>
    <message>
        <source>Measures: %1</source>
        <translation>Åtgärder: %1</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Omgång %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Samtycke, datum</translation>
    </message>
    <message>
        <source>Consent for</source>
        <translation>Samtycke till</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Stays at one table</source>
        <translation>Stannar vid ett bord</translation>
    </message>
    <message>
        <source>Arrives for round</source>
        <translation>Kommer till omgång</translation>
    </message>
    <message>
        <source>Leaves after round</source>
        <translation>Går efter omgång</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Längd (min)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(utan titel)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>On phones</source>
        <translation>I mobilerna</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prickar</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Dots from phones</source>
        <translation>Mobilprickar</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Consultee</source>
        <translation>Remissinstans</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Synpunkter</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Synpunkt</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Ställningstagande</translation>
    </message>
    <message>
        <source>Changed measure</source>
        <translation>Ändrad åtgärd</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Inkommen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Existing effort</source>
        <translation>Befintlig insats</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spår</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add meeting</source>
        <translation>Lägg till möte</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Lägg till deltagare</translation>
    </message>
    <message>
        <source>Change organisation</source>
        <translation>Ändra organisation</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Lägg till organisation</translation>
    </message>
    <message>
        <source>Add participants to meeting</source>
        <translation>Lägg till deltagare i mötet</translation>
    </message>
    <message numerus="yes">
        <source>Import %n participant(s)</source>
        <translation>
            <numerusform>Importera %n deltagare</numerusform>
            <numerusform>Importera %n deltagare</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Radera person</translation>
    </message>
    <message>
        <source>Set personal data retention</source>
        <translation>Ange lagringstid för personuppgifter</translation>
    </message>
    <message>
        <source>Set the public address of the results</source>
        <translation>Ange den publika adressen för resultaten</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Lägg till fråga</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Lägg till punkt på dagordningen</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>Flytta punkt på dagordningen</translation>
    </message>
    <message>
        <source>Rename process</source>
        <translation>Byt namn på process</translation>
    </message>
    <message>
        <source>Add round</source>
        <translation>Lägg till omgång</translation>
    </message>
    <message>
        <source>Remove round</source>
        <translation>Ta bort omgång</translation>
    </message>
    <message>
        <source>Add table</source>
        <translation>Lägg till bord</translation>
    </message>
    <message>
        <source>Create seating</source>
        <translation>Skapa bordsplacering</translation>
    </message>
    <message>
        <source>Move to another table</source>
        <translation>Flytta till ett annat bord</translation>
    </message>
    <message>
        <source>Swap places</source>
        <translation>Byt plats</translation>
    </message>
    <message>
        <source>Choose the table&apos;s question</source>
        <translation>Välj bordets fråga</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Ta bort möte</translation>
    </message>
    <message>
        <source>Remove participants from meeting</source>
        <translation>Ta bort deltagare från mötet</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Ta bort fråga</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Ta bort punkt från dagordningen</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Ta bort deltagare</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <source>Link to measure</source>
        <translation>Koppla till åtgärd</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Ta bort koppling</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Ändra: %1</translation>
    </message>
    <message>
        <source>Change measure</source>
        <translation>Ändra åtgärd</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>Ta bort åtgärd</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Ändra status</translation>
    </message>
    <message>
        <source>Follow-up review</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>Ändra benämning</translation>
    </message>
    <message>
        <source>Change labels of points and tracks</source>
        <translation>Ändra benämningar på punkter och spår</translation>
    </message>
    <message>
        <source>Change the café settings</source>
        <translation>Ändra inställningar för caféet</translation>
    </message>
    <message>
        <source>Remove table</source>
        <translation>Ta bort bord</translation>
    </message>
    <message numerus="yes">
        <source>Show %n contribution(s) on phones</source>
        <translation>
            <numerusform>Visa %n bidrag i mobilerna</numerusform>
            <numerusform>Visa %n bidrag i mobilerna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n contribution(s) from phones</source>
        <translation>
            <numerusform>Dölj %n bidrag i mobilerna</numerusform>
            <numerusform>Dölj %n bidrag i mobilerna</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture contribution</source>
        <translation>Anteckna bidrag</translation>
    </message>
    <message>
        <source>Edit contribution</source>
        <translation>Ändra bidrag</translation>
    </message>
    <message numerus="yes">
        <source>Move %n contribution(s)</source>
        <translation>
            <numerusform>Flytta %n bidrag</numerusform>
            <numerusform>Flytta %n bidrag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contribution(s)</source>
        <translation>
            <numerusform>Ta bort %n bidrag</numerusform>
            <numerusform>Ta bort %n bidrag</numerusform>
        </translation>
    </message>
    <message>
        <source>Change mitigations</source>
        <translation>Ändra riskåtgärder</translation>
    </message>
    <message>
        <source>Add theme</source>
        <translation>Lägg till tema</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>Byt namn på tema</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Ta bort tema</translation>
    </message>
    <message numerus="yes">
        <source>Move %n contribution(s) to a theme</source>
        <translation>
            <numerusform>Flytta %n bidrag till ett tema</numerusform>
            <numerusform>Flytta %n bidrag till ett tema</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n duplicate(s)</source>
        <translation>
            <numerusform>Slå ihop %n dubblett</numerusform>
            <numerusform>Slå ihop %n dubbletter</numerusform>
        </translation>
    </message>
    <message>
        <source>Separate duplicate</source>
        <translation>Skilj ut dubblett</translation>
    </message>
    <message>
        <source>Enter dots</source>
        <translation>Ange prickar</translation>
    </message>
    <message>
        <source>Change number of voters</source>
        <translation>Ändra antal röstande</translation>
    </message>
    <message>
        <source>Change dots per person</source>
        <translation>Ändra prickar per person</translation>
    </message>
    <message>
        <source>Add main point</source>
        <translation>Lägg till huvudpunkt</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Lägg till beslut</translation>
    </message>
    <message>
        <source>Change main point or decision</source>
        <translation>Ändra huvudpunkt eller beslut</translation>
    </message>
    <message>
        <source>Delete main point or decision</source>
        <translation>Ta bort huvudpunkt eller beslut</translation>
    </message>
    <message>
        <source>Sign minutes</source>
        <translation>Justera protokoll</translation>
    </message>
    <message>
        <source>Undo signing of minutes</source>
        <translation>Häv justering av protokoll</translation>
    </message>
    <message>
        <source>Change the plan&apos;s text</source>
        <extracomment>Makes the stored copy of the catalogue from the store, inside the step&apos;s transaction.</extracomment>
        <translation>Ändra planens text</translation>
    </message>
    <message>
        <source>Change the plan&apos;s stage</source>
        <translation>Ändra planens skede</translation>
    </message>
    <message>
        <source>Change a step of the plan</source>
        <translation>Ändra ett steg i planen</translation>
    </message>
    <message>
        <source>New remiss round</source>
        <translation>Ny remissomgång</translation>
    </message>
    <message>
        <source>Change remiss</source>
        <translation>Ändra remiss</translation>
    </message>
    <message>
        <source>Delete remiss round</source>
        <translation>Ta bort remissomgång</translation>
    </message>
    <message numerus="yes">
        <source>Add %n recipient(s)</source>
        <translation>
            <numerusform>Lägg till %n remissinstans</numerusform>
            <numerusform>Lägg till %n remissinstanser</numerusform>
        </translation>
    </message>
    <message>
        <source>Change recipient</source>
        <translation>Ändra remissinstans</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n recipient(s)</source>
        <translation>
            <numerusform>Ta bort %n remissinstans</numerusform>
            <numerusform>Ta bort %n remissinstanser</numerusform>
        </translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>Registrera remissvar</translation>
    </message>
    <message>
        <source>Change reply</source>
        <translation>Ändra remissvar</translation>
    </message>
    <message>
        <source>Remove reply</source>
        <translation>Ta bort remissvar</translation>
    </message>
    <message>
        <source>Add remark</source>
        <translation>Lägg till synpunkt</translation>
    </message>
    <message>
        <source>Change remark</source>
        <translation>Ändra synpunkt</translation>
    </message>
    <message>
        <source>Handle remark</source>
        <translation>Ta ställning till synpunkt</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n remark(s)</source>
        <translation>
            <numerusform>Ta bort %n synpunkt</numerusform>
            <numerusform>Ta bort %n synpunkter</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the self-assessment</source>
        <translation>Börja självskattningen</translation>
    </message>
    <message>
        <source>Continue the self-assessment</source>
        <translation>Fortsätt självskattningen</translation>
    </message>
    <message>
        <source>Change the assessment&apos;s mode</source>
        <translation>Ändra självskattningens arbetssätt</translation>
    </message>
    <message>
        <source>Change the themes assessed</source>
        <translation>Ändra vilka teman som bedöms</translation>
    </message>
    <message>
        <source>Change the baseline</source>
        <translation>Ändra baslinjen</translation>
    </message>
    <message>
        <source>Edit the recommendations</source>
        <translation>Redigera rekommendationerna</translation>
    </message>
    <message>
        <source>Rate a key factor</source>
        <translation>Bedöm en nyckelfaktor</translation>
    </message>
    <message>
        <source>Confirm a rating</source>
        <translation>Bekräfta en bedömning</translation>
    </message>
    <message>
        <source>Edit a key factor&apos;s reasons</source>
        <translation>Redigera motiveringen för en nyckelfaktor</translation>
    </message>
    <message>
        <source>Answer a guiding question</source>
        <translation>Besvara en vägledande fråga</translation>
    </message>
    <message>
        <source>Capture a note on a guiding question</source>
        <translation>Anteckna under en vägledande fråga</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Lägg till belägg</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Redigera belägg</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Ta bort belägg</translation>
    </message>
    <message>
        <source>Add someone to the assessment group</source>
        <translation>Lägg till någon i gruppen</translation>
    </message>
    <message>
        <source>Remove someone from the assessment group</source>
        <translation>Ta bort någon ur gruppen</translation>
    </message>
    <message>
        <source>Describe an environmental factor</source>
        <translation>Beskriv en miljöfaktor</translation>
    </message>
    <message>
        <source>Give a table a theme</source>
        <translation>Ge ett bord ett tema</translation>
    </message>
    <message>
        <source>Add a framework</source>
        <translation>Lägg till ett ramverk</translation>
    </message>
    <message>
        <source>Take in from phones</source>
        <translation>Ta emot från mobiler</translation>
    </message>
    <message>
        <source>Let phones send ideas</source>
        <extracomment>notes table hosts captured (contributions of their table, with a risk&apos;s mitigations)</extracomment>
        <translation>Låt mobilerna skicka idéer</translation>
    </message>
    <message>
        <source>Stop phones sending ideas</source>
        <translation>Stoppa idéer från mobilerna</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n submission(s) from phones</source>
        <translation>
            <numerusform>Godkänn %n inskick från mobiler</numerusform>
            <numerusform>Godkänn %n inskick från mobiler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n submission(s) from phones</source>
        <translation>
            <numerusform>Slå ihop %n inskick från mobiler</numerusform>
            <numerusform>Slå ihop %n inskick från mobiler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n submission(s) from phones</source>
        <translation>
            <numerusform>Avvisa %n inskick från mobiler</numerusform>
            <numerusform>Avvisa %n inskick från mobiler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review %n submission(s) again</source>
        <translation>
            <numerusform>Granska %n inskick igen</numerusform>
            <numerusform>Granska %n inskick igen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit submission from a phone</source>
        <translation>Ändra inskick från en mobil</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dot(s) from phones</source>
        <translation>
            <numerusform>Ta bort %n prick från mobiler</numerusform>
            <numerusform>Ta bort %n prickar från mobiler</numerusform>
        </translation>
    </message>
    <message>
        <source>New existing effort</source>
        <translation>Ny befintlig insats</translation>
    </message>
    <message>
        <source>Edit existing effort</source>
        <translation>Ändra befintlig insats</translation>
    </message>
    <message>
        <source>Delete existing effort</source>
        <translation>Ta bort befintlig insats</translation>
    </message>
    <message numerus="yes">
        <source>Import %n existing effort(s)</source>
        <translation>
            <numerusform>Importera %n befintlig insats</numerusform>
            <numerusform>Importera %n befintliga insatser</numerusform>
        </translation>
    </message>
    <message>
        <source>Measure builds on an effort</source>
        <translation>Åtgärd bygger på en insats</translation>
    </message>
    <message>
        <source>Measure no longer builds on an effort</source>
        <translation>Åtgärd bygger inte längre på en insats</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>Goal from a self-assessment</source>
        <translation>Mål från en självskattning</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Ändra mål</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Ta bort mål</translation>
    </message>
    <message>
        <source>Link measure to goal</source>
        <translation>Koppla åtgärd till mål</translation>
    </message>
    <message>
        <source>Unlink measure from goal</source>
        <translation>Ta bort kopplingen mellan åtgärd och mål</translation>
    </message>
    <message>
        <source>Change the follow-up rhythm</source>
        <translation>Ändra uppföljningens rytm</translation>
    </message>
    <message>
        <source>Add the next committee meeting</source>
        <translation>Lägg till nästa kommittémöte</translation>
    </message>
    <message>
        <source>Read in follow-up forms</source>
        <translation>Läs in uppföljningsformulär</translation>
    </message>
    <message>
        <source>Create host links</source>
        <translation>Skapa värdlänkar</translation>
    </message>
    <message>
        <source>Revoke host link</source>
        <translation>Stäng värdlänk</translation>
    </message>
    <message>
        <source>Make a new host link</source>
        <translation>Skapa ny värdlänk</translation>
    </message>
    <message>
        <source>Make codes for the rotation cards</source>
        <translation>Skapa koder för platskorten</translation>
    </message>
    <message>
        <source>Make host links and card codes</source>
        <translation>Skapa värdlänkar och kortkoder</translation>
    </message>
</context>
<context>
    <name>ContributionListModel</name>
    <message>
        <source>Q%1: %2</source>
        <translation>F%1: %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Det som sades</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Question / agenda item</source>
        <translation>Fråga / dagordningspunkt</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Riskåtgärder</translation>
    </message>
    <message>
        <source>%1 · from the host&apos;s phone</source>
        <translation>%1 · från värdens mobil</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>The proposal was sent to %n consultee(s).</source>
        <translation>
            <numerusform>Förslaget skickades till %n remissinstans.</numerusform>
            <numerusform>Förslaget skickades till %n remissinstanser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replied with comments,</source>
        <translation>
            <numerusform>%n svarade med synpunkter,</numerusform>
            <numerusform>%n svarade med synpunkter,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declined to comment</source>
        <translation>
            <numerusform>%n avstod från att yttra sig</numerusform>
            <numerusform>%n avstod från att yttra sig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n did not reply.</source>
        <translation>
            <numerusform>och %n svarade inte.</numerusform>
            <numerusform>och %n svarade inte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s) in all:</source>
        <translation>
            <numerusform>%n synpunkt totalt:</numerusform>
            <numerusform>%n synpunkter totalt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet handled</source>
        <translation>
            <numerusform>%n ännu inte behandlad</numerusform>
            <numerusform>%n ännu inte behandlade</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Double-click to change the label of this track in this process.</source>
        <translation>Dubbelklicka för att ändra spårets benämning i den här processen.</translation>
    </message>
    <message>
        <source>Double-click to change the label of this point in this process.</source>
        <translation>Dubbelklicka för att ändra punktens benämning i den här processen.</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Tom</translation>
    </message>
    <message numerus="yes">
        <source>%n existing</source>
        <translation>
            <numerusform>%n befintlig</numerusform>
            <numerusform>%n befintliga</numerusform>
        </translation>
    </message>
    <message>
        <source>point %1, track %2</source>
        <translation>punkt %1, spår %2</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) in %1. Click to see them.</source>
        <translation>
            <numerusform>%n åtgärd i %1. Klicka för att se den.</numerusform>
            <numerusform>%n åtgärder i %1. Klicka för att se dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>No measure in %1 yet. Click, then “Add a measure here”.</source>
        <translation>Ingen åtgärd i %1 ännu. Klicka och välj sedan ”Lägg till åtgärd här”.</translation>
    </message>
    <message>
        <source>Existing work here: %1</source>
        <translation>Befintligt arbete här: %1</translation>
    </message>
    <message>
        <source>This point has no measure yet.</source>
        <translation>Punkten har ingen åtgärd ännu.</translation>
    </message>
</context>
<context>
    <name>Defaults</name>
    <message>
        <source>We cannot promise that every idea will be carried out, but the municipality has agreed to take the ideas seriously. After the meeting you will hear what became of what you said.</source>
        <extracomment>The toolkit&apos;s realistic promise, shown at the start of a meeting, in the minutes and on the participants&apos; page (DOMAIN.md).</extracomment>
        <translation>Vi kan inte lova att alla idéer kommer att genomföras, men kommunen har åtagit sig att ta idéerna på allvar. Efter mötet får ni veta vad som har hänt med det ni sa.</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Bord %1</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Facilitator processes (*%1)</source>
        <translation>Facilitator-processer (*%1)</translation>
    </message>
</context>
<context>
    <name>EccarReport</name>
    <message numerus="yes">
        <source>The plan has %n measure(s) in all:</source>
        <translation>
            <numerusform>Planen har %n åtgärd:</numerusform>
            <numerusform>Planen har sammanlagt %n åtgärder:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status change(s) were recorded during the period.</source>
        <translation>
            <numerusform>%n statusändring registrerades under perioden.</numerusform>
            <numerusform>%n statusändringar registrerades under perioden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report to ECCAR</source>
        <extracomment>The statuses in the order the summary counts them. Fields whose old and new values are printed when they changed since adoption (short ones).</extracomment>
        <translation>Rapport till ECCAR</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>ECCAR, action plan, follow-up, report</source>
        <translation>ECCAR, handlingsplan, uppföljning, rapport</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Follow-up of the action plan against racism and discrimination</source>
        <translation>Uppföljning av handlingsplanen mot rasism och diskriminering</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Plan period</source>
        <translation>Planperiod</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Rapportperiod</translation>
    </message>
    <message>
        <source>Plan adopted</source>
        <translation>Planen antagen</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>This report gives an account of the municipality&apos;s action plan for the reporting period %1: per ECCAR point the measures, their status, what was done and how their indicators stand against baseline and target; then the changes made to the plan since it was adopted, and how the plan covers the ten points and four tracks.</source>
        <translation>Rapporten redovisar kommunens handlingsplan för rapportperioden %1: för varje ECCAR-punkt åtgärderna, deras status, vad som har gjorts och hur indikatorerna står i förhållande till utgångsläge och målvärde; därefter de ändringar som gjorts i planen sedan den antogs, och hur planen täcker de tio punkterna och fyra spåren.</translation>
    </message>
    <message>
        <source>The plan has no measures yet.</source>
        <translation>Planen har inga åtgärder ännu.</translation>
    </message>
    <message>
        <source>No status change was recorded during the period.</source>
        <translation>Ingen statusändring registrerades under perioden.</translation>
    </message>
    <message>
        <source>ECCAR point</source>
        <translation>ECCAR-punkt</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No point given</source>
        <translation>Ingen punkt angiven</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Measures without an ECCAR point</source>
        <translation>Åtgärder utan ECCAR-punkt</translation>
    </message>
    <message>
        <source>The plan has no measure under this point.</source>
        <translation>Planen har ingen åtgärd under den här punkten.</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (sedan %2)</translation>
    </message>
    <message>
        <source>Done during the period</source>
        <translation>Gjort under perioden</translation>
    </message>
    <message>
        <source>Nothing was recorded during the period.</source>
        <translation>Inget registrerades under perioden.</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>Värde nu</translation>
    </message>
    <message>
        <source>No value reported yet.</source>
        <translation>Inget värde rapporterat ännu.</translation>
    </message>
    <message>
        <source>Changes to the plan since its adoption</source>
        <translation>Ändringar i planen sedan den antogs</translation>
    </message>
    <message>
        <source>The version of the plan stored at its adoption cannot be read, so the changes since then cannot be shown.</source>
        <translation>Den version av planen som sparades när den antogs går inte att läsa, så ändringarna sedan dess kan inte visas.</translation>
    </message>
    <message>
        <source>The plan was adopted before Facilitator kept versions of it, so the changes since the adoption cannot be shown.</source>
        <translation>Planen antogs innan Facilitator sparade versioner av den, så ändringarna sedan antagandet kan inte visas.</translation>
    </message>
    <message>
        <source>The plan has not been adopted yet, so there are no changes since an adoption to report.</source>
        <translation>Planen är inte antagen ännu, så det finns inga ändringar sedan ett antagande att redovisa.</translation>
    </message>
    <message>
        <source>The plan as adopted on %1 compared with the plan now. Changes of status and results are reported under each point above.</source>
        <translation>Planen som den antogs den %1 jämförd med planen i dag. Ändrad status och resultat redovisas under varje punkt ovan.</translation>
    </message>
    <message>
        <source>No measure has been added, removed or changed since the adoption.</source>
        <translation>Ingen åtgärd har lagts till, tagits bort eller ändrats sedan antagandet.</translation>
    </message>
    <message>
        <source>Measures added</source>
        <translation>Tillagda åtgärder</translation>
    </message>
    <message>
        <source>Measures removed</source>
        <translation>Borttagna åtgärder</translation>
    </message>
    <message>
        <source>Measures cancelled</source>
        <translation>Avbrutna åtgärder</translation>
    </message>
    <message>
        <source>Measures changed</source>
        <translation>Ändrade åtgärder</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>omformulerad</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Vad som ändrats</translation>
    </message>
    <message>
        <source>The plan&apos;s own texts</source>
        <translation>Planens egna texter</translation>
    </message>
    <message>
        <source>Changed since the adoption: %1.</source>
        <translation>Ändrade sedan antagandet: %1.</translation>
    </message>
    <message>
        <source>Coverage: ten points and four tracks</source>
        <translation>Täckning: tio punkter och fyra spår</translation>
    </message>
    <message>
        <source>Every point should have at least one measure and combine the four tracks. The number in a cell is the number of measures (cancelled ones not counted); shaded cells are gaps.</source>
        <translation>Varje punkt bör ha minst en åtgärd och kombinera de fyra spåren. Talet i en ruta är antalet åtgärder (avbrutna räknas inte); skuggade rutor är luckor.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>At the adoption</source>
        <translation>Vid antagandet</translation>
    </message>
    <message>
        <source>The plan has not been adopted yet.</source>
        <translation>Planen är inte antagen ännu.</translation>
    </message>
    <message>
        <source>No version of the plan as adopted is stored, so its grid cannot be shown.</source>
        <translation>Ingen version av planen som den antogs finns sparad, så dess täckning kan inte visas.</translation>
    </message>
    <message>
        <source>The same cells have measures now as at the adoption.</source>
        <translation>Samma rutor har åtgärder i dag som vid antagandet.</translation>
    </message>
    <message>
        <source>Cells filled since the adoption: %1.</source>
        <translation>Rutor som fått åtgärder sedan antagandet: %1.</translation>
    </message>
    <message>
        <source>Cells empty now that had measures at the adoption: %1.</source>
        <translation>Rutor som är tomma i dag men hade åtgärder vid antagandet: %1.</translation>
    </message>
    <message>
        <source>point %1, track %2</source>
        <translation>punkt %1, spår %2</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Spår %1</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit what a phone sent</source>
        <translation>Ändra det som en mobil skickade</translation>
    </message>
    <message>
        <source>&amp;Idea</source>
        <translation>&amp;Idé</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Fråga</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
</context>
<context>
    <name>EffortImport</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Samverkanspartner</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ECCAR point</source>
        <translation>ECCAR-punkt</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spår</translation>
    </message>
    <message>
        <source>The name of the effort is missing.</source>
        <translation>Insatsens namn saknas.</translation>
    </message>
    <message>
        <source>Unknown level “%1”: write lokal, delregional, regional or nationell.</source>
        <translation>Okänd nivå ”%1”: skriv lokal, delregional, regional eller nationell.</translation>
    </message>
    <message>
        <source>Unknown status “%1”: write planerad, pågående or avslutad.</source>
        <translation>Okänd status ”%1”: skriv planerad, pågående eller avslutad.</translation>
    </message>
    <message>
        <source>“%1” is not an ECCAR point (1–10).</source>
        <translation>”%1” är inte en ECCAR-punkt (1–10).</translation>
    </message>
    <message>
        <source>“%1” is not a track (1–4).</source>
        <translation>”%1” är inte ett spår (1–4).</translation>
    </message>
    <message>
        <source>The same effort is already listed above (%1).</source>
        <translation>Samma insats finns redan längre upp i listan (%1).</translation>
    </message>
    <message>
        <source>A value is too long (more than 300 characters, or 2000 for the aim).</source>
        <translation>Ett värde är för långt (mer än 300 tecken, eller 2 000 för syftet).</translation>
    </message>
    <message>
        <source>A value contains invisible control characters.</source>
        <translation>Ett värde innehåller osynliga styrtecken.</translation>
    </message>
    <message>
        <source>No column with the efforts&apos; names was found. The first row must name the columns, e.g. “Namn”, “Tema”, “Nivå”, “Ansvarig”.</source>
        <translation>Ingen kolumn med insatsernas namn hittades. Första raden ska namnge kolumnerna, t.ex. ”Namn”, ”Tema”, ”Nivå”, ”Ansvarig”.</translation>
    </message>
    <message>
        <source>The file cannot be read as a list of efforts. Save it as CSV or .xlsx from Excel.</source>
        <translation>Filen kan inte läsas som en lista över insatser. Spara den som CSV eller .xlsx från Excel.</translation>
    </message>
    <message>
        <source>The list has more than %1 rows, the most that can be imported at once. Nothing was imported.</source>
        <translation>Listan har fler än %1 rader, det mesta som kan importeras på en gång. Ingenting importerades.</translation>
    </message>
</context>
<context>
    <name>EffortImportDialog</name>
    <message>
        <source>Import existing efforts</source>
        <translation>Importera befintliga insatser</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n rad läst.</numerusform>
            <numerusform>%n rader lästa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can be imported.</source>
        <translation>
            <numerusform>%n kan importeras.</numerusform>
            <numerusform>%n kan importeras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have problems and will be skipped.</source>
        <translation>
            <numerusform>%n har problem och hoppas över.</numerusform>
            <numerusform>%n har problem och hoppas över.</numerusform>
        </translation>
    </message>
    <message>
        <source>Efforts already in the register (by name) are not added again.</source>
        <translation>Insatser som redan finns i registret (med samma namn) läggs inte till igen.</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Kolumner som inte används: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>To import (%1)</source>
        <translation>Importeras (%1)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problem (%1)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n effort(s)</source>
        <translation>
            <numerusform>&amp;Importera %n insats</numerusform>
            <numerusform>&amp;Importera %n insatser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EffortsPage</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Samverkanspartner</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ECCAR point</source>
        <translation>ECCAR-punkt</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spår</translation>
    </message>
    <message>
        <source>Map what is already being done before planning anything new: projects, networks and ordinary services of the municipality and its partners. Give an effort an ECCAR point and a track and it shows in the action plan&apos;s coverage grid beside the planned measures.</source>
        <extracomment>the window&apos;s import (asks for a file, reads it, shows the preview)</extracomment>
        <translation>Kartlägg det som redan görs innan något nytt planeras: projekt, nätverk och ordinarie verksamhet hos kommunen och dess samarbetspartner. Ge en insats en ECCAR-punkt och ett spår så visas den i handlingsplanens täckningsöversikt bredvid de planerade åtgärderna.</translation>
    </message>
    <message>
        <source>&amp;New effort</source>
        <translation>&amp;Ny insats</translation>
    </message>
    <message>
        <source>&amp;Delete effort</source>
        <translation>&amp;Ta bort insats</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Importera från kalkylblad…</translation>
    </message>
    <message>
        <source>The chosen effort</source>
        <translation>Vald insats</translation>
    </message>
    <message>
        <source>Measures that build on this effort</source>
        <translation>Åtgärder som bygger på insatsen</translation>
    </message>
    <message>
        <source>Tick a measure that builds on the effort; double-click to open it.</source>
        <translation>Kryssa i en åtgärd som bygger på insatsen; dubbelklicka för att öppna den.</translation>
    </message>
    <message>
        <source>e.g. 2025–2027, or since 2019</source>
        <translation>t.ex. 2025–2027, eller sedan 2019</translation>
    </message>
    <message numerus="yes">
        <source>%n existing effort(s)</source>
        <translation>
            <numerusform>%n befintlig insats</numerusform>
            <numerusform>%n befintliga insatser</numerusform>
        </translation>
    </message>
    <message>
        <source>An effort needs a name. The old one is kept.</source>
        <translation>En insats behöver ett namn. Det tidigare namnet behålls.</translation>
    </message>
    <message>
        <source>The text is too long for this field.</source>
        <translation>Texten är för lång för det här fältet.</translation>
    </message>
    <message>
        <source>New effort</source>
        <translation>Ny insats</translation>
    </message>
</context>
<context>
    <name>EraseConfirmDialog</name>
    <message>
        <source>Erase person permanently</source>
        <translation>Radera person permanent</translation>
    </message>
    <message numerus="yes">
        <source>%1 will be erased from the process: the register, %n meeting list(s), seats and table hosts, and every text below that names them. This cannot be undone, and the undo history is cleared.</source>
        <translation>
            <numerusform>%1 raderas ur processen: registret, %n möteslista, platser och bordsvärdskap, och alla texter nedan som nämner personen. Det går inte att ångra, och ångra-historiken töms.</numerusform>
            <numerusform>%1 raderas ur processen: registret, %n möteslistor, platser och bordsvärdskap, och alla texter nedan som nämner personen. Det går inte att ångra, och ångra-historiken töms.</numerusform>
        </translation>
    </message>
    <message>
        <source>No other text names them.</source>
        <translation>Ingen annan text nämner personen.</translation>
    </message>
    <message>
        <source>&amp;Erase permanently</source>
        <translation>&amp;Radera permanent</translation>
    </message>
</context>
<context>
    <name>EraseDialogs</name>
    <message>
        <source>Coordinator of a meeting</source>
        <extracomment>What each (table, column) is called for the coordinator; others show as &quot;table: column&quot;.</extracomment>
        <translation>Samordnare för ett möte</translation>
    </message>
    <message>
        <source>Moderator of a meeting</source>
        <translation>Moderator för ett möte</translation>
    </message>
    <message>
        <source>Owner of a measure</source>
        <translation>Ansvarig för en åtgärd</translation>
    </message>
    <message>
        <source>Owner&apos;s contact of a measure</source>
        <translation>Kontaktuppgift till ansvarig för en åtgärd</translation>
    </message>
    <message>
        <source>An earlier state of a measure</source>
        <translation>Ett tidigare läge för en åtgärd</translation>
    </message>
    <message>
        <source>Signed minutes (the Word document)</source>
        <translation>Justerat protokoll (Word-dokumentet)</translation>
    </message>
    <message>
        <source>Signed minutes (their content)</source>
        <translation>Justerat protokoll (innehållet)</translation>
    </message>
    <message>
        <source>Justerare of signed minutes</source>
        <translation>Justerare av justerat protokoll</translation>
    </message>
    <message>
        <source>A stored version of the plan</source>
        <translation>En sparad version av planen</translation>
    </message>
    <message>
        <source>Text (%1, %2)</source>
        <translation>Text (%1, %2)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>The personal data of this process should be erased (retention ended %1).</source>
        <translation>Personuppgifterna i den här processen ska raderas (lagringstiden gick ut %1).</translation>
    </message>
</context>
<context>
    <name>ErasedDialog</name>
    <message>
        <source>Person erased</source>
        <translation>Personen är raderad</translation>
    </message>
    <message numerus="yes">
        <source>%1 is erased from the process, and %n field(s) that named them were changed.</source>
        <translation>
            <numerusform>%1 är raderad ur processen, och %n fält som nämnde personen har ändrats.</numerusform>
            <numerusform>%1 är raderad ur processen, och %n fält som nämnde personen har ändrats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents exported from this process that may still name them (delete or edit them yourself):</source>
        <translation>Dokument som exporterats från processen och som kan nämna personen (radera eller ändra dem själv):</translation>
    </message>
    <message>
        <source>No exported documents of this process are known.</source>
        <translation>Inga exporterade dokument från processen är kända.</translation>
    </message>
    <message>
        <source>&amp;Purge backups</source>
        <translation>&amp;Rensa säkerhetskopior</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be deleted; another program has them open. Close it and try again.</source>
        <translation>
            <numerusform>%n säkerhetskopia kunde inte raderas; ett annat program har den öppen. Stäng programmet och försök igen.</numerusform>
            <numerusform>%n säkerhetskopior kunde inte raderas; ett annat program har dem öppna. Stäng programmet och försök igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of this process still hold them:</source>
        <translation>
            <numerusform>%n säkerhetskopia av processen innehåller fortfarande personen:</numerusform>
            <numerusform>%n säkerhetskopior av processen innehåller fortfarande personen:</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup of this process holds them.</source>
        <translation>Ingen säkerhetskopia av processen innehåller personen.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Attach evidence</source>
        <translation>Lägg till belägg</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Diarienummer, address or file</source>
        <translation>Diarienummer, adress eller fil</translation>
    </message>
    <message>
        <source>Interview and focus-group notes are kept whole.</source>
        <translation>Anteckningar från intervjuer och fokusgrupper sparas i sin helhet.</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Minutes of &amp;meeting</source>
        <translation>&amp;Minnesanteckningar från möte</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referens</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>A&amp;nteckningar</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Redigera belägg</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Omgång %1</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Bord %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>klart senast %1</translation>
    </message>
    <message>
        <source>No mitigation proposed yet.</source>
        <translation>Ingen åtgärd föreslagen ännu.</translation>
    </message>
    <message>
        <source>Risks, challenges</source>
        <translation>Risker, utmaningar</translation>
    </message>
    <message>
        <source>Measures to reduce the risks</source>
        <translation>Åtgärder för att minimera riskerna</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>write minutes, the catalogue of measures, printables, a spreadsheet or reminders (.ics)</source>
        <translation>skriv minnesanteckningar, åtgärdskatalogen, material för rummet, ett kalkylblad eller påminnelser (.ics)</translation>
    </message>
    <message>
        <source>the process file</source>
        <translation>processfilen</translation>
    </message>
    <message>
        <source>Writes a Word document, a CSV file or the results&apos; web pages from a process. The process file is only read.</source>
        <translation>Skriver ett Word-dokument, en CSV-fil eller resultatens webbsidor från en process. Processfilen läses bara.</translation>
    </message>
    <message>
        <source>the meeting (minutes, printables, self-assessment, follow-up; results-site: only this meeting)</source>
        <translation>mötet (minnesanteckningar, material för rummet, självskattning, uppföljning; results-site: bara det här mötet)</translation>
    </message>
    <message>
        <source>the file to write (results-site: a new folder, or a .zip)</source>
        <translation>filen som ska skrivas (results-site: en ny mapp eller en .zip)</translation>
    </message>
    <message>
        <source>csv: the contributions instead of the measures</source>
        <translation>csv: bidragen i stället för åtgärderna</translation>
    </message>
    <message>
        <source>a Word template (.docx or .dotx) to take the styles from</source>
        <translation>en Word-mall (.docx eller .dotx) att hämta formaten från</translation>
    </message>
    <message>
        <source>minutes: list the participants by name</source>
        <translation>minnesanteckningar: ange deltagarna med namn</translation>
    </message>
    <message>
        <source>printables: the address phones use, e.g. http://10.42.0.1:8765</source>
        <translation>material för lokalen: adressen som mobilerna använder, t.ex. http://10.42.0.1:8765</translation>
    </message>
    <message>
        <source>the language of the document (default sv)</source>
        <translation>dokumentets språk (standard sv)</translation>
    </message>
    <message>
        <source>minutes: the latest signed version (signed), signed version N, or the minutes from the data now (current, the default)</source>
        <translation>minutes: den senast justerade versionen (signed), justerad version N, eller protokollet utifrån uppgifterna just nu (current, standard)</translation>
    </message>
    <message>
        <source>catalogue: the version stored when the plan reached this stage (utkast, remiss, godkänd, antagen)</source>
        <translation>katalogen: versionen som sparades när planen nådde det här skedet (utkast, remiss, godkänd, antagen)</translation>
    </message>
    <message>
        <source>eccar-report: the first day of the reporting period (default: two years before its last day)</source>
        <translation>eccar-report: rapportperiodens första dag (standard: två år före dess sista dag)</translation>
    </message>
    <message>
        <source>eccar-report: the last day of the reporting period (default: today)</source>
        <translation>eccar-report: rapportperiodens sista dag (standard: i dag)</translation>
    </message>
    <message>
        <source>followup-forms: the reporting round&apos;s name (default: Uppföljning &lt;month&gt; &lt;year&gt;)</source>
        <translation>followup-forms: rapporteringsomgångens namn (standard: Uppföljning &lt;månad&gt; &lt;år&gt;)</translation>
    </message>
    <message>
        <source>--version must be signed, current or the number of a signed version, not %1.</source>
        <translation>--version ska vara signed, current eller numret på en justerad version, inte %1.</translation>
    </message>
    <message>
        <source>%1 needs --meeting ID; `facilitator info %2` lists the meetings.</source>
        <translation>%1 behöver --meeting ID; `facilitator info %2` visar mötena.</translation>
    </message>
    <message>
        <source>--from and --to are for the ECCAR report only.</source>
        <translation>--from och --to gäller bara rapporten till ECCAR.</translation>
    </message>
    <message>
        <source>--stage is for the catalogue only.</source>
        <translation>--stage gäller bara åtgärdskatalogen.</translation>
    </message>
    <message>
        <source>Unknown stage “%1”. Give one of: utkast, remiss, godkänd, antagen.</source>
        <translation>Okänt skede ”%1”. Ange ett av: utkast, remiss, godkänd, antagen.</translation>
    </message>
</context>
<context>
    <name>ExportCsv</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>ECCAR point (text)</source>
        <translation>ECCAR-punkt (text)</translation>
    </message>
    <message>
        <source>Track (text)</source>
        <translation>Spår (text)</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statushistorik</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Measures to reduce the risk</source>
        <translation>Åtgärder för att minimera risken</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prickar</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Sammanslagen med</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <extracomment>the folder of the process file the coordinator opened (a working copy lives elsewhere)</extracomment>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Minutes of a meeting (Word)</source>
        <translation>Minnesanteckningar från ett möte (Word)</translation>
    </message>
    <message>
        <source>Catalogue of measures: draft action plan (Word)</source>
        <translation>Åtgärdskatalog: utkast till handlingsplan (Word)</translation>
    </message>
    <message>
        <source>Material for the room: table signs, cards, crib sheets (Word)</source>
        <translation>Material för lokalen: bordsskyltar, deltagarkort, lathundar (Word)</translation>
    </message>
    <message>
        <source>Measures as a spreadsheet (CSV for Excel)</source>
        <translation>Åtgärder som kalkylblad (CSV för Excel)</translation>
    </message>
    <message>
        <source>Contributions as a spreadsheet (CSV for Excel)</source>
        <translation>Bidrag som kalkylblad (CSV för Excel)</translation>
    </message>
    <message>
        <source>Self-assessment report (Word)</source>
        <translation>Rapport från självskattning (Word)</translation>
    </message>
    <message>
        <source>Peer review: follow-up report with the recommendations (Word)</source>
        <translation>Kollegial granskning: uppföljningsrapport med rekommendationerna (Word)</translation>
    </message>
    <message>
        <source>Report to ECCAR: the plan&apos;s follow-up for a period (Word)</source>
        <translation>Rapport till ECCAR: uppföljningen av planen för en period (Word)</translation>
    </message>
    <message>
        <source>Follow-up calendar: reminders for Outlook and other calendars (.ics)</source>
        <translation>Uppföljningskalender: påminnelser för Outlook och andra kalendrar (.ics)</translation>
    </message>
    <message>
        <source>Results for the municipality&apos;s website (web pages in a zip or a folder)</source>
        <translation>Resultat för kommunens webbplats (webbsidor i en zip eller en mapp)</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Möte:</translation>
    </message>
    <message>
        <source>&amp;Version of the plan:</source>
        <translation>&amp;Version av planen:</translation>
    </message>
    <message>
        <source>As it is now</source>
        <translation>Som den är nu</translation>
    </message>
    <message>
        <source>Version %1: %2, %3</source>
        <translation>Version %1: %2, %3</translation>
    </message>
    <message>
        <source>List the participants by &amp;name in the minutes</source>
        <translation>Ange deltagarna med &amp;namn i minnesanteckningarna</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>Rapport&amp;period:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>The first day of the period the report to ECCAR covers</source>
        <translation>Första dagen i perioden som rapporten till ECCAR omfattar</translation>
    </message>
    <message>
        <source>The last day of the period the report to ECCAR covers</source>
        <translation>Sista dagen i perioden som rapporten till ECCAR omfattar</translation>
    </message>
    <message>
        <source>Only the chosen meeting&apos;s results (otherwise the whole plan&apos;s)</source>
        <translation>Bara det valda mötets resultat (annars hela planens)</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Mall:</translation>
    </message>
    <message>
        <source>&amp;Built-in template</source>
        <translation>&amp;Inbyggd mall</translation>
    </message>
    <message>
        <source>&amp;Own template:</source>
        <translation>&amp;Egen mall:</translation>
    </message>
    <message>
        <source>A .docx or .dotx file with your logo and fonts</source>
        <translation>En .docx- eller .dotx-fil med er logotyp och era typsnitt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>&amp;Address for phones:</source>
        <translation>&amp;Adress för mobilerna:</translation>
    </message>
    <message>
        <source>The QR codes on the table signs open this address on the local network.</source>
        <translation>QR-koderna på bordsskyltarna öppnar den här adressen i det lokala nätverket.</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Spara som:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportera</translation>
    </message>
    <message>
        <source>Open the &amp;file</source>
        <translation>Öppna &amp;filen</translation>
    </message>
    <message>
        <source>Open the f&amp;older</source>
        <translation>Öppna m&amp;appen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Table signs and cards are made for a World Café with tables.</source>
        <translation>Bordsskyltar och deltagarkort görs för ett World Café med bord.</translation>
    </message>
    <message>
        <source>This meeting holds no self-assessment. Choose the meeting where it was made.</source>
        <translation>Mötet har ingen självskattning. Välj mötet där den gjordes.</translation>
    </message>
    <message>
        <source>The QR codes lead to the meeting&apos;s results at the public address %1. Publish the results there (Results for the municipality&apos;s website) so that they open.</source>
        <translation>QR-koderna leder till mötets resultat på den publika adressen %1. Publicera resultaten där (Resultat för kommunens webbplats) så att de går att öppna.</translation>
    </message>
    <message>
        <source>The QR codes lead to this computer (%1). They work only in the room, and only while the computer keeps the same address on the same network. For codes that keep working after the meeting, give a public address for the results in Phones and QR code.</source>
        <translation>QR-koderna leder till den här datorn (%1). De fungerar bara i rummet, och bara så länge datorn har samma adress i samma nätverk. Om koderna ska fungera även efter mötet anger du en publik adress för resultaten under Mobiler och QR-kod.</translation>
    </message>
    <message>
        <source>Minutes %1</source>
        <translation>Minnesanteckningar %1</translation>
    </message>
    <message>
        <source>Catalogue of measures %1</source>
        <translation>Åtgärdskatalog %1</translation>
    </message>
    <message>
        <source>Material for the room %1</source>
        <translation>Material för lokalen %1</translation>
    </message>
    <message>
        <source>Measures %1</source>
        <translation>Åtgärder %1</translation>
    </message>
    <message>
        <source>Contributions %1</source>
        <translation>Bidrag %1</translation>
    </message>
    <message>
        <source>Self-assessment %1</source>
        <translation>Självskattning %1</translation>
    </message>
    <message>
        <source>Follow-up report %1</source>
        <translation>Uppföljningsrapport %1</translation>
    </message>
    <message>
        <source>Report to ECCAR %1</source>
        <translation>Rapport till ECCAR %1</translation>
    </message>
    <message>
        <source>Follow-up calendar %1</source>
        <translation>Uppföljningskalender %1</translation>
    </message>
    <message>
        <source>Results %1</source>
        <translation>Resultat %1</translation>
    </message>
    <message>
        <source>Choose a Word template</source>
        <translation>Välj en Word-mall</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word-dokument och mallar (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip-filer (*.zip)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Välj var filen ska sparas.</translation>
    </message>
    <message>
        <source>Choose your template, or use the built-in one.</source>
        <translation>Välj er mall, eller använd den inbyggda.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Sparad: %1</translation>
    </message>
    <message>
        <source>The file could not be opened here. It is saved at %1.</source>
        <translation>Filen kunde inte öppnas härifrån. Den är sparad som %1.</translation>
    </message>
    <message>
        <source>The folder could not be opened here. The file is saved at %1.</source>
        <translation>Mappen kunde inte öppnas härifrån. Filen är sparad som %1.</translation>
    </message>
</context>
<context>
    <name>ExportErrors</name>
    <message>
        <source>The export failed unexpectedly (%1). The process file was not changed.</source>
        <extracomment>Windows&apos; &quot;sharing violation&quot; and &quot;lock violation&quot;: another program has the file open.</extracomment>
        <translation>Exporten misslyckades oväntat (%1). Processfilen har inte ändrats.</translation>
    </message>
    <message>
        <source>Choose a meeting for this document.</source>
        <translation>Välj ett möte för det här dokumentet.</translation>
    </message>
    <message>
        <source>The process has no meeting with the id %1. `facilitator info` lists the meetings.</source>
        <translation>Processen har inget möte med id %1. `facilitator info` visar mötena.</translation>
    </message>
    <message>
        <source>The minutes of this meeting have not been signed yet. Export the current version, or sign the minutes first (Justering in the meeting&apos;s page).</source>
        <translation>Protokollet från det här mötet är ännu inte justerat. Exportera den aktuella versionen, eller justera protokollet först (Justering på mötets sida).</translation>
    </message>
    <message>
        <source>The minutes of this meeting have no signed version %1.</source>
        <translation>Protokollet från det här mötet har ingen justerad version %1.</translation>
    </message>
    <message>
        <source>Meeting %1 holds no self-assessment. Start the assessment on the meeting&apos;s Assessment page first.</source>
        <translation>Möte %1 har ingen självskattning. Börja självskattningen på mötets sida Självskattning först.</translation>
    </message>
    <message>
        <source>The meeting has no café tables, so there is nothing to print for the room. Add tables to the World Café first.</source>
        <translation>Mötet har inga cafébord, så det finns inget att skriva ut för lokalen. Lägg först till bord i World Caféet.</translation>
    </message>
    <message>
        <source>The process has no remiss round to summarise. Start one on the Consultation tab first.</source>
        <translation>Processen har ingen remissomgång att sammanställa. Starta en på fliken Remiss först.</translation>
    </message>
    <message>
        <source>The template %1 does not exist.</source>
        <translation>Mallen %1 finns inte.</translation>
    </message>
    <message>
        <source>The template %1 cannot be read.</source>
        <translation>Mallen %1 kan inte läsas.</translation>
    </message>
    <message>
        <source>The template %1 is not a Word document. Choose a .docx or .dotx file.</source>
        <translation>Mallen %1 är inte ett Word-dokument. Välj en .docx- eller .dotx-fil.</translation>
    </message>
    <message>
        <source>The template %1 was not used: it is larger than %2 MB, the most a template may be. Choose a smaller template (a template needs only its styles, headers and logo).</source>
        <translation>Mallen %1 användes inte: den är större än %2 MB, som är det största en mall får vara. Välj en mindre mall (en mall behöver bara sina format, sidhuvuden och logotyp).</translation>
    </message>
    <message>
        <source>The template %1 was not used: it holds more than %2 parts, the most a template may hold. Save it again from Word, or choose another template.</source>
        <translation>Mallen %1 användes inte: den består av fler än %2 delar, som är det mesta en mall får innehålla. Spara den på nytt från Word eller välj en annan mall.</translation>
    </message>
    <message>
        <source>The template %1 was not used: it would unpack to more than %2 MB, the most a template may. Save it again from Word without sample text, or choose another template.</source>
        <translation>Mallen %1 användes inte: packad upp skulle den bli större än %2 MB, som är det mesta en mall får bli. Spara den på nytt från Word utan exempeltext eller välj en annan mall.</translation>
    </message>
    <message>
        <source>The template %1 was not used: a part of it unpacks to more than %2 times its packed size, which Word documents never do. Save it again from Word, or choose another template.</source>
        <translation>Mallen %1 användes inte: en del av den blir mer än %2 gånger större när den packas upp, vilket Word-dokument aldrig gör. Spara den på nytt från Word eller välj en annan mall.</translation>
    </message>
    <message>
        <source>The plan has no stored version for the stage “%1”: a version is kept each time the plan&apos;s stage is recorded. `facilitator plan FILE` lists the stored versions.</source>
        <translation>Planen har ingen sparad version för skedet ”%1”: en version sparas varje gång planens skede registreras. `facilitator plan FIL` visar de sparade versionerna.</translation>
    </message>
    <message>
        <source>The stored version of the plan for “%1” cannot be read (%2). The process file was not changed.</source>
        <translation>Den sparade versionen av planen för ”%1” går inte att läsa (%2). Processfilen har inte ändrats.</translation>
    </message>
    <message>
        <source>The reporting period “%1” is not a period: give its dates as YYYY-MM-DD, the start before the end.</source>
        <translation>Rapportperioden ”%1” är ingen period: ange datumen som ÅÅÅÅ-MM-DD, med början före slutet.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name to save to.</source>
        <translation>%1 är en mapp. Ange ett filnamn att spara till.</translation>
    </message>
    <message>
        <source>The folder %1 already holds files, and the results are never written over them. Choose a new folder name (it is made for you) or an empty folder.</source>
        <translation>Mappen %1 innehåller redan filer, och resultaten skrivs aldrig över dem. Välj ett nytt mappnamn (mappen skapas åt dig) eller en tom mapp.</translation>
    </message>
    <message>
        <source>%1 already exists and is not a folder for the results. Give a new folder name, or a name that ends in .zip for a zip file.</source>
        <translation>%1 finns redan och är inte en mapp för resultaten. Ange ett nytt mappnamn, eller ett namn som slutar på .zip för en zip-fil.</translation>
    </message>
    <message>
        <source>The disk is full, so %1 could not be written. Free some space and try again.</source>
        <translation>Disken är full, så %1 kunde inte skrivas. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>%1 could not be written: it is open in another program or the folder is read-only. Close the file or choose another place, and try again.</source>
        <translation>%1 kunde inte skrivas: filen är öppen i ett annat program eller så är mappen skrivskyddad. Stäng filen eller välj en annan plats och försök igen.</translation>
    </message>
    <message>
        <source>%1 is open in another program (for example Word), so it could not be replaced. Close it there and try again, or choose another name.</source>
        <translation>%1 är öppen i ett annat program (till exempel Word) och kunde därför inte ersättas. Stäng den där och försök igen, eller välj ett annat namn.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>%1 kunde inte skrivas (%2).</translation>
    </message>
    <message>
        <source>You cannot save the export over the process file itself (%1): the process would be lost. Choose another name. The process file has not been changed.</source>
        <translation>Du kan inte spara exporten över processfilen själv (%1): då skulle processen gå förlorad. Välj ett annat namn. Processfilen har inte ändrats.</translation>
    </message>
    <message>
        <source>%1 is a Facilitator process file, so the export is not saved over it. Choose another name. The file has not been changed.</source>
        <translation>%1 är en processfil från Facilitator, så exporten sparas inte över den. Välj ett annat namn. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>%1 is the Word template the export is made from, so the export is not saved over it. Choose another name. The template has not been changed.</source>
        <translation>%1 är Word-mallen som exporten görs från, så exporten sparas inte över den. Välj ett annat namn. Mallen har inte ändrats.</translation>
    </message>
    <message>
        <source>%1 is the list the participants were imported from, so the export is not saved over it. Choose another name. The list has not been changed.</source>
        <translation>%1 är listan som deltagarna importerades från, så exporten sparas inte över den. Välj ett annat namn. Listan har inte ändrats.</translation>
    </message>
    <message>
        <source>%1 is in Facilitator&apos;s folder of backups, which the app clears out by itself. Choose another folder. Nothing has been saved.</source>
        <translation>%1 ligger i Facilitators mapp för säkerhetskopior, som programmet rensar själv. Välj en annan mapp. Ingenting har sparats.</translation>
    </message>
</context>
<context>
    <name>ExportFields</name>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Målsättning</translation>
    </message>
    <message>
        <source>Responsible contact person</source>
        <translation>Ansvarig kontaktperson</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>Ansvarig förvaltning</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Time frame</source>
        <translation>Tidsram</translation>
    </message>
    <message>
        <source>Counts as completed when</source>
        <translation>Räknas som genomförd när</translation>
    </message>
    <message>
        <source>Indicators and benchmarks</source>
        <translation>Indikatorer och riktmärken</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgångsläge</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Resources and budget</source>
        <translation>Resurser och budget</translation>
    </message>
    <message>
        <source>Follow-up method</source>
        <translation>Metod för uppföljning</translation>
    </message>
    <message>
        <source>ECCAR point</source>
        <translation>ECCAR-punkt</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spår</translation>
    </message>
    <message>
        <source>Aimed at</source>
        <translation>Riktas till</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>New or existing</source>
        <translation>Ny eller befintlig</translation>
    </message>
    <message>
        <source>Time horizon</source>
        <translation>Tidsperspektiv</translation>
    </message>
    <message>
        <source>Quick win or long-term</source>
        <translation>Snabbutdelning eller långsiktig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>The municipality&apos;s own organisation</source>
        <translation>Kommunens egen organisation</translation>
    </message>
    <message>
        <source>The private sector</source>
        <translation>Den privata sektorn</translation>
    </message>
    <message>
        <source>Both the municipality and the private sector</source>
        <translation>Både kommunen och den privata sektorn</translation>
    </message>
    <message>
        <source>Short term</source>
        <translation>Kortsiktig</translation>
    </message>
    <message>
        <source>Long term</source>
        <translation>Långsiktig</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Track %1: %2</source>
        <translation>Spår %1: %2</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <source>Existing measure</source>
        <translation>Befintlig åtgärd</translation>
    </message>
    <message>
        <source>Quick win (results seen early)</source>
        <translation>Ger snabbutdelning (resultat syns tidigt)</translation>
    </message>
    <message>
        <source>Long-term work</source>
        <translation>Långsiktigt arbete</translation>
    </message>
</context>
<context>
    <name>ExportFormsDialog</name>
    <message>
        <source>Export follow-up forms</source>
        <translation>Exportera uppföljningsformulär</translation>
    </message>
    <message>
        <source>One form (.xlsx) per department with open measures. The department fills in the new status, a note, the indicator&apos;s value and a new due date, and sends the form back; read it in with “Read in filled forms…”.</source>
        <translation>Ett formulär (.xlsx) per förvaltning med öppna åtgärder. Förvaltningen fyller i ny status, en kommentar, indikatorns värde och ett nytt klart senast-datum och skickar tillbaka formuläret; läs in det med ”Läs in ifyllda formulär…”.</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Omgång:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) written in %1. Send each department its own form.</source>
        <translation>
            <numerusform>%n formulär sparat i %1. Skicka varje förvaltning dess eget formulär.</numerusform>
            <numerusform>%n formulär sparade i %1. Skicka varje förvaltning dess eget formulär.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the forms</source>
        <translation>Mapp för formulären</translation>
    </message>
    <message>
        <source>Give the round a name and choose a folder.</source>
        <translation>Ge omgången ett namn och välj en mapp.</translation>
    </message>
    <message>
        <source>Writing the forms…</source>
        <translation>Skapar formulären…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The forms could not be written in %1: %2</source>
        <translation>Formulären kunde inte sparas i %1: %2</translation>
    </message>
    <message>
        <source>No open measure names a responsible department: there is no form to write.</source>
        <translation>Ingen öppen åtgärd har en ansvarig förvaltning: det finns inget formulär att skapa.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Title</source>
        <extracomment>(table, column) -&gt; the most characters it may hold. Every text field of every entity is here or gets LINE (see ``limit``). The field&apos;s name in messages (&quot;Fields&quot; context): &quot;The title may be at most …&quot;.</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>What happens with the results</source>
        <translation>Vad händer med resultaten</translation>
    </message>
    <message>
        <source>Selection reasons</source>
        <translation>Urvalsgrunder</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>How participants hear back</source>
        <translation>Återkoppling till deltagarna</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Vägledning</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Målsättning</translation>
    </message>
    <message>
        <source>Responsible contact</source>
        <translation>Ansvarig kontaktperson</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>Ansvarig förvaltning</translation>
    </message>
    <message>
        <source>Time frame</source>
        <translation>Tidsram</translation>
    </message>
    <message>
        <source>Completed when</source>
        <translation>Klar när</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgångsläge</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resurser</translation>
    </message>
    <message>
        <source>Follow-up method</source>
        <translation>Uppföljningsmetod</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Benämning</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translation>Planens titel</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutad av</translation>
    </message>
    <message>
        <source>Justerare</source>
        <translation>Justerare</translation>
    </message>
    <message>
        <source>Replies sent to</source>
        <translation>Svar skickas till</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Motivering av bedömningen</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrkor</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Svagheter</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Rekommendationer</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Who decided</source>
        <translation>Vem som beslutade</translation>
    </message>
    <message>
        <source>Consent for</source>
        <translation>Samtycke till</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
</context>
<context>
    <name>FirstStepsPage</name>
    <message>
        <source>First steps</source>
        <translation>Första stegen</translation>
    </message>
    <message>
        <source>The process has no meeting yet. Start with the first meeting, or bring in the participant list first. Everything you do is saved at once and can be undone with Ctrl+Z.</source>
        <translation>Processen har inget möte ännu. Börja med det första mötet, eller hämta in deltagarlistan först. Allt du gör sparas direkt och kan ångras med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Create the first meeting</source>
        <translation>Skapa det första mötet</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>Eller</translation>
    </message>
    <message>
        <source>Import a participant list (Excel or CSV)…</source>
        <translation>Importera en deltagarlista (Excel eller CSV)…</translation>
    </message>
    <message>
        <source>Look at the demo process: a whole World Café with its action plan</source>
        <translation>Titta på demoprocessen: ett helt World Café med sin handlingsplan</translation>
    </message>
    <message>
        <source>Read the guide: a World Café from start to finish (F1)</source>
        <translation>Läs guiden: ett World Café från början till slut (F1)</translation>
    </message>
</context>
<context>
    <name>FollowUpCommand</name>
    <message numerus="yes">
        <source>Nothing was written (%n change(s) to read in).</source>
        <translation>
            <numerusform>Ingenting sparades (%n ändring att läsa in).</numerusform>
            <numerusform>Ingenting sparades (%n ändringar att läsa in).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) read in, each in the measure&apos;s status history with its round and department.</source>
        <translation>
            <numerusform>%n ändring inläst, i åtgärdens statushistorik med omgång och förvaltning.</numerusform>
            <numerusform>%n ändringar inlästa, var och en i åtgärdens statushistorik med omgång och förvaltning.</numerusform>
        </translation>
    </message>
    <message>
        <source>read the departments&apos; filled follow-up forms back</source>
        <translation>läs in förvaltningarnas ifyllda uppföljningsformulär</translation>
    </message>
    <message>
        <source>Reads filled follow-up forms of a reporting round and records their changes.</source>
        <translation>Läser in ifyllda uppföljningsformulär från en rapporteringsomgång och registrerar ändringarna.</translation>
    </message>
    <message>
        <source>the forms of a reporting round (.xlsx)</source>
        <translation>formulären från en rapporteringsomgång (.xlsx)</translation>
    </message>
    <message>
        <source>the process file</source>
        <translation>processfilen</translation>
    </message>
    <message>
        <source>the filled forms</source>
        <translation>de ifyllda formulären</translation>
    </message>
    <message>
        <source>print the changes and write nothing</source>
        <translation>skriv ut ändringarna utan att spara något</translation>
    </message>
    <message>
        <source>%1 cannot hold the forms: choose a folder of your own.</source>
        <translation>%1 kan inte ta emot formulären: välj en egen mapp.</translation>
    </message>
    <message>
        <source>The forms could not be written in %1: %2</source>
        <translation>Formulären kunde inte sparas i %1: %2</translation>
    </message>
    <message>
        <source>No open measure names a responsible department: there is no form to write.</source>
        <translation>Ingen öppen åtgärd har en ansvarig förvaltning: det finns inget formulär att skapa.</translation>
    </message>
    <message>
        <source>Nothing was read in: correct the forms and read them all in again.</source>
        <translation>Ingenting lästes in: rätta formulären och läs in alla igen.</translation>
    </message>
    <message>
        <source>Measure %1 “%2” (%3, %4 row %5): %6</source>
        <translation>Åtgärd %1 ”%2” (%3, %4 rad %5): %6</translation>
    </message>
    <message>
        <source>Nothing new to read in: every change is already recorded.</source>
        <translation>Inget nytt att läsa in: alla ändringar är redan registrerade.</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <source>ID</source>
        <extracomment>Column widths in characters, by column. The height of one line of text in points, and the least lines a row has (room to write by hand on a printed form).</extracomment>
        <translation>Id</translation>
    </message>
    <message>
        <source>Measure (its number in the plan)</source>
        <translation>Åtgärd (med sitt nummer i planen)</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Status nu</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Klart senast nu</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Senaste värde</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Ny status</translation>
    </message>
    <message>
        <source>What has been done? (note)</source>
        <translation>Vad har gjorts? (kommentar)</translation>
    </message>
    <message>
        <source>Indicator value now</source>
        <translation>Indikatorns värde nu</translation>
    </message>
    <message>
        <source>New due date (YYYY-MM-DD)</source>
        <translation>Nytt klart senast (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · Responsible department: %2</source>
        <translation>%1 · Ansvarig förvaltning: %2</translation>
    </message>
    <message>
        <source>Fill in the yellow columns for the measures that have changed and leave the other rows blank. Choose the status from the list. Do not change the other columns, and send the file back as it is (.xlsx).</source>
        <translation>Fyll i de gula kolumnerna för de åtgärder där något har hänt och lämna övriga rader tomma. Välj status i listan. Ändra inte de andra kolumnerna, och skicka tillbaka filen som den är (.xlsx).</translation>
    </message>
    <message>
        <source>Choose one of the statuses in the list.</source>
        <translation>Välj en av statusarna i listan.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Choose the measure&apos;s status now, or leave blank if it has not changed.</source>
        <translation>Välj åtgärdens status nu, eller lämna tomt om den inte har ändrats.</translation>
    </message>
    <message>
        <source>Write a date as YYYY-MM-DD, for example 2027-06-30.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-06-30.</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nytt klart senast</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>Sida &amp;P av &amp;N</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>“What have you done so far?” The open measures agreed at earlier meetings, by ECCAR point. Choose a new status where something happened and write a note; then save the review.</source>
        <translation>”Vad har ni gjort hittills?” De öppna åtgärderna från tidigare möten, per ECCAR-punkt. Välj ny status där något har hänt och skriv en anteckning; spara sedan uppföljningen.</translation>
    </message>
    <message>
        <source>&amp;Save review (Ctrl+Enter)</source>
        <translation>&amp;Spara uppföljningen (Ctrl+Retur)</translation>
    </message>
    <message>
        <source>Nothing to follow up: no open measures were agreed at earlier meetings.</source>
        <translation>Inget att följa upp: det finns inga öppna åtgärder från tidigare möten.</translation>
    </message>
    <message>
        <source>Not yet under an ECCAR point</source>
        <translation>Ännu inte under någon ECCAR-punkt</translation>
    </message>
    <message numerus="yes">
        <source>%n open measure(s) to follow up</source>
        <translation>
            <numerusform>%n öppen åtgärd att följa upp</numerusform>
            <numerusform>%n öppna åtgärder att följa upp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message>
        <source>judged on %1</source>
        <translation>bedömt per %1</translation>
    </message>
    <message>
        <source>Nothing to save: choose a new status or write a note for at least one measure.</source>
        <translation>Inget att spara: välj ny status eller skriv en anteckning för minst en åtgärd.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n measure(s) cannot get the chosen status yet (see below).</source>
        <translation>
            <numerusform>Inget sparades: %n åtgärd kan inte få den valda statusen ännu (se nedan).</numerusform>
            <numerusform>Inget sparades: %n åtgärder kan inte få den valda statusen ännu (se nedan).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpRhythm</name>
    <message>
        <source>Committee meeting %1</source>
        <extracomment>The title of a committee meeting made from the calendar; %1 is its date.</extracomment>
        <translation>Kommittémöte %1</translation>
    </message>
    <message>
        <source>Follow-up %1 %2</source>
        <extracomment>A reporting round&apos;s name: %1 its number within the year, %2 the year (&quot;Uppföljning 1 2027&quot;).</extracomment>
        <translation>Uppföljning %1 %2</translation>
    </message>
    <message>
        <source>The committee meets every</source>
        <extracomment>How many reporting rounds a year may have: the year is cut into equal whole months. Each setting and the process column that stores it. The values each setting may take (inclusive ranges, or the allowed choices). What each setting is called (the window&apos;s labels).</extracomment>
        <translation>Kommittén möts var</translation>
    </message>
    <message>
        <source>The departments report</source>
        <translation>Förvaltningarna rapporterar</translation>
    </message>
    <message>
        <source>The plan is revised every</source>
        <translation>Planen revideras vart</translation>
    </message>
    <message>
        <source>Report to ECCAR every</source>
        <translation>Rapport till ECCAR vart</translation>
    </message>
    <message>
        <source>Committee meeting</source>
        <translation>Kommittémöte</translation>
    </message>
    <message>
        <source>Committee meeting (not created yet)</source>
        <translation>Kommittémöte (inte skapat än)</translation>
    </message>
    <message>
        <source>Reporting round</source>
        <translation>Rapporteringsomgång</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Report to ECCAR</source>
        <translation>Rapport till ECCAR</translation>
    </message>
    <message>
        <source>Revision of the plan</source>
        <translation>Revidering av planen</translation>
    </message>
</context>
<context>
    <name>FormsReading</name>
    <message>
        <source>Read in filled forms</source>
        <translation>Läs in ifyllda formulär</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Läser %1 …</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Framework</name>
    <message>
        <source>%1: &quot;lines&quot; must be two line numbers, first and last.</source>
        <translation>%1: ”lines” ska vara två radnummer, första och sista.</translation>
    </message>
    <message>
        <source>%1: the text &quot;%2&quot; is missing or empty.</source>
        <translation>%1: texten ”%2” saknas eller är tom.</translation>
    </message>
    <message>
        <source>%1: the list &quot;%2&quot; is missing or empty.</source>
        <translation>%1: listan ”%2” saknas eller är tom.</translation>
    </message>
    <message>
        <source>The file does not hold a framework (a JSON object).</source>
        <translation>Filen innehåller inget ramverk (ett JSON-objekt).</translation>
    </message>
    <message>
        <source>the framework</source>
        <translation>ramverket</translation>
    </message>
    <message>
        <source>theme %1</source>
        <translation>tema %1</translation>
    </message>
    <message>
        <source>%1: &quot;number&quot; must be a whole number from 1.</source>
        <translation>%1: ”number” ska vara ett heltal från 1.</translation>
    </message>
    <message>
        <source>Theme number %1 appears twice.</source>
        <translation>Tema nummer %1 finns två gånger.</translation>
    </message>
    <message>
        <source>question %1</source>
        <translation>fråga %1</translation>
    </message>
    <message>
        <source>%1 is not a question (a JSON object).</source>
        <translation>%1 är ingen fråga (ett JSON-objekt).</translation>
    </message>
    <message>
        <source>Question %1 appears twice.</source>
        <translation>Fråga %1 finns två gånger.</translation>
    </message>
    <message>
        <source>%1: &quot;kind&quot; must be &quot;closed&quot; or &quot;open&quot;, not &quot;%2&quot;.</source>
        <translation>%1: ”kind” ska vara ”closed” eller ”open”, inte ”%2”.</translation>
    </message>
    <message>
        <source>environmental factor %1</source>
        <translation>miljöfaktor %1</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation>Filen är inte giltig JSON (%1).</translation>
    </message>
</context>
<context>
    <name>FrameworkLabelsDialog</name>
    <message>
        <source>Labels of points and tracks</source>
        <translation>Benämningar på punkter och spår</translation>
    </message>
    <message>
        <source>The labels this process uses for the ECCAR points and the tracks. Leave a field empty to use the toolkit&apos;s wording, shown in grey.</source>
        <translation>De benämningar den här processen använder för ECCAR-punkterna och spåren. Lämna ett fält tomt för att använda verktygslådans formulering, som visas i grått.</translation>
    </message>
    <message>
        <source>ECCAR points</source>
        <translation>ECCAR-punkter</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Spår</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgångsläge</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>Goals say what should be true when the plan has worked, and how you will know: an indicator, a baseline, a target value and a date. Tick the measures that work towards the chosen goal. A key factor of a self-assessment rated “partly” or “not true” can become a goal.</source>
        <translation>Målen säger vad som ska gälla när planen har gett resultat, och hur ni vet det: en indikator, ett utgångsläge, ett målvärde och ett datum. Kryssa i de åtgärder som arbetar mot det valda målet. En nyckelfaktor i en självskattning som bedömts som ”delvis” eller ”stämmer inte” kan bli ett mål.</translation>
    </message>
    <message>
        <source>&amp;New goal</source>
        <translation>&amp;Nytt mål</translation>
    </message>
    <message>
        <source>&amp;Delete goal</source>
        <translation>&amp;Ta bort mål</translation>
    </message>
    <message>
        <source>The chosen goal</source>
        <translation>Valt mål</translation>
    </message>
    <message>
        <source>Measures towards this goal</source>
        <translation>Åtgärder mot målet</translation>
    </message>
    <message>
        <source>Tick a measure to link it to the goal; double-click to open it.</source>
        <translation>Kryssa i en åtgärd för att koppla den till målet; dubbelklicka för att öppna den.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n mål</numerusform>
            <numerusform>%n mål</numerusform>
        </translation>
    </message>
    <message>
        <source>A goal needs a name. The old one is kept.</source>
        <translation>Ett mål behöver en formulering. Den tidigare behålls.</translation>
    </message>
    <message>
        <source>Write the target date as YYYY-MM-DD, e.g. 2029-12-31.</source>
        <translation>Skriv måldatumet som ÅÅÅÅ-MM-DD, t.ex. 2029-12-31.</translation>
    </message>
    <message>
        <source>The text is too long for this field.</source>
        <translation>Texten är för lång för det här fältet.</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) without a measure: %1</source>
        <translation>
            <numerusform>%n mål utan åtgärd: %1</numerusform>
            <numerusform>%n mål utan åtgärd: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) without a goal: %1</source>
        <translation>
            <numerusform>%n åtgärd utan mål: %1</numerusform>
            <numerusform>%n åtgärder utan mål: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every goal has a measure and every measure works towards a goal.</source>
        <translation>Alla mål har en åtgärd och alla åtgärder arbetar mot ett mål.</translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <source>partly true</source>
        <translation>stämmer delvis</translation>
    </message>
    <message>
        <source>not true</source>
        <translation>stämmer inte</translation>
    </message>
    <message>
        <source>Self-assessment, key factor %1</source>
        <translation>Självskattning, nyckelfaktor %1</translation>
    </message>
    <message>
        <source>Integrating Cities self-assessment, key factor %1</source>
        <translation>Självskattning enligt Integrating Cities, nyckelfaktor %1</translation>
    </message>
    <message>
        <source>rated %1</source>
        <translation>bedömd: %1</translation>
    </message>
    <message>
        <source>Goals and the measures that work towards them</source>
        <translation>Mål och de åtgärder som arbetar mot dem</translation>
    </message>
    <message>
        <source>Each goal with how it is measured and the measures that work towards it. Goals without a measure and measures without a goal are listed at the end: they show where the plan&apos;s goals and its work have not yet met.</source>
        <translation>Varje mål med hur det mäts och de åtgärder som arbetar mot det. Mål utan åtgärd och åtgärder utan mål listas sist: de visar var planens mål och arbete ännu inte hänger ihop.</translation>
    </message>
    <message>
        <source>No goals have been set yet.</source>
        <translation>Inga mål har satts ännu.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgångsläge</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Kommer från</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>No measure works towards this goal yet.</source>
        <translation>Ingen åtgärd arbetar mot målet ännu.</translation>
    </message>
    <message>
        <source>Where goals and measures do not yet meet</source>
        <translation>Där mål och åtgärder ännu inte hänger ihop</translation>
    </message>
    <message>
        <source>Goals without a measure:</source>
        <translation>Mål utan åtgärd:</translation>
    </message>
    <message>
        <source>Measures without a goal:</source>
        <translation>Åtgärder utan mål:</translation>
    </message>
    <message>
        <source>Every goal has a measure and every measure works towards a goal.</source>
        <translation>Alla mål har en åtgärd och alla åtgärder arbetar mot ett mål.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide</source>
        <translation>Användarhandledning</translation>
    </message>
</context>
<context>
    <name>HarvestEdits</name>
    <message>
        <source>The contribution no longer exists.</source>
        <translation>Bidraget finns inte längre.</translation>
    </message>
    <message>
        <source>The contribution to keep is itself a duplicate. Keep the one it was merged into.</source>
        <translation>Bidraget som ska behållas är självt en dubblett. Behåll det bidrag som det slogs ihop med.</translation>
    </message>
    <message>
        <source>Choose at least two different contributions to merge.</source>
        <translation>Välj minst två olika bidrag att slå ihop.</translation>
    </message>
    <message>
        <source>These contributions are already merged.</source>
        <translation>De här bidragen är redan ihopslagna.</translation>
    </message>
    <message>
        <source>Dots are given to one contribution or one theme.</source>
        <translation>Prickar ges till ett bidrag eller ett tema.</translation>
    </message>
    <message>
        <source>The number of dots cannot be negative.</source>
        <translation>Antalet prickar kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Too many dots: %1 voters with %2 dots each have %3 dots in all, and at most %4 can go here. Check the count, or change the number of voters.</source>
        <translation>För många prickar: %1 röstande med %2 prickar var har %3 prickar sammanlagt, och högst %4 kan läggas här. Kontrollera räkningen eller ändra antalet röstande.</translation>
    </message>
</context>
<context>
    <name>HarvestPage</name>
    <message>
        <source>Duplicate: %1</source>
        <translation>Dubblett: %1</translation>
    </message>
    <message>
        <source>Ctrl+%1 moves the selected contributions here</source>
        <translation>Ctrl+%1 flyttar de markerade bidragen hit</translation>
    </message>
    <message>
        <source>All contributions</source>
        <translation>Alla bidrag</translation>
    </message>
    <message>
        <source>Unsorted</source>
        <translation>Osorterade</translation>
    </message>
    <message>
        <source>Counted from attendance: participants and table hosts present. Change it to the number who voted.</source>
        <translation>Räknat från närvaron: deltagare och bordsvärdar som var på plats. Ändra till antalet som röstade.</translation>
    </message>
    <message>
        <source>Entered by hand. Set it to 0 to count those present again.</source>
        <translation>Inskrivet för hand. Sätt 0 för att räkna de närvarande igen.</translation>
    </message>
    <message>
        <source>= %1 dots in the room, %2 left</source>
        <translation>= %1 prickar i rummet, %2 kvar</translation>
    </message>
    <message>
        <source>= %1 dots in the room: %2 too many entered</source>
        <translation>= %1 prickar i rummet: %2 för många inskrivna</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>%n bidrag</numerusform>
            <numerusform>%n bidrag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsorted</source>
        <translation>
            <numerusform>%n osorterat</numerusform>
            <numerusform>%n osorterade</numerusform>
        </translation>
    </message>
    <message>
        <source>New theme %1</source>
        <translation>Nytt tema %1</translation>
    </message>
    <message>
        <source>Select two or more contributions that say the same thing; the current one is kept.</source>
        <translation>Markera två eller fler bidrag som säger samma sak; det aktuella bidraget behålls.</translation>
    </message>
    <message>
        <source>Same thing? (%1 % alike)</source>
        <translation>Samma sak? (%1 % lika)</translation>
    </message>
    <message>
        <source>Theme “%1”?</source>
        <translation>Tema ”%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n hint(s). Accept merges the duplicates or moves the contribution to the theme; Ignore hides the hint.</source>
        <translation>
            <numerusform>%n förslag. Godta slår ihop dubbletterna eller flyttar bidraget till temat; Avböj döljer förslaget.</numerusform>
            <numerusform>%n förslag. Godta slår ihop dubbletterna eller flyttar bidraget till temat; Avböj döljer förslaget.</numerusform>
        </translation>
    </message>
    <message>
        <source>No hints: no likely duplicates or theme suggestions.</source>
        <translation>Inga förslag: inga troliga dubbletter eller temaförslag.</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Går inte</translation>
    </message>
    <message>
        <source>&amp;Voters:</source>
        <translation>&amp;Röstande:</translation>
    </message>
    <message>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Prickar per person:</translation>
    </message>
    <message>
        <source>Filter contributions…</source>
        <translation>Filtrera bidrag…</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <source>&amp;New theme</source>
        <translation>&amp;Nytt tema</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Skift+T</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Ta bort tema</translation>
    </message>
    <message>
        <source>Delete: the contributions stay, without a theme</source>
        <translation>Delete: bidragen finns kvar, utan tema</translation>
    </message>
    <message>
        <source>&amp;Assign to theme…</source>
        <translation>&amp;Flytta till tema…</translation>
    </message>
    <message>
        <source>Ctrl+G; Ctrl+1 to Ctrl+9 assign to theme 1 to 9, Ctrl+0 makes them unsorted</source>
        <translation>Ctrl+G; Ctrl+1 till Ctrl+9 flyttar till tema 1 till 9, Ctrl+0 gör dem osorterade</translation>
    </message>
    <message>
        <source>Mer&amp;ge duplicates</source>
        <translation>&amp;Slå ihop dubbletter</translation>
    </message>
    <message>
        <source>Ctrl+J: the current contribution is kept, the others are shown under it</source>
        <translation>Ctrl+J: det aktuella bidraget behålls, de andra visas under det</translation>
    </message>
    <message>
        <source>&amp;Separate</source>
        <translation>S&amp;kilj ut</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J: the duplicate stands on its own again</source>
        <translation>Ctrl+Skift+J: dubbletten står för sig själv igen</translation>
    </message>
    <message>
        <source>Make a &amp;measure…</source>
        <translation>Gör en å&amp;tgärd…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K: a measure from the selected contributions or theme</source>
        <translation>Ctrl+Skift+K: en åtgärd utifrån de markerade bidragen eller temat</translation>
    </message>
    <message>
        <source>&amp;Hints</source>
        <translation>Förs&amp;lag</translation>
    </message>
    <message>
        <source>Main &amp;points and decisions</source>
        <translation>&amp;Huvudpunkter och beslut</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>&amp;Godta</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>Av&amp;böj</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>A main point or a decision, then Enter…</source>
        <translation>En huvudpunkt eller ett beslut, sedan Enter…</translation>
    </message>
    <message>
        <source>Add main p&amp;oint</source>
        <translation>Lägg till h&amp;uvudpunkt</translation>
    </message>
    <message>
        <source>Add d&amp;ecision</source>
        <translation>Lägg till b&amp;eslut</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>HostLinksPanel</name>
    <message>
        <source>A table&apos;s host opens the link on a phone and writes the table&apos;s notes there; they arrive on the Capture page at once, marked with the table, and reach the participants only when you show them. The crib sheets print the links. Revoke a link when a phone is lost; a new one replaces it.</source>
        <translation>Bordsvärden öppnar länken i mobilen och skriver bordets anteckningar där. De kommer in under fliken Anteckningar direkt, märkta med bordet, och når deltagarna först när du visar dem. Länkarna skrivs ut på värdarnas lathundar. Stäng en länk om en mobil kommer bort; en ny länk ersätter den.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Host link</source>
        <translation>Värdlänk</translation>
    </message>
    <message>
        <source>Create lin&amp;ks for all tables</source>
        <translation>Skapa länkar för alla bo&amp;rd</translation>
    </message>
    <message>
        <source>N&amp;ew link for the table</source>
        <translation>Ny länk för bord&amp;et</translation>
    </message>
    <message>
        <source>Re&amp;voke the link</source>
        <translation>S&amp;täng länken</translation>
    </message>
    <message>
        <source>Cop&amp;y the link</source>
        <translation>Kopiera l&amp;änken</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Bord %1</translation>
    </message>
    <message>
        <source>No link</source>
        <translation>Ingen länk</translation>
    </message>
    <message>
        <source>The chosen table&apos;s link shows here as a QR code.</source>
        <translation>Det valda bordets länk visas här som QR-kod.</translation>
    </message>
    <message>
        <source>Choose a table to see its link as a QR code.</source>
        <translation>Välj ett bord för att se dess länk som QR-kod.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters, the most it may be.</source>
        <translation>%1 är längre än %2 tecken, som är det högsta tillåtna.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Namn saknas.</translation>
    </message>
    <message>
        <source>Unknown category “%1”.</source>
        <translation>Okänd kategori “%1”.</translation>
    </message>
    <message>
        <source>Unknown role “%1”.</source>
        <translation>Okänd roll “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” är inte en e-postadress.</translation>
    </message>
    <message>
        <source>The same person is already listed above (%1).</source>
        <translation>Samma person finns redan längre upp i listan (%1).</translation>
    </message>
    <message>
        <source>A value is longer than %2 characters.</source>
        <translation>Ett värde är längre än %2 tecken.</translation>
    </message>
    <message>
        <source>A value contains invisible control characters.</source>
        <translation>Ett värde innehåller osynliga styrtecken.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Filen finns inte.</translation>
    </message>
    <message>
        <source>Only CSV files and Excel workbooks (.xlsx) can be imported.</source>
        <translation>Det går bara att importera CSV-filer och Excel-arbetsböcker (.xlsx).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>No column with names was found. The first row must name the columns, e.g. “Namn”.</source>
        <translation>Ingen kolumn med namn hittades. Första raden ska innehålla kolumnrubriker, t.ex. “Namn”.</translation>
    </message>
    <message>
        <source>The file cannot be read as a list of participants. Save it as CSV or .xlsx from Excel.</source>
        <translation>Filen kan inte läsas som en deltagarlista. Spara den som CSV eller .xlsx från Excel.</translation>
    </message>
    <message>
        <source>The list has more than %1 rows, the most that can be imported at once. Nothing was imported. Split the list into smaller files and import them one by one.</source>
        <translation>Listan har fler än %1 rader, som är det mesta som kan importeras på en gång. Ingenting importerades. Dela upp listan i mindre filer och importera dem en i taget.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most a registration list may be. Nothing was imported. Save only the participants&apos; sheet, or split the list.</source>
        <translation>Filen är större än %1 MB, som är det största en anmälningslista får vara. Ingenting importerades. Spara bara bladet med deltagarna, eller dela upp listan.</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 parts, the most that is read. Nothing was imported. Save the participants&apos; sheet as a new workbook or as CSV.</source>
        <translation>Arbetsboken består av fler än %1 delar, som är det mesta som läses. Ingenting importerades. Spara bladet med deltagarna som en ny arbetsbok eller som CSV.</translation>
    </message>
    <message>
        <source>The workbook would unpack to more than %1 MB, the most that is read. Nothing was imported. Save the participants&apos; sheet as a new workbook or as CSV.</source>
        <translation>Packad upp skulle arbetsboken bli större än %1 MB, som är det mesta som läses. Ingenting importerades. Spara bladet med deltagarna som en ny arbetsbok eller som CSV.</translation>
    </message>
    <message>
        <source>The workbook was not opened: a part of it unpacks to more than %1 times its packed size, which Excel never writes. Nothing was imported. Open it in Excel and save it again, or save it as CSV.</source>
        <translation>Arbetsboken öppnades inte: en del av den blir mer än %1 gånger större när den packas upp, vilket Excel aldrig skriver. Ingenting importerades. Öppna den i Excel och spara den på nytt, eller spara den som CSV.</translation>
    </message>
    <message>
        <source>A quotation mark on line %1 is never closed, so the rest of the file would be read as one cell. Correct that line (or remove the quotation mark) and import again.</source>
        <translation>Ett citattecken på rad %1 stängs aldrig, så resten av filen skulle läsas som en enda cell. Rätta den raden (eller ta bort citattecknet) och importera igen.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importera deltagare</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n rad lästes.</numerusform>
            <numerusform>%n rader lästes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can be imported.</source>
        <translation>
            <numerusform>%n kan importeras.</numerusform>
            <numerusform>%n kan importeras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have problems and will be skipped.</source>
        <translation>
            <numerusform>%n har problem och hoppas över.</numerusform>
            <numerusform>%n har problem och hoppas över.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Teckenkodning: %1</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>kommatecken</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabbtecken</translation>
    </message>
    <message>
        <source>Separator: %1</source>
        <translation>Avgränsare: %1</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Kolumner som inte används: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>To import (%1)</source>
        <translation>Importeras (%1)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problem (%1)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>&amp;Also add them to the meeting:</source>
        <translation>&amp;Lägg också till dem i mötet:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n participant(s)</source>
        <translation>
            <numerusform>&amp;Importera %n deltagare</numerusform>
            <numerusform>&amp;Importera %n deltagare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkSourcesDialog</name>
    <message>
        <source>Theme: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Link contributions or themes</source>
        <translation>Koppla bidrag eller teman</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrera…</translation>
    </message>
</context>
<context>
    <name>ListReading</name>
    <message>
        <source>Import participants</source>
        <extracomment>the dialog appears only if reading takes longer than this (ms) how often the child&apos;s messages are looked at (ms) the reading&apos;s outcome, once: the preview, or the exception it ended with (ImportCancelled when the coordinator cancelled)</extracomment>
        <translation>Importera deltagare</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Läser %1 …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 … %n row(s) read.</source>
        <translation>
            <numerusform>Läser %1 … %n rad läst.</numerusform>
            <numerusform>Läser %1 … %n rader lästa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New process…</source>
        <translation>&amp;Ny process…</translation>
    </message>
    <message>
        <source>&amp;Open process…</source>
        <translation>&amp;Öppna process…</translation>
    </message>
    <message>
        <source>&amp;Rename process…</source>
        <translation>&amp;Byt namn på process…</translation>
    </message>
    <message>
        <source>&amp;Close process</source>
        <translation>S&amp;täng process</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Import participants…</source>
        <translation>&amp;Importera deltagare…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Säkerhetskopior…</translation>
    </message>
    <message>
        <source>Personal data &amp;retention…</source>
        <translation>&amp;Lagringstid för personuppgifter…</translation>
    </message>
    <message>
        <source>&amp;Export documents…</source>
        <translation>&amp;Exportera dokument…</translation>
    </message>
    <message>
        <source>Publish the res&amp;ults for the website…</source>
        <translation>Publicera &amp;resultaten för webbplatsen…</translation>
    </message>
    <message>
        <source>&amp;Phones and QR code…</source>
        <translation>&amp;Mobiler och QR-kod…</translation>
    </message>
    <message>
        <source>Open the &amp;demo process</source>
        <translation>Öppna &amp;demoprocessen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>New &amp;meeting…</source>
        <translation>Nytt &amp;möte…</translation>
    </message>
    <message>
        <source>&amp;Delete meeting</source>
        <translation>&amp;Ta bort möte</translation>
    </message>
    <message>
        <source>New &amp;participant…</source>
        <translation>Ny &amp;deltagare…</translation>
    </message>
    <message>
        <source>&amp;Add participants to meeting…</source>
        <translation>&amp;Lägg till deltagare i mötet…</translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation>&amp;Om Facilitator</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandledning</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>Participant &amp;register</source>
        <translation>&amp;Deltagarregister</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>&amp;Handlingsplan</translation>
    </message>
    <message>
        <source>Plan and &amp;decisions</source>
        <translation>Plan och &amp;beslut</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Sök i allt…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Recent &amp;files</source>
        <translation>Senaste &amp;filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <source>All changes are saved</source>
        <translation>Alla ändringar är sparade</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (endast läsning)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ångra %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gör om %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>You can open a cleaned copy instead: Facilitator saves a new file with only what it makes itself (the data of its own tables) and names what was left out. The original stays as it is.</source>
        <translation>Du kan öppna en rensad kopia i stället: Facilitator sparar en ny fil med bara det som Facilitator själv skapar (innehållet i sina egna tabeller) och talar om vad som utelämnades. Originalet lämnas som det är.</translation>
    </message>
    <message>
        <source>Open a cleaned copy…</source>
        <translation>Öppna en rensad kopia…</translation>
    </message>
    <message>
        <source>(cleaned)</source>
        <translation>(rensad)</translation>
    </message>
    <message>
        <source>Save a cleaned copy as</source>
        <translation>Spara en rensad kopia som</translation>
    </message>
    <message>
        <source>Facilitator is already running with it on this computer: switch to that window to work in it.</source>
        <translation>Facilitator har redan filen öppen på den här datorn: byt till det fönstret för att arbeta i den.</translation>
    </message>
    <message>
        <source>It has been open there for a long time. If Facilitator on %1 has stopped (the computer was turned off), you may take it over; if it is still in use there, changes made there may be lost.</source>
        <translation>Den har varit öppen där länge. Om Facilitator på %1 har slutat (datorn stängdes av) kan du ta över den; om den fortfarande används där kan ändringar som görs där gå förlorade.</translation>
    </message>
    <message>
        <source>You can open it read-only: you see everything, but nothing can be changed.</source>
        <translation>Du kan öppna den endast för läsning: du ser allt, men inget kan ändras.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Öppna endast för läsning</translation>
    </message>
    <message>
        <source>Switch to that window</source>
        <translation>Byt till det fönstret</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Ta över</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Spara som…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <source>Save process as</source>
        <translation>Spara processen som</translation>
    </message>
    <message>
        <source>The process is saved as %1.</source>
        <translation>Processen är sparad som %1.</translation>
    </message>
    <message>
        <source>Every change is saved as you work; there is nothing more to save.</source>
        <translation>Varje ändring sparas medan du arbetar; det finns inget mer att spara.</translation>
    </message>
    <message>
        <source>Saving to the network drive…</source>
        <translation>Sparar på nätverksenheten…</translation>
    </message>
    <message>
        <source>On a network drive — the latest changes are only on this computer</source>
        <translation>På nätverksenhet – de senaste ändringarna finns bara på den här datorn</translation>
    </message>
    <message>
        <source>All changes are saved on this computer</source>
        <translation>Alla ändringar är sparade på den här datorn</translation>
    </message>
    <message>
        <source>On a network drive — saved there %1</source>
        <translation>På nätverksenhet – senast sparad där %1</translation>
    </message>
    <message>
        <source>%1 is on a network drive. Facilitator works on a copy on this computer and saves it back to the network drive a few seconds after each change, when you press Ctrl+S and when you close it.</source>
        <translation>%1 ligger på en nätverksenhet. Facilitator arbetar i en kopia på den här datorn och sparar tillbaka den till nätverksenheten några sekunder efter varje ändring, när du trycker Ctrl+S och när du stänger filen.</translation>
    </message>
    <message>
        <source>Saved to the network drive.</source>
        <translation>Sparat på nätverksenheten.</translation>
    </message>
    <message>
        <source>Your changes are kept on this computer, and Facilitator saves them to the network drive as soon as it can.</source>
        <translation>Dina ändringar finns kvar på den här datorn, och Facilitator sparar dem på nätverksenheten så snart det går.</translation>
    </message>
    <message>
        <source>Your version is kept on this computer and is offered when you open the file again.</source>
        <translation>Din version finns kvar på den här datorn och erbjuds när du öppnar filen nästa gång.</translation>
    </message>
    <message>
        <source>Save beside it…</source>
        <translation>Spara bredvid…</translation>
    </message>
    <message>
        <source>%1 (your version %2)</source>
        <translation>%1 (din version %2)</translation>
    </message>
    <message>
        <source>Your version is saved as %1, beside the file that was changed. You go on working in it.</source>
        <translation>Din version är sparad som %1, bredvid filen som ändrades. Du fortsätter att arbeta i den.</translation>
    </message>
    <message>
        <source>The copy on this computer was last changed %1.</source>
        <translation>Kopian på den här datorn ändrades senast %1.</translation>
    </message>
    <message>
        <source>The file on the network drive has also been changed since then; if you use your copy, you will be asked to save it beside that file under a new name.</source>
        <translation>Filen på nätverksenheten har också ändrats sedan dess. Om du använder din kopia får du spara den bredvid den filen under ett nytt namn.</translation>
    </message>
    <message>
        <source>Use the changes on this computer, or open the file as it is on the network drive? If you open the file on the network drive, the copy with the changes is kept in %1.</source>
        <translation>Vill du använda ändringarna på den här datorn, eller öppna filen som den är på nätverksenheten? Om du öppnar filen på nätverksenheten sparas kopian med ändringarna i %1.</translation>
    </message>
    <message>
        <source>Use the changes on this computer</source>
        <translation>Använd ändringarna på den här datorn</translation>
    </message>
    <message>
        <source>Open the file on the network drive</source>
        <translation>Öppna filen på nätverksenheten</translation>
    </message>
    <message>
        <source>There is a backup from %1. Put it in place of the damaged file? The damaged file is kept beside it, renamed.</source>
        <translation>Det finns en säkerhetskopia från %1. Vill du ersätta den skadade filen med den? Den skadade filen sparas bredvid, med ett nytt namn.</translation>
    </message>
    <message>
        <source>Damaged process</source>
        <translation>Skadad process</translation>
    </message>
    <message>
        <source>Open process</source>
        <translation>Öppna process</translation>
    </message>
    <message>
        <source>Rename process</source>
        <translation>Byt namn på process</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Den automatiska säkerhetskopieringen misslyckades: %1</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
        <source>Replace the content of the process with this backup? The current content is backed up first.</source>
        <translation>Vill du ersätta processens innehåll med den här säkerhetskopian? Det nuvarande innehållet säkerhetskopieras först.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Säkerhetskopian har återställts.</translation>
    </message>
    <message>
        <source>Erase people in the register, or change the retention in the File menu.</source>
        <translation>Radera personerna i registret, eller ändra lagringstiden i Arkiv-menyn.</translation>
    </message>
    <message>
        <source>%1 is erased.</source>
        <translation>%1 är raderad.</translation>
    </message>
    <message>
        <source>The meeting “%1” was deleted. Undo with Ctrl+Z.</source>
        <translation>Mötet “%1” har tagits bort. Ångra med Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>%n from phones to review</source>
        <translation>
            <numerusform>%n från mobiler att granska</numerusform>
            <numerusform>%n från mobiler att granska</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the list of what participants sent</source>
        <translation>Öppna listan över det som deltagarna har skickat</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importera deltagare</translation>
    </message>
    <message>
        <source>Registration lists (*.csv *.txt *.xlsx)</source>
        <translation>Anmälningslistor (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Import existing efforts</source>
        <translation>Importera befintliga insatser</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Kalkylblad (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Importen avbröts. Ingenting importerades.</translation>
    </message>
    <message numerus="yes">
        <source>%n existing effort(s) imported.</source>
        <translation>
            <numerusform>%n befintlig insats importerad.</numerusform>
            <numerusform>%n befintliga insatser importerade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every effort in the list is already in the register.</source>
        <translation>Alla insatser i listan finns redan i registret.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) imported.</source>
        <translation>
            <numerusform>%n deltagare har importerats.</numerusform>
            <numerusform>%n deltagare har importerats.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Facilitator</source>
        <translation>Om Facilitator</translation>
    </message>
    <message>
        <source>Facilitator %1
Plan participatory meetings and turn them into an action plan. Works offline.</source>
        <translation>Facilitator %1
Planera dialogmöten och gör resultatet till en handlingsplan. Fungerar utan internet.</translation>
    </message>
</context>
<context>
    <name>MappingAppendix</name>
    <message>
        <source>Appendix: existing work (the mapping)</source>
        <translation>Bilaga: befintligt arbete (kartläggningen)</translation>
    </message>
    <message>
        <source>What the municipality and its partners were already doing when the plan was made: who does what, at which level, with whom and with what money. Efforts placed under an ECCAR point and a track are shown in the coverage table beside the planned measures.</source>
        <translation>Det som kommunen och dess samarbetspartner redan gjorde när planen togs fram: vem som gör vad, på vilken nivå, med vilka och med vilka pengar. Insatser som placerats under en ECCAR-punkt och ett spår visas i täckningstabellen bredvid de planerade åtgärderna.</translation>
    </message>
    <message>
        <source>No existing efforts have been mapped.</source>
        <translation>Inga befintliga insatser har kartlagts.</translation>
    </message>
    <message>
        <source>No theme given</source>
        <translation>Inget tema angivet</translation>
    </message>
    <message>
        <source>Target group:</source>
        <translation>Målgrupp:</translation>
    </message>
    <message>
        <source>Measures that build on it:</source>
        <translation>Åtgärder som bygger på den:</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Med:</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>Punkt %1</translation>
    </message>
    <message>
        <source>track %1</source>
        <translation>spår %1</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Owner and partners</source>
        <translation>Ansvarig och samverkanspartner</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Status and period</source>
        <translation>Status och period</translation>
    </message>
    <message>
        <source>Point, track</source>
        <translation>Punkt, spår</translation>
    </message>
</context>
<context>
    <name>MeasureCatalogueModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>ECCAR point</source>
        <translation>ECCAR-punkt</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spår</translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation>Från möte</translation>
    </message>
    <message>
        <source>%1 – overdue</source>
        <translation>%1 – försenad</translation>
    </message>
    <message>
        <source>Overdue: the due date has passed and the measure is still open.</source>
        <translation>Försenad: datumet har passerat och åtgärden är fortfarande öppen.</translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <source>What and why</source>
        <translation>Vad och varför</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Vem som ansvarar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>How we know it worked</source>
        <translation>Hur vi vet att det fungerade</translation>
    </message>
    <message>
        <source>Place in the plan</source>
        <translation>Plats i handlingsplanen</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>for example “autumn 2027” or “2027–2029”</source>
        <translation>till exempel ”hösten 2027” eller ”2027–2029”</translation>
    </message>
    <message>
        <source>One named contact person in the department, never the coordinator.</source>
        <translation>En namngiven kontaktperson på förvaltningen, aldrig samordnaren.</translation>
    </message>
    <message>
        <source>Status and history</source>
        <translation>Status och historik</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reported in</source>
        <translation>Rapporterad i</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Ny status:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <source>What was decided or done</source>
        <translation>Vad som beslutades eller gjordes</translation>
    </message>
    <message>
        <source>&amp;Record status (Ctrl+Enter)</source>
        <translation>&amp;Registrera status (Ctrl+Retur)</translation>
    </message>
    <message>
        <source>Came from (double-click to show it in its meeting)</source>
        <translation>Kom från (dubbelklicka för att visa det i sitt möte)</translation>
    </message>
    <message>
        <source>Contribution or theme</source>
        <translation>Bidrag eller tema</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Table / round</source>
        <translation>Bord / omgång</translation>
    </message>
    <message>
        <source>&amp;Link more…</source>
        <translation>&amp;Koppla fler…</translation>
    </message>
    <message>
        <source>Remove lin&amp;k</source>
        <translation>Ta &amp;bort koppling</translation>
    </message>
    <message>
        <source>Measure: %1</source>
        <translation>Åtgärd: %1</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ingen titel)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Indicator value: %1</source>
        <translation>Indikatorns värde: %1</translation>
    </message>
    <message>
        <source>Reopen as: %1</source>
        <translation>Återöppna som: %1</translation>
    </message>
    <message>
        <source>Progress note (still %1)</source>
        <translation>Lägesrapport (fortfarande %1)</translation>
    </message>
    <message>
        <source>Before it can become %1:</source>
        <translation>Innan den kan få statusen ”%1”:</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>omgång %1</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Said the same (merged duplicates)</source>
        <translation>Sa samma sak (sammanslagna dubbletter)</translation>
    </message>
    <message>
        <source>Not linked to any contribution or theme yet.</source>
        <translation>Inte kopplad till något bidrag eller tema ännu.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as YYYY-MM-DD, for example 2027-06-30.</source>
        <translation>”%1” är inget datum. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2027-06-30.</translation>
    </message>
    <message>
        <source>A measure that is %1 must keep these: %2</source>
        <translation>En åtgärd med statusen ”%1” måste ha kvar detta: %2</translation>
    </message>
</context>
<context>
    <name>MeasureTexts</name>
    <message>
        <source>New measure</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <source>Title is missing</source>
        <translation>Titel saknas</translation>
    </message>
    <message>
        <source>Responsible person is missing</source>
        <translation>Ansvarig person saknas</translation>
    </message>
    <message>
        <source>Responsible department is missing</source>
        <translation>Ansvarig förvaltning saknas</translation>
    </message>
    <message>
        <source>Due date or time frame is missing</source>
        <translation>Klart senast-datum eller tidsram saknas</translation>
    </message>
    <message>
        <source>The status is unknown.</source>
        <translation>Statusen är okänd.</translation>
    </message>
    <message>
        <source>A measure cannot go from %1 to %2.</source>
        <translation>En åtgärd kan inte gå från ”%1” till ”%2”.</translation>
    </message>
    <message>
        <source>The measure is closed (%1). Reopen it first.</source>
        <translation>Åtgärden är avslutad (%1). Återöppna den först.</translation>
    </message>
    <message>
        <source>The measure cannot be %1 yet: %2.</source>
        <translation>Åtgärden kan inte få statusen ”%1” ännu: %2.</translation>
    </message>
    <message>
        <source>A measure has no such field.</source>
        <translation>En åtgärd har inget sådant fält.</translation>
    </message>
    <message>
        <source>The measure was changed meanwhile. Look at it again and retry.</source>
        <translation>Åtgärden har ändrats under tiden. Titta på den igen och försök på nytt.</translation>
    </message>
    <message>
        <source>%1: the number is out of range.</source>
        <translation>%1: numret finns inte i ramverket.</translation>
    </message>
    <message>
        <source>%1: the value is unknown.</source>
        <translation>%1: okänt värde.</translation>
    </message>
    <message>
        <source>%1: write the date as YYYY-MM-DD, for example 2027-06-30.</source>
        <translation>%1: skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-06-30.</translation>
    </message>
    <message>
        <source>%1: the coordinator cannot be responsible for a measure. Name a person in the department.</source>
        <translation>%1: samordnaren kan inte vara ansvarig för en åtgärd. Ange en person på förvaltningen.</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>The names of a measure&apos;s fields, as the editor and the messages call them.</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Målsättning</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Ansvarig kontaktperson</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>Ansvarig förvaltning</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Time frame</source>
        <translation>Tidsram</translation>
    </message>
    <message>
        <source>Counts as done when</source>
        <translation>Räknas som klar när</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Resources and budget</source>
        <translation>Resurser och budget</translation>
    </message>
    <message>
        <source>Follow-up method</source>
        <translation>Uppföljningsmetod</translation>
    </message>
    <message>
        <source>ECCAR point</source>
        <translation>ECCAR-punkt</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spår</translation>
    </message>
    <message>
        <source>Aimed at</source>
        <translation>Riktad till</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>New or existing</source>
        <translation>Ny eller befintlig</translation>
    </message>
    <message>
        <source>Time horizon</source>
        <translation>Tidsperspektiv</translation>
    </message>
    <message>
        <source>Quick win or long-term</source>
        <translation>Snabbutdelning eller långsiktig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Meeting of origin</source>
        <translation>Ursprungsmöte</translation>
    </message>
    <message>
        <source>The municipality&apos;s own organisation</source>
        <extracomment>The field each missing item points at in the editor (a deadline can be either date field).</extracomment>
        <translation>Kommunens egen organisation</translation>
    </message>
    <message>
        <source>The private sector</source>
        <translation>Privat sektor</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Båda</translation>
    </message>
    <message>
        <source>Short term</source>
        <translation>Kort sikt</translation>
    </message>
    <message>
        <source>Long term</source>
        <translation>Lång sikt</translation>
    </message>
    <message>
        <source>Quick win (results seen early)</source>
        <translation>Ger snabbutdelning (resultat syns tidigt)</translation>
    </message>
    <message>
        <source>Long-term work</source>
        <translation>Långsiktigt arbete</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Existing</source>
        <translation>Befintlig</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>&amp;Format</source>
        <translation>Mötes&amp;form</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <source>&amp;Moderator</source>
        <translation>M&amp;oderator</translation>
    </message>
    <message>
        <source>C&amp;oordinator</source>
        <translation>&amp;Samordnare</translation>
    </message>
    <message>
        <source>&amp;Series</source>
        <translation>Se&amp;rie</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Mat</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>S&amp;yfte</translation>
    </message>
    <message>
        <source>What happens with the results</source>
        <translation>Vad händer med resultatet</translation>
    </message>
    <message>
        <source>Selection reasons</source>
        <translation>Urvalsgrunder</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Ändra: %1</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>How participants hear back</source>
        <translation>Återkoppling till deltagarna</translation>
    </message>
    <message>
        <source>Food is served</source>
        <translation>Mat serveras</translation>
    </message>
    <message>
        <source>For example: World Café on the action plan</source>
        <translation>Till exempel: World Café om handlingsplanen</translation>
    </message>
    <message>
        <source>Venue and room</source>
        <translation>Lokal och rum</translation>
    </message>
    <message>
        <source>For workshops in a series, e.g. Working group HR</source>
        <translation>För workshoppar i en serie, t.ex. Arbetsgrupp HR</translation>
    </message>
    <message>
        <source>We cannot promise that every idea will be carried out, but the municipality has agreed to take the ideas seriously.</source>
        <translation>Vi kan inte lova att alla idéer kommer att genomföras, men kommunen har åtagit sig att ta idéerna på allvar.</translation>
    </message>
    <message>
        <source>Why these participants were invited</source>
        <translation>Varför just de här deltagarna bjöds in</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Sluttid</translation>
    </message>
    <message>
        <source>until</source>
        <translation>till</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with a contribution</source>
        <translation>Slå ihop med ett bidrag</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Filen %1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is not a file that can be opened.</source>
        <translation>%1 är inte en fil som kan öppnas.</translation>
    </message>
    <message>
        <source>%1 is not a Facilitator process file. It was not changed.</source>
        <translation>%1 är inte en processfil från Facilitator. Den har inte ändrats.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Facilitator process. It was not changed.</source>
        <translation>%1 är en databas från ett annat program, inte en Facilitator-process. Den har inte ändrats.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened. It was not changed.</source>
        <translation>%1 är skadad och kan inte öppnas. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Facilitator. Update Facilitator to open it. The file was not changed.</source>
        <translation>%1 har sparats med en nyare version av Facilitator. Uppdatera Facilitator för att öppna den. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>%1 is read-only, so changes could not be saved. Copy it to a folder where you can write, or change its permissions. The file was not changed.</source>
        <translation>%1 är skrivskyddad, så ändringarna kunde inte sparas. Kopiera den till en mapp där du har skrivbehörighet, eller ändra filens behörigheter. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 finns redan. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>The change could not be saved to %1. What you typed is kept; try again.</source>
        <translation>Ändringen kunde inte sparas i %1. Det du skrev finns kvar; försök igen.</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved to %1. Free some space and try again; what you typed is kept and the file is not damaged.</source>
        <translation>Disken är full, så ändringen kunde inte sparas i %1. Frigör utrymme och försök igen; det du skrev finns kvar och filen är inte skadad.</translation>
    </message>
    <message>
        <source>%1 is open in another program (or in another Facilitator window), so Facilitator could not replace or move it. Close the file there and try again. Nothing was changed.</source>
        <translation>%1 är öppen i ett annat program (eller i ett annat Facilitator-fönster), så Facilitator kunde inte ersätta eller flytta den. Stäng filen där och försök igen. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>%1 contains things that Facilitator does not make (%2). They could run when the file is read, so it was not opened. The file was not changed. Open a backup of the process, or ask whoever sent the file for a copy saved by Facilitator.</source>
        <translation>%1 innehåller delar som Facilitator inte skapar (%2). De skulle kunna köras när filen läses, så den öppnades inte. Filen har inte ändrats. Öppna en säkerhetskopia av processen, eller be den som skickade filen om en kopia som sparats i Facilitator.</translation>
    </message>
    <message>
        <source>%1 does not have the structure Facilitator expects (%2): it may have been changed by another program or only partly upgraded. It was not opened and was not changed. Open a backup of the process.</source>
        <translation>%1 har inte den uppbyggnad som Facilitator väntar sig (%2): den kan ha ändrats av ett annat program eller bara delvis uppgraderats. Den öppnades inte och har inte ändrats. Öppna en säkerhetskopia av processen.</translation>
    </message>
    <message>
        <source>Reading %1 took too long and was stopped, so the app would not freeze. The file may have been made to do this; it was not changed. Open a backup of the process.</source>
        <translation>Läsningen av %1 tog för lång tid och avbröts, så att programmet inte skulle låsa sig. Filen kan vara gjord för att orsaka detta; den har inte ändrats. Öppna en säkerhetskopia av processen.</translation>
    </message>
    <message>
        <source>%1 is already open for writing in another Facilitator window or on another computer. Only one may change it at a time. Nothing was changed.</source>
        <translation>%1 är redan öppen för ändringar i ett annat Facilitator-fönster eller på en annan dator. Bara en i taget kan ändra den. Inget har ändrats.</translation>
    </message>
    <message>
        <source>The change could not be saved: another program or another Facilitator is writing to %1 right now. What you typed is kept; close the file there, or try again in a moment.</source>
        <translation>Ändringen kunde inte sparas: ett annat program eller en annan Facilitator skriver till %1 just nu. Det du skrev finns kvar; stäng filen där eller försök igen om en stund.</translation>
    </message>
    <message>
        <source>%1 has been moved, replaced or deleted, or its folder is no longer there (a USB stick removed, a sync program). The change was not saved, and no more changes will be saved to it. Everything saved so far and what you typed is kept: save the process to a new place.</source>
        <translation>%1 har flyttats, ersatts eller tagits bort, eller så finns mappen inte längre (ett USB-minne som tagits ut, ett synkprogram). Ändringen sparades inte, och inga fler ändringar sparas i den. Allt som sparats hittills och det du skrev finns kvar: spara processen på en ny plats.</translation>
    </message>
    <message>
        <source>%1 is open read-only, so the change was not saved. Close it and open it again when nobody else has it open to make changes.</source>
        <translation>%1 är öppen endast för läsning, så ändringen sparades inte. Stäng den och öppna den igen när ingen annan har den öppen för att kunna göra ändringar.</translation>
    </message>
    <message>
        <source>The disk holding %1 could not be read or written (is it still connected?). The file was not changed and is not known to be damaged; check the disk and try again.</source>
        <translation>Disken där %1 ligger gick inte att läsa eller skriva till (är den fortfarande ansluten?). Filen har inte ändrats och inget tyder på att den är skadad; kontrollera disken och försök igen.</translation>
    </message>
    <message>
        <source>%1 on the network drive has been changed or removed by someone else since you opened it, so your changes were not saved there: nothing of theirs was overwritten. Your changes are kept on this computer. Save your version beside theirs under a new name, and compare the two.</source>
        <translation>%1 på nätverksenheten har ändrats eller tagits bort av någon annan sedan du öppnade den. Dina ändringar sparades därför inte där, och inget av det den andra har gjort skrevs över. Dina ändringar finns kvar på den här datorn. Spara din version bredvid under ett nytt namn och jämför de två.</translation>
    </message>
    <message>
        <source>The network drive with %1 cannot be reached right now, so the latest changes have not been saved there yet. They are kept on this computer, and Facilitator saves them to the network drive as soon as it can be reached again.</source>
        <translation>Nätverksenheten med %1 går inte att nå just nu, så de senaste ändringarna har inte sparats där ännu. De finns kvar på den här datorn, och Facilitator sparar dem på nätverksenheten så snart den går att nå igen.</translation>
    </message>
    <message>
        <source>Changes to %1 were made on this computer but never saved to the network drive (Facilitator stopped before it could).</source>
        <translation>Ändringar i %1 gjordes på den här datorn men sparades aldrig på nätverksenheten (Facilitator stängdes innan det hann ske).</translation>
    </message>
    <message>
        <source>%1 is already open in another Facilitator window (since %4). Only one may change it at a time.</source>
        <translation>%1 är redan öppen i ett annat Facilitator-fönster (sedan %4). Bara en i taget kan ändra den.</translation>
    </message>
    <message>
        <source>%1 is open for writing by %2 on the computer %3 since %4. Only one may change it at a time; nothing was changed.</source>
        <translation>%1 är öppen för ändringar av %2 på datorn %3 sedan %4. Bara en i taget kan ändra den; inget har ändrats.</translation>
    </message>
    <message>
        <source>The meeting is on a weekend. Many participants cannot come then; choose a weekday.</source>
        <translation>Mötet är på en helg. Många deltagare kan inte komma då; välj en vardag.</translation>
    </message>
    <message>
        <source>%1 participants: a group that builds trust should have at most %2.</source>
        <translation>%1 deltagare: en grupp som ska bygga förtroende bör ha högst %2.</translation>
    </message>
    <message>
        <source>%1 participants: a formal meeting should have at most %2.</source>
        <translation>%1 deltagare: ett formellt möte bör ha högst %2.</translation>
    </message>
    <message>
        <source>The meeting ends after 18:00 and no food is planned. Offer food, and think of childcare.</source>
        <translation>Mötet slutar efter 18:00 och ingen mat är planerad. Bjud på mat och tänk på barnpassning.</translation>
    </message>
    <message>
        <source>The meeting lasts %1 minutes and no food is planned; offer food at meetings longer than two hours.</source>
        <translation>Mötet pågår i %1 minuter och ingen mat är planerad; erbjud mat vid möten som är längre än två timmar.</translation>
    </message>
    <message>
        <source>The end time is not after the start time.</source>
        <translation>Sluttiden ligger inte efter starttiden.</translation>
    </message>
    <message>
        <source>The agenda takes %1 minutes but the meeting lasts %2 minutes.</source>
        <translation>Dagordningen tar %1 minuter men mötet varar i %2 minuter.</translation>
    </message>
    <message>
        <source>Repeats: %1 (the best possible: %2).</source>
        <translation>Upprepade möten: %1 (bästa möjliga: %2).</translation>
    </message>
    <message>
        <source>Pairs who meet more than once: %1.</source>
        <translation>Par som möts mer än en gång: %1.</translation>
    </message>
    <message>
        <source>Colleagues at one table: %1. Tables without a shared language: %2.</source>
        <translation>Kollegor vid samma bord: %1. Bord utan gemensamt språk: %2.</translation>
    </message>
    <message>
        <source>Nobody meets anyone twice.</source>
        <translation>Ingen träffar någon två gånger.</translation>
    </message>
    <message>
        <source>The numbers do not force any repeat; a plan with fewer repeats may exist.</source>
        <translation>Antalen tvingar inte fram några upprepade möten; det kan finnas en placering med färre.</translation>
    </message>
    <message>
        <source>At least %1 repeats cannot be avoided: over %2 rounds each person sits with %3 others at their tables, but there are only %4 other people to meet.</source>
        <translation>Minst %1 upprepade möten går inte att undvika: under %2 omgångar sitter varje person med %3 andra vid sina bord, men det finns bara %4 andra att träffa.</translation>
    </message>
    <message>
        <source>At least %1 repeats cannot be avoided: %2 pairs of hosts or people who cannot move share a table and meet in every round.</source>
        <translation>Minst %1 upprepade möten går inte att undvika: %2 par av värdar eller personer som inte kan flytta delar bord och möts i varje omgång.</translation>
    </message>
    <message>
        <source>At least %1 repeats cannot be avoided: tables seat up to %2 people but there are only %3 tables, so some people at a table always sat together the round before.</source>
        <translation>Minst %1 upprepade möten går inte att undvika: borden har upp till %2 platser men det finns bara %3 bord, så några vid ett bord satt alltid ihop i omgången innan.</translation>
    </message>
    <message>
        <source>At least %1 repeats cannot be avoided: some people share a language with only %2 others but sit with %3 others over the rounds.</source>
        <translation>Minst %1 upprepade möten går inte att undvika: några delar språk med bara %2 andra men sitter med %3 andra under omgångarna.</translation>
    </message>
    <message>
        <source>After the manual changes: %1 tables have an uneven number of people, %2 hosts or people who stay are away from their table, %3 guests visit a table twice.</source>
        <translation>Efter de manuella ändringarna: %1 bord har ojämnt antal personer, %2 värdar eller personer som stannar sitter inte vid sitt bord, %3 gäster besöker ett bord två gånger.</translation>
    </message>
    <message>
        <source>Add tables before creating the seating.</source>
        <translation>Lägg till bord innan du skapar bordsplaceringen.</translation>
    </message>
    <message>
        <source>The café needs at least one round.</source>
        <translation>Caféet behöver minst en omgång.</translation>
    </message>
    <message>
        <source>There are more participants than seats: add tables or seats.</source>
        <translation>Det finns fler deltagare än platser: lägg till bord eller platser.</translation>
    </message>
    <message>
        <source>More people are fixed to a table than it has seats.</source>
        <translation>Fler personer är placerade vid ett bord än det har platser.</translation>
    </message>
    <message>
        <source>The people who cannot move do not fit at the tables: add seats or tables.</source>
        <translation>De som inte kan flytta får inte plats vid borden: lägg till platser eller bord.</translation>
    </message>
    <message>
        <source>With one question per table there cannot be more rounds than tables.</source>
        <translation>Med en fråga per bord kan det inte vara fler omgångar än bord.</translation>
    </message>
    <message>
        <source>Hosts and people who cannot move stay at their table.</source>
        <translation>Värdar och personer som inte kan flytta stannar vid sitt bord.</translation>
    </message>
    <message>
        <source>Someone is fixed to two different tables: check the hosts and the people who stay.</source>
        <translation>Någon är placerad vid två olika bord: kontrollera värdarna och dem som stannar.</translation>
    </message>
    <message>
        <source>The seating could not be made: %1</source>
        <translation>Bordsplaceringen kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>“%1” may be at most %2 characters long; this text has %3. Shorten it and try again. Nothing was saved.</source>
        <translation>”%1” får vara högst %2 tecken lång; texten har %3. Korta den och försök igen. Ingenting sparades.</translation>
    </message>
    <message>
        <source>The change is not allowed here, so nothing was saved.</source>
        <translation>Ändringen är inte tillåten här, så ingenting sparades.</translation>
    </message>
    <message>
        <source>A cleaned copy was saved as %1. The original was not changed.</source>
        <translation>En rensad kopia sparades som %1. Originalet ändrades inte.</translation>
    </message>
    <message>
        <source>Left out, because Facilitator does not make them: %1.</source>
        <translation>Utelämnat eftersom Facilitator inte skapar det: %1.</translation>
    </message>
    <message>
        <source>Nothing had to be left out.</source>
        <translation>Ingenting behövde utelämnas.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of “%1” referred to something that was left out and were not copied.</source>
        <translation>
            <numerusform>%n rad i ”%1” hänvisade till något som utelämnades och kopierades inte.</numerusform>
            <numerusform>%n rader i ”%1” hänvisade till något som utelämnades och kopierades inte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy cannot be saved as %1: that is the original, another process file or another file Facilitator uses. Choose another name.</source>
        <translation>Kopian kan inte sparas som %1: det är originalet, en annan processfil eller en annan fil som Facilitator använder. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>No cleaned copy could be made of %1: it holds no version of Facilitator&apos;s structure that can be recognised. The file was not changed.</source>
        <translation>Ingen rensad kopia kunde göras av %1: filen har ingen version av Facilitators uppbyggnad som går att känna igen. Filen ändrades inte.</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>Minutes</source>
        <translation>Minnesanteckningar</translation>
    </message>
    <message>
        <source>Risks and how to reduce them</source>
        <translation>Risker och åtgärder för att minimera dem</translation>
    </message>
    <message>
        <source>No risks were noted.</source>
        <translation>Inga risker antecknades.</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Minnesanteckningar: %1</translation>
    </message>
    <message>
        <source>meeting %1 of %2</source>
        <translation>träff %1 av %2</translation>
    </message>
    <message>
        <source>Type of meeting</source>
        <translation>Mötestyp</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Reference number (dnr)</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>%1, signed %2</source>
        <translation>%1, justerad %2</translation>
    </message>
    <message>
        <source>%1, not signed yet</source>
        <translation>%1, ännu inte justerad</translation>
    </message>
    <message>
        <source>(replaces version %1, signed %2)</source>
        <translation>(ersätter version %1, justerad %2)</translation>
    </message>
    <message>
        <source>Purpose and frame</source>
        <translation>Syfte och ramar</translation>
    </message>
    <message>
        <source>No purpose was written down.</source>
        <translation>Inget syfte skrevs ner.</translation>
    </message>
    <message>
        <source>What happens with the results?</source>
        <translation>Vad händer med resultaten?</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Mötet leddes av</translation>
    </message>
    <message>
        <source>Table hosts</source>
        <translation>Bordsvärdar</translation>
    </message>
    <message>
        <source>No participants were registered for this meeting.</source>
        <translation>Inga deltagare registrerades för mötet.</translation>
    </message>
    <message>
        <source>Present: %1, of whom %2 participants and %3 who ran the meeting.</source>
        <translation>Närvarande: %1, varav %2 deltagare och %3 som ledde mötet.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Why these participants</source>
        <translation>Urvalsgrunder</translation>
    </message>
    <message>
        <source>Follow-up from earlier meetings of the series</source>
        <translation>Uppföljning från seriens tidigare träffar</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>* Overdue: the deadline had passed on the day of the meeting.</source>
        <translation>* Försenad: tidpunkten för när åtgärden skulle vara klar hade passerats på mötesdagen.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>Notes and ideas</source>
        <translation>Anteckningar och idéer</translation>
    </message>
    <message>
        <source>%1 (table host %2)</source>
        <translation>%1 (bordsvärd %2)</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Fråga: %1</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Övriga anteckningar</translation>
    </message>
    <message>
        <source>Registered: %1 (attendance was not taken).</source>
        <translation>Anmälda: %1 (närvaron registrerades inte).</translation>
    </message>
    <message>
        <source>Absent: %1.</source>
        <translation>Frånvarande: %1.</translation>
    </message>
    <message>
        <source>(dots: %1)</source>
        <translation>(prickar: %1)</translation>
    </message>
    <message>
        <source>Harvest and decisions</source>
        <translation>Skörd och beslut</translation>
    </message>
    <message>
        <source>Main points from the tables</source>
        <translation>Huvudpunkter från borden</translation>
    </message>
    <message>
        <source>Main points</source>
        <translation>Huvudpunkter</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Main point</source>
        <translation>Huvudpunkt</translation>
    </message>
    <message>
        <source>Themes and dot votes</source>
        <translation>Teman och prickröstning</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prickar</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Agreed measures</source>
        <translation>Överenskomna åtgärder</translation>
    </message>
    <message>
        <source>Follow-up of measures</source>
        <translation>Uppföljning av åtgärder</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>How participants will hear back</source>
        <translation>Så får deltagarna återkoppling</translation>
    </message>
    <message>
        <source>The results online</source>
        <translation>Resultaten på webben</translation>
    </message>
    <message>
        <source>The meeting&apos;s results, the agreed measures and their status are published at this address:</source>
        <translation>Mötets resultat, de beslutade åtgärderna och hur långt de har kommit publiceras på den här adressen:</translation>
    </message>
    <message>
        <source>Sign-off (justering)</source>
        <translation>Justering</translation>
    </message>
    <message>
        <source>These minutes were signed on %1.</source>
        <translation>Protokollet justerades den %1.</translation>
    </message>
    <message>
        <source>Minutes taken by</source>
        <translation>Antecknat av</translation>
    </message>
    <message>
        <source>Name in capitals</source>
        <translation>Namnförtydligande</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Checked and approved by</source>
        <translation>Justeras av</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Minutes and justering</source>
        <translation>Protokoll och justering</translation>
    </message>
    <message>
        <source>Export signed minutes…</source>
        <translation>Exportera justerat protokoll…</translation>
    </message>
    <message>
        <source>Undo signing…</source>
        <translation>Häv justeringen…</translation>
    </message>
    <message>
        <source>The minutes have not been signed (justerat) yet. Once signed, they are kept exactly as signed.</source>
        <translation>Protokollet är ännu inte justerat. När det har justerats sparas det precis som det justerades.</translation>
    </message>
    <message>
        <source>Sign the minutes…</source>
        <translation>Justera protokollet…</translation>
    </message>
    <message>
        <source>Version %1 was signed on %2 by %3.</source>
        <translation>Version %1 justerades den %2 av %3.</translation>
    </message>
    <message>
        <source>Reference number: %1.</source>
        <translation>Diarienummer: %1.</translation>
    </message>
    <message>
        <source>Sign a new version (%1)…</source>
        <translation>Justera en ny version (%1)…</translation>
    </message>
    <message>
        <source>⚠ The meeting&apos;s data has changed since version %1 was signed. The signed minutes stay as they were signed; sign a new version %2 if the changes belong in the minutes.</source>
        <translation>⚠ Mötets uppgifter har ändrats sedan version %1 justerades. Det justerade protokollet ändras inte; justera en ny version %2 om ändringarna ska med i protokollet.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 och %2</translation>
    </message>
    <message>
        <source>Sign the minutes</source>
        <translation>Justera protokollet</translation>
    </message>
    <message>
        <source>The minutes could not be written (%1). Nothing was signed.</source>
        <translation>Protokollet kunde inte skrivas (%1). Ingenting justerades.</translation>
    </message>
    <message>
        <source>Undo signing</source>
        <translation>Häv justeringen</translation>
    </message>
    <message>
        <source>Take back the signing of version %1 of the minutes (signed on %2)? The signed document is removed from the process; Undo brings it back.</source>
        <translation>Vill du häva justeringen av version %1 av protokollet (justerad den %2)? Det justerade dokumentet tas bort ur processen; Ångra tar tillbaka det.</translation>
    </message>
    <message>
        <source>Export signed minutes</source>
        <translation>Exportera justerat protokoll</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>Minutes %1 version %2</source>
        <translation>Protokoll %1 version %2</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <source>Whole meeting</source>
        <translation>Hela mötet</translation>
    </message>
    <message>
        <source>What participants sent from their phones</source>
        <translation>Det som deltagarna har skickat från sina mobiler</translation>
    </message>
    <message>
        <source>Nothing here reaches the phones, the projector or a document until you approve it. An approved idea or question becomes a note at its table and round; show it to the phones like any other note.</source>
        <translation>Inget härifrån når mobilerna, projektorn eller något dokument förrän du har godkänt det. En godkänd idé eller fråga blir en anteckning vid sitt bord och i sin omgång; visa den på mobilerna som andra anteckningar.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Att granska</translation>
    </message>
    <message>
        <source>Everything sent</source>
        <translation>Allt som har skickats</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Godkänn</translation>
    </message>
    <message>
        <source>It becomes a note, hidden from phones until you show it (Ctrl+Return)</source>
        <translation>Det blir en anteckning, dold för mobilerna tills du visar den (Ctrl+Retur)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>Correct the text before approving it (F2)</source>
        <translation>Rätta texten innan du godkänner den (F2)</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>&amp;Slå ihop med…</translation>
    </message>
    <message>
        <source>It says the same as a contribution already there (Ctrl+M)</source>
        <translation>Det säger samma sak som ett bidrag som redan finns (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Avvisa</translation>
    </message>
    <message>
        <source>It is kept in the file, marked rejected, and shown nowhere (Delete)</source>
        <translation>Det sparas i filen som avvisat och visas ingenstans (Delete)</translation>
    </message>
    <message>
        <source>Review a&amp;gain</source>
        <translation>Granska &amp;igen</translation>
    </message>
    <message>
        <source>Nothing to review. What participants send from their phones arrives here while phones may send.</source>
        <translation>Inget att granska. Det som deltagarna skickar från sina mobiler kommer hit medan mobilerna får skicka.</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters.</source>
        <translation>Texten är för lång: högst %1 tecken.</translation>
    </message>
    <message>
        <source>The text cannot be empty.</source>
        <translation>Texten kan inte vara tom.</translation>
    </message>
    <message>
        <source>Phones may send ideas, questions and dots now.</source>
        <translation>Mobilerna kan skicka idéer, frågor och prickar nu.</translation>
    </message>
    <message>
        <source>Phones cannot send anything now. Let them under Phones and QR code (Ctrl+T).</source>
        <translation>Mobilerna kan inte skicka något nu. Slå på det under Mobiler och QR-kod (Ctrl+T).</translation>
    </message>
    <message numerus="yes">
        <source>%n to review.</source>
        <translation>
            <numerusform>%n att granska.</numerusform>
            <numerusform>%n att granska.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move contributions</source>
        <translation>Flytta bidrag</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Lämna som det är</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Bord:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Omgång:</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Omgång %1</translation>
    </message>
    <message>
        <source>&amp;Agenda item:</source>
        <translation>&amp;Dagordningspunkt:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Fråga:</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>Mötes&amp;form:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
</context>
<context>
    <name>NewProcessDialog</name>
    <message>
        <source>New process</source>
        <translation>Ny process</translation>
    </message>
    <message>
        <source>For example: Action plan against racism 2027–2029</source>
        <translation>Till exempel: Handlingsplan mot rasism 2027–2029</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Give the process a title.</source>
        <translation>Ge processen en titel.</translation>
    </message>
    <message>
        <source>This file name cannot be used (%1). Choose a shorter or simpler name.</source>
        <translation>Filnamnet går inte att använda (%1). Välj ett kortare eller enklare namn.</translation>
    </message>
    <message>
        <source>The file already exists. Choose another name.</source>
        <translation>Filen finns redan. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created (%2). Choose another folder with Browse…</source>
        <translation>Mappen %1 kunde inte skapas (%2). Välj en annan mapp med Bläddra…</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>show the plan&apos;s stage and history, or record a new stage</source>
        <translation>visa planens skede och historik, eller registrera ett nytt skede</translation>
    </message>
    <message>
        <source>Shows the plan&apos;s stage, its history and its stored versions. With --stage, records a new stage and keeps the catalogue as it then stands.</source>
        <translation>Visar planens skede, dess historik och de sparade versionerna. Med --stage registreras ett nytt skede och katalogen sparas som den ser ut just då.</translation>
    </message>
    <message>
        <source>the process file</source>
        <translation>processfilen</translation>
    </message>
    <message>
        <source>the new stage: utkast, remiss, godkänd or antagen</source>
        <translation>det nya skedet: utkast, remiss, godkänd eller antagen</translation>
    </message>
    <message>
        <source>the day of the decision</source>
        <translation>beslutsdagen</translation>
    </message>
    <message>
        <source>who decided, e.g. Kommunfullmäktige</source>
        <translation>vem som beslutade, t.ex. Kommunfullmäktige</translation>
    </message>
    <message>
        <source>the decision&apos;s registration number (diarienummer)</source>
        <translation>beslutets diarienummer</translation>
    </message>
    <message>
        <source>a note on the step</source>
        <translation>en anteckning om steget</translation>
    </message>
    <message>
        <source>list what changed between two versions (a stage, a version number, or nu)</source>
        <translation>visa vad som ändrats mellan två versioner (ett skede, ett versionsnummer eller nu)</translation>
    </message>
    <message>
        <source>write the stage, history and versions as JSON</source>
        <translation>skriv skede, historik och versioner som JSON</translation>
    </message>
    <message>
        <source>dnr %1</source>
        <translation>dnr %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Skede: %1</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historik:</translation>
    </message>
    <message>
        <source>No stage has been recorded yet.</source>
        <translation>Inget skede har registrerats ännu.</translation>
    </message>
    <message>
        <source>(back)</source>
        <translation>(tillbaka)</translation>
    </message>
    <message>
        <source>Stored versions:</source>
        <translation>Sparade versioner:</translation>
    </message>
    <message>
        <source>None yet: a version is kept each time a stage is recorded.</source>
        <translation>Inga ännu: en version sparas varje gång ett skede registreras.</translation>
    </message>
    <message>
        <source>Give the new stage with --stage (utkast, remiss, godkänd or antagen).</source>
        <translation>Ange det nya skedet med --stage (utkast, remiss, godkänd eller antagen).</translation>
    </message>
    <message>
        <source>Unknown stage “%1”. Give one of: utkast, remiss, godkänd, antagen.</source>
        <translation>Okänt skede ”%1”. Ange ett av: utkast, remiss, godkänd, antagen.</translation>
    </message>
    <message>
        <source>Give the day of the decision with --date YYYY-MM-DD.</source>
        <translation>Ange beslutsdagen med --date ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write the day as YYYY-MM-DD, e.g. 2027-06-14.</source>
        <translation>”%1” är inte ett datum. Skriv dagen som ÅÅÅÅ-MM-DD, t.ex. 2027-06-14.</translation>
    </message>
    <message>
        <source>The plan is already at the stage “%1”. Nothing was changed.</source>
        <translation>Planen är redan i skedet ”%1”. Inget har ändrats.</translation>
    </message>
    <message>
        <source>The latest step is dated %1; a new step cannot be dated before it. Nothing was changed.</source>
        <translation>Det senaste steget är daterat %1; ett nytt steg kan inte dateras före det. Inget har ändrats.</translation>
    </message>
    <message>
        <source>Write the day as YYYY-MM-DD, e.g. 2027-06-14.</source>
        <translation>Skriv dagen som ÅÅÅÅ-MM-DD, t.ex. 2027-06-14.</translation>
    </message>
    <message>
        <source>Give one of: utkast, remiss, godkänd, antagen.</source>
        <translation>Ange ett av: utkast, remiss, godkänd, antagen.</translation>
    </message>
    <message>
        <source>The plan is now at the stage “%1” (%2); the catalogue as it stands is kept as version %3.</source>
        <translation>Planen är nu i skedet ”%1” (%2); katalogen som den ser ut nu är sparad som version %3.</translation>
    </message>
    <message>
        <source>the plan as it is now</source>
        <translation>planen som den är nu</translation>
    </message>
    <message>
        <source>“%1” names no version: give a stage (utkast, remiss, godkänd, antagen), a version number or nu.</source>
        <translation>”%1” anger ingen version: ange ett skede (utkast, remiss, godkänd, antagen), ett versionsnummer eller nu.</translation>
    </message>
    <message>
        <source>The plan has no stored version “%1”. `facilitator plan FILE` lists them.</source>
        <translation>Planen har ingen sparad version ”%1”. `facilitator plan FIL` visar dem.</translation>
    </message>
    <message>
        <source>Version %1 cannot be read (%2).</source>
        <translation>Version %1 går inte att läsa (%2).</translation>
    </message>
    <message>
        <source>version %1 (%2, %3)</source>
        <translation>version %1 (%2, %3)</translation>
    </message>
    <message>
        <source>From %1 to %2:</source>
        <translation>Från %1 till %2:</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Inga skillnader.</translation>
    </message>
    <message>
        <source>Measures added: %1</source>
        <translation>Tillagda åtgärder: %1</translation>
    </message>
    <message>
        <source>Measures removed: %1</source>
        <translation>Borttagna åtgärder: %1</translation>
    </message>
    <message>
        <source>Measures changed: %1</source>
        <translation>Ändrade åtgärder: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>The plan&apos;s texts changed: %1</source>
        <translation>Ändrat i planens texter: %1</translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <source>The municipal council</source>
        <translation>Kommunfullmäktige</translation>
    </message>
    <message>
        <source>The municipal executive board</source>
        <translation>Kommunstyrelsen</translation>
    </message>
    <message>
        <source>The coordinator</source>
        <translation>Samordnaren</translation>
    </message>
    <message>
        <source>The executive board&apos;s working committee</source>
        <translation>Kommunstyrelsens arbetsutskott</translation>
    </message>
    <message>
        <source>The heads of the departments</source>
        <translation>Förvaltningschefsgruppen</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>&amp;Municipality:</source>
        <extracomment>The texts in the order the page shows them; the first ones are one line each. Links to the plan&apos;s other sections (the remiss page puts its own here). the chosen step&apos;s note, in full</extracomment>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>&amp;Title of the plan:</source>
        <translation>Planens &amp;titel:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Registration number:</source>
        <translation>&amp;Diarienummer:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Bakgrund:</translation>
    </message>
    <message>
        <source>&amp;Commission:</source>
        <translation>&amp;Uppdrag:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>S&amp;yfte:</translation>
    </message>
    <message>
        <source>&amp;Financing:</source>
        <translation>&amp;Finansiering:</translation>
    </message>
    <message>
        <source>e.g. Action plan against racism and discrimination</source>
        <translation>t.ex. Handlingsplan mot rasism och diskriminering</translation>
    </message>
    <message>
        <source>e.g. 2027–2029</source>
        <translation>t.ex. 2027–2029</translation>
    </message>
    <message>
        <source>the plan&apos;s diarienummer, e.g. KS 2027/112</source>
        <translation>planens diarienummer, t.ex. KS 2027/112</translation>
    </message>
    <message>
        <source>Why the municipality makes the plan, and what it builds on</source>
        <translation>Varför kommunen tar fram planen och vad den bygger på</translation>
    </message>
    <message>
        <source>Who gave the commission to make the plan, and when</source>
        <translation>Vem som gav uppdraget att ta fram planen, och när</translation>
    </message>
    <message>
        <source>What the plan is meant to achieve</source>
        <translation>Vad planen ska åstadkomma</translation>
    </message>
    <message>
        <source>How the measures are paid for: budgets, grants, working time</source>
        <translation>Hur åtgärderna finansieras: budgetar, bidrag, arbetstid</translation>
    </message>
    <message>
        <source>The plan&apos;s own texts (the first pages of the plan)</source>
        <translation>Planens egna texter (planens första sidor)</translation>
    </message>
    <message>
        <source>Stages and decisions</source>
        <translation>Skeden och beslut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutat av</translation>
    </message>
    <message>
        <source>Reg. no.</source>
        <translation>Dnr</translation>
    </message>
    <message>
        <source>Record a new &amp;stage…</source>
        <translation>Registrera ett nytt &amp;skede…</translation>
    </message>
    <message>
        <source>C&amp;orrect the chosen step…</source>
        <translation>Rätta det valda s&amp;teget…</translation>
    </message>
    <message>
        <source>Stored versions of the plan</source>
        <translation>Sparade versioner av planen</translation>
    </message>
    <message>
        <source>Each stage keeps the catalogue as it stood that day, so the plan as sent on remiss or as adopted can be exported later exactly as it was.</source>
        <translation>Varje skede sparar katalogen som den såg ut den dagen, så att planen som den skickades på remiss eller som den antogs kan exporteras senare precis som den var.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Com&amp;pare…</source>
        <translation>&amp;Jämför…</translation>
    </message>
    <message>
        <source>E&amp;xport as Word…</source>
        <translation>E&amp;xportera som Word…</translation>
    </message>
    <message>
        <source>Report to &amp;ECCAR…</source>
        <translation>Rapport till &amp;ECCAR…</translation>
    </message>
    <message>
        <source>The two-yearly report to ECCAR: the measures per point, what was done, the indicators, the changes since the adoption and the coverage grid</source>
        <translation>Rapporten till ECCAR vartannat år: åtgärderna per punkt, vad som gjorts, indikatorerna, ändringarna sedan antagandet och täckningen</translation>
    </message>
    <message>
        <source>%1 (current stage)</source>
        <translation>%1 (nuvarande skede)</translation>
    </message>
    <message>
        <source>No stage has been recorded yet: the plan is a draft.</source>
        <translation>Inget skede har registrerats ännu: planen är ett utkast.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 den %2</translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation>beslutat av %1</translation>
    </message>
    <message>
        <source>reg. no. %1</source>
        <translation>dnr %1</translation>
    </message>
    <message>
        <source>%1 (back)</source>
        <translation>%1 (tillbaka)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Anteckning: %1</translation>
    </message>
    <message>
        <source>Version %1: %2, %3</source>
        <translation>Version %1: %2, %3</translation>
    </message>
    <message>
        <source>The plan as it is now</source>
        <translation>Planen som den är nu</translation>
    </message>
</context>
<context>
    <name>PlanTexts</name>
    <message>
        <source>Municipality</source>
        <extracomment>The stages in the order a plan moves through them. The plan&apos;s own texts, as the plan page edits them (columns of the process row). What each of the plan&apos;s texts is called (and the stage, as a difference between versions).</extracomment>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Title of the plan</source>
        <translation>Planens titel</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
</context>
<context>
    <name>Printables</name>
    <message>
        <source>Material for the room: %1</source>
        <translation>Material för lokalen: %1</translation>
    </message>
    <message>
        <source>Scan the code with your phone to see the meeting&apos;s results and what becomes of them.</source>
        <translation>Skanna koden med mobilen för att se mötets resultat och vad som händer med dem.</translation>
    </message>
    <message>
        <source>Scan the code with your phone to follow the table&apos;s question and notes.</source>
        <translation>Skanna koden med mobilen för att följa bordets fråga och anteckningar.</translation>
    </message>
    <message>
        <source>Table host: %1</source>
        <translation>Bordsvärd: %1</translation>
    </message>
    <message>
        <source>Moderator: %1</source>
        <translation>Moderator: %1</translation>
    </message>
    <message>
        <source>Cards for the participants</source>
        <translation>Deltagarkort</translation>
    </message>
    <message>
        <source>The seating plan has not been made yet, so there are no cards with tables. Make the seating plan for the meeting and print the material again.</source>
        <translation>Bordsplaceringen är inte gjord ännu, så det finns inga kort med bord. Gör bordsplaceringen för mötet och skriv ut materialet igen.</translation>
    </message>
    <message>
        <source>Cut along the dashed lines.</source>
        <translation>Klipp längs de streckade linjerna.</translation>
    </message>
    <message>
        <source>You host table %1 and stay there all rounds.</source>
        <translation>Du är bordsvärd vid %1 och stannar där alla omgångar.</translation>
    </message>
    <message>
        <source>You lead table %1.</source>
        <translation>Du leder samtalet vid %1.</translation>
    </message>
    <message>
        <source>Scan: your table this round and the next</source>
        <translation>Skanna: ditt bord nu och i nästa omgång</translation>
    </message>
    <message>
        <source>Crib sheet for the table host: %1</source>
        <translation>Lathund för bordsvärden: %1</translation>
    </message>
    <message>
        <source>Crib sheet for the table moderator: %1</source>
        <translation>Lathund för bordets moderator: %1</translation>
    </message>
    <message>
        <source>The results on the web</source>
        <translation>Resultaten på webben</translation>
    </message>
    <message>
        <source>The code opens the page where the municipality publishes the meeting&apos;s results. Tell the participants that they can follow there what becomes of their ideas.</source>
        <translation>Koden öppnar sidan där kommunen publicerar mötets resultat. Berätta för deltagarna att de kan följa där vad som händer med deras idéer.</translation>
    </message>
    <message>
        <source>The table on the phone</source>
        <translation>Bordet i mobilen</translation>
    </message>
    <message>
        <source>Scan the code to open the table&apos;s page. It shows the table&apos;s question and the notes the coordinator publishes.</source>
        <translation>Skanna koden för att öppna bordets sida. Där syns bordets fråga och de anteckningar som samordnaren publicerar.</translation>
    </message>
    <message>
        <source>Your notes on the phone</source>
        <translation>Dina anteckningar i mobilen</translation>
    </message>
    <message>
        <source>Only for you as the table&apos;s host: scan the code, choose what kind of note it is and save. The note reaches the coordinator at once; participants see it only when the coordinator publishes it. Keep the sheet to yourself.</source>
        <translation>Bara för dig som är bordsvärd: skanna koden, välj vilken sorts anteckning det är och spara. Anteckningen kommer direkt till samordnaren; deltagarna ser den först när samordnaren publicerar den. Visa inte bladet för andra.</translation>
    </message>
    <message>
        <source>Your task</source>
        <translation>Din uppgift</translation>
    </message>
    <message>
        <source>Welcome the people who come to your table and let everyone say their name.</source>
        <translation>Välkomna dem som kommer till ditt bord och låt alla säga sitt namn.</translation>
    </message>
    <message>
        <source>Read the question aloud. Make sure everyone gets to speak; nobody has to agree.</source>
        <translation>Läs upp frågan. Se till att alla kommer till tals; ingen behöver hålla med.</translation>
    </message>
    <message>
        <source>Write down ideas, questions, quotes, risks and ways to reduce the risks: on your phone through the QR code, or on paper.</source>
        <translation>Skriv ner idéer, frågor, citat, risker och sätt att minimera riskerna: i mobilen via QR-koden eller på papper.</translation>
    </message>
    <message>
        <source>Write what was said, not who said it: no names in the notes.</source>
        <translation>Skriv vad som sades, inte vem som sa det: inga namn i anteckningarna.</translation>
    </message>
    <message>
        <source>Keep the time; the coordinator gives the signal to change tables.</source>
        <translation>Håll tiden; samordnaren ger signal till bordsbyte.</translation>
    </message>
    <message>
        <source>Before the harvest, choose the two or three most important points from your table.</source>
        <translation>Inför skörden: välj de två eller tre viktigaste punkterna från ditt bord.</translation>
    </message>
    <message>
        <source>From round 2 on: tell the newcomers in two minutes what the last round talked about.</source>
        <translation>Från omgång 2: berätta för de nya på två minuter vad förra omgången talade om.</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Tider</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>Rounds: %1, of %2 minutes each.</source>
        <translation>Omgångar: %1, med %2 minuter vardera.</translation>
    </message>
    <message>
        <source>The questions</source>
        <translation>Frågorna</translation>
    </message>
    <message>
        <source>The questions have not been written yet.</source>
        <translation>Frågorna är inte skrivna ännu.</translation>
    </message>
    <message>
        <source>What happens with the results</source>
        <translation>Vad som händer med resultaten</translation>
    </message>
</context>
<context>
    <name>ProcessView</name>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Möten</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nytt möte…</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <source>Café</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Genomför</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Harvest</source>
        <translation>Skörd</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Självskattning</translation>
    </message>
    <message>
        <source>From phones</source>
        <translation>Från mobiler</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Participant register</source>
        <translation>Deltagarregister</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Existing work</source>
        <translation>Befintligt arbete</translation>
    </message>
    <message>
        <source>Plan and decisions</source>
        <translation>Plan och beslut</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <source>Follow-up calendar</source>
        <translation>Uppföljningskalender</translation>
    </message>
    <message>
        <source>Consultation (remiss) →</source>
        <translation>Remiss →</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Facilitator — projector</source>
        <translation>Facilitator – projektor</translation>
    </message>
    <message>
        <source>No agenda yet</source>
        <translation>Ingen dagordning ännu</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Tack!</translation>
    </message>
    <message>
        <source>Change tables!</source>
        <translation>Byt bord!</translation>
    </message>
    <message>
        <source>Starts soon</source>
        <translation>Börjar snart</translation>
    </message>
    <message>
        <source>Next: %1. Table hosts stay; everyone else moves to a new table.</source>
        <translation>Nästa: %1. Bordsvärdarna stannar, alla andra går till ett nytt bord.</translation>
    </message>
    <message>
        <source>Next: %1. Moderators stay; everyone else moves to a new table.</source>
        <translation>Nästa: %1. Moderatorerna stannar, alla andra går till ett nytt bord.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nästa: %1</translation>
    </message>
</context>
<context>
    <name>PublicAddress</name>
    <message>
        <source>The public address must begin with https:// (for example https://www.kommun.se/resultat/). Nothing was saved.</source>
        <extracomment>The folder of one meeting&apos;s page on the site, below the public address.</extracomment>
        <translation>Den publika adressen måste börja med https:// (till exempel https://www.kommun.se/resultat/). Inget sparades.</translation>
    </message>
    <message>
        <source>The public address needs the name of the website after https://, such as www.kommun.se. Nothing was saved.</source>
        <translation>Den publika adressen behöver webbplatsens namn efter https://, till exempel www.kommun.se. Inget sparades.</translation>
    </message>
    <message>
        <source>The public address may not hold a user name or password. Nothing was saved.</source>
        <translation>Den publika adressen får inte innehålla något användarnamn eller lösenord. Inget sparades.</translation>
    </message>
    <message>
        <source>The public address may not end in ?… or #…: give the address of the folder where the results are published. Nothing was saved.</source>
        <translation>Den publika adressen får inte sluta på ?… eller #…: ange adressen till mappen där resultaten publiceras. Inget sparades.</translation>
    </message>
    <message>
        <source>The public address may not contain spaces or control characters. Nothing was saved.</source>
        <translation>Den publika adressen får inte innehålla mellanslag eller styrtecken. Inget sparades.</translation>
    </message>
    <message>
        <source>The public address may be at most 200 characters long. Nothing was saved.</source>
        <translation>Den publika adressen får vara högst 200 tecken lång. Inget sparades.</translation>
    </message>
</context>
<context>
    <name>PublicAddressBox</name>
    <message>
        <source>The results after the meeting</source>
        <extracomment>What an address looks like (the same in every language).</extracomment>
        <translation>Resultaten efter mötet</translation>
    </message>
    <message>
        <source>&amp;Public address of the results:</source>
        <translation>&amp;Publik adress för resultaten:</translation>
    </message>
    <message>
        <source>Printed QR codes and the minutes lead to this address. Publish the results there with File → Publish the results for the website.</source>
        <translation>Utskrivna QR-koder och minnesanteckningarna leder till den här adressen. Publicera resultaten där med Arkiv → Publicera resultaten för webbplatsen.</translation>
    </message>
    <message>
        <source>Not set: printed QR codes lead to this computer&apos;s address on the local network. They work only in the room, and only while the computer keeps the same address. Give the address where the municipality will publish the results, and the codes keep working after the meeting.</source>
        <translation>Inte angiven: utskrivna QR-koder leder till den här datorns adress i det lokala nätverket. De fungerar bara i rummet, och bara så länge datorn har samma adress. Ange adressen där kommunen kommer att publicera resultaten, så fungerar koderna även efter mötet.</translation>
    </message>
</context>
<context>
    <name>QrWindow</name>
    <message>
        <source>QR code for the phones</source>
        <translation>QR-kod för mobilerna</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera. No app and no account needed.</source>
        <translation>Skanna koden med mobilens kamera. Ingen app och inget konto behövs.</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Add &amp;question</source>
        <translation>Lägg till &amp;fråga</translation>
    </message>
    <message>
        <source>&amp;Remove question</source>
        <translation>&amp;Ta bort fråga</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n fråga</numerusform>
            <numerusform>%n frågor</numerusform>
        </translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Ny fråga</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Choose a contribution to read it whole here.</source>
        <translation>Välj ett bidrag för att läsa det i sin helhet här.</translation>
    </message>
</context>
<context>
    <name>RecipientColumns</name>
    <message numerus="yes">
        <source>%n remark(s)</source>
        <translation>
            <numerusform>%n synpunkt</numerusform>
            <numerusform>%n synpunkter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>&amp;New participant…</source>
        <extracomment>the window&apos;s erase (asks, erases, then shows what may still hold the person)</extracomment>
        <translation>&amp;Ny deltagare…</translation>
    </message>
    <message>
        <source>&amp;Delete participant</source>
        <translation>&amp;Ta bort deltagare</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Importera lista…</translation>
    </message>
    <message>
        <source>Erase person &amp;permanently…</source>
        <translation>Radera person &amp;permanent…</translation>
    </message>
    <message>
        <source>Removes the selected person from the register, every meeting and every text that names them. Cannot be undone.</source>
        <translation>Tar bort den markerade personen ur registret, från alla möten och ur alla texter som nämner personen. Kan inte ångras.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
</context>
<context>
    <name>RemissEdits</name>
    <message>
        <source>Write dates as YYYY-MM-DD, for example 2027-05-19.</source>
        <translation>Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2027-05-19.</translation>
    </message>
    <message>
        <source>The reply deadline must come after the day the remiss is sent.</source>
        <translation>Sista svarsdag måste komma efter den dag remissen skickas.</translation>
    </message>
    <message>
        <source>Enter the day the remiss was sent before recording replies.</source>
        <translation>Ange vilken dag remissen skickades innan du registrerar svar.</translation>
    </message>
    <message>
        <source>A reply cannot have arrived before the remiss was sent.</source>
        <translation>Ett svar kan inte ha kommit in innan remissen skickades.</translation>
    </message>
    <message>
        <source>Replies were received before that day: the remiss must have been sent earlier.</source>
        <translation>Det finns svar som kom in före den dagen: remissen måste ha skickats tidigare.</translation>
    </message>
    <message>
        <source>Give the recipient&apos;s name.</source>
        <translation>Ange remissinstansens namn.</translation>
    </message>
    <message>
        <source>This recipient is already on the list.</source>
        <translation>Remissinstansen finns redan i listan.</translation>
    </message>
    <message>
        <source>Write the remark first.</source>
        <translation>Skriv synpunkten först.</translation>
    </message>
    <message>
        <source>The reply has remarks: remove them before recording that the recipient declines to comment.</source>
        <translation>Svaret har synpunkter: ta bort dem innan du registrerar att remissinstansen avstår från att yttra sig.</translation>
    </message>
    <message>
        <source>The recipient declined to comment, so the reply has no remarks.</source>
        <translation>Remissinstansen avstod från att yttra sig, så svaret har inga synpunkter.</translation>
    </message>
    <message>
        <source>Choose how the remark was handled.</source>
        <translation>Välj hur synpunkten har hanterats.</translation>
    </message>
    <message>
        <source>Choose a kind from the list.</source>
        <translation>Välj en typ i listan.</translation>
    </message>
    <message>
        <source>A remark that is not accepted changes no measure: remove the changed measure or choose accepted or partly accepted.</source>
        <translation>En synpunkt som inte beaktas ändrar ingen åtgärd: ta bort den ändrade åtgärden eller välj beaktas eller beaktas delvis.</translation>
    </message>
    <message>
        <source>The change was not allowed.</source>
        <translation>Ändringen är inte tillåten.</translation>
    </message>
    <message>
        <source>It was removed meanwhile (perhaps by undo).</source>
        <translation>Den har tagits bort under tiden (kanske med Ångra).</translation>
    </message>
</context>
<context>
    <name>RemissPage</name>
    <message>
        <source>Replied %1</source>
        <translation>Svar %1</translation>
    </message>
    <message>
        <source>Replied %1 (late)</source>
        <translation>Svar %1 (för sent)</translation>
    </message>
    <message>
        <source>Declines to comment (%1)</source>
        <translation>Avstår (%1)</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>Inget svar än</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>%1 (no longer in the plan)</source>
        <translation>%1 (finns inte längre i planen)</translation>
    </message>
    <message>
        <source>The plan in general</source>
        <translation>Planen i stort</translation>
    </message>
    <message>
        <source>motivation missing</source>
        <translation>motivering saknas</translation>
    </message>
    <message>
        <source>Add recipients from the register</source>
        <translation>Lägg till remissinstanser från registret</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrera…</translation>
    </message>
    <message>
        <source>Already a recipient</source>
        <translation>Redan remissinstans</translation>
    </message>
    <message>
        <source>Consultation &amp;round:</source>
        <translation>Remiss&amp;omgång:</translation>
    </message>
    <message>
        <source>&amp;New consultation round</source>
        <translation>&amp;Ny remissomgång</translation>
    </message>
    <message>
        <source>&amp;Consultation summary (Word)…</source>
        <translation>Remissa&amp;mmanställning (Word)…</translation>
    </message>
    <message>
        <source>Sent for comments</source>
        <translation>Skickad på remiss</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>R&amp;ubrik:</translation>
    </message>
    <message>
        <source>Re&amp;ference number:</source>
        <translation>&amp;Diarienummer:</translation>
    </message>
    <message>
        <source>Replies &amp;sent to:</source>
        <translation>&amp;Svaren skickas till:</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Skick&amp;ad:</translation>
    </message>
    <message>
        <source>Reply &amp;deadline:</source>
        <translation>Sista s&amp;varsdag:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>for example the registry&apos;s e-mail address</source>
        <translation>till exempel registraturens e-postadress</translation>
    </message>
    <message>
        <source>Consultees</source>
        <translation>Remissinstanser</translation>
    </message>
    <message>
        <source>Add from the &amp;register…</source>
        <translation>Lägg till från &amp;registret…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Or type a name, e.g. an organisation not in the register</source>
        <translation>Eller skriv ett namn, t.ex. en organisation som inte finns i registret</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Har svarat</translation>
    </message>
    <message>
        <source>Declines to comment</source>
        <translation>Avstår</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Inkom:</translation>
    </message>
    <message>
        <source>In short:</source>
        <translation>I korthet:</translation>
    </message>
    <message>
        <source>Save reply</source>
        <translation>Spara svaret</translation>
    </message>
    <message>
        <source>Remarks and how they are handled</source>
        <translation>Synpunkter och ställningstaganden</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>Synpunkt:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Gäller:</translation>
    </message>
    <message>
        <source>Handling:</source>
        <translation>Ställningstagande:</translation>
    </message>
    <message>
        <source>Motivation:</source>
        <translation>Motivering:</translation>
    </message>
    <message>
        <source>Changed measure:</source>
        <translation>Ändrad åtgärd:</translation>
    </message>
    <message>
        <source>Why the remark is or is not taken into account</source>
        <translation>Varför synpunkten beaktas eller inte beaktas</translation>
    </message>
    <message>
        <source>Open measure</source>
        <translation>Öppna åtgärden</translation>
    </message>
    <message>
        <source>Opens the measure editor to make the change</source>
        <translation>Öppnar åtgärden för att göra ändringen</translation>
    </message>
    <message>
        <source>New remark</source>
        <translation>Ny synpunkt</translation>
    </message>
    <message>
        <source>Remove remark</source>
        <translation>Ta bort synpunkt</translation>
    </message>
    <message>
        <source>Sa&amp;ve remark</source>
        <translation>Spara s&amp;ynpunkten</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <source>Reply from %1</source>
        <translation>Svar från %1</translation>
    </message>
    <message>
        <source>Reply: choose a consultee in the list</source>
        <translation>Svar: välj en remissinstans i listan</translation>
    </message>
    <message>
        <source>Consultation: %1</source>
        <translation>Remiss: %1</translation>
    </message>
    <message>
        <source>(new remark)</source>
        <translation>(ny synpunkt)</translation>
    </message>
    <message>
        <source>Save the consultation summary</source>
        <translation>Spara remissammanställningen</translation>
    </message>
    <message>
        <source>Consultation summary</source>
        <translation>Remissammanställning</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
</context>
<context>
    <name>RemissSummary</name>
    <message>
        <source>Consultation summary</source>
        <translation>Remissammanställning</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Sent for consultation</source>
        <translation>Skickad på remiss</translation>
    </message>
    <message>
        <source>Reply deadline</source>
        <translation>Sista svarsdag</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Replies sent to</source>
        <translation>Svaren skickas till</translation>
    </message>
    <message>
        <source>Consultation summary: %1</source>
        <translation>Remissammanställning: %1</translation>
    </message>
    <message>
        <source>Replied %1</source>
        <translation>Svar %1</translation>
    </message>
    <message>
        <source>Replied %1 (after the deadline)</source>
        <translation>Svar %1 (efter svarstiden)</translation>
    </message>
    <message>
        <source>Declined to comment (%1)</source>
        <translation>Avstår (%1)</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>Inget svar än</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>Consultees</source>
        <translation>Remissinstanser</translation>
    </message>
    <message>
        <source>The consultation has no recipients.</source>
        <translation>Remissen har inga remissinstanser.</translation>
    </message>
    <message>
        <source>Consultee</source>
        <translation>Remissinstans</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Synpunkter</translation>
    </message>
    <message>
        <source>Not handled yet</source>
        <translation>Ej behandlad</translation>
    </message>
    <message>
        <source>The motivation is missing, so the remark is not yet handled.</source>
        <translation>Motivering saknas, så synpunkten är ännu inte behandlad.</translation>
    </message>
    <message>
        <source>Changed measure: %1</source>
        <translation>Ändrad åtgärd: %1</translation>
    </message>
    <message>
        <source>Remarks and how they were handled</source>
        <translation>Synpunkter och ställningstaganden</translation>
    </message>
    <message>
        <source>No remarks were received.</source>
        <translation>Inga synpunkter har kommit in.</translation>
    </message>
    <message>
        <source>The plan in general</source>
        <translation>Planen i stort</translation>
    </message>
    <message>
        <source>%1 (no longer in the plan)</source>
        <translation>%1 (finns inte längre i planen)</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>Åtgärd %1</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Synpunkt</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ställningstagande</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Personal data retention</source>
        <translation>Lagringstid för personuppgifter</translation>
    </message>
    <message>
        <source>When should the personal data of this process be erased? The window reminds you when the day has come.</source>
        <translation>När ska personuppgifterna i den här processen raderas? Fönstret påminner dig när dagen har kommit.</translation>
    </message>
    <message>
        <source>&amp;No reminder</source>
        <translation>&amp;Ingen påminnelse</translation>
    </message>
    <message>
        <source>On a &amp;date:</source>
        <translation>Ett visst &amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Months after the last meeting:</source>
        <translation>&amp;Månader efter det sista mötet:</translation>
    </message>
</context>
<context>
    <name>ReviewRow</name>
    <message>
        <source>No one responsible yet</source>
        <translation>Ingen ansvarig ännu</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>ingen tidsram</translation>
    </message>
    <message>
        <source>%1 · Due: %2 · Now: %3</source>
        <translation>%1 · Klart senast: %2 · Nu: %3</translation>
    </message>
    <message>
        <source>Last update %1: %2</source>
        <translation>Senaste uppdatering %1: %2</translation>
    </message>
    <message>
        <source>Overdue: it should have been done by %1.</source>
        <translation>Försenad: skulle ha varit klar senast %1.</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Ny status:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <source>What has been done so far?</source>
        <translation>Vad har gjorts hittills?</translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation>Inte behandlad</translation>
    </message>
    <message>
        <source>Progress note (still %1)</source>
        <translation>Lägesrapport (fortfarande %1)</translation>
    </message>
    <message>
        <source>%1 (needs more first)</source>
        <translation>%1 (kräver mer först)</translation>
    </message>
    <message>
        <source>Cannot become %1 yet: %2</source>
        <translation>Kan inte få statusen ”%1” ännu: %2</translation>
    </message>
</context>
<context>
    <name>RhythmPage</name>
    <message>
        <source>The city&apos;s report to ECCAR</source>
        <translation>Kommunens rapport till ECCAR</translation>
    </message>
    <message>
        <source>Revise and update the plan</source>
        <translation>Granska och uppdatera planen</translation>
    </message>
    <message>
        <source>Time for the committee to meet</source>
        <translation>Dags för kommittén att mötas</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Ansvarig: %1</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Förvaltning: %1</translation>
    </message>
    <message>
        <source>The departments report on their measures</source>
        <translation>Förvaltningarna rapporterar om sina åtgärder</translation>
    </message>
    <message>
        <source>Proposed by the rhythm; not created yet</source>
        <translation>Enligt rytmen; inte skapat än</translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> månad</numerusform>
            <numerusform> månader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <translation>
            <numerusform> år</numerusform>
            <numerusform> år</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up calendar</source>
        <translation>Uppföljningskalender</translation>
    </message>
    <message>
        <source>Inviting people and then letting nothing happen damages participation. The plan&apos;s rhythm sets when the committee meets, when the departments report and when the plan is revised and reported to ECCAR.</source>
        <translation>Att bjuda in människor och sedan låta ingenting hända skadar delaktigheten. Planens rytm bestämmer när kommittén möts, när förvaltningarna rapporterar och när planen revideras och rapporteras till ECCAR.</translation>
    </message>
    <message>
        <source>The plan&apos;s follow-up rhythm</source>
        <translation>Planens uppföljningsrytm</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a year</source>
        <translation>
            <numerusform>%n gång om året</numerusform>
            <numerusform>%n gånger om året</numerusform>
        </translation>
    </message>
    <message>
        <source>The toolkit&apos;s advice: the committee about monthly, the departments 2–4 times a year, a report to ECCAR every two years and a revision every 2–3 years.</source>
        <translation>Verktygslådans råd: kommittén ungefär en gång i månaden, förvaltningarna 2–4 gånger om året, rapport till ECCAR vartannat år och revidering vartannat eller vart tredje år.</translation>
    </message>
    <message>
        <source>Create the next committee meeting</source>
        <translation>Skapa nästa kommittémöte</translation>
    </message>
    <message>
        <source>Export reminders (.ics)…</source>
        <translation>Exportera påminnelser (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Coming and overdue</source>
        <translation>&amp;Kommande och försenat</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) past their deadline.</source>
        <translation>
            <numerusform>%n åtgärd har passerat sitt klart senast-datum.</numerusform>
            <numerusform>%n åtgärder har passerat sitt klart senast-datum.</numerusform>
        </translation>
    </message>
    <message>
        <source>No measure is past its deadline.</source>
        <translation>Ingen åtgärd har passerat sitt klart senast-datum.</translation>
    </message>
    <message>
        <source>The committee has not met for longer than the rhythm says.</source>
        <translation>Kommittén har inte mötts på längre tid än rytmen säger.</translation>
    </message>
    <message>
        <source>The ECCAR report and the revision are counted from the adoption on %1.</source>
        <translation>Rapporten till ECCAR och revideringen räknas från antagandet %1.</translation>
    </message>
    <message>
        <source>The ECCAR report and the revision are counted from the plan&apos;s adoption, which is not recorded yet (Plan and decisions).</source>
        <translation>Rapporten till ECCAR och revideringen räknas från planens antagande, som inte är registrerat än (Plan och beslut).</translation>
    </message>
    <message>
        <source>The next committee meeting by the rhythm: %1</source>
        <translation>Nästa kommittémöte enligt rytmen: %1</translation>
    </message>
</context>
<context>
    <name>RotationCommand</name>
    <message>
        <source>plan who sits at which table in each round (World Café)</source>
        <translation>planera vem som sitter vid vilket bord i varje omgång (World Café)</translation>
    </message>
    <message>
        <source>Plans the table changes so that the participants meet as many new people as possible.</source>
        <translation>Planerar bordsbyten så att deltagarna träffar så många nya som möjligt.</translation>
    </message>
    <message>
        <source>CSV file with the participants (the column name is required)</source>
        <translation>CSV-fil med deltagare (kolumnen name krävs)</translation>
    </message>
    <message>
        <source>plan for N numbered participants instead of a file</source>
        <translation>planera för N numrerade deltagare i stället för en fil</translation>
    </message>
    <message>
        <source>with --people: participants 1..T host tables 1..T</source>
        <translation>med --people: deltagare 1..T är värdar för bord 1..T</translation>
    </message>
    <message>
        <source>number of tables</source>
        <translation>antal bord</translation>
    </message>
    <message>
        <source>number of rounds</source>
        <translation>antal omgångar</translation>
    </message>
    <message>
        <source>seats per table (default: as few as will do)</source>
        <translation>platser per bord (standard: så få som räcker)</translation>
    </message>
    <message>
        <source>one question per table: no guest visits the same table twice</source>
        <translation>en fråga per bord: ingen gäst besöker samma bord två gånger</translation>
    </message>
    <message>
        <source>random seed (the same seed gives the same plan)</source>
        <translation>slumpfrö (samma frö ger samma plan)</translation>
    </message>
    <message>
        <source>longest search time in seconds</source>
        <translation>längsta söktid i sekunder</translation>
    </message>
    <message>
        <source>write the result as one JSON object</source>
        <translation>skriv resultatet som ett JSON-objekt</translation>
    </message>
    <message>
        <source>Error: the file %1 does not exist.</source>
        <translation>Fel: filen %1 finns inte.</translation>
    </message>
    <message>
        <source>Error: %1 is a folder, not a file.</source>
        <translation>Fel: %1 är en mapp, inte en fil.</translation>
    </message>
    <message>
        <source>Error: the file %1 cannot be read (%2).</source>
        <translation>Fel: filen %1 kan inte läsas (%2).</translation>
    </message>
    <message>
        <source>Error: the file %1 has an unknown character encoding.</source>
        <translation>Fel: filen %1 har en okänd teckenkodning.</translation>
    </message>
    <message>
        <source>Error: the file is empty.</source>
        <translation>Fel: filen är tom.</translation>
    </message>
    <message>
        <source>Error: the file has no column &apos;name&apos;.</source>
        <translation>Fel: filen saknar kolumnen &apos;name&apos;.</translation>
    </message>
    <message>
        <source>Error: row %1 has no name.</source>
        <translation>Fel: rad %1 saknar namn.</translation>
    </message>
    <message>
        <source>Error: row %1: the table &apos;%2&apos; is not a number.</source>
        <translation>Fel: rad %1: bordet &apos;%2&apos; är inte ett nummer.</translation>
    </message>
    <message>
        <source>Error: row %1: table %2 does not exist (the tables are 1–%3).</source>
        <translation>Fel: rad %1: bord %2 finns inte (borden är 1–%3).</translation>
    </message>
    <message>
        <source>Error: the file contains no participants.</source>
        <translation>Fel: filen innehåller inga deltagare.</translation>
    </message>
    <message>
        <source>Error: --people must be at least 1.</source>
        <translation>Fel: --people måste vara minst 1.</translation>
    </message>
    <message numerus="yes">
        <source>Error: %1 tables need %1 hosts but there are only %n participant(s).</source>
        <translation>
            <numerusform>Fel: %1 bord behöver %1 värdar men det finns bara %n deltagare.</numerusform>
            <numerusform>Fel: %1 bord behöver %1 värdar men det finns bara %n deltagare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1 participants but the tables only have room for %2 (round %3). Add tables or seats.</source>
        <translation>Fel: %1 deltagare men bara %2 platser vid borden (omgång %3). Lägg till bord eller platser.</translation>
    </message>
    <message>
        <source>Error: %1 people must sit at table %2, which only has room for %3.</source>
        <translation>Fel: %1 personer måste sitta vid bord %2, som bara har %3 platser.</translation>
    </message>
    <message>
        <source>Error: table %1 does not exist (the tables are 1–%2).</source>
        <translation>Fel: bord %1 finns inte (borden är 1–%2).</translation>
    </message>
    <message>
        <source>Error: with one question per table no guest can take part in more rounds (%1) than there are tables (%2).</source>
        <translation>Fel: med en fråga per bord kan ingen gäst delta i fler omgångar (%1) än det finns bord (%2).</translation>
    </message>
    <message>
        <source>Error: at least one table and at least one round are needed.</source>
        <translation>Fel: det behövs minst ett bord och minst en omgång.</translation>
    </message>
    <message>
        <source>Error: every table must have at least one seat.</source>
        <translation>Fel: varje bord måste ha minst en plats.</translation>
    </message>
    <message>
        <source>Error: the people who stay at a table do not fit if the tables are to have the same size.</source>
        <translation>Fel: de som stannar vid ett bord får inte plats så att borden blir jämnstora.</translation>
    </message>
    <message>
        <source>Error: %1 has two different tables.</source>
        <translation>Fel: %1 har två olika bord.</translation>
    </message>
    <message>
        <source>Error: %1.</source>
        <translation>Fel: %1.</translation>
    </message>
    <message>
        <source>Zero repeats is impossible (the pigeonhole principle): a participant sits with at least %1 table neighbours over %2 rounds but there are only %3 others to meet.</source>
        <translation>Noll upprepningar är omöjligt (lådprincipen): en deltagare sitter med minst %1 bordsgrannar under %2 omgångar men det finns bara %3 andra att träffa.</translation>
    </message>
    <message>
        <source>Zero repeats is impossible: the tables have up to %1 people but there are only %2 tables, so in every round after the first some people sit at the same table as in the round before.</source>
        <translation>Noll upprepningar är omöjligt: borden har upp till %1 personer men det finns bara %2 bord, så i varje omgång efter den första sitter några vid samma bord som i omgången före.</translation>
    </message>
    <message numerus="yes">
        <source>Zero repeats is impossible: %n pair(s) of hosts or people who stay sit at the same table in every round.</source>
        <translation>
            <numerusform>Noll upprepningar är omöjligt: %n par av värdar eller personer som stannar sitter vid samma bord i varje omgång.</numerusform>
            <numerusform>Noll upprepningar är omöjligt: %n par av värdar eller personer som stannar sitter vid samma bord i varje omgång.</numerusform>
        </translation>
    </message>
    <message>
        <source>Zero repeats is impossible when everyone at a table must share a language: some people share a language with only %1 others but have %2 table neighbours over the rounds.</source>
        <translation>Noll upprepningar är omöjligt när alla vid ett bord ska ha ett gemensamt språk: några delar språk med bara %1 andra men har %2 bordsgrannar under omgångarna.</translation>
    </message>
    <message>
        <source>Zero repeats is impossible.</source>
        <translation>Noll upprepningar är omöjligt.</translation>
    </message>
    <message>
        <source>Error: give both --tables and --rounds.</source>
        <extracomment>The old name, from when the explanation was always Swedish.</extracomment>
        <translation>Fel: ange både --tables och --rounds.</translation>
    </message>
    <message>
        <source>Error: --seats must be at least 1.</source>
        <translation>Fel: --seats måste vara minst 1.</translation>
    </message>
    <message>
        <source>Error: give either a participant file or --people N.</source>
        <translation>Fel: ange antingen en deltagarfil eller --people N.</translation>
    </message>
    <message>
        <source>Error: --hosts only works with --people; mark the hosts in the file&apos;s column &apos;host&apos;.</source>
        <translation>Fel: --hosts gäller bara med --people; ange värdar i filens kolumn &apos;host&apos;.</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Omgång %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>Table %1: %2</source>
        <translation>Bord %1: %2</translation>
    </message>
    <message>
        <source>Repeated meetings: %1 (the best possible); proven lower bound: %2</source>
        <translation>Upprepade möten: %1 (bästa möjliga); bevisad undre gräns: %2</translation>
    </message>
    <message>
        <source>Repeated meetings: %1; proven lower bound: %2</source>
        <translation>Upprepade möten: %1; bevisad undre gräns: %2</translation>
    </message>
    <message>
        <source>Pairs who meet more than once: %1</source>
        <translation>Par som möts mer än en gång: %1</translation>
    </message>
    <message>
        <source>Pairs from the same organisation at the same table: %1</source>
        <translation>Par från samma organisation vid samma bord: %1</translation>
    </message>
    <message>
        <source>Tables without a shared language: %1</source>
        <translation>Bord utan gemensamt språk: %1</translation>
    </message>
    <message>
        <source>Guests who come back to a table (cannot be avoided here): %1</source>
        <translation>Gäster som kommer tillbaka till ett bord (går inte att undvika här): %1</translation>
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation>Tid: %1 s</translation>
    </message>
</context>
<context>
    <name>RotationPanel</name>
    <message>
        <source>&amp;Create seating</source>
        <translation>&amp;Skapa bordsplacering</translation>
    </message>
    <message>
        <source>Seats everyone so that people meet as many new people as possible</source>
        <translation>Placerar alla så att de träffar så många nya som möjligt</translation>
    </message>
    <message>
        <source>Re-plan from round:</source>
        <translation>Planera om från omgång:</translation>
    </message>
    <message>
        <source>After a no-show or a late arrival: re-seats the remaining rounds, moving as few people as needed</source>
        <translation>Efter ett återbud eller en sen ankomst: placerar om de återstående omgångarna och flyttar så få som möjligt</translation>
    </message>
    <message>
        <source>S&amp;wap the two selected</source>
        <translation>&amp;Byt plats på de två markerade</translation>
    </message>
    <message>
        <source>Select two people in the same round (or drag one onto the other)</source>
        <translation>Markera två personer i samma omgång (eller dra den ena till den andra)</translation>
    </message>
    <message>
        <source>Add the tables first (“Add table” above).</source>
        <translation>Lägg till borden först (”Lägg till bord” ovan).</translation>
    </message>
    <message>
        <source>Set the number of rounds first.</source>
        <translation>Ange antalet omgångar först.</translation>
    </message>
    <message>
        <source>No participants yet: add them on the Participants tab (“Add from register…” or “Import list…”).</source>
        <translation>Inga deltagare ännu: lägg till dem på fliken Deltagare (”Lägg till från registret…” eller ”Importera lista…”).</translation>
    </message>
    <message>
        <source>%1 people come but the tables have %2 seats: add tables or seats.</source>
        <translation>%1 personer kommer men borden har %2 platser: lägg till bord eller platser.</translation>
    </message>
    <message>
        <source>Table hosts, who stay at their table every round: %1.</source>
        <translation>Bordsvärdar, som stannar vid sitt bord i alla omgångar: %1.</translation>
    </message>
    <message>
        <source>Moderators, who stay at their table every round: %1.</source>
        <translation>Moderatorer, som stannar vid sitt bord i alla omgångar: %1.</translation>
    </message>
    <message>
        <source>No table hosts chosen yet.</source>
        <translation>Inga bordsvärdar är valda ännu.</translation>
    </message>
    <message>
        <source>No moderators chosen yet.</source>
        <translation>Inga moderatorer är valda ännu.</translation>
    </message>
    <message>
        <source>Without one: %1. Choose them in the Host column of the tables above before you create the seating; otherwise everyone at those tables moves.</source>
        <translation>Utan: %1. Välj dem i kolumnen Värd i bordslistan ovan innan du skapar bordsplaceringen; annars flyttar alla vid de borden.</translation>
    </message>
    <message>
        <source>No seating yet: press “Create seating”.</source>
        <translation>Ingen bordsplacering ännu: tryck på ”Skapa bordsplacering”.</translation>
    </message>
    <message>
        <source>Select two people in the same round to swap them.</source>
        <translation>Markera två personer i samma omgång för att byta plats på dem.</translation>
    </message>
</context>
<context>
    <name>RoundHeading</name>
    <message>
        <source>Round %1 of %2: %3</source>
        <translation>Omgång %1 av %2: %3</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Omgång %1 av %2</translation>
    </message>
</context>
<context>
    <name>RoundMessages</name>
    <message>
        <source>%1: the file could not be read as an Excel workbook (.xlsx); it may be damaged or of another kind.</source>
        <translation>%1: filen gick inte att läsa som en Excel-arbetsbok (.xlsx); den kan vara skadad eller av ett annat slag.</translation>
    </message>
    <message>
        <source>%1: the file is far larger than a follow-up form, or unpacks to far more than it shows; it was not opened.</source>
        <translation>%1: filen är mycket större än ett uppföljningsformulär, eller packas upp till mycket mer än den visar; den öppnades inte.</translation>
    </message>
    <message>
        <source>%1 is not a follow-up form from Facilitator. Send the departments the forms that “Export follow-up forms…” writes.</source>
        <translation>%1 är inte ett uppföljningsformulär från Facilitator. Skicka förvaltningarna de formulär som ”Exportera uppföljningsformulär…” skapar.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Facilitator.</source>
        <translation>%1 är gjord med en nyare version av Facilitator.</translation>
    </message>
    <message>
        <source>%1 is a follow-up form of another process, not of this one.</source>
        <translation>%1 är ett uppföljningsformulär från en annan process, inte från den här.</translation>
    </message>
    <message>
        <source>%1, row %2: a cell holds a formula (%3). Write the value itself instead.</source>
        <translation>%1, rad %2: en cell innehåller en formel (%3). Skriv själva värdet i stället.</translation>
    </message>
    <message>
        <source>%1, row %2: the text in “%3” contains invisible control or direction characters. Type the text again.</source>
        <translation>%1, rad %2: texten i ”%3” innehåller osynliga styr- eller riktningstecken. Skriv in texten på nytt.</translation>
    </message>
    <message>
        <source>%1, row %2: the text in “%3” is too long (at most %4 characters).</source>
        <translation>%1, rad %2: texten i ”%3” är för lång (högst %4 tecken).</translation>
    </message>
    <message>
        <source>%1, row %2: there is no measure number %3 in this process (it may have been deleted since the form was made).</source>
        <translation>%1, rad %2: det finns ingen åtgärd nummer %3 i den här processen (den kan ha tagits bort efter att formuläret gjordes).</translation>
    </message>
    <message>
        <source>%1, row %2: the measure&apos;s number was changed to %3. The number column must stay as it was in the form.</source>
        <translation>%1, rad %2: åtgärdens nummer har ändrats till %3. Nummerkolumnen ska vara som den var i formuläret.</translation>
    </message>
    <message>
        <source>%1, row %2: “%3” is not a status. Choose one of the statuses in the list.</source>
        <translation>%1, rad %2: ”%3” är ingen status. Välj en av statusarna i listan.</translation>
    </message>
    <message>
        <source>%1, row %2: the measure cannot get the status “%3” from the status it has now.</source>
        <translation>%1, rad %2: åtgärden kan inte få statusen ”%3” från den status den har nu.</translation>
    </message>
    <message>
        <source>%1, row %2: this status needs a responsible contact person, a department and a deadline first; fill them in on the measure.</source>
        <translation>%1, rad %2: den här statusen kräver först en ansvarig kontaktperson, en förvaltning och ett klart senast-datum; fyll i dem på åtgärden.</translation>
    </message>
    <message>
        <source>%1, row %2: “%3” is not a date. Write it as YYYY-MM-DD, e.g. 2027-06-30.</source>
        <translation>%1, rad %2: ”%3” är inget datum. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2027-06-30.</translation>
    </message>
    <message>
        <source>%1, row %2: the same measure has other changes in %3.</source>
        <translation>%1, rad %2: samma åtgärd har andra ändringar i %3.</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, rad %2: %3</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>status %1 → %2</translation>
    </message>
    <message>
        <source>indicator value %1</source>
        <translation>indikatorns värde %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>klart senast %1</translation>
    </message>
    <message>
        <source>note “%1”</source>
        <translation>kommentar ”%1”</translation>
    </message>
    <message>
        <source>status %1, unchanged</source>
        <translation>status %1, oförändrad</translation>
    </message>
    <message>
        <source>already read in</source>
        <translation>redan inläst</translation>
    </message>
</context>
<context>
    <name>RoundPreviewDialog</name>
    <message>
        <source>Read in filled forms</source>
        <translation>Läs in ifyllda formulär</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Department and round</source>
        <translation>Förvaltning och omgång</translation>
    </message>
    <message>
        <source>Form, row</source>
        <translation>Formulär, rad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, rad %2</translation>
    </message>
    <message>
        <source>&amp;Read in the changes</source>
        <translation>&amp;Läs in ändringarna</translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be read in until the forms are corrected: %n problem(s).</source>
        <translation>
            <numerusform>Ingenting kan läsas in förrän formulären är rättade: %n problem.</numerusform>
            <numerusform>Ingenting kan läsas in förrän formulären är rättade: %n problem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will be read in as one step (Undo takes them all back).</source>
        <translation>
            <numerusform>%n ändring läses in som ett steg (Ångra tar tillbaka den).</numerusform>
            <numerusform>%n ändringar läses in som ett steg (Ångra tar tillbaka alla).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to read in: every change is already recorded.</source>
        <translation>Inget nytt att läsa in: alla ändringar är redan registrerade.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already read in are skipped.</source>
        <translation>
            <numerusform>%n rad som redan är inläst hoppas över.</numerusform>
            <numerusform>%n rader som redan är inlästa hoppas över.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>−1 minute</source>
        <translation>−1 minut</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 minut</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>Ends this block and starts the next one (N on the projector)</source>
        <translation>Avslutar den här punkten och startar nästa (N på projektorn)</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Börja &amp;om</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <source>&amp;Screen:</source>
        <translation>&amp;Skärm:</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Helskärm</translation>
    </message>
    <message>
        <source>&amp;Open the projector screen</source>
        <translation>Ö&amp;ppna projektorvyn</translation>
    </message>
    <message>
        <source>Notes in for this round:</source>
        <translation>Anteckningar inne för omgången:</translation>
    </message>
    <message>
        <source>Screen %1 (%2×%3)</source>
        <translation>Skärm %1 (%2×%3)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>S&amp;tarta</translation>
    </message>
    <message>
        <source>Add an agenda to run the meeting with the timer.</source>
        <translation>Lägg till en dagordning för att leda mötet med tidtagaren.</translation>
    </message>
    <message>
        <source>The meeting is over.</source>
        <translation>Mötet är slut.</translation>
    </message>
    <message>
        <source>Change tables!</source>
        <translation>Byt bord!</translation>
    </message>
    <message>
        <source>Time is up for this block.</source>
        <translation>Tiden är ute för den här punkten.</translation>
    </message>
    <message>
        <source>Expected end: %1</source>
        <translation>Beräknat slut: %1</translation>
    </message>
    <message>
        <source>(planned %1)</source>
        <translation>(planerat %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Contribution</source>
        <extracomment>Results shown at most: the search box narrows them further.</extracomment>
        <translation>Bidrag</translation>
    </message>
    <message>
        <source>Way to reduce a risk</source>
        <translation>Sätt att minska en risk</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Main point or decision</source>
        <translation>Huvudpunkt eller beslut</translation>
    </message>
    <message>
        <source>Type a word or the start of one. &quot;Quoted words&quot; are searched as a phrase.</source>
        <translation>Skriv ett ord eller början av ett. &quot;Ord inom citattecken&quot; söks som en fras.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Inget hittades.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens the one chosen.</source>
        <translation>
            <numerusform>%n träff. Enter öppnar den valda.</numerusform>
            <numerusform>%n träffar. Enter öppnar den valda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>&amp;Search contributions, themes, measures, main points and decisions:</source>
        <translation>&amp;Sök bland bidrag, teman, åtgärder, huvudpunkter och beslut:</translation>
    </message>
    <message>
        <source>For example: trygghet, &quot;språkcafé på biblioteket&quot;, bost*</source>
        <translation>Till exempel: trygghet, &quot;språkcafé på biblioteket&quot;, bost*</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentReport</name>
    <message>
        <source>(preliminary)</source>
        <translation>(preliminär)</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Självskattning</translation>
    </message>
    <message>
        <source>Self-assessment: %1</source>
        <translation>Självskattning: %1</translation>
    </message>
    <message>
        <source>Follow-up report</source>
        <translation>Uppföljningsrapport</translation>
    </message>
    <message>
        <source>Recommendations of the peer review</source>
        <translation>Den kollegiala granskningens rekommendationer</translation>
    </message>
    <message>
        <source>Follow-up report: %1</source>
        <translation>Uppföljningsrapport: %1</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alla teman</translation>
    </message>
    <message>
        <source>None: this assessment can be the baseline of a later one.</source>
        <translation>Ingen: den här självskattningen kan bli baslinje för en senare.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Made in the meetings</source>
        <translation>Gjord vid mötena</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Arbetssätt</translation>
    </message>
    <message>
        <source>Themes assessed</source>
        <translation>Teman som bedömts</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baslinje</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Key factors at a glance</source>
        <translation>Nyckelfaktorerna i översikt</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Key factor</source>
        <translation>Nyckelfaktor</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belägg</translation>
    </message>
    <message>
        <source>Since the baseline</source>
        <translation>Sedan baslinjen</translation>
    </message>
    <message>
        <source>A rating is preliminary until evidence is attached or the coordinator confirms it.</source>
        <translation>En bedömning är preliminär tills den har belägg eller samordnaren bekräftar den.</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Discussed at</source>
        <translation>Diskuterades vid</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>No reasoning was written down.</source>
        <translation>Ingen motivering skrevs ner.</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Styrkor</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Svagheter</translation>
    </message>
    <message>
        <source>No evidence is attached yet.</source>
        <translation>Inga belägg är tillagda än.</translation>
    </message>
    <message>
        <source>Minutes of this process</source>
        <translation>Minnesanteckningar i processen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Vägledande frågor</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Inte besvarad</translation>
    </message>
    <message>
        <source>From the room:</source>
        <translation>Från rummet:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Environmental factors that explain the context</source>
        <translation>Miljöfaktorer som förklarar sammanhanget</translation>
    </message>
    <message>
        <source>No environmental factors were described.</source>
        <translation>Inga miljöfaktorer beskrevs.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>What it can include</source>
        <translation>Vad den kan innefatta</translation>
    </message>
    <message>
        <source>Our context</source>
        <translation>Vårt sammanhang</translation>
    </message>
    <message>
        <source>No recommendations were written down.</source>
        <translation>Inga rekommendationer skrevs ner.</translation>
    </message>
    <message>
        <source>Self-assessment: the key factors</source>
        <translation>Självskattning: nyckelfaktorerna</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message numerus="yes">
        <source>Received %n submission(s) from phones.</source>
        <translation>
            <numerusform>Tog emot %n inskick från mobiler.</numerusform>
            <numerusform>Tog emot %n inskick från mobiler.</numerusform>
        </translation>
    </message>
    <message>
        <source>share a meeting&apos;s pages with the participants&apos; phones, without the window</source>
        <translation>dela ett mötes sidor med deltagarnas telefoner, utan fönster</translation>
    </message>
    <message>
        <source>Shows the meeting&apos;s pages to phones on the local network and updates them when the file changes.</source>
        <translation>Visar mötets sidor för telefoner i det lokala nätverket och uppdaterar dem när filen ändras.</translation>
    </message>
    <message>
        <source>the process file (.facilitator)</source>
        <translation>processfilen (.facilitator)</translation>
    </message>
    <message>
        <source>the meeting&apos;s id (see &apos;facilitator info FILE&apos;)</source>
        <translation>mötets id (se &apos;facilitator info FILE&apos;)</translation>
    </message>
    <message>
        <source>the address to listen on (default: all networks, 0.0.0.0)</source>
        <translation>adressen att lyssna på (standard: alla nätverk, 0.0.0.0)</translation>
    </message>
    <message>
        <source>the port (default: %1; 0 picks a free one)</source>
        <translation>porten (standard: %1; 0 väljer en ledig)</translation>
    </message>
    <message>
        <source>draw the QR code in the terminal</source>
        <translation>rita QR-koden i terminalen</translation>
    </message>
    <message>
        <source>let phones send ideas, questions and dots; they wait in the file for review</source>
        <translation>låt mobilerna skicka idéer, frågor och prickar; de väntar i filen på granskning</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fel: %1</translation>
    </message>
    <message>
        <source>Error: there is no meeting with id %1 in %2. See &apos;facilitator info %3&apos;.</source>
        <translation>Fel: det finns inget möte med id %1 i %2. Se &apos;facilitator info %3&apos;.</translation>
    </message>
    <message>
        <source>Error: cannot listen on %1:%2 (%3).</source>
        <translation>Fel: kan inte lyssna på %1:%2 (%3).</translation>
    </message>
    <message>
        <source>Sharing “%1” with phones:</source>
        <translation>Delar ”%1” med telefoner:</translation>
    </message>
    <message>
        <source>Live page: %1</source>
        <translation>Livesidan: %1</translation>
    </message>
    <message>
        <source>Check page for your phone: %1</source>
        <translation>Kontrollsida för din telefon: %1</translation>
    </message>
    <message>
        <source>Phones may send ideas, questions and dots; they wait in the file for your review.</source>
        <translation>Mobilerna kan skicka idéer, frågor och prickar; de väntar i filen tills du har granskat dem.</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>Avsluta med Ctrl+C.</translation>
    </message>
    <message>
        <source>The meeting is no longer in the file; the pages show that the sharing has ended.</source>
        <translation>Mötet finns inte längre i filen; sidorna visar att delningen har upphört.</translation>
    </message>
    <message>
        <source>Updated (%1).</source>
        <translation>Uppdaterat (%1).</translation>
    </message>
    <message>
        <source>The sharing has ended.</source>
        <translation>Delningen är avslutad.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Ports %1 to %2 are used by other programs. Choose another port.</source>
        <extracomment>sharing turned on (True) or off (False) the base URL phones use changed (&apos;&apos; when off) a snapshot with new content was published (its revision) a phone opened the check page (the phone&apos;s address on the local network) something went wrong; the text is for the coordinator the meeting being shared changed (its id, or 0) submissions from phones were written to the file (how many were answered) where phones found the laptop the last time sharing was on (from the app&apos;s settings): printed QR codes carry it, so the port is tried first and a change is said</extracomment>
        <translation>Portarna %1 till %2 används av andra program. Välj en annan port.</translation>
    </message>
    <message>
        <source>The address %1 no longer belongs to this computer. Choose the network again.</source>
        <translation>Adressen %1 hör inte längre till den här datorn. Välj nätverk igen.</translation>
    </message>
    <message>
        <source>Sharing could not start: %1</source>
        <translation>Delningen kunde inte starta: %1</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <source>Phones</source>
        <translation>Mobiler</translation>
    </message>
</context>
<context>
    <name>SharingPanel</name>
    <message>
        <source>Where phones find the meeting</source>
        <translation>Där mobilerna hittar mötet</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Möte:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Nätverk:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Languages of the phone pages: %1.</source>
        <translation>Telefonsidornas språk: %1.</translation>
    </message>
    <message>
        <source>Each phone gets its own language and can switch at the top of the page. What participants write is shown as they wrote it.</source>
        <translation>Varje telefon får sitt eget språk och kan byta språk högst upp på sidan. Det deltagarna skriver visas som de skrev det.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Look for the computer&apos;s networks again</source>
        <translation>Sök efter datorns nätverk igen</translation>
    </message>
    <message>
        <source>QR code for the &amp;participants</source>
        <translation>QR-kod för &amp;deltagarna</translation>
    </message>
    <message>
        <source>QR code to &amp;check with your phone</source>
        <translation>QR-kod för att &amp;kontrollera med din mobil</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Kopiera adressen</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Ö&amp;ppna i webbläsaren</translation>
    </message>
    <message>
        <source>Show on &amp;projector</source>
        <translation>Visa på &amp;projektorn</translation>
    </message>
    <message>
        <source>The QR code and the address, full screen on the last screen (Esc closes)</source>
        <translation>QR-koden och adressen i helskärm på den sista skärmen (Esc stänger)</translation>
    </message>
    <message>
        <source>Can phones reach this computer?</source>
        <translation>Når mobilerna den här datorn?</translation>
    </message>
    <message>
        <source>Before the meeting, check with your own phone that phones can reach this computer.</source>
        <translation>Kontrollera före mötet med din egen mobil att mobiler når den här datorn.</translation>
    </message>
    <message>
        <source>Open the check page on your own phone, on the network the participants will use. If it does not open: make sure the phone is on the same Wi-Fi as this computer, not on mobile data. Venue and guest Wi-Fi often keep devices apart (client isolation); then start a hotspot on this computer or bring a travel router, and let everyone join it. Allow Facilitator through the firewall for private networks if you are asked.</source>
        <translation>Öppna kontrollsidan på din egen mobil, på det nätverk som deltagarna ska använda. Om den inte öppnas: se till att mobilen är ansluten till samma wifi som den här datorn och inte använder mobildata. Wifi i lokaler och gästnät håller ofta enheter isär (klientisolering); starta då en surfzon på den här datorn eller ta med en reserouter och låt alla ansluta till den. Tillåt Facilitator i brandväggen för privata nätverk om du får frågan.</translation>
    </message>
    <message>
        <source>Let phones send &amp;ideas, questions and dots</source>
        <translation>Låt mobilerna skicka &amp;idéer, frågor och prickar</translation>
    </message>
    <message>
        <source>What phones send waits for your review on the meeting&apos;s “From phones” page; nothing is shown before you approve and show it.</source>
        <translation>Det som mobilerna skickar väntar på din granskning under mötets flik ”Från mobiler”; inget visas förrän du har godkänt och visat det.</translation>
    </message>
    <message>
        <source>What the phones show</source>
        <translation>Det som visas i mobilerna</translation>
    </message>
    <message>
        <source>What the phones sho&amp;w</source>
        <translation>Det mobilerna vi&amp;sar</translation>
    </message>
    <message>
        <source>&amp;Table hosts&apos; links</source>
        <translation>&amp;Bordsvärdarnas länkar</translation>
    </message>
    <message>
        <source>&amp;Results after the meeting</source>
        <translation>&amp;Resultaten efter mötet</translation>
    </message>
    <message>
        <source>Contributions stay on this computer until you show them. Tick one to show it, or show a whole round at once. Names and other personal data are never shown.</source>
        <translation>Bidragen stannar på den här datorn tills du visar dem. Bocka för ett bidrag för att visa det, eller visa en hel omgång på en gång. Namn och andra personuppgifter visas aldrig.</translation>
    </message>
    <message>
        <source>&amp;Show selected</source>
        <translation>&amp;Visa markerade</translation>
    </message>
    <message>
        <source>&amp;Hide selected</source>
        <translation>&amp;Dölj markerade</translation>
    </message>
    <message>
        <source>Show the whole &amp;round</source>
        <translation>Visa hela &amp;omgången</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Visa &amp;alla</translation>
    </message>
    <message>
        <source>Hi&amp;de all</source>
        <translation>Dölj a&amp;lla</translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <translation>%1 (föreslås)</translation>
    </message>
    <message>
        <source>%1 (this computer only)</source>
        <translation>%1 (bara den här datorn)</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Omgång %1</translation>
    </message>
    <message>
        <source>Add a meeting first: phones follow one meeting.</source>
        <translation>Lägg till ett möte först: mobilerna följer ett möte.</translation>
    </message>
    <message>
        <source>Stop sharing with phones</source>
        <translation>Sluta dela med mobiler</translation>
    </message>
    <message>
        <source>Share with phones</source>
        <translation>Dela med mobiler</translation>
    </message>
    <message>
        <source>Sharing is off. Phones cannot see anything.</source>
        <translation>Delningen är avstängd. Mobilerna ser ingenting.</translation>
    </message>
    <message>
        <source>Shared at %1.</source>
        <translation>Delas på %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) connected in the last minute.</source>
        <translation>
            <numerusform>%n mobil ansluten den senaste minuten.</numerusform>
            <numerusform>%n mobiler anslutna den senaste minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Port %1 was busy, so printed QR codes with that port will not work.</source>
        <translation>Port %1 var upptagen, så utskrivna QR-koder med den porten fungerar inte.</translation>
    </message>
    <message>
        <source>Last time phones found this computer at %1: QR codes printed then do not lead here. Print them again.</source>
        <translation>Förra gången nådde telefonerna datorn på %1. QR-koder som skrevs ut då leder inte hit. Skriv ut dem igen.</translation>
    </message>
    <message>
        <source>The QR code appears here when sharing is on.</source>
        <translation>QR-koden visas här när delningen är på.</translation>
    </message>
    <message>
        <source>QR code for %1</source>
        <translation>QR-kod för %1</translation>
    </message>
    <message>
        <source>No phone has opened the check page yet.</source>
        <translation>Ingen mobil har öppnat kontrollsidan än.</translation>
    </message>
    <message>
        <source>A phone (%1) reached this computer at %2. Phones on that network can follow the meeting.</source>
        <translation>En mobil (%1) nådde den här datorn kl. %2. Mobiler på det nätverket kan följa mötet.</translation>
    </message>
    <message>
        <source>%1 of %2 contributions are shown on phones.</source>
        <translation>%1 av %2 bidrag visas i mobilerna.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Save what was typed</source>
        <translation>Spara det som skrivits</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Ny rad</translation>
    </message>
    <message>
        <source>Next table (or agenda item)</source>
        <translation>Nästa bord (eller dagordningspunkt)</translation>
    </message>
    <message>
        <source>Previous or next round</source>
        <translation>Föregående eller nästa omgång</translation>
    </message>
    <message>
        <source>Kind: idea, note, risk, quote …</source>
        <translation>Typ: idé, anteckning, risk, citat …</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <source>Start or pause</source>
        <translation>Starta eller pausa</translation>
    </message>
    <message>
        <source>One more minute</source>
        <translation>En minut till</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>En minut mindre</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Nästa dagordningspunkt</translation>
    </message>
    <message>
        <source>High contrast on or off</source>
        <translation>Hög kontrast på eller av</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Helskärm på eller av</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Lämna helskärm</translation>
    </message>
    <message>
        <source>Harvest</source>
        <translation>Skörd</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nytt tema</translation>
    </message>
    <message>
        <source>Rename the theme</source>
        <translation>Byt namn på temat</translation>
    </message>
    <message>
        <source>Look for duplicates and themes again</source>
        <translation>Sök efter dubbletter och teman igen</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <source>Add a measure in the chosen cell</source>
        <translation>Lägg till en åtgärd i den valda rutan</translation>
    </message>
    <message>
        <source>Open the chosen measure</source>
        <translation>Öppna den valda åtgärden</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listor</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Ta bort de markerade raderna</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Vad de gör</translation>
    </message>
</context>
<context>
    <name>SignMinutesDialog</name>
    <message>
        <source>Sign the minutes</source>
        <translation>Justera protokollet</translation>
    </message>
    <message>
        <source>The minutes are kept in the process as version %1, exactly as they are now, and are exported the same way from then on. The versions signed before stay as they were.</source>
        <translation>Protokollet sparas i processen som version %1, precis som det ser ut nu, och exporteras likadant i fortsättningen. Tidigare justerade versioner ligger kvar som de var.</translation>
    </message>
    <message>
        <source>The minutes are kept in the process exactly as they are now, and are exported the same way from then on, whatever changes later.</source>
        <translation>Protokollet sparas i processen precis som det ser ut nu och exporteras likadant i fortsättningen, oavsett vad som ändras senare.</translation>
    </message>
    <message>
        <source>Date of &amp;signing</source>
        <translation>&amp;Datum för justering</translation>
    </message>
    <message>
        <source>&amp;Checked and approved by</source>
        <translation>&amp;Justerare</translation>
    </message>
    <message>
        <source>Reference number (&amp;dnr)</source>
        <translation>Diarie&amp;nummer</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Ett namn per rad</translation>
    </message>
    <message>
        <source>Optional, e.g. KS 2027/123</source>
        <translation>Frivilligt, t.ex. KS 2027/123</translation>
    </message>
    <message>
        <source>List the participants by name</source>
        <translation>Ta med deltagarnas namn</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Justera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Write the name of at least one person who checks and approves the minutes (justerare).</source>
        <translation>Skriv namnet på minst en person som justerar protokollet.</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Record a stage of the plan</source>
        <translation>Registrera ett skede i planen</translation>
    </message>
    <message>
        <source>The plan is now: %1</source>
        <translation>Planen är nu: %1</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Skede:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>&amp;Beslutat av:</translation>
    </message>
    <message>
        <source>&amp;Registration number:</source>
        <translation>D&amp;iarienummer:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <source>e.g. KS 2027/112</source>
        <translation>t.ex. KS 2027/112</translation>
    </message>
    <message>
        <source>e.g. the paragraph of the minutes, or who the plan was sent to</source>
        <translation>t.ex. paragrafen i protokollet, eller vilka planen skickades till</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <source>The plan is already at this stage.</source>
        <translation>Planen är redan i det här skedet.</translation>
    </message>
    <message>
        <source>The latest step is dated %1; choose that day or a later one.</source>
        <translation>Det senaste steget är daterat %1; välj den dagen eller en senare.</translation>
    </message>
    <message>
        <source>Choose a stage and a date.</source>
        <translation>Välj ett skede och ett datum.</translation>
    </message>
    <message>
        <source>This is a step back: the plan returns to “%1”. It is recorded in the history, and the versions kept so far stay as they are.</source>
        <translation>Det här är ett steg tillbaka: planen går tillbaka till ”%1”. Steget registreras i historiken, och de versioner som sparats hittills finns kvar som de är.</translation>
    </message>
    <message>
        <source>The plan skips: %1.</source>
        <translation>Planen hoppar över: %1.</translation>
    </message>
    <message>
        <source>The catalogue as it stands now is kept as a version of the plan.</source>
        <translation>Katalogen som den ser ut nu sparas som en version av planen.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Plan workshops and World Cafés against discrimination and turn what is said into measures that someone owns. A process is one file: create one or open one.</source>
        <translation>Planera workshoppar och World Café-möten mot diskriminering och gör det som sägs till åtgärder som någon ansvarar för. En process är en fil: skapa en ny eller öppna en befintlig.</translation>
    </message>
    <message>
        <source>Create a new process…</source>
        <translation>Skapa en ny process…</translation>
    </message>
    <message>
        <source>Open a process…</source>
        <translation>Öppna en process…</translation>
    </message>
    <message>
        <source>Open the demo process (Ekbacka kommun)</source>
        <translation>Öppna demoprocessen (Ekbacka kommun)</translation>
    </message>
    <message>
        <source>Recent processes:</source>
        <translation>Senast öppnade processer:</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Correct a step of the plan</source>
        <translation>Rätta ett steg i planen</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>&amp;Beslutat av:</translation>
    </message>
    <message>
        <source>&amp;Registration number:</source>
        <translation>D&amp;iarienummer:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrera…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablesPage</name>
    <message>
        <source>(no host)</source>
        <translation>(ingen värd)</translation>
    </message>
    <message>
        <source>(no question)</source>
        <translation>(ingen fråga)</translation>
    </message>
    <message>
        <source>Add &amp;table</source>
        <translation>Lägg till &amp;bord</translation>
    </message>
    <message>
        <source>Remove table</source>
        <translation>Ta bort bord</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) in all</source>
        <translation>
            <numerusform>%n plats totalt</numerusform>
            <numerusform>%n platser totalt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>At most %1 characters.</source>
        <extracomment>The property every limited widget carries: the most characters it takes. The role a model answers with the limit of a text cell (an int), or None. The counter appears from this share of the limit on.</extracomment>
        <translation>Högst %1 tecken.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 av %2 tecken</translation>
    </message>
</context>
<context>
    <name>ThemeChooser</name>
    <message>
        <source>Assign to theme</source>
        <translation>Flytta till tema</translation>
    </message>
    <message>
        <source>Type to filter the themes…</source>
        <translation>Skriv för att filtrera teman…</translation>
    </message>
    <message>
        <source>Unsorted (no theme)</source>
        <translation>Osorterade (inget tema)</translation>
    </message>
</context>
<context>
    <name>VersionDiffDialog</name>
    <message>
        <source>Compare versions of the plan</source>
        <translation>Jämför versioner av planen</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Vad som ändrats</translation>
    </message>
    <message>
        <source>This version cannot be read.</source>
        <translation>Den här versionen går inte att läsa.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Inga skillnader.</translation>
    </message>
    <message numerus="yes">
        <source>Measures added (%n)</source>
        <translation>
            <numerusform>Tillagd åtgärd (%n)</numerusform>
            <numerusform>Tillagda åtgärder (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measures removed (%n)</source>
        <translation>
            <numerusform>Borttagen åtgärd (%n)</numerusform>
            <numerusform>Borttagna åtgärder (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measures changed (%n)</source>
        <translation>
            <numerusform>Ändrad åtgärd (%n)</numerusform>
            <numerusform>Ändrade åtgärder (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan&apos;s own texts</source>
        <translation>Planens egna texter</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>World Café</source>
        <translation>World Café</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Fokusgrupp</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Samråd</translation>
    </message>
    <message>
        <source>Committee / follow-up meeting</source>
        <translation>Kommittémöte / uppföljningsmöte</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Självskattning</translation>
    </message>
    <message>
        <source>Many people talk in small groups at tables over three or more rounds and meet new people in each. Use it to gather ideas and experiences broadly from residents, associations and staff.</source>
        <translation>Många samtalar i små grupper vid bord under tre eller fler omgångar och träffar nya människor i varje. Använd det för att samla idéer och erfarenheter brett från invånare, föreningar och medarbetare.</translation>
    </message>
    <message>
        <source>The same group meets about three times, so trust can grow and the last meeting sums up goals and measures. Use it to work out concrete measures with the people concerned.</source>
        <translation>Samma grupp träffas ungefär tre gånger, så att förtroendet kan växa och den sista träffen sammanfattar mål och åtgärder. Använd det för att ta fram konkreta åtgärder tillsammans med dem det gäller.</translation>
    </message>
    <message>
        <source>A small group of invited stakeholders discusses needs and priorities in depth. Use it to hear groups whose experience is otherwise missing.</source>
        <translation>En liten grupp inbjudna aktörer diskuterar behov och prioriteringar på djupet. Använd det för att höra grupper vars erfarenheter annars saknas.</translation>
    </message>
    <message>
        <source>Advisory boards, associations and NGOs give their view on needs and priorities. Use it to anchor the plan with organised civil society.</source>
        <translation>Råd, föreningar och organisationer ger sin syn på behov och prioriteringar. Använd det för att förankra planen i det organiserade civilsamhället.</translation>
    </message>
    <message>
        <source>The implementation committee meets about monthly and goes through the open measures: what has been done so far? Use it to follow up the plan without ranking departments.</source>
        <translation>Genomförandekommittén träffas ungefär en gång i månaden och går igenom de öppna åtgärderna: vad har gjorts hittills? Använd det för att följa upp planen utan att rangordna förvaltningar.</translation>
    </message>
    <message>
        <source>The municipality assesses itself against the key factors of the Integrating Cities toolkit, with evidence. Use it to see where you stand before you plan, and to repeat the baseline later.</source>
        <translation>Kommunen bedömer sig själv mot nyckelfaktorerna i Integrating Cities verktygslåda, med underlag. Använd det för att se var ni står innan ni planerar, och för att upprepa nulägesbilden senare.</translation>
    </message>
    <message>
        <source>Municipal official</source>
        <translation>Tjänsteperson</translation>
    </message>
    <message>
        <source>Elected representative</source>
        <translation>Förtroendevald</translation>
    </message>
    <message>
        <source>Civil society / association</source>
        <translation>Civilsamhälle / förening</translation>
    </message>
    <message>
        <source>Non-governmental organisation</source>
        <translation>Icke-statlig organisation</translation>
    </message>
    <message>
        <source>Advisory board</source>
        <translation>Rådgivande organ</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Invånare</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Näringsliv</translation>
    </message>
    <message>
        <source>Association or NGO</source>
        <translation>Förening eller ideell organisation</translation>
    </message>
    <message>
        <source>Trade union</source>
        <translation>Fackförbund</translation>
    </message>
    <message>
        <source>Employer or business</source>
        <translation>Arbetsgivare eller näringsliv</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Myndighet eller offentlig verksamhet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Not handled yet</source>
        <extracomment>The register&apos;s participant categories, as the kind of recipient their organisation is.</extracomment>
        <translation>Ej behandlad</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Beaktas</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Beaktas delvis</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Beaktas inte</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Table host</source>
        <translation>Bordsvärd</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation>Antecknare</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Utbildare</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inbjuden</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Anmäld</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Structural obstacle</source>
        <translation>Strukturellt hinder</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Föreslagen</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Out for consultation</source>
        <translation>På remiss</translation>
    </message>
    <message>
        <source>Approved by departments</source>
        <translation>Godkänd av förvaltningarna</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Antagen</translation>
    </message>
    <message>
        <source>Welcome and frame</source>
        <translation>Inledning och ramar</translation>
    </message>
    <message>
        <source>Conversation round</source>
        <translation>Samtalsomgång</translation>
    </message>
    <message>
        <source>Change tables</source>
        <translation>Bordsbyte</translation>
    </message>
    <message>
        <source>Plenary harvest</source>
        <translation>Skörd i helgrupp</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Paus</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Greater vigilance against racism</source>
        <extracomment>ECCAR&apos;s ten commitments (English source; the Swedish translation is the toolkit&apos;s cover wording in DOMAIN.md). Labels can be overridden per process.</extracomment>
        <translation>Större vaksamhet mot rasism</translation>
    </message>
    <message>
        <source>Assessing racism and discrimination and monitoring local policies</source>
        <translation>Analyser av rasism och diskriminering och övervakning av den lokala politiken</translation>
    </message>
    <message>
        <source>Better support for the victims of racism and discrimination</source>
        <translation>Bättre stöd till offren för rasism och diskriminering</translation>
    </message>
    <message>
        <source>More participation and better informed residents</source>
        <translation>Mer delaktiga och bättre informerade invånare</translation>
    </message>
    <message>
        <source>The city as an active supporter of equal rights</source>
        <translation>Kommunen som ger sitt aktiva stöd till lika rätt</translation>
    </message>
    <message>
        <source>The city as an equal rights employer and service provider</source>
        <translation>Kommunen som aktivt främjar lika rätt som arbetsgivare och tjänsteleverantör</translation>
    </message>
    <message>
        <source>Fair access to housing</source>
        <translation>Rättvis tillgång till bostäder</translation>
    </message>
    <message>
        <source>Challenging racism and discrimination through education</source>
        <translation>Utmanande av rasism och diskriminering genom utbildning</translation>
    </message>
    <message>
        <source>Promoting cultural diversity</source>
        <translation>Främjandet av kulturell mångfald</translation>
    </message>
    <message>
        <source>Hate crimes and conflict management</source>
        <translation>Hatbrott och konflikthantering</translation>
    </message>
    <message>
        <source>Information and advice</source>
        <translation>Information och råd</translation>
    </message>
    <message>
        <source>Raising awareness</source>
        <translation>Höjd medvetenhet</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Genomförande</translation>
    </message>
    <message>
        <source>Data collection and research</source>
        <translation>Informationsinsamling och forskning</translation>
    </message>
    <message>
        <source>Whole room</source>
        <extracomment>Dots are typed as a number in their cell: at most this many digits. Hints shown at most, of each kind: more than anyone reads in one sitting.</extracomment>
        <translation>Hela rummet</translation>
    </message>
    <message>
        <source>Main point</source>
        <translation>Huvudpunkt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>To review</source>
        <extracomment>The most lines a sent text keeps; more are folded into the last. The largest form a phone may post, in bytes (the text as UTF-8, percent-encoded, and the few other fields). Rate limits: (burst, sustained per second). A participant sends a handful in a meeting (3 ideas and 5 dots in a minute is a keen one); a script sends hundreds.</extracomment>
        <translation>Att granska</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Sammanslagen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Subregional</source>
        <translation>Delregional</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nationell</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
</context>
</TS>
