import { DEFAULT_RETENTION_DAYS } from '../privacy/retention-days';
import { database } from './database';
import { toWriteError } from './errors';
import type { ProfileSettings, RetentionSettings, SettingsRow, SyncSettings } from './types';

export const DEFAULT_SYNC: SyncSettings = { key: 'sync', endpoint: null, token: null, changedAt: null };
export const DEFAULT_PROFILE: ProfileSettings = { key: 'profile', name: '', organisation: '' };
// Retention (privacy): kept apart from the connection settings above.
export const DEFAULT_RETENTION: RetentionSettings = { key: 'retention', days: DEFAULT_RETENTION_DAYS, since: null };

export async function readSettings<K extends SettingsRow['key']>(
	key: K
): Promise<Extract<SettingsRow, { key: K }>> {
	const defaults = { sync: DEFAULT_SYNC, profile: DEFAULT_PROFILE, retention: DEFAULT_RETENTION }[key];
	const row = await database().settings.get(key);
	return { ...defaults, ...(row ?? {}) } as Extract<SettingsRow, { key: K }>;
}

/** The settings write path. Changing endpoint or token stamps `changedAt` so a paused queue resumes. */
export async function saveSettings<K extends SettingsRow['key']>(
	key: K,
	patch: Partial<Omit<Extract<SettingsRow, { key: K }>, 'key'>>
): Promise<void> {
	const db = database();
	try {
		await db.transaction('rw', db.settings, async () => {
			const current = await readSettings(key);
			const next = { ...current, ...patch } as SettingsRow;
			if (next.key === 'sync' && ('endpoint' in patch || 'token' in patch)) next.changedAt = new Date().toISOString();
			// A new retention rule counts its days from now (see RetentionSettings.since).
			if (next.key === 'retention' && 'days' in patch) next.since = new Date().toISOString();
			await db.settings.put(next);
		});
	} catch (error) {
		throw toWriteError(error);
	}
}
