// The exchange formats of a project's export: a REFI-QDA project that names who decided each coding
// and carries the reviewers' notes, and the Akoma Ntoso files (one per document) in one zip.
import JSZip from 'jszip';
import type { MappingRun } from '../../pipeline/types.ts';
import type { QdpxProvenance } from '../../renderers/qdpx/index.ts';
import type { ExportFormat } from '../api-types.ts';
import type { ProjectState } from '../project/state.ts';
import { reviewedRun } from './reviewed-run.ts';
import { confirmedTopics, inForce } from '../review/fold.ts';

export const AKN_ZIP_NAME = 'akoma-ntoso.zip';

/** The reviewed run with the documents' models, which the exchange formats export whole. */
function exchangeRun(state: ProjectState): MappingRun {
  const outcome = state.outcomeDocument?.model;
  return { ...reviewedRun(state), models: { reports: state.reports.map((r) => r.model), ...(outcome === undefined ? {} : { outcome }) } };
}

/** Who decided what, from the decision log: the reviewers, the last reviewer to accept or add each topic, and every note. */
export function provenanceOf(state: ProjectState): QdpxProvenance {
  const reviewers = new Set<string>();
  const coded = new Map<string, { reviewer: string; at: string }>();
  const notes: { recommendationId: string; text: string; reviewer: string; at: string }[] = [];
  const events = [...state.reviews.values()].flatMap((review) => review.events).sort((a, b) => a.seq - b.seq);
  for (const e of events) {
    const reviewer = e.reviewer ?? 'unnamed reviewer';
    reviewers.add(reviewer);
    // A decision taken back by an undo coded nothing.
    const review = state.reviews.get(e.rec_id);
    if (review !== undefined && !inForce(review, e)) {
      if (e.note !== null && e.note.trim() !== '') notes.push({ recommendationId: e.rec_id, text: e.note, reviewer, at: e.created_at });
      continue;
    }
    if ((e.action === 'accept-topic' || e.action === 'add-topic') && e.topic !== null) coded.set(`${e.rec_id}\u0000${e.topic}`, { reviewer, at: e.created_at });
    if (e.action === 'confirm') {
      for (const id of confirmedTopics(e)) coded.set(`${e.rec_id}\u0000${id}`, { reviewer, at: e.created_at });
    }
    if (e.note !== null && e.note.trim() !== '') notes.push({ recommendationId: e.rec_id, text: e.note, reviewer, at: e.created_at });
  }
  return { reviewers: [...reviewers].sort(), codedBy: (recommendationId, topicId) => coded.get(`${recommendationId}\u0000${topicId}`), notes };
}

/** The files of the exchange formats asked for (qdpx, akn), each tagged with its format. */
export async function exchangeFiles(state: ProjectState, formats: readonly ExportFormat[]): Promise<{ format: 'qdpx' | 'akn'; name: string; bytes: Uint8Array }[]> {
  const files: { format: 'qdpx' | 'akn'; name: string; bytes: Uint8Array }[] = [];
  if (!formats.includes('qdpx') && !formats.includes('akn')) return files;
  const run = exchangeRun(state);
  if (formats.includes('qdpx')) {
    const { renderQdpx } = await import('../../renderers/qdpx/index.ts');
    files.push({ format: 'qdpx', name: 'mapping.qdpx', bytes: await renderQdpx(run, provenanceOf(state)) });
  }
  if (formats.includes('akn')) {
    const { renderAkn } = await import('../../renderers/akn/index.ts');
    const zip = new JSZip();
    const date = new Date(run.generatedAt);
    for (const file of renderAkn(run)) zip.file(file.name, file.bytes, { date });
    files.push({ format: 'akn', name: AKN_ZIP_NAME, bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', platform: 'UNIX' }) });
  }
  return files;
}
