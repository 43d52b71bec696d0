import { describe, expect, it } from '@jest/globals';
import { connectionStringSecrets, createSecretMasker } from '../../../src/shared/secrets.js';

describe('createSecretMasker', () => {
  it('registers the secret and its encodings with the runner, and redacts them', () => {
    const registered: string[] = [];
    const masker = createSecretMasker((s) => registered.push(s));
    masker.mask('p@ss w"rd');
    expect(registered).toEqual(expect.arrayContaining(['p@ss w"rd', 'p%40ss%20w%22rd', 'p@ss w\\"rd']));
    expect(masker.redact('x p@ss w"rd y p%40ss%20w%22rd')).toBe('x *** y ***');
  });

  it('masks the secret parts of a connection string', () => {
    const registered: string[] = [];
    const masker = createSecretMasker((s) => registered.push(s));
    masker.mask('Server=tcp:db.example,1433;User ID=app;Password=Sup3r;Encrypt=true');
    expect(registered).toContain('Sup3r');
    expect(masker.redact('login with Sup3r failed')).toBe('login with *** failed');
  });

  it('ignores empty and trivially short values', () => {
    const registered: string[] = [];
    const masker = createSecretMasker((s) => registered.push(s));
    masker.mask(undefined);
    masker.mask('');
    masker.mask('ab');
    expect(registered).toEqual([]);
  });
});

describe('connectionStringSecrets', () => {
  it.each([
    ['InstrumentationKey=abc-123;IngestionEndpoint=https://x/', ['abc-123']],
    ['https://acct.blob.core.windows.net/c/f?sv=2022&sig=SIGVALUE&se=2026', ['SIGVALUE']],
    ['DefaultEndpointsProtocol=https;AccountName=a;AccountKey=KEY==;', ['KEY==']],
    ['Server=s;Database=d', []],
  ])('%s', (text, expected) => {
    expect(connectionStringSecrets(text)).toEqual(expected);
  });
});
