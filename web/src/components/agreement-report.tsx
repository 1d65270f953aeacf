// The agreement figures of a complete assignment: one table per comparison (the coders, each
// pair, each coder against the machine), per topic and overall; an undefined figure shows "—"
// with its reason.
import type { AgreementReport, FiguresView, Statistic } from '../api/agreement.ts';

function Cell({ stat, percent = false }: { stat: Statistic; percent?: boolean }) {
  if (stat.value === null) return <td title={stat.reason} className="num">—</td>;
  return <td className="num">{percent ? `${(stat.value * 100).toFixed(1)} %` : stat.value.toFixed(3)}</td>;
}

function Row({ head, label, figures }: { head: string; label: string; figures: FiguresView }) {
  return (
    <tr>
      <th scope="row">{head}</th>
      <td>{label}</td>
      <td className="num">{figures.percent.units}</td>
      <Cell stat={figures.percent} percent />
      <Cell stat={figures.kappa} />
      <Cell stat={figures.alpha} />
    </tr>
  );
}

export function AgreementReportTables({ report }: { report: AgreementReport }) {
  return (
    <>
      {report.comparisons.map((c) => (
        <section key={c.label} className="panel" aria-label={`Agreement: ${c.label}`} style={{ marginBottom: 16 }}>
          <div className="panel-head">
            <h3>{c.label}</h3>
            <span className="sub">{report.recommendations} recommendations; each topic an applies / does not apply decision</span>
          </div>
          <div className="panel-body">
            <table className="data">
              <thead>
                <tr>
                  <th>Topic</th>
                  <th>Label</th>
                  <th className="num">Units</th>
                  <th className="num">Agreement</th>
                  <th className="num">Cohen's κ</th>
                  <th className="num">Krippendorff's α</th>
                </tr>
              </thead>
              <tbody>
                {c.topics.map((t) => (
                  <Row key={t.topic} head={t.topic} label={t.label} figures={t} />
                ))}
                <Row head="Overall" label="mean over topics" figures={c.mean} />
                <Row head="Overall" label="pooled" figures={c.pooled} />
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
