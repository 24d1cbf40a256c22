import { describe, expect, it } from 'vitest';
import { NOTE_TEMPLATES } from '../../../../shared/domain/notes';
import { plainTextToHtml, visitNoteId, visitNoteSections } from '../../../../shared/domain/visit-note';

describe('visit note', () => {
  it('has one id per visit', () => {
    expect(visitNoteId('0b1c2d3e-aaaa-bbbb-cccc-123456789abc')).toBe('0b1c2d3e-aaaa-bbbb-cccc-123456789abc.visit-note');
    expect(visitNoteId('s1')).not.toBe(visitNoteId('s2'));
  });

  it.each([
    ['', ''],
    ['   \n\n', ''],
    ['Tremor since the increase.', '<p>Tremor since the increase.</p>'],
    ['Line one\nLine two', '<p>Line one</p><p>Line two</p>'],
    ['  Padded  \r\n\r\nAfter a blank line', '<p>Padded</p><p>After a blank line</p>'],
    ['Level <check> & "call"', '<p>Level &lt;check&gt; &amp; &quot;call&quot;</p>'],
    ['<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'],
  ])('plain text %j becomes %j', (text, html) => {
    expect(plainTextToHtml(text)).toBe(html);
  });

  it('starts with the visit template’s one section, holding the text kept on the visit', () => {
    const keys = NOTE_TEMPLATES['medication-visit'].sections.map((s) => [s.key, s.heading]);
    expect(visitNoteSections('').map((s) => [s.key, s.heading])).toEqual(keys);
    expect(visitNoteSections('')).toEqual([{ key: 'visit', heading: 'Visit note', html: '' }]);
    expect(visitNoteSections('Sleeping better\nAsks about the dose')[0]?.html).toBe('<p>Sleeping better</p><p>Asks about the dose</p>');
  });
});
