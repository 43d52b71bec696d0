import { describe, expect, it } from '@jest/globals';
import { diffArtifacts, fieldChanges, summarisePlan } from '../../../src/deploy-adf-pipelines/diff.js';
import { describeFieldChange } from '../../../src/deploy-adf-pipelines/report.js';
import { canonicalJson, contentHash, normaliseProperties } from '../../../src/shared/adf/normalise.js';
import { artifact } from './helpers.js';

describe('normalisation', () => {
  it.each([
    {
      title: 'drops a trigger runtimeState and lastPublishTime',
      kind: 'trigger' as const,
      source: { type: 'ScheduleTrigger', runtimeState: 'Started', pipelines: [] },
      live: {
        type: 'ScheduleTrigger',
        runtimeState: 'Stopped',
        pipelines: [],
        lastPublishTime: '2026-01-01T00:00:00Z',
      },
    },
    {
      title: 'treats a missing and an empty annotations list alike',
      kind: 'pipeline' as const,
      source: { activities: [] },
      live: { activities: [], annotations: [] },
    },
    {
      title: 'ignores key order',
      kind: 'dataset' as const,
      source: { type: 'AzureSqlTable', typeProperties: { schema: 'a', table: 'b' } },
      live: { typeProperties: { table: 'b', schema: 'a' }, type: 'AzureSqlTable' },
    },
    {
      title: 'compares a masked SecureString equal to the real one',
      kind: 'linkedService' as const,
      source: {
        type: 'AzureBlobStorage',
        typeProperties: { sasUri: { type: 'SecureString', value: 'https://a/?sig=real' } },
      },
      live: {
        type: 'AzureBlobStorage',
        typeProperties: { sasUri: { type: 'SecureString', value: '**********' } },
      },
    },
    {
      title: 'drops encryptedCredential',
      kind: 'linkedService' as const,
      source: { type: 'FileServer', typeProperties: { host: 'h' } },
      live: { type: 'FileServer', typeProperties: { host: 'h', encryptedCredential: 'eyJ...' } },
    },
    {
      title: "drops a managed private endpoint's server state",
      kind: 'managedPrivateEndpoint' as const,
      source: { groupId: 'sqlServer', privateLinkResourceId: '/x' },
      live: {
        groupId: 'sqlServer',
        privateLinkResourceId: '/x',
        provisioningState: 'Succeeded',
        connectionState: { status: 'Approved' },
        fqdns: ['a'],
      },
    },
  ])('$title', ({ kind, source, live }) => {
    expect(canonicalJson(normaliseProperties(kind, source))).toBe(
      canonicalJson(normaliseProperties(kind, live)),
    );
    expect(contentHash(kind, source)).toBe(contentHash(kind, live));
  });

  it('keeps array order (activities are ordered)', () => {
    expect(contentHash('pipeline', { activities: [{ name: 'a' }, { name: 'b' }] })).not.toBe(
      contentHash('pipeline', { activities: [{ name: 'b' }, { name: 'a' }] }),
    );
  });

  it('never puts a secret in the canonical form or the hash input', () => {
    const text = canonicalJson(
      normaliseProperties('linkedService', { p: { type: 'SecureString', value: 'hunter2' } }),
    );
    expect(text).not.toContain('hunter2');
    expect(contentHash('linkedService', { p: { type: 'SecureString', value: 'hunter2' } })).toMatch(
      /^sha256:[0-9a-f]{64}$/,
    );
  });
});

describe('field changes', () => {
  it.each([
    { before: { a: 1 }, after: { a: 2 }, changes: [{ path: 'a', change: 'changed', before: 1, after: 2 }] },
    { before: { a: 1 }, after: { a: 1, b: 2 }, changes: [{ path: 'b', change: 'added', after: 2 }] },
    { before: { a: 1, b: 2 }, after: { a: 1 }, changes: [{ path: 'b', change: 'removed', before: 2 }] },
    {
      before: { activities: [{ name: 'x', url: 'u1' }] },
      after: { activities: [{ name: 'x', url: 'u2' }, { name: 'y' }] },
      changes: [
        { path: 'activities[0].url', change: 'changed', before: 'u1', after: 'u2' },
        { path: 'activities[1]', change: 'added', after: { name: 'y' } },
      ],
    },
    { before: { a: { b: [1] } }, after: { a: { b: [1] } }, changes: [] },
  ])('%j -> %j', ({ before, after, changes }) => {
    expect(fieldChanges(before, after)).toEqual(changes);
  });
});

describe('diff', () => {
  const desired = [
    artifact('pipeline', 'New', { activities: [] }),
    artifact('pipeline', 'Same', { activities: [{ name: 'w', type: 'Wait' }] }),
    artifact('pipeline', 'Changed', { activities: [], description: 'v2' }),
    artifact('trigger', 'T', { type: 'ScheduleTrigger', runtimeState: 'Started' }),
    artifact('linkedService', 'ls_secret', {
      type: 'X',
      typeProperties: { key: { type: 'SecureString', value: 'k' } },
    }),
  ];
  const live = [
    {
      kind: 'pipeline' as const,
      name: 'same',
      properties: { activities: [{ type: 'Wait', name: 'w' }], annotations: [] },
    },
    { kind: 'pipeline' as const, name: 'Changed', properties: { activities: [], description: 'v1' } },
    { kind: 'pipeline' as const, name: 'Orphan', properties: { activities: [] } },
    { kind: 'trigger' as const, name: 'T', properties: { type: 'ScheduleTrigger', runtimeState: 'Stopped' } },
    {
      kind: 'linkedService' as const,
      name: 'ls_secret',
      properties: { type: 'X', typeProperties: { key: { type: 'SecureString', value: '**********' } } },
    },
    { kind: 'globalParameters' as const, name: 'default', properties: {} },
  ];

  it('classifies create, update, unchanged and delete (names case-insensitive)', () => {
    const plan = diffArtifacts(desired, live);
    expect(plan.map((e) => `${e.action} ${e.kind}:${e.name}`)).toEqual([
      'update linkedService:ls_secret',
      'update pipeline:Changed',
      'create pipeline:New',
      'delete pipeline:Orphan',
      'unchanged pipeline:Same',
      'unchanged trigger:T',
    ]);
    expect(plan.find((e) => e.name === 'Changed')!.changes).toEqual([
      { path: 'description', change: 'changed', before: 'v1', after: 'v2' },
    ]);
    expect(plan.find((e) => e.name === 'ls_secret')!.reason).toMatch(/masked/);
    expect(summarisePlan(plan)).toEqual({ create: 1, update: 2, unchanged: 2, delete: 1 });
  });

  it("gives every desired resource's entry its content hash, whatever the action", () => {
    const plan = diffArtifacts(desired, live);
    for (const resource of desired) {
      const entry = plan.find((e) => e.kind === resource.kind && e.name === resource.name)!;
      expect(entry.hash).toBe(contentHash(resource.kind, resource.properties));
    }
    // Equal content, written in another key order and with what the service adds, hashes alike.
    expect(contentHash('pipeline', { annotations: [], activities: [{ type: 'Wait', name: 'w' }] })).toBe(
      plan.find((e) => e.name === 'Same')!.hash,
    );
  });

  it('leaves secret-bearing resources unchanged with secrets: ignore, and respects the deletion scope', () => {
    const plan = diffArtifacts(desired, live, { secrets: 'ignore', inScope: (kind) => kind !== 'pipeline' });
    expect(plan.find((e) => e.name === 'ls_secret')!.action).toBe('unchanged');
    expect(plan.some((e) => e.action === 'delete')).toBe(false);
  });
});

describe('secret values in a diff', () => {
  it('says a field holding a secret changed, and shows neither the old nor the new value', () => {
    const desired = [
      artifact('linkedService', 'ls_sql', {
        type: 'AzureSqlDatabase',
        description: 'control database',
        typeProperties: { connectionString: 'Server=s;Password=new-S3cret;' },
      }),
    ];
    const live = [
      {
        kind: 'linkedService' as const,
        name: 'ls_sql',
        properties: {
          type: 'AzureSqlDatabase',
          description: 'old',
          typeProperties: { connectionString: 'Server=s;Password=old-S3cret;' },
        },
      },
    ];
    const [entry] = diffArtifacts(desired, live, { secretValues: ['Server=s;Password=new-S3cret;'] });
    expect(entry!.changes).toEqual([
      { path: 'description', change: 'changed', before: 'old', after: 'control database' },
      { path: 'typeProperties.connectionString', change: 'changed', secret: true },
    ]);
    expect(JSON.stringify(entry)).not.toMatch(/S3cret/);
    expect(describeFieldChange(entry!.changes[1]!)).toBe(
      '~ typeProperties.connectionString: (a secret value, changed; not shown)',
    );
  });
});

describe('secrets on both sides of a change', () => {
  const changesOf = (
    kind: 'linkedService' | 'globalParameters',
    live: Record<string, unknown>,
    source: Record<string, unknown>,
    options: Parameters<typeof diffArtifacts>[2] = {},
  ) => {
    const masked: string[] = [];
    const [entry] = diffArtifacts([artifact(kind, 'x', source)], [{ kind, name: 'x', properties: live }], {
      ...options,
      mask: (value) => masked.push(value),
    });
    return { lines: entry!.changes.map(describeFieldChange), masked };
  };

  it.each([
    {
      title: 'a field set from a secret, emptied: the live old value is hidden and masked',
      kind: 'globalParameters' as const,
      live: { apiKey: { type: 'String', value: 'old-key-1' }, env: { type: 'String', value: 'dev' } },
      source: { apiKey: { type: 'String', value: '' }, env: { type: 'String', value: 'test' } },
      options: { secretFields: [{ kind: 'globalParameters' as const, name: 'X', path: 'apiKey' }] },
      lines: ['~ apiKey.value: (a secret value, changed; not shown)', '~ env.value: "dev" → "test"'],
      masked: ['old-key-1'],
    },
    {
      title: 'a Key Vault reference to another secret',
      kind: 'linkedService' as const,
      live: {
        type: 'AzureSqlDatabase',
        typeProperties: {
          connectionString: {
            type: 'AzureKeyVaultSecret',
            store: { referenceName: 'kv', type: 'LinkedServiceReference' },
            secretName: 'old-name',
          },
        },
      },
      source: {
        type: 'AzureSqlDatabase',
        typeProperties: {
          connectionString: {
            type: 'AzureKeyVaultSecret',
            store: { referenceName: 'kv', type: 'LinkedServiceReference' },
            secretName: 'new-name',
          },
        },
      },
      options: {},
      lines: ['~ typeProperties.connectionString.secretName: (a secret value, changed; not shown)'],
      masked: ['old-name', 'new-name'],
    },
    {
      title: 'an inline connection-string secret the source no longer sets',
      kind: 'linkedService' as const,
      live: { type: 'AzureSqlDatabase', typeProperties: { connectionString: 'Server=s;Password=Old-Pw-9' } },
      source: { type: 'AzureSqlDatabase', typeProperties: { connectionString: '@{linkedService().cs}' } },
      options: {},
      lines: ['~ typeProperties.connectionString: (a secret value, changed; not shown)'],
      masked: ['Server=s;Password=Old-Pw-9', '@{linkedService().cs}'],
    },
    {
      title: 'a whole object added above a field set from a secret: only that field is masked',
      kind: 'linkedService' as const,
      live: { type: 'AzureBlobFS' },
      source: { type: 'AzureBlobFS', typeProperties: { url: 'https://lake-secret.example/', name: 'plain' } },
      options: { secretFields: [{ kind: 'linkedService' as const, name: 'x', path: 'typeProperties.url' }] },
      lines: ['+ typeProperties: (a secret value, added; not shown)'],
      masked: ['https://lake-secret.example/'],
    },
  ])('$title', ({ kind, live, source, options, lines, masked }) => {
    const result = changesOf(kind, live, source, options);
    expect(result.lines).toEqual(lines);
    expect(result.masked).toEqual(masked);
  });
});
