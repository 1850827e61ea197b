import { m } from '$lib/paraglide/messages';
import type { QrFailure } from '$lib/consensus/qr';
import type { CameraFailure } from './qr-camera';
import { issuesText } from './files-text';

/** Plain words for a scanned code that is refused (src/lib/consensus/qr.ts) and for a camera that did not start. */
export function qrFailureText(failure: QrFailure): string {
	switch (failure.kind) {
		case 'not-join-code':
		case 'wrong-kind':
			return m['pairqr.refused.notJoinCode']();
		case 'unsupported-version':
			return m['pairqr.refused.version']({ found: failure.found });
		case 'invalid':
			return m['pairqr.refused.invalid']({ issues: issuesText(failure.issues) });
		default:
			return m['pairqr.refused.unreadable']();
	}
}

export function cameraFailureText(failure: CameraFailure): string {
	const words: Record<CameraFailure, () => string> = {
		denied: m['pairqr.camera.denied'],
		'no-camera': m['pairqr.camera.none'],
		failed: m['pairqr.camera.failed']
	};
	return words[failure]();
}
