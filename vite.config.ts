import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import optimizeLocales from '@react-aria/optimize-locales-plugin';
import { routePages } from './scripts/route-pages.ts';

export default defineConfig({
  plugins: [
    react(),
    // react-aria carries its screen-reader strings for 34 locales; it has none for Persian and falls back to
    // en-US there, as for en-GB. The other 33 would be dead weight in the date range field's chunk.
    optimizeLocales.vite({ locales: ['en-US'] }),
    // Each page of the app (desk, progress) in a folder of its own, served by any static server.
    routePages(),
  ],
  // Relative asset paths: the built app can be served from any folder of any static server.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    // maplibre-gl and deck.gl are single libraries of about 1 MB each; nothing smaller can be split off.
    chunkSizeWarningLimit: 1100,
    // No asset inlined as a data: URL: the app must run under `Content-Security-Policy: default-src 'self'`,
    // whose img-src and font-src refuse them.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // The big libraries in chunks of their own: they load in parallel and stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            { name: 'deck', test: /node_modules[\\/]@(deck|luma|math|loaders|probe)\.gl/ },
            { name: 'charts', test: /node_modules[\\/](recharts|d3-|victory-vendor|es-toolkit)/ },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts', 'mocks/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
