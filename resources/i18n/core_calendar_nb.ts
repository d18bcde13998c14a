<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>CalendarText</name>
    <message>
        <source>closed</source>
        <translation>stengt</translation>
    </message>
    <message>
        <source>Anchor days of team {team} at {site}: {days}.</source>
        <translation>Ankerdager for teamet {team} på {site}: {days}</translation>
    </message>
    <message>
        <source>Plan: {plan} ({start} to {end}).</source>
        <translation>Plan: {plan} ({start} til {end}).</translation>
    </message>
    <message>
        <source>Seated in {zones}.</source>
        <translation>Sitter i {zones}.</translation>
    </message>
    <message>
        <source>For {person}.</source>
        <translation>For {person}.</translation>
    </message>
    <message>
        <source>Not on: {days}</source>
        <translation>Ikke på: {days}</translation>
    </message>
    <message>
        <source>{team} — anchor day ({site})</source>
        <translation>{team} — ankerdag ({site})</translation>
    </message>
    <message>
        <source>{who} — anchor days ({plan})</source>
        <extracomment>How event names and descriptions are worded (the GUI&apos;s language); English by default.</extracomment>
        <translation>{who} — ankerdager ({plan})</translation>
    </message>
    <message>
        <source>Anchor days — {plan}</source>
        <translation>Ankerdager — {plan}</translation>
    </message>
</context>
</TS>
