import { describe, expect, it } from '@jest/globals';
import { datastoreUri, parseDatastoreUri } from '../../../../src/shared/azure/datastore-uris.js';

describe('datastore URIs', () => {
  it.each([
    [
      'azureml://datastores/workspaceblobstore/paths/inputs/day%201/',
      { datastore: 'workspaceblobstore', path: 'inputs/day 1/' },
    ],
    [
      'azureml://subscriptions/s1/resourcegroups/rg/workspaces/ws/datastores/ds/paths/LocalUpload/abc/model/',
      {
        datastore: 'ds',
        path: 'LocalUpload/abc/model/',
        workspace: { subscriptionId: 's1', resourceGroup: 'rg', name: 'ws' },
      },
    ],
    [
      'azureml://subscriptions/s1/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/datastores/ds/paths/f.csv',
      {
        datastore: 'ds',
        path: 'f.csv',
        workspace: { subscriptionId: 's1', resourceGroup: 'rg', name: 'ws' },
      },
    ],
  ])('reads %s', (uri, expected) => {
    expect(parseDatastoreUri(uri)).toEqual(expected);
  });

  it.each([
    'https://acct.blob.core.windows.net/c/f.csv',
    'azureml:credit:1',
    'azureml://registries/r/models/m/versions/1',
  ])('is not a datastore URI: %s', (uri) => {
    expect(parseDatastoreUri(uri)).toBeUndefined();
  });

  it('writes the short form, encoding each segment, and reads it back', () => {
    const uri = datastoreUri('workspaceblobstore', 'integration/run 1/out/');
    expect(uri).toBe('azureml://datastores/workspaceblobstore/paths/integration/run%201/out/');
    expect(parseDatastoreUri(uri)).toEqual({
      datastore: 'workspaceblobstore',
      path: 'integration/run 1/out/',
    });
  });
});
