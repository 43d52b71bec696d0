import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rootCertificates } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  isMicrosoftAuthority,
  loadCaCertificates,
  resolveCloud,
} from '../../../../src/shared/azure/clouds.js';
import type { CloudSettings } from '../../../../src/shared/azure/settings.js';
import { ConfigurationError } from '../../../../src/shared/errors.js';
import { createTlsIdentity } from './local-servers.js';

describe('resolveCloud: well-known clouds', () => {
  it.each([
    [
      'AzureCloud',
      'https://management.azure.com',
      'https://login.microsoftonline.com',
      'https://ml.azure.com/.default',
      'database.windows.net',
      'dev.azuresynapse.net',
    ],
    [
      'AzureUSGovernment',
      'https://management.usgovcloudapi.net',
      'https://login.microsoftonline.us',
      'https://ml.azure.us/.default',
      'database.usgovcloudapi.net',
      'dev.azuresynapse.usgovcloudapi.net',
    ],
    [
      'AzureChinaCloud',
      'https://management.chinacloudapi.cn',
      'https://login.chinacloudapi.cn',
      'https://ml.azure.cn/.default',
      'database.chinacloudapi.cn',
      'dev.azuresynapse.azure.cn',
    ],
  ] as const)('%s', (name, arm, authority, ml, database, synapse) => {
    expect(resolveCloud({ name })).toEqual({
      name,
      armEndpoint: arm,
      armAudience: arm,
      armScope: `${arm}/.default`,
      authorityHost: authority,
      mlDataPlaneScope: ml,
      storageScope: 'https://storage.azure.com/.default',
      sqlDatabaseScope: `https://${database}/.default`,
      postgresqlScope: `https://ossrdbms-aad.${database}/.default`,
      synapseDevScope: `https://${synapse}/.default`,
      synapseDevSuffix: synapse,
      isPublicAuthority: true,
    });
  });

  it.each([
    ['arm-endpoint', { armEndpoint: 'https://management.example' }],
    ['authority-host', { authorityHost: 'https://login.example' }],
    ['arm-audience', { armAudience: 'https://management.example' }],
  ] as const)('refuses %s outside cloud: Custom', (input, extra) => {
    expect(() => resolveCloud({ name: 'AzureCloud', ...extra })).toThrow(
      expect.objectContaining({ name: 'ConfigurationError', input }),
    );
  });
});

describe('resolveCloud: Custom', () => {
  const sandbox: CloudSettings = {
    name: 'Custom',
    armEndpoint: 'https://127.0.0.1:8443/',
    authorityHost: 'https://127.0.0.1:8444/',
  };

  it('defaults the audience to the ARM endpoint and the data-plane scopes to the public ones', () => {
    expect(resolveCloud(sandbox)).toEqual({
      name: 'Custom',
      armEndpoint: 'https://127.0.0.1:8443',
      armAudience: 'https://127.0.0.1:8443',
      armScope: 'https://127.0.0.1:8443/.default',
      authorityHost: 'https://127.0.0.1:8444',
      mlDataPlaneScope: 'https://ml.azure.com/.default',
      storageScope: 'https://storage.azure.com/.default',
      sqlDatabaseScope: 'https://database.windows.net/.default',
      postgresqlScope: 'https://ossrdbms-aad.database.windows.net/.default',
      synapseDevScope: 'https://dev.azuresynapse.net/.default',
      synapseDevSuffix: 'dev.azuresynapse.net',
      isPublicAuthority: false,
    });
  });

  it('takes an explicit audience and scope overrides (Azure Stack Hub)', () => {
    const cloud = resolveCloud(
      {
        name: 'Custom',
        armEndpoint: 'https://management.local.azurestack.external',
        authorityHost: 'https://login.microsoftonline.com/',
        armAudience: 'https://management.contoso.onmicrosoft.com/4de154de-0000-0000-0000-000000000000/',
      },
      { storageScope: 'https://storage.local.azurestack.external/.default' },
    );
    expect(cloud.armScope).toBe(
      'https://management.contoso.onmicrosoft.com/4de154de-0000-0000-0000-000000000000/.default',
    );
    expect(cloud.storageScope).toBe('https://storage.local.azurestack.external/.default');
    expect(cloud.mlDataPlaneScope).toBe('https://ml.azure.com/.default');
    // Azure Stack Hub with Entra uses Microsoft's own authority: no need to turn instance discovery off.
    expect(cloud.isPublicAuthority).toBe(true);
  });

  it.each([
    ['arm-endpoint', { armEndpoint: undefined }, /arm-endpoint is required/],
    ['arm-endpoint', { armEndpoint: '  ' }, /arm-endpoint is required/],
    ['arm-endpoint', { armEndpoint: 'http://127.0.0.1:8443' }, /must use https/],
    ['arm-endpoint', { armEndpoint: 'management.local' }, /is not a URL/],
    ['arm-endpoint', { armEndpoint: 'https://host/?x=1' }, /query/],
    ['authority-host', { authorityHost: undefined }, /authority-host is required/],
    ['authority-host', { authorityHost: 'http://login.local' }, /must use https/],
    ['arm-audience', { armAudience: 'https://management.local/.default' }, /is a scope/],
    ['arm-audience', { armAudience: 'not a uri' }, /not an absolute URI/],
  ] as const)('refuses a bad %s: %o', (input, change, message) => {
    let error: unknown;
    try {
      resolveCloud({ ...sandbox, ...change });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ input, message: expect.stringMatching(message) });
  });
});

describe('isMicrosoftAuthority', () => {
  it.each([
    ['https://login.microsoftonline.com', true],
    ['https://LOGIN.microsoftonline.us/', true],
    ['https://login.partner.microsoftonline.cn', true],
    ['https://adfs.local.azurestack.external/adfs', false],
    ['https://127.0.0.1:8444', false],
    ['not a url', false],
  ])('%s -> %s', (host, expected) => {
    expect(isMicrosoftAuthority(host)).toBe(expected);
  });
});

describe('loadCaCertificates', () => {
  let dir: string;
  let cert: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ca-'));
    cert = (await createTlsIdentity()).cert;
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('returns nothing without a path', async () => {
    await expect(loadCaCertificates(undefined)).resolves.toBeUndefined();
  });

  it("keeps Node's roots and adds every certificate of the bundle", async () => {
    const path = join(dir, 'bundle.pem');
    await writeFile(path, `# sandbox CA\n${cert}\n${cert}`);
    const loaded = await loadCaCertificates(path);
    expect(loaded).toHaveLength(rootCertificates.length + 2);
    expect(loaded?.slice(0, rootCertificates.length)).toEqual([...rootCertificates]);
    expect(loaded?.at(-1)).toBe(cert.trim());
  });

  it.each([
    ['a missing file', 'missing.pem', undefined, /does not exist/],
    [
      'a file without certificates',
      'key.pem',
      '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n',
      /no PEM/,
    ],
    [
      'a damaged certificate',
      'bad.pem',
      '-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n',
      /certificate 1 is not valid/,
    ],
  ])('names ca-certificate for %s', async (_case, name, content, message) => {
    const path = join(dir, name);
    if (content !== undefined) await writeFile(path, content);
    await expect(loadCaCertificates(path)).rejects.toMatchObject({
      name: 'ConfigurationError',
      input: 'ca-certificate',
      message: expect.stringMatching(message),
    });
  });
});
