import { describe, expect, it } from 'vitest';
import { readEach } from '../../../renderer/db/collections/collection-spec';

describe('readEach (the watchWhere shape that reads each document as a domain object)', () => {
  it.each([
    {
      name: 'objects kept, rejected (null or undefined) left out',
      docs: [1, 2, 3, 4],
      parse: (n: number) => (n % 2 ? { n } : null),
      want: [{ n: 1 }, { n: 3 }],
    },
    {
      name: 'an array a parse returns stays one item (a Map entry)',
      docs: [1, 2],
      parse: (n: number) => [`id${String(n)}`, n] as const,
      want: [
        ['id1', 1],
        ['id2', 2],
      ],
    },
    { name: 'undefined is a rejection too', docs: [1], parse: () => undefined, want: [] },
    { name: 'zero and empty strings are kept', docs: [0, 1], parse: (n: number) => (n ? '' : 0), want: [0, ''] },
  ])('$name', ({ docs, parse, want }) => {
    expect(readEach<number, unknown>(parse)(docs)).toEqual(want);
  });
});
