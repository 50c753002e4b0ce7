<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>App</name>
    <message>
        <location filename="../../tutorclient/ui/app.py" line="269"/>
        <source>Enter your password once more: from now on it protects your profile on this shared computer, also without a connection.</source>
        <translation>يُرجى إدخال كلمة المرور مرة أخرى: من الآن فصاعدًا تحمي ملفك الشخصي على هذا الحاسوب المشترك، حتى دون اتصال.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/app.py" line="289"/>
        <source>TutorClient — locked</source>
        <translation>TutorClient — مقفل</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/app.py" line="368"/>
        <source>About this profile</source>
        <translation>عن هذا الملف الشخصي</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/app.py" line="485"/>
        <source>You are signed out. Your work stays on this computer.</source>
        <translation>تم تسجيل الخروج. يبقى عملك محفوظًا على هذا الحاسوب.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/app.py" line="487"/>
        <source>%n change(s) will be sent when you sign in again.</source>
        <translation>
            <numerusform>لا توجد تغييرات ستُرسل عند تسجيل الدخول مجددًا.</numerusform>
            <numerusform>سيُرسل تغيير واحد عند تسجيل الدخول مجددًا.</numerusform>
            <numerusform>سيُرسل تغييران عند تسجيل الدخول مجددًا.</numerusform>
            <numerusform>ستُرسل %Ln تغييرات عند تسجيل الدخول مجددًا.</numerusform>
            <numerusform>سيُرسل %Ln تغييرًا عند تسجيل الدخول مجددًا.</numerusform>
            <numerusform>سيُرسل %Ln تغيير عند تسجيل الدخول مجددًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <location filename="../../tutorclient/ui/autosync.py" line="336"/>
        <source>Automatic sync waits until you sign in again.</source>
        <translation>تنتظر المزامنة التلقائية حتى تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/autosync.py" line="338"/>
        <source>Automatic sync is off until TutorClient is updated.</source>
        <translation>المزامنة التلقائية متوقفة حتى يُحدَّث TutorClient.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../tutorclient/ui/errors.py" line="157"/>
        <source>TutorClient had a problem</source>
        <translation>واجه TutorClient مشكلة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/errors.py" line="159"/>
        <source>You can save a diagnostics file and send it to your coordinator. It contains no passwords.</source>
        <translation>يمكن حفظ ملف التشخيص الفني وإرساله إلى المنسّق. لا يحتوي الملف على كلمات مرور.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/errors.py" line="162"/>
        <source>Save diagnostics file…</source>
        <translation>حفظ ملف التشخيص الفني…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/errors.py" line="163"/>
        <source>Save diagnostics file</source>
        <translation>حفظ ملف التشخيص الفني</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/errors.py" line="165"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/errors.py" line="191"/>
        <source>The diagnostics file was saved as:</source>
        <translation>حُفظ ملف التشخيص الفني باسم:</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/errors.py" line="194"/>
        <source>Diagnostics file saved</source>
        <translation>حُفظ ملف التشخيص الفني</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="162"/>
        <source>Sign in with the new user&apos;s own account. It gets a profile of its own; the others&apos; work stays out of sight.</source>
        <translation>يُرجى تسجيل الدخول بحساب المستخدم الجديد نفسه. سيحصل على ملف شخصي خاص به، ويبقى عمل الآخرين محجوبًا عنه.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="199"/>
        <source>You already had a profile on this computer: it is open.</source>
        <translation>لديك ملف شخصي على هذا الحاسوب من قبل، وقد فُتح.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="285"/>
        <source>Starting TutorClient</source>
        <translation>جارٍ تشغيل TutorClient</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="286"/>
        <source>TutorClient demo</source>
        <translation>النسخة التجريبية من TutorClient</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="288"/>
        <source>Starting the demo server on this computer…</source>
        <translation>جارٍ تشغيل الخادم التجريبي على هذا الحاسوب…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="289"/>
        <source>What is happening</source>
        <translation>ما يجري الآن</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="292"/>
        <source>Starting</source>
        <translation>جارٍ التشغيل</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="302"/>
        <source>Demo profile</source>
        <translation>ملف شخصي تجريبي</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="302"/>
        <source>Demo profile (sign-in kept in a file)</source>
        <translation>ملف شخصي تجريبي (بيانات الدخول محفوظة في ملف)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="307"/>
        <source>The demo&apos;s temporary profile, removed when the demo ends.</source>
        <translation>الملف الشخصي المؤقت للنسخة التجريبية، يُحذف عند انتهائها.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/launch.py" line="351"/>
        <source>Signing in as Amina, the demo trainee…</source>
        <translation>جارٍ تسجيل الدخول باسم أمينة، المتدرّبة التجريبية…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="51"/>
        <source>Use the password you signed in with on this computer. TutorClient checks it here, without a connection.</source>
        <translation>يُرجى استخدام كلمة المرور التي سُجّل بها الدخول على هذا الحاسوب. يتحقق منها TutorClient هنا دون اتصال.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="53"/>
        <source>That password is not right. Try again.</source>
        <translation>كلمة المرور غير صحيحة. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="54"/>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="55"/>
        <source>This is the demo. Its accounts and passwords are public; any of them works with Switch user:</source>
        <translation>هذه نسخة تجريبية. حساباتها وكلمات مرورها معلنة، ويعمل أيٌّ منها مع «تبديل المستخدم»:</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="73"/>
        <source>trainee</source>
        <translation>متدرّب</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="74"/>
        <source>tutor</source>
        <translation>مُعلِّم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="75"/>
        <source>coordinator</source>
        <translation>منسّق</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="76"/>
        <source>admin</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="149"/>
        <location filename="../../tutorclient/ui/lock_screen.py" line="162"/>
        <source>TutorClient is locked</source>
        <translation>TutorClient مقفل</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="160"/>
        <location filename="../../tutorclient/ui/lock_screen.py" line="182"/>
        <source>Unlock</source>
        <translation>إلغاء القفل</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="168"/>
        <source>Locked profile</source>
        <translation>الملف الشخصي المقفل</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="172"/>
        <source>About unlocking</source>
        <translation>عن إلغاء القفل</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="177"/>
        <location filename="../../tutorclient/ui/lock_screen.py" line="178"/>
        <location filename="../../tutorclient/ui/lock_screen.py" line="238"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="179"/>
        <source>Unlock message</source>
        <translation>رسالة إلغاء القفل</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="184"/>
        <source>Switch user</source>
        <translation>تبديل المستخدم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="202"/>
        <source>Demo accounts</source>
        <translation>الحسابات التجريبية</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="204"/>
        <source>About the demo accounts</source>
        <translation>عن الحسابات التجريبية</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="238"/>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="238"/>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="276"/>
        <source>Type your password.</source>
        <translation>يُرجى كتابة كلمة المرور.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/lock_screen.py" line="303"/>
        <source>%n more try(s) before you have to wait.</source>
        <translation>
            <numerusform>لم تبقَ محاولات قبل الانتظار.</numerusform>
            <numerusform>بقيت محاولة واحدة قبل الانتظار.</numerusform>
            <numerusform>بقيت محاولتان قبل الانتظار.</numerusform>
            <numerusform>بقيت %Ln محاولات قبل الانتظار.</numerusform>
            <numerusform>بقيت %Ln محاولة قبل الانتظار.</numerusform>
            <numerusform>بقيت %Ln محاولة قبل الانتظار.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/lock_screen.py" line="328"/>
        <source>That password is not right.</source>
        <translation>كلمة المرور غير صحيحة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/lock_screen.py" line="330"/>
        <source>Too many wrong tries: wait %n second(s), then try again.</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة: يُرجى المحاولة الآن.</numerusform>
            <numerusform>محاولات خاطئة كثيرة: يُرجى الانتظار ثانية واحدة ثم المحاولة مرة أخرى.</numerusform>
            <numerusform>محاولات خاطئة كثيرة: يُرجى الانتظار ثانيتين ثم المحاولة مرة أخرى.</numerusform>
            <numerusform>محاولات خاطئة كثيرة: يُرجى الانتظار %Ln ثوانٍ ثم المحاولة مرة أخرى.</numerusform>
            <numerusform>محاولات خاطئة كثيرة: يُرجى الانتظار %Ln ثانية ثم المحاولة مرة أخرى.</numerusform>
            <numerusform>محاولات خاطئة كثيرة: يُرجى الانتظار %Ln ثانية ثم المحاولة مرة أخرى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="39"/>
        <source>Sign in with the account your coordinator gave you. You need a connection this once: afterwards TutorClient opens without one.</source>
        <translation>يُرجى تسجيل الدخول بالحساب الذي أعطاك إياه المنسّق. يلزم الاتصال هذه المرة فقط، وبعدها يُفتح TutorClient دون اتصال.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="42"/>
        <source>This computer has no secure password store, so TutorClient cannot keep you signed in the usual safe way.

It can keep your sign-in in a private file in your profile instead. Anyone who can use your account on this computer could read that file.</source>
        <translation>لا يوجد على هذا الحاسوب مخزن آمن لكلمات المرور، لذا لا يستطيع TutorClient إبقاءك مسجّل الدخول بالطريقة الآمنة المعتادة.

يمكنه بدلًا من ذلك حفظ بيانات الدخول في ملف خاص داخل ملفك الشخصي. ويستطيع قراءة ذلك الملف كل من يستخدم حسابك على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="49"/>
        <source>Keep me signed in using a private file on this computer</source>
        <translation>إبقائي مسجّل الدخول باستخدام ملف خاص على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="50"/>
        <source>Don&apos;t keep me signed in (cancel)</source>
        <translation>عدم إبقائي مسجّل الدخول (إلغاء)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="51"/>
        <source>You are not signed in. Nothing was stored on this computer.</source>
        <translation>لم يُسجَّل الدخول. لم يُحفظ شيء على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="52"/>
        <source>Enter the server address, your username and your password.</source>
        <translation>يُرجى إدخال عنوان الخادم واسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="66"/>
        <location filename="../../tutorclient/ui/login.py" line="94"/>
        <location filename="../../tutorclient/ui/login.py" line="167"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="67"/>
        <location filename="../../tutorclient/ui/login.py" line="74"/>
        <location filename="../../tutorclient/ui/login.py" line="75"/>
        <source>Sign in to TutorClient</source>
        <translation>تسجيل الدخول إلى TutorClient</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="81"/>
        <source>About signing in</source>
        <translation>عن تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="83"/>
        <location filename="../../tutorclient/ui/login.py" line="105"/>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="84"/>
        <location filename="../../tutorclient/ui/login.py" line="106"/>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="86"/>
        <location filename="../../tutorclient/ui/login.py" line="107"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="87"/>
        <source>Sign-in message</source>
        <translation>رسالة تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="91"/>
        <source>Signing in</source>
        <translation>جارٍ تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="96"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="167"/>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="228"/>
        <location filename="../../tutorclient/ui/login.py" line="230"/>
        <source>Keep you signed in?</source>
        <translation>إبقاؤك مسجّل الدخول؟</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="36"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="37"/>
        <source>Spaced review</source>
        <translation>المراجعة المتباعدة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="38"/>
        <source>Cases and discussions</source>
        <translation>الحالات والمناقشات</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="39"/>
        <source>Review queue</source>
        <translation>قائمة المراجعة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="40"/>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="41"/>
        <source>My contributions</source>
        <translation>إسهاماتي</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="42"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="85"/>
        <source>never</source>
        <translation>لم تتم بعد</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="100"/>
        <source>TutorClient — %1</source>
        <translation>TutorClient — %1</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="105"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="195"/>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="197"/>
        <source>Sync progress</source>
        <translation>تقدّم المزامنة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="200"/>
        <source>Changes waiting to be sent</source>
        <translation>تغييرات بانتظار الإرسال</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="202"/>
        <source>Last successful sync</source>
        <translation>آخر مزامنة ناجحة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="212"/>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="216"/>
        <source>Syncing: %1</source>
        <translation>جارٍ المزامنة: %1</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="228"/>
        <source>● Online</source>
        <translation>● متّصل</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="228"/>
        <source>○ Offline — your work is saved</source>
        <translation>○ غير متّصل — عملك محفوظ</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="229"/>
        <source>○ Not connected yet — your work is saved</source>
        <translation>○ لم يتم الاتصال بعد — عملك محفوظ</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="234"/>
        <source>All changes sent</source>
        <translation>أُرسلت جميع التغييرات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/main_window.py" line="235"/>
        <source>%n change(s) waiting to send</source>
        <translation>
            <numerusform>لا تغييرات بانتظار الإرسال</numerusform>
            <numerusform>تغيير واحد بانتظار الإرسال</numerusform>
            <numerusform>تغييران بانتظار الإرسال</numerusform>
            <numerusform>%Ln تغييرات بانتظار الإرسال</numerusform>
            <numerusform>%Ln تغييرًا بانتظار الإرسال</numerusform>
            <numerusform>%Ln تغيير بانتظار الإرسال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/main_window.py" line="238"/>
        <source>%n to resolve</source>
        <translation>
            <numerusform>لا شيء للحسم</numerusform>
            <numerusform>واحد للحسم</numerusform>
            <numerusform>اثنان للحسم</numerusform>
            <numerusform>%Ln للحسم</numerusform>
            <numerusform>%Ln للحسم</numerusform>
            <numerusform>%Ln للحسم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="240"/>
        <source>Last sync: %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="244"/>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
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
        <translation>القفل الآن</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/menus.py" line="53"/>
        <source>Switch user…</source>
        <translation>تبديل المستخدم…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/menus.py" line="55"/>
        <source>Log out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/menus.py" line="56"/>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/menus.py" line="58"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/menus.py" line="60"/>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/menus.py" line="64"/>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/menus.py" line="65"/>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/menus.py" line="66"/>
        <source>Normal text size</source>
        <translation>حجم النص العادي</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/menus.py" line="79"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="37"/>
        <source>Something unexpected went wrong. Your work on this computer is saved.</source>
        <translation>حدث خطأ غير متوقع. عملك على هذا الحاسوب محفوظ.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="39"/>
        <source>TutorClient is busy saving other work. Please try again in a moment.</source>
        <translation>TutorClient مشغول بحفظ عمل آخر. يُرجى المحاولة بعد لحظات.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="44"/>
        <source>The data on this computer could not be read. Save a diagnostics file and send it to your coordinator.</source>
        <translation>تعذّرت قراءة البيانات على هذا الحاسوب. يُرجى حفظ ملف التشخيص الفني وإرساله إلى المنسّق.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="50"/>
        <source>You are offline. Your reply is saved and will be sent at the next sync.</source>
        <translation>لا يوجد اتصال. حُفظ ردّك وسيُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="52"/>
        <source>You are offline. Your post is saved and will be sent at the next sync.</source>
        <translation>لا يوجد اتصال. حُفظت مشاركتك وستُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="54"/>
        <source>You are offline. Your case is saved and will be sent at the next sync.</source>
        <translation>لا يوجد اتصال. حُفظت حالتك وستُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="56"/>
        <source>You are offline. Your review is saved and will be sent at the next sync.</source>
        <translation>لا يوجد اتصال. حُفظت مراجعتك وستُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="58"/>
        <source>You are offline. Your note is saved and will be sent at the next sync.</source>
        <translation>لا يوجد اتصال. حُفظت ملاحظتك وستُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="60"/>
        <source>You are offline. Your bookmark is saved and will be sent at the next sync.</source>
        <translation>لا يوجد اتصال. حُفظت علامتك المرجعية وستُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="62"/>
        <source>You are offline. Your progress is saved and will be sent at the next sync.</source>
        <translation>لا يوجد اتصال. حُفظ تقدّمك وسيُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="64"/>
        <source>You are offline. Your quiz answers are saved and will be sent at the next sync.</source>
        <translation>لا يوجد اتصال. حُفظت إجاباتك عن الاختبار القصير وستُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="68"/>
        <source>No connection to the server. Nothing was lost: TutorClient will try again at the next sync.</source>
        <translation>لا يوجد اتصال بالخادم. لم يضِع شيء: سيحاول TutorClient مجددًا في المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="181"/>
        <source>TutorClient</source>
        <translation>TutorClient</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/messages.py" line="182"/>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="41"/>
        <location filename="../../tutorclient/ui/models/outbox.py" line="18"/>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="25"/>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="41"/>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="26"/>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="41"/>
        <source>Last change</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="59"/>
        <location filename="../../tutorclient/ui/models/outbox.py" line="36"/>
        <source>Held on this computer</source>
        <extracomment>A case the identifier check holds on this computer (``tutorclient.cases.HELD_LABEL``).
----------
An entry the identifier check keeps on this computer (tutorclient.privacy).</extracomment>
        <translation>محتجزة على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="60"/>
        <source>Not sent, not even to your other devices: it may identify the patient. Open it to check.</source>
        <translation>لم تُرسل، ولا حتى إلى أجهزتك الأخرى: قد تكشف هوية المريض. يُرجى فتحها للتحقق.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="63"/>
        <source>Draft</source>
        <translation>مسوّدة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="63"/>
        <location filename="../../tutorclient/ui/models/posts.py" line="41"/>
        <source>Waiting to send</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="63"/>
        <source>Waiting for a tutor</source>
        <translation>بانتظار المُعلِّم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="64"/>
        <source>Being reviewed</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="64"/>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="31"/>
        <source>Reviewed</source>
        <translation>رُوجعت</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="64"/>
        <source>Changes requested</source>
        <translation>مطلوب تعديل</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="136"/>
        <source>(no title yet)</source>
        <translation>(بلا عنوان بعد)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/cases.py" line="168"/>
        <source>%n new reply(s)</source>
        <translation>
            <numerusform>لا ردود جديدة</numerusform>
            <numerusform>ردّ جديد</numerusform>
            <numerusform>ردّان جديدان</numerusform>
            <numerusform>%Ln ردود جديدة</numerusform>
            <numerusform>%Ln ردًّا جديدًا</numerusform>
            <numerusform>%Ln ردّ جديد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="221"/>
        <source>(was %1)</source>
        <translation>(كان %1)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="274"/>
        <source>Picture</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/cases.py" line="274"/>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="22"/>
        <source>Course</source>
        <translation>المقرّر</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="23"/>
        <source>On this computer</source>
        <translation>على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="24"/>
        <source>Size on disk</source>
        <translation>الحجم على القرص</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="25"/>
        <source>Lessons read</source>
        <translation>الدروس المقروءة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="26"/>
        <source>Quiz scores</source>
        <translation>نتائج الاختبارات</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="44"/>
        <source>Checking files…</source>
        <translation>جارٍ فحص الملفات…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="51"/>
        <source>Downloaded</source>
        <translation>مُنزَّل</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="51"/>
        <source>Downloaded (text only)</source>
        <translation>مُنزَّل (النص فقط)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="53"/>
        <source>Downloading: %1 of %2 files</source>
        <translation>جارٍ التنزيل: %1 من %2 ملفات</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="55"/>
        <source>Text only (files not downloaded)</source>
        <translation>النص فقط (لم تُنزَّل الملفات)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="63"/>
        <location filename="../../tutorclient/ui/models/courses.py" line="68"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="74"/>
        <source>No quizzes</source>
        <translation>لا اختبارات قصيرة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="76"/>
        <source>None taken yet (%1)</source>
        <translation>لم يُؤدَّ أيٌّ منها بعد (%1)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/courses.py" line="77"/>
        <source>%1% · %2 of %3 taken</source>
        <translation>%1٪ · أُدّي %2 من %3</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="17"/>
        <source>Reply or post</source>
        <translation>ردّ أو مشاركة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="19"/>
        <source>Discussion</source>
        <translation>مناقشة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="20"/>
        <source>Case review</source>
        <translation>مراجعة حالة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="21"/>
        <source>Lesson progress</source>
        <translation>التقدّم في الدرس</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="22"/>
        <source>Quiz answers</source>
        <translation>إجابات الاختبار القصير</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="23"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="24"/>
        <source>Bookmark</source>
        <translation>علامة مرجعية</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="25"/>
        <source>Attached file</source>
        <translation>ملف مرفق</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="26"/>
        <source>Reflection</source>
        <translation>تأمّل</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="27"/>
        <source>Thanks to a tutor</source>
        <translation>شكر لمعلّم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="29"/>
        <source> (removed)</source>
        <translation> (محذوف)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="31"/>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="24"/>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="30"/>
        <source>Waiting</source>
        <extracomment>Short words for tutors; the trainee-facing labels (&quot;Sent, waiting for a tutor&quot;) are too long here.</extracomment>
        <translation>بانتظار</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="32"/>
        <source>Needs your decision</source>
        <translation>بحاجة إلى قرارك</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="33"/>
        <source>Not accepted</source>
        <translation>غير مقبول</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="37"/>
        <source>It may identify a patient, so it is not sent. Open the case to edit it, or confirm that none of it identifies anyone.</source>
        <translation>قد يكشف هوية مريض، لذا لم يُرسل. يُرجى فتح الحالة لتعديلها، أو تأكيد أن لا شيء فيها يكشف هوية أحد.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="53"/>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/outbox.py" line="55"/>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="51"/>
        <source>%n min</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/outbox.py" line="57"/>
        <source>%n h</source>
        <translation>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%Ln ساعات</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/outbox.py" line="58"/>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="54"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="65"/>
        <source>What</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="65"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="65"/>
        <source>Waiting for</source>
        <translation>مدة الانتظار</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outbox.py" line="65"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/outbox.py" line="91"/>
        <source>(tried %n×)</source>
        <translation>
            <numerusform>(لم تُجرَّب)</numerusform>
            <numerusform>(جُرّبت مرة واحدة)</numerusform>
            <numerusform>(جُرّبت مرتين)</numerusform>
            <numerusform>(جُرّبت %Ln مرات)</numerusform>
            <numerusform>(جُرّبت %Ln مرة)</numerusform>
            <numerusform>(جُرّبت %Ln مرة)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outline.py" line="72"/>
        <source>Module: %1</source>
        <translation>الوحدة: %1</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outline.py" line="73"/>
        <source>%1, read</source>
        <translation>%1، مقروء</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outline.py" line="74"/>
        <source>%1, not read yet</source>
        <translation>%1، لم يُقرأ بعد</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outline.py" line="76"/>
        <source>Read</source>
        <translation>مقروء</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outline.py" line="76"/>
        <source>Not read yet</source>
        <translation>لم يُقرأ بعد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/outline.py" line="78"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>أقل من دقيقة</numerusform>
            <numerusform>نحو دقيقة واحدة</numerusform>
            <numerusform>نحو دقيقتين</numerusform>
            <numerusform>نحو %Ln دقائق</numerusform>
            <numerusform>نحو %Ln دقيقة</numerusform>
            <numerusform>نحو %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/outline.py" line="81"/>
        <source>best quiz score %1 of %2</source>
        <translation>أفضل نتيجة في الاختبار القصير %1 من %2</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="41"/>
        <source>Not sent</source>
        <translation>لم يُرسل</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="49"/>
        <source>The server did not accept it.</source>
        <translation>لم يقبله الخادم.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="62"/>
        <source>written %1 on the author&apos;s device</source>
        <extracomment>An author&apos;s clock this far from the server&apos;s is worth a word beside the post.</extracomment>
        <translation>كُتب %1 على جهاز الكاتب</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="114"/>
        <source>Someone</source>
        <extracomment>Kinds of identifier (``phone``, ``name``, ...) that hold this unsent post on the device.</extracomment>
        <translation>شخص ما</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="140"/>
        <source>(an earlier post that is not on this computer)</source>
        <translation>(مشاركة سابقة غير موجودة على هذا الحاسوب)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="161"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="195"/>
        <source>(untitled discussion)</source>
        <translation>(مناقشة بلا عنوان)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/posts.py" line="220"/>
        <source>%n new</source>
        <translation>
            <numerusform>لا جديد</numerusform>
            <numerusform>واحد جديد</numerusform>
            <numerusform>اثنان جديدان</numerusform>
            <numerusform>%Ln جديدة</numerusform>
            <numerusform>%Ln جديدًا</numerusform>
            <numerusform>%Ln جديد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/posts.py" line="222"/>
        <source>In “%1”</source>
        <translation>في «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/posts.py" line="224"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>لا مشاركات</numerusform>
            <numerusform>مشاركة واحدة</numerusform>
            <numerusform>مشاركتان</numerusform>
            <numerusform>%Ln مشاركات</numerusform>
            <numerusform>%Ln مشاركة</numerusform>
            <numerusform>%Ln مشاركة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="27"/>
        <source>Claimed by</source>
        <translation>تولّاها</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="30"/>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="30"/>
        <source>With the trainee</source>
        <translation>لدى المتدرّب</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/review_queue.py" line="53"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%Ln ساعات</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="74"/>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="76"/>
        <source>from %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="130"/>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="132"/>
        <source>Another tutor</source>
        <translation>مُعلِّم آخر</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/review_queue.py" line="146"/>
        <source>From %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="22"/>
        <source>Finished</source>
        <translation>اكتملت</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="23"/>
        <source>Finished: some items need a look</source>
        <translation>اكتملت: بعض العناصر تحتاج إلى نظرة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="24"/>
        <source>Did not finish</source>
        <translation>لم تكتمل</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="25"/>
        <source>Cancelled</source>
        <translation>أُلغيت</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="26"/>
        <source>In progress</source>
        <translation>جارية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/sync_history.py" line="35"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>بايت واحد</numerusform>
            <numerusform>بايتان</numerusform>
            <numerusform>%Ln بايتات</numerusform>
            <numerusform>%Ln بايتًا</numerusform>
            <numerusform>%Ln بايت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/models/sync_history.py" line="51"/>
        <source>%n s</source>
        <translation>
            <numerusform>%Ln ث</numerusform>
            <numerusform>%Ln ث</numerusform>
            <numerusform>%Ln ث</numerusform>
            <numerusform>%Ln ث</numerusform>
            <numerusform>%Ln ث</numerusform>
            <numerusform>%Ln ث</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="53"/>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="55"/>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="68"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="68"/>
        <source>Took</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="68"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="68"/>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="68"/>
        <source>Received</source>
        <translation>استُلم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="68"/>
        <source>Data ↑ / ↓</source>
        <translation>البيانات ↑ / ↓</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/sync_history.py" line="96"/>
        <source>Stopped before finishing</source>
        <translation>توقّفت قبل أن تكتمل</translation>
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
            <numerusform>لا ملفات</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%Ln ملفات</numerusform>
            <numerusform>%Ln ملفًا</numerusform>
            <numerusform>%Ln ملف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../tutorclient/ui/navigation.py" line="68"/>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/navigation.py" line="69"/>
        <source>Toolbar</source>
        <translation>شريط الأدوات</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/navigation.py" line="83"/>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../tutorclient/ui/notice_banner.py" line="41"/>
        <source>Notice</source>
        <translation>إشعار</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/notice_banner.py" line="43"/>
        <source>Notice text</source>
        <translation>نص الإشعار</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/notice_banner.py" line="46"/>
        <location filename="../../tutorclient/ui/notice_banner.py" line="115"/>
        <source>Notice action</source>
        <translation>إجراء الإشعار</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/notice_banner.py" line="50"/>
        <source>Dismiss notice</source>
        <translation>إخفاء الإشعار</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/notice_banner.py" line="51"/>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
</context>
<context>
    <name>RemoveUser</name>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="55"/>
        <location filename="../../tutorclient/ui/remove_user.py" line="56"/>
        <source>Remove a user from this computer</source>
        <translation>إزالة مستخدم من هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="60"/>
        <source>%1, username %2,</source>
        <translation>%1، اسم المستخدم %2،</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="62"/>
        <source>Remove %1 from this computer? Their cases, notes and downloaded files on this computer are deleted and they are signed out. What they sent stays on the server: they can sign in again later.</source>
        <translation>إزالة %1 من هذا الحاسوب؟ ستُحذف حالاته وملاحظاته وملفاته المنزّلة على هذا الحاسوب ويُسجَّل خروجه. يبقى ما أرسله على الخادم، ويمكنه تسجيل الدخول لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="65"/>
        <source>What removing does</source>
        <translation>ما الذي تفعله الإزالة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="66"/>
        <source>Checking for work not sent yet…</source>
        <translation>جارٍ البحث عن عمل لم يُرسل بعد…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="67"/>
        <source>Work not sent yet</source>
        <translation>عمل لم يُرسل بعد</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="69"/>
        <source>Type %1 to confirm</source>
        <translation>يُرجى كتابة %1 للتأكيد</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="72"/>
        <source>Removal status</source>
        <translation>حالة الإزالة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="73"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="74"/>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="79"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="85"/>
        <source>Type %1 to confirm:</source>
        <translation>يُرجى كتابة %1 للتأكيد:</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="87"/>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="109"/>
        <source>Not sent to the server yet; removing deletes it:
</source>
        <translation>لم يُرسل إلى الخادم بعد، وستحذفه الإزالة:
</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="111"/>
        <source>
To keep it, open this profile and sync first.</source>
        <translation>
للاحتفاظ به، يُرجى فتح هذا الملف الشخصي وإجراء مزامنة أولًا.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="114"/>
        <source>Everything this user did has reached the server; nothing is lost.</source>
        <translation>وصل كل ما فعله هذا المستخدم إلى الخادم، ولن يضيع شيء.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="123"/>
        <source>What this user has not sent yet could not be read (%1). Removing may lose unsent work.</source>
        <translation>تعذّرت قراءة ما لم يرسله هذا المستخدم بعد (%1). قد تؤدي الإزالة إلى فقدان عمل لم يُرسل.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="139"/>
        <source>Signing out and removing…</source>
        <translation>جارٍ تسجيل الخروج والإزالة…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="145"/>
        <source>%1 was removed from this computer.</source>
        <translation>أُزيل %1 من هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="147"/>
        <source> Their session on the server is ended.</source>
        <translation> انتهت جلسته على الخادم.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="148"/>
        <source> The server is told to end their session at the next connection.</source>
        <translation> سيُطلب من الخادم إنهاء جلسته عند الاتصال التالي.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="154"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/remove_user.py" line="160"/>
        <source>The user could not be removed.</source>
        <translation>تعذّرت إزالة المستخدم.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="82"/>
        <source>not signed in yet</source>
        <translation>لم يسجّل الدخول بعد</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="83"/>
        <source>%1 · last sync %2</source>
        <translation>%1 · آخر مزامنة %2</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="145"/>
        <source>Looking for profiles…</source>
        <translation>جارٍ البحث عن الملفات الشخصية…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="181"/>
        <location filename="../../tutorclient/ui/start_screen.py" line="184"/>
        <location filename="../../tutorclient/ui/start_screen.py" line="185"/>
        <source>Who is using TutorClient?</source>
        <translation>من يستخدم TutorClient؟</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="183"/>
        <source>Profiles</source>
        <translation>الملفات الشخصية</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="186"/>
        <source>Choose your name. You will be asked for your password; the others on this computer cannot see your cases or notes.</source>
        <translation>يُرجى اختيار اسمك. ستُطلب كلمة المرور، ولا يستطيع الآخرون على هذا الحاسوب رؤية حالاتك أو ملاحظاتك.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="188"/>
        <source>About profiles</source>
        <translation>عن الملفات الشخصية</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="189"/>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="190"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="191"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="192"/>
        <source>The language of TutorClient on this screen; each user can choose their own in View &gt; Language.</source>
        <translation>لغة TutorClient في هذه الشاشة، ويمكن لكل مستخدم اختيار لغته من عرض &gt; اللغة.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="194"/>
        <source>Profiles on this computer</source>
        <translation>الملفات الشخصية على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="196"/>
        <source>Profiles status</source>
        <translation>حالة الملفات الشخصية</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="197"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="198"/>
        <source>Open the chosen profile</source>
        <translation>فتح الملف الشخصي المختار</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="199"/>
        <location filename="../../tutorclient/ui/start_screen.py" line="200"/>
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="201"/>
        <source>Sign in with another account; it gets its own profile.</source>
        <translation>تسجيل الدخول بحساب آخر، وسيحصل على ملف شخصي خاص به.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="203"/>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="204"/>
        <source>Remove the chosen user from this computer</source>
        <translation>إزالة المستخدم المختار من هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="206"/>
        <source>Delete this user&apos;s profile from this computer and sign them out; what they sent stays on the server.</source>
        <translation>حذف الملف الشخصي لهذا المستخدم من هذا الحاسوب وتسجيل خروجه، ويبقى ما أرسله على الخادم.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/start_screen.py" line="264"/>
        <source>No profiles yet: add a user to begin.</source>
        <translation>لا توجد ملفات شخصية بعد: يُرجى إضافة مستخدم للبدء.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../tutorclient/ui/i18n.py" line="190"/>
        <source>today %1</source>
        <translation>اليوم %1</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="8"/>
        <source>Held on this computer: it may identify the patient. Open it to check.</source>
        <translation>محتجزة على هذا الحاسوب: قد تكشف هوية المريض. يُرجى فتحها للتحقق.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="9"/>
        <source>Draft (only you can see it)</source>
        <translation>مسوّدة (لا يراها غيرك)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="10"/>
        <source>Waiting to send</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="11"/>
        <source>Sent, waiting for a tutor</source>
        <translation>أُرسلت، بانتظار المُعلِّم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="12"/>
        <source>A tutor is reviewing it</source>
        <translation>يراجعها مُعلِّم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="13"/>
        <source>Reviewed</source>
        <translation>رُوجعت</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="14"/>
        <source>The tutor asked for changes</source>
        <translation>طلب المُعلِّم تعديلات</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="15"/>
        <source>Sending your files</source>
        <translation>جارٍ إرسال ملفاتك</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="16"/>
        <source>Sending your work and receiving updates</source>
        <translation>جارٍ إرسال عملك واستلام التحديثات</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="17"/>
        <source>Receiving updates</source>
        <translation>جارٍ استلام التحديثات</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="18"/>
        <source>Updating changed files</source>
        <translation>جارٍ تحديث الملفات التي تغيّرت</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="19"/>
        <source>Downloading images and files</source>
        <translation>جارٍ تنزيل الصور والملفات</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="20"/>
        <source>Finishing</source>
        <translation>جارٍ الإنهاء</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="21"/>
        <source>sending files</source>
        <translation>إرسال الملفات</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="22"/>
        <source>sending and receiving</source>
        <translation>إرسال واستلام</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="23"/>
        <source>receiving updates</source>
        <translation>استلام التحديثات</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="24"/>
        <source>updating changed files</source>
        <translation>تحديث الملفات التي تغيّرت</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="25"/>
        <source>images and files</source>
        <translation>الصور والملفات</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="26"/>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="27"/>
        <source>Your computer&apos;s clock is %n day(s) ahead. Posts are ordered by the server&apos;s time, but please set the clock.</source>
        <translation>
            <numerusform>ساعة حاسوبك متقدّمة بمقدار أقل من يوم. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متقدّمة بمقدار يومًا واحدًا. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متقدّمة بمقدار يومين. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متقدّمة بمقدار %Ln أيام. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متقدّمة بمقدار %Ln يومًا. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متقدّمة بمقدار %Ln يوم. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="28"/>
        <source>Your computer&apos;s clock is %n day(s) behind. Posts are ordered by the server&apos;s time, but please set the clock.</source>
        <translation>
            <numerusform>ساعة حاسوبك متأخرة بمقدار أقل من يوم. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متأخرة بمقدار يومًا واحدًا. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متأخرة بمقدار يومين. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متأخرة بمقدار %Ln أيام. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متأخرة بمقدار %Ln يومًا. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متأخرة بمقدار %Ln يوم. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="29"/>
        <source>Your computer&apos;s clock is %n hour(s) ahead. Posts are ordered by the server&apos;s time, but please set the clock.</source>
        <translation>
            <numerusform>ساعة حاسوبك متقدّمة بمقدار أقل من ساعة. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متقدّمة بمقدار ساعة واحدة. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متقدّمة بمقدار ساعتين. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متقدّمة بمقدار %Ln ساعات. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متقدّمة بمقدار %Ln ساعة. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متقدّمة بمقدار %Ln ساعة. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="30"/>
        <source>Your computer&apos;s clock is %n hour(s) behind. Posts are ordered by the server&apos;s time, but please set the clock.</source>
        <translation>
            <numerusform>ساعة حاسوبك متأخرة بمقدار أقل من ساعة. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متأخرة بمقدار ساعة واحدة. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متأخرة بمقدار ساعتين. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متأخرة بمقدار %Ln ساعات. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متأخرة بمقدار %Ln ساعة. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متأخرة بمقدار %Ln ساعة. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="31"/>
        <source>Your computer&apos;s clock is %n minute(s) ahead. Posts are ordered by the server&apos;s time, but please set the clock.</source>
        <translation>
            <numerusform>ساعة حاسوبك متقدّمة بمقدار أقل من دقيقة. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متقدّمة بمقدار دقيقة واحدة. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متقدّمة بمقدار دقيقتين. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متقدّمة بمقدار %Ln دقائق. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متقدّمة بمقدار %Ln دقيقة. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متقدّمة بمقدار %Ln دقيقة. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="32"/>
        <source>Your computer&apos;s clock is %n minute(s) behind. Posts are ordered by the server&apos;s time, but please set the clock.</source>
        <translation>
            <numerusform>ساعة حاسوبك متأخرة بمقدار أقل من دقيقة. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متأخرة بمقدار دقيقة واحدة. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متأخرة بمقدار دقيقتين. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متأخرة بمقدار %Ln دقائق. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متأخرة بمقدار %Ln دقيقة. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
            <numerusform>ساعة حاسوبك متأخرة بمقدار %Ln دقيقة. تُرتَّب المشاركات حسب وقت الخادم، ولكن يُرجى ضبط الساعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="33"/>
        <source>%n new reply(s) to your cases</source>
        <translation>
            <numerusform>لا ردود جديدة على حالاتك</numerusform>
            <numerusform>ردّ جديد على حالاتك</numerusform>
            <numerusform>ردّان جديدان على حالاتك</numerusform>
            <numerusform>%Ln ردود جديدة على حالاتك</numerusform>
            <numerusform>%Ln ردًّا جديدًا على حالاتك</numerusform>
            <numerusform>%Ln ردّ جديد على حالاتك</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="34"/>
        <source>Your case &apos;%1&apos; was reviewed</source>
        <translation>رُوجعت حالتك «%1»</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="35"/>
        <source>A tutor asked for changes to your case &apos;%1&apos;</source>
        <translation>طلب مُعلِّم تعديلات على حالتك «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="36"/>
        <source>%n case(s) waiting for review</source>
        <translation>
            <numerusform>لا حالات بانتظار المراجعة</numerusform>
            <numerusform>حالة واحدة بانتظار المراجعة</numerusform>
            <numerusform>حالتان بانتظار المراجعة</numerusform>
            <numerusform>%Ln حالات بانتظار المراجعة</numerusform>
            <numerusform>%Ln حالة بانتظار المراجعة</numerusform>
            <numerusform>%Ln حالة بانتظار المراجعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="37"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>لا ردود</numerusform>
            <numerusform>ردّ واحد</numerusform>
            <numerusform>ردّان</numerusform>
            <numerusform>%Ln ردود</numerusform>
            <numerusform>%Ln ردًّا</numerusform>
            <numerusform>%Ln ردّ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="38"/>
        <source>%n change(s) to cases</source>
        <translation>
            <numerusform>لا تعديلات على الحالات</numerusform>
            <numerusform>تعديل واحد على حالة</numerusform>
            <numerusform>تعديلان على الحالات</numerusform>
            <numerusform>%Ln تعديلات على الحالات</numerusform>
            <numerusform>%Ln تعديلًا على الحالات</numerusform>
            <numerusform>%Ln تعديل على الحالات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="39"/>
        <source>%n discussion(s)</source>
        <translation>
            <numerusform>لا مناقشات</numerusform>
            <numerusform>مناقشة واحدة</numerusform>
            <numerusform>مناقشتان</numerusform>
            <numerusform>%Ln مناقشات</numerusform>
            <numerusform>%Ln مناقشة</numerusform>
            <numerusform>%Ln مناقشة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="40"/>
        <source>%n case review(s)</source>
        <translation>
            <numerusform>لا مراجعات</numerusform>
            <numerusform>مراجعة حالة واحدة</numerusform>
            <numerusform>مراجعتا حالة</numerusform>
            <numerusform>%Ln مراجعات حالات</numerusform>
            <numerusform>%Ln مراجعة حالة</numerusform>
            <numerusform>%Ln مراجعة حالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="41"/>
        <source>%n lesson progress mark(s)</source>
        <translation>
            <numerusform>لا علامات تقدّم</numerusform>
            <numerusform>علامة تقدّم واحدة في درس</numerusform>
            <numerusform>علامتا تقدّم في الدروس</numerusform>
            <numerusform>%Ln علامات تقدّم في الدروس</numerusform>
            <numerusform>%Ln علامة تقدّم في الدروس</numerusform>
            <numerusform>%Ln علامة تقدّم في الدروس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="42"/>
        <source>%n quiz answer(s)</source>
        <translation>
            <numerusform>لا إجابات</numerusform>
            <numerusform>إجابة اختبار واحدة</numerusform>
            <numerusform>إجابتا اختبار</numerusform>
            <numerusform>%Ln إجابات اختبار</numerusform>
            <numerusform>%Ln إجابة اختبار</numerusform>
            <numerusform>%Ln إجابة اختبار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="43"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>لا ملاحظات</numerusform>
            <numerusform>ملاحظة واحدة</numerusform>
            <numerusform>ملاحظتان</numerusform>
            <numerusform>%Ln ملاحظات</numerusform>
            <numerusform>%Ln ملاحظة</numerusform>
            <numerusform>%Ln ملاحظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="44"/>
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>لا علامات مرجعية</numerusform>
            <numerusform>علامة مرجعية واحدة</numerusform>
            <numerusform>علامتان مرجعيتان</numerusform>
            <numerusform>%Ln علامات مرجعية</numerusform>
            <numerusform>%Ln علامة مرجعية</numerusform>
            <numerusform>%Ln علامة مرجعية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="45"/>
        <source>%n photo(s) or file(s)</source>
        <translation>
            <numerusform>لا صور أو ملفات</numerusform>
            <numerusform>صورة أو ملف واحد</numerusform>
            <numerusform>صورتان أو ملفان</numerusform>
            <numerusform>%Ln صور أو ملفات</numerusform>
            <numerusform>%Ln صورة أو ملفًا</numerusform>
            <numerusform>%Ln صورة أو ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="46"/>
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>لا تأمّلات</numerusform>
            <numerusform>تأمّل واحد</numerusform>
            <numerusform>تأمّلان</numerusform>
            <numerusform>%Ln تأمّلات</numerusform>
            <numerusform>%Ln تأمّلًا</numerusform>
            <numerusform>%Ln تأمّل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="47"/>
        <source>%n thank-you(s)</source>
        <translation>
            <numerusform>لا شكر</numerusform>
            <numerusform>شكر واحد</numerusform>
            <numerusform>شكران</numerusform>
            <numerusform>%Ln رسائل شكر</numerusform>
            <numerusform>%Ln رسالة شكر</numerusform>
            <numerusform>%Ln رسالة شكر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="48"/>
        <source>%n other change(s)</source>
        <translation>
            <numerusform>لا تغييرات أخرى</numerusform>
            <numerusform>تغيير آخر واحد</numerusform>
            <numerusform>تغييران آخران</numerusform>
            <numerusform>%Ln تغييرات أخرى</numerusform>
            <numerusform>%Ln تغييرًا آخر</numerusform>
            <numerusform>%Ln تغيير آخر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="49"/>
        <source>Waiting to be sent: %1.</source>
        <translation>بانتظار الإرسال: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="50"/>
        <source>%n case draft(s) with changes the server does not have yet.</source>
        <translation>
            <numerusform>لا مسوّدات حالات بتعديلات لم تصل إلى الخادم.</numerusform>
            <numerusform>مسوّدة حالة واحدة فيها تعديلات لم تصل إلى الخادم بعد.</numerusform>
            <numerusform>مسوّدتا حالة فيهما تعديلات لم تصل إلى الخادم بعد.</numerusform>
            <numerusform>%Ln مسوّدات حالات فيها تعديلات لم تصل إلى الخادم بعد.</numerusform>
            <numerusform>%Ln مسوّدة حالة فيها تعديلات لم تصل إلى الخادم بعد.</numerusform>
            <numerusform>%Ln مسوّدة حالة فيها تعديلات لم تصل إلى الخادم بعد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="51"/>
        <source>%n change(s) held on this computer by the identifier check (never sent).</source>
        <translation>
            <numerusform>لا تغييرات محتجزة.</numerusform>
            <numerusform>تغيير واحد محتجز على هذا الحاسوب بسبب فحص بيانات المريض التعريفية (لم يُرسل قط).</numerusform>
            <numerusform>تغييران محتجزان على هذا الحاسوب بسبب فحص بيانات المريض التعريفية (لم يُرسلا قط).</numerusform>
            <numerusform>%Ln تغييرات محتجزة على هذا الحاسوب بسبب فحص بيانات المريض التعريفية (لم تُرسل قط).</numerusform>
            <numerusform>%Ln تغييرًا محتجزًا على هذا الحاسوب بسبب فحص بيانات المريض التعريفية (لم تُرسل قط).</numerusform>
            <numerusform>%Ln تغيير محتجز على هذا الحاسوب بسبب فحص بيانات المريض التعريفية (لم تُرسل قط).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="52"/>
        <source>%n change(s) waiting for a decision after a conflict.</source>
        <translation>
            <numerusform>لا تغييرات بانتظار قرار.</numerusform>
            <numerusform>تغيير واحد بانتظار قرار بعد تعارض.</numerusform>
            <numerusform>تغييران بانتظار قرار بعد تعارض.</numerusform>
            <numerusform>%Ln تغييرات بانتظار قرار بعد تعارض.</numerusform>
            <numerusform>%Ln تغييرًا بانتظار قرار بعد تعارض.</numerusform>
            <numerusform>%Ln تغيير بانتظار قرار بعد تعارض.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/core_texts.py" line="53"/>
        <source>%n photo(s) or file(s) not uploaded (%1).</source>
        <translation>
            <numerusform>لا صور أو ملفات غير مرفوعة (%1).</numerusform>
            <numerusform>صورة أو ملف واحد لم يُرفع (%1).</numerusform>
            <numerusform>صورتان أو ملفان لم يُرفعا (%1).</numerusform>
            <numerusform>%Ln صور أو ملفات لم تُرفع (%1).</numerusform>
            <numerusform>%Ln صورة أو ملفًا لم تُرفع (%1).</numerusform>
            <numerusform>%Ln صورة أو ملف لم تُرفع (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="54"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="55"/>
        <source>Something went wrong. Your work is saved on this computer.</source>
        <translation>حدث خطأ ما. عملك محفوظ على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="56"/>
        <source>No connection. Your work is saved and will be sent later.</source>
        <translation>لا يوجد اتصال. عملك محفوظ وسيُرسل لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="57"/>
        <source>The server cannot take or send files just now. Your records are synced; files will follow at a later sync.</source>
        <translation>لا يستطيع الخادم استلام الملفات أو إرسالها الآن. سجلّاتك متزامنة، وستتبعها الملفات في مزامنة لاحقة.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="58"/>
        <source>Please sign in again. Your work on this computer is kept.</source>
        <translation>يُرجى تسجيل الدخول مجددًا. عملك على هذا الحاسوب محفوظ.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="59"/>
        <source>Someone else changed this at the same time. Your version is kept so you can compare.</source>
        <translation>غيّر شخص آخر هذا في الوقت نفسه. نسختك محفوظة لتتمكن من المقارنة.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="60"/>
        <source>Sync was interrupted. It will continue where it stopped.</source>
        <translation>انقطعت المزامنة. ستُستأنف من حيث توقّفت.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="61"/>
        <source>Some data was damaged and was not used. It will be downloaded again.</source>
        <translation>تلفت بعض البيانات ولم تُستخدم. ستُنزَّل مجددًا.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="62"/>
        <source>This version of TutorClient is too old for the server. Please update it.</source>
        <translation>هذا الإصدار من TutorClient أقدم مما يقبله الخادم. يُرجى تحديثه.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/core_texts.py" line="63"/>
        <source>TutorClient could not save to this computer. Check that the disk is not full.</source>
        <translation>تعذّر على TutorClient الحفظ على هذا الحاسوب. يُرجى التحقق من أن القرص غير ممتلئ.</translation>
    </message>
</context>
</TS>
