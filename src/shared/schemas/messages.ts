/**
 * The params of every background message: the background checks each request against
 * its schema before a handler sees it (src/background/validate-params.ts), and
 * messages.ts takes the params types from here. The content script's few tab messages
 * are checked by hand there, to keep the page's bundle small.
 */
import * as v from 'valibot';
import { RECORD_TYPES } from '../model';
import { PACK_CHUNK_CHARS } from '../packs';
import { recordId, strictRecord } from './common';
import { SettingsPatchSchema, siteSchema } from './settings';
import { entityId, noteText } from './user-data';

export const MAX_IDS = 500;
export const MAX_QUERY_LENGTH = 200;
export const MAX_LIMIT = 200;

const limitRange = `integer 1–${MAX_LIMIT}`;

/** Params: an object with these fields and no others. */
const params = strictRecord;

const none = v.optional(params({}), {});
const byId = params({ id: entityId });
const byPack = params({ pack: recordId });
const index = v.pipe(v.number(), v.check((n: number) => Number.isInteger(n) && n >= 0, 'integer ≥ 0'));
const byWindow = params({ windowId: v.pipe(v.number(), v.check((n: number) => Number.isInteger(n), 'integer')) });
const ids = params({ ids: v.pipe(v.array(entityId), v.maxLength(MAX_IDS, `list ≤ ${MAX_IDS}`)) });

export const PARAM_SCHEMAS = {
  ping: none,
  getMatcher: none,
  getCard: byId,
  getSummaries: ids,
  getTimeline: ids,
  search: params({
    query: v.pipe(v.string(), v.maxLength(MAX_QUERY_LENGTH, `text ≤ ${MAX_QUERY_LENGTH}`)),
    types: v.optional(v.array(v.picklist(RECORD_TYPES))),
    limit: v.optional(v.pipe(v.number(), v.check((n: number) => Number.isInteger(n), limitRange), v.minValue(1, limitRange), v.maxValue(MAX_LIMIT, limitRange))),
    /** Only hits from these packs (none: every enabled pack). */
    packs: v.optional(v.array(recordId)),
  }),
  listPacks: none,
  getPackSources: byPack,
  setPackEnabled: params({ pack: recordId, enabled: v.boolean() }),
  /** `direction`: -1 one place up (earlier, wins ties), 1 one place down. */
  movePack: params({ pack: recordId, direction: v.picklist([-1, 1]) }),
  removePack: byPack,
  /** Piece `index` of the pack's file text. */
  exportPack: params({ pack: recordId, index }),
  /** `bytes`: the file's size (refused over the cap before any piece is sent). */
  importPackBegin: params({ bytes: index }),
  importPackPiece: params({ token: v.string(), index, text: v.pipe(v.string(), v.maxLength(PACK_CHUNK_CHARS, `text ≤ ${PACK_CHUNK_CHARS}`)) }),
  /** `allowDowngrade`: the reader confirmed replacing a higher installed version. */
  importPackFinish: params({ token: v.string(), allowDowngrade: v.optional(v.boolean()) }),
  importPackCancel: params({ token: v.string() }),
  /** `site`: a hostname; whether highlighting is on there comes back with the settings. */
  getSettings: params({ site: v.optional(v.string()) }),
  setSettings: params({ settings: SettingsPatchSchema }),
  setSiteEnabled: params({ site: siteSchema, enabled: v.boolean() }),
  listPins: none,
  setPin: params({ id: entityId, pinned: v.boolean() }),
  getNote: byId,
  setNote: params({ id: entityId, text: noteText }),
  exportUserData: none,
  /** `data`: the parsed export file (checked by the store, which reports every problem in it). */
  importUserData: params({ data: v.unknown() }),
  openDetails: byId,
  openSidePanel: byId,
  /** `windowId`: the side panel's window, whose "Brief me on …" request it takes. */
  takeBriefRequest: byWindow,
  /** `windowId`: the side panel's window, whose card request it takes. */
  takeEntityRequest: byWindow,
} satisfies Record<string, v.GenericSchema>;

export type ParamSchemas = typeof PARAM_SCHEMAS;
/** The params of background message `N`. */
export type ParamsOf<N extends keyof ParamSchemas> = v.InferOutput<ParamSchemas[N]>;
