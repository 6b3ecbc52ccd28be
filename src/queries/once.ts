// A value computed once per build, for the query modules. The promise is kept, not the value:
// `cache ??= await load()` lets every caller that arrives before the first load ends start a
// load of its own, and getStaticPaths now computes every record page at once (src/queries/
// record-page.ts): at 10,000 records, 4,000 copies of the record index filled the heap.

/** `load`, called at most once; every call gets the same promise. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
}
