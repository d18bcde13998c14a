<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>BookCommand</name>
    <message>
        <source>Book {0}</source>
        <translation>Reserver {0}</translation>
    </message>
    <message>
        <source>Book desk</source>
        <translation>Reserver pult</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>&amp;Book</source>
        <extracomment>Shown before the problems: a symbol as well as a colour, for colour-blind users.</extracomment>
        <translation>&amp;Reserver</translation>
    </message>
    <message>
        <source>No office file is open.</source>
        <translation>Ingen kontorfil er åpen.</translation>
    </message>
    <message>
        <source>The file is open read-only; bookings cannot be changed.</source>
        <translation>Filen er åpnet skrivebeskyttet; reservasjoner kan ikke endres.</translation>
    </message>
    <message>
        <source>Choose a desk from the list.</source>
        <translation>Velg en pult fra listen.</translation>
    </message>
    <message>
        <source>Choose a desk.</source>
        <translation>Velg en pult.</translation>
    </message>
    <message>
        <source>Choose a person from the list.</source>
        <translation>Velg en person fra listen.</translation>
    </message>
    <message>
        <source>Choose a person.</source>
        <translation>Velg en person.</translation>
    </message>
    <message>
        <source>{0} for {1}</source>
        <comment>desk for person, in the undo text</comment>
        <translation>{0} for {1}</translation>
    </message>
</context>
<context>
    <name>BookingStatus</name>
    <message>
        <source>Booked</source>
        <extracomment>Rows fetched per SQL query by the paged table. Pages kept in memory (LRU): 64 × 256 rows ≈ 16 000 rows, a few MB. Custom roles shared by both models and the page. How each status reads, in words and with a symbol: the colour is never the only cue. The English source texts; :func:`status_text` gives them in the user&apos;s language.</extracomment>
        <translation>Reservert</translation>
    </message>
    <message>
        <source>✓ Checked in</source>
        <translation>✓ Innsjekket</translation>
    </message>
    <message>
        <source>✗ No-show</source>
        <translation>✗ Uteblitt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbestilt</translation>
    </message>
</context>
<context>
    <name>BookingTableModel</name>
    <message>
        <source>Date</source>
        <extracomment>The English header; the model shows it translated (context &quot;BookingTableModel&quot;). SQL sort keys over ``bookings b`` and :attr:`joins`; empty = by date (an index). Only the joins the sort keys need: the fewer, the sooner a sort of a million rows. The table&apos;s columns, in order.</extracomment>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
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
        <source>Floor · Zone</source>
        <translation>Etasje · Sone</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Whole day</source>
        <extracomment>The column whose cells are coloured by status. The roles the table answers (plain ints: a set lookup, not an enum comparison). ``{page: (date, id)}`` of the last row of each page fetched in date order: the keyset from which the next page is read without an OFFSET. Queries run, for tests and the benchmark.</extracomment>
        <translation>Hele dagen</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>&amp;Week</source>
        <extracomment>Tables whose changes the page shows. The earliest date the table&apos;s date filters offer; shown as &quot;Any&quot;. Text as wide as each table column&apos;s usual content, for the initial column widths. Milliseconds the table waits after the last keystroke in the search field. The user pressed Enter on a cell. The user asked for a cell&apos;s menu (right-click or keyboard), at this global position. The user pressed Delete on a cell. The menu last shown for a grid cell (tests drive it; it is rebuilt each time). The booking dialog last opened (it deletes itself when closed).</extracomment>
        <translation>&amp;Uke</translation>
    </message>
    <message>
        <source>&amp;All bookings</source>
        <translation>&amp;Alle reservasjoner</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Lokasjon:</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Forrige uke (Alt+Venstre)</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Forrige uke</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>I &amp;dag</translation>
    </message>
    <message>
        <source>Go to this week</source>
        <translation>Gå til denne uken</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Neste uke (Alt+Høyre)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Neste uke</translation>
    </message>
    <message>
        <source>&apos;Week of&apos; d MMM yyyy</source>
        <comment>QDateEdit display format; quote literal words</comment>
        <translation>&apos;Uke fra&apos; d. MMM yyyy</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation>Re&amp;server …</translation>
    </message>
    <message>
        <source>Book the selected desk and day</source>
        <translation>Reserver den valgte pulten og dagen</translation>
    </message>
    <message>
        <source>Week grid: desks by day</source>
        <translation>Ukeoversikt: pulter per dag</translation>
    </message>
    <message>
        <source>Cells of {0} bookings look like this</source>
        <translation>Celler for reservasjoner med status {0} ser slik ut</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fra dato</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <source>Site filter</source>
        <translation>Lokasjonsfilter</translation>
    </message>
    <message>
        <source>Zone filter</source>
        <translation>Sonefilter</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>Teamfilter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Search person or desk</source>
        <translation>Søk etter person eller pult</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>All bookings</source>
        <translation>Alle reservasjoner</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Sjekk &amp;inn</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>Ute&amp;blitt</translation>
    </message>
    <message>
        <source>&amp;Cancel booking</source>
        <translation>A&amp;vbestill reservasjon</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
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
        <source>All zones</source>
        <translation>Alle soner</translation>
    </message>
    <message>
        <source>No office file is open.
Use File ▸ Open… or File ▸ New…</source>
        <translation>Ingen kontorfil er åpen.
Bruk Fil ▸ Åpne … eller Fil ▸ Ny …</translation>
    </message>
    <message>
        <source>This office has no sites yet.
Add a site, floors, zones and desks on the Office page, or import a desk list with File ▸ Import…</source>
        <translation>Dette kontoret har ingen lokasjoner ennå.
Legg til en lokasjon, etasjer, soner og pulter på Kontor-siden, eller importer en pulteliste med Fil ▸ Importer …</translation>
    </message>
    <message>
        <source>{0} has no bookable desks yet.
Add desks on the Office page, or import a desk list with File ▸ Import…</source>
        <translation>{0} har ingen reserverbare pulter ennå.
Legg til pulter på Kontor-siden, eller importer en pulteliste med Fil ▸ Importer …</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>first day of a week range</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>last day of a week range</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>Mark &amp;no-show</source>
        <translation>Marker som &amp;uteblitt</translation>
    </message>
    <message>
        <source>&amp;Re-open booking</source>
        <translation>&amp;Gjenåpne reservasjon</translation>
    </message>
    <message>
        <source>&amp;Delete booking</source>
        <translation>&amp;Slett reservasjon</translation>
    </message>
    <message>
        <source>&amp;Book this desk…</source>
        <translation>&amp;Reserver denne pulten …</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservasjoner</translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln bookings</source>
        <translation>
            <numerusform>Endre %Ln reservasjon</numerusform>
            <numerusform>Endre %Ln reservasjoner</numerusform>
        </translation>
    </message>
    <message>
        <source>No office file is open.</source>
        <translation>Ingen kontorfil er åpen.</translation>
    </message>
    <message>
        <source>No bookings yet: book on the Week tab, or import bookings with File ▸ Import…</source>
        <translation>Ingen reservasjoner ennå: reserver i Uke-fanen, eller importer reservasjoner med Fil ▸ Importer …</translation>
    </message>
    <message>
        <source>No booking matches these filters.</source>
        <translation>Ingen reservasjoner passer med disse filtrene.</translation>
    </message>
    <message>
        <source>1 booking</source>
        <translation>1 reservasjon</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bookings</source>
        <translation>
            <numerusform>%Ln reservasjon</numerusform>
            <numerusform>%Ln reservasjoner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Aland Islands</source>
        <translation>Åland</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albania</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algerie</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Amerikansk Samoa</translation>
    </message>
    <message>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Antarktis</translation>
    </message>
    <message>
        <source>Antigua And Barbuda</source>
        <translation>Antigua og Barbuda</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Armenia</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Østerrike</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Aserbajdsjan</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Bahrain</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Belarus</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgia</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermuda</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bhutan</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivia</translation>
    </message>
    <message>
        <source>Bonaire Sint Eustatius And Saba</source>
        <translation>Karibisk Nederland</translation>
    </message>
    <message>
        <source>Bosnia And Herzegovina</source>
        <translation>Bosnia-Hercegovina</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Bouvetøya</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Det britiske territoriet i Indiahavet</translation>
    </message>
    <message>
        <source>British Virgin Islands</source>
        <translation>De britiske jomfruøyene</translation>
    </message>
    <message>
        <source>Brunei</source>
        <translation>Brunei</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>Kapp Verde</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Kambodsja</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Kamerun</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Caymanøyene</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>Den sentralafrikanske republikk</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Tsjad</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Kina</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Christmasøya</translation>
    </message>
    <message>
        <source>Cocos Islands</source>
        <translation>Kokosøyene</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Komorene</translation>
    </message>
    <message>
        <source>Congo</source>
        <translation>Kongo-Brazzaville</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Cookøyene</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Kroatia</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <source>Curacao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Kypros</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tsjekkia</translation>
    </message>
    <message>
        <source>DRCongo</source>
        <translation>Kongo</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Djibouti</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>Den dominikanske republikk</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Egypt</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Ekvatorial-Guinea</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Etiopia</translation>
    </message>
    <message>
        <source>Falkland Islands</source>
        <translation>Falklandsøyene</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Færøyene</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fiji</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankrike</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Fransk Guyana</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Fransk Polynesia</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>De franske sørterritorier</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabon</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Tyskland</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>Gibraltar</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Hellas</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Grønland</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Grenada</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Guernsey</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <source>Guinea Bissau</source>
        <translation>Guinea-Bissau</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <source>Heard Island And Mc Donald Islands</source>
        <translation>Heard- og McDonaldøyene</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hongkong SAR Kina</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Island</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Isle Of Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Ivory Coast</source>
        <translation>Elfenbenskysten</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaica</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordan</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kasakhstan</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirgisistan</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Latvia</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Libanon</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libya</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Macau</source>
        <translation>Macao SAR Kina</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagaskar</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Maldivene</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Marshalløyene</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauritania</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Mauritius</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexico</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Mikronesiaføderasjonen</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldova</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolia</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marokko</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mosambik</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar (Burma)</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Ny-Caledonia</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>New Zealand</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>Niue</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Norfolkøya</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Nord-Korea</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Nord-Makedonia</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Nord-Marianene</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Palau</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Det palestinske området</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papua Ny-Guinea</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filippinene</translation>
    </message>
    <message>
        <source>Pitcairn Islands</source>
        <translation>Pitcairnøyene</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Qatar</translation>
    </message>
    <message>
        <source>Reunion</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Romania</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Russland</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Rwanda</translation>
    </message>
    <message>
        <source>Saint Barthelemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <source>Saint Helena Ascension And Tristan Da Cunha</source>
        <translation>St. Helena</translation>
    </message>
    <message>
        <source>Saint Kitts And Nevis</source>
        <translation>Saint Kitts og Nevis</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>St. Lucia</translation>
    </message>
    <message>
        <source>Saint Martin</source>
        <translation>Saint-Martin</translation>
    </message>
    <message>
        <source>Saint Pierre And Miquelon</source>
        <translation>Saint-Pierre-et-Miquelon</translation>
    </message>
    <message>
        <source>Saint Vincent And The Grenadines</source>
        <translation>St. Vincent og Grenadinene</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>San Marino</translation>
    </message>
    <message>
        <source>Sao Tome And Principe</source>
        <translation>São Tomé og Príncipe</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Saudi-Arabia</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychellene</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <source>Sint Maarten</source>
        <translation>Sint Maarten</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovakia</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovenia</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Salomonøyene</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Sør-Afrika</translation>
    </message>
    <message>
        <source>South Georgia And The South Sandwich Islands</source>
        <translation>Sør-Georgia og Sør-Sandwichøyene</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Sør-Korea</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Sør-Sudan</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spania</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Surinam</translation>
    </message>
    <message>
        <source>Svalbard And Jan Mayen</source>
        <translation>Svalbard og Jan Mayen</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Sveits</translation>
    </message>
    <message>
        <source>Syrian Arab Republic</source>
        <translation>Syria</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tadsjikistan</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzania</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <source>Timor Leste</source>
        <translation>Øst-Timor</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Trinidad And Tobago</source>
        <translation>Trinidad og Tobago</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunisia</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Tyrkia</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <source>Turks And Caicos Islands</source>
        <translation>Turks- og Caicosøyene</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>De forente arabiske emirater</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Storbritannia</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>USA</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>USAs ytre øyer</translation>
    </message>
    <message>
        <source>United States Virgin Islands</source>
        <translation>De amerikanske jomfruøyene</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Usbekistan</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <source>Vatican City</source>
        <translation>Vatikanstaten</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Wallis And Futuna</source>
        <translation>Wallis og Futuna</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Vest-Sahara</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Jemen</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambia</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Zimbabwe</translation>
    </message>
</context>
<context>
    <name>DeleteBookingsCommand</name>
    <message>
        <source>Delete booking</source>
        <translation>Slett reservasjon</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln bookings</source>
        <translation>
            <numerusform>Slett %Ln reservasjon</numerusform>
            <numerusform>Slett %Ln reservasjoner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Detect from the columns</source>
        <extracomment>The file&apos;s line number of the first row, shown as row headers (None: no numbers).</extracomment>
        <translation>Gjenkjenn ut fra kolonnene</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Importer en fil</translation>
    </message>
</context>
<context>
    <name>ImportColumn</name>
    <message>
        <source>Date</source>
        <extracomment>What each column of the file formats is called on screen (the keys are the formats&apos; own column names, which the file may use in English or Norwegian).</extracomment>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Pult</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>Sjekket inn</translation>
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
        <source>Bookable</source>
        <translation>Reserverbar</translation>
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
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing…</source>
        <translation>Importerer …</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was written so far…</source>
        <translation>Avbryter: angrer det som er skrevet så langt …</translation>
    </message>
    <message numerus="yes">
        <source>Importing… {0} of %Ln rows</source>
        <translation>
            <numerusform>Importerer … {0} av %Ln rad</numerusform>
            <numerusform>Importerer … {0} av %Ln rader</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Nothing was imported: {0}. Go back to see them.</source>
        <translation>⚠ Ingenting ble importert: {0}. Gå tilbake for å se dem.</translation>
    </message>
    <message>
        <source>⚠ Nothing was imported: {0}</source>
        <translation>⚠ Ingenting ble importert: {0}</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Importen ble avbrutt. Ingenting ble importert.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Comma ,</source>
        <extracomment>The encodings offered when the detected one is wrong. The delimiters offered: (label, character). Labels are English source texts, shown translated (context &quot;ImportWizard&quot;), as are the other texts marked below.</extracomment>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Loddrett strek |</translation>
    </message>
    <message>
        <source>comma</source>
        <extracomment>A delimiter&apos;s name in a sentence (&quot;delimiter semicolon&quot;).</extracomment>
        <translation>komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>loddrett strek</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <extracomment>Shown in a mapping combo for &quot;this column is not in the file&quot;.</extracomment>
        <translation>— ikke i filen —</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <extracomment>The problems table lists at most this many (the count says how many there are).</extracomment>
        <translation>Regneark (*.csv *.txt *.tsv *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Pulter</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservasjoner</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Closure days</source>
        <translation>Stengte dager</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problem</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problemer</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>1 desk</source>
        <translation>1 pult</translation>
    </message>
    <message numerus="yes">
        <source>%Ln desks</source>
        <translation>
            <numerusform>%Ln pult</numerusform>
            <numerusform>%Ln pulter</numerusform>
        </translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln personer</numerusform>
        </translation>
    </message>
    <message>
        <source>1 team</source>
        <translation>1 team</translation>
    </message>
    <message numerus="yes">
        <source>%Ln teams</source>
        <translation>
            <numerusform>%Ln team</numerusform>
            <numerusform>%Ln team</numerusform>
        </translation>
    </message>
    <message>
        <source>1 site</source>
        <translation>1 lokasjon</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sites</source>
        <translation>
            <numerusform>%Ln lokasjon</numerusform>
            <numerusform>%Ln lokasjoner</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>No such file.</source>
        <extracomment>Every check or import started (a superseded check may still be stopping).</extracomment>
        <translation>Filen finnes ikke.</translation>
    </message>
    <message>
        <source>This file cannot be read: {0}</source>
        <translation>Denne filen kan ikke leses: {0}</translation>
    </message>
    <message>
        <source>Office Planner cannot tell what this file holds; choose it under “Contains”.</source>
        <translation>Office Planner kan ikke avgjøre hva filen inneholder; velg det under «Inneholder».</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-arbeidsbok</translation>
    </message>
    <message>
        <source>CSV, {0}, delimiter {1}</source>
        <translation>CSV, {0}, skilletegn {1}</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 kolonne</translation>
    </message>
    <message numerus="yes">
        <source>%Ln columns</source>
        <translation>
            <numerusform>%Ln kolonne</numerusform>
            <numerusform>%Ln kolonner</numerusform>
        </translation>
    </message>
    <message>
        <source>Looks like {0} ({1}; {2}).</source>
        <translation>Ser ut til å inneholde {0} ({1}; {2}).</translation>
    </message>
    <message>
        <source>No office file is open.</source>
        <translation>Ingen kontorfil er åpen.</translation>
    </message>
    <message>
        <source>The office file is open read-only; nothing can be imported.</source>
        <translation>Kontorfilen er åpnet skrivebeskyttet; ingenting kan importeres.</translation>
    </message>
    <message>
        <source>1 row read</source>
        <translation>1 rad lest</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows read</source>
        <translation>
            <numerusform>%Ln rad lest</numerusform>
            <numerusform>%Ln rader lest</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} written</source>
        <translation>{0} skrevet</translation>
    </message>
    <message>
        <source>{0} already there unchanged</source>
        <translation>{0} fantes fra før og er uendret</translation>
    </message>
    <message>
        <source>{0} skipped for problems</source>
        <translation>{0} hoppet over på grunn av problemer</translation>
    </message>
    <message>
        <source>Imported {0} from {1}</source>
        <comment>the summary&apos;s start</comment>
        <translation>Importerte {0} fra {1}</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
    <message>
        <source>Created {0}.</source>
        <translation>Opprettet {0}.</translation>
    </message>
    <message>
        <source>Ignored columns: {0}.</source>
        <translation>Ignorerte kolonner: {0}.</translation>
    </message>
</context>
<context>
    <name>MoveBookingCommand</name>
    <message>
        <source>Move booking</source>
        <extracomment>The check-in time the first apply recorded: a redo records the same one.</extracomment>
        <translation>Flytt reservasjon</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>1 site</source>
        <extracomment>Item data role carrying ``(Level, id)`` of a row. The invisible root&apos;s index, as a default argument (one shared, never-modified instance). False for a desk that cannot be booked (zones count the bookable ones).</extracomment>
        <translation>1 lokasjon</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sites</source>
        <translation>
            <numerusform>%Ln lokasjon</numerusform>
            <numerusform>%Ln lokasjoner</numerusform>
        </translation>
    </message>
    <message>
        <source>1 floor</source>
        <translation>1 etasje</translation>
    </message>
    <message numerus="yes">
        <source>%Ln floors</source>
        <translation>
            <numerusform>%Ln etasje</numerusform>
            <numerusform>%Ln etasjer</numerusform>
        </translation>
    </message>
    <message>
        <source>1 zone</source>
        <translation>1 sone</translation>
    </message>
    <message numerus="yes">
        <source>%Ln zones</source>
        <translation>
            <numerusform>%Ln sone</numerusform>
            <numerusform>%Ln soner</numerusform>
        </translation>
    </message>
    <message>
        <source>1 desk</source>
        <translation>1 pult</translation>
    </message>
    <message numerus="yes">
        <source>%Ln desks</source>
        <translation>
            <numerusform>%Ln pult</numerusform>
            <numerusform>%Ln pulter</numerusform>
        </translation>
    </message>
    <message>
        <source>1 booking</source>
        <translation>1 reservasjon</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bookings</source>
        <translation>
            <numerusform>%Ln reservasjon</numerusform>
            <numerusform>%Ln reservasjoner</numerusform>
        </translation>
    </message>
    <message>
        <source>1 attendance record</source>
        <translation>1 oppmøteregistrering</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendance records</source>
        <translation>
            <numerusform>%Ln oppmøteregistrering</numerusform>
            <numerusform>%Ln oppmøteregistreringer</numerusform>
        </translation>
    </message>
    <message>
        <source>1 closure day</source>
        <translation>1 stengt dag</translation>
    </message>
    <message numerus="yes">
        <source>%Ln closure days</source>
        <translation>
            <numerusform>%Ln stengt dag</numerusform>
            <numerusform>%Ln stengte dager</numerusform>
        </translation>
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
        <source>Desk</source>
        <translation>Pult</translation>
    </message>
    <message>
        <source>Delete site “{0}”? Nothing else goes with it.</source>
        <translation>Slette lokasjonen «{0}»? Ingenting annet blir slettet sammen med den.</translation>
    </message>
    <message>
        <source>Delete floor “{0}”? Nothing else goes with it.</source>
        <translation>Slette etasjen «{0}»? Ingenting annet blir slettet sammen med den.</translation>
    </message>
    <message>
        <source>Delete zone “{0}”? Nothing else goes with it.</source>
        <translation>Slette sonen «{0}»? Ingenting annet blir slettet sammen med den.</translation>
    </message>
    <message>
        <source>Delete desk “{0}”? Nothing else goes with it.</source>
        <translation>Slette pulten «{0}»? Ingenting annet blir slettet sammen med den.</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <comment>the last two of a list</comment>
        <translation>{0} og {1}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Delete site “{0}” with its {1}?</source>
        <translation>Slette lokasjonen «{0}» med tilhørende {1}?</translation>
    </message>
    <message>
        <source>Delete floor “{0}” with its {1}?</source>
        <translation>Slette etasjen «{0}» med tilhørende {1}?</translation>
    </message>
    <message>
        <source>Delete zone “{0}” with its {1}?</source>
        <translation>Slette sonen «{0}» med tilhørende {1}?</translation>
    </message>
    <message>
        <source>Delete desk “{0}” with its {1}?</source>
        <translation>Slette pulten «{0}» med tilhørende {1}?</translation>
    </message>
    <message>
        <source>{0} · holidays {1}</source>
        <translation>{0} · helligdager {1}</translation>
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
        <source>not bookable</source>
        <translation>kan ikke reserveres</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%Ln bookable)</source>
        <translation>
            <numerusform>{0} (%Ln reserverbar)</numerusform>
            <numerusform>{0} (%Ln reserverbare)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Site</source>
        <translation>Legg til lokasjon</translation>
    </message>
    <message>
        <source>Add a site (a building or office location)</source>
        <translation>Legg til en lokasjon (en bygning eller et kontorsted)</translation>
    </message>
    <message>
        <source>Add Floor</source>
        <translation>Legg til etasje</translation>
    </message>
    <message>
        <source>Add a floor to the selected site</source>
        <translation>Legg til en etasje i den valgte lokasjonen</translation>
    </message>
    <message>
        <source>Add Zone</source>
        <translation>Legg til sone</translation>
    </message>
    <message>
        <source>Add a zone (area, wing) to the selected floor</source>
        <translation>Legg til en sone (område, fløy) i den valgte etasjen</translation>
    </message>
    <message>
        <source>Add Desk</source>
        <translation>Legg til pult</translation>
    </message>
    <message>
        <source>Add a desk to the selected zone</source>
        <translation>Legg til en pult i den valgte sonen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <source>Rename the selection</source>
        <translation>Gi det valgte et nytt navn</translation>
    </message>
    <message>
        <source>Move to Zone…</source>
        <translation>Flytt til sone …</translation>
    </message>
    <message>
        <source>Move the selected desks to another zone</source>
        <translation>Flytt de valgte pultene til en annen sone</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Egenskaper …</translation>
    </message>
    <message>
        <source>Timezone, holidays and closures of a site; features of a desk</source>
        <translation>Tidssone, helligdager og stengte dager for en lokasjon; utstyr for en pult</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete the selection and everything in it</source>
        <translation>Slett det valgte og alt det inneholder</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Find a site, floor, zone or desk…</source>
        <translation>Finn en lokasjon, etasje, sone eller pult …</translation>
    </message>
    <message>
        <source>Find in office</source>
        <translation>Søk i kontoret</translation>
    </message>
    <message>
        <source>Office structure</source>
        <translation>Kontorstruktur</translation>
    </message>
    <message>
        <source>&lt;h3&gt;This office has no sites yet&lt;/h3&gt;&lt;p&gt;An office is sites → floors → zones → desks. Add a site to start, or import a desk list with &lt;b&gt;File ▸ Import…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dette kontoret har ingen lokasjoner ennå&lt;/h3&gt;&lt;p&gt;Et kontor består av lokasjoner → etasjer → soner → pulter. Legg til en lokasjon for å begynne, eller importer en pulteliste med &lt;b&gt;Fil ▸ Importer …&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a site, floor, zone or desk to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Velg en lokasjon, etasje, sone eller pult for å se detaljene.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{0} in this office.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0} i dette kontoret.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{0} recorded</source>
        <comment>bookings recorded</comment>
        <translation>{0} registrert</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The file is open read-only.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Filen er åpnet skrivebeskyttet.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Double-click for its timezone, holidays and closures.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Dobbeltklikk for å se tidssone, helligdager og stengte dager.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Double-click to change its features or zone.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Dobbeltklikk for å endre utstyr eller sone.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Ikke endret</translation>
    </message>
    <message>
        <source>Rename site</source>
        <translation>Gi lokasjonen nytt navn</translation>
    </message>
    <message>
        <source>New name of site “{0}”:</source>
        <translation>Nytt navn på lokasjonen «{0}»:</translation>
    </message>
    <message>
        <source>Rename floor</source>
        <translation>Gi etasjen nytt navn</translation>
    </message>
    <message>
        <source>New name of floor “{0}”:</source>
        <translation>Nytt navn på etasjen «{0}»:</translation>
    </message>
    <message>
        <source>Rename zone</source>
        <translation>Gi sonen nytt navn</translation>
    </message>
    <message>
        <source>New name of zone “{0}”:</source>
        <translation>Nytt navn på sonen «{0}»:</translation>
    </message>
    <message>
        <source>Rename desk</source>
        <translation>Gi pulten nytt navn</translation>
    </message>
    <message>
        <source>New name of desk “{0}”:</source>
        <translation>Nytt navn på pulten «{0}»:</translation>
    </message>
    <message>
        <source>The bookings are removed from the file. Edit ▸ Undo brings them back.</source>
        <translation>Reservasjonene fjernes fra filen. Rediger ▸ Angre henter dem tilbake.</translation>
    </message>
    <message>
        <source>Removing this many takes a few seconds.</source>
        <translation>Det tar noen sekunder å fjerne så mange.</translation>
    </message>
    <message>
        <source>Delete site</source>
        <translation>Slett lokasjon</translation>
    </message>
    <message>
        <source>Delete floor</source>
        <translation>Slett etasje</translation>
    </message>
    <message>
        <source>Delete zone</source>
        <translation>Slett sone</translation>
    </message>
    <message>
        <source>Delete desk</source>
        <translation>Slett pult</translation>
    </message>
    <message>
        <source>Move desk to zone:</source>
        <translation>Flytt pulten til sone:</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln desks to zone:</source>
        <translation>
            <numerusform>Flytt %Ln pult til sone:</numerusform>
            <numerusform>Flytt %Ln pulter til sone:</numerusform>
        </translation>
    </message>
    <message>
        <source>Move desks</source>
        <translation>Flytt pulter</translation>
    </message>
    <message>
        <source>Edit desk “{0}”</source>
        <translation>Rediger pulten «{0}»</translation>
    </message>
    <message>
        <source>Edit site “{0}”</source>
        <translation>Rediger lokasjonen «{0}»</translation>
    </message>
</context>
<context>
    <name>OfficeTreeModel</name>
    <message>
        <source>Name</source>
        <extracomment>Asked to rename an item; the page turns this into an undoable command. English source texts, shown translated (context &quot;OfficeTreeModel&quot;).</extracomment>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <extracomment>English source texts, shown translated (context &quot;PeopleModel&quot;).</extracomment>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>All people</source>
        <extracomment>Role of a row&apos;s id (person id; team id, or the ALL/NO_TEAM markers, in the team list). Role of a person&apos;s team id (None = no team), used by the team filter. Team-list markers: every person, and people without a team.</extracomment>
        <translation>Alle personer</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Uten team</translation>
    </message>
    <message>
        <source>Add Person…</source>
        <translation>Legg til person …</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Legg til en person</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger …</translation>
    </message>
    <message>
        <source>Edit the selected person&apos;s name, team and email</source>
        <translation>Rediger navn, team og e-post for den valgte personen</translation>
    </message>
    <message>
        <source>Move to Team…</source>
        <translation>Flytt til team …</translation>
    </message>
    <message>
        <source>Put the selected people in another team</source>
        <translation>Flytt de valgte personene til et annet team</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete the selected people and their bookings</source>
        <translation>Slett de valgte personene og reservasjonene deres</translation>
    </message>
    <message>
        <source>Add Team</source>
        <translation>Legg til team</translation>
    </message>
    <message>
        <source>Add a team</source>
        <translation>Legg til et team</translation>
    </message>
    <message>
        <source>Rename Team…</source>
        <translation>Gi teamet nytt navn …</translation>
    </message>
    <message>
        <source>Rename the selected team</source>
        <translation>Gi det valgte teamet nytt navn</translation>
    </message>
    <message>
        <source>Delete Team</source>
        <translation>Slett team</translation>
    </message>
    <message>
        <source>Delete the team; its members stay, without a team</source>
        <translation>Slett teamet; medlemmene blir værende, uten team</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>team toolbar</comment>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Rename…</source>
        <comment>team toolbar</comment>
        <translation>Gi nytt navn …</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>team toolbar</comment>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>&lt;b&gt;Teams&lt;/b&gt;</source>
        <translation>&lt;b&gt;Team&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search name, team or email…</source>
        <translation>Søk etter navn, team eller e-post …</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Søk etter personer</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>No people yet. Add people one by one, or import a list with File ▸ Import…</source>
        <translation>Ingen personer ennå. Legg til personer én etter én, eller importer en liste med Fil ▸ Importer …</translation>
    </message>
    <message>
        <source>Nobody matches the search.</source>
        <translation>Ingen passer med søket.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %Ln people</source>
        <translation>
            <numerusform>{0} av %Ln person</numerusform>
            <numerusform>{0} av %Ln personer</numerusform>
        </translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln personer</numerusform>
        </translation>
    </message>
    <message>
        <source> · selected: 1 booking</source>
        <translation> · den valgte har 1 reservasjon</translation>
    </message>
    <message numerus="yes">
        <source> · selected: %Ln bookings</source>
        <translation>
            <numerusform> · den valgte har %Ln reservasjon</numerusform>
            <numerusform> · den valgte har %Ln reservasjoner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln selected</source>
        <translation>
            <numerusform> · %Ln valgt</numerusform>
            <numerusform> · %Ln valgt</numerusform>
        </translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · skrivebeskyttet</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Ikke endret</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(uten team)</translation>
    </message>
    <message>
        <source>Move to team</source>
        <translation>Flytt til team</translation>
    </message>
    <message>
        <source>Move the selected people to:</source>
        <translation>Flytt de valgte personene til:</translation>
    </message>
    <message>
        <source>no team</source>
        <comment>in the undo text: Move 2 people to …</comment>
        <translation>ingen team</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <comment>a quoted name</comment>
        <translation>«{0}»</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <comment>undo text</comment>
        <translation>Slett {0}</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation>Slette {0}?</translation>
    </message>
    <message>
        <source>1 booking</source>
        <translation>1 reservasjon</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bookings</source>
        <translation>
            <numerusform>%Ln reservasjon</numerusform>
            <numerusform>%Ln reservasjoner</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {0} with their {1}?</source>
        <translation>Slette {0} med tilhørende {1}?</translation>
    </message>
    <message>
        <source>Delete people</source>
        <translation>Slett personer</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>Legg til team</translation>
    </message>
    <message>
        <source>Name of the new team:</source>
        <translation>Navn på det nye teamet:</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>Gi teamet nytt navn</translation>
    </message>
    <message>
        <source>New name of team “{0}”:</source>
        <translation>Nytt navn på teamet «{0}»:</translation>
    </message>
    <message>
        <source>It has no members.</source>
        <translation>Det har ingen medlemmer.</translation>
    </message>
    <message>
        <source>Its 1 member stays, without a team.</source>
        <translation>Det ene medlemmet blir værende, uten team.</translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln members stay, without a team.</source>
        <translation>
            <numerusform>%Ln medlem blir værende, uten team.</numerusform>
            <numerusform>De %Ln medlemmene blir værende, uten team.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete team “{0}”? {1}</source>
        <translation>Slette teamet «{0}»? {1}</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Slett team</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Column for {0}</source>
        <translation>Kolonne for {0}</translation>
    </message>
    <message>
        <source>{column}:</source>
        <translation>{column}:</translation>
    </message>
</context>
<context>
    <name>SetStatusCommand</name>
    <message>
        <source>Re-open booking</source>
        <extracomment>The words of the Edit menu&apos;s &quot;Undo …&quot; for each status change (English source texts, shown translated in the context &quot;SetStatusCommand&quot;).</extracomment>
        <translation>Gjenåpne reservasjon</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Sjekk inn</translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation>Marker som uteblitt</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Avbestill reservasjon</translation>
    </message>
</context>
<context>
    <name>SiteCalendar</name>
    <message>
        <source>(whole country)</source>
        <translation>(hele landet)</translation>
    </message>
</context>
<context>
    <name>ValidatePage</name>
    <message>
        <source>Checking…</source>
        <extracomment>A check is under way (set and cleared on the GUI thread, unlike Task.is_running).</extracomment>
        <translation>Sjekker …</translation>
    </message>
    <message>
        <source>⚠ This file cannot be imported as it is: {0}.</source>
        <extracomment>The file cannot be imported at all (a missing column...): skipping rows won&apos;t help.</extracomment>
        <translation>⚠ Denne filen kan ikke importeres slik den er: {0}.</translation>
    </message>
    <message>
        <source>✓ No problems found.</source>
        <translation>✓ Ingen problemer funnet.</translation>
    </message>
    <message>
        <source>✓ No problems: 1 row is ready to import.</source>
        <translation>✓ Ingen problemer: 1 rad er klar til import.</translation>
    </message>
    <message numerus="yes">
        <source>✓ No problems: %Ln rows are ready to import.</source>
        <translation>
            <numerusform>✓ Ingen problemer: %Ln rad er klar til import.</numerusform>
            <numerusform>✓ Ingen problemer: %Ln rader er klare til import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (the first %Ln are listed)</source>
        <translation>
            <numerusform> (bare %Ln er vist)</numerusform>
            <numerusform> (de første %Ln er vist)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Those rows will be skipped; %Ln rows will be imported.</source>
        <translation>
            <numerusform>Disse radene hoppes over; %Ln rad blir importert.</numerusform>
            <numerusform>Disse radene hoppes over; %Ln rader blir importert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the file and check again, or skip the rows with problems.</source>
        <translation>Rett opp filen og sjekk på nytt, eller hopp over radene med problemer.</translation>
    </message>
    <message>
        <source>⚠ {0} found{1}. {2}</source>
        <translation>⚠ {0} funnet{1}. {2}</translation>
    </message>
    <message>
        <source>⚠ The file could not be read: {0}</source>
        <translation>⚠ Filen kunne ikke leses: {0}</translation>
    </message>
</context>
<context>
    <name>WeekGridModel</name>
    <message>
        <source>d MMM</source>
        <comment>date format of a week grid column: 2 Mar</comment>
        <extracomment>Cell backgrounds: light tints of the Okabe–Ito palette (sky blue, bluish green, orange), distinguishable with the common colour-vision deficiencies and dark text. The same hues, deep, for a dark palette: light text on them reads at 7:1 or more.</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>{0} · today</source>
        <translation>{0} · i dag</translation>
    </message>
    <message>
        <source>Desk {0} ({1})</source>
        <translation>Pult {0} ({1})</translation>
    </message>
    <message>
        <source>Desk {0}, {1}</source>
        <translation>Pult {0}, {1}</translation>
    </message>
    <message>
        <source>{0}: free — press Enter or click to book</source>
        <translation>{0}: ledig — trykk Enter eller klikk for å reservere</translation>
    </message>
</context>
</TS>
