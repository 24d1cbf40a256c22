import { describe, expect, it } from 'vitest';
import { sanitizeNoteHtml } from '../../../../shared/domain/note-html';

describe('note html sanitizer', () => {
  it.each([
    ['<p>Slept <strong>four</strong> hours</p>', '<p>Slept <strong>four</strong> hours</p>'],
    ['<ul><li>one</li><li>two</li></ul><ol><li>x</li></ol>', '<ul><li>one</li><li>two</li></ul><ol><li>x</li></ol>'],
    ['<p style="color:red" class="x">text</p>', '<p>text</p>'],
    ['<img src=x onerror=alert(1)>after', 'after'],
    ['<a href="javascript:alert(1)">link text</a>', 'link text'],
    ['<script>alert(1)</script><p>kept</p>', '<p>kept</p>'],
    ['<style>p{}</style>kept', 'kept'],
    ['<!-- note --><p>a</p>', '<p>a</p>'],
    ['a < b and c > d', 'a &lt; b and c &gt; d'],
    ['Tom &amp; Jerry & co &nbsp;', 'Tom &amp; Jerry &amp; co &nbsp;'],
    ['<p>line<br>break<br/></p>', '<p>line<br>break<br></p>'],
    ['<img src=x onerror=alert(1)', '&lt;img src=x onerror=alert(1)'],
    ['<DIV><EM>shout</EM></DIV>', '<em>shout</em>'],
  ])('%s', (input, expected) => {
    expect(sanitizeNoteHtml(input)).toBe(expected);
  });
});
