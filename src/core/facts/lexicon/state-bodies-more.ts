import type { LexiconEntry, LexiconKind } from "./types.js";

/** One organization a line: the lists below are long. */
function body(
  slug: string,
  kind: LexiconKind,
  name: string,
  aliases: string[],
  affiliation?: string,
  heads?: string[],
): LexiconEntry {
  return {
    id: `org/${slug}`,
    type: "organization",
    kind,
    name,
    aliases,
    ...(affiliation ? { affiliation } : {}),
    ...(heads ? { heads } : {}),
  };
}

/**
 * Ministries, security services and governments of the states in scope (Syria old and new,
 * Iraq federal and Kurdish, Jordan, Lebanon, Turkey) and the US and UK bodies that security
 * reporting on them names; then armed groups beyond the main ones in armed-groups.ts.
 */
export const MORE_STATE_BODIES: LexiconEntry[] = [
  // Syria, before and after December 2024.
  body(
    "syrian-security-forces",
    "state-security",
    "Syrian security forces",
    ["Syrian security personnel", "Syrian security services", "Syria's security forces"],
    "Syria",
  ),
  body(
    "syrian-general-security",
    "state-security",
    "General Security Service",
    ["General Security", "Syrian General Security", "Syria's General Security", "General Security forces"],
    "Syria",
  ),
  body(
    "syrian-gis",
    "state-security",
    "Syrian General Intelligence Service",
    [
      "General Intelligence Service",
      "Syrian General Intelligence",
      "Syrian intelligence",
      "Syrian General Intelligence Directorate",
    ],
    "Syria",
  ),
  body(
    "syrian-foreign-ministry",
    "government",
    "Syrian Ministry of Foreign Affairs",
    [
      "Syrian foreign ministry",
      "Syrian Foreign Ministry",
      "Syria's foreign ministry",
      "Syrian Ministry of Foreign Affairs and Expatriates",
    ],
    "Syria",
  ),
  body(
    "air-force-intelligence",
    "state-security",
    "Air Force Intelligence",
    ["Air Force Intelligence Directorate", "Syrian Air Force Intelligence"],
    "Syria",
  ),
  body(
    "fourth-division",
    "state-security",
    "Fourth Division",
    ["4th Division", "Fourth Armoured Division", "Fourth Armored Division", "4th Armoured Division"],
    "Syria",
  ),
  body("republican-guard", "state-security", "Republican Guard", ["Syrian Republican Guard"], "Syria"),
  body(
    "ndf",
    "militia",
    "National Defence Forces",
    ["National Defense Forces", "NDF", "National Defence militia", "National Defense militia"],
    "Syria",
  ),
  body(
    "syria-civil-defence",
    "humanitarian",
    "Syria Civil Defence",
    ["Syrian Civil Defence", "Syrian Civil Defense", "Syria Civil Defense", "White Helmets"],
    "Syria",
  ),
  // The emergency service of Iraq, Jordan and other Arab states goes by the bare name: "the
  // Civil Defence said", its head "Director of Civil Defence"; Syria's has its own entry above.
  body("civil-defence", "humanitarian", "Civil Defence", [
    "Civil Defense",
    "General Directorate of Civil Defence",
    "General Directorate of Civil Defense",
    "Directorate of Civil Defence",
    "Directorate of Civil Defense",
  ]),
  body("military-intelligence-directorate", "state-security", "Military Intelligence Directorate", [
    "Military Intelligence",
    "Directorate of Military Intelligence",
  ]),
  // Iraq, federal.
  body(
    "iraqi-defence-ministry",
    "state-security",
    "Iraqi Ministry of Defence",
    [
      "Iraqi defence ministry",
      "Iraq's defence ministry",
      "Iraqi Ministry of Defense",
      "Iraqi defense ministry",
      "Iraq's defense ministry",
    ],
    "Iraq",
  ),
  body("iraqi-air-force", "state-security", "Iraqi Air Force", ["Iraqi air force"], "Iraq"),
  body(
    "iraqi-army-aviation",
    "state-security",
    "Iraqi Army Aviation",
    ["Army Aviation", "Army Aviation Command", "Iraqi army aviation"],
    "Iraq",
  ),
  // "Iraqi police said ...": the Ministry of Interior's local police (the Iraqi Police Service),
  // a body of its own beside the Federal Police.
  body("iraqi-police", "state-security", "Iraqi Police", ["Iraqi police", "Iraqi Police Service"], "Iraq"),
  body(
    "iraqi-federal-police",
    "state-security",
    "Federal Police",
    ["Iraqi Federal Police", "Iraqi federal police"],
    "Iraq",
  ),
  body(
    "falcons-cell",
    "state-security",
    "Falcons Intelligence Cell",
    [
      "Falcons Cell",
      "Falcons Intelligence Agency",
      "Khaliyat al-Suqur",
      "Al-Suqur Intelligence Cell",
      "Falcon Intelligence Cell",
    ],
    "Iraq",
  ),
  body(
    "iraqi-narcotics-directorate",
    "state-security",
    "General Directorate of Narcotics Affairs",
    [
      "General Directorate of Narcotics and Psychotropic Substances Affairs",
      "General Directorate for Narcotics Affairs",
      "General Directorate for Narcotics and Psychotropic Affairs",
      "General Directorate of Narcotics and Psychotropic Affairs",
      "Iraq's General Directorate of Narcotics Affairs",
    ],
    "Iraq",
  ),
  body(
    "tribal-mobilization",
    "militia",
    "Tribal Mobilization",
    [
      "Tribal Mobilisation",
      "Tribal Mobilization Forces",
      "Tribal Mobilisation Forces",
      "Tribal Hashd",
      "Hashd al-Asha'iri",
      "Hashd al-Ashair",
    ],
    "Iraq",
  ),
  body(
    "iraqi-parliament",
    "government",
    "Iraqi parliament",
    [
      "Iraqi Parliament",
      "Council of Representatives",
      "Iraqi Council of Representatives",
      "Iraq's parliament",
    ],
    "Iraq",
  ),
  body(
    "iraqi-justice-ministry",
    "government",
    "Iraqi Ministry of Justice",
    ["Iraqi justice ministry", "Iraq's justice ministry", "Iraqi Justice Ministry"],
    "Iraq",
  ),
  body(
    "iraqi-sjc",
    "government",
    "Supreme Judicial Council",
    ["Iraqi Supreme Judicial Council", "Iraq's Supreme Judicial Council"],
    "Iraq",
  ),
  body(
    "iraqi-ccc",
    "government",
    "Central Criminal Court of Iraq",
    ["Central Criminal Court", "Iraqi Central Criminal Court"],
    "Iraq",
  ),
  // Germany's federal prosecutor, who brings the cases of returned Islamic State members.
  body(
    "german-federal-prosecutor",
    "government",
    "Federal Prosecutor General",
    [
      "Federal Public Prosecutor General",
      "Generalbundesanwalt",
      "Der Generalbundesanwalt beim Bundesgerichtshof",
      "German Federal Prosecutor's Office",
      "German federal prosecutors",
    ],
    "Germany",
  ),
  // Iraq, the Kurdistan Region.
  body(
    "krg-interior-ministry",
    "state-security",
    "Kurdistan Region Ministry of Interior",
    [
      "Kurdistan Region interior ministry",
      "Kurdistan Region's interior ministry",
      "Kurdistan Region Interior Ministry",
      "KRG interior ministry",
      "KRG Interior Ministry",
      "KRG Ministry of Interior",
      "Kurdistan interior ministry",
      "Kurdish interior ministry",
      "Kurdistan Regional Government's interior ministry",
      "Ministry of Interior of the Kurdistan Region",
      "Ministry of Interior of the Kurdistan Regional Government",
    ],
    "Iraq",
  ),
  body(
    "peshmerga-ministry",
    "state-security",
    "Ministry of Peshmerga Affairs",
    [
      "Peshmerga Ministry",
      "Peshmerga ministry",
      "KRG Ministry of Peshmerga Affairs",
      "Ministry of Peshmerga",
    ],
    "Iraq",
  ),
  body(
    "krsc",
    "state-security",
    "Kurdistan Region Security Council",
    ["KRSC", "Kurdistan Region's Security Council"],
    "Iraq",
  ),
  body(
    "ybs",
    "kurdish-force",
    "Sinjar Resistance Units",
    ["YBS", "YBŞ", "Sinjar Resistance Units (YBS)"],
    "Iraq",
  ),
  // The Assyrian and Syriac forces of north-east Syria, within the SDF's and the Autonomous
  // Administration's security: the Sutoro (Sootoro) police of Hasakah, Qamishli and the Khabur
  // villages, and the Syriac Military Council.
  body("sutoro", "kurdish-force", "Sutoro", ["Sootoro", "Syriac Security Office", "Sutoro police"], "Syria"),
  body("syriac-military-council", "kurdish-force", "Syriac Military Council", ["MFS"], "Syria"),
  // Jordan.
  body(
    "jordanian-government",
    "government",
    "Jordanian government",
    ["Government of Jordan", "Jordan's government"],
    "Jordan",
  ),
  body(
    "jordanian-interior-ministry",
    "state-security",
    "Jordanian Ministry of Interior",
    ["Jordanian interior ministry", "Jordanian Interior Ministry", "Jordan's interior ministry"],
    "Jordan",
  ),
  body(
    "jordanian-foreign-ministry",
    "government",
    "Jordanian Ministry of Foreign Affairs",
    ["Jordanian foreign ministry", "Jordanian Foreign Ministry", "Jordan's foreign ministry"],
    "Jordan",
  ),
  body(
    "jordanian-gid",
    "state-security",
    "General Intelligence Department",
    [
      "GID",
      "General Intelligence Directorate",
      "Jordanian General Intelligence Department",
      "Jordanian intelligence",
      "Jordan's General Intelligence Department",
    ],
    "Jordan",
  ),
  // The army's regional commands on the Syrian border: "border guards of the Eastern Military
  // Region clashed with smugglers" is Jordan's army speaking of its own side of the line.
  body("jordan-eastern-military-region", "state-security", "Eastern Military Region", [], "Jordan"),
  body("jordan-northern-military-region", "state-security", "Northern Military Region", [], "Jordan"),
  body(
    "jordanian-psd",
    "state-security",
    "Public Security Directorate",
    ["PSD", "Jordanian Public Security Directorate"],
    "Jordan",
  ),
  body(
    "jordanian-and",
    "state-security",
    "Anti-Narcotics Department",
    ["Jordanian Anti-Narcotics Department"],
    "Jordan",
  ),
  // The customs service that staffs Jaber, Karameh and the inland customs houses.
  body(
    "jordan-customs",
    "government",
    "Jordan Customs",
    ["Jordan Customs Department", "Jordanian Customs", "Jordanian customs", "Jordan's customs"],
    "Jordan",
  ),
  // Lebanon.
  body(
    "lebanese-government",
    "government",
    "Lebanese government",
    ["Government of Lebanon", "Lebanon's government"],
    "Lebanon",
  ),
  body(
    "lebanese-presidency",
    "government",
    "Lebanese presidency",
    ["Lebanese Presidency", "Lebanon's presidency"],
    "Lebanon",
  ),
  body(
    "lebanese-general-security",
    "state-security",
    "General Directorate of General Security",
    ["Lebanese General Security", "Lebanon's General Security"],
    "Lebanon",
  ),
  body(
    "lebanese-isf",
    "state-security",
    "Lebanese Internal Security Forces",
    ["Lebanon's Internal Security Forces"],
    "Lebanon",
  ),
  // Turkey.
  body(
    "turkish-government",
    "government",
    "Turkish government",
    ["Government of Turkey", "Turkey's government"],
    "Turkey",
  ),
  body(
    "turkish-foreign-ministry",
    "government",
    "Turkish Ministry of Foreign Affairs",
    ["Turkish foreign ministry", "Turkish Foreign Ministry", "Turkey's foreign ministry"],
    "Turkey",
  ),
  body(
    "turkish-interior-ministry",
    "state-security",
    "Turkish Ministry of Interior",
    ["Turkish interior ministry", "Turkish Interior Ministry", "Turkey's interior ministry"],
    "Turkey",
  ),
  // The customs service under the Ministry of Trade that staffs Habur and the other gates.
  body(
    "turkish-customs",
    "government",
    "Turkish Customs",
    ["Turkish customs", "Turkey's customs", "Turkish customs authorities"],
    "Turkey",
  ),
  body(
    "turkish-gendarmerie",
    "state-security",
    "Gendarmerie General Command",
    ["Turkish gendarmerie", "Turkish Gendarmerie", "Jandarma"],
    "Turkey",
  ),
  // The United Kingdom.
  body(
    "uk-government",
    "government",
    "British government",
    [
      "UK government",
      "U.K. government",
      "British Government",
      "UK Government",
      "HM Government",
      "His Majesty's Government",
      "Her Majesty's Government",
    ],
    "United Kingdom",
  ),
  body(
    "fcdo",
    "government",
    "Foreign, Commonwealth and Development Office",
    [
      "Foreign, Commonwealth & Development Office",
      "FCDO",
      "Foreign Office",
      "British Foreign Office",
      "UK Foreign Office",
    ],
    "United Kingdom",
  ),
  body(
    "home-office",
    "government",
    "Home Office",
    ["British Home Office", "UK Home Office"],
    "United Kingdom",
  ),
  body(
    "uk-mod",
    "government",
    "UK Ministry of Defence",
    ["British Ministry of Defence", "UK MoD"],
    "United Kingdom",
  ),
  body("mi6", "state-security", "Secret Intelligence Service", ["MI6"], "United Kingdom"),
  body("mi5", "state-security", "MI5", [], "United Kingdom"),
  body(
    "ctp",
    "state-security",
    "Counter Terrorism Policing",
    ["UK Counter Terrorism Policing"],
    "United Kingdom",
  ),
  // The United States.
  body(
    "us-state-department",
    "government",
    "US State Department",
    [
      "State Department",
      "U.S. State Department",
      "US Department of State",
      "U.S. Department of State",
      "Department of State",
      "United States Department of State",
    ],
    "United States",
  ),
  body(
    "us-treasury",
    "government",
    "US Treasury",
    [
      "U.S. Treasury",
      "Treasury Department",
      "US Treasury Department",
      "U.S. Treasury Department",
      "Department of the Treasury",
    ],
    "United States",
  ),
  body("ofac", "government", "Office of Foreign Assets Control", ["OFAC"], "United States"),
  body("white-house", "government", "White House", [], "United States"),
  body(
    "us-government",
    "government",
    "US government",
    [
      "U.S. government",
      "United States government",
      "American government",
      "US administration",
      "U.S. administration",
    ],
    "United States",
  ),
  body("fbi", "state-security", "Federal Bureau of Investigation", ["FBI"], "United States"),
  body("cia", "state-security", "Central Intelligence Agency", ["CIA"], "United States"),
  body("dea", "state-security", "Drug Enforcement Administration", ["DEA"], "United States"),
  body(
    "usaid",
    "humanitarian",
    "USAID",
    [
      "US Agency for International Development",
      "United States Agency for International Development",
      "U.S. Agency for International Development",
    ],
    "United States",
  ),

  // International bodies and NGOs that report on the region.
  body("amnesty", "humanitarian", "Amnesty International", ["Amnesty"]),
  body("hrw", "humanitarian", "Human Rights Watch", ["HRW"]),
  // Press-freedom bodies that count journalists killed in the region's wars.
  body("cpj", "humanitarian", "Committee to Protect Journalists", ["CPJ"]),
  body("rsf", "humanitarian", "Reporters Without Borders", ["Reporters sans frontières"]),
  // A Syrian rights monitor that documents casualties and violations, known by its initials.
  body("stj", "humanitarian", "Syrians for Truth and Justice", ["STJ"]),
  // A Norwegian demining and aid body working in Iraq and Syria ("NPA" also names other bodies).
  body("npa", "humanitarian", "Norwegian People's Aid", []),
  // A British Muslim aid charity whose convoys and staff work in Syria and Iraq.
  body("islamic-relief", "humanitarian", "Islamic Relief", ["Islamic Relief Worldwide"]),
  body("ocha", "humanitarian", "UN Office for the Coordination of Humanitarian Affairs", [
    "OCHA",
    "UNOCHA",
    "United Nations Office for the Coordination of Humanitarian Affairs",
    "Office for the Coordination of Humanitarian Affairs",
  ]),
  body("wfp", "humanitarian", "World Food Programme", [
    "WFP",
    "World Food Program",
    "UN World Food Programme",
  ]),
  body("who", "humanitarian", "World Health Organization", ["WHO", "World Health Organisation"]),
  body("msf", "humanitarian", "Médecins Sans Frontières", [
    "MSF",
    "Doctors Without Borders",
    "Medecins Sans Frontieres",
  ]),
  body("save-the-children", "humanitarian", "Save the Children", []),
  body("nrc", "humanitarian", "Norwegian Refugee Council", ["NRC"]),
  body("irc", "humanitarian", "International Rescue Committee", ["IRC"]),
  body("undp", "humanitarian", "UNDP", ["UN Development Programme", "United Nations Development Programme"]),
  body("unami", "humanitarian", "UN Assistance Mission for Iraq", [
    "UNAMI",
    "United Nations Assistance Mission for Iraq",
  ]),
  body("unsc", "government", "UN Security Council", [
    "Security Council",
    "United Nations Security Council",
    "U.N. Security Council",
    "UNSC",
  ]),
  // The Security Council's sanctions monitors of ISIL and Al-Qaida (the 1267 Monitoring Team), whose
  // reports tell what Member States told them.
  body("un-monitoring-team", "government", "Analytical Support and Sanctions Monitoring Team", [
    "Monitoring Team",
    "UN Monitoring Team",
    "1267 Monitoring Team",
    "ISIL and Al-Qaida Monitoring Team",
  ]),
  body("ohchr", "humanitarian", "UN Human Rights Office", [
    "OHCHR",
    "Office of the UN High Commissioner for Human Rights",
    "UN human rights office",
  ]),
  body("icc", "government", "International Criminal Court", ["ICC"]),
  body("nato", "coalition", "NATO", [
    "North Atlantic Treaty Organization",
    "Nato",
    "NATO Mission Iraq",
    "NATO mission in Iraq",
  ]),
  // France's forces in Iraq and Syria serve in the coalition (Operation Chammal is France's part
  // of it): what they do there is the coalition's posture.
  body(
    "french-forces",
    "coalition",
    "French Armed Forces",
    [
      "French forces",
      "French troops",
      "French soldiers",
      "French military personnel",
      "French military",
      "Operation Chammal",
      "Opération Chammal",
    ],
    "France",
  ),
  // France's defence ministry, which speaks for Operation Chammal ("The Ministry of the Armed Forces
  // denies reports that ..."): the ministry, not a body called "Armed Forces".
  body(
    "french-armed-forces-ministry",
    "government",
    "French Ministry of the Armed Forces",
    [
      "Ministry of the Armed Forces",
      "French Ministry of Armed Forces",
      "French armed forces ministry",
      "France's armed forces ministry",
      "French defence ministry",
      "French Ministry of Defence",
      "Ministère des Armées",
    ],
    "France",
  ),
  // Britain's forces in Iraq serve in the coalition too (Operation Shader is Britain's part of it):
  // "all British troops in Iraq will be withdrawn" is the coalition's posture changing.
  body(
    "british-forces",
    "coalition",
    "British Armed Forces",
    ["British forces", "British troops", "British soldiers", "UK forces", "UK troops", "Operation Shader"],
    "United Kingdom",
  ),
  // Italy's and Australia's forces in Iraq serve in the coalition too (Operation Prima Parthica,
  // Operation Okra): "Italy will withdraw its troops", "Italian soldiers train the Peshmerga" tell
  // of the coalition's posture. "The Italian contingent" is left out: a contingent is as often a
  // delegation's or a team's.
  body(
    "italian-forces",
    "coalition",
    "Italian Armed Forces",
    ["Italian forces", "Italian troops", "Italian soldiers", "Operation Prima Parthica"],
    "Italy",
  ),
  // Poland's contingent in Iraq trains Iraqi forces within the coalition and NATO's mission: "Poland
  // will withdraw its soldiers", "the Polish Military Contingent" (its own name) tell of that posture.
  body(
    "polish-forces",
    "coalition",
    "Polish Armed Forces",
    ["Polish forces", "Polish troops", "Polish soldiers", "Polish Military Contingent"],
    "Poland",
  ),
  // Germany's contingent in Iraq (Erbil, Baghdad) trains Iraqi and Kurdish forces under the
  // coalition's and NATO's mandates: "Germany will withdraw its soldiers", "the Bundeswehr will
  // leave Iraq" tell of the coalition's posture, as for the members above.
  body(
    "german-forces",
    "coalition",
    "Bundeswehr",
    ["German Armed Forces", "German forces", "German troops", "German soldiers"],
    "Germany",
  ),
  body(
    "australian-forces",
    "coalition",
    "Australian Defence Force",
    ["Australian forces", "Australian troops", "Australian soldiers", "Operation Okra"],
    "Australia",
  ),
  // The other members with soldiers in Iraq under the coalition's or NATO's mission (Besmaya, Erbil,
  // Baghdad, Taji): "Spain keeps about 300 troops in Iraq", "Portugal will pull its soldiers out",
  // "Danish soldiers will leave Al-Asad" tell of the coalition's posture, as for the members above.
  body(
    "spanish-forces",
    "coalition",
    "Spanish Armed Forces",
    ["Spanish forces", "Spanish troops", "Spanish soldiers"],
    "Spain",
  ),
  body(
    "dutch-forces",
    "coalition",
    "Netherlands Armed Forces",
    ["Dutch forces", "Dutch troops", "Dutch soldiers"],
    "Netherlands",
  ),
  body(
    "danish-forces",
    "coalition",
    "Danish Defence",
    ["Danish forces", "Danish troops", "Danish soldiers"],
    "Denmark",
  ),
  body(
    "norwegian-forces",
    "coalition",
    "Norwegian Armed Forces",
    ["Norwegian forces", "Norwegian troops", "Norwegian soldiers"],
    "Norway",
  ),
  body(
    "swedish-forces",
    "coalition",
    "Swedish Armed Forces",
    ["Swedish forces", "Swedish troops", "Swedish soldiers"],
    "Sweden",
  ),
  body(
    "finnish-forces",
    "coalition",
    "Finnish Defence Forces",
    ["Finnish forces", "Finnish troops", "Finnish soldiers"],
    "Finland",
  ),
  body(
    "belgian-forces",
    "coalition",
    "Belgian Armed Forces",
    ["Belgian forces", "Belgian troops", "Belgian soldiers"],
    "Belgium",
  ),
  body(
    "portuguese-forces",
    "coalition",
    "Portuguese Armed Forces",
    ["Portuguese forces", "Portuguese troops", "Portuguese soldiers"],
    "Portugal",
  ),
  body(
    "czech-forces",
    "coalition",
    "Czech Armed Forces",
    ["Czech forces", "Czech troops", "Czech soldiers"],
    "Czech Republic",
  ),
  body(
    "hungarian-forces",
    "coalition",
    "Hungarian Defence Forces",
    ["Hungarian forces", "Hungarian troops", "Hungarian soldiers"],
    "Hungary",
  ),
  body(
    "romanian-forces",
    "coalition",
    "Romanian Armed Forces",
    ["Romanian forces", "Romanian troops", "Romanian soldiers"],
    "Romania",
  ),
  body(
    "canadian-forces",
    "coalition",
    "Canadian Armed Forces",
    ["Canadian forces", "Canadian troops", "Canadian soldiers", "Operation IMPACT"],
    "Canada",
  ),
  body(
    "new-zealand-forces",
    "coalition",
    "New Zealand Defence Force",
    ["New Zealand forces", "New Zealand troops", "New Zealand soldiers", "NZDF"],
    "New Zealand",
  ),
  body("arab-league", "government", "Arab League", ["League of Arab States"]),
  body("interpol", "state-security", "Interpol", ["INTERPOL"]),
  body("snhr", "media", "Syrian Network for Human Rights", ["SNHR"]),
  body("crisis-group", "media", "International Crisis Group", ["Crisis Group", "ICG"]),

  // Armed groups beyond the main ones.
  body("liwa-al-tufuf", "militia", "Liwa al-Tufuf", ["Tufuf Brigade", "al-Tufuf Brigade"], "Iraq"),
  body("asaib-ahl-al-haq", "militia", "Asaib Ahl al-Haq", ["Asa'ib Ahl al-Haq", "AAH"], "Iraq"),
  body(
    "nujaba",
    "militia",
    "Harakat al-Nujaba",
    ["al-Nujaba", "Nujaba", "Harakat Hezbollah al-Nujaba"],
    "Iraq",
  ),
  body(
    "kataib-sayyid-al-shuhada",
    "militia",
    "Kataib Sayyid al-Shuhada",
    ["Kata'ib Sayyid al-Shuhada"],
    "Iraq",
  ),
  body("badr", "militia", "Badr Organization", ["Badr Organisation", "Badr Corps"], "Iraq"),
  body("islamic-resistance-in-iraq", "militia", "Islamic Resistance in Iraq", [], "Iraq"),
  body(
    "fatemiyoun",
    "militia",
    "Fatemiyoun",
    ["Liwa Fatemiyoun", "Fatemiyoun Brigade", "Fatimiyoun"],
    "Iran",
  ),
  body(
    "zainabiyoun",
    "militia",
    "Zainabiyoun",
    ["Liwa Zainabiyoun", "Zainabiyoun Brigade", "Zeinabiyoun"],
    "Iran",
  ),
  body("ahrar-al-sham", "rebel", "Ahrar al-Sham", ["Harakat Ahrar al-Sham"]),
  body("jaish-al-islam", "rebel", "Jaish al-Islam", ["Jaysh al-Islam", "Army of Islam"]),
  body("sultan-murad", "rebel", "Sultan Murad Division", ["Sultan Murad Brigade", "Sultan Murad"], "Turkey"),
  body("hamza-division", "rebel", "Hamza Division", ["al-Hamza Division", "Hamzat Division"], "Turkey"),
  body("amshat", "rebel", "Sultan Suleiman Shah Division", ["Suleiman Shah Division", "Amshat"], "Turkey"),
  body("eighth-brigade", "rebel", "Eighth Brigade", ["8th Brigade"], "Syria"),
  body(
    "men-of-dignity",
    "militia",
    "Men of Dignity",
    ["Rijal al-Karama", "Men of Dignity movement"],
    "Syria",
  ),
  body("ansar-al-sunna", "jihadist", "Saraya Ansar al-Sunna", ["Ansar al-Sunna", "Saraya Ansar al-Sunnah"]),
  body("tip", "jihadist", "Turkistan Islamic Party", ["TIP", "Turkestan Islamic Party"]),
];
