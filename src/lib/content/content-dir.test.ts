import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentDir } from './content-dir.ts';

describe('contentDir', () => {
  const cwd = path.resolve('/projet');
  test('is content/ of the folder the command runs from, unless CONTENT_DIR names another', () => {
    expect(contentDir({}, cwd)).toBe(path.join(cwd, 'content'));
    expect(contentDir({ CONTENT_DIR: '  ' }, cwd)).toBe(path.join(cwd, 'content'));
    expect(contentDir({ CONTENT_DIR: ' essais/contenu ' }, cwd)).toBe(path.join(cwd, 'essais', 'contenu'));
    expect(contentDir({ CONTENT_DIR: path.resolve('/ailleurs/contenu') }, cwd)).toBe(path.resolve('/ailleurs/contenu'));
  });

  test('reads the environment and the working folder by default', () => {
    const saved = process.env.CONTENT_DIR;
    try {
      delete process.env.CONTENT_DIR;
      expect(contentDir()).toBe(path.join(process.cwd(), 'content'));
      process.env.CONTENT_DIR = 'autre';
      expect(contentDir()).toBe(path.join(process.cwd(), 'autre'));
    } finally {
      if (saved === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = saved;
    }
  });
});
