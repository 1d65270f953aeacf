// Renders a text with marked spans as React text and <mark> elements (no HTML from data).
import { useMemo } from 'react';
import { segmentText, type MarkSpan } from '../lib/segments.ts';

export interface HighlightedProps {
  readonly text: string;
  readonly spans: readonly MarkSpan[];
  /** Class for marks; "evidence" (topic evidence), "match" (search), "trace" (shared phrase). */
  readonly kind?: 'evidence' | 'match' | 'trace';
  /** Tag to emphasise (e.g. the topic whose evidence the reader hovers). */
  readonly focusTag?: string | undefined;
}

export function Highlighted({ text, spans, kind = 'evidence', focusTag }: HighlightedProps) {
  const segments = useMemo(() => segmentText(text, spans), [text, spans]);
  return (
    <>
      {segments.map((segment) =>
        segment.marked ? (
          <mark
            key={segment.start}
            className={`mark-${kind}${focusTag && segment.tags.includes(focusTag) ? ' mark-focus' : ''}`}
            title={segment.tags.length ? segment.tags.join(', ') : undefined}
          >
            {segment.text}
          </mark>
        ) : (
          <span key={segment.start}>{segment.text}</span>
        ),
      )}
    </>
  );
}
