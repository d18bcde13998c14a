<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AppearanceMenu</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Utseende</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Som systemet</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Lyst</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Mørkt</translation>
    </message>
    <message>
        <source>Follow the operating system&apos;s light or dark mode</source>
        <translation>Følg lys eller mørk modus i operativsystemet</translation>
    </message>
    <message>
        <source>Always use light colours</source>
        <translation>Bruk alltid lyse farger</translation>
    </message>
    <message>
        <source>Always use dark colours</source>
        <translation>Bruk alltid mørke farger</translation>
    </message>
</context>
</TS>
