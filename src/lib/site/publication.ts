// What a publication build refuses: settings left at their development defaults would publish
// `http://localhost:4321` in every canonical link, feed and export, and a legal notice without a
// publisher. Each problem names the setting and how to fill it, in French, for the webmaster.

export interface PublicationSettings {
  SITE_URL: string | undefined;
  BASE_PATH: string | undefined;
  REPO_URL: string | undefined;
  EDITEUR: string | undefined;
  HEBERGEUR: string | undefined;
  CONTACT_EMAIL: string | undefined;
  CARTE_FOND: string | undefined;
  RELAY_URL: string | undefined;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$|\.localhost$|\.local$/i;
// Words people leave in a template: « À compléter », « TODO », « xxx », « non renseigné »…
const PLACEHOLDER = /à compl[ée]ter|a completer|todo|xxx|non renseign[ée]|exemple|example\.(com|org|net)|changeme/i;

function httpsProblem(name: string, value: string | undefined, what: string, example: string): string | undefined {
  const v = (value ?? '').trim();
  if (v === '') return `${name} manque : ${what} (par exemple ${example}).`;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return `${name} n’est pas une adresse web complète : « ${v} » (attendu : ${example}).`;
  }
  if (LOOPBACK.test(url.hostname))
    return `${name} désigne cet ordinateur (« ${v} ») : indiquez l’adresse publique, par exemple ${example}.`;
  if (url.protocol !== 'https:') return `${name} doit commencer par https:// (« ${v} »).`;
  if (PLACEHOLDER.test(v)) return `${name} contient un texte à remplacer : « ${v} ».`;
  return undefined;
}

function textProblem(name: string, value: string | undefined, what: string): string | undefined {
  const v = (value ?? '').trim();
  if (v === '') return `${name} manque : ${what}.`;
  if (PLACEHOLDER.test(v)) return `${name} contient un texte à remplacer : « ${v} ».`;
  return undefined;
}

/** Every problem, one sentence each; empty when the site may be published. */
export function publicationProblems(s: PublicationSettings): string[] {
  const problems = [
    httpsProblem('SITE_URL', s.SITE_URL, 'l’adresse publique du site', 'https://cooperations.mon-association.fr'),
    httpsProblem(
      'REPO_URL',
      s.REPO_URL,
      'l’adresse du dépôt public qui contient les fiches',
      'https://github.com/mon-association/centre-de-ressources',
    ),
    textProblem(
      'EDITEUR',
      s.EDITEUR,
      'le nom et l’adresse de l’association qui publie le site, et le nom du ou de la responsable de la publication (mentions légales)',
    ),
    textProblem('HEBERGEUR', s.HEBERGEUR, 'le nom, l’adresse et le téléphone de l’hébergeur du site (mentions légales)'),
  ];
  const contact = (s.CONTACT_EMAIL ?? '').trim();
  if (contact === '')
    problems.push(
      'CONTACT_EMAIL manque : l’adresse électronique où les lecteurs peuvent écrire (erreurs, accessibilité, données personnelles).',
    );
  else if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(contact) || PLACEHOLDER.test(contact) || LOOPBACK.test(contact.split('@')[1] ?? ''))
    problems.push(`CONTACT_EMAIL n’est pas une adresse électronique utilisable : « ${contact} ».`);
  const base = (s.BASE_PATH ?? '').trim();
  if (base !== '' && !/^\/?[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*\/?$/.test(base) && base !== '/')
    problems.push(`BASE_PATH doit être un chemin simple comme /centre-de-ressources/ (« ${base} »).`);
  const carte = (s.CARTE_FOND ?? '').trim();
  if (carte !== '' && carte !== 'ign')
    problems.push(`CARTE_FOND ne connaît que la valeur « ign » (ou rien, pour une carte sans fond) : « ${carte} ».`);
  if ((s.RELAY_URL ?? '').trim() !== '')
    problems.push(
      httpsProblem('RELAY_URL', s.RELAY_URL, 'l’adresse du relais des propositions', 'https://relais.mon-association.fr') ?? '',
    );
  return problems.filter((p): p is string => p !== undefined && p !== '');
}

/** The message a publication build stops with. */
export function publicationMessage(problems: readonly string[]): string {
  return [
    `Publication impossible : ${problems.length === 1 ? 'un réglage manque ou est incorrect' : `${problems.length} réglages manquent ou sont incorrects`}.`,
    ...problems.map((p) => `  - ${p}`),
    'Renseignez-les (variables d’environnement, ou « Variables » du dépôt sur GitHub) : voir la partie « Publier » du README.',
  ].join('\n');
}
