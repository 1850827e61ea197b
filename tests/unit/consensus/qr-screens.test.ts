import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { canUseCamera, cameraFailure } from '../../../src/lib/ui/pair/qr-camera';
import { modulesToPath } from '../../../src/lib/ui/pair/qr-path';
import { decodeQrInNode } from '../../support/qr-decode-node';

const T = true;
const F = false;

describe('modulesToPath: one rectangle per run of dark modules', () => {
	it.each([
		['empty', [[F, F], [F, F]], ''],
		['one module', [[F, T]], 'M1 0h1v1h-1z'],
		['a run of three', [[T, T, T]], 'M0 0h3v1h-3z'],
		['two runs in a row', [[T, F, T, T]], 'M0 0h1v1h-1zM2 0h2v1h-2z'],
		['a run to the end, then the next row', [[F, T], [T, F]], 'M1 0h1v1h-1zM0 1h1v1h-1z']
	])('%s', (_name, modules, path) => {
		expect(modulesToPath(modules)).toBe(path);
	});

	it('a real symbol drawn from its path decodes back to the text (the decoder the scanner uses)', async () => {
		const text = 'LAJ1:["Äänekoski","Bertil Bedömare"]';
		const { data, size } = encode(text, { ecc: 'M', border: 4 });
		// Rasterise the path's rectangles at 4 px a module.
		const scale = 4;
		const side = size * scale;
		const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
		for (const [, x, y, w] of [...modulesToPath(data).matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => m.map(Number))) {
			for (let py = y! * scale; py < (y! + 1) * scale; py++)
				for (let px = x! * scale; px < (x! + w!) * scale; px++) rgba.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
		}
		expect(await decodeQrInNode({ data: rgba, width: side, height: side })).toBe(text);
	});
});

describe('cameraFailure: getUserMedia refusals in plain categories', () => {
	const named = (name: string) => new DOMException('x', name);
	it.each([
		[named('NotAllowedError'), 'denied'],
		[named('SecurityError'), 'denied'],
		[{ name: 'PermissionDeniedError' }, 'denied'],
		[named('NotFoundError'), 'no-camera'],
		[{ name: 'DevicesNotFoundError' }, 'no-camera'],
		[named('OverconstrainedError'), 'no-camera'],
		[named('NotReadableError'), 'failed'],
		[named('AbortError'), 'failed'],
		[new TypeError('getUserMedia is not a function'), 'failed'],
		['a string', 'failed'],
		[null, 'failed']
	])('%s → %s', (error, kind) => {
		expect(cameraFailure(error)).toBe(kind);
	});
});

describe('canUseCamera', () => {
	it.each([
		['no navigator', undefined, false],
		['no mediaDevices (insecure page, old browser)', {} as Navigator, false],
		['mediaDevices without getUserMedia', { mediaDevices: {} } as unknown as Navigator, false],
		['getUserMedia present', { mediaDevices: { getUserMedia: () => Promise.resolve() } } as unknown as Navigator, true]
	])('%s → %s', (_name, nav, can) => {
		expect(canUseCamera(nav)).toBe(can);
	});
});
