<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AppearanceMenu</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Som systemet</translation>
    </message>
    <message>
        <source>Follow the operating system&apos;s light or dark mode</source>
        <translation>Følg lys eller mørk modus i operativsystemet</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Lyst</translation>
    </message>
    <message>
        <source>Always use light colours</source>
        <translation>Bruk alltid lyse farger</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Mørkt</translation>
    </message>
    <message>
        <source>Always use dark colours</source>
        <translation>Bruk alltid mørke farger</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Utseende</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Save .ics…</source>
        <extracomment>Role of a date row: the ISO date it lists (tests read the list back through it). Role of a date row: True when the event skips that day (holiday or closure). Event names and descriptions in the user&apos;s language, as the preview shows them. The last export written (for the caller&apos;s status line and tests).</extracomment>
        <translation>Lagre .ics …</translation>
    </message>
    <message>
        <source>The file has no saved plans; save a plan on the Planner page.</source>
        <translation>Filen har ingen lagrede planer; lagre en plan på siden Planlegger.</translation>
    </message>
    <message>
        <source>Tick at least one team.</source>
        <translation>Kryss av for minst ett team.</translation>
    </message>
    <message>
        <source>Choose a person.</source>
        <translation>Velg en person.</translation>
    </message>
    <message>
        <source>No office file is open.</source>
        <translation>Ingen kontorfil er åpen.</translation>
    </message>
    <message>
        <source>{days}, all day</source>
        <translation>{days}, hele dagen</translation>
    </message>
    <message>
        <source>{days}, {start_end} ({timezone})</source>
        <translation>{days}, {start_end} ({timezone})</translation>
    </message>
    <message>
        <source>{n} dates; new or changed</source>
        <translation>{n} datoer; ny eller endret</translation>
    </message>
    <message>
        <source>{n} dates; unchanged since the last export</source>
        <translation>{n} datoer; uendret siden forrige eksport</translation>
    </message>
    <message>
        <source>Seated at {location}</source>
        <translation>Sitter i {location}</translation>
    </message>
    <message>
        <source>{events}, {dates} in all; {skipped} left out.</source>
        <translation>{events}, {dates} i alt; {skipped} utelatt.</translation>
    </message>
    <message>
        <source>{n} dates</source>
        <translation>{n} datoer</translation>
    </message>
    <message>
        <source>1 holiday or closure day</source>
        <translation>1 helligdag eller stengt dag</translation>
    </message>
    <message>
        <source>{n} holiday or closure days</source>
        <translation>{n} helligdager eller stengte dager</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 hendelse</translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation>{n} hendelser</translation>
    </message>
    <message>
        <source>skipped: {reason} (holiday)</source>
        <translation>hoppet over: {reason} (helligdag)</translation>
    </message>
    <message>
        <source>skipped: {reason} (closure)</source>
        <translation>hoppet over: {reason} (stengt dag)</translation>
    </message>
    <message>
        <source>skipped: {reason} ({kind})</source>
        <translation>hoppet over: {reason} ({kind})</translation>
    </message>
    <message>
        <source>Export to Calendar</source>
        <translation>Eksporter til kalender</translation>
    </message>
    <message>
        <source>The file is open read-only; an export records what it wrote, so it needs the file open for writing.</source>
        <translation>Filen er åpnet skrivebeskyttet. En eksport lagrer hva den skrev, så filen må være åpnet for skriving.</translation>
    </message>
    <message>
        <source>anchor-days</source>
        <translation>ankerdager</translation>
    </message>
    <message>
        <source>Save Calendar</source>
        <translation>Lagre kalender</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar-filer (*.ics);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The calendar was not saved: {error}</source>
        <translation>Kalenderen ble ikke lagret: {error}</translation>
    </message>
    <message>
        <source>Saved {file}: {events} ({changed} new or changed).</source>
        <translation>Lagret {file}: {events} ({changed} nye eller endrede).</translation>
    </message>
</context>
<context>
    <name>DeskDialog</name>
    <message>
        <source>Desk “{name}”</source>
        <translation>Pult «{name}»</translation>
    </message>
    <message>
        <source>No bookings yet.</source>
        <translation>Ingen reservasjoner ennå.</translation>
    </message>
    <message>
        <source>1 booking, on {first}.</source>
        <translation>1 reservasjon, den {first}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bookings, {first} to {last}.</source>
        <translation>
            <numerusform>%Ln reservasjon, {first} til {last}.</numerusform>
            <numerusform>%Ln reservasjoner, {first} til {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>A desk needs a name.</source>
        <translation>En pult må ha et navn.</translation>
    </message>
    <message>
        <source>There is already a desk called “{name}” in this office.</source>
        <translation>Det finnes allerede en pult som heter «{name}» på dette kontoret.</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Could not undo</source>
        <extracomment>The undo texts (Edit ▸ Undo &quot;Undo Add desk …&quot;, the history list) are in the user&apos;s language; their context is &quot;EditCommand&quot;. Tables whose rows this command changes; pages showing them refresh.</extracomment>
        <translation>Kunne ikke angre</translation>
    </message>
    <message>
        <source>“{step}” could not be undone: {error}

The file is unchanged; this step is no longer in the undo history.</source>
        <translation>«{step}» kunne ikke angres: {error}

Filen er uendret; dette trinnet er ikke lenger i angrehistorikken.</translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation>Kunne ikke gjøre om</translation>
    </message>
    <message>
        <source>“{step}” could not be redone: {error}

The file is unchanged; this step is no longer in the undo history.</source>
        <translation>«{step}» kunne ikke gjøres om: {error}

Filen er uendret; dette trinnet er ikke lenger i angrehistorikken.</translation>
    </message>
    <message>
        <source>Add site “{name}”</source>
        <translation>Legg til lokasjon «{name}»</translation>
    </message>
    <message>
        <source>Add floor “{name}”</source>
        <translation>Legg til etasje «{name}»</translation>
    </message>
    <message>
        <source>Add zone “{name}”</source>
        <translation>Legg til sone «{name}»</translation>
    </message>
    <message>
        <source>Add desk “{name}”</source>
        <translation>Legg til pult «{name}»</translation>
    </message>
    <message>
        <source>Rename site to “{name}”</source>
        <translation>Endre navnet på lokasjonen til «{name}»</translation>
    </message>
    <message>
        <source>Rename floor to “{name}”</source>
        <translation>Endre navnet på etasjen til «{name}»</translation>
    </message>
    <message>
        <source>Rename zone to “{name}”</source>
        <translation>Endre navnet på sonen til «{name}»</translation>
    </message>
    <message>
        <source>Rename desk to “{name}”</source>
        <translation>Endre navnet på pulten til «{name}»</translation>
    </message>
    <message>
        <source>Delete site “{name}”</source>
        <translation>Slett lokasjon «{name}»</translation>
    </message>
    <message>
        <source>Delete floor “{name}”</source>
        <translation>Slett etasje «{name}»</translation>
    </message>
    <message>
        <source>Delete zone “{name}”</source>
        <translation>Slett sone «{name}»</translation>
    </message>
    <message>
        <source>Delete desk “{name}”</source>
        <translation>Slett pult «{name}»</translation>
    </message>
    <message>
        <source>Move desk to zone “{zone}”</source>
        <translation>Flytt pult til sone «{zone}»</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln desks to zone “{zone}”</source>
        <translation>
            <numerusform>Flytt %Ln pult til sone «{zone}»</numerusform>
            <numerusform>Flytt %Ln pulter til sone «{zone}»</numerusform>
        </translation>
    </message>
    <message>
        <source>Change desk features</source>
        <translation>Endre pultens utstyr</translation>
    </message>
    <message>
        <source>Change site calendar</source>
        <translation>Endre lokasjonens kalender</translation>
    </message>
    <message>
        <source>Close site on {date}</source>
        <translation>Steng lokasjonen {date}</translation>
    </message>
    <message>
        <source>Reopen site on {date}</source>
        <translation>Åpne lokasjonen igjen {date}</translation>
    </message>
    <message>
        <source>Add person “{name}”</source>
        <translation>Legg til person «{name}»</translation>
    </message>
    <message>
        <source>Edit person “{name}”</source>
        <translation>Rediger person «{name}»</translation>
    </message>
    <message>
        <source>Move 1 person to “{team}”</source>
        <translation>Flytt 1 person til «{team}»</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln people to “{team}”</source>
        <translation>
            <numerusform>Flytt %Ln person til «{team}»</numerusform>
            <numerusform>Flytt %Ln personer til «{team}»</numerusform>
        </translation>
    </message>
    <message>
        <source>Add team “{name}”</source>
        <translation>Legg til team «{name}»</translation>
    </message>
    <message>
        <source>Rename team to “{name}”</source>
        <translation>Endre navnet på teamet til «{name}»</translation>
    </message>
    <message>
        <source>Delete team “{name}”</source>
        <translation>Slett team «{name}»</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>&lt;b&gt;Something went wrong.&lt;/b&gt;&lt;br&gt;{summary}</source>
        <translation>&lt;b&gt;Noe gikk galt.&lt;/b&gt;&lt;br&gt;{summary}</translation>
    </message>
    <message>
        <source>Your office file is safe: every change is saved as one complete step, and a step that fails is not written. It was written to the log file {log}. Please send the details below to whoever supports Office Planner for you.</source>
        <translation>Kontorfilen din er trygg: hver endring lagres som ett fullstendig trinn, og et trinn som mislykkes, blir ikke skrevet. Feilen ble skrevet til loggfilen {log}. Send detaljene nedenfor til den som gir deg brukerstøtte for Office Planner.</translation>
    </message>
    <message>
        <source>Your office file is safe: every change is saved as one complete step, and a step that fails is not written. Please send the details below to whoever supports Office Planner for you.</source>
        <translation>Kontorfilen din er trygg: hver endring lagres som ett fullstendig trinn, og et trinn som mislykkes, blir ikke skrevet. Send detaljene nedenfor til den som gir deg brukerstøtte for Office Planner.</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Kopier detaljer</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>{n} desks</source>
        <extracomment>&quot;3 desks&quot; in the export&apos;s summary, one whole text per kind ({n} is a formatted number).</extracomment>
        <translation>{n} pulter</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} personer</translation>
    </message>
    <message>
        <source>{n} bookings</source>
        <translation>{n} reservasjoner</translation>
    </message>
    <message>
        <source>{n} attendance</source>
        <translation>{n} oppmøteregistreringer</translation>
    </message>
    <message>
        <source>{n} closures</source>
        <translation>{n} stengte dager</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <extracomment>Rows written per kind by the last successful export.</extracomment>
        <translation>E&amp;ksporter</translation>
    </message>
    <message>
        <source>office</source>
        <translation>kontor</translation>
    </message>
    <message>
        <source>{kind} — 1 row</source>
        <translation>{kind} — 1 rad</translation>
    </message>
    <message numerus="yes">
        <source>{kind} — %Ln rows</source>
        <translation>
            <numerusform>{kind} — %Ln rad</numerusform>
            <numerusform>{kind} — %Ln rader</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Eksporter til mappe</translation>
    </message>
    <message>
        <source>No office file is open.</source>
        <translation>Ingen kontorfil er åpen.</translation>
    </message>
    <message>
        <source>Choose at least one kind of data.</source>
        <translation>Velg minst én type data.</translation>
    </message>
    <message>
        <source>Choose an existing folder.</source>
        <translation>Velg en mappe som finnes.</translation>
    </message>
    <message>
        <source>Give the files a name.</source>
        <translation>Gi filene et navn.</translation>
    </message>
    <message>
        <source>Writes {files} (replacing {existing})</source>
        <translation>Skriver {files} (erstatter {existing})</translation>
    </message>
    <message>
        <source>Writes {files}</source>
        <translation>Skriver {files}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Exported 1 row ({parts}) to {folder}.</source>
        <translation>Eksporterte 1 rad ({parts}) til {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows ({parts}) to {folder}.</source>
        <translation>
            <numerusform>Eksporterte %Ln rad ({parts}) til {folder}.</numerusform>
            <numerusform>Eksporterte %Ln rader ({parts}) til {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ The export failed: {error}</source>
        <translation>⚠ Eksporten mislyktes: {error}</translation>
    </message>
    <message>
        <source>Export cancelled. Files already complete were kept.</source>
        <translation>Eksporten ble avbrutt. Filer som allerede var ferdige, ble beholdt.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter …</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;System Default</source>
        <extracomment>The environment variable that overrides the setting (scripts, screenshots, tests). Where the built .qm files are (beside this module, in a checkout and when frozen). Each language&apos;s name in that language (a reader looks for their own language&apos;s name). The translators installed by the last call, so that a second call replaces them. The language the last call installed (&quot;en&quot; before any).</extracomment>
        <translation>&amp;Som systemet</translation>
    </message>
    <message>
        <source>Use the operating system&apos;s language (Norwegian or English)</source>
        <translation>Bruk språket i operativsystemet (norsk eller engelsk)</translation>
    </message>
    <message>
        <source>Show Office Planner in English</source>
        <translation>Vis Office Planner på engelsk</translation>
    </message>
    <message>
        <source>Show Office Planner in Norwegian Bokmål</source>
        <translation>Vis Office Planner på norsk bokmål</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Office Planner will be shown in {language} from the next time you start it.</source>
        <translation>Office Planner vises på {language} fra neste gang du starter programmet.</translation>
    </message>
</context>
<context>
    <name>MainAction</name>
    <message>
        <source>&amp;New Office…</source>
        <extracomment>English, marked with QT_TRANSLATE_NOOP(&quot;MainAction&quot;, ...); create_actions translates. Changes the file: disabled in read-only mode. Needs an open file. QAction.MenuRole, so macOS moves About/Quit to the application menu.</extracomment>
        <translation>&amp;Nytt kontor …</translation>
    </message>
    <message>
        <source>Create a new, empty office file</source>
        <translation>Lag en ny, tom kontorfil</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne …</translation>
    </message>
    <message>
        <source>Open an office file (.officeplan)</source>
        <translation>Åpne en kontorfil (.officeplan)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Lagre en &amp;kopi …</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open file (changes are saved as you make them)</source>
        <translation>Skriv en konsistent kopi av den åpne filen (endringer lagres fortløpende)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer …</translation>
    </message>
    <message>
        <source>Import desks, people, bookings, attendance or closures from CSV or Excel</source>
        <translation>Importer pulter, personer, reservasjoner, oppmøte eller stengte dager fra CSV eller Excel</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter …</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation>Eksporter data som CSV</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Close the office file</source>
        <translation>Lukk kontorfilen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>Quit Office Planner (every change is already saved)</source>
        <translation>Avslutt Office Planner (alle endringer er allerede lagret)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Delete the selection (asks first; Undo brings it back)</source>
        <translation>Slett det som er merket (spør først; Angre henter det tilbake)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Merk alt</translation>
    </message>
    <message>
        <source>Select everything in the list</source>
        <translation>Merk alt i listen</translation>
    </message>
    <message>
        <source>&amp;Navigation Pane</source>
        <translation>&amp;Navigasjonsrute</translation>
    </message>
    <message>
        <source>Show or hide the list of pages</source>
        <translation>Vis eller skjul listen over sider</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Angre&amp;historikk</translation>
    </message>
    <message>
        <source>Show the list of changes that Undo and Redo step through</source>
        <translation>Vis listen over endringer som Angre og Gjør om går gjennom</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Fullskjerm</translation>
    </message>
    <message>
        <source>Use the whole screen</source>
        <translation>Bruk hele skjermen</translation>
    </message>
    <message>
        <source>Office Planner &amp;Help</source>
        <translation>&amp;Hjelp til Office Planner</translation>
    </message>
    <message>
        <source>How to use Office Planner and how every figure is calculated</source>
        <translation>Hvordan du bruker Office Planner, og hvordan hvert tall beregnes</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Office</source>
        <translation>Åpne &amp;demokontoret</translation>
    </message>
    <message>
        <source>Open the demo office, to try things without real data</source>
        <translation>Åpne demokontoret for å prøve ting uten ekte data</translation>
    </message>
    <message>
        <source>&amp;About Office Planner</source>
        <translation>&amp;Om Office Planner</translation>
    </message>
    <message>
        <source>Version and where files are kept</source>
        <translation>Versjon og hvor filene ligger</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Office</source>
        <extracomment>The product&apos;s name: not translated. The read-only banner: a warm note, with its own text colour so it reads in dark mode. How often the status bar re-reads who holds a file we opened read-only. English source text; shown through :meth:`display_title` (translated). The navigation pane, in order. Modules that do not exist (yet) are skipped.</extracomment>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>People &amp; teams</source>
        <translation>Personer og team</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservasjoner</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planlegger</translation>
    </message>
    <message>
        <source>Office files (*{suffix});;All files (*)</source>
        <translation>Kontorfiler (*{suffix});;Alle filer (*)</translation>
    </message>
    <message>
        <source>{user} on {host} (since {since})</source>
        <translation>{user} på {host} (siden {since})</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Once, just after the window was first painted: start-up work that can wait (opening the start-up file, the log file) connects here, so the user sees the window before it runs. A zero timer at show() is not enough: it can run first.</extracomment>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Importing is not available in this build</source>
        <translation>Import er ikke tilgjengelig i denne versjonen</translation>
    </message>
    <message>
        <source>Exporting is not available in this build</source>
        <translation>Eksport er ikke tilgjengelig i denne versjonen</translation>
    </message>
    <message>
        <source>Who holds the file</source>
        <translation>Hvem som har filen åpen</translation>
    </message>
    <message>
        <source>Undo state</source>
        <translation>Angrestatus</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Angrehistorikk</translation>
    </message>
    <message>
        <source>Open it read-only to look at everything; editing stays switched off. To edit, ask them to close it, then open it again. Only if their computer crashed and cannot close it, open it for editing anyway.</source>
        <translation>Åpne den skrivebeskyttet for å se alt; redigering er slått av. For å redigere, be dem lukke den og åpne den på nytt. Bare hvis maskinen deres har krasjet og ikke kan lukke den, åpne den for redigering likevel.</translation>
    </message>
    <message>
        <source>&lt;file as opened&gt;</source>
        <translation>&lt;filen slik den ble åpnet&gt;</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Filen er i bruk</translation>
    </message>
    <message>
        <source>Opening “{file}”…</source>
        <translation>Åpner «{file}» …</translation>
    </message>
    <message>
        <source>“{file}” is open for editing by {holder}.</source>
        <translation>«{file}» er åpnet for redigering av {holder}.</translation>
    </message>
    <message>
        <source>Read-only file</source>
        <translation>Skrivebeskyttet fil</translation>
    </message>
    <message>
        <source>“{file}” cannot be changed: the file or its folder is read-only (for example a read-only network share).</source>
        <translation>«{file}» kan ikke endres: filen eller mappen er skrivebeskyttet (for eksempel en skrivebeskyttet nettverksmappe).</translation>
    </message>
    <message>
        <source>Open it read-only to look at everything; editing stays switched off.</source>
        <translation>Åpne den skrivebeskyttet for å se alt; redigering er da slått av.</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Kan ikke åpne filen</translation>
    </message>
    <message>
        <source>Open Office File</source>
        <translation>Åpne kontorfil</translation>
    </message>
    <message>
        <source>{name} copy</source>
        <translation>{name} – kopi</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Lagre en kopi</translation>
    </message>
    <message>
        <source>Choose another name: this is the open file.</source>
        <translation>Velg et annet navn: dette er den åpne filen.</translation>
    </message>
    <message>
        <source>The copy could not be written: {error}</source>
        <translation>Kopien kunne ikke skrives: {error}</translation>
    </message>
    <message>
        <source>Saved a copy as {path}</source>
        <translation>Lagret en kopi som {path}</translation>
    </message>
    <message>
        <source>Demo office</source>
        <translation>Demokontor</translation>
    </message>
    <message>
        <source>The demo office is not part of this build.</source>
        <translation>Demokontoret er ikke med i denne versjonen.</translation>
    </message>
    <message>
        <source>Creating the demo office…</source>
        <translation>Lager demokontoret …</translation>
    </message>
    <message>
        <source>The demo office could not be created: {error}</source>
        <translation>Demokontoret kunne ikke lages: {error}</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Tøm menyen</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Ingen nylig brukte filer</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Åpne nylig brukte</translation>
    </message>
    <message>
        <source>“{path}” no longer exists; it is removed from the list.</source>
        <translation>«{path}» finnes ikke lenger; den fjernes fra listen.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Open an office file for editing first.</source>
        <translation>Åpne en kontorfil for redigering først.</translation>
    </message>
    <message>
        <source>Importing is not available in this build.</source>
        <translation>Import er ikke tilgjengelig i denne versjonen.</translation>
    </message>
    <message>
        <source>Plan hybrid work offline: desk bookings, space utilisation, popular office days and team anchor days, from one file you own.</source>
        <translation>Planlegg hybridarbeid uten nettilkobling: pultreservasjoner, utnyttelse av arealer, populære kontordager og teamenes ankerdager – fra én fil som er din.</translation>
    </message>
    <message>
        <source>Open file: {file}&lt;br&gt;Settings: {settings}&lt;br&gt;Log files: {logs}</source>
        <translation>Åpen fil: {file}&lt;br&gt;Innstillinger: {settings}&lt;br&gt;Loggfiler: {logs}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Om {app}</translation>
    </message>
    <message>
        <source>{file} [read-only] — {app}</source>
        <translation>{file} [skrivebeskyttet] — {app}</translation>
    </message>
    <message>
        <source>{file} — {app}</source>
        <translation>{file} — {app}</translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation>Hver endring lagres med en gang</translation>
    </message>
    <message>
        <source>Read-only · being edited by {holder}</source>
        <translation>Skrivebeskyttet · redigeres av {holder}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {holder} is editing this file; you see their changes when you open it again. Editing is switched off.</source>
        <translation>&lt;b&gt;Skrivebeskyttet.&lt;/b&gt; {holder} redigerer denne filen; du ser endringene når du åpner den igjen. Redigering er slått av.</translation>
    </message>
    <message>
        <source>Read-only · {user} has closed the file</source>
        <translation>Skrivebeskyttet · {user} har lukket filen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {user} has closed the file: open it for editing now.</source>
        <translation>&lt;b&gt;Skrivebeskyttet.&lt;/b&gt; {user} har lukket filen: åpne den for redigering nå.</translation>
    </message>
    <message>
        <source>Read-only · opened read-only</source>
        <translation>Skrivebeskyttet · åpnet skrivebeskyttet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; The file was opened read-only; editing is switched off.</source>
        <translation>&lt;b&gt;Skrivebeskyttet.&lt;/b&gt; Filen ble åpnet skrivebeskyttet; redigering er slått av.</translation>
    </message>
    <message>
        <source>Read-only · the file cannot be written</source>
        <translation>Skrivebeskyttet · filen kan ikke skrives</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; The file or its folder cannot be written (for example a read-only share); editing is switched off.</source>
        <translation>&lt;b&gt;Skrivebeskyttet.&lt;/b&gt; Filen eller mappen kan ikke skrives (for eksempel en skrivebeskyttet nettverksmappe); redigering er slått av.</translation>
    </message>
    <message>
        <source>Still in use</source>
        <translation>Fortsatt i bruk</translation>
    </message>
    <message>
        <source>“{file}” is still being edited by {holder}.</source>
        <translation>«{file}» redigeres fortsatt av {holder}.</translation>
    </message>
    <message>
        <source>Cannot open for editing</source>
        <translation>Kan ikke åpne for redigering</translation>
    </message>
    <message>
        <source>{done} of 1 change in this session</source>
        <translation>{done} av 1 endring i denne økten</translation>
    </message>
    <message>
        <source>{done} of {count} changes in this session</source>
        <translation>{done} av {count} endringer i denne økten</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit Person</source>
        <extracomment>How a validation message looks: readable in light and dark palettes alike.</extracomment>
        <translation>Rediger person</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Legg til person</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(uten team)</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>En person må ha et navn.</translation>
    </message>
    <message>
        <source>There is already a person called “{name}”.</source>
        <translation>Det finnes allerede en person som heter «{name}».</translation>
    </message>
</context>
<context>
    <name>SavePlanDialog</name>
    <message>
        <source>Plan from {date}</source>
        <extracomment>Default length of a new plan&apos;s period: a quarter.</extracomment>
        <translation>Plan fra {date}</translation>
    </message>
    <message>
        <source>Give the plan a name.</source>
        <translation>Gi planen et navn.</translation>
    </message>
    <message>
        <source>The plan ends before it starts.</source>
        <translation>Planen slutter før den begynner.</translation>
    </message>
    <message>
        <source>A plan called “{name}” exists; saving replaces it.</source>
        <translation>Det finnes en plan som heter «{name}»; lagring erstatter den.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Site “{name}”</source>
        <translation>Lokasjon «{name}»</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation>En lokasjon må ha et navn.</translation>
    </message>
    <message>
        <source>There is already a site called “{name}”.</source>
        <translation>Det finnes allerede en lokasjon som heter «{name}».</translation>
    </message>
    <message>
        <source>Choose at least one weekday the site is open.</source>
        <translation>Velg minst én ukedag lokasjonen er åpen.</translation>
    </message>
    <message>
        <source>The site is already closed on {date}.</source>
        <translation>Lokasjonen er allerede stengt {date}.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Getting started</source>
        <extracomment>Titles of the built-in topics shown when the guide&apos;s files are missing.</extracomment>
        <translation>Kom i gang</translation>
    </message>
    <message>
        <source>How figures are calculated</source>
        <translation>Slik beregnes tallene</translation>
    </message>
    <message>
        <source>The user guide&apos;s files were not found in {folder}; this is a short version.</source>
        <extracomment>The short built-in guide (English), for a broken installation without docs/guide. The metric definitions of docs/metrics.md (DESIGN.md&apos;s words), for the same case. Where docs/ is in a source checkout (the repository root). The guide&apos;s languages; any other falls back to English. Room left beside a fitted image (the document&apos;s margins and a little air), in pixels. Relative image paths in the guide resolve against its folder.</extracomment>
        <translation>Filene til brukerveiledningen ble ikke funnet i {folder}; dette er en kortversjon.</translation>
    </message>
    <message>
        <source>This reference is in English, like the names in the CSV exports and the command line.</source>
        <translation>Denne referansen er på engelsk, som navnene i CSV-eksportene og på kommandolinjen.</translation>
    </message>
    <message>
        <source>Metric reference</source>
        <translation>Referanse for nøkkeltall</translation>
    </message>
    <message>
        <source>(Picture not available: {name})</source>
        <translation>(Bildet er ikke tilgjengelig: {name})</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Åpne &amp;skrivebeskyttet</translation>
    </message>
    <message>
        <source>Open for &amp;Editing Anyway</source>
        <translation>Åpne for &amp;redigering likevel</translation>
    </message>
</context>
</TS>
