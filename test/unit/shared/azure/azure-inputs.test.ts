import { describe, expect, it } from '@jest/globals';
import { type AzureAccessValues, resolveAzureAccess } from '../../../../src/shared/azure/azure-inputs.js';

const NONE: AzureAccessValues = {
  auth: 'auto',
  tenantId: undefined,
  clientId: undefined,
  clientSecret: undefined,
  cloud: 'AzureCloud',
  armEndpoint: undefined,
  authorityHost: undefined,
  armAudience: undefined,
  caCertificate: undefined,
};
const TENANT = '11111111-1111-1111-1111-111111111111';
const CLIENT = '22222222-2222-2222-2222-222222222222';

describe('resolveAzureAccess', () => {
  it.each<[string, Partial<AzureAccessValues>, RegExp]>([
    ['oidc without tenant', { auth: 'oidc', clientId: CLIENT }, /not supplied: tenant-id \(auth is oidc\)/],
    ['oidc without client', { auth: 'oidc', tenantId: TENANT }, /not supplied: client-id \(auth is oidc\)/],
    [
      'client-secret without secret',
      { auth: 'client-secret', tenantId: TENANT, clientId: CLIENT },
      /not supplied: client-secret/,
    ],
    [
      'a secret with oidc',
      { auth: 'oidc', tenantId: TENANT, clientId: CLIENT, clientSecret: 's' },
      /'client-secret' is set but auth is oidc/,
    ],
    [
      'Custom without arm-endpoint',
      { cloud: 'Custom', authorityHost: 'https://login' },
      /not supplied: arm-endpoint \(cloud is Custom\)/,
    ],
    [
      'Custom without authority',
      { cloud: 'Custom', armEndpoint: 'https://arm' },
      /not supplied: authority-host/,
    ],
    [
      'arm-endpoint on a public cloud',
      { armEndpoint: 'https://arm' },
      /'arm-endpoint' is only used with cloud: Custom/,
    ],
    [
      'arm-audience on a public cloud',
      { cloud: 'AzureUSGovernment', armAudience: 'x' },
      /'arm-audience' is only used/,
    ],
  ])('refuses %s', (_label, values, message) => {
    expect(() => resolveAzureAccess({ ...NONE, ...values })).toThrow(message);
  });

  it('resolves a custom cloud and the oidc identity', () => {
    expect(
      resolveAzureAccess({
        ...NONE,
        auth: 'oidc',
        tenantId: TENANT,
        clientId: CLIENT,
        cloud: 'Custom',
        armEndpoint: 'https://127.0.0.1:8443',
        authorityHost: 'https://127.0.0.1:8443/entra',
        caCertificate: '/ws/ca.pem',
      }),
    ).toEqual({
      auth: { mode: 'oidc', tenantId: TENANT, clientId: CLIENT },
      cloud: {
        name: 'Custom',
        armEndpoint: 'https://127.0.0.1:8443',
        authorityHost: 'https://127.0.0.1:8443/entra',
        caCertificatePath: '/ws/ca.pem',
      },
    });
  });

  it('auto with nothing set is valid (the credential decides from the environment)', () => {
    expect(resolveAzureAccess(NONE)).toEqual({ auth: { mode: 'auto' }, cloud: { name: 'AzureCloud' } });
  });
});
