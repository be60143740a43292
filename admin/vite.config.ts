import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The admin calls the API on its own origin; in development and preview Vite forwards these paths to it.
const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:3000';
const proxy = Object.fromEntries(['/v1', '/health', '/openapi.json', '/docs'].map((path) => [path, apiTarget]));

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, proxy },
});
