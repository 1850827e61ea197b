import { describe, expect, it } from 'vitest';
import { getEdition, LATEST_EDITION_ID } from '../../../src/lib/instrument/index';
import { createReviewDocument } from '../../../src/lib/review/create';
import type { FigureValue, ReviewDocument } from '../../../src/lib/review/schema';
import type { FigureField } from '../../../src/lib/scoring/types';
import {
	addListEntry,
	addRow,
	removeListEntry,
	removeRow,
	setListEntry,
	setRowCell
} from '../../../src/lib/ui/workspace/figure-edits';
import { fieldKey, fieldLabel } from '../../../src/lib/ui/workspace/localize';

const blank = (): ReviewDocument =>
	createReviewDocument({
		id: '00000000-0000-4000-8000-000000000001',
		edition: getEdition(LATEST_EDITION_ID)!,
		meta: { service: 'S', organisation: '', place: '', reviewers: [], startDate: '2026-01-01', endDate: null, reviewType: 'self' },
		now: '2026-01-01T00:00:00.000Z'
	});
const figure = (doc: ReviewDocument, key: string): FigureValue | undefined =>
	doc.items.find((i) => i.number === 1)?.figures[key];

describe('list and table figure edits', () => {
	it('compose when two are built before either is applied (no lost update)', () => {
		let doc = addListEntry(1, 'ftes')(addListEntry(1, 'ftes')(blank()));
		// Both edits are created from the same on-screen state, then applied in order.
		const first = setListEntry(1, 'ftes', 0, 1);
		const second = setListEntry(1, 'ftes', 1, 0.5);
		doc = second(first(doc));
		expect(figure(doc, 'ftes')).toEqual([1, 0.5]);
		expect(figure(removeListEntry(1, 'ftes', 0)(doc), 'ftes')).toEqual([0.5]);
	});

	it('add, fill and remove table rows by column', () => {
		let doc = addRow(1, 'coaches', ['contacts', 'jobSeekers'])(blank());
		doc = addRow(1, 'coaches', ['contacts', 'jobSeekers'])(doc);
		doc = setRowCell(1, 'coaches', 1, 'contacts', 3)(setRowCell(1, 'coaches', 0, 'jobSeekers', 8)(doc));
		expect(figure(doc, 'coaches')).toEqual([
			{ contacts: null, jobSeekers: 8 },
			{ contacts: 3, jobSeekers: null }
		]);
		expect(figure(removeRow(1, 'coaches', 0)(doc), 'coaches')).toEqual([{ contacts: 3, jobSeekers: null }]);
	});

	it('never mutates the document it was given', () => {
		const doc = blank();
		const copy = structuredClone(doc);
		addRow(1, 'coaches', ['a'])(doc);
		expect(doc).toEqual(copy);
	});
});

// Real rule texts, so that Swedish and English come from the installed tables (src/lib/scoring/texts).
const INPUTS: FigureField[] = [
	{ key: 'clients', kind: 'number', label: 'Työaika' },
	{ key: 'ftes', kind: 'list', label: 'Kunkin työhönvalmentajan työaika', itemLabel: 'Työhönvalmentaja' },
	{
		key: 'coaches',
		kind: 'rows',
		label: 'Työnantajatapaamiset työhönvalmentajittain',
		itemLabel: 'Työhönvalmentaja',
		columns: [{ key: 'contacts', label: 'Kasvokkaiset työnantajatapaamiset' }]
	}
];

describe('naming a problem field for the reviewer', () => {
	it.each([
		['clients', 'fi', 'Työaika'],
		['ftes', 'fi', 'Kunkin työhönvalmentajan työaika'],
		['ftes[0]', 'fi', 'Kunkin työhönvalmentajan työaika: Työhönvalmentaja 1'],
		['coaches[2].contacts', 'fi', 'Työnantajatapaamiset työhönvalmentajittain: Työhönvalmentaja 3: Kasvokkaiset työnantajatapaamiset'],
		['coaches[2].contacts', 'sv', 'Arbetsgivarkontakter per arbetscoach: Arbetscoach 3: Arbetsgivarkontakter ansikte mot ansikte'],
		['coaches[2].contacts', 'en', 'Employer contacts per coach: Coach 3: Face-to-face employer contacts'],
		['coaches[0].unknown', 'fi', 'Työnantajatapaamiset työhönvalmentajittain: Työhönvalmentaja 1: unknown'],
		['nothing', 'fi', 'nothing']
	])('%s (%s) → %s', (path, locale, expected) => {
		expect(fieldLabel(INPUTS, path, locale)).toBe(expected);
	});

	it.each([
		['coaches[1].contacts', 'coaches'],
		['ftes[0]', 'ftes'],
		['clients', 'clients']
	])('%s belongs to input %s', (path, key) => {
		expect(fieldKey(path)).toBe(key);
	});
});
