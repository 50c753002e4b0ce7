"""Word lists for the identifier check (:mod:`tutorclient.privacy`): names, towns, cues.

Data only. Latin entries are lower case; Arabic-script entries are written in the
normal form :func:`tutorclient.privacy` compares in (alef forms as ا, ta marbuta
as ه, alef maqsura as ي), so "فاطمة" is listed as "فاطمه".

The names are common given and family names of the partnership regions
(Somali in both the English-style and the Somali spelling: Abdi/Cabdi,
Hassan/Xasan; Palestinian and wider Arabic; common English ones). Names that
are also ordinary words ("Hope", "Grace", "Said", "May"; in Arabic script
أمل "hope", نور "light") are in the ``AMBIGUOUS`` sets: they count only next
to a cue ("Mrs", "daughter of") or another name. Medical eponyms (Down,
Cushing, Addison, Graves, Bishop...) are deliberately absent.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SOMALI_NAMES = _words("""
abdi cabdi abdullahi cabdullaahi abdillahi cabdilaahi abdirahman cabdiraxmaan abdirashid
cabdirashiid abdiqani cabdiqani abdiwali cabdiwali abdikarim cabdikariim abdinasir cabdinaasir
abdisalam cabdisalaam abdiaziz cabdicasiis abdifatah cabdifataax abdirizak cabdirisaaq
ahmed axmed ali cali hassan xasan hussein xuseen xussein mohamed maxamed mohamud maxamuud
mahamoud omar cumar osman cismaan yusuf yuusuf ismail ismaaciil farah faarax jama jaamac
warsame dahir daahir aden aadan bashir bashiir liban liibaan guled guuleed mukhtar nur nuur
saciid salah samatar shire siad siyaad awil cawil hirsi xirsi elmi cilmi egal cigaal duale
dualeh gedi geedi haji xaaji hersi ibrahim ibraahim khalif muse muuse mahad mustafe yonis
yoonis sharmarke abokor bile buuri nuh ayanle barre botan ilyas kahin roble sahal sugule
waberi yasin yaasiin abdulkadir cabdulqaadir adan aw-ali dirie diiriye farhan faarax
gaas hashi xaashi ige jibril kaariye kayse mire mirre nageye qalinle robleh saleban
suleiman sulaymaan tahir taahir warfa warsama yarow abtidoon faisal fuad hamse xamse
libaan mowlid mawliid naasir sakariye siciid cawaale awale bootaan deeq
amina aamina amiina amna
fadumo faadumo fatuma xaliimo halima halimo sucaad suad sahra sahro sahro hodan hibo ayaan
nimco nimo deeqa ifrah ifraax ubah ubax fardowsa fardawsa khadra khadro ladan hamda xamda
hawa xawa asha caasha aasha muna sagal ikran ikraan idil istahil nasra nasro safiya safiyo
shukri sucdi roda rooda farhiya farxiya faiza filsan amran hinda kaltun kaltuun qamar zamzam
luul maryan ebyan cibyaan hamdi xamdi anab canab dahabo fosia fowsiya hodo jawaahir kowsar
layla leyla maano nafiso naima nacima qadra raho sabirin saynab shamsa sureer yurub zahra
ruqiya ruqiyo cawo awo dhuuxo hooyadeed faduma nasteexo ilhaan ilhan mulki rahma raxma
""")

ARABIC_NAMES_LATIN = _words("""
mohammad muhammad mohammed muhammed ahmad mahmoud mahmud khaled khalid yousef youssef yusef
yousif ibrahim ismail hamza tariq tarek tareq ziad ziyad samir sameer sami nabil walid waleed
jamal kamal rami fadi hani basel bassel bassam mustafa mostafa mousa musa issa imad emad
ayman ashraf saeed saed majed majd raed iyad eyad ammar amjad anas bilal hussam hosam husam
jihad nidal osama usama qusai rafat salim saleh salih tamer wael yahya zaid zakaria zakariya
abdallah abdullah abdelrahman abdulrahman abdelkarim abdulkarim hassan hasan husayn hussain
ali omar umar othman uthman karim kareem adel adil amin ameen munir mounir ghassan hatem
hazem hisham khalil mahdi marwan maher nasser naser riyad riad sufian suhail taher yaser
yasser yazan zuhair adnan akram fares fawzi hamdi jawad luay moaz muath nasim rashid
fatima fatma fatmeh aisha aysha ayesha maryam mariam noor nour layla leila laila lina rana
reem rima hala huda hiba heba dina rania rasha sana samar samira salma sara sarah suha wafa
yasmin yasmeen yasmine zainab zeinab zaynab amal asma asmaa duaa doaa ghada hanan iman
eman inas enas jumana khadija khadijah khadeeja lama manal maha majida nadia nahla najwa
nisreen nesreen ola ula raghad ruba safa shireen sherin sawsan tasneem tasnim widad haya
alaa aseel bayan malak mais rawan razan shahd dalia dalal abeer abir amani areej arwa
aya ayat batoul bushra fadwa farah ghadeer hadeel haneen hind ibtisam intisar jamila
kholoud khawla lubna maysa mona muna nada nawal nidaa rahaf rawda reham rola ruqayya
sahar salwa samah sawsan shaima suad sumaya tahani wijdan yara zahra zeina
masri al-masri haddad nassar hamdan shaheen shahin odeh awad barghouti qasem qassem hijazi
hejazi najjar khoury jaber darwish abbas zaqout shaaban sabbah tamimi husseini nashashibi
halabi hamad salem dajani shawa ayyad dahlan haniyeh bakr saqr khatib al-khatib kurd madi
obeid qudra rantisi shurrab sourani tawil yassin zahar ashour aqel ghanem hammad jarrar
mansour sharif zeidan abu-ali abed abdo shehadeh shehada harb hassouna jabari kanaan
mahmoud salah saadi saad hamdouna hilles abed-rabbo fayyad jaradat qawasmi shalabi
""")

ENGLISH_NAMES = _words("""
john james david michael robert william peter paul george thomas richard andrew daniel
matthew christopher simon stephen edward henry charles anthony joseph samuel benjamin
jonathan timothy patrick kevin brian steven jason gary alan ian colin graham neil
mary elizabeth sarah emma emily jane anne susan margaret helen catherine rachel rebecca
laura lucy jessica olivia sophie charlotte hannah claire alice ruth joanna julia karen
linda barbara patricia jennifer nancy deborah sandra angela michelle kate katherine
smith jones williams taylor davies evans johnson roberts robinson thompson wright walker
edwards hughes harris lewis martin jackson clarke clark scott cooper morris moore watson
harrison morgan patel mitchell anderson phillips lee parker davis bennett campbell kelly
price shaw cox richardson howard ward-smith collins stewart morrison jenkins
""")

# Given or family names that are also ordinary English words or months: only
# with a cue or next to another name ("her daughter Grace", "Mr Baker").
AMBIGUOUS_LATIN = _words("""
hope grace faith joy patience mercy charity will mark may june april august rose dawn frank
bill said ward hall wood white green young king baker hill page long little brown black
gray grey rich summer holly ivy pearl ruby amber crystal angel guy sunny bile shire
""")

LATIN_NAMES = SOMALI_NAMES | ARABIC_NAMES_LATIN | ENGLISH_NAMES | AMBIGUOUS_LATIN

ARABIC_NAMES = _words("""
محمد احمد محمود خالد يوسف ابراهيم اسماعيل حمزه طارق زياد سمير سامي نبيل وليد رامي فادي هاني
باسل بسام مصطفي موسي عيسي عماد ايمن اشرف ماجد رائد اياد عمار امجد انس بلال حسام اسامه يحيي
زيد زكريا عبد عبدالله عبدالرحمن عثمان حسين مروان ماهر هشام حازم حاتم غسان منير عدنان اكرم
فارس ياسر يزن زهير مهدي رياض سفيان سهيل طاهر فؤاد جهاد نضال قصي معاذ لؤي جواد
فاطمه عائشه عايشه مريم ليلي لينا رنا ريم هاله هبه دينا رانيا رشا سناء سمر سميره سلمي ساره
سهي ياسمين زينب غاده ايناس جمانه خديجه منال مها ناديه نهله نجوي نسرين علا رغد ربي شيرين
سوسن تسنيم هيا الاء اسيل روان رزان داليا عبير اريج اروي ايات بتول بشري فدوي هديل حنين هند
ابتسام خلود خوله لبني ميس نداء نوال رهف سحر سلوي سماح شيماء سميه تهاني وجدان يارا زهراء زينه
حواء حليمه شكري صهرا هودان عبدي جامع ورسمه
المصري نصار حمدان شاهين البرغوثي قاسم حجازي النجار خوري جابر درويش عباس زقوت صباح التميمي
الحسيني النشاشيبي الحلبي دحلان هنيه الخطيب الكرد ماضي عبيد القدره الرنتيسي شراب الصوراني
الطويل ياسين الزهار عاشور عقل غانم حماد جرار منصور زيدان شحاده حرب حسونه الجعبري كنعان
""")

# Arabic names that are everyday words (hope, light, good, age, return, mourning...),
# or that are how "على" ("on") is often typed: they need a cue or another name.
AMBIGUOUS_ARABIC = _words("""
امل نور سعيد حسن علي عمر ايمان جمال كمال هدي وفاء صفاء حنان دعاء بيان ملك شهد اسماء رحمه فرح
سلام سالم صالح عادل كريم جميل امين رشيد حكيم شريف منصور منى مني حداد عوده خليل ناصر نصر
سعاد رجاء ضحي فرج عيد بشير شعبان رمضان ليلي لينا دينا
""")

ARABIC_ALL_NAMES = ARABIC_NAMES | AMBIGUOUS_ARABIC

# Words that join names: "Abu Ahmad", "Mahmoud Abu Shaaban", "Ali bin Omar", "Cali ina Xasan".
LATIN_CONNECTORS = _words("abu abou umm um oum bin bint ibn ina al el")
ARABIC_CONNECTORS = _words("ابو ام بن بنت ابن ابنه عبد")

# A capitalised word after these is a name: titles and kinship words used as titles.
LATIN_TITLES = _words("""
mr mrs ms miss mx marwo mudane mudo hajji haji hajia hajja xaaji xaajiyo sheikh sheekh sheik
ustaz ustad ustaad macalin macallin hooyo aabe aabo abo abu abou umm um oum bint bin ibn ina
eedo habaryar adeer abti
""")
# A word after these is a name if it is a known name, or capitalised and not an ordinary
# word ("patient Fatima", "her husband Tariq", "son of Ismail", "Bukaanka Faadumo").
LATIN_RELATIONS = _words("""
patient pt pt. son daughter mother father husband wife sister brother aunt uncle grandmother
grandfather granddaughter grandson cousin neighbour neighbor friend niece nephew baby child
boy girl woman man lady twins named called name mum mom dad b/o
bukaanka bukaanku gabadha gabar wiilka wiil haweeney haweeneyda ninka ilmaha hooyada aabaha
walaashiis walaasheed walaalkiis gabadhiisa wiilkiisa xaaskiisa ninkeeda
""")
ARABIC_TITLES = _words("""
السيد السيده الحاج الحاجه اسمها اسمه تدعي يدعي المدعو المدعوه ابو بن بنت ابن ابنه
""")
ARABIC_RELATIONS = _words("""
ام المريض المريضه الطفل الطفله الرضيع الرضيعه زوجه زوج والده والد الاخت الاخ اخت اخو جده جد
عم خال عمه خاله الشاب الشابه السيدات مراجعه
""")

# After a cue, these are not names ("patient On the ward", "Mr Duty", "بنت عمرها").
NOT_NAMES = _words("""
on in at the and or of to from with ward call duty unit team registrar consultant midwife
nurse doctor dr was is has had who with without presented presents came comes arrived
notes note history hospital clinic health centre center department emergency icu nicu
labour labor delivery theatre surgery medicine paediatric paediatrics pediatric maternity
opd ipd mch case cases number no file record id age aged year years month months week weeks
day days old new first second third last next today yesterday tonight morning evening night
here there this that these those his her their our my your its also then now still again
not but if so as by for per via about after before during since until while when where
please thanks thank sorry yes no ok okay left right both all some any one two three
assessment education information details data form chart list review report summary
group care safety consent transfer referral admission discharge status
b a an x y z
""")
ARABIC_NOT_NAMES = _words("""
في من الي علي عن مع لا ان او ام ثم قد لم لن هل ما هو هي هذا هذه ذلك تلك كان كانت يكون عمرها عمره
عمر يعاني تعاني جاء جاءت حضر حضرت وصل وصلت لديه لديها عنده عندها منذ بعد قبل حامل الحامل
""")

# Towns and villages of the partnership regions, as regular expressions over the
# text (Latin: any case). A space stands for spaces or hyphens, " ?" for optional ones.
LATIN_PLACES = [
    # Somaliland
    r"harg[ae][iy]?[sz]a", r"burao", r"burco", r"bur'?o", r"berbera",
    r"boo?rama", r"erigavo", r"ceerigaabo", r"las ?anod", r"laas ?caanood", r"gabiley",
    r"gebiley", r"(?:tog )?wajaa?le", r"oodweyne", r"odweyne", r"zeila", r"zeyla", r"saylac",
    r"lughaya", r"lughaye", r"arabsiyo", r"salahley", r"salaxley", r"balli? ?gubadle",
    r"caynabo", r"aynabo", r"ainabo", r"buuhoodle", r"buhodle", r"las ?qoray", r"laasqoray",
    r"(?:el|ceel) ?afweyn", r"badhan", r"xudun", r"hudun", r"taleex", r"taleh", r"kalabaydh",
    r"quljeed", r"mandheera", r"dacarbudhuq", r"qool ?caday", r"faraweyne", r"bulahar",
    r"garadag", r"dilla", r"dhubato", r"allaybaday", r"cadaadley",
    # Gaza
    r"gaza(?: city)?", r"ghazz?a", r"khan ?y[ou]u?n[ei]?[su]s?", r"khan ?younes", r"rafah",
    r"de[iy]r (?:al|el) ?bala[hk]", r"jabal[iy]y?a", r"jabalya", r"beit lahi?y?a",
    r"beit han[o]?un", r"nuseirat", r"nusseirat", r"bureij", r"maghazi", r"(?:al )?mawasi",
    r"abasan", r"bani suh?eila", r"khuza'?a", r"zawaida", r"zuwaida", r"shati camp",
    # West Bank
    r"nablus", r"jenin", r"hebron", r"(?:al|el) khalil", r"ramallah", r"(?:al|el) bireh",
    r"bethlehem", r"beit jala", r"beit sah?our", r"tulkarem", r"tulkarm", r"qalqil[iy]y?a",
    r"jericho", r"ariha", r"salfit", r"tubas", r"yatta", r"halhul", r"bani na'?im",
    r"beit ummar", r"dheisheh", r"balata", r"qalandi?ya", r"jalazone", r"(?:al )?am'?ari",
    r"azzun", r"anabta", r"qabat[iy]y?a", r"yamoun", r"silwad", r"birzeit", r"sinjil",
    r"turmus ?ayya", r"beitunia", r"abu dis", r"(?:al )?eizariya", r"azariya",
    r"tammun", r"aqqaba", r"arraba", r"dura al-qar'?a",
]
# Places that are also words or titles ("Sheikh Ali", "dura mater"): only capitalised
# and after "from", "in", ... ("from Sheikh", "reer Sheekh").
LATIN_PLACES_AFTER_CUE = [r"Sheikh", r"Sheekh", r"Dura", r"Baki", r"Dila", r"Karin", r"Maydh",
                          r"Aida", r"Askar", r"Beach camp"]
LATIN_PLACE_CUES = r"(?:[Ff]rom|[Ii]n|[Aa]t|[Nn]ear|[Tt]o|[Rr]eer|[Kk]a|[Mm]agaalada|[Tt]uulada)"

ARABIC_PLACES = [
    "هرجيسا", "هرجيسه", "برعو", "بربره", "بوراما", "بورما", "عيرجابو", "لاسعانود", "لاس عانود",
    "جابيلي", "قبيلي", "وجالي", "وجعلي", "زيلع", "عدوين", "بوهودلي", "ارابسيو", "بادان",
    "غزه", "خان يونس", "خانيونس", "رفح", "دير البلح", "جباليا", "بيت لاهيا", "بيت حانون",
    "النصيرات", "البريج", "المغازي", "المواصي", "عبسان", "بني سهيلا", "خزاعه", "الزوايده",
    "نابلس", "الخليل", "رام الله", "بيت لحم", "بيت جالا", "بيت ساحور", "طولكرم", "قلقيليه",
    "اريحا", "سلفيت", "طوباس", "يطا", "حلحول", "بني نعيم", "بيت امر", "الدهيشه", "بلاطه",
    "قلنديا", "الجلزون", "الامعري", "بيرزيت", "سلواد", "بيتونيا", "ابو ديس", "العيزريه", "قباطيه",
    "عنبتا", "طمون", "عقابا", "عرابه",
]
# جنين is also "a fetus", البيره "the beer", الشيخ "the sheikh", دورا a common word.
ARABIC_PLACES_AFTER_CUE = ["جنين", "البيره", "الشيخ", "دورا", "عسكر", "عايده"]
ARABIC_PLACE_CUES = "(?:من|في|الي|قرب|مخيم|مدينه|قريه|بلده|سكان|اهالي)"
