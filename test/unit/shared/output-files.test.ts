import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { writeOutputFile } from '../../../src/shared/output-files.js';

describe('writeOutputFile', () => {
  it('writes indented JSON under $RUNNER_TEMP/<action>/ through the redactor, and answers the path', async () => {
    const temp = await mkdtemp(join(tmpdir(), 'output-files-'));
    try {
      const path = await writeOutputFile({
        env: { RUNNER_TEMP: temp },
        action: 'demo-action',
        name: 'plan-dev',
        document: { token: 's3cret-value', n: 1 },
        redact: (text) => text.replace('s3cret-value', '***'),
      });
      expect(path).toBe(join(temp, 'demo-action', 'plan-dev.json'));
      expect(await readFile(path, 'utf8')).toBe('{\n  "token": "***",\n  "n": 1\n}\n');
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  });
});
