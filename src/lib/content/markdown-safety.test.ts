import { describe, expect, test } from 'vitest';
import { isSafeUrl } from './markdown-safety.ts';

describe('isSafeUrl', () => {
  test('accepts web, mail, phone, relative and fragment links', () => {
    for (const url of ['https://exemple.fr/', 'http://exemple.fr', 'mailto:contact@exemple.fr', 'tel:+33100000000', '/pratiques/x/', '../x', '#arbre', 'page.html']) {
      expect(isSafeUrl(url), url).toBe(true);
    }
  });

  test('refuses script and data schemes, however they are disguised', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>', 'vbscript:x']) {
      expect(isSafeUrl(url), url).toBe(false);
    }
  });
});
