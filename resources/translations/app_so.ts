<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
<context>
    <name>App</name>
    <message>
        <location filename="../../tutorclient/ui/app.py" line="269"/>
        <source>Enter your password once more: from now on it protects your profile on this shared computer, also without a connection.</source>
        <translation>Fadlan mar kale geli furaha sirta ah: hadda wixii ka dambeeya wuxuu ilaalinayaa akoonkaaga ku jira kombiyuutarkan la wadaago, xitaa adigoo aan xiriir lahayn.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/app.py" line="289"/>
        <source>TutorClient — locked</source>
        <translation>TutorClient — waa quful</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/app.py" line="368"/>
        <source>About this profile</source>
        <translation>Ku saabsan akoonkan</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/app.py" line="485"/>
        <source>You are signed out. Your work stays on this computer.</source>
        <translation>Waad ka baxday. Shaqadaadu way ku jirtaa kombiyuutarkan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/app.py" line="487"/>
        <source>%n change(s) will be sent when you sign in again.</source>
        <translation>
            <numerusform>%n isbeddel ayaa la diri doonaa marka aad mar kale gasho.</numerusform>
            <numerusform>%n isbeddel ayaa la diri doonaa marka aad mar kale gasho.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <location filename="../../tutorclient/ui/autosync.py" line="336"/>
        <source>Automatic sync waits until you sign in again.</source>
        <translation>Isku-waafajinta tooska ah waxay sugaysaa ilaa aad mar kale gasho.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/autosync.py" line="338"/>
        <source>Automatic sync is off until TutorClient is updated.</source>
        <translation>Isku-waafajinta tooska ah way xiran tahay ilaa TutorClient la cusboonaysiiyo.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../tutorclient/ui/errors.py" line="157"/>
        <source>TutorClient had a problem</source>
        <translation>TutorClient wuxuu la kulmay cillad</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/errors.py" line="159"/>
        <source>You can save a diagnostics file and send it to your coordinator. It contains no passwords.</source>
        <translation>Waxaad keydin kartaa faylka cilad-baarista oo u diri kartaa isku-duwahaaga. Kuma jiraan furayaal sir ah.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/errors.py" line="162"/>
        <source>Save diagnostics file…</source>
        <translation>Keydi faylka cilad-baarista…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/errors.py" line="163"/>
        <source>Save diagnostics file</source>
        <translation>Keydi faylka cilad-baarista</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/errors.py" line="165"/>
        <source>Close</source>
        <translation>Xidh</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/errors.py" line="191"/>
        <source>The diagnostics file was saved as:</source>
        <translation>Faylka cilad-baarista waxaa lagu keydiyay magacan:</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/errors.py" line="194"/>
        <source>Diagnostics file saved</source>
        <translation>Faylka cilad-baarista waa la keydiyay</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="162"/>
        <source>Sign in with the new user&apos;s own account. It gets a profile of its own; the others&apos; work stays out of sight.</source>
        <translation>Ku gal akoonka isticmaalaha cusub. Wuxuu helayaa akoon u gaar ah; shaqada kuwa kale lama arki karo.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="199"/>
        <source>You already had a profile on this computer: it is open.</source>
        <translation>Horey ayaad akoon ugu lahayd kombiyuutarkan: waa furan yahay.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="285"/>
        <source>Starting TutorClient</source>
        <translation>TutorClient waa la bilaabayaa</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="286"/>
        <source>TutorClient demo</source>
        <translation>Tijaabada TutorClient</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="288"/>
        <source>Starting the demo server on this computer…</source>
        <translation>Server-ka tijaabada ayaa lagu bilaabayaa kombiyuutarkan…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="289"/>
        <source>What is happening</source>
        <translation>Waxa dhacaya</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="292"/>
        <source>Starting</source>
        <translation>Bilaabid</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="302"/>
        <source>Demo profile</source>
        <translation>Akoon tijaabo ah</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="302"/>
        <source>Demo profile (sign-in kept in a file)</source>
        <translation>Akoon tijaabo ah (galitaanka waxaa lagu hayaa fayl)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="307"/>
        <source>The demo&apos;s temporary profile, removed when the demo ends.</source>
        <translation>Akoonka ku-meel-gaarka ah ee tijaabada, waa la tirtirayaa marka tijaabadu dhammaato.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="351"/>
        <source>Signing in as Amina, the demo trainee…</source>
        <translation>Waxaa loo galayaa sida Amina, tababarataha tijaabada…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="51"/>
        <source>Use the password you signed in with on this computer. TutorClient checks it here, without a connection.</source>
        <translation>Isticmaal furaha sirta ah ee aad kombiyuutarkan ku gashay. TutorClient halkan ayuu ku hubiyaa, xiriir la&apos;aan.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="53"/>
        <source>That password is not right. Try again.</source>
        <translation>Furahaas sirta ahi sax ma aha. Isku day mar kale.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="54"/>
        <source>Checking…</source>
        <translation>Waa la hubinayaa…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="55"/>
        <source>This is the demo. Its accounts and passwords are public; any of them works with Switch user:</source>
        <translation>Tani waa tijaabo. Akoonnadeeda iyo furayaasheeda sirta ahi waa furan yihiin; mid kasta wuxuu la shaqeeyaa Beddel isticmaalaha:</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="73"/>
        <source>trainee</source>
        <translation>tababarte</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="74"/>
        <source>tutor</source>
        <translation>macallin</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="75"/>
        <source>coordinator</source>
        <translation>isku-duwe</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="76"/>
        <source>admin</source>
        <translation>maamule</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="149"/>
        <location filename="../../tutorclient/ui/lock_screen.py" line="162"/>
        <source>TutorClient is locked</source>
        <translation>TutorClient waa quful</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="160"/>
        <location filename="../../tutorclient/ui/lock_screen.py" line="182"/>
        <source>Unlock</source>
        <translation>Fur</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="168"/>
        <source>Locked profile</source>
        <translation>Akoonka qufulan</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="172"/>
        <source>About unlocking</source>
        <translation>Ku saabsan furista</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="177"/>
        <location filename="../../tutorclient/ui/lock_screen.py" line="178"/>
        <location filename="../../tutorclient/ui/lock_screen.py" line="238"/>
        <source>Password</source>
        <translation>Furaha sirta ah</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="179"/>
        <source>Unlock message</source>
        <translation>Fariinta furista</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="184"/>
        <source>Switch user</source>
        <translation>Beddel isticmaalaha</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="202"/>
        <source>Demo accounts</source>
        <translation>Akoonnada tijaabada</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="204"/>
        <source>About the demo accounts</source>
        <translation>Ku saabsan akoonnada tijaabada</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="238"/>
        <source>Who</source>
        <translation>Qofka</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="238"/>
        <source>Username</source>
        <translation>Magaca isticmaalaha</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="276"/>
        <source>Type your password.</source>
        <translation>Qor furahaaga sirta ah.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/lock_screen.py" line="303"/>
        <source>%n more try(s) before you have to wait.</source>
        <translation>
            <numerusform>Hal isku day oo kale ayaa kuu haray ka hor intaadan sugin.</numerusform>
            <numerusform>%n isku day oo kale ayaa kuu haray ka hor intaadan sugin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="328"/>
        <source>That password is not right.</source>
        <translation>Furahaas sirta ahi sax ma aha.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/lock_screen.py" line="330"/>
        <source>Too many wrong tries: wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Isku dayo khaldan oo badan: sug hal ilbiriqsi, kadibna isku day mar kale.</numerusform>
            <numerusform>Isku dayo khaldan oo badan: sug %n ilbiriqsi, kadibna isku day mar kale.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="39"/>
        <source>Sign in with the account your coordinator gave you. You need a connection this once: afterwards TutorClient opens without one.</source>
        <translation>Ku gal akoonka uu isku-duwahaagu ku siiyay. Xiriir ayaad u baahan tahay hal mar oo keliya: kadib TutorClient wuu furmaa xiriir la&apos;aan.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="42"/>
        <source>This computer has no secure password store, so TutorClient cannot keep you signed in the usual safe way.

It can keep your sign-in in a private file in your profile instead. Anyone who can use your account on this computer could read that file.</source>
        <translation>Kombiyuutarkan ma laha kayd ammaan ah oo furayaasha sirta ah, sidaa darteed TutorClient kuma hayn karo galitaankaaga sida caadiga ah ee ammaanka ah.

Taa beddelkeed wuxuu galitaankaaga ku hayn karaa fayl gaar ah oo ku jira akoonkaaga. Qof kasta oo isticmaali kara akoonkaaga kombiyuutarkan wuu akhrin karaa faylkaas.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="49"/>
        <source>Keep me signed in using a private file on this computer</source>
        <translation>Igu hay galitaanka adigoo isticmaalaya fayl gaar ah oo kombiyuutarkan ku jira</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="50"/>
        <source>Don&apos;t keep me signed in (cancel)</source>
        <translation>Ha igu hayn galitaanka (jooji)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="51"/>
        <source>You are not signed in. Nothing was stored on this computer.</source>
        <translation>Ma aadan gelin. Waxba laguma keydin kombiyuutarkan.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="52"/>
        <source>Enter the server address, your username and your password.</source>
        <translation>Geli cinwaanka server-ka, magaca isticmaalaha iyo furaha sirta ah.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="66"/>
        <location filename="../../tutorclient/ui/login.py" line="94"/>
        <location filename="../../tutorclient/ui/login.py" line="167"/>
        <source>Sign in</source>
        <translation>Gal</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="67"/>
        <location filename="../../tutorclient/ui/login.py" line="74"/>
        <location filename="../../tutorclient/ui/login.py" line="75"/>
        <source>Sign in to TutorClient</source>
        <translation>Gal TutorClient</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="81"/>
        <source>About signing in</source>
        <translation>Ku saabsan galitaanka</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="83"/>
        <location filename="../../tutorclient/ui/login.py" line="105"/>
        <source>Server address</source>
        <translation>Cinwaanka server-ka</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="84"/>
        <location filename="../../tutorclient/ui/login.py" line="106"/>
        <source>Username</source>
        <translation>Magaca isticmaalaha</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="86"/>
        <location filename="../../tutorclient/ui/login.py" line="107"/>
        <source>Password</source>
        <translation>Furaha sirta ah</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="87"/>
        <source>Sign-in message</source>
        <translation>Fariinta galitaanka</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="91"/>
        <source>Signing in</source>
        <translation>Galitaan</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="96"/>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="167"/>
        <source>Signing in…</source>
        <translation>Waa la galayaa…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="228"/>
        <location filename="../../tutorclient/ui/login.py" line="230"/>
        <source>Keep you signed in?</source>
        <translation>Ma kugu haynaa galitaanka?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="36"/>
        <source>Library</source>
        <translation>Maktabadda</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="37"/>
        <source>Spaced review</source>
        <translation>Dib-u-eegis kala-fogaysan</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="38"/>
        <source>Cases and discussions</source>
        <translation>Kiisaska iyo doodaha</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="39"/>
        <source>Review queue</source>
        <translation>Safka dib-u-eegista</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="40"/>
        <source>Figures</source>
        <translation>Tirooyinka</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="41"/>
        <source>My contributions</source>
        <translation>Wax-ku-biirintayda</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="42"/>
        <source>Sync</source>
        <translation>Isku-waafajin</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="85"/>
        <source>never</source>
        <translation>weligeed</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="100"/>
        <source>TutorClient — %1</source>
        <translation>TutorClient — %1</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="105"/>
        <source>Sections</source>
        <translation>Qaybaha</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="195"/>
        <source>Connection</source>
        <translation>Xiriirka</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="197"/>
        <source>Sync progress</source>
        <translation>Horumarka isku-waafajinta</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="200"/>
        <source>Changes waiting to be sent</source>
        <translation>Isbeddellada sugaya in la diro</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="202"/>
        <source>Last successful sync</source>
        <translation>Isku-waafajintii ugu dambeysay ee guulaysatay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="212"/>
        <source>Syncing…</source>
        <translation>Waa la isku waafajinayaa…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="216"/>
        <source>Syncing: %1</source>
        <translation>Isku-waafajin: %1</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="228"/>
        <source>● Online</source>
        <translation>● Khadka ku jira</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="228"/>
        <source>○ Offline — your work is saved</source>
        <translation>○ Khadka ka maqan — shaqadaada waa la keydiyay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="229"/>
        <source>○ Not connected yet — your work is saved</source>
        <translation>○ Weli lama xiriirin — shaqadaada waa la keydiyay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="234"/>
        <source>All changes sent</source>
        <translation>Dhammaan isbeddellada waa la diray</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/main_window.py" line="235"/>
        <source>%n change(s) waiting to send</source>
        <translation>
            <numerusform>%n isbeddel ayaa sugaya in la diro</numerusform>
            <numerusform>%n isbeddel ayaa sugaya in la diro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/main_window.py" line="238"/>
        <source>%n to resolve</source>
        <translation>
            <numerusform>%n in la xalliyo</numerusform>
            <numerusform>%n in la xalliyo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="240"/>
        <source>Last sync: %1</source>
        <translation>Isku-waafajintii ugu dambeysay: %1</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="244"/>
        <source>Sync now</source>
        <translation>Hadda isku waafaji</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../tutorclient/ui/menus.py" line="43"/>
        <source>&amp;TutorClient</source>
        <translation>&amp;TutorClient</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/menus.py" line="49"/>
        <source>Lock now</source>
        <translation>Hadda quful</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/menus.py" line="53"/>
        <source>Switch user…</source>
        <translation>Beddel isticmaalaha…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/menus.py" line="55"/>
        <source>Log out</source>
        <translation>Ka bax</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/menus.py" line="56"/>
        <source>Quit</source>
        <translation>Xidh barnaamijka</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/menus.py" line="58"/>
        <source>&amp;View</source>
        <translation>&amp;Muuqaal</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/menus.py" line="60"/>
        <source>Search</source>
        <translation>Raadi</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/menus.py" line="64"/>
        <source>Larger text</source>
        <translation>Qoraal ka weyn</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/menus.py" line="65"/>
        <source>Smaller text</source>
        <translation>Qoraal ka yar</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/menus.py" line="66"/>
        <source>Normal text size</source>
        <translation>Cabbirka qoraalka caadiga ah</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/menus.py" line="79"/>
        <source>Language</source>
        <translation>Luqadda</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="37"/>
        <source>Something unexpected went wrong. Your work on this computer is saved.</source>
        <translation>Cillad aan la filayn ayaa dhacday. Shaqadaada kombiyuutarkan ku jirta waa la keydiyay.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="39"/>
        <source>TutorClient is busy saving other work. Please try again in a moment.</source>
        <translation>TutorClient wuxuu ku mashquulsan yahay keydinta shaqo kale. Fadlan isku day mar kale wax yar kadib.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="44"/>
        <source>The data on this computer could not be read. Save a diagnostics file and send it to your coordinator.</source>
        <translation>Xogta kombiyuutarkan lama akhrin karin. Keydi faylka cilad-baarista oo u dir isku-duwahaaga.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="50"/>
        <source>You are offline. Your reply is saved and will be sent at the next sync.</source>
        <translation>Khadka ayaad ka maqan tahay. Jawaabtaada waa la keydiyay, waxaana la diri doonaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="52"/>
        <source>You are offline. Your post is saved and will be sent at the next sync.</source>
        <translation>Khadka ayaad ka maqan tahay. Qoraalkaaga waa la keydiyay, waxaana la diri doonaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="54"/>
        <source>You are offline. Your case is saved and will be sent at the next sync.</source>
        <translation>Khadka ayaad ka maqan tahay. Kiiskaaga waa la keydiyay, waxaana la diri doonaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="56"/>
        <source>You are offline. Your review is saved and will be sent at the next sync.</source>
        <translation>Khadka ayaad ka maqan tahay. Dib-u-eegistaada waa la keydiyay, waxaana la diri doonaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="58"/>
        <source>You are offline. Your note is saved and will be sent at the next sync.</source>
        <translation>Khadka ayaad ka maqan tahay. Qoraal-gaabkaaga waa la keydiyay, waxaana la diri doonaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="60"/>
        <source>You are offline. Your bookmark is saved and will be sent at the next sync.</source>
        <translation>Khadka ayaad ka maqan tahay. Calaamaddaada waa la keydiyay, waxaana la diri doonaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="62"/>
        <source>You are offline. Your progress is saved and will be sent at the next sync.</source>
        <translation>Khadka ayaad ka maqan tahay. Horumarkaaga waa la keydiyay, waxaana la diri doonaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="64"/>
        <source>You are offline. Your quiz answers are saved and will be sent at the next sync.</source>
        <translation>Khadka ayaad ka maqan tahay. Jawaabaha imtixaankaaga gaaban waa la keydiyay, waxaana la diri doonaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="68"/>
        <source>No connection to the server. Nothing was lost: TutorClient will try again at the next sync.</source>
        <translation>Xiriir lalama lahan server-ka. Waxba ma lumin: TutorClient wuxuu mar kale isku dayi doonaa isku-waafajinta xigta.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="181"/>
        <source>TutorClient</source>
        <translation>TutorClient</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="182"/>
        <source>Problem</source>
        <translation>Dhibaato</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="41"/>
        <location filename="../../tutorclient/ui/models/outbox.py" line="18"/>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="25"/>
        <source>Case</source>
        <translation>Kiis</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="41"/>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="26"/>
        <source>Status</source>
        <translation>Xaaladda</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="41"/>
        <source>Last change</source>
        <translation>Isbeddelkii ugu dambeeyay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="59"/>
        <location filename="../../tutorclient/ui/models/outbox.py" line="36"/>
        <source>Held on this computer</source>
        <extracomment>A case the identifier check holds on this computer (``tutorclient.cases.HELD_LABEL``).
----------
An entry the identifier check keeps on this computer (tutorclient.privacy).</extracomment>
        <translation>Waxaa lagu hayaa kombiyuutarkan</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="60"/>
        <source>Not sent, not even to your other devices: it may identify the patient. Open it to check.</source>
        <translation>Lama dirin, xitaa qalabkaaga kale: waxay aqoonsan kartaa bukaanka. Fur si aad u hubiso.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="63"/>
        <source>Draft</source>
        <translation>Qabyo</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="63"/>
        <location filename="../../tutorclient/ui/models/posts.py" line="41"/>
        <source>Waiting to send</source>
        <translation>Sugaya in la diro</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="63"/>
        <source>Waiting for a tutor</source>
        <translation>Sugaya macallin</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="64"/>
        <source>Being reviewed</source>
        <translation>Dib-u-eegis ku jira</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="64"/>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="31"/>
        <source>Reviewed</source>
        <translation>Dib ayaa loo eegay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="64"/>
        <source>Changes requested</source>
        <translation>Wax ka beddel ayaa la codsaday</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="136"/>
        <source>(no title yet)</source>
        <translation>(weli cinwaan ma leh)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/cases.py" line="168"/>
        <source>%n new reply(s)</source>
        <translation>
            <numerusform>%n jawaab cusub</numerusform>
            <numerusform>%n jawaabood oo cusub</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="221"/>
        <source>(was %1)</source>
        <translation>(wuxuu ahaa %1)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="274"/>
        <source>Picture</source>
        <translation>Sawir</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="274"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="22"/>
        <source>Course</source>
        <translation>Koorso</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="23"/>
        <source>On this computer</source>
        <translation>Kombiyuutarkan</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="24"/>
        <source>Size on disk</source>
        <translation>Cabbirka kaydinta</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="25"/>
        <source>Lessons read</source>
        <translation>Casharrada la akhriyay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="26"/>
        <source>Quiz scores</source>
        <translation>Dhibcaha imtixaanka</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="44"/>
        <source>Checking files…</source>
        <translation>Faylasha waa la hubinayaa…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="51"/>
        <source>Downloaded</source>
        <translation>Waa la soo dejiyay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="51"/>
        <source>Downloaded (text only)</source>
        <translation>Waa la soo dejiyay (qoraalka oo keliya)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="53"/>
        <source>Downloading: %1 of %2 files</source>
        <translation>Soo dejin: %1 ka mid ah %2 fayl</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="55"/>
        <source>Text only (files not downloaded)</source>
        <translation>Qoraalka oo keliya (faylasha lama soo dejin)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="63"/>
        <location filename="../../tutorclient/ui/models/courses.py" line="68"/>
        <source>%1 of %2</source>
        <translation>%1 ka mid ah %2</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="74"/>
        <source>No quizzes</source>
        <translation>Imtixaan gaaban ma jiro</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="76"/>
        <source>None taken yet (%1)</source>
        <translation>Midna weli lama galin (%1)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="77"/>
        <source>%1% · %2 of %3 taken</source>
        <translation>%1% · %2 ka mid ah %3 ayaa la galay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="17"/>
        <source>Reply or post</source>
        <translation>Jawaab ama qoraal</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="19"/>
        <source>Discussion</source>
        <translation>Dood</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="20"/>
        <source>Case review</source>
        <translation>Dib-u-eegista kiiska</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="21"/>
        <source>Lesson progress</source>
        <translation>Horumarka casharka</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="22"/>
        <source>Quiz answers</source>
        <translation>Jawaabaha imtixaanka gaaban</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="23"/>
        <source>Note</source>
        <translation>Qoraal-gaab</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="24"/>
        <source>Bookmark</source>
        <translation>Calaamad</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="25"/>
        <source>Attached file</source>
        <translation>Fayl lifaaq ah</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="26"/>
        <source>Reflection</source>
        <translation>Milicsi</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="27"/>
        <source>Thanks to a tutor</source>
        <translation>Mahadnaq macallin</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="29"/>
        <source> (removed)</source>
        <translation> (waa la tirtiray)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="31"/>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="24"/>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="30"/>
        <source>Waiting</source>
        <extracomment>Short words for tutors; the trainee-facing labels (&quot;Sent, waiting for a tutor&quot;) are too long here.</extracomment>
        <translation>Sugaya</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="32"/>
        <source>Needs your decision</source>
        <translation>Go&apos;aankaaga ayuu u baahan yahay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="33"/>
        <source>Not accepted</source>
        <translation>Lama aqbalin</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="37"/>
        <source>It may identify a patient, so it is not sent. Open the case to edit it, or confirm that none of it identifies anyone.</source>
        <translation>Wuxuu aqoonsan karaa bukaan, sidaa darteed lama dirin. Fur kiiska si aad wax uga beddesho, ama xaqiiji in waxba oo ka mid ahi aanay qof aqoonsanayn.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="53"/>
        <source>just now</source>
        <translation>hadda</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/outbox.py" line="55"/>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="51"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n daqiiqo</numerusform>
            <numerusform>%n daqiiqo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/outbox.py" line="57"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n saac</numerusform>
            <numerusform>%n saacadood</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/outbox.py" line="58"/>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="54"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n maalin</numerusform>
            <numerusform>%n maalmood</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="65"/>
        <source>What</source>
        <translation>Maxaa</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="65"/>
        <source>Size</source>
        <translation>Cabbirka</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="65"/>
        <source>Waiting for</source>
        <translation>Muddada sugitaanka</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="65"/>
        <source>State</source>
        <translation>Xaaladda</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/outbox.py" line="91"/>
        <source>(tried %n×)</source>
        <translation>
            <numerusform>(hal mar ayaa la isku dayay)</numerusform>
            <numerusform>(%n jeer ayaa la isku dayay)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outline.py" line="72"/>
        <source>Module: %1</source>
        <translation>Cutub: %1</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outline.py" line="73"/>
        <source>%1, read</source>
        <translation>%1, waa la akhriyay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outline.py" line="74"/>
        <source>%1, not read yet</source>
        <translation>%1, weli lama akhrin</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outline.py" line="76"/>
        <source>Read</source>
        <translation>Waa la akhriyay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outline.py" line="76"/>
        <source>Not read yet</source>
        <translation>Weli lama akhrin</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/outline.py" line="78"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>qiyaastii hal daqiiqo</numerusform>
            <numerusform>qiyaastii %n daqiiqo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outline.py" line="81"/>
        <source>best quiz score %1 of %2</source>
        <translation>dhibcaha ugu fiican ee imtixaanka %1 ka mid ah %2</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="41"/>
        <source>Not sent</source>
        <translation>Lama dirin</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="49"/>
        <source>The server did not accept it.</source>
        <translation>Server-ku ma aqbalin.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="62"/>
        <source>written %1 on the author&apos;s device</source>
        <extracomment>An author&apos;s clock this far from the server&apos;s is worth a word beside the post.</extracomment>
        <translation>waxaa la qoray %1 qalabka qoraaga</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="114"/>
        <source>Someone</source>
        <extracomment>Kinds of identifier (``phone``, ``name``, ...) that hold this unsent post on the device.</extracomment>
        <translation>Qof</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="140"/>
        <source>(an earlier post that is not on this computer)</source>
        <translation>(qoraal hore oo aan kombiyuutarkan ku jirin)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="161"/>
        <source>New</source>
        <translation>Cusub</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="195"/>
        <source>(untitled discussion)</source>
        <translation>(dood aan cinwaan lahayn)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/posts.py" line="220"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n cusub</numerusform>
            <numerusform>%n cusub</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="222"/>
        <source>In “%1”</source>
        <translation>Gudaha “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/posts.py" line="224"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n qoraal</numerusform>
            <numerusform>%n qoraal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="27"/>
        <source>Claimed by</source>
        <translation>Waxaa qaatay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="30"/>
        <source>In review</source>
        <translation>Dib-u-eegis ku jira</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="30"/>
        <source>With the trainee</source>
        <translation>Tababartaha ayay la joogtaa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/review_queue.py" line="53"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n saac</numerusform>
            <numerusform>%n saacadood</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="74"/>
        <source>General</source>
        <translation>Guud</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="76"/>
        <source>from %1</source>
        <translation>ka timid %1</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="130"/>
        <source>You</source>
        <translation>Adiga</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="132"/>
        <source>Another tutor</source>
        <translation>Macallin kale</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="146"/>
        <source>From %1</source>
        <translation>Ka timid %1</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="22"/>
        <source>Finished</source>
        <translation>Waa dhammaatay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="23"/>
        <source>Finished: some items need a look</source>
        <translation>Waa dhammaatay: waxyaabo qaar ayaa u baahan in la eego</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="24"/>
        <source>Did not finish</source>
        <translation>Ma dhammaan</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="25"/>
        <source>Cancelled</source>
        <translation>Waa la joojiyay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="26"/>
        <source>In progress</source>
        <translation>Socota</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/sync_history.py" line="35"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n bayt</numerusform>
            <numerusform>%n bayt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/sync_history.py" line="51"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n il.</numerusform>
            <numerusform>%n il.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="53"/>
        <source>%1 min %2 s</source>
        <translation>%1 daq %2 il.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="55"/>
        <source>%1 h %2 min</source>
        <translation>%1 saac %2 daq</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="68"/>
        <source>When</source>
        <translation>Goorma</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="68"/>
        <source>Took</source>
        <translation>Muddada</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="68"/>
        <source>Result</source>
        <translation>Natiijada</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="68"/>
        <source>Sent</source>
        <translation>La diray</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="68"/>
        <source>Received</source>
        <translation>La helay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="68"/>
        <source>Data ↑ / ↓</source>
        <translation>Xogta ↑ / ↓</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="96"/>
        <source>Stopped before finishing</source>
        <translation>Way istaagtay ka hor intaanay dhammaan</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="99"/>
        <source> (USB)</source>
        <translation> (USB)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/sync_history.py" line="117"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fayl</numerusform>
            <numerusform>%n fayl</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../tutorclient/ui/navigation.py" line="68"/>
        <source>Search</source>
        <translation>Raadi</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/navigation.py" line="69"/>
        <source>Toolbar</source>
        <translation>Barta qalabka</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/navigation.py" line="83"/>
        <source>Sync now</source>
        <translation>Hadda isku waafaji</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../tutorclient/ui/notice_banner.py" line="41"/>
        <source>Notice</source>
        <translation>Ogeysiis</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/notice_banner.py" line="43"/>
        <source>Notice text</source>
        <translation>Qoraalka ogeysiiska</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/notice_banner.py" line="46"/>
        <location filename="../../tutorclient/ui/notice_banner.py" line="115"/>
        <source>Notice action</source>
        <translation>Ficilka ogeysiiska</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/notice_banner.py" line="50"/>
        <source>Dismiss notice</source>
        <translation>Iska xir ogeysiiska</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/notice_banner.py" line="51"/>
        <source>Dismiss</source>
        <translation>Iska xir</translation>
    </message>
</context>
<context>
    <name>RemoveUser</name>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="55"/>
        <location filename="../../tutorclient/ui/remove_user.py" line="56"/>
        <source>Remove a user from this computer</source>
        <translation>Ka saar isticmaale kombiyuutarkan</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="60"/>
        <source>%1, username %2,</source>
        <translation>%1, magaca isticmaalaha %2,</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="62"/>
        <source>Remove %1 from this computer? Their cases, notes and downloaded files on this computer are deleted and they are signed out. What they sent stays on the server: they can sign in again later.</source>
        <translation>Ma ka saaraysaa %1 kombiyuutarkan? Kiisaskiisa, qoraal-gaabyadiisa iyo faylasha uu soo dejiyay ee kombiyuutarkan waa la tirtirayaa, waana laga saarayaa. Wixii uu diray server-ka ayay ku jiraan: mar dambe wuu soo geli karaa.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="65"/>
        <source>What removing does</source>
        <translation>Waxa ka saaristu qabato</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="66"/>
        <source>Checking for work not sent yet…</source>
        <translation>Waxaa la raadinayaa shaqo aan weli la dirin…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="67"/>
        <source>Work not sent yet</source>
        <translation>Shaqo aan weli la dirin</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="69"/>
        <source>Type %1 to confirm</source>
        <translation>Qor %1 si aad u xaqiijiso</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="72"/>
        <source>Removal status</source>
        <translation>Xaaladda ka saarista</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="73"/>
        <source>Remove</source>
        <translation>Ka saar</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="74"/>
        <source>Remove %1</source>
        <translation>Ka saar %1</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="79"/>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="85"/>
        <source>Type %1 to confirm:</source>
        <translation>Qor %1 si aad u xaqiijiso:</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="87"/>
        <source>Confirm</source>
        <translation>Xaqiiji</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="109"/>
        <source>Not sent to the server yet; removing deletes it:
</source>
        <translation>Weli looma dirin server-ka; ka saaristu way tirtiraysaa:
</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="111"/>
        <source>
To keep it, open this profile and sync first.</source>
        <translation>
Si aad u hayso, marka hore fur akoonkan oo isku waafaji.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="114"/>
        <source>Everything this user did has reached the server; nothing is lost.</source>
        <translation>Wax kasta oo isticmaalahani sameeyay waxay gaareen server-ka; waxba ma lumayaan.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="123"/>
        <source>What this user has not sent yet could not be read (%1). Removing may lose unsent work.</source>
        <translation>Wixii isticmaalahani aanu weli dirin lama akhrin karin (%1). Ka saaristu waxay lumin kartaa shaqo aan la dirin.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="139"/>
        <source>Signing out and removing…</source>
        <translation>Waa laga saarayaa oo laga bixinayaa…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="145"/>
        <source>%1 was removed from this computer.</source>
        <translation>%1 waa laga saaray kombiyuutarkan.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="147"/>
        <source> Their session on the server is ended.</source>
        <translation> Fadhigiisii server-ka waa la soo afjaray.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="148"/>
        <source> The server is told to end their session at the next connection.</source>
        <translation> Server-ka waxaa loo sheegi doonaa inuu soo afjaro fadhigiisa xiriirka xiga.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="154"/>
        <source>Close</source>
        <translation>Xidh</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="160"/>
        <source>The user could not be removed.</source>
        <translation>Isticmaalaha lama saari karin.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="82"/>
        <source>not signed in yet</source>
        <translation>weli ma uusan gelin</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="83"/>
        <source>%1 · last sync %2</source>
        <translation>%1 · isku-waafajintii ugu dambeysay %2</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="145"/>
        <source>Looking for profiles…</source>
        <translation>Akoonnada waa la raadinayaa…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="181"/>
        <location filename="../../tutorclient/ui/start_screen.py" line="184"/>
        <location filename="../../tutorclient/ui/start_screen.py" line="185"/>
        <source>Who is using TutorClient?</source>
        <translation>Yaa isticmaalaya TutorClient?</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="183"/>
        <source>Profiles</source>
        <translation>Akoonnada</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="186"/>
        <source>Choose your name. You will be asked for your password; the others on this computer cannot see your cases or notes.</source>
        <translation>Dooro magacaaga. Waxaa lagu weydiin doonaa furahaaga sirta ah; dadka kale ee kombiyuutarkan isticmaala ma arki karaan kiisaskaaga ama qoraal-gaabyadaada.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="188"/>
        <source>About profiles</source>
        <translation>Ku saabsan akoonnada</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="189"/>
        <source>Language:</source>
        <translation>Luqadda:</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="190"/>
        <source>Language</source>
        <translation>Luqadda</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="191"/>
        <source>Languages</source>
        <translation>Luqadaha</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="192"/>
        <source>The language of TutorClient on this screen; each user can choose their own in View &gt; Language.</source>
        <translation>Luqadda TutorClient ee shaashaddan; isticmaale kastaa wuxuu dooran karaa tiisa gudaha Muuqaal &gt; Luqadda.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="194"/>
        <source>Profiles on this computer</source>
        <translation>Akoonnada kombiyuutarkan</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="196"/>
        <source>Profiles status</source>
        <translation>Xaaladda akoonnada</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="197"/>
        <source>Open</source>
        <translation>Fur</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="198"/>
        <source>Open the chosen profile</source>
        <translation>Fur akoonka la doortay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="199"/>
        <location filename="../../tutorclient/ui/start_screen.py" line="200"/>
        <source>Add a user</source>
        <translation>Ku dar isticmaale</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="201"/>
        <source>Sign in with another account; it gets its own profile.</source>
        <translation>Ku gal akoon kale; wuxuu helayaa akoon u gaar ah.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="203"/>
        <source>Remove…</source>
        <translation>Ka saar…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="204"/>
        <source>Remove the chosen user from this computer</source>
        <translation>Ka saar isticmaalaha la doortay kombiyuutarkan</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="206"/>
        <source>Delete this user&apos;s profile from this computer and sign them out; what they sent stays on the server.</source>
        <translation>Ka tirtir akoonka isticmaalahan kombiyuutarkan oo ka saar; wixii uu diray server-ka ayay ku jiraan.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="264"/>
        <source>No profiles yet: add a user to begin.</source>
        <translation>Weli akoon ma jiro: ku dar isticmaale si aad u bilowdo.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../tutorclient/ui/i18n.py" line="190"/>
        <source>today %1</source>
        <translation>maanta %1</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="8"/>
        <source>Held on this computer: it may identify the patient. Open it to check.</source>
        <translation>Waxaa lagu hayaa kombiyuutarkan: waxay aqoonsan kartaa bukaanka. Fur si aad u hubiso.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="9"/>
        <source>Draft (only you can see it)</source>
        <translation>Qabyo (adiga keliya ayaa arki kara)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="10"/>
        <source>Waiting to send</source>
        <translation>Sugaya in la diro</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="11"/>
        <source>Sent, waiting for a tutor</source>
        <translation>Waa la diray, waxay sugaysaa macallin</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="12"/>
        <source>A tutor is reviewing it</source>
        <translation>Macallin ayaa dib u eegaya</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="13"/>
        <source>Reviewed</source>
        <translation>Dib ayaa loo eegay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="14"/>
        <source>The tutor asked for changes</source>
        <translation>Macallinku wuxuu codsaday wax ka beddel</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="15"/>
        <source>Sending your files</source>
        <translation>Faylashaada waa la dirayaa</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="16"/>
        <source>Sending your work and receiving updates</source>
        <translation>Shaqadaada waa la dirayaa, cusboonaysiintana waa la helayaa</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="17"/>
        <source>Receiving updates</source>
        <translation>Cusboonaysiin ayaa la helayaa</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="18"/>
        <source>Updating changed files</source>
        <translation>Faylasha isbeddelay ayaa la cusboonaysiinayaa</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="19"/>
        <source>Downloading images and files</source>
        <translation>Sawirrada iyo faylasha waa la soo dejinayaa</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="20"/>
        <source>Finishing</source>
        <translation>Dhammaystir</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="21"/>
        <source>sending files</source>
        <translation>dirista faylasha</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="22"/>
        <source>sending and receiving</source>
        <translation>dirid iyo helid</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="23"/>
        <source>receiving updates</source>
        <translation>helitaanka cusboonaysiinta</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="24"/>
        <source>updating changed files</source>
        <translation>cusboonaysiinta faylasha isbeddelay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="25"/>
        <source>images and files</source>
        <translation>sawirrada iyo faylasha</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="26"/>
        <source>Working</source>
        <translation>Shaqaynaya</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="27"/>
        <source>Your computer&apos;s clock is %n day(s) ahead. Posts are ordered by the server&apos;s time, but please set the clock.</source>
        <translation>
            <numerusform>Saacadda kombiyuutarkaagu waxay ka horraysaa hal maalin. Qoraallada waxaa lagu kala horreysiiyaa waqtiga server-ka, laakiin fadlan saxo saacadda.</numerusform>
            <numerusform>Saacadda kombiyuutarkaagu waxay ka horraysaa %n maalmood. Qoraallada waxaa lagu kala horreysiiyaa waqtiga server-ka, laakiin fadlan saxo saacadda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="28"/>
        <source>Your computer&apos;s clock is %n day(s) behind. Posts are ordered by the server&apos;s time, but please set the clock.</source>
        <translation>
            <numerusform>Saacadda kombiyuutarkaagu waxay ka dambaysaa hal maalin. Qoraallada waxaa lagu kala horreysiiyaa waqtiga server-ka, laakiin fadlan saxo saacadda.</numerusform>
            <numerusform>Saacadda kombiyuutarkaagu waxay ka dambaysaa %n maalmood. Qoraallada waxaa lagu kala horreysiiyaa waqtiga server-ka, laakiin fadlan saxo saacadda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="29"/>
        <source>Your computer&apos;s clock is %n hour(s) ahead. Posts are ordered by the server&apos;s time, but please set the clock.</source>
        <translation>
            <numerusform>Saacadda kombiyuutarkaagu waxay ka horraysaa hal saac. Qoraallada waxaa lagu kala horreysiiyaa waqtiga server-ka, laakiin fadlan saxo saacadda.</numerusform>
            <numerusform>Saacadda kombiyuutarkaagu waxay ka horraysaa %n saacadood. Qoraallada waxaa lagu kala horreysiiyaa waqtiga server-ka, laakiin fadlan saxo saacadda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="30"/>
        <source>Your computer&apos;s clock is %n hour(s) behind. Posts are ordered by the server&apos;s time, but please set the clock.</source>
        <translation>
            <numerusform>Saacadda kombiyuutarkaagu waxay ka dambaysaa hal saac. Qoraallada waxaa lagu kala horreysiiyaa waqtiga server-ka, laakiin fadlan saxo saacadda.</numerusform>
            <numerusform>Saacadda kombiyuutarkaagu waxay ka dambaysaa %n saacadood. Qoraallada waxaa lagu kala horreysiiyaa waqtiga server-ka, laakiin fadlan saxo saacadda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="31"/>
        <source>Your computer&apos;s clock is %n minute(s) ahead. Posts are ordered by the server&apos;s time, but please set the clock.</source>
        <translation>
            <numerusform>Saacadda kombiyuutarkaagu waxay ka horraysaa hal daqiiqo. Qoraallada waxaa lagu kala horreysiiyaa waqtiga server-ka, laakiin fadlan saxo saacadda.</numerusform>
            <numerusform>Saacadda kombiyuutarkaagu waxay ka horraysaa %n daqiiqo. Qoraallada waxaa lagu kala horreysiiyaa waqtiga server-ka, laakiin fadlan saxo saacadda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="32"/>
        <source>Your computer&apos;s clock is %n minute(s) behind. Posts are ordered by the server&apos;s time, but please set the clock.</source>
        <translation>
            <numerusform>Saacadda kombiyuutarkaagu waxay ka dambaysaa hal daqiiqo. Qoraallada waxaa lagu kala horreysiiyaa waqtiga server-ka, laakiin fadlan saxo saacadda.</numerusform>
            <numerusform>Saacadda kombiyuutarkaagu waxay ka dambaysaa %n daqiiqo. Qoraallada waxaa lagu kala horreysiiyaa waqtiga server-ka, laakiin fadlan saxo saacadda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="33"/>
        <source>%n new reply(s) to your cases</source>
        <translation>
            <numerusform>%n jawaab cusub oo ku saabsan kiisaskaaga</numerusform>
            <numerusform>%n jawaabood oo cusub oo ku saabsan kiisaskaaga</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="34"/>
        <source>Your case &apos;%1&apos; was reviewed</source>
        <translation>Kiiskaaga &apos;%1&apos; dib ayaa loo eegay</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="35"/>
        <source>A tutor asked for changes to your case &apos;%1&apos;</source>
        <translation>Macallin ayaa codsaday wax ka beddel kiiskaaga &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="36"/>
        <source>%n case(s) waiting for review</source>
        <translation>
            <numerusform>%n kiis ayaa sugaya dib-u-eegis</numerusform>
            <numerusform>%n kiis ayaa sugaya dib-u-eegis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="37"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n jawaab</numerusform>
            <numerusform>%n jawaabood</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="38"/>
        <source>%n change(s) to cases</source>
        <translation>
            <numerusform>%n isbeddel oo kiis ah</numerusform>
            <numerusform>%n isbeddel oo kiisas ah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="39"/>
        <source>%n discussion(s)</source>
        <translation>
            <numerusform>%n dood</numerusform>
            <numerusform>%n doodood</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="40"/>
        <source>%n case review(s)</source>
        <translation>
            <numerusform>%n dib-u-eegis kiis</numerusform>
            <numerusform>%n dib-u-eegis kiis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="41"/>
        <source>%n lesson progress mark(s)</source>
        <translation>
            <numerusform>%n calaamad horumar cashar</numerusform>
            <numerusform>%n calaamadood horumar cashar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="42"/>
        <source>%n quiz answer(s)</source>
        <translation>
            <numerusform>%n jawaab imtixaan</numerusform>
            <numerusform>%n jawaabood imtixaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="43"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n qoraal-gaab</numerusform>
            <numerusform>%n qoraal-gaab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="44"/>
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>%n calaamad</numerusform>
            <numerusform>%n calaamadood</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="45"/>
        <source>%n photo(s) or file(s)</source>
        <translation>
            <numerusform>%n sawir ama fayl</numerusform>
            <numerusform>%n sawirro ama faylal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="46"/>
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%Ln milicsi</numerusform>
            <numerusform>%Ln milicsi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="47"/>
        <source>%n thank-you(s)</source>
        <translation>
            <numerusform>%Ln mahadnaq</numerusform>
            <numerusform>%Ln mahadnaq</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="48"/>
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n isbeddel kale</numerusform>
            <numerusform>%n isbeddel kale</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="49"/>
        <source>Waiting to be sent: %1.</source>
        <translation>Sugaya in la diro: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="50"/>
        <source>%n case draft(s) with changes the server does not have yet.</source>
        <translation>
            <numerusform>%n qabyo kiis oo leh isbeddello aan server-ku weli haysan.</numerusform>
            <numerusform>%n qabyo kiis oo leh isbeddello aan server-ku weli haysan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="51"/>
        <source>%n change(s) held on this computer by the identifier check (never sent).</source>
        <translation>
            <numerusform>%n isbeddel ayaa kombiyuutarkan lagu hayaa hubinta aqoonsiga bukaanka awgeed (weligood lama dirin).</numerusform>
            <numerusform>%n isbeddel ayaa kombiyuutarkan lagu hayaa hubinta aqoonsiga bukaanka awgeed (weligood lama dirin).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="52"/>
        <source>%n change(s) waiting for a decision after a conflict.</source>
        <translation>
            <numerusform>%n isbeddel ayaa sugaya go&apos;aan isku-dhac kadib.</numerusform>
            <numerusform>%n isbeddel ayaa sugaya go&apos;aan isku-dhac kadib.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="53"/>
        <source>%n photo(s) or file(s) not uploaded (%1).</source>
        <translation>
            <numerusform>%n sawir ama fayl lama soo gelin (%1).</numerusform>
            <numerusform>%n sawirro ama faylal lama soo gelin (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="54"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="55"/>
        <source>Something went wrong. Your work is saved on this computer.</source>
        <translation>Wax baa khaldamay. Shaqadaada waa lagu keydiyay kombiyuutarkan.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="56"/>
        <source>No connection. Your work is saved and will be sent later.</source>
        <translation>Xiriir ma jiro. Shaqadaada waa la keydiyay, waxaana la diri doonaa goor dambe.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="57"/>
        <source>The server cannot take or send files just now. Your records are synced; files will follow at a later sync.</source>
        <translation>Adeegaha hadda ma qaadan karo mana diri karo faylal. Diiwaannadaada waa la isku waafajiyay; faylashu waxay iman doonaan isku-waafajin dambe.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="58"/>
        <source>Please sign in again. Your work on this computer is kept.</source>
        <translation>Fadlan mar kale gal. Shaqadaada kombiyuutarkan ku jirta waa la hayaa.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="59"/>
        <source>Someone else changed this at the same time. Your version is kept so you can compare.</source>
        <translation>Qof kale ayaa isla waqtigaas beddelay. Nuqulkaaga waa la hayaa si aad u barbardhigto.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="60"/>
        <source>Sync was interrupted. It will continue where it stopped.</source>
        <translation>Isku-waafajinta waa go&apos;day. Way ka sii socon doontaa meeshii ay ku istaagtay.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="61"/>
        <source>Some data was damaged and was not used. It will be downloaded again.</source>
        <translation>Xog qaar ayaa waxyeelloobay lamana isticmaalin. Mar kale ayaa la soo dejin doonaa.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="62"/>
        <source>This version of TutorClient is too old for the server. Please update it.</source>
        <translation>Noocan TutorClient aad buu ugu da&apos; weyn yahay server-ka. Fadlan cusboonaysii.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="63"/>
        <source>TutorClient could not save to this computer. Check that the disk is not full.</source>
        <translation>TutorClient wax kuma keydin karin kombiyuutarkan. Hubi in kaydku aanu buuxsamin.</translation>
    </message>
</context>
</TS>
