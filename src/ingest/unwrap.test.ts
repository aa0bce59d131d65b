import { describe, expect, it } from 'vitest';
import { stripChrome } from './strip-chrome.js';
import { unwrapLines, wrapWidth } from './unwrap.js';

// a story as a PDF's text layer gives it: wrapped near 60 characters, names and words broken at line ends
const WRAPPED = `Four days in September

When Tajik border guards took up positions at Bulak-Bashy, a
hamlet in Kyrgyzstan's Batken region, on 14 September, few
people in the Kyrgyz capital expected a war. Russian President
Vladimir Putin phoned both leaders and urged calm, and the
two sides signed a ceasefire, but by then the deadliest fight-
ing in Central Asia in decades had left 100 dead. Tajik rocket
launchers struck the town of Batken; Kyrgyz officials blamed a
Kyrgyz-Tajik row over water. Tajik rocket laun-
chers hit the airport as well, officials of the border service
said on Friday, and the fighting spread along the whole line.

The summit of the Shanghai Cooperation Organisation went on in
Samarkand while the shooting peaked, and the truce did not hold
for long. Negotiators met again at the Guliston crossing, where
the two security chiefs signed a protocol on pulling back.

site.example.org/briefs/41 | Page 1 of 3
`;

describe('ingest: text wrapped at a fixed width', () => {
  it('finds the width of a wrapped text and none in text of whole paragraphs', () => {
    expect(wrapWidth(WRAPPED.split('\n'))).toBeGreaterThan(55);
    const paragraphs = Array.from({ length: 14 }, (_, i) => `Paragraph ${i} says one short thing.`).join('\n');
    expect(wrapWidth(paragraphs.split('\n'))).toBe(0);
    expect(unwrapLines(paragraphs)).toBe(paragraphs);
  });

  it('joins names and words broken at line ends, keeps real hyphens, and leaves headings and footers alone', () => {
    const text = unwrapLines(WRAPPED);
    expect(text).toContain('Russian President Vladimir Putin phoned');
    expect(text).toContain('the deadliest fighting in Central Asia');
    expect(text).toContain('Tajik rocket launchers hit the airport');
    expect(text).toContain('the Shanghai Cooperation Organisation went on');
    expect(text).toContain('Kyrgyz-Tajik row');
    expect(text.split('\n')[0]).toBe('Four days in September');
    expect(text).toContain('\nsite.example.org/briefs/41 | Page 1 of 3');
  });

  it('joins a sentence cut by a page break once the page footer is removed', () => {
    const page = 'The guards hit two villages administered by Isfara with\nsite.example.org/briefs/41 | Page 1 of 3\nmortars. That afternoon a drone struck the square.';
    expect(stripChrome(page).text).toContain('administered by Isfara with mortars. That afternoon');
  });
});
