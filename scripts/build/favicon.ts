/**
 * Draws static/favicon.svg into static/favicon-32.png (issue 15, round 4): Chromium parsed the SVG
 * favicon as a document of its own on the main thread (≈ 100 ms at 4× CPU in a trace of the list's
 * start), a 32 px PNG is decoded off it. Chromium draws it, so the PNG matches the SVG. Run by hand
 * when the SVG changes; the PNG is committed.
 *
 *   npx tsx scripts/build/favicon.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SIZE = 32;
const svg = readFileSync('static/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
try {
	const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
	await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block}</style><img width="${SIZE}" height="${SIZE}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`);
	await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
	writeFileSync('static/favicon-32.png', await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } }));
} finally {
	await browser.close();
}
