<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="146"/>
        <source>Your work on this computer will be locked with this password. If you forget it, what is on the server comes back when you sign in again; work not yet sent from this computer can then be recovered only by your coordinator, who set up a recovery key for this computer.</source>
        <translation>سيُقفَل عملك على هذا الحاسوب بكلمة المرور هذه. إذا نسيتها، يعود ما على الخادم عند تسجيل الدخول من جديد؛ أما العمل الذي لم يُرسَل بعد من هذا الحاسوب فلا يستطيع استعادته إلا المنسّق، الذي أعدّ مفتاح استرداد لهذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="152"/>
        <source>Your work on this computer will be locked with this password. If you forget it, what is on the server comes back when you sign in again, but work not yet sent from this computer cannot be recovered.</source>
        <translation>سيُقفَل عملك على هذا الحاسوب بكلمة المرور هذه. إذا نسيتها، يعود ما على الخادم عند تسجيل الدخول من جديد، لكن العمل الذي لم يُرسَل بعد من هذا الحاسوب لا يمكن استعادته.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="155"/>
        <source>About your password</source>
        <translation>عن كلمة المرور</translation>
    </message>
</context>
</TS>
