<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
  <context>
    <name>UpdateDialog</name>
    <message numerus="yes">
      <location filename="../../tutorclient/ui/update_dialog.py" line="34" />
      <source>%n KB</source>
      <translation>
        <numerusform>%Ln KB</numerusform>
        <numerusform>%Ln KB</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../tutorclient/ui/update_dialog.py" line="35" />
      <source>%1 MB</source>
      <translation>%1 MB</translation>
    </message>
    <message>
      <location filename="../../tutorclient/ui/update_dialog.py" line="43" />
      <source>TutorClient was updated to version %1.</source>
      <translation>TutorClient waxaa loo cusboonaysiiyey nooca %1.</translation>
    </message>
    <message>
      <location filename="../../tutorclient/ui/update_dialog.py" line="46" />
      <source>The update to version %1 did not pass its check, so TutorClient went back to version %2. Nothing was lost.</source>
      <translation>Cusboonaysiinta nooca %1 kama gudbin hubinteeda, sidaa darteed TutorClient wuxuu ku noqday nooca %2. Waxba ma lumin.</translation>
    </message>
    <message>
      <location filename="../../tutorclient/ui/update_dialog.py" line="58" />
      <location filename="../../tutorclient/ui/update_dialog.py" line="59" />
      <source>A new version of TutorClient</source>
      <translation>Nooc cusub oo TutorClient ah</translation>
    </message>
    <message>
      <location filename="../../tutorclient/ui/update_dialog.py" line="62" />
      <source>Version %1 is ready (you have %2).</source>
      <translation>Nooca %1 waa diyaar (waxaad haysataa %2).</translation>
    </message>
    <message>
      <location filename="../../tutorclient/ui/update_dialog.py" line="65" />
      <source>Fixes and improvements.</source>
      <translation>Hagaajin iyo horumarin.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../tutorclient/ui/update_dialog.py" line="67" />
      <source>Download: %1, %n file(s) changed.</source>
      <translation>
        <numerusform>Soo dejin: %1, %Ln fayl ayaa isbeddelay.</numerusform>
        <numerusform>Soo dejin: %1, %Ln fayl ayaa isbeddelay.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../tutorclient/ui/update_dialog.py" line="70" />
      <source>It installs the next time you start TutorClient. If it does not work, TutorClient goes back to this version by itself.</source>
      <translation>Waxay rakibmaysaa marka xigta ee aad furto TutorClient. Haddii aysan shaqayn, TutorClient wuxuu iskiis ugu noqonayaa noocan.</translation>
    </message>
    <message>
      <location filename="../../tutorclient/ui/update_dialog.py" line="77" />
      <location filename="../../tutorclient/ui/update_dialog.py" line="78" />
      <source>Not now</source>
      <translation>Hadda maya</translation>
    </message>
    <message>
      <location filename="../../tutorclient/ui/update_dialog.py" line="79" />
      <location filename="../../tutorclient/ui/update_dialog.py" line="80" />
      <source>Install at next start</source>
      <translation>Ku rakib furitaanka xiga</translation>
    </message>
  </context>
</TS>