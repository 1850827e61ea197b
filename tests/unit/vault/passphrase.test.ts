import { describe, expect, it } from 'vitest';
import { passphraseProblem } from '../../../src/lib/db/vault/passphrase';

describe('passphraseProblem', () => {
	it.each([
		['', 'short'],
		['12345', 'short-pin'],
		['000000', 'repeated'],
		['123456', 'run'],
		['987654', 'run'],
		['1234567890', 'run'],
		['481516', null],
		['135790', null],
		['2468024', null],
		['lyhyt', 'short'],
		['kahdeksan', 'short'], // 9 characters
		['abcdefghij', 'run'],
		['ABCDEFGHIJ', 'run'],
		['aaaaaaaaaa', 'repeated'],
		['          ', 'repeated'],
		['kymmenen!!', null],
		['työhönvalmennus', null],
		['12345a', 'short'], // not digits only: a passphrase, too short
		['päivä päivältä', null]
	] as const)('%j → %s', (text, kind) => {
		expect(passphraseProblem(text)?.kind ?? null).toBe(kind);
	});

	it('counts characters, not UTF-16 units', () => {
		expect(passphraseProblem('🙂🙂🙂🙂🙂x🙂🙂🙂🙂')).toBeNull();
		expect(passphraseProblem('🙂🙂🙂🙂🙂x🙂🙂🙂')?.kind).toBe('short');
	});
});
