/**
 * Which passphrases the lock accepts (pure). A PIN is digits only and needs at
 * least 6 of them; anything else is a passphrase and needs at least 10
 * characters. Both refuse the guesses tried first: one character repeated, and
 * a straight run (123456, 987654, abcdef…). Spaces at the ends are part of the
 * passphrase, since cutting them silently would make a passphrase that never opens.
 */

export const PIN_MIN = 6;
export const PASSPHRASE_MIN = 10;

export type PassphraseProblem = { kind: 'short-pin' } | { kind: 'short' } | { kind: 'repeated' } | { kind: 'run' } | null;

const isPin = (text: string) => /^[0-9]+$/.test(text);

/** Each character one up (or one down) from the last; on a keypad 0 follows 9, so 1234567890 is a run. */
function isRun(codes: number[], pin: boolean): boolean {
	const step = (a: number, b: number) => (pin ? (((b - a) % 10) + 10) % 10 : b - a);
	const [a, b] = codes;
	if (a === undefined || b === undefined) return false;
	const first = step(a, b);
	const down = pin ? 9 : -1;
	if (first !== 1 && first !== down) return false;
	return codes.every((c, i) => i === 0 || step(codes[i - 1] ?? c, c) === first);
}

export function passphraseProblem(text: string): PassphraseProblem {
	const chars = [...text];
	if (isPin(text) ? chars.length < PIN_MIN : chars.length < PASSPHRASE_MIN) return { kind: isPin(text) ? 'short-pin' : 'short' };
	if (chars.every((c) => c === chars[0])) return { kind: 'repeated' };
	if (isRun(chars.map((c) => c.toLowerCase().codePointAt(0) ?? 0), isPin(text))) return { kind: 'run' };
	return null;
}
