import { describe, expect, it } from 'vitest';
import { plainKey, skeletonKey } from './fold.js';

describe('skeletonKey', () => {
  const same: Array<[string, string]> = [
    ['Mustafa al-Kadhimi', 'Moustafa al-Kazimi'],
    ['al-Kadhimi', 'Kazemi'],
    ['Qasem Soleimani', 'Qassim Suleimani'],
    ['Qasim al-Araji', 'Qassem al-Aaraji'],
    ['Hashd al-Shaabi', 'Hachd Al-Chaabi'],
    ['Baghdad', 'Bagdad'],
    ['Muammar Gaddafi', 'Muammar Gadafi'],
  ];
  for (const [a, b] of same) it(`folds ${a} and ${b} together`, () => expect(skeletonKey(a)).toBe(skeletonKey(b)));

  it('keeps different names apart', () => {
    expect(skeletonKey('Ali Khamenei')).not.toBe(skeletonKey('Ali Larijani'));
    expect(skeletonKey('Joe Biden')).not.toBe(skeletonKey('Hunter Biden'));
  });
});

describe('plainKey', () => {
  it('folds case, diacritics and curly apostrophes', () => {
    expect(plainKey('Día de Al-Quds')).toBe('dia de al-quds');
    expect(plainKey('Kurdistan Workers’ Party')).toBe("kurdistan workers' party");
  });
});
