// `concord user …`: adds, lists and removes the users of team mode and sets their passwords.
// The actions only (options: cli/definitions/user.ts).
import { UsageError } from '../../model/errors.ts';
import { ConflictError, NotFoundError } from '../../store/errors.ts';
import { openStore } from '../../store/open.ts';
import type { Store } from '../../store/open.ts';
import { ROLES, isRole } from '../../store/users-schema.ts';
import { addUser, hasUsers, listUsers, removeUser, setPassword } from '../../store/users.ts';
import { MIN_PASSWORD_LENGTH, generatePassword, hashPassword } from '../../server/auth/password.ts';

export interface UserFlags {
  db: string;
  passwordStdin?: boolean;
}

const NAME = /^[\p{L}\p{N}](?:[\p{L}\p{N} ._@'-]{0,62}[\p{L}\p{N}._@'-])?$/u;

function checkName(name: string): string {
  if (!NAME.test(name)) {
    throw new UsageError(`user name "${name.slice(0, 80)}": expected 1 to 64 letters, digits, spaces and . _ @ ' -, starting with a letter or digit and not ending with a space, e.g. "A. Analyst" or a.analyst`);
  }
  return name;
}

async function withStore<T>(db: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db);
  try {
    return await work(store);
  } catch (error) {
    // A name taken or unknown is the user's mistake on the command line.
    if (error instanceof ConflictError || error instanceof NotFoundError) throw new UsageError(error.message);
    throw error;
  } finally {
    await store.close();
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** The password to set: read from stdin when asked, else generated (and printed by the caller). */
async function newPassword(flags: UserFlags): Promise<{ password: string; generated: boolean }> {
  if (flags.passwordStdin !== true) return { password: generatePassword(), generated: true };
  const password = await readStdin();
  if ([...password].length < MIN_PASSWORD_LENGTH) throw new UsageError(`the password read from standard input has ${[...password].length} characters: expected at least ${MIN_PASSWORD_LENGTH}`);
  return { password, generated: false };
}

export async function runUserAdd(name: string, flags: UserFlags & { role: string }): Promise<void> {
  checkName(name);
  if (!isRole(flags.role)) throw new UsageError(`--role ${flags.role}: expected one of ${ROLES.join(', ')}`);
  const role = flags.role;
  const { password, generated } = await newPassword(flags);
  const hash = await hashPassword(password);
  await withStore(flags.db, async (store) => {
    const first = !(await hasUsers(store));
    await addUser(store, name, role, hash);
    console.log(`Added user "${name}" (${role}) to ${store.location}.`);
    if (first) console.log('The store now has a user: the workbench is in team mode, and every request needs a sign-in.');
  });
  if (generated) {
    console.log(`Initial password, shown once (change it with: concord user passwd ${quoted(name)}):`);
    console.log(password);
  }
}

export async function runUserPasswd(name: string, flags: UserFlags): Promise<void> {
  const { password, generated } = await newPassword(flags);
  const hash = await hashPassword(password);
  await withStore(flags.db, (store) => setPassword(store, name, hash));
  console.log(`Password of "${name}" changed; their sessions have ended.`);
  if (generated) {
    console.log('New password, shown once:');
    console.log(password);
  }
}

export async function runUserList(flags: UserFlags): Promise<void> {
  const users = await withStore(flags.db, (store) => listUsers(store));
  if (users.length === 0) {
    console.log('No users: the workbench is single-user (loopback only, no sign-in).');
    return;
  }
  const rows = [['name', 'role', 'created', 'last sign-in'], ...users.map((u) => [u.name, u.role, u.created_at.slice(0, 16).replace('T', ' '), u.last_sign_in_at?.slice(0, 16).replace('T', ' ') ?? 'never'])];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length))) ?? [];
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd());
}

export async function runUserRemove(name: string, flags: UserFlags): Promise<void> {
  const left = await withStore(flags.db, async (store) => {
    await removeUser(store, name);
    return hasUsers(store);
  });
  console.log(`Removed user "${name}" and ended their sessions; their decisions keep their name.`);
  if (!left) console.log('No users are left: the workbench is single-user again (loopback only, no sign-in).');
}

const quoted = (name: string): string => (/^[\w.@-]+$/.test(name) ? name : `"${name}"`);
