<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
<context>
    <name>BundleButtons</name>
    <message>
        <source>USB bundles</source>
        <translation>Xidhmooyinka USB</translation>
    </message>
    <message>
        <source>Import from USB…</source>
        <translation>Ka soo dejiso USB…</translation>
    </message>
    <message>
        <source>Import a USB bundle</source>
        <translation>Soo dejiso xidhmada USB</translation>
    </message>
    <message>
        <source>Apply a bundle made on the server for the person signed in here: for clinics without a connection.</source>
        <translation>Ku dabaq xidhmo lagu sameeyay server-ka qofka halkan ku galay: rugaha caafimaadka aan xiriir lahayn.</translation>
    </message>
    <message>
        <source>Export to USB…</source>
        <translation>U dhoofi USB…</translation>
    </message>
    <message>
        <source>Make a USB bundle for the server</source>
        <translation>Samee xidhmada USB ee server-ka</translation>
    </message>
    <message>
        <source>Write the work waiting to be sent to a file for the server, to carry on a USB stick.</source>
        <translation>Ku qor shaqada sugaysa in la diro fayl server-ka loogu talagalay, si loogu qaado USB.</translation>
    </message>
    <message>
        <source>Choose the bundle to import</source>
        <translation>Dooro xidhmada la soo dejinayo</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Make a USB bundle for the server</source>
        <translation>Samee xidhmada USB ee server-ka</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dhoofi</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>Keydi xidhmada adoo u bixinaya</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dooro…</translation>
    </message>
    <message>
        <source>Choose where to save the bundle</source>
        <translation>Dooro meesha xidhmada lagu keydinayo</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>U keydi sida:</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>U keydi sida</translation>
    </message>
    <message>
        <source>Choose the USB stick. Then give the stick to your coordinator, who imports it on the server; the server&apos;s answer comes back in the next bundle made for you.</source>
        <translation>Dooro USB-ga. Kadib sii isku-duwahaaga, oo ku soo dejinaya server-ka; jawaabta server-ku waxay ku soo laabanaysaa xidhmada xigta ee laguu sameeyo.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Maxaa xiga</translation>
    </message>
    <message>
        <source>Reading what waits to be sent…</source>
        <translation>Waxaa la akhrinayaa waxa sugaya in la diro…</translation>
    </message>
    <message>
        <source>Written: {changes} and {files} ({size}).</source>
        <translation>Waa la qoray: {changes} iyo {files} ({size}).</translation>
    </message>
    <message>
        <source>Written: {changes} and {files}.</source>
        <translation>Waa la qoray: {changes} iyo {files}.</translation>
    </message>
    <message>
        <source>Saved as {path}. Take it to the server; your work also stays on this computer until the server confirms it.</source>
        <translation>Waxaa loo keydiyay sida {path}. U qaado server-ka; shaqadaaduna waxay ku jiraysaa kombiyuutarkan ilaa server-ku xaqiijiyo.</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import a USB bundle</source>
        <translation>Soo dejiso xidhmada USB</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Soo dejiso</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Faylka: {path}</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Faylka xidhmada</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Xidhmada waa la hubinayaa…</translation>
    </message>
    <message>
        <source>Nothing is changed until you press Import.</source>
        <translation>Waxba isma beddelayaan ilaa aad riixdo Soo dejiso.</translation>
    </message>
    <message>
        <source>This bundle cannot be imported here.</source>
        <translation>Xidhmadan halkan laguma soo dejin karo.</translation>
    </message>
    <message>
        <source>Imported: {changes} and {files}.</source>
        <translation>Waa la soo dejiyay: {changes} iyo {files}.</translation>
    </message>
    <message numerus="yes">
        <source>%n new change(s)</source>
        <translation>
            <numerusform>%n isbeddel cusub</numerusform>
            <numerusform>%n isbeddel oo cusub</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: this computer already had every change in it; {files} checked.</source>
        <translation>Waa la soo dejiyay: kombiyuutarkan horeba wuu haystay isbeddel kasta oo ku jira; {files} waa la hubiyay.</translation>
    </message>
    <message numerus="yes">
        <source>The server confirmed %n change(s) sent from here.</source>
        <translation>
            <numerusform>Server-ku wuxuu xaqiijiyay %n isbeddel oo halkan laga diray.</numerusform>
            <numerusform>Server-ku wuxuu xaqiijiyay %n isbeddel oo halkan laga diray.</numerusform>
        </translation>
    </message>
    <message>
        <source>{conflicts} and {refused} refused: see Waiting to be sent on the Sync page.</source>
        <translation>{conflicts} iyo {refused} la diiday: eeg &quot;Sugaya in la diro&quot; ee bogga isku-waafajinta.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n isku-dhac</numerusform>
            <numerusform>%n isku-dhac</numerusform>
        </translation>
    </message>
    <message>
        <source>The server has more: import the next bundle too.</source>
        <translation>Server-ku wax kale ayuu hayaa: soo dejiso xidhmada xigta sidoo kale.</translation>
    </message>
</context>
<context>
    <name>BundlesPanel</name>
    <message>
        <source>TutorClient bundles (*.tcb);;All files (*)</source>
        <translation>Xidhmooyinka TutorClient (*.tcb);;Dhammaan faylasha (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n isbeddel</numerusform>
            <numerusform>%n isbeddel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fayl</numerusform>
            <numerusform>%n fayl</numerusform>
        </translation>
    </message>
    <message>
        <source>For: {name}, username {username}: the person signed in here.</source>
        <translation>Loogu talagalay: {name}, magaca isticmaalaha {username}: qofka halkan ku galay.</translation>
    </message>
    <message>
        <source>Made on the server: {when}.</source>
        <translation>Waxaa lagu sameeyay server-ka: {when}.</translation>
    </message>
    <message>
        <source>Holds: {changes} and {files} ({size}).</source>
        <translation>Waxay xambaarsan tahay: {changes} iyo {files} ({size}).</translation>
    </message>
    <message>
        <source>Holds: {changes} and {files}.</source>
        <translation>Waxay xambaarsan tahay: {changes} iyo {files}.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s answers to %n change(s) sent from here by an earlier bundle.</source>
        <translation>
            <numerusform>Jawaabaha server-ka ee %n isbeddel oo halkan laga diray xidhmo hore.</numerusform>
            <numerusform>Jawaabaha server-ka ee %n isbeddel oo halkan laga diray xidhmo hore.</numerusform>
        </translation>
    </message>
    <message>
        <source>Size: {size}.</source>
        <translation>Cabbirka: {size}.</translation>
    </message>
    <message>
        <source>The server has more: ask for the next bundle after this one.</source>
        <translation>Server-ku wax kale ayuu hayaa: weydiiso xidhmada xigta kadib tan.</translation>
    </message>
    <message>
        <source>Nothing waits to be sent: the bundle would tell the server only that this computer is up to date.</source>
        <translation>Waxba ma sugayaan in la diro: xidhmadu waxay server-ka u sheegaysaa oo keliya in kombiyuutarkani cusub yahay.</translation>
    </message>
    <message>
        <source>Goes to the server: {changes} and {files} ({size}).</source>
        <translation>Waxaa server-ka loo dirayaa: {changes} iyo {files} ({size}).</translation>
    </message>
    <message>
        <source>Goes to the server: {changes}.</source>
        <translation>Waxaa server-ka loo dirayaa: {changes}.</translation>
    </message>
    <message numerus="yes">
        <source>%n later edit(s) of the same work wait for the server&apos;s answer; they go in the next bundle.</source>
        <translation>
            <numerusform>%n wax-ka-beddel dambe oo isla shaqadaas ah ayaa sugaya jawaabta server-ka; wuxuu raacayaa xidhmada xigta.</numerusform>
            <numerusform>%n wax-ka-beddel dambe oo isla shaqadaas ah ayaa sugaya jawaabta server-ka; waxay raacayaan xidhmada xigta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) held on this computer by the identifier check stay here until you edit or confirm them.</source>
        <translation>
            <numerusform>%n isbeddel oo kombiyuutarkan ku xayiran hubinta aqoonsiga ayaa halkan jiraya ilaa aad wax ka beddesho ama xaqiijiso.</numerusform>
            <numerusform>%n isbeddel oo kombiyuutarkan ku xayiran hubinta aqoonsiga ayaa halkan jiraya ilaa aad wax ka beddesho ama xaqiijiso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every file in the bundle…</source>
        <translation>Fayl kasta oo xidhmada ku jira waa la hubinayaa…</translation>
    </message>
    <message>
        <source>Saving the changes…</source>
        <translation>Isbeddellada waa la keydinayaa…</translation>
    </message>
    <message>
        <source>Writing files: {done} of {total}</source>
        <translation>Faylasha waa la qorayaa: {done} ka mid ah {total}</translation>
    </message>
    <message>
        <source>Saving files: {done} of {total}</source>
        <translation>Faylasha waa la keydinayaa: {done} ka mid ah {total}</translation>
    </message>
    <message>
        <source> ({done} of {total})</source>
        <translation> ({done} ka mid ah {total})</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Case</source>
        <translation>Kiiska</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Kiisaskayga</translation>
    </message>
    <message>
        <source>Back to my cases</source>
        <translation>Dib ugu noqo kiisaskayga</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Xaaladda kiiska</translation>
    </message>
    <message>
        <source>Improve and send again</source>
        <translation>Hagaaji oo mar kale dir</translation>
    </message>
    <message>
        <source>Edit the case and send it again</source>
        <translation>Wax ka beddel kiiska oo mar kale dir</translation>
    </message>
    <message>
        <source>The case and its reviews</source>
        <translation>Kiiska iyo dib-u-eegistiisa</translation>
    </message>
    <message>
        <source>Case sections</source>
        <translation>Qaybaha kiiska</translation>
    </message>
    <message>
        <source>The case and reviews</source>
        <translation>Kiiska iyo dib-u-eegisyada</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Doodda</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(cinwaan ma leh)</translation>
    </message>
    <message>
        <source>Discussion ({new} new)</source>
        <translation>Doodda ({new} cusub)</translation>
    </message>
    <message>
        <source>Discussion ({count})</source>
        <translation>Doodda ({count})</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Small: 1024 px (recommended on 2G)</source>
        <translation>Yar: 1024 px (lagu taliyay 2G)</translation>
    </message>
    <message>
        <source>Medium: 1280 px</source>
        <translation>Dhexdhexaad: 1280 px</translation>
    </message>
    <message>
        <source>Large: 1600 px (fine ECG or X-ray detail)</source>
        <translation>Weyn: 1600 px (faahfaahinta ECG ama raajada)</translation>
    </message>
    <message>
        <source>Nothing to upload yet.</source>
        <translation>Weli waxba lama soo rarin.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) and the text</source>
        <translation>
            <numerusform>%n fayl iyo qoraalka</numerusform>
            <numerusform>%n fayl iyo qoraalka</numerusform>
        </translation>
    </message>
    <message>
        <source>the text</source>
        <translation>qoraalka</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>in ka yar daqiiqad</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>qiyaastii %n daqiiqo</numerusform>
            <numerusform>qiyaastii %n daqiiqo</numerusform>
        </translation>
    </message>
    <message>
        <source>To send: {what}, {size} in all — {time} on a slow (2G) connection.</source>
        <translation>Waxa la dirayo: {what}, {size} wadar ahaan — {time} xiriir gaabis ah (2G).</translation>
    </message>
    <message>
        <source>Case form</source>
        <translation>Foomka kiiska</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Kiisaskayga</translation>
    </message>
    <message>
        <source>Back to my cases</source>
        <translation>Dib ugu noqo kiisaskayga</translation>
    </message>
    <message>
        <source>Your draft is saved; come back to it any time</source>
        <translation>Qabyadaada waa la keydiyay; ku soo noqo wakhti kasta</translation>
    </message>
    <message>
        <source>Your case</source>
        <translation>Kiiskaaga</translation>
    </message>
    <message>
        <source>Case form heading</source>
        <translation>Cinwaanka foomka kiiska</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Xaaladda keydinta</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Tirtir qabyada…</translation>
    </message>
    <message>
        <source>Delete this draft</source>
        <translation>Tirtir qabyadan</translation>
    </message>
    <message>
        <source>Delete the draft with its pictures (asks first)</source>
        <translation>Tirtir qabyada iyo sawiradeeda (marka hore waa la weydiinayaa)</translation>
    </message>
    <message>
        <source>What the tutor asked you to change</source>
        <translation>Waxa macallinku codsaday in la beddelo</translation>
    </message>
    <message>
        <source>Case text</source>
        <translation>Qoraalka kiiska</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Iskaashiga</translation>
    </message>
    <message>
        <source>The partnership whose tutors will review the case</source>
        <translation>Iskaashiga ay macallimiintiisu dib u eegi doonaan kiiska</translation>
    </message>
    <message>
        <source>Specialism</source>
        <translation>Takhasuska</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pictures and PDFs&lt;/b&gt; (X-rays, ECGs, photos)</source>
        <translation>&lt;b&gt;Sawirro iyo PDF&lt;/b&gt; (raajo, ECG, sawirro)</translation>
    </message>
    <message>
        <source>Attached pictures and PDFs</source>
        <translation>Sawirrada iyo PDF-yada lifaaqan</translation>
    </message>
    <message>
        <source>No pictures yet. When you add a photo you can crop it and blur faces, names and labels before it is kept.</source>
        <translation>Weli sawir ma jiro. Marka aad sawir ku darto waad goyn kartaa oo aad qarin kartaa wejiyada, magacyada iyo calaamadaha ka hor inta aan la keydin.</translation>
    </message>
    <message>
        <source>Add picture or PDF…</source>
        <translation>Ku dar sawir ama PDF…</translation>
    </message>
    <message>
        <source>Add a picture or PDF</source>
        <translation>Ku dar sawir ama PDF</translation>
    </message>
    <message>
        <source>Pictures are made smaller and their hidden details (GPS, camera, time) removed</source>
        <translation>Sawirrada waa la yareeyaa, faahfaahintooda qarsoonna (GPS, kamarad, waqti) waa laga saaraa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ka saar</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Ka saar faylka la doortay</translation>
    </message>
    <message>
        <source>Crop or blur…</source>
        <translation>Goo ama qari…</translation>
    </message>
    <message>
        <source>Crop or blur the selected picture</source>
        <translation>Goo ama qari sawirka la doortay</translation>
    </message>
    <message>
        <source>Hide faces, names and labels before the picture is sent</source>
        <translation>Qari wejiyada, magacyada iyo calaamadaha ka hor inta aan sawirka la dirin</translation>
    </message>
    <message>
        <source>Max picture size</source>
        <translation>Cabbirka ugu badan ee sawirka</translation>
    </message>
    <message>
        <source>Applies to pictures you add from now on. Smaller pictures send faster.</source>
        <translation>Waxay khuseysaa sawirrada aad hadda kadib ku darto. Sawirrada yaryar si dhakhso ah ayay u baxaan.</translation>
    </message>
    <message>
        <source>Upload size</source>
        <translation>Cabbirka la dirayo</translation>
    </message>
    <message>
        <source>Form message</source>
        <translation>Fariinta foomka</translation>
    </message>
    <message>
        <source>Held on this computer</source>
        <translation>Waxay ku xayiran tahay kombiyuutarkan</translation>
    </message>
    <message>
        <source>Check what was found…</source>
        <translation>Hubi waxa la helay…</translation>
    </message>
    <message>
        <source>Check what may identify the patient</source>
        <translation>Hubi waxa aqoonsan kara bukaanka</translation>
    </message>
    <message>
        <source>Edit the highlighted text, or confirm that none of it identifies anyone</source>
        <translation>Wax ka beddel qoraalka la iftiimiyay, ama xaqiiji in waxba oo ka mid ahi aanay qofna aqoonsanayn</translation>
    </message>
    <message>
        <source>Send to the tutors</source>
        <translation>U dir macallimiinta</translation>
    </message>
    <message>
        <source>Send the case to the tutors</source>
        <translation>U dir kiiska macallimiinta</translation>
    </message>
    <message>
        <source>Checked for names and numbers first; sent at the next sync</source>
        <translation>Marka hore waxaa laga baarayaa magacyo iyo lambarro; waxaa la dirayaa isku-waafajinta xigta</translation>
    </message>
    <message>
        <source>Send the changes to the tutors</source>
        <translation>U dir isbeddellada macallimiinta</translation>
    </message>
    <message>
        <source>Improve your case</source>
        <translation>Hagaaji kiiskaaga</translation>
    </message>
    <message>
        <source>Chosen when the case was started</source>
        <translation>Waxaa la doortay markii kiiska la bilaabay</translation>
    </message>
    <message>
        <source>General / not sure</source>
        <translation>Guud / ma hubo</translation>
    </message>
    <message>
        <source>The tutor asked you to improve this case: {notes}</source>
        <translation>Macallinku wuxuu codsaday in kiiskan la hagaajiyo: {notes}</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>Waxaa lagu keydiyay kombiyuutarkan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Held on this computer.&lt;/b&gt; This case may identify the patient ({kinds}). It will not sync, not even to your other devices, until you edit that text or confirm that none of it identifies anyone.</source>
        <translation>&lt;b&gt;Waxay ku xayiran tahay kombiyuutarkan.&lt;/b&gt; Kiiskani wuxuu aqoonsan karaa bukaanka ({kinds}). Lama isku-waafajin doono, xitaa qalabkaaga kale, ilaa aad wax ka beddesho qoraalkaas ama xaqiijiso in waxba oo ka mid ahi aanay qofna aqoonsanayn.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>None of this identifies anyone: let it sync</source>
        <translation>Waxba kuwan ka mid ahi qofna ma aqoonsanayaan: ha la isku-waafajiyo</translation>
    </message>
    <message>
        <source>Not saved yet…</source>
        <translation>Weli lama keydin…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Waa la keydinayaa…</translation>
    </message>
    <message>
        <source>Saved on this computer at {time}</source>
        <translation>Waxaa lagu keydiyay kombiyuutarkan saacadda {time}</translation>
    </message>
    <message>
        <source>Not saved: see the message</source>
        <translation>Lama keydin: eeg fariinta</translation>
    </message>
    <message>
        <source>Add pictures or PDFs to the case</source>
        <translation>Ku dar sawirro ama PDF kiiska</translation>
    </message>
    <message>
        <source>Choose pictures or PDFs</source>
        <translation>Dooro sawirro ama PDF</translation>
    </message>
    <message>
        <source>Pictures and PDFs (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff *.pdf)</source>
        <translation>Sawirro iyo PDF (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <source>Preparing the pictures…</source>
        <translation>Sawirrada waa la diyaarinayaa…</translation>
    </message>
    <message>
        <source>This picture has been sent (or started to send), so it can no longer be cropped or blurred. Remove it and add an edited copy if needed.</source>
        <translation>Sawirkan waa la diray (ama diristiisa waa la bilaabay), markaa lama goyn karo lamana qarin karo. Ka saar oo ku dar nuqul la beddelay haddii loo baahdo.</translation>
    </message>
    <message>
        <source>Give the case a title first.</source>
        <translation>Marka hore kiiska cinwaan sii.</translation>
    </message>
    <message>
        <source>Describe the case before sending it: at least the presenting complaint or your question.</source>
        <translation>Sharax kiiska ka hor intaadan dirin: ugu yaraan cabashada bukaanka ama su&apos;aashaada.</translation>
    </message>
    <message>
        <source>Edit the highlighted text, then press “Send to the tutors” again.</source>
        <translation>Wax ka beddel qoraalka la iftiimiyay, kadib mar kale riix &quot;U dir macallimiinta&quot;.</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Title</source>
        <translation>Cinwaanka</translation>
    </message>
    <message>
        <source>Presenting complaint</source>
        <translation>Cabashada bukaanka</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Taariikhda bukaanka</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Baaritaanka jirka</translation>
    </message>
    <message>
        <source>Investigations</source>
        <translation>Baaritaannada shaybaarka</translation>
    </message>
    <message>
        <source>Your question for the tutors</source>
        <translation>Su&apos;aashaada macallimiinta</translation>
    </message>
    <message>
        <source>A short summary, e.g. “Young man breathless after a motorbike crash”</source>
        <translation>Soo koobid gaaban, tusaale: &quot;Nin dhallinyaro ah oo neef qabatay kadib shil mooto&quot;</translation>
    </message>
    <message>
        <source>Age, sex and what brought the patient in. No names or numbers that identify them.</source>
        <translation>Da&apos;da, jinsiga iyo waxa bukaanka keenay. Ha qorin magacyo ama lambarro aqoonsan kara.</translation>
    </message>
    <message>
        <source>History of the complaint, past history, medicines, allergies, social history.</source>
        <translation>Taariikhda cabashada, xanuunnadii hore, daawooyinka, xasaasiyadda, xaaladda bulshada.</translation>
    </message>
    <message>
        <source>What you found: observations (pulse, BP, breathing rate, saturation), then each system.</source>
        <translation>Waxa aad heshay: calaamadaha muhiimka ah (garaaca wadnaha, BP, neefsashada, saturation), kadib nidaam kasta.</translation>
    </message>
    <message>
        <source>Tests done and results, and tests you could not get.</source>
        <translation>Baaritaannada la sameeyay iyo natiijooyinkooda, iyo kuwa aadan heli karin.</translation>
    </message>
    <message>
        <source>What would you like the tutors to help you with?</source>
        <translation>Maxaad jeclaan lahayd in macallimiintu kaa caawiyaan?</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>magac</translation>
    </message>
    <message>
        <source>a town or village</source>
        <translation>magaalo ama tuulo</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>lambar taleefan</translation>
    </message>
    <message>
        <source>a date of birth</source>
        <translation>taariikhda dhalashada</translation>
    </message>
    <message>
        <source>a record number</source>
        <translation>lambarka diiwaanka</translation>
    </message>
    <message>
        <source>an ID number</source>
        <translation>lambarka aqoonsiga</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>Not filled in</source>
        <translation>Lama buuxin</translation>
    </message>
    <message>
        <source>started {when}</source>
        <translation>la bilaabay {when}</translation>
    </message>
    <message>
        <source>Pictures and files</source>
        <translation>Sawirro iyo faylal</translation>
    </message>
    <message>
        <source> (not downloaded yet: arrives with the next sync)</source>
        <translation> (weli lama soo dejin: wuxuu la imanayaa isku-waafajinta xigta)</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Dib-u-eegis waa la sameeyay</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Wax ka beddel ayaa la codsaday</translation>
    </message>
    <message>
        <source> — waiting to send</source>
        <translation> — sugaya in la diro</translation>
    </message>
    <message>
        <source>Review by {who}</source>
        <translation>Dib-u-eegista {who}</translation>
    </message>
    <message>
        <source>{decision} · score {score} of 5 · {when}{pending}</source>
        <translation>{decision} · dhibcaha {score} ka mid ah 5 · {when}{pending}</translation>
    </message>
    <message>
        <source>a tutor</source>
        <translation>macallin</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Waxa si fiican u socday</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Walaacyada</translation>
    </message>
    <message>
        <source>Suggested next steps</source>
        <translation>Tallaabooyinka xiga ee la soo jeediyay</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases and discussions</source>
        <translation>Kiisaska iyo doodaha</translation>
    </message>
    <message>
        <source>+  New case</source>
        <translation>+  Kiis cusub</translation>
    </message>
    <message>
        <source>Start a new case</source>
        <translation>Bilow kiis cusub</translation>
    </message>
    <message>
        <source>Write up a patient for the tutors; it saves as you type</source>
        <translation>U qor bukaan macallimiinta; waa la keydiyaa inta aad qorayso</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Kiisaskayga</translation>
    </message>
    <message>
        <source>Case rows</source>
        <translation>Safafka kiisaska</translation>
    </message>
    <message>
        <source>My cases columns</source>
        <translation>Tiirarka kiisaskayga</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Tirtir qabyada…</translation>
    </message>
    <message>
        <source>Delete the selected draft</source>
        <translation>Tirtir qabyada la doortay</translation>
    </message>
    <message>
        <source>Only drafts can be deleted; it asks first</source>
        <translation>Qabyooyinka oo keliya ayaa la tirtiri karaa; marka hore waa la weydiinayaa</translation>
    </message>
    <message>
        <source>You have no cases yet. Press “New case” to write up a patient you would like a tutor&apos;s advice on. It works without a connection and is sent at the next sync.</source>
        <translation>Weli kiis ma lihid. Riix &quot;Kiis cusub&quot; si aad u qorto bukaan aad jeclaan lahayd talada macallin. Wuxuu shaqeeyaa xiriir la&apos;aan waxaana la dirayaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Weli kiis ma jiro</translation>
    </message>
    <message>
        <source>Open a case to read the tutor&apos;s review and to discuss it. Everything you write is saved on this computer first and sent at the next sync.</source>
        <translation>Fur kiis si aad u akhrido dib-u-eegista macallinka oo aad uga doodo. Wax kasta oo aad qorto marka hore waxaa lagu keydiyaa kombiyuutarkan, kadibna waxaa la dirayaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <source>Course discussions</source>
        <translation>Doodaha koorsooyinka</translation>
    </message>
    <message>
        <source>No course discussions on this computer yet.</source>
        <translation>Weli dood koorso ah kuma jirto kombiyuutarkan.</translation>
    </message>
    <message>
        <source>Back to cases and discussions</source>
        <translation>Dib ugu noqo kiisaska iyo doodaha</translation>
    </message>
    <message>
        <source>Which partnership is the case for?</source>
        <translation>Kiisku waa iskaashigee?</translation>
    </message>
    <message>
        <source>For the {partnership}</source>
        <translation>Iskaashiga {partnership}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) you made here also changed somewhere else. Nothing is lost: choose which version to keep.</source>
        <translation>
            <numerusform>%n isbeddel oo aad halkan ku samaysay ayaa meel kale sidoo kale isbeddelay. Waxba ma lumin: dooro nuqulka aad haynayso.</numerusform>
            <numerusform>%n isbeddel oo aad halkan ku samaysay ayaa meel kale sidoo kale isbeddelay. Waxba ma lumin: dooro nuqulka aad haynayso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Go&apos;aami…</translation>
    </message>
    <message>
        <source>You are not in a partnership yet, so a case has nowhere to go. Ask your coordinator to add you.</source>
        <translation>Weli iskaashi kuma jirtid, markaa kiisku meel uu aado ma leh. Ka codso isku-duwahaaga inuu ku daro.</translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation>Falalka kiiska</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Fur</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Your case</source>
        <translation>Kiiskaaga</translation>
    </message>
    <message>
        <source>Your case “{title}”</source>
        <translation>Kiiskaaga &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Qoraalkaaga</translation>
    </message>
    <message>
        <source>Your note “{title}”</source>
        <translation>Qoraalkaaga &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>Your review</source>
        <translation>Dib-u-eegistaada</translation>
    </message>
    <message>
        <source>Your review “{title}”</source>
        <translation>Dib-u-eegistaada &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Qoraalkaaga doodda</translation>
    </message>
    <message>
        <source>Your post “{title}”</source>
        <translation>Qoraalkaaga doodda &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>Your discussion</source>
        <translation>Doodaada</translation>
    </message>
    <message>
        <source>Your discussion “{title}”</source>
        <translation>Doodaada &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>Your bookmark</source>
        <translation>Calaamaddaada</translation>
    </message>
    <message>
        <source>Your bookmark “{title}”</source>
        <translation>Calaamaddaada &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>Your reading progress</source>
        <translation>Horumarkaaga akhriska</translation>
    </message>
    <message>
        <source>Your reading progress “{title}”</source>
        <translation>Horumarkaaga akhriska &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>Specialism</source>
        <translation>Takhasuska</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Xaaladda</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Qoraal</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Qoraalka</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Meelaha xooggan</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Walaacyada</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Tallaabooyinka xiga</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Dhibcaha</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Go&apos;aanka</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Calaamadda</translation>
    </message>
    <message>
        <source>Changes that need your decision</source>
        <translation>Isbeddello u baahan go&apos;aankaaga</translation>
    </message>
    <message>
        <source>Decide which version to keep</source>
        <translation>Go&apos;aami nuqulka la hayo</translation>
    </message>
    <message>
        <source>Which change this is</source>
        <translation>Isbeddelkee kani yahay</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Maxaa dhacay</translation>
    </message>
    <message>
        <source>Both versions, field by field</source>
        <translation>Labada nuqul, goob-goob</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Hay kayga</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Hay nuqulkayga</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation>Hay kan server-ka</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version</source>
        <translation>Hay nuqulka server-ka</translation>
    </message>
    <message>
        <source>Merge by hand</source>
        <translation>Gacanta ku isku dar</translation>
    </message>
    <message>
        <source>Merge the two versions by hand</source>
        <translation>Labada nuqul gacanta ku isku dar</translation>
    </message>
    <message>
        <source>Save the merged version</source>
        <translation>Keydi nuqulka la isku daray</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Go&apos;aami goor dambe</translation>
    </message>
    <message>
        <source>Close and decide later; nothing is lost</source>
        <translation>Xidh oo goor dambe go&apos;aami; waxba ma lumayaan</translation>
    </message>
    <message>
        <source>Nothing to decide</source>
        <translation>Wax go&apos;aan u baahan ma jiro</translation>
    </message>
    <message>
        <source>All your changes agree with the server.</source>
        <translation>Dhammaan isbeddelladaadu waxay la jaan-qaadaan server-ka.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Xidh</translation>
    </message>
    <message>
        <source>{what} was also changed somewhere else</source>
        <translation>{what} meel kale ayaa sidoo kale lagu beddelay</translation>
    </message>
    <message>
        <source>  (1 of {count})</source>
        <translation>  (1 ka mid ah {count})</translation>
    </message>
    <message>
        <source>It was deleted on the server after you changed it here. Keep yours to send it again, or let it go.</source>
        <translation>Server-ka ayaa laga tirtiray kadib markii aad halkan wax ka beddeshay. Hay kaaga si aad mar kale u dirto, ama iska daa.</translation>
    </message>
    <message>
        <source>You changed it on this computer while it was changed on another computer or by someone else. Both versions are below; nothing is lost until you choose.</source>
        <translation>Waxaad ku beddeshay kombiyuutarkan iyadoo lagu beddelay kombiyuutar kale ama qof kale. Labada nuqul waa hoos; waxba ma lumayaan ilaa aad doorato.</translation>
    </message>
    <message>
        <source>Your version (this computer)</source>
        <translation>Nuqulkaaga (kombiyuutarkan)</translation>
    </message>
    <message>
        <source>The server&apos;s version</source>
        <translation>Nuqulka server-ka</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged (edit this)&lt;/b&gt;</source>
        <translation>&lt;b&gt;La isku daray (wax ka beddel kan)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>way ka duwan yihiin</translation>
    </message>
    <message>
        <source>{field}, your version</source>
        <translation>{field}, nuqulkaaga</translation>
    </message>
    <message>
        <source>{field}, the server&apos;s version</source>
        <translation>{field}, nuqulka server-ka</translation>
    </message>
    <message>
        <source>{field}, merged version</source>
        <translation>{field}, nuqulka la isku daray</translation>
    </message>
    <message>
        <source>Let it go</source>
        <translation>Iska daa</translation>
    </message>
</context>
<context>
    <name>DataSettingsDialog</name>
    <message>
        <source>Data settings</source>
        <translation>Dejinta xogta</translation>
    </message>
    <message>
        <source>Sync automatically when the server can be reached</source>
        <translation>Si toos ah isku waafaji marka server-ka la gaari karo</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>Si toos ah isku waafaji</translation>
    </message>
    <message>
        <source> min</source>
        <translation> daqiiqo</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Isku waafaji kasta</translation>
    </message>
    <message>
        <source>Daily data limit</source>
        <translation>Xadka xogta maalinlaha ah</translation>
    </message>
    <message>
        <source>Monthly data limit</source>
        <translation>Xadka xogta bishii</translation>
    </message>
    <message>
        <source>Ask before files over</source>
        <translation>Weydii ka hor faylasha ka weyn</translation>
    </message>
    <message>
        <source>Download images and files on metered connections</source>
        <translation>Soo dejiso sawirrada iyo faylasha xiriirada lacagta lagu bixiyo</translation>
    </message>
    <message>
        <source>Files on metered connections</source>
        <translation>Faylasha xiriirada lacagta lagu bixiyo</translation>
    </message>
    <message>
        <source>Treat every connection as metered (satellite, paid modem)</source>
        <translation>U tixgeli xiriir kasta mid lacag lagu bixiyo (dayax-gacmeed, modem lacag ah)</translation>
    </message>
    <message>
        <source>Always metered</source>
        <translation>Had iyo jeer lacag lagu bixiyo</translation>
    </message>
    <message>
        <source>Daily limit (0 = none)</source>
        <translation>Xadka maalinlaha (0 = ma jiro)</translation>
    </message>
    <message>
        <source>Monthly limit (0 = none)</source>
        <translation>Xadka bishii (0 = ma jiro)</translation>
    </message>
    <message>
        <source>Ask before files over (0 = never)</source>
        <translation>Weydii ka hor faylasha ka weyn (0 = marnaba)</translation>
    </message>
    <message>
        <source>Lock the screen after minutes unused</source>
        <translation>Quful shaashadda kadib daqiiqado aan la isticmaalin</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Marnaba</translation>
    </message>
    <message>
        <source>On a shared computer, the screen locks after this long without use; the password opens it again.</source>
        <translation>Kombiyuutar la wadaago, shaashaddu way xidhmaysaa muddadan kadib haddii aan la isticmaalin; furaha sirta ah ayaa mar kale furaya.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared computer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kombiyuutar la wadaago&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Shared computer</source>
        <translation>Kombiyuutar la wadaago</translation>
    </message>
    <message>
        <source>Lock the screen after (0 = never)</source>
        <translation>Quful shaashadda kadib (0 = marnaba)</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>Keydi ama jooji</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Keydi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
</context>
<context>
    <name>DraftActions</name>
    <message>
        <source>Delete “{title}” with its pictures and notes? This cannot be undone.</source>
        <translation>Ma tirtiraa &quot;{title}&quot; iyo sawirradeeda iyo qoraalladeeda? Dib looma celin karo.</translation>
    </message>
    <message>
        <source>Delete this untitled draft with its pictures and notes? This cannot be undone.</source>
        <translation>Ma tirtiraa qabyadan aan cinwaanka lahayn iyo sawirradeeda iyo qoraalladeeda? Dib looma celin karo.</translation>
    </message>
    <message>
        <source>Delete the draft?</source>
        <translation>Ma tirtiraa qabyada?</translation>
    </message>
    <message>
        <source>If it was already synced to your account, it is deleted there too at the next sync. Tutors never saw it: drafts are only yours.</source>
        <translation>Haddii horay loogu isku-waafajiyay akoonkaaga, halkaas ayaa sidoo kale laga tirtirayaa isku-waafajinta xigta. Macallimiintu ma arkin: qabyooyinku adiga keliya ayay kuu gaar yihiin.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Tirtir qabyada</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Hay</translation>
    </message>
</context>
<context>
    <name>FileNote</name>
    <message>
        <source>Open folder</source>
        <translation>Fur galka</translation>
    </message>
    <message>
        <source>Open the folder of the {what}</source>
        <translation>Fur galka: {what}</translation>
    </message>
</context>
<context>
    <name>FullResolution</name>
    <message>
        <source>Downloading the full-resolution picture ({size})…</source>
        <translation>Sawirka tayadiisa buuxda waa la soo dejinayaa ({size})…</translation>
    </message>
    <message>
        <source>The full-resolution picture is {size}, more than the {limit} you allowed without asking: it waits for your go-ahead on the Sync page.</source>
        <translation>Sawirka tayadiisa buuxda waa {size}, in ka badan {limit} oo aad oggolaatay adigoo aan lagu weydiin: wuxuu sugayaa oggolaanshahaaga bogga isku-waafajinta.</translation>
    </message>
    <message>
        <source>The full-resolution picture downloads at the next sync.</source>
        <translation>Sawirka tayadiisa buuxda waxaa la soo dejinayaa isku-waafajinta xigta.</translation>
    </message>
</context>
<context>
    <name>IdentifierCheckDialog</name>
    <message>
        <source>Send anyway: none of this identifies anyone</source>
        <translation>Dir si kasta: waxba kuwan ka mid ahi qofna ma aqoonsanayaan</translation>
    </message>
    <message>
        <source>Check for details that identify the patient</source>
        <translation>Hubi faahfaahinta aqoonsan karta bukaanka</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>Hubi ka hor dirista</translation>
    </message>
    <message>
        <source>&lt;b&gt;This case may identify the patient.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kiiskani wuxuu aqoonsan karaa bukaanka.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This case may identify the patient</source>
        <translation>Kiiskani wuxuu aqoonsan karaa bukaanka</translation>
    </message>
    <message numerus="yes">
        <source>TutorClient found %n thing(s) that could identify someone. Tutors in another country will read this case: remove names, phone numbers, dates of birth and record numbers unless the patient agreed to share them.</source>
        <translation>
            <numerusform>TutorClient wuxuu helay %n shay oo qof aqoonsan kara. Macallimiin dal kale jooga ayaa akhrinaya kiiskan: ka saar magacyada, lambarrada taleefanka, taariikhaha dhalashada iyo lambarrada diiwaanka haddii aanu bukaanku oggolaan in la wadaago.</numerusform>
            <numerusform>TutorClient wuxuu helay %n shay oo qof aqoonsan kara. Macallimiin dal kale jooga ayaa akhrinaya kiiskan: ka saar magacyada, lambarrada taleefanka, taariikhaha dhalashada iyo lambarrada diiwaanka haddii aanu bukaanku oggolaan in la wadaago.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Waxa la helay</translation>
    </message>
    <message>
        <source>Edit the case</source>
        <translation>Wax ka beddel kiiska</translation>
    </message>
    <message>
        <source>Go back and edit the case</source>
        <translation>Dib u noqo oo wax ka beddel kiiska</translation>
    </message>
</context>
<context>
    <name>ImageEditorDialog</name>
    <message>
        <source>&amp;Crop</source>
        <translation>&amp;Goo</translation>
    </message>
    <message>
        <source>&amp;Blur box</source>
        <translation>&amp;Sanduuq qarin</translation>
    </message>
    <message>
        <source>Blur b&amp;rush</source>
        <translation>&amp;Burush qarin</translation>
    </message>
    <message>
        <source>Hide faces and names in the picture</source>
        <translation>Qari wejiyada iyo magacyada sawirka ku jira</translation>
    </message>
    <message>
        <source>Crop and blur the picture</source>
        <translation>Goo oo qari sawirka</translation>
    </message>
    <message>
        <source>Blur every face, name, tattoo and label a tutor does not need, or crop them out. Only the edited picture is kept and sent; the original stays where it was and is never copied into TutorClient.</source>
        <translation>Qari weji kasta, magac, sawir-jidh (tattoo) iyo calaamad aan macallinku u baahnayn, ama ka goo. Sawirka la beddelay oo keliya ayaa la hayaa oo la diraa; kii asalka ahaa meeshiisa ayuu joogayaa mana lagu koobiyeeyo TutorClient.</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation>Cabbirka burushka</translation>
    </message>
    <message>
        <source>Brush &amp;size</source>
        <translation>Cabbirka &amp;burushka</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ka noqo</translation>
    </message>
    <message>
        <source>Undo the last step</source>
        <translation>Ka noqo tallaabadii u dambeysay</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Dib u bilow</translation>
    </message>
    <message>
        <source>Undo every step</source>
        <translation>Ka noqo tallaabo kasta</translation>
    </message>
    <message>
        <source>Steps so far</source>
        <translation>Tallaabooyinka ilaa hadda</translation>
    </message>
    <message>
        <source>Keys: C, B and R pick a tool; on the picture the arrow keys move the dashed box, Shift+arrows resize it, Enter applies the tool there.</source>
        <translation>Furayaasha: C, B iyo R waxay doortaan qalab; sawirka dushiisa furayaasha fallaadhaha ayaa dhaqaajiya sanduuqa xariiqda go&apos;an, Shift+fallaadho ayaa cabbirkiisa beddela, Enter ayaa qalabka halkaas ku dabaqa.</translation>
    </message>
    <message>
        <source>Apply and attach</source>
        <translation>Ku dabaq oo ku lifaaq</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <source>Cancel: keep nothing</source>
        <translation>Jooji: waxba ha hayn</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) blurred</source>
        <translation>
            <numerusform>%n meel ayaa la qariyay</numerusform>
            <numerusform>%n meelood ayaa la qariyay</numerusform>
        </translation>
    </message>
    <message>
        <source>cropped to {width} × {height} px</source>
        <translation>waxaa loo gooyay {width} × {height} px</translation>
    </message>
    <message>
        <source>Done so far: {steps}.</source>
        <translation>Waxa la qabtay ilaa hadda: {steps}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing changed yet: drag on the picture to blur or crop.</source>
        <translation>Weli waxba isma beddelin: ku jiid sawirka si aad u qariso ama u gooyso.</translation>
    </message>
</context>
<context>
    <name>LessonBrowser</name>
    <message>
        <source>Picture not downloaded yet: it downloads at the next sync.
Click to download it first.</source>
        <translation>Sawirka weli lama soo dejin: waxaa la soo dejinayaa isku-waafajinta xigta.
Guji si loo soo dejiyo marka hore.</translation>
    </message>
    <message>
        <source>This picture downloads first at the next sync.</source>
        <translation>Sawirkan ayaa marka hore la soo dejinayaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <source>Full resolution</source>
        <translation>Tayada buuxda</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <extracomment>Runs ``work`` somewhere (a lane thread in the reader) and hands its result to ``done`` on the UI thread.</extracomment>
        <translation>Qoraalka casharka</translation>
    </message>
    <message>
        <source>Pictures from the internet are not loaded in lessons.</source>
        <translation>Sawirrada internet-ka laguma soo rarayo casharrada.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Library</source>
        <translation>Maktabadda</translation>
    </message>
    <message>
        <source>My courses</source>
        <translation>Koorsooyinkayga</translation>
    </message>
    <message>
        <source>Course table columns</source>
        <translation>Tiirarka shaxda koorsooyinka</translation>
    </message>
    <message>
        <source>About this course</source>
        <translation>Ku saabsan koorsadan</translation>
    </message>
    <message>
        <source>What is on this computer</source>
        <translation>Waxa kombiyuutarkan ku jira</translation>
    </message>
    <message>
        <source>Open course</source>
        <translation>Fur koorsada</translation>
    </message>
    <message>
        <source>Open the course</source>
        <translation>Fur koorsada</translation>
    </message>
    <message>
        <source>Download for offline use</source>
        <translation>Soo dejiso si xiriir la&apos;aan loo isticmaalo</translation>
    </message>
    <message>
        <source>Download the course for offline use</source>
        <translation>Soo dejiso koorsada si xiriir la&apos;aan loo isticmaalo</translation>
    </message>
    <message>
        <source>Keep the course&apos;s pictures and PDFs on this computer</source>
        <translation>Ku hay sawirrada iyo PDF-yada koorsada kombiyuutarkan</translation>
    </message>
    <message>
        <source>Remove from this computer</source>
        <translation>Ka saar kombiyuutarkan</translation>
    </message>
    <message>
        <source>Remove the course&apos;s files from this computer</source>
        <translation>Ka saar faylasha koorsada kombiyuutarkan</translation>
    </message>
    <message>
        <source>Free disk space; your notes, progress and quiz scores are kept</source>
        <translation>Bannee meesha kaydinta; qoraalladaada, horumarkaaga iyo dhibcaha imtixaannadu waa la hayaa</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Horumarka soo dejinta</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Xaaladda soo dejinta</translation>
    </message>
    <message>
        <source>Library message</source>
        <translation>Fariinta maktabadda</translation>
    </message>
    <message>
        <source>No courses on this computer yet. Press “Sync now” (F5) when you have a connection, or ask your coordinator for a USB bundle.</source>
        <translation>Weli koorso kuma jirto kombiyuutarkan. Riix &quot;Hadda isku waafaji&quot; (F5) marka aad xiriir hesho, ama ka codso isku-duwahaaga xidhmo USB ah.</translation>
    </message>
    <message>
        <source>No courses yet</source>
        <translation>Weli koorso ma jirto</translation>
    </message>
    <message>
        <source>Download a course to read it with its pictures and PDFs when there is no connection. Double-click a course to open it.</source>
        <translation>Soo dejiso koorso si aad ugu akhrido sawirradeeda iyo PDF-yadeeda marka aan xiriir jirin. Laba jeer guji koorso si aad u furto.</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>Dhammaan koorsooyinka</translation>
    </message>
    <message>
        <source>Back to all courses</source>
        <translation>Dib ugu noqo dhammaan koorsooyinka</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Horumarka koorsada</translation>
    </message>
    <message>
        <source>Course outline</source>
        <translation>Qaab-dhismeedka koorsada</translation>
    </message>
    <message>
        <source>Getting ready to download…</source>
        <translation>Soo dejinta waa la diyaarinayaa…</translation>
    </message>
    <message>
        <source>Remove the pictures and PDFs of “{title}” from this computer?</source>
        <translation>Ma ka saartaa sawirrada iyo PDF-yada &quot;{title}&quot; kombiyuutarkan?</translation>
    </message>
    <message>
        <source>Remove the pictures and PDFs of this course from this computer?</source>
        <translation>Ma ka saartaa sawirrada iyo PDF-yada koorsadan kombiyuutarkan?</translation>
    </message>
    <message>
        <source>Remove course files?</source>
        <translation>Ma ka saartaa faylasha koorsada?</translation>
    </message>
    <message>
        <source>The lessons&apos; text stays readable. Your notes, bookmarks, progress and quiz scores are kept. You can download the course again later.</source>
        <translation>Qoraalka casharrada waa la akhrin karaa weli. Qoraalladaada, calaamadahaaga, horumarkaaga iyo dhibcaha imtixaannadu waa la hayaa. Goor dambe ayaad koorsada mar kale soo dejin kartaa.</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Ka saar faylasha</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Hay</translation>
    </message>
    <message>
        <source>Keep the files</source>
        <translation>Hay faylasha</translation>
    </message>
    <message>
        <source>Checking which of its pictures and PDFs are on this computer…</source>
        <translation>Waxaa la hubinayaa sawirrada iyo PDF-yada kombiyuutarkan ku jira…</translation>
    </message>
    <message>
        <source>On this computer: every picture and PDF ({size}). You can read it all without a connection.</source>
        <translation>Kombiyuutarkan: sawir kasta iyo PDF kasta ({size}). Dhammaan waad akhrin kartaa xiriir la&apos;aan.</translation>
    </message>
    <message>
        <source>Downloading: {present} of {total} files are here ({size} of {size_total}). </source>
        <translation>Soo dejinta: {present} ka mid ah {total} fayl ayaa halkan yaal ({size} ka mid ah {size_total}). </translation>
    </message>
    <message>
        <source>The rest are downloading now.</source>
        <translation>Inta kale hadda ayaa la soo dejinayaa.</translation>
    </message>
    <message>
        <source>The rest download at the next sync.</source>
        <translation>Inta kale waxaa la soo dejinayaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <source>Text only: the lessons can be read, but their pictures and PDFs are not kept here ({size} still on disk).</source>
        <translation>Qoraal keliya: casharrada waa la akhrin karaa, laakiin sawirradooda iyo PDF-yadooda halkan laguma hayo ({size} ayaa weli ku jira diskiga).</translation>
    </message>
    <message>
        <source>Text only: the lessons can be read, but their pictures and PDFs are not kept here.</source>
        <translation>Qoraal keliya: casharrada waa la akhrin karaa, laakiin sawirradooda iyo PDF-yadooda halkan laguma hayo.</translation>
    </message>
    <message>
        <source>Continue download</source>
        <translation>Sii wad soo dejinta</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Waa la soo dejiyay</translation>
    </message>
    <message>
        <source>Wait for the sync to finish.</source>
        <translation>Sug inta isku-waafajintu dhammaanayso.</translation>
    </message>
    <message>
        <source>Downloading files: {done} of {total}</source>
        <translation>Faylasha waa la soo dejinayaa: {done} ka mid ah {total}</translation>
    </message>
    <message>
        <source> ({done} of {total})</source>
        <translation> ({done} ka mid ah {total})</translation>
    </message>
    <message>
        <source>Checking for new lessons before downloading…</source>
        <translation>Casharro cusub ayaa la raadinayaa ka hor soo dejinta…</translation>
    </message>
    <message>
        <source>Download stopped: {why} It continues at the next sync.</source>
        <translation>Soo dejintu way joogsatay: {why} Waxay sii socon doontaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <source>the sync did not finish</source>
        <translation>isku-waafajintu ma dhammaan</translation>
    </message>
    <message>
        <source>Freed {size}. The lessons&apos; text, your notes, progress and quiz scores are kept.</source>
        <translation>{size} ayaa la banneeyay. Qoraalka casharrada, qoraalladaada, horumarkaaga iyo dhibcaha imtixaannadu waa la hayaa.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) stayed because another course or your unsent work needs them.</source>
        <translation>
            <numerusform>%n fayl ayaa hadhay sababtoo ah koorso kale ama shaqadaada aan la dirin ayaa u baahan.</numerusform>
            <numerusform>%n fayl ayaa hadhay sababtoo ah koorso kale ama shaqadaada aan la dirin ayaa u baahan.</numerusform>
        </translation>
    </message>
    <message>
        <source>{read} of {total} lessons read</source>
        <translation>{read} ka mid ah {total} cashar ayaa la akhriyay</translation>
    </message>
    <message>
        <source> · quizzes {percent}%</source>
        <translation> · imtixaannada {percent}%</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <source>“{title}” has not been downloaded to this computer yet.

It will download first at the next sync. Press “Sync now” when you have a connection.</source>
        <translation>&quot;{title}&quot; weli laguma soo dejin kombiyuutarkan.

Marka hore ayaa la soo dejinayaa isku-waafajinta xigta. Riix &quot;Hadda isku waafaji&quot; marka aad xiriir hesho.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dukumeenti PDF</translation>
    </message>
    <message>
        <source>Back to the lesson</source>
        <translation>Dib ugu noqo casharka</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Cinwaanka dukumeentiga</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Bogga</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Boggii hore</translation>
    </message>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>Boggii hore (PgUp)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Bogga xiga</translation>
    </message>
    <message>
        <source>Next page (PgDn)</source>
        <translation>Bogga xiga (PgDn)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Lambarka bogga</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>Tirada boggaga</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Yaree</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Yaree (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Weynee</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Weynee (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ku habboonee ballaca</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Bogga ku habboonee ballaca</translation>
    </message>
    <message>
        <source>PDF pages</source>
        <translation>Boggaga PDF</translation>
    </message>
    <message>
        <source>Document message</source>
        <translation>Fariinta dukumeentiga</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Hadda isku waafaji</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dukumeenti</translation>
    </message>
    <message>
        <source>“{title}” could not be opened. It may be damaged; it will be downloaded again at the next sync.</source>
        <translation>&quot;{title}&quot; lama furi karin. Waxaa laga yaabaa inuu xumaaday; mar kale ayaa la soo dejinayaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>ka mid ah {count}</translation>
    </message>
</context>
<context>
    <name>PictureCanvas</name>
    <message>
        <source>Picture: drag to draw, or use the arrow keys and Enter</source>
        <translation>Sawirka: jiid si aad u sawirto, ama isticmaal furayaasha fallaadhaha iyo Enter</translation>
    </message>
</context>
<context>
    <name>PictureEditing</name>
    <message>
        <source>Apply and attach</source>
        <translation>Ku dabaq oo ku lifaaq</translation>
    </message>
    <message>
        <source>Only the edited picture is added. Cancel adds nothing.</source>
        <translation>Sawirka la beddelay oo keliya ayaa lagu darayaa. Joojintu waxba kuma darto.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Ku dabaq</translation>
    </message>
    <message>
        <source>The edited picture replaces this one; the original is wiped from this computer.</source>
        <translation>Sawirka la beddelay ayaa beddelaya kan; kii asalka ahaa waa laga tirtirayaa kombiyuutarkan.</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <source>Full resolution: {title}</source>
        <translation>Tayada buuxda: {title}</translation>
    </message>
    <message>
        <source>{title} ({width} × {height})</source>
        <translation>{title} ({width} × {height})</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Yaree</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Yaree (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Weynee</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Weynee (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ku habboonee</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ku habboonee daaqadda</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Cabbirka dhabta ah</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Weyneynta</translation>
    </message>
</context>
<context>
    <name>PostCard</name>
    <message>
        <source>Picture not downloaded yet: it arrives with the next sync.</source>
        <translation>Sawirka weli lama soo dejin: wuxuu la imanayaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <source>Post by {author}</source>
        <translation>Qoraalka {author}</translation>
    </message>
    <message>
        <source>{author} wrote:</source>
        <translation>{author} ayaa qoray:</translation>
    </message>
    <message>
        <source>Earlier post</source>
        <translation>Qoraal hore</translation>
    </message>
    <message>
        <source>Quoted post</source>
        <translation>Qoraalka la soo xigtay</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Qoraalka</translation>
    </message>
    <message>
        <source>Quote in reply</source>
        <translation>Ku soo xigo jawaabta</translation>
    </message>
    <message>
        <source>Quote the post by {author} in your reply</source>
        <translation>Ku soo xigo qoraalka {author} jawaabtaada</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Qoraaga</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Waqtiga la dhigay</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Cusub</translation>
    </message>
    <message>
        <source>Held on this computer</source>
        <translation>Waxay ku xayiran tahay kombiyuutarkan</translation>
    </message>
    <message>
        <source>Not sent: it may identify the patient.</source>
        <translation>Lama dirin: waxay aqoonsan kartaa bukaanka.</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Sugaya in la diro</translation>
    </message>
    <message>
        <source>Saved on this computer. It is sent at the next sync.</source>
        <translation>Waxaa lagu keydiyay kombiyuutarkan. Waxaa la dirayaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Lama dirin</translation>
    </message>
    <message>
        <source>Picture: {name}</source>
        <translation>Sawir: {name}</translation>
    </message>
    <message>
        <source>Attached file: {name}</source>
        <translation>Fayl lifaaqan: {name}</translation>
    </message>
    <message>
        <source>The server did not accept this post: {reason}
Edit it and press Resend, or copy the text somewhere safe.</source>
        <translation>Server-ku ma aqbalin qoraalkan: {reason}
Wax ka beddel oo riix Mar kale dir, ama qoraalka meel ammaan ah ku koobiyee.</translation>
    </message>
    <message>
        <source>Why this post was not sent</source>
        <translation>Sababta qoraalkan loo dirin</translation>
    </message>
    <message>
        <source>Edit the post that was not sent</source>
        <translation>Wax ka beddel qoraalka aan la dirin</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Wax ka beddel</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Mar kale dir</translation>
    </message>
    <message>
        <source>Send the post again</source>
        <translation>Mar kale dir qoraalka</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Not sent: this reply may identify the patient ({kinds}). Tutors in another country will read it. If none of it identifies anyone, send it anyway; otherwise write a new reply without it.</source>
        <translation>Lama dirin: jawaabtani waxay aqoonsan kartaa bukaanka ({kinds}). Macallimiin dal kale jooga ayaa akhrinaya. Haddii aanay waxba ka mid ahi qofna aqoonsanayn, dir si kasta; haddii kale qor jawaab cusub oo aan kaas lahayn.</translation>
    </message>
    <message>
        <source>Why this reply is held on this computer</source>
        <translation>Sababta jawaabtan ugu xayiran tahay kombiyuutarkan</translation>
    </message>
    <message>
        <source>Send anyway: none of this identifies anyone</source>
        <translation>Dir si kasta: waxba kuwan ka mid ahi qofna ma aqoonsanayaan</translation>
    </message>
    <message>
        <source>Send the reply anyway: none of it identifies anyone</source>
        <translation>Dir jawaabta si kasta: waxba ka mid ahi qofna ma aqoonsanayaan</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Quiz</source>
        <translation>Imtixaan gaaban</translation>
    </message>
    <message>
        <source>Back to the lesson</source>
        <translation>Dib ugu noqo casharka</translation>
    </message>
    <message>
        <source>Quiz title</source>
        <translation>Cinwaanka imtixaanka</translation>
    </message>
    <message>
        <source>Quiz questions</source>
        <translation>Su&apos;aalaha imtixaanka</translation>
    </message>
    <message>
        <source>Check my answers</source>
        <translation>Hubi jawaabahayga</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Isku day mar kale</translation>
    </message>
    <message>
        <source>Try the quiz again</source>
        <translation>Mar kale isku day imtixaanka</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Su&apos;aalaha la ka jawaabay</translation>
    </message>
    <message>
        <source>This quiz is not on this computer yet. It arrives at the next sync.</source>
        <translation>Imtixaankani weli kuma jiro kombiyuutarkan. Wuxuu imanayaa isku-waafajinta xigta.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s). Your answers are checked on this computer, even offline.</source>
        <translation>
            <numerusform>%n su&apos;aal. Jawaabahaaga waxaa lagu hubinayaa kombiyuutarkan, xitaa xiriir la&apos;aan.</numerusform>
            <numerusform>%n su&apos;aalood. Jawaabahaaga waxaa lagu hubinayaa kombiyuutarkan, xitaa xiriir la&apos;aan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your best score so far: {score} of {max}.</source>
        <translation>Dhibcahaaga ugu fiican ilaa hadda: {score} ka mid ah {max}.</translation>
    </message>
    <message>
        <source>Answered {done} of {total}</source>
        <translation>Waxaa la ka jawaabay {done} ka mid ah {total}</translation>
    </message>
    <message>
        <source>Answer every question first.</source>
        <translation>Marka hore ka jawaab su&apos;aal kasta.</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Si fiican!</translation>
    </message>
    <message>
        <source>Read the explanations below, then try again.</source>
        <translation>Akhri sharraxaadda hoose, kadib mar kale isku day.</translation>
    </message>
    <message>
        <source>You scored {score} of {max}. {praise}</source>
        <translation>Waxaad heshay {score} ka mid ah {max}. {praise}</translation>
    </message>
    <message>
        <source>Your attempt is saved on this computer and sent to your tutor at the next sync.</source>
        <translation>Isku daygaaga waxaa lagu keydiyay kombiyuutarkan waxaana loo dirayaa macallinkaaga isku-waafajinta xigta.</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Document</source>
        <translation>Dukumeenti</translation>
    </message>
    <message>
        <source>Lesson reader</source>
        <translation>Akhriyaha casharrada</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Cinwaanka casharka</translation>
    </message>
    <message>
        <source>Where this lesson is in the course</source>
        <translation>Meesha casharkani kaga jiro koorsada</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Qoraal ka yar</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+−)</source>
        <translation>Qoraal ka yar (Ctrl+−)</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Qoraal ka weyn</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>Qoraal ka weyn (Ctrl+=)</translation>
    </message>
    <message>
        <source>Bookmark this place</source>
        <translation>Calaamadee meeshan</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Qoraalkayga</translation>
    </message>
    <message>
        <source>Show my note and bookmarks</source>
        <translation>Tus qoraalkayga iyo calaamadahayga</translation>
    </message>
    <message>
        <source>Pictures not downloaded yet</source>
        <translation>Sawirro aan weli la soo dejin</translation>
    </message>
    <message>
        <source>Download this image first</source>
        <translation>Marka hore soo dejiso sawirkan</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Hadda isku waafaji</translation>
    </message>
    <message>
        <source>Full-resolution picture</source>
        <translation>Sawir tayo buuxda leh</translation>
    </message>
    <message>
        <source>My private note for this lesson</source>
        <translation>Qoraalkayga gaarka ah ee casharkan</translation>
    </message>
    <message>
        <source>Write a private note for this lesson. It is saved as you type.</source>
        <translation>Qor qoraal gaar ah oo casharkan ah. Waa la keydiyaa inta aad qorayso.</translation>
    </message>
    <message>
        <source>Note saving status</source>
        <translation>Xaaladda keydinta qoraalka</translation>
    </message>
    <message>
        <source>Bookmarks in this lesson</source>
        <translation>Calaamadaha casharkan</translation>
    </message>
    <message>
        <source>&lt;b&gt;My private note&lt;/b&gt;</source>
        <translation>&lt;b&gt;Qoraalkayga gaarka ah&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bookmarks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Calaamadaha&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>Casharkii hore</translation>
    </message>
    <message>
        <source>Previous lesson (Alt+Left)</source>
        <translation>Casharkii hore (Alt+Left)</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Casharka xiga</translation>
    </message>
    <message>
        <source>Next lesson (Alt+Right)</source>
        <translation>Casharka xiga (Alt+Right)</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>U calaamadee la akhriyay</translation>
    </message>
    <message>
        <source>Take the quiz</source>
        <translation>Gal imtixaanka</translation>
    </message>
    <message>
        <source>Take the quiz for this lesson</source>
        <translation>Gal imtixaanka casharkan</translation>
    </message>
    <message>
        <source>This lesson is not on this computer yet</source>
        <translation>Casharkani weli kuma jiro kombiyuutarkan</translation>
    </message>
    <message>
        <source>It arrives at the next sync.</source>
        <translation>Wuxuu imanayaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <source>Lesson {number} of {count}</source>
        <translation>Casharka {number} ka mid ah {count}</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>qiyaastii %n daqiiqo</numerusform>
            <numerusform>qiyaastii %n daqiiqo</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation>La akhriyay</translation>
    </message>
    <message>
        <source>Lesson read</source>
        <translation>Casharka waa la akhriyay</translation>
    </message>
    <message>
        <source>Quiz (best {score} of {max})</source>
        <translation>Imtixaanka (ugu fiican {score} ka mid ah {max})</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Calaamad</translation>
    </message>
    <message>
        <source>No bookmarks in this lesson yet.</source>
        <translation>Weli calaamad kuma jirto casharkan.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) in this lesson (is|are) not downloaded yet. (It downloads|They download) at the next sync.</source>
        <translation>
            <numerusform>%n sawir oo casharkan ku jira weli lama soo dejin. Waxaa la soo dejinayaa isku-waafajinta xigta.</numerusform>
            <numerusform>%n sawir oo casharkan ku jira weli lama soo dejin. Waxaa la soo dejinayaa isku-waafajinta xigta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(This picture downloads|These pictures download) first at the next sync.</source>
        <translation>
            <numerusform>Sawirkan ayaa marka hore la soo dejinayaa isku-waafajinta xigta.</numerusform>
            <numerusform>Sawirradan ayaa marka hore la soo dejinayaa isku-waafajinta xigta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Download (this image|these images) first</source>
        <translation>
            <numerusform>Marka hore soo dejiso sawirkan</numerusform>
            <numerusform>Marka hore soo dejiso sawirradan</numerusform>
        </translation>
    </message>
    <message>
        <source>✓  Read</source>
        <translation>✓  La akhriyay</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>Waxaa lagu keydiyay kombiyuutarkan</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Waa la keydinayaa…</translation>
    </message>
</context>
<context>
    <name>ReviewCasePane</name>
    <message>
        <source>Choose a case from the queue</source>
        <translation>Ka dooro kiis safka</translation>
    </message>
    <message>
        <source>Selected case</source>
        <translation>Kiiska la doortay</translation>
    </message>
    <message>
        <source>Who is reviewing this case</source>
        <translation>Cidda dib u eegaysa kiiskan</translation>
    </message>
    <message>
        <source>Claim this case</source>
        <translation>Qabo kiiskan</translation>
    </message>
    <message>
        <source>Claim this case to review it</source>
        <translation>Qabo kiiskan si aad dib ugu eegto</translation>
    </message>
    <message>
        <source>Works offline: the claim is sent at the next sync</source>
        <translation>Wuxuu shaqeeyaa xiriir la&apos;aan: qabashada waxaa la dirayaa isku-waafajinta xigta</translation>
    </message>
    <message>
        <source>Give it back</source>
        <translation>Celi</translation>
    </message>
    <message>
        <source>Give the case back to the queue</source>
        <translation>Kiiska ku celi safka</translation>
    </message>
    <message>
        <source>Claim problem</source>
        <translation>Dhibaato qabashada</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Kiiska</translation>
    </message>
    <message>
        <source>Case, review and discussion</source>
        <translation>Kiiska, dib-u-eegista iyo doodda</translation>
    </message>
    <message>
        <source>Your review</source>
        <translation>Dib-u-eegistaada</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Doodda</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(cinwaan ma leh)</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>1 · Unsafe or seriously incomplete</source>
        <translation>1 · Khatar ama aad u dhiman</translation>
    </message>
    <message>
        <source>2 · Important gaps</source>
        <translation>2 · Dhimmanaan muhiim ah</translation>
    </message>
    <message>
        <source>3 · Adequate</source>
        <translation>3 · Ku filan</translation>
    </message>
    <message>
        <source>4 · Good</source>
        <translation>4 · Fiican</translation>
    </message>
    <message>
        <source>5 · Excellent</source>
        <translation>5 · Heer sare</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Waxa si fiican u socday</translation>
    </message>
    <message>
        <source>Specific things the trainee did right</source>
        <translation>Waxyaabo gaar ah oo tababartuhu si sax ah u sameeyay</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Walaacyada</translation>
    </message>
    <message>
        <source>What was missed or unsafe, and why it matters</source>
        <translation>Waxa la dayacay ama khatarta ahaa, iyo sababta ay muhiim u tahay</translation>
    </message>
    <message>
        <source>Suggested next steps</source>
        <translation>Tallaabooyinka xiga ee la soo jeediyay</translation>
    </message>
    <message>
        <source>Reading, skills to practise, what to do next time</source>
        <translation>Akhris, xirfado lagu tababarto, iyo waxa la sameeyo marka xigta</translation>
    </message>
    <message>
        <source>Your review is saved on this computer and sent at the next sync.</source>
        <translation>Dib-u-eegistaada waxaa lagu keydiyaa kombiyuutarkan waxaana la dirayaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <source>Claim the case first, so no other tutor reviews it at the same time.</source>
        <translation>Marka hore qabo kiiska, si aanu macallin kale isla waqtigaas dib ugu eegin.</translation>
    </message>
    <message>
        <source>Your review was sent to the trainee. It can no longer be changed.</source>
        <translation>Dib-u-eegistaada waxaa loo diray tababartaha. Hadda wax lagama beddeli karo.</translation>
    </message>
    <message>
        <source>Only the tutor who claimed this case can review it.</source>
        <translation>Macallinka qabtay kiiskan oo keliya ayaa dib u eegi kara.</translation>
    </message>
    <message>
        <source>Your review</source>
        <extracomment>What the form allows: write the review, wait for a claim, show a sent review, or nothing.</extracomment>
        <translation>Dib-u-eegistaada</translation>
    </message>
    <message>
        <source>About the review form</source>
        <translation>Ku saabsan foomka dib-u-eegista</translation>
    </message>
    <message>
        <source>Score from 1 to 5</source>
        <translation>Dhibcaha 1 ilaa 5</translation>
    </message>
    <message>
        <source>Choose a score…</source>
        <translation>Dooro dhibcaha…</translation>
    </message>
    <message>
        <source>Reviewed: no changes needed</source>
        <translation>Dib-u-eegis waa la sameeyay: isbeddel looma baahna</translation>
    </message>
    <message>
        <source>Decision: reviewed</source>
        <translation>Go&apos;aanka: dib-u-eegis waa la sameeyay</translation>
    </message>
    <message>
        <source>Ask the trainee to improve the case</source>
        <translation>Ka codso tababartaha inuu hagaajiyo kiiska</translation>
    </message>
    <message>
        <source>Decision: revision requested</source>
        <translation>Go&apos;aanka: wax ka beddel ayaa la codsaday</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dhibcaha&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision&lt;/b&gt;</source>
        <translation>&lt;b&gt;Go&apos;aanka&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Review message</source>
        <translation>Fariinta dib-u-eegista</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Keydi dib-u-eegista</translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation>Keydi dib-u-eegista</translation>
    </message>
    <message>
        <source>Saved on this computer now; sent at the next sync (Ctrl+Enter)</source>
        <translation>Hadda waxaa lagu keydinayaa kombiyuutarkan; waxaa la dirayaa isku-waafajinta xigta (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>some feedback</source>
        <translation>xoogaa jawaab-celin ah</translation>
    </message>
    <message>
        <source>a score</source>
        <translation>dhibco</translation>
    </message>
    <message>
        <source>a decision</source>
        <translation>go&apos;aan</translation>
    </message>
    <message>
        <source>Before saving, add {missing}.</source>
        <translation>Ka hor keydinta, ku dar {missing}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> iyo </translation>
    </message>
    <message>
        <source>Saved on this computer. It is sent to the trainee at the next sync.</source>
        <translation>Waxaa lagu keydiyay kombiyuutarkan. Waxaa loo dirayaa tababartaha isku-waafajinta xigta.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Waiting or in review</source>
        <translation>Sugaya ama dib-u-eegis ku jira</translation>
    </message>
    <message>
        <source>Waiting for a tutor</source>
        <translation>Sugaya macallin</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Dib-u-eegis ku jira</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Wax ka beddel ayaa la codsaday</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Dib-u-eegis waa la sameeyay</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a tutor</source>
        <translation>
            <numerusform>%n sugaya macallin</numerusform>
            <numerusform>%n sugaya macallin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claimed by you</source>
        <translation>
            <numerusform>%n adiga ayaa qabtay</numerusform>
            <numerusform>%n adiga ayaa qabtay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in review by other tutors</source>
        <translation>
            <numerusform>%n dib-u-eegis ugu jira macallimiin kale</numerusform>
            <numerusform>%n dib-u-eegis ugu jira macallimiin kale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with the trainee for changes</source>
        <translation>
            <numerusform>%n u yaal tababartaha si wax looga beddelo</numerusform>
            <numerusform>%n u yaal tababartaha si wax looga beddelo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting outside your specialisms</source>
        <translation>
            <numerusform>%n sugaya oo ka baxsan takhasusyadaada</numerusform>
            <numerusform>%n sugaya oo ka baxsan takhasusyadaada</numerusform>
        </translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Safka dib-u-eegista</translation>
    </message>
    <message>
        <source>How many cases are in the queue</source>
        <translation>Imisa kiis ayaa safka ku jira</translation>
    </message>
    <message>
        <source>Filter by partnership</source>
        <translation>Ku shaandhee iskaashiga</translation>
    </message>
    <message>
        <source>Filter by specialism</source>
        <translation>Ku shaandhee takhasuska</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Ku shaandhee xaaladda</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Iskaashiga</translation>
    </message>
    <message>
        <source>Specialism</source>
        <translation>Takhasuska</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tus</translation>
    </message>
    <message>
        <source>Queue and case</source>
        <translation>Safka iyo kiiska</translation>
    </message>
    <message>
        <source>All my partnerships</source>
        <translation>Dhammaan iskaashiyadayda</translation>
    </message>
    <message>
        <source>All specialisms</source>
        <translation>Dhammaan takhasusyada</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) you made also changed somewhere else. Nothing is lost: choose which version to keep.</source>
        <translation>
            <numerusform>%n isbeddel oo aad samaysay ayaa meel kale sidoo kale isbeddelay. Waxba ma lumin: dooro nuqulka aad haynayso.</numerusform>
            <numerusform>%n isbeddel oo aad samaysay ayaa meel kale sidoo kale isbeddelay. Waxba ma lumin: dooro nuqulka aad haynayso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Go&apos;aami…</translation>
    </message>
    <message>
        <source>“{title}”: </source>
        <translation>&quot;{title}&quot;: </translation>
    </message>
</context>
<context>
    <name>ReviewPanes</name>
    <message>
        <source>The trainee&apos;s question</source>
        <extracomment>The &quot;Claimed by&quot; column&apos;s width, in average characters: &quot;Dr Sarah Bennett&quot; fits.</extracomment>
        <translation>Su&apos;aasha tababartaha</translation>
    </message>
    <message>
        <source>You claimed this case on this computer. The claim is sent at the next sync.</source>
        <translation>Kiiskan waxaad ku qabatay kombiyuutarkan. Qabashada waxaa la dirayaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <source>You are reviewing this case.</source>
        <translation>Adiga ayaa dib u eegaya kiiskan.</translation>
    </message>
    <message>
        <source>You reviewed this case. Your review was sent to the trainee.</source>
        <translation>Kiiskan dib ayaad u eegtay. Dib-u-eegistaada waxaa loo diray tababartaha.</translation>
    </message>
    <message>
        <source>You reviewed this case. Your review is sent at the next sync.</source>
        <translation>Kiiskan dib ayaad u eegtay. Dib-u-eegistaada waxaa la dirayaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <source>Reviewed by {name}.</source>
        <translation>Waxaa dib u eegay {name}.</translation>
    </message>
    <message>
        <source>{name} asked the trainee for changes.</source>
        <translation>{name} wuxuu tababartaha ka codsaday isbeddello.</translation>
    </message>
    <message>
        <source>{name} is reviewing this case.</source>
        <translation>{name} ayaa dib u eegaya kiiskan.</translation>
    </message>
    <message>
        <source>Nobody has claimed this case yet.</source>
        <translation>Weli qofna ma qaban kiiskan.</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePane</name>
    <message>
        <source>Cases waiting for review, longest waiting first</source>
        <translation>Kiisas sugaya dib-u-eegis, kuwa ugu muddada dheer sugayay marka hore</translation>
    </message>
    <message>
        <source>Queue columns</source>
        <translation>Tiirarka safka</translation>
    </message>
    <message>
        <source>No cases match. Cases from your partnerships arrive with each sync.</source>
        <translation>Kiis u dhigma ma jiro. Kiisaska iskaashiyadaadu waxay la yimaadaan isku-waafajin kasta.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search lessons and discussions</source>
        <translation>Ka raadi casharrada iyo doodaha</translation>
    </message>
    <message>
        <source>Search lessons and discussions (Ctrl+F)</source>
        <translation>Ka raadi casharrada iyo doodaha (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Tirtir raadinta</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Lesson</source>
        <translation>Cashar</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Doodda</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(cinwaan ma leh)</translation>
    </message>
    <message>
        <source>waiting to send</source>
        <translation>sugaya in la diro</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Natiijooyinka raadinta</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>Soo koobidda raadinta</translation>
    </message>
    <message>
        <source>Did you mean “{word}”?</source>
        <translation>Ma waxaad ula jeeddaa &quot;{word}&quot;?</translation>
    </message>
    <message>
        <source>Nothing matches “{text}” yet. Keep typing…</source>
        <translation>Weli waxba kuma habboona &quot;{text}&quot;. Sii wad qorista…</translation>
    </message>
    <message>
        <source>Nothing on this computer matches “{text}”. Try another word, or sync to receive new lessons and discussions.</source>
        <translation>Waxba oo kombiyuutarkan ku jira kuma habboona &quot;{text}&quot;. Isku day eray kale, ama isku waafaji si aad u hesho casharro iyo doodo cusub.</translation>
    </message>
    <message numerus="yes">
        <source>The best %n result(s) for “{text}” in the lessons and discussions on this computer.</source>
        <translation>
            <numerusform>%n natiijo ee ugu fiican &quot;{text}&quot; ee casharrada iyo doodaha kombiyuutarkan.</numerusform>
            <numerusform>%n natiijo ee ugu fiican &quot;{text}&quot; ee casharrada iyo doodaha kombiyuutarkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “{text}” in the lessons and discussions on this computer.</source>
        <translation>
            <numerusform>%n natiijo oo &quot;{text}&quot; ah ee casharrada iyo doodaha kombiyuutarkan.</numerusform>
            <numerusform>%n natiijo oo &quot;{text}&quot; ah ee casharrada iyo doodaha kombiyuutarkan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageProgress</name>
    <message>
        <source>Sync stages</source>
        <translation>Heerarka isku-waafajinta</translation>
    </message>
    <message>
        <source>{stage}: progress</source>
        <translation>{stage}: horumarka</translation>
    </message>
    <message>
        <source>{stage}: detail</source>
        <translation>{stage}: faahfaahinta</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Sugaya</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} ka mid ah {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n shay</numerusform>
            <numerusform>%n shay</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Waa la shaqaynayaa…</translation>
    </message>
    <message>
        <source>Done · {detail}</source>
        <translation>Waa la dhammeeyay · {detail}</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Wax la qabto ma jiro</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Lama gaarin</translation>
    </message>
    <message>
        <source>Held back: {attachments} wait</source>
        <translation>Dib loo dhigay: {attachments} ayaa sugaya</translation>
    </message>
    <message>
        <source>{sent} sent · {held}</source>
        <translation>{sent} waa la diray · {held}</translation>
    </message>
    <message>
        <source>Skipped: text only ({count} wait)</source>
        <translation>Waa laga boodday: qoraal keliya ({count} ayaa sugaya)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync cancelled. Everything received so far is kept; the next sync continues where this one stopped.</source>
        <translation>Isku-waafajinta waa la joojiyay. Wax kasta oo ilaa hadda la helay waa la hayaa; isku-waafajinta xigta waxay ka sii wadaysaa meeshii ay tani ku joogsatay.</translation>
    </message>
    <message>
        <source>What to do: check that the clinic&apos;s internet works: is the modem switched on, and does it have airtime or data credit left? Then press Sync now, or wait: TutorClient tries again by itself. Your work is saved on this computer.</source>
        <translation>Maxaa la sameeyaa: hubi in internet-ka rugta caafimaadku shaqaynayo: modem-ku ma shidan yahay, ma haystaa hadal ama xog lacageed oo hadhay? Kadib riix Hadda isku waafaji, ama sug: TutorClient isaga ayaa mar kale isku dayaya. Shaqadaadu waxay ku keydsan tahay kombiyuutarkan.</translation>
    </message>
    <message>
        <source>The connection leads to a Wi-Fi sign-in page, not to the server: open a web browser, sign in to the Wi-Fi there, then press Check now.</source>
        <translation>Xiriirku wuxuu kuu geynayaa bogga lagu galo Wi-Fi-ga, ee ma aha server-ka: fur browser, halkaas ku gal Wi-Fi-ga, kadib riix Hadda hubi.</translation>
    </message>
    <message>
        <source>The server answers but has a problem. TutorClient tries again later; if it lasts more than a day, tell your coordinator.</source>
        <translation>Server-ku wuu jawaabayaa laakiin dhibaato ayuu qabaa. TutorClient goor dambe ayuu mar kale isku dayayaa; haddii ay maalin ka badato, u sheeg isku-duwahaaga.</translation>
    </message>
    <message>
        <source>What to do: sign in again; your session has ended. Your work is kept.</source>
        <translation>Maxaa la sameeyaa: mar kale gal; fadhigaagii wuu dhammaaday. Shaqadaada waa la hayaa.</translation>
    </message>
    <message>
        <source>What to do: the server needs a newer TutorClient. Ask your coordinator for the update file and install it; your work is kept.</source>
        <translation>Maxaa la sameeyaa: server-ku wuxuu u baahan yahay TutorClient ka cusub. Ka codso isku-duwahaaga faylka cusboonaysiinta oo rakib; shaqadaada waa la hayaa.</translation>
    </message>
    <message>
        <source>What to do: free some space on this computer&apos;s disk, then press Sync now.</source>
        <translation>Maxaa la sameeyaa: bannee meel diskiga kombiyuutarkan, kadib riix Hadda isku waafaji.</translation>
    </message>
    <message>
        <source>What to do: nothing now; damaged data is fetched again at the next sync. If this keeps happening, press Export diagnostics and send the file to your coordinator.</source>
        <translation>Maxaa la sameeyaa: hadda waxba; xogta xumaatay mar kale ayaa la keenayaa isku-waafajinta xigta. Haddii ay sii dhacdo, riix Dhoofi cilad-baarista oo faylka u dir isku-duwahaaga.</translation>
    </message>
    <message>
        <source>What to do: press Sync now to continue where it stopped; nothing was lost.</source>
        <translation>Maxaa la sameeyaa: riix Hadda isku waafaji si aad uga sii waddo meeshii ay ku joogsatay; waxba ma lumin.</translation>
    </message>
    <message>
        <source>What to do: the server had a problem. Try again later; if it lasts more than a day, press Export diagnostics and send the file to your coordinator.</source>
        <translation>Maxaa la sameeyaa: server-ka dhibaato ayaa ku dhacday. Goor dambe isku day; haddii ay maalin ka badato, riix Dhoofi cilad-baarista oo faylka u dir isku-duwahaaga.</translation>
    </message>
    <message>
        <source>What to do: press Export diagnostics and send the file to your coordinator. Your work is saved on this computer.</source>
        <translation>Maxaa la sameeyaa: riix Dhoofi cilad-baarista oo faylka u dir isku-duwahaaga. Shaqadaadu waxay ku keydsan tahay kombiyuutarkan.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Safafka</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Tiirarka</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Isku-waafajinta</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>Dhoofi cilad-baarista</translation>
    </message>
    <message>
        <source>Save a file for support: logs, versions, settings and sync history. It contains no passwords or sign-in tokens.</source>
        <translation>Keydi fayl taageerada loogu talagalay: diiwaannada, noocyada, dejinta iyo taariikhda isku-waafajinta. Kuma jiraan furayaal sir ah ama calaamado gelitaan.</translation>
    </message>
    <message>
        <source>Save to…</source>
        <translation>U keydi…</translation>
    </message>
    <message>
        <source>Export diagnostics to a folder</source>
        <translation>U dhoofi cilad-baarista gal</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Isku-waafajintii ugu dambeysay ee guulaysatay</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Sugaya in la diro</translation>
    </message>
    <message>
        <source>Attachments waiting to be sent</source>
        <translation>Lifaaqyo sugaya in la diro</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Isku-waafajinta tooska ah</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Hadda hubi</translation>
    </message>
    <message>
        <source>Check the connection now</source>
        <translation>Hadda hubi xiriirka</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Hadda isku waafaji</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Jooji isku-waafajinta</translation>
    </message>
    <message>
        <source>Text only this time (skip images and files)</source>
        <translation>Qoraal keliya markan (ka bood sawirrada iyo faylasha)</translation>
    </message>
    <message>
        <source>Text only this time</source>
        <translation>Qoraal keliya markan</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Horumarka isku-waafajinta</translation>
    </message>
    <message>
        <source>Last sync result</source>
        <translation>Natiijada isku-waafajintii ugu dambeysay</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Maxaa la sameeyaa</translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation>Xalli isku-dhacyada</translation>
    </message>
    <message>
        <source>Download large files</source>
        <translation>Soo dejiso faylasha waaweyn</translation>
    </message>
    <message>
        <source>Recent syncs</source>
        <translation>Isku-waafajintii dhowaa</translation>
    </message>
    <message>
        <source>Outbox and history</source>
        <translation>Sanduuqa dirista iyo taariikhda</translation>
    </message>
    <message>
        <source>Diagnostics file</source>
        <translation>Faylka cilad-baarista</translation>
    </message>
    <message>
        <source>Data used</source>
        <translation>Xogta la isticmaalay</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data used&lt;/b&gt;</source>
        <translation>&lt;b&gt;Xogta la isticmaalay&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sent ↑</source>
        <translation>La diray ↑</translation>
    </message>
    <message>
        <source>Received ↓</source>
        <translation>La helay ↓</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Maanta</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bishan</translation>
    </message>
    <message>
        <source>{period}: sent</source>
        <translation>{period}: la diray</translation>
    </message>
    <message>
        <source>{period}: received</source>
        <translation>{period}: la helay</translation>
    </message>
    <message>
        <source>Data limits</source>
        <translation>Xadadka xogta</translation>
    </message>
    <message>
        <source>Data settings…</source>
        <translation>Dejinta xogta…</translation>
    </message>
    <message>
        <source>Data settings</source>
        <translation>Dejinta xogta</translation>
    </message>
    <message>
        <source>Automatic sync is not running.</source>
        <translation>Isku-waafajinta tooska ahi ma shaqaynayso.</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached.</source>
        <translation>Khadka ka maqan: server-ka lama gaari karo.</translation>
    </message>
    <message>
        <source>TutorClient checks again at {time}.</source>
        <translation>TutorClient wuxuu mar kale hubinayaa saacadda {time}.</translation>
    </message>
    <message>
        <source>Online.</source>
        <translation>Khadka ku jira.</translation>
    </message>
    <message>
        <source>Next automatic sync at {time}.</source>
        <translation>Isku-waafajinta tooska ah ee xigta saacadda {time}.</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Xiriirka waa la hubinayaa…</translation>
    </message>
    <message>
        <source>Metered connection: images and files are allowed.</source>
        <translation>Xiriir lacag lagu bixiyo: sawirrada iyo faylasha waa la oggol yahay.</translation>
    </message>
    <message>
        <source>Metered connection: text only.</source>
        <translation>Xiriir lacag lagu bixiyo: qoraal keliya.</translation>
    </message>
    <message>
        <source>Data limit reached</source>
        <translation>Xadka xogta waa la gaaray</translation>
    </message>
    <message>
        <source>{reason} Sync anyway? This sync uses more paid data.</source>
        <translation>{reason} Ma isku waafajinaysaa si kasta? Isku-waafajintani waxay isticmaalaysaa xog lacageed oo dheeraad ah.</translation>
    </message>
    <message>
        <source>Sync anyway</source>
        <translation>Isku waafaji si kasta</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Hadda maya</translation>
    </message>
    <message>
        <source>Stopping at a safe point…</source>
        <translation>Waxaa lagu joojinayaa meel ammaan ah…</translation>
    </message>
    <message>
        <source>{what} now? On a paid connection this costs data.</source>
        <translation>{what} hadda? Xiriir lacag lagu bixiyo tani xog bay ku kacaysaa.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Soo dejiso</translation>
    </message>
    <message numerus="yes">
        <source>Send and download %n large file(s) ({size})</source>
        <translation>
            <numerusform>Dir oo soo dejiso %n fayl oo weyn ({size})</numerusform>
            <numerusform>Dir oo soo dejiso %n fayl oo waaweyn ({size})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n large file(s) ({size})</source>
        <translation>
            <numerusform>Dir %n fayl oo weyn ({size})</numerusform>
            <numerusform>Dir %n fayl oo waaweyn ({size})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Download %n large file(s) ({size})</source>
        <translation>
            <numerusform>Soo dejiso %n fayl oo weyn ({size})</numerusform>
            <numerusform>Soo dejiso %n fayl oo waaweyn ({size})</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the diagnostics file…</source>
        <translation>Faylka cilad-baarista waa la keydinayaa…</translation>
    </message>
    <message>
        <source>The diagnostics file could not be saved. {why}</source>
        <translation>Faylka cilad-baarista lama keydin karin. {why}</translation>
    </message>
    <message>
        <source>Diagnostics saved as {path}. Send this file to your coordinator; it contains no passwords.</source>
        <translation>Faylka cilad-baarista waxaa loo keydiyay sida {path}. U dir faylkan isku-duwahaaga; kuma jiraan furayaal sir ah.</translation>
    </message>
    <message>
        <source>Save the diagnostics file in</source>
        <translation>Ku keydi faylka cilad-baarista</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Dooro gal</translation>
    </message>
    <message>
        <source>Last successful sync: {when}</source>
        <translation>Isku-waafajintii ugu dambeysay ee guulaysatay: {when}</translation>
    </message>
    <message>
        <source>All your work has been sent.</source>
        <translation>Dhammaan shaqadaada waa la diray.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent at the next sync.</source>
        <translation>
            <numerusform>%n isbeddel ayaa sugaya in la diro isku-waafajinta xigta.</numerusform>
            <numerusform>%n isbeddel ayaa sugaya in la diro isku-waafajinta xigta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to resolve.</source>
        <translation>
            <numerusform>%n in la xalliyo.</numerusform>
            <numerusform>%n in la xalliyo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n conflict(s)…</source>
        <translation>
            <numerusform>Xalli %n isku-dhac…</numerusform>
            <numerusform>Xalli %n isku-dhac…</numerusform>
        </translation>
    </message>
    <message>
        <source>This sync</source>
        <translation>Isku-waafajintan</translation>
    </message>
    <message numerus="yes">
        <source>Sync finished: sent {sent}, received {received}, %n file(s) downloaded.</source>
        <translation>
            <numerusform>Isku-waafajintu way dhammaatay: la diray {sent}, la helay {received}, %n fayl ayaa la soo dejiyay.</numerusform>
            <numerusform>Isku-waafajintu way dhammaatay: la diray {sent}, la helay {received}, %n fayl ayaa la soo dejiyay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) wait for a sync with images.</source>
        <translation>
            <numerusform>%n fayl ayaa sugaya isku-waafajin sawirro leh.</numerusform>
            <numerusform>%n fayl ayaa sugaya isku-waafajin sawirro leh.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Waa la joojiyay</translation>
    </message>
    <message>
        <source>Stopped here</source>
        <translation>Halkan ayay ku joogsatay</translation>
    </message>
    <message>
        <source>{size} a day</source>
        <translation>{size} maalintii</translation>
    </message>
    <message>
        <source>{size} a month</source>
        <translation>{size} bishii</translation>
    </message>
    <message>
        <source> and </source>
        <translation> iyo </translation>
    </message>
    <message>
        <source>no data limit</source>
        <translation>xad xog ma jiro</translation>
    </message>
    <message>
        <source>Limits: {limits}.</source>
        <translation>Xadadka: {limits}.</translation>
    </message>
    <message>
        <source>Files over {size} wait for your go-ahead.</source>
        <translation>Faylasha ka weyn {size} waxay sugayaan oggolaanshahaaga.</translation>
    </message>
    <message>
        <source>Automatic sync is off.</source>
        <translation>Isku-waafajinta tooska ahi way dansan tahay.</translation>
    </message>
    <message>
        <source>Waiting to be sent ({count}, {size})</source>
        <translation>Sugaya in la diro ({count}, {size})</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Isku-waafajintii u dambeysay</translation>
    </message>
    <message>
        <source>{attachments} waiting to be sent.</source>
        <translation>{attachments} ayaa sugaya in la diro.</translation>
    </message>
</context>
<context>
    <name>SyncStages</name>
    <message>
        <source>Sending your files</source>
        <translation>Diridda faylashaada</translation>
    </message>
    <message>
        <source>Sending your work and receiving updates</source>
        <translation>Diridda shaqadaada iyo helitaanka cusboonaysiinta</translation>
    </message>
    <message>
        <source>Receiving updates</source>
        <translation>Helitaanka cusboonaysiinta</translation>
    </message>
    <message>
        <source>Downloading images and files</source>
        <translation>Soo dejinta sawirrada iyo faylasha</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Dhammaystirka</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Shaqo socota</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Waa la bilaabayaa…</translation>
    </message>
    <message>
        <source>: {done} of {total}</source>
        <translation>: {done} ka mid ah {total}</translation>
    </message>
    <message>
        <source>: {done} received</source>
        <translation>: {done} ayaa la helay</translation>
    </message>
    <message>
        <source> ({done} of {total})</source>
        <translation> ({done} ka mid ah {total})</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) ({size})</source>
        <translation>
            <numerusform>%n lifaaq ({size})</numerusform>
            <numerusform>%n lifaaq ({size})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>Discussion</source>
        <translation>Doodda</translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation>Dib ugu noqo natiijooyinka</translation>
    </message>
    <message>
        <source>Read-only for now: replying arrives with the discussions update.</source>
        <translation>Akhris keliya hadda: ka jawaabiddu waxay la imanaysaa cusboonaysiinta doodaha.</translation>
    </message>
    <message>
        <source>About this view</source>
        <translation>Ku saabsan aragtidan</translation>
    </message>
    <message>
        <source>Discussion text</source>
        <translation>Qoraalka doodda</translation>
    </message>
    <message>
        <source>Discussion title</source>
        <translation>Cinwaanka doodda</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>Weli qoraal ma jiro. Hoos ku qor kan ugu horreeya.</translation>
    </message>
    <message>
        <source>No posts yet</source>
        <translation>Weli qoraal ma jiro</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Qoraallada</translation>
    </message>
    <message>
        <source>The post you are quoting</source>
        <translation>Qoraalka aad soo xiganayso</translation>
    </message>
    <message>
        <source>Do not quote</source>
        <translation>Ha soo xigan</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Jawaabtaada</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Qor jawaab…</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Dir jawaabta</translation>
    </message>
    <message>
        <source>Works without a connection: your reply is saved now and sent at the next sync.</source>
        <translation>Wuxuu shaqeeyaa xiriir la&apos;aan: jawaabtaada hadda ayaa la keydinayaa waxaana la dirayaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <source>About sending replies</source>
        <translation>Ku saabsan dirista jawaabaha</translation>
    </message>
    <message>
        <source>Quoting {author}: {excerpt}</source>
        <translation>Waxaa laga soo xigtay {author}: {excerpt}</translation>
    </message>
</context>
<context>
    <name>_BundleDialog</name>
    <message>
        <source>What the bundle holds</source>
        <translation>Waxa xidhmadu xambaarsan tahay</translation>
    </message>
    <message>
        <source>{title}: progress</source>
        <translation>{title}: horumarka</translation>
    </message>
    <message>
        <source>{title}: status</source>
        <translation>{title}: xaaladda</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Faylka xidhmada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Xidh</translation>
    </message>
</context>
<context>
    <name>_Question</name>
    <message>
        <source>Question {number}</source>
        <translation>Su&apos;aasha {number}</translation>
    </message>
    <message>
        <source>Question {number}, answer {answer}: {text}</source>
        <translation>Su&apos;aasha {number}, jawaabta {answer}: {text}</translation>
    </message>
    <message>
        <source>Feedback on question {number}</source>
        <translation>Jawaab-celinta su&apos;aasha {number}</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Waa sax.</translation>
    </message>
    <message>
        <source>Not quite. The right answer: {answer}.</source>
        <translation>Maaha gebi ahaanteed. Jawaabta saxda ah: {answer}.</translation>
    </message>
    <message>
        <source>right answer</source>
        <translation>jawaabta saxda ah</translation>
    </message>
</context>
</TS>
