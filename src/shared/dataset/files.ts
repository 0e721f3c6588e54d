/** The data files in data/, by the dataset key whose records each holds. */
export const DATA_FILES = {
  meta: 'meta.json',
  sources: 'sources.json',
  actors: 'actors.json',
  agreements: 'agreements.json',
  events: 'events.json',
  quotes: 'quotes.json',
  relations: 'relations.json',
  aliasCollisions: 'alias-collisions.json',
} as const;
