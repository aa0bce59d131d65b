import { describe, expect, it } from 'vitest';
import { extractMentions } from '../extract/index.js';
import { analyse } from '../nlp/index.js';
import { resolve } from './index.js';

function run(docs: Record<string, string>) {
  const mentions = Object.entries(docs).flatMap(([id, text]) => extractMentions({ id }, analyse({ id, text })));
  return resolve(mentions);
}
const byLabel = (r: ReturnType<typeof run>, label: string) => r.entities.find((e) => e.label === label);

describe('resolve', () => {
  it('merges transliterations of one person across documents and keeps every spelling', () => {
    const r = run({
      a: 'Iraqi Prime Minister Mustafa al-Kadhimi met officials. Mr. al-Kadhimi left.',
      b: 'A visit by Iraqi Prime Minister Moustafa al-Kazimi was announced.',
    });
    const people = r.entities.filter((e) => e.entityType === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ label: 'Mustafa al-Kadhimi', docs: ['a', 'b'], mentions: 3 });
    expect(people[0]!.aliases).toEqual(['Moustafa al-Kazimi', 'Mustafa al-Kadhimi', 'al-Kadhimi']);
    expect(people[0]!.roles).toContain('Iraqi Prime Minister');
  });

  it('gives a bare state body to the state a story is about, not to another state named once', () => {
    const r = run({
      a: 'TRIPOLI, Libya - The brigade answers to the Defence Ministry. Libya is split, and Libyan leaders met. The Russian Defence Ministry runs bases in Libya.',
    });
    const ministries = r.entities.filter((e) => /Defence Ministry/.test(e.label));
    expect(ministries).toHaveLength(2);
    expect(ministries.map((e) => e.partOf).sort()).toEqual(['libya', 'russia']);
  });

  it('joins a unit named by its number to the one unit of that number and head in the document', () => {
    const r = run({ a: 'The 444th Combat Brigade took the camp. Later the 444th Brigade and the 111th Brigade attacked.' });
    expect(byLabel(r, '444th Combat Brigade')!.mentions).toBe(2);
    expect(byLabel(r, '111th Brigade')).toBeDefined();
  });

  it('types a name by the context that says what it is, over the shape of a person\'s name elsewhere', () => {
    const r = run({ a: 'Radaa controls Mitiga, in the eastern district of Souq al-Jumaa. The people of Souq al-Jumaa will not hand it over.' });
    expect(byLabel(r, 'Souq al-Jumaa')).toMatchObject({ entityType: 'place', mentions: 2 });
  });

  it('joins a group named without its first word to the one longer name in the document, and labels a body by its own name', () => {
    const r = run({ a: "Troops overwhelmed the Artsakh Defence Army within a day. A former commander of the Defence Army was jailed. Azerbaijan's Baku Military Court sentenced him." });
    expect(byLabel(r, 'Artsakh Defence Army')!.mentions).toBe(2);
    expect(byLabel(r, 'Baku Military Court')!.aliases).toEqual(["Azerbaijan's Baku Military Court", 'Baku Military Court']);
  });

  it('takes a nickname given inside a name for that person wherever the document uses it alone', () => {
    const r = run({ a: 'He was loyal to Ismael "El Mayo" Zambada. Last month El Mayo pleaded guilty in a court in New York.' });
    const person = r.entities.find((e) => e.aliases.includes('El Mayo'));
    expect(person).toMatchObject({ entityType: 'person', mentions: 3 });
  });

  it('takes a name for the place its document names with a head noun ("the Ta Muen Thom temple")', () => {
    const r = run({ a: 'Fighting began near the Ta Muen Thom temple on Thursday. Soldiers said Ta Muen Thom was shelled.' });
    expect(r.entities.find((e) => e.aliases.includes('Ta Muen Thom'))).toMatchObject({ entityType: 'place', mentions: 2 });
  });

  it('takes a ship named without its prefix, and a place named by context, for the one named in full', () => {
    const r = run({ a: 'Supplies reached the BRP Sierra Madre on Monday. Sierra Madre has been grounded since 1999. Troops retook Tocorón in 2023 and emptied Tocorón prison.' });
    expect(r.entities.find((e) => e.aliases.includes('Sierra Madre'))).toMatchObject({ entityType: 'government', mentions: 2 });
    expect(r.entities.find((e) => e.aliases.includes('Tocorón'))).toMatchObject({ entityType: 'place', mentions: 2 });
  });

  it('takes no surname of another story for a name that is a person only by its shape where context makes it a place', () => {
    const r = run({
      a: 'Radaa controls Mitiga, in the eastern district of Souq al-Jumaa. The people of Souq al-Jumaa will not hand it over.',
      b: 'Police said Djouma had fled the capital.',
    });
    expect(r.entities.find((e) => e.aliases.includes('Souq al-Jumaa'))!.aliases).not.toContain('Djouma');
  });

  it('resolves a surname in the same document first, and drops an unmatched bare word', () => {
    const r = run({
      a: 'Lloyd Austin spoke. Later, Austin added that Hunter Biden and Joe Biden met.',
      b: 'Smithers said nothing.',
    });
    expect(byLabel(r, 'Lloyd Austin')!.mentions).toBe(2);
    expect(r.entities.find((e) => e.label === 'Smithers')).toBeUndefined();
  });

  it('labels a person by the name the text uses, not by the other name it gives', () => {
    const r = run({ a: 'Ahmed Karimi, also known by the nom de guerre Abu Mohammed al-Baghdadi, spoke. Karimi left.' });
    const person = r.entities.find((e) => e.aliases.includes('Abu Mohammed al-Baghdadi'));
    expect(person).toMatchObject({ label: 'Ahmed Karimi', id: 'ahmed-karimi' });
  });

  it('counts "the group" for the group it repeats, but not as one of its names', () => {
    const r = run({ a: 'The Tiger Brigade claimed the raid. The group said it would fight on.' });
    const brigade = r.entities.find((e) => e.label === 'Tiger Brigade')!;
    expect(brigade.mentions).toBe(2);
    expect(brigade.aliases).toEqual(['Tiger Brigade']);
    expect(brigade.merges?.some((m) => m.rule === 'anaphor')).toBe(true);
  });

  it('reads "Congo" as the Congo a document names in full', () => {
    const r = run({ a: 'The Democratic Republic of Congo accused Rwanda. Congo wants talks.', b: 'Congo-Brazzaville held a vote. Congo is calm.' });
    const drc = r.entities.find((e) => e.countryCode === 'CD')!;
    const rc = r.entities.find((e) => e.countryCode === 'CG')!;
    expect(drc.docs).toEqual(['a']);
    expect(drc.aliases).toContain('Congo');
    expect(rc.docs).toEqual(['b']);
  });

  it('gives an acronym the type of what it was defined as, and a lone word the place its document named', () => {
    const r = run({ a: 'Talks with the National Liberation Army (ELN) stalled. The ELN said so. The ELN left.', b: 'Fighting raged in the Catatumbo region. Troops tried to retake Catatumbo.' });
    expect(r.entities.find((e) => e.aliases.includes('ELN'))).toMatchObject({ entityType: 'militia', mentions: 4 });
    expect(r.entities.find((e) => e.label === 'Catatumbo')).toMatchObject({ entityType: 'place', mentions: 2 });
  });

  it('joins a name written without its middle name to the full name in the same document', () => {
    const r = run({ a: 'Defence Minister Khawaja Asif spoke. Khawaja Muhammad Asif said the talks went well.' });
    expect(r.entities.filter((e) => e.entityType === 'person').map((e) => `${e.label}/${e.mentions}`)).toEqual(['Khawaja Muhammad Asif/2']);
    // two fuller names it may shorten: it joins neither
    const two = run({ a: 'Khawaja Asif spoke. Khawaja Muhammad Asif and Khawaja Nazir Asif listened.' });
    expect(two.entities.filter((e) => e.entityType === 'person').map((e) => e.label).sort()).toEqual(['Khawaja Asif', 'Khawaja Muhammad Asif', 'Khawaja Nazir Asif']);
  });

  it('makes a military named by its own name one node with the state word and "military"', () => {
    const r = run({ a: 'The Israeli military struck a crossing. The Israel Defense Forces (IDF) said so.' });
    const bodies = r.entities.filter((e) => e.entityType === 'government' && !e.countryCode);
    expect(bodies.map((e) => e.label)).toEqual(['Israel Defense Forces']);
  });

  it('takes an untitled surname of another story only as the full name spells it', () => {
    const r = run({
      a: 'US envoy Tom Barrack met officials in Ankara. Barrack said talks would go on.',
      b: "The enclaves the map left behind, Uzbekistan's Sokh and Kyrgyzstan's Barak among them, stay tense. Barak lies in the valley.",
      c: 'The talks went well, Barrack told reporters later.',
    });
    const envoy = byLabel(r, 'Tom Barrack')!;
    expect(envoy.aliases).not.toContain('Barak');
    expect(envoy.docs).toEqual(['a', 'c']);
  });

  it('keeps two people who share a surname apart', () => {
    const r = run({ a: 'Joe Biden met Hunter Biden in Washington.' });
    expect(r.entities.filter((e) => e.entityType === 'person').map((e) => e.label).sort()).toEqual(['Hunter Biden', 'Joe Biden']);
  });

  it('gives a surname two people share to the one the lede named, and keeps them two', () => {
    const r = run({
      a: 'Captain Ibrahim Traore seized power in 2022. Traore then expelled French troops. The army grew. Its budget doubled. Foreign Minister Karamoko Traore met diplomats. Traore spoke again.',
    });
    const captain = byLabel(r, 'Ibrahim Traore')!;
    const minister = byLabel(r, 'Karamoko Traore')!;
    expect(captain.mentions).toBe(3);
    expect(minister.mentions).toBe(1);
    // two of one surname introduced together: the surname alone is left to no one
    const two = run({ b: 'Defence Minister Kassoum Coulibaly visited Kaya on Monday. The junta leader, Captain Amadou Coulibaly, met him. Coulibaly said the army would win.' });
    expect(byLabel(two, 'Kassoum Coulibaly')!.mentions).toBe(1);
    expect(byLabel(two, 'Amadou Coulibaly')!.mentions).toBe(1);
  });

  it('gives a generic body no state names in the corpus to the state its story is about', () => {
    const r = run({ a: 'YAOUNDE, Cameroon - Cameroon said rebels attacked. The Ministry of Defence confirmed it. Cameroon sent troops.' });
    const ministry = r.entities.find((e) => e.label === 'Ministry of Defence')!;
    expect(ministry.partOf).toBe(r.entities.find((e) => e.label === 'Cameroon')!.id);
    // its acronym goes with it
    const acr = run({ c: 'YAOUNDE, Cameroon - Cameroon said so. The Ministry of Territorial Administration (MINAT) banned it. MINAT said Cameroon would act.' });
    const minat = acr.entities.filter((e) => e.aliases.includes('MINAT') || e.label === 'Ministry of Territorial Administration');
    expect(minat).toHaveLength(1);
    expect(minat[0]!.partOf).toBe('cameroon');
    // a story about two states alike decides nothing
    const two = run({ b: 'Chad and Niger met. The Ministry of Defence said so. Chad and Niger agreed.' });
    expect(two.entities.find((e) => e.label === 'Ministry of Defence')!.partOf).toBeUndefined();
  });

  it('takes no person of another story for a word its own story names as a place', () => {
    const r = run({
      a: 'The militants surrendered to Brig. Gen. Alvin Luzon in December.',
      b: 'The launcher has stayed in northern Luzon since April, on the main island of Luzon.',
    });
    expect(byLabel(r, 'Alvin Luzon')!.docs).toEqual(['a']);
    expect(r.entities.find((e) => e.label === 'Luzon')?.entityType).toBe('place');
  });

  it('takes a group for armed when as many mentions say armed group as say organisation, and "the group" says neither', () => {
    const r = run({ a: 'Members of Los Lobos, the group that rules the port, fought on. The decree named 22 gangs, among them Los Lobos and Los Choneros.' });
    expect(byLabel(r, 'Los Lobos')).toMatchObject({ entityType: 'militia' });
    expect(byLabel(r, 'Los Choneros')).toMatchObject({ entityType: 'militia' });
  });

  it("keeps a state's national police or assembly to its state: not another story's, not another state's of the same name", () => {
    const r = run({
      a: 'GUAYAQUIL, Ecuador - Ecuador sent troops. Ecuador declared war on the gangs. The National Police said it arrested him. Peru closed its border.',
      b: 'PICHARI, Peru - Peru deployed troops. Peru is a coca producer. The Peruvian National Police raided a camp.',
      c: "Madagascar's National Assembly voted. Venezuela's National Assembly met.",
    });
    const police = r.entities.filter((e) => /National Police/.test(e.label));
    expect(police.map((e) => e.docs)).toEqual(expect.arrayContaining([['a'], ['b']]));
    expect(r.entities.filter((e) => e.aliases.includes('National Assembly'))).toEqual([]);
  });

  it('joins a given name used alone to the one person of the document it opens, where no one has it as a surname', () => {
    const r = run({ a: 'Getachew Reda fled to Addis Ababa. Getachew said the front had staged a coup. Getachew left.', b: 'Ahmed Hassan and Ahmed Ali spoke. Ahmed left. Ahmed returned.' });
    expect(byLabel(r, 'Getachew Reda')!.aliases).toContain('Getachew');
    // two people of the document open with it: neither
    expect(r.entities.filter((e) => e.aliases.includes('Ahmed'))).toEqual([]);
    // a titled or once-used given name is not the full-named person's (King Charles, a boy called Mohammed)
    const k = run({ a: 'King Charles hosted Charles Michel at Windsor. Charles praised him.', b: 'Israel killed Mohammed Deif. A mother said her son Mohammed died.' });
    expect(byLabel(k, 'Charles Michel')!.aliases).not.toContain('Charles');
    expect(byLabel(k, 'Mohammed Deif')!.aliases).not.toContain('Mohammed');
  });

  it('makes a country one node whether named, named by demonym, or by its capital as actor', () => {
    const r = run({ a: 'Iran fired missiles. The Iranian regime said so.', b: 'Tehran and Washington have never agreed.' });
    const iran = byLabel(r, 'Iran')!;
    expect(iran).toMatchObject({ entityType: 'government', docs: ['a', 'b'], countryCode: 'IR' });
    expect(r.entities.filter((e) => e.entityType === 'place')).toEqual([]);
  });

  it('joins a body named without its country to the one body of that name', () => {
    const r = run({ a: 'The Iranian Quds Force commander was killed.', b: 'The Quds Force provided help to Iran.' });
    const quds = r.entities.filter((e) => /Quds/.test(e.label));
    expect(quds).toHaveLength(1);
    expect(quds[0]!.partOf).toBe('iran');
  });

  it('keeps a body apart from the one of another state the document does not name', () => {
    const r = run({ a: 'The Sudanese Foreign Ministry said so.', b: 'Ukraine said the Foreign Ministry would reply.' });
    expect(r.entities.filter((e) => /Foreign Ministry/.test(e.label))).toHaveLength(2);
  });

  it('records the rule of every merge for --explain', () => {
    const r = run({ a: 'Qasim al-Araji spoke. Araji wrote a tweet.' });
    expect(byLabel(r, 'Qasim al-Araji')!.merges.map((m) => m.rule)).toEqual(['name:name-shape', 'surname-in-document']);
  });
});
