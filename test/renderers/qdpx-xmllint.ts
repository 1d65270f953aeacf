// Validates XML files against the schemas in ../shared/schemas with a real validator,
// xmllint (Debian's libxml2-utils); tests that need it skip, saying why, when it is absent.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { sharedPath } from '../support/shared.ts';

export const XMLLINT = '/usr/bin/xmllint';

/** false when xmllint is installed, else the reason the test is skipped. */
export const skipWithoutXmllint: false | string = existsSync(XMLLINT) ? false : `${XMLLINT} is absent (install libxml2-utils)`;

/** xmllint's verdict on each file: '' when valid, else its messages. */
export function schemaErrors(schema: 'refi-qda-project-1.0.xsd' | 'akomantoso30.xsd', files: readonly string[]): string {
  const result = spawnSync(XMLLINT, ['--noout', '--nonet', '--schema', sharedPath('schemas', schema), ...files], { encoding: 'utf8' });
  return result.status === 0 ? '' : `${result.stderr}${result.error?.message ?? ''}`;
}
