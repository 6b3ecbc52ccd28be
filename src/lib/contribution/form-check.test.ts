import { describe, expect, test } from 'vitest';
import { createSchemas } from '../../schemas/index.ts';
import { checkForm, controlFor } from './form-check.ts';
import { proposalFields } from './proposal-model.ts';

const themes = [{ id: 'gouvernance', titre: 'Gouvernance' }];
const schemas = createSchemas({ themes: ['gouvernance'], departements: ['22'], regions: ['53'] });
const fields = proposalFields({ collection: 'temoignages', themes });
const base = {
  schema: schemas.temoignages,
  fields,
  items: new Map([['f-personnes', ['3']]]),
  hasPlace: (id: string) => ['f-titre', 'f-personnes', 'f-personnes-3-structure', 'f-resume'].includes(id),
  fichier: 'un-temoignage',
  corps: 'Le texte.',
  bodyRequired: true,
  existing: new Set(['deja-la']),
};

describe('controlFor', () => {
  test('places a message on the control of a list item, by its index on the page', () => {
    expect(controlFor(['personnes', 0, 'structure'], base.items, base.hasPlace)).toBe('f-personnes-3-structure');
    expect(controlFor(['inconnu'], base.items, base.hasPlace)).toBe('f-titre');
  });
});

describe('checkForm', () => {
  test('a name typed in a reference field but not chosen asks to choose it in the list', () => {
    const errors = checkForm({ ...base, data: { personnes: [{ nom: 'Une Personne', structure: 'Cap Rural' }] } });
    expect(errors.get('f-personnes-3-structure')).toMatch(/^choisissez un nom dans la liste proposée/);
    expect(errors.get('f-resume')).toBe('ce champ est obligatoire');
  });
  test('a name already taken points to the existing record’s form', () => {
    const errors = checkForm({ ...base, fichier: 'deja-la', data: {} });
    expect(errors.get('f-fichier')).toMatch(/existe déjà.*Modifier avec le formulaire/);
  });
});
