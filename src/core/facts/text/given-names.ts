/**
 * Given names of the region (Arabic, Kurdish, Turkish and Turkmen, Persian, Assyrian and Syriac,
 * Armenian, Yazidi), and of the South Asian workers its news often names (Sinhala, Tamil,
 * Malayali, Hindi), beyond the short list in
 * word-lists.ts and compromise's English names: a nearly closed class, so a person's name the
 * lexicon has never seen ("Hemin Faraj", "Yaser Hamdan") still starts with a name we know.
 * Spellings are folded before the look-up (doubled letters, ou/oo, ee, e/i, o/u, a final h), so
 * one entry covers "Yasser", "Yaser" and "Yasir". Words that are also places, organizations,
 * months or common capitalised words ("Soran", "Badr", "Ramadan", "Jihad", "Sultan") are left out:
 * the table is a cue to a person, and must not turn a place into one.
 */
const NAMES = `
  abdullah abdallah abdulaziz abdulrahman abdelrahman abdulkarim abdulqader abdulhamid abdullatif
  abdulwahab abdulmajid abdulsalam adnan akram alaa amjad ammar anas arif ashraf atef ayham aziz
  bakr basel basil bilal burhan dawood diyaa ehab eyad fahd fahad faris fathi fawzi fouad ghanem
  habib hakim hamdi hani harith haitham hossam husam idris ilyas jaber jafar jalal jamil kadhim
  kazem khalil khattab luay mahdi maan mansour mohsen moaz muayad munther murad musa naji najib
  nashwan nawar nihad nidal nimr qader qadir rabih radwan rafiq rafid raad rahim rajab ramez rashad
  reda ridha riyadh saadi sadeq saif sajjad salih saleh sameer shadi shakir shihab shukri sufyan
  suhail taha tahir talib tawfiq thaer wajih wasim wissam yaser yasin yaqub zakaria ziyad zuheir
  abdulilah abbas ghazi hikmat ismat izzat jumaa khidir khudair marwan mundhir nawaf qusay
  farhan falah uday udai hayder karrar karar mohannad muhannad ayad iyad hazim layth jabbar fadhil
  naser jalil hamad dhiya qutaiba wail thamir saadoun
  bakhtiar baran berzan dilshad diyar hemin hevi hiwa hozan kamaran karzan kosrat kurdo nechirvan
  nawzad peshawa rebin rizgar rojhat saman sardar serwan shorsh siamand sherwan zana zirak arian
  bawar dler hawre hemn ranj rekan shaho shivan omed heval rezgar kardo bahaa lawand
  shilan bese dilnia gulan jiyan narin nishtiman perwin rozhin shireen sozdar zhila viyan helin
  berfin delal evin ruken hevidar
  ahmet mehmet huseyin emre burak cem cengiz erdem erkan fatih ferhat hakan ilhan kemal kenan
  levent mesut metin necati oguz omer orhan osman ozgur recep selahattin serkan sinan tayyip tolga
  ugur volkan yavuz zeki ayse elif emine esra hatice meryem zeynep
  mehdi reza hossein javad majid hamid mohsen qassem alireza gholam
  asma bushra dalal duaa ghada hadeel haifa hind ibtisam inas intisar jumana khadija khawla lubna
  maha manal marwa mayada muna najwa nisreen rabab raghad rawan rihab sahar samar sawsan shaima
  sundus tahani wafaa warda yasmin zahra zeina zaynab aya alia amira basma dunya ghufran hayat
  lamia majida nadine nisrin rula roula suhad wijdan maysoon wasan ruqaya shahad hiba israa afrah
  nawal sabreen
  ako aso bakhtiyar chiya danyar hejar hunar jwan kaywan lezan nabaz pishtiwan rawand rebaz salar
  sarbast sarkawt shalaw xebat khabat zrar mihemed mihamad ferhad serhat servan bozan zelal awat
  bahman darbaz kosar qubad rustam saywan shahin hemo sabir
  gulizar gulistan gulnar gulshan nazdar nazanin pakhshan rojbin roshna ronak tavga xezal kajal
  jinda sirwa bahar hawraz
  ashur sargon ninos yonan shamiram shamiran aprem afram ephrem gewargis givargis yacoub yakub
  youkhana yohanna shimon shlemon odisho hormiz nineb sliwa behnam bahnam yonadam narsai
  bedros hagop krikor garabed vartan sarkis hovhannes
  ghalib kadhum hamoud khalaf obaid abdulrazzaq abdulsattar abdulwahid abdulghani abdulhadi
  abdulmunim adham aqeel akeel anmar arkan atheer awad ayoub bahjat basim daham dhafer dhari falih
  fareed farouq ghazwan haytham ihsan khairi labib luqman mahir mamoun mishaal mudhafar mukhlis
  muntadhar nadhim najm qahtan rasool shawkat subhi tahsin waad wathiq yaarub zakariya
  abeer afaf ahlam aseel dalia eman fadia ikhlas inaam khulood layal lamees lujain maysa nahla
  najla raja randa rima ruba rusul saja samah sumaya taghreed yusra
  arshad erdal turhan jengiz nihat ozan sedat sefa yalcin ertugrul kadir nermin gulsen sevim
  turkan dilek
  khidher khudeida dakhil shesho mirza naif dilbrin lamiya jilan adiba hadya
  nimal sunil chaminda priyantha ruwan nuwan kasun lasantha mahinda upali sampath chandana
  anura prasanna thilak kumari dilani nirosha chamari sanduni
  murugan shibu biju rajesh suresh ramesh mahesh ganesh dinesh rakesh mukesh sanjay vijay ajay
  anil manoj santosh pradeep sandeep deepak rajan mohan gopal senthil karthik sunita anita geeta
  lakshmi priya`;

/** One key for the spellings of a name: "Yasser", "Yaser", "Yasir" → "yasir". */
export function foldGivenName(norm: string): string {
  return norm
    .normalize("NFD")
    .replace(/[\u0300-\u036f'’ʿʾ]/g, "")
    .toLowerCase()
    .replace(/(.)\1+/g, "$1")
    .replace(/ou|oo/g, "u")
    .replace(/ee/g, "i")
    .replace(/(?<=.)e/g, "i")
    .replace(/(?<=.)o/g, "u")
    .replace(/(?<=..)h$/, "");
}

export const REGIONAL_GIVEN_NAMES: ReadonlySet<string> = new Set(
  NAMES.split(/\s+/).filter(Boolean).map(foldGivenName),
);

/** A given name of the region, in any of its usual spellings. */
export const isRegionalGivenName = (norm: string): boolean =>
  norm.length >= 3 && REGIONAL_GIVEN_NAMES.has(foldGivenName(norm));
