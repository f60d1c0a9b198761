import { mount } from 'svelte';
import { loadLanguage } from './i18n/messages';
import App from './app/App.svelte';
import './app/app.css';
import './app/narrow.css';

// Which version this page runs, when the build was named (VITE_BUILD_ID): for support, and for the update tests.
if (import.meta.env.VITE_BUILD_ID) document.documentElement.dataset.build = import.meta.env.VITE_BUILD_ID;

// The presenter layout from the first paint (the app confirms it once mounted).
if (new URLSearchParams(location.search).get('present') === '1') document.documentElement.classList.add('presenting');

// Messages of the language in the link before the first render (Vietnamese is built in).
const urlLang = new URLSearchParams(location.search).get('lang');
await loadLanguage(urlLang === 'en' ? 'en' : 'vi');

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });
