import { FRAME_INDEX, FRAME_PREFIX } from '../../src/lib/shell/record';

/**
 * An init script's body that removes every kept frame (src/lib/shell) and their index before the
 * page's own inline scripts look for one: what the bench runs to time the app's own way to a screen.
 * Storage the browser blocks is left as it is.
 */
export const REMOVE_KEPT_FRAMES = `try {
	for (const k of Object.keys(localStorage)) if (k.startsWith(${JSON.stringify(FRAME_PREFIX)}) || k === ${JSON.stringify(FRAME_INDEX)}) localStorage.removeItem(k);
} catch {}`;
