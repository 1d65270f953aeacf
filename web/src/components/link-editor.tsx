// The declaration paragraphs a recommendation went into: change a link's strength, remove
// it, restore a removed one, link one of the machine's next-best candidates in one click, or
// add a link to any other paragraph. Each link shows the paragraph's text, and the list
// keeps the order it was first shown in: "Make partial" never moves a link from under the pointer.
import { useRef, useState } from 'react';
import type { DecisionInput, RecommendationDetail } from '../api/types.ts';
import type { DecisionStatus } from '../state/project-data.tsx';
import { SaveState } from './save-state.tsx';
import { clip } from '../lib/segments.ts';
import { partOf, placeKey, placeLabel, placeOfKey, removedPlace, type Place } from '../lib/paragraph-place.ts';

export interface LinkEditorProps {
  readonly detail: RecommendationDetail;
  readonly statuses: readonly DecisionStatus[];
  readonly onDecide: (input: DecisionInput) => void | Promise<void>;
  /** The declaration's paragraphs, when known (the preamble's first): offered by place and opening words. */
  readonly paragraphs?: readonly { readonly number: number; readonly part?: 'preamble' | 'operative' | undefined; readonly text: string }[];
}

export function LinkEditor({ detail, statuses, onDecide, paragraphs }: LinkEditorProps) {
  const [paragraph, setParagraph] = useState('');
  const [strength, setStrength] = useState<'strong' | 'partial'>('partial');
  const statusOf = (place: Place) => statuses.find((s) => s.key === `link:${placeKey(place)}`);
  // A paragraph chosen from the list is a place key ("23", "preamble-3"); one typed is an operative number.
  const chosen = placeOfKey(paragraph.trim());
  const valid = chosen !== undefined;
  // The order links were first shown in, per recommendation; links added later go last.
  const order = useRef<{ rid: string; paragraphs: string[] }>({ rid: detail.id, paragraphs: [] });
  if (order.current.rid !== detail.id) order.current = { rid: detail.id, paragraphs: [] };
  for (const link of detail.links) if (!order.current.paragraphs.includes(placeKey(link))) order.current.paragraphs.push(placeKey(link));
  const rank = (place: Place): number => order.current.paragraphs.indexOf(placeKey(place));
  const links = [...detail.links].sort((a, b) => rank(a) - rank(b));
  return (
    <section className="links" style={{ marginTop: 12 }} aria-label="Trace links">
      <h4>Taken up in the declaration</h4>
      {detail.links.length === 0 && <p className="muted small">Not taken up: no declaration paragraph is linked.</p>}
      <ul className="list">
        {links.map((link) => (
          <li key={placeKey(link)} style={{ padding: '6px 0' }} data-link={placeKey(link)}>
            <div className="row">
              <strong className="small">{link.citation}</strong>
              <span className={`badge ${link.strength === 'strong' ? 'ok' : 'info'}`}>{link.strength}</span>
              {link.status !== 'machine' && <span className="badge">{link.status === 'added' ? 'added by a reviewer' : 'changed by a reviewer'}</span>}
              {link.score !== null && <span className="score">{link.score.toFixed(2)}</span>}
              <span className="spacer" />
              <SaveState status={statusOf(link)} />
              <button
                className="small"
                onClick={() => void onDecide({ action: 'set-link-strength', paragraph: link.paragraph, ...partOf(link), strength: link.strength === 'strong' ? 'partial' : 'strong' })}
              >
                Make {link.strength === 'strong' ? 'partial' : 'strong'}
              </button>
              <button className="small reject" onClick={() => void onDecide({ action: 'remove-link', paragraph: link.paragraph, ...partOf(link) })}>
                Remove
              </button>
            </div>
            {link.outcomeText !== '' && (
              <div className="small muted link-text" style={{ marginTop: 2 }}>
                {clip(link.outcomeText, 220)}
              </div>
            )}
          </li>
        ))}
        {detail.removedLinks.map(removedPlace).map((place) => (
          <li key={`removed-${placeKey(place)}`} style={{ padding: '6px 0' }}>
            <div className="row">
              <span className="small muted" style={{ textDecoration: 'line-through' }}>
                {placeLabel(place)}
              </span>
              <span className="badge bad">removed by a reviewer</span>
              <span className="spacer" />
              <SaveState status={statusOf(place)} />
              <button className="small" onClick={() => void onDecide({ action: 'add-link', paragraph: place.paragraph, ...partOf(place), strength: 'partial' })}>
                Restore
              </button>
            </div>
          </li>
        ))}
      </ul>
      <Candidates detail={detail} statusOf={statusOf} onDecide={onDecide} />
      <form
        className="row"
        style={{ marginTop: 6 }}
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen === undefined) return;
          void onDecide({ action: 'add-link', paragraph: chosen.paragraph, ...partOf(chosen), strength });
          setParagraph('');
        }}
      >
        {paragraphs && paragraphs.length > 0 ? (
          <select aria-label="Declaration paragraph" value={paragraph} onChange={(e) => setParagraph(e.target.value)} style={{ flex: '1 1 260px', maxWidth: 420 }}>
            <option value="">Link another paragraph…</option>
            {paragraphs
              .filter((p) => !detail.links.some((l) => placeKey(l) === placeKey({ paragraph: p.number, part: p.part })))
              .map((p) => {
                const key = placeKey({ paragraph: p.number, part: p.part });
                return (
                  <option key={key} value={key}>
                    {p.part === 'preamble' ? `Preamble, para. ${p.number}` : `${p.number}.`} {clip(p.text, 90)}
                  </option>
                );
              })}
          </select>
        ) : (
          <input type="text" inputMode="numeric" aria-label="Declaration paragraph number" placeholder="Para. no." value={paragraph} onChange={(e) => setParagraph(e.target.value)} style={{ width: 90 }} />
        )}
        <select aria-label="Link strength" value={strength} onChange={(e) => setStrength(e.target.value === 'strong' ? 'strong' : 'partial')}>
          <option value="partial">partial</option>
          <option value="strong">strong</option>
        </select>
        <button className="small" type="submit" disabled={!valid}>
          Link paragraph
        </button>
      </form>
    </section>
  );
}

/** The machine's next-best paragraphs: read them and link one as partial or strong in one click. */
function Candidates({ detail, statusOf, onDecide }: Pick<LinkEditorProps, 'detail' | 'onDecide'> & { statusOf: (place: Place) => DecisionStatus | undefined }) {
  const [open, setOpen] = useState(detail.links.length === 0);
  if (detail.candidateLinks.length === 0) return null;
  return (
    <details className="candidates" open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)} aria-label="Other candidates">
      <summary className="small">
        Other candidates ({detail.candidateLinks.length}): the paragraphs ranked next, best first
      </summary>
      <ul className="list">
        {detail.candidateLinks.map((c) => (
          <li key={placeKey(c)} style={{ padding: '6px 0' }} data-candidate={placeKey(c)}>
            <div className="row">
              <strong className="small">{placeLabel(c)}</strong>
              {c.heading && <span className="muted small">{c.heading}</span>}
              <span className="score">{c.score.toFixed(2)}</span>
              <span className="spacer" />
              <SaveState status={statusOf(c)} />
              <button className="small" onClick={() => void onDecide({ action: 'add-link', paragraph: c.paragraph, ...partOf(c), strength: 'partial' })}>
                Link as partial
              </button>
              <button className="small" onClick={() => void onDecide({ action: 'add-link', paragraph: c.paragraph, ...partOf(c), strength: 'strong' })}>
                Link as strong
              </button>
            </div>
            <div className="small muted" style={{ marginTop: 2 }}>
              {clip(c.outcomeText, 220)}
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}
