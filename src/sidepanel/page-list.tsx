/**
 * The side panel's "On this page": the page's entities in the order they first appear,
 * with mention counts and the pack each comes from. A row expands into the full card (the popup's detail view: the
 * shared card body, pin and note), one row at a time; "Show" scrolls the page to the
 * entity's next mention and flashes it.
 */
import type { Lang } from '../shared/model';
import { pick } from '../shared/ui/format';
import { t } from '../shared/ui/i18n';
import { DetailView } from '../popup/detail-view';
import { MentionActions, ShowFailed, useShowMention } from '../popup/mention-actions';
import { PackName } from '../popup/pack-name';
import type { PageEntry } from '../popup/page-entities';

function Row(props: { entry: PageEntry; lang: Lang; tabId: number; expanded: boolean; onToggle: () => void; onOpen: (id: string) => void }) {
  const { entity, count } = props.entry;
  const name = pick(entity.name, props.lang);
  const summary = pick(entity.summary, props.lang);
  const { show, failed } = useShowMention(props.tabId, entity.id);
  const panelId = `row-${entity.id}`;
  return (
    <li class="entry" data-entity={entity.id}>
      <div class="entry-head">
        <button type="button" class="link entry-name" lang={name.lang} aria-expanded={props.expanded} aria-controls={panelId} onClick={props.onToggle}>
          {name.text}
        </button>
        <MentionActions count={count} name={name.text} onShow={show} />
      </div>
      {!props.expanded && (
        <>
          <p class="entry-summary" lang={summary.lang}>
            {summary.text}
          </p>
          <p class="entry-pack">
            <PackName pack={entity.pack} lang={props.lang} />
          </p>
        </>
      )}
      <ShowFailed failed={failed} />
      <div id={panelId} hidden={!props.expanded}>
        {props.expanded && <DetailView id={entity.id} lang={props.lang} onBack={props.onToggle} onOpen={props.onOpen} backLabel={t('panel_collapse')} />}
      </div>
    </li>
  );
}

/** `expanded`: the row showing its full card; `onExpand(null)` collapses it; `onOpen`: a link inside a card was chosen. */
export function PageList(props: {
  entries: PageEntry[];
  lang: Lang;
  tabId: number;
  expanded: string | null;
  onExpand: (id: string | null) => void;
  onOpen: (id: string) => void;
}) {
  return (
    <ol class="entries page-order">
      {props.entries.map((entry) => (
        <Row
          key={entry.entity.id}
          entry={entry}
          lang={props.lang}
          tabId={props.tabId}
          expanded={props.expanded === entry.entity.id}
          onToggle={() => props.onExpand(props.expanded === entry.entity.id ? null : entry.entity.id)}
          onOpen={props.onOpen}
        />
      ))}
    </ol>
  );
}
