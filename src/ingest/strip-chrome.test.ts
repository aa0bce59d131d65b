// Page chrome rules on lines cut from the seed articles, with what must stay.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isForeignLine } from './language.js';
import { repairInline, stripChrome } from './strip-chrome.js';

const ruleOf = (text: string, line: string) => stripChrome(text).removed.find((r) => r.text === line.replace(/ {2,}/g, ' '))?.rule;
const PROSE = 'The coalition said on Thursday that its troops would stay in the country to advise and assist local forces.';

describe('stripChrome', () => {
  const cases: Array<{ name: string; line: string; rule: string }> = [
    { name: 'category list with counts', line: 'Africa,932,Americas,4325,Art & Culture,15905,Arts,6759,Asia,3549,Books,4166,Business,5637,', rule: 'category-list' },
    { name: 'navigation strings', line: 'Loaded All Posts Not found any posts VIEW ALL Readmore Reply Cancel reply Delete By Home PAGES POSTS View All RECOMMENDED FOR YOU', rule: 'navigation' },
    { name: 'read more', line: 'Read More', rule: 'navigation' },
    { name: 'previous article link', line: 'Previous articleDiplomatic Boycott of Olympics a ‘Farce’, Says China | Olympic Games', rule: 'navigation' },
    { name: 'agency/photographer credit', line: 'REUTERS/CARLOS BARRIA  -   El primer ministro de Irak, Mustafa al-Kazemi', rule: 'credit' },
    { name: 'copyright credit', line: '© AFP 2023 / AHMAD AL-RUBAYE US soldiers stand near the landmark', rule: 'credit' },
    { name: 'caption with site stamp', line: 'Screengrab of a system in use. - Sputnik International, 1920, 08.11.2021', rule: 'credit' },
    { name: 'contributor line', line: 'Mustafa Salim contributed to this report.', rule: 'byline' },
    { name: 'byline', line: 'By Jane Smith and John Doe', rule: 'byline' },
    { name: 'Spanish footer', line: 'Si conoces o tienes alguna pista en relación con una noticia, no dudes en hacérnosla llegar', rule: 'foreign-language' },
    { name: 'Cyrillic line', line: 'Заголовок открываемого материала', rule: 'foreign-language' },
    { name: 'subscribe', line: 'Subscribe', rule: 'navigation' },
    { name: 'caption labelled as one', line: 'Photo caption: Residents fleeing the town arrive at a stadium.', rule: 'credit' },
    { name: 'caption ending with an agency credit', line: 'Residents fleeing the town arrive at a stadium in the city. REUTERS/Stringer', rule: 'credit' },
    { name: 'a policy footer', line: 'Our Standards: The Example News Trust Principles.', rule: 'navigation' },
    { name: 'newsletter promotion', line: 'Sign up for The Weekly Brief, our free newsletter on the region.', rule: 'navigation' },
    { name: 'a share button on its own line', line: 'WhatsApp', rule: 'navigation' },
    { name: 'share buttons on one line', line: 'Facebook | X', rule: 'navigation' },
    { name: 'a reading aid', line: 'Listen to this article · 6 min', rule: 'navigation' },
    { name: "an advertiser's line", line: 'SPONSORED · Quipu Analytics: political-risk monitoring for Latin America. Book a demo at quipuanalytics.com', rule: 'navigation' },
    { name: 'the credit of an embedded post', line: '— Mahmoud Ali Youssouf (@AUC_Chairperson) October 12, 2025', rule: 'navigation' },
    { name: "a save-as extension's source line", line: 'Source: https://www.example.asia/analysis/2025/10/07/arakan-army', rule: 'navigation' },
    { name: 'a "read also" link', line: "Read also: Mali's fuel blockade tightens as convoys burn on the road", rule: 'navigation' },
    { name: 'a newsroom byline', line: 'By Example Review staff with AFP', rule: 'byline' },
    { name: 'a channel to follow', line: 'Follow The Example Lamp channel on WhatsApp for breaking news alerts', rule: 'navigation' },
    { name: 'a read-later link to the original', line: 'Read Original', rule: 'navigation' },
    { name: 'a caption closed by its bracketed credit', line: 'Relatives gather beside a house in the district on November 25. [Jane Roe / The Example]', rule: 'credit' },
    { name: 'a breadcrumb of two parts', line: 'Explainer › South Asia', rule: 'category-list' },
    { name: 'share buttons written out', line: 'Share on WhatsApp', rule: 'navigation' },
    { name: 'an article tool', line: 'Gift this article', rule: 'navigation' },
    { name: 'an image tool', line: 'Expand image', rule: 'navigation' },
    { name: 'a wire credit in parentheses', line: '(Reporting by Jane Roe in Bamenda; Writing by John Doe; Editing by Ann Lee)', rule: 'byline' },
    { name: 'a caption credited to site and photographer', line: 'Soldiers patrol a road outside Buea, October 11, 2025. Example Ledger/Jane Roe', rule: 'credit' },
    { name: 'a "READ:" link', line: 'READ: Voters in limbo as court strikes down districting laws', rule: 'navigation' },
    { name: 'a byline with a report from another reporter and the time', line: 'By Jane Roe With a report from John Doe in Manila October 3, 2025 | 6:42 PM', rule: 'byline' },
  ];
  for (const c of cases) {
    it(`removes ${c.name}`, () => {
      expect(ruleOf(`A headline about the war\n${PROSE}\n${c.line}\n${PROSE} More.`, c.line)).toBe(c.rule);
    });
  }

  it('removes a teaser that repeats the lede, and keeps the lede', () => {
    const lede = 'BAGHDAD – The military said Thursday it has completed its transition from a combat mission to one intended to advise.';
    const r = stripChrome(`Headline here\n${lede.slice(0, 80)}...\n${lede}`);
    expect(r.removed.map((x) => x.rule)).toEqual(['teaser']);
    expect(r.text).toContain(lede);
  });

  it('removes a footnote only when the text marks one', () => {
    const withMark = stripChrome(`Headline\nThe group (ISIS)* said so.\n* A terrorist group outlawed in many countries.`);
    expect(withMark.removed.map((x) => x.rule)).toContain('footnote');
    const without = stripChrome(`Headline\nThe group said so.\n* A point of a list that is content.`);
    expect(without.removed).toEqual([]);
  });

  it('learns the site name from its copyright line, and drops the block of links under a "Related" heading', () => {
    const r = stripChrome(`Troops will stay\n${PROSE}\nRelated coverage\nWho are the hostages still held?\nParliament votes to ban the agency\nThe fighting went on for weeks after the talks collapsed in the capital, officials said on Monday in a statement to the press.\nThe Daily Planet is funded by its readers. Become a member\n© 2026 The Daily Planet. All rights reserved.`);
    expect(r.removed.map((x) => x.rule)).toEqual(['related-heading', 'related-link', 'related-link', 'site-name', 'credit']);
    expect(r.text).toContain('officials said on Monday');
  });

  it('takes the site name from its copyright holder without the company suffixes', () => {
    const r = stripChrome(`Troops will stay\nEquator Wire\n${PROSE}\n© 2025 Equator Wire Media Ltd. All rights reserved.`);
    expect(r.removed.map((x) => `${x.rule}:${x.text}`)).toContain('site-name:Equator Wire');
    const self = stripChrome(`Troops will stay\n${PROSE}\nEquator Wire is an independent, reader-funded newsroom covering the region and its neighbours since 2014.\n© 2025 Equator Wire.`);
    expect(self.removed.map((x) => x.rule)).toContain('site-name');
  });

  it('keeps a story sentence that names the site or follows a "Latest" heading, and a lettered list item is no copyright', () => {
    const r = stripChrome(`Troops will stay\n${PROSE}\nReuters could not verify the footage.\nLatest\nThe United Nations said 40 people died.\n(c) Hamas.\nHamas is a Palestinian militant group that runs Gaza.\n© 2026 Reuters. All rights reserved.`);
    expect(r.text).toContain('Reuters could not verify the footage.');
    expect(r.text).toContain('The United Nations said 40 people died.');
    expect(r.text).toContain('Hamas is a Palestinian militant group that runs Gaza.');
  });

  it('takes out what stands above a marked headline unless it is prose', () => {
    const r = stripChrome(`Planet Review — analysis from the borderlands\nHome · Analysis · Energy\nTroops will stay\n${PROSE}`, new Set(), 'Troops will stay');
    expect(r.removed.map((x) => x.rule)).toEqual(['above-headline', 'above-headline']);
    expect(r.title).toBe('Troops will stay');
  });

  it('learns the site name from a "Site - Headline" line and removes it', () => {
    const r = stripChrome(`Troops will stay in the country\n${PROSE}\nDaily Planet - World News: Troops will stay in the country\nDaily Planet - World News`);
    expect(r.removed.map((x) => x.rule)).toEqual(['site-title', 'site-name']);
  });

  it('keeps the headline, sentence-case subheads and prose of a real article', () => {
    const raw = readFileSync('seeds/002_6a6f46bd9ccf6216.txt', 'utf8');
    const r = stripChrome(raw);
    expect(r.title).toBe('Iraq: end of combat mission for the anti-armed group Islamic State coalition');
    expect(r.text).toContain('The jihadist threat is still present');
    expect(r.text).toContain('For analyst Nicholas Heras, the United States maintains the same military role in Iraq');
    expect(r.text).not.toContain('Previous article');
    expect(r.text).not.toContain('Home LATEST NEWS');
    expect(r.text).not.toContain('“}}');
  });

  it('takes the headline after a standfirst', () => {
    const r = stripChrome(readFileSync('seeds/003_6940a4e5b6dc9620.txt', 'utf8'));
    expect(r.title).toBe('US troops to stay in Iraq after combat mission ends');
    expect(r.text).not.toMatch(/PHOTO|REUTERS|Envíanos/);
  });
});

describe('repairInline', () => {
  it('drops JSON debris glued into a sentence', () => {
    expect(repairInline('a new reality:EI“,” text “:” Iraqi forces have more capacity “}}”>Iraqi forces have more capacity.')).toBe(
      'a new reality: Iraqi forces have more capacity.',
    );
  });
  it('takes the header above the headline of a plain text away, and keeps a text without header whole', () => {
    const page = ['Skip to main content', 'The Example Review', 'West Africa, every morning', 'Home', 'World', 'Politics',
      'Rebels storm army camp in besieged town as junta looks abroad', 'By Example Review staff', PROSE, PROSE.replace('coalition', 'ministry')].join('\n');
    const r = stripChrome(page);
    expect(r.title).toBe('Rebels storm army camp in besieged town as junta looks abroad');
    expect(r.removed.filter((x) => x.rule === 'above-headline').map((x) => x.text)).toEqual(['Skip to main content', 'The Example Review', 'West Africa, every morning', 'Home', 'World', 'Politics']);
    expect(r.text.split('\n')[0]).toBe('Rebels storm army camp in besieged town as junta looks abroad');
    // a tagline above is shorter than the headline, a date line is none
    const tagged = stripChrome(['Independent reporting from the region since 2011', 'Home', 'World', 'Politics', 'Opinion', 'Rebels storm army camp in besieged town as junta looks abroad once more', 'Published 15 May 2025, 18:42 GMT | Updated 15 May 2025, 19:10 GMT', PROSE].join('\n'));
    expect(tagged.title).toBe('Rebels storm army camp in besieged town as junta looks abroad once more');
    // a menu set apart by runs of spaces is a list
    expect(stripChrome([PROSE, 'Latest   Central Africa   Conflict & Security   Elections 2025   Economy'].join('\n')).removed.map((x) => x.rule)).toEqual(['category-list']);
    // a date bar may stand above everything
    const dated = stripChrome(['Monday, September 8, 2025', 'E-Paper', 'Light on the stories that matter in the north', 'News', 'Politics', 'Security', 'Metro', 'Business', 'Features', 'Bandits abduct 43 in the north as a warlord defies the army', 'Published: September 8, 2025 | 7:42 am', PROSE].join('\n'));
    expect(dated.title).toBe('Bandits abduct 43 in the north as a warlord defies the army');
    // no header: the short headline and the story stay
    const bare = stripChrome(['Troops leave', PROSE, 'What the alliance wants from the region next', PROSE.replace('coalition', 'ministry')].join('\n'));
    expect(bare.title).toBe('Troops leave');
    expect(bare.text.split('\n')).toHaveLength(4);
  });

  it('keeps story lines that name the site, slashes in prose and wrapped text (review)', () => {
    const r = stripChrome(['The capture was the latest in a series of gains by the army, two military sources told Reuters.', 'The RSF, which is funded by the UAE according to UN experts, denied it, a spokesman told Reuters.',
      'It killed four police officers along the Kenya/Somalia border.', '© 2025 Reuters'].join('\n'));
    expect(r.removed.map((x) => x.text)).toEqual(['© 2025 Reuters']);
    const wrapped = stripChrome("KHARTOUM, March 21 (Reuters) - Sudan's army said on Friday it had\nretaken the presidential palace in Khartoum from the paramilitary\nRapid Support Forces, a major symbolic victory in the two-year war.");
    expect(wrapped.removed).toEqual([]);
    const standfirst = stripChrome(['Gunmen kill 12 in Nigerian village', 'Attack in Plateau state is the latest in a wave of killings that have displaced thousands', 'By Jane Doe', PROSE].join('\n'));
    expect(standfirst.title).toBe('Gunmen kill 12 in Nigerian village');
    // a saved page's article text (null) gets no headline guessed
    expect(stripChrome(['Home', 'World', 'Rebels storm army camp in besieged town as junta looks abroad', 'By Jane Doe', PROSE].join('\n'), new Set(), null).text).toContain('World');
  });

  it('drops the site\'s own note on a series and its funding', () => {
    const r = stripChrome([PROSE, 'This analysis is part of Example Balkans\' series "The North", supported by a media grant.', '© 2025 Example Balkans. All rights reserved.'].join('\n'));
    expect(r.removed.find((x) => x.text.startsWith('This analysis'))?.rule).toBe('site-note');
  });

  it('reads a block of links after a related heading that another rule took', () => {
    const r = stripChrome([PROSE, 'Related stories', 'Army hands allies control of northern bases', 'Explainer: What is the alliance, and what does it want?', 'Footer text'].join('\n'));
    expect(r.text).toBe(PROSE);
  });

  it('drops markup artefact tokens and doubled full stops', () => {
    expect(repairInline('an advisory role in July last year HTML1.')).toBe('an advisory role in July last year.');
    expect(repairInline('said in a statement. . “In this')).toBe('said in a statement. “In this');
  });
});

describe('isForeignLine', () => {
  it('tells English from other languages', () => {
    expect(isForeignLine('Soldados de Estados Unidos mientras las excavadoras limpian escombros en la base')).toBe(true);
    expect(isForeignLine('Le président a annoncé que les troupes resteront dans le pays')).toBe(true);
    expect(isForeignLine('The leader of the group, Abu Bakr al-Baghdadi, was killed in a raid.')).toBe(false);
    expect(isForeignLine('Iraqi Prime Minister Mustafa al-Kadhimi')).toBe(false);
  });
});
