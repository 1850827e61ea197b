import { expect, test } from '@playwright/test';
import { WorkspacePage } from '../pages/workspace';

test('on a phone a wrapped mismatch link has its bullet beside its first line', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const ws = new WorkspacePage(page);
	// Item 13: every sub-criterion met suggests 5; the chosen 3 differs.
	const id = await ws.seed({
		scores: { 13: 3 },
		change: (doc) => ({
			...doc,
			items: doc.items.map((i) =>
				i.number === 13
					? { ...i, subCriteria: Object.fromEntries(['13.1', '13.2', '13.3', '13.4'].map((s) => [s, { met: true, evidence: '' }])) }
					: i
			)
		})
	});
	await ws.open(id, '/summary');
	const list = page.getByTestId('mismatch-list');
	const link = list.getByRole('link');
	await expect(link).toContainText('valittu 3 p, ehdotus 5 p');

	const bullet = (await list.getByTestId('mismatch-bullet').boundingBox())!;
	const box = (await link.boundingBox())!;
	const lineHeight = await link.evaluate((a) => parseFloat(getComputedStyle(a).lineHeight) || 24);
	expect(box.height, 'the link wraps on a phone (else this test shows nothing)').toBeGreaterThan(lineHeight * 1.8);
	// The bullet's line is the link's first line: within the first line height from the top.
	expect(bullet.y + bullet.height).toBeLessThanOrEqual(box.y + box.height / 2);
	// Still one list item per link for screen readers.
	await expect(list.getByRole('listitem')).toHaveCount(1);
});
