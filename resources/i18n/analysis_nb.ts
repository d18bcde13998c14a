<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>ChartExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <extracomment>One SVG/PDF unit per scene pixel (72 dpi makes a PDF point one pixel). The save dialog&apos;s filter for each format (English sources, see :func:`chart_filter`).</extracomment>
        <translation>PNG-bilde (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tegning (*.svg)</translation>
    </message>
    <message>
        <source>the file could not be opened for writing</source>
        <translation>filen kunne ikke åpnes for skriving</translation>
    </message>
    <message>
        <source>{path} could not be written</source>
        <translation>{path} kunne ikke skrives</translation>
    </message>
    <message>
        <source>Office Planner chart</source>
        <translation>Diagram fra Office Planner</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>diagram</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;</source>
        <extracomment>Which core figure each panel&apos;s CSV holds (&quot;key&quot; is the key figures&apos; button).</extracomment>
        <translation>&lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Save “{title}” as a file</source>
        <translation>Lagre «{title}» som fil</translation>
    </message>
    <message>
        <source>Export {title}</source>
        <translation>Eksporter {title}</translation>
    </message>
    <message>
        <source>CSV data…</source>
        <translation>CSV-data …</translation>
    </message>
    <message>
        <source>{format} image…</source>
        <translation>{format}-bilde …</translation>
    </message>
</context>
<context>
    <name>CompareLoadModel</name>
    <message>
        <source>Plan A</source>
        <translation>Plan A</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation>Plan B</translation>
    </message>
    <message>
        <source>Whole site</source>
        <translation>Hele lokasjonen</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Sone</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitet</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Plan A</source>
        <extracomment>Where the team sits in each plan (empty: not seated by zone), and whether that changes — the same zones in another order are the same place.</extracomment>
        <translation>Plan A</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation>Plan B</translation>
    </message>
    <message>
        <source>moves</source>
        <extracomment>Whether either plan seats teams by zone (then the zone columns are shown).</extracomment>
        <translation>flytter</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Sone</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Flytter</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>{number} %</source>
        <translation>{number} %</translation>
    </message>
</context>
<context>
    <name>DashboardChart</name>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>The heatmap&apos;s colour scale: perceptually even and readable with any colour vision. The y range above the highest value, room for the one-row legend. The zone chart&apos;s height in bars, at least. Most zones drawn as bars; beyond, the most and least used half each. Most week labels the heatmap&apos;s axis shows before it labels every n-th week. Room one week label (&quot;22 Dec&quot; over &quot;2025&quot;) needs on the axis, in pixels.</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM
yyyy</source>
        <translation>d. MMM
yyyy</translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <extracomment>pyqtgraph&apos;s strftime tick formats (English month and day names whatever the language) and the QDateTime formats that say the same in the user&apos;s locale.</extracomment>
        <translation>Utnyttelse (%)</translation>
    </message>
    <message>
        <source>Utilisation by weekday</source>
        <extracomment>Tooltip text of each drawn element, in drawing order (what tests read).</extracomment>
        <translation>Utnyttelse per ukedag</translation>
    </message>
    <message>
        <source>{day}: average {average} ({occupied} desks occupied), peak {peak} ({peak_desks} desks), over {days} open days</source>
        <translation>{day}: gjennomsnitt {average} ({occupied} pulter i bruk), topp {peak} ({peak_desks} pulter), over {days} åpne dager</translation>
    </message>
    <message>
        <source>average</source>
        <translation>gjennomsnitt</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>topp</translation>
    </message>
    <message>
        <source>Utilisation by weekday and week</source>
        <translation>Utnyttelse per ukedag og uke</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Uke som starter</translation>
    </message>
    <message>
        <source>{number} %</source>
        <translation>{number} %</translation>
    </message>
    <message>
        <source>{day} {date}: not an open day</source>
        <translation>{day} {date}: ikke en åpen dag</translation>
    </message>
    <message>
        <source>{day} {date}: {share} ({desks} desks occupied)</source>
        <translation>{day} {date}: {share} ({desks} pulter i bruk)</translation>
    </message>
    <message>
        <source>Weekly trend</source>
        <translation>Ukentlig utvikling</translation>
    </message>
    <message>
        <source>Week of {date}: average {average}, peak {peak}; {occupied} desks occupied and {booked} booked on average over {days} open days</source>
        <translation>Uken fra {date}: gjennomsnitt {average}, topp {peak}; i snitt {occupied} pulter i bruk og {booked} reservert over {days} åpne dager</translation>
    </message>
    <message>
        <source>Utilisation by zone</source>
        <translation>Utnyttelse per sone</translation>
    </message>
    <message>
        <source>· the {half} most and least used of {zones} zones (CSV: all)</source>
        <extracomment>Every zone of the report, and those drawn (most used first; a gap, then the least used when there are too many for one chart).</extracomment>
        <translation>· de {half} mest og minst brukte av {zones} soner (CSV: alle)</translation>
    </message>
    <message>
        <source>{zone} (suppressed)</source>
        <translation>{zone} (skjult)</translation>
    </message>
    <message>
        <source>{zone}: no open days; {desks} desks</source>
        <translation>{zone}: ingen åpne dager; {desks} pulter</translation>
    </message>
    <message>
        <source>{zone}: suppressed (fewer people than the privacy limit); {desks} desks</source>
        <translation>{zone}: skjult (færre personer enn personverngrensen); {desks} pulter</translation>
    </message>
    <message>
        <source>{zone}: {share} of {desks} desks&apos; open days occupied; {unused} unused, {underused} under-used</source>
        <translation>{zone}: {share} av de åpne dagene til {desks} pulter i bruk; {unused} ubrukt, {underused} lite brukt</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>CSV file (*.csv)</source>
        <extracomment>Filter changes within this many milliseconds make one computation. Tables whose rows change the figures. Fewer open days than this: the figures are shown with a &quot;small period&quot; note. English source texts below are shown translated (context &quot;DashboardPage&quot;).</extracomment>
        <translation>CSV-fil (*.csv)</translation>
    </message>
    <message>
        <source>· dashed: unused (15 %) and under-used (50 %) limits</source>
        <translation>· stiplet: grensene for ubrukt (15 %) og lite brukt (50 %)</translation>
    </message>
    <message>
        <source>Open an office file to see how its space is used.</source>
        <extracomment>The item data of a filter&apos;s &quot;All sites&quot; (and so on) entry: no restriction. (Not None: reading a None back from Qt costs a reference to None, see none_guard.)</extracomment>
        <translation>Åpne en kontorfil for å se hvordan lokalene brukes.</translation>
    </message>
    <message>
        <source>This file has no bookings or attendance yet, so there is nothing to measure. Import bookings (File ▸ Import…) or book desks on the Bookings page.</source>
        <translation>Denne filen har ingen reservasjoner eller oppmøte ennå, så det er ingenting å måle. Importer reservasjoner (Fil ▸ Importer …) eller reserver pulter på siden Reservasjoner.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <extracomment>Emitted when a report is on screen (tests wait for it).</extracomment>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>From date</source>
        <extracomment>The last file written by an export (tests and the status line read it).</extracomment>
        <translation>Fra dato</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <source>Whole Range</source>
        <translation>Hele perioden</translation>
    </message>
    <message>
        <source>From the first to the last day with data in the file</source>
        <translation>Fra første til siste dag med data i filen</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Etasje</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Sone</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop computing these figures</source>
        <translation>Stopp beregningen av disse tallene</translation>
    </message>
    <message>
        <source>Average utilisation</source>
        <translation>Gjennomsnittlig utnyttelse</translation>
    </message>
    <message>
        <source>Peak utilisation</source>
        <translation>Høyeste utnyttelse</translation>
    </message>
    <message>
        <source>Most popular day</source>
        <translation>Mest populære dag</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Andel uteblitt</translation>
    </message>
    <message>
        <source>Desks needed / you have</source>
        <translation>Pulter som trengs / du har</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV …</translation>
    </message>
    <message>
        <source>Save the key figures as a CSV file</source>
        <translation>Lagre nøkkeltallene som CSV-fil</translation>
    </message>
    <message>
        <source>Export key figures</source>
        <translation>Eksporter nøkkeltall</translation>
    </message>
    <message>
        <source>Desks ranked by use</source>
        <translation>Pulter rangert etter bruk</translation>
    </message>
    <message>
        <source>Most used first</source>
        <translation>Mest brukte først</translation>
    </message>
    <message>
        <source>Least used first</source>
        <translation>Minst brukte først</translation>
    </message>
    <message>
        <source>Desk order</source>
        <translation>Rekkefølge på pulter</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <source>· blank: not an open day</source>
        <translation>· tom: ikke en åpen dag</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Fra:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Lokasjon:</translation>
    </message>
    <message>
        <source>Floor:</source>
        <translation>Etasje:</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Sone:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Dashboard message</source>
        <translation>Melding fra oversikten</translation>
    </message>
    <message>
        <source>Dashboard figures</source>
        <translation>Tall i oversikten</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>Alle etasjer</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Alle soner</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle lokasjoner</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle team</translation>
    </message>
    <message>
        <source>The period ends before it starts: pick a later “to” date.</source>
        <translation>Perioden slutter før den begynner: velg en senere «til»-dato.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Beregner …</translation>
    </message>
    <message>
        <source>Nothing to show for these filters: {error}.</source>
        <translation>Ingenting å vise for disse filtrene: {error}.</translation>
    </message>
    <message>
        <source>The figures could not be computed: {error}</source>
        <translation>Tallene kunne ikke beregnes: {error}</translation>
    </message>
    <message>
        <source>Stopped; change a filter to compute again.</source>
        <translation>Stoppet; endre et filter for å beregne på nytt.</translation>
    </message>
    <message>
        <source>No desks in this scope.</source>
        <translation>Ingen pulter i dette utvalget.</translation>
    </message>
    <message>
        <source>No bookable desks in this scope.</source>
        <translation>Ingen reserverbare pulter i dette utvalget.</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>skjult</translation>
    </message>
    <message>
        <source>over {n} open days</source>
        <translation>over {n} åpne dager</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>den {date}</translation>
    </message>
    <message>
        <source>{share} on average</source>
        <translation>{share} i gjennomsnitt</translation>
    </message>
    <message>
        <source>of resolved past bookings</source>
        <translation>av avsluttede tidligere reservasjoner</translation>
    </message>
    <message>
        <source>no resolved bookings</source>
        <translation>ingen avsluttede reservasjoner</translation>
    </message>
    <message>
        <source>{needed} / {bookable}</source>
        <translation>{needed} / {bookable}</translation>
    </message>
    <message>
        <source>{percentile}th percentile of daily demand vs bookable desks</source>
        <translation>{percentile}. persentil av daglig behov mot reserverbare pulter</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>{place} · team {team}</source>
        <translation>{place} · team {team}</translation>
    </message>
    <message>
        <source>{scope} · {start} to {end} · {days} open days · {people} people · {desks} bookable desks</source>
        <translation>{scope} · {start} til {end} · {days} åpne dager · {people} personer · {desks} reserverbare pulter</translation>
    </message>
    <message>
        <source>{status} · {ratio} desks per person</source>
        <translation>{status} · {ratio} pulter per person</translation>
    </message>
    <message>
        <source>Suppressed to protect privacy: fewer than {n} people were active in this scope and period, so its activity figures are not shown.</source>
        <translation>Skjult av personvernhensyn: færre enn {n} personer var aktive i dette utvalget og denne perioden, så aktivitetstallene vises ikke.</translation>
    </message>
    <message>
        <source>Only 1 open day in this period: the figures are indicative at best.</source>
        <translation>Bare 1 åpen dag i denne perioden: tallene er i beste fall veiledende.</translation>
    </message>
    <message>
        <source>Only {n} open days in this period: the figures are indicative at best.</source>
        <translation>Bare {n} åpne dager i denne perioden: tallene er i beste fall veiledende.</translation>
    </message>
    <message>
        <source>Suppressed: fewer than {n} people in this scope and period.</source>
        <translation>Skjult: færre enn {n} personer i dette utvalget og denne perioden.</translation>
    </message>
    <message>
        <source>No open days in this period: only weekends, public holidays or closures. Choose a longer period.</source>
        <translation>Ingen åpne dager i denne perioden: bare helger, helligdager eller stengte dager. Velg en lengre periode.</translation>
    </message>
    <message>
        <source>No bookings in this scope and period.</source>
        <translation>Ingen reservasjoner i dette utvalget og denne perioden.</translation>
    </message>
    <message>
        <source>office</source>
        <translation>kontor</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>The CSV file was not written: {error}</source>
        <translation>CSV-filen ble ikke skrevet: {error}</translation>
    </message>
    <message>
        <source>The chart was not saved: {error}</source>
        <translation>Diagrammet ble ikke lagret: {error}</translation>
    </message>
    <message>
        <source>{status} · saved {file}</source>
        <translation>{status} · lagret {file}</translation>
    </message>
</context>
<context>
    <name>DayRuleDelegate</name>
    <message>
        <source>inherit</source>
        <translation>arv</translation>
    </message>
</context>
<context>
    <name>DeskTableModel</name>
    <message>
        <source>Rank</source>
        <extracomment>Numbers (or names) to sort by; suppressed and missing figures sort below every value. English source texts of the column titles, shown translated (context &quot;DeskTableModel&quot;).</extracomment>
        <translation>Rangering</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Pult</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Etasje</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Sone</translation>
    </message>
    <message>
        <source>Open days</source>
        <translation>Åpne dager</translation>
    </message>
    <message>
        <source>Occupied days</source>
        <translation>Dager i bruk</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>suppressed</source>
        <extracomment>The core&apos;s rows in its ranking (most used first); the view&apos;s order is ``_order``.</extracomment>
        <translation>skjult</translation>
    </message>
    <message>
        <source>Fewer than {n} people booked this desk (privacy)</source>
        <translation>Færre enn {n} personer reserverte denne pulten (personvern)</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>suppressed</source>
        <extracomment>What a suppressed figure reads as (DESIGN.md: groups under k are never shown); shown translated (context &quot;FollowUpModel&quot;).</extracomment>
        <translation>skjult</translation>
    </message>
    <message>
        <source>Team</source>
        <extracomment>Two-line headers: the table has to fit beside the policy on a laptop screen. English source texts, shown translated (context &quot;FollowUpModel&quot;).</extracomment>
        <translation>Team</translation>
    </message>
    <message>
        <source>Anchor
days</source>
        <translation>Anker-
dager</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Anchor
dates</source>
        <translation>Anker-
datoer</translation>
    </message>
    <message>
        <source>Present on
anchor days</source>
        <translation>Til stede
på ankerdager</translation>
    </message>
    <message>
        <source>Meeting rate
before</source>
        <translation>Møterate
før</translation>
    </message>
    <message>
        <source>Meeting rate
after</source>
        <translation>Møterate
etter</translation>
    </message>
    <message>
        <source>no anchor day yet</source>
        <translation>ingen ankerdag ennå</translation>
    </message>
    <message>
        <source>{number}%</source>
        <translation>{number} %</translation>
    </message>
    <message>
        <source>Suppressed: {team} has fewer than {n} members</source>
        <translation>Skjult: {team} har færre enn {n} medlemmer</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <source>Export...</source>
        <extracomment>pyqtgraph&apos;s scene menu item (its own QCoreApplication.translate(&quot;GraphicsScene&quot;, …)): listed here so that lupdate puts it into the .ts and the charts&apos; menu speaks Norwegian.</extracomment>
        <translation>Eksporter …</translation>
    </message>
</context>
<context>
    <name>LoadChart</name>
    <message>
        <source>Load vs capacity chart</source>
        <translation>Diagram over belastning mot kapasitet</translation>
    </message>
    <message>
        <source>Desks</source>
        <extracomment>What is drawn, by site: (loads per weekday, capacities per weekday); for tests.</extracomment>
        <translation>Pulter</translation>
    </message>
    <message>
        <source>{site}: desks used</source>
        <translation>{site}: pulter i bruk</translation>
    </message>
    <message>
        <source>capacity for the planned teams</source>
        <translation>kapasitet for de planlagte teamene</translation>
    </message>
</context>
<context>
    <name>PlanGridModel</name>
    <message>
        <source>{site} has no zones to seat {team} in</source>
        <extracomment>Anchor-day cells: a bluish green (Okabe &amp; Ito), not the blue of a selected row, so the selected team&apos;s days still stand out; fixed days darker.</extracomment>
        <translation>{site} har ingen soner å plassere {team} i</translation>
    </message>
    <message>
        <source>{team} sits in {area} ({desks} desks) on its anchor days</source>
        <translation>{team} sitter i {area} ({desks} pulter) på ankerdagene sine</translation>
    </message>
    <message>
        <source>{site} ({people})</source>
        <translation>{site} ({people})</translation>
    </message>
    <message>
        <source>In (fixed)</source>
        <translation>Inne (fast)</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>{team}: {day} is not allowed by policy</source>
        <translation>{team}: {day} er ikke tillatt av retningslinjene</translation>
    </message>
    <message>
        <source>{team}: preference {preference} for {day}</source>
        <translation>{team}: preferanse {preference} for {day}</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Sone</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Site (people)</source>
        <translation>Lokasjon (personer)</translation>
    </message>
</context>
<context>
    <name>PlannerCommand</name>
    <message>
        <source>Change organisation policy</source>
        <extracomment>Undo texts and errors are translated in context &quot;PlannerCommand&quot; (literal calls, so lupdate sees them). Table announced when a plan is saved or its save undone (compare and export lists).</extracomment>
        <translation>Endre retningslinjer for organisasjonen</translation>
    </message>
    <message>
        <source>Change policy of {team}</source>
        <translation>Endre retningslinjer for {team}</translation>
    </message>
    <message>
        <source>Save plan “{name}”</source>
        <extracomment>The row as it was stored (None: there was none), read at the first apply, so undo puts the file back exactly rather than writing the defaults into it.</extracomment>
        <translation>Lagre planen «{name}»</translation>
    </message>
    <message>
        <source>the plan “{name}” is no longer in the file</source>
        <extracomment>The plan of that name before the save (None: the name was new). The saved plan as undo found it, for redo.</extracomment>
        <translation>planen «{name}» finnes ikke lenger i filen</translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <source>Save a plan with a start date to see, once it has started, how it is followed.</source>
        <extracomment>Default seconds a run may search (the CLI&apos;s default too). The most zones the load-per-zone table shows without scrolling. Resolution of the progress bar (per mille of the time limit). Tables the follow-up reads besides those (presence comes from bookings and badges). What the Follow-up tab says before there is anything to follow.</extracomment>
        <translation>Lagre en plan med startdato for å se hvordan den følges når den har startet.</translation>
    </message>
    <message>
        <source>optimal</source>
        <extracomment>How a plan&apos;s status (the core&apos;s word, stored with saved plans) reads.</extracomment>
        <translation>optimal</translation>
    </message>
    <message>
        <source>feasible</source>
        <translation>gjennomførbar</translation>
    </message>
    <message>
        <source>infeasible</source>
        <translation>ikke gjennomførbar</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>{site} on {day}: {load} desks needed, capacity {capacity} — over by {over}.</source>
        <translation>{site} på {day}: {load} pulter trengs, kapasitet {capacity} – {over} for mye.</translation>
    </message>
    <message>
        <source>It fits if {site}&apos;s ceiling goes from {old} to {new} ({extra} more desks a day).</source>
        <translation>Det går opp hvis kapasitetstaket for {site} heves fra {old} til {new} ({extra} flere pulter per dag).</translation>
    </message>
    <message>
        <source>It fits if {site} has {extra} more desks every day.</source>
        <translation>Det går opp hvis {site} har {extra} flere pulter hver dag.</translation>
    </message>
    <message>
        <source>Fewer anchor days alone cannot make it fit.</source>
        <translation>Færre ankerdager alene kan ikke få det til å gå opp.</translation>
    </message>
    <message>
        <source>No plan with fewer anchor days was found within the time limit.</source>
        <translation>Ingen plan med færre ankerdager ble funnet innenfor tidsgrensen.</translation>
    </message>
    <message>
        <source>{team} {now} → {then}</source>
        <translation>{team} {now} → {then}</translation>
    </message>
    <message>
        <source>Or it fits with fewer anchor days for {teams}.</source>
        <translation>Eller det går opp med færre ankerdager for {teams}.</translation>
    </message>
    <message>
        <source>(These amounts are the best found within the time limit.)</source>
        <translation>(Dette er de beste tallene som ble funnet innen tidsgrensen.)</translation>
    </message>
    <message>
        <source>History {start} to {end}.</source>
        <extracomment>Expected people per site, zone and weekday when teams were seated by zone (:func:`officeplanner.planner.seating.zone_load`); empty otherwise. Ask the core to seat each team together by zone (BuildOptions.seat_by_zone). Set by Cancel: HiGHS stops and returns the best plan found (SolveOptions.cancel).</extracomment>
        <translation>Historikk {start} til {end}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Optimal plan&lt;/b&gt; — score {score}, proven best ({seconds} s).</source>
        <translation>&lt;b&gt;Optimal plan&lt;/b&gt; – poengsum {score}, bevist best ({seconds} s).</translation>
    </message>
    <message>
        <source>stopped by Cancel</source>
        <translation>stoppet med Avbryt</translation>
    </message>
    <message>
        <source>time limit reached</source>
        <translation>tidsgrensen er nådd</translation>
    </message>
    <message>
        <source>within {gap}% of the best possible</source>
        <translation>innenfor {gap} % av det best mulige</translation>
    </message>
    <message>
        <source>gap unknown</source>
        <translation>avstand ukjent</translation>
    </message>
    <message>
        <source>&lt;b&gt;Feasible plan&lt;/b&gt; — score {score}, {gap} (bound {bound}); {why}.</source>
        <translation>&lt;b&gt;Gjennomførbar plan&lt;/b&gt; – poengsum {score}, {gap} (grense {bound}); {why}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No plan fits the capacities.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ingen plan passer innenfor kapasitetene.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No plan found&lt;/b&gt; before Cancel, after {seconds} s.</source>
        <translation>&lt;b&gt;Ingen plan funnet&lt;/b&gt; før Avbryt, etter {seconds} s.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No plan found&lt;/b&gt; within {seconds} s; give the search more time or fewer constraints.</source>
        <translation>&lt;b&gt;Ingen plan funnet&lt;/b&gt; innen {seconds} s; gi søket mer tid eller færre begrensninger.</translation>
    </message>
    <message>
        <source>Greedy baseline: {score}. {period}</source>
        <translation>Grådig utgangspunkt: {score}. {period}</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>Merk: {warning}</translation>
    </message>
    <message>
        <source>Planning… best score so far {score}.</source>
        <translation>Planlegger … beste poengsum så langt {score}.</translation>
    </message>
    <message>
        <source>Planning… best score so far {score}, within {gap}% of the best possible.</source>
        <translation>Planlegger … beste poengsum så langt {score}, innenfor {gap} % av det best mulige.</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planlegger</translation>
    </message>
    <message>
        <source>Run Plan</source>
        <extracomment>The day the follow-up counts up to (None: today); tests pin it. The follow-up is recomputed when its tab is shown, not on every edit. Whether the open file has a site with several zones with bookable desks. The user&apos;s choice of seating by zone, kept for the session like the time limit: a file without zones shows the box unticked but keeps the choice for the next file that has them. The plan saved last from this page (the export dialog starts on it).</extracomment>
        <translation>Kjør plan</translation>
    </message>
    <message>
        <source>Choose anchor days for every team (exact MIP)</source>
        <translation>Velg ankerdager for hvert team (eksakt MIP)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop the search and keep the best plan found so far</source>
        <translation>Stopp søket og behold den beste planen så langt</translation>
    </message>
    <message>
        <source>Lock Team&apos;s Days</source>
        <translation>Lås teamets dager</translation>
    </message>
    <message>
        <source>Fix the selected team&apos;s days in its policy and plan again</source>
        <translation>Gjør dagene til det valgte teamet faste i retningslinjene og planlegg på nytt</translation>
    </message>
    <message>
        <source>Save Plan…</source>
        <translation>Lagre plan …</translation>
    </message>
    <message>
        <source>Store this plan in the file under a name</source>
        <translation>Lagre denne planen i filen under et navn</translation>
    </message>
    <message>
        <source>Export to Calendar…</source>
        <translation>Eksporter til kalender …</translation>
    </message>
    <message>
        <source>Write a saved plan&apos;s anchor days as an .ics file</source>
        <translation>Skriv ankerdagene til en lagret plan som en .ics-fil</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Longest the search may run; then the best plan and its gap</source>
        <translation>Hvor lenge søket høyst kan kjøre; deretter den beste planen og avstanden</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Tidsgrense</translation>
    </message>
    <message>
        <source> Time limit: </source>
        <translation> Tidsgrense: </translation>
    </message>
    <message>
        <source>Seat each team together in a zone</source>
        <translation>Plasser hvert team samlet i én sone</translation>
    </message>
    <message>
        <source>Organisation policy</source>
        <translation>Retningslinjer for organisasjonen</translation>
    </message>
    <message>
        <source>Days a week each team is in together</source>
        <translation>Dager i uken hvert team er inne sammen</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of bookable desks a plan may fill on any day</source>
        <translation>Andel av de reserverbare pultene en plan kan fylle på en dag</translation>
    </message>
    <message>
        <source>Share of a team expected in on its anchor days</source>
        <translation>Andel av et team som ventes inne på ankerdagene</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Store the organisation policy in the file (undoable)</source>
        <translation>Lagre organisasjonens retningslinjer i filen (kan angres)</translation>
    </message>
    <message>
        <source>Anchor days:</source>
        <translation>Ankerdager:</translation>
    </message>
    <message>
        <source>Capacity ceiling:</source>
        <translation>Kapasitetstak:</translation>
    </message>
    <message>
        <source>Turnout:</source>
        <translation>Oppmøteandel:</translation>
    </message>
    <message>
        <source>Allowed days:</source>
        <translation>Tillatte dager:</translation>
    </message>
    <message>
        <source>Per-team rules</source>
        <translation>Regler per team</translation>
    </message>
    <message>
        <source>Team policies</source>
        <translation>Retningslinjer per team</translation>
    </message>
    <message>
        <source>Double-click a cell: a day can be fixed or forbidden for a team; anchor days in brackets are the organisation&apos;s.</source>
        <translation>Dobbeltklikk på en celle: en dag kan være fast eller forbudt for et team; ankerdager i parentes er organisasjonens.</translation>
    </message>
    <message>
        <source>Run the planner to choose each team&apos;s anchor days.</source>
        <translation>Kjør planleggeren for å velge ankerdagene til hvert team.</translation>
    </message>
    <message>
        <source>Anchor days per team</source>
        <translation>Ankerdager per team</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Forklaring</translation>
    </message>
    <message>
        <source>Select a team to read why it got its days.</source>
        <translation>Velg et team for å lese hvorfor det fikk sine dager.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Copy the explanation to forward it</source>
        <translation>Kopier forklaringen for å videresende den</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why these days&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hvorfor disse dagene&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Load per zone&lt;/b&gt; — expected people of the teams seated there, against the zone&apos;s desks</source>
        <translation>&lt;b&gt;Belastning per sone&lt;/b&gt; – forventet antall personer fra teamene som sitter der, mot sonens pulter</translation>
    </message>
    <message>
        <source>Load per zone</source>
        <translation>Belastning per sone</translation>
    </message>
    <message>
        <source>Load vs capacity</source>
        <translation>Belastning mot kapasitet</translation>
    </message>
    <message>
        <source>Plan A</source>
        <translation>Plan A</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation>Plan B</translation>
    </message>
    <message>
        <source>Plan A:</source>
        <translation>Plan A:</translation>
    </message>
    <message>
        <source>Plan B:</source>
        <translation>Plan B:</translation>
    </message>
    <message>
        <source>Save two plans to compare them.</source>
        <translation>Lagre to planer for å sammenligne dem.</translation>
    </message>
    <message>
        <source>Teams in both plans</source>
        <translation>Team i begge planene</translation>
    </message>
    <message>
        <source>Load in both plans</source>
        <translation>Belastning i begge planene</translation>
    </message>
    <message>
        <source>Compare plans</source>
        <translation>Sammenlign planer</translation>
    </message>
    <message>
        <source>Plan to follow up</source>
        <translation>Plan som skal følges opp</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>How the plan is followed</source>
        <translation>Hvordan planen følges</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Each team sits together on all its anchor days: in one zone, or, if no zone can hold it, in two adjacent zones of one floor; the teams seated in a zone must fit its desks</source>
        <translation>Hvert team sitter samlet på alle ankerdagene sine: i én sone, eller, hvis ingen sone har plass til det, i to nabosoner i samme etasje; teamene som sitter i en sone, må få plass ved pultene der</translation>
    </message>
    <message>
        <source>Needs a site with two or more zones that have bookable desks; with one zone per site, seating by zone changes nothing</source>
        <translation>Krever en lokasjon med minst to soner som har reserverbare pulter; med én sone per lokasjon endrer plassering etter sone ingenting</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Retningslinjer</translation>
    </message>
    <message>
        <source>Allow at least one weekday.</source>
        <translation>Tillat minst én ukedag.</translation>
    </message>
    <message>
        <source>The policy was not changed: {error}</source>
        <translation>Retningslinjene ble ikke endret: {error}</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planlegger …</translation>
    </message>
    <message>
        <source>The file holds too little to plan: {error}</source>
        <translation>Filen inneholder for lite til å planlegge: {error}</translation>
    </message>
    <message>
        <source>Planning failed: {error}</source>
        <translation>Planleggingen mislyktes: {error}</translation>
    </message>
    <message>
        <source>Lock days of {team}</source>
        <translation>Lås dagene til {team}</translation>
    </message>
    <message>
        <source>Save Plan</source>
        <translation>Lagre plan</translation>
    </message>
    <message>
        <source>The plan was not saved: {error}</source>
        <translation>Planen ble ikke lagret: {error}</translation>
    </message>
    <message>
        <source>{a}: score {score_a} ({status_a}) · {b}: score {score_b} ({status_b}) · 1 team moves</source>
        <translation>{a}: poengsum {score_a} ({status_a}) · {b}: poengsum {score_b} ({status_b}) · 1 team flytter</translation>
    </message>
    <message>
        <source>{a}: score {score_a} ({status_a}) · {b}: score {score_b} ({status_b}) · {n} teams move</source>
        <translation>{a}: poengsum {score_a} ({status_a}) · {b}: poengsum {score_b} ({status_b}) · {n} team flytter</translation>
    </message>
    <message>
        <source>1 team changes zone</source>
        <translation>1 team bytter sone</translation>
    </message>
    <message>
        <source>{n} teams change zones</source>
        <translation>{n} team bytter sone</translation>
    </message>
    <message>
        <source>no plan {name}</source>
        <translation>ingen plan {name}</translation>
    </message>
    <message>
        <source>Nothing to show yet: {reason}.</source>
        <translation>Ingenting å vise ennå: {reason}.</translation>
    </message>
    <message>
        <source>Since the plan started: {start} to {end} ({days} days), against the {before_days} days before ({before_start} to {before_end}). Present = checked in or badged in on an open day. A meeting week = one day with at least {threshold} of the team in. Teams under {n} members are suppressed.</source>
        <translation>Siden planen startet: {start} til {end} ({days} dager), mot de {before_days} dagene før ({before_start} til {before_end}). Til stede = innsjekket eller registrert med adgangskort på en åpen dag. En møteuke = én dag med minst {threshold} av teamet inne. Team under {n} medlemmer er skjult.</translation>
    </message>
    <message>
        <source>{number}%</source>
        <translation>{number} %</translation>
    </message>
</context>
<context>
    <name>PlannerWords</name>
    <message>
        <source>{first} and {last}</source>
        <extracomment>The values of the core&apos;s infeasibility notes that are desks, shown with the locale&apos;s numbers.</extracomment>
        <translation>{first} og {last}</translation>
    </message>
    <message>
        <source>its favourite of {allowed} allowed days</source>
        <translation>teamets førstevalg av {allowed} tillatte dager</translation>
    </message>
    <message>
        <source>its number {rank} of {allowed} allowed days</source>
        <translation>teamets valg nr. {rank} av {allowed} tillatte dager</translation>
    </message>
    <message>
        <source>{team} ({size} people, {site}) is in on {days}.</source>
        <translation>{team} ({size} personer, {site}) er på kontoret {days}.</translation>
    </message>
    <message>
        <source>Sits in {area} ({desks} desks) on its anchor days.</source>
        <translation>Sitter i {area} ({desks} pulter) på ankerdagene sine.</translation>
    </message>
    <message>
        <source>fixed by policy</source>
        <translation>fast etter retningslinjene</translation>
    </message>
    <message>
        <source>preference {preference}, {rank}</source>
        <translation>preferanse {preference}, {rank}</translation>
    </message>
    <message>
        <source>{team} (weight {weight})</source>
        <translation>{team} (vekt {weight})</translation>
    </message>
    <message>
        <source>meets {teams}</source>
        <translation>møter {teams}</translation>
    </message>
    <message>
        <source>{site} at {load} of {capacity} desks</source>
        <translation>{site} med {load} av {capacity} pulter i bruk</translation>
    </message>
    <message>
        <source>{day}: {reasons}.</source>
        <translation>{day}: {reasons}.</translation>
    </message>
    <message>
        <source>Not {day}, though preferred ({preference}): {site} is full that day ({load} of {capacity} desks taken; the team needs {demand}).</source>
        <translation>Ikke {day}, selv om teamet foretrekker den ({preference}): {site} er full den dagen ({load} av {capacity} pulter er tatt; teamet trenger {demand}).</translation>
    </message>
    <message>
        <source>Not {day}, though preferred ({preference}): {area} is full that day ({load} of {capacity} desks taken; the team needs {demand}).</source>
        <translation>Ikke {day}, selv om teamet foretrekker den ({preference}): det er fullt i {area} den dagen ({load} av {capacity} pulter er tatt; teamet trenger {demand}).</translation>
    </message>
    <message>
        <source>Not {day}, though preferred ({preference}): {weakest} is worth more with its collaborators ({worth_weakest} against {worth_day} on {day}).</source>
        <translation>Ikke {day}, selv om teamet foretrekker den ({preference}): {weakest} er verdt mer sammen med samarbeidspartnerne ({worth_weakest} mot {worth_day} på {day}).</translation>
    </message>
    <message>
        <source>Not {day}, though preferred ({preference}): moving there would push other teams off their better days.</source>
        <translation>Ikke {day}, selv om teamet foretrekker den ({preference}): å flytte dit ville skyve andre team bort fra dager som passer dem bedre.</translation>
    </message>
    <message>
        <source>Not allowed by policy: {days}.</source>
        <translation>Ikke tillatt etter retningslinjene: {days}.</translation>
    </message>
</context>
<context>
    <name>TeamPolicyModel</name>
    <message>
        <source>Fixed</source>
        <extracomment>Role giving a row&apos;s team name (the explanation and Lock follow the selected team). What a weekday cell of the team-policy table can say: these keys are the cells&apos; EditRole data (what the delegate hands back to setData); the DisplayRole is the key translated (context &quot;TeamPolicyModel&quot;, see :func:`day_rule_text`), so editing works in any language.</extracomment>
        <translation>Fast</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Forbudt</translation>
    </message>
    <message>
        <source>In brackets: the organisation&apos;s number of anchor days</source>
        <translation>I parentes: organisasjonens antall ankerdager</translation>
    </message>
    <message>
        <source>({days})</source>
        <translation>({days})</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Anchor
days</source>
        <translation>Anker-
dager</translation>
    </message>
</context>
<context>
    <name>ZoneLoadModel</name>
    <message>
        <source>{zone} ({site}) on {day}: {used} of {desks} desks taken</source>
        <extracomment>Zone-day cells are tinted by how full they are, in the grid&apos;s green: from this alpha (a zone barely used) up to this one plus the span (a full one); text stays readable on both.</extracomment>
        <translation>{zone} ({site}), {day}: {used} av {desks} pulter er tatt</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Sone</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Pulter</translation>
    </message>
</context>
</TS>
