<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>CountDelegate</name>
    <message>
        <source>Number of desks</source>
        <translation>Antall pulter</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>About the demo office</source>
        <translation>Om demokontoret</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome! This is the demo office.&lt;/b&gt; Its people, desks and bookings are made up so you can try every page; nothing you do here touches a real office. When you are ready, start your own office or open an existing file.</source>
        <translation>&lt;b&gt;Velkommen! Dette er demokontoret.&lt;/b&gt; Personene, pultene og reservasjonene er oppdiktet, slik at du kan prøve alle sidene; ingenting du gjør her, berører et ekte kontor. Når du er klar, kan du sette opp ditt eget kontor eller åpne en fil du allerede har.</translation>
    </message>
    <message>
        <source>Start My Own Office…</source>
        <translation>Sett opp mitt eget kontor …</translation>
    </message>
    <message>
        <source>Open a File…</source>
        <translation>Åpne en fil …</translation>
    </message>
    <message>
        <source>Got It</source>
        <translation>Skjønner</translation>
    </message>
    <message>
        <source>Hide this note and keep exploring the demo</source>
        <translation>Skjul denne meldingen og fortsett å utforske demokontoret</translation>
    </message>
</context>
<context>
    <name>DesksPage</name>
    <message>
        <source>Floor</source>
        <extracomment>(floor position, zone name) -&gt; what was entered; kept across Back and Next.</extracomment>
        <translation>Etasje</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Sone</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Pulter</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Navneprefiks</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Skjerm</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Hev/senk</translation>
    </message>
    <message>
        <source>Accessible</source>
        <translation>Tilrettelagt</translation>
    </message>
    <message>
        <source>Desk names</source>
        <translation>Pultnavn</translation>
    </message>
    <message>
        <source>no desks</source>
        <translation>ingen pulter</translation>
    </message>
    <message>
        <source>The desks in “{0}” need a name prefix, such as “{1}”, to be told apart.</source>
        <translation>Pultene i «{0}» trenger et navneprefiks, for eksempel «{1}», så de kan skilles fra hverandre.</translation>
    </message>
    <message>
        <source>Two zones would both have a desk called “{0}”: give them different prefixes.</source>
        <translation>To soner ville begge få en pult som heter «{0}»: gi dem ulike prefikser.</translation>
    </message>
    <message>
        <source>1 desk in total</source>
        <translation>1 pult totalt</translation>
    </message>
    <message numerus="yes">
        <source>%n desks in total</source>
        <translation>
            <numerusform>%n pult totalt</numerusform>
            <numerusform>%n pulter totalt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Office.officeplan</source>
        <extracomment>How a validation message looks: readable in light and dark palettes alike. How many coming public holidays the site page lists. Desks a new zone gets until the user says otherwise.</extracomment>
        <translation>Kontor.officeplan</translation>
    </message>
    <message>
        <source>Type where the new file should go, or choose Browse….</source>
        <translation>Skriv hvor den nye filen skal lagres, eller velg Bla gjennom ….</translation>
    </message>
    <message>
        <source>The file needs a name.</source>
        <translation>Filen må ha et navn.</translation>
    </message>
    <message>
        <source>The folder “{0}” does not exist.</source>
        <translation>Mappen «{0}» finnes ikke.</translation>
    </message>
    <message>
        <source>“{0}” already exists: choose another name.</source>
        <translation>«{0}» finnes allerede: velg et annet navn.</translation>
    </message>
    <message>
        <source>New Office File</source>
        <translation>Ny kontorfil</translation>
    </message>
    <message>
        <source>Office files (*.officeplan)</source>
        <translation>Kontorfiler (*.officeplan)</translation>
    </message>
</context>
<context>
    <name>FloorsPage</name>
    <message>
        <source>Floor number {0} needs a name.</source>
        <translation>Etasje nummer {0} må ha et navn.</translation>
    </message>
    <message>
        <source>Two floors are called “{0}”: give each floor its own name.</source>
        <translation>To etasjer heter «{0}»: gi hver etasje sitt eget navn.</translation>
    </message>
    <message>
        <source>Floor {0}</source>
        <translation>Etasje {0}</translation>
    </message>
</context>
<context>
    <name>SetupDesksPage</name>
    <message>
        <source>Desks</source>
        <translation>Pulter</translation>
    </message>
    <message>
        <source>How many desks each zone has and how they are named. Tick the features all desks of a zone share.</source>
        <translation>Hvor mange pulter hver sone har, og hva de heter. Kryss av for utstyret alle pultene i sonen har.</translation>
    </message>
    <message>
        <source>Desks per zone</source>
        <translation>Pulter per sone</translation>
    </message>
    <message>
        <source>Desks in total</source>
        <translation>Pulter totalt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>SetupFilePage</name>
    <message>
        <source>A new office file</source>
        <translation>En ny kontorfil</translation>
    </message>
    <message>
        <source>Office Planner keeps one organisation in one file: its sites, desks, people and bookings.</source>
        <translation>Office Planner samler én organisasjon i én fil: lokasjoner, pulter, personer og reservasjoner.</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Lagre som:</translation>
    </message>
    <message>
        <source>Where to save the new office file</source>
        <translation>Hvor den nye kontorfilen skal lagres</translation>
    </message>
    <message>
        <source>Folder and name of the new file</source>
        <translation>Mappe og navn for den nye filen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <source>Choose the folder and name in a file dialog</source>
        <translation>Velg mappe og navn i en fildialog</translation>
    </message>
    <message>
        <source>Put it on a shared drive if colleagues should open it too; only one person edits it at a time.</source>
        <translation>Legg den på en felles disk hvis kolleger også skal åpne den; bare én person kan redigere den om gangen.</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>Hvordan vil du begynne?</translation>
    </message>
    <message>
        <source>Set up the office step by step: site, floors, zones and desks (recommended)</source>
        <translation>Sett opp kontoret trinn for trinn: lokasjon, etasjer, soner og pulter (anbefalt)</translation>
    </message>
    <message>
        <source>Import desks and people from a spreadsheet (CSV or Excel)</source>
        <translation>Importer pulter og personer fra et regneark (CSV eller Excel)</translation>
    </message>
    <message>
        <source>Start with an empty file and add everything on the Office page</source>
        <translation>Begynn med en tom fil og legg inn alt på Kontor-siden</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>SetupFloorsPage</name>
    <message>
        <source>Floors</source>
        <translation>Etasjer</translation>
    </message>
    <message>
        <source>The floors of the site that have desks. Rename a floor by double-clicking it or pressing F2.</source>
        <translation>Etasjene på lokasjonen som har pulter. Gi en etasje nytt navn ved å dobbeltklikke på den eller trykke F2.</translation>
    </message>
    <message>
        <source>Number of &amp;floors:</source>
        <translation>Antall &amp;etasjer:</translation>
    </message>
    <message>
        <source>Number of floors</source>
        <translation>Antall etasjer</translation>
    </message>
    <message>
        <source>Floor &amp;names:</source>
        <translation>Etasje&amp;navn:</translation>
    </message>
    <message>
        <source>Floor names</source>
        <translation>Etasjenavn</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>SetupSitePage</name>
    <message>
        <source>The site</source>
        <translation>Lokasjonen</translation>
    </message>
    <message>
        <source>A site is one building or office location; its calendar decides which days are open days.</source>
        <translation>En lokasjon er én bygning eller ett kontorsted; kalenderen avgjør hvilke dager som er åpne.</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>&amp;Navn på lokasjonen:</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Navn på lokasjonen</translation>
    </message>
    <message>
        <source>For example Oslo head office</source>
        <translation>For eksempel Hovedkontoret i Oslo</translation>
    </message>
    <message>
        <source>&amp;Timezone:</source>
        <translation>&amp;Tidssone:</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>Tidssone</translation>
    </message>
    <message>
        <source>The timezone of the site, for example Europe/Oslo; calendar exports use it. Type to search.</source>
        <translation>Lokasjonens tidssone, for eksempel Europe/Oslo; kalendereksporten bruker den. Skriv for å søke.</translation>
    </message>
    <message>
        <source>&amp;Holidays of:</source>
        <translation>&amp;Helligdager i:</translation>
    </message>
    <message>
        <source>Public holidays of country</source>
        <translation>Offentlige helligdager i landet</translation>
    </message>
    <message>
        <source>Public holidays of this country are not open days. Type to search.</source>
        <translation>Offentlige helligdager i dette landet er ikke åpne dager. Skriv for å søke.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Region with its own holidays</source>
        <translation>Region med egne helligdager</translation>
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
        <source>Next holidays:</source>
        <translation>Neste helligdager:</translation>
    </message>
    <message>
        <source>Next public holidays</source>
        <translation>Neste offentlige helligdager</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Finish now to create the file with just this site; floors, zones and desks can be added later on the Office page.</source>
        <translation>Fullfør nå for å opprette filen med bare denne lokasjonen; etasjer, soner og pulter kan legges til senere på Kontor-siden.</translation>
    </message>
</context>
<context>
    <name>SetupSummaryPage</name>
    <message>
        <source>Ready to create the office</source>
        <translation>Klar til å opprette kontoret</translation>
    </message>
    <message>
        <source>Check what will be created. Go back to change anything; press Create Office to create the file and open it.</source>
        <translation>Se over det som blir opprettet. Trykk Opprett kontor for å lage filen og åpne den.</translation>
    </message>
    <message>
        <source>Summary of the new office</source>
        <translation>Sammendrag av det nye kontoret</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>New Office</source>
        <translation>Nytt kontor</translation>
    </message>
    <message>
        <source>&amp;Create Office</source>
        <translation>&amp;Opprett kontor</translation>
    </message>
    <message>
        <source>The office could not be created: {0}</source>
        <translation>Kontoret kunne ikke opprettes: {0}</translation>
    </message>
</context>
<context>
    <name>SetupZonesPage</name>
    <message>
        <source>Zones</source>
        <translation>Soner</translation>
    </message>
    <message>
        <source>Zones are areas of a floor, such as a wing or a team neighbourhood. Pick a floor, then name its zones.</source>
        <translation>Soner er områder i en etasje, for eksempel en fløy eller et teamområde. Velg en etasje, og gi deretter sonene navn.</translation>
    </message>
    <message>
        <source>F&amp;loor:</source>
        <translation>&amp;Etasje:</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>Etasjer</translation>
    </message>
    <message>
        <source>&amp;Zones on this floor:</source>
        <translation>&amp;Soner i denne etasjen:</translation>
    </message>
    <message>
        <source>Number of zones on this floor</source>
        <translation>Antall soner i denne etasjen</translation>
    </message>
    <message>
        <source>Zone &amp;names:</source>
        <translation>Sone&amp;navn:</translation>
    </message>
    <message>
        <source>Zone names on this floor</source>
        <translation>Sonenavn i denne etasjen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>Open on {0}</source>
        <translation>Åpent på {0}</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Hovedkontor</translation>
    </message>
    <message>
        <source>The site needs a name, for example the town or the building.</source>
        <translation>Lokasjonen må ha et navn, for eksempel byen eller bygningen.</translation>
    </message>
    <message>
        <source>“{0}” is not a timezone: pick one from the list (type to search, for example Oslo).</source>
        <translation>«{0}» er ikke en tidssone: velg en fra listen (skriv for å søke, for eksempel Oslo).</translation>
    </message>
    <message>
        <source>Pick the country whose public holidays the site follows.</source>
        <translation>Velg landet som lokasjonen følger de offentlige helligdagene til.</translation>
    </message>
    <message>
        <source>Choose at least one weekday the site is open.</source>
        <translation>Velg minst én ukedag da lokasjonen er åpen.</translation>
    </message>
    <message>
        <source>No public holidays in the coming year.</source>
        <translation>Ingen offentlige helligdager det kommende året.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>The file:</source>
        <translation>Filen:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Lokasjon:</translation>
    </message>
    <message>
        <source>Timezone:</source>
        <translation>Tidssone:</translation>
    </message>
    <message>
        <source>Public holidays of:</source>
        <translation>Offentlige helligdager i:</translation>
    </message>
    <message>
        <source>Open on:</source>
        <translation>Åpent:</translation>
    </message>
    <message>
        <source>{0}, {1} and {2}</source>
        <translation>{0}, {1} og {2}</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>skjerm</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>hev/senk</translation>
    </message>
    <message>
        <source>accessible</source>
        <translation>tilrettelagt</translation>
    </message>
    <message>
        <source>1 floor</source>
        <translation>1 etasje</translation>
    </message>
    <message numerus="yes">
        <source>%n floors</source>
        <translation>
            <numerusform>%n etasje</numerusform>
            <numerusform>%n etasjer</numerusform>
        </translation>
    </message>
    <message>
        <source>1 zone</source>
        <translation>1 sone</translation>
    </message>
    <message numerus="yes">
        <source>%n zones</source>
        <translation>
            <numerusform>%n sone</numerusform>
            <numerusform>%n soner</numerusform>
        </translation>
    </message>
    <message>
        <source>1 desk</source>
        <translation>1 pult</translation>
    </message>
    <message numerus="yes">
        <source>%n desks</source>
        <translation>
            <numerusform>%n pult</numerusform>
            <numerusform>%n pulter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Office Planner logo</source>
        <extracomment>The demo note: a calm blue strip, with its own text colour so it reads in dark mode. The app icon&apos;s size on the welcome page. How many recent files the welcome page lists before it scrolls.</extracomment>
        <translation>Office Planner-logo</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Office Planner&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Office Planner&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Hybrid work planning for the office you run</source>
        <translation>Planlegging av hybridarbeid for kontoret du drifter</translation>
    </message>
    <message>
        <source>&lt;p&gt;Plan hybrid work from one file: desks and bookings, how well the office is used, which days are popular, and which days each team should meet.&lt;/p&gt;&lt;p&gt;New here? Look around the demo office first, then set up your own.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Planlegg hybridarbeid fra én fil: pulter og reservasjoner, hvor godt kontoret utnyttes, hvilke dager som er populære, og hvilke dager hvert team bør møtes.&lt;/p&gt;&lt;p&gt;Ny her? Se deg rundt i demokontoret først, og sett deretter opp ditt eget.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the demo office</source>
        <translation>Åpne demokontoret</translation>
    </message>
    <message>
        <source>A made-up office with a year of bookings: every page and figure filled in.</source>
        <translation>Et oppdiktet kontor med et års reservasjoner: alle sider og tall er fylt ut.</translation>
    </message>
    <message>
        <source>Start a new office…</source>
        <translation>Sett opp et nytt kontor …</translation>
    </message>
    <message>
        <source>A short guided setup: site, timezone and holidays, floors, zones and desks.</source>
        <translation>En kort veiviser: lokasjon, tidssone og helligdager, etasjer, soner og pulter.</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Importer et regneark …</translation>
    </message>
    <message>
        <source>Create a new office and fill it from a CSV or Excel list you already have.</source>
        <translation>Opprett et nytt kontor og fyll det fra en CSV- eller Excel-liste du allerede har.</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Åpne en fil …</translation>
    </message>
    <message>
        <source>An office file you or a colleague made, for example on a shared drive.</source>
        <translation>En kontorfil du eller en kollega har laget, for eksempel på en felles disk.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nylig brukte filer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Nylig brukte filer</translation>
    </message>
    <message>
        <source>Press Enter to open the selected file</source>
        <translation>Trykk Enter for å åpne den valgte filen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbeider</translation>
    </message>
</context>
<context>
    <name>ZonesPage</name>
    <message>
        <source>Zone {0}</source>
        <extracomment>Zone names per floor position; kept when the user goes back and forth.</extracomment>
        <translation>Sone {0}</translation>
    </message>
    <message>
        <source>A zone on “{0}” needs a name.</source>
        <translation>En sone i «{0}» må ha et navn.</translation>
    </message>
    <message>
        <source>Two zones on “{0}” are called “{1}”: give each its own name.</source>
        <translation>To soner i «{0}» heter «{1}»: gi hver sone sitt eget navn.</translation>
    </message>
    <message>
        <source>Number of zones on {0}</source>
        <translation>Antall soner i {0}</translation>
    </message>
</context>
</TS>
