import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFreshReview, withScores } from '../../fixtures/review-builder';
import { pathOf, READ_TOKEN, startReceiver, WRITE_TOKEN, type Receiver } from './harness';
import { pairReview } from './pair-review';

/** The dashboard over real HTTP, as a browser without JavaScript would use it: forms, redirects, cookies. */
let receiver: Receiver;
let pairId = '';
const lines: string[] = [];
const HOSTILE = '<script>alert(1)</script> & "Co"';
const NOTE = 'Salainen muistiinpano 8812';

function review(service: string, startDate: string, score: number, weakItem: number) {
	const doc = buildFreshReview();
	doc.meta = { ...doc.meta, service, startDate, organisation: 'Hyvinvointialue' };
	doc.items[0]!.notes[0]!.text = NOTE;
	const scores = Object.fromEntries(doc.items.map((i) => [i.number, i.number === weakItem ? 1 : score]));
	return withScores(doc, scores);
}

beforeAll(async () => {
	receiver = await startReceiver({ logger: true, logStream: { write: (line) => void lines.push(line) } });
	const pair = await pairReview(review('Pari Länsi', '2026-02-01', 3, 1));
	pair.items[3]!.strengths = `Vahvuus: ${HOSTILE}`;
	pair.conclusions = 'Asiakkaan tunnus 131052-308T jäi muistiinpanoon.';
	pairId = pair.id;
	for (const doc of [review('Työhönvalmennus Itä', '2025-03-01', 3, 7), review('Työhönvalmennus Itä', '2025-09-01', 4, 7), review(HOSTILE, '2026-01-15', 5, 12), pair]) {
		expect((await receiver.put(pathOf(doc), doc)).status).toBe(201);
	}
});
afterAll(() => receiver.close());

const at = (path: string) => `${receiver.origin}${path}`;
const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(';')[0]!).join('; ');
const csrfIn = (page: string) => /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';

async function signIn(token: string) {
	const form = await fetch(at('/dashboard/sign-in'));
	const loginCookie = cookiesOf(form);
	const body = new URLSearchParams({ csrf: csrfIn(await form.text()), token });
	return fetch(at('/dashboard/sign-in'), { method: 'POST', redirect: 'manual', headers: { cookie: loginCookie }, body });
}

async function session(): Promise<string> {
	const response = await signIn(READ_TOKEN);
	expect(response.status).toBe(303);
	return cookiesOf(response);
}

describe('dashboard sign-in', () => {
	it('sends a reader without a session to the sign-in page', async () => {
		for (const path of ['/dashboard/services', '/dashboard/criteria', '/dashboard/exports/reviews-wide.csv']) {
			const response = await fetch(at(path), { redirect: 'manual' });
			expect(response.status).toBe(303);
			expect(response.headers.get('location')).toMatch(/^\/dashboard\/sign-in/);
		}
	});

	it('refuses a wrong token and a form without its CSRF secret', async () => {
		const wrong = await signIn('guessed-token-4242');
		expect(wrong.status).toBe(401);
		expect(await wrong.text()).toContain('Tunnus ei kelpaa');
		expect(wrong.headers.getSetCookie().join()).not.toContain('laatuarvio_session');
		const forged = await fetch(at('/dashboard/sign-in'), { method: 'POST', redirect: 'manual', body: new URLSearchParams({ token: READ_TOKEN }) });
		expect(forged.status).toBe(403);
	});

	it('gives a read token an HttpOnly SameSite=Strict session cookie, never the token in a URL', async () => {
		const response = await signIn(READ_TOKEN);
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).not.toContain(READ_TOKEN);
		const set = response.headers.getSetCookie().find((c) => c.startsWith('laatuarvio_session='))!;
		expect(set).toMatch(/HttpOnly/);
		expect(set).toMatch(/SameSite=Strict/);
		expect(set).not.toContain(READ_TOKEN);
	});

	it('signs out only with the session CSRF secret', async () => {
		const cookie = await session();
		const page = await (await fetch(at('/dashboard/services'), { headers: { cookie } })).text();
		expect((await fetch(at('/dashboard/sign-out'), { method: 'POST', redirect: 'manual', headers: { cookie }, body: new URLSearchParams({ csrf: 'x' }) })).status).toBe(403);
		const out = await fetch(at('/dashboard/sign-out'), { method: 'POST', redirect: 'manual', headers: { cookie }, body: new URLSearchParams({ csrf: csrfIn(page) }) });
		expect(out.status).toBe(303);
		expect((await fetch(at('/dashboard/services'), { redirect: 'manual', headers: { cookie } })).status).toBe(303);
	});

	it('changes nothing: no write route, and the session cookie does not open the upload API', async () => {
		const cookie = await session();
		const doc = review('X', '2026-02-01', 3, 1);
		expect((await fetch(at('/dashboard/services'), { method: 'POST', headers: { cookie } })).status).toBe(404);
		expect((await fetch(at(`/api/v1${pathOf(doc)}`), { method: 'PUT', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(doc) })).status).toBe(401);
		expect(receiver.rowCount()).toBe(4);
	});
});

describe('dashboard pages', () => {
	let cookie = '';
	beforeAll(async () => {
		cookie = await session();
	});
	const get = (path: string) => fetch(at(path), { headers: { cookie } });

	it('lists every service with its latest total, level, date, next review due and trend, escaping stored text', async () => {
		const page = await (await get('/dashboard/services')).text();
		expect(page).toContain('Työhönvalmennus Itä');
		expect(page).not.toContain('<script>alert(1)</script>');
		expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
		// Itä: latest 2025-09-01, total 24×4+1 = 97 < 100 → due in six months.
		expect(page).toMatch(/>97<\/td>.*2025-09-01.*2026-03-01/s);
		expect(page).toContain('aria-label="Pisteet ajan mittaan: 73, 97"');
		const english = await (await get('/dashboard/services?lang=en')).text();
		expect(english).toContain('<html lang="en"');
		expect(english).toContain('Next review due');
	});

	it('shows one service: its reviews over time and each criterion across them', async () => {
		const list = await (await get('/dashboard/services')).text();
		const href = /href="(\/dashboard\/services\/[0-9a-f]+)\?lang=fi">Työhönvalmennus Itä/.exec(list)![1]!;
		const page = await (await get(href)).text();
		expect(page).toMatch(/2025-03-01.*2025-09-01/s);
		expect(page).toMatch(/<th scope="row">7\. [^<]+<\/th><td class="num s1">1<\/td><td class="num s1">1<\/td>/);
		expect((await get('/dashboard/services/0000000000000000')).status).toBe(404);
	});

	it('puts the weakest criterion first in the services × criteria heat map', async () => {
		const page = await (await get('/dashboard/criteria')).text();
		const rows = [...page.matchAll(/<th scope="row">(\d+)\./g)].map((m) => Number(m[1]));
		expect(rows).toHaveLength(25);
		expect(rows.slice(0, 2).sort()).toEqual([12, 7]);
	});

	it('exports wide and long CSV with the documented columns', async () => {
		const wide = (await (await get('/dashboard/exports/reviews-wide.csv')).text()).replace(/^\uFEFF/, '').trim().split('\r\n');
		expect(wide[0]!.split(',')).toEqual(['review_id', 'revision', 'organisation', 'service', 'start_date', 'end_date', 'edition', 'total', 'level', 'stored_at', ...Array.from({ length: 25 }, (_, i) => `c${String(i + 1).padStart(2, '0')}`),
			'agreement_n', 'agreement_exact_pct', 'agreement_within_one_pct', 'kappa', 'kappa_undefined', 'identity_codes', 'possibly_personal']);
		expect(wide).toHaveLength(5);
		const long = await get('/dashboard/exports/reviews-long.csv');
		expect(long.headers.get('content-disposition')).toContain('reviews-long.csv');
		const bytes = new Uint8Array(await long.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM that makes Excel read UTF-8
		const rows = new TextDecoder().decode(bytes).trim().split('\r\n');
		expect(rows[0]).toBe('review_id,revision,organisation,service,start_date,criterion,score');
		expect(rows).toHaveLength(1 + 4 * 25);
		expect(rows.join('\n')).toContain('"<script>alert(1)</script> & ""Co"""');
	});

	it('exports an xlsx workbook that reads back with both sheets', async () => {
		const response = await get('/dashboard/exports/reviews.xlsx');
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(await response.arrayBuffer());
		expect(book.worksheets.map((s) => s.name)).toEqual(['wide', 'long']);
		expect(book.getWorksheet('wide')!.rowCount).toBe(5);
		expect(book.getWorksheet('long')!.rowCount).toBe(101);
		expect(book.getWorksheet('wide')!.getRow(1).getCell(8).value).toBe('total');
	});

	it("renders a pair review's report from the stored document: sheet, level, agreement, differing items, texts, escaped", async () => {
		const page = await (await get(`/dashboard/reviews/${pairId}`)).text();
		// Consensus 4 on items 1–2, 3 elsewhere: 2·4 + 23·3 = 77, "Kohtalainen taso" (74–99) reached.
		expect(page).toMatch(/Kokonaispisteet<\/th><td class="num">77 \/ 125</);
		expect(page).toMatch(/<strong>Kohtalainen taso 74–99 <span lang="">\(saavutettu taso\)<\/span><\/strong>/);
		expect([...page.matchAll(/Osion pisteet<\/th><td class="num">(\d+) \/ (\d+)</g)].map((m) => Number(m[2]))).toHaveLength(3);
		// Stored agreement: 20 of 25 the same, all within one point, kappa 0.
		expect(page).toMatch(/Kaikki kriteerit<\/th><td class="num">25<\/td><td class="num">80\s%<\/td><td class="num">100\s%<\/td><td>0,00<\/td>/);
		expect([...page.matchAll(/<tr><th scope="row" lang="fi">(\d+)\. [^<]+<\/th><td class="num">3<\/td><td class="num">4<\/td>/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5]);
		expect(page).toContain('<th scope="col">Aino</th><th scope="col">Bertil</th>');
		expect(page).toContain('Vahvuus: &lt;script&gt;alert(1)&lt;/script&gt;');
		expect(page).not.toContain('<script>');
		// The identity code is flagged in words; the code itself is shown only as the reviewer wrote it, in the conclusions.
		expect(page).toMatch(/<strong class="badge">Henkilötunnus<\/strong> Asiakirjassa on voimassa olevan muotoinen henkilötunnus/);
		const english = await (await get(`/dashboard/reviews/${pairId}?lang=en`)).text();
		expect(english).toContain('Agreement between the reviewers');
		expect(english).toMatch(/All criteria<\/th><td class="num">25<\/td><td class="num">80%<\/td>/);
		expect((await get('/dashboard/reviews/no-such-review')).status).toBe(404);
	});

	it('shows the identity-code flag as text on the services and the service page, and links each review to its report', async () => {
		const services = await (await get('/dashboard/services')).text();
		expect(services).toMatch(/>Pari Länsi<\/a> <span class="badge"><span aria-hidden="true">⚠ <\/span>Henkilötunnus: 1 henkilötunnus<\/span>/);
		expect(services.match(/class="badge"/g)).toHaveLength(1);
		const href = /href="(\/dashboard\/services\/[0-9a-f]+)\?lang=fi">Pari Länsi/.exec(services)![1]!;
		const service = await (await get(href)).text();
		expect(service).toContain('Henkilötunnus: 1 henkilötunnus');
		expect(service).toContain(`href="/dashboard/reviews/${pairId}?lang=fi" aria-label="Avaa raportti 2026-02-01"`);
	});

	it('puts the agreement figures and personal-data counts at the end of the wide export', async () => {
		const rows = (await (await get('/dashboard/exports/reviews-wide.csv')).text()).replace(/^\uFEFF/, '').trim().split('\r\n').map((r) => r.split(','));
		const pair = rows.find((r) => r[0] === pairId)!;
		expect(pair.slice(-7)).toEqual(['25', '80', '100', '0', '', '1', '0']);
		const single = rows.find((r) => r[3] === 'Työhönvalmennus Itä')!;
		expect(single.slice(-7)).toEqual(['', '', '', '', '', '0', '0']);
	});

	it('never logs a token, the session cookie or note text', () => {
		const log = lines.join('');
		expect(lines.length).toBeGreaterThan(10);
		for (const secret of [READ_TOKEN, WRITE_TOKEN, NOTE, cookie.split('=')[1]!]) expect(log).not.toContain(secret);
	});
});
