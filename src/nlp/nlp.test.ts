import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripChrome } from '../ingest/strip-chrome.js';
import { analyse } from './index.js';

const sentencesOf = (text: string) => analyse({ id: 't', text }).sentences.map((s) => s.text);

describe('analyse', () => {
  it('ends a sentence at a line break, as in headlines without a full stop', () => {
    expect(sentencesOf('US announces end of combat mission in Iraq\nBAGHDAD – The US military said Thursday it had finished.')).toEqual([
      'US announces end of combat mission in Iraq',
      'BAGHDAD – The US military said Thursday it had finished.',
    ]);
  });

  it('keeps words whole that have Latin letters beyond Latin-1, with their own spelling and offsets', () => {
    const text = 'President Recep Tayyip Erdoğan met Tuncer Bakırhan in Diyarbakır; Łukasz Kołodziej and Nguyễn Phú Trọng spoke.';
    const tokens = analyse({ id: 'd', text }).sentences.flatMap((s) => s.tokens);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['Erdoğan', 'Bakırhan', 'Diyarbakır', 'Łukasz', 'Kołodziej', 'Nguyễn', 'Trọng']));
  });

  it('does not end a sentence after a title abbreviation', () => {
    const text = 'He ordered the assassination of Iranian Maj. Gen. Qasem Soleimani in Baghdad. Dr. Smith and Mr. Jones agreed.';
    expect(sentencesOf(text)).toEqual([
      'He ordered the assassination of Iranian Maj. Gen. Qasem Soleimani in Baghdad.',
      'Dr. Smith and Mr. Jones agreed.',
    ]);
    const tokens = analyse({ id: 't', text }).sentences[0]!.tokens.map((t) => t.text);
    expect(tokens).toContain('Maj.');
    expect(tokens).toContain('Gen.');
  });

  it('gives offsets that slice the text to each sentence and token, on every seed', () => {
    for (const f of ['000_30e1e15e7fb87317', '001_d51dfcde1446253d', '004_753d9b2fa5797557']) {
      const { text } = stripChrome(readFileSync(`seeds/${f}.txt`, 'utf8'));
      const a = analyse({ id: f, text });
      expect(a.sentences.length).toBeGreaterThan(15);
      for (const s of a.sentences) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
      }
    }
  });

  it('tags parts of speech', () => {
    const [s] = analyse({ id: 't', text: 'Iraqi forces attacked the base.' }).sentences;
    expect(s!.tokens.map((t) => t.pos)).toEqual(['PROPN', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT']);
    expect(s!.tokens[2]!.lemma).toBe('attack');
  });
});
