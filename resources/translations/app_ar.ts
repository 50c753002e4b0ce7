<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>App</name>
    <message>
        <location filename="../../tutorclient/ui/app.py" line="242"/>
        <source>Enter your password once more: from now on it protects your profile on this shared computer, also without a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/app.py" line="260"/>
        <source>TutorClient — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/app.py" line="335"/>
        <source>About this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/app.py" line="440"/>
        <source>You are signed out. Your work stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/app.py" line="442"/>
        <source>%n change(s) will be sent when you sign in again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <location filename="../../tutorclient/ui/autosync.py" line="336"/>
        <source>Automatic sync waits until you sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/autosync.py" line="338"/>
        <source>Automatic sync is off until TutorClient is updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../tutorclient/ui/errors.py" line="155"/>
        <source>TutorClient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/errors.py" line="156"/>
        <source>TutorClient had a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/errors.py" line="158"/>
        <source>You can save a diagnostics file and send it to your coordinator. It contains no passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/errors.py" line="161"/>
        <source>Save diagnostics file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/errors.py" line="162"/>
        <source>Save diagnostics file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/errors.py" line="164"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/errors.py" line="190"/>
        <source>The diagnostics file was saved as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/errors.py" line="193"/>
        <source>Diagnostics file saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="162"/>
        <source>Sign in with the new user&apos;s own account. It gets a profile of its own; the others&apos; work stays out of sight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="199"/>
        <source>You already had a profile on this computer: it is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="285"/>
        <source>Starting TutorClient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="286"/>
        <source>TutorClient demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="288"/>
        <source>Starting the demo server on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="289"/>
        <source>What is happening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="292"/>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="302"/>
        <source>Demo profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="302"/>
        <source>Demo profile (sign-in kept in a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="307"/>
        <source>The demo&apos;s temporary profile, removed when the demo ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="351"/>
        <source>Signing in as Amina, the demo trainee…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="51"/>
        <source>Use the password you signed in with on this computer. TutorClient checks it here, without a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="53"/>
        <source>That password is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="54"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="55"/>
        <source>This is the demo. Its accounts and passwords are public; any of them works with Switch user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="140"/>
        <location filename="../../tutorclient/ui/lock_screen.py" line="153"/>
        <source>TutorClient is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="151"/>
        <location filename="../../tutorclient/ui/lock_screen.py" line="173"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="159"/>
        <source>Locked profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="163"/>
        <source>About unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="168"/>
        <location filename="../../tutorclient/ui/lock_screen.py" line="169"/>
        <location filename="../../tutorclient/ui/lock_screen.py" line="229"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="170"/>
        <source>Unlock message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="175"/>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="193"/>
        <source>Demo accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="195"/>
        <source>About the demo accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="229"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="229"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="267"/>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="295"/>
        <source>%n more try(s) before you have to wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="319"/>
        <source>That password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="322"/>
        <source>Too many wrong tries: wait %n second(s), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="37"/>
        <source>Sign in with the account your coordinator gave you. You need a connection this once: afterwards TutorClient opens without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="40"/>
        <source>This computer has no secure password store, so TutorClient cannot keep you signed in the usual safe way.

It can keep your sign-in in a private file in your profile instead. Anyone who can use your account on this computer could read that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="47"/>
        <source>Keep me signed in using a private file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="48"/>
        <source>Don&apos;t keep me signed in (cancel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="49"/>
        <source>You are not signed in. Nothing was stored on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="50"/>
        <source>Enter the server address, your username and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="64"/>
        <location filename="../../tutorclient/ui/login.py" line="92"/>
        <location filename="../../tutorclient/ui/login.py" line="165"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="65"/>
        <location filename="../../tutorclient/ui/login.py" line="72"/>
        <location filename="../../tutorclient/ui/login.py" line="73"/>
        <source>Sign in to TutorClient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="79"/>
        <source>About signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="81"/>
        <location filename="../../tutorclient/ui/login.py" line="103"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="82"/>
        <location filename="../../tutorclient/ui/login.py" line="104"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="84"/>
        <location filename="../../tutorclient/ui/login.py" line="105"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="85"/>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="89"/>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="94"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="165"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="226"/>
        <location filename="../../tutorclient/ui/login.py" line="228"/>
        <source>Keep you signed in?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="33"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="34"/>
        <source>Cases and discussions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="35"/>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="36"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="79"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="94"/>
        <source>TutorClient — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="99"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="189"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="191"/>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="194"/>
        <source>Changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="196"/>
        <source>Last successful sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="206"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="210"/>
        <source>Syncing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="222"/>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="222"/>
        <source>○ Offline — your work is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="223"/>
        <source>○ Not connected yet — your work is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="228"/>
        <source>All changes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/main_window.py" line="229"/>
        <source>%n change(s) waiting to send</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/main_window.py" line="232"/>
        <source>%n to resolve</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="234"/>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="238"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="48"/>
        <source>You are offline. Your reply is saved and will be sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="50"/>
        <source>You are offline. Your post is saved and will be sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="52"/>
        <source>You are offline. Your case is saved and will be sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="54"/>
        <source>You are offline. Your review is saved and will be sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="56"/>
        <source>You are offline. Your note is saved and will be sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="58"/>
        <source>You are offline. Your bookmark is saved and will be sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="60"/>
        <source>You are offline. Your progress is saved and will be sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="62"/>
        <source>You are offline. Your quiz answers are saved and will be sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="119"/>
        <source>try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="166"/>
        <source>TutorClient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="167"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="41"/>
        <location filename="../../tutorclient/ui/models/outbox.py" line="18"/>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="25"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="41"/>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="26"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="41"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="59"/>
        <location filename="../../tutorclient/ui/models/outbox.py" line="34"/>
        <source>Held on this computer</source>
        <extracomment>A case the identifier check holds on this computer (``tutorclient.cases.HELD_LABEL``).
----------
An entry the identifier check keeps on this computer (tutorclient.privacy).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="60"/>
        <source>Not sent, not even to your other devices: it may identify the patient. Open it to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="63"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="63"/>
        <location filename="../../tutorclient/ui/models/posts.py" line="41"/>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="63"/>
        <source>Waiting for a tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="64"/>
        <source>Being reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="64"/>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="31"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="64"/>
        <source>Changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="136"/>
        <source>(no title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/cases.py" line="168"/>
        <source>%n new reply(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="221"/>
        <source>(was %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="274"/>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="274"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="22"/>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="23"/>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="24"/>
        <source>Size on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="25"/>
        <source>Lessons read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="26"/>
        <source>Quiz scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="44"/>
        <source>Checking files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="51"/>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="51"/>
        <source>Downloaded (text only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="53"/>
        <source>Downloading: %1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="55"/>
        <source>Text only (files not downloaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="63"/>
        <location filename="../../tutorclient/ui/models/courses.py" line="68"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="74"/>
        <source>No quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="76"/>
        <source>None taken yet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="77"/>
        <source>%1% · %2 of %3 taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="17"/>
        <source>Reply or post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="19"/>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="20"/>
        <source>Case review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="21"/>
        <source>Lesson progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="22"/>
        <source>Quiz answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="23"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="24"/>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="25"/>
        <source>Attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="27"/>
        <source> (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="29"/>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="24"/>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="30"/>
        <source>Waiting</source>
        <extracomment>Short words for tutors; the trainee-facing labels (&quot;Sent, waiting for a tutor&quot;) are too long here.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="30"/>
        <source>Needs your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="31"/>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="35"/>
        <source>It may identify a patient, so it is not sent. Open the case to edit it, or confirm that none of it identifies anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="51"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/outbox.py" line="53"/>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="51"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/outbox.py" line="55"/>
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/outbox.py" line="56"/>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="54"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="63"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="63"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="63"/>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="63"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/outbox.py" line="89"/>
        <source>(tried %n×)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outline.py" line="72"/>
        <source>Module: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outline.py" line="73"/>
        <source>%1, read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outline.py" line="74"/>
        <source>%1, not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outline.py" line="76"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outline.py" line="76"/>
        <source>Not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/outline.py" line="78"/>
        <source>about %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outline.py" line="81"/>
        <source>best quiz score %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="41"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="49"/>
        <source>The server did not accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="62"/>
        <source>written %1 on the author&apos;s device</source>
        <extracomment>An author&apos;s clock this far from the server&apos;s is worth a word beside the post.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="114"/>
        <source>Someone</source>
        <extracomment>Kinds of identifier (``phone``, ``name``, ...) that hold this unsent post on the device.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="140"/>
        <source>(an earlier post that is not on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="161"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="195"/>
        <source>(untitled discussion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/posts.py" line="220"/>
        <source>%n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="222"/>
        <source>In “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/posts.py" line="224"/>
        <source>%n post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="27"/>
        <source>Claimed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="30"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="30"/>
        <source>With the trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/review_queue.py" line="53"/>
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="74"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="76"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="130"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="132"/>
        <source>Another tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="146"/>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="22"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="23"/>
        <source>Finished: some items need a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="24"/>
        <source>Did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="25"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="26"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/sync_history.py" line="35"/>
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/sync_history.py" line="51"/>
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="53"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="55"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="68"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="68"/>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="68"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="68"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="68"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="68"/>
        <source>Data ↑ / ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="96"/>
        <source>Stopped before finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="99"/>
        <source> (USB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/sync_history.py" line="117"/>
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../tutorclient/ui/navigation.py" line="65"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/navigation.py" line="66"/>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/navigation.py" line="80"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../tutorclient/ui/notice_banner.py" line="41"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/notice_banner.py" line="43"/>
        <source>Notice text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/notice_banner.py" line="46"/>
        <location filename="../../tutorclient/ui/notice_banner.py" line="115"/>
        <source>Notice action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/notice_banner.py" line="50"/>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/notice_banner.py" line="51"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveUser</name>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="55"/>
        <location filename="../../tutorclient/ui/remove_user.py" line="56"/>
        <source>Remove a user from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="60"/>
        <source>%1, username %2,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="62"/>
        <source>Remove %1 from this computer? Their cases, notes and downloaded files on this computer are deleted and they are signed out. What they sent stays on the server: they can sign in again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="65"/>
        <source>What removing does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="66"/>
        <source>Checking for work not sent yet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="67"/>
        <source>Work not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="69"/>
        <source>Type %1 to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="72"/>
        <source>Removal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="73"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="74"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="79"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="85"/>
        <source>Type %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="87"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="109"/>
        <source>Not sent to the server yet; removing deletes it:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="111"/>
        <source>
To keep it, open this profile and sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="114"/>
        <source>Everything this user did has reached the server; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="123"/>
        <source>What this user has not sent yet could not be read (%1). Removing may lose unsent work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="139"/>
        <source>Signing out and removing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="145"/>
        <source>%1 was removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="147"/>
        <source> Their session on the server is ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="148"/>
        <source> The server is told to end their session at the next connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="154"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="160"/>
        <source>The user could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="82"/>
        <source>not signed in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="83"/>
        <source>%1 · last sync %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="145"/>
        <source>Looking for profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="265"/>
        <source>No profiles yet: add a user to begin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../tutorclient/ui/i18n.py" line="188"/>
        <source>today %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="8"/>
        <source>Held on this computer: it may identify the patient. Open it to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="9"/>
        <source>Draft (only you can see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="10"/>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="11"/>
        <source>Sent, waiting for a tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="12"/>
        <source>A tutor is reviewing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="13"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="14"/>
        <source>The tutor asked for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="15"/>
        <source>Sending your files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="16"/>
        <source>Sending your work and receiving updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="17"/>
        <source>Receiving updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="18"/>
        <source>Downloading images and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="19"/>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="20"/>
        <source>sending files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="21"/>
        <source>sending and receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="22"/>
        <source>receiving updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="23"/>
        <source>images and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="24"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="25"/>
        <source>Your computer&apos;s clock is %n day(s) ahead. Posts are ordered by the server&apos;s time, but please set the clock.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="26"/>
        <source>Your computer&apos;s clock is %n day(s) behind. Posts are ordered by the server&apos;s time, but please set the clock.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="27"/>
        <source>Your computer&apos;s clock is %n hour(s) ahead. Posts are ordered by the server&apos;s time, but please set the clock.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="28"/>
        <source>Your computer&apos;s clock is %n hour(s) behind. Posts are ordered by the server&apos;s time, but please set the clock.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="29"/>
        <source>Your computer&apos;s clock is %n minute(s) ahead. Posts are ordered by the server&apos;s time, but please set the clock.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="30"/>
        <source>Your computer&apos;s clock is %n minute(s) behind. Posts are ordered by the server&apos;s time, but please set the clock.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="31"/>
        <source>%n new reply(s) to your cases</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="32"/>
        <source>Your case &apos;%1&apos; was reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="33"/>
        <source>A tutor asked for changes to your case &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="34"/>
        <source>%n case(s) waiting for review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
