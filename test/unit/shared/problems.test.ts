import { describe, expect, it } from '@jest/globals';
import { parseDocumentText } from '../../../src/shared/documents.js';
import { ConfigurationError } from '../../../src/shared/errors.js';
import { formatProblem, ProblemsError, problemsFromError } from '../../../src/shared/problems.js';

describe('formatProblem', () => {
  it('puts the location in front of the message', () => {
    expect(formatProblem({ message: 'unknown key', location: { file: 'p.json', line: 2, column: 5 } })).toBe(
      'p.json line 2, column 5: unknown key',
    );
    expect(formatProblem({ message: 'file not found.', location: { file: 'p.json' } })).toBe(
      'p.json: file not found.',
    );
  });
});

describe('problemsFromError', () => {
  it('takes a parse error as one problem at its place, with its bare message', () => {
    let thrown: unknown;
    try {
      parseDocumentText('{\n  "name": }', 'pipeline/p.json', { json: true });
    } catch (error) {
      thrown = error;
    }
    const [problem, ...others] = problemsFromError(thrown, 'pipeline/p.json');
    expect(others).toEqual([]);
    expect(problem!.location).toEqual({ file: 'pipeline/p.json', line: 2, column: 11 });
    expect(problem!.message).toMatch(/^invalid JSON: /);
    // Formatted again, it reads as the error did: nothing was lost or doubled.
    expect(formatProblem(problem!)).toBe((thrown as Error).message);
  });

  it('places an error without a location at the file, with its whole message', () => {
    expect(problemsFromError(new ConfigurationError('the file is empty'), 'rows/a.yml')).toEqual([
      { message: 'the file is empty', location: { file: 'rows/a.yml' } },
    ]);
  });

  it('keeps every problem of a ProblemsError', () => {
    const problems = [
      { message: 'a', location: { file: 'x.yml', line: 1 } },
      { message: 'b', location: { file: 'x.yml', line: 3 } },
    ];
    expect(problemsFromError(new ProblemsError('2 problems', problems), 'x.yml')).toEqual(problems);
  });

  it('rethrows what is not the user to fix', () => {
    const bug = new TypeError('undefined is not a function');
    expect(() => problemsFromError(bug, 'x.yml')).toThrow(bug);
  });
});
