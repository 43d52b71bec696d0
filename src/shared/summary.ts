/**
 * Job summaries. `core.summary` does not escape what it is given, and user data (resource names, file paths, Azure
 * messages) may hold `<`, `|` or backticks: everything added here is escaped unless it is explicitly trusted markup.
 */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A piece of markup that is already safe (built here); plain strings are always escaped. */
export class Markup {
  constructor(readonly html: string) {}
}

export type Cell = string | number | boolean | Markup | undefined;

function render(cell: Cell): string {
  if (cell instanceof Markup) return cell.html;
  if (cell === undefined) return '';
  return escapeHtml(String(cell));
}

export function code(text: string): Markup {
  return new Markup(`<code>${escapeHtml(text)}</code>`);
}

export function link(text: string, url: string): Markup {
  const safe = /^https?:\/\//i.test(url) ? url : '#';
  return new Markup(`<a href="${escapeHtml(safe)}">${escapeHtml(text)}</a>`);
}

export function html(strings: TemplateStringsArray, ...values: Cell[]): Markup {
  return new Markup(
    strings.reduce(
      (out, part, index) => out + part + (index < values.length ? render(values[index]) : ''),
      '',
    ),
  );
}

/** Collects one action's summary; `toString()` is what is appended to `GITHUB_STEP_SUMMARY`. */
export class SummaryBuilder {
  private readonly parts: string[] = [];

  heading(text: string, level: 1 | 2 | 3 | 4 = 2): this {
    this.parts.push(`<h${level}>${escapeHtml(text)}</h${level}>`);
    return this;
  }

  paragraph(content: Cell): this {
    this.parts.push(`<p>${render(content)}</p>`);
    return this;
  }

  table(headers: readonly string[], rows: readonly (readonly Cell[])[]): this {
    const head = `<tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
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

  /**
   * A fenced block (`language` picks GitHub's rendering: `diff`, or `mermaid` for a diagram) inside a collapsible
   * `<details>`, collapsed unless `open`.
   */
  details(label: string, content: string, language = '', options: { readonly open?: boolean } = {}): this {
    const fence = '```';
    // A fenced block inside <details> is shown verbatim by GitHub; a fence in the content would end it early.
    const body = content.replace(/```/g, '`\u200b``');
    this.parts.push(
      `<details${options.open ? ' open' : ''}><summary>${escapeHtml(label)}</summary>\n\n${fence}${language}\n${body}\n${fence}\n\n</details>`,
    );
    return this;
  }

  toString(): string {
    return `${this.parts.join('\n')}\n`;
  }
}
