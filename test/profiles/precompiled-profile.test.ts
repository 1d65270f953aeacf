// The shipped report profiles precompiled when Concord is built: read back, each is the data its YAML
// gives once checked, and an edited YAML is read again rather than its stale precompiled form.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkedProfile, precompileShippedProfiles, shippedProfiles } from '../../src/profiles/load-profile.ts';
import { readPrecompiledProfile } from '../../src/profiles/precompiled-profile.ts';

const dir = mkdtempSync(join(tmpdir(), 'concord-profiles-'));
const written = precompileShippedProfiles(dir);
const yamlOf = (name: string): string => readFileSync(fileURLToPath(new URL(`../../profiles/${name}.yaml`, import.meta.url)), 'utf8');

describe('the precompiled shipped report profiles', () => {
  it('are written for every shipped profile', () => {
    assert.deepEqual(written, shippedProfiles().map((name) => join(dir, `${name}.json`)));
    assert.ok(shippedProfiles().includes('rpm') && shippedProfiles().includes('upr-working-group'));
  });

  it('read back as the very data their YAML gives once checked', () => {
    for (const name of shippedProfiles()) {
      const text = yamlOf(name);
      assert.deepStrictEqual(readPrecompiledProfile(name, text, dir), checkedProfile(`profiles/${name}.yaml`, text), name);
    }
  });

  it('are not taken once the YAML has changed, or when none was written: the YAML is read instead', () => {
    assert.equal(readPrecompiledProfile('rpm', `${yamlOf('rpm')}\n# edited\n`, dir), undefined);
    assert.equal(readPrecompiledProfile('rpm', yamlOf('rpm'), join(dir, 'none')), undefined);
  });
});
