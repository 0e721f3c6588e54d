/** Popup entry: lays the page out for the browser's language and mounts the app (`?entity=<id>` opens its details). */
import { render } from 'preact';
import { App } from './app';
import { applyDocumentLang, uiLang } from './lang';
import './popup.css';

applyDocumentLang();
const entity = new URLSearchParams(location.search).get('entity');
render(<App lang={uiLang()} initialEntity={entity} />, document.getElementById('app')!);
