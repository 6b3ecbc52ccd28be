// File names of new records: from their titles, unique against the repository and
// within the batch (« centre-social », « centre-social-2 »…).
import { slugify } from '../text/fold.ts';

export class RecordNames {
  private readonly taken: Set<string>;

  constructor(existing: Iterable<string>) {
    this.taken = new Set(existing);
  }

  next(titre: string): string {
    const base = slugify(titre) || 'fiche';
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}-${n}`;
    this.taken.add(name);
    return name;
  }
}
