<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
<context>
    <name>Chart</name>
    <message>
        <location filename="../../tutorclient/ui/charts.py" line="61"/>
        <source>No figures for this period yet</source>
        <extracomment>Colour-blind-safe (Okabe-Ito) colours, one per series.</extracomment>
        <translation>Weli tirooyin looma hayo muddadan</translation>
    </message>
</context>
<context>
    <name>InsightPage</name>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="69"/>
        <source>Partnership</source>
        <translation>Iskaashi</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="70"/>
        <location filename="../../tutorclient/ui/views/insight.py" line="166"/>
        <location filename="../../tutorclient/ui/views/insight.py" line="169"/>
        <source>Course</source>
        <translation>Koorso</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="85"/>
        <source>No figures yet. They arrive with the next sync once the server has computed them; after that this page works without a connection.</source>
        <translation>Weli tirooyin ma jiraan. Waxay la imaanayaan isku-waafajinta xigta marka server-ku xisaabiyo; kadib boggani wuxuu shaqeeyaa xiriir la&apos;aan.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="107"/>
        <source>Trend shown</source>
        <translation>Isbeddelka la muujiyay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="111"/>
        <source>Weekly trend</source>
        <translation>Isbeddelka toddobaadlaha ah</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="112"/>
        <source>Waiting times</source>
        <translation>Waqtiyada sugitaanka</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="116"/>
        <source>Saved file</source>
        <translation>Faylka la keydiyay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="152"/>
        <source>Save picture…</source>
        <translation>Keydi sawirka…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="153"/>
        <source>Save the chart as a picture</source>
        <translation>Jaantuska u keydi sawir ahaan</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="154"/>
        <source>Save data…</source>
        <translation>Keydi xogta…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="155"/>
        <source>Save the chart&apos;s figures as a table</source>
        <translation>Tirooyinka jaantuska u keydi jaduwal ahaan</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="165"/>
        <source>Questions most missed</source>
        <translation>Su&apos;aalaha inta badan lagu khaldamo</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="166"/>
        <source>Question</source>
        <translation>Su&apos;aal</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="166"/>
        <source>Missed</source>
        <translation>Lagu khaldamay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="166"/>
        <source>Answered</source>
        <translation>La jawaabay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="167"/>
        <source>Missed (%)</source>
        <translation>Khaladka (%)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="168"/>
        <source>Courses</source>
        <translation>Koorsooyin</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="169"/>
        <source>Trainees</source>
        <translation>Tababarayaal</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="169"/>
        <source>Lessons read</source>
        <translation>Casharrada la akhriyay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="170"/>
        <source>Quiz attempts</source>
        <translation>Isku-dayada imtixaanka gaaban</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="170"/>
        <source>Quiz score</source>
        <translation>Dhibcaha imtixaanka gaaban</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="171"/>
        <source>Tutors&apos; response</source>
        <translation>Jawaabta macallimiinta</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="172"/>
        <source>Tutor</source>
        <translation>Macallin</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="172"/>
        <source>Reviews</source>
        <translation>Dib-u-eegisyo</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="172"/>
        <source>Median time to review</source>
        <translation>Waqtiga dhexdhexaadka ah ee dib-u-eegista</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="173"/>
        <source>9 in 10 within</source>
        <translation>9 kasta oo 10 ah gudahood</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="174"/>
        <source>Sync health</source>
        <translation>Caafimaadka isku-waafajinta</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="175"/>
        <source>Person</source>
        <translation>Qofka</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="175"/>
        <source>Device</source>
        <translation>Qalabka</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="175"/>
        <source>Last sync</source>
        <translation>Isku-waafajintii ugu dambeysay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="176"/>
        <source>Failed syncs (30 days)</source>
        <translation>Isku-waafajin fashilantay (30 maalmood)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="176"/>
        <source>Data this month</source>
        <translation>Xogta bishan</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="177"/>
        <source>Monthly limit</source>
        <translation>Xadka bishii</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="178"/>
        <source>Most asked</source>
        <translation>Inta badan la weydiiyay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="179"/>
        <source>Specialism</source>
        <translation>Takhasus</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="179"/>
        <source>Term</source>
        <translation>Ereyga</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="179"/>
        <source>Times asked</source>
        <translation>Inta jeer la weydiiyay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="203"/>
        <source>Save table…</source>
        <translation>Keydi jaduwalka…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="204"/>
        <source>Save this table as CSV</source>
        <translation>Jaduwalkan u keydi CSV ahaan</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="245"/>
        <source>My progress</source>
        <translation>Horumarkayga</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="246"/>
        <source>Partnership figures</source>
        <translation>Tirooyinka iskaashiga</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="250"/>
        <source>All courses</source>
        <translation>Dhammaan koorsooyinka</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="268"/>
        <source>%1 to %2, computed on the server %3</source>
        <translation>%1 ilaa %2, server-ka ayaa xisaabiyay %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/insight.py" line="272"/>
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>%n tababarte</numerusform>
            <numerusform>%n tababarayaal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/insight.py" line="283"/>
        <source>Questions are not shown for %n course(s): fewer than %1 trainees answered their quizzes in this period, and so few answers could point to one person.</source>
        <translation>
            <numerusform>Su&apos;aalaha laguma muujin %n koorso: in ka yar %1 tababarayaal ayaa ka jawaabay imtixaannadeeda muddadan, jawaabo intaas le&apos;eg waxay tilmaami karaan qof gaar ah.</numerusform>
            <numerusform>Su&apos;aalaha laguma muujin %n koorsooyin: in ka yar %1 tababarayaal ayaa ka jawaabay imtixaannadooda muddadan, jawaabo intaas le&apos;eg waxay tilmaami karaan qof gaar ah.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="296"/>
        <source>Weekly: %1</source>
        <translation>Toddobaadle: %1</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="297"/>
        <source>Week starting</source>
        <translation>Toddobaadka bilaabmaya</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="300"/>
        <source>Cases by waiting time</source>
        <translation>Kiisaska sida ay u sugayeen</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="300"/>
        <source>Waiting time</source>
        <translation>Waqtiga sugitaanka</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="309"/>
        <source>Save as</source>
        <translation>U keydi sida</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="322"/>
        <source>PNG pictures (*.png)</source>
        <translation>Sawirrada PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="326"/>
        <location filename="../../tutorclient/ui/views/insight.py" line="333"/>
        <source>CSV tables (*.csv)</source>
        <translation>Jaduwalada CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="341"/>
        <source>Saved: %1</source>
        <translation>Waa la keydiyay: %1</translation>
    </message>
</context>
<context>
    <name>InsightRows</name>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="27"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n saac</numerusform>
            <numerusform>%n saacadood</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="26"/>
        <source>under 1 h</source>
        <translation>ka yar 1 saac</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="29"/>
        <source>%1 days</source>
        <translation>%1 maalmood</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="39"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="44"/>
        <source>never</source>
        <translation>weligeed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="65"/>
        <source>&lt; %n day(s)</source>
        <translation>
            <numerusform>&lt; %n maalin</numerusform>
            <numerusform>&lt; %n maalmood</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="67"/>
        <source>%1–%2 weeks</source>
        <translation>%1–%2 toddobaad</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="70"/>
        <source>%1–%2 days</source>
        <translation>%1–%2 maalmood</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="74"/>
        <source>&gt; %n week(s)</source>
        <translation>
            <numerusform>&gt; %n toddobaad</numerusform>
            <numerusform>&gt; %n toddobaad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="76"/>
        <source>&gt; %n day(s)</source>
        <translation>
            <numerusform>&gt; %n maalin</numerusform>
            <numerusform>&gt; %n maalmood</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="96"/>
        <source>Weeks active</source>
        <translation>Toddobaadyada firfircoon</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="97"/>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="102"/>
        <source>%1 of %2</source>
        <translation>%1 ka mid ah %2</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="101"/>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="170"/>
        <source>Active trainees</source>
        <translation>Tababarayaasha firfircoon</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="104"/>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="171"/>
        <source>Lessons read</source>
        <translation>Casharrada la akhriyay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="105"/>
        <source>Quiz score</source>
        <translation>Dhibcaha imtixaanka gaaban</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="106"/>
        <source>Cases waiting</source>
        <translation>Kiisaska sugaya</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="107"/>
        <source>In review</source>
        <translation>Dib-u-eegis ku jira</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="108"/>
        <source>First review (median)</source>
        <translation>Dib-u-eegista koowaad (dhexdhexaad)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="136"/>
        <source>All tutors together</source>
        <translation>Dhammaan macallimiinta wadajir</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="152"/>
        <source>no limit</source>
        <translation>xad ma leh</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="159"/>
        <source>general</source>
        <translation>guud</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="172"/>
        <source>Quiz attempts</source>
        <translation>Isku-dayada imtixaanka gaaban</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="173"/>
        <source>Quiz score (%)</source>
        <translation>Dhibcaha imtixaanka gaaban (%)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="174"/>
        <source>Cases submitted and reviewed</source>
        <translation>Kiisaska la gudbiyay iyo kuwa dib loo eegay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="180"/>
        <source>Submitted</source>
        <translation>La gudbiyay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="181"/>
        <source>Reviewed</source>
        <translation>Dib loo eegay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="188"/>
        <source>Time to first review</source>
        <translation>Waqtiga ilaa dib-u-eegista koowaad</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="190"/>
        <source>Waiting now</source>
        <translation>Hadda sugaya</translation>
    </message>
</context>
</TS>
