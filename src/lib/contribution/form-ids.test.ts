import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { collectionJsonSchema, fieldsOf } from './field-model.ts';
import { errorIdOf, helpIdOf, OWN_CONTROLS, reservedNameProblems } from './form-ids.ts';

const lists = { themes: [], departements: [], regions: [] };
const fields = (shape: z.ZodRawShape) => fieldsOf(collectionJsonSchema(z.strictObject(shape), lists));

describe('reserved field names of the proposal form', () => {
  test('the form’s own controls are the text and the file name', () => {
    expect(OWN_CONTROLS).toEqual({ corps: 'f-corps', fichier: 'f-fichier' });
    expect([helpIdOf(OWN_CONTROLS.fichier), errorIdOf(OWN_CONTROLS.fichier)]).toEqual(['f-fichier-aide', 'f-fichier-erreur']);
  });

  test('a field named like one of the form’s own controls is refused', () => {
    const problems = reservedNameProblems(fields({ titre: z.string(), fichier: z.string(), corps: z.string().optional() }));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^« fichier » : le formulaire a déjà son propre champ « fichier »/);
    expect(problems[1]).toMatch(/^« corps » : /);
  });

  test('a sub-field named like the help or the error of its block, or a name with a hyphen, is refused', () => {
    const problems = reservedNameProblems(
      fields({ lieu: z.strictObject({ aide: z.string(), erreur: z.string(), commune: z.string() }), 'date-fin': z.string() }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^« lieu\.aide » : « aide » est le nom de l’aide/),
      expect.stringMatching(/^« lieu\.erreur » : « erreur »/),
      expect.stringMatching(/^« date-fin » : un nom de champ ne contient pas de tiret/),
    ]);
  });

  test('the same names are free where they give no clash', () => {
    // A top-level « aide » is f-aide, nobody's help; a sub-field « fichier » is f-x-fichier.
    expect(reservedNameProblems(fields({ aide: z.string(), media: z.strictObject({ fichier: z.string() }) }))).toEqual([]);
  });
});
