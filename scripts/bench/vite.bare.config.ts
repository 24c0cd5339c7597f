import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * The bare React Flow page of `npm run bench` (bench/bare.html), built from the app's own
 * dependencies into dist-bench/, apart from the app's build.
 */
const root = fileURLToPath(new URL("../../bench", import.meta.url));

export default defineConfig({
  root,
  base: "./",
  plugins: [react()],
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("../../dist-bench", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    rollupOptions: { input: fileURLToPath(new URL("../../bench/bare.html", import.meta.url)) },
  },
});
