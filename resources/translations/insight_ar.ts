<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Chart</name>
    <message>
        <location filename="../../tutorclient/ui/charts.py" line="61"/>
        <source>No figures for this period yet</source>
        <extracomment>Colour-blind-safe (Okabe-Ito) colours, one per series.</extracomment>
        <translation>لا أرقام لهذه الفترة بعد</translation>
    </message>
</context>
<context>
    <name>InsightPage</name>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="69"/>
        <source>Partnership</source>
        <translation>الشراكة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="70"/>
        <location filename="../../tutorclient/ui/views/insight.py" line="166"/>
        <location filename="../../tutorclient/ui/views/insight.py" line="169"/>
        <source>Course</source>
        <translation>المقرّر</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="85"/>
        <source>No figures yet. They arrive with the next sync once the server has computed them; after that this page works without a connection.</source>
        <translation>لا أرقام بعد. تصل مع المزامنة التالية بعد أن يحسبها الخادم؛ وبعدها تعمل هذه الصفحة دون اتصال.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="107"/>
        <source>Trend shown</source>
        <translation>الاتجاه المعروض</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="111"/>
        <source>Weekly trend</source>
        <translation>الاتجاه الأسبوعي</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="112"/>
        <source>Waiting times</source>
        <translation>مدد الانتظار</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="116"/>
        <source>Saved file</source>
        <translation>الملف المحفوظ</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="152"/>
        <source>Save picture…</source>
        <translation>حفظ الصورة…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="153"/>
        <source>Save the chart as a picture</source>
        <translation>حفظ الرسم البياني صورةً</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="154"/>
        <source>Save data…</source>
        <translation>حفظ البيانات…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="155"/>
        <source>Save the chart&apos;s figures as a table</source>
        <translation>حفظ أرقام الرسم البياني جدولاً</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="165"/>
        <source>Questions most missed</source>
        <translation>الأسئلة الأكثر خطأً</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="166"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="166"/>
        <source>Missed</source>
        <translation>أُخطئ فيه</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="166"/>
        <source>Answered</source>
        <translation>أُجيب</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="167"/>
        <source>Missed (%)</source>
        <translation>نسبة الخطأ (%)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="168"/>
        <source>Courses</source>
        <translation>المقرّرات</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="169"/>
        <source>Trainees</source>
        <translation>المتدرّبون</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="169"/>
        <source>Lessons read</source>
        <translation>الدروس المقروءة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="170"/>
        <source>Quiz attempts</source>
        <translation>محاولات الاختبار القصير</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="170"/>
        <source>Quiz score</source>
        <translation>درجة الاختبار القصير</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="171"/>
        <source>Tutors&apos; response</source>
        <translation>استجابة المعلّمين</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="172"/>
        <source>Tutor</source>
        <translation>المعلّم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="172"/>
        <source>Reviews</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="172"/>
        <source>Median time to review</source>
        <translation>وسيط زمن المراجعة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="173"/>
        <source>9 in 10 within</source>
        <translation>٩ من كل ١٠ خلال</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="174"/>
        <source>Sync health</source>
        <translation>سلامة المزامنة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="175"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="175"/>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="175"/>
        <source>Last sync</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="176"/>
        <source>Failed syncs (30 days)</source>
        <translation>مزامنات فاشلة (٣٠ يوماً)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="176"/>
        <source>Data this month</source>
        <translation>البيانات هذا الشهر</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="177"/>
        <source>Monthly limit</source>
        <translation>الحدّ الشهري</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="178"/>
        <source>Most asked</source>
        <translation>الأكثر سؤالاً</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="179"/>
        <source>Specialism</source>
        <translation>التخصّص</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="179"/>
        <source>Term</source>
        <translation>المصطلح</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="179"/>
        <source>Times asked</source>
        <translation>مرات السؤال</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="203"/>
        <source>Save table…</source>
        <translation>حفظ الجدول…</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="204"/>
        <source>Save this table as CSV</source>
        <translation>حفظ هذا الجدول بصيغة CSV</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="245"/>
        <source>My progress</source>
        <translation>تقدّمي</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="246"/>
        <source>Partnership figures</source>
        <translation>أرقام الشراكة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="250"/>
        <source>All courses</source>
        <translation>كل المقرّرات</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="268"/>
        <source>%1 to %2, computed on the server %3</source>
        <translation>من %1 إلى %2، حُسبت على الخادم في %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/insight.py" line="272"/>
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>لا متدرّبين</numerusform>
            <numerusform>متدرّب واحد</numerusform>
            <numerusform>متدرّبان</numerusform>
            <numerusform>%Ln متدرّبين</numerusform>
            <numerusform>%Ln متدرّباً</numerusform>
            <numerusform>%Ln متدرّب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/insight.py" line="283"/>
        <source>Questions are not shown for %n course(s): fewer than %1 trainees answered their quizzes in this period, and so few answers could point to one person.</source>
        <translation>
            <numerusform>لا تُعرض الأسئلة لأي مقرّر: أجاب أقل من %1 متدرّبين عن اختباراته في هذه الفترة، وقليل الإجابات قد يدلّ على شخص بعينه.</numerusform>
            <numerusform>لا تُعرض الأسئلة لمقرّر واحد: أجاب أقل من %1 متدرّبين عن اختباراته في هذه الفترة، وقليل الإجابات قد يدلّ على شخص بعينه.</numerusform>
            <numerusform>لا تُعرض الأسئلة لمقرّرين: أجاب أقل من %1 متدرّبين عن اختباراتهما في هذه الفترة، وقليل الإجابات قد يدلّ على شخص بعينه.</numerusform>
            <numerusform>لا تُعرض الأسئلة لـ %Ln مقرّرات: أجاب أقل من %1 متدرّبين عن اختباراتها في هذه الفترة، وقليل الإجابات قد يدلّ على شخص بعينه.</numerusform>
            <numerusform>لا تُعرض الأسئلة لـ %Ln مقرّراً: أجاب أقل من %1 متدرّبين عن اختباراتها في هذه الفترة، وقليل الإجابات قد يدلّ على شخص بعينه.</numerusform>
            <numerusform>لا تُعرض الأسئلة لـ %Ln مقرّر: أجاب أقل من %1 متدرّبين عن اختباراتها في هذه الفترة، وقليل الإجابات قد يدلّ على شخص بعينه.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="296"/>
        <source>Weekly: %1</source>
        <translation>أسبوعياً: %1</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="297"/>
        <source>Week starting</source>
        <translation>بداية الأسبوع</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="300"/>
        <source>Cases by waiting time</source>
        <translation>الحالات حسب مدة الانتظار</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="300"/>
        <source>Waiting time</source>
        <translation>مدة الانتظار</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="309"/>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="322"/>
        <source>PNG pictures (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="326"/>
        <location filename="../../tutorclient/ui/views/insight.py" line="333"/>
        <source>CSV tables (*.csv)</source>
        <translation>جداول CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight.py" line="341"/>
        <source>Saved: %1</source>
        <translation>حُفظ: %1</translation>
    </message>
</context>
<context>
    <name>InsightRows</name>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="27"/>
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
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="26"/>
        <source>under 1 h</source>
        <translation>أقل من ساعة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="29"/>
        <source>%1 days</source>
        <translation>%1 يوم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="39"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="44"/>
        <source>never</source>
        <translation>أبداً</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="65"/>
        <source>&lt; %n day(s)</source>
        <translation>
            <numerusform>&lt; %Ln يوم</numerusform>
            <numerusform>&lt; يوم واحد</numerusform>
            <numerusform>&lt; يومين</numerusform>
            <numerusform>&lt; %Ln أيام</numerusform>
            <numerusform>&lt; %Ln يوماً</numerusform>
            <numerusform>&lt; %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="67"/>
        <source>%1–%2 weeks</source>
        <translation>%1–%2 أسابيع</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="70"/>
        <source>%1–%2 days</source>
        <translation>%1–%2 أيام</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="74"/>
        <source>&gt; %n week(s)</source>
        <translation>
            <numerusform>&gt; %Ln أسبوع</numerusform>
            <numerusform>&gt; أسبوع واحد</numerusform>
            <numerusform>&gt; أسبوعين</numerusform>
            <numerusform>&gt; %Ln أسابيع</numerusform>
            <numerusform>&gt; %Ln أسبوعاً</numerusform>
            <numerusform>&gt; %Ln أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="76"/>
        <source>&gt; %n day(s)</source>
        <translation>
            <numerusform>&gt; %Ln يوم</numerusform>
            <numerusform>&gt; يوم واحد</numerusform>
            <numerusform>&gt; يومين</numerusform>
            <numerusform>&gt; %Ln أيام</numerusform>
            <numerusform>&gt; %Ln يوماً</numerusform>
            <numerusform>&gt; %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="96"/>
        <source>Weeks active</source>
        <translation>أسابيع النشاط</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="97"/>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="102"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="101"/>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="170"/>
        <source>Active trainees</source>
        <translation>المتدرّبون النشطون</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="104"/>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="171"/>
        <source>Lessons read</source>
        <translation>الدروس المقروءة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="105"/>
        <source>Quiz score</source>
        <translation>درجة الاختبار القصير</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="106"/>
        <source>Cases waiting</source>
        <translation>حالات قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="107"/>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="108"/>
        <source>First review (median)</source>
        <translation>أول مراجعة (الوسيط)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="136"/>
        <source>All tutors together</source>
        <translation>كل المعلّمين معاً</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="152"/>
        <source>no limit</source>
        <translation>بلا حدّ</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="159"/>
        <source>general</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="172"/>
        <source>Quiz attempts</source>
        <translation>محاولات الاختبار القصير</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="173"/>
        <source>Quiz score (%)</source>
        <translation>درجة الاختبار القصير (%)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="174"/>
        <source>Cases submitted and reviewed</source>
        <translation>الحالات المُقدَّمة والمُراجَعة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="180"/>
        <source>Submitted</source>
        <translation>مُقدَّمة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="181"/>
        <source>Reviewed</source>
        <translation>رُوجعت</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="188"/>
        <source>Time to first review</source>
        <translation>الزمن حتى أول مراجعة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/insight_rows.py" line="190"/>
        <source>Waiting now</source>
        <translation>قيد الانتظار الآن</translation>
    </message>
</context>
</TS>
