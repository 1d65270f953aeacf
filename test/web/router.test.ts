import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHash, routeHref } from '../../web/src/lib/router.ts';

describe('the hash router', () => {
  it('reads a project view and its query', () => {
    const route = parseHash('#/p/3/matrix?region=Europe');
    assert.equal(route.projectId, '3');
    assert.equal(route.view, 'matrix');
    assert.equal(route.params.get('region'), 'Europe');
    assert.equal(parseHash(routeHref('3', 'search', { q: 'of' })).view, 'search');
  });

  it('opens the Overview for a project address without a view', () => {
    assert.equal(parseHash('#/p/3').view, 'overview');
    assert.equal(parseHash('#/p/3/').view, 'overview');
  });

  it('says "no such view" for a mistyped view instead of showing the Overview', () => {
    const route = parseHash('#/p/3/matrx?region=Europe');
    assert.equal(route.view, 'no-such-view');
    assert.equal(route.unknown, 'matrx');
    assert.equal(route.projectId, '3');
    assert.equal(parseHash('#/p/3/review/extra').view, 'no-such-view');
    assert.deepEqual([parseHash('#/projcts').view, parseHash('#/projcts').unknown], ['no-such-view', 'projcts']);
  });

  it('shows the projects for the bare address', () => {
    for (const hash of ['', '#', '#/']) assert.equal(parseHash(hash).view, 'projects');
  });
});
