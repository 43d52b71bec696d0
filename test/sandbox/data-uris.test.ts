// The data locations a batch job may name (data-uris.ts): datastore URIs in both forms and blob URLs of the
// sandbox's storage account resolve to a container and path; anything else is refused with a reason.
import { describe, expect, it } from '@jest/globals';
import { resolveDataUri, type UriScope } from '../../src/sandbox/dataplane/data-uris.js';

describe('data URIs', () => {
  const scope: UriScope = {
    subscriptionId: 'sub',
    resourceGroup: 'rg',
    workspace: 'ws',
    datastoreContainer: (name) => (name === 'workspaceblobstore' ? 'azureml-blobstore-1' : undefined),
    storage: { blobEndpoint: 'https://127.0.0.1:10000/devstoreaccount1', accountName: 'devstoreaccount1' },
  };

  it.each([
    [
      'azureml://datastores/workspaceblobstore/paths/in/x.csv',
      { container: 'azureml-blobstore-1', path: 'in/x.csv' },
    ],
    [
      'azureml://subscriptions/SUB/resourcegroups/rg/workspaces/ws/datastores/workspaceblobstore/paths/in/',
      { container: 'azureml-blobstore-1', path: 'in/' },
    ],
    ['https://127.0.0.1:10000/devstoreaccount1/data/in/a%20b.csv', { container: 'data', path: 'in/a b.csv' }],
    ['https://devstoreaccount1.blob.core.windows.net/data/in', { container: 'data', path: 'in' }],
  ])('resolves %s', (uri, expected) => {
    expect(resolveDataUri(uri, scope)).toEqual(expected);
  });

  it.each([
    'azureml://datastores/nope/paths/x',
    'azureml://subscriptions/other/resourcegroups/rg/workspaces/ws/datastores/workspaceblobstore/paths/x',
    'https://elsewhere.blob.core.windows.net/data/x',
    'wasbs://data@x/y',
  ])('refuses %s with a reason', (uri) => {
    expect(resolveDataUri(uri, scope)).toEqual({ error: expect.any(String) });
  });
});
