// html-validate's settings for the built site (`dist/`), used by tests/site/quality-static.test.ts
// and by `npx html-validate dist`. A JavaScript file rather than .htmlvalidate.json so that every
// rule switched off says why.
import { defineConfig } from 'html-validate';

export default defineConfig({
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Off: SEO advice, not validity nor accessibility. Record titles are the real titles of
    // documents and events ("Séance plénière « 3 ans après le rapport : bilan et perspectives »");
    // cutting them would hide information from the people who search for them.
    'long-title': 'off',
    // Relaxed: naming a list or a region (aria-label / aria-labelledby on <ul>, <section>…) is valid
    // ARIA 1.2 for any role that allows a name, and helps screen-reader users tell lists apart (the
    // objective tree's action lists). Elements whose role forbids a name are still reported.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
    // Relaxed to HTML's own rule (any id without spaces): the proposal forms' list templates use
    // « § » as the placeholder replaced by the item number when an item is added.
    'valid-id': ['error', { relaxed: true }],
    // Relaxed: a group of checkboxes shares one name (`?theme=a&theme=b`), as radios do; that is
    // how the search filters submit several values without JavaScript.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});
