<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
  <context>
    <name>UpdateDialog</name>
    <message numerus="yes">
      <location filename="../../tutorclient/ui/update_dialog.py" line="34" />
      <source>%n KB</source>
      <translation>
        <numerusform>%Ln كيلوبايت</numerusform>
        <numerusform>%Ln كيلوبايت</numerusform>
        <numerusform>%Ln كيلوبايت</numerusform>
        <numerusform>%Ln كيلوبايت</numerusform>
        <numerusform>%Ln كيلوبايت</numerusform>
        <numerusform>%Ln كيلوبايت</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../tutorclient/ui/update_dialog.py" line="35" />
      <source>%1 MB</source>
      <translation>%1 ميغابايت</translation>
    </message>
    <message>
      <location filename="../../tutorclient/ui/update_dialog.py" line="43" />
      <source>TutorClient was updated to version %1.</source>
      <translation>تم تحديث TutorClient إلى الإصدار %1.</translation>
    </message>
    <message>
      <location filename="../../tutorclient/ui/update_dialog.py" line="46" />
      <source>The update to version %1 did not pass its check, so TutorClient went back to version %2. Nothing was lost.</source>
      <translation>لم يجتز التحديث إلى الإصدار %1 فحصه، لذلك عاد TutorClient إلى الإصدار %2. لم يُفقد شيء.</translation>
    </message>
    <message>
      <location filename="../../tutorclient/ui/update_dialog.py" line="58" />
      <location filename="../../tutorclient/ui/update_dialog.py" line="59" />
      <source>A new version of TutorClient</source>
      <translation>إصدار جديد من TutorClient</translation>
    </message>
    <message>
      <location filename="../../tutorclient/ui/update_dialog.py" line="62" />
      <source>Version %1 is ready (you have %2).</source>
      <translation>الإصدار %1 جاهز (لديك الإصدار %2).</translation>
    </message>
    <message>
      <location filename="../../tutorclient/ui/update_dialog.py" line="65" />
      <source>Fixes and improvements.</source>
      <translation>إصلاحات وتحسينات.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../tutorclient/ui/update_dialog.py" line="67" />
      <source>Download: %1, %n file(s) changed.</source>
      <translation>
        <numerusform>التنزيل: %1، لم يتغير أي ملف.</numerusform>
        <numerusform>التنزيل: %1، تغيّر ملف واحد.</numerusform>
        <numerusform>التنزيل: %1، تغيّر ملفان.</numerusform>
        <numerusform>التنزيل: %1، تغيّرت %Ln ملفات.</numerusform>
        <numerusform>التنزيل: %1، تغيّر %Ln ملفًا.</numerusform>
        <numerusform>التنزيل: %1، تغيّر %Ln ملف.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../tutorclient/ui/update_dialog.py" line="70" />
      <source>It installs the next time you start TutorClient. If it does not work, TutorClient goes back to this version by itself.</source>
      <translation>يُثبَّت في المرة القادمة التي تشغّل فيها TutorClient. إذا لم يعمل، يعود TutorClient إلى هذا الإصدار تلقائيًا.</translation>
    </message>
    <message>
      <location filename="../../tutorclient/ui/update_dialog.py" line="77" />
      <location filename="../../tutorclient/ui/update_dialog.py" line="78" />
      <source>Not now</source>
      <translation>ليس الآن</translation>
    </message>
    <message>
      <location filename="../../tutorclient/ui/update_dialog.py" line="79" />
      <location filename="../../tutorclient/ui/update_dialog.py" line="80" />
      <source>Install at next start</source>
      <translation>التثبيت عند التشغيل القادم</translation>
    </message>
  </context>
</TS>