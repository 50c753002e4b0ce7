<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
<context>
    <name>core</name>
    <message>
        <location filename="../../tutorclient/connectivity.py" line="279" />
        <source>Updating changed files</source>
        <translation>Faylasha isbeddelay ayaa la cusboonaysiinayaa</translation>
    </message>
    <message>
        <location filename="../../tutorclient/connectivity.py" line="287" />
        <source>updating changed files</source>
        <translation>cusboonaysiinta faylasha isbeddelay</translation>
    </message>
</context>
</TS>
