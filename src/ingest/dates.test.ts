import { describe, expect, it } from 'vitest';
import { findDate } from './dates.js';

describe('findDate', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Published 9 December 2021', '2021-12-09'],
    ['Updated: 2021-12-09T10:00Z', '2021-12-09'],
    ['December 9, 2021 10:32 GMT', '2021-12-09'],
    ['Thursday, 09.12.2021', '2021-12-09'],
    ['Dec. 9th, 2021', '2021-12-09'],
    ['BAGHDAD, Dec. 9, 2021 (AP) — The US military said it had finished.', '2021-12-09'],
    ['troops would leave Iraq by December 31, 2021, officials said.', undefined],
    ['US soldiers stand near the landmark, July 5, 2008, as they prepare to go on a mission in the city', undefined],
    ['Published 31 February 2021', undefined],
  ];
  for (const [line, expected] of cases) it(line, () => expect(findDate([line])).toBe(expected));

  it('takes the first date line', () => {
    expect(findDate(['By Jane Doe', 'Updated 14:20 GMT', 'Posted 3 March 2024', 'Published 1 March 2024'])).toBe('2024-03-03');
  });
});
