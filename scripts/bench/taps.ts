import type { Browser, Locator, Page } from '@playwright/test';
import { getEdition, LATEST_EDITION_ID } from '../../src/lib/instrument';
import { storedReview } from '../../tests/e2e/support/app';
import { finishedFixture } from '../../tests/e2e/support/fixtures';
import { RECORDS, SESSIONS, SHEET_ITEMS, type ScriptRecord } from './taps-script';

/**
 * Taps and typed fields for a scripted full review of the fixture service (issue 11,
 * "Measures"; before the visit work: 212 taps). `npm run bench` runs it; BENCH_ONLY=taps alone.
 *
 * What the script does, on a 1280×800 landscape tablet, in Finnish, on a fresh device:
 * 1. create: on the reviews list tap "Uusi arviointi"; type the service, organisation,
 *    place and reviewer 1 of the fixture (tests/fixtures/finished-review.json); the start
 *    date stays today (the form's default); tap "Luo arviointi".
 * 2. sessions: tab "Käynti"; the sessions, notes and criteria tags of taps-script.ts
 *    (3 sessions, 5 notes, 15 criterion chips, 1 sub-criterion chip): "Uusi: <kind>", type
 *    the role, "Uusi muistiinpano", type the note, tap each chip.
 * 3. sheet: tab "Asiakaskirjaukset"; the ten client rows of taps-script.ts: "Lisää rivi",
 *    the service start and first employer contact, a job where the row has one ("Lisää
 *    työ", type, employer, two yes/no answers, start date), a follow-along date and
 *    "Lisää tapaaminen".
 * 4. items: tab "Yleiskuva", tap item 1; on each item, "Käytä taulukon lukuja" where the
 *    item takes figures from the sheet (15, 19, 20, 21, 23), every sub-criterion the fixture
 *    judges met or not met (one tap each; evidence is in the tagged notes, nothing typed),
 *    the fixture's score (tap its anchor), then "Seuraava" (items 1–24).
 * 5. finish: tab "Yhteenveto", "Viimeistele arviointi", confirm "Viimeistele".
 * Then it reads IndexedDB and throws unless the review is finished with 25 scores equal to
 * the fixture's, 5 tagged notes and 10 sheet rows: a number is printed only for a review
 * that really completed.
 *
 * How it counts (through the wrappers below, never estimated):
 * - a tap: any click on a button, link, chip, radio or anchor card;
 * - a typed field: any text, number or date field filled in. Typing into a field the app has
 *   not already focused costs one tap more (the reviewer taps it first); a field the app
 *   focuses itself (a new session's role, a new note, a new job's type, the new review's
 *   service name) costs none;
 * - a yes/no answer is one tap on its radio (they were selects at two taps each until
 *   stop 22);
 * - scrolling is not counted (Playwright scrolls a control into view as a reviewer swipes).
 */

type Row = { figure: string; value: string; budget: string; ok: boolean | null };
type Count = { taps: number; typed: number };
const VIEWPORT = { width: 1280, height: 800 };

class Reviewer {
	readonly phases = new Map<string, Count>();
	private phase = '';
	constructor(readonly page: Page) {}

	start(phase: string): void {
		this.phase = phase;
		this.phases.set(phase, { taps: 0, typed: 0 });
	}

	private add(taps: number, typed: number, what: string): void {
		// BENCH_TAPS_TRACE=1 lists every counted step, to see where the taps go.
		if (process.env.BENCH_TAPS_TRACE) console.error(`taps: ${this.phase}: ${taps ? `${taps} tap(s)` : 'typed'} ${what}`);
		const c = this.phases.get(this.phase)!;
		c.taps += taps;
		c.typed += typed;
	}

	async tap(target: Locator): Promise<void> {
		await target.click();
		this.add(1, 0, String(target));
	}

	async type(field: Locator, text: string): Promise<void> {
		const focused = await field.evaluate((el) => el === document.activeElement);
		if (!focused) await this.tap(field);
		await field.fill(text);
		this.add(0, 1, String(field));
	}

	total(): Count {
		return [...this.phases.values()].reduce((a, c) => ({ taps: a.taps + c.taps, typed: a.typed + c.typed }), { taps: 0, typed: 0 });
	}
}

/** Waits until a toggle shows the state the tap asked for (the UI changes only after the commit). */
async function pressed(chip: Locator): Promise<void> {
	await chip.and(chip.page().locator('[aria-pressed="true"]')).waitFor();
}

async function tab(r: Reviewer, name: string): Promise<void> {
	await r.tap(r.page.getByRole('navigation', { name: 'Arvioinnin osat' }).getByRole('link', { name, exact: true }));
	await r.page.locator('nav [aria-current="page"]', { hasText: name }).waitFor();
}

async function create(r: Reviewer, app: string): Promise<string> {
	const { page } = r;
	const meta = finishedFixture().meta;
	await page.goto(app + '/');
	await r.tap(page.getByTestId('new-review'));
	await r.type(page.getByLabel('Palvelun tai toimipisteen nimi'), meta.service);
	await r.type(page.getByLabel('Palvelun järjestävä organisaatio'), meta.organisation);
	await r.type(page.getByLabel('Paikkakunta'), meta.place);
	await r.type(page.getByLabel('Arvioija 1', { exact: true }), meta.reviewers[0]!);
	await r.tap(page.getByRole('button', { name: 'Luo arviointi' }));
	await page.waitForURL(/\/review\/[0-9a-f-]{36}$/);
	return page.url().split('/').at(-1)!;
}

async function sessions(r: Reviewer): Promise<void> {
	const { page } = r;
	await tab(r, 'Käynti');
	for (const [i, s] of SESSIONS.entries()) {
		await r.tap(page.getByRole('button', { name: `Uusi: ${s.kind}` }));
		const card = page.getByTestId('session').nth(i);
		await r.type(card.getByLabel('Rooli', { exact: true }), s.role);
		for (const [j, n] of s.notes.entries()) {
			await r.tap(card.getByRole('button', { name: 'Uusi muistiinpano' }));
			const note = card.getByTestId('session-note').nth(j);
			await r.type(note.getByRole('textbox'), n.text);
			for (const item of n.items) {
				await r.tap(note.getByTestId(`chip-${item}`));
				await pressed(note.getByTestId(`chip-${item}`));
			}
			for (const sub of n.subs ?? []) {
				await r.tap(note.getByTestId(`chip-sub-${sub}`));
				await pressed(note.getByTestId(`chip-sub-${sub}`));
			}
		}
	}
}

/** A job's yes/no answer: three radios side by side, one tap. */
const yesNo = (job: Locator, question: string, answer: 'yes' | 'no'): Locator =>
	job.getByRole('group', { name: question }).getByRole('radio', { name: answer === 'yes' ? 'Kyllä' : 'Ei', exact: true });

async function sheetRow(r: Reviewer, n: number, rec: ScriptRecord): Promise<void> {
	const { page } = r;
	await r.tap(page.getByRole('button', { name: 'Lisää rivi' }));
	const row = page.locator(`[data-testid="record"][data-n="${n}"]`);
	await r.type(row.getByTestId('service-start'), rec.start);
	if (rec.contact) await r.type(row.getByTestId('first-contact'), rec.contact);
	if (rec.job) {
		await r.tap(row.getByRole('button', { name: `Lisää työ asiakkaalle ${n}` }));
		const job = row.getByTestId('record-job').first();
		await r.type(job.getByLabel('Työn laatu'), rec.job.type);
		await r.type(job.getByLabel('Työnantaja'), rec.job.employer);
		await r.tap(yesNo(job, 'Avoimilla työmarkkinoilla', rec.job.competitive));
		await r.tap(yesNo(job, 'Vakituinen', rec.job.permanent));
		await r.type(job.getByLabel('Työn alkamispäivä'), rec.job.start);
	}
	if (rec.followAlong) {
		await r.type(row.getByTestId('new-contact'), rec.followAlong);
		await r.tap(row.getByRole('button', { name: 'Lisää tapaaminen' }));
		await row.getByRole('button', { name: /^Poista tapaaminen/ }).waitFor();
	}
}

async function items(r: Reviewer): Promise<void> {
	const { page } = r;
	const fixture = finishedFixture();
	const edition = getEdition(LATEST_EDITION_ID)!;
	await tab(r, 'Yleiskuva');
	await r.tap(page.getByTestId('item-link-1'));
	for (const item of edition.items) {
		const n = item.number;
		await page.getByRole('heading', { level: 1, name: new RegExp(`^${n}\\.`) }).waitFor();
		const answer = fixture.items.find((i) => i.number === n)!;
		if (SHEET_ITEMS.includes(n)) await r.tap(page.getByRole('button', { name: 'Käytä taulukon lukuja' }));
		for (const sub of item.subCriteria) {
			const met = answer.subCriteria[sub.id]?.met ?? null;
			if (met === null) continue;
			const radio = page.getByTestId(`sub-${sub.id}`).getByRole('radio', { name: met ? 'Täyttyy' : 'Ei täyty' });
			await r.tap(radio);
			await radio.and(page.locator(':checked')).waitFor();
		}
		await r.tap(page.getByTestId(`anchor-${answer.score}`));
		await page.getByTestId(`anchor-${answer.score}`).locator('.mark[data-state="saved"]').waitFor();
		if (n < edition.items.length) await r.tap(page.getByTestId('next-item'));
	}
}

async function finish(r: Reviewer): Promise<void> {
	await tab(r, 'Yhteenveto');
	await r.tap(r.page.getByTestId('finish'));
	await r.tap(r.page.getByRole('dialog').getByRole('button', { name: 'Viimeistele', exact: true }));
}

type Stored = { finishedAt: string | null; items: { number: number; score: number | null }[]; visit: { sessions: { notes: unknown[] }[]; records: unknown[] } };
const stored = async (page: Page, id: string) => (await storedReview(page, id)) as Stored | null;

/** Throws unless the review is finished with the fixture's 25 scores and everything the script entered. */
async function checkComplete(page: Page, id: string): Promise<void> {
	const fixture = finishedFixture();
	let doc: Stored | null = null;
	for (let i = 0; i < 50 && !doc?.finishedAt; i++) {
		doc = await stored(page, id);
		if (!doc?.finishedAt) await page.waitForTimeout(100);
	}
	if (!doc?.finishedAt) throw new Error('the scripted review did not finish');
	const wrong = fixture.items.filter((f) => doc.items.find((i) => i.number === f.number)?.score !== f.score).map((f) => f.number);
	const scored = doc.items.filter((i) => i.score !== null).length;
	if (scored !== 25 || wrong.length > 0) throw new Error(`finished with ${scored} scores; items not as the fixture: ${wrong.join(', ')}`);
	const notes = doc.visit.sessions.reduce((s, x) => s + x.notes.length, 0);
	const wanted = SESSIONS.reduce((s, x) => s + x.notes.length, 0);
	if (notes !== wanted || doc.visit.records.length !== RECORDS.length)
		throw new Error(`stored ${notes} notes and ${doc.visit.records.length} rows, expected ${wanted} and ${RECORDS.length}`);
}

export async function tapRows(browser: Browser, app: string): Promise<Row[]> {
	console.error('bench: scripted full review (taps)…');
	const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fi-FI', serviceWorkers: 'block' });
	const page = await context.newPage();
	page.setDefaultTimeout(30_000);
	const r = new Reviewer(page);
	try {
		r.start('create');
		const id = await create(r, app);
		r.start('sessions');
		await sessions(r);
		r.start('sheet');
		await tab(r, 'Asiakaskirjaukset');
		for (const [i, rec] of RECORDS.entries()) await sheetRow(r, i + 1, rec);
		r.start('items');
		await items(r);
		r.start('finish');
		await finish(r);
		await checkComplete(page, id);
	} catch (e) {
		// Where the script stopped, for whoever re-measures after a UI change.
		await page.screenshot({ path: 'test-results/bench-taps-failure.png', fullPage: true }).catch(() => {});
		throw e;
	} finally {
		await context.close();
	}
	const { taps, typed } = r.total();
	const phases = [...r.phases].map(([name, c]) => `${name} ${c.taps}/${c.typed}`).join(', ');
	return [
		{ figure: 'scripted full review of the fixture service, 1280×800 (taps, typed fields)', value: `taps ${taps}, typed fields ${typed}`, budget: 'before: 212 taps', ok: null },
		{ figure: 'the same, by step (taps/typed fields)', value: phases, budget: '—', ok: null }
	];
}
