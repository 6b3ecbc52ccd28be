// A département's or a région's name inside a French sentence, with the article and the
// « charnière » the official list gives (INSEE's « type de nom en clair », `typeLiaison` in
// @etalab/decoupage-administratif): « du Finistère », « des Côtes-d’Armor », « de l’Ain ».

/** A place name and its INSEE « type de nom en clair » (0 to 8). */
export interface PlaceName {
  nom: string;
  typeLiaison: number;
}

// By type: the article before the name, and the « charnière » (de + article). The official name
// already carries no article (« Finistère ») except a few that do (« La Réunion », type 0).
const FORMS: Record<number, { article: string; de: string }> = {
  0: { article: '', de: 'de ' },
  1: { article: '', de: 'd’' },
  2: { article: 'le ', de: 'du ' },
  3: { article: 'la ', de: 'de la ' },
  4: { article: 'les ', de: 'des ' },
  5: { article: 'l’', de: 'de l’' },
  6: { article: 'aux ', de: 'des ' },
  7: { article: 'las ', de: 'de las ' },
  8: { article: 'los ', de: 'de los ' },
};

const forms = (place: PlaceName) => FORMS[place.typeLiaison] ?? FORMS[0]!;

/** « le Finistère », « les Côtes-d’Armor », « l’Ain », « Paris », « La Réunion ». */
export function withArticle(place: PlaceName): string {
  return `${forms(place).article}${place.nom}`;
}

/** « du Finistère », « des Côtes-d’Armor », « de l’Ain », « de Paris », « de La Réunion ». */
export function ofPlace(place: PlaceName): string {
  return `${forms(place).de}${place.nom}`;
}

/** « pour le Finistère », « pour l’Ain »: a preposition other than « de », followed by the article. */
export function afterPreposition(preposition: string, place: PlaceName): string {
  return `${preposition} ${withArticle(place)}`;
}
