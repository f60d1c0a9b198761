/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Optional basemap style URL, set at build time; without it the app requests nothing outside its origin. */
  readonly VITE_BASEMAP_STYLE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
