import { expect, test } from '@playwright/test';

/** What a browser needs before it offers "Install app" / "Add to home screen". */
test('the app is installable: a linked manifest with name, start URL, standalone display and loadable icons', async ({ page, request }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBeTruthy();
	const response = await request.get(new URL(href!, page.url()).toString());
	expect(response.headers()['content-type']).toContain('manifest+json');
	const manifest = await response.json();
	expect(manifest).toMatchObject({ short_name: 'Laatuarvio', start_url: '/', display: 'standalone', lang: 'fi' });
	const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
	expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
	expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
	for (const icon of manifest.icons as { src: string; type: string }[]) {
		const img = await request.get(icon.src);
		expect(img.status(), icon.src).toBe(200);
		expect(img.headers()['content-type']).toBe(icon.type);
		expect((await img.body()).subarray(1, 4).toString()).toBe('PNG');
	}
});
