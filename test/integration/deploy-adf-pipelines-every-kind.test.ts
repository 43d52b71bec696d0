// deploy-adf-pipelines, bundled, on a factory holding every artifact kind ADF has (test/fixtures/adf/every-kind, in
// the git-integration layout): pipelines using most activity types (copy, data flow, Power Query, Databricks, web,
// webhook, Azure ML, script, stored procedure, metadata, delete, validation and every control activity), datasets of
// several stores and formats, linked services through credentials, Key Vault and three integration runtimes, a
// mapping data flow calling a flowlet, a wrangling (Power Query) data flow, a change data capture, every trigger type
// a user can author (schedule, tumbling window with self and cross-trigger dependencies, storage events, custom
// events, chaining, the legacy blob trigger; RerunTumblingWindowTrigger is created by the service for reruns, never
// authored), managed (Azure and Azure-SSIS), self-hosted and linked self-hosted integration runtimes, the managed
// virtual network with three private endpoints, both credential types and global parameters of every type. Bodies
// follow Microsoft's documentation and the REST spec's examples (the data flow is DataFlows_Create's currency
// conversion). Every request and answer is validated against the vendored REST spec by the sandbox.
import { describe, expect, it } from '@jest/globals';
import { readGitFolder } from '../../src/deploy-adf-pipelines/sources/git-folder.js';
import { ARTIFACT_KINDS, compareArtifacts, isSynapseOnlyKind } from '../../src/shared/adf/artifacts.js';
import { normaliseProperties } from '../../src/shared/adf/normalise.js';
import { SAMPLE_FACTORY_FINDINGS, useSandboxFixture } from '../harness/sandbox.js';
import { ADF_FIXTURES, factoryState, stage } from './adf-release.js';
import { expectSucceeded } from './aml-release.js';

// The fixture spells parameter types as ADF Studio writes them (`"type": "string"`); see SAMPLE_FACTORY_FINDINGS.
const f = useSandboxFixture({ ignoreFindings: SAMPLE_FACTORY_FINDINGS });

describe('a factory with every artifact kind', () => {
  it('deploys whole, reads back equal to the source, and redeploys with 0 writes', async () => {
    const s = await stage(f, 'everykind', { sources: { 'every-kind': 'adf' } });
    const source = await readGitFolder(`${ADF_FIXTURES}/every-kind`, 'adf');
    expect(source.problems).toEqual([]);
    // Every kind the action deploys is in the fixture.
    expect(new Set(source.artifacts.map((a) => a.kind))).toEqual(
      // Notebooks, SQL scripts and Spark job definitions are Synapse's (deploy-adf-pipelines-synapse.test.ts).
      new Set(ARTIFACT_KINDS.filter((kind) => kind !== 'factory' && !isSynapseOnlyKind(kind))),
    );

    const first = await s.deploy();
    expectSucceeded(first.run);
    expect(first.run.outputs).toMatchObject({
      created: String(source.artifacts.length),
      updated: '0',
      unchanged: '0',
    });

    // What the factory holds is what the source says, kind by kind, field by field.
    const live = await factoryState(s);
    const expected = [...source.artifacts].sort(compareArtifacts).map((a) => ({
      kind: a.kind,
      name: a.name,
      properties: normaliseProperties(a.kind, a.properties),
    }));
    expect(live.map(({ kind, name, properties }) => ({ kind, name, properties }))).toEqual(expected);
    // The parts an SDK model would drop are there: a data flow's typeProperties, a Power Query script, a CDC mapping.
    const byName = new Map(live.map((r) => [r.name, r.properties]));
    expect(byName.get('df_currency')).toMatchObject({
      typeProperties: {
        sources: [{ name: 'USDCurrency' }, { name: 'CADSource' }],
        scriptLines: expect.arrayContaining(['USDCurrency, CADSource union(byName: true)~> Union']),
      },
    });
    expect(byName.get('df_wrangle_features')).toMatchObject({
      typeProperties: { script: expect.stringContaining('Table.SelectRows'), documentLocale: 'en-us' },
    });
    expect(byName.get('cdc_use_cases')).toMatchObject({
      targetConnectionsInfo: [{ dataMapperMappings: [{ sourceEntityName: 'dbo.use_cases' }] }],
    });
    // Triggers are in the state their source asks for.
    const started = live.filter((r) => r.runtimeState === 'Started').map((r) => r.name);
    expect(started.sort()).toEqual(['tr_daily', 'tr_hourly_window']);

    const rerun = await s.deploy();
    expectSucceeded(rerun.run);
    expect(rerun.writes).toBe(0);
    expect(rerun.run.outputs).toMatchObject({
      created: '0',
      updated: '0',
      deleted: '0',
      unchanged: String(source.artifacts.length),
    });
  }, 120_000);
});
