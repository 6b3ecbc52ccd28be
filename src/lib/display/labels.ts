// French labels for the values stored in records.
export const LABELS = {
  echelle: { departementale: 'Départementale', locale: 'Locale', regionale: 'Régionale', inter_structures: 'Entre structures' },
  statutCooperation: { amorcee: 'Amorcée', en_structuration: 'En structuration', lancee: 'Lancée', en_veille: 'En veille' },
  typeActeur: {
    association_nationale: 'Association nationale',
    association_locale: 'Association locale',
    centre_social: 'Centre social',
    ccas: 'CCAS',
    clic: 'CLIC',
    collectivite: 'Collectivité',
    service_public: 'Service public',
    caisse_de_retraite: 'Caisse de retraite',
    reseau: 'Réseau',
    entreprise_ess: 'Entreprise de l’ESS',
    recherche: 'Recherche',
    collectif_habitants: 'Collectif d’habitants',
    autre: 'Autre structure',
  },
  format: { ecrit: 'Écrit', audio: 'Audio', video: 'Vidéo' },
  etape: { demarrer: 'Démarrer', structurer: 'Structurer', animer: 'Animer', evaluer: 'Évaluer' },
  public: {
    personnes_agees: 'Personnes âgées',
    habitants: 'Habitants',
    benevoles: 'Bénévoles',
    professionnels: 'Professionnels',
    elus: 'Élus',
    jeunes: 'Jeunes',
    aidants: 'Aidants',
  },
  typeEvenement: {
    journee_exploration: 'Journée d’exploration',
    rencontre: 'Rencontre',
    formation: 'Formation',
    seminaire: 'Séminaire',
    webinaire: 'Webinaire',
    pleniere: 'Séance plénière',
    autre: 'Événement',
  },
  statutEvenement: { prevu: 'Prévu', complet: 'Complet', annule: 'Annulé', reporte: 'Reporté' },
  indicateur: {
    cooperations_lancees: 'Coopérations lancées',
    departements_engages: 'Départements qui amorcent la démarche',
    signataires_charte: 'Signataires de la charte nationale',
    equipes_citoyennes: 'Équipes citoyennes',
  },
} as const;

export function label<G extends keyof typeof LABELS>(group: G, value: string): string {
  return (LABELS[group] as Record<string, string>)[value] ?? value;
}
