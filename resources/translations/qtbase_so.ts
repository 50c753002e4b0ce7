<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Written by hand (Qt ships no Somali): the Qt strings TutorClient shows, with the exact
     qtbase sources of Qt 6. Built and loaded like every *_so.ts (docs/translations.md). -->
<TS version="2.1" language="so">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Haye</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Xidh</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Keydi</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Keydi dhammaan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Fur</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Haa</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Maya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Haa dhamm&amp;aan</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Maya dh&amp;ammaan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Dabaq</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Iska tuur</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Dib u dhig</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Soo celi kuwii hore</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Caawimaad</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Isku day mar kale</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Iska dhaaf</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Jooji gebi ahaanba</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Haye</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tus faahfaahinta...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Qari faahfaahinta...</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ka noqo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Samee mar kale</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Jar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Koobiyee</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dhaji</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Tirtir</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dooro dhammaan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ka noqo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Samee mar kale</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Jar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Koobiyee</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Koobiyee &amp;cinwaanka xiriirka</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dhaji</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Tirtir</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dooro dhammaan</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Ka eeg:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Magaca faylka:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Faylasha nooca:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Fur</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Keydi</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Dooro</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Fur</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>U keydi sida</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Dib</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Hore</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Dib u noqo</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Hore u soco</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Galka sare</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>U gudub galka sare</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Samee gal cusub</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Samee gal cusub</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Gal cusub</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Gal &amp;cusub</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Muuqaal liis</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Muuqaal faahfaahsan</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>U beddel muuqaalka liiska</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>U beddel muuqaalka faahfaahsan</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Dhammaan faylasha (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Dhammaan faylasha (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Galal</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Gal:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Faylal</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Gal</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Gal faylal</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Kombiyuutarkayga</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Meelihii dhawaa</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Barta dhinaca</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Liiska meelaha iyo calaamadaha</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Tus faylasha &amp;qarsoon</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Magac &amp;cusub sii</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Tirtir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Tirtir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ka saar</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Lama yaqaan</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Ma hubtaa inaad tirtirto '%1'?</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 horey ayuu u jiray.
Ma rabtaa inaad beddesho?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Faylka lama helin.
Fadlan hubi in magaca saxda ah la bixiyay.</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Galka lama tirtiri karin.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Magaca</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Cabbirka</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Nooca</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nooca</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Taariikhda wax laga beddelay</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Kombiyuutar</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Kombiyuutarkayga</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bayt</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Magac fayl oo aan sax ahayn</translation>
    </message>
</context>
</TS>
