import { expect, request, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { RECEIVER_URL } from '../../../playwright.config';
import type { OutboxRow } from '../../../src/lib/db/types';
import { outboxRow, seedDatabase } from '../support/seed';
import { LATEST_EDITION_ID, getEdition } from '../../../src/lib/instrument/index';
import { createReviewDocument } from '../../../src/lib/review/create';
import { setScore } from '../../../src/lib/review/edit';
import { finish, reopen } from '../../../src/lib/review/lifecycle';
import type { ReviewDocument } from '../../../src/lib/review/schema';

/** Page object for /settings and the upload queue, plus the real receiver's test API. */

export const API = `${RECEIVER_URL}/api/v1`;
export const TOKEN = 'e2e-token';
/** Same origin, no app script: the worker leaves `.json` navigations to the network (vite.config.ts). */
const QUIET_PAGE = '/schema/laatuarvio.review-2.schema.json';

/** A finished review built in Node with the app's own pure functions (no dependency on the workspace screens). */
export function finishedReview(service: string, score: 1 | 2 | 3 | 4 | 5 = 4, overrides: Partial<ReviewDocument> = {}): ReviewDocument {
	const edition = getEdition(LATEST_EDITION_ID)!;
	const now = new Date().toISOString();
	let doc = createReviewDocument({
		id: crypto.randomUUID(),
		edition,
		meta: { service, organisation: 'E2E-organisaatio', place: 'Testilä', reviewers: ['Arvioija'], startDate: '2026-11-02', endDate: null, reviewType: 'external' },
		now
	});
	for (const item of edition.items) doc = setScore(item.number, score)(doc);
	const result = finish(doc, edition, now);
	if (!result.ok) throw new Error(`fixture did not finish: ${result.reason}`);
	return { ...result.doc, ...overrides };
}

/** Reopen, change one score, finish again: the next revision, as the workspace would produce it. */
export function nextRevision(doc: ReviewDocument, item: number, score: 1 | 2 | 3 | 4 | 5): ReviewDocument {
	const edition = getEdition(doc.edition)!;
	const now = new Date().toISOString();
	const result = finish(setScore(item, score)(reopen(doc, now)), edition, now);
	if (!result.ok) throw new Error('revision did not finish');
	return result.doc;
}

export class SyncPage {
	readonly queue: Locator;
	readonly badge: Locator;
	readonly endpoint: Locator;
	readonly token: Locator;

	constructor(readonly page: Page) {
		this.queue = page.getByTestId('queue');
		this.badge = this.queue.getByTestId('sync-badge');
		this.endpoint = page.getByLabel(/Vastaanottajan osoite/);
		this.token = page.getByLabel('Tunniste', { exact: true });
	}

	async goto(): Promise<void> {
		await this.page.goto('/settings');
		await expect(this.page.getByRole('heading', { level: 1, name: 'Asetukset' })).toBeVisible();
		await expect(this.badge).toBeVisible(); // the queue has read the database, so it exists with its stores
	}

	async configure(endpoint = API, token: string | null = TOKEN): Promise<void> {
		await this.endpoint.fill(endpoint);
		if (token !== null) {
			if (!(await this.token.isVisible())) await this.page.getByRole('button', { name: 'Vaihda tunniste' }).click();
			await this.token.fill(token);
		}
		await this.page.getByRole('button', { name: 'Tallenna yhteysasetukset' }).click();
		await expect(this.page.getByTestId('connection-message')).toHaveText('Yhteysasetukset tallennettu.');
	}

	/** Opens /settings and saves the connection (the test receiver's by default). */
	static async configured(page: Page, endpoint = API, token: string | null = TOKEN): Promise<SyncPage> {
		const sync = new SyncPage(page);
		await sync.goto();
		await sync.configure(endpoint, token);
		return sync;
	}

	/** Puts finished reviews and their outbox rows straight into IndexedDB, then opens /settings so the app starts on them. */
	async seed(docs: ReviewDocument[]): Promise<void> {
		await this.seedRows({ reviews: docs, outbox: docs.map((doc) => outboxRow(doc)) });
	}

	/**
	 * Writes `data` from a page that runs no app code, then opens /settings. Written under
	 * the settings page, the rows could be claimed by its pass (the one saving the connection
	 * started) and their PUT cut off by the reload; the next start then rightly sends them
	 * again, and an exactly-once assertion would fail by chance. Offline the engine sends
	 * nothing, and the worker would not serve that page, so the rows are written in place.
	 */
	async seedRows(data: Parameters<typeof seedDatabase>[1]): Promise<void> {
		if (await this.page.evaluate(() => navigator.onLine)) await this.page.goto(QUIET_PAGE);
		await seedDatabase(this.page, data);
		await this.goto();
	}

	/** One outbox row as stored. */
	outboxRow(reviewId: string, revision = 1): Promise<OutboxRow | null> {
		return this.page.evaluate(
			([id, rev]) =>
				new Promise<OutboxRow | null>((resolve, reject) => {
					const open = indexedDB.open('laatuarvio');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const req = open.result.transaction('outbox').objectStore('outbox').get([id, rev]);
						req.onsuccess = () => (open.result.close(), resolve(req.result ?? null));
						req.onerror = () => reject(req.error);
					};
				}),
			[reviewId, revision] as const
		);
	}

	async expectStatus(reviewId: string, revision: number, state: string, timeout = 30_000): Promise<Locator> {
		const entry = this.queue.locator(`li[data-review-id="${reviewId}"] li[data-revision="${revision}"]`);
		await expect(entry).toHaveAttribute('data-state', state, { timeout });
		return entry;
	}
}

export type Attempt = { method: string; path: string; status: number | null; ms: number; fault: string | null };

/** The reference receiver over HTTP: its fault-injection API and its listing. */
export class Receiver {
	private constructor(private readonly http: APIRequestContext) {}

	static async open(): Promise<Receiver> {
		return new Receiver(await request.newContext());
	}

	/** `reviewId` keeps the fault to this test's review: other tests upload to the same receiver in parallel. */
	async fault(plan: { mode: 'fail' | 'delay' | 'rate-limit' | 'close' | 'drop-after-commit'; count: number; status?: number; delayMs?: number; retryAfterSeconds?: number; reviewId?: string }): Promise<void> {
		expect((await this.http.post(`${RECEIVER_URL}/__faults`, { data: plan })).ok()).toBe(true);
	}

	/** PUTs the receiver saw for one review, oldest first. */
	async attempts(reviewId: string): Promise<Attempt[]> {
		const body = (await (await this.http.get(`${RECEIVER_URL}/__faults/log`)).json()) as { attempts: Attempt[] };
		return body.attempts.filter((a) => a.path.includes(`/reviews/${reviewId}/`));
	}

	/** How many reviews with this id the receiver lists (it stores each (id, revision) at most once). */
	async listed(reviewId: string): Promise<{ reviewId: string; latestRevision: number }[]> {
		const reply = await this.http.get(`${API}/reviews`, { headers: { Authorization: `Bearer ${TOKEN}` } });
		const body = (await reply.json()) as { reviews: { reviewId: string; latestRevision: number }[] };
		return body.reviews.filter((r) => r.reviewId === reviewId);
	}

	async revision(reviewId: string, revision: number): Promise<{ document: ReviewDocument; receipt: { receiptId: string } } | null> {
		const reply = await this.http.get(`${API}/reviews/${reviewId}/revisions/${revision}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
		return reply.ok() ? reply.json() : null;
	}

	async close(): Promise<void> {
		await this.http.dispose();
	}
}
