<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
<context>
    <name>ContributionPdf</name>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="31"/>
        <source>not measured</source>
        <translation>lama cabbirin</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="34"/>
        <source>%1 h %2 min</source>
        <translation>%1 saac %2 daqiiqo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="36"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n daqiiqo</numerusform>
            <numerusform>%n daqiiqo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="53"/>
        <source>none in this period</source>
        <translation>midna muddadan</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="54"/>
        <source>%1 to %2</source>
        <translation>%1 ilaa %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="57"/>
        <source>%n case(s) reviewed</source>
        <translation>
            <numerusform>%n kiis ayaa dib loo eegay</numerusform>
            <numerusform>%n kiis ayaa dib loo eegay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="58"/>
        <source>%n reply(s) written</source>
        <translation>
            <numerusform>%n jawaab ayaa la qoray</numerusform>
            <numerusform>%n jawaabood ayaa la qoray</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="59"/>
        <source>%n trainee(s) helped</source>
        <translation>
            <numerusform>%n tababarte ayaa la caawiyay</numerusform>
            <numerusform>%n tababarayaal ayaa la caawiyay</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="62"/>
        <source>Cases reviewed</source>
        <translation>Kiisaska dib-u-eegista la sameeyay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="63"/>
        <source>Replies written</source>
        <translation>Jawaabaha la qoray</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="64"/>
        <source>Trainees helped</source>
        <translation>Tababarayaasha la caawiyay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="65"/>
        <source>Partnerships</source>
        <translation>Iskaashiyada</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="66"/>
        <source>Specialisms (cases)</source>
        <translation>Takhasusyada (kiisas)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="67"/>
        <source>Median time to first response</source>
        <translation>Waqtiga dhexe ee jawaabta ugu horreysa</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="69"/>
        <source>Cases with a measured response</source>
        <translation>Kiisaska jawaabtooda la cabbiray</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="70"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n kiis</numerusform>
            <numerusform>%n kiis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="71"/>
        <source>(%n not measured)</source>
        <translation>
            <numerusform>(%n lama cabbirin)</numerusform>
            <numerusform>(%n lama cabbirin)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="73"/>
        <source>Time given (estimate)</source>
        <translation>Waqtiga la bixiyay (qiyaas)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="74"/>
        <source>Thanks from trainees</source>
        <translation>Mahadnaqa tababarayaasha</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="77"/>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="135"/>
        <source>Tutor contribution record</source>
        <translation>Diiwaanka wax-ku-biirinta macallinka</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="78"/>
        <source>Partnership</source>
        <translation>Iskaashiga</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="79"/>
        <source>Period</source>
        <translation>Muddada</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="80"/>
        <source>Summary</source>
        <translation>Soo koobid</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="81"/>
        <source>Figures</source>
        <translation>Tirooyinka</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="82"/>
        <source>Reviews</source>
        <translation>Dib-u-eegisyada</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="83"/>
        <source>Reflections</source>
        <translation>Milicsiyada</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="85"/>
        <source>No reflections written in this period.</source>
        <translation>Muddadan milicsi lama qorin.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="86"/>
        <source>What trainees said</source>
        <translation>Waxa tababarayaashu yiraahdeen</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="88"/>
        <source>No thanks recorded in this period.</source>
        <translation>Muddadan mahadnaq lama diiwaangelin.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="89"/>
        <source>How these figures are measured</source>
        <translation>Sida tirooyinkan loo cabbiro</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="101"/>
        <source>Date</source>
        <translation>Taariikhda</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="101"/>
        <source>Case</source>
        <translation>Kiiska</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="102"/>
        <source>Specialism</source>
        <translation>Takhasuska</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="102"/>
        <source>Time given</source>
        <translation>Waqtiga la bixiyay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="114"/>
        <source>This helped me.</source>
        <translation>Tani way i caawisay.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="118"/>
        <source>Times to first response run from the case&apos;s submission to the tutor&apos;s first review or reply, both on the server&apos;s clock. Time given counts 15-second slices in which the review form had the focus and was used within the last minute, at most 2 hours per review. Cases are named only where the title passed the identifier check; no patient or trainee is named.</source>
        <translation>Waqtiga jawaabta ugu horreysa wuxuu ka bilaabmaa markii kiiska la gudbiyay ilaa dib-u-eegista ama jawaabta ugu horreysa ee macallinka, labadaba saacadda server-ka. Waqtiga la bixiyay wuxuu tiriyaa qaybo 15 ilbiriqsi ah oo foomka dib-u-eegistu firfircoonaa laguna isticmaalay daqiiqaddii u dambeysay, ugu badnaan 2 saacadood dib-u-eegis kasta. Kiisaska magacooda waxaa la sheegaa oo keliya marka cinwaanku ka gudbo hubinta aqoonsiga; bukaan ama tababarte midna magaciisa lama sheego.</translation>
    </message>
</context>
<context>
    <name>ContributionsModel</name>
    <message>
        <location filename="../../tutorclient/ui/models/contributions.py" line="31"/>
        <source>Date</source>
        <translation>Taariikhda</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/contributions.py" line="31"/>
        <source>Case</source>
        <translation>Kiiska</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/contributions.py" line="32"/>
        <source>Time given</source>
        <translation>Waqtiga la bixiyay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/contributions.py" line="33"/>
        <source>Thanks</source>
        <translation>Mahadnaq</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/contributions.py" line="34"/>
        <source>Reflection</source>
        <translation>Milicsi</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/contributions.py" line="52"/>
        <source>Thanked</source>
        <translation>Waa lagu mahadiyay</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="65"/>
        <location filename="../../tutorclient/ui/views/contributions.py" line="70"/>
        <source>My contributions</source>
        <extracomment>Record kinds whose changes can change the figures.
----------
asks where to save: (suggested name, filter) -&gt; path or &quot;&quot; (tests replace it)</extracomment>
        <translation>Wax-ku-biirintayda</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="71"/>
        <source>What you gave as a tutor, for your appraisal portfolio. Only you see your reflections and the time you gave.</source>
        <translation>Waxa aad bixisay adigoo macallin ah, faylka qiimeyntaada. Milicsiyadaada iyo waqtiga aad bixisay adiga keliya ayaa arka.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="74"/>
        <source>Period</source>
        <translation>Muddada</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="75"/>
        <source>This CPD year (1 April – 31 March)</source>
        <translation>Sannadka CPD ee hadda (1 Abriil – 31 Maarso)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="76"/>
        <source>Last CPD year</source>
        <translation>Sannadkii CPD ee hore</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="76"/>
        <source>Choose dates</source>
        <translation>Dooro taariikhaha</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="77"/>
        <source>From</source>
        <translation>Laga bilaabo</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="78"/>
        <source>To</source>
        <translation>Ilaa</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="83"/>
        <source>Period:</source>
        <translation>Muddada:</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="85"/>
        <source>from</source>
        <translation>laga bilaabo</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="87"/>
        <source>to</source>
        <translation>ilaa</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="91"/>
        <source>Export PDF…</source>
        <translation>Dhoofi PDF…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="92"/>
        <source>Export a PDF for your appraisal portfolio</source>
        <translation>Dhoofi PDF faylka qiimeyntaada</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="93"/>
        <source>Export CSV…</source>
        <translation>Dhoofi CSV…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="94"/>
        <source>Export the reviews and replies as a spreadsheet</source>
        <translation>Dhoofi dib-u-eegisyada iyo jawaabaha sida xaashi xisaabeed</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="95"/>
        <source>Export xAPI…</source>
        <translation>Dhoofi xAPI…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="96"/>
        <source>Export xAPI statements for a learning record store</source>
        <translation>Dhoofi bayaannada xAPI kaydka diiwaanka waxbarashada</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="104"/>
        <source>Your reviews in this period</source>
        <translation>Dib-u-eegisyadaada muddadan</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="113"/>
        <location filename="../../tutorclient/ui/views/contributions.py" line="193"/>
        <source>Thanks received</source>
        <translation>Mahadnaqa la helay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="115"/>
        <source>Export message</source>
        <translation>Fariinta dhoofinta</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="121"/>
        <source>Reviews and reflections</source>
        <translation>Dib-u-eegisyada iyo milicsiyada</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="124"/>
        <source>What trainees said</source>
        <translation>Waxa tababarayaashu yiraahdeen</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="190"/>
        <source>Cases reviewed</source>
        <translation>Kiisaska dib-u-eegista la sameeyay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="190"/>
        <source>Replies written</source>
        <translation>Jawaabaha la qoray</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="191"/>
        <source>Trainees helped</source>
        <translation>Tababarayaasha la caawiyay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="192"/>
        <source>Median time to first response</source>
        <translation>Waqtiga dhexe ee jawaabta ugu horreysa</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="193"/>
        <source>Time given (estimate)</source>
        <translation>Waqtiga la bixiyay (qiyaas)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="194"/>
        <source>Partnerships</source>
        <translation>Iskaashiyada</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="194"/>
        <source>Specialisms</source>
        <translation>Takhasusyada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/contributions.py" line="212"/>
        <source>%n case(s) not measured: resubmitted after your answer</source>
        <translation>
            <numerusform>%n kiis lama cabbirin: dib ayaa loo gudbiyay jawaabtaada kadib</numerusform>
            <numerusform>%n kiis lama cabbirin: dib ayaa loo gudbiyay jawaabtaada kadib</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="221"/>
        <source>This helped me.</source>
        <translation>Tani way i caawisay.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="225"/>
        <source>No thanks in this period yet. When a trainee marks one of your reviews &quot;this helped me&quot;, it shows here.</source>
        <translation>Muddadan weli mahadnaq ma jiro. Marka tababarte mid ka mid ah dib-u-eegisyadaada ku calaamadeeyo &quot;tani way i caawisay&quot;, halkan ayay ka muuqataa.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="244"/>
        <source>Save the export</source>
        <translation>Keydi faylka la dhoofiyay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="259"/>
        <source>Saved %1</source>
        <translation>Waa la keydiyay %1</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../../tutorclient/ui/views/review_form.py" line="118"/>
        <source>Reflection, private to you</source>
        <extracomment>What the form allows: write the review, wait for a claim, show a sent review, or nothing.</extracomment>
        <translation>Milicsi, adiga kuu gaar ah</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/review_form.py" line="120"/>
        <source>What did you learn from this case, or would do differently? Only you see this; it goes into your contribution record.</source>
        <translation>Maxaad ka baratay kiiskan, ama maxaad si kale u samayn lahayd? Adiga keliya ayaa arka; wuxuu galayaa diiwaanka wax-ku-biirintaada.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/review_form.py" line="124"/>
        <source>Reflection (private: only you see it)</source>
        <translation>Milicsi (gaar: adiga keliya ayaa arka)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/review_form.py" line="129"/>
        <source>Save reflection</source>
        <translation>Keydi milicsiga</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/review_form.py" line="129"/>
        <source>Save your reflection</source>
        <translation>Keydi milicsigaaga</translation>
    </message>
</context>
<context>
    <name>ThanksBox</name>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="31"/>
        <source>Thank your tutor</source>
        <translation>U mahadnaq macallinkaaga</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="37"/>
        <source>About thanking your tutor</source>
        <translation>Ku saabsan u mahadnaqidda macallinkaaga</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="38"/>
        <source>Thank-you note (optional)</source>
        <translation>Qoraal mahadnaq (ikhtiyaari)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="39"/>
        <source>A thank-you note for your tutor (optional)</source>
        <translation>Qoraal mahadnaq oo macallinkaaga loogu talagalay (ikhtiyaari)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="41"/>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="78"/>
        <source>This helped me</source>
        <translation>Tani way i caawisay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="42"/>
        <source>Tell your tutor this review helped you</source>
        <translation>U sheeg macallinkaaga in dib-u-eegistani ku caawisay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="43"/>
        <source>Take back</source>
        <translation>Ka noqo</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="44"/>
        <source>Take back your thanks</source>
        <translation>Ka noqo mahadnaqaaga</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="73"/>
        <source>your tutor</source>
        <translation>macallinkaaga</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="75"/>
        <source>Did %1&apos;s review help you? Saying so encourages tutors who give their time.</source>
        <translation>Dib-u-eegista %1 ma ku caawisay? Sheegiddiisu waxay dhiirrigelisaa macallimiinta waqtigooda bixiya.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="80"/>
        <source>You told %1 this review helped you. You can change your note or take it back.</source>
        <translation>Waxaad u sheegtay %1 in dib-u-eegistani ku caawisay. Waad beddeli kartaa qoraalkaaga ama ka noqon kartaa.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="83"/>
        <source>Save note</source>
        <translation>Keydi qoraalka</translation>
    </message>
</context>
</TS>
