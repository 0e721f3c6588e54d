/** Options entry: lays the page out for the browser's language and mounts the options app. */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { App } from './app';
import './options.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<App />, document.getElementById('app')!);
