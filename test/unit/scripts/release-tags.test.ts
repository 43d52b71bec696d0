// The release-tag plan against a temporary git repository: a tag only for a changed version, the major tag moved
// to the newest release of its line, and an existing version never retagged onto a different dist/.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { applyPlan, planTags } from '../../../scripts/release-tags.mjs';

const ACTIONS = ['alpha', 'beta'];
let repo: string;

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

async function commit(versions: Record<string, string>, bundles: Record<string, string>, message: string) {
  await writeFile(
    join(repo, '.release-please-manifest.json'),
    JSON.stringify(Object.fromEntries(Object.entries(versions).map(([name, v]) => [`actions/${name}`, v]))),
  );
  for (const [name, code] of Object.entries(bundles)) {
    await mkdir(join(repo, 'dist', name), { recursive: true });
    await writeFile(join(repo, 'dist', name, 'index.js'), code);
  }
  git('add', '-A');
  git('commit', '-qm', message);
  return git('rev-parse', 'HEAD');
}

const tagged = (tag: string) => git('rev-parse', `${tag}^{commit}`);

beforeEach(async () => {
  repo = await mkdtemp(join(tmpdir(), 'release-tags-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'ci@example.invalid');
  git('config', 'user.name', 'ci');
  git('config', 'commit.gpgsign', 'false');
  git('config', 'tag.gpgsign', 'false');
});

afterEach(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe('planTags', () => {
  it('creates each exact tag and its major tag on the first release', async () => {
    const first = await commit({ alpha: '0.2.0', beta: '1.4.1' }, { alpha: 'a1', beta: 'b1' }, 'first');
    const plan = planTags(repo, ACTIONS);
    expect(plan).toEqual({
      create: [
        { tag: 'alpha/v0.2.0', target: first },
        { tag: 'beta/v1.4.1', target: first },
      ],
      move: [
        { tag: 'alpha/v0', target: first },
        { tag: 'beta/v1', target: first },
      ],
      problems: [],
    });
    applyPlan(repo, plan);
    expect(git('tag', '--list').split('\n').sort()).toEqual([
      'alpha/v0',
      'alpha/v0.2.0',
      'beta/v1',
      'beta/v1.4.1',
    ]);
    // Applied, the plan is empty: nothing is tagged twice.
    expect(planTags(repo, ACTIONS)).toEqual({ create: [], move: [], problems: [] });
  });

  it('tags only the action whose version changed, and moves its major tag', async () => {
    const first = await commit({ alpha: '0.2.0', beta: '1.4.1' }, { alpha: 'a1', beta: 'b1' }, 'first');
    applyPlan(repo, planTags(repo, ACTIONS));
    // A commit that changes nothing of beta's bundle, and releases alpha 0.3.0 with a new bundle.
    const second = await commit({ alpha: '0.3.0', beta: '1.4.1' }, { alpha: 'a2' }, 'alpha 0.3.0');
    const plan = planTags(repo, ACTIONS);
    expect(plan).toEqual({
      create: [{ tag: 'alpha/v0.3.0', target: second }],
      move: [{ tag: 'alpha/v0', target: second, from: first }],
      problems: [],
    });
    applyPlan(repo, plan);
    expect([tagged('alpha/v0.2.0'), tagged('alpha/v0'), tagged('beta/v1')]).toEqual([first, second, first]);
  });

  it('never retags a released version onto a different dist/: the plan fails and nothing is applied', async () => {
    await commit({ alpha: '0.2.0', beta: '1.4.1' }, { alpha: 'a1', beta: 'b1' }, 'first');
    applyPlan(repo, planTags(repo, ACTIONS));
    await commit({ alpha: '0.2.0', beta: '1.4.1' }, { beta: 'b2' }, 'beta bundle changed without a bump');
    const plan = planTags(repo, ACTIONS);
    expect(plan.problems).toEqual([
      'beta: dist/beta/ differs from the release beta/v1.4.1; a released version is never retagged: bump the version (and its changelog)',
    ]);
    expect(() => applyPlan(repo, plan)).toThrow('release-tags: not applied');
  });

  it('refuses a version below the newest release, and leaves a newer major line’s tag where it is', async () => {
    const first = await commit({ alpha: '1.0.0', beta: '1.4.1' }, { alpha: 'a1', beta: 'b1' }, 'first');
    applyPlan(repo, planTags(repo, ACTIONS));
    const two = await commit({ alpha: '2.0.0', beta: '1.4.1' }, { alpha: 'a2' }, 'alpha 2.0.0');
    applyPlan(repo, planTags(repo, ACTIONS));
    expect([tagged('alpha/v1'), tagged('alpha/v2')]).toEqual([first, two]);

    await commit({ alpha: '0.9.0', beta: '1.4.1' }, { alpha: 'a3' }, 'a lower version');
    expect(planTags(repo, ACTIONS).problems).toEqual([
      'alpha: version 0.9.0 is lower than the released alpha/v2.0.0',
    ]);
  });

  it('pushes exact tags plainly and moves major tags with force', async () => {
    const remote = await mkdtemp(join(tmpdir(), 'release-tags-remote-'));
    try {
      execFileSync('git', ['init', '-q', '--bare', remote]);
      git('remote', 'add', 'origin', remote);
      await commit({ alpha: '0.2.0', beta: '1.4.1' }, { alpha: 'a1', beta: 'b1' }, 'first');
      applyPlan(repo, planTags(repo, ACTIONS), 'origin');
      const second = await commit({ alpha: '0.2.1', beta: '1.4.1' }, { alpha: 'a2' }, 'alpha 0.2.1');
      applyPlan(repo, planTags(repo, ACTIONS), 'origin');
      const remoteTag = (tag: string) =>
        execFileSync('git', ['rev-parse', `${tag}^{commit}`], { cwd: remote, encoding: 'utf8' }).trim();
      expect([remoteTag('alpha/v0.2.1'), remoteTag('alpha/v0')]).toEqual([second, second]);
    } finally {
      await rm(remote, { recursive: true, force: true });
    }
  });
});
