/** Lower case without accents, so that « kergus » finds « Association de Kergus ». */
export function foldForFilter(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
