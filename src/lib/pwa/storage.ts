/**
 * Persistent storage keeps the browser from evicting IndexedDB under storage
 * pressure. Chromium grants it to installed apps and sites with engagement;
 * we ask once at start and show the answer.
 */
import { formatNumber } from '../i18n/format';

export type StorageStatus = {
	persisted: boolean | null; // null: the browser has no StorageManager
	usage: number | null;
	quota: number | null;
};

export async function requestPersistence(): Promise<boolean | null> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persist) return null;
	try {
		if (await navigator.storage.persisted()) return true;
		return await navigator.storage.persist();
	} catch {
		return false;
	}
}

export async function storageStatus(): Promise<StorageStatus> {
	if (typeof navigator === 'undefined' || !navigator.storage) return { persisted: null, usage: null, quota: null };
	const [persisted, estimate] = await Promise.all([
		navigator.storage.persisted?.().catch(() => null) ?? null,
		navigator.storage.estimate?.().catch(() => null) ?? null
	]);
	return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

export function formatBytes(n: number, locale: string): string {
	const units = ['B', 'kB', 'MB', 'GB'];
	let i = 0;
	while (n >= 1000 && i < units.length - 1) {
		n /= 1000;
		i++;
	}
	// formatNumber, not toLocaleString: a page's first Intl number format loads ICU's number
	// data (0.2–0.4 s at 4× CPU), and this runs on the list's storage line.
	return `${formatNumber(n, locale, { max: i ? 1 : 0 })} ${units[i]}`;
}
