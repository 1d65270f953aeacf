// The page's only stylesheet: inline, print-friendly, no web fonts or external requests.

export const CSS = `
:root { --un: #005ea0; --ink: #1a1a1a; --muted: #5a5a5a; --rule: #c8d3dc; --mark: #fff176; }
* { box-sizing: border-box; }
body { font-family: "Times New Roman", Georgia, serif; color: var(--ink); margin: 0 auto; max-width: 72rem; padding: 1.5rem 2rem 4rem; line-height: 1.45; font-size: 11pt; }
h1, h2, h3, h4, h5 { font-family: Arial, Helvetica, sans-serif; color: var(--un); line-height: 1.25; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid var(--un); padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.1rem; margin-top: 1.8rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .4rem; color: var(--ink); }
h5 { font-size: .9rem; margin: .8rem 0 .2rem; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
a { color: var(--un); }
.subtitle { color: var(--muted); margin-top: 0; }
.meta { border-collapse: collapse; margin: .5rem 0 1rem; }
.meta th { text-align: left; padding-right: 1rem; font-family: Arial, sans-serif; font-size: .85rem; color: var(--muted); vertical-align: top; }
table.grid { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
table.grid th, table.grid td { border: 1px solid var(--rule); padding: .3rem .45rem; vertical-align: top; text-align: left; }
table.grid thead th { background: #e6eff6; font-family: Arial, sans-serif; }
table.grid td.n { text-align: center; width: 6rem; }
table.matrix td { width: 18%; }
table.matrix td.topic { width: 16%; font-weight: bold; }
.rec { margin: .3rem 0 .6rem 1.2rem; }
.cite { font-family: Arial, sans-serif; font-size: .85rem; font-weight: bold; color: var(--un); display: block; }
.matrix .cite { display: inline; }
.matrix p { margin: 0 0 .5rem; }
.none { color: var(--muted); font-style: italic; margin: .2rem 0 .4rem 1.2rem; }
mark { background: var(--mark); text-decoration: underline; text-decoration-color: #8a6d00; padding: 0 .05em; }
.low { font-family: Arial, sans-serif; font-size: .75rem; color: #8a4b00; border: 1px solid #e0a100; border-radius: 3px; padding: 0 .25rem; margin-left: .3rem; }
.see { font-style: italic; color: var(--muted); font-size: .9rem; }
nav.toc { border: 1px solid var(--rule); background: #f7fafc; padding: .5rem 1.2rem; margin: 1rem 0 2rem; }
nav.toc ol { margin: .2rem 0; padding-left: 1.2rem; }
nav.toc h2 { margin-top: .6rem; }
.matrix .none { margin: 0; }
figure { margin: 1rem 0; }
figcaption { font-size: .85rem; color: var(--muted); }
svg text { font-family: Arial, Helvetica, sans-serif; }
.also { color: var(--muted); font-size: .85em; margin: .2rem 0 0; }
.side { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.side > div { border-left: 3px solid var(--rule); padding-left: .6rem; }
.side p { margin: 0 0 .6rem; }
.status { font-family: Arial, sans-serif; font-size: .8rem; font-weight: bold; padding: 0 .3rem; border-radius: 3px; color: #fff; }
.status.strong { background: #1b7f3b; } .status.partial { background: #a87800; } .status.none-found { background: #6b6b6b; } .status.not-taken-up { background: #b3261e; }
.traced { border-top: 1px solid var(--rule); padding: .5rem 0; }
footer { margin-top: 3rem; font-size: .8rem; color: var(--muted); }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav.toc a { color: var(--ink); text-decoration: none; }
  .annex { break-before: page; }
  .rec, tr, .traced { break-inside: avoid; }
  thead { display: table-header-group; }
  h2, h3, h4, h5 { break-after: avoid; }
  mark { background: #fff176 !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  svg, .status { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
