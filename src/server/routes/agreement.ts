// Blind double coding (contract in ../agreement/api.ts): admins assign recommendations to two or
// more coders and close assignments; coders code and submit their own; once every coder has
// submitted (or an admin closed it) anyone may read the agreement report and disagreements, and
// an admin or the named adjudicator settles them as ordinary decisions. Origin, Host, session
// and the least role are checked before any of this (app.ts, auth/roles.ts); here: who codes what.
import type { Context, Hono } from 'hono';
import { allCodings, closeAssignment, codedCounts, codingsOf, createAssignment, getAssignment, listAssignments, saveCoding, submitCodings } from '../../store/assignments.ts';
import type { Assignment } from '../../store/assignments.ts';
import { findUser, listUsers } from '../../store/users.ts';
import { UsageError } from '../../model/errors.ts';
import { AdjudicationInputSchema, CodingInputSchema, CreateAssignmentSchema } from '../agreement/api.ts';
import type { AssignmentList, CodingView, MyCodings } from '../agreement/api.ts';
import { adjudicate } from '../agreement/adjudicate.ts';
import { reportCsv, reportXlsx } from '../agreement/export.ts';
import { buildDisagreements, buildReport } from '../agreement/report.ts';
import { selectRecommendations } from '../agreement/select.ts';
import { assignmentView, mayAdjudicate } from '../agreement/views.ts';
import { authOf } from '../auth/context.ts';
import type { SignedInUser } from '../auth/context.ts';
import { ApiError } from '../errors.ts';
import { idParam, jsonBody } from '../validate.ts';
import type { Deps } from './deps.ts';

const signedIn = (c: Context): SignedInUser | null => {
  const auth = authOf(c);
  return auth.mode === 'team' ? auth.user : null;
};

/** Blind coding needs to know who codes: team mode. */
function teamUser(c: Context): SignedInUser {
  const user = signedIn(c);
  if (user === null) throw new ApiError(409, 'team-mode-required', 'blind double coding needs team mode, so that each coder signs in as themselves: add users (concord user add NAME --role reviewer --db …) and sign in');
  return user;
}

function asCoder(c: Context, assignment: Assignment): SignedInUser {
  const user = teamUser(c);
  if (!assignment.coders.includes(user.name)) throw new ApiError(403, 'forbidden', `${user.name} is not a coder of assignment "${assignment.name}" (its coders: ${assignment.coders.join(', ')})`);
  return user;
}

const attachment = (name: string): string => `attachment; filename="${name.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80)}"`;

export function registerAgreementRoutes(api: Hono, { store, cache }: Deps): void {
  const load = async (c: Context): Promise<Assignment> => getAssignment(store, idParam(c, 'pid'), idParam(c, 'aid'));
  const view = async (c: Context, assignment: Assignment) => assignmentView(assignment, signedIn(c), await codedCounts(store, assignment.id));

  api.post('/projects/:pid/assignments', async (c) => {
    const pid = idParam(c, 'pid');
    const user = teamUser(c);
    const input = await jsonBody(c, CreateAssignmentSchema);
    for (const name of [...input.coders, ...(input.adjudicator === undefined ? [] : [input.adjudicator])]) {
      const found = await findUser(store, name);
      if (found === undefined) throw new UsageError(`no user named "${name.slice(0, 120)}": coders and the adjudicator are users of this workbench (concord user list)`);
      if (found.role === 'viewer') throw new UsageError(`${name} is a viewer: coders and the adjudicator need the reviewer or admin role`);
    }
    const state = await cache.get(pid);
    const recIds = selectRecommendations(state, input);
    const name = input.name ?? `${input.region ?? 'all regions'}: ${recIds.length} recommendations, ${input.coders.join(' and ')}`;
    const created = await createAssignment(store, pid, { name, coders: input.coders, recIds, adjudicator: input.adjudicator ?? null, createdBy: user.name });
    return c.json(await view(c, created), 201);
  });

  // Who may be named as a coder or adjudicator (for the admin's form): reviewers and admins, names only.
  api.get('/projects/:pid/coders', async (c) => {
    const user = teamUser(c);
    if (user.role !== 'admin') throw new ApiError(403, 'forbidden', `${user.name} is a ${user.role}: only an admin assigns coders`);
    const coders = (await listUsers(store)).filter((u) => u.role !== 'viewer').map((u) => ({ name: u.name, role: u.role }));
    return c.json({ coders });
  });

  api.get('/projects/:pid/assignments', async (c) => {
    const pid = idParam(c, 'pid');
    await cache.get(pid); // 404 for a project that does not exist
    const all = await listAssignments(store, pid);
    const body: AssignmentList = { assignments: await Promise.all(all.map((a) => view(c, a))) };
    return c.json(body);
  });

  api.get('/projects/:pid/assignments/:aid', async (c) => c.json(await view(c, await load(c))));

  api.post('/projects/:pid/assignments/:aid/close', async (c) => {
    const assignment = await load(c);
    await closeAssignment(store, assignment);
    return c.json(await view(c, await load(c)));
  });

  api.get('/projects/:pid/assignments/:aid/codings', async (c) => {
    const assignment = await load(c);
    const user = asCoder(c, assignment);
    const state = await cache.get(assignment.projectId);
    const mine = new Map((await codingsOf(store, assignment.id, user.name)).map((x) => [x.recId, x]));
    // The text and the coder's own choices only: no machine proposal, no other coder's topics.
    const items = assignment.recIds.flatMap((id): CodingView[] => {
      const entry = state.recs.get(id);
      if (entry === undefined) return [];
      const coding = mine.get(id);
      return [{ recommendationId: id, citation: entry.rec.citation, region: entry.region, leadIn: entry.rec.leadIn, text: entry.rec.text, topics: coding?.topics ?? null, note: coding?.note ?? null }];
    });
    const body: MyCodings = { assignment: await view(c, assignment), items };
    return c.json(body);
  });

  api.put('/projects/:pid/assignments/:aid/codings/:rid', async (c) => {
    const assignment = await load(c);
    const user = asCoder(c, assignment);
    const input = await jsonBody(c, CodingInputSchema);
    const state = await cache.get(assignment.projectId);
    const unknown = input.topics.filter((t) => !state.labels.has(t));
    if (unknown.length > 0) throw new UsageError(`unknown topic "${unknown[0]}": use a topic id of the project's codebook, e.g. ${[...state.labels.keys()][0] ?? 'A1'}`);
    const topics = [...new Set(input.topics)];
    const saved = await saveCoding(store, assignment, user.name, c.req.param('rid'), topics, input.note?.trim() ? input.note : null);
    return c.json({ recommendationId: saved.recId, topics: saved.topics, note: saved.note, codedAt: saved.codedAt });
  });

  api.post('/projects/:pid/assignments/:aid/submit', async (c) => {
    const assignment = await load(c);
    const user = asCoder(c, assignment);
    await submitCodings(store, assignment, user.name);
    return c.json(await view(c, await load(c)));
  });

  const complete = async (c: Context) => {
    const assignment = await load(c);
    const codings = await allCodings(store, assignment);
    const state = await cache.get(assignment.projectId);
    return { assignment, codings, state, view: await view(c, assignment) };
  };

  api.get('/projects/:pid/assignments/:aid/report', async (c) => {
    const { assignment, codings, state, view: v } = await complete(c);
    return c.json(buildReport(state, assignment, v, codings));
  });

  api.get('/projects/:pid/assignments/:aid/disagreements', async (c) => {
    const { assignment, codings, state, view: v } = await complete(c);
    return c.json(buildDisagreements(state, assignment, v, codings));
  });

  api.post('/projects/:pid/assignments/:aid/adjudications', async (c) => {
    const assignment = await load(c);
    const user = teamUser(c);
    if (!mayAdjudicate(assignment, user)) throw new ApiError(403, 'forbidden', `${user.name} may not adjudicate assignment "${assignment.name}": an admin${assignment.adjudicator === null ? '' : ` or ${assignment.adjudicator}`} may`);
    const input = await jsonBody(c, AdjudicationInputSchema);
    return c.json(await adjudicate(store, cache, assignment, user.name, input.recommendationId, [...new Set(input.topics)]), 201);
  });

  api.get('/projects/:pid/assignments/:aid/export/:format', async (c) => {
    const format = c.req.param('format');
    if (format !== 'csv' && format !== 'xlsx') throw new ApiError(404, 'not-found', `unknown export format "${format.slice(0, 20)}": use csv or xlsx`);
    const { assignment, codings, state, view: v } = await complete(c);
    const report = buildReport(state, assignment, v, codings);
    const base = `agreement-${assignment.id}`;
    if (format === 'csv') {
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', attachment(`${base}.csv`));
      return c.body(reportCsv(report));
    }
    const bytes = await reportXlsx(report, buildDisagreements(state, assignment, v, codings));
    c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    c.header('Content-Disposition', attachment(`${base}.xlsx`));
    return c.body(bytes as Uint8Array<ArrayBuffer>);
  });
}
