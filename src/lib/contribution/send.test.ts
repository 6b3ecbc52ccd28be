import { describe, expect, test } from 'vitest';
import { githubEditUrl, mailtoUrl } from './send.ts';

describe('mailtoUrl', () => {
  test('puts a short file in the body, line breaks as CRLF and spaces as %20', () => {
    const link = mailtoUrl('contact@exemple.fr', 'Proposition : Cap Rural', '---\ntitre: Cap Rural\n---\n');
    expect(link.withFile).toBe(true);
    expect(link.url).toBe(
      'mailto:contact@exemple.fr?subject=Proposition%20%3A%20Cap%20Rural&body=---%0D%0Atitre%3A%20Cap%20Rural%0D%0A---%0D%0A',
    );
  });
  test('leaves a long file out, for an attachment', () => {
    const link = mailtoUrl('contact@exemple.fr', 'Proposition', 'x'.repeat(3000));
    expect(link).toEqual({ withFile: false, url: 'mailto:contact@exemple.fr?subject=Proposition' });
  });
});

describe('githubEditUrl', () => {
  test('opens the file in GitHub’s editor on the branch', () => {
    expect(githubEditUrl('https://github.com/org/depot/', 'main', 'content/acteurs/cap-rural.md')).toBe(
      'https://github.com/org/depot/edit/main/content/acteurs/cap-rural.md',
    );
  });
});
