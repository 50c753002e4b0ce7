<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="146"/>
        <source>Your work on this computer will be locked with this password. If you forget it, what is on the server comes back when you sign in again; work not yet sent from this computer can then be recovered only by your coordinator, who set up a recovery key for this computer.</source>
        <translation>Shaqadaada kombiyuutarkan waxaa lagu xiri doonaa furahan sirta ah. Haddii aad illowdo, waxa server-ka ku jira waa soo noqdaan markaad mar kale gasho; shaqada aan weli laga dirin kombiyuutarkan waxaa soo celin kara oo keliya isku-duwahaaga, oo u diyaariyey fure soo-celin kombiyuutarkan.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="152"/>
        <source>Your work on this computer will be locked with this password. If you forget it, what is on the server comes back when you sign in again, but work not yet sent from this computer cannot be recovered.</source>
        <translation>Shaqadaada kombiyuutarkan waxaa lagu xiri doonaa furahan sirta ah. Haddii aad illowdo, waxa server-ka ku jira waa soo noqdaan markaad mar kale gasho, laakiin shaqada aan weli laga dirin kombiyuutarkan lama soo celin karo.</translation>
    </message>
    <message>
        <location filename="../../tutorclient/ui/login.py" line="155"/>
        <source>About your password</source>
        <translation>Ku saabsan furaha sirta ah</translation>
    </message>
</context>
</TS>
