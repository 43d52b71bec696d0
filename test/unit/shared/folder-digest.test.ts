import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { contentDigest, digestFolder } from '../../../src/shared/folder-digest.js';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('contentDigest', () => {
  it('is the digest of the files in path order, whatever order they are listed in', () => {
    const files = [
      { path: 'a/x.txt', sha256: sha('x') },
      { path: 'a-b.txt', sha256: sha('ab') },
      { path: 'MLmodel', sha256: sha('m') },
    ];
    const expected = createHash('sha256')
      .update(`MLmodel\0${sha('m')}\na-b.txt\0${sha('ab')}\na/x.txt\0${sha('x')}\n`)
      .digest('hex');
    expect(contentDigest(files)).toBe(expected);
    expect(contentDigest([...files].reverse())).toBe(expected);
  });

  it('changes with a file name or a byte', () => {
    const base = contentDigest([{ path: 'model.pkl', sha256: sha('1') }]);
    expect(contentDigest([{ path: 'model.bin', sha256: sha('1') }])).not.toBe(base);
    expect(contentDigest([{ path: 'model.pkl', sha256: sha('2') }])).not.toBe(base);
  });
});

describe('digestFolder', () => {
  it('digests a nested folder the way a blob listing of its copy is digested (paths in code-unit order)', async () => {
    const root = await mkdtemp(join(tmpdir(), 'digest-'));
    const folder = join(root, 'model');
    await mkdir(join(folder, 'a'), { recursive: true });
    await writeFile(join(folder, 'a', 'x.txt'), 'x');
    await writeFile(join(folder, 'a-b.txt'), 'ab');
    const content = await digestFolder(folder, 'model');
    // A directory walk visits a/x.txt before a-b.txt; a listing of blob names gives a-b.txt first ('-' < '/').
    expect(content.files.map((file) => file.path)).toEqual(['a/x.txt', 'a-b.txt']);
    expect(content.digest).toBe(
      contentDigest([
        { path: 'a-b.txt', sha256: sha('ab') },
        { path: 'a/x.txt', sha256: sha('x') },
      ]),
    );
  });

  it('digests a single file under its own name', async () => {
    const root = await mkdtemp(join(tmpdir(), 'digest-'));
    await writeFile(join(root, 'input.csv'), 'a,b\n1,2\n');
    const content = await digestFolder(join(root, 'input.csv'), 'input.csv');
    expect(content.name).toBe('input.csv');
    expect(content.digest).toBe(contentDigest([{ path: 'input.csv', sha256: sha('a,b\n1,2\n') }]));
  });
});
