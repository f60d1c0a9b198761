// Adds the Vietnamese messages of the lazily loaded panels to the table. Every module that uses one of
// their keys imports this file (test/unit/i18n/lazyMessages.test.ts checks it), so the keys are in the
// table before such a module runs: ES modules run their imports first. The chunk loads with the panel
// (a static import of a lazy chunk), never before the first screen.
import { addMessages } from './messages';
import { viLazy } from './vi/lazy';

addMessages(viLazy);
