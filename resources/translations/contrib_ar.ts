<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ContributionPdf</name>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="31"/>
        <source>not measured</source>
        <translation>غير مقيس</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="34"/>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="36"/>
        <source>%n min</source>
        <translation>
            <numerusform>أقل من دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="53"/>
        <source>none in this period</source>
        <translation>لا شيء في هذه الفترة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="54"/>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="57"/>
        <source>%n case(s) reviewed</source>
        <translation>
            <numerusform>لم تُراجع أي حالة</numerusform>
            <numerusform>رُوجعت حالة واحدة</numerusform>
            <numerusform>رُوجعت حالتان</numerusform>
            <numerusform>رُوجعت %Ln حالات</numerusform>
            <numerusform>رُوجعت %Ln حالة</numerusform>
            <numerusform>رُوجعت %Ln حالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="58"/>
        <source>%n reply(s) written</source>
        <translation>
            <numerusform>لم يُكتب أي ردّ</numerusform>
            <numerusform>كُتب ردّ واحد</numerusform>
            <numerusform>كُتب ردّان</numerusform>
            <numerusform>كُتبت %Ln ردود</numerusform>
            <numerusform>كُتب %Ln ردّاً</numerusform>
            <numerusform>كُتب %Ln ردّ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="59"/>
        <source>%n trainee(s) helped</source>
        <translation>
            <numerusform>لم يُساعَد أي متدرّب</numerusform>
            <numerusform>ساعدت متدرّباً واحداً</numerusform>
            <numerusform>ساعدت متدرّبَين</numerusform>
            <numerusform>ساعدت %Ln متدرّبين</numerusform>
            <numerusform>ساعدت %Ln متدرّباً</numerusform>
            <numerusform>ساعدت %Ln متدرّب</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="62"/>
        <source>Cases reviewed</source>
        <translation>الحالات التي رُوجعت</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="63"/>
        <source>Replies written</source>
        <translation>الردود المكتوبة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="64"/>
        <source>Trainees helped</source>
        <translation>المتدرّبون الذين ساعدتهم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="65"/>
        <source>Partnerships</source>
        <translation>الشراكات</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="66"/>
        <source>Specialisms (cases)</source>
        <translation>التخصّصات (الحالات)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="67"/>
        <source>Median time to first response</source>
        <translation>وسيط الوقت حتى أول ردّ</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="69"/>
        <source>Cases with a measured response</source>
        <translation>حالات قيس زمن الردّ عليها</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="70"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>لا توجد حالات</numerusform>
            <numerusform>حالة واحدة</numerusform>
            <numerusform>حالتان</numerusform>
            <numerusform>%Ln حالات</numerusform>
            <numerusform>%Ln حالة</numerusform>
            <numerusform>%Ln حالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="71"/>
        <source>(%n not measured)</source>
        <translation>
            <numerusform>(لا شيء غير مقيس)</numerusform>
            <numerusform>(حالة واحدة غير مقيسة)</numerusform>
            <numerusform>(حالتان غير مقيستين)</numerusform>
            <numerusform>(%Ln حالات غير مقيسة)</numerusform>
            <numerusform>(%Ln حالة غير مقيسة)</numerusform>
            <numerusform>(%Ln حالة غير مقيسة)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="73"/>
        <source>Time given (estimate)</source>
        <translation>الوقت المبذول (تقدير)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="74"/>
        <source>Thanks from trainees</source>
        <translation>شكر المتدرّبين</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="77"/>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="135"/>
        <source>Tutor contribution record</source>
        <translation>سجلّ إسهامات المعلّم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="78"/>
        <source>Partnership</source>
        <translation>الشراكة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="79"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="80"/>
        <source>Summary</source>
        <translation>الملخّص</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="81"/>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="82"/>
        <source>Reviews</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="83"/>
        <source>Reflections</source>
        <translation>التأمّلات</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="85"/>
        <source>No reflections written in this period.</source>
        <translation>لم تُكتب تأمّلات في هذه الفترة.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="86"/>
        <source>What trainees said</source>
        <translation>ما قاله المتدرّبون</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="88"/>
        <source>No thanks recorded in this period.</source>
        <translation>لم يُسجَّل شكر في هذه الفترة.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="89"/>
        <source>How these figures are measured</source>
        <translation>كيف تُقاس هذه الأرقام</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="101"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="101"/>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="102"/>
        <source>Specialism</source>
        <translation>التخصّص</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="102"/>
        <source>Time given</source>
        <translation>الوقت المبذول</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="114"/>
        <source>This helped me.</source>
        <translation>أفادني هذا.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/contrib_pdf.py" line="118"/>
        <source>Times to first response run from the case&apos;s submission to the tutor&apos;s first review or reply, both on the server&apos;s clock. Time given counts 15-second slices in which the review form had the focus and was used within the last minute, at most 2 hours per review. Cases are named only where the title passed the identifier check; no patient or trainee is named.</source>
        <translation>يُقاس زمن أول ردّ من تقديم الحالة إلى أول مراجعة أو ردّ من المعلّم، وكلاهما بساعة الخادم. ويُحسب الوقت المبذول بفترات مدّتها 15 ثانية كان فيها نموذج المراجعة نشطاً واستُعمل خلال الدقيقة الأخيرة، بحدّ أقصى ساعتان لكل مراجعة. لا تُذكر عناوين الحالات إلا إذا اجتازت فحص المعرِّفات؛ ولا يُذكر اسم أي مريض أو متدرّب.</translation>
    </message>
</context>
<context>
    <name>ContributionsModel</name>
    <message>
        <location filename="../../tutorclient/ui/models/contributions.py" line="31"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/contributions.py" line="31"/>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/contributions.py" line="32"/>
        <source>Time given</source>
        <translation>الوقت المبذول</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/contributions.py" line="33"/>
        <source>Thanks</source>
        <translation>الشكر</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/contributions.py" line="34"/>
        <source>Reflection</source>
        <translation>التأمّل</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/models/contributions.py" line="52"/>
        <source>Thanked</source>
        <translation>مشكور</translation>
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
        <translation>إسهاماتي</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="71"/>
        <source>What you gave as a tutor, for your appraisal portfolio. Only you see your reflections and the time you gave.</source>
        <translation>ما قدّمته بصفتك معلّماً، لملفّ التقييم المهني. لا يرى تأمّلاتك والوقت الذي بذلته أحد سواك.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="74"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="75"/>
        <source>This CPD year (1 April – 31 March)</source>
        <translation>سنة التطوير المهني الحالية (1 نيسان – 31 آذار)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="76"/>
        <source>Last CPD year</source>
        <translation>سنة التطوير المهني السابقة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="76"/>
        <source>Choose dates</source>
        <translation>اختيار التواريخ</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="77"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="78"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="83"/>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="85"/>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="87"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="91"/>
        <source>Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="92"/>
        <source>Export a PDF for your appraisal portfolio</source>
        <translation>تصدير ملف PDF لملفّ التقييم المهني</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="93"/>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="94"/>
        <source>Export the reviews and replies as a spreadsheet</source>
        <translation>تصدير المراجعات والردود جدولاً</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="95"/>
        <source>Export xAPI…</source>
        <translation>تصدير xAPI…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="96"/>
        <source>Export xAPI statements for a learning record store</source>
        <translation>تصدير عبارات xAPI لمخزن سجلّات التعلّم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="104"/>
        <source>Your reviews in this period</source>
        <translation>مراجعاتك في هذه الفترة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="113"/>
        <location filename="../../tutorclient/ui/views/contributions.py" line="193"/>
        <source>Thanks received</source>
        <translation>الشكر الوارد</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="115"/>
        <source>Export message</source>
        <translation>رسالة التصدير</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="121"/>
        <source>Reviews and reflections</source>
        <translation>المراجعات والتأمّلات</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="124"/>
        <source>What trainees said</source>
        <translation>ما قاله المتدرّبون</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="190"/>
        <source>Cases reviewed</source>
        <translation>الحالات التي رُوجعت</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="190"/>
        <source>Replies written</source>
        <translation>الردود المكتوبة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="191"/>
        <source>Trainees helped</source>
        <translation>المتدرّبون الذين ساعدتهم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="192"/>
        <source>Median time to first response</source>
        <translation>وسيط الوقت حتى أول ردّ</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="193"/>
        <source>Time given (estimate)</source>
        <translation>الوقت المبذول (تقدير)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="194"/>
        <source>Partnerships</source>
        <translation>الشراكات</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="194"/>
        <source>Specialisms</source>
        <translation>التخصّصات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/contributions.py" line="212"/>
        <source>%n case(s) not measured: resubmitted after your answer</source>
        <translation>
            <numerusform>لا توجد حالات غير مقيسة</numerusform>
            <numerusform>حالة واحدة غير مقيسة: قُدّمت من جديد بعد ردّك</numerusform>
            <numerusform>حالتان غير مقيستين: قُدّمتا من جديد بعد ردّك</numerusform>
            <numerusform>%Ln حالات غير مقيسة: قُدّمت من جديد بعد ردّك</numerusform>
            <numerusform>%Ln حالة غير مقيسة: قُدّمت من جديد بعد ردّك</numerusform>
            <numerusform>%Ln حالة غير مقيسة: قُدّمت من جديد بعد ردّك</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="221"/>
        <source>This helped me.</source>
        <translation>أفادني هذا.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="225"/>
        <source>No thanks in this period yet. When a trainee marks one of your reviews &quot;this helped me&quot;, it shows here.</source>
        <translation>لا شكر في هذه الفترة بعد. عندما يعلّم متدرّب إحدى مراجعاتك بعبارة «أفادني هذا» يظهر ذلك هنا.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="244"/>
        <source>Save the export</source>
        <translation>حفظ الملف المُصدَّر</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/contributions.py" line="259"/>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../../tutorclient/ui/views/review_form.py" line="118"/>
        <source>Reflection, private to you</source>
        <extracomment>What the form allows: write the review, wait for a claim, show a sent review, or nothing.</extracomment>
        <translation>التأمّل، خاصّ بك</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/review_form.py" line="120"/>
        <source>What did you learn from this case, or would do differently? Only you see this; it goes into your contribution record.</source>
        <translation>ماذا تعلّمت من هذه الحالة، أو ما الذي كنت ستفعله بطريقة أخرى؟ لا يراه أحد سواك، ويُضاف إلى سجلّ إسهاماتك.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/review_form.py" line="124"/>
        <source>Reflection (private: only you see it)</source>
        <translation>التأمّل (خاصّ: لا يراه أحد سواك)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/review_form.py" line="129"/>
        <source>Save reflection</source>
        <translation>حفظ التأمّل</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/review_form.py" line="129"/>
        <source>Save your reflection</source>
        <translation>حفظ تأمّلك</translation>
    </message>
</context>
<context>
    <name>ThanksBox</name>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="31"/>
        <source>Thank your tutor</source>
        <translation>شكر المعلّم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="37"/>
        <source>About thanking your tutor</source>
        <translation>حول شكر المعلّم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="38"/>
        <source>Thank-you note (optional)</source>
        <translation>رسالة شكر (اختيارية)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="39"/>
        <source>A thank-you note for your tutor (optional)</source>
        <translation>رسالة شكر للمعلّم (اختيارية)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="41"/>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="78"/>
        <source>This helped me</source>
        <translation>أفادني هذا</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="42"/>
        <source>Tell your tutor this review helped you</source>
        <translation>إبلاغ المعلّم أن هذه المراجعة أفادتك</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="43"/>
        <source>Take back</source>
        <translation>سحب</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="44"/>
        <source>Take back your thanks</source>
        <translation>سحب الشكر</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="73"/>
        <source>your tutor</source>
        <translation>المعلّم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="75"/>
        <source>Did %1&apos;s review help you? Saying so encourages tutors who give their time.</source>
        <translation>هل أفادتك مراجعة %1؟ قول ذلك يشجّع المعلّمين الذين يبذلون وقتهم.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="80"/>
        <source>You told %1 this review helped you. You can change your note or take it back.</source>
        <translation>أبلغتَ %1 أن هذه المراجعة أفادتك. يمكن تعديل الرسالة أو سحب الشكر.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/thanks_box.py" line="83"/>
        <source>Save note</source>
        <translation>حفظ الرسالة</translation>
    </message>
</context>
</TS>
