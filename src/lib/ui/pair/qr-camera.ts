/**
 * Pure: why the camera did not start, from the DOMException name getUserMedia rejects with.
 * Older names (PermissionDeniedError, DevicesNotFoundError) come from pre-standard Chromium.
 */
export type CameraFailure = 'denied' | 'no-camera' | 'failed';

const DENIED = new Set(['NotAllowedError', 'PermissionDeniedError', 'SecurityError']);
const NO_CAMERA = new Set(['NotFoundError', 'DevicesNotFoundError', 'OverconstrainedError']);

export function cameraFailure(error: unknown): CameraFailure {
	const name = typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
	if (DENIED.has(name)) return 'denied';
	if (NO_CAMERA.has(name)) return 'no-camera';
	return 'failed';
}

/** Whether this browser can ask for a camera at all (the scan button is shown only then). */
export const canUseCamera = (nav: Pick<Navigator, 'mediaDevices'> | undefined): boolean =>
	typeof nav?.mediaDevices?.getUserMedia === 'function';
