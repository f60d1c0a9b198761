/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/chromium.config.js';
import { offlinePlugin } from './scripts/vite-plugin-offline.ts';

/**
 * The built page's Content-Security-Policy: connections to its own origin only, plus the origin of a
 * basemap when one is configured at build time (VITE_BASEMAP_STYLE_URL). Build only: the dev server needs
 * its websocket and inline module preamble.
 */
export function contentSecurityPolicy(basemapStyleUrl: string | undefined): string {
  const basemapOrigin = basemapStyleUrl ? new URL(basemapStyleUrl).origin : '';
  const connect = ["'self'", basemapOrigin].filter(Boolean).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${basemapOrigin ? ` ${basemapOrigin}` : ''}`,
    "font-src 'self'",
    `connect-src ${connect}`,
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

function cspPlugin(basemapStyleUrl: string | undefined): Plugin {
  return {
    name: 'kcn-atlas-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(basemapStyleUrl)}" />`,
        ),
    },
  };
}

/** A named build (VITE_BUILD_ID) says so at the top of every script (after minification, which drops comments). */
function buildBanner(buildId: string | undefined): string | undefined {
  return buildId ? `/*! KCN Atlas build ${buildId.replace(/[^\w.+-]/g, '_')} */` : undefined;
}

export default defineConfig(({ mode }) => ({
  plugins: [
    svelte(),
    cspPlugin(loadEnv(mode, process.cwd(), 'VITE_').VITE_BASEMAP_STYLE_URL),
    offlinePlugin(),
  ],
  worker: { format: 'es' },
  build: {
    chunkSizeWarningLimit: 1200,
    target: 'es2022',
    manifest: true,
    rolldownOptions: { output: { postBanner: buildBanner(loadEnv(mode, process.cwd(), 'VITE_').VITE_BUILD_ID) } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          setupFiles: ['test/setup-i18n.ts'],
          testTimeout: 60_000,
          // The refresh test reads every shared file in beforeAll: on a loaded machine it takes longer than
          // the default 10 s, and a time limit is not what it tests.
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.browser.test.ts'],
          setupFiles: ['test/setup-i18n.ts'],
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
}));
