import { describe, expect, test } from 'vitest';
import { githubAnnotation } from './annotations.ts';

describe('githubAnnotation', () => {
  test('puts the file, line and field in the properties and the message after', () => {
    expect(
      githubAnnotation({ file: 'content/acteurs/x.md', line: 7, field: 'themes[1]', message: '« cuisine » n’est pas un thème connu' }),
    ).toBe('::error file=content/acteurs/x.md,line=7,title=themes[1]::« cuisine » n’est pas un thème connu');
  });

  test('escapes what would end a property or the command', () => {
    expect(githubAnnotation({ file: 'a,b:c.md', line: 1, message: '100% faux\nsuite' })).toBe(
      '::error file=a%2Cb%3Ac.md,line=1::100%25 faux%0Asuite',
    );
  });
});
