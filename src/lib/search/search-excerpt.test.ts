import { describe, expect, test } from 'vitest';
import { excerptParts } from './search-excerpt.ts';

describe('excerptParts', () => {
  test('splits an excerpt into plain and marked text', () => {
    expect(excerptParts('des <mark>groupes</mark> de travail <mark>thématiques</mark>.')).toEqual([
      { text: 'des ', mark: false },
      { text: 'groupes', mark: true },
      { text: ' de travail ', mark: false },
      { text: 'thématiques', mark: true },
      { text: '.', mark: false },
    ]);
  });

  test('decodes escaped text and drops any other tag, so markup in a page is shown, never run', () => {
    expect(excerptParts('l&#x27;équipe &amp; &lt;script&gt; <b>x</b><img src=x onerror=alert(1)>')).toEqual([
      { text: "l'équipe & <script> x", mark: false },
    ]);
  });
});
