import { getEdition } from '../../src/lib/instrument/index';
import { scoreIn, type CriterionRow, type ServiceView } from './data';
import { html, type SafeHtml } from './html';
import { idBadge, layout, levelLabel, link, scoreCell } from './layout';
import { REPORT_STRINGS } from './report-strings';
import { STRINGS, type Lang } from './strings';

/** Server-rendered pages. Every interpolation is escaped by `html`; no script is sent. */

export type SignInProblem = 'wrong-token' | 'expired' | { kind: 'too-many'; retryAfterSeconds: number };

export function signInPage(lang: Lang, loginCsrf: string, problem: SignInProblem | null): SafeHtml {
	const t = STRINGS[lang];
	const message =
		problem === null ? null : problem === 'wrong-token' ? t.wrongToken : problem === 'expired' ? t.expired : REPORT_STRINGS[lang].tooMany(problem.retryAfterSeconds);
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

export function servicesPage(lang: Lang, csrf: string, services: readonly ServiceView[], editionId: string): SafeHtml {
	const t = STRINGS[lang];
	if (services.length === 0) return layout(t.services, { lang, csrf, current: 'services' }, html`<p>${t.noReviews}</p>`);
	return layout(t.services, { lang, csrf, current: 'services' }, html`<div class="table-wrap"><table>
<thead><tr><th scope="col">${t.service}</th><th scope="col">${t.organisation}</th><th scope="col">${t.latestTotal}</th><th scope="col">${t.level}</th><th scope="col">${t.date}</th><th scope="col">${t.nextDue}</th><th scope="col">${t.trend}</th></tr></thead>
<tbody>${services.map((s) => {
		const totals = s.reviews.map((r) => r.total);
		return html`<tr><th scope="row"><a href="${link(`/dashboard/services/${s.key}`, lang)}">${s.service}</a>${idBadge(lang, s.identityCodes)}</th><td>${s.organisation}</td><td class="num">${s.latest.total}</td><td>${levelLabel(editionId, s.latest.level)}</td><td>${s.latest.startDate}</td><td>${s.nextDue}</td><td>${sparkline(totals, t.trendLabel(totals.join(', ')))}</td></tr>`;
	})}</tbody></table></div>`);
}

export function servicePage(lang: Lang, csrf: string, service: ServiceView): SafeHtml {
	const t = STRINGS[lang];
	const r = REPORT_STRINGS[lang];
	const reviews = service.reviews;
	const edition = getEdition(service.latest.edition ?? '');
	const totals = reviews.map((v) => v.total);
	const items = edition?.items ?? [];
	return layout(`${service.service}`, { lang, csrf, current: 'services' }, html`
<p>${service.organisation} · ${t.nextDue}: ${service.nextDue}</p>
<h2>${t.reviews}</h2>
${sparkline(totals, t.trendLabel(totals.join(', ')))}
<div class="table-wrap"><table><thead><tr><th scope="col">${t.date}</th><th scope="col">${t.revision}</th><th scope="col">${t.total}</th><th scope="col">${t.level}</th><th scope="col">${r.report}</th></tr></thead>
<tbody>${reviews.map((v) => html`<tr><th scope="row">${v.startDate}${idBadge(lang, v.personalData.identityCodes)}</th><td class="num">${v.latestRevision}</td><td class="num">${v.total}</td><td>${levelLabel(v.edition ?? '', v.level)}</td><td><a href="${link(`/dashboard/reviews/${encodeURIComponent(v.reviewId)}`, lang)}" aria-label="${r.openReport(v.startDate)}">${r.report}</a></td></tr>`)}</tbody></table></div>
<h2>${t.criteria}</h2>
<div class="table-wrap"><table class="heat"><thead><tr><th scope="col">${t.criterion}</th>${reviews.map((v) => html`<th scope="col">${v.startDate}</th>`)}</tr></thead>
<tbody>${items.map((item) => html`<tr><th scope="row">${item.number}. ${item.title}</th>${reviews.map((v) => scoreCell(scoreIn(v, item.number)))}</tr>`)}</tbody></table></div>`);
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
