import { describe, expect, it } from 'vitest';
import { prefillFromProfile, validateNewReview, type NewReviewFields } from '../../../src/lib/ui/home/new-review-form';

const valid: NewReviewFields = {
	service: 'Työhönvalmennus Kuopio',
	organisation: 'Kuopion kaupunki',
	place: 'Kuopio',
	reviewers: ['Maija Arvioija'],
	startDate: '2026-04-14',
	endDate: '',
	reviewType: 'external',
	editionId: 'fi-2021-11-01'
};

describe('validateNewReview', () => {
	it('turns a filled form into review meta: trimmed, blank reviewers dropped, no end date as null', () => {
		const result = validateNewReview({ ...valid, service: '  Työhönvalmennus Kuopio ', reviewers: [' Maija ', '', '  '] });
		expect(result).toEqual({
			ok: true,
			meta: {
				service: 'Työhönvalmennus Kuopio',
				organisation: 'Kuopion kaupunki',
				place: 'Kuopio',
				reviewers: ['Maija'],
				startDate: '2026-04-14',
				endDate: null,
				reviewType: 'external'
			}
		});
	});

	it.each<[string, Partial<NewReviewFields>, Record<string, string>]>([
		['an empty service', { service: '' }, { service: 'serviceRequired' }],
		['a service of spaces only', { service: '   ' }, { service: 'serviceRequired' }],
		['a service of 201 characters', { service: 'x'.repeat(201) }, { service: 'tooLong' }],
		['an organisation of 201 characters', { organisation: 'x'.repeat(201) }, { organisation: 'tooLong' }],
		['no reviewer', { reviewers: [''] }, { reviewers: 'reviewerRequired' }],
		['a reviewer of 201 characters', { reviewers: ['x'.repeat(201)] }, { reviewers: 'tooLong' }],
		['no start date', { startDate: '' }, { startDate: 'startRequired' }],
		['a start date that is not a day', { startDate: '2026-02-30' }, { startDate: 'dateInvalid' }],
		['an end date the day before the start', { endDate: '2026-04-13' }, { endDate: 'endBeforeStart' }],
		['an end date that is not a date', { endDate: '14.4.2026' }, { endDate: 'dateInvalid' }]
	])('refuses %s', (_name, change, errors) => {
		expect(validateNewReview({ ...valid, ...change })).toEqual({ ok: false, errors });
	});

	it.each<[string, Partial<NewReviewFields>]>([
		['a service of exactly 200 characters', { service: 'x'.repeat(200) }],
		['an end date on the start date', { endDate: '2026-04-14' }],
		['29 February in a leap year', { startDate: '2028-02-29' }]
	])('accepts %s', (_name, change) => {
		expect(validateNewReview({ ...valid, ...change }).ok).toBe(true);
	});
});

describe('prefillFromProfile', () => {
	const empty: NewReviewFields = { ...valid, service: '', organisation: '', place: '', reviewers: [''] };
	const profile = { key: 'profile' as const, name: 'Maija Arvioija', organisation: 'IPS-keskus' };

	it.each<[string, NewReviewFields, NewReviewFields]>([
		['fills an empty first reviewer, never the service’s organisation', empty, { ...empty, reviewers: ['Maija Arvioija'] }],
		['keeps a first reviewer already typed', { ...empty, reviewers: ['Ville'] }, { ...empty, reviewers: ['Ville'] }],
		['keeps the other reviewers', { ...empty, reviewers: ['', 'Toinen'] }, { ...empty, reviewers: ['Maija Arvioija', 'Toinen'] }],
		['keeps an organisation already typed', { ...empty, organisation: 'Kuopion kaupunki' }, { ...empty, organisation: 'Kuopion kaupunki', reviewers: ['Maija Arvioija'] }]
	])('%s', (_, fields, expected) => {
		expect(prefillFromProfile(fields, profile)).toEqual(expected);
	});

	it('changes nothing when the profile has no name', () => {
		expect(prefillFromProfile(empty, { name: '' })).toBe(empty);
	});
});
