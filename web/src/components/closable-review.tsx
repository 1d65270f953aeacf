// The review panel of one recommendation with a "Close" button above it, as the
// narrative, search and document views show it beside their lists.
import { useAbilities } from '../state/session.tsx';
import { ReviewPanel } from './review-panel.tsx';
import { RoleGate } from './role-gate.tsx';

export function ClosableReview({ rid, onClose, showLinks = true }: { rid: string; onClose: () => void; showLinks?: boolean }) {
  const canDecide = useAbilities().decide;
  return (
    <>
      <div className="row" style={{ marginBottom: 6 }}>
        <span className="spacer" />
        <button className="small ghost" onClick={onClose}>
          Close ✕
        </button>
      </div>
      <RoleGate ability="decide">
        <ReviewPanel key={rid} rid={rid} active={canDecide} showLinks={showLinks} />
      </RoleGate>
    </>
  );
}
