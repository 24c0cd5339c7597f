import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * The baseline pages of `npm run bench`, built from the app's own dependencies into dist-bench/,
 * apart from the app's build: bench/bare.html (bare React Flow) and bench/evidence.html (raw
 * papaparse and Dexie, and the app's search code).
 */
const root = fileURLToPath(new URL("../../bench", import.meta.url));
const page = (name: string) => fileURLToPath(new URL(`../../bench/${name}.html`, import.meta.url));

export default defineConfig({
  root,
  base: "./",
  plugins: [react()],
  logLevel: "warn",
  resolve: { alias: { "@": fileURLToPath(new URL("../../src", import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL("../../dist-bench", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    rollupOptions: { input: { bare: page("bare"), evidence: page("evidence"), sources: page("sources") } },
  },
});
