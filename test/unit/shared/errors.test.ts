import { describe, expect, it } from '@jest/globals';
import {
  ConfigurationError,
  describeError,
  formatErrorDetails,
  formatLocation,
  isNotFound,
  NotAvailableError,
  VerdictError,
  withContext,
} from '../../../src/shared/errors.js';

/** The shape of @azure/core-rest-pipeline's RestError, built without loading the SDK. */
function restError(): Error {
  const error = new Error('The Resource was not found.') as Error & Record<string, unknown>;
  error.name = 'RestError';
  error.code = 'ResourceNotFound';
  error.statusCode = 404;
  error.request = { requestId: 'client-side-id' };
  error.response = {
    headers: { get: (name: string) => (name === 'x-ms-request-id' ? 'server-id' : undefined) },
  };
  return error;
}

describe('describeError', () => {
  it.each([
    ['an Error', new Error('boom'), { message: 'boom' }],
    [
      'an Azure RestError',
      restError(),
      {
        message: 'The Resource was not found.',
        code: 'ResourceNotFound',
        statusCode: 404,
        requestId: 'server-id',
      },
    ],
    [
      'an ARM error body',
      { error: { code: 'Conflict', message: 'Operation in progress' } },
      { message: 'Operation in progress', code: 'Conflict' },
    ],
    ['a string', 'plain', { message: 'plain' }],
    ['a number', 42, { message: '42' }],
    ['undefined', undefined, { message: 'undefined' }],
    [
      'a Node system error',
      Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      { message: 'socket hang up', code: 'ECONNRESET' },
    ],
  ])('normalises %s', (_label, thrown, expected) => {
    expect(describeError(thrown)).toEqual(expected);
  });

  it('takes the code from the ARM body a RestError carries in details', () => {
    const error = Object.assign(new Error('x'), {
      details: { error: { code: 'TriggerEnabledCannotUpdate', message: 'm' } },
    });
    expect(describeError(error).code).toBe('TriggerEnabledCannotUpdate');
  });
});

describe('formatErrorDetails and withContext', () => {
  it('keeps the Azure code, status and request id', () => {
    expect(formatErrorDetails(describeError(restError()))).toBe(
      'ResourceNotFound (404, request id server-id): The Resource was not found.',
    );
    expect(withContext("Failed to get batch endpoint 'credit'", restError()).message).toBe(
      "Failed to get batch endpoint 'credit': ResourceNotFound (404, request id server-id): The Resource was not found.",
    );
  });

  it('keeps a ConfigurationError a ConfigurationError, with its input, location and detail', () => {
    const original = ConfigurationError.at('a.json line 3', 'bad', {
      input: 'source',
      location: { file: 'a.json', line: 3 },
    });
    const wrapped = withContext('Reading the factory', original);
    expect(wrapped).toBeInstanceOf(ConfigurationError);
    expect(wrapped.message).toBe('Reading the factory: a.json line 3: bad');
    expect((wrapped as ConfigurationError).input).toBe('source');
    expect((wrapped as ConfigurationError).location).toEqual({ file: 'a.json', line: 3 });
    expect((wrapped as ConfigurationError).detail).toBe('Reading the factory: bad');
    expect(wrapped.cause).toBe(original);
  });

  it('marks scaffolding as a NotAvailableError, which is a ConfigurationError', () => {
    expect(new NotAvailableError('later')).toBeInstanceOf(ConfigurationError);
    expect(new NotAvailableError('later').name).toBe('NotAvailableError');
  });
});

describe('ConfigurationError.detail', () => {
  it('is the message without where, when the error says where', () => {
    const error = ConfigurationError.at("Input 'include'", "'x' is not a pattern", { input: 'include' });
    expect(error.message).toBe("Input 'include': 'x' is not a pattern");
    expect(error.detail).toBe("'x' is not a pattern");
    expect(error.input).toBe('include');
  });

  it('is the message itself otherwise', () => {
    expect(new ConfigurationError('Input required and not supplied: name').detail).toBe(
      'Input required and not supplied: name',
    );
  });
});

describe('formatLocation', () => {
  it.each([
    [{ file: 'rows/a.yml' }, {}, 'rows/a.yml'],
    [{ file: 'rows/a.yml', line: 4 }, {}, 'rows/a.yml line 4'],
    [{ file: 'rows/a.yml', line: 4, column: 7 }, {}, 'rows/a.yml line 4, column 7'],
    [{ file: 'rows/a.yml', line: 4, column: 7 }, { column: false }, 'rows/a.yml line 4'],
    [{ file: 'rows/a.yml', column: 7 }, {}, 'rows/a.yml'],
  ])('%j %j is %s', (location, options, text) => {
    expect(formatLocation(location, options)).toBe(text);
  });
});

describe('isNotFound', () => {
  const withStatus = (statusCode: number, code?: string) =>
    Object.assign(new Error('x'), { statusCode, code });
  it.each([
    ['a 404', withStatus(404), true],
    ['a 404 with a code other than ResourceNotFound', withStatus(404, 'ParentResourceNotFound'), true],
    ['a 409', withStatus(409, 'Conflict'), false],
    ['a status other than 404, whatever the code says', withStatus(200, 'ResourceNotFound'), false],
    ['an ARM body with ResourceNotFound', { error: { code: 'ResourceNotFound', message: 'm' } }, true],
    ['an ARM body with NotFound', { error: { code: 'NotFound', message: 'm' } }, true],
    ['an ARM body with another code', { error: { code: 'Conflict', message: 'm' } }, false],
    ['an error without status or code', new Error('socket hang up'), false],
    ['a string', 'not found', false],
  ])('%s: %s', (_label, error, expected) => {
    expect(isNotFound(error)).toBe(expected);
  });
});

describe('VerdictError', () => {
  it('is an Error, not a ConfigurationError: the step worked and said no', () => {
    const verdict = new VerdictError('Dataset drift in dev');
    expect(verdict).toBeInstanceOf(Error);
    expect(verdict).not.toBeInstanceOf(ConfigurationError);
    expect(verdict.name).toBe('VerdictError');
  });
});
