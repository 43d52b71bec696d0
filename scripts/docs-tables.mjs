// Pure helpers behind scripts/docs.mjs: render an action.yml's inputs and outputs as Markdown tables and splice
// them into a README between markers. No I/O here, so the unit tests can hold the rendering to account.

/** Makes text safe for one GFM table cell: a `|` would end the cell and a newline would end the row. */
export function escapeCell(text) {
  return String(text).trim().replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Code span for a cell; a value holding backticks needs a longer fence (CommonMark code spans). */
function code(value) {
  const text = String(value);
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // A space inside the fence is only needed where the value itself starts or ends with a backtick (or a space
  // on both sides, which CommonMark would strip); elsewhere the formatter would remove it.
  const pad = /^`|`$|^ .* $/.test(text) ? ' ' : '';
  return escapeCell(`${fence}${pad}${text}${pad}${fence}`);
}

/** action.yml allows `required: true` and the string 'true'; anything else means optional. */
export function isRequired(input) {
  return input?.required === true || input?.required === 'true';
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** No default leaves the cell empty; an empty-string default is still a default, shown as YAML writes it. */
function renderDefault(value) {
  if (value === undefined || value === null) return '';
  return String(value) === '' ? "`''`" : code(value);
}

function entries(section) {
  return section && typeof section === 'object' ? Object.entries(section) : [];
}

/**
 * A GFM table with columns padded to their widest cell, as the repo's formatter (biome) lays out Markdown tables, so
 * generated READMEs pass `npm run lint` unchanged. Width is display width: East Asian wide characters take two.
 */
function table(header, rows) {
  const width = (text) => [...text].reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0);
  const widths = header.map((title, i) => Math.max(3, width(title), ...rows.map((row) => width(row[i]))));
  const line = (cells) =>
    `| ${cells.map((cell, i) => cell + ' '.repeat(widths[i] - width(cell))).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The inputs table: name, required, default, description, in action.yml's order. */
export function renderInputsTable(actionYml) {
  const rows = entries(actionYml?.inputs).map(([name, input]) => [
    code(name),
    isRequired(input) ? 'yes' : 'no',
    renderDefault(input?.default),
    escapeCell(input?.description ?? ''),
  ]);
  if (rows.length === 0) return 'This action has no inputs.';
  return table(['name', 'required', 'default', 'description'], rows);
}

/** The outputs table: name, description, in action.yml's order. */
export function renderOutputsTable(actionYml) {
  const rows = entries(actionYml?.outputs).map(([name, output]) => [
    code(name),
    escapeCell(output?.description ?? ''),
  ]);
  if (rows.length === 0) return 'This action has no outputs.';
  return table(['name', 'description'], rows);
}

/**
 * Replaces what lies between `<!-- <marker>:start -->` and `<!-- <marker>:end -->` with `content`, keeping the
 * markers. Returns null when either marker is missing, repeated or out of order, so the caller can report the README
 * rather than guess where the table belongs.
 */
export function replaceBetweenMarkers(text, marker, content) {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < 0 || to < from) return null;
  if (text.indexOf(start, from + 1) >= 0 || text.indexOf(end, to + 1) >= 0) return null;
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}
