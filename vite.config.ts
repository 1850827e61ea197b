import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			strategies: 'generateSW',
			// Registered by hand (src/lib/pwa) so that an update is offered, never forced.
			injectRegister: false,
			registerType: 'prompt',
			manifest: false, // static/manifest.webmanifest is the one manifest
			kit: {
				adapterFallback: 'index.html',
				spa: { fallbackMapping: '/' },
				outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit'
			},
			workbox: {
				globPatterns: ['client/**/*.{js,css,ico,png,svg,webp,woff,woff2,webmanifest}', 'prerendered/**/*.{html,json}'],
				navigateFallback: '/',
				// The schema file and the receiver's API are never answered from the cache.
				navigateFallbackDenylist: [/^\/api\//, /\.json$/],
				clientsClaim: true,
				cleanupOutdatedCaches: true
			}
		})
	],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
