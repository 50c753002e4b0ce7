<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BundleButtons</name>
    <message>
        <source>USB bundles</source>
        <translation>حزم USB</translation>
    </message>
    <message>
        <source>Import from USB…</source>
        <translation>استيراد من USB…</translation>
    </message>
    <message>
        <source>Import a USB bundle</source>
        <translation>استيراد حزمة USB</translation>
    </message>
    <message>
        <source>Apply a bundle made on the server for the person signed in here: for clinics without a connection.</source>
        <translation>تطبيق حزمة أُعدّت على الخادم للشخص المسجَّل دخوله هنا: للعيادات التي لا اتصال فيها.</translation>
    </message>
    <message>
        <source>Export to USB…</source>
        <translation>تصدير إلى USB…</translation>
    </message>
    <message>
        <source>Make a USB bundle for the server</source>
        <translation>إعداد حزمة USB للخادم</translation>
    </message>
    <message>
        <source>Write the work waiting to be sent to a file for the server, to carry on a USB stick.</source>
        <translation>كتابة العمل المنتظر إرساله في ملف للخادم، لنقله على ذاكرة USB.</translation>
    </message>
    <message>
        <source>Choose the bundle to import</source>
        <translation>اختيار الحزمة المراد استيرادها</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Make a USB bundle for the server</source>
        <translation>إعداد حزمة USB للخادم</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>حفظ الحزمة باسم</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose where to save the bundle</source>
        <translation>اختيار مكان حفظ الحزمة</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>الحفظ باسم:</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>الحفظ باسم</translation>
    </message>
    <message>
        <source>Choose the USB stick. Then give the stick to your coordinator, who imports it on the server; the server&apos;s answer comes back in the next bundle made for you.</source>
        <translation>اختر ذاكرة USB، ثم سلّمها إلى المنسّق الذي يستوردها على الخادم؛ ويعود ردّ الخادم في الحزمة التالية المُعدّة لك.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>ما الذي يحدث بعد ذلك</translation>
    </message>
    <message>
        <source>Reading what waits to be sent…</source>
        <translation>جارٍ قراءة ما ينتظر الإرسال…</translation>
    </message>
    <message>
        <source>Written: {changes} and {files} ({size}).</source>
        <translation>كُتب: {changes} و{files} ({size}).</translation>
    </message>
    <message>
        <source>Written: {changes} and {files}.</source>
        <translation>كُتب: {changes} و{files}.</translation>
    </message>
    <message>
        <source>Saved as {path}. Take it to the server; your work also stays on this computer until the server confirms it.</source>
        <translation>حُفظت باسم {path}. انقلها إلى الخادم؛ ويبقى عملك أيضاً على هذا الحاسوب إلى أن يؤكّده الخادم.</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import a USB bundle</source>
        <translation>استيراد حزمة USB</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>الملف: {path}</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>ملف الحزمة</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>جارٍ فحص الحزمة…</translation>
    </message>
    <message>
        <source>Nothing is changed until you press Import.</source>
        <translation>لن يتغيّر شيء حتى تضغط «استيراد».</translation>
    </message>
    <message>
        <source>This bundle cannot be imported here.</source>
        <translation>لا يمكن استيراد هذه الحزمة هنا.</translation>
    </message>
    <message>
        <source>Imported: {changes} and {files}.</source>
        <translation>استُورد: {changes} و{files}.</translation>
    </message>
    <message numerus="yes">
        <source>%n new change(s)</source>
        <translation>
            <numerusform>لا تغييرات جديدة</numerusform>
            <numerusform>تغيير جديد واحد</numerusform>
            <numerusform>تغييران جديدان</numerusform>
            <numerusform>%Ln تغييرات جديدة</numerusform>
            <numerusform>%Ln تغييراً جديداً</numerusform>
            <numerusform>%Ln تغيير جديد</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: this computer already had every change in it; {files} checked.</source>
        <translation>استُورد: كان لدى هذا الحاسوب كل تغيير فيها من قبل؛ وفُحص {files}.</translation>
    </message>
    <message numerus="yes">
        <source>The server confirmed %n change(s) sent from here.</source>
        <translation>
            <numerusform>لم يؤكّد الخادم أي تغيير أُرسل من هنا.</numerusform>
            <numerusform>أكّد الخادم تغييراً واحداً أُرسل من هنا.</numerusform>
            <numerusform>أكّد الخادم تغييرين أُرسلا من هنا.</numerusform>
            <numerusform>أكّد الخادم %Ln تغييرات أُرسلت من هنا.</numerusform>
            <numerusform>أكّد الخادم %Ln تغييراً أُرسلت من هنا.</numerusform>
            <numerusform>أكّد الخادم %Ln تغيير أُرسلت من هنا.</numerusform>
        </translation>
    </message>
    <message>
        <source>{conflicts} and {refused} refused: see Waiting to be sent on the Sync page.</source>
        <translation>{conflicts} و{refused} مرفوضة: انظر «ينتظر الإرسال» في صفحة المزامنة.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>لا تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%Ln تعارضات</numerusform>
            <numerusform>%Ln تعارضاً</numerusform>
            <numerusform>%Ln تعارض</numerusform>
        </translation>
    </message>
    <message>
        <source>The server has more: import the next bundle too.</source>
        <translation>لدى الخادم المزيد: استورد الحزمة التالية أيضاً.</translation>
    </message>
</context>
<context>
    <name>BundlesPanel</name>
    <message>
        <source>TutorClient bundles (*.tcb);;All files (*)</source>
        <translation>حزم TutorClient (*.tcb);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>لا تغييرات</numerusform>
            <numerusform>تغيير واحد</numerusform>
            <numerusform>تغييران</numerusform>
            <numerusform>%Ln تغييرات</numerusform>
            <numerusform>%Ln تغييراً</numerusform>
            <numerusform>%Ln تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>لا ملفات</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%Ln ملفات</numerusform>
            <numerusform>%Ln ملفاً</numerusform>
            <numerusform>%Ln ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>For: {name}, username {username}: the person signed in here.</source>
        <translation>لـ: {name}، اسم المستخدم {username}: الشخص المسجَّل دخوله هنا.</translation>
    </message>
    <message>
        <source>Made on the server: {when}.</source>
        <translation>أُعدّت على الخادم: {when}.</translation>
    </message>
    <message>
        <source>Holds: {changes} and {files} ({size}).</source>
        <translation>تحتوي: {changes} و{files} ({size}).</translation>
    </message>
    <message>
        <source>Holds: {changes} and {files}.</source>
        <translation>تحتوي: {changes} و{files}.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s answers to %n change(s) sent from here by an earlier bundle.</source>
        <translation>
            <numerusform>لا ردود من الخادم على تغييرات أُرسلت من هنا بحزمة سابقة.</numerusform>
            <numerusform>ردّ الخادم على تغيير واحد أُرسل من هنا بحزمة سابقة.</numerusform>
            <numerusform>ردود الخادم على تغييرين أُرسلا من هنا بحزمة سابقة.</numerusform>
            <numerusform>ردود الخادم على %Ln تغييرات أُرسلت من هنا بحزمة سابقة.</numerusform>
            <numerusform>ردود الخادم على %Ln تغييراً أُرسلت من هنا بحزمة سابقة.</numerusform>
            <numerusform>ردود الخادم على %Ln تغيير أُرسلت من هنا بحزمة سابقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Size: {size}.</source>
        <translation>الحجم: {size}.</translation>
    </message>
    <message>
        <source>The server has more: ask for the next bundle after this one.</source>
        <translation>لدى الخادم المزيد: اطلب الحزمة التالية بعد هذه.</translation>
    </message>
    <message>
        <source>Nothing waits to be sent: the bundle would tell the server only that this computer is up to date.</source>
        <translation>لا شيء ينتظر الإرسال: لن تُخبر الحزمة الخادمَ إلا بأن هذا الحاسوب محدَّث.</translation>
    </message>
    <message>
        <source>Goes to the server: {changes} and {files} ({size}).</source>
        <translation>يُرسل إلى الخادم: {changes} و{files} ({size}).</translation>
    </message>
    <message>
        <source>Goes to the server: {changes}.</source>
        <translation>يُرسل إلى الخادم: {changes}.</translation>
    </message>
    <message numerus="yes">
        <source>%n later edit(s) of the same work wait for the server&apos;s answer; they go in the next bundle.</source>
        <translation>
            <numerusform>لا تعديلات لاحقة على العمل نفسه تنتظر ردّ الخادم.</numerusform>
            <numerusform>تعديل لاحق واحد على العمل نفسه ينتظر ردّ الخادم؛ ويُرسل في الحزمة التالية.</numerusform>
            <numerusform>تعديلان لاحقان على العمل نفسه ينتظران ردّ الخادم؛ ويُرسلان في الحزمة التالية.</numerusform>
            <numerusform>%Ln تعديلات لاحقة على العمل نفسه تنتظر ردّ الخادم؛ وتُرسل في الحزمة التالية.</numerusform>
            <numerusform>%Ln تعديلاً لاحقاً على العمل نفسه تنتظر ردّ الخادم؛ وتُرسل في الحزمة التالية.</numerusform>
            <numerusform>%Ln تعديل لاحق على العمل نفسه تنتظر ردّ الخادم؛ وتُرسل في الحزمة التالية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) held on this computer by the identifier check stay here until you edit or confirm them.</source>
        <translation>
            <numerusform>لا تغييرات محجوزة على هذا الحاسوب بفحص المعرِّفات.</numerusform>
            <numerusform>تغيير واحد محجوز على هذا الحاسوب بفحص المعرِّفات يبقى هنا حتى تعدّله أو تؤكّده.</numerusform>
            <numerusform>تغييران محجوزان على هذا الحاسوب بفحص المعرِّفات يبقيان هنا حتى تعدّلهما أو تؤكّدهما.</numerusform>
            <numerusform>%Ln تغييرات محجوزة على هذا الحاسوب بفحص المعرِّفات تبقى هنا حتى تعدّلها أو تؤكّدها.</numerusform>
            <numerusform>%Ln تغييراً محجوزاً على هذا الحاسوب بفحص المعرِّفات تبقى هنا حتى تعدّلها أو تؤكّدها.</numerusform>
            <numerusform>%Ln تغيير محجوز على هذا الحاسوب بفحص المعرِّفات تبقى هنا حتى تعدّلها أو تؤكّدها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every file in the bundle…</source>
        <translation>جارٍ فحص كل ملف في الحزمة…</translation>
    </message>
    <message>
        <source>Saving the changes…</source>
        <translation>جارٍ حفظ التغييرات…</translation>
    </message>
    <message>
        <source>Writing files: {done} of {total}</source>
        <translation>جارٍ كتابة الملفات: {done} من {total}</translation>
    </message>
    <message>
        <source>Saving files: {done} of {total}</source>
        <translation>جارٍ حفظ الملفات: {done} من {total}</translation>
    </message>
    <message>
        <source> ({done} of {total})</source>
        <translation> ({done} من {total})</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>حالاتي</translation>
    </message>
    <message>
        <source>Back to my cases</source>
        <translation>الرجوع إلى حالاتي</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>وضع الحالة</translation>
    </message>
    <message>
        <source>Improve and send again</source>
        <translation>تحسين وإرسال من جديد</translation>
    </message>
    <message>
        <source>Edit the case and send it again</source>
        <translation>تعديل الحالة وإرسالها من جديد</translation>
    </message>
    <message>
        <source>The case and its reviews</source>
        <translation>الحالة ومراجعاتها</translation>
    </message>
    <message>
        <source>Case sections</source>
        <translation>أقسام الحالة</translation>
    </message>
    <message>
        <source>The case and reviews</source>
        <translation>الحالة والمراجعات</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>المناقشة</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>Discussion ({new} new)</source>
        <translation>المناقشة ({new} جديدة)</translation>
    </message>
    <message>
        <source>Discussion ({count})</source>
        <translation>المناقشة ({count})</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Small: 1024 px (recommended on 2G)</source>
        <translation>صغير: 1024 px (يُنصح به على شبكة 2G)</translation>
    </message>
    <message>
        <source>Medium: 1280 px</source>
        <translation>متوسط: 1280 px</translation>
    </message>
    <message>
        <source>Large: 1600 px (fine ECG or X-ray detail)</source>
        <translation>كبير: 1600 px (لتفاصيل ECG أو الأشعة السينية الدقيقة)</translation>
    </message>
    <message>
        <source>Nothing to upload yet.</source>
        <translation>لا شيء للرفع بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) and the text</source>
        <translation>
            <numerusform>النص فقط</numerusform>
            <numerusform>ملف واحد والنص</numerusform>
            <numerusform>ملفان والنص</numerusform>
            <numerusform>%Ln ملفات والنص</numerusform>
            <numerusform>%Ln ملفاً والنص</numerusform>
            <numerusform>%Ln ملف والنص</numerusform>
        </translation>
    </message>
    <message>
        <source>the text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>أقل من دقيقة</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>نحو أقل من دقيقة</numerusform>
            <numerusform>نحو دقيقة واحدة</numerusform>
            <numerusform>نحو دقيقتين</numerusform>
            <numerusform>نحو %Ln دقائق</numerusform>
            <numerusform>نحو %Ln دقيقة</numerusform>
            <numerusform>نحو %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>To send: {what}, {size} in all — {time} on a slow (2G) connection.</source>
        <translation>للإرسال: {what}، {size} إجمالاً — {time} على اتصال بطيء (2G).</translation>
    </message>
    <message>
        <source>Case form</source>
        <translation>نموذج الحالة</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>حالاتي</translation>
    </message>
    <message>
        <source>Back to my cases</source>
        <translation>الرجوع إلى حالاتي</translation>
    </message>
    <message>
        <source>Your draft is saved; come back to it any time</source>
        <translation>مسوّدتك محفوظة؛ عد إليها متى شئت</translation>
    </message>
    <message>
        <source>Your case</source>
        <translation>حالتك</translation>
    </message>
    <message>
        <source>Case form heading</source>
        <translation>عنوان نموذج الحالة</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>حذف المسوّدة…</translation>
    </message>
    <message>
        <source>Delete this draft</source>
        <translation>حذف هذه المسوّدة</translation>
    </message>
    <message>
        <source>Delete the draft with its pictures (asks first)</source>
        <translation>حذف المسوّدة مع صورها (مع السؤال أولاً)</translation>
    </message>
    <message>
        <source>What the tutor asked you to change</source>
        <translation>ما طلب المعلّم تغييره</translation>
    </message>
    <message>
        <source>Case text</source>
        <translation>نص الحالة</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>الشراكة</translation>
    </message>
    <message>
        <source>The partnership whose tutors will review the case</source>
        <translation>الشراكة التي سيراجع معلّموها الحالة</translation>
    </message>
    <message>
        <source>Specialism</source>
        <translation>التخصّص</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pictures and PDFs&lt;/b&gt; (X-rays, ECGs, photos)</source>
        <translation>&lt;b&gt;الصور وملفات PDF&lt;/b&gt; (صور الأشعة السينية، تخطيطات ECG، صور فوتوغرافية)</translation>
    </message>
    <message>
        <source>Attached pictures and PDFs</source>
        <translation>الصور وملفات PDF المرفقة</translation>
    </message>
    <message>
        <source>No pictures yet. When you add a photo you can crop it and blur faces, names and labels before it is kept.</source>
        <translation>لا صور بعد. عند إضافة صورة يمكنك قصّها وتمويه الوجوه والأسماء والملصقات قبل حفظها.</translation>
    </message>
    <message>
        <source>Add picture or PDF…</source>
        <translation>إضافة صورة أو PDF…</translation>
    </message>
    <message>
        <source>Add a picture or PDF</source>
        <translation>إضافة صورة أو PDF</translation>
    </message>
    <message>
        <source>Pictures are made smaller and their hidden details (GPS, camera, time) removed</source>
        <translation>تُصغَّر الصور وتُزال تفاصيلها المخفية (الموقع GPS، الكاميرا، الوقت)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>إزالة الملف المحدّد</translation>
    </message>
    <message>
        <source>Crop or blur…</source>
        <translation>قصّ أو تمويه…</translation>
    </message>
    <message>
        <source>Crop or blur the selected picture</source>
        <translation>قصّ الصورة المحدّدة أو تمويهها</translation>
    </message>
    <message>
        <source>Hide faces, names and labels before the picture is sent</source>
        <translation>إخفاء الوجوه والأسماء والملصقات قبل إرسال الصورة</translation>
    </message>
    <message>
        <source>Max picture size</source>
        <translation>أقصى حجم للصورة</translation>
    </message>
    <message>
        <source>Applies to pictures you add from now on. Smaller pictures send faster.</source>
        <translation>ينطبق على الصور التي تضيفها من الآن فصاعداً. الصور الأصغر تُرسل أسرع.</translation>
    </message>
    <message>
        <source>Upload size</source>
        <translation>حجم الرفع</translation>
    </message>
    <message>
        <source>Form message</source>
        <translation>رسالة النموذج</translation>
    </message>
    <message>
        <source>Held on this computer</source>
        <translation>محجوزة على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Check what was found…</source>
        <translation>التحقّق ممّا وُجد…</translation>
    </message>
    <message>
        <source>Check what may identify the patient</source>
        <translation>التحقّق ممّا قد يعرّف بالمريض</translation>
    </message>
    <message>
        <source>Edit the highlighted text, or confirm that none of it identifies anyone</source>
        <translation>عدّل النص المظلَّل، أو أكّد أن شيئاً منه لا يعرّف بأحد</translation>
    </message>
    <message>
        <source>Send to the tutors</source>
        <translation>إرسال إلى المعلّمين</translation>
    </message>
    <message>
        <source>Send the case to the tutors</source>
        <translation>إرسال الحالة إلى المعلّمين</translation>
    </message>
    <message>
        <source>Checked for names and numbers first; sent at the next sync</source>
        <translation>يُفحص أولاً بحثاً عن الأسماء والأرقام؛ ويُرسل في المزامنة التالية</translation>
    </message>
    <message>
        <source>Send the changes to the tutors</source>
        <translation>إرسال التغييرات إلى المعلّمين</translation>
    </message>
    <message>
        <source>Improve your case</source>
        <translation>حسِّن حالتك</translation>
    </message>
    <message>
        <source>Chosen when the case was started</source>
        <translation>اختيرت عند بدء الحالة</translation>
    </message>
    <message>
        <source>General / not sure</source>
        <translation>عام / غير متأكد</translation>
    </message>
    <message>
        <source>The tutor asked you to improve this case: {notes}</source>
        <translation>طلب المعلّم تحسين هذه الحالة: {notes}</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>محفوظ على هذا الحاسوب</translation>
    </message>
    <message>
        <source>&lt;b&gt;Held on this computer.&lt;/b&gt; This case may identify the patient ({kinds}). It will not sync, not even to your other devices, until you edit that text or confirm that none of it identifies anyone.</source>
        <translation>&lt;b&gt;محجوزة على هذا الحاسوب.&lt;/b&gt; قد تعرّف هذه الحالة بالمريض ({kinds}). لن تُزامَن، ولا حتى مع أجهزتك الأخرى، حتى تعدّل ذلك النص أو تؤكّد أن شيئاً منه لا يعرّف بأحد.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>None of this identifies anyone: let it sync</source>
        <translation>لا شيء من هذا يعرّف بأحد: السماح بالمزامنة</translation>
    </message>
    <message>
        <source>Not saved yet…</source>
        <translation>لم يُحفظ بعد…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved on this computer at {time}</source>
        <translation>حُفظ على هذا الحاسوب الساعة {time}</translation>
    </message>
    <message>
        <source>Not saved: see the message</source>
        <translation>لم يُحفظ: انظر الرسالة</translation>
    </message>
    <message>
        <source>Add pictures or PDFs to the case</source>
        <translation>إضافة صور أو ملفات PDF إلى الحالة</translation>
    </message>
    <message>
        <source>Choose pictures or PDFs</source>
        <translation>اختيار صور أو ملفات PDF</translation>
    </message>
    <message>
        <source>Pictures and PDFs (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff *.pdf)</source>
        <translation>الصور وملفات PDF (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <source>Preparing the pictures…</source>
        <translation>جارٍ تجهيز الصور…</translation>
    </message>
    <message>
        <source>This picture has been sent (or started to send), so it can no longer be cropped or blurred. Remove it and add an edited copy if needed.</source>
        <translation>أُرسلت هذه الصورة (أو بدأ إرسالها)، فلم يعد ممكناً قصّها أو تمويهها. أزلها وأضف نسخة معدّلة إن لزم.</translation>
    </message>
    <message>
        <source>Give the case a title first.</source>
        <translation>أدخل عنواناً للحالة أولاً.</translation>
    </message>
    <message>
        <source>Describe the case before sending it: at least the presenting complaint or your question.</source>
        <translation>صِف الحالة قبل إرسالها: على الأقل الشكوى الرئيسية أو سؤالك.</translation>
    </message>
    <message>
        <source>Edit the highlighted text, then press “Send to the tutors” again.</source>
        <translation>عدّل النص المظلَّل، ثم اضغط «إرسال إلى المعلّمين» مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Presenting complaint</source>
        <translation>الشكوى الرئيسية</translation>
    </message>
    <message>
        <source>History</source>
        <translation>القصة المرضية</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>الفحص السريري</translation>
    </message>
    <message>
        <source>Investigations</source>
        <translation>الاستقصاءات</translation>
    </message>
    <message>
        <source>Your question for the tutors</source>
        <translation>سؤالك للمعلّمين</translation>
    </message>
    <message>
        <source>A short summary, e.g. “Young man breathless after a motorbike crash”</source>
        <translation>ملخّص قصير، مثلاً: «شاب يعاني ضيق النفس بعد حادث دراجة نارية»</translation>
    </message>
    <message>
        <source>Age, sex and what brought the patient in. No names or numbers that identify them.</source>
        <translation>العمر والجنس وسبب قدوم المريض. دون أسماء أو أرقام تعرّف به.</translation>
    </message>
    <message>
        <source>History of the complaint, past history, medicines, allergies, social history.</source>
        <translation>قصة الشكوى، والسوابق المرضية، والأدوية، والحساسية، والقصة الاجتماعية.</translation>
    </message>
    <message>
        <source>What you found: observations (pulse, BP, breathing rate, saturation), then each system.</source>
        <translation>ما وجدته: العلامات الحيوية (النبض، ضغط الدم، معدّل التنفس، الإشباع)، ثم كل جهاز.</translation>
    </message>
    <message>
        <source>Tests done and results, and tests you could not get.</source>
        <translation>الفحوص التي أُجريت ونتائجها، والفحوص التي تعذّر إجراؤها.</translation>
    </message>
    <message>
        <source>What would you like the tutors to help you with?</source>
        <translation>بماذا تودّ أن يساعدك المعلّمون؟</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>اسم</translation>
    </message>
    <message>
        <source>a town or village</source>
        <translation>مدينة أو قرية</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>رقم هاتف</translation>
    </message>
    <message>
        <source>a date of birth</source>
        <translation>تاريخ ميلاد</translation>
    </message>
    <message>
        <source>a record number</source>
        <translation>رقم سجلّ طبي</translation>
    </message>
    <message>
        <source>an ID number</source>
        <translation>رقم هوية</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>Not filled in</source>
        <translation>لم يُملأ</translation>
    </message>
    <message>
        <source>started {when}</source>
        <translation>بدأت {when}</translation>
    </message>
    <message>
        <source>Pictures and files</source>
        <translation>الصور والملفات</translation>
    </message>
    <message>
        <source> (not downloaded yet: arrives with the next sync)</source>
        <translation> (لم يُنزَّل بعد: يصل مع المزامنة التالية)</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>مُراجَعة</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>مطلوب تعديل</translation>
    </message>
    <message>
        <source> — waiting to send</source>
        <translation> — بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Review by {who}</source>
        <translation>مراجعة {who}</translation>
    </message>
    <message>
        <source>{decision} · score {score} of 5 · {when}{pending}</source>
        <translation>{decision} · الدرجة {score} من 5 · {when}{pending}</translation>
    </message>
    <message>
        <source>a tutor</source>
        <translation>معلّم</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>ما أُحسن فيه</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>مواضع القلق</translation>
    </message>
    <message>
        <source>Suggested next steps</source>
        <translation>الخطوات التالية المقترحة</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases and discussions</source>
        <translation>الحالات والمناقشات</translation>
    </message>
    <message>
        <source>+  New case</source>
        <translation>+  حالة جديدة</translation>
    </message>
    <message>
        <source>Start a new case</source>
        <translation>بدء حالة جديدة</translation>
    </message>
    <message>
        <source>Write up a patient for the tutors; it saves as you type</source>
        <translation>اكتب حالة مريض للمعلّمين؛ تُحفظ أثناء الكتابة</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>حالاتي</translation>
    </message>
    <message>
        <source>Case rows</source>
        <translation>صفوف الحالات</translation>
    </message>
    <message>
        <source>My cases columns</source>
        <translation>أعمدة «حالاتي»</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>حذف المسوّدة…</translation>
    </message>
    <message>
        <source>Delete the selected draft</source>
        <translation>حذف المسوّدة المحدّدة</translation>
    </message>
    <message>
        <source>Only drafts can be deleted; it asks first</source>
        <translation>يمكن حذف المسوّدات فقط؛ ويُسأل أولاً</translation>
    </message>
    <message>
        <source>You have no cases yet. Press “New case” to write up a patient you would like a tutor&apos;s advice on. It works without a connection and is sent at the next sync.</source>
        <translation>لا حالات لديك بعد. اضغط «حالة جديدة» لكتابة حالة مريض تودّ مشورة معلّم بشأنه. يعمل ذلك دون اتصال ويُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>لا حالات بعد</translation>
    </message>
    <message>
        <source>Open a case to read the tutor&apos;s review and to discuss it. Everything you write is saved on this computer first and sent at the next sync.</source>
        <translation>افتح حالة لقراءة مراجعة المعلّم ومناقشتها. كل ما تكتبه يُحفظ على هذا الحاسوب أولاً ثم يُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Course discussions</source>
        <translation>مناقشات المقرّرات</translation>
    </message>
    <message>
        <source>No course discussions on this computer yet.</source>
        <translation>لا مناقشات مقرّرات على هذا الحاسوب بعد.</translation>
    </message>
    <message>
        <source>Back to cases and discussions</source>
        <translation>الرجوع إلى الحالات والمناقشات</translation>
    </message>
    <message>
        <source>Which partnership is the case for?</source>
        <translation>لأيّ شراكة هذه الحالة؟</translation>
    </message>
    <message>
        <source>For the {partnership}</source>
        <translation>لشراكة {partnership}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) you made here also changed somewhere else. Nothing is lost: choose which version to keep.</source>
        <translation>
            <numerusform>لا تغييرات أجريتها هنا تغيّرت في مكان آخر.</numerusform>
            <numerusform>تغيير واحد أجريته هنا تغيّر أيضاً في مكان آخر. لم يُفقد شيء: اختر النسخة التي تُبقيها.</numerusform>
            <numerusform>تغييران أجريتهما هنا تغيّرا أيضاً في مكان آخر. لم يُفقد شيء: اختر النسخة التي تُبقيها.</numerusform>
            <numerusform>%Ln تغييرات أجريتها هنا تغيّرت أيضاً في مكان آخر. لم يُفقد شيء: اختر النسخة التي تُبقيها.</numerusform>
            <numerusform>%Ln تغييراً أجريتها هنا تغيّرت أيضاً في مكان آخر. لم يُفقد شيء: اختر النسخة التي تُبقيها.</numerusform>
            <numerusform>%Ln تغيير أجريتها هنا تغيّرت أيضاً في مكان آخر. لم يُفقد شيء: اختر النسخة التي تُبقيها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>البتّ…</translation>
    </message>
    <message>
        <source>You are not in a partnership yet, so a case has nowhere to go. Ask your coordinator to add you.</source>
        <translation>لست في شراكة بعد، فلا وجهة للحالة. اطلب من المنسّق إضافتك.</translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation>إجراءات الحالة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Your case</source>
        <translation>حالتك</translation>
    </message>
    <message>
        <source>Your case “{title}”</source>
        <translation>حالتك «{title}»</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>ملاحظتك</translation>
    </message>
    <message>
        <source>Your note “{title}”</source>
        <translation>ملاحظتك «{title}»</translation>
    </message>
    <message>
        <source>Your review</source>
        <translation>مراجعتك</translation>
    </message>
    <message>
        <source>Your review “{title}”</source>
        <translation>مراجعتك «{title}»</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>مشاركتك</translation>
    </message>
    <message>
        <source>Your post “{title}”</source>
        <translation>مشاركتك «{title}»</translation>
    </message>
    <message>
        <source>Your discussion</source>
        <translation>مناقشتك</translation>
    </message>
    <message>
        <source>Your discussion “{title}”</source>
        <translation>مناقشتك «{title}»</translation>
    </message>
    <message>
        <source>Your bookmark</source>
        <translation>إشارتك المرجعية</translation>
    </message>
    <message>
        <source>Your bookmark “{title}”</source>
        <translation>إشارتك المرجعية «{title}»</translation>
    </message>
    <message>
        <source>Your reading progress</source>
        <translation>تقدّمك في القراءة</translation>
    </message>
    <message>
        <source>Your reading progress “{title}”</source>
        <translation>تقدّمك في القراءة «{title}»</translation>
    </message>
    <message>
        <source>Specialism</source>
        <translation>التخصّص</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>نقاط القوة</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>مواضع القلق</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Changes that need your decision</source>
        <translation>تغييرات تحتاج إلى قرارك</translation>
    </message>
    <message>
        <source>Decide which version to keep</source>
        <translation>تحديد النسخة التي تُبقى</translation>
    </message>
    <message>
        <source>Which change this is</source>
        <translation>أيّ تغيير هذا</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <source>Both versions, field by field</source>
        <translation>النسختان، حقلاً حقلاً</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>إبقاء نسختي</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>إبقاء نسختي</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation>إبقاء نسخة الخادم</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version</source>
        <translation>إبقاء نسخة الخادم</translation>
    </message>
    <message>
        <source>Merge by hand</source>
        <translation>دمج يدوي</translation>
    </message>
    <message>
        <source>Merge the two versions by hand</source>
        <translation>دمج النسختين يدوياً</translation>
    </message>
    <message>
        <source>Save the merged version</source>
        <translation>حفظ النسخة المدمجة</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>البتّ لاحقاً</translation>
    </message>
    <message>
        <source>Close and decide later; nothing is lost</source>
        <translation>الإغلاق والبتّ لاحقاً؛ لن يُفقد شيء</translation>
    </message>
    <message>
        <source>Nothing to decide</source>
        <translation>لا شيء يحتاج إلى قرار</translation>
    </message>
    <message>
        <source>All your changes agree with the server.</source>
        <translation>كل تغييراتك متوافقة مع الخادم.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>{what} was also changed somewhere else</source>
        <translation>{what} تغيّر أيضاً في مكان آخر</translation>
    </message>
    <message>
        <source>  (1 of {count})</source>
        <translation>  (الأول من {count})</translation>
    </message>
    <message>
        <source>It was deleted on the server after you changed it here. Keep yours to send it again, or let it go.</source>
        <translation>حُذف على الخادم بعد أن غيّرته هنا. أبقِ نسختك لإرسالها من جديد، أو تخلَّ عنها.</translation>
    </message>
    <message>
        <source>You changed it on this computer while it was changed on another computer or by someone else. Both versions are below; nothing is lost until you choose.</source>
        <translation>غيّرته على هذا الحاسوب بينما تغيّر على حاسوب آخر أو من قِبل شخص آخر. النسختان أدناه؛ لن يُفقد شيء حتى تختار.</translation>
    </message>
    <message>
        <source>Your version (this computer)</source>
        <translation>نسختك (هذا الحاسوب)</translation>
    </message>
    <message>
        <source>The server&apos;s version</source>
        <translation>نسخة الخادم</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged (edit this)&lt;/b&gt;</source>
        <translation>&lt;b&gt;المدمجة (عدّل هذه)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>مختلف</translation>
    </message>
    <message>
        <source>{field}, your version</source>
        <translation>{field}، نسختك</translation>
    </message>
    <message>
        <source>{field}, the server&apos;s version</source>
        <translation>{field}، نسخة الخادم</translation>
    </message>
    <message>
        <source>{field}, merged version</source>
        <translation>{field}، النسخة المدمجة</translation>
    </message>
    <message>
        <source>Let it go</source>
        <translation>التخلّي عنها</translation>
    </message>
</context>
<context>
    <name>DataSettingsDialog</name>
    <message>
        <source>Data settings</source>
        <translation>إعدادات البيانات</translation>
    </message>
    <message>
        <source>Sync automatically when the server can be reached</source>
        <translation>المزامنة تلقائياً عند إمكان الوصول إلى الخادم</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>المزامنة تلقائياً</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>المزامنة كل</translation>
    </message>
    <message>
        <source>Daily data limit</source>
        <translation>حدّ البيانات اليومي</translation>
    </message>
    <message>
        <source>Monthly data limit</source>
        <translation>حدّ البيانات الشهري</translation>
    </message>
    <message>
        <source>Ask before files over</source>
        <translation>السؤال قبل الملفات الأكبر من</translation>
    </message>
    <message>
        <source>Download images and files on metered connections</source>
        <translation>تنزيل الصور والملفات على الاتصالات المحسوبة بالحجم</translation>
    </message>
    <message>
        <source>Files on metered connections</source>
        <translation>الملفات على الاتصالات المحسوبة بالحجم</translation>
    </message>
    <message>
        <source>Treat every connection as metered (satellite, paid modem)</source>
        <translation>معاملة كل اتصال على أنه محسوب بالحجم (قمر صناعي، مودم مدفوع)</translation>
    </message>
    <message>
        <source>Always metered</source>
        <translation>محسوب بالحجم دائماً</translation>
    </message>
    <message>
        <source>Daily limit (0 = none)</source>
        <translation>الحدّ اليومي (0 = بلا حدّ)</translation>
    </message>
    <message>
        <source>Monthly limit (0 = none)</source>
        <translation>الحدّ الشهري (0 = بلا حدّ)</translation>
    </message>
    <message>
        <source>Ask before files over (0 = never)</source>
        <translation>السؤال قبل الملفات الأكبر من (0 = أبداً)</translation>
    </message>
    <message>
        <source>Lock the screen after minutes unused</source>
        <translation>قفل الشاشة بعد دقائق من عدم الاستخدام</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبداً</translation>
    </message>
    <message>
        <source>On a shared computer, the screen locks after this long without use; the password opens it again.</source>
        <translation>على حاسوب مشترك، تُقفل الشاشة بعد هذه المدة دون استخدام؛ وتفتحها كلمة المرور من جديد.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared computer&lt;/b&gt;</source>
        <translation>&lt;b&gt;حاسوب مشترك&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Shared computer</source>
        <translation>حاسوب مشترك</translation>
    </message>
    <message>
        <source>Lock the screen after (0 = never)</source>
        <translation>قفل الشاشة بعد (0 = أبداً)</translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation>الحفظ أو الإلغاء</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
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
        <translation>حذف «{title}» مع صورها وملاحظاتها؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete this untitled draft with its pictures and notes? This cannot be undone.</source>
        <translation>حذف هذه المسوّدة غير المعنونة مع صورها وملاحظاتها؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete the draft?</source>
        <translation>حذف المسوّدة؟</translation>
    </message>
    <message>
        <source>If it was already synced to your account, it is deleted there too at the next sync. Tutors never saw it: drafts are only yours.</source>
        <translation>إن كانت قد زُومنت مع حسابك، فستُحذف هناك أيضاً في المزامنة التالية. لم يرها المعلّمون: المسوّدات لك وحدك.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>حذف المسوّدة</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الإبقاء عليها</translation>
    </message>
</context>
<context>
    <name>FileNote</name>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلّد</translation>
    </message>
    <message>
        <source>Open the folder of the {what}</source>
        <translation>فتح مجلّد: {what}</translation>
    </message>
</context>
<context>
    <name>FullResolution</name>
    <message>
        <source>Downloading the full-resolution picture ({size})…</source>
        <translation>جارٍ تنزيل الصورة بدقّتها الكاملة ({size})…</translation>
    </message>
    <message>
        <source>The full-resolution picture is {size}, more than the {limit} you allowed without asking: it waits for your go-ahead on the Sync page.</source>
        <translation>حجم الصورة بدقّتها الكاملة {size}، وهو أكثر من {limit} التي سمحت بها دون سؤال: تنتظر موافقتك في صفحة المزامنة.</translation>
    </message>
    <message>
        <source>The full-resolution picture downloads at the next sync.</source>
        <translation>تُنزَّل الصورة بدقّتها الكاملة في المزامنة التالية.</translation>
    </message>
</context>
<context>
    <name>IdentifierCheckDialog</name>
    <message>
        <source>Send anyway: none of this identifies anyone</source>
        <translation>الإرسال على أي حال: لا شيء من هذا يعرّف بأحد</translation>
    </message>
    <message>
        <source>Check for details that identify the patient</source>
        <translation>التحقّق من التفاصيل التي تعرّف بالمريض</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>التحقّق قبل الإرسال</translation>
    </message>
    <message>
        <source>&lt;b&gt;This case may identify the patient.&lt;/b&gt;</source>
        <translation>&lt;b&gt;قد تعرّف هذه الحالة بالمريض.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This case may identify the patient</source>
        <translation>قد تعرّف هذه الحالة بالمريض</translation>
    </message>
    <message numerus="yes">
        <source>TutorClient found %n thing(s) that could identify someone. Tutors in another country will read this case: remove names, phone numbers, dates of birth and record numbers unless the patient agreed to share them.</source>
        <translation>
            <numerusform>لم يجد TutorClient شيئاً قد يعرّف بأحد.</numerusform>
            <numerusform>وجد TutorClient شيئاً واحداً قد يعرّف بأحد. سيقرأ هذه الحالة معلّمون في بلد آخر: أزل الأسماء وأرقام الهواتف وتواريخ الميلاد وأرقام السجلات ما لم يوافق المريض على مشاركتها.</numerusform>
            <numerusform>وجد TutorClient شيئين قد يعرّفان بأحد. سيقرأ هذه الحالة معلّمون في بلد آخر: أزل الأسماء وأرقام الهواتف وتواريخ الميلاد وأرقام السجلات ما لم يوافق المريض على مشاركتها.</numerusform>
            <numerusform>وجد TutorClient %Ln أشياء قد تعرّف بأحد. سيقرأ هذه الحالة معلّمون في بلد آخر: أزل الأسماء وأرقام الهواتف وتواريخ الميلاد وأرقام السجلات ما لم يوافق المريض على مشاركتها.</numerusform>
            <numerusform>وجد TutorClient %Ln شيئاً قد يعرّف بأحد. سيقرأ هذه الحالة معلّمون في بلد آخر: أزل الأسماء وأرقام الهواتف وتواريخ الميلاد وأرقام السجلات ما لم يوافق المريض على مشاركتها.</numerusform>
            <numerusform>وجد TutorClient %Ln شيء قد يعرّف بأحد. سيقرأ هذه الحالة معلّمون في بلد آخر: أزل الأسماء وأرقام الهواتف وتواريخ الميلاد وأرقام السجلات ما لم يوافق المريض على مشاركتها.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>ما الذي وُجد</translation>
    </message>
    <message>
        <source>Edit the case</source>
        <translation>تعديل الحالة</translation>
    </message>
    <message>
        <source>Go back and edit the case</source>
        <translation>الرجوع وتعديل الحالة</translation>
    </message>
</context>
<context>
    <name>ImageEditorDialog</name>
    <message>
        <source>&amp;Crop</source>
        <translation>&amp;قصّ</translation>
    </message>
    <message>
        <source>&amp;Blur box</source>
        <translation>&amp;مربّع تمويه</translation>
    </message>
    <message>
        <source>Blur b&amp;rush</source>
        <translation>&amp;فرشاة تمويه</translation>
    </message>
    <message>
        <source>Hide faces and names in the picture</source>
        <translation>إخفاء الوجوه والأسماء في الصورة</translation>
    </message>
    <message>
        <source>Crop and blur the picture</source>
        <translation>قصّ الصورة وتمويهها</translation>
    </message>
    <message>
        <source>Blur every face, name, tattoo and label a tutor does not need, or crop them out. Only the edited picture is kept and sent; the original stays where it was and is never copied into TutorClient.</source>
        <translation>موِّه كل وجه واسم ووشم وملصق لا يحتاجه المعلّم، أو قُصّها. تُحفظ الصورة المعدّلة وحدها وتُرسل؛ وتبقى الأصلية في مكانها ولا تُنسخ إلى TutorClient أبداً.</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation>حجم الفرشاة</translation>
    </message>
    <message>
        <source>Brush &amp;size</source>
        <translation>&amp;حجم الفرشاة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo the last step</source>
        <translation>التراجع عن الخطوة الأخيرة</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة الضبط</translation>
    </message>
    <message>
        <source>Undo every step</source>
        <translation>التراجع عن كل الخطوات</translation>
    </message>
    <message>
        <source>Steps so far</source>
        <translation>الخطوات حتى الآن</translation>
    </message>
    <message>
        <source>Keys: C, B and R pick a tool; on the picture the arrow keys move the dashed box, Shift+arrows resize it, Enter applies the tool there.</source>
        <translation>المفاتيح: C وB وR لاختيار أداة؛ وعلى الصورة تحرّك مفاتيح الأسهم المربّع المتقطّع، وShift مع الأسهم يغيّر حجمه، وEnter يطبّق الأداة هناك.</translation>
    </message>
    <message>
        <source>Apply and attach</source>
        <translation>تطبيق وإرفاق</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel: keep nothing</source>
        <translation>إلغاء: عدم الإبقاء على شيء</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) blurred</source>
        <translation>
            <numerusform>لم تُموَّه أي منطقة</numerusform>
            <numerusform>مُوِّهت منطقة واحدة</numerusform>
            <numerusform>مُوِّهت منطقتان</numerusform>
            <numerusform>مُوِّهت %Ln مناطق</numerusform>
            <numerusform>مُوِّهت %Ln منطقة</numerusform>
            <numerusform>مُوِّهت %Ln منطقة</numerusform>
        </translation>
    </message>
    <message>
        <source>cropped to {width} × {height} px</source>
        <translation>قُصّت إلى {width} × {height} px</translation>
    </message>
    <message>
        <source>Done so far: {steps}.</source>
        <translation>المُنجز حتى الآن: {steps}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Nothing changed yet: drag on the picture to blur or crop.</source>
        <translation>لم يتغيّر شيء بعد: اسحب على الصورة للتمويه أو القصّ.</translation>
    </message>
</context>
<context>
    <name>LessonBrowser</name>
    <message>
        <source>Picture not downloaded yet: it downloads at the next sync.
Click to download it first.</source>
        <translation>لم تُنزَّل الصورة بعد: تُنزَّل في المزامنة التالية.
انقر لتنزيلها أولاً.</translation>
    </message>
    <message>
        <source>This picture downloads first at the next sync.</source>
        <translation>تُنزَّل هذه الصورة أولاً في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Full resolution</source>
        <translation>الدقّة الكاملة</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <extracomment>Runs ``work`` somewhere (a lane thread in the reader) and hands its result to ``done`` on the UI thread.</extracomment>
        <translation>نص الدرس</translation>
    </message>
    <message>
        <source>Pictures from the internet are not loaded in lessons.</source>
        <translation>لا تُحمَّل صور الإنترنت في الدروس.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>My courses</source>
        <translation>مقرّراتي</translation>
    </message>
    <message>
        <source>Course table columns</source>
        <translation>أعمدة جدول المقرّرات</translation>
    </message>
    <message>
        <source>About this course</source>
        <translation>عن هذا المقرّر</translation>
    </message>
    <message>
        <source>What is on this computer</source>
        <translation>ما الموجود على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Open course</source>
        <translation>فتح المقرّر</translation>
    </message>
    <message>
        <source>Open the course</source>
        <translation>فتح المقرّر</translation>
    </message>
    <message>
        <source>Download for offline use</source>
        <translation>التنزيل للاستخدام دون اتصال</translation>
    </message>
    <message>
        <source>Download the course for offline use</source>
        <translation>تنزيل المقرّر للاستخدام دون اتصال</translation>
    </message>
    <message>
        <source>Keep the course&apos;s pictures and PDFs on this computer</source>
        <translation>الاحتفاظ بصور المقرّر وملفات PDF على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Remove from this computer</source>
        <translation>الإزالة من هذا الحاسوب</translation>
    </message>
    <message>
        <source>Remove the course&apos;s files from this computer</source>
        <translation>إزالة ملفات المقرّر من هذا الحاسوب</translation>
    </message>
    <message>
        <source>Free disk space; your notes, progress and quiz scores are kept</source>
        <translation>تحرير مساحة التخزين؛ وتبقى ملاحظاتك وتقدّمك ودرجات اختباراتك</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>تقدّم التنزيل</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>حالة التنزيل</translation>
    </message>
    <message>
        <source>Library message</source>
        <translation>رسالة المكتبة</translation>
    </message>
    <message>
        <source>No courses on this computer yet. Press “Sync now” (F5) when you have a connection, or ask your coordinator for a USB bundle.</source>
        <translation>لا مقرّرات على هذا الحاسوب بعد. اضغط «مزامنة الآن» (F5) عند توفّر الاتصال، أو اطلب من المنسّق حزمة USB.</translation>
    </message>
    <message>
        <source>No courses yet</source>
        <translation>لا مقرّرات بعد</translation>
    </message>
    <message>
        <source>Download a course to read it with its pictures and PDFs when there is no connection. Double-click a course to open it.</source>
        <translation>نزِّل مقرّراً لتقرأه مع صوره وملفات PDF حين لا يتوفّر اتصال. انقر نقراً مزدوجاً على مقرّر لفتحه.</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>كل المقرّرات</translation>
    </message>
    <message>
        <source>Back to all courses</source>
        <translation>الرجوع إلى كل المقرّرات</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>التقدّم في المقرّر</translation>
    </message>
    <message>
        <source>Course outline</source>
        <translation>مخطّط المقرّر</translation>
    </message>
    <message>
        <source>Getting ready to download…</source>
        <translation>جارٍ التحضير للتنزيل…</translation>
    </message>
    <message>
        <source>Remove the pictures and PDFs of “{title}” from this computer?</source>
        <translation>إزالة صور «{title}» وملفات PDF الخاصة به من هذا الحاسوب؟</translation>
    </message>
    <message>
        <source>Remove the pictures and PDFs of this course from this computer?</source>
        <translation>إزالة صور هذا المقرّر وملفات PDF الخاصة به من هذا الحاسوب؟</translation>
    </message>
    <message>
        <source>Remove course files?</source>
        <translation>إزالة ملفات المقرّر؟</translation>
    </message>
    <message>
        <source>The lessons&apos; text stays readable. Your notes, bookmarks, progress and quiz scores are kept. You can download the course again later.</source>
        <translation>يبقى نص الدروس مقروءاً. وتبقى ملاحظاتك وإشاراتك المرجعية وتقدّمك ودرجات اختباراتك. يمكنك تنزيل المقرّر مرة أخرى لاحقاً.</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>إزالة الملفات</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>الإبقاء عليها</translation>
    </message>
    <message>
        <source>Keep the files</source>
        <translation>الإبقاء على الملفات</translation>
    </message>
    <message>
        <source>Checking which of its pictures and PDFs are on this computer…</source>
        <translation>جارٍ التحقّق من صوره وملفات PDF الموجودة على هذا الحاسوب…</translation>
    </message>
    <message>
        <source>On this computer: every picture and PDF ({size}). You can read it all without a connection.</source>
        <translation>على هذا الحاسوب: كل صورة وكل ملف PDF ({size}). يمكنك قراءته كله دون اتصال.</translation>
    </message>
    <message>
        <source>Downloading: {present} of {total} files are here ({size} of {size_total}). </source>
        <translation>جارٍ التنزيل: {present} من {total} ملفات هنا ({size} من {size_total}). </translation>
    </message>
    <message>
        <source>The rest are downloading now.</source>
        <translation>البقية قيد التنزيل الآن.</translation>
    </message>
    <message>
        <source>The rest download at the next sync.</source>
        <translation>تُنزَّل البقية في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Text only: the lessons can be read, but their pictures and PDFs are not kept here ({size} still on disk).</source>
        <translation>النص فقط: يمكن قراءة الدروس، لكن صورها وملفات PDF لا تُحفظ هنا ({size} ما زالت على القرص).</translation>
    </message>
    <message>
        <source>Text only: the lessons can be read, but their pictures and PDFs are not kept here.</source>
        <translation>النص فقط: يمكن قراءة الدروس، لكن صورها وملفات PDF لا تُحفظ هنا.</translation>
    </message>
    <message>
        <source>Continue download</source>
        <translation>متابعة التنزيل</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>نُزِّل</translation>
    </message>
    <message>
        <source>Wait for the sync to finish.</source>
        <translation>انتظر انتهاء المزامنة.</translation>
    </message>
    <message>
        <source>Downloading files: {done} of {total}</source>
        <translation>جارٍ تنزيل الملفات: {done} من {total}</translation>
    </message>
    <message>
        <source> ({done} of {total})</source>
        <translation> ({done} من {total})</translation>
    </message>
    <message>
        <source>Checking for new lessons before downloading…</source>
        <translation>جارٍ البحث عن دروس جديدة قبل التنزيل…</translation>
    </message>
    <message>
        <source>Download stopped: {why} It continues at the next sync.</source>
        <translation>توقّف التنزيل: {why} ويُستأنف في المزامنة التالية.</translation>
    </message>
    <message>
        <source>the sync did not finish</source>
        <translation>لم تكتمل المزامنة</translation>
    </message>
    <message>
        <source>Freed {size}. The lessons&apos; text, your notes, progress and quiz scores are kept.</source>
        <translation>حُرِّر {size}. ويبقى نص الدروس وملاحظاتك وتقدّمك ودرجات اختباراتك.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) stayed because another course or your unsent work needs them.</source>
        <translation>
            <numerusform>لم يبقَ أي ملف.</numerusform>
            <numerusform>بقي ملف واحد لأن مقرّراً آخر أو عملك غير المُرسل يحتاجه.</numerusform>
            <numerusform>بقي ملفان لأن مقرّراً آخر أو عملك غير المُرسل يحتاجهما.</numerusform>
            <numerusform>بقيت %Ln ملفات لأن مقرّراً آخر أو عملك غير المُرسل يحتاجها.</numerusform>
            <numerusform>بقي %Ln ملفاً لأن مقرّراً آخر أو عملك غير المُرسل يحتاجها.</numerusform>
            <numerusform>بقي %Ln ملف لأن مقرّراً آخر أو عملك غير المُرسل يحتاجها.</numerusform>
        </translation>
    </message>
    <message>
        <source>{read} of {total} lessons read</source>
        <translation>قُرئ {read} من {total} دروس</translation>
    </message>
    <message>
        <source> · quizzes {percent}%</source>
        <translation> · الاختبارات {percent}%</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <source>“{title}” has not been downloaded to this computer yet.

It will download first at the next sync. Press “Sync now” when you have a connection.</source>
        <translation>لم يُنزَّل «{title}» إلى هذا الحاسوب بعد.

سيُنزَّل أولاً في المزامنة التالية. اضغط «مزامنة الآن» عند توفّر الاتصال.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>Back to the lesson</source>
        <translation>الرجوع إلى الدرس</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>عنوان المستند</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>الصفحة السابقة (PgUp)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Next page (PgDn)</source>
        <translation>الصفحة التالية (PgDn)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>رقم الصفحة</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>عدد الصفحات</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>تصغير (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>تكبير (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>ملاءمة الصفحة لعرض النافذة</translation>
    </message>
    <message>
        <source>PDF pages</source>
        <translation>صفحات PDF</translation>
    </message>
    <message>
        <source>Document message</source>
        <translation>رسالة المستند</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>“{title}” could not be opened. It may be damaged; it will be downloaded again at the next sync.</source>
        <translation>تعذّر فتح «{title}». قد يكون تالفاً؛ وسيُنزَّل مرة أخرى في المزامنة التالية.</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>من {count}</translation>
    </message>
</context>
<context>
    <name>PictureCanvas</name>
    <message>
        <source>Picture: drag to draw, or use the arrow keys and Enter</source>
        <translation>الصورة: اسحب للرسم، أو استخدم مفاتيح الأسهم وEnter</translation>
    </message>
</context>
<context>
    <name>PictureEditing</name>
    <message>
        <source>Apply and attach</source>
        <translation>تطبيق وإرفاق</translation>
    </message>
    <message>
        <source>Only the edited picture is added. Cancel adds nothing.</source>
        <translation>تُضاف الصورة المعدّلة وحدها. والإلغاء لا يضيف شيئاً.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>The edited picture replaces this one; the original is wiped from this computer.</source>
        <translation>تحلّ الصورة المعدّلة محلّ هذه؛ وتُمحى الأصلية من هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <source>Full resolution: {title}</source>
        <translation>الدقّة الكاملة: {title}</translation>
    </message>
    <message>
        <source>{title} ({width} × {height})</source>
        <translation>{title} ({width} × {height})</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>تصغير (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>تكبير (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>ملاءمة للنافذة</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>الحجم الفعلي</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>التكبير</translation>
    </message>
</context>
<context>
    <name>PostCard</name>
    <message>
        <source>Picture not downloaded yet: it arrives with the next sync.</source>
        <translation>لم تُنزَّل الصورة بعد: تصل مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>Post by {author}</source>
        <translation>مشاركة {author}</translation>
    </message>
    <message>
        <source>{author} wrote:</source>
        <translation>كتب {author}:</translation>
    </message>
    <message>
        <source>Earlier post</source>
        <translation>مشاركة سابقة</translation>
    </message>
    <message>
        <source>Quoted post</source>
        <translation>المشاركة المقتبسة</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>نص المشاركة</translation>
    </message>
    <message>
        <source>Quote in reply</source>
        <translation>اقتباس في الردّ</translation>
    </message>
    <message>
        <source>Quote the post by {author} in your reply</source>
        <translation>اقتباس مشاركة {author} في ردّك</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>وقت النشر</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Held on this computer</source>
        <translation>محجوزة على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Not sent: it may identify the patient.</source>
        <translation>لم تُرسل: قد تعرّف بالمريض.</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Saved on this computer. It is sent at the next sync.</source>
        <translation>حُفظ على هذا الحاسوب. ويُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>لم تُرسل</translation>
    </message>
    <message>
        <source>Picture: {name}</source>
        <translation>صورة: {name}</translation>
    </message>
    <message>
        <source>Attached file: {name}</source>
        <translation>ملف مرفق: {name}</translation>
    </message>
    <message>
        <source>The server did not accept this post: {reason}
Edit it and press Resend, or copy the text somewhere safe.</source>
        <translation>لم يقبل الخادم هذه المشاركة: {reason}
عدّلها واضغط «إعادة الإرسال»، أو انسخ النص إلى مكان آمن.</translation>
    </message>
    <message>
        <source>Why this post was not sent</source>
        <translation>سبب عدم إرسال هذه المشاركة</translation>
    </message>
    <message>
        <source>Edit the post that was not sent</source>
        <translation>تعديل المشاركة التي لم تُرسل</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>إعادة الإرسال</translation>
    </message>
    <message>
        <source>Send the post again</source>
        <translation>إرسال المشاركة مرة أخرى</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Not sent: this reply may identify the patient ({kinds}). Tutors in another country will read it. If none of it identifies anyone, send it anyway; otherwise write a new reply without it.</source>
        <translation>لم يُرسل: قد يعرّف هذا الردّ بالمريض ({kinds}). سيقرؤه معلّمون في بلد آخر. إن لم يكن فيه ما يعرّف بأحد فأرسله على أي حال؛ وإلا فاكتب ردّاً جديداً من دونه.</translation>
    </message>
    <message>
        <source>Why this reply is held on this computer</source>
        <translation>سبب حجز هذا الردّ على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Send anyway: none of this identifies anyone</source>
        <translation>الإرسال على أي حال: لا شيء من هذا يعرّف بأحد</translation>
    </message>
    <message>
        <source>Send the reply anyway: none of it identifies anyone</source>
        <translation>إرسال الردّ على أي حال: لا شيء فيه يعرّف بأحد</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Quiz</source>
        <translation>اختبار قصير</translation>
    </message>
    <message>
        <source>Back to the lesson</source>
        <translation>الرجوع إلى الدرس</translation>
    </message>
    <message>
        <source>Quiz title</source>
        <translation>عنوان الاختبار</translation>
    </message>
    <message>
        <source>Quiz questions</source>
        <translation>أسئلة الاختبار</translation>
    </message>
    <message>
        <source>Check my answers</source>
        <translation>تصحيح إجاباتي</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>المحاولة مرة أخرى</translation>
    </message>
    <message>
        <source>Try the quiz again</source>
        <translation>إعادة محاولة الاختبار</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>الأسئلة المُجاب عنها</translation>
    </message>
    <message>
        <source>This quiz is not on this computer yet. It arrives at the next sync.</source>
        <translation>هذا الاختبار غير موجود على هذا الحاسوب بعد. يصل في المزامنة التالية.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s). Your answers are checked on this computer, even offline.</source>
        <translation>
            <numerusform>لا أسئلة. تُصحَّح إجاباتك على هذا الحاسوب، حتى دون اتصال.</numerusform>
            <numerusform>سؤال واحد. تُصحَّح إجاباتك على هذا الحاسوب، حتى دون اتصال.</numerusform>
            <numerusform>سؤالان. تُصحَّح إجاباتك على هذا الحاسوب، حتى دون اتصال.</numerusform>
            <numerusform>%Ln أسئلة. تُصحَّح إجاباتك على هذا الحاسوب، حتى دون اتصال.</numerusform>
            <numerusform>%Ln سؤالاً. تُصحَّح إجاباتك على هذا الحاسوب، حتى دون اتصال.</numerusform>
            <numerusform>%Ln سؤال. تُصحَّح إجاباتك على هذا الحاسوب، حتى دون اتصال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your best score so far: {score} of {max}.</source>
        <translation>أفضل درجة لك حتى الآن: {score} من {max}.</translation>
    </message>
    <message>
        <source>Answered {done} of {total}</source>
        <translation>أُجيب عن {done} من {total}</translation>
    </message>
    <message>
        <source>Answer every question first.</source>
        <translation>أجب عن كل الأسئلة أولاً.</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>أحسنت!</translation>
    </message>
    <message>
        <source>Read the explanations below, then try again.</source>
        <translation>اقرأ الشروح أدناه، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>You scored {score} of {max}. {praise}</source>
        <translation>حصلت على {score} من {max}. {praise}</translation>
    </message>
    <message>
        <source>Your attempt is saved on this computer and sent to your tutor at the next sync.</source>
        <translation>حُفظت محاولتك على هذا الحاسوب وتُرسل إلى معلّمك في المزامنة التالية.</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Lesson reader</source>
        <translation>قارئ الدروس</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>عنوان الدرس</translation>
    </message>
    <message>
        <source>Where this lesson is in the course</source>
        <translation>موقع هذا الدرس في المقرّر</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+−)</source>
        <translation>نص أصغر (Ctrl+−)</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>نص أكبر (Ctrl+=)</translation>
    </message>
    <message>
        <source>Bookmark this place</source>
        <translation>وضع إشارة مرجعية هنا</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>ملاحظتي</translation>
    </message>
    <message>
        <source>Show my note and bookmarks</source>
        <translation>إظهار ملاحظتي وإشاراتي المرجعية</translation>
    </message>
    <message>
        <source>Pictures not downloaded yet</source>
        <translation>صور لم تُنزَّل بعد</translation>
    </message>
    <message>
        <source>Download this image first</source>
        <translation>تنزيل هذه الصورة أولاً</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>Full-resolution picture</source>
        <translation>صورة بدقّة كاملة</translation>
    </message>
    <message>
        <source>My private note for this lesson</source>
        <translation>ملاحظتي الخاصة لهذا الدرس</translation>
    </message>
    <message>
        <source>Write a private note for this lesson. It is saved as you type.</source>
        <translation>اكتب ملاحظة خاصة لهذا الدرس. تُحفظ أثناء الكتابة.</translation>
    </message>
    <message>
        <source>Note saving status</source>
        <translation>حالة حفظ الملاحظة</translation>
    </message>
    <message>
        <source>Bookmarks in this lesson</source>
        <translation>الإشارات المرجعية في هذا الدرس</translation>
    </message>
    <message>
        <source>&lt;b&gt;My private note&lt;/b&gt;</source>
        <translation>&lt;b&gt;ملاحظتي الخاصة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bookmarks&lt;/b&gt;</source>
        <translation>&lt;b&gt;الإشارات المرجعية&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>الدرس السابق</translation>
    </message>
    <message>
        <source>Previous lesson (Alt+Left)</source>
        <translation>الدرس السابق (Alt+Left)</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>الدرس التالي</translation>
    </message>
    <message>
        <source>Next lesson (Alt+Right)</source>
        <translation>الدرس التالي (Alt+Right)</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>التعليم كمقروء</translation>
    </message>
    <message>
        <source>Take the quiz</source>
        <translation>أداء الاختبار</translation>
    </message>
    <message>
        <source>Take the quiz for this lesson</source>
        <translation>أداء اختبار هذا الدرس</translation>
    </message>
    <message>
        <source>This lesson is not on this computer yet</source>
        <translation>هذا الدرس غير موجود على هذا الحاسوب بعد</translation>
    </message>
    <message>
        <source>It arrives at the next sync.</source>
        <translation>يصل في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Lesson {number} of {count}</source>
        <translation>الدرس {number} من {count}</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>نحو أقل من دقيقة</numerusform>
            <numerusform>نحو دقيقة واحدة</numerusform>
            <numerusform>نحو دقيقتين</numerusform>
            <numerusform>نحو %Ln دقائق</numerusform>
            <numerusform>نحو %Ln دقيقة</numerusform>
            <numerusform>نحو %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation>مقروء</translation>
    </message>
    <message>
        <source>Lesson read</source>
        <translation>الدرس مقروء</translation>
    </message>
    <message>
        <source>Quiz (best {score} of {max})</source>
        <translation>الاختبار (الأفضل {score} من {max})</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>إشارة مرجعية</translation>
    </message>
    <message>
        <source>No bookmarks in this lesson yet.</source>
        <translation>لا إشارات مرجعية في هذا الدرس بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) in this lesson (is|are) not downloaded yet. (It downloads|They download) at the next sync.</source>
        <translation>
            <numerusform>كل صور هذا الدرس منزَّلة.</numerusform>
            <numerusform>صورة واحدة في هذا الدرس لم تُنزَّل بعد. تُنزَّل في المزامنة التالية.</numerusform>
            <numerusform>صورتان في هذا الدرس لم تُنزَّلا بعد. تُنزَّلان في المزامنة التالية.</numerusform>
            <numerusform>%Ln صور في هذا الدرس لم تُنزَّل بعد. تُنزَّل في المزامنة التالية.</numerusform>
            <numerusform>%Ln صورة في هذا الدرس لم تُنزَّل بعد. تُنزَّل في المزامنة التالية.</numerusform>
            <numerusform>%Ln صورة في هذا الدرس لم تُنزَّل بعد. تُنزَّل في المزامنة التالية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(This picture downloads|These pictures download) first at the next sync.</source>
        <translation>
            <numerusform>تُنزَّل الصور أولاً في المزامنة التالية.</numerusform>
            <numerusform>تُنزَّل هذه الصورة أولاً في المزامنة التالية.</numerusform>
            <numerusform>تُنزَّل هاتان الصورتان أولاً في المزامنة التالية.</numerusform>
            <numerusform>تُنزَّل هذه الصور أولاً في المزامنة التالية.</numerusform>
            <numerusform>تُنزَّل هذه الصور أولاً في المزامنة التالية.</numerusform>
            <numerusform>تُنزَّل هذه الصور أولاً في المزامنة التالية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Download (this image|these images) first</source>
        <translation>
            <numerusform>تنزيل الصور أولاً</numerusform>
            <numerusform>تنزيل هذه الصورة أولاً</numerusform>
            <numerusform>تنزيل هاتين الصورتين أولاً</numerusform>
            <numerusform>تنزيل هذه الصور أولاً</numerusform>
            <numerusform>تنزيل هذه الصور أولاً</numerusform>
            <numerusform>تنزيل هذه الصور أولاً</numerusform>
        </translation>
    </message>
    <message>
        <source>✓  Read</source>
        <translation>✓  مقروء</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>محفوظ على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>ReviewCasePane</name>
    <message>
        <source>Choose a case from the queue</source>
        <translation>اختر حالة من القائمة</translation>
    </message>
    <message>
        <source>Selected case</source>
        <translation>الحالة المحدّدة</translation>
    </message>
    <message>
        <source>Who is reviewing this case</source>
        <translation>من يراجع هذه الحالة</translation>
    </message>
    <message>
        <source>Claim this case</source>
        <translation>حجز هذه الحالة</translation>
    </message>
    <message>
        <source>Claim this case to review it</source>
        <translation>حجز هذه الحالة لمراجعتها</translation>
    </message>
    <message>
        <source>Works offline: the claim is sent at the next sync</source>
        <translation>يعمل دون اتصال: يُرسل الحجز في المزامنة التالية</translation>
    </message>
    <message>
        <source>Give it back</source>
        <translation>إعادتها</translation>
    </message>
    <message>
        <source>Give the case back to the queue</source>
        <translation>إعادة الحالة إلى قائمة المراجعة</translation>
    </message>
    <message>
        <source>Claim problem</source>
        <translation>مشكلة في الحجز</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Case, review and discussion</source>
        <translation>الحالة والمراجعة والمناقشة</translation>
    </message>
    <message>
        <source>Your review</source>
        <translation>مراجعتك</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>المناقشة</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(بلا عنوان)</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>1 · Unsafe or seriously incomplete</source>
        <translation>1 · غير آمنة أو ناقصة نقصاً خطيراً</translation>
    </message>
    <message>
        <source>2 · Important gaps</source>
        <translation>2 · ثغرات مهمة</translation>
    </message>
    <message>
        <source>3 · Adequate</source>
        <translation>3 · مقبولة</translation>
    </message>
    <message>
        <source>4 · Good</source>
        <translation>4 · جيدة</translation>
    </message>
    <message>
        <source>5 · Excellent</source>
        <translation>5 · ممتازة</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>ما أُحسن فيه</translation>
    </message>
    <message>
        <source>Specific things the trainee did right</source>
        <translation>أشياء محدّدة أصاب فيها المتدرّب</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>مواضع القلق</translation>
    </message>
    <message>
        <source>What was missed or unsafe, and why it matters</source>
        <translation>ما الذي أُغفل أو كان غير آمن، ولماذا يهمّ</translation>
    </message>
    <message>
        <source>Suggested next steps</source>
        <translation>الخطوات التالية المقترحة</translation>
    </message>
    <message>
        <source>Reading, skills to practise, what to do next time</source>
        <translation>قراءات، ومهارات للتمرّن عليها، وما يُفعل في المرة القادمة</translation>
    </message>
    <message>
        <source>Your review is saved on this computer and sent at the next sync.</source>
        <translation>تُحفظ مراجعتك على هذا الحاسوب وتُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Claim the case first, so no other tutor reviews it at the same time.</source>
        <translation>احجز الحالة أولاً، كي لا يراجعها معلّم آخر في الوقت نفسه.</translation>
    </message>
    <message>
        <source>Your review was sent to the trainee. It can no longer be changed.</source>
        <translation>أُرسلت مراجعتك إلى المتدرّب. ولم يعد ممكناً تغييرها.</translation>
    </message>
    <message>
        <source>Only the tutor who claimed this case can review it.</source>
        <translation>لا يراجع هذه الحالة إلا المعلّم الذي حجزها.</translation>
    </message>
    <message>
        <source>Your review</source>
        <extracomment>What the form allows: write the review, wait for a claim, show a sent review, or nothing.</extracomment>
        <translation>مراجعتك</translation>
    </message>
    <message>
        <source>About the review form</source>
        <translation>عن نموذج المراجعة</translation>
    </message>
    <message>
        <source>Score from 1 to 5</source>
        <translation>الدرجة من 1 إلى 5</translation>
    </message>
    <message>
        <source>Choose a score…</source>
        <translation>اختيار درجة…</translation>
    </message>
    <message>
        <source>Reviewed: no changes needed</source>
        <translation>مُراجَعة: لا حاجة إلى تعديلات</translation>
    </message>
    <message>
        <source>Decision: reviewed</source>
        <translation>القرار: مُراجَعة</translation>
    </message>
    <message>
        <source>Ask the trainee to improve the case</source>
        <translation>الطلب من المتدرّب تحسين الحالة</translation>
    </message>
    <message>
        <source>Decision: revision requested</source>
        <translation>القرار: مطلوب تعديل</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score&lt;/b&gt;</source>
        <translation>&lt;b&gt;الدرجة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision&lt;/b&gt;</source>
        <translation>&lt;b&gt;القرار&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Review message</source>
        <translation>رسالة المراجعة</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>حفظ المراجعة</translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation>حفظ المراجعة</translation>
    </message>
    <message>
        <source>Saved on this computer now; sent at the next sync (Ctrl+Enter)</source>
        <translation>تُحفظ على هذا الحاسوب الآن؛ وتُرسل في المزامنة التالية (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>some feedback</source>
        <translation>بعض التغذية الراجعة</translation>
    </message>
    <message>
        <source>a score</source>
        <translation>درجة</translation>
    </message>
    <message>
        <source>a decision</source>
        <translation>قراراً</translation>
    </message>
    <message>
        <source>Before saving, add {missing}.</source>
        <translation>قبل الحفظ، أضف {missing}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <source>Saved on this computer. It is sent to the trainee at the next sync.</source>
        <translation>حُفظت على هذا الحاسوب. وتُرسل إلى المتدرّب في المزامنة التالية.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Waiting or in review</source>
        <translation>بانتظار معلّم أو قيد المراجعة</translation>
    </message>
    <message>
        <source>Waiting for a tutor</source>
        <translation>بانتظار معلّم</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>مطلوب تعديل</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>مُراجَعة</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a tutor</source>
        <translation>
            <numerusform>لا حالات بانتظار معلّم</numerusform>
            <numerusform>حالة واحدة بانتظار معلّم</numerusform>
            <numerusform>حالتان بانتظار معلّم</numerusform>
            <numerusform>%Ln حالات بانتظار معلّم</numerusform>
            <numerusform>%Ln حالة بانتظار معلّم</numerusform>
            <numerusform>%Ln حالة بانتظار معلّم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claimed by you</source>
        <translation>
            <numerusform>لم تحجز أي حالة</numerusform>
            <numerusform>حالة واحدة حجزتها</numerusform>
            <numerusform>حالتان حجزتهما</numerusform>
            <numerusform>%Ln حالات حجزتها</numerusform>
            <numerusform>%Ln حالة حجزتها</numerusform>
            <numerusform>%Ln حالة حجزتها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in review by other tutors</source>
        <translation>
            <numerusform>لا حالات قيد المراجعة لدى معلّمين آخرين</numerusform>
            <numerusform>حالة واحدة قيد المراجعة لدى معلّمين آخرين</numerusform>
            <numerusform>حالتان قيد المراجعة لدى معلّمين آخرين</numerusform>
            <numerusform>%Ln حالات قيد المراجعة لدى معلّمين آخرين</numerusform>
            <numerusform>%Ln حالة قيد المراجعة لدى معلّمين آخرين</numerusform>
            <numerusform>%Ln حالة قيد المراجعة لدى معلّمين آخرين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with the trainee for changes</source>
        <translation>
            <numerusform>لا حالات لدى المتدرّب للتعديل</numerusform>
            <numerusform>حالة واحدة لدى المتدرّب للتعديل</numerusform>
            <numerusform>حالتان لدى المتدرّب للتعديل</numerusform>
            <numerusform>%Ln حالات لدى المتدرّب للتعديل</numerusform>
            <numerusform>%Ln حالة لدى المتدرّب للتعديل</numerusform>
            <numerusform>%Ln حالة لدى المتدرّب للتعديل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting outside your specialisms</source>
        <translation>
            <numerusform>لا حالات بانتظار خارج تخصّصاتك</numerusform>
            <numerusform>حالة واحدة بانتظار خارج تخصّصاتك</numerusform>
            <numerusform>حالتان بانتظار خارج تخصّصاتك</numerusform>
            <numerusform>%Ln حالات بانتظار خارج تخصّصاتك</numerusform>
            <numerusform>%Ln حالة بانتظار خارج تخصّصاتك</numerusform>
            <numerusform>%Ln حالة بانتظار خارج تخصّصاتك</numerusform>
        </translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>قائمة المراجعة</translation>
    </message>
    <message>
        <source>How many cases are in the queue</source>
        <translation>عدد الحالات في قائمة المراجعة</translation>
    </message>
    <message>
        <source>Filter by partnership</source>
        <translation>التصفية حسب الشراكة</translation>
    </message>
    <message>
        <source>Filter by specialism</source>
        <translation>التصفية حسب التخصّص</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>التصفية حسب الوضع</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>الشراكة</translation>
    </message>
    <message>
        <source>Specialism</source>
        <translation>التخصّص</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Queue and case</source>
        <translation>القائمة والحالة</translation>
    </message>
    <message>
        <source>All my partnerships</source>
        <translation>كل شراكاتي</translation>
    </message>
    <message>
        <source>All specialisms</source>
        <translation>كل التخصّصات</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) you made also changed somewhere else. Nothing is lost: choose which version to keep.</source>
        <translation>
            <numerusform>لا تغييرات أجريتها تغيّرت في مكان آخر.</numerusform>
            <numerusform>تغيير واحد أجريته تغيّر أيضاً في مكان آخر. لم يُفقد شيء: اختر النسخة التي تُبقيها.</numerusform>
            <numerusform>تغييران أجريتهما تغيّرا أيضاً في مكان آخر. لم يُفقد شيء: اختر النسخة التي تُبقيها.</numerusform>
            <numerusform>%Ln تغييرات أجريتها تغيّرت أيضاً في مكان آخر. لم يُفقد شيء: اختر النسخة التي تُبقيها.</numerusform>
            <numerusform>%Ln تغييراً أجريتها تغيّرت أيضاً في مكان آخر. لم يُفقد شيء: اختر النسخة التي تُبقيها.</numerusform>
            <numerusform>%Ln تغيير أجريتها تغيّرت أيضاً في مكان آخر. لم يُفقد شيء: اختر النسخة التي تُبقيها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>البتّ…</translation>
    </message>
    <message>
        <source>“{title}”: </source>
        <translation>«{title}»: </translation>
    </message>
</context>
<context>
    <name>ReviewPanes</name>
    <message>
        <source>The trainee&apos;s question</source>
        <extracomment>The &quot;Claimed by&quot; column&apos;s width, in average characters: &quot;Dr Sarah Bennett&quot; fits.</extracomment>
        <translation>سؤال المتدرّب</translation>
    </message>
    <message>
        <source>You claimed this case on this computer. The claim is sent at the next sync.</source>
        <translation>حجزت هذه الحالة على هذا الحاسوب. ويُرسل الحجز في المزامنة التالية.</translation>
    </message>
    <message>
        <source>You are reviewing this case.</source>
        <translation>أنت تراجع هذه الحالة.</translation>
    </message>
    <message>
        <source>You reviewed this case. Your review was sent to the trainee.</source>
        <translation>راجعت هذه الحالة. وأُرسلت مراجعتك إلى المتدرّب.</translation>
    </message>
    <message>
        <source>You reviewed this case. Your review is sent at the next sync.</source>
        <translation>راجعت هذه الحالة. وتُرسل مراجعتك في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Reviewed by {name}.</source>
        <translation>راجعها {name}.</translation>
    </message>
    <message>
        <source>{name} asked the trainee for changes.</source>
        <translation>طلب {name} من المتدرّب إجراء تعديلات.</translation>
    </message>
    <message>
        <source>{name} is reviewing this case.</source>
        <translation>{name} يراجع هذه الحالة.</translation>
    </message>
    <message>
        <source>Nobody has claimed this case yet.</source>
        <translation>لم يحجز أحد هذه الحالة بعد.</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePane</name>
    <message>
        <source>Cases waiting for review, longest waiting first</source>
        <translation>حالات تنتظر المراجعة، الأطول انتظاراً أولاً</translation>
    </message>
    <message>
        <source>Queue columns</source>
        <translation>أعمدة القائمة</translation>
    </message>
    <message>
        <source>No cases match. Cases from your partnerships arrive with each sync.</source>
        <translation>لا حالات مطابقة. تصل حالات شراكاتك مع كل مزامنة.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search lessons and discussions</source>
        <translation>البحث في الدروس والمناقشات</translation>
    </message>
    <message>
        <source>Search lessons and discussions (Ctrl+F)</source>
        <translation>البحث في الدروس والمناقشات (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>مسح البحث</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Lesson</source>
        <translation>درس</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>المناقشة</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>waiting to send</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>ملخّص البحث</translation>
    </message>
    <message>
        <source>Did you mean “{word}”?</source>
        <translation>هل تقصد «{word}»؟</translation>
    </message>
    <message>
        <source>Nothing matches “{text}” yet. Keep typing…</source>
        <translation>لا شيء يطابق «{text}» بعد. تابع الكتابة…</translation>
    </message>
    <message>
        <source>Nothing on this computer matches “{text}”. Try another word, or sync to receive new lessons and discussions.</source>
        <translation>لا شيء على هذا الحاسوب يطابق «{text}». جرّب كلمة أخرى، أو زامِن لتلقّي دروس ومناقشات جديدة.</translation>
    </message>
    <message numerus="yes">
        <source>The best %n result(s) for “{text}” in the lessons and discussions on this computer.</source>
        <translation>
            <numerusform>لا نتائج لـ«{text}» في الدروس والمناقشات على هذا الحاسوب.</numerusform>
            <numerusform>أفضل نتيجة لـ«{text}» في الدروس والمناقشات على هذا الحاسوب.</numerusform>
            <numerusform>أفضل نتيجتين لـ«{text}» في الدروس والمناقشات على هذا الحاسوب.</numerusform>
            <numerusform>أفضل %Ln نتائج لـ«{text}» في الدروس والمناقشات على هذا الحاسوب.</numerusform>
            <numerusform>أفضل %Ln نتيجة لـ«{text}» في الدروس والمناقشات على هذا الحاسوب.</numerusform>
            <numerusform>أفضل %Ln نتيجة لـ«{text}» في الدروس والمناقشات على هذا الحاسوب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “{text}” in the lessons and discussions on this computer.</source>
        <translation>
            <numerusform>لا نتائج لـ«{text}» في الدروس والمناقشات على هذا الحاسوب.</numerusform>
            <numerusform>نتيجة واحدة لـ«{text}» في الدروس والمناقشات على هذا الحاسوب.</numerusform>
            <numerusform>نتيجتان لـ«{text}» في الدروس والمناقشات على هذا الحاسوب.</numerusform>
            <numerusform>%Ln نتائج لـ«{text}» في الدروس والمناقشات على هذا الحاسوب.</numerusform>
            <numerusform>%Ln نتيجة لـ«{text}» في الدروس والمناقشات على هذا الحاسوب.</numerusform>
            <numerusform>%Ln نتيجة لـ«{text}» في الدروس والمناقشات على هذا الحاسوب.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageProgress</name>
    <message>
        <source>Sync stages</source>
        <translation>مراحل المزامنة</translation>
    </message>
    <message>
        <source>{stage}: progress</source>
        <translation>{stage}: التقدّم</translation>
    </message>
    <message>
        <source>{stage}: detail</source>
        <translation>{stage}: التفاصيل</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} من {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>لا عناصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%Ln عناصر</numerusform>
            <numerusform>%Ln عنصراً</numerusform>
            <numerusform>%Ln عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <source>Done · {detail}</source>
        <translation>تمّ · {detail}</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>لا شيء للقيام به</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>لم تُبلَغ</translation>
    </message>
    <message>
        <source>Held back: {attachments} wait</source>
        <translation>مؤجَّلة: {attachments} تنتظر</translation>
    </message>
    <message>
        <source>{sent} sent · {held}</source>
        <translation>أُرسل {sent} · {held}</translation>
    </message>
    <message>
        <source>Skipped: text only ({count} wait)</source>
        <translation>تُخطّيت: النص فقط ({count} تنتظر)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync cancelled. Everything received so far is kept; the next sync continues where this one stopped.</source>
        <translation>أُلغيت المزامنة. ويبقى كل ما استُلم حتى الآن؛ وتُكمل المزامنة التالية من حيث توقّفت هذه.</translation>
    </message>
    <message>
        <source>What to do: check that the clinic&apos;s internet works: is the modem switched on, and does it have airtime or data credit left? Then press Sync now, or wait: TutorClient tries again by itself. Your work is saved on this computer.</source>
        <translation>ما العمل: تحقّق من أن الإنترنت في العيادة يعمل: هل المودم مشغَّل، وهل فيه رصيد مكالمات أو بيانات؟ ثم اضغط «مزامنة الآن»، أو انتظر: يحاول TutorClient من جديد تلقائياً. عملك محفوظ على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The connection leads to a Wi-Fi sign-in page, not to the server: open a web browser, sign in to the Wi-Fi there, then press Check now.</source>
        <translation>يقود الاتصال إلى صفحة تسجيل دخول لشبكة Wi-Fi، لا إلى الخادم: افتح متصفّح ويب، وسجّل الدخول إلى شبكة Wi-Fi هناك، ثم اضغط «التحقّق الآن».</translation>
    </message>
    <message>
        <source>The server answers but has a problem. TutorClient tries again later; if it lasts more than a day, tell your coordinator.</source>
        <translation>الخادم يستجيب لكن لديه مشكلة. يحاول TutorClient من جديد لاحقاً؛ وإن استمرّت أكثر من يوم فأخبر المنسّق.</translation>
    </message>
    <message>
        <source>What to do: sign in again; your session has ended. Your work is kept.</source>
        <translation>ما العمل: سجّل الدخول مرة أخرى؛ فقد انتهت جلستك. عملك محفوظ.</translation>
    </message>
    <message>
        <source>What to do: the server needs a newer TutorClient. Ask your coordinator for the update file and install it; your work is kept.</source>
        <translation>ما العمل: يحتاج الخادم إلى إصدار أحدث من TutorClient. اطلب من المنسّق ملف التحديث وثبّته؛ عملك محفوظ.</translation>
    </message>
    <message>
        <source>What to do: free some space on this computer&apos;s disk, then press Sync now.</source>
        <translation>ما العمل: حرّر بعض المساحة على قرص هذا الحاسوب، ثم اضغط «مزامنة الآن».</translation>
    </message>
    <message>
        <source>What to do: nothing now; damaged data is fetched again at the next sync. If this keeps happening, press Export diagnostics and send the file to your coordinator.</source>
        <translation>ما العمل: لا شيء الآن؛ تُجلب البيانات التالفة من جديد في المزامنة التالية. وإن تكرّر ذلك فاضغط «تصدير ملف التشخيص الفني» وأرسل الملف إلى المنسّق.</translation>
    </message>
    <message>
        <source>What to do: press Sync now to continue where it stopped; nothing was lost.</source>
        <translation>ما العمل: اضغط «مزامنة الآن» للمتابعة من حيث توقّفت؛ لم يُفقد شيء.</translation>
    </message>
    <message>
        <source>What to do: the server had a problem. Try again later; if it lasts more than a day, press Export diagnostics and send the file to your coordinator.</source>
        <translation>ما العمل: واجه الخادم مشكلة. حاول مرة أخرى لاحقاً؛ وإن استمرّت أكثر من يوم فاضغط «تصدير ملف التشخيص الفني» وأرسل الملف إلى المنسّق.</translation>
    </message>
    <message>
        <source>What to do: press Export diagnostics and send the file to your coordinator. Your work is saved on this computer.</source>
        <translation>ما العمل: اضغط «تصدير ملف التشخيص الفني» وأرسل الملف إلى المنسّق. عملك محفوظ على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>تصدير ملف التشخيص الفني</translation>
    </message>
    <message>
        <source>Save a file for support: logs, versions, settings and sync history. It contains no passwords or sign-in tokens.</source>
        <translation>حفظ ملف للدعم الفني: السجلات والإصدارات والإعدادات وسجلّ المزامنة. لا يحتوي على كلمات مرور أو رموز تسجيل دخول.</translation>
    </message>
    <message>
        <source>Save to…</source>
        <translation>الحفظ في…</translation>
    </message>
    <message>
        <source>Export diagnostics to a folder</source>
        <translation>تصدير ملف التشخيص الفني إلى مجلّد</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>آخر مزامنة ناجحة</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>ينتظر الإرسال</translation>
    </message>
    <message>
        <source>Attachments waiting to be sent</source>
        <translation>مرفقات تنتظر الإرسال</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>المزامنة التلقائية</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>التحقّق الآن</translation>
    </message>
    <message>
        <source>Check the connection now</source>
        <translation>التحقّق من الاتصال الآن</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>إلغاء المزامنة</translation>
    </message>
    <message>
        <source>Text only this time (skip images and files)</source>
        <translation>النص فقط هذه المرة (تخطّي الصور والملفات)</translation>
    </message>
    <message>
        <source>Text only this time</source>
        <translation>النص فقط هذه المرة</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>تقدّم المزامنة</translation>
    </message>
    <message>
        <source>Last sync result</source>
        <translation>نتيجة آخر مزامنة</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ما العمل</translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation>حلّ التعارضات</translation>
    </message>
    <message>
        <source>Download large files</source>
        <translation>تنزيل الملفات الكبيرة</translation>
    </message>
    <message>
        <source>Recent syncs</source>
        <translation>المزامنات الأخيرة</translation>
    </message>
    <message>
        <source>Outbox and history</source>
        <translation>صندوق الصادر والسجلّ</translation>
    </message>
    <message>
        <source>Diagnostics file</source>
        <translation>ملف التشخيص الفني</translation>
    </message>
    <message>
        <source>Data used</source>
        <translation>البيانات المستخدمة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data used&lt;/b&gt;</source>
        <translation>&lt;b&gt;البيانات المستخدمة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sent ↑</source>
        <translation>المُرسَل ↑</translation>
    </message>
    <message>
        <source>Received ↓</source>
        <translation>المُستلَم ↓</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>{period}: sent</source>
        <translation>{period}: المُرسَل</translation>
    </message>
    <message>
        <source>{period}: received</source>
        <translation>{period}: المُستلَم</translation>
    </message>
    <message>
        <source>Data limits</source>
        <translation>حدود البيانات</translation>
    </message>
    <message>
        <source>Data settings…</source>
        <translation>إعدادات البيانات…</translation>
    </message>
    <message>
        <source>Data settings</source>
        <translation>إعدادات البيانات</translation>
    </message>
    <message>
        <source>Automatic sync is not running.</source>
        <translation>المزامنة التلقائية لا تعمل.</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached.</source>
        <translation>غير متّصل: لا يمكن الوصول إلى الخادم.</translation>
    </message>
    <message>
        <source>TutorClient checks again at {time}.</source>
        <translation>يتحقّق TutorClient مرة أخرى الساعة {time}.</translation>
    </message>
    <message>
        <source>Online.</source>
        <translation>متّصل.</translation>
    </message>
    <message>
        <source>Next automatic sync at {time}.</source>
        <translation>المزامنة التلقائية التالية الساعة {time}.</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>جارٍ التحقّق من الاتصال…</translation>
    </message>
    <message>
        <source>Metered connection: images and files are allowed.</source>
        <translation>اتصال محسوب بالحجم: الصور والملفات مسموح بها.</translation>
    </message>
    <message>
        <source>Metered connection: text only.</source>
        <translation>اتصال محسوب بالحجم: النص فقط.</translation>
    </message>
    <message>
        <source>Data limit reached</source>
        <translation>بُلغ حدّ البيانات</translation>
    </message>
    <message>
        <source>{reason} Sync anyway? This sync uses more paid data.</source>
        <translation>{reason} المزامنة على أي حال؟ تستهلك هذه المزامنة مزيداً من البيانات المدفوعة.</translation>
    </message>
    <message>
        <source>Sync anyway</source>
        <translation>المزامنة على أي حال</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Stopping at a safe point…</source>
        <translation>جارٍ التوقّف عند نقطة آمنة…</translation>
    </message>
    <message>
        <source>{what} now? On a paid connection this costs data.</source>
        <translation>{what} الآن؟ على اتصال مدفوع يكلّف ذلك بيانات.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message numerus="yes">
        <source>Send and download %n large file(s) ({size})</source>
        <translation>
            <numerusform>إرسال وتنزيل الملفات الكبيرة ({size})</numerusform>
            <numerusform>إرسال وتنزيل ملف كبير واحد ({size})</numerusform>
            <numerusform>إرسال وتنزيل ملفين كبيرين ({size})</numerusform>
            <numerusform>إرسال وتنزيل %Ln ملفات كبيرة ({size})</numerusform>
            <numerusform>إرسال وتنزيل %Ln ملفاً كبيراً ({size})</numerusform>
            <numerusform>إرسال وتنزيل %Ln ملف كبير ({size})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n large file(s) ({size})</source>
        <translation>
            <numerusform>إرسال الملفات الكبيرة ({size})</numerusform>
            <numerusform>إرسال ملف كبير واحد ({size})</numerusform>
            <numerusform>إرسال ملفين كبيرين ({size})</numerusform>
            <numerusform>إرسال %Ln ملفات كبيرة ({size})</numerusform>
            <numerusform>إرسال %Ln ملفاً كبيراً ({size})</numerusform>
            <numerusform>إرسال %Ln ملف كبير ({size})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Download %n large file(s) ({size})</source>
        <translation>
            <numerusform>تنزيل الملفات الكبيرة ({size})</numerusform>
            <numerusform>تنزيل ملف كبير واحد ({size})</numerusform>
            <numerusform>تنزيل ملفين كبيرين ({size})</numerusform>
            <numerusform>تنزيل %Ln ملفات كبيرة ({size})</numerusform>
            <numerusform>تنزيل %Ln ملفاً كبيراً ({size})</numerusform>
            <numerusform>تنزيل %Ln ملف كبير ({size})</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the diagnostics file…</source>
        <translation>جارٍ حفظ ملف التشخيص الفني…</translation>
    </message>
    <message>
        <source>The diagnostics file could not be saved. {why}</source>
        <translation>تعذّر حفظ ملف التشخيص الفني. {why}</translation>
    </message>
    <message>
        <source>Diagnostics saved as {path}. Send this file to your coordinator; it contains no passwords.</source>
        <translation>حُفظ ملف التشخيص الفني باسم {path}. أرسل هذا الملف إلى المنسّق؛ ولا يحتوي على كلمات مرور.</translation>
    </message>
    <message>
        <source>Save the diagnostics file in</source>
        <translation>حفظ ملف التشخيص الفني في</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>اختيار مجلّد</translation>
    </message>
    <message>
        <source>Last successful sync: {when}</source>
        <translation>آخر مزامنة ناجحة: {when}</translation>
    </message>
    <message>
        <source>All your work has been sent.</source>
        <translation>أُرسل كل عملك.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent at the next sync.</source>
        <translation>
            <numerusform>لا تغييرات تنتظر الإرسال.</numerusform>
            <numerusform>تغيير واحد ينتظر الإرسال في المزامنة التالية.</numerusform>
            <numerusform>تغييران ينتظران الإرسال في المزامنة التالية.</numerusform>
            <numerusform>%Ln تغييرات تنتظر الإرسال في المزامنة التالية.</numerusform>
            <numerusform>%Ln تغييراً تنتظر الإرسال في المزامنة التالية.</numerusform>
            <numerusform>%Ln تغيير تنتظر الإرسال في المزامنة التالية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to resolve.</source>
        <translation>
            <numerusform>لا شيء للحلّ.</numerusform>
            <numerusform>تعارض واحد للحلّ.</numerusform>
            <numerusform>تعارضان للحلّ.</numerusform>
            <numerusform>%Ln تعارضات للحلّ.</numerusform>
            <numerusform>%Ln تعارضاً للحلّ.</numerusform>
            <numerusform>%Ln تعارض للحلّ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n conflict(s)…</source>
        <translation>
            <numerusform>حلّ التعارضات…</numerusform>
            <numerusform>حلّ التعارض…</numerusform>
            <numerusform>حلّ التعارضين…</numerusform>
            <numerusform>حلّ %Ln تعارضات…</numerusform>
            <numerusform>حلّ %Ln تعارضاً…</numerusform>
            <numerusform>حلّ %Ln تعارض…</numerusform>
        </translation>
    </message>
    <message>
        <source>This sync</source>
        <translation>هذه المزامنة</translation>
    </message>
    <message numerus="yes">
        <source>Sync finished: sent {sent}, received {received}, %n file(s) downloaded.</source>
        <translation>
            <numerusform>انتهت المزامنة: أُرسل {sent}، واستُلم {received}، ولم يُنزَّل أي ملف.</numerusform>
            <numerusform>انتهت المزامنة: أُرسل {sent}، واستُلم {received}، ونُزِّل ملف واحد.</numerusform>
            <numerusform>انتهت المزامنة: أُرسل {sent}، واستُلم {received}، ونُزِّل ملفان.</numerusform>
            <numerusform>انتهت المزامنة: أُرسل {sent}، واستُلم {received}، ونُزِّلت %Ln ملفات.</numerusform>
            <numerusform>انتهت المزامنة: أُرسل {sent}، واستُلم {received}، ونُزِّل %Ln ملفاً.</numerusform>
            <numerusform>انتهت المزامنة: أُرسل {sent}، واستُلم {received}، ونُزِّل %Ln ملف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) wait for a sync with images.</source>
        <translation>
            <numerusform>لا ملفات تنتظر مزامنة مع الصور.</numerusform>
            <numerusform>ملف واحد ينتظر مزامنة مع الصور.</numerusform>
            <numerusform>ملفان ينتظران مزامنة مع الصور.</numerusform>
            <numerusform>%Ln ملفات تنتظر مزامنة مع الصور.</numerusform>
            <numerusform>%Ln ملفاً تنتظر مزامنة مع الصور.</numerusform>
            <numerusform>%Ln ملف تنتظر مزامنة مع الصور.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغيت</translation>
    </message>
    <message>
        <source>Stopped here</source>
        <translation>توقّفت هنا</translation>
    </message>
    <message>
        <source>{size} a day</source>
        <translation>{size} يومياً</translation>
    </message>
    <message>
        <source>{size} a month</source>
        <translation>{size} شهرياً</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <source>no data limit</source>
        <translation>بلا حدّ للبيانات</translation>
    </message>
    <message>
        <source>Limits: {limits}.</source>
        <translation>الحدود: {limits}.</translation>
    </message>
    <message>
        <source>Files over {size} wait for your go-ahead.</source>
        <translation>الملفات الأكبر من {size} تنتظر موافقتك.</translation>
    </message>
    <message>
        <source>Automatic sync is off.</source>
        <translation>المزامنة التلقائية متوقّفة.</translation>
    </message>
    <message>
        <source>Waiting to be sent ({count}, {size})</source>
        <translation>ينتظر الإرسال ({count}، {size})</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <source>{attachments} waiting to be sent.</source>
        <translation>{attachments} تنتظر الإرسال.</translation>
    </message>
</context>
<context>
    <name>SyncStages</name>
    <message>
        <source>Sending your files</source>
        <translation>إرسال ملفاتك</translation>
    </message>
    <message>
        <source>Sending your work and receiving updates</source>
        <translation>إرسال عملك وتلقّي التحديثات</translation>
    </message>
    <message>
        <source>Receiving updates</source>
        <translation>تلقّي التحديثات</translation>
    </message>
    <message>
        <source>Downloading images and files</source>
        <translation>تنزيل الصور والملفات</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>الإنهاء</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>: {done} of {total}</source>
        <translation>: {done} من {total}</translation>
    </message>
    <message>
        <source>: {done} received</source>
        <translation>: استُلم {done}</translation>
    </message>
    <message>
        <source> ({done} of {total})</source>
        <translation> ({done} من {total})</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) ({size})</source>
        <translation>
            <numerusform>لا مرفقات ({size})</numerusform>
            <numerusform>مرفق واحد ({size})</numerusform>
            <numerusform>مرفقان ({size})</numerusform>
            <numerusform>%Ln مرفقات ({size})</numerusform>
            <numerusform>%Ln مرفقاً ({size})</numerusform>
            <numerusform>%Ln مرفق ({size})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>Discussion</source>
        <translation>المناقشة</translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation>الرجوع إلى النتائج</translation>
    </message>
    <message>
        <source>Read-only for now: replying arrives with the discussions update.</source>
        <translation>للقراءة فقط حالياً: الردّ يأتي مع تحديث المناقشات.</translation>
    </message>
    <message>
        <source>About this view</source>
        <translation>عن هذا العرض</translation>
    </message>
    <message>
        <source>Discussion text</source>
        <translation>نص المناقشة</translation>
    </message>
    <message>
        <source>Discussion title</source>
        <translation>عنوان المناقشة</translation>
    </message>
    <message>
        <source>No posts yet. Write the first one below.</source>
        <translation>لا مشاركات بعد. اكتب أول مشاركة أدناه.</translation>
    </message>
    <message>
        <source>No posts yet</source>
        <translation>لا مشاركات بعد</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>المشاركات</translation>
    </message>
    <message>
        <source>The post you are quoting</source>
        <translation>المشاركة التي تقتبسها</translation>
    </message>
    <message>
        <source>Do not quote</source>
        <translation>عدم الاقتباس</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>ردّك</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>اكتب ردّاً…</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>إرسال الردّ</translation>
    </message>
    <message>
        <source>Works without a connection: your reply is saved now and sent at the next sync.</source>
        <translation>يعمل دون اتصال: يُحفظ ردّك الآن ويُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <source>About sending replies</source>
        <translation>عن إرسال الردود</translation>
    </message>
    <message>
        <source>Quoting {author}: {excerpt}</source>
        <translation>اقتباس من {author}: {excerpt}</translation>
    </message>
</context>
<context>
    <name>_BundleDialog</name>
    <message>
        <source>What the bundle holds</source>
        <translation>ما تحتويه الحزمة</translation>
    </message>
    <message>
        <source>{title}: progress</source>
        <translation>{title}: التقدّم</translation>
    </message>
    <message>
        <source>{title}: status</source>
        <translation>{title}: الحالة</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>ملف الحزمة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>_Question</name>
    <message>
        <source>Question {number}</source>
        <translation>السؤال {number}</translation>
    </message>
    <message>
        <source>Question {number}, answer {answer}: {text}</source>
        <translation>السؤال {number}، الإجابة {answer}: {text}</translation>
    </message>
    <message>
        <source>Feedback on question {number}</source>
        <translation>التغذية الراجعة على السؤال {number}</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>صحيح.</translation>
    </message>
    <message>
        <source>Not quite. The right answer: {answer}.</source>
        <translation>ليس تماماً. الإجابة الصحيحة: {answer}.</translation>
    </message>
    <message>
        <source>right answer</source>
        <translation>الإجابة الصحيحة</translation>
    </message>
</context>
</TS>
