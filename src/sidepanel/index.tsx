/**
 * Side panel entry (Chrome's side panel, Firefox's sidebar): lays the page out for the
 * browser's language and mounts the panel for the active tab, or for `?tab=<id>`.
 */
import { render } from 'preact';
import { applyDocumentLang, uiLang } from '../popup/lang';
import { readLaunchParams } from '../popup/launch-params';
import { PanelApp } from './app';
import './sidepanel.css';

applyDocumentLang();
render(<PanelApp lang={uiLang()} fixedTab={readLaunchParams(location.search).tabId} />, document.getElementById('app')!);
