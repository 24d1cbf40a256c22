import { describe, expect, it } from 'vitest';
import { sanitizeNoteHtml } from '../../../../shared/domain/note-html';

describe('note html sanitizer', () => {
  it.each([
    ['<p>Slept <strong>four</strong> hours</p>', '<p>Slept <strong>four</strong> hours</p>'],
    ['<ul><li>one</li><li>two</li></ul><ol><li>x</li></ol>', '<ul><li>one</li><li>two</li></ul><ol><li>x</li></ol>'],
    ['<p style="color:red" class="x">text</p>', '<p>text</p>'],
    ['<img src=x onerror=alert(1)>after', '<p>after</p>'],
    ['<a href="javascript:alert(1)">link text</a>', '<p>link text</p>'],
    ['<script>alert(1)</script><p>kept</p>', '<p>kept</p>'],
    ['<style>p{}</style>kept', '<p>kept</p>'],
    ['<!-- note --><p>a</p>', '<p>a</p>'],
    ['a < b and c > d', '<p>a &lt; b and c &gt; d</p>'],
    ['Tom &amp; Jerry & co &nbsp;', '<p>Tom &amp; Jerry &amp; co &nbsp;</p>'],
    ['<p>line<br>break<br/></p>', '<p>line<br>break<br></p>'],
    ['<img src=x onerror=alert(1)', '<p>&lt;img src=x onerror=alert(1)</p>'],
    ['<DIV><EM>shout</EM></DIV>', '<p><em>shout</em></p>'],
    ['line one<div>line two</div><div><br></div>', '<p>line one</p><p>line two</p><p><br></p>'],
    ['<span style="x">kept</span><section> text</section>', '<p>kept text</p>'],
    ['<b>bold</b> start<ul><li>x</li></ul>tail', '<p><b>bold</b> start</p><ul><li>x</li></ul><p>tail</p>'],
    ['', ''],
    [' ', ' '],
  ])('%s', (input, expected) => {
    expect(sanitizeNoteHtml(input)).toBe(expected);
  });
});
