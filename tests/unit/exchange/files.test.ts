import { describe, expect, it } from 'vitest';
import { Backup, encodeBackup, encodeReviewFile } from '../../../src/lib/exchange/files';
import { backupFileName, reviewFileName, scoresFileName, slug } from '../../../src/lib/exchange/filename';
import { ReviewDocument } from '../../../src/lib/review/schema';
import { buildFinishedReview, buildFreshReview, withScores } from '../../fixtures/review-builder';

describe('review file', () => {
	it('is the protocol document itself, nothing wrapped around it', () => {
		const doc = buildFinishedReview();
		const file = encodeReviewFile(doc);
		if (!file.ok) throw new Error('refused');
		expect(ReviewDocument.parse(JSON.parse(file.text))).toEqual(doc);
		expect(Object.keys(JSON.parse(file.text))).toEqual(Object.keys(ReviewDocument.shape));
	});

	it('refuses a finished review that would fail the upload check', () => {
		const file = encodeReviewFile(withScores(buildFinishedReview(), { 7: null }));
		expect(file).toEqual({ ok: false, id: buildFinishedReview().id, issues: [{ path: 'items', code: 'custom' }] });
	});

	it('writes a draft as a draft', () => {
		const draft = { ...withScores(buildFinishedReview(), { 7: null }), finishedAt: null, totals: null };
		const file = encodeReviewFile(draft);
		if (!file.ok) throw new Error('refused');
		expect(JSON.parse(file.text).finishedAt).toBeNull();
	});
});

describe('backup file', () => {
	it('wraps every review with kind, version, createdAt and the app version', () => {
		const docs = [buildFreshReview(), buildFreshReview()];
		const file = encodeBackup(docs, '2026-11-22T08:00:00.000Z', '0.1.0');
		if (!file.ok) throw new Error('refused');
		const parsed = Backup.parse(JSON.parse(file.text));
		expect(parsed).toEqual({ kind: 'laatuarvio.backup', version: 1, createdAt: '2026-11-22T08:00:00.000Z', app: { version: '0.1.0' }, reviews: docs });
	});

	it('refuses as a whole when one review is broken, naming it', () => {
		const bad = withScores(buildFreshReview(), { 1: null });
		const file = encodeBackup([buildFreshReview(), bad], '2026-11-22T08:00:00.000Z', '0.1.0');
		expect(file.ok).toBe(false);
		if (!file.ok) expect(file.id).toBe(bad.id);
	});

	it('an empty device gives a valid, empty backup', () => {
		const file = encodeBackup([], '2026-11-22T08:00:00.000Z', '0.1.0');
		expect(file.ok && JSON.parse(file.text).reviews).toEqual([]);
	});
});

describe('file names', () => {
	it.each([
		['Työhönvalmennus Joensuu', 'tyohonvalmennus-joensuu'],
		['Åland / Ålands IPS', 'aland-alands-ips'],
		['  --Ääni!!  ', 'aani'],
		['<script>', 'script'],
		['***', 'arviointi'],
		['a'.repeat(80), 'a'.repeat(60)]
	])('slug(%s) → %s', (text, expected) => {
		expect(slug(text)).toBe(expected);
	});

	it('names files by service, date and revision', () => {
		expect(reviewFileName('Työhönvalmennus Joensuu', '2026-03-02', 2)).toBe('tyohonvalmennus-joensuu-2026-03-02-v2.json');
		expect(backupFileName('2026-11-22')).toBe('laatuarvio-varmuuskopio-2026-11-22.json');
		expect(scoresFileName('2026-11-22')).toBe('laatuarvio-pisteet-2026-11-22.csv');
	});
});
