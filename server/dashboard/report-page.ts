import type { AgreementFigures, AgreementReport } from '../../src/lib/consensus/agreement';
import type { Edition } from '../../src/lib/instrument/schema';
import type { ReviewDocument } from '../../src/lib/review/schema';
import { buildReport, type ReportModel } from '../../src/lib/ui/report/model';
import type { PersonalData } from '../derived';
import { html, type SafeHtml } from './html';
import { layout, link } from './layout';
import { REPORT_STRINGS } from './report-strings';
import type { Lang } from './strings';

/**
 * One review's report, rendered on the server from the stored document. The
 * figures come from the app's own report model (src/lib/ui/report/model.ts: pure,
 * the same totals, level, suggestions and action plan as the printed report), so
 * the dashboard cannot disagree with what the reviewer printed. The agreement
 * figures are the ones the receiver stored on upload.
 */
export type ReviewReport = {
	document: ReviewDocument;
	edition: Edition;
	storedAt: string;
	serviceKey: string;
	agreement: AgreementReport | null;
	personalData: PersonalData;
};

type T = (typeof REPORT_STRINGS)[Lang];

const percent = (share: number | null, lang: Lang) =>
	share === null ? '–' : new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share);

function kappaText(figures: AgreementFigures, lang: Lang, t: T): string {
	if (figures.kappa === null) return '–';
	if (figures.kappa.kind === 'undefined') return t.kappaUndefined;
	return new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(figures.kappa.value);
}

function personalFlag(p: PersonalData, t: T): SafeHtml {
	if (p.identityCodes === 0 && p.possiblyPersonal === 0) return html``;
	return html`<div class="flag" role="note">${p.identityCodes > 0 ? html`<p><strong class="badge">${t.idBadge}</strong> ${t.idFlag(p.identityCodes)}</p>` : ''}${p.possiblyPersonal > 0 ? html`<p>${t.possiblyPersonal(p.possiblyPersonal)}</p>` : ''}</div>`;
}

function details(doc: ReviewDocument, edition: Edition, storedAt: string, t: T): SafeHtml {
	const m = doc.meta;
	const dates = m.endDate && m.endDate !== m.startDate ? `${m.startDate} – ${m.endDate}` : m.startDate;
	const rows: [string, string][] = [
		[t.place, m.place],
		[t.reviewers, m.reviewers.join(', ')],
		[t.dates, dates],
		[t.reviewType, t.types[m.reviewType]],
		[t.edition, `${edition.title} (${edition.date})`],
		[t.finishedAt, doc.finishedAt ?? '–'],
		[t.storedAt, storedAt]
	];
	return html`<h2>${t.details}</h2><dl class="meta">${rows.filter(([, v]) => v !== '').map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

function scoreSheet(report: ReportModel, edition: Edition, t: T): SafeHtml {
	const levels = [...edition.levels].sort((a, b) => b.min - a.min);
	return html`<h2>${t.scoreSheet}</h2><div class="table-wrap"><table>
<thead><tr><th scope="col">#</th><th scope="col" lang="fi">${t.criteriaTexts}</th><th scope="col">${t.score}</th><th scope="col">${t.suggested}</th></tr></thead>
${report.sections.map((s) => html`<tbody><tr class="section"><th scope="rowgroup" colspan="4" lang="fi">${s.title}</th></tr>
${s.rows.map((r) => html`<tr><td class="num">${r.number}</td><th scope="row" lang="fi">${r.title}</th><td class="num">${r.score ?? '–'}</td><td class="num">${r.suggested ?? ''}</td></tr>`)}
<tr class="sum"><th scope="row" colspan="2">${t.subtotal}</th><td class="num">${s.score} / ${s.max}</td><td></td></tr></tbody>`)}
<tbody><tr class="sum"><th scope="row" colspan="2">${t.grandTotal}</th><td class="num">${report.totals.total} / ${report.maxTotal}</td><td></td></tr></tbody></table></div>
<h3>${t.levels}</h3><ul>${levels.map((band) => {
		const reached = report.level?.id === band.id;
		return html`<li lang="fi">${reached ? html`<strong>${band.label} ${band.min}–${band.max} <span lang="">(${t.reached})</span></strong>` : `${band.label} ${band.min}–${band.max}`}</li>`;
	})}</ul>`;
}

function agreementSection(doc: ReviewDocument, edition: Edition, agreement: AgreementReport, lang: Lang, t: T): SafeHtml {
	const [a, b] = doc.ratings;
	const titleOf = (id: string) => edition.sections.find((s) => s.id === id)?.title ?? id;
	const rows: [SafeHtml, AgreementFigures][] = [
		[html`${t.overall}`, agreement.overall],
		...agreement.sections.map((s): [SafeHtml, AgreementFigures] => [html`<span lang="fi">${titleOf(s.id)}</span>`, s])
	];
	const scoreOf = (items: readonly { number: number; score: number | null }[] | undefined, n: number) => items?.find((i) => i.number === n)?.score ?? null;
	const differing = edition.items.filter((item) => {
		const [sa, sb] = [scoreOf(a?.items, item.number), scoreOf(b?.items, item.number)];
		return sa !== null && sb !== null && sa !== sb;
	});
	return html`<h2>${t.agreement}</h2><div class="table-wrap"><table>
<thead><tr><th scope="col">${t.agreementScope}</th><th scope="col">${t.itemsCompared}</th><th scope="col">${t.exact}</th><th scope="col">${t.withinOne}</th><th scope="col">${t.kappa}</th></tr></thead>
<tbody>${rows.map(([label, f]) => html`<tr><th scope="row">${label}</th><td class="num">${f.n}</td><td class="num">${percent(f.exact, lang)}</td><td class="num">${percent(f.withinOne, lang)}</td><td>${kappaText(f, lang, t)}</td></tr>`)}</tbody></table></div>
<h3>${t.differing}</h3>${differing.length === 0 ? html`<p>${t.noDifferences}</p>` : html`<div class="table-wrap"><table>
<thead><tr><th scope="col" lang="fi">${t.criteriaTexts}</th><th scope="col">${a?.reviewer}</th><th scope="col">${b?.reviewer}</th><th scope="col">${t.agreed}</th><th scope="col">${t.reason}</th></tr></thead>
<tbody>${differing.map((item) => {
		const agreed = doc.consensus.find((c) => c.number === item.number);
		return html`<tr><th scope="row" lang="fi">${item.number}. ${item.title}</th><td class="num">${scoreOf(a?.items, item.number)}</td><td class="num">${scoreOf(b?.items, item.number)}</td><td class="num">${agreed?.score ?? '–'}</td><td class="text">${agreed?.reason ?? ''}</td></tr>`;
	})}</tbody></table></div>`}`;
}

function criterionTexts(report: ReportModel, t: T): SafeHtml {
	const part = (label: string, text: string) => (text === '' ? '' : html`<h4>${label}</h4><p class="text">${text}</p>`);
	return html`<h2>${t.criteriaTexts}</h2>${report.texts.map((c) => html`<section class="criterion" aria-labelledby="c${c.number}">
<h3 id="c${c.number}" lang="fi">${c.number}. ${c.title}</h3>
<p>${t.score}: <strong>${c.score ?? '–'}</strong>${c.suggested === null ? '' : html` · ${t.suggested}: ${c.suggested}`}</p>
${part(t.justification, c.justification)}${part(t.strengths, c.strengths)}${part(t.recommendations, c.recommendations)}</section>`)}`;
}

function actionPlan(report: ReportModel, t: T): SafeHtml {
	if (report.plan.length === 0) return html`<h2>${t.actionPlan}</h2><p>${t.none}</p>`;
	return html`<h2>${t.actionPlan}</h2><div class="table-wrap"><table>
<thead><tr><th scope="col">${t.priority}</th><th scope="col">#</th><th scope="col">${t.action}</th><th scope="col">${t.targetDate}</th></tr></thead>
<tbody>${report.plan.map((e) => html`<tr><td>${t.priorities[e.priority]}</td><td class="num">${e.item}</td><td class="text">${e.text}</td><td>${e.targetDate ?? ''}</td></tr>`)}</tbody></table></div>`;
}

export function reviewPage(lang: Lang, csrf: string, review: ReviewReport): SafeHtml {
	const t = REPORT_STRINGS[lang];
	const { document: doc, edition } = review;
	const report = buildReport(doc, edition, []);
	const title = `${doc.meta.service} · ${doc.meta.startDate}`;
	return layout(title, { lang, csrf, current: 'services' }, html`
<p><a class="no-print" href="${link(`/dashboard/services/${review.serviceKey}`, lang)}">${doc.meta.service}</a> · ${doc.meta.organisation} · ${t.report}</p>
<p class="no-print">${t.print}</p>
${personalFlag(review.personalData, t)}
${details(doc, edition, review.storedAt, t)}
${scoreSheet(report, edition, t)}
${review.agreement ? agreementSection(doc, edition, review.agreement, lang, t) : ''}
${criterionTexts(report, t)}
<h2>${t.conclusions}</h2>${doc.conclusions.trim() === '' ? html`<p>${t.none}</p>` : html`<p class="text">${doc.conclusions}</p>`}
${actionPlan(report, t)}`);
}
