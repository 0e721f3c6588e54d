/**
 * The relations map of the selected entity: its typed relations as a node-link diagram
 * (SVG, laid out by relation-layout.ts). Every node is a labelled button in one roving tab
 * stop: arrow keys go round the nodes (Home and End to the first and last), Enter or a click makes a
 * node the selected entity. The relations are also listed as text under the picture.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CardData } from '../shared/card';
import type { Lang } from '../shared/model';
import { sendToBackground } from '../shared/messaging';
import { pick } from '../shared/ui/format';
import { t } from '../shared/ui/i18n';
import { relationLabel } from '../shared/ui/labels';
import { relationLayout, type MapNode } from './relation-layout';

const LABEL_CHARS = 18;

type Loaded = { status: 'loading' } | { status: 'missing' } | { status: 'error'; message: string } | { status: 'ready'; card: CardData };

/** A node's visible label: the name cut after whole words (the start of its accessible name), with a hidden-from-readers ellipsis. */
function Label({ text }: { text: string }) {
  if (text.length <= LABEL_CHARS) return <>{text}</>;
  const cut = text.lastIndexOf(' ', LABEL_CHARS);
  return (
    <>
      {text.slice(0, cut > 0 ? cut : LABEL_CHARS)}
      <tspan aria-hidden="true">…</tspan>
    </>
  );
}

function linkText(node: MapNode): string {
  return node.links.map((link) => relationLabel(link)).join(', ');
}

export function RelationMap(props: { id: string; lang: Lang; onSelect: (id: string) => void }) {
  const { id, lang } = props;
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [active, setActive] = useState(0);
  const svg = useRef<SVGSVGElement>(null);
  useEffect(() => {
    let live = true;
    setLoaded({ status: 'loading' });
    setActive(0);
    sendToBackground('getCard', { id }).then(
      (card) => live && setLoaded(card ? { status: 'ready', card } : { status: 'missing' }),
      (e: Error) => live && setLoaded({ status: 'error', message: e.message }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  const layout = useMemo(
    () => (loaded.status === 'ready' ? relationLayout(loaded.card.relations, (name) => pick(name, lang).text) : null),
    [loaded, lang],
  );
  useEffect(() => {
    if (svg.current?.contains(document.activeElement)) svg.current.querySelector<SVGElement>(`[data-node="${active}"]`)?.focus();
  }, [active]);

  if (loaded.status === 'loading') return <p class="status" role="status">{t('panel_loading')}</p>;
  if (loaded.status === 'missing') return <p class="status">{t('popup_detailMissingText')}</p>;
  if (loaded.status === 'error') return <p class="inline-error" role="alert">{t('popup_storeErrorText', [loaded.message])}</p>;
  const { card } = loaded;
  const centreName = pick(card.entity.name, lang);
  const nodes = layout!.nodes;

  const onKeyDown = (event: KeyboardEvent) => {
    const count = nodes.length;
    if (count === 0) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') setActive((i) => (i + 1) % count);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') setActive((i) => (i + count - 1) % count);
    else if (event.key === 'Home') setActive(0);
    else if (event.key === 'End') setActive(count - 1);
    else if (event.key === 'Enter' || event.key === ' ') props.onSelect(nodes[active]!.id);
    else return;
    event.preventDefault();
  };

  return (
    <section class="map" aria-labelledby="map-title">
      <h2 id="map-title">{t('panel_mapTitle', [centreName.text])}</h2>
      {nodes.length === 0 ? (
        <p class="status">{t('panel_mapNoRelations')}</p>
      ) : (
        <>
          <p class="hint">{t('panel_mapHelp')}</p>
          <svg
            ref={svg}
            class="map-chart"
            viewBox={`0 0 ${layout!.width} ${layout!.height}`}
            role="group"
            aria-label={t('panel_mapTitle', [centreName.text])}
            onKeyDown={onKeyDown}
          >
            {nodes.map((node) => (
              <line key={`l-${node.id}`} class="edge" x1={layout!.centre.x} y1={layout!.centre.y} x2={node.x} y2={node.y} />
            ))}
            <g class="node node-centre" aria-hidden="true">
              <circle cx={layout!.centre.x} cy={layout!.centre.y} r={12} />
              <text x={layout!.centre.x} y={layout!.centre.y + 28} text-anchor="middle" lang={centreName.lang}>
                <Label text={centreName.text} />
              </text>
            </g>
            {nodes.map((node, i) => {
              const name = pick(node.name, lang);
              return (
                <g
                  key={node.id}
                  class={`node node-${node.type}`}
                  data-node={i}
                  tabindex={active === i ? 0 : -1}
                  role="button"
                  aria-label={`${name.text}: ${linkText(node)}`}
                  onClick={() => props.onSelect(node.id)}
                >
                  <circle cx={node.x} cy={node.y} r={8} />
                  <text x={node.x} y={node.y + 22} text-anchor="middle" lang={name.lang}>
                    <Label text={name.text} />
                  </text>
                </g>
              );
            })}
          </svg>
          <ul class="map-list" aria-label={t('panel_mapListLabel', [centreName.text])}>
            {nodes.map((node) => {
              const name = pick(node.name, lang);
              return (
                <li key={node.id}>
                  {linkText(node)}:{' '}
                  <button type="button" class="link" lang={name.lang} onClick={() => props.onSelect(node.id)}>
                    {name.text}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
