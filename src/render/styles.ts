/** The review page's stylesheet, inlined so that the page needs nothing from the network. */
export const STYLES = `
:root{--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb;--page:#f3f4f6;
--date-bg:#dcfce7;--date:#15803d;--venue-bg:#fce7f3;--venue:#be185d;--person-bg:#dbeafe;--person:#1d4ed8;
--rank-bg:#ede9fe;--rank:#6d28d9;--title-bg:#ccfbf1;--title:#0f766e;--organization-bg:#fef3c7;--organization:#b45309;
--agreement-bg:#ffedd5;--agreement:#c2410c;--trigger-bg:#fee2e2;--trigger:#b91c1c;--meeting-bg:#fef9c3;--meeting:#a16207}
*{box-sizing:border-box}
body{margin:0;background:var(--page);color:var(--ink);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
.top{background:#fff;border-bottom:1px solid var(--line);padding:10px 20px;display:flex;flex-wrap:wrap;align-items:center;gap:8px 18px}
.top h1{font-size:15px;margin:0;font-weight:650}
.legend{display:flex;flex-wrap:wrap;gap:6px;margin:0;padding:0;list-style:none}
.legend button{font:inherit;font-size:12px;border:1px solid var(--fg);background:var(--bg);color:var(--ink);border-radius:999px;padding:1px 9px;cursor:pointer}
.legend button[aria-pressed=false]{background:#fff;opacity:.55;text-decoration:line-through}
.legend .static{font-size:12px;padding:1px 9px;border-radius:999px;border:1px dashed #9ca3af;color:var(--muted)}
.toc{background:#fff;margin:16px 20px 0;padding:10px 16px;border-radius:8px;border:1px solid var(--line)}
.toc h2{font-size:13px;margin:0 0 4px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.toc ol{margin:0;padding-left:22px}.toc a{color:var(--person)}.toc small{color:var(--muted)}
.article{display:grid;grid-template-columns:minmax(0,3fr) minmax(300px,2fr);gap:16px;padding:16px 20px;align-items:start}
.article+.article{border-top:2px solid var(--line)}
.meta{grid-column:1/-1;display:flex;flex-wrap:wrap;gap:4px 16px;align-items:baseline}
.meta h2{font-size:17px;margin:0}.meta span{color:var(--muted);font-size:13px}
.text{background:#fff;border:1px solid var(--line);border-radius:8px;padding:18px 22px;margin:0;white-space:pre-wrap;overflow-wrap:anywhere;
font-size:15px;line-height:1.9;position:sticky;top:8px;max-height:calc(100vh - 16px);overflow:auto}
.hl{--bg:#eee;--fg:#999;background:var(--bg);color:inherit;border-bottom:2px solid var(--fg);border-radius:3px;padding:1px 0;cursor:help}
.hl:focus-visible,.warn:focus-visible{outline:2px solid var(--fg,#dc2626);outline-offset:1px}
.hl .hl{padding:0}
.hl-date,.legend .k-date,.card-date{--bg:var(--date-bg);--fg:var(--date)}
.hl-venue,.legend .k-venue{--bg:var(--venue-bg);--fg:var(--venue)}
.hl-person,.legend .k-person,.card-person,.chip{--bg:var(--person-bg);--fg:var(--person)}
.hl-rank,.legend .k-rank{--bg:var(--rank-bg);--fg:var(--rank)}
.hl-title,.legend .k-title{--bg:var(--title-bg);--fg:var(--title)}
.hl-organization,.legend .k-organization,.card-organization{--bg:var(--organization-bg);--fg:var(--organization)}
.hl-agreement,.legend .k-agreement,.card-agreement{--bg:var(--agreement-bg);--fg:var(--agreement)}
.hl-trigger,.legend .k-trigger{--bg:var(--trigger-bg);--fg:var(--trigger)}
.legend .k-meeting,.card-meeting{--bg:var(--meeting-bg);--fg:var(--meeting)}
.hl-agreement{background:none;border:1.5px dashed var(--fg);border-radius:4px}
.hl-trigger{font-weight:650}
.sent{background:linear-gradient(transparent 82%,rgba(234,179,8,.38) 82%)}
.sent[data-badge]::before{content:attr(data-badge);font:600 10px/1 system-ui,sans-serif;color:#fff;background:var(--meeting);border-radius:3px;padding:2px 4px;margin-right:4px;vertical-align:2px}
.warn{text-decoration:underline wavy #dc2626 1px;text-underline-offset:4px}
.seg-boilerplate{color:#a3a3a3}.seg-boilerplate .hl{opacity:.6}
.seg-credit{color:var(--muted);font-size:.92em}.seg-caption{color:#4b5563;font-style:italic}
.seg-header{color:var(--muted)}.seg-title{font-weight:700;font-size:1.12em}
body.off-date .hl-date,body.off-venue .hl-venue,body.off-person .hl-person,body.off-rank .hl-rank,body.off-title .hl-title,
body.off-organization .hl-organization,body.off-agreement .hl-agreement,body.off-trigger .hl-trigger{background:none;border-color:transparent;font-weight:inherit}
body.off-meeting .sent{background:none}body.off-meeting .sent::before{display:none}
.flash{animation:flash 1.8s ease-out}
@keyframes flash{0%,45%{background:#fdba74;box-shadow:0 0 0 3px #f97316}100%{box-shadow:0 0 0 3px transparent}}
.cards{display:flex;flex-direction:column;gap:14px;min-width:0}
.group h2{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:0 0 6px}
.count{background:var(--line);border-radius:999px;padding:0 7px;font-size:11px;color:var(--ink)}
.card{--fg:#9ca3af;background:#fff;border:1px solid var(--line);border-left:4px solid var(--fg);border-radius:8px;padding:9px 12px;margin-bottom:8px}
.card[data-go]{cursor:pointer}.card[data-go]:hover{box-shadow:0 1px 6px rgba(0,0,0,.1)}
.card:focus-visible,.chip:focus-visible,.warning:focus-visible{outline:2px solid var(--fg,#2563eb);outline-offset:2px}
.card h3{font-size:14px;margin:0 0 4px;font-weight:650}
.card dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 12px;margin:0;font-size:13px}
.card dt{color:var(--muted)}.card dd{margin:0}
.num{font:600 11px/1 system-ui,sans-serif;color:#fff;background:var(--meeting);border-radius:3px;padding:2px 5px;vertical-align:1px}
.tag{font-size:11px;border:1px solid var(--line);border-radius:4px;padding:0 5px;color:var(--muted);font-weight:500}
q.src{color:var(--muted);font-size:12px;quotes:"“" "”"}
.chip{display:inline-block;background:var(--bg);border:1px solid var(--fg);border-radius:999px;padding:0 8px;margin:1px 2px 1px 0;font-size:12px;cursor:pointer}
.chip small{color:var(--muted)}
.warning{margin:0 0 6px;font-size:13px;background:#fff;border:1px solid #fecaca;border-radius:6px;padding:6px 10px}
.warning[data-go]{cursor:pointer}.warning code{color:#b91c1c;font-weight:600}
.empty{color:var(--muted)}
#tip div+div{border-top:1px solid #4b5563;margin-top:4px;padding-top:4px}
#tip{position:fixed;z-index:10;max-width:380px;background:#111827;color:#f9fafb;font-size:12px;line-height:1.45;padding:6px 9px;border-radius:6px;white-space:pre-line;pointer-events:none;box-shadow:0 4px 14px rgba(0,0,0,.25)}
@media (max-width:820px){.article{grid-template-columns:1fr}.text{position:static;max-height:none}}
@media (prefers-reduced-motion:reduce){.flash{animation:none;outline:3px solid #f97316}}
`;
