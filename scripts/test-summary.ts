/**
 * Prints one closing line for the whole run ("tests: N passed, N failed"), adding
 * up the unit tests (vitest JSON) and the browser tests (Playwright JSON), so CI
 * sees one count for everything the test command ran.
 */
import { existsSync, readFileSync } from 'node:fs';

const [unitFile, e2eFile] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

if (unitFile && existsSync(unitFile)) {
	const unit = JSON.parse(readFileSync(unitFile, 'utf8'));
	passed += unit.numPassedTests ?? 0;
	failed += unit.numFailedTests ?? 0;
	skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
}
if (e2eFile && existsSync(e2eFile)) {
	const stats = JSON.parse(readFileSync(e2eFile, 'utf8')).stats ?? {};
	passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
	failed += stats.unexpected ?? 0;
	skipped += stats.skipped ?? 0;
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
