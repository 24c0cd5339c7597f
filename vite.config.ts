import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";
import { defineConfig, type Plugin } from "vitest/config";
import { APP_ICONS, iconPng, THEME_COLOUR } from "./scripts/icons.ts";

/**
 * The production build carries a strict Content-Security-Policy: nothing may be loaded
 * from or sent to another origin. The dev server is left without it because Vite injects
 * inline styles and a websocket for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "journey-mapper-csp",
    apply: "build",
    transformIndexHtml: (html) =>
      html.replace(
        "<head>",
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/** Draws the install icons into the build (see scripts/icons.ts). */
function appIcons(): Plugin {
  return {
    name: "journey-mapper-icons",
    apply: "build",
    generateBundle() {
      for (const icon of APP_ICONS)
        this.emitFile({ type: "asset", fileName: icon.file, source: iconPng(icon) });
    },
  };
}

/**
 * Offline and install: a generated service worker precaches the whole build (lazily loaded
 * chunks and the import worker included) and serves index.html for every navigation. The
 * registration is in the app's own bundle (src/app/offline.ts), not an inline script, and a
 * new version waits until the user chooses to reload.
 */
function offline() {
  /** A drawn icon as the manifest lists it; its size comes from the drawing. */
  const icon = (file: string, purpose: "any" | "maskable") => {
    const drawn = APP_ICONS.find((i) => i.file === file);
    if (!drawn) throw new Error(`No app icon is drawn as ${file}`);
    return { src: drawn.file, sizes: `${drawn.size}x${drawn.size}`, type: "image/png", purpose };
  };
  return VitePWA({
    strategies: "generateSW",
    registerType: "prompt",
    injectRegister: false,
    manifest: {
      name: "Journey Mapper",
      short_name: "Journeys",
      description:
        "Map the job-seeker's journey, its thunderclouds and blisters, and the evidence behind them. Works offline; data stays in this browser.",
      lang: "en",
      start_url: "/",
      scope: "/",
      display: "standalone",
      theme_color: THEME_COLOUR,
      background_color: "#ffffff",
      icons: [
        icon("icons/icon-192.png", "any"),
        icon("icons/icon-512.png", "any"),
        icon("icons/icon-maskable-512.png", "maskable"),
      ],
    },
    workbox: {
      globPatterns: ["**/*.{js,css,html,svg,png,wasm}"],
      // The main bundle and format libraries are large; all of them must work offline.
      maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      navigateFallback: "index.html",
      // The first visit's worker takes the open page at once, so it works offline without a reload.
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      sourcemap: false,
    },
  });
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), appIcons(), offline()],
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./src", import.meta.url)),
      "@test": fileURLToPath(new URL("./test", import.meta.url)),
    },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  build: { target: "es2022", sourcemap: true },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
    environment: "jsdom",
    setupFiles: ["test/setup.ts"],
  },
});
