import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const buildDir = process.env.BUILD_DIR ?? 'build';
const kitOutDir = process.env.KIT_OUT_DIR ?? '.svelte-kit';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		// A static SPA: every route is rendered in the browser, so the service worker
		// can serve the one shell (index.html) for any deep link while offline.
		// BUILD_DIR / KIT_OUT_DIR let parallel builds (e.g. two test runs) keep apart.
		adapter: adapter({ fallback: 'index.html', pages: buildDir, assets: buildDir }),
		outDir: kitOutDir,
		// vite-plugin-pwa generates and registers the worker; kit must not register its own.
		serviceWorker: { register: false },
		// The root layout's stylesheets (the largest 4.6 KB) go into index.html as one <style>: the
		// first screen, and the kept frame's boot script (src/lib/shell), no longer wait for five
		// render-blocking requests to the worker or the network (issue 15).
		inlineStyleThreshold: 8 * 1024
	}
};
