/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Optional basemap style URL, set at build time; without it the app requests nothing outside its origin. */
  readonly VITE_BASEMAP_STYLE_URL?: string;
  /** Optional name of the build (a commit, a release), shown as `<html data-build>`: which version a page runs. */
  readonly VITE_BUILD_ID?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
