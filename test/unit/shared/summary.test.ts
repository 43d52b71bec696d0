import { describe, expect, it } from '@jest/globals';
import { code, escapeHtml, html, link, SummaryBuilder } from '../../../src/shared/summary.js';

describe('summary escaping', () => {
  it('escapes user data everywhere it can appear', () => {
    const hostile = '<img src=x onerror=alert(1)> | `x` & "q" \'s';
    const text = new SummaryBuilder()
      .heading(hostile)
      .paragraph(hostile)
      .table(
        ['name', 'value'],
        [
          [hostile, 3],
          [code(hostile), true],
        ],
      )
      .list([hostile])
      .toString();
    expect(text).not.toContain('<img');
    expect(text).toContain(escapeHtml(hostile));
    expect(text).toContain('<td>3</td></tr>');
    expect(text).toContain('<td>true</td></tr>');
    expect(text).toContain(`<code>${escapeHtml(hostile)}</code>`);
  });

  it('links only to http(s) URLs', () => {
    expect(link('run', 'https://github.com/o/r').html).toBe('<a href="https://github.com/o/r">run</a>');
    expect(link('x', 'javascript:alert(1)').html).toBe('<a href="#">x</a>');
  });

  it('the html tag escapes interpolated strings but not markup', () => {
    expect(html`<b>${'<i>'}</b>${code('a<b')}`.html).toBe('<b>&#60;i&#62;</b><code>a&#60;b</code>');
  });

  it('a code fence in a details block cannot close it early', () => {
    const text = new SummaryBuilder().details('plan', 'a\n```\n<b>', 'json').toString();
    expect(text.match(/```/g)).toHaveLength(2);
  });
});
