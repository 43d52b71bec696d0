import { describe, expect, it } from '@jest/globals';
import {
  escapeCell,
  isRequired,
  renderInputsTable,
  renderOutputsTable,
  replaceBetweenMarkers,
} from '../../../scripts/docs-tables.mjs';

/** A rendered table's cells, trimmed: splits rows on the pipes that are not escaped. */
function cells(table: string): string[][] {
  return table.split('\n').map((line) =>
    line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );
}

describe('escapeCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a | b', 'a \\| b'],
    ['line one\nline two', 'line one<br>line two'],
    ['crlf\r\nline', 'crlf<br>line'],
    ['  trailing block scalar newline\n', 'trailing block scalar newline'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeCell(input)).toBe(expected);
  });
});

describe('isRequired', () => {
  it.each([
    [{ required: true }, true],
    [{ required: 'true' }, true],
    [{ required: false }, false],
    [{}, false],
    [null, false],
  ])('%j -> %s', (input, expected) => {
    expect(isRequired(input)).toBe(expected);
  });
});

describe('renderInputsTable', () => {
  it('renders name, required, default and description in action.yml order', () => {
    const table = renderInputsTable({
      inputs: {
        environment: { description: 'Where to release.', required: true },
        timeout: { description: 'How long.', required: false, default: '30m' },
        'dry-run': { description: 'Plan only.', default: false },
      },
    });
    // Columns padded to their widest cell, as biome formats Markdown tables, so `npm run lint` accepts the READMEs.
    expect(table.split('\n')).toEqual([
      '| name          | required | default | description       |',
      '| ------------- | -------- | ------- | ----------------- |',
      '| `environment` | yes      |         | Where to release. |',
      '| `timeout`     | no       | `30m`   | How long.         |',
      '| `dry-run`     | no       | `false` | Plan only.        |',
    ]);
  });

  it('shows an empty-string default, and escapes pipes and newlines in every cell', () => {
    const table = renderInputsTable({
      inputs: {
        separator: { description: 'One of a|b\nor c.', default: '|' },
        prefix: { description: 'Empty by default.', default: '' },
      },
    });
    expect(cells(table).slice(2)).toEqual([
      ['`separator`', 'no', '`\\|`', 'One of a\\|b<br>or c.'],
      ['`prefix`', 'no', "`''`", 'Empty by default.'],
    ]);
  });

  it('fences a default that holds backticks with a longer run', () => {
    // Padding spaces only where the value starts or ends with a backtick: CommonMark needs them there only.
    expect(cells(renderInputsTable({ inputs: { q: { default: 'a`b' } } }))[2]?.[2]).toBe('``a`b``');
    expect(cells(renderInputsTable({ inputs: { q: { default: '`x' } } }))[2]?.[2]).toBe('`` `x ``');
  });

  it('says so when there are no inputs', () => {
    expect(renderInputsTable({})).toBe('This action has no inputs.');
    expect(renderInputsTable({ inputs: null })).toBe('This action has no inputs.');
  });
});

describe('renderOutputsTable', () => {
  it('renders name and description', () => {
    expect(renderOutputsTable({ outputs: { receipt: { description: 'The `aml` receipt | JSON.' } } })).toBe(
      [
        '| name      | description                |',
        '| --------- | -------------------------- |',
        '| `receipt` | The `aml` receipt \\| JSON. |',
      ].join('\n'),
    );
  });

  it('counts East Asian wide characters as two columns, as the formatter does', () => {
    expect(renderOutputsTable({ outputs: { x: { description: '中文' } } }).split('\n')[0]).toBe(
      '| name | description |',
    );
    expect(renderOutputsTable({ outputs: { x: { description: '中文中文中文' } } }).split('\n')[2]).toBe(
      '| `x`  | 中文中文中文 |',
    );
  });

  it('says so when there are no outputs', () => {
    expect(renderOutputsTable({ outputs: {} })).toBe('This action has no outputs.');
  });
});

describe('replaceBetweenMarkers', () => {
  const readme = ['# x', '<!-- inputs:start -->', 'old', 'table', '<!-- inputs:end -->', 'after'].join('\n');

  it('replaces only the content between the markers and keeps them', () => {
    expect(replaceBetweenMarkers(readme, 'inputs', 'new')).toBe(
      ['# x', '<!-- inputs:start -->', 'new', '<!-- inputs:end -->', 'after'].join('\n'),
    );
  });

  it('is idempotent', () => {
    const once = replaceBetweenMarkers(readme, 'inputs', 'new') ?? '';
    expect(replaceBetweenMarkers(once, 'inputs', 'new')).toBe(once);
  });

  it('leaves other marker pairs alone', () => {
    const both = `${readme}\n<!-- outputs:start -->\nkeep\n<!-- outputs:end -->\n`;
    expect(replaceBetweenMarkers(both, 'inputs', 'new')).toContain('<!-- outputs:start -->\nkeep\n');
  });

  it.each([
    ['no markers', '# x\n'],
    ['no end marker', '<!-- inputs:start -->\n'],
    ['no start marker', '<!-- inputs:end -->\n'],
    ['markers out of order', '<!-- inputs:end -->\n<!-- inputs:start -->\n'],
    ['a repeated pair', `${readme}\n${readme}`],
  ])('returns null for %s', (_case, text) => {
    expect(replaceBetweenMarkers(text, 'inputs', 'new')).toBeNull();
  });
});
