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

describe('a commune', () => {
  const coop = {
    ...base,
    schema: schemas.cooperations,
    fields: proposalFields({ collection: 'cooperations', themes }),
    items: new Map<string, string[]>(),
    hasPlace: (id: string) => ['f-titre', 'f-lieu', 'f-lieu-commune', 'f-lieu-code_insee', 'f-resume'].includes(id),
    bodyRequired: false,
  };
  // The events' own rule (a place, or online) runs once the rest is valid: here, on an otherwise empty form.
  const events = {
    ...coop,
    schema: schemas.evenements,
    fields: proposalFields({ collection: 'evenements', themes }),
  };

  test('typed but not chosen from the list asks, on the commune, to choose it, never for its official code', () => {
    const errors = checkForm({ ...coop, data: { lieu: { commune: 'Plérin' } } });
    expect(errors.get('f-lieu-commune')).toBe(
      'choisissez la commune dans la liste proposée (tapez ses premières lettres, puis choisissez-la avec les flèches et Entrée)',
    );
    expect(errors.has('f-lieu-code_insee')).toBe(false);
    expect(errors.has('f-lieu')).toBe(false);
  });

  test('a place begun without its commune asks for the commune', () => {
    const errors = checkForm({ ...coop, data: { lieu: { coordonnees: [-2.7, 48.5] } } });
    expect(errors.get('f-lieu-commune')).toBe('ce champ est obligatoire');
    expect(errors.has('f-lieu-code_insee')).toBe(false);
  });

  test('an event with no place, online or not, is flagged on the commune, in plain words', () => {
    const errors = checkForm({ ...events, data: {} });
    expect([...errors.values()].join(' ')).not.toMatch(/en_ligne|true/);
  });
});
