<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book a Desk</source>
        <translation>Reserver en pult</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d. MMM yyyy</translation>
    </message>
    <message>
        <source>D&amp;esk:</source>
        <translation>&amp;Pult:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>P&amp;erson:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <source>&amp;Whole day</source>
        <translation>&amp;Hele dagen</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Sluttid</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export to Calendar</source>
        <translation>Eksporter til kalender</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>&amp;Every team in the plan</source>
        <translation>&amp;Alle teamene i planen</translation>
    </message>
    <message>
        <source>&amp;Chosen teams:</source>
        <translation>&amp;Utvalgte team:</translation>
    </message>
    <message>
        <source>One &amp;person&apos;s team:</source>
        <translation>&amp;Teamet til én person:</translation>
    </message>
    <message>
        <source>Name the person in the calendar</source>
        <translation>Navngi personen i kalenderen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>&amp;All-day events</source>
        <translation>&amp;Heldagshendelser</translation>
    </message>
    <message>
        <source>&amp;Timed, from</source>
        <translation>Med &amp;klokkeslett, fra</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Dates each event will produce</source>
        <translation>Datoene hver hendelse gir</translation>
    </message>
    <message>
        <source>Anchor days to export</source>
        <translation>Ankerdager som skal eksporteres</translation>
    </message>
    <message>
        <source>Event and dates</source>
        <translation>Hendelse og datoer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>DeskDialog</name>
    <message>
        <source>Desk properties</source>
        <translation>Pultegenskaper</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>As written in booking files, e.g. OSL-3-A-12</source>
        <translation>Slik det står i reservasjonsfiler, f.eks. OSL-3-A-12</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Sone:</translation>
    </message>
    <message>
        <source>Choose another zone to move the desk there; its bookings move with it.</source>
        <translation>Velg en annen sone for å flytte pulten dit; reservasjonene følger med.</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Utstyr</translation>
    </message>
    <message>
        <source>&amp;Bookable</source>
        <translation>&amp;Kan reserveres</translation>
    </message>
    <message>
        <source>Only bookable desks count towards capacity and utilisation.</source>
        <translation>Bare pulter som kan reserveres, teller med i kapasitet og utnyttelse.</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>Skj&amp;erm</translation>
    </message>
    <message>
        <source>&amp;Standing desk</source>
        <translation>&amp;Hev/senk-pult</translation>
    </message>
    <message>
        <source>&amp;Accessible</source>
        <translation>&amp;Tilrettelagt</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Office Planner — Unexpected Error</source>
        <translation>Office Planner — uventet feil</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Detaljer:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation>Eksporter til CSV</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Hva som skal eksporteres</translation>
    </message>
    <message>
        <source>&amp;Desks (sites, floors, zones, features)</source>
        <translation>&amp;Pulter (lokasjoner, etasjer, soner, utstyr)</translation>
    </message>
    <message>
        <source>&amp;People and teams</source>
        <translation>Personer og &amp;team</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>&amp;Reservasjoner</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Oppmøte</translation>
    </message>
    <message>
        <source>&amp;Closure days</source>
        <translation>&amp;Stengte dager</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <source>Each kind is written to PREFIX-KIND.csv, e.g. office-bookings.csv</source>
        <translation>Hver type skrives til PREFIKS-TYPE.csv, f.eks. office-bookings.csv</translation>
    </message>
    <message>
        <source>Ps&amp;eudonymise: replace names with “Person 0042” and leave emails out</source>
        <translation>Ps&amp;eudonymiser: erstatt navn med «Person 0042» og utelat e-postadresser</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Velg en fil</translation>
    </message>
    <message>
        <source>A CSV or Excel file of desks, people, bookings, attendance or closure days.</source>
        <translation>En CSV- eller Excel-fil med pulter, personer, reservasjoner, oppmøte eller stengte dager.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation>Sti til en .csv- eller .xlsx-fil</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation>&amp;Inneholder:</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Sjekk kolonnene</translation>
    </message>
    <message>
        <source>Office Planner guessed how the file is written and which column is which. Change anything it got wrong.</source>
        <translation>Office Planner har gjettet hvordan filen er skrevet og hvilken kolonne som er hva. Endre det som ble feil.</translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation>&amp;Inneholder:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Tegn&amp;koding:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Skilletegn:</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Hvilken kolonne som er hva</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>De første radene i filen:</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importerer</translation>
    </message>
    <message>
        <source>Cancel leaves the office file exactly as it was.</source>
        <translation>Avbryt lar kontorfilen være nøyaktig som den var.</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Avbryt import</translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <source>Imported</source>
        <translation>Importert</translation>
    </message>
</context>
<context>
    <name>ImportValidatePage</name>
    <message>
        <source>Check the rows</source>
        <translation>Sjekk radene</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written to the office file.</source>
        <translation>Hver rad sjekkes før noe skrives til kontorfilen.</translation>
    </message>
    <message>
        <source>&amp;Create desks, people and teams the office does not have yet</source>
        <translation>&amp;Opprett pulter, personer og team som kontoret ikke har ennå</translation>
    </message>
    <message>
        <source>&amp;Skip rows with problems (import the others)</source>
        <translation>&amp;Hopp over rader med problemer (importer de andre)</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Sjekk &amp;igjen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Office Planner</source>
        <translation>Office Planner</translation>
    </message>
    <message>
        <source>Open for &amp;Editing</source>
        <translation>Åpne for re&amp;digering</translation>
    </message>
    <message>
        <source>Try to open the file for editing again (when nobody else is editing it)</source>
        <translation>Prøv å åpne filen for redigering igjen (når ingen andre redigerer den)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åpne nylig b&amp;rukte</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>First and last name, as in booking exports</source>
        <translation>For- og etternavn, som i reservasjonseksporter</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valgfritt</translation>
    </message>
</context>
<context>
    <name>SavePlanDialog</name>
    <message>
        <source>Save Plan</source>
        <translation>Lagre plan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Gyldig &amp;fra:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Valid &amp;to:</source>
        <translation>Gyldig &amp;til:</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Site properties</source>
        <translation>Lokasjonsegenskaper</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Timezone:</source>
        <translation>&amp;Tidssone:</translation>
    </message>
    <message>
        <source>The IANA timezone of the site, e.g. Europe/Oslo. Calendar exports use it.</source>
        <translation>IANA-tidssonen for lokasjonen, f.eks. Europe/Oslo. Kalendereksporter bruker den.</translation>
    </message>
    <message>
        <source>&amp;Holidays of:</source>
        <translation>&amp;Helligdager i:</translation>
    </message>
    <message>
        <source>Public holidays of this country are not open days.</source>
        <translation>Offentlige helligdager i dette landet er ikke åpne dager.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>State, province or region with its own holidays (optional).</source>
        <translation>Delstat, provins eller region med egne helligdager (valgfritt).</translation>
    </message>
    <message>
        <source>Open on:</source>
        <translation>Åpent:</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tir</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Lør</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Søn</translation>
    </message>
    <message>
        <source>Closure days</source>
        <translation>Stengte dager</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Begrunnelse (valgfritt)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Fjern</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Office Planner User Guide</source>
        <translation>Brukerveiledning for Office Planner</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Emner</translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation>Tekst i brukerveiledningen</translation>
    </message>
</context>
</TS>
