/** The page's stylesheet, inlined (the Content-Security-Policy admits it by its hash). */
export const PAGE_CSS = `
:root{--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--soft:#f6f8fa;--pass:#1a7f37;--fail:#cf222e;--warn:#9a6700;--info:#0969da;
--supported:#dafbe1;--supported-b:#1a7f37;--contradicted:#ffebe9;--contradicted-b:#cf222e;--unsupported:#fff1e5;--unsupported-b:#bc4c00;--undetermined:#eaeef2;--undetermined-b:#59636e;--mark:#fff8c5;--head:#0969da;--base:#9fc5f8;--breach:#cf222e}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--soft:#151b23;--pass:#3fb950;--fail:#f85149;--warn:#d29922;--info:#4493f8;
--supported:#12261e;--supported-b:#3fb950;--contradicted:#2d1214;--contradicted-b:#f85149;--unsupported:#2b1a0e;--unsupported-b:#db6d28;--undetermined:#212830;--undetermined-b:#9198a1;--mark:#3b2e00;--head:#4493f8;--base:#1f4a80;--breach:#f85149}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main,header.verdict,nav.tabs{max-width:1400px;margin:0 auto;padding:0 24px}
h1{font-size:22px;margin:16px 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:15px;margin:20px 0 6px}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:var(--soft);padding:1px 4px;border-radius:4px}
a{color:var(--info)}
.muted{color:var(--muted)}
header.verdict{border-bottom:4px solid var(--line);padding-bottom:8px}
header.verdict.pass{border-color:var(--pass)}header.verdict.fail,header.verdict.error{border-color:var(--fail)}header.verdict.overridden{border-color:var(--warn)}
.badge{display:inline-block;padding:2px 10px;border-radius:6px;color:#fff;font-size:16px;vertical-align:2px;margin-right:6px;background:var(--muted)}
.pass .badge{background:var(--pass)}.fail .badge,.error .badge{background:var(--fail)}.overridden .badge{background:var(--warn)}
.summary{font-size:16px;margin:6px 0}.meta{color:var(--muted);font-size:12px;margin:2px 0}
nav.tabs{position:sticky;top:0;background:var(--bg);z-index:3;border-bottom:1px solid var(--line);display:flex;gap:16px;padding-top:6px;padding-bottom:6px}
nav.tabs a{text-decoration:none;font-weight:600}
ul.reasons{padding-left:0;list-style:none}ul.reasons li{padding:4px 8px;margin:3px 0;border-left:4px solid var(--line);background:var(--soft)}
ul.reasons li.fail{border-color:var(--fail)}ul.reasons li.warn{border-color:var(--warn)}ul.reasons li.overridden{border-color:var(--warn)}
table{border-collapse:collapse}th,td{padding:4px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.metrics tr.fail th,table.metrics tr.fail td.status{color:var(--fail);font-weight:600}table.metrics tr.warn td.status{color:var(--warn)}
td.worse{color:var(--fail)}td.better{color:var(--pass)}
.charts{display:flex;flex-wrap:wrap;gap:12px 32px}
figure.chart{margin:12px 0}figure.chart figcaption{font-weight:600;margin-bottom:4px}figure.chart figcaption .muted{font-weight:400;font-size:12px;display:block}
figure.chart svg{max-width:100%;height:auto;font-size:12px}
svg text{fill:var(--fg)}svg .label{text-anchor:end}svg .tick{fill:var(--muted);text-anchor:middle;font-size:11px}svg .tick.y{text-anchor:end}
svg .legend,svg .axis{fill:var(--muted);font-size:11px}svg .axis{text-anchor:middle}svg .muted{fill:var(--muted)}
svg .bar.head{fill:var(--head)}svg .bar.base{fill:var(--base)}svg .bar.breach{fill:var(--breach)}
svg .whisker{stroke:var(--fg);stroke-width:1.5}svg .threshold{stroke:var(--fail);stroke-width:1.5;stroke-dasharray:4 3}
svg .threshold-label{fill:var(--fail);text-anchor:middle;font-size:11px}svg .grid{stroke:var(--line);stroke-width:1}
ul.findings{padding-left:0;list-style:none}ul.findings li{margin:4px 0}ul.findings .mark{display:inline-block;width:1.2em}
ul.findings li.regression .mark{color:var(--fail)}ul.findings li.improvement .mark{color:var(--pass)}
.filters{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;margin:8px 0}
.filters input[type=search]{min-width:280px;padding:5px 8px;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:var(--fg)}
.filters select{padding:4px;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:var(--fg)}
#case-count{color:var(--muted)}
.cases-layout{display:grid;grid-template-columns:minmax(0,1.6fr) minmax(0,1fr);gap:16px;align-items:start}
@media (max-width:1100px){.cases-layout{grid-template-columns:1fr}}
.table-wrap{height:70vh;overflow:auto;border:1px solid var(--line);border-radius:6px}
table.cases{table-layout:fixed;width:100%;min-width:640px}
table.cases th{position:sticky;top:0;background:var(--soft);z-index:1;padding:0}
table.cases th button{all:unset;display:block;width:100%;padding:6px;cursor:pointer;font-weight:600;box-sizing:border-box}
table.cases th button:focus-visible{outline:2px solid var(--info)}
table.cases th[aria-sort=ascending] button::after{content:" ▲"}table.cases th[aria-sort=descending] button::after{content:" ▼"}
table.cases td{height:30px;padding:0 6px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;line-height:30px;border-bottom:1px solid var(--line)}
table.cases tr.row{cursor:pointer}table.cases tr.row:hover td{background:var(--soft)}table.cases tr.row.selected td{background:var(--mark)}
table.cases tr.row:focus-visible{outline:2px solid var(--info);outline-offset:-2px}
table.cases tr.spacer td{padding:0;border:0;height:0}
.chip{display:inline-block;padding:0 6px;margin-right:4px;border-radius:10px;font-size:12px;line-height:18px;border:1px solid var(--line)}
.chip.hallucinated,.chip.contradicted{background:var(--contradicted);border-color:var(--contradicted-b)}
.chip.uncited,.chip.unsupported{background:var(--unsupported);border-color:var(--unsupported-b)}
.chip.abstained,.chip.undetermined{background:var(--undetermined);border-color:var(--undetermined-b)}
.chip.error{background:var(--contradicted);border-color:var(--fail);font-weight:600}
.chip.ok,.chip.supported{background:var(--supported);border-color:var(--supported-b)}
#case-detail{border:1px solid var(--line);border-radius:6px;padding:8px 16px;position:sticky;top:48px;max-height:calc(100vh - 64px);overflow:auto}
#case-detail h2{margin-top:8px}
#case-detail dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:4px 0}#case-detail dt{color:var(--muted)}#case-detail dd{margin:0}
.answer{white-space:pre-wrap;background:var(--soft);padding:8px;border-radius:6px;line-height:1.7}
.answer .claim-span{border-bottom:2px solid;padding:1px 0;cursor:pointer}
.claim-span.supported{background:var(--supported);border-color:var(--supported-b)}.claim-span.contradicted{background:var(--contradicted);border-color:var(--contradicted-b)}
.claim-span.unsupported{background:var(--unsupported);border-color:var(--unsupported-b)}.claim-span.undetermined{background:var(--undetermined);border-color:var(--undetermined-b)}
.claim-span.uncited{border-bottom-style:dashed}
.claim-span::after{content:attr(data-n);font-size:10px;vertical-align:super;color:var(--muted);margin-left:1px}
ol.claims{padding-left:0;list-style:none}
li.claim{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:4px 16px;border:1px solid var(--line);border-left:4px solid var(--line);border-radius:6px;padding:8px;margin:8px 0}
li.claim.supported{border-left-color:var(--supported-b)}li.claim.contradicted{border-left-color:var(--contradicted-b)}li.claim.unsupported{border-left-color:var(--unsupported-b)}li.claim.undetermined{border-left-color:var(--undetermined-b)}
li.claim.focus{outline:2px solid var(--info)}
@media (max-width:700px){li.claim{grid-template-columns:1fr}}
.claim-text{margin:4px 0;font-weight:500}.claim-facts{color:var(--muted);font-size:12px}
.evidence{margin:0;padding:6px 8px;border-left:3px solid var(--line);background:var(--soft)}
.evidence mark{background:var(--mark);color:inherit;border-bottom:2px solid var(--warn)}
.evidence .source{display:block;color:var(--muted);font-size:12px}
ul.citations{margin:4px 0;padding-left:18px}ul.citations li.fabricated{color:var(--fail)}
.empty{color:var(--muted);padding:24px;text-align:center}
@media print{nav.tabs,.filters{display:none}.table-wrap{height:auto}}
`;
