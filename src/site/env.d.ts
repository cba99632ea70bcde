/** Values `astro.config.mjs` defines for the site's code at build time. */
interface ImportMetaEnv {
  /** The absolute path of the project (Astro's root): entries' `filePath` is relative to it. */
  readonly BATON_PROJECT_ROOT: string;
  /** The absolute path of the handbook being built (the project, or `BATON_HANDBOOK`). */
  readonly BATON_HANDBOOK_ROOT: string;
}
