/**
 * The detectors' cost per keystroke: the warning re-scans the whole field on
 * every input, so this times one full scan of a 20,000-character note (the
 * schema's limit) for identity codes and for possibly personal text.
 * Run: npx tsx scripts/bench/privacy-detector.ts
 */
import { identityCodesIn } from '../../src/lib/privacy/identity-code';
import { possiblyPersonalIn } from '../../src/lib/privacy/possibly-personal';

const LENGTH = 20_000;
const sentence = 'Valmentaja kertoi 12.3.2026 klo 9.30, että asiakkaita on 18 ja tavoite 0,8; puh. vaihde 09 310 1234. ';
const prose = sentence.repeat(Math.ceil(LENGTH / sentence.length)).slice(0, LENGTH);
const worst = ('131052-3080 ' as string).repeat(Math.ceil(LENGTH / 12)).slice(0, LENGTH); // every candidate, none valid
const digits = '1'.repeat(LENGTH);
const letters = 'a'.repeat(LENGTH);

function time(label: string, text: string): void {
	const scan = () => (identityCodesIn(text).length, possiblyPersonalIn(text).length);
	for (let i = 0; i < 20; i++) scan();
	const runs: number[] = [];
	for (let i = 0; i < 200; i++) {
		const t0 = performance.now();
		scan();
		runs.push(performance.now() - t0);
	}
	runs.sort((a, b) => a - b);
	const p = (q: number) => runs[Math.floor(q * (runs.length - 1))]!.toFixed(2);
	console.log(`${label.padEnd(34)} median ${p(0.5)} ms   p95 ${p(0.95)} ms`);
}

console.log(`one keystroke = one full scan of ${LENGTH} characters (both detectors)`);
time('note prose with dates and numbers', prose);
time('candidates everywhere, none valid', worst);
time('one run of digits', digits);
time('one run of letters', letters);
