// Builds the client from client/ into dist/client, and declares the test projects:
// unit tests beside the code, integration tests against the real server, browser tests.
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { precompress } from './scripts/precompress.ts'

const sharedEntry = fileURLToPath(new URL('./shared/src/index.ts', import.meta.url))
const alias = { '@roundtable/shared': sharedEntry }

export default defineConfig({
  root: 'client',
  envDir: '..',
  plugins: [react(), precompress()],
  resolve: { alias },
  // The asset module imports fonts and icons with `?url`, which only Vite's own pipeline
  // understands; pre-bundling it for the dev server would fail.
  optimizeDeps: { exclude: ['@tldraw/assets'] },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    // scripts/checkBundle.ts follows the manifest to weigh what a phone downloads.
    manifest: true,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:3000',
      '/ws': { target: 'ws://localhost:3000', ws: true },
    },
  },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          root: '.',
          include: ['shared/src/**/*.test.ts', 'server/src/**/*.test.ts', 'client/src/**/*.test.ts', 'scripts/**/*.test.ts', 'server/bench/**/*.test.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          root: '.',
          include: ['server/test/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          root: '.',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
