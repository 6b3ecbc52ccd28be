// /integrer/ in the browser: choosing a département fills in the code to copy and the preview;
// « Copier le code » copies it and says so (a live region, for screen readers too).

/** The code for one département: the page's template with its address and name. */
export function embedCode(template: string, adresse: string, nom: string): string {
  return template.replaceAll('{adresse}', adresse).replaceAll('{nom}', nom);
}

export function mountEmbedChooser(root: HTMLElement): void {
  const select = root.querySelector('select');
  const code = root.querySelector('textarea');
  const preview = root.querySelector<HTMLIFrameElement>('[data-integrer-apercu]');
  const actions = root.querySelector<HTMLElement>('[data-integrer-actions]');
  const copy = root.querySelector<HTMLButtonElement>('[data-integrer-copier]');
  const status = root.querySelector<HTMLElement>('[data-integrer-etat]');
  const template = JSON.parse(root.querySelector('[data-integrer-modele]')?.textContent ?? '""') as string;
  if (!select || !code || !actions || !copy || !status) return;
  actions.hidden = false;

  select.addEventListener('change', () => {
    const option = select.selectedOptions[0];
    const adresse = option?.dataset.adresse ?? '';
    const nom = option?.dataset.nom ?? '';
    code.value = embedCode(template, adresse, nom);
    status.textContent = '';
    if (preview) {
      // The preview from this site itself (the code's address is the public one).
      preview.src = option?.dataset.apercu ?? adresse;
      preview.title = `Aperçu de la liste : ${nom}`;
    }
  });

  copy.addEventListener('click', () => {
    const done = () => (status.textContent = `Code copié : ${select.selectedOptions[0]?.dataset.nom ?? ''}. Collez-le dans votre page.`);
    navigator.clipboard.writeText(code.value).then(done, () => {
      // Without clipboard access (an old browser, a page not served over HTTPS): select it for Ctrl+C.
      code.focus();
      code.select();
      status.textContent = 'Le code est sélectionné : copiez-le avec Ctrl+C (ou Cmd+C sur Mac).';
    });
  });
}
