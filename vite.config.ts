import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './shared/security/content-security-policy.js';

/**
 * Puts the kiosk's CSP into the built page as well (defence in depth beside the response headers). Only at
 * build time: Vite's dev server injects styles inline. frame-ancestors is not allowed in a meta tag.
 */
function cspMeta(): Plugin {
  const policy = contentSecurityPolicy
    .split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'kiosk-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  };
}

/** The renderer is built once and served by Electron (app://kiosk) and by the web host alike. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta()],
  resolve: {
    // simple-keyboard's main entry is a UMD bundle whose default export does not survive interop; its own
    // ES module build (same version, no IE polyfills) does.
    alias: [{ find: /^simple-keyboard$/, replacement: 'simple-keyboard/build/index.modern.esm.js' }],
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    assetsInlineLimit: 0,
  },
  server: { fs: { allow: ['..'] } },
});
