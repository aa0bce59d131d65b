// Well-known organisations by their well-known names and aliases: armed groups, international bodies,
// media and platforms. General knowledge of the field, not of any corpus; the label is the fullest
// common English name.
import type { EntityType } from '../ontology.js';
import { plainKey, skeletonKey } from '../text/fold.js';
import { memo } from '../text/memo.js';

export interface KnownOrganisation {
  label: string;
  entityType: EntityType;
  aliases: string[];
}

export const KNOWN_ORGANISATIONS: KnownOrganisation[] = [
  // armed groups
  { label: 'Islamic State', entityType: 'militia', aliases: ['IS', 'ISIS', 'ISIL', 'Daesh', 'Daech', 'EI', 'Etat islamique', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria', 'Islamic State group'] },
  { label: 'al-Qaeda', entityType: 'militia', aliases: ['al-Qaida', 'al Qaeda', 'Al Qaeda', 'Qaeda', 'AQ'] },
  { label: 'al-Qaeda in the Arabian Peninsula', entityType: 'militia', aliases: ['AQAP'] },
  { label: 'al-Qaeda in the Islamic Maghreb', entityType: 'militia', aliases: ['AQIM'] },
  { label: 'Hezbollah', entityType: 'militia', aliases: ['Hizbullah', 'Hizbollah', 'Hizballah', 'Hezbullah'] },
  { label: 'Hamas', entityType: 'militia', aliases: ['Harakat al-Muqawama al-Islamiya'] },
  { label: 'Palestinian Islamic Jihad', entityType: 'militia', aliases: ['Islamic Jihad', 'PIJ'] },
  { label: 'Taliban', entityType: 'militia', aliases: ['the Taliban', 'Taleban'] },
  { label: 'al-Shabaab', entityType: 'militia', aliases: ['al-Shabab', 'Al Shabaab', 'Shabaab', 'Harakat al-Shabaab al-Mujahideen'] },
  { label: 'Boko Haram', entityType: 'militia', aliases: ['Jama’atu Ahlis Sunna Lidda’awati wal-Jihad'] },
  { label: 'Houthis', entityType: 'militia', aliases: ['Houthi', 'Huthis', 'Huthi', 'Ansar Allah', 'Ansarallah', 'Houthi movement'] },
  { label: 'Kurdistan Workers’ Party', entityType: 'militia', aliases: ['PKK', "Kurdistan Workers' Party"] },
  { label: 'People’s Protection Units', entityType: 'militia', aliases: ['YPG', "People's Protection Units"] },
  { label: 'Syrian Democratic Forces', entityType: 'militia', aliases: ['SDF'] },
  { label: 'Hayat Tahrir al-Sham', entityType: 'militia', aliases: ['HTS', 'Tahrir al-Sham'] },
  { label: 'Jabhat al-Nusra', entityType: 'militia', aliases: ['Nusra Front', 'al-Nusra Front', 'al-Nusra'] },
  { label: 'Wagner Group', entityType: 'militia', aliases: ['Wagner', 'PMC Wagner'] },
  { label: 'Rapid Support Forces', entityType: 'militia', aliases: ['RSF'] },
  { label: 'Libyan National Army', entityType: 'militia', aliases: ['LNA'] },
  { label: 'Popular Mobilization Forces', entityType: 'militia', aliases: ['PMF', 'Popular Mobilisation Forces', 'Popular Mobilization Units', 'PMU', 'Hashd al-Shaabi', 'al-Hashd al-Shaabi', 'Hashd'] },
  { label: 'Kataib Hezbollah', entityType: 'militia', aliases: ['Kata’ib Hezbollah', 'Kataib Hizbullah', 'KH', 'Hezbollah Brigades'] },
  { label: 'Asaib Ahl al-Haq', entityType: 'militia', aliases: ['Asa’ib Ahl al-Haq', 'AAH'] },
  { label: 'Jama’at Nusrat al-Islam wal-Muslimin', entityType: 'militia', aliases: ['JNIM', "Jama'at Nusrat al-Islam wal-Muslimin", 'Group for the Support of Islam and Muslims', 'GSIM'] },
  // named Islamic State in the Greater Sahara until 2022
  { label: 'Islamic State Sahel Province', entityType: 'militia', aliases: ['Islamic State in the Greater Sahara', 'ISGS', 'IS-GS', 'IS Sahel', 'ISSP'] },
  { label: 'Islamic State West Africa Province', entityType: 'militia', aliases: ['ISWAP'] },
  { label: 'Islamic State Khorasan Province', entityType: 'militia', aliases: ['ISKP', 'IS-K', 'ISIS-K', 'ISIS-Khorasan', 'Islamic State Khorasan', 'Islamic State-Khorasan', 'Islamic State in Khorasan Province'] },
  { label: 'Islamic State Central Africa Province', entityType: 'militia', aliases: ['ISCAP'] },
  { label: 'Islamic State Mozambique Province', entityType: 'militia', aliases: ['ISMP', 'IS Mozambique', 'IS-Mozambique', "Ahlu Sunnah Wal Jama'a", 'Ahlu Sunnah Wal Jamaa', 'Ahlu Sunna Wal Jamaa', 'ASWJ'] },
  { label: 'Special Deterrence Force', entityType: 'militia', aliases: ['Radaa', 'Radaa Special Deterrence Force', 'Deterrence Apparatus for Combating Organised Crime and Terrorism'] },
  { label: 'Tehrik-i-Taliban Pakistan', entityType: 'militia', aliases: ['TTP', 'Tehreek-e-Taliban Pakistan', 'Tehrik-e-Taliban Pakistan', 'Tehreek-i-Taliban Pakistan', 'Tehrik-e-Taliban', 'Tehreek-e-Taliban', 'Pakistani Taliban', 'Pakistan Taliban', 'Fitna al-Khawarij'] },
  { label: 'Haqqani network', entityType: 'militia', aliases: ['Haqqani Network', 'Haqqanis'] },
  { label: 'Lashkar-e-Taiba', entityType: 'militia', aliases: ['LeT', 'Lashkar-e-Toiba', 'Lashkar-e-Tayyiba'] },
  { label: 'Jaish-e-Mohammed', entityType: 'militia', aliases: ['JeM', 'Jaish-e-Muhammad', 'Jaish-e-Mohammad'] },
  { label: 'Baloch Liberation Army', entityType: 'militia', aliases: ['BLA'] },
  { label: 'al-Qaeda in the Indian Subcontinent', entityType: 'militia', aliases: ['AQIS'] },
  { label: 'Allied Democratic Forces', entityType: 'militia', aliases: ['ADF'] },
  { label: 'Democratic Forces for the Liberation of Rwanda', entityType: 'militia', aliases: ['FDLR'] },
  { label: 'Abu Sayyaf', entityType: 'militia', aliases: ['Abu Sayyaf Group', 'ASG'] },
  { label: 'Ahrar al-Sham', entityType: 'militia', aliases: [] },
  { label: 'Hurras al-Din', entityType: 'militia', aliases: ['Hurras al-Deen'] },
  { label: 'Jaish al-Adl', entityType: 'militia', aliases: [] },
  { label: 'Izz ad-Din al-Qassam Brigades', entityType: 'militia', aliases: ['Qassam Brigades', 'al-Qassam Brigades', 'Ezzedine al-Qassam Brigades', 'Izz al-Din al-Qassam Brigades'] },
  { label: 'Al-Aqsa Martyrs’ Brigades', entityType: 'militia', aliases: ["Al-Aqsa Martyrs' Brigades", 'al-Aqsa Martyrs Brigades'] },
  { label: 'Popular Front for the Liberation of Palestine', entityType: 'militia', aliases: ['PFLP'] },
  { label: 'Oromo Liberation Army', entityType: 'militia', aliases: ['OLA'] },
  { label: 'Fano', entityType: 'militia', aliases: [] },
  { label: 'Janjaweed', entityType: 'militia', aliases: [] },
  { label: 'Kachin Independence Army', entityType: 'militia', aliases: [] },
  { label: 'Ta’ang National Liberation Army', entityType: 'militia', aliases: ['TNLA', "Ta'ang National Liberation Army"] },
  { label: 'Myanmar National Democratic Alliance Army', entityType: 'militia', aliases: ['MNDAA'] },
  { label: 'Sinaloa Cartel', entityType: 'militia', aliases: ['Sinaloa cartel'] },
  { label: 'Jalisco New Generation Cartel', entityType: 'militia', aliases: ['CJNG', 'Cartel Jalisco Nueva Generación'] },
  { label: 'Tren de Aragua', entityType: 'militia', aliases: [] },
  { label: 'National Liberation Army', entityType: 'militia', aliases: ['ELN', 'Ejército de Liberación Nacional'] },
  { label: 'Revolutionary Armed Forces of Colombia', entityType: 'militia', aliases: ['FARC'] },
  { label: 'Polisario Front', entityType: 'militia', aliases: ['Polisario'] },
  { label: 'Amal Movement', entityType: 'organization', aliases: ['Amal movement', 'Amal'] },
  { label: 'Africa Corps', entityType: 'government', aliases: [] },
  { label: 'Syrian National Army', entityType: 'militia', aliases: ['SNA'] },
  { label: 'Free Syrian Army', entityType: 'militia', aliases: ['FSA'] },
  { label: 'Tigray People’s Liberation Front', entityType: 'militia', aliases: ['TPLF', "Tigray People's Liberation Front"] },
  { label: 'M23', entityType: 'militia', aliases: ['March 23 Movement'] },
  { label: 'Peshmerga', entityType: 'government', aliases: ['the Peshmerga', 'Kurdish Peshmerga'] },
  { label: 'Fatah', entityType: 'organization', aliases: [] },
  { label: 'Muslim Brotherhood', entityType: 'organization', aliases: ['the Muslim Brotherhood'] },
  // (a party of South Asia, not an armed group for its "Jamaat")
  { label: 'Jamaat-e-Islami', entityType: 'organization', aliases: ['Jamaat-e-Islami Bangladesh', 'Jamaat-e-Islami Pakistan', 'Jamaat-i-Islami'] },
  { label: 'Islamic Revolutionary Guard Corps', entityType: 'government', aliases: ['IRGC', 'Revolutionary Guard', 'Revolutionary Guards', 'Iranian Revolutionary Guards', 'Revolutionary Guard Corps', 'Islamic Revolutionary Guards Corps', 'Army of the Guardians of the Islamic Revolution', 'Sepah', 'Pasdaran'] },
  // international bodies
  { label: 'United Nations', entityType: 'organization', aliases: ['UN', 'U.N.', 'the United Nations'] },
  { label: 'UN Security Council', entityType: 'organization', aliases: ['Security Council', 'United Nations Security Council', 'UNSC'] },
  { label: 'NATO', entityType: 'organization', aliases: ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Nato', 'OTAN'] },
  { label: 'European Union', entityType: 'organization', aliases: ['EU', 'E.U.'] },
  { label: 'African Union', entityType: 'organization', aliases: ['AU'] },
  { label: 'Southern African Development Community', entityType: 'organization', aliases: ['SADC'] },
  { label: 'East African Community', entityType: 'organization', aliases: ['EAC'] },
  { label: 'Intergovernmental Authority on Development', entityType: 'organization', aliases: ['IGAD'] },
  // ruling and opposition parties with a front's or army's name, which the cue words would make armed groups
  { label: 'Mozambique Liberation Front', entityType: 'organization', aliases: ['Frelimo', 'FRELIMO'] },
  { label: 'Mozambican National Resistance', entityType: 'organization', aliases: ['Renamo', 'RENAMO'] },
  { label: 'Sandinista National Liberation Front', entityType: 'organization', aliases: ['FSLN', 'Sandinistas'] },
  { label: 'Zimbabwe African National Union – Patriotic Front', entityType: 'organization', aliases: ['ZANU-PF', 'Zanu-PF'] },
  { label: 'Rwandan Patriotic Front', entityType: 'organization', aliases: ['RPF'] },
  { label: 'African National Congress', entityType: 'organization', aliases: ['ANC'] },
  { label: 'Arab League', entityType: 'organization', aliases: ['League of Arab States'] },
  { label: 'Gulf Cooperation Council', entityType: 'organization', aliases: ['GCC'] },
  { label: 'International Atomic Energy Agency', entityType: 'organization', aliases: ['IAEA'] },
  { label: 'International Criminal Court', entityType: 'organization', aliases: ['ICC'] },
  { label: 'International Monetary Fund', entityType: 'organization', aliases: ['IMF'] },
  { label: 'World Bank', entityType: 'organization', aliases: [] },
  { label: 'World Health Organization', entityType: 'organization', aliases: ['WHO', 'World Health Organisation'] },
  { label: 'International Committee of the Red Cross', entityType: 'organization', aliases: ['ICRC', 'Red Cross'] },
  { label: 'Amnesty International', entityType: 'organization', aliases: ['Amnesty'] },
  { label: 'Interpol', entityType: 'organization', aliases: ['International Criminal Police Organization', 'INTERPOL'] },
  { label: 'Europol', entityType: 'organization', aliases: ['European Union Agency for Law Enforcement Cooperation'] },
  { label: 'Human Rights Watch', entityType: 'organization', aliases: ['HRW'] },
  { label: 'Doctors Without Borders', entityType: 'organization', aliases: ['MSF', 'Médecins Sans Frontières', 'Medecins Sans Frontieres'] },
  { label: 'International Court of Justice', entityType: 'organization', aliases: ['ICJ', 'World Court'] },
  { label: 'ECOWAS', entityType: 'organization', aliases: ['Economic Community of West African States', 'CEDEAO'] },
  { label: 'Alliance of Sahel States', entityType: 'organization', aliases: ['AES'] },
  { label: 'World Food Programme', entityType: 'organization', aliases: ['WFP', 'World Food Program'] },
  { label: 'Organisation for Security and Co-operation in Europe', entityType: 'organization', aliases: ['OSCE'] },
  { label: 'Shanghai Cooperation Organisation', entityType: 'organization', aliases: ['SCO'] },
  { label: 'BRICS', entityType: 'organization', aliases: [] },
  { label: 'G7', entityType: 'organization', aliases: ['Group of Seven'] },
  { label: 'G20', entityType: 'organization', aliases: ['Group of 20', 'Group of Twenty'] },
  { label: 'OPEC', entityType: 'organization', aliases: ['Organization of the Petroleum Exporting Countries'] },
  { label: 'UNHCR', entityType: 'organization', aliases: ['UN refugee agency', 'United Nations High Commissioner for Refugees'] },
  { label: 'UNICEF', entityType: 'organization', aliases: ["United Nations Children's Fund"] },
  { label: 'United Nations Interim Force in Lebanon', entityType: 'organization', aliases: ['UNIFIL'] },
  { label: 'MONUSCO', entityType: 'organization', aliases: ['United Nations Organization Stabilization Mission in the Democratic Republic of the Congo'] },
  { label: 'UN Assistance Mission in Afghanistan', entityType: 'organization', aliases: ['UNAMA', 'United Nations Assistance Mission in Afghanistan'] },
  { label: 'Office for the Coordination of Humanitarian Affairs', entityType: 'organization', aliases: ['OCHA', 'UN Office for the Coordination of Humanitarian Affairs', 'United Nations Office for the Coordination of Humanitarian Affairs'] },
  // media and platforms
  { label: 'Associated Press', entityType: 'organization', aliases: ['AP', 'The Associated Press'] },
  { label: 'Reuters', entityType: 'organization', aliases: ['Thomson Reuters'] },
  { label: 'Agence France-Presse', entityType: 'organization', aliases: ['AFP'] },
  { label: 'BBC', entityType: 'organization', aliases: ['British Broadcasting Corporation'] },
  { label: 'CNN', entityType: 'organization', aliases: [] },
  { label: 'Al Jazeera', entityType: 'organization', aliases: ['Al-Jazeera', 'Aljazeera'] },
  { label: 'Twitter', entityType: 'organization', aliases: [] },
  { label: 'Facebook', entityType: 'organization', aliases: [] },
  { label: 'Telegram', entityType: 'organization', aliases: [] },
  { label: 'YouTube', entityType: 'organization', aliases: [] },
  { label: 'Instagram', entityType: 'organization', aliases: [] },
  { label: 'TikTok', entityType: 'organization', aliases: [] },
  // state bodies known by their own names
  { label: "People's Liberation Army", entityType: 'government', aliases: ['PLA', 'Chinese People’s Liberation Army'] },
  { label: 'Pentagon', entityType: 'government', aliases: ['the Pentagon'] },
  { label: 'Kremlin', entityType: 'government', aliases: ['the Kremlin'] },
  { label: 'CIA', entityType: 'government', aliases: ['Central Intelligence Agency'] },
  { label: 'FBI', entityType: 'government', aliases: ['Federal Bureau of Investigation'] },
  { label: 'Mossad', entityType: 'government', aliases: [] },
  { label: 'State Department', entityType: 'government', aliases: ['US State Department', 'U.S. State Department', 'Department of State'] },
  { label: 'Israel Defense Forces', entityType: 'government', aliases: ['IDF', 'Israel Defence Forces', 'Israeli Defense Forces', 'Tsahal'] },
  { label: 'Shin Bet', entityType: 'government', aliases: ['Shabak', 'Israel Security Agency'] },
  { label: 'Inter-Services Intelligence', entityType: 'government', aliases: ['ISI'] },
  { label: 'Inter-Services Public Relations', entityType: 'government', aliases: ['ISPR'] },
  { label: 'Federal Security Service', entityType: 'government', aliases: ['FSB'] },
  { label: 'GRU', entityType: 'government', aliases: [] },
  { label: 'Security Service of Ukraine', entityType: 'government', aliases: ['SBU'] },
  { label: 'Research and Analysis Wing', entityType: 'government', aliases: ['RAW', 'R&AW'] },
  { label: 'US Agency for International Development', entityType: 'government', aliases: ['USAID', 'United States Agency for International Development', 'U.S. Agency for International Development'] },
];

/** Which countries the state bodies above belong to, for part_of. */
export const KNOWN_BODY_COUNTRY: Record<string, string> = {
  'Islamic Revolutionary Guard Corps': 'IR',
  "People's Liberation Army": 'CN',
  Pentagon: 'US',
  Kremlin: 'RU',
  CIA: 'US',
  FBI: 'US',
  Mossad: 'IL',
  'State Department': 'US',
  'Popular Mobilization Forces': 'IQ',
  Peshmerga: 'IQ',
  'Israel Defense Forces': 'IL',
  'Shin Bet': 'IL',
  'Inter-Services Intelligence': 'PK',
  'Inter-Services Public Relations': 'PK',
  'Federal Security Service': 'RU',
  GRU: 'RU',
  'Security Service of Ukraine': 'UA',
  'Research and Analysis Wing': 'IN',
  'US Agency for International Development': 'US',
};

/** State bodies above that are their state's armed forces under another name: one node with "Israeli military". */
export const KNOWN_ARMED_FORCES = new Set(['Israel Defense Forces']);

let byAlias: Map<string, KnownOrganisation> | undefined;
let bySkeleton: Map<string, KnownOrganisation> | undefined;

/** Aliases that are also common English words or titles: matched only as written (upper case). */
const CASE_SENSITIVE = new Set(['IS', 'WHO', 'AU', 'AP', 'EU', 'UN', 'AQ', 'KH', 'EI', 'HTS', 'RSF', 'PMU', 'Hashd', 'AES', 'SCO', 'MSF', 'ICJ', 'M23', 'SNA', 'FSA', 'LNA', 'PLA', 'LeT', 'JeM', 'ADF', 'OLA', 'ASG', 'BLA', 'ISI', 'GRU', 'Amal', 'Fano']);

let exact: Map<string, KnownOrganisation> | undefined;

export const organisationByName = memo(lookupOrganisation);

function lookupOrganisation(name: string): KnownOrganisation | undefined {
  if (!byAlias) {
    byAlias = new Map();
    bySkeleton = new Map();
    for (const org of KNOWN_ORGANISATIONS) {
      for (const a of [org.label, ...org.aliases]) {
        if (CASE_SENSITIVE.has(a)) continue;
        const bare = a.replace(/^the\s+/i, '');
        byAlias.set(plainKey(bare), org);
        if (bare.length >= 6) bySkeleton.set(skeletonKey(bare), org);
      }
    }
  }
  if (!exact) {
    exact = new Map();
    for (const org of KNOWN_ORGANISATIONS) for (const a of [org.label, ...org.aliases]) if (CASE_SENSITIVE.has(a)) exact.set(a, org);
  }
  const trimmed = name.replace(/^the\s+/i, '').trim();
  const written = exact.get(trimmed);
  if (written) return written;
  return byAlias.get(plainKey(trimmed)) ?? (trimmed.length >= 6 ? bySkeleton!.get(skeletonKey(trimmed)) : undefined);
}

let firstWords: Set<string> | undefined;

/** Could a well-known name start with this word? A cheap test before trying longer spans. */
export function startsKnownName(word: string): boolean {
  if (!firstWords) {
    firstWords = new Set();
    for (const org of KNOWN_ORGANISATIONS) {
      for (const a of [org.label, ...org.aliases]) {
        const first = plainKey(a.replace(/^the\s+/i, '')).split(' ')[0];
        // "People's" is written as the tokens "People" and "'s"
        if (first) firstWords.add(first).add(first.replace(/'s?$/, ''));
      }
    }
  }
  return firstWords.has(plainKey(word));
}
