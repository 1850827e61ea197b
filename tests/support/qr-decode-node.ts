import { resolveObjectURL } from 'node:buffer';
import { createWorker } from 'qr-scanner/qr-scanner-worker.min.js';
import { workerDecoder, type DecoderWorker, type Pixels } from '../../src/lib/ui/pair/qr-worker';

/**
 * The app's QR decoder run in Node: qr-scanner's real worker code (the text its `createWorker`
 * puts in a Blob) evaluated against a stand-in for the worker's `self`, reached through the
 * app's own `workerDecoder`. Unit tests read a drawn symbol back with it, and the browser test
 * checks the painted code in Node before the fake camera plays it.
 */
async function workerSource(): Promise<string> {
	const real = (globalThis as { Worker?: unknown }).Worker;
	let url = '';
	(globalThis as { Worker?: unknown }).Worker = class {
		constructor(u: string) {
			url = u;
		}
	};
	try {
		createWorker();
	} finally {
		(globalThis as { Worker?: unknown }).Worker = real;
	}
	const blob = resolveObjectURL(url);
	if (!blob) throw new Error('qr-scanner worker: no Blob behind its URL');
	URL.revokeObjectURL(url);
	return blob.text();
}

function inProcessWorker(source: string): DecoderWorker {
	const listeners: ((event: MessageEvent) => void)[] = [];
	const scope: { onmessage: ((event: { data: unknown }) => void) | null; postMessage(data: unknown): void; close(): void } = {
		onmessage: null,
		postMessage: (data) => listeners.forEach((listener) => listener({ data } as MessageEvent)),
		close: () => {}
	};
	new Function('self', source)(scope);
	return {
		// A copy, as a real worker gets: the decoder uses the frame's buffer as its scratch space.
		postMessage: (data: unknown) => scope.onmessage?.({ data: structuredClone(data) }),
		addEventListener: (type: string, listener: (event: MessageEvent) => void) => {
			if (type === 'message') listeners.push(listener);
		},
		terminate: () => listeners.splice(0)
	} as unknown as DecoderWorker;
}

/** Decodes one RGBA frame; null when no code is found. */
export async function decodeQrInNode(frame: Pixels): Promise<string | null> {
	const decoder = workerDecoder(inProcessWorker(await workerSource()));
	try {
		return await decoder.decode(frame);
	} finally {
		decoder.close();
	}
}
