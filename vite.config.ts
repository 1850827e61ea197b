import { fileURLToPath } from 'node:url';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { compactMessages, LOCALE_CHUNK } from './scripts/i18n/compact-messages.ts';
import inlang from './project.inlang/settings.json' with { type: 'json' };
import { screenChunksGroup } from './scripts/build/chunk-groups.ts';
import { assertStartIsALeaf } from './scripts/build/start-chunk.ts';
import { assertScreenChunks } from './scripts/build/chunk-guard.ts';

// KIT_OUT_DIR lets two builds run side by side (see svelte.config.js); the PWA plugin
// must look for kit's output in the same place or the worker never reaches the build.
const kitOutDir = process.env.KIT_OUT_DIR ?? '.svelte-kit';

const pwaOptions: Parameters<typeof SvelteKitPWA>[0] = {
			strategies: 'generateSW',
			// Registered by hand (src/lib/pwa) so that an update is offered, never forced.
			injectRegister: false,
			registerType: 'prompt',
			manifest: false, // static/manifest.webmanifest is the one manifest
			// Kit builds with a relative base ('./'); the worker must be registered by its absolute
			// path, or a page opened at /review/…/item/3 would look for /review/…/item/sw.js.
			base: '/',
			scope: '/',
			kit: {
				adapterFallback: 'index.html',
				spa: { fallbackMapping: '/' },
				outDir: kitOutDir
			},
			workbox: {
				globPatterns: ['client/**/*.{js,css,ico,png,svg,webp,woff,woff2,webmanifest}'],
				// Swedish and English are one module each (scripts/i18n): not precached (a Finnish device
				// never needs them), but kept once fetched (runtimeCaching below).
				globIgnores: [`client/**/${LOCALE_CHUNK}*.js`],
				runtimeCaching: [
					{
						// Hashed names: an update's module is a new address, fetched anew; the older ones age
						// out of the cache (maxEntries). The cache is the worker's own, kept across updates.
						urlPattern: new RegExp(`/_app/immutable/chunks/${LOCALE_CHUNK}\\w+\\.[\\w-]+\\.js$`),
						handler: 'CacheFirst',
						options: {
							cacheName: 'laatuarvio-locales',
							expiration: { maxEntries: 8 },
							cacheableResponse: { statuses: [200] }
						}
					}
				],
				navigateFallback: '/',
				// The schema file and the receiver's API are never answered from the cache.
				navigateFallbackDenylist: [/^\/api\//, /\.json$/],
				clientsClaim: true,
				cleanupOutdatedCaches: true,
				// No request replay (no Workbox backgroundSync): the app's outbox is the one upload queue,
				// and nothing else may hold a token or a review (docs/decisions.md, entry 12). The worker's
				// sync event only wakes the app's uploader, and its activation deletes Workbox's old queue.
				importScripts: ['/sw-sync.js']
			}
};

export default defineConfig({
	plugins: [
		// Unit tests render no screens, and under vitest the plugin holds the server open for
		// 10 s after the run; `npm run i18n` compiles for them (check and test:unit do it first).
		!process.env.VITEST &&
			paraglideVitePlugin({
				project: './project.inlang',
				outdir: './src/lib/paraglide',
				// $lib/i18n owns the locale (a device preference, switched without a reload);
				// every detection strategy Paraglide offers would only add code that never runs.
				strategy: ['baseLocale']
			}),
		// One shared body for every message instead of one per message (issue 15, scripts/i18n); the
		// scoring rules' Swedish and English travel in the same per-language modules (src/lib/scoring/texts).
		compactMessages(inlang.locales, { alongside: { ruleTexts: 'src/lib/scoring/texts/<locale>.ts' } }),
		sveltekit(),
		SvelteKitPWA(pwaOptions),
		{
			// @vite-pwa/sveltekit looks for the generated worker under `outDir` (default
			// .svelte-kit/output) when it moves it into the client build. Setting it up front
			// would also move where the worker is written, so it is set once the PWA plugin
			// has resolved its own options.
			name: 'laatuarvio:pwa-kit-out-dir',
			configResolved() {
				pwaOptions.outDir = `${kitOutDir}/output`;
			}
		},
		{
			// The start's code and the item screen's code each in one chunk rather than a waterfall of
			// small ones (issue 15, scripts/build/); the browser build only.
			name: 'laatuarvio:screen-chunks',
			apply: 'build',
			configEnvironment(name) {
				if (name !== 'client') return;
				return {
					build: {
						rollupOptions: {
							// Required by a group that leaves its modules' imports where they were; kit's route
							// nodes may then carry extra exports for the item chunk, which nothing else sees.
							preserveEntrySignatures: 'allow-extension',
							output: { codeSplitting: { groups: [screenChunksGroup()] } }
						}
					}
				};
			},
			// A build whose start chunk would import from a chunk that imports it back, or in which a
			// screen would load a chunk the rules keep from it (chunk-guard.ts), is stopped here.
			generateBundle(_options, bundle) {
				try {
					assertStartIsALeaf(bundle);
					assertScreenChunks(bundle);
				} catch (error) {
					// Printed here: the PWA plugin then fails on the missing client output, and its error is
					// the only one Vite shows.
					console.error(error instanceof Error ? error.message : error);
					throw error;
				}
			}
		}
	],
	resolve: {
		// Dexie's own ES2021 module build instead of its package entry (an ES5 UMD build behind
		// an import wrapper): the same library, 96 → 87 KB minified, and the largest part of the
		// first load (issue 15). Exactly `dexie`, so a subpath import would still be the package's.
		alias: [{ find: /^dexie$/, replacement: fileURLToPath(new URL('./node_modules/dexie/dist/modern/dexie.mjs', import.meta.url)) }]
	},
	// SOURCEMAP=1 for looking into what a chunk holds (scripts/bench/chunks.ts); never shipped.
	build: { sourcemap: process.env.SOURCEMAP === '1' },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// Swedish and English messages are loaded modules (scripts/i18n); every unit test has them.
		setupFiles: ['tests/unit/i18n/all-locales.ts'],
		environment: 'node'
	}
});
