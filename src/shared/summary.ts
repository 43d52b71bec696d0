/**
 * Job summaries. `core.summary` does not escape what it is given, and user data (resource names, file paths, column
 * names, Azure messages) may hold `<`, `|`, backticks or line breaks: everything added here is escaped for the place
 * it goes unless it is explicitly trusted markup.
 *
 * GitHub renders a summary as Markdown in which our HTML forms HTML blocks. An HTML block ends at the first blank
 * line, and what follows is Markdown again: a value with a blank line inside a table cell would close the table and
 * turn the rest of the value into headings, links or code. So no escaped value ever holds a line break; a pipe and a
 * backtick, which Markdown reads as table and code syntax wherever a block ended, are written as character
 * references too.
 */

/** Where a user-controlled string goes in a summary; each place writes line breaks its own way. */
export type SummaryPlace =
  /** A table cell, a paragraph or a list item: a line break shows as `<br>`. */
  | 'cell'
  /** A heading or a `<details>` label: one line, so a line break becomes a space. */
  | 'heading'
  /** Inside `<code>`: as a cell. */
  | 'code';

const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;
// C0 controls other than tab and the line breaks, and DEL: never meaningful in a summary, and invisible.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it removes
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** `&`, `<`, `>`, quotes, `|` and backticks as numeric character references: inert in HTML and in Markdown. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'|`]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Escapes `text` for `place`: HTML and Markdown syntax made inert, and never a line break left in the source. */
export function escapeFor(place: SummaryPlace, text: string): string {
  const escaped = escapeHtml(text.replace(CONTROL, ' '));
  return escaped.replace(LINE_BREAK, place === 'heading' ? ' ' : '<br>');
}

/** A piece of markup that is already safe (built here); plain strings are always escaped. */
export class Markup {
  constructor(readonly html: string) {}
}

export type Cell = string | number | boolean | Markup | undefined;

function render(cell: Cell): string {
  if (cell instanceof Markup) return cell.html;
  if (cell === undefined) return '';
  return escapeFor('cell', String(cell));
}

export function code(text: string): Markup {
  return new Markup(`<code>${escapeFor('code', text)}</code>`);
}

export function link(text: string, url: string): Markup {
  const safe = /^https?:\/\//i.test(url) && !/[\s"'<>]/.test(url) ? url : '#';
  return new Markup(`<a href="${escapeHtml(safe)}">${escapeFor('cell', text)}</a>`);
}

export function html(strings: TemplateStringsArray, ...values: Cell[]): Markup {
  return new Markup(
    strings.reduce(
      (out, part, index) => out + part + (index < values.length ? render(values[index]) : ''),
      '',
    ),
  );
}

/** A fenced block shows its content verbatim; a fence inside the content would end it early. */
function fenced(content: string, language: string): string {
  const fence = '```';
  const body = content.replace(/```/g, '`\u200b``');
  return `${fence}${language}\n${body}\n${fence}`;
}

/** Collects one action's summary; `toString()` is what is appended to `GITHUB_STEP_SUMMARY`. */
export class SummaryBuilder {
  private readonly parts: string[] = [];

  heading(text: string, level: 1 | 2 | 3 | 4 = 2): this {
    this.parts.push(`<h${level}>${escapeFor('heading', text)}</h${level}>`);
    return this;
  }

  paragraph(content: Cell): this {
    this.parts.push(`<p>${render(content)}</p>`);
    return this;
  }

  table(headers: readonly string[], rows: readonly (readonly Cell[])[]): this {
    const head = `<tr>${headers.map((h) => `<th>${escapeFor('heading', h)}</th>`).join('')}</tr>`;
    const body = rows
      .map((row) => `<tr>${row.map((cell) => `<td>${render(cell)}</td>`).join('')}</tr>`)
      .join('');
    this.parts.push(`<table>${head}${body}</table>`);
    return this;
  }

  list(items: readonly Cell[]): this {
    this.parts.push(`<ul>${items.map((item) => `<li>${render(item)}</li>`).join('')}</ul>`);
    return this;
  }

  details(label: string, content: string, language = ''): this {
    // Blank lines around the fence end the HTML block so that GitHub renders the fence as code.
    this.parts.push(
      `<details><summary>${escapeFor('heading', label)}</summary>\n\n${fenced(content, language)}\n\n</details>`,
    );
    return this;
  }

  /**
   * A fenced block in a language GitHub renders (`mermaid`). The caller builds `content` from escaped values (a
   * Mermaid chart quotes and escapes its labels itself); a fence inside it cannot end the block early.
   */
  diagram(language: string, content: string): this {
    this.parts.push(`\n${fenced(content, language)}\n`);
    return this;
  }

  toString(): string {
    return `${this.parts.join('\n')}\n`;
  }
}
