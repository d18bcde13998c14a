<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>EditMessage</name>
    <message>
        <source>That site no longer exists.</source>
        <translation>Lokasjonen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>That floor no longer exists.</source>
        <translation>Etasjen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>That zone no longer exists.</source>
        <translation>Sonen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>That desk no longer exists.</source>
        <translation>Pulten finnes ikke lenger.</translation>
    </message>
    <message>
        <source>“{name}” is not an IANA timezone (for example Europe/Oslo or America/New_York).</source>
        <translation>«{name}» er ikke en IANA-tidssone (for eksempel Europe/Oslo eller America/New_York).</translation>
    </message>
    <message>
        <source>“{country}” is not a country the holiday calendar knows.</source>
        <translation>«{country}» er ikke et land som helligdagskalenderen kjenner.</translation>
    </message>
    <message>
        <source>“{subdivision}” is not a subdivision of {country}; known: {known}</source>
        <translation>«{subdivision}» er ikke en region i {country}; kjente regioner: {known}</translation>
    </message>
    <message>
        <source>Open weekdays are written like “Mon,Tue,Wed,Thu,Fri”.</source>
        <translation>Åpne ukedager skrives slik: «Mon,Tue,Wed,Thu,Fri».</translation>
    </message>
    <message>
        <source>There is already a site called “{name}”.</source>
        <translation>Det finnes allerede en lokasjon som heter «{name}».</translation>
    </message>
    <message>
        <source>There is already a floor called “{name}” in this site.</source>
        <translation>Det finnes allerede en etasje som heter «{name}» på denne lokasjonen.</translation>
    </message>
    <message>
        <source>There is already a zone called “{name}” in this floor.</source>
        <translation>Det finnes allerede en sone som heter «{name}» i denne etasjen.</translation>
    </message>
    <message>
        <source>There is already a desk called “{name}” in this office.</source>
        <translation>Det finnes allerede en pult som heter «{name}» i dette kontoret.</translation>
    </message>
    <message>
        <source>A desk to move no longer exists.</source>
        <translation>En av pultene som skulle flyttes, finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The site is already closed on {day}.</source>
        <translation>Lokasjonen er allerede stengt {day}.</translation>
    </message>
    <message>
        <source>these rows were restored already</source>
        <extracomment>One step of a removal: (table, WHERE clause, parameters), children before parents. (table, temp table, rows) in the order they were deleted: children first. (table, column, row id, old value) of references that were set to NULL. Tables that have an integer ``id`` primary key (the others use composite keys).</extracomment>
        <translation>disse radene er allerede gjenopprettet</translation>
    </message>
    <message>
        <source>A name can be at most {most} characters; this one has {length}.</source>
        <extracomment>The longest name a site, floor, zone, desk, person or team may have: room for any real name, while a pasted paragraph is refused rather than stretching every list.</extracomment>
        <translation>Et navn kan ha høyst {most} tegn; dette har {length}.</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation>En lokasjon må ha et navn.</translation>
    </message>
    <message>
        <source>A floor needs a name.</source>
        <translation>En etasje må ha et navn.</translation>
    </message>
    <message>
        <source>A zone needs a name.</source>
        <translation>En sone må ha et navn.</translation>
    </message>
    <message>
        <source>A desk needs a name.</source>
        <translation>En pult må ha et navn.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>En person må ha et navn.</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>Et team må ha et navn.</translation>
    </message>
    <message>
        <source>“{text}” is not a date (write it as YYYY-MM-DD).</source>
        <extracomment>Columns of the bookings table in the order :class:`Booking` holds them.</extracomment>
        <translation>«{text}» er ikke en dato (skriv den som ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>Give both a start and an end time, or neither for the whole day.</source>
        <translation>Oppgi både start- og sluttid, eller ingen av dem for hele dagen.</translation>
    </message>
    <message>
        <source>“{time}” is not a time (write it as HH:MM, e.g. 09:30).</source>
        <translation>«{time}» er ikke et klokkeslett (skriv det som TT:MM, f.eks. 09:30).</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>Sluttiden må være etter starttiden.</translation>
    </message>
    <message>
        <source>{first} {then}</source>
        <translation>{first} {then}</translation>
    </message>
    <message>
        <source>That booking no longer exists.</source>
        <translation>Reservasjonen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The desk is already booked by {name} for the whole day.</source>
        <translation>Pulten er allerede reservert av {name} for hele dagen.</translation>
    </message>
    <message>
        <source>The desk is already booked by {name} for {start}–{end}.</source>
        <translation>Pulten er allerede reservert av {name} kl. {start}–{end}.</translation>
    </message>
    <message>
        <source>This person already has desk {desk} booked for the whole day.</source>
        <translation>Denne personen har allerede reservert pult {desk} for hele dagen.</translation>
    </message>
    <message>
        <source>This person already has desk {desk} booked for {start}–{end}.</source>
        <translation>Denne personen har allerede reservert pult {desk} kl. {start}–{end}.</translation>
    </message>
    <message>
        <source>Desk {desk} is not bookable.</source>
        <translation>Pult {desk} kan ikke reserveres.</translation>
    </message>
    <message>
        <source>That person no longer exists.</source>
        <translation>Personen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>A cancelled booking of this person for that desk and day is in the way; re-open or delete it first.</source>
        <translation>En avbestilt reservasjon for denne personen på den pulten den dagen er i veien; gjenåpne eller slett den først.</translation>
    </message>
    <message>
        <source>No booking to delete.</source>
        <translation>Ingen reservasjon å slette.</translation>
    </message>
    <message>
        <source>“{email}” does not look like an email address.</source>
        <translation>«{email}» ser ikke ut som en e-postadresse.</translation>
    </message>
    <message>
        <source>There is already a person called “{name}”.</source>
        <translation>Det finnes allerede en person som heter «{name}».</translation>
    </message>
    <message>
        <source>That team no longer exists.</source>
        <translation>Teamet finnes ikke lenger.</translation>
    </message>
    <message>
        <source>A person to move no longer exists.</source>
        <translation>En av personene som skulle flyttes, finnes ikke lenger.</translation>
    </message>
    <message>
        <source>There is already a team called “{name}”.</source>
        <translation>Det finnes allerede et team som heter «{name}».</translation>
    </message>
</context>
</TS>
