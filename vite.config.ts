import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';

// KIT_OUT_DIR lets two builds run side by side (see svelte.config.js); the PWA plugin
// must look for kit's output in the same place or the worker never reaches the build.
const kitOutDir = process.env.KIT_OUT_DIR ?? '.svelte-kit';

const pwaOptions: Parameters<typeof SvelteKitPWA>[0] = {
			strategies: 'generateSW',
			// Registered by hand (src/lib/pwa) so that an update is offered, never forced.
			injectRegister: false,
			registerType: 'prompt',
			manifest: false, // static/manifest.webmanifest is the one manifest
			kit: {
				adapterFallback: 'index.html',
				spa: { fallbackMapping: '/' },
				outDir: kitOutDir
			},
			workbox: {
				globPatterns: ['client/**/*.{js,css,ico,png,svg,webp,woff,woff2,webmanifest}'],
				navigateFallback: '/',
				// The schema file and the receiver's API are never answered from the cache.
				navigateFallbackDenylist: [/^\/api\//, /\.json$/],
				clientsClaim: true,
				cleanupOutdatedCaches: true
			}
};

export default defineConfig({
	plugins: [
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
		}
	],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
