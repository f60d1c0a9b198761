// Tests render in both languages: load the English table up front, as the app does before showing it.
import { loadLanguage } from '../src/i18n/messages';

await loadLanguage('en');
