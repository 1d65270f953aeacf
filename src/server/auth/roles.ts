// Who may do what, in one table: viewers read and export, reviewers also decide, admins
// also create projects, upload and replace documents, re-map and manage codebooks.
// A state-changing route the table does not name needs an admin: new routes are closed
// until someone opens them here.
import type { Role } from '../../store/users-schema.ts';

const RANK: Record<Role, number> = { viewer: 0, reviewer: 1, admin: 2 };

export function roleAllows(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

interface Rule {
  readonly methods: readonly string[];
  /** A path under /api, ":x" one segment, "*" the rest. */
  readonly path: string;
  readonly role: Role;
}

const READ = ['GET', 'HEAD'];
const CHANGE = ['POST', 'PUT', 'PATCH', 'DELETE'];

export const PERMISSIONS: readonly Rule[] = [
  { methods: READ, path: '*', role: 'viewer' }, // every view, the history, every export
  { methods: CHANGE, path: '/projects/:pid/recommendations/:rid/*', role: 'reviewer' }, // decisions (and notes, undo)
  { methods: CHANGE, path: '/projects/:pid/decisions/*', role: 'reviewer' },
  { methods: ['POST'], path: '/projects/:pid/jobs/export', role: 'viewer' }, // an export, run as a job
  { methods: ['POST'], path: '/jobs/:jid/cancel', role: 'viewer' }, // the job route checks its kind's role
  // Blind double coding: a coder codes and submits (the route checks it is one of the assignment's), an adjudicator settles.
  { methods: CHANGE, path: '/projects/:pid/assignments/:aid/codings/:rid', role: 'reviewer' },
  { methods: CHANGE, path: '/projects/:pid/assignments/:aid/submit', role: 'reviewer' },
  { methods: CHANGE, path: '/projects/:pid/assignments/:aid/adjudications', role: 'reviewer' },
  { methods: CHANGE, path: '*', role: 'admin' }, // projects, documents, outcome, codebook, re-map
];

const compile = (path: string): RegExp =>
  new RegExp(`^${path.split('/').map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}$`);
const compiled = PERMISSIONS.map((rule) => ({ ...rule, regex: compile(rule.path) }));

/** The least role a request needs (path relative to /api). */
export function neededRole(method: string, path: string): Role {
  const upper = method.toUpperCase();
  return compiled.find((rule) => rule.methods.includes(upper) && rule.regex.test(path))?.role ?? 'admin';
}

/** What a role may do, for the web app to hide what it may not. */
export function abilities(role: Role): { read: true; export: true; decide: boolean; manage: boolean } {
  return { read: true, export: true, decide: roleAllows(role, 'reviewer'), manage: roleAllows(role, 'admin') };
}
