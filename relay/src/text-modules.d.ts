// Text files imported as strings: wrangler's « Text » module rule (wrangler.toml).
declare module '*.txt' {
  const text: string;
  export default text;
}
