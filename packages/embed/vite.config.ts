import { defineConfig } from 'vite';

/** One ES module with Lit inside: an association's site needs a single script tag and nothing else. */
export default defineConfig({
  build: {
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'valfardsnavet.js' },
    outDir: 'dist',
    emptyOutDir: true,
    minify: true,
    target: 'es2021',
    reportCompressedSize: true,
  },
});
