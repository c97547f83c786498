// Knowledge the matcher starts from: entities with their names in English and Arabic, aliases and adjective forms.
// Mentions, offsets and relations always come from the text; this only says what a name refers to.
import { ENTITY_ID_MAX } from "./ids";
import { COUNTRIES } from "./countries.generated";
import type { GazetteerEntry } from "./types";

/** What a head of state or government is called: a title refers back only to a leader with that role. */
export type LeaderRole = "president" | "prime minister" | "chancellor" | "king" | "emir";

export interface GazetteerRecord extends GazetteerEntry {
  /** For a capital: the country it stands for when a text says "Moscow backs Beijing". */
  capitalOf?: string;
  /** For a city that seats an organisation: when the text names it, the city acting stands for it ("Brussels" for the EU). */
  seatOf?: string;
  /** For a head of state or government: the country they lead (lets "the Chinese president" refer back to them). */
  leaderOf?: string;
  /** The leader's title ("the German chancellor" is Germany's chancellor, not its president). */
  role?: LeaderRole;
  /** Names shown but never matched: everyday words as well ("مالي" is Mali and "financial"). */
  unmatched?: string[];
  /** Adjective / demonym forms ("الصيني", "Chinese", "Sino"); Arabic ones inflect (ـة, ـون, ـين) automatically. */
  adjectives?: string[];
}

/** The longest id the API accepts (lib/validation.ts entityId); a run-on "name" longer than that is cut. */
const ID_MAX = ENTITY_ID_MAX;

/**
 * A URL-safe slug of a canonical name: "Xi Jinping" → "xi-jinping". Only what an entity id may hold survives
 * (lib/validation.ts: lowercase and caseless letters, digits, hyphens); modifier letters such as the tatweel (ـ) are
 * dropped, so "Xi Jinpingـأكد" cannot make an id the API refuses.
 */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\p{M}\p{Lm}]/gu, "")
    .toLowerCase()
    .replace(/[^\p{Ll}\p{Lo}\p{N}]+/gu, "-")
    .replace(/^-+/, "")
    .slice(0, ID_MAX)
    .replace(/-+$/, "");
}

type Row = [type: GazetteerEntry["type"], name: string, nameAr: string | undefined, aliases: string[], wikidata?: string, adjectives?: string[], leaderOf?: string, role?: LeaderRole];

// Hand-kept rows. Every country also comes from countries.generated.ts (scripts/generate-countries.ts); a row here
// with the same id wins on names and Wikidata id, and its aliases and adjectives are added to the generated ones.
const ROWS: Row[] = [
  // Countries
  ["country", "China", "الصين", ["People's Republic of China", "PRC", "جمهورية الصين الشعبية"], "Q148", ["صيني", "Chinese", "Sino"]],
  ["country", "Russia", "روسيا", ["Russian Federation", "روسيا الاتحادية", "الاتحاد الروسي"], "Q159", ["روسي", "Russian", "Russo"]],
  ["country", "Taiwan", "تايوان", ["Republic of China", "Formosa"], "Q865", ["تايواني", "Taiwanese"]],
  ["country", "United States", "الولايات المتحدة", ["USA", "U.S.", "United States of America", "America", "أمريكا", "أميركا"], "Q30", ["أمريكي", "أميركي", "American"]],
  ["country", "Ukraine", "أوكرانيا", [], "Q212", ["أوكراني", "Ukrainian"]],
  ["country", "India", "الهند", [], "Q668", ["هندي", "Indian"]],
  ["country", "Japan", "اليابان", [], "Q17", ["ياباني", "Japanese"]],
  ["country", "Iran", "إيران", [], "Q794", ["إيراني", "Iranian"]],
  ["country", "Turkey", "تركيا", ["Türkiye"], "Q43", ["تركي", "Turkish"]],
  ["country", "Egypt", "مصر", [], "Q79", ["مصري", "Egyptian"]],
  ["country", "Saudi Arabia", "السعودية", ["المملكة العربية السعودية"], "Q851", ["سعودي", "Saudi"]],
  ["country", "United Kingdom", "المملكة المتحدة", ["UK", "Britain", "Great Britain", "بريطانيا"], "Q145", ["بريطاني", "British"]],
  ["country", "France", "فرنسا", [], "Q142", ["فرنسي", "French"]],
  ["country", "Germany", "ألمانيا", [], "Q183", ["ألماني", "German"]],
  ["country", "Kazakhstan", "كازاخستان", [], "Q232", ["كازاخستاني", "Kazakh"]],
  ["country", "Belarus", "بيلاروسيا", ["روسيا البيضاء"], "Q184", ["بيلاروسي", "Belarusian"]],
  ["country", "Syria", "سوريا", ["سورية"], "Q858", ["سوري", "Syrian"]],
  ["country", "Israel", "إسرائيل", [], "Q801", ["إسرائيلي", "Israeli"]],
  ["country", "Pakistan", "باكستان", [], "Q843", ["باكستاني", "Pakistani"]],
  ["country", "Mongolia", "منغوليا", [], "Q711", ["منغولي", "Mongolian"]],
  ["country", "Yemen", "اليمن", [], "Q805", ["يمني", "Yemeni"]],
  ["country", "North Korea", "كوريا الشمالية", ["DPRK"], "Q423", []],
  ["country", "South Korea", "كوريا الجنوبية", [], "Q884", []],
  // People
  ["person", "Xi Jinping", "شي جينبينغ", ["Xi", "شي", "شي جين بينغ", "شي جين بينج", "جينبينغ"], "Q15031", [], "china", "president"],
  ["person", "Vladimir Putin", "فلاديمير بوتين", ["Putin", "بوتين"], "Q7747", [], "russia", "president"],
  ["person", "Joe Biden", "جو بايدن", ["Biden", "بايدن"], "Q6279", [], "united-states", "president"],
  ["person", "Volodymyr Zelensky", "فولوديمير زيلينسكي", ["Zelensky", "Zelenskyy", "زيلينسكي"], "Q3874799", [], "ukraine", "president"],
  // Heads of state and government news name (a country may have several: a title refers back to the one the text named).
  ["person", "Recep Tayyip Erdogan", "رجب طيب أردوغان", ["Erdogan", "Erdoğan", "Recep Tayyip Erdoğan", "أردوغان", "إردوغان", "رجب طيب إردوغان"], "Q39259", [], "turkey", "president"],
  ["person", "Olaf Scholz", "أولاف شولتس", ["Scholz", "شولتس", "شولتز", "أولاف شولتز"], "Q61053", [], "germany", "chancellor"],
  ["person", "Friedrich Merz", "فريدريش ميرتس", ["Merz", "ميرتس", "ميرز"], undefined, [], "germany", "chancellor"],
  ["person", "Donald Trump", "دونالد ترامب", ["Trump", "ترامب"], "Q22686", [], "united-states", "president"],
  ["person", "Emmanuel Macron", "إيمانويل ماكرون", ["Macron", "ماكرون"], "Q3052772", [], "france", "president"],
  ["person", "Keir Starmer", "كير ستارمر", ["Starmer", "ستارمر"], undefined, [], "united-kingdom", "prime minister"],
  ["person", "Ulf Kristersson", "أولف كريسترسون", ["Kristersson", "كريسترسون"], undefined, [], "sweden", "prime minister"],
  ["person", "Giorgia Meloni", "جورجيا ميلوني", ["Meloni", "ميلوني"], undefined, [], "italy", "prime minister"],
  ["person", "Abdel Fattah el-Sisi", "عبد الفتاح السيسي", ["Sisi", "el-Sisi", "al-Sisi", "Abdel Fattah al-Sisi", "السيسي"], undefined, [], "egypt", "president"],
  ["person", "Mohammed bin Salman", "محمد بن سلمان", ["MBS", "Mohammed bin Salman Al Saud", "Crown Prince Mohammed bin Salman"], undefined, [], "saudi-arabia", "prime minister"],
  ["person", "Salman of Saudi Arabia", "الملك سلمان بن عبد العزيز", ["King Salman", "سلمان بن عبد العزيز", "الملك سلمان"], undefined, [], "saudi-arabia", "king"],
  ["person", "Mohamed bin Zayed", "محمد بن زايد", ["Mohamed bin Zayed Al Nahyan", "Mohammed bin Zayed", "MBZ", "محمد بن زايد آل نهيان"], undefined, [], "united-arab-emirates", "president"],
  ["person", "Tamim bin Hamad Al Thani", "تميم بن حمد آل ثاني", ["Sheikh Tamim", "Tamim bin Hamad", "تميم بن حمد", "الشيخ تميم"], undefined, [], "qatar", "emir"],
  ["person", "Abdullah II of Jordan", "الملك عبد الله الثاني", ["King Abdullah II", "King Abdullah", "عبد الله الثاني"], undefined, [], "jordan", "king"],
  ["person", "Mahmoud Abbas", "محمود عباس", ["Abbas", "أبو مازن"], "Q127998", [], "palestine", "president"],
  ["person", "Benjamin Netanyahu", "بنيامين نتنياهو", ["Netanyahu", "نتنياهو"], "Q43723", [], "israel", "prime minister"],
  ["person", "Masoud Pezeshkian", "مسعود بزشكيان", ["Pezeshkian", "بزشكيان"], undefined, [], "iran", "president"],
  ["person", "William Ruto", "ويليام روتو", ["Ruto", "روتو", "وليام روتو"], undefined, [], "kenya", "president"],
  ["person", "Abiy Ahmed", "آبي أحمد", ["Abiy Ahmed Ali", "آبي أحمد علي"], undefined, [], "ethiopia", "prime minister"],
  ["person", "Bola Tinubu", "بولا تينوبو", ["Tinubu", "تينوبو"], undefined, [], "nigeria", "president"],
  ["person", "Cyril Ramaphosa", "سيريل رامافوزا", ["Ramaphosa", "رامافوزا"], undefined, [], "south-africa", "president"],
  ["person", "Luiz Inácio Lula da Silva", "لويس إيناسيو لولا دا سيلفا", ["Lula", "Lula da Silva", "لولا دا سيلفا", "لولا"], undefined, [], "brazil", "president"],
  ["person", "Shehbaz Sharif", "شهباز شريف", ["Sharif", "شريف"], undefined, [], "pakistan", "prime minister"],
  // Heads of state and government in office in 2025–26, by the size of their place in world news (general knowledge,
  // not read off any article). Surnames that are everyday Arabic words («عون» help, «سلام» peace, «الشرع» the law,
  // «سعيد» happy) are left out of the aliases: only the full name matches.
  ["person", "Mohammed VI of Morocco", "الملك محمد السادس", ["King Mohammed VI", "Mohammed VI", "محمد السادس"], undefined, [], "morocco", "king"],
  ["person", "Abdelmadjid Tebboune", "عبد المجيد تبون", ["Tebboune", "تبون", "Abdelmadjid Tebboune"], undefined, [], "algeria", "president"],
  ["person", "Kais Saied", "قيس سعيد", ["Kais Saied", "Saied"], undefined, [], "tunisia", "president"],
  ["person", "Mohammed Shia al-Sudani", "محمد شياع السوداني", ["al-Sudani", "Sudani", "Mohammed Shia al-Sudani", "Mohammed Shia Al-Sudani"], undefined, [], "iraq", "prime minister"],
  ["person", "Joseph Aoun", "جوزيف عون", ["Aoun"], undefined, [], "lebanon", "president"],
  ["person", "Nawaf Salam", "نواف سلام", [], undefined, [], "lebanon", "prime minister"],
  ["person", "Ahmed al-Sharaa", "أحمد الشرع", ["al-Sharaa", "Sharaa"], undefined, [], "syria", "president"],
  ["person", "Mostafa Madbouly", "مصطفى مدبولي", ["Madbouly", "مدبولي"], undefined, [], "egypt", "prime minister"],
  ["person", "Abdul Hamid Dbeibah", "عبد الحميد الدبيبة", ["Dbeibah", "الدبيبة"], undefined, [], "libya", "prime minister"],
  ["person", "Mohamed Ould Ghazouani", "محمد ولد الغزواني", ["Ghazouani", "الغزواني", "Mohamed Ould Cheikh El Ghazouani"], undefined, [], "mauritania", "president"],
  ["person", "Isaac Herzog", "إسحاق هرتسوغ", ["Herzog", "هرتسوغ"], undefined, [], "israel", "president"],
  ["person", "Pedro Sánchez", "بيدرو سانشيز", ["Sánchez", "Sanchez", "سانشيز"], undefined, [], "spain", "prime minister"],
  ["person", "Viktor Orbán", "فيكتور أوربان", ["Orbán", "Orban", "أوربان"], undefined, [], "hungary", "prime minister"],
  ["person", "Donald Tusk", "دونالد توسك", ["Tusk", "توسك"], undefined, [], "poland", "prime minister"],
  ["person", "Kyriakos Mitsotakis", "كيرياكوس ميتسوتاكيس", ["Mitsotakis", "ميتسوتاكيس"], undefined, [], "greece", "prime minister"],
  ["person", "Nikos Christodoulides", "نيكوس خريستودوليدس", ["Christodoulides", "خريستودوليدس"], undefined, [], "cyprus", "president"],
  ["person", "Alexander Lukashenko", "ألكسندر لوكاشينكو", ["Lukashenko", "لوكاشينكو"], undefined, [], "belarus", "president"],
  ["person", "Ilham Aliyev", "إلهام علييف", ["Aliyev", "علييف"], undefined, [], "azerbaijan", "president"],
  ["person", "Nikol Pashinyan", "نيكول باشينيان", ["Pashinyan", "باشينيان"], undefined, [], "armenia", "prime minister"],
  ["person", "Kassym-Jomart Tokayev", "قاسم جومارت توكاييف", ["Tokayev", "توكاييف"], undefined, [], "kazakhstan", "president"],
  ["person", "Asif Ali Zardari", "آصف علي زرداري", ["Zardari", "زرداري"], undefined, [], "pakistan", "president"],
  ["person", "Li Qiang", "لي تشيانغ", ["لي تشيانج"], undefined, [], "china", "prime minister"],
  ["person", "Sanae Takaichi", "ساناي تاكايتشي", ["Takaichi", "تاكايتشي"], undefined, [], "japan", "prime minister"],
  ["person", "Shigeru Ishiba", "شيغيرو إيشيبا", ["Ishiba", "إيشيبا"], undefined, [], "japan", "prime minister"],
  ["person", "Lee Jae-myung", "لي جاي ميونغ", ["Lee Jae Myung"], undefined, [], "south-korea", "president"],
  ["person", "Prabowo Subianto", "برابوو سوبيانتو", ["Prabowo", "برابوو"], undefined, [], "indonesia", "president"],
  ["person", "Anwar Ibrahim", "أنور إبراهيم", [], undefined, [], "malaysia", "prime minister"],
  ["person", "Ferdinand Marcos Jr", "فرديناند ماركوس الابن", ["Ferdinand Marcos Jr.", "Marcos", "ماركوس", "Bongbong Marcos"], undefined, [], "philippines", "president"],
  ["person", "Anthony Albanese", "أنتوني ألبانيزي", ["Albanese", "ألبانيزي"], undefined, [], "australia", "prime minister"],
  ["person", "Javier Milei", "خافيير ميلي", ["Milei", "ميلي"], undefined, [], "argentina", "president"],
  ["person", "Claudia Sheinbaum", "كلاوديا شينباوم", ["Sheinbaum", "شينباوم"], undefined, [], "mexico", "president"],
  ["person", "Mark Carney", "مارك كارني", ["Carney", "كارني"], undefined, [], "canada", "prime minister"],
  ["person", "Gustavo Petro", "غوستافو بيترو", ["Petro", "بيترو"], undefined, [], "colombia", "president"],
  ["person", "Nicolás Maduro", "نيكولاس مادورو", ["Maduro", "مادورو", "Nicolas Maduro"], undefined, [], "venezuela", "president"],
  ["person", "Bassirou Diomaye Faye", "باسيرو ديوماي فاي", ["Diomaye Faye", "Faye", "فاي"], undefined, [], "senegal", "president"],
  ["person", "Paul Kagame", "بول كاغامي", ["Kagame", "كاغامي"], undefined, [], "rwanda", "president"],
  ["person", "Félix Tshisekedi", "فيليكس تشيسيكيدي", ["Tshisekedi", "تشيسيكيدي"], undefined, [], "dr-congo", "president"],
  ["person", "Yoweri Museveni", "يويري موسيفيني", ["Museveni", "موسيفيني"], undefined, [], "uganda", "president"],
  ["person", "Samia Suluhu Hassan", "سامية صولحو حسن", ["Samia Suluhu"], undefined, [], "tanzania", "president"],
  ["person", "Hassan Sheikh Mohamud", "حسن شيخ محمود", [], undefined, [], "somalia", "president"],
  ["person", "Isaias Afwerki", "أسياس أفورقي", ["Afwerki", "أفورقي"], undefined, [], "eritrea", "president"],
  ["person", "Alassane Ouattara", "الحسن واتارا", ["Ouattara", "واتارا"], undefined, [], "ivory-coast", "president"],
  ["person", "Wang Yi", "وانغ يي", [], undefined],
  ["person", "Sergey Lavrov", "سيرغي لافروف", ["Lavrov", "لافروف", "سيرجي لافروف"], "Q163566"],
  ["person", "Dmitry Peskov", "دميتري بيسكوف", ["Peskov", "بيسكوف"], undefined],
  ["person", "Li Keqiang", "لي كه تشيانغ", [], undefined],
  ["person", "Narendra Modi", "ناريندرا مودي", ["Modi", "مودي"], "Q1058", [], "india", "prime minister"],
  // Cities
  ["city", "Beijing", "بكين", ["Peking", "بيجين"], "Q956"],
  ["city", "Moscow", "موسكو", [], "Q649"],
  ["city", "Shanghai", "شانغهاي", [], "Q8686"],
  ["city", "Washington", "واشنطن", ["Washington, D.C."], "Q61"],
  ["city", "Kyiv", "كييف", ["Kiev"], "Q1899"],
  ["city", "Saint Petersburg", "سانت بطرسبرغ", ["St. Petersburg", "بطرسبورغ"], "Q656"],
  ["city", "Taipei", "تايبيه", [], "Q1867"],
  ["region", "Siberia", "سيبيريا", [], "Q5428"],
  ["city", "Riyadh", "الرياض", [], "Q3692"],
  ["city", "Tehran", "طهران", [], "Q3616"],
  ["city", "Cairo", "القاهرة", [], "Q85"],
  ["city", "New Delhi", "نيودلهي", ["نيو دلهي"], "Q987"],
  ["city", "Brussels", "بروكسل", [], "Q239"],
  ["city", "Hong Kong", "هونغ كونغ", ["هونج كونج"], "Q8646"],
  // Capitals come from countries.generated.ts in English; their Arabic names, and other cities news name, are kept here.
  ["city", "Ankara", "أنقرة", [], "Q3640"],
  ["city", "Istanbul", "إسطنبول", ["اسطنبول", "إستانبول", "Constantinople"], "Q406"],
  ["city", "Stockholm", "ستوكهولم", [], "Q1754"],
  ["city", "Berlin", "برلين", [], "Q64"],
  ["city", "Paris", "باريس", [], "Q90"],
  ["city", "London", "لندن", [], "Q84"],
  ["city", "Rome", "روما", [], "Q220"],
  ["city", "Madrid", "مدريد", [], "Q2807"],
  ["city", "Vienna", "فيينا", [], "Q1741"],
  ["city", "Warsaw", "وارسو", [], "Q270"],
  ["city", "Athens", "أثينا", [], "Q1524"],
  ["city", "Helsinki", "هلسنكي", [], "Q1757"],
  ["city", "Oslo", "أوسلو", [], "Q585"],
  ["city", "Copenhagen", "كوبنهاغن", ["كوبنهاجن"], "Q1748"],
  ["city", "Amsterdam", "أمستردام", [], "Q727"],
  ["city", "Geneva", "جنيف", [], "Q71"],
  ["city", "New York", "نيويورك", ["New York City"], "Q60"],
  ["city", "Tokyo", "طوكيو", [], "Q1490"],
  ["city", "Seoul", "سول", [], "Q8684"],
  ["city", "Abu Dhabi", "أبوظبي", ["أبو ظبي"], "Q1519"],
  ["city", "Dubai", "دبي", [], "Q612"],
  ["city", "Doha", "الدوحة", [], "Q3861"],
  ["city", "Manama", "المنامة", [], "Q3882"],
  ["city", "Kuwait City", "مدينة الكويت", [], undefined],
  ["city", "Baghdad", "بغداد", [], "Q1530"],
  ["city", "Damascus", "دمشق", [], "Q3766"],
  ["city", "Beirut", "بيروت", [], "Q3820"],
  ["city", "Jerusalem", "القدس", [], "Q1218"],
  ["city", "Tel Aviv", "تل أبيب", [], "Q33935"],
  ["city", "Sanaa", "صنعاء", ["Sana'a"], "Q2471"],
  ["city", "Khartoum", "الخرطوم", [], "Q1963"],
  ["city", "Tripoli", "طرابلس", [], "Q3579"],
  ["city", "Rabat", "الرباط", [], "Q3551"],
  ["city", "Algiers", "الجزائر العاصمة", [], "Q3561"],
  ["city", "Nairobi", "نيروبي", [], "Q3870"],
  ["city", "Mombasa", "مومباسا", [], undefined],
  ["city", "Addis Ababa", "أديس أبابا", [], "Q3624"],
  ["city", "Abuja", "أبوجا", [], "Q3787"],
  ["city", "Lagos", "لاغوس", [], "Q8673"],
  ["city", "Pretoria", "بريتوريا", [], "Q3926"],
  ["city", "Johannesburg", "جوهانسبرغ", [], "Q34647"],
  ["city", "Mogadishu", "مقديشو", [], "Q2449"],
  ["city", "Mumbai", "مومباي", ["Bombay"], "Q1156"],
  ["city", "Islamabad", "إسلام آباد", [], "Q1362"],
  ["city", "Kabul", "كابول", [], "Q5838"],
  ["city", "Baku", "باكو", [], "Q9248"],
  ["city", "Minsk", "مينسك", [], undefined],
  ["city", "Bangkok", "بانكوك", [], "Q1861"],
  ["city", "Hanoi", "هانوي", [], "Q1858"],
  ["city", "Jakarta", "جاكرتا", [], "Q3630"],
  ["region", "Gaza", "غزة", ["Gaza Strip", "قطاع غزة"], undefined],
  ["region", "Red Sea", "البحر الأحمر", [], "Q23406"],
  // Continents, world regions and seas that news names daily; without them "South America" reads as America and
  // "the South China Sea" as China.
  ["region", "Europe", "أوروبا", ["أوربا"], "Q46"],
  ["region", "Africa", "أفريقيا", ["إفريقيا", "القارة الأفريقية", "القارة الإفريقية"], "Q15"],
  ["region", "Asia", "آسيا", [], "Q48"],
  ["region", "Middle East", "الشرق الأوسط", ["the Middle East"], "Q7204"],
  ["region", "South America", "أمريكا الجنوبية", ["أميركا الجنوبية"], "Q18"],
  ["region", "Latin America", "أمريكا اللاتينية", ["أميركا اللاتينية"], "Q12585"],
  ["region", "North America", "أمريكا الشمالية", ["أميركا الشمالية"], "Q49"],
  ["region", "Central Asia", "آسيا الوسطى", [], "Q27275"],
  ["region", "Southeast Asia", "جنوب شرق آسيا", ["South-East Asia", "جنوب شرقي آسيا"], "Q11708"],
  ["region", "Eastern Europe", "أوروبا الشرقية", ["شرق أوروبا"], "Q27468"],
  ["region", "North Africa", "شمال أفريقيا", ["شمال إفريقيا"], "Q27381"],
  ["region", "West Africa", "غرب أفريقيا", ["غرب إفريقيا"], "Q4412"],
  ["region", "East Africa", "شرق أفريقيا", ["شرق إفريقيا"], "Q27407"],
  ["region", "Horn of Africa", "القرن الأفريقي", ["القرن الإفريقي"], "Q40556"],
  ["region", "Sahel", "منطقة الساحل", ["الساحل الأفريقي"], "Q6412"],
  ["region", "Balkans", "البلقان", ["the Balkans"], "Q6497"],
  ["region", "Caucasus", "القوقاز", [], "Q17050"],
  ["region", "Indo-Pacific", "المحيط الهندي والهادئ", ["منطقة المحيطين الهندي والهادئ"], undefined],
  ["region", "Arctic", "القطب الشمالي", ["the Arctic"], "Q25322"],
  ["region", "Mediterranean Sea", "البحر الأبيض المتوسط", ["Mediterranean", "البحر المتوسط"], "Q4918"],
  ["region", "Eastern Mediterranean", "شرق المتوسط", ["شرق البحر المتوسط", "East Mediterranean"], undefined],
  ["region", "Black Sea", "البحر الأسود", [], "Q166"],
  ["region", "Caspian Sea", "بحر قزوين", [], "Q5484"],
  ["region", "South China Sea", "بحر الصين الجنوبي", [], "Q37660"],
  ["region", "East China Sea", "بحر الصين الشرقي", [], "Q38531"],
  ["region", "Persian Gulf", "الخليج العربي", ["Arabian Gulf", "الخليج الفارسي"], "Q34675"],
  ["region", "Gulf of Aden", "خليج عدن", [], "Q93332"],
  ["region", "Strait of Hormuz", "مضيق هرمز", [], "Q132924"],
  ["region", "Taiwan Strait", "مضيق تايوان", [], "Q151015"],
  ["region", "Korean Peninsula", "شبه الجزيرة الكورية", [], "Q483134"],
  ["region", "Aegean Sea", "بحر إيجه", ["Aegean"], "Q34575"],
  ["other", "Suez Canal", "قناة السويس", [], "Q899"],
  // Organisations, initiatives
  ["initiative", "Belt and Road Initiative", "مبادرة الحزام والطريق", ["BRI", "Belt and Road", "One Belt One Road", "الحزام والطريق", "مبادرة الحزام و الطريق"], undefined],
  ["organization", "Eurasian Economic Union", "الاتحاد الاقتصادي الأوراسي", ["EAEU", "EEU", "Eurasian Union", "الاتحاد الأوراسي"], "Q17052"],
  ["organization", "Shanghai Cooperation Organisation", "منظمة شانغهاي للتعاون", ["SCO", "Shanghai Cooperation Organization"], "Q485207"],
  ["organization", "BRICS", "بريكس", ["مجموعة بريكس"], "Q135208"],
  ["organization", "NATO", "حلف شمال الأطلسي", ["North Atlantic Treaty Organization", "الناتو", "حلف الناتو"], "Q7184"],
  ["organization", "United Nations", "الأمم المتحدة", ["UN", "U.N."], "Q1065"],
  ["organization", "UN Security Council", "مجلس الأمن الدولي", ["Security Council", "مجلس الأمن"], "Q37470"],
  ["organization", "European Union", "الاتحاد الأوروبي", ["EU"], "Q458"],
  ["organization", "World Health Organization", "منظمة الصحة العالمية", ["WHO"], "Q7817"],
  ["organization", "World Trade Organization", "منظمة التجارة العالمية", ["WTO"], "Q7825"],
  ["organization", "Gazprom", "غازبروم", [], "Q102673"],
  ["organization", "African Union", "الاتحاد الأفريقي", ["AU", "الاتحاد الإفريقي"], "Q7159"],
  ["organization", "Houthis", "الحوثيون", ["Houthi", "Houthi movement", "Ansar Allah", "الحوثيين", "جماعة الحوثي", "أنصار الله"], undefined],
  // Major international and regional organisations, by prominence in world news (not chosen from any article): an
  // unseen article names them as often as it names countries. Wikidata ids only where certain.
  ["organization", "ASEAN", "رابطة دول جنوب شرق آسيا", ["Association of Southeast Asian Nations", "آسيان", "رابطة آسيان", "الآسيان"], "Q7768"],
  ["organization", "OPEC", "منظمة الدول المصدرة للبترول", ["Organization of the Petroleum Exporting Countries", "أوبك", "منظمة أوبك"], "Q7795"],
  ["organization", "OPEC Plus", "أوبك+", ["OPEC+", "أوبك بلس", "تحالف أوبك+", "مجموعة أوبك+"], undefined],
  ["organization", "IAEA", "الوكالة الدولية للطاقة الذرية", ["International Atomic Energy Agency", "وكالة الطاقة الذرية"], "Q826700"],
  ["organization", "International Energy Agency", "وكالة الطاقة الدولية", ["IEA"], undefined],
  ["organization", "International Monetary Fund", "صندوق النقد الدولي", ["IMF"], "Q7804"],
  ["organization", "World Bank", "البنك الدولي", [], "Q7164"],
  ["organization", "Arab League", "جامعة الدول العربية", ["League of Arab States", "الجامعة العربية"], "Q7172"],
  ["organization", "Gulf Cooperation Council", "مجلس التعاون الخليجي", ["GCC", "Cooperation Council for the Arab States of the Gulf", "مجلس التعاون لدول الخليج العربية"], undefined],
  ["organization", "Organisation of Islamic Cooperation", "منظمة التعاون الإسلامي", ["OIC", "Organization of Islamic Cooperation"], undefined],
  ["organization", "ECOWAS", "المجموعة الاقتصادية لدول غرب أفريقيا", ["Economic Community of West African States", "إيكواس", "مجموعة إيكواس"], "Q161549"],
  ["organization", "Mercosur", "ميركوسور", ["MERCOSUR", "Southern Common Market", "السوق المشتركة لأمريكا الجنوبية", "تكتل ميركوسور"], undefined],
  ["organization", "European Commission", "المفوضية الأوروبية", ["EU Commission"], "Q8880"],
  ["organization", "European Parliament", "البرلمان الأوروبي", [], "Q8889"],
  ["organization", "Council of the European Union", "مجلس الاتحاد الأوروبي", ["EU Council", "Council of the EU"], undefined],
  ["organization", "International Criminal Court", "المحكمة الجنائية الدولية", ["ICC"], "Q47488"],
  ["organization", "International Court of Justice", "محكمة العدل الدولية", ["ICJ", "World Court"], "Q7801"],
  ["organization", "G7", "مجموعة السبع", ["Group of Seven", "G-7", "مجموعة الدول السبع"], undefined],
  ["organization", "G20", "مجموعة العشرين", ["Group of Twenty", "G-20"], undefined],
  ["organization", "Collective Security Treaty Organization", "منظمة معاهدة الأمن الجماعي", ["CSTO"], undefined],
  ["organization", "Asian Infrastructure Investment Bank", "البنك الآسيوي للاستثمار في البنية التحتية", ["AIIB"], undefined],
  ["organization", "New Development Bank", "بنك التنمية الجديد", [], undefined],
  ["organization", "APEC", "منتدى التعاون الاقتصادي لآسيا والمحيط الهادئ", ["Asia-Pacific Economic Cooperation", "أبيك"], undefined],
  ["organization", "IGAD", "الهيئة الحكومية للتنمية", ["Intergovernmental Authority on Development", "إيغاد"], undefined],
  ["organization", "East African Community", "مجموعة شرق أفريقيا", ["EAC"], undefined],
  ["organization", "Southern African Development Community", "مجموعة التنمية لأفريقيا الجنوبية", ["SADC"], undefined],
  ["organization", "UNHCR", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", ["UN refugee agency", "مفوضية اللاجئين"], undefined],
  ["organization", "World Food Programme", "برنامج الأغذية العالمي", ["WFP"], undefined],
  ["organization", "UN General Assembly", "الجمعية العامة للأمم المتحدة", ["General Assembly"], undefined],
  ["organization", "Hamas", "حركة حماس", ["حركة المقاومة الإسلامية"], undefined],
  ["organization", "Hezbollah", "حزب الله", [], undefined],
  ["organization", "Taliban", "طالبان", ["حركة طالبان"], undefined],
  // Seats of government: they speak and act for their country ("the Kremlin said", "أكد الكرملين").
  ["organization", "Kremlin", "الكرملين", ["the Kremlin", "Moscow Kremlin"], undefined],
  ["organization", "White House", "البيت الأبيض", ["the White House"], undefined],
  ["organization", "Xinhua", "شينخوا", ["Xinhua News Agency", "وكالة شينخوا", "وكالة أنباء شينخوا"], "Q204839"],
  // Events
  ["event", "Beijing 2022 Winter Olympics", "أولمبياد بكين الشتوي 2022", ["2022 Winter Olympics", "Beijing Winter Olympics", "Beijing 2022", "الألعاب الأولمبية الشتوية", "دورة الألعاب الأولمبية الشتوية", "أولمبياد بكين الشتوي", "الأولمبياد الشتوي"], "Q115108"],
  ["event", "COVID-19 pandemic", "جائحة كوفيد-19", ["COVID-19", "COVID", "coronavirus", "the pandemic", "كوفيد-19", "كوفيد", "كورونا", "فيروس كورونا", "الجائحة"], "Q81068910"],
  ["event", "Cold War", "الحرب الباردة", [], "Q8683"],
  ["event", "Russia-Ukraine war", "الحرب الروسية الأوكرانية", ["war in Ukraine", "Ukraine war", "war against Ukraine", "الحرب في أوكرانيا", "الحرب على أوكرانيا", "الحرب الأوكرانية", "الحرب في اوكرانيا"], undefined],
  ["initiative", "Black Sea Grain Initiative", "مبادرة حبوب البحر الأسود", ["grain corridor", "grain deal", "Black Sea grain deal", "ممر الحبوب", "اتفاق الحبوب", "اتفاقية الحبوب"], undefined],
  // Topics
  ["topic", "Multilateralism", "التعددية", ["multilateralism", "التعددية الحقيقية", "true multilateralism"], undefined],
  ["topic", "Hegemony", "الهيمنة", ["hegemonism"], undefined],
  ["topic", "Cold War mentality", "عقلية الحرب الباردة", ["Cold War thinking"], undefined],
  ["topic", "Bilateral trade", "التجارة الثنائية", [], undefined],
  ["topic", "Trade", "التجارة", [], "Q601401"],
  ["topic", "Oil", "النفط", ["crude oil", "petroleum"], "Q22656"],
  ["topic", "Natural gas", "الغاز", ["gas", "الغاز الطبيعي"], "Q40858"],
  ["topic", "Finance", "المالية", ["التمويل"], "Q43015"],
  ["topic", "Space", "الفضاء", ["space exploration"], undefined],
  ["topic", "Aviation", "الطيران", [], "Q765633"],
  ["topic", "International justice", "العدالة الدولية", ["العدالة"], undefined],
  ["topic", "Equity", "الإنصاف", ["fairness"], undefined],
  ["topic", "Strategic trust", "الثقة الاستراتيجية", ["الثقة الاستراتيجية المتبادلة", "mutual strategic trust"], undefined],
  ["topic", "Mutual benefit", "المنفعة المتبادلة", [], undefined],
  ["topic", "International relations", "العلاقات الدولية", [], "Q166542"],
  ["topic", "Core interests", "المصالح الجوهرية", ["core interests"], undefined],
  ["topic", "Politicization of sport", "تسييس الرياضة", ["politicizing sport", "politicization of sports"], undefined],
  ["topic", "Sanctions", "العقوبات", [], undefined],
  ["topic", "Energy", "الطاقة", [], "Q11379"],
  ["topic", "Security", "الأمن", [], undefined],
  ["topic", "Migration", "الهجرة", ["migration", "immigration", "الهجرة غير الشرعية"], undefined],
  ["topic", "Terrorism", "الإرهاب", ["terrorism"], "Q7283"],
  ["topic", "Ceasefire", "وقف إطلاق النار", ["ceasefire", "cease-fire", "truce", "وقف فوري لإطلاق النار", "الهدنة"], undefined],
];

// Capitals and seats of government stand for their country inside relations ("Moscow backs Beijing").
const SEATS: Record<string, string> = { kremlin: "russia", "white-house": "united-states", washington: "united-states", taipei: "taiwan" };

function fromRow([type, name, nameAr, aliases, wikidata, adjectives, leaderOf, role]: Row): GazetteerRecord {
  return {
    id: slugify(name),
    type,
    name,
    ...(nameAr ? { nameAr } : {}),
    aliases,
    ...(wikidata ? { wikidata } : {}),
    ...(adjectives?.length ? { adjectives } : {}),
    ...(leaderOf ? { leaderOf } : {}),
    ...(role ? { role } : {}),
  };
}

/** Generated countries and their capitals, then the hand rows merged over them (same id: hand names win, lists join). */
function build(): GazetteerRecord[] {
  const byId = new Map<string, GazetteerRecord>();
  const capitals = new Map<string, string>(Object.entries(SEATS));
  for (const c of COUNTRIES) {
    const id = slugify(c.name);
    byId.set(id, {
      id,
      type: "country",
      name: c.name,
      nameAr: c.nameAr,
      aliases: c.aliases,
      ...(c.wikidata ? { wikidata: c.wikidata } : {}),
      ...(c.adjectives.length ? { adjectives: c.adjectives } : {}),
      ...(c.unmatched ? { unmatched: c.unmatched } : {}),
    });
  }
  // A hand row may spell a capital differently ("Sanaa" / "Sana'a"): the hand row is the capital then.
  const handCity = new Map(ROWS.filter((r) => r[0] === "city").flatMap((r) => [r[1], ...r[3]].map((n) => [n.toLowerCase(), slugify(r[1])] as const)));
  for (const c of COUNTRIES) {
    const hand = c.capital && handCity.get(c.capital.toLowerCase());
    if (hand) {
      capitals.set(hand, slugify(c.name));
      continue;
    }
    const id = c.capital && slugify(c.capital);
    // A city-state's capital is the country itself (Singapore, Monaco).
    if (!id || byId.has(id)) continue;
    capitals.set(id, slugify(c.name));
    byId.set(id, { id, type: "city", name: c.capital!, aliases: [] });
  }
  for (const row of ROWS) {
    const hand = fromRow(row);
    const generated = byId.get(hand.id);
    const union = (a: string[] = [], b: string[] = []) => [...new Set([...a, ...b])].filter((x) => x !== hand.name && x !== hand.nameAr);
    byId.set(
      hand.id,
      generated
        ? {
            ...generated,
            ...hand,
            aliases: union(hand.aliases, [generated.name, ...(generated.nameAr ? [generated.nameAr] : []), ...generated.aliases]),
            ...(hand.adjectives || generated.adjectives ? { adjectives: [...new Set([...(hand.adjectives ?? []), ...(generated.adjectives ?? [])])] } : {}),
          }
        : hand,
    );
  }
  return [...byId.values()].map((e) => ({ ...e, ...(capitals.has(e.id) ? { capitalOf: capitals.get(e.id)! } : {}), ...(ORGANISATION_SEATS[e.id] ? { seatOf: ORGANISATION_SEATS[e.id] } : {}) }));
}

// Cities that seat an organisation and stand for it in the news when it is named: "Brussels decided" in an article
// about the EU is the EU, not Belgium.
const ORGANISATION_SEATS: Record<string, string> = { brussels: "european-union" };

export const GAZETTEER: GazetteerRecord[] = build();
