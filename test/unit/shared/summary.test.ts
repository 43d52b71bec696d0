import { describe, expect, it } from '@jest/globals';
import { HtmlRenderer, Parser } from 'commonmark';
import { code, escapeFor, escapeHtml, html, link, SummaryBuilder } from '../../../src/shared/summary.js';

/** What GitHub does with a summary: CommonMark, where our HTML forms HTML blocks (raw HTML kept as written). */
function renderMarkdown(markdown: string): string {
  return new HtmlRenderer().render(new Parser().parse(markdown));
}

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
    expect(text).not.toMatch(/[|`]/);
    expect(text).toContain(escapeHtml(hostile));
    expect(text).toContain('<td>3</td></tr>');
    expect(text).toContain('<td>true</td></tr>');
    expect(text).toContain(`<code>${escapeHtml(hostile)}</code>`);
  });

  it.each([
    ['cell', 'a\n\nb\r\nc\rd', 'a<br><br>b<br>c<br>d'],
    ['code', 'x\n\n# y', 'x<br><br># y'],
    ['heading', 'one\n\ntwo', 'one  two'],
    ['cell', 'pipe | tick ` amp &', 'pipe &#124; tick &#96; amp &#38;'],
    ['cell', 'bell\u0007 nul\u0000', 'bell  nul '],
  ] as const)('escapes for a %s: %j', (place, text, expected) => {
    expect(escapeFor(place, text)).toBe(expected);
  });

  it('a value with blank lines cannot end the table and render the rest as Markdown', () => {
    const name = 'income\n\n# Injected heading\n\n[click](https://evil.example) | `code`';
    const summary = new SummaryBuilder()
      .heading(name, 3)
      .table(
        ['feature', 'value'],
        [
          [code(name), 1],
          [name, 2],
        ],
      )
      .list([name])
      .paragraph(html`feature ${name}`)
      .toString();
    const rendered = renderMarkdown(summary);
    expect(rendered).not.toMatch(/<h1>|<a href|<code>code<\/code>/);
    // The whole table stays one HTML block, passed through as written.
    expect(rendered).toContain('<table><tr><th>feature</th><th>value</th></tr>');
    expect(rendered).toContain(
      '<td><code>income<br><br># Injected heading<br><br>[click](https://evil.example) &#124; &#96;code&#96;</code></td>',
    );
    expect(
      summary
        .trimEnd()
        .split('\n')
        .filter((line) => line.trim() === ''),
    ).toHaveLength(0);
  });

  it('without the escaping the same value does break out (the test above would fail)', () => {
    const broken = '<table><tr><td>income\n\n# Injected heading\n\n</td></tr></table>\n';
    expect(renderMarkdown(broken)).toContain('<h1>Injected heading</h1>');
  });

  it('links only to http(s) URLs without spaces or quotes', () => {
    expect(link('run', 'https://github.com/o/r').html).toBe('<a href="https://github.com/o/r">run</a>');
    expect(link('x', 'javascript:alert(1)').html).toBe('<a href="#">x</a>');
    expect(link('x', 'https://a.example/\n\n# h').html).toBe('<a href="#">x</a>');
  });

  it('the html tag escapes interpolated strings but not markup', () => {
    expect(html`<b>${'<i>'}</b>${code('a<b')}`.html).toBe('<b>&#60;i&#62;</b><code>a&#60;b</code>');
  });

  it('a code fence in a details block or a diagram cannot close it early', () => {
    const text = new SummaryBuilder()
      .details('plan', 'a\n```\n<b>', 'json')
      .diagram('mermaid', 'xychart-beta\n```\n# h')
      .toString();
    expect(text.match(/```/g)).toHaveLength(4);
    const rendered = renderMarkdown(text);
    expect(rendered).toContain('<pre><code class="language-mermaid">xychart-beta');
    expect(rendered).not.toContain('<h1>');
  });
});
