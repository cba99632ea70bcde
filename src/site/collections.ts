/** Reader-facing names for each collection. */
import type { CollectionName } from '../schemas/index.ts';

/** How each collection is named on the site. */
export const COLLECTION_LABELS: Record<CollectionName, { plural: string; singular: string; blurb: string }> = {
  playbooks: { plural: 'Playbooks', singular: 'Playbook', blurb: 'How we do things, step by step.' },
  roles: { plural: 'Roles', singular: 'Role', blurb: 'Who holds each role, who stands in, who takes over.' },
  handovers: { plural: 'Handovers', singular: 'Handover', blurb: 'What a departing person hands to a successor.' },
  partners: { plural: 'Partner agreements', singular: 'Partner agreement', blurb: 'Joint ventures, alliances, licences and research collaborations.' },
  people: { plural: 'People', singular: 'Person', blurb: 'Who is who, and who has left.' },
};
