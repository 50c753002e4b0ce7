<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
<context>
    <name>DueBanner</name>
    <message>
        <location filename="../../tutorclient/ui/views/due_banner.py" line="40" />
        <location filename="../../tutorclient/ui/views/due_banner.py" line="44" />
        <source>Cards due today</source>
        <translation>Kaararka waqtigoodu yahay maanta</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/due_banner.py" line="45" />
        <source>Review now</source>
        <translation>Hadda dib u eeg</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/due_banner.py" line="46" />
        <source>Start the spaced review</source>
        <translation>Bilow dib-u-eegista kala-fogaysan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/due_banner.py" line="68" />
        <source>%n card(s) due today in your spaced review.</source>
        <translation>
            <numerusform>%n kaar ayaa waqtigiisu yahay maanta dib-u-eegistaada kala-fogaysan.</numerusform>
            <numerusform>%n kaar ayaa waqtigoodu yahay maanta dib-u-eegistaada kala-fogaysan.</numerusform>
            </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="33" />
        <source>Spaced review</source>
        <translation>Dib-u-eegis kala-fogaysan</translation>
    </message>
</context>
<context>
    <name>SpacedReviewPage</name>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="68" />
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="89" />
        <source>Spaced review</source>
        <translation>Dib-u-eegis kala-fogaysan</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="90" />
        <source>Cards due today</source>
        <translation>Kaararka waqtigoodu yahay maanta</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="94" />
        <source>About your cards</source>
        <translation>Ku saabsan kaararkaaga</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="95" />
        <source>Your last review</source>
        <translation>Dib-u-eegistaadii ugu dambeysay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="97" />
        <source>How spaced review works</source>
        <translation>Sida dib-u-eegista kala-fogaysan u shaqeyso</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="98" />
        <source>Questions you got wrong in a quiz, and questions you keep with “Keep for review”, come back here: soon at first, then at longer and longer intervals while you remember them. Everything works without a connection; your ratings are sent at the next sync, so your other computers know them too.</source>
        <translation>Su'aalaha aad ku qaldantay imtixaan gaaban, iyo su'aalaha aad ku kaydiso “U kaydi dib-u-eegis”, halkan ayay ku soo noqdaan: marka hore goor dhow, kadibna muddo sii dheeraanaysa inta aad xasuusato. Wax walba waxay shaqeeyaan xiriir la'aan; qiimeyntaada waxaa la diraa isku-waafajinta xigta, sidaas darteed kombiyuutarradaada kale ayaa iyaguna ogaanaya.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="102" />
        <source>Start review (Space)</source>
        <translation>Bilow dib-u-eegista (Space)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="103" />
        <source>Start review</source>
        <translation>Bilow dib-u-eegista</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="124" />
        <source>Cards left</source>
        <translation>Kaararka haray</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="125" />
        <source>End (Esc)</source>
        <translation>Dhammee (Esc)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="126" />
        <source>End the review</source>
        <translation>Dhammee dib-u-eegista</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="136" />
        <source>Question</source>
        <translation>Su'aal</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="141" />
        <source>Possible answers</source>
        <translation>Jawaabaha suurtogalka ah</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="142" />
        <source>Answer</source>
        <translation>Jawaab</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="144" />
        <source>Explanation</source>
        <translation>Sharaxaad</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="157" />
        <source>The card</source>
        <translation>Kaarka</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="161" />
        <source>Show answer (Space)</source>
        <translation>Tus jawaabta (Space)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="162" />
        <source>Show the answer</source>
        <translation>Tus jawaabta</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="164" />
        <source>Again</source>
        <translation>Mar kale</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="164" />
        <source>Hard</source>
        <translation>Adag</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="164" />
        <source>Good</source>
        <translation>Wanaagsan</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="165" />
        <source>Easy</source>
        <translation>Fudud</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="176" />
        <source>Keys</source>
        <translation>Furayaasha</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="214" />
        <source>%n card(s) due today</source>
        <translation>
            <numerusform>%n kaar ayaa waqtigiisu yahay maanta</numerusform>
            <numerusform>%n kaar ayaa waqtigoodu yahay maanta</numerusform>
            </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="215" />
        <source>No cards due today</source>
        <translation>Maanta ma jiraan kaarar waqtigoodu yahay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="217" />
        <source>No cards yet. Take a quiz in the Library: the questions you miss become cards.</source>
        <translation>Weli kaarar ma jiraan. Fadlan imtixaan gaaban ka gal maktabadda: su'aalaha aad ku qaldanto waxay noqdaan kaarar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="220" />
        <source>%n card(s) in all. The next one is due on %1.</source>
        <translation>
            <numerusform>%n kaar wadar ahaan. Kan xiga waqtigiisu waa %1.</numerusform>
            <numerusform>%n kaar wadar ahaan. Kan xiga waqtigiisu waa %1.</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="223" />
        <source>%n card(s) in all.</source>
        <translation>
            <numerusform>%n kaar wadar ahaan.</numerusform>
            <numerusform>%n kaar wadar ahaan.</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="251" />
        <source>%n card(s) left today</source>
        <translation>
            <numerusform>%n kaar ayaa maanta haray</numerusform>
            <numerusform>%n kaar ayaa maanta haray</numerusform>
            </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="258" />
        <source>Think of the answer, then press Space to see it. Esc ends the review.</source>
        <translation>Ka fikir jawaabta, kadib riix Space si aad u aragto. Esc waxay dhammeysaa dib-u-eegista.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="278" />
        <source>Answer: %1</source>
        <translation>Jawaab: %1</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="289" />
        <source>%1, back in %2</source>
        <translation>%1, wuxuu soo noqdaa %2 kadib</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="291" />
        <source>How well did you remember? Press 1 Again, 2 Hard, 3 Good or 4 Easy.</source>
        <translation>Intee in le'eg ayaad xasuusatay? Riix 1 Mar kale, 2 Adag, 3 Wanaagsan ama 4 Fudud.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="328" />
        <source>Well done: you reviewed %n card(s).</source>
        <translation>
            <numerusform>Si fiican: waxaad dib u eegtay %n kaar.</numerusform>
            <numerusform>Si fiican: waxaad dib u eegtay %n kaar.</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="345" />
        <source>%n min</source>
        <translation>
            <numerusform>%n daqiiqo</numerusform>
            <numerusform>%n daqiiqo</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="347" />
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n saac</numerusform>
            <numerusform>%n saacadood</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="350" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n maalin</numerusform>
            <numerusform>%n maalmood</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="351" />
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n bil</numerusform>
            <numerusform>%n bilood</numerusform>
            </translation>
    </message>
</context>
<context>
    <name>_Question</name>
    <message>
        <location filename="../../tutorclient/ui/views/quiz.py" line="93" />
        <source>Keep for review</source>
        <translation>U kaydi dib-u-eegis</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/quiz.py" line="94" />
        <source>Keep question %1 for spaced review</source>
        <translation>U kaydi su'aasha %1 dib-u-eegista kala-fogaysan</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/quiz.py" line="102" />
        <source>✓ In your spaced review</source>
        <translation>✓ Waxay ku jirtaa dib-u-eegistaada kala-fogaysan</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/quiz.py" line="103" />
        <source>✓ Kept for review</source>
        <translation>✓ Waa loo kaydiyay dib-u-eegis</translation>
    </message>
</context>
</TS>
