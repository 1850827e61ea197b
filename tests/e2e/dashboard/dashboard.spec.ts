import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { RECEIVER_URL } from '../../../playwright.config';
import type { ReviewDocument } from '../../../src/lib/review/schema';
import { expectAccessible } from '../support/app';
import { finishedFixture } from '../support/fixtures';
import { DashboardPage } from '../pages/dashboard';
import { pairReview } from '../../unit/receiver/pair-review';

// axe is injected by the test, and the dashboard's CSP (default-src 'none') would refuse it.
test.use({ bypassCSP: true });

const WRITE = 'e2e-token';
const READ = 'e2e-readonly';

/** Reviews uploaded over the real protocol, under a service name of this run's own. */
async function seed(request: APIRequestContext, service: string, reviews: { startDate: string; score: number }[]) {
	for (const { startDate, score } of reviews) {
		const doc: ReviewDocument = finishedFixture();
		doc.meta = { ...doc.meta, service, startDate };
		doc.items = doc.items.map((item) => ({ ...item, score: item.number === 3 ? 1 : (score as 1 | 2 | 3 | 4 | 5) }));
		const response = await request.put(`${RECEIVER_URL}/api/v1/reviews/${doc.id}/revisions/${doc.revision}`, {
			headers: { authorization: `Bearer ${WRITE}` },
			data: doc
		});
		expect(response.status()).toBe(201);
	}
}

test('a reader signs in, sees the services, one service trend and the heat map, and downloads every export', async ({ page, request }) => {
	test.slow(); // four screens under axe and three downloads
	const service = `Palvelu ${randomUUID().slice(0, 8)}`;
	await seed(request, service, [{ startDate: '2025-02-01', score: 3 }, { startDate: '2025-08-01', score: 4 }]);
	const dashboard = new DashboardPage(page);

	await dashboard.signIn(READ);
	await dashboard.expectSignedIn();
	const row = dashboard.row(service);
	await expect(row).toContainText('97'); // 24 × 4 + 1
	await expect(row).toContainText('2026-02-01'); // below 100: six months on
	await expect(row.getByRole('img', { name: 'Pisteet ajan mittaan: 73, 97' })).toBeVisible();
	await expectAccessible(page);

	await row.getByRole('link', { name: service }).click();
	await expect(page.getByRole('heading', { level: 1, name: service })).toBeVisible();
	await expect(page.getByRole('img', { name: /73, 97/ })).toBeVisible();
	await expectAccessible(page);

	await dashboard.open(/^Kriteerit palveluittain$/);
	await expect(page.getByRole('rowheader').first()).toHaveText(/^3\./); // every seeded review scored criterion 3 lowest
	await expectAccessible(page);

	await dashboard.open(/^Aineistot$/);
	await expectAccessible(page);
	for (const [name, check] of [
		['CSV, leveä', (text: string) => expect(text.split('\r\n')[0]).toContain('review_id,revision,organisation,service,start_date')],
		['CSV, pitkä', (text: string) => expect(text.split('\r\n')[0]).toBe('\uFEFFreview_id,revision,organisation,service,start_date,criterion,score')]
	] as const) {
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
		const text = readFileSync(await download.path(), 'utf8');
		check(text);
		expect(text).toContain(service);
	}
	const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Excel/ }).click()]);
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(new Uint8Array(readFileSync(await xlsx.path())).buffer);
	expect(book.worksheets.map((s) => s.name)).toEqual(['wide', 'long']);
	const services = book.getWorksheet('wide')!.getColumn(4).values.map(String);
	expect(services.filter((s) => s === service)).toHaveLength(2);
});

test('the dashboard refuses without credentials, with a wrong token, and any attempt to write', async ({ page, request }) => {
	test.slow(); // three sign-in round trips and axe
	await page.goto(`${RECEIVER_URL}/dashboard/services`);
	await expect(page).toHaveURL(/\/dashboard\/sign-in/);
	await expectAccessible(page);

	const dashboard = new DashboardPage(page);
	await dashboard.signIn('not-a-token', 'en');
	await expect(page.getByRole('alert')).toHaveText('The token is not valid.');
	await expect(page).toHaveURL(/\/dashboard\/sign-in/);

	await dashboard.signIn(READ);
	await dashboard.expectSignedIn();
	const cookies = await page.context().cookies(`${RECEIVER_URL}/dashboard/services`);
	const session = cookies.find((c) => c.name === 'laatuarvio_session')!;
	expect(session.httpOnly).toBe(true);
	expect(session.sameSite).toBe('Strict');
	expect(page.url()).not.toContain(READ);
	// Write attempts: a POST to a page, and the upload API with the dashboard's session instead of a token.
	const cookie = `laatuarvio_session=${session.value}`;
	expect((await request.post(`${RECEIVER_URL}/dashboard/services`, { headers: { cookie } })).status()).toBe(404);
	const doc = finishedFixture();
	expect((await request.put(`${RECEIVER_URL}/api/v1/reviews/${doc.id}/revisions/1`, { headers: { cookie }, data: doc })).status()).toBe(401);
	expect((await request.put(`${RECEIVER_URL}/api/v1/reviews/${doc.id}/revisions/1`, { headers: { authorization: `Bearer ${READ}` }, data: doc })).status()).toBe(403);
});

test("a pair review's report: identity-code badge in words, scores by section, agreement figures, differing items, printable", async ({ page, request }) => {
	test.slow(); // three screens under axe
	const service = `Pari ${randomUUID().slice(0, 8)}`;
	const base = finishedFixture();
	base.meta = { ...base.meta, service, startDate: '2026-02-01' };
	const doc = await pairReview(base);
	doc.conclusions = 'Muistiinpanossa asiakkaan tunnus 131052-308T.';
	const put = await request.put(`${RECEIVER_URL}/api/v1/reviews/${doc.id}/revisions/${doc.revision}`, { headers: { authorization: `Bearer ${WRITE}` }, data: doc });
	expect(put.status()).toBe(201);

	const dashboard = new DashboardPage(page);
	await dashboard.signIn(READ);
	await dashboard.expectSignedIn();
	const row = dashboard.row(service);
	await expect(row).toContainText('Henkilötunnus: 1 henkilötunnus');
	await row.getByRole('link', { name: service }).click();
	await page.getByRole('link', { name: 'Avaa raportti 2026-02-01' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${service} · 2026-02-01`);
	await expect(page.getByRole('note')).toContainText('Asiakirjassa on voimassa olevan muotoinen henkilötunnus');
	await expect(page.getByRole('row', { name: /Kokonaispisteet/ })).toContainText('77 / 125');
	await expect(page.getByText('(saavutettu taso)')).toBeVisible();
	const overall = page.getByRole('row', { name: /Kaikki kriteerit/ });
	await expect(overall.getByRole('cell')).toHaveText(['25', /^80\s%$/, /^100\s%$/, '0,00']);
	await expect(page.getByRole('heading', { name: 'Kriteerit, joissa arviot erosivat' })).toBeVisible();
	await expect(page.getByRole('columnheader', { name: 'Bertil' })).toBeVisible();
	await expectAccessible(page);

	// Printed: the navigation and the sign-out form stay off the paper; the report stays.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Kirjaudu ulos' })).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Arvioijien yhtäpitävyys' })).toBeVisible();
});
