import { describe, expect, it } from '@jest/globals';
import {
  ConfigurationError,
  describeError,
  formatErrorDetails,
  NotAvailableError,
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

  it('keeps a ConfigurationError a ConfigurationError, with its input and location', () => {
    const original = new ConfigurationError('bad', {
      input: 'source',
      location: { file: 'a.json', line: 3 },
    });
    const wrapped = withContext('Reading the factory', original);
    expect(wrapped).toBeInstanceOf(ConfigurationError);
    expect((wrapped as ConfigurationError).input).toBe('source');
    expect((wrapped as ConfigurationError).location).toEqual({ file: 'a.json', line: 3 });
    expect(wrapped.cause).toBe(original);
  });

  it('marks scaffolding as a NotAvailableError, which is a ConfigurationError', () => {
    expect(new NotAvailableError('later')).toBeInstanceOf(ConfigurationError);
    expect(new NotAvailableError('later').name).toBe('NotAvailableError');
  });
});
