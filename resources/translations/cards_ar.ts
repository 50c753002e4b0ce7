<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>DueBanner</name>
    <message>
        <location filename="../../tutorclient/ui/views/due_banner.py" line="40" />
        <location filename="../../tutorclient/ui/views/due_banner.py" line="44" />
        <source>Cards due today</source>
        <translation>البطاقات المستحقّة اليوم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/due_banner.py" line="45" />
        <source>Review now</source>
        <translation>المراجعة الآن</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/due_banner.py" line="46" />
        <source>Start the spaced review</source>
        <translation>بدء المراجعة المتباعدة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/due_banner.py" line="68" />
        <source>%n card(s) due today in your spaced review.</source>
        <translation>
            <numerusform>لا توجد بطاقات مستحقّة اليوم في مراجعتك المتباعدة.</numerusform>
            <numerusform>بطاقة واحدة مستحقّة اليوم في مراجعتك المتباعدة.</numerusform>
            <numerusform>بطاقتان مستحقّتان اليوم في مراجعتك المتباعدة.</numerusform>
            <numerusform>%Ln بطاقات مستحقّة اليوم في مراجعتك المتباعدة.</numerusform>
            <numerusform>%Ln بطاقة مستحقّة اليوم في مراجعتك المتباعدة.</numerusform>
            <numerusform>%Ln بطاقة مستحقّة اليوم في مراجعتك المتباعدة.</numerusform>
            </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tutorclient/ui/main_window.py" line="33" />
        <source>Spaced review</source>
        <translation>المراجعة المتباعدة</translation>
    </message>
</context>
<context>
    <name>SpacedReviewPage</name>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="68" />
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="89" />
        <source>Spaced review</source>
        <translation>المراجعة المتباعدة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="90" />
        <source>Cards due today</source>
        <translation>البطاقات المستحقّة اليوم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="94" />
        <source>About your cards</source>
        <translation>عن بطاقاتك</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="95" />
        <source>Your last review</source>
        <translation>مراجعتك الأخيرة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="97" />
        <source>How spaced review works</source>
        <translation>كيف تعمل المراجعة المتباعدة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="98" />
        <source>Questions you got wrong in a quiz, and questions you keep with “Keep for review”, come back here: soon at first, then at longer and longer intervals while you remember them. Everything works without a connection; your ratings are sent at the next sync, so your other computers know them too.</source>
        <translation>تعود إلى هنا الأسئلة التي أخطأت فيها في اختبار قصير، والأسئلة التي تحتفظ بها عبر «حفظ للمراجعة»: قريباً في البداية، ثم على فترات تطول كلّما تذكّرتها. يعمل كلّ شيء دون اتصال؛ وتُرسَل تقييماتك عند المزامنة التالية، فتعرفها أجهزتك الأخرى أيضاً.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="102" />
        <source>Start review (Space)</source>
        <translation>بدء المراجعة (مفتاح المسافة)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="103" />
        <source>Start review</source>
        <translation>بدء المراجعة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="124" />
        <source>Cards left</source>
        <translation>البطاقات المتبقّية</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="125" />
        <source>End (Esc)</source>
        <translation>إنهاء (Esc)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="126" />
        <source>End the review</source>
        <translation>إنهاء المراجعة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="136" />
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="141" />
        <source>Possible answers</source>
        <translation>الإجابات المحتملة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="142" />
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="144" />
        <source>Explanation</source>
        <translation>الشرح</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="157" />
        <source>The card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="161" />
        <source>Show answer (Space)</source>
        <translation>إظهار الإجابة (مفتاح المسافة)</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="162" />
        <source>Show the answer</source>
        <translation>إظهار الإجابة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="164" />
        <source>Again</source>
        <translation>مرّة أخرى</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="164" />
        <source>Hard</source>
        <translation>صعب</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="164" />
        <source>Good</source>
        <translation>جيّد</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="165" />
        <source>Easy</source>
        <translation>سهل</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="176" />
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="214" />
        <source>%n card(s) due today</source>
        <translation>
            <numerusform>لا توجد بطاقات مستحقّة اليوم</numerusform>
            <numerusform>بطاقة واحدة مستحقّة اليوم</numerusform>
            <numerusform>بطاقتان مستحقّتان اليوم</numerusform>
            <numerusform>%Ln بطاقات مستحقّة اليوم</numerusform>
            <numerusform>%Ln بطاقة مستحقّة اليوم</numerusform>
            <numerusform>%Ln بطاقة مستحقّة اليوم</numerusform>
            </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="215" />
        <source>No cards due today</source>
        <translation>لا توجد بطاقات مستحقّة اليوم</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="217" />
        <source>No cards yet. Take a quiz in the Library: the questions you miss become cards.</source>
        <translation>لا توجد بطاقات بعد. يُرجى إجراء اختبار قصير في المكتبة: تصبح الأسئلة التي تخطئ فيها بطاقات.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="220" />
        <source>%n card(s) in all. The next one is due on %1.</source>
        <translation>
            <numerusform>لا توجد بطاقات. تُستحقّ التالية في %1.</numerusform>
            <numerusform>بطاقة واحدة في المجموع. تُستحقّ التالية في %1.</numerusform>
            <numerusform>بطاقتان في المجموع. تُستحقّ التالية في %1.</numerusform>
            <numerusform>%Ln بطاقات في المجموع. تُستحقّ التالية في %1.</numerusform>
            <numerusform>%Ln بطاقة في المجموع. تُستحقّ التالية في %1.</numerusform>
            <numerusform>%Ln بطاقة في المجموع. تُستحقّ التالية في %1.</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="223" />
        <source>%n card(s) in all.</source>
        <translation>
            <numerusform>لا توجد بطاقات.</numerusform>
            <numerusform>بطاقة واحدة في المجموع.</numerusform>
            <numerusform>بطاقتان في المجموع.</numerusform>
            <numerusform>%Ln بطاقات في المجموع.</numerusform>
            <numerusform>%Ln بطاقة في المجموع.</numerusform>
            <numerusform>%Ln بطاقة في المجموع.</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="251" />
        <source>%n card(s) left today</source>
        <translation>
            <numerusform>لم تبقَ بطاقات اليوم</numerusform>
            <numerusform>بقيت بطاقة واحدة اليوم</numerusform>
            <numerusform>بقيت بطاقتان اليوم</numerusform>
            <numerusform>بقيت %Ln بطاقات اليوم</numerusform>
            <numerusform>بقيت %Ln بطاقة اليوم</numerusform>
            <numerusform>بقيت %Ln بطاقة اليوم</numerusform>
            </translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="258" />
        <source>Think of the answer, then press Space to see it. Esc ends the review.</source>
        <translation>فكّر في الإجابة، ثم اضغط مفتاح المسافة لرؤيتها. يُنهي مفتاح Esc المراجعة.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="278" />
        <source>Answer: %1</source>
        <translation>الإجابة: %1</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="289" />
        <source>%1, back in %2</source>
        <translation>%1، تعود بعد %2</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="291" />
        <source>How well did you remember? Press 1 Again, 2 Hard, 3 Good or 4 Easy.</source>
        <translation>إلى أيّ حدّ تذكّرت؟ اضغط 1 مرّة أخرى، 2 صعب، 3 جيّد، 4 سهل.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="328" />
        <source>Well done: you reviewed %n card(s).</source>
        <translation>
            <numerusform>أحسنت: لم تراجع أيّ بطاقة.</numerusform>
            <numerusform>أحسنت: راجعت بطاقة واحدة.</numerusform>
            <numerusform>أحسنت: راجعت بطاقتين.</numerusform>
            <numerusform>أحسنت: راجعت %Ln بطاقات.</numerusform>
            <numerusform>أحسنت: راجعت %Ln بطاقة.</numerusform>
            <numerusform>أحسنت: راجعت %Ln بطاقة.</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="345" />
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
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="347" />
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
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="350" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يوماً</numerusform>
            <numerusform>%Ln يوم</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tutorclient/ui/views/spaced_review.py" line="351" />
        <source>%n month(s)</source>
        <translation>
            <numerusform>%Ln شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%Ln أشهر</numerusform>
            <numerusform>%Ln شهراً</numerusform>
            <numerusform>%Ln شهر</numerusform>
            </translation>
    </message>
</context>
<context>
    <name>_Question</name>
    <message>
        <location filename="../../tutorclient/ui/views/quiz.py" line="93" />
        <source>Keep for review</source>
        <translation>حفظ للمراجعة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/quiz.py" line="94" />
        <source>Keep question %1 for spaced review</source>
        <translation>حفظ السؤال %1 للمراجعة المتباعدة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/quiz.py" line="102" />
        <source>✓ In your spaced review</source>
        <translation>✓ ضمن مراجعتك المتباعدة</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/views/quiz.py" line="103" />
        <source>✓ Kept for review</source>
        <translation>✓ محفوظ للمراجعة</translation>
    </message>
</context>
</TS>
