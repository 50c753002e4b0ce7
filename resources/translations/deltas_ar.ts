<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>core</name>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="18" />
        <source>Updating changed files</source>
        <translation>جارٍ تحديث الملفات التي تغيّرت</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="24" />
        <source>updating changed files</source>
        <translation>تحديث الملفات التي تغيّرت</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="57" />
        <source>The server cannot take or send files just now. Your records are synced; files will follow at a later sync.</source>
        <translation>لا يستطيع الخادم استلام الملفات أو إرسالها الآن. سجلاتك متزامنة، وستصل الملفات في مزامنة لاحقة.</translation>
    </message>
</context>
</TS>
