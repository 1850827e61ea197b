/**
 * What the first load is made of: loads the home screen from a build made with
 * SOURCEMAP=1 and attributes each script's minified bytes to the package or source
 * file they came from. For deciding what to cut, not a budget of its own.
 *
 *   SOURCEMAP=1 BUILD_DIR=/tmp/sm KIT_OUT_DIR=.svelte-kit-sm npx vite build
 *   npx tsx scripts/bench/chunks.ts /tmp/sm
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { SourceMapConsumer } from 'source-map-js';
import { scriptsAroundFirstScreen } from './first-screen';
import { gz } from './sizes';

const dir = process.argv[2] ?? 'build';
const port = Number(process.env.CHUNKS_PORT ?? 4990);
// One node process (not npx → node), so kill() stops the server itself.
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-static.ts', '--port', String(port), '--dir', dir], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2500));

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
// The first load as the bench counts it: scripts requested before the list is drawn.
const scripts = (await scriptsAroundFirstScreen(page, `http://localhost:${port}/`)).before;
await browser.close();
server.kill();

function group(source: string): string {
	const nm = source.lastIndexOf('node_modules/');
	if (nm >= 0) {
		const rest = source.slice(nm + 'node_modules/'.length).split('/');
		return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
	}
	return source.replace(/^(\.\.\/)+/, '');
}

const bytes = new Map<string, number>();
let totalGz = 0;
let totalRaw = 0;
for (const path of scripts) {
	const file = join(dir, path);
	totalGz += gz(file);
	const code = readFileSync(file, 'utf8');
	totalRaw += code.length;
	if (!existsSync(file + '.map')) {
		bytes.set(`(no map) ${path}`, code.length);
		continue;
	}
	const map = new SourceMapConsumer(JSON.parse(readFileSync(file + '.map', 'utf8')));
	const lines = code.split('\n');
	const segments: { line: number; column: number; source: string | null }[] = [];
	map.eachMapping((m) => segments.push({ line: m.generatedLine, column: m.generatedColumn, source: m.source }));
	segments.sort((a, b) => a.line - b.line || a.column - b.column);
	for (let i = 0; i < segments.length; i++) {
		const s = segments[i]!;
		const next = segments[i + 1];
		const end = next && next.line === s.line ? next.column : (lines[s.line - 1]?.length ?? s.column);
		const key = s.source ? group(s.source) : '(unmapped)';
		bytes.set(key, (bytes.get(key) ?? 0) + Math.max(0, end - s.column));
	}
}
const rows = [...bytes.entries()].sort((a, b) => b[1] - a[1]);
console.log(`first load: ${scripts.length} scripts, ${(totalRaw / 1024).toFixed(1)} KB minified, ${(totalGz / 1024).toFixed(1)} KB gzip`);
for (const [key, n] of rows.slice(0, 40)) console.log(`${(n / 1024).toFixed(1).padStart(7)} KB  ${key}`);
