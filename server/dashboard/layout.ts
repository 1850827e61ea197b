import { getEdition } from '../../src/lib/instrument/index';
import { html, SafeHtml } from './html';
import { REPORT_STRINGS } from './report-strings';
import { LANGS, STRINGS, type Lang } from './strings';

/** Server-rendered pages. Every interpolation is escaped by `html`; no script is sent. */
export type Page = { lang: Lang; csrf: string | null; current?: 'services' | 'criteria' | 'exports' };

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff}
header,main{padding:0 1rem;max-width:72rem;margin:auto}
header{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;border-bottom:1px solid #767676}
nav a,header button,.button{display:inline-flex;align-items:center;min-height:44px;min-width:44px;padding:0 .75rem;font:inherit}
nav a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
a{color:#0b4f8a}
a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid #b35900;outline-offset:2px}
table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{border:1px solid #767676;padding:.4rem .5rem;text-align:left}
td.num{text-align:right}
.table-wrap{overflow-x:auto}
.heat td.num{font-weight:600}
.s1{background:#f7c6c1}.s2{background:#fbe0b8}.s3{background:#fff4b3}.s4{background:#d6efc8}.s5{background:#b7e1a1}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
label{display:block;margin-top:1rem}
input[type=password]{font:inherit;min-height:44px;width:min(100%,28rem)}
button{min-height:44px;font:inherit;cursor:pointer}
.error{color:#a00000;font-weight:600}
.badge{display:inline-block;margin-left:.5rem;padding:0 .4rem;border:2px solid #8a1c00;border-radius:4px;color:#8a1c00;background:#fff;font-size:.875rem;font-weight:600}
.flag{border-left:6px solid #8a1c00;padding:.5rem 1rem;background:#fdf1ee}
.text{white-space:pre-wrap}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dl.meta dt{font-weight:600}dl.meta dd{margin:0}
tr.section th{background:#eee}tr.sum th,tr.sum td{font-weight:700}
@media print{header,.skip,.no-print{display:none}body{font-size:11pt}main{max-width:none;padding:0}a{color:inherit;text-decoration:none}tr,.criterion{break-inside:avoid}h2{break-after:avoid}}
`;

export function link(path: string, lang: Lang): string {
	return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
}

export function layout(title: string, page: Page, body: SafeHtml): SafeHtml {
	const t = STRINGS[page.lang];
	const navItem = (id: NonNullable<Page['current']>, label: string) =>
		html`<a href="${link(`/dashboard/${id}`, page.lang)}" ${page.current === id ? html`aria-current="page"` : ''}>${label}</a>`;
	return html`<!doctype html>
<html lang="${page.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – ${t.title}</title><style>${new SafeHtml(STYLE)}</style></head>
<body><a class="skip" href="#main">${t.skip}</a>
<header><p><strong>${t.title}</strong></p>
${page.csrf === null ? '' : html`<nav aria-label="${t.title}">${navItem('services', t.services)} ${navItem('criteria', t.criteria)} ${navItem('exports', t.exports)}</nav>
<form method="post" action="/dashboard/sign-out"><input type="hidden" name="csrf" value="${page.csrf}"><button type="submit">${t.signOut}</button></form>`}
<nav aria-label="${t.language}">${LANGS.map((l) => html` <a href="?lang=${l}" lang="${l}" ${l === page.lang ? html`aria-current="true"` : ''}>${l.toUpperCase()}</a>`)}</nav>
</header>
<main id="main"><h1>${title}</h1>${body}</main></body></html>`;
}

export function levelLabel(editionId: string, level: string | null): string {
	return getEdition(editionId)?.levels.find((l) => l.id === level)?.label ?? level ?? '–';
}

export function scoreCell(score: number | null | undefined): SafeHtml {
	return score == null ? html`<td class="num">–</td>` : html`<td class="num s${score}">${score}</td>`;
}

/** The personal-data flag: words, not a colour alone, so it reads the same on a screen reader and on paper. */
export function idBadge(lang: Lang, identityCodes: number): SafeHtml {
	if (identityCodes === 0) return html``;
	const t = REPORT_STRINGS[lang];
	return html` <span class="badge"><span aria-hidden="true">⚠ </span>${t.idBadge}: ${t.idBadgeCount(identityCodes)}</span>`;
}
