// deploy-adf-pipelines, bundled, against the sandbox: secrets the factory holds are rotated and then removed, and the
// plan (log, job summary, plan file) says which fields changed without ever showing the old or the new value, in any
// encoding. The secrets: a global parameter and a linked-service property set from environment variables (secrets in
// a workflow), and a Key Vault reference whose secret name changes. The factory's old values are registered with the
// runner's masker before the plan prints.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { SAMPLE_FACTORY_FINDINGS, useSandboxFixture } from '../harness/sandbox.js';
import { type Stage, stage } from './adf-release.js';
import { expectSucceeded } from './aml-release.js';
import { leakedSecrets } from './secret-scan.js';

const f = useSandboxFixture({ ignoreFindings: SAMPLE_FACTORY_FINDINGS });

let s: Stage;
beforeAll(async () => {
  s = await stage(f, 'secretdiff');
  await writeFile(
    join(s.workspace, 'overrides.yml'),
    [
      'globalParameters:',
      '  apiKey: ${{ env.API_KEY }}',
      'linkedServices:',
      '  ls_adls_scoring:',
      '    typeProperties.url: https://${{ env.LAKE_ACCOUNT }}.dfs.core.windows.net/',
      '  ls_sql_control:',
      '    typeProperties.connectionString.secretName: ${{ env.SQL_SECRET_NAME }}',
      '',
    ].join('\n'),
  );
}, 120_000);

const deploy = (env: Record<string, string>) => s.deploy({ 'overrides-file': 'overrides.yml' }, env);

describe('secrets in the plan', () => {
  it('rotated, then removed: shown as changed, never by value, in the log, the summary or the plan file', async () => {
    const first = {
      API_KEY: 'Old-Api-Key/111+=',
      LAKE_ACCOUNT: 'lakeold333',
      SQL_SECRET_NAME: 'sql-conn-old-444',
    };
    const second = {
      API_KEY: 'New-Api-Key/555+=',
      LAKE_ACCOUNT: 'lakenew666',
      SQL_SECRET_NAME: 'sql-conn-new-777',
    };
    const all = [...Object.values(first), ...Object.values(second)];

    const deployed = await deploy(first);
    expectSucceeded(deployed.run);
    expect(await leakedSecrets(deployed.run, Object.values(first))).toEqual([]);

    const rotated = await deploy(second);
    expectSucceeded(rotated.run);
    for (const line of [
      'apiKey.value: (a secret value, changed; not shown)',
      'typeProperties.url: (a secret value, changed; not shown)',
      'typeProperties.connectionString.secretName: (a secret value, changed; not shown)',
    ]) {
      expect(rotated.run.log).toContain(`~ ${line}`);
    }
    // The factory's old values were masked before anything printed.
    expect(rotated.run.masked).toEqual(expect.arrayContaining(['Old-Api-Key/111+=', 'sql-conn-old-444']));
    expect(rotated.run.masked.some((value) => value.includes('lakeold333'))).toBe(true);
    expect(await leakedSecrets(rotated.run, all)).toEqual([]);

    // Removed: the variable is emptied. The factory still holds the rotated value; it is not shown either.
    const removed = await deploy({ ...second, API_KEY: '' });
    expectSucceeded(removed.run);
    expect(removed.run.log).toContain('~ apiKey.value: (a secret value, changed; not shown)');
    expect(removed.run.masked).toContain('New-Api-Key/555+=');
    expect(await leakedSecrets(removed.run, all)).toEqual([]);
  }, 180_000);
});
