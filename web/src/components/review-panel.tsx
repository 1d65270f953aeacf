// One recommendation under review: its text with evidence marked, the topics to accept,
// reject or add, a note that saves itself, trace links, disagreements, conflicts with
// another reviewer's decision, undo and the audit trail.
// Keyboard (when active): a accept, r reject, t add topic, n note, c confirm all, u undo, 1-9 pick a topic.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DecisionInput, RecommendationDetail, RecommendationSummary } from '../api/types.ts';
import { firstUndecided, topicRows, type TopicRow } from '../lib/review-rows.ts';
import { isTyping } from '../lib/typing.ts';
import type { MarkSpan } from '../lib/segments.ts';
import { describe, useProjectData, type DecisionStatus } from '../state/project-data.tsx';
import { DisagreementAlert, remappedDisagreements } from './disagreement-alert.tsx';
import { Highlighted } from './highlighted.tsx';
import { ReviewHistory } from './review-history.tsx';
import { SaveState, TraceBadge } from './save-state.tsx';
import { LinkEditor } from './link-editor.tsx';
import { TopicChip } from './topic-chip.tsx';
import { TopicPicker } from './topic-picker.tsx';
import { ConflictAlert } from './review-panel-conflict.tsx';

/** A note is saved once typing pauses this long (and on leaving the field or the recommendation). */
const NOTE_SAVE_DELAY_MS = 700;

export interface ReviewPanelProps {
  readonly rid: string;
  /** Listens to the review keys when true (one panel at a time). */
  readonly active?: boolean;
  readonly showLinks?: boolean;
  readonly selected?: boolean;
}

/** The decision an undo takes back, in a few words ("accept B2"). */
function historyWords(e: { action: string; topic: string | null; paragraph: number | null; strength: string | null }): string {
  const target = e.topic !== null ? ` ${e.action === 'confirm' ? '' : e.topic}` : e.paragraph !== null ? ` para. ${e.paragraph}` : '';
  const verb: Record<string, string> = {
    'accept-topic': 'accept',
    'reject-topic': 'reject',
    'add-topic': 'add',
    confirm: 'confirm all',
    'add-link': 'link',
    'remove-link': 'unlink',
    'set-link-strength': `make ${e.strength ?? ''}`,
  };
  return `${verb[e.action] ?? e.action}${target}`.trim();
}

export function ReviewPanel({ rid, active = false, showLinks = true, selected = false }: ReviewPanelProps) {
  const data = useProjectData();
  const summary = data.recById.get(rid);
  const detail = data.details.get(rid);
  const rec: RecommendationSummary | RecommendationDetail | undefined = detail ?? summary;
  const rows = useMemo(() => (rec ? topicRows(rec) : []), [rec]);
  const [cursor, setCursor] = useState(0);
  const [focusTag, setFocusTag] = useState<string | undefined>(undefined);
  const [picking, setPicking] = useState(false);
  const [note, setNote] = useState('');
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const statuses = data.statuses.get(rid) ?? [];
  // The note as last saved (or loaded): typing away from it schedules a save of its own.
  const savedNote = useRef('');
  const noteNow = useRef('');
  noteNow.current = note;
  const noteTimer = useRef<number | undefined>(undefined);
  const decideRef = useRef(data.decide);
  decideRef.current = data.decide;
  const saveNote = () => {
    window.clearTimeout(noteTimer.current);
    noteTimer.current = undefined;
    const text = noteNow.current.trim();
    if (text === savedNote.current) return;
    savedNote.current = text;
    void decideRef.current(rid, { action: 'note', note: text });
  };
  // Leaving the recommendation (j/k, another view, closing) saves a note still being typed.
  useEffect(() => () => saveNote(), [rid]);

  // Load the detail (history, links, decisions) when missing: first view, or after a refresh.
  useEffect(() => {
    if (!detail) void data.loadDetail(rid);
  }, [rid, detail === undefined]);
  // Layout effects: the row painted as the cursor is the row the keyboard acts on, from the first paint.
  useLayoutEffect(() => {
    setCursor(firstUndecided(rows));
  }, [rid, detail !== undefined]);
  // The saved note as the server has it (also when a save sent on leaving arrives after coming
  // back), unless the reviewer is typing one.
  const loadedNote = detail?.note?.text ?? '';
  useLayoutEffect(() => {
    if (noteTimer.current !== undefined || noteNow.current.trim() !== savedNote.current) return;
    savedNote.current = loadedNote;
    if (noteNow.current.trim() !== loadedNote) setNote(loadedNote);
  }, [rid, loadedNote]);

  const act = async (input: DecisionInput, nextCursorAfter?: number) => {
    // A note typed just before is saved first (decisions on a recommendation go in order).
    if (noteTimer.current !== undefined) saveNote();
    const ok = await data.decide(rid, input);
    if (ok && nextCursorAfter !== undefined) setCursor((c) => (c === nextCursorAfter ? firstUndecided(rowsRef.current, c) : c));
  };
  const undo = () => {
    if (detail?.undoable) void act({ action: 'undo' });
  };
  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  const accept = (row: TopicRow | undefined, index: number) => {
    if (!row || row.status === 'accepted' || row.status === 'added') return;
    void act({ action: 'accept-topic', topic: row.id }, index);
  };
  const reject = (row: TopicRow | undefined, index: number) => {
    if (!row || row.status === 'rejected') return;
    void act({ action: 'reject-topic', topic: row.id }, index);
  };

  useLayoutEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || e.defaultPrevented) return;
      const row = rows[cursor];
      if (e.key === 'a') accept(row, cursor);
      else if (e.key === 'r') reject(row, cursor);
      else if (e.key === 't') setPicking(true);
      else if (e.key === 'n') noteRef.current?.focus();
      else if (e.key === 'c') void act({ action: 'confirm' });
      else if (e.key === 'u') undo();
      else if (/^[1-9]$/.test(e.key) && Number(e.key) <= rows.length) setCursor(Number(e.key) - 1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!rec) return <div className="empty">Recommendation {rid} is not in this project.</div>;

  const spans: MarkSpan[] = rows
    .filter((r) => r.status !== 'rejected')
    .flatMap((r) => r.evidence.map((e) => ({ start: e.start, end: e.end, tag: r.id })));
  const statusOf = (key: string): DecisionStatus | undefined => statuses.find((s) => s.key === key);
  const pendingConfirm = statusOf('confirm');
  const noteStatus = statusOf('note');
  const conflict = data.conflicts.get(rid);
  const disagreements = detail ? remappedDisagreements(detail, data.project?.mappedAt ?? null) : [];

  return (
    <article className={`rec${selected ? ' selected' : ''}`} aria-label={`Recommendation ${rec.citation}`} data-rid={rid}>
      <header className="rec-head">
        <span className="rec-cite">{rec.citation}</span>
        {rec.region && <span className="rec-region">{rec.region}</span>}
        <span className="spacer" />
        {rec.lowConfidence && <span className="badge warn">low confidence</span>}
        {rec.traceStatus && <TraceBadge status={rec.traceStatus} />}
        <span className={`badge ${rec.reviewState === 'reviewed' ? 'ok' : ''}`}>{rec.reviewState}</span>
      </header>
      {rec.section.length > 0 && <div className="rec-section">{rec.section.join(' › ')}</div>}
      {rec.leadIn && <div className="rec-leadin">{rec.leadIn}</div>}
      <div className="rec-text">
        <Highlighted text={rec.text} spans={spans} focusTag={focusTag} />
      </div>

      <div className="topic-rows" role="list" aria-label="Topics">
        {rows.length === 0 && <div className="muted small" style={{ padding: '8px 0' }}>No topic proposed. Add one with <kbd>t</kbd>.</div>}
        {rows.map((row, i) => {
          const st = statusOf(`topic:${row.id}`);
          const topic = data.topicById.get(row.id);
          return (
            <div
              key={row.id}
              role="listitem"
              className="topic-row"
              data-topic={row.id}
              data-status={row.status}
              data-cursor={active && i === cursor ? 'true' : undefined}
              onMouseEnter={() => setFocusTag(row.id)}
              onMouseLeave={() => setFocusTag(undefined)}
              style={active && i === cursor ? { boxShadow: 'inset 3px 0 0 var(--un-blue)', paddingLeft: 8 } : undefined}
            >
              <div>
                <div className="row">
                  {active && rows.length > 1 && <kbd title={`Press ${i + 1} to select`}>{i + 1}</kbd>}
                  <TopicChip id={row.id} topic={topic} status={row.status} low={row.lowConfidence} />
                </div>
                <div className="meta">
                  {row.status === 'proposed' && 'Proposed'}
                  {row.status === 'accepted' && 'Accepted'}
                  {row.status === 'rejected' && 'Rejected'}
                  {row.status === 'added' && 'Added by a reviewer'}
                  {row.score !== null && <> · score <span className="score">{row.score.toFixed(2)}</span></>}
                  {row.lowConfidence && ' · low confidence'}
                  {row.evidence.length > 0 && <> · evidence: {row.evidence.map((e) => `“${e.text}”`).join(', ')}</>}
                  {!row.machine && row.status === 'rejected' && ' · no longer proposed'}
                </div>
              </div>
              <div className="actions">
                <SaveState status={st} />
                <button
                  className="accept small"
                  aria-label={`Accept ${row.id}`}
                  disabled={row.status === 'accepted' || row.status === 'added' || st?.state === 'pending'}
                  onClick={() => accept(row, i)}
                >
                  ✓ Accept{active && i === cursor && <kbd>a</kbd>}
                </button>
                <button
                  className="reject small"
                  aria-label={`Reject ${row.id}`}
                  disabled={row.status === 'rejected' || st?.state === 'pending'}
                  onClick={() => reject(row, i)}
                >
                  ✕ Reject{active && i === cursor && <kbd>r</kbd>}
                </button>
              </div>
            </div>
          );
        })}
      </div>

      <div className="row" style={{ marginTop: 10 }}>
        <button className="small" onClick={() => setPicking(true)}>
          + Add topic{active && <kbd>t</kbd>}
        </button>
        <button className="small" onClick={() => void act({ action: 'confirm' })} disabled={pendingConfirm?.state === 'pending'} title="Accept every proposed topic and mark reviewed">
          Confirm all as proposed{active && <kbd>c</kbd>}
        </button>
        <SaveState status={pendingConfirm} />
        {detail?.undoable && (
          <button className="small ghost" onClick={undo} disabled={statusOf('undo')?.state === 'pending'} title="Take back the latest decision on this recommendation">
            ↶ Undo: {historyWords(detail.undoable)}
            {active && <kbd>u</kbd>}
          </button>
        )}
        <SaveState status={statusOf('undo')} />
        {statuses
          .filter((s) => s.key.startsWith('topic:') && !rows.some((r) => `topic:${r.id}` === s.key))
          .map((s) => (
            <SaveState key={s.key} status={s} label={describe(s.input)} />
          ))}
      </div>
      <ConflictAlert
        conflict={conflict}
        onDecideAgain={() => conflict && void act(conflict.input)}
        onDismiss={() => data.dismissConflict(rid)}
      />
      <label className="field" style={{ marginTop: 10 }}>
        <span>
          Note {active && <kbd>n</kbd>} <span className="muted">(saved as you type)</span>{' '}
          {noteStatus && note.trim() === savedNote.current && <SaveState status={noteStatus} label={noteStatus.state === 'saved' ? 'note' : ''} />}
          {detail?.note && detail.note.reviewer && <span className="muted small"> · last written by {detail.note.reviewer}</span>}
        </span>
        <textarea
          ref={noteRef}
          rows={2}
          value={note}
          aria-label="Note"
          placeholder="Why? (optional)"
          onChange={(e) => {
            setNote(e.target.value);
            window.clearTimeout(noteTimer.current);
            noteTimer.current = window.setTimeout(saveNote, NOTE_SAVE_DELAY_MS);
          }}
          onBlur={saveNote}
          onKeyDown={(e) => {
            if (e.key === 'Escape') (e.target as HTMLTextAreaElement).blur();
          }}
        />
      </label>

      <DisagreementAlert disagreements={disagreements} />

      {showLinks && detail && data.project?.hasOutcome && <LinkEditor detail={detail} onDecide={(input) => act(input)} statuses={statuses} />}

      {detail && <ReviewHistory history={detail.history} />}

      <TopicPicker
        open={picking}
        topics={data.topics}
        exclude={rows.filter((r) => r.status !== 'rejected').map((r) => r.id)}
        onClose={() => setPicking(false)}
        onPick={(t) => {
          setPicking(false);
          void act({ action: 'add-topic', topic: t.id });
        }}
      />
    </article>
  );
}
