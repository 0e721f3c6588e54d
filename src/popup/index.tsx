/**
 * Popup entry: lays the page out for the browser's language and mounts the app for what
 * the URL asks (see launch-params.ts). The page view's messages are sent before the
 * first render, so they travel while it runs.
 */
import { render } from 'preact';
import { loadPage } from './active-tab';
import { App } from './app';
import { applyDocumentLang, uiLang } from './lang';
import { readLaunchParams } from './launch-params';
import './popup.css';

applyDocumentLang();
const lang = uiLang();
const { entity, tabId } = readLaunchParams(location.search);
const pageLoad = loadPage(lang, tabId);
render(<App lang={lang} initialEntity={entity} tabId={tabId} pageLoad={pageLoad} />, document.getElementById('app')!);
