import { describe, expect, test } from 'vitest';
import { embedCode } from './embed-chooser.ts';

describe('embedCode', () => {
  test('fills the template with the département’s address and name, everywhere they appear', () => {
    expect(embedCode('<iframe src="{adresse}" title="Liste : {nom}"></iframe>', 'https://exemple.fr/integrer/29/', 'Finistère')).toBe(
      '<iframe src="https://exemple.fr/integrer/29/" title="Liste : Finistère"></iframe>',
    );
  });
});
