<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AnalyticsMessage</name>
    <message>
        <source>the period starts ({start}) after it ends ({end})</source>
        <translation>perioden starter ({start}) etter at den slutter ({end})</translation>
    </message>
    <message>
        <source>the start date {text} is not a date (use YYYY-MM-DD)</source>
        <translation>startdatoen {text} er ikke en dato (bruk ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>the end date {text} is not a date (use YYYY-MM-DD)</source>
        <translation>sluttdatoen {text} er ikke en dato (bruk ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>no site named {site} in this file</source>
        <translation>ingen lokasjon med navnet {site} i denne filen</translation>
    </message>
    <message>
        <source>a floor needs its site (floor names repeat across sites)</source>
        <translation>en etasje trenger lokasjonen sin (etasjenavn går igjen på tvers av lokasjoner)</translation>
    </message>
    <message>
        <source>no floor {floor} at site {site} in this file</source>
        <translation>ingen etasje {floor} på lokasjonen {site} i denne filen</translation>
    </message>
    <message>
        <source>a zone needs its site and floor</source>
        <translation>en sone trenger lokasjonen og etasjen sin</translation>
    </message>
    <message>
        <source>no zone {zone} on floor {floor} in this file</source>
        <translation>ingen sone {zone} i etasje {floor} i denne filen</translation>
    </message>
    <message>
        <source>no team named {team} in this file</source>
        <translation>ingen team med navnet {team} i denne filen</translation>
    </message>
    <message>
        <source>the file has no bookings or attendance yet</source>
        <extracomment>The scope&apos;s whole activity is about fewer than k people: every activity figure below is None (headcounts, desks and open days are still shown).</extracomment>
        <translation>filen har ingen reservasjoner eller oppmøte ennå</translation>
    </message>
    <message>
        <source>no site with id {id} in this file</source>
        <translation>ingen lokasjon med id {id} i denne filen</translation>
    </message>
    <message>
        <source>no floor with id {id} in this file</source>
        <translation>ingen etasje med id {id} i denne filen</translation>
    </message>
    <message>
        <source>no zone with id {id} in this file</source>
        <translation>ingen sone med id {id} i denne filen</translation>
    </message>
    <message>
        <source>no team with id {id} in this file</source>
        <translation>ingen team med id {id} i denne filen</translation>
    </message>
</context>
<context>
    <name>PlannerMessage</name>
    <message>
        <source>{site} on {day}: the teams with {day} fixed alone need {need} desks (capacity {capacity}): {teams}.</source>
        <extracomment>Where the team sits on its anchor days (one zone or two), and their desks.</extracomment>
        <translation>{site}, {day}: teamene som har {day} som fast dag, trenger alene {need} pulter (kapasitet {capacity}): {teams}.</translation>
    </message>
    <message>
        <source>{team} needs {demand} desks on each of {anchor_days} days, but fits in {site} on only {fit} of its allowed days ({days}).</source>
        <translation>{team} trenger {demand} pulter på hver av {anchor_days} dager, men får plass på {site} bare på {fit} av de tillatte dagene sine ({days}).</translation>
    </message>
    <message>
        <source>{team} needs {demand} desks on each of {anchor_days} days, but fits in {site} on only 0 of its allowed days (none).</source>
        <translation>{team} trenger {demand} pulter på hver av {anchor_days} dager, men får ikke plass på {site} på noen av de tillatte dagene sine.</translation>
    </message>
    <message>
        <source>{team} needs {demand} desks, but the largest zone or pair of adjacent zones in {site} ({area}) has {desks}.</source>
        <translation>{team} trenger {demand} pulter, men den største sonen eller det største paret av nabosoner på {site} ({area}) har {desks}.</translation>
    </message>
    <message>
        <source>With teams seated by zone, the changes below make the anchor days fit the sites; the zones may still be too small to seat every team together.</source>
        <translation>Når teamene plasseres etter sone, får endringene nedenfor ankerdagene til å passe på lokasjonene; sonene kan likevel være for små til at hvert team kan sitte samlet.</translation>
    </message>
    <message>
        <source>The anchor days fit every site, but the teams cannot all be seated together by zone. It fits without seating by zone, or with more desks in the zones.</source>
        <translation>Ankerdagene får plass på alle lokasjonene, men teamene kan ikke alle sitte samlet etter sone. Det går opp uten plassering etter sone, eller med flere pulter i sonene.</translation>
    </message>
    <message>
        <source>the period starts ({start}) after it ends ({end})</source>
        <extracomment>Seat each team together on its anchor days, in a zone of its site (or two adjacent zones), from the file&apos;s zones and their bookable desks. Teams left out and why, and other things a user should know.</extracomment>
        <translation>perioden starter ({start}) etter at den slutter ({end})</translation>
    </message>
    <message>
        <source>the policy allows no weekdays</source>
        <translation>retningslinjene tillater ingen ukedager</translation>
    </message>
    <message>
        <source>{team}: no members, not planned</source>
        <translation>{team}: ingen medlemmer, ikke planlagt</translation>
    </message>
    <message>
        <source>{team}: no home site and no bookings to infer one, not planned</source>
        <translation>{team}: ingen hjemmelokasjon og ingen reservasjoner å utlede en fra, ikke planlagt</translation>
    </message>
    <message>
        <source>{team}: its site {site} has no bookable desks</source>
        <translation>{team}: lokasjonen {site} har ingen reserverbare pulter</translation>
    </message>
    <message>
        <source>no team can be planned (teams need members and a site with desks)</source>
        <translation>ingen team kan planlegges (team trenger medlemmer og en lokasjon med pulter)</translation>
    </message>
    <message>
        <source>{team}: only {allowed} allowed day(s), anchor days cut from {k}</source>
        <translation>{team}: bare {allowed} tillatt(e) dag(er), ankerdager redusert fra {k}</translation>
    </message>
    <message>
        <source>{team}: no allowed day, not planned</source>
        <translation>{team}: ingen tillatt dag, ikke planlagt</translation>
    </message>
    <message>
        <source>{team}: {fixed} fixed days, anchor days raised from {k}</source>
        <translation>{team}: {fixed} faste dager, ankerdager økt fra {k}</translation>
    </message>
    <message>
        <source>Seating by zone changes nothing: no site has more than one zone with bookable desks.</source>
        <translation>Plassering etter sone endrer ingenting: ingen lokasjon har mer enn én sone med reserverbare pulter.</translation>
    </message>
    <message>
        <source>the plan “{plan}” has no start date to follow it from</source>
        <extracomment>Open anchor dates since the start (the denominator of ``present_share``). Mean share of members present on those dates; None when suppressed or none.</extracomment>
        <translation>planen «{plan}» har ingen startdato å følge den opp fra</translation>
    </message>
    <message>
        <source>the plan “{plan}” starts on {start}; the file has no data since then</source>
        <translation>planen «{plan}» starter {start}; filen har ingen data siden da</translation>
    </message>
    <message>
        <source>the plan “{plan}” starts on {start}; nothing to follow up yet</source>
        <translation>planen «{plan}» starter {start}; ingenting å følge opp ennå</translation>
    </message>
</context>
</TS>
