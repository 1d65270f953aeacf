// Builds the workbench (React) into web/dist, which `concord serve` serves beside the /api routes.
// Run from the repo root: npx vite build --config web/vite.config.ts
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = process.env['CONCORD_API'] ?? 'http://127.0.0.1:4317';

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No inline scripts: the preload polyfill would be the only one.
    modulePreload: { polyfill: false },
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: { '/api': apiTarget },
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
  },
});
