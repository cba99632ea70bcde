/**
 * Astro's content collections, one per folder under `content/`. The schemas come from
 * `src/schemas/`, which the checker reads too; the loader reads files exactly as the checker does.
 */
import { defineCollection } from 'astro:content';
import { handbookLoader, translationsLoader } from './loaders/handbook-loader.ts';
import { schemas } from './schemas/index.ts';
import { publishedTranslationSchema } from './schemas/translation.ts';

const handbook = process.env.BATON_HANDBOOK;

export const collections = {
  playbooks: defineCollection({ loader: handbookLoader('playbooks', handbook), schema: schemas.playbooks }),
  roles: defineCollection({ loader: handbookLoader('roles', handbook), schema: schemas.roles }),
  handovers: defineCollection({ loader: handbookLoader('handovers', handbook), schema: schemas.handovers }),
  partners: defineCollection({ loader: handbookLoader('partners', handbook), schema: schemas.partners }),
  people: defineCollection({ loader: handbookLoader('people', handbook), schema: schemas.people }),
  glossary: defineCollection({ loader: handbookLoader('glossary', handbook), schema: schemas.glossary }),
  translations: defineCollection({ loader: translationsLoader(handbook), schema: publishedTranslationSchema }),
};
