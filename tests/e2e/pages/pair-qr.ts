import { expect, type Locator, type Page } from '@playwright/test';

/** A video frame the size Chromium's fake camera is asked to play. */
export const FRAME = { width: 640, height: 480 } as const;

/**
 * The join QR code on A's tablet and the scan dialog on B's. `frame()` draws the code as the
 * browser painted it (the SVG, rasterised by the page itself) into a camera-sized picture
 * with a white margin, so a test can decode it in Node and play it to a fake camera.
 */
export class PairQrPage {
	constructor(readonly page: Page) {}

	code(): Locator {
		return this.page.getByTestId('join-qr');
	}

	async show(): Promise<void> {
		await this.page.getByTestId('show-join-qr').click();
		await expect(this.code()).toBeVisible();
	}

	async frame(side = 400): Promise<Uint8ClampedArray> {
		const base64 = await this.code().evaluate(async (svg, { width, height, side }) => {
			const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
			const image = new Image();
			await new Promise((resolve, reject) => ((image.onload = resolve), (image.onerror = reject), (image.src = url)));
			const canvas = document.createElement('canvas');
			[canvas.width, canvas.height] = [width, height];
			const context = canvas.getContext('2d')!;
			context.fillStyle = '#fff';
			context.fillRect(0, 0, width, height);
			context.imageSmoothingEnabled = false;
			context.drawImage(image, (width - side) / 2, (height - side) / 2, side, side);
			URL.revokeObjectURL(url);
			const bytes = context.getImageData(0, 0, width, height).data;
			let binary = '';
			for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
			return btoa(binary);
		}, { ...FRAME, side });
		return new Uint8ClampedArray(Buffer.from(base64, 'base64'));
	}

	scanButton(): Locator {
		return this.page.getByTestId('scan-join-qr');
	}

	dialog(): Locator {
		return this.page.getByTestId('qr-scan');
	}

	/** Opens the scan dialog and waits until frames are being read (camera and decoder both loaded). */
	async scanning(): Promise<void> {
		await this.scanButton().click();
		// Starting a fake camera and loading the decoder takes seconds on a loaded two-core machine.
		await expect(this.page.getByTestId('qr-scan-status')).toContainText('Etsitään QR-koodia', { timeout: 30_000 });
	}
}

/**
 * Records every camera stream the page opens, so a test can see that each track was stopped.
 * Added with `page.addInitScript` before the app loads.
 */
export function recordStreams(): void {
	const w = window as unknown as { __streams: MediaStream[] };
	w.__streams = [];
	const media = navigator.mediaDevices;
	if (!media) return;
	const original = media.getUserMedia.bind(media);
	media.getUserMedia = async (constraints) => {
		const stream = await original(constraints);
		w.__streams.push(stream);
		return stream;
	};
}

/** How many recorded camera tracks are still live. */
export const liveTracks = (page: Page) =>
	page.evaluate(() => (window as unknown as { __streams: MediaStream[] }).__streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length);
