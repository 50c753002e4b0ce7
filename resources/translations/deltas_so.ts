<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
<context>
    <name>core</name>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="18" />
        <source>Updating changed files</source>
        <translation>Faylasha isbeddelay ayaa la cusboonaysiinayaa</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="24" />
        <source>updating changed files</source>
        <translation>cusboonaysiinta faylasha isbeddelay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="57" />
        <source>The server cannot take or send files just now. Your records are synced; files will follow at a later sync.</source>
        <translation>Server-ku hadda ma qaadan karo mana diri karo faylal. Diiwaannadaada waa la isku waafajiyay; faylashu waxay iman doonaan isku-waafajin dambe.</translation>
    </message>
</context>
</TS>
