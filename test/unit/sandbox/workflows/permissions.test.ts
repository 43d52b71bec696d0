import { describe, expect, it } from '@jest/globals';
import { DEFAULT_PERMISSIONS, effectivePermissions } from '../../../../src/sandbox/workflows/permissions.js';

describe('effectivePermissions', () => {
  it('takes the job’s, else the workflow’s, else the restricted default', () => {
    expect(effectivePermissions({ 'id-token': 'write' }, { contents: 'write' }, undefined)).toEqual({
      'id-token': 'write',
    });
    expect(effectivePermissions(undefined, { contents: 'write' }, undefined)).toEqual({ contents: 'write' });
    expect(effectivePermissions(undefined, undefined, undefined)).toEqual(DEFAULT_PERMISSIONS);
  });

  it('lets a called workflow keep or lower its caller’s permissions, never raise them', () => {
    const cap = { 'id-token': 'write', contents: 'read' } as const;
    expect(
      effectivePermissions({ 'id-token': 'write', contents: 'write', issues: 'write' }, undefined, cap),
    ).toEqual({
      'id-token': 'write',
      contents: 'read',
      issues: 'none',
    });
  });
});
