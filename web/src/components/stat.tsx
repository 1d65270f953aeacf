// One figure of a project's overview, with what it counts.

export function Stat({ v, k }: { v: number; k: string }) {
  return (
    <div className="stat">
      <div className="v">{v}</div>
      <div className="k">{k}</div>
    </div>
  );
}

