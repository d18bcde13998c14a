<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>ImportProblem</name>
    <message>
        <source>is empty; a date is needed</source>
        <translation>er tom; en dato trengs</translation>
    </message>
    <message>
        <source>is not a date ({hint})</source>
        <translation>er ikke en dato ({hint})</translation>
    </message>
    <message>
        <source>is not a date (month out of range)</source>
        <translation>er ikke en dato (måneden finnes ikke)</translation>
    </message>
    <message>
        <source>is not a date (day out of range)</source>
        <translation>er ikke en dato (dagen finnes ikke)</translation>
    </message>
    <message>
        <source>is not a time of day (expected HH:MM, e.g. 08:30)</source>
        <translation>er ikke et klokkeslett (ventet TT:MM, f.eks. 08:30)</translation>
    </message>
    <message>
        <source>is not a time of day (hour or minute out of range)</source>
        <translation>er ikke et klokkeslett (time eller minutt finnes ikke)</translation>
    </message>
    <message>
        <source>is not a check-in time (expected HH:MM or 2026-03-04T08:30)</source>
        <translation>er ikke et innsjekkingstidspunkt (ventet TT:MM eller 2026-03-04T08:30)</translation>
    </message>
    <message>
        <source>is empty; a status is needed (booked, checked in, no-show, cancelled)</source>
        <extracomment>Normalised word -&gt; status (lower case, ``_`` and ``-`` read as spaces).</extracomment>
        <translation>er tom; en status trengs (reservert, innsjekket, uteblitt, avbestilt)</translation>
    </message>
    <message>
        <source>is not a booking status (expected booked, checked in, no-show or cancelled, or a synonym such as present, møtt, avlyst)</source>
        <translation>er ikke en reservasjonsstatus (ventet booked, checked in, no-show eller cancelled, eller et synonym som møtt, avlyst, present)</translation>
    </message>
    <message>
        <source>is not yes or no</source>
        <translation>er verken ja eller nei</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <extracomment>The largest head count a row may hold: far above any site, far below SQLite&apos;s limit.</extracomment>
        <translation>er ikke et heltall</translation>
    </message>
    <message>
        <source>is negative; a count of people is 0 or more</source>
        <translation>er negativt; et antall personer er 0 eller mer</translation>
    </message>
    <message>
        <source>is too large for a count of people (at most {most})</source>
        <translation>er for stort for et antall personer (høyst {most})</translation>
    </message>
    <message>
        <source>is empty; a person is needed</source>
        <extracomment>Per kind of thing a row names: (the cell is empty, the file has no such thing). Whole sentences each, so that every language can word them its own way.</extracomment>
        <translation>er tom; en person trengs</translation>
    </message>
    <message>
        <source>is empty; a desk is needed</source>
        <translation>er tom; en pult trengs</translation>
    </message>
    <message>
        <source>is empty; a team is needed</source>
        <translation>er tom; et team trengs</translation>
    </message>
    <message>
        <source>is empty; a site is needed</source>
        <translation>er tom; en lokasjon trengs</translation>
    </message>
    <message>
        <source>is not a person in the office file (import the people first, or choose to create what is missing: --create-missing on the command line)</source>
        <translation>er ikke en person i kontorfilen (importer personene først, eller velg å opprette det som mangler: --create-missing på kommandolinjen)</translation>
    </message>
    <message>
        <source>is not a desk in the office file (import the desks first, or choose to create what is missing: --create-missing on the command line)</source>
        <translation>er ikke en pult i kontorfilen (importer pultene først, eller velg å opprette det som mangler: --create-missing på kommandolinjen)</translation>
    </message>
    <message>
        <source>is not a team in the office file (import the teams first, or choose to create what is missing: --create-missing on the command line)</source>
        <translation>er ikke et team i kontorfilen (importer teamene først, eller velg å opprette det som mangler: --create-missing på kommandolinjen)</translation>
    </message>
    <message>
        <source>is not a site in the office file (import the sites first, or choose to create what is missing: --create-missing on the command line)</source>
        <translation>er ikke en lokasjon i kontorfilen (importer lokasjonene først, eller velg å opprette det som mangler: --create-missing på kommandolinjen)</translation>
    </message>
    <message>
        <source>is empty; a site name is needed</source>
        <extracomment>A desk row&apos;s place, level by level, when its cell is empty.</extracomment>
        <translation>er tom; et navn på lokasjonen trengs</translation>
    </message>
    <message>
        <source>is empty; a floor name is needed</source>
        <translation>er tom; et navn på etasjen trengs</translation>
    </message>
    <message>
        <source>is empty; a zone name is needed</source>
        <translation>er tom; et navn på sonen trengs</translation>
    </message>
    <message>
        <source>is empty; a desk name is needed</source>
        <translation>er tom; et navn på pulten trengs</translation>
    </message>
    <message>
        <source>has {cells} cells but the header has {columns} columns (a value containing the delimiter without quotes?)</source>
        <extracomment>(line, column, value, reason) of a problem found by a whole-file check. ``a`` and ``b`` (table aliases with start_time/end_time) overlap; &apos;&apos; is the whole day. The TEMP staging table&apos;s columns after ``line INTEGER PRIMARY KEY``. The column named in duplicate-row problems. What &quot;the same row&quot; means, for the duplicate message.</extracomment>
        <translation>har {cells} celler, men overskriftsraden har {columns} kolonner (en verdi med skilletegnet uten anførselstegn?)</translation>
    </message>
    <message>
        <source>is empty but the other time is given; give both start and end, or neither for the whole day</source>
        <translation>er tom, men det andre klokkeslettet er oppgitt; oppgi både start og slutt, eller ingen av dem for hele dagen</translation>
    </message>
    <message>
        <source>is not after the start {start}</source>
        <translation>er ikke etter starten {start}</translation>
    </message>
    <message>
        <source>is not bookable; a booking from today on needs a bookable desk (make it bookable in the office first)</source>
        <translation>kan ikke reserveres; en reservasjon fra i dag av trenger en pult som kan reserveres (gjør den reserverbar i kontoret først)</translation>
    </message>
    <message>
        <source>is booked on two desks on {day}: line {other} gives them desk {desk} at an overlapping time</source>
        <translation>er reservert på to pulter {day}: linje {other} gir personen pult {desk} på et overlappende tidspunkt</translation>
    </message>
    <message>
        <source>already has desk {desk} booked on {day} (in the office file) at an overlapping time</source>
        <translation>har allerede pult {desk} reservert {day} (i kontorfilen) på et overlappende tidspunkt</translation>
    </message>
    <message>
        <source>is double-booked on {day}: line {other} books it for {who} at an overlapping time</source>
        <translation>er dobbeltreservert {day}: linje {other} reserverer den for {who} på et overlappende tidspunkt</translation>
    </message>
    <message>
        <source>is already booked on {day} for {who} (in the office file) at an overlapping time</source>
        <translation>er allerede reservert {day} for {who} (i kontorfilen) på et overlappende tidspunkt</translation>
    </message>
    <message>
        <source>is empty; a name is needed</source>
        <translation>er tom; et navn trengs</translation>
    </message>
    <message>
        <source>is not an email address</source>
        <translation>er ikke en e-postadresse</translation>
    </message>
    <message>
        <source>is given beside a person; a row holds either</source>
        <translation>er oppgitt sammen med en person; en rad har enten det ene eller det andre</translation>
    </message>
    <message>
        <source>is empty; a row needs a person or a head count</source>
        <translation>er tom; en rad trenger en person eller et antall</translation>
    </message>
</context>
</TS>
