// The permission table: every route of the API contract needs the role the README says.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { neededRole } from '../../src/server/auth/roles.ts';

describe('the role each API route needs', () => {
  it('lets a viewer read every view and download every export', () => {
    for (const path of ['/projects', '/projects/1', '/projects/1/matrix', '/projects/1/narrative', '/projects/1/recommendations/A%2FCONF.234%2FRPM.5%2F1%2328c', '/projects/1/history', '/projects/1/search', '/projects/1/trace', '/projects/1/export/docx', '/projects/1/export/review-log', '/codebooks', '/projects/1/documents/2']) {
      assert.equal(neededRole('GET', path), 'viewer', path);
    }
  });

  it('needs a reviewer to decide on a recommendation', () => {
    assert.equal(neededRole('POST', '/projects/1/recommendations/A%2FCONF.234%2FRPM.5%2F1%2328c/decisions'), 'reviewer');
  });

  it('needs an admin for projects, documents, the outcome, the codebook and re-maps', () => {
    const cases: [string, string][] = [
      ['POST', '/projects'],
      ['DELETE', '/projects/1'],
      ['POST', '/projects/1/documents'],
      ['DELETE', '/projects/1/documents/2'],
      ['POST', '/projects/1/outcome'],
      ['PUT', '/projects/1/codebook'],
      ['POST', '/projects/1/remap'],
    ];
    for (const [method, path] of cases) assert.equal(neededRole(method, path), 'admin', `${method} ${path}`);
  });

  it('closes a state-changing route the table does not name to all but admins', () => {
    assert.equal(neededRole('POST', '/projects/1/assignments'), 'admin');
    assert.equal(neededRole('PATCH', '/anything/new'), 'admin');
  });
});
