import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import config, { APP_URL } from '../../../playwright.config';
import { decodeJoinQr } from '../../../src/lib/consensus/qr';
import { decodeQrInNode } from '../../support/qr-decode-node';
import { startPair } from '../../../src/lib/consensus/rules';
import type { ReviewDocument } from '../../../src/lib/review/schema';
import { expectAccessible, openControlled, storedReview } from '../support/app';
import { lumaOf, writeGreyY4m } from '../support/y4m';
import { A, B } from '../pages/pair';
import { FRAME, PairQrPage, liveTracks, recordStreams } from '../pages/pair-qr';
import { WorkspacePage } from '../pages/workspace';

/**
 * The join file as a QR code: A shows it, B's camera reads it. B runs in a browser of its
 * own, because Chromium takes its fake camera (a y4m file played in a loop) as a launch flag.
 */
const SERVICE = 'QR-palvelu Äänekoski';
const base = config.use!.launchOptions!;

async function tabletB(camera: 'file' | 'no-permission', video?: string): Promise<{ browser: Browser; page: Page }> {
	const flags =
		camera === 'file'
			? ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]
			: ['--use-fake-device-for-media-stream'];
	const browser = await chromium.launch({ ...base, args: [...(base.args ?? []), ...flags] });
	const context = await browser.newContext({ baseURL: APP_URL, serviceWorkers: 'allow', viewport: { width: 1024, height: 1366 } });
	const page = await context.newPage();
	await page.addInitScript(recordStreams);
	await openControlled(page, '/data');
	await context.setOffline(true);
	await page.goto('/data');
	return { browser, page };
}

/** A's pair review on the agreed-scores tab, the join QR code shown. */
async function showCode(page: Page): Promise<{ id: string; qr: PairQrPage }> {
	const ws = new WorkspacePage(page);
	const id = await ws.seed({ meta: { service: SERVICE, reviewers: [A, B] }, change: (d: ReviewDocument) => startPair(A, B)(d) });
	await ws.open(id, '/consensus');
	const qr = new PairQrPage(page);
	await qr.show();
	return { id, qr };
}

test('A shows the join file as a QR code; B scans it with the camera, offline, and joins as the second reviewer', async ({ page }, testInfo) => {
	test.slow();
	const { id, qr } = await showCode(page);
	await expect(qr.code()).toHaveAccessibleName(new RegExp(SERVICE));
	await expect(page.getByTestId('join-qr-left-out')).toHaveCount(0);
	await expectAccessible(page);
	const box = (await qr.code().boundingBox())!;
	expect(box.width).toBeGreaterThanOrEqual(300);

	// The painted code decodes, in Node, to this review's set-up.
	const frame = await qr.frame();
	const text = (await decodeQrInNode({ data: frame, width: FRAME.width, height: FRAME.height })) ?? '';
	const read = decodeJoinQr(text);
	expect(read.ok && read.file.review.id).toBe(id);
	expect(read.ok && read.file.reviewers).toEqual([A, B]);

	// B's camera sees that picture.
	const video = testInfo.outputPath('join-qr.y4m');
	writeGreyY4m(video, lumaOf(frame), FRAME.width, FRAME.height);
	const b = await tabletB('file', video);
	try {
		const qrB = new PairQrPage(b.page);
		await qrB.scanButton().click();
		await expect(b.page.getByTestId('joined')).toContainText(B, { timeout: 30_000 });
		await expect(qrB.dialog()).toHaveCount(0);
		expect(await liveTracks(b.page)).toBe(0);
		const stored = (await storedReview(b.page, id)) as ReviewDocument;
		expect(stored.meta.service).toBe(SERVICE);
		expect(stored.ratings.map((r) => r.reviewer)).toEqual([A, B]);
		expect(await b.page.evaluate((key) => localStorage.getItem(key), `laatuarvio.rater.${id}`)).toBe('1');

		// The same code again is refused with the join file's words, and nothing changes.
		await qrB.scanButton().click();
		await expect(b.page.getByTestId('join-problem')).toContainText('on jo tällä laitteella', { timeout: 30_000 });
		expect(await liveTracks(b.page)).toBe(0);
	} finally {
		await b.browser.close();
	}
});

test('the scan dialog is accessible; Cancel and leaving the page both stop the camera', async ({}, testInfo) => {
	test.slow();
	const video = testInfo.outputPath('blank.y4m');
	writeGreyY4m(video, new Uint8Array(FRAME.width * FRAME.height).fill(200), FRAME.width, FRAME.height);
	const b = await tabletB('file', video);
	try {
		const qrB = new PairQrPage(b.page);
		await qrB.scanning();
		await expectAccessible(b.page);
		expect(await liveTracks(b.page)).toBe(1);
		await b.page.getByTestId('qr-scan-cancel').click();
		await expect(qrB.dialog()).toHaveCount(0);
		expect(await liveTracks(b.page)).toBe(0);
		await expect(qrB.scanButton()).toBeFocused();

		// Escape closes it too.
		await qrB.scanning();
		await b.page.keyboard.press('Escape');
		await expect(qrB.dialog()).toHaveCount(0);
		expect(await liveTracks(b.page)).toBe(0);

		// Leaving the screen while the camera runs (the browser's Back, inside the app).
		await b.page.getByRole('link', { name: 'Arvioinnit' }).first().click();
		await b.page.getByRole('link', { name: 'Tiedostot' }).first().click();
		await qrB.scanning();
		await b.page.goBack();
		await expect(qrB.dialog()).toHaveCount(0);
		expect(await liveTracks(b.page)).toBe(0);
	} finally {
		await b.browser.close();
	}
});

test('camera permission refused: a clear message pointing to the join file, and the file still works', async ({}) => {
	test.slow();
	const b = await tabletB('no-permission');
	try {
		const qrB = new PairQrPage(b.page);
		await qrB.scanButton().click();
		await expect(b.page.getByTestId('join-problem')).toContainText('Kameran käyttöä ei sallittu');
		await expect(b.page.getByTestId('join-problem')).toContainText('liittymistiedosto');
		await expect(qrB.dialog()).toHaveCount(0);
		await expect(b.page.getByTestId('join-file')).toBeEnabled();
	} finally {
		await b.browser.close();
	}
});

test('no camera API (an old browser or an insecure page): no scan button, only the file', async ({ page }) => {
	await page.addInitScript(() => Object.defineProperty(navigator, 'mediaDevices', { value: undefined }));
	await page.goto('/data');
	await expect(page.getByTestId('join-file')).toBeVisible();
	await expect(page.getByTestId('scan-join-qr')).toHaveCount(0);
});
