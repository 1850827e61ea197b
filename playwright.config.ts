import { defineConfig } from '@playwright/test';

/**
 * Browser tests run in Debian's Chromium against the real build (build/, served
 * with an SPA fallback) and the real reference receiver over HTTP. Ports and the
 * build folder come from the environment so two runs can share a machine.
 */
const APP_PORT = Number(process.env.APP_PORT ?? 4173);
const RECEIVER_PORT = Number(process.env.RECEIVER_PORT ?? 8787);
const BUILD_DIR = process.env.BUILD_DIR ?? 'build';
export const APP_URL = `http://localhost:${APP_PORT}`;
export const RECEIVER_URL = `http://localhost:${RECEIVER_PORT}`;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	fullyParallel: false,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: APP_URL,
		serviceWorkers: 'allow',
		viewport: { width: 1024, height: 1366 }, // a 10-inch tablet in portrait
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		},
		trace: 'retain-on-failure'
	},
	webServer: [
		{
			command: `npx tsx scripts/serve-static.ts --port ${APP_PORT} --dir ${BUILD_DIR}`,
			url: `${APP_URL}/manifest.webmanifest`,
			reuseExistingServer: false,
			timeout: 30_000
		},
		// E2E_NO_RECEIVER=1 runs the app alone (screens that never talk to a receiver).
		...(process.env.E2E_NO_RECEIVER ? [] : [{
			command: 'npx tsx server/main.ts',
			url: `${RECEIVER_URL}/healthz`,
			reuseExistingServer: false,
			timeout: 30_000,
			env: {
				RECEIVER_PORT: String(RECEIVER_PORT),
				RECEIVER_DB: ':memory:',
				RECEIVER_FAULTS: '1',
				RECEIVER_TOKENS: 'e2e-token,readonly:e2e-readonly',
				RECEIVER_ORIGINS: APP_URL
			}
		}])
	]
});
