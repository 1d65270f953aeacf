// The review panel of one recommendation with a "Close" button above it, as the
// narrative, search and document views show it beside their lists.
import { ReviewPanel } from './review-panel.tsx';

export function ClosableReview({ rid, onClose, showLinks = true }: { rid: string; onClose: () => void; showLinks?: boolean }) {
  return (
    <>
      <div className="row" style={{ marginBottom: 6 }}>
        <span className="spacer" />
        <button className="small ghost" onClick={onClose}>
          Close ✕
        </button>
      </div>
      <ReviewPanel key={rid} rid={rid} active showLinks={showLinks} />
    </>
  );
}
