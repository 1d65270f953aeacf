// Controls the signed-in role may not use are shown disabled: the gate is the container
// itself, a <div> (or the element named) when the role may, a disabled <fieldset> (which
// disables every button and field inside it) with a line that says who may, when not.
import type { CSSProperties, ReactNode } from 'react';
import type { Abilities } from '../../../src/server/auth/api.ts';
import { useAbilities } from '../state/session.tsx';

const WHO: Record<'decide' | 'manage', string> = {
  decide: 'Only a reviewer or an admin can decide; you can read and export.',
  manage: 'Only an admin can change this.',
};

export interface RoleGateProps {
  readonly ability: keyof Pick<Abilities, 'decide' | 'manage'>;
  readonly children: ReactNode;
  /** The container when allowed; a fragment when absent. */
  readonly as?: 'div' | 'section';
  readonly className?: string;
  readonly style?: CSSProperties;
  /** No explaining line (the controls sit in a list). */
  readonly quiet?: boolean;
  readonly 'aria-label'?: string;
}

export function RoleGate({ ability, children, as, className, style, quiet = false, 'aria-label': label }: RoleGateProps) {
  const allowed = useAbilities()[ability];
  const attributes = { ...(className === undefined ? {} : { className }), ...(style === undefined ? {} : { style }), ...(label === undefined ? {} : { 'aria-label': label }) };
  if (allowed) {
    if (as === 'section') return <section {...attributes}>{children}</section>;
    if (as === 'div') return <div {...attributes}>{children}</div>;
    return <>{children}</>;
  }
  return (
    <fieldset disabled {...attributes} className={`role-gate${className === undefined ? '' : ` ${className}`}`} data-testid={`role-gate-${ability}`}>
      {!quiet && <p className="muted small role-gate-note">{WHO[ability]}</p>}
      {children}
    </fieldset>
  );
}
