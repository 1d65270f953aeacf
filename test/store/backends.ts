// The databases the store suites run on: a temporary SQLite file always, and a fresh
// PostgreSQL database when CONCORD_TEST_PG names a server (dropped afterwards).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface TestDatabase {
  readonly location: string;
  drop(): Promise<void>;
}

export interface Backend {
  readonly name: 'sqlite' | 'postgres';
  /** Why the suite is skipped on this backend, or false. */
  readonly skip: string | false;
  create(): Promise<TestDatabase>;
}

const PG = process.env['CONCORD_TEST_PG'];

export const backends: readonly Backend[] = [
  {
    name: 'sqlite',
    skip: false,
    async create() {
      const dir = mkdtempSync(join(tmpdir(), 'concord-store-'));
      return { location: join(dir, 'test.sqlite'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'postgres',
    skip: PG === undefined || PG === '' ? 'CONCORD_TEST_PG is not set (e.g. postgres://postgres@127.0.0.1:54329/postgres); PostgreSQL run skipped' : false,
    async create() {
      const name = `concord_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: PG });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(PG ?? '');
      url.pathname = `/${name}`;
      return {
        location: url.toString(),
        async drop() {
          const client = new pg.Client({ connectionString: PG });
          await client.connect();
          await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await client.end();
        },
      };
    },
  },
];
