// Inputs that once broke the build or typed the wrong thing, each kept as a case.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../src/build/index.js';
import { parseHtml } from '../src/ingest/html.js';
import { ingest } from '../src/ingest/index.js';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ng-rob-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
const typed = async (text: string) =>
  Object.fromEntries((await build([folder({ 'a.txt': `Headline\n${text}` })])).entities.map((e) => [e.label, e.entityType]));

describe('robustness', () => {
  it('a word that is also a property of Object ("constructor") does not crash relate', async () => {
    const r = await build([folder({ 'a.txt': 'Headline\nIraq hired an Italian constructor of the Mosul Dam to repair it.' })]);
    expect(r.failures).toEqual([]);
    expect(r.entities.map((e) => e.label)).toContain('Iraq');
  });

  it('gives every document its own id, even when a file is named like a generated suffix', async () => {
    const dir = folder({ 'a/x.txt': 'Headline\nRussia attacked Kyiv.', 'b/x.txt': 'Headline\nIran backed Hamas.', 'c/x-2.txt': 'Headline\nJoe Biden met Olaf Scholz.' });
    const ids = ingest([dir]).documents.map((d) => d.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids).toContain('x-2');
  });

  it('reads HTML fragments and plain text saved as .html', async () => {
    expect(parseHtml('<p>Hamas attacked Israel on Saturday, the army said.</p>').text).toContain('Hamas attacked Israel');
    expect(parseHtml('Hamas attacked Israel on Saturday.').text).toContain('Hamas attacked Israel');
    expect(parseHtml('<!-- nothing -->').text).toBe('');
  });

  it('keeps offsets exact next to a very long token', async () => {
    const long = 'A'.repeat(20_000);
    const text = `Headline\nIran backed Hamas ${long} in Gaza.`;
    const r = await build([folder({ 'a.txt': text })], { keepText: true });
    const doc = r.documents[0]!;
    for (const m of r.mentions) expect(doc.text!.slice(m.start, m.end)).toBe(m.text);
    expect(r.entities.map((e) => e.label)).toEqual(expect.arrayContaining(['Iran', 'Hamas']));
  });

  it('keeps a short sentence that three articles of one folder repeat', async () => {
    const line = 'Iran has backed the Houthis since 2015.';
    const dir = folder({ '1.txt': `One\n${line}\nFirst story.`, '2.txt': `Two\n${line}\nSecond story.`, '3.txt': `Three\n${line}\nThird story.` });
    for (const d of ingest([dir]).documents) expect(d.text).toContain(line);
  });

  it('does not take surnames or common words for towns', async () => {
    const t = await typed('Zelensky said Obama and Police chiefs met. Media reported it.');
    expect(t['Zelensky']).not.toBe('place');
    expect(t['Obama']).not.toBe('place');
    expect(t['Police']).toBeUndefined();
  });

  it('puts Gaza in Palestine', async () => {
    const r = await build([folder({ 'a.txt': 'Headline\nIsrael struck Gaza on Monday, Palestinian officials said.' })]);
    expect(r.claims.map((c) => `${c.source} ${c.relation} ${c.target}`)).toContain('gaza located_in palestine');
  });

  it('keeps a capital that is hit or entered a place, and one that speaks the state', async () => {
    expect((await typed('Russian missiles hit Kyiv overnight.'))['Kyiv']).toBe('place');
    expect((await typed('Taliban fighters entered Kabul on Sunday.'))['Kabul']).toBe('place');
    const speaks = await build([folder({ 'a.txt': 'Headline\nWashington said it would respond.' })]);
    expect(speaks.entities.map((e) => e.label)).toEqual(['United States']);
  });

  it('reads a country name before a bare name as part of the name, and a place before a title as a place', async () => {
    expect((await typed('Jordan Bardella spoke in Paris.'))['Jordan Bardella']).toBe('person');
    const t = await typed('White House National Security Adviser Jake Sullivan met them.');
    expect(t['White House']).toBe('place');
    expect(t['Jake Sullivan']).toBe('person');
  });
});
