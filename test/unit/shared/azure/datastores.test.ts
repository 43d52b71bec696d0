import { describe, expect, it } from '@jest/globals';
import { blobAccountUrl } from '../../../../src/shared/azure/datastores.js';

describe('blobAccountUrl', () => {
  const datastore = {
    accountName: 'mlwstore01',
    endpoint: 'core.windows.net',
    protocol: 'https',
    properties: { 'sandbox.blobEndpoint': 'https://127.0.0.1:10000/devstoreaccount1/' },
  };

  it("composes Azure's account URL from the datastore's account, endpoint suffix and protocol", () => {
    expect(blobAccountUrl(datastore, { name: 'AzureCloud' })).toBe(
      'https://mlwstore01.blob.core.windows.net',
    );
    expect(
      blobAccountUrl({ accountName: 'st', endpoint: 'core.chinacloudapi.cn' }, { name: 'AzureChinaCloud' }),
    ).toBe('https://st.blob.core.chinacloudapi.cn');
  });

  it('takes a path-style endpoint from the property bag only in a custom cloud', () => {
    expect(blobAccountUrl(datastore, { name: 'Custom' })).toBe('https://127.0.0.1:10000/devstoreaccount1');
    expect(blobAccountUrl({ ...datastore, properties: {} }, { name: 'Custom' })).toBe(
      'https://mlwstore01.blob.core.windows.net',
    );
  });
});
