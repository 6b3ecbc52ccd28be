// A record's « En bref » is a <dl>: Pagefind reads <dt> and <dd> as inline text and glued
// them in excerpts (« ÉchelleDépartementaleStatutLancée »). Before indexing, each term gets
// « : » after it and each value « · », so excerpts read « Échelle : Départementale · Statut : Lancée ».
// Closing tags are matched as they are written by the site's own templates (text never holds a
// literal « </dd> »: it is escaped), so no HTML parser is needed for this.

export function separateFields(html: string): string {
  return html.replace(/<\/dt>/g, '</dt>\u00a0: ').replace(/<\/dd>/g, '</dd> · ');
}
