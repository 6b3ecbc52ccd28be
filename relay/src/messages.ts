// What the relay says to the contributor, in French: what happened and what to do now.

export const KEEP_YOUR_WORK =
  'Votre fiche reste dans le formulaire : vous pouvez aussi la télécharger ou la proposer sur GitHub avec les boutons plus bas.';

export const MESSAGES = {
  notConfigured: `Le relais des propositions n’est pas encore configuré. ${KEEP_YOUR_WORK}`,
  notFound: 'Cette adresse ne reçoit rien : le formulaire envoie les propositions à /propositions.',
  method: 'Cette adresse reçoit les propositions envoyées par le formulaire du site, rien d’autre.',
  origin: 'Ce relais n’accepte que les propositions envoyées depuis le formulaire du site du centre de ressources.',
  contentType: 'La proposition doit être envoyée par le formulaire du site (format JSON).',
  tooLarge: (max: number) =>
    `La proposition est trop longue (plus de ${Math.round(max / 1000)} ko). Raccourcissez le texte, ou téléchargez le fichier et envoyez-le à l’équipe.`,
  badJson: 'La proposition est illisible. Rechargez la page du formulaire et réessayez.',
  badShape: 'La proposition est incomplète. Rechargez la page du formulaire et réessayez.',
  robot:
    'La proposition a été refusée parce qu’elle ressemble à un envoi automatique. Si vous êtes une personne, rechargez la page et réessayez sans remplir le champ caché.',
  rateLimited: `Trop de propositions ont été envoyées depuis votre connexion en une heure. Réessayez dans une heure. ${KEEP_YOUR_WORK}`,
  altcha:
    'La vérification anti-robot n’a pas abouti ou a expiré. Attendez qu’elle soit cochée sous le bouton, puis renvoyez ; si cela se répète, rechargez la page.',
  invalid: 'La fiche contient des erreurs : corrigez-les dans le formulaire, puis renvoyez-la.',
  exists: (slug: string) =>
    `Une fiche porte déjà le nom « ${slug} ». Choisissez un autre nom de fichier, ou modifiez la fiche existante depuis sa page.`,
  missing: (slug: string) =>
    `La fiche « ${slug} » n’existe plus sur le site : elle a peut-être été renommée. Rechargez sa page et recommencez la modification.`,
  batchRefused: (why: string) => `Le lot ne peut pas être envoyé : ${why}`,
  batchInvalid:
    'Des fiches du lot contiennent des erreurs : rien n’a été envoyé. Corrigez les lignes dans le tableau, puis déposez-le de nouveau.',
  batchAltcha: 'La vérification anti-robot a été faite pour un lot plus petit : relancez l’envoi pour qu’elle soit refaite.',
  unchanged: 'Votre proposition est identique à la fiche publiée : il n’y a rien à envoyer.',
  githubRateLimit: (minutes: number) =>
    `GitHub, qui héberge les fiches, limite le nombre de demandes et a mis le relais en pause. Réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}. ${KEEP_YOUR_WORK}`,
  conflict:
    'La fiche a été modifiée pendant que vous écriviez, ou une proposition identique vient d’être envoyée. Rechargez la page pour repartir de la dernière version, puis renvoyez votre proposition.',
  githubAuth: `Le relais n’a pas pu s’identifier auprès de GitHub : l’équipe doit vérifier sa configuration. ${KEEP_YOUR_WORK}`,
  githubDown: `GitHub n’a pas répondu correctement. Réessayez dans quelques minutes. ${KEEP_YOUR_WORK}`,
} as const;
