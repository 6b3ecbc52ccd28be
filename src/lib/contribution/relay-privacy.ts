// What the form tells a person about where their words go when they send through the relay.
// One place for these sentences, because they are promises: the relay's tests
// (relay/test/privacy.test.ts) check each of them against what the relay actually does, and the
// browser test checks that the form shows them.

export const RELAY_PRIVACY = {
  intro:
    'Sans compte ni logiciel : la fiche est transmise à l’équipe du centre de ressources, qui la relit avant de la publier sur le site. Attention : dès l’envoi, la fiche est visible de tous sur GitHub, dans une « demande de publication » dont vous recevez l’adresse.',
  name: 'Seule l’équipe le voit, dans son espace de suivi privé sur GitHub. Il n’apparaît ni dans la demande de publication (publique), ni dans la fiche, ni sur le site.',
  /** The import page sends many records as one pull request: the same promise, in the plural. */
  introBatch:
    'Sans compte ni logiciel : les fiches sont transmises à l’équipe du centre de ressources, qui les relit avant de les publier sur le site. Attention : dès l’envoi, les fiches sont visibles de tous sur GitHub, dans une seule « demande de publication » dont vous recevez l’adresse.',
  // « cet envoi »: one record from the form, or a whole table from the import page.
  consentLabel: 'J’accepte que l’équipe voie ces coordonnées pour me recontacter à propos de cet envoi',
  consentHelp:
    'Sans cette case cochée, vos coordonnées ne sont pas envoyées. Cochée, elles ne vont qu’à l’équipe, dans son espace de suivi privé sur GitHub : jamais dans la demande de publication (publique), ni dans la fiche, ni sur le site.',
  note: 'Seule l’équipe le lit, dans son espace de suivi privé, avec votre nom : il n’est pas publié.',
} as const;
