import { getEdition } from '../../src/lib/instrument/index';
import type { CriterionRow, ScoredReview, ServiceView } from './data';
import { html, SafeHtml } from './html';
import { LANGS, STRINGS, type Lang } from './strings';

/** Server-rendered pages. Every interpolation is escaped by `html`; no script is sent. */
type Page = { lang: Lang; csrf: string | null; current?: 'services' | 'criteria' | 'exports' };

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
`;

function link(path: string, lang: Lang): string {
	return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
}

function layout(title: string, page: Page, body: SafeHtml): SafeHtml {
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

export function signInPage(lang: Lang, loginCsrf: string, problem: 'wrong-token' | 'expired' | null): SafeHtml {
	const t = STRINGS[lang];
	const message = problem === 'wrong-token' ? t.wrongToken : problem === 'expired' ? t.expired : null;
	return layout(t.signInTitle, { lang, csrf: null }, html`
<p id="help">${t.signInHelp}</p>
${message ? html`<p class="error" role="alert" id="problem">${message}</p>` : ''}
<form method="post" action="${link('/dashboard/sign-in', lang)}">
<input type="hidden" name="csrf" value="${loginCsrf}">
<label for="token">${t.token}</label>
<input id="token" name="token" type="password" autocomplete="current-password" required aria-describedby="help${message ? ' problem' : ''}">
<p><button type="submit">${t.signIn}</button></p></form>`);
}

function sparkline(totals: readonly number[], label: string): SafeHtml {
	if (totals.length === 0) return html``;
	const w = 120, h = 32, min = 25, max = 125;
	const x = (i: number) => (totals.length === 1 ? w / 2 : (i * w) / (totals.length - 1));
	const y = (v: number) => h - ((v - min) / (max - min)) * h;
	const points = totals.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
	return html`<svg role="img" aria-label="${label}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><polyline fill="none" stroke="#0b4f8a" stroke-width="2" points="${points}"/>${totals.length === 1 ? html`<circle cx="${x(0)}" cy="${y(totals[0]!)}" r="3" fill="#0b4f8a"/>` : ''}</svg>`;
}

function levelLabel(editionId: string, level: string | null): string {
	return getEdition(editionId)?.levels.find((l) => l.id === level)?.label ?? level ?? '–';
}

export function servicesPage(lang: Lang, csrf: string, services: readonly ServiceView[], editionId: string): SafeHtml {
	const t = STRINGS[lang];
	if (services.length === 0) return layout(t.services, { lang, csrf, current: 'services' }, html`<p>${t.noReviews}</p>`);
	return layout(t.services, { lang, csrf, current: 'services' }, html`<div class="table-wrap"><table>
<thead><tr><th scope="col">${t.service}</th><th scope="col">${t.organisation}</th><th scope="col">${t.latestTotal}</th><th scope="col">${t.level}</th><th scope="col">${t.date}</th><th scope="col">${t.nextDue}</th><th scope="col">${t.trend}</th></tr></thead>
<tbody>${services.map((s) => {
		const totals = s.reviews.map((r) => r.total);
		return html`<tr><th scope="row"><a href="${link(`/dashboard/services/${s.key}`, lang)}">${s.service}</a></th><td>${s.organisation}</td><td class="num">${s.latest.total}</td><td>${levelLabel(editionId, s.latest.level)}</td><td>${s.latest.startDate}</td><td>${s.nextDue}</td><td>${sparkline(totals, t.trendLabel(totals.join(', ')))}</td></tr>`;
	})}</tbody></table></div>`);
}

function scoreCell(score: number | null | undefined): SafeHtml {
	return score == null ? html`<td class="num">–</td>` : html`<td class="num s${score}">${score}</td>`;
}

export function servicePage(lang: Lang, csrf: string, service: ServiceView, reviews: readonly ScoredReview[]): SafeHtml {
	const t = STRINGS[lang];
	const edition = getEdition(reviews[0]?.document.edition ?? '');
	const totals = reviews.map((r) => r.total);
	const items = edition?.items ?? [];
	return layout(`${service.service}`, { lang, csrf, current: 'services' }, html`
<p>${service.organisation} · ${t.nextDue}: ${service.nextDue}</p>
<h2>${t.reviews}</h2>
${sparkline(totals, t.trendLabel(totals.join(', ')))}
<div class="table-wrap"><table><thead><tr><th scope="col">${t.date}</th><th scope="col">${t.revision}</th><th scope="col">${t.total}</th><th scope="col">${t.level}</th></tr></thead>
<tbody>${reviews.map((r) => html`<tr><th scope="row">${r.document.meta.startDate}</th><td class="num">${r.document.revision}</td><td class="num">${r.total}</td><td>${levelLabel(r.document.edition, r.level)}</td></tr>`)}</tbody></table></div>
<h2>${t.criteria}</h2>
<div class="table-wrap"><table class="heat"><thead><tr><th scope="col">${t.criterion}</th>${reviews.map((r) => html`<th scope="col">${r.document.meta.startDate}</th>`)}</tr></thead>
<tbody>${items.map((item) => html`<tr><th scope="row">${item.number}. ${item.title}</th>${reviews.map((r) => scoreCell(r.scores.get(item.number)))}</tr>`)}</tbody></table></div>`);
}

export function criteriaPage(lang: Lang, csrf: string, services: readonly ServiceView[], rows: readonly CriterionRow[]): SafeHtml {
	const t = STRINGS[lang];
	if (services.length === 0) return layout(t.criteria, { lang, csrf, current: 'criteria' }, html`<p>${t.noReviews}</p>`);
	return layout(t.criteria, { lang, csrf, current: 'criteria' }, html`<p>${t.weakestFirst}</p>
<div class="table-wrap"><table class="heat"><thead><tr><th scope="col">${t.criterion}</th><th scope="col">${t.average}</th>${services.map((s) => html`<th scope="col">${s.service}</th>`)}</tr></thead>
<tbody>${rows.map((row) => html`<tr><th scope="row">${row.number}. ${row.title}</th><td class="num">${row.mean === null ? '–' : row.mean.toFixed(2)}</td>${row.byService.map(scoreCell)}</tr>`)}</tbody></table></div>`);
}

export function exportsPage(lang: Lang, csrf: string): SafeHtml {
	const t = STRINGS[lang];
	return layout(t.exports, { lang, csrf, current: 'exports' }, html`<p>${t.exportsHelp}</p>
<ul><li><a class="button" href="/dashboard/exports/reviews-wide.csv" download>${t.csvWide}</a></li>
<li><a class="button" href="/dashboard/exports/reviews-long.csv" download>${t.csvLong}</a></li>
<li><a class="button" href="/dashboard/exports/reviews.xlsx" download>${t.xlsx}</a></li></ul>`);
}

export function notFoundPage(lang: Lang, csrf: string): SafeHtml {
	return layout(STRINGS[lang].notFound, { lang, csrf }, html``);
}
