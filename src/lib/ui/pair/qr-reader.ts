import { workerDecoder } from './qr-worker';

/**
 * Reads a QR code from the camera's video, one frame per call. The browser's own
 * BarcodeDetector is used where it reads QR codes (Android, ChromeOS, macOS); elsewhere
 * qr-scanner's decoder, loaded only now, reads a down-scaled frame in a worker
 * (./qr-worker.ts), so the camera view stays smooth. `close` ends the worker.
 */
export type FrameReader = { read(video: HTMLVideoElement): Promise<string | null>; close(): void };

type Detector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> };
type DetectorClass = { new (options: { formats: string[] }): Detector; getSupportedFormats?(): Promise<string[]> };

/** Frames are scaled to at most this many pixels on the long side: enough for a screen-sized code, and cheap on a tablet CPU. */
const MAX_SIDE = 720;

export async function frameReader(): Promise<FrameReader> {
	const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
	const formats = Native ? await Native.getSupportedFormats?.().catch(() => []) : [];
	if (Native && formats?.includes('qr_code')) {
		const detector = new Native({ formats: ['qr_code'] });
		return { read: async (video) => (await detector.detect(video))[0]?.rawValue ?? null, close: () => {} };
	}
	const { createWorker } = await import('qr-scanner/qr-scanner-worker.min.js');
	const decoder = workerDecoder(createWorker());
	const canvas = document.createElement('canvas');
	const context = canvas.getContext('2d', { willReadFrequently: true });
	return {
		async read(video) {
			const { videoWidth: w, videoHeight: h } = video;
			if (!context || w === 0 || h === 0) return null;
			const scale = Math.min(1, MAX_SIDE / Math.max(w, h));
			canvas.width = Math.round(w * scale);
			canvas.height = Math.round(h * scale);
			context.drawImage(video, 0, 0, canvas.width, canvas.height);
			return decoder.decode(context.getImageData(0, 0, canvas.width, canvas.height));
		},
		close: () => decoder.close()
	};
}
